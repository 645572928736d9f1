// The real main window on the offscreen platform, over a demo database in a temp dir.

#include "GuiBackend.h"
#include "ResultCheck.h"

#include "changes/ChangeListModel.h"
#include "changes/ChangeListView.h"
#include "detail/ChangeDetailView.h"
#include "main/MainWindow.h"
#include "main/MessagePage.h"
#include "main/Session.h"

#include "Client.h"
#include "Store.h"
#include "Vigilo.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigilo;
using vigilo::ui::ChangeListView;
using vigilo::ui::MainWindow;
using vigilo::ui::Session;

namespace {
const QString kUser = QStringLiteral("tester");

template <typename T> T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsTheDemoWorkspace();
    void statusFilterNarrowsRows();
    void searchNarrowsRowsAfterAPause();
    void doubleClickShowsDetails();
    void savesAScreenshot();
    void explainsWhenTheUserHasNoWorkspace();
    void remembersGeometryAndWorkspace();
    void switchingWorkspaceKeepsTheCurrentOnRefusal();

private:
    int coreCount(const ChangeFilter &filter = {});

    QTemporaryDir m_dir;
    vigilo::guitest::GuiDatabase m_db{m_dir, QStringLiteral("demo.sqlite")};
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    // What the window shows is checked against the core (on a team server: the owner's).
    Vigilo &core() { return m_db.checkCore(*m_session); }
    Actor me() { return m_db.checkActor(*m_session, *m_window->actor()); }
};

int TestMainWindow::coreCount(const ChangeFilter &filter)
{
    auto list = core().changes().list(me(), filter);
    if (!list.ok())
        qFatal("list failed: %s", qUtf8Printable(list.error().message));
    return int(list->size());
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QSettings().clear();                      // and start empty: no geometry, no last workspace
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_db.ok(), qPrintable(m_db.errorText()));
    DemoOptions options;
    options.changes = 40;
    options.seed = 7;
    auto session = m_db.openDemo(kUser, options);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    m_session = std::move(session).value();
    QCOMPARE(m_session->user(), kUser);   // on a server: the login
    auto again = m_db.openOwnerSession(); // a second call leaves it alone
    QVERIFY(again.ok());
    Session &owner = *again ? **again : *m_session;
    auto built = owner.ensureDemo(options);
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().message));
    QVERIFY(!built.value());

    m_window = std::make_unique<MainWindow>(*m_session);
    QVERIFY(m_window->openWorkspace(QStringLiteral("demo")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->changeList()->isLoading(), 20000); // read asynchronously
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
}

void TestMainWindow::showsTheDemoWorkspace()
{
    QVERIFY(m_window->isShowingChanges());
    QCOMPARE(m_window->actor()->workspace.slug, QStringLiteral("demo"));
    QVERIFY(m_window->actor()->member.role == Role::Owner);
    const int total = coreCount();
    QVERIFY(total >= 40);
    ChangeListView *list = m_window->changeList();
    QCOMPARE(list->totalCount(), total);
    QCOMPARE(list->visibleCount(), total);
    QCOMPARE(list->table()->model()->rowCount(), total);

    auto *combo = child<QComboBox>(m_window.get(), "workspaceCombo");
    QCOMPARE(combo->currentData().toString(), QStringLiteral("demo"));
    const QString db = child<QLabel>(m_window.get(), "databaseLabel")->text();
    QVERIFY2(db.contains(m_db.shortName()), qPrintable(db));
    const QString user = child<QLabel>(m_window.get(), "userLabel")->text();
    QVERIFY2(user.contains(label(Role::Owner)), qPrintable(user));
    QVERIFY(m_window->windowTitle().contains(m_window->actor()->workspace.name));
}

void TestMainWindow::statusFilterNarrowsRows()
{
    ChangeListView *list = m_window->changeList();
    list->clearFilters();
    const int total = list->visibleCount();
    auto *status = child<QComboBox>(m_window.get(), "statusFilter");
    int narrowed = 0;
    for (ChangeStatus s : allChangeStatuses()) {
        status->setCurrentIndex(status->findData(int(s)));
        ChangeFilter filter;
        filter.status = s;
        QCOMPARE(list->visibleCount(), coreCount(filter));
        for (int row = 0; row < list->visibleCount(); ++row) {
            // The status, and for a change in progress past its planned end the core's flag.
            const QModelIndex index =
                list->table()->model()->index(row, ui::ChangeListModel::Status);
            const bool overrunning = index.data(ui::ChangeListModel::OverrunningRole).toBool();
            QCOMPARE(index.data().toString(),
                     overrunning ? QStringLiteral("%1, overrunning").arg(label(s)) : label(s));
            QVERIFY(!overrunning || s == ChangeStatus::InProgress);
        }
        if (list->visibleCount() > 0 && list->visibleCount() < total)
            ++narrowed;
    }
    QVERIFY(narrowed >= 3); // the demo has changes in several statuses

    status->setCurrentIndex(0);
    QCOMPARE(list->visibleCount(), total);
}

void TestMainWindow::searchNarrowsRowsAfterAPause()
{
    ChangeListView *list = m_window->changeList();
    list->clearFilters();
    const int total = list->visibleCount();
    auto *search = child<QLineEdit>(m_window.get(), "searchEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("CHG-00003"));
    QCOMPARE(list->visibleCount(), total); // not per keystroke: after the debounce
    QTRY_COMPARE(list->visibleCount(), 1);
    QCOMPARE(list->table()->model()->index(0, 0).data().toString(), QStringLiteral("CHG-00003"));

    // A word from a title: fewer rows, each containing it.
    const QString title =
        list->model()->index(0, ui::ChangeListModel::Title).data().toString().toLower();
    QString word;
    for (const QString &w : title.split(QLatin1Char(' ')))
        if (w.size() > word.size())
            word = w;
    search->clear();
    QTest::keyClicks(search, word);
    QTRY_VERIFY(list->visibleCount() < total);
    QVERIFY(list->visibleCount() >= 1);

    QTest::keyClicks(search, QStringLiteral(" zzzz-no-such-change"));
    QTRY_COMPARE(list->visibleCount(), 0);
    search->clear();
    QTRY_COMPARE(list->visibleCount(), total);
}

void TestMainWindow::doubleClickShowsDetails()
{
    ChangeListView *list = m_window->changeList();
    list->clearFilters();
    QTableView *table = list->table();
    const QModelIndex first = table->model()->index(0, ui::ChangeListModel::Title);
    const int number = first.data(ui::ChangeListModel::NumberRole).toInt();
    const QRect rect = table->visualRect(first);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    // The change opens in a tab beside the list.
    QTabWidget *tabs = m_window->changeTabs();
    QTRY_COMPARE(tabs->count(), 2);
    auto *detail = qobject_cast<ui::ChangeDetailView *>(tabs->currentWidget());
    QVERIFY(detail);
    QCOMPARE(detail->number(), number);
    QCOMPARE(tabs->tabText(1), formatChangeNumber(number));
    m_window->grab().save(vigilo::guitest::outputPath(QStringLiteral("details.png")));
    m_window->findChild<QAction *>(QStringLiteral("closeChangeAction"))->trigger();
    QTRY_COMPARE(tabs->count(), 1);
}

void TestMainWindow::savesAScreenshot()
{
    m_window->changeList()->clearFilters();
    const QString path = vigilo::guitest::outputPath(QStringLiteral("mainwindow.png"));
    QFile::remove(path);
    const QPixmap shot = m_window->grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(path, "PNG"));
    QVERIFY(QFileInfo(path).size() > 10000);
    qInfo("screenshot: %s", qPrintable(path));
}

void TestMainWindow::explainsWhenTheUserHasNoWorkspace()
{
    QTemporaryDir dir;
    vigilo::guitest::GuiDatabase empty(dir, QStringLiteral("empty.sqlite"));
    QVERIFY2(empty.ok(), qPrintable(empty.errorText()));
    // On a server the schema is made by its owner and the window acts for newbie through the
    // server's role, who may build the demo there like on a file.
    const QString newbie = QStringLiteral("newbie");
    auto session = empty.openSession(newbie);
    VERIFY_OK(session);
    MainWindow window(**session);
    vigilo::guitest::SettleAnswers settle{**session};
    QVERIFY(!window.openWorkspace());
    window.show();
    QVERIFY(!window.isShowingChanges());
    auto *page = child<ui::MessagePage>(&window, "messagePage");
    QVERIFY(page->isVisible());
    QVERIFY(page->body().contains(QStringLiteral("vigilo-cli")));
    QVERIFY(page->body().contains(QStringLiteral("workspace create")));
    QVERIFY(page->body().contains(QStringLiteral("--demo")));
    // --as names the user on a file; on a team server the signed-in account acts.
    QCOMPARE(page->body().contains(QStringLiteral("--as ") + newbie),
             !vigilo::guitest::GuiDatabase::throughTeamServer());
    QVERIFY(child<QLabel>(&window, "userLabel")->text().contains(newbie));
    window.resize(1100, 640);
    window.grab().save(vigilo::guitest::outputPath(QStringLiteral("mainwindow-no-workspace.png")));
    // The whole message is there: the label got the height its wrapped text needs (its last
    // line, "member add … --role engineer", was cut off once).
    auto *body = child<QLabel>(&window, "messageBody");
    QVERIFY2(body->height() >= body->heightForWidth(body->width()),
             qPrintable(QStringLiteral("%1 px tall, needs %2")
                            .arg(body->height())
                            .arg(body->heightForWidth(body->width()))));
    QVERIFY(!window.openWorkspace(QStringLiteral("nope")));

    // The button builds the demo workspace with this user as an owner and opens it.
    auto *demo = child<QPushButton>(&window, "createDemoButton");
    QVERIFY(demo->isVisible());
    // Through the Client's demo.build: at once on a database; a team server (started with
    // --allow-demo, as for trials) answers later, the button waiting meanwhile.
    QTest::mouseClick(demo, Qt::LeftButton);
    if (empty.throughTeamServer()) {
        QVERIFY(!demo->isEnabled());
        QCOMPARE(demo->text(), QStringLiteral("Creating the demo workspace…"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(window.isShowingChanges(), 60000);
    QCOMPARE(window.actor()->member.username, newbie);
    QVERIFY(window.actor()->member.role == Role::Owner);
    auto built = empty.checkCore(**session).workspaces().workspace(QStringLiteral("demo"));
    VERIFY_OK(built);
    QTRY_VERIFY_WITH_TIMEOUT(window.changeList()->totalCount() > 0, 20000);
    window.grab().save(vigilo::guitest::outputPath(QStringLiteral("mainwindow-fresh-demo.png")));
}

void TestMainWindow::remembersGeometryAndWorkspace()
{
    {
        MainWindow first(*m_session);
        QVERIFY(first.openWorkspace(QStringLiteral("demo")));
        first.resize(1010, 620);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.close();
    }
    MainWindow second(*m_session);
    QCOMPARE(second.size(), QSize(1010, 620));
    QVERIFY(second.openWorkspace()); // the last one used
    QCOMPARE(second.actor()->workspace.slug, QStringLiteral("demo"));
}

// The toolbar's workspace switch on a database: answered at once (the same asynchronous path as
// on a team server, tst_gui_server); a workspace the list still offers but the user is no member
// of is refused with the core's message, and the current workspace stays.
void TestMainWindow::switchingWorkspaceKeepsTheCurrentOnRefusal()
{
    VERIFY_OK(m_session->client().createWorkspace(QStringLiteral("lab"), QStringLiteral("Lab"),
                                                  QStringLiteral("en_US")));
    // Someone else's workspace (on a server made by the database's owner).
    auto owner = m_db.openOwnerSession();
    VERIFY_OK(owner);
    Session &admin = *owner ? **owner : *m_session;
    VERIFY_OK(admin.core().workspaces().createWorkspace(
        QStringLiteral("vault"), QStringLiteral("Vault"), QStringLiteral("en_US"),
        QStringLiteral("olga"), QStringLiteral("Olga")));
    const auto refusal = core().workspaces().signIn(QStringLiteral("vault"), kUser);
    QVERIFY(!refusal.ok());

    MainWindow window(*m_session);
    vigilo::guitest::SettleAnswers settle{*m_session};
    QVERIFY(window.openWorkspace(QStringLiteral("demo")));
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.changeList()->isLoading(), 20000);
    auto *combo = child<QComboBox>(&window, "workspaceCombo");
    QVERIFY(combo->findData(QStringLiteral("lab")) >= 0);
    QCOMPARE(combo->findData(QStringLiteral("vault")), -1);

    combo->setCurrentIndex(combo->findData(QStringLiteral("lab")));
    // A database answers at once; a team server later (tst_gui_server checks the switch's
    // waiting state).
    QTRY_COMPARE_WITH_TIMEOUT(window.actor()->workspace.slug, QStringLiteral("lab"), 15000);
    QVERIFY(window.switchingTo().isEmpty());
    QVERIFY(combo->isEnabled());
    QVERIFY(window.actor()->member.role == Role::Owner);
    QCOMPARE(window.windowTitle(), QStringLiteral("Lab"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.changeList()->isLoading(), 20000);
    QCOMPARE(window.changeList()->totalCount(), 0);

    combo->addItem(QStringLiteral("Vault (vault)"), QStringLiteral("vault")); // read earlier
    combo->setCurrentIndex(combo->findData(QStringLiteral("vault")));
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = window.findChild<QMessageBox *>(QStringLiteral("workspaceRefusedBox"))), 15000);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), refusal.error().message);
    QCOMPARE(window.actor()->workspace.slug, QStringLiteral("lab"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("lab"));
    QVERIFY(window.isShowingChanges());
    QVERIFY(window.switchingTo().isEmpty());
    box->accept();

    combo->setCurrentIndex(combo->findData(QStringLiteral("demo")));
    QTRY_COMPARE_WITH_TIMEOUT(window.actor()->workspace.slug, QStringLiteral("demo"), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.changeList()->isLoading(), 20000);
    QCOMPARE(window.changeList()->totalCount(), coreCount());
}

QTEST_MAIN(TestMainWindow)
#include "tst_gui_mainwindow.moc"
