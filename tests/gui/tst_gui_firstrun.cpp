// The first start of `vigilo` (no database yet) and File ▸ Open Recent: each of the four choices
// of the first-run dialog opens a real database through the core and reports the core's errors;
// the choice is remembered; the recent list keeps eight entries without passwords and opens them
// the way a start does (another window that has the file comes to the front).

#include "GuiFixture.h"

#include "connection/ConnectionDialog.h"
#include "firstrun/FirstRunDialog.h"
#include "firstrun/OpenDatabase.h"
#include "firstrun/RecentDatabases.h"
#include "main/MainWindow.h"
#include "main/SingleInstance.h"

#include "TestBackend.h"

#include <QAction>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

using namespace vigilo;
using vigilo::ui::FirstRunDialog;
using vigilo::ui::MainWindow;
using vigilo::ui::OpenDatabase;
using vigilo::ui::RecentDatabases;

namespace {

// A Vigilo file with workspace "shared" whose owner is `owner`.
QString makeSharedFile(const QString &path, const QString &owner)
{
    auto session = ui::Session::open(path, owner, Store::OpenMode::CreateIfMissing);
    if (!session.ok())
        return session.error().message;
    auto ws = (*session)->core().workspaces().createWorkspace(
        QStringLiteral("shared"), QStringLiteral("Shared Ops"), QStringLiteral("en_US"), owner);
    return ws.ok() ? QString() : ws.error().message;
}

// File ▸ Open Recent as it is when opened now (filling it replaces its actions).
QAction *recentAction(MainWindow &window, int n)
{
    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    if (!menu)
        return nullptr;
    Q_EMIT menu->aboutToShow();
    return menu->findChild<QAction *>(QStringLiteral("recentDatabase%1").arg(n));
}

QAction *recentActionFor(MainWindow &window, const QString &file)
{
    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    if (!menu)
        return nullptr;
    Q_EMIT menu->aboutToShow();
    for (QAction *a : menu->actions())
        if (a->data().toString() == QFileInfo(file).absoluteFilePath())
            return a;
    return nullptr;
}

// The mnemonic letter of a menu text ("Open r&ecent" → 'e'), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every enabled entry of `menu` (and its submenus) has a shortcut or a mnemonic, and no two
// entries of one menu share a mnemonic. Returns the problems.
QStringList keyboardGaps(QMenu *menu, const QString &path)
{
    Q_EMIT menu->aboutToShow(); // menus filled when opened
    QStringList gaps;
    QMap<QChar, QString> seen;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isEnabled() || !a->isVisible())
            continue;
        const QString where =
            path + QStringLiteral(" ▸ ") + QString(a->text()).remove(QLatin1Char('&'));
        const QChar m = mnemonicOf(a->text());
        if (m.isNull() && a->shortcut().isEmpty())
            gaps << where + QStringLiteral(": no shortcut, no mnemonic");
        if (!m.isNull()) {
            if (seen.contains(m))
                gaps << where
                            + QStringLiteral(": mnemonic '%1' also used by %2")
                                  .arg(m)
                                  .arg(seen.value(m));
            seen.insert(m, a->text());
        }
        if (a->menu())
            gaps << keyboardGaps(a->menu(), where);
    }
    return gaps;
}

} // namespace

class TestFirstRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void neededOnlyWithoutAnyDatabase();
    void createLocalWorkspace();
    void cancelLeavesNoFileBehind();
    void openSharedFile();
    void openSharedFileReportsTheCoreError();
    void connectToServer();
    void exploreDemo();
    void choicesAreReachableByKeyboard();
    void recentListKeepsEightWithoutPasswords();
    void recentListHasOneEntryPerFile();
    void openRecentFromTheFileMenu();
    void everyMenuActionHasAKeyboardPath();
    void cleanup();

private:
    QTemporaryDir m_dir;
    QString m_local;
};

void TestFirstRun::initTestCase()
{
    // Never the real settings or data folder of whoever runs the suite.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VigiloTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_firstrun"));
    QVERIFY(m_dir.isValid());
    qunsetenv("VIGILO_DB");
}

void TestFirstRun::init()
{
    QSettings().clear();
    m_local = m_dir.filePath(
        QStringLiteral("local-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
}

void TestFirstRun::cleanup()
{
    OpenDatabase::setStarter({});
    QSettings().clear();
}

void TestFirstRun::neededOnlyWithoutAnyDatabase()
{
    const QString fallback = Store::defaultLocation();
    QFile::remove(fallback);
    QVERIFY(FirstRunDialog::isNeeded(fallback));
    // --db naming another file, or $VIGILO_DB: no question.
    QVERIFY(!FirstRunDialog::isNeeded(m_dir.filePath(QStringLiteral("other.sqlite"))));
    qputenv("VIGILO_DB", "/tmp/elsewhere.sqlite");
    QVERIFY(!FirstRunDialog::isNeeded(fallback));
    qunsetenv("VIGILO_DB");
    // A database opened before is opened again, as long as it is still there.
    QVERIFY(makeSharedFile(m_local, QStringLiteral("fred")).isEmpty());
    RecentDatabases::add(m_local);
    QVERIFY(!FirstRunDialog::isNeeded(fallback));
    QFile::remove(m_local);
    QVERIFY(FirstRunDialog::isNeeded(fallback));
}

void TestFirstRun::createLocalWorkspace()
{
    FirstRunDialog dialog(QStringLiteral("fred"), m_local);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *choice = dialog.findChild<QCommandLinkButton *>(QStringLiteral("createWorkspaceChoice"));
    QVERIFY(choice);
    QTest::mouseClick(choice, Qt::LeftButton);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("workspaceName"));
    auto *slug = dialog.findChild<QLineEdit *>(QStringLiteral("workspaceSlug"));
    auto *display = dialog.findChild<QLineEdit *>(QStringLiteral("displayName"));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("workspaceLanguage"));
    QVERIFY(name && slug && display && language);
    QTRY_VERIFY(name->isVisible());
    QTest::keyClicks(name, QStringLiteral("Platform Ops"));
    QCOMPARE(slug->text(), QStringLiteral("platform-ops")); // offered, the core decides

    // The core refuses a bad slug; the form says why and nothing is opened.
    slug->setText(QStringLiteral("Bad Slug!"));
    auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(create);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("not a valid workspace slug")),
             qPrintable(dialog.errorText()));
    QCOMPARE(dialog.choice(), FirstRunDialog::Choice::None);

    slug->setText(QStringLiteral("platform-ops"));
    QTest::keyClicks(display, QStringLiteral("Fred Field"));
    language->setCurrentIndex(language->findData(QStringLiteral("de_DE")));
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), FirstRunDialog::Choice::CreateWorkspace);
    QCOMPARE(dialog.workspace(), QStringLiteral("platform-ops"));
    QCOMPARE(RecentDatabases::last(), QFileInfo(m_local).absoluteFilePath());

    auto session = dialog.takeSession();
    QVERIFY(session);
    auto ws = session->core().workspaces().workspace(QStringLiteral("platform-ops"));
    VERIFY_OK(ws);
    QCOMPARE(ws->name, QStringLiteral("Platform Ops"));
    QCOMPARE(ws->locale, QStringLiteral("de_DE"));
    auto me =
        session->core().workspaces().signIn(QStringLiteral("platform-ops"), QStringLiteral("fred"));
    VERIFY_OK(me);
    QCOMPARE_ENUM(me->member.role, Role::Owner);
    QCOMPARE(me->member.displayName, QStringLiteral("Fred Field"));

    // The app then opens normally on it.
    MainWindow window(*session);
    QVERIFY(window.openWorkspace(dialog.workspace()));
    QCOMPARE(window.actor()->workspace.slug, QStringLiteral("platform-ops"));
}

void TestFirstRun::cancelLeavesNoFileBehind()
{
    FirstRunDialog dialog(QStringLiteral("fred"), m_local);
    dialog.chooseCreateWorkspace();
    dialog.findChild<QLineEdit *>(QStringLiteral("workspaceName"))->setText(QStringLiteral("X"));
    dialog.findChild<QLineEdit *>(QStringLiteral("workspaceSlug"))->setText(QStringLiteral("-"));
    QVERIFY(!dialog.createWorkspace());
    QVERIFY(QFile::exists(m_local)); // opened to ask the core
    dialog.reject();
    QVERIFY2(!QFile::exists(m_local), "a file made for a workspace never created stays behind");
    QVERIFY(RecentDatabases::last().isEmpty());
}

void TestFirstRun::openSharedFile()
{
    const QString shared = m_dir.filePath(QStringLiteral("team-share.sqlite"));
    QVERIFY(makeSharedFile(shared, QStringLiteral("fred")).isEmpty());
    FirstRunDialog dialog(QStringLiteral("fred"), m_local);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *files = guitest::activeModal<QFileDialog>();
        QVERIFY(files);
        QCOMPARE(files->objectName(), QStringLiteral("openFileDialog"));
        guitest::chooseFile(files, shared);
        answered = true;
    });
    QTest::mouseClick(dialog.findChild<QCommandLinkButton *>(QStringLiteral("openFileChoice")),
                      Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), FirstRunDialog::Choice::OpenFile);
    QCOMPARE(QFileInfo(dialog.location()).canonicalFilePath(),
             QFileInfo(shared).canonicalFilePath());
    QVERIFY2(!QFile::exists(m_local), "opening a shared file made the local one");
    auto session = dialog.takeSession();
    QVERIFY(session);
    MainWindow window(*session);
    QVERIFY(window.openWorkspace());
    QCOMPARE(window.actor()->workspace.slug, QStringLiteral("shared"));
    QCOMPARE(RecentDatabases::list().value(0), QFileInfo(shared).absoluteFilePath());
}

void TestFirstRun::openSharedFileReportsTheCoreError()
{
    const QString junk = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("these are meeting notes, not a database\n").repeated(200));
    }
    const QByteArray before = [&] {
        QFile f(junk);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    FirstRunDialog dialog(QStringLiteral("fred"), m_local);
    QVERIFY(!dialog.openSharedFile(junk));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("cannot be used as a Vigilo database"))
                 || dialog.errorText().contains(QStringLiteral("Cannot open")),
             qPrintable(dialog.errorText()));
    QCOMPARE(dialog.choice(), FirstRunDialog::Choice::None);
    QFile f(junk);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before); // nothing written into it
    QVERIFY(!dialog.openSharedFile(m_dir.filePath(QStringLiteral("missing.sqlite"))));
    QVERIFY(dialog.errorText().contains(QStringLiteral("does not exist")));
}

void TestFirstRun::connectToServer()
{
    FirstRunDialog dialog(QStringLiteral("fred"), m_local);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // tst_gui_firstrun_pg connects to the server of .ci/with-postgres (and fails with a hint
    // without one), and so does tst_gui_firstrun_server (this choice is the administrator's
    // direct connection to the team's database; joining a team server is tst_gui_connect's);
    // tst_gui_firstrun cancels the connection dialog and checks the way back.
    const bool server = test::onPostgres() || test::onServer();
    std::unique_ptr<test::ScratchDatabase> scratch;
    if (server) {
        scratch = std::make_unique<test::ScratchDatabase>();
        QVERIFY2(scratch->ok(), qPrintable(scratch->errorText()));
        // The administrator initialises the team database; connecting never creates a schema.
        auto init = ui::Session::open(scratch->url() + QStringLiteral("?sslmode=disable"),
                                      QStringLiteral("fred"), Store::OpenMode::CreateIfMissing);
        VERIFY_OK(init);
    }
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *connection = guitest::activeModal<ui::ConnectionDialog>();
        QVERIFY(connection);
        seen = true;
        if (!server) {
            connection->reject();
            return;
        }
        connection->setLocation(scratch->url() + QStringLiteral("?sslmode=disable"));
        QTest::mouseClick(connection->findChild<QPushButton *>(QStringLiteral("connect")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(dialog.findChild<QCommandLinkButton *>(QStringLiteral("connectServerChoice")),
                      Qt::LeftButton);
    QVERIFY(seen);
    if (server) {
        QCOMPARE(dialog.choice(), FirstRunDialog::Choice::ConnectServer);
        QVERIFY(dialog.location().startsWith(QStringLiteral("postgresql://postgres@")));
        auto session = dialog.takeSession();
        QVERIFY(session);
        QVERIFY(!session->store().isSqlite());
        QCOMPARE(RecentDatabases::last(), dialog.location());
        session.reset(); // before the scratch database is dropped
    } else {
        QVERIFY(dialog.isVisible()); // cancelled: the four choices again
        QCOMPARE(dialog.choice(), FirstRunDialog::Choice::None);
        QVERIFY(!dialog.takeSession());
    }
}

void TestFirstRun::exploreDemo()
{
    FirstRunDialog dialog(QStringLiteral("fred"), m_local);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.findChild<QCommandLinkButton *>(QStringLiteral("demoChoice")),
                      Qt::LeftButton);
    QCOMPARE(dialog.choice(), FirstRunDialog::Choice::Demo);
    QCOMPARE(dialog.workspace(), QStringLiteral("demo"));
    auto session = dialog.takeSession();
    QVERIFY(session);
    MainWindow window(*session);
    QVERIFY(window.openWorkspace(dialog.workspace()));
    QVERIFY(window.actor()->can(Permission::ChangesCreate)); // fred is an owner of the demo
}

void TestFirstRun::choicesAreReachableByKeyboard()
{
    FirstRunDialog dialog(QStringLiteral("fred"), m_local);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (const char *name :
         {"createWorkspaceChoice", "openFileChoice", "connectServerChoice", "demoChoice"}) {
        auto *button = dialog.findChild<QCommandLinkButton *>(QLatin1String(name));
        QVERIFY(button);
        QVERIFY2(button->text().contains(QLatin1Char('&')), name); // a mnemonic
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(!button->description().isEmpty());
    }
    // Alt+C opens the form, with the name field focused; Back returns.
    QTest::keyClick(&dialog, Qt::Key_C, Qt::AltModifier);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("workspaceName"));
    QTRY_VERIFY(name->isVisible());
    QTRY_VERIFY(name->hasFocus());
}

void TestFirstRun::recentListKeepsEightWithoutPasswords()
{
    for (int i = 1; i <= 10; ++i)
        RecentDatabases::add(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(i)));
    RecentDatabases::add(QStringLiteral("postgresql://carol:s3cret@db.example.com:5432/ops"));
    RecentDatabases::add(m_dir.filePath(QStringLiteral("db9.sqlite"))); // again: moves up
    const QStringList list = RecentDatabases::list();
    QCOMPARE(list.size(), RecentDatabases::kMaxEntries);
    QCOMPARE(list.at(0), m_dir.filePath(QStringLiteral("db9.sqlite")));
    QCOMPARE(list.at(1), QStringLiteral("postgresql://carol@db.example.com:5432/ops"));
    QCOMPARE(list.at(2), m_dir.filePath(QStringLiteral("db10.sqlite")));
    QCOMPARE(list.count(m_dir.filePath(QStringLiteral("db9.sqlite"))), 1);
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("s3cret"))
                     && !settings.value(key)
                             .toStringList()
                             .join(QLatin1Char(' '))
                             .contains(QStringLiteral("s3cret")),
                 qPrintable(key));
    RecentDatabases::clear();
    QVERIFY(RecentDatabases::list().isEmpty());
    QCOMPARE(RecentDatabases::last(), m_dir.filePath(QStringLiteral("db9.sqlite")));
}

// One file however it was opened: through a symbolic link or a roundabout path it is one entry
// (and one single-instance key), named by its canonical path.
void TestFirstRun::recentListHasOneEntryPerFile()
{
    RecentDatabases::clear();
    const QString file = m_dir.filePath(QStringLiteral("team.sqlite"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString alias = m_dir.filePath(QStringLiteral("alias.sqlite"));
    QVERIFY(QFile::link(file, alias));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
    RecentDatabases::add(file);
    RecentDatabases::add(alias);
    RecentDatabases::add(m_dir.filePath(QStringLiteral("sub/../team.sqlite")));
    QCOMPARE(RecentDatabases::list(), QStringList{QFileInfo(file).canonicalFilePath()});
    QVERIFY(RecentDatabases::sameDatabase(alias, file));
    QVERIFY(!RecentDatabases::sameDatabase(alias, m_dir.filePath(QStringLiteral("other.sqlite"))));
    QCOMPARE(ui::SingleInstance::keyFor(alias), ui::SingleInstance::keyFor(file));
    RecentDatabases::remove(alias);
    QVERIFY(RecentDatabases::list().isEmpty());
}

void TestFirstRun::openRecentFromTheFileMenu()
{
    const QString mine = m_dir.filePath(QStringLiteral("mine.sqlite"));
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    const QString busy = m_dir.filePath(QStringLiteral("busy.sqlite"));
    const QString gone = m_dir.filePath(QStringLiteral("gone.sqlite"));
    for (const QString &f : {mine, other, busy})
        QVERIFY(makeSharedFile(f, QStringLiteral("fred")).isEmpty());
    auto session = ui::Session::open(mine, QStringLiteral("fred"), Store::OpenMode::ExistingOnly);
    VERIFY_OK(session);
    for (const QString &f : {gone, busy, other, mine})
        RecentDatabases::add(f);
    auto window = std::make_unique<MainWindow>(**session);
    QVERIFY(window->openWorkspace());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QStringList started;
    OpenDatabase::setStarter([&](const QString &location) {
        started << location;
        return true;
    });

    // The list, newest first, with mnemonics.
    QAction *first = recentAction(*window, 1);
    QVERIFY(first);
    QCOMPARE(first->data().toString(), QFileInfo(mine).absoluteFilePath());
    QVERIFY(first->text().startsWith(QStringLiteral("&1 ")));

    // The database this window shows: nothing to do.
    first->trigger();
    QVERIFY(started.isEmpty());
    QVERIFY(window->isVisible());

    // Another window has it open: that one comes forward, this one stays.
    ui::SingleInstance running(busy);
    QVERIFY(running.listen());
    QSignalSpy activated(&running, &ui::SingleInstance::activationRequested);
    QCOMPARE(recentAction(*window, 3)->data().toString(), QFileInfo(busy).absoluteFilePath());
    recentAction(*window, 3)->trigger();
    QTRY_COMPARE(activated.count(), 1);
    QVERIFY(started.isEmpty());
    QVERIFY(window->isVisible());

    // Gone: say so and offer to drop it from the list.
    QTimer::singleShot(0, this, [] {
        auto *box = guitest::activeModal<QMessageBox>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("does not exist")));
        box->button(QMessageBox::Yes)->click();
    });
    QAction *goneAction = recentActionFor(*window, gone);
    QVERIFY(goneAction);
    goneAction->trigger();
    QVERIFY(!RecentDatabases::list().contains(QFileInfo(gone).absoluteFilePath()));
    QVERIFY(started.isEmpty());

    // Another file: a window is started on it, as `vigilo --db FILE`, and this one closes.
    QAction *otherAction = recentActionFor(*window, other);
    QVERIFY(otherAction);
    otherAction->trigger();
    QCOMPARE(started, QStringList{QFileInfo(other).absoluteFilePath()});
    QTRY_VERIFY(!window->isVisible());
    QCOMPARE(RecentDatabases::last(), QFileInfo(other).absoluteFilePath());

    // Clear list.
    auto *clear = window->findChild<QMenu *>(QStringLiteral("recentMenu"))
                      ->findChild<QAction *>(QStringLiteral("clearRecentAction"));
    QVERIFY(clear && clear->isEnabled());
    clear->trigger();
    QVERIFY(RecentDatabases::list().isEmpty());
    QVERIFY(recentAction(*window, 1) == nullptr);
}

void TestFirstRun::everyMenuActionHasAKeyboardPath()
{
    QVERIFY(makeSharedFile(m_local, QStringLiteral("fred")).isEmpty());
    auto session =
        ui::Session::open(m_local, QStringLiteral("fred"), Store::OpenMode::ExistingOnly);
    VERIFY_OK(session);
    MainWindow window(**session);
    QVERIFY(window.openWorkspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList gaps;
    QMap<QChar, QString> menus;
    for (QAction *top : window.menuBar()->actions()) {
        if (!top->menu())
            continue;
        const QChar m = mnemonicOf(top->text());
        if (m.isNull())
            gaps << top->text() + QStringLiteral(": menu without a mnemonic");
        else if (menus.contains(m))
            gaps << top->text() + QStringLiteral(": mnemonic shared with ") + menus.value(m);
        menus.insert(m, top->text());
        gaps << keyboardGaps(top->menu(), QString(top->text()).remove(QLatin1Char('&')));
    }
    QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QLatin1Char('\n'))));
    // Every page has its Ctrl+digit.
    for (int i = 1;; ++i) {
        auto *page = window.findChild<QAction *>(QStringLiteral("pageAction%1").arg(i));
        if (!page) {
            QVERIFY(i > 4);
            break;
        }
        QCOMPARE(page->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)));
    }
}

QTEST_MAIN(TestFirstRun)
#include "tst_gui_firstrun.moc"
