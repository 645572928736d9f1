// Joining a team server from the desktop client, on a real vigilo-server (issue 13, item 4): a
// new member joins from the first-run dialog with the enrollment code and chooses a password;
// the next start signs in with the kept token without a dialog; a wrong password stays in the
// dialog with the server's message and keeps nothing; an unencrypted address off this machine and
// a server that does not answer are refused naming the address field; File ▸ Sign out and Sign
// out everywhere end the session on the server and remove the kept token. The keychain is one
// inside this process (never the user's); the dialogs are pictured in English and German.

#include "DialogDriver.h"
#include "GuiFixture.h"
#include "ProcessKeychain.h"

#include "connection/ServerSignIn.h"
#include "connection/TeamServerDialog.h"
#include "firstrun/FirstRunDialog.h"
#include "firstrun/OpenDatabase.h"
#include "firstrun/RecentDatabases.h"
#include "main/MainWindow.h"

#include "Catalogue.h"
#include "CliRunner.h"
#include "RemoteTransport.h"
#include "TestServer.h"

#include <QAction>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTcpServer>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

#include <functional>
#include <memory>

using namespace vigilo;
using guitest::type;
using ui::RecentDatabases;
using ui::TeamServerDialog;

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no %s in %s", name, qPrintable(parent->objectName()));
    return w;
}

void save(QWidget *widget, const QString &name)
{
    QApplication::processEvents(); // the layout follows what was just shown
    QDir().mkpath(QStringLiteral(VIGILO_GUI_TEST_OUTPUT_DIR));
    widget->grab().save(QStringLiteral(VIGILO_GUI_TEST_OUTPUT_DIR "/") + name);
}

template <typename R> QString whyNot(const R &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

class TestGuiConnect : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void joinFromTheFirstRunDialog();
    void secondStartUsesTheKeptToken();
    void wrongPasswordStaysInTheDialog();
    void addressRefusalsNameTheAddressField();
    void fileMenuConnectsAndSignsOut();
    void signOutEverywhereEndsEverySession();
    void picturesInEnglishAndGerman();
    void cleanupTestCase();

private:
    // The server's message for a wrong password, asked over the protocol directly (for an
    // account that does not exist: the server answers both alike).
    QString wrongPasswordMessage();
    // Whether `token` still opens a session on the server.
    bool tokenWorks(const QString &token);

    std::unique_ptr<test::CliSandbox> m_box;
    guitest::ProcessKeychain m_keys;
    QMap<QString, QString> &m_keychain = m_keys.entries;
    QString m_location;
    QString m_ninaCode;
    QTemporaryDir m_dir;
};

void TestGuiConnect::initTestCase()
{
    qunsetenv("VIGILO_TOKEN");
    qunsetenv("VIGILO_DB");
    RecentDatabases::clear();
    QSettings().remove(QStringLiteral("database/last"));
    m_box = std::make_unique<test::CliSandbox>();
    QVERIFY2(m_box->ok() && m_box->isServer(),
             "run with VIGILO_TEST_BACKEND=server under .ci/with-postgres");
    m_location = m_box->server()->location();
    auto r = m_box->run(QStringLiteral("olga"),
                        {QStringLiteral("workspace"), QStringLiteral("create"),
                         QStringLiteral("ops"), QStringLiteral("--name"), QStringLiteral("Ops")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    for (const QString &who : {QStringLiteral("nina"), QStringLiteral("dave")}) {
        auto added = m_box->runJson(QStringLiteral("olga"),
                                    {QStringLiteral("member"), QStringLiteral("add"), who,
                                     QStringLiteral("--role"), QStringLiteral("engineer")});
        QVERIFY2(added.exitCode == 0, added.describe().constData());
        if (who == QLatin1String("nina"))
            m_ninaCode = QJsonDocument::fromJson(added.out.toUtf8())
                             .object()
                             .value(QStringLiteral("enrollment_code"))
                             .toString();
    }
    QVERIFY(!m_ninaCode.isEmpty());
    // dave signs in once with the CLI: his password is TestServer::passwordOf("dave").
    QVERIFY2(!m_box->server()->tokenFor(QStringLiteral("dave")).isEmpty(),
             qPrintable(m_box->server()->errorText()));
}

QString TestGuiConnect::wrongPasswordMessage()
{
    client::RemoteOptions o;
    o.location = m_location;
    auto direct = client::RemoteTransport::open(o);
    if (!direct)
        return direct.error().message;
    auto refused =
        (*direct)->call(QStringLiteral("session.login"),
                        {{QStringLiteral("username"), QStringLiteral("nobody-here")},
                         {QStringLiteral("password"), QStringLiteral("not-a-password")}});
    return refused.ok() ? QString() : refused.error().message;
}

bool TestGuiConnect::tokenWorks(const QString &token)
{
    client::RemoteOptions o;
    o.location = m_location;
    o.token = token;
    auto transport = client::RemoteTransport::open(o);
    if (!transport)
        return false;
    auto hello = (*transport)->hello();
    return hello.ok() && !hello->value(QStringLiteral("username")).toString().isEmpty();
}

// nina got an enrollment code from olga: the first-run dialog's "Connect to a team server", the
// address typed as host and port (unencrypted: allowed on this machine only), the first sign-in
// with the code and the password she chooses (typed twice: a mistype is caught first).
void TestGuiConnect::joinFromTheFirstRunDialog()
{
    const QString local = m_dir.filePath(QStringLiteral("first.sqlite"));
    ui::FirstRunDialog welcome(QStringLiteral("nina"), local);
    welcome.show();
    QVERIFY(QTest::qWaitForWindowExposed(&welcome));
    auto *choice = child<QCommandLinkButton>(&welcome, "teamServerChoice");
    QVERIFY(choice->description().contains(QStringLiteral("enrollment code")));
    QVERIFY(child<QCommandLinkButton>(&welcome, "connectServerChoice")
                ->text()
                .contains(QStringLiteral("administrators")));

    const quint16 port = m_box->server()->port();
    QString mismatch;
    bool tlsWasForcedOffLoopback = false;
    bool signedIn = false;
    guitest::whenModal(QStringLiteral("teamServerDialog"), [&](QWidget *modal) {
        auto *dialog = static_cast<TeamServerDialog *>(modal);
        // Off this machine the connection is always encrypted.
        type(dialog, "serverAddress", QStringLiteral("vigilo.example.com"));
        auto *tls = child<QCheckBox>(dialog, "serverTls");
        tlsWasForcedOffLoopback = tls->isChecked() && !tls->isEnabled();
        type(dialog, "serverAddress", QStringLiteral("127.0.0.1"));
        child<QSpinBox>(dialog, "serverPort")->setValue(port);
        QVERIFY(tls->isEnabled());
        tls->setChecked(false);
        QCOMPARE(dialog->location(), m_location);
        type(dialog, "signInUser", QStringLiteral("nina"));
        QVERIFY(!child<QLineEdit>(dialog, "signInCode")->isVisible());
        child<QCheckBox>(dialog, "signInFirstTime")->setChecked(true);
        QVERIFY(child<QLineEdit>(dialog, "signInCode")->isVisible());
        QVERIFY(child<QLineEdit>(dialog, "signInRepeat")->isVisible());
        type(dialog, "signInCode", m_ninaCode);
        type(dialog, "signInPassword", QStringLiteral("nina-chooses-this"));
        type(dialog, "signInRepeat", QStringLiteral("nina-chooses-thsi"));
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
        mismatch = dialog->problem();
        QVERIFY(dialog->isVisible());
        save(dialog, QStringLiteral("team-server-first-sign-in.png"));
        type(dialog, "signInRepeat", QStringLiteral("nina-chooses-this"));
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
        signedIn = dialog->result() == QDialog::Accepted;
        if (!signedIn) {
            qWarning("still asking: %s / %s", qPrintable(dialog->addressProblem()),
                     qPrintable(dialog->problem()));
            dialog->reject();
        }
    });
    QTest::mouseClick(choice, Qt::LeftButton);
    QVERIFY(tlsWasForcedOffLoopback);
    QVERIFY2(mismatch.startsWith(QStringLiteral("Repeat the password:")), qPrintable(mismatch));
    QVERIFY(signedIn);
    QCOMPARE(welcome.choice(), ui::FirstRunDialog::Choice::TeamServer);
    QCOMPARE(welcome.location(), m_location);
    auto session = welcome.takeSession();
    QVERIFY(session);
    QVERIFY(session->isRemote());
    QCOMPARE(session->user(), QStringLiteral("nina"));
    const QString token = m_keychain.value(ui::sessionKeychainKey(m_location));
    QVERIFY(tokenWorks(token));
    QCOMPARE(RecentDatabases::last(), m_location);
    QVERIFY(!QFileInfo::exists(local)); // no local file for a member of a team server

    ui::MainWindow window(*session);
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    QCOMPARE(window.actor()->member.username, QStringLiteral("nina"));

    // The enrollment code worked once: it does not sign in again.
    client::RemoteOptions o;
    o.location = m_location;
    auto direct = client::RemoteTransport::open(o);
    QVERIFY2(direct.ok(), qPrintable(whyNot(direct)));
    auto reuse = (*direct)->call(QStringLiteral("session.login"),
                                 {{QStringLiteral("username"), QStringLiteral("nina")},
                                  {QStringLiteral("password"), QStringLiteral("another-password")},
                                  {QStringLiteral("enrollment_code"), m_ninaCode}});
    QVERIFY(!reuse.ok());
}

// The next start of vigilo: the recent team server opens with the kept token, no dialog at all.
void TestGuiConnect::secondStartUsesTheKeptToken()
{
    QVERIFY(!ui::FirstRunDialog::isNeeded(Store::defaultLocation()));
    const QString last = RecentDatabases::last();
    QCOMPARE(last, m_location);
    QStringList dialogs;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&dialogs] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            dialogs << modal->objectName();
            modal->close();
        }
    });
    watch.start(10);
    auto session = ui::signInToServer(last, QStringLiteral("someone-else"), true);
    watch.stop();
    QVERIFY2(session.ok(), qPrintable(whyNot(session)));
    QCOMPARE(dialogs, QStringList());
    QCOMPARE((*session)->user(), QStringLiteral("nina"));
}

void TestGuiConnect::wrongPasswordStaysInTheDialog()
{
    const auto before = m_keychain;
    TeamServerDialog dialog;
    dialog.setLocation(m_location);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(&dialog, "signInUser", QStringLiteral("dave"));
    type(&dialog, "signInPassword", QStringLiteral("not-daves-password"));
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QCOMPARE(dialog.addressProblem(), QString());
    const QString expected = wrongPasswordMessage();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(dialog.problem(), expected);
    QVERIFY(!dialog.takeSession());
    QCOMPARE(m_keychain, before); // nothing kept
    save(&dialog, QStringLiteral("team-server-wrong-password.png"));

    // An empty password is caught before anything goes to the server, naming the field.
    type(&dialog, "signInPassword", QString());
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    QVERIFY2(dialog.problem().startsWith(QStringLiteral("Password:")),
             qPrintable(dialog.problem()));
}

void TestGuiConnect::addressRefusalsNameTheAddressField()
{
    const auto before = m_keychain;
    TeamServerDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(&dialog, "signInUser", QStringLiteral("dave"));
    type(&dialog, "signInPassword", test::TestServer::passwordOf(QStringLiteral("dave")));

    // Unencrypted to another machine: the client's rule, its message, under the address.
    type(&dialog, "serverAddress", QStringLiteral("vigilo+insecure://192.0.2.7:8443"));
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    const auto refused =
        client::RemoteTransport::parseLocation(QStringLiteral("vigilo+insecure://192.0.2.7:8443"));
    QVERIFY(!refused.ok());
    QCOMPARE(dialog.addressProblem(),
             TeamServerDialog::tr("Server address: %1").arg(refused.error().message));
    QVERIFY(child<QLineEdit>(&dialog, "serverAddress")->hasFocus());
    QCOMPARE(dialog.problem(), QString());
    QVERIFY(dialog.isVisible());
    save(&dialog, QStringLiteral("team-server-insecure-refused.png"));

    // Not an address at all.
    type(&dialog, "serverAddress", QStringLiteral("postgresql://db.example.com/ops"));
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    QVERIFY2(dialog.addressProblem().startsWith(QStringLiteral("Server address: ")),
             qPrintable(dialog.addressProblem()));

    // A server that does not answer (a port nobody listens on any more).
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    type(&dialog, "serverAddress",
         QStringLiteral("vigilo+insecure://127.0.0.1:%1").arg(closedPort));
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    QVERIFY2(dialog.addressProblem().contains(QStringLiteral("Cannot reach the server")),
             qPrintable(dialog.addressProblem()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_keychain, before);
}

// File ▸ Connect to a team server… signs in in the dialog and opens the server in a new window
// (which finds the kept token); File ▸ Sign out ends the session and removes the token, so the
// next start asks again.
void TestGuiConnect::fileMenuConnectsAndSignsOut()
{
    auto kept = ui::signInToServer(m_location, QString(), false);
    QVERIFY2(kept.ok(), qPrintable(whyNot(kept)));
    ui::Session &session = **kept;
    ui::MainWindow window(session);
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    window.show();
    QVERIFY(window.findChild<QAction *>(QStringLiteral("signOutAction"))->isVisible());

    // The same server by another name: dave signs in there, a window on it is started.
    const QString other =
        QString(m_location).replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
    QStringList started;
    ui::OpenDatabase::setStarter([&started](const QString &location) {
        started << location;
        return true;
    });
    guitest::whenModal(QStringLiteral("teamServerDialog"), [other](QWidget *modal) {
        auto *dialog = static_cast<TeamServerDialog *>(modal);
        type(dialog, "serverAddress", other);
        type(dialog, "signInUser", QStringLiteral("dave"));
        type(dialog, "signInPassword", test::TestServer::passwordOf(QStringLiteral("dave")));
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
        if (dialog->isVisible())
            dialog->reject();
    });
    window.findChild<QAction *>(QStringLiteral("connectTeamServerAction"))->trigger();
    QTRY_COMPARE(started, QStringList{other});
    QTRY_VERIFY(!window.isVisible()); // the new window takes over
    QCOMPARE(RecentDatabases::list().mid(0, 2), (QStringList{other, m_location}));
    ui::OpenDatabase::setStarter({});
    // The started window's start: dave's kept token, no dialog.
    auto daveThere = ui::signInToServer(other, QString(), false);
    QVERIFY2(daveThere.ok(), qPrintable(whyNot(daveThere)));
    QCOMPARE((*daveThere)->user(), QStringLiteral("dave"));
    daveThere->reset();

    // nina signs out (in a window on her server again).
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *signOut = window.findChild<QAction *>(QStringLiteral("signOutAction"));
    if (auto *file = qobject_cast<QMenu *>(signOut->associatedObjects().value(0))) {
        file->popup(window.mapToGlobal(QPoint(0, 0)));
        QVERIFY(QTest::qWaitForWindowExposed(file));
        save(file, QStringLiteral("team-server-file-menu.png"));
        file->hide();
    }
    const QString key = ui::sessionKeychainKey(m_location);
    const QString token = m_keychain.value(key);
    QVERIFY(tokenWorks(token));
    signOut->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 15000);
    QVERIFY(!m_keychain.contains(key));
    QVERIFY(!tokenWorks(token)); // ended on the server too
    auto next = ui::signInToServer(m_location, QString(), false);
    QVERIFY(!next.ok());
    QCOMPARE(next.error().code, QStringLiteral("not_signed_in"));
    // dave's session on the other name is his own and goes on.
    QVERIFY(tokenWorks(m_keychain.value(ui::sessionKeychainKey(other))));
}

// Sign out everywhere ends dave's other sessions too (his CLI's).
void TestGuiConnect::signOutEverywhereEndsEverySession()
{
    const QString other =
        QString(m_location).replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
    const QString cliToken = m_box->server()->tokenFor(QStringLiteral("dave"));
    QVERIFY(tokenWorks(cliToken));
    auto dave = ui::signInToServer(other, QString(), false);
    QVERIFY2(dave.ok(), qPrintable(whyNot(dave)));
    ui::MainWindow window(**dave);
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    window.show();
    QString question;
    guitest::whenModal(QStringLiteral("signOutEverywhereBox"), [&question](QWidget *modal) {
        auto *box = static_cast<QMessageBox *>(modal);
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    window.findChild<QAction *>(QStringLiteral("signOutEverywhereAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 15000);
    QVERIFY(question.contains(QStringLiteral("every computer")));
    QVERIFY(!m_keychain.contains(ui::sessionKeychainKey(other)));
    QVERIFY(!tokenWorks(cliToken));
    m_box->server()->forgetToken(QStringLiteral("dave"));
}

void TestGuiConnect::picturesInEnglishAndGerman()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        QTranslator translator;
        const QLocale locale(language == QLatin1String("de") ? QLocale::German : QLocale::English);
        // $VIGILO_TEST_QM: a catalogue built from a work in progress, to look at it.
        const QString qm = qEnvironmentVariable("VIGILO_TEST_QM");
        const bool installed =
            language == QLatin1String("de")
            && (qm.isEmpty() ? loadVigiloCatalogue(translator, locale) : translator.load(qm));
        if (installed)
            QApplication::installTranslator(&translator);
        {
            ui::FirstRunDialog welcome(QStringLiteral("nina"),
                                       m_dir.filePath(QStringLiteral("pictures.sqlite")));
            welcome.show();
            QVERIFY(QTest::qWaitForWindowExposed(&welcome));
            welcome.adjustSize();
            save(&welcome, QStringLiteral("first-run-team-%1.png").arg(language));
            welcome.reject();
        }
        {
            TeamServerDialog dialog;
            dialog.setUser(QStringLiteral("nina"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            type(&dialog, "serverAddress", QStringLiteral("vigilo.example.com"));
            child<QCheckBox>(&dialog, "signInFirstTime")->setChecked(true);
            dialog.adjustSize();
            QVERIFY(dialog.width() <= 1024 && dialog.height() <= 768);
            save(&dialog, QStringLiteral("team-server-dialog-%1.png").arg(language));
        }
        if (installed)
            QApplication::removeTranslator(&translator);
    }
}

void TestGuiConnect::cleanupTestCase()
{
    m_box.reset();
}

QTEST_MAIN(TestGuiConnect)
#include "tst_gui_connect.moc"
