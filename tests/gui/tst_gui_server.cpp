// The desktop client on a real vigilo-server (in front of a scratch PostgreSQL database): signing
// in from the sign-in dialog (with an enrollment code the first time), the token kept in the
// keychain (a keychain inside this process: CI has no Secret Service), a wrong password shown
// with the server's message, the change list, opening a change in exactly one request, submit
// and approve as two members with the server refusing self-approval, and a second window that
// sees the new state by the server's push. The screens not on the server yet say so.

#include "GuiFixture.h"
#include "ProcessKeychain.h"
#include "ServerSession.h"
#include "assets/AssetImportDialog.h"
#include "assets/AssetModel.h"
#include "assets/AssetsPage.h"

#include "admin/AdminPage.h"
#include "admin/AdministrationWindow.h"
#include "changes/ChangeListModel.h"
#include "changes/ChangeListView.h"
#include "connection/ServerSignIn.h"
#include "connection/TeamServerDialog.h"
#include "detail/ActionBar.h"
#include "detail/ChangeDetailView.h"
#include "firstrun/OpenDatabase.h"
#include "main/MainWindow.h"
#include "main/MessagePage.h"

#include "CliRunner.h"
#include "RemoteTransport.h"
#include "TestServer.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace vigilo;
using vigilo::ui::ChangeDetailView;
using vigilo::ui::MainWindow;

namespace {

// Acts on the next modal dialog of type T as soon as it is up (polled every 20 ms, no sleep).
// Returns the watch (delete it to stop waiting).
template <typename T> QTimer *onNextModal(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
    return timer;
}

void fillSignIn(QDialog *dialog, const QString &user, const QString &password,
                const QString &code = {})
{
    dialog->findChild<QLineEdit *>(QStringLiteral("signInUser"))->setText(user);
    dialog->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(password);
    // The first sign-in: the enrollment code, and the chosen password typed twice.
    dialog->findChild<QCheckBox *>(QStringLiteral("signInFirstTime"))->setChecked(!code.isEmpty());
    dialog->findChild<QLineEdit *>(QStringLiteral("signInCode"))->setText(code);
    dialog->findChild<QLineEdit *>(QStringLiteral("signInRepeat"))->setText(password);
    dialog->accept();
}

// The message of a failed result, empty for a good one (QVERIFY2 evaluates it either way).
template <typename R> QString whyNot(const R &result)
{
    return result.ok() ? QString() : result.error().message;
}

QString isoIn(int days, int hours = 0)
{
    return QDateTime::currentDateTimeUtc()
        .addDays(days)
        .addSecs(hours * 3600)
        .toString(Qt::ISODate);
}

} // namespace

class TestGuiServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void callAsyncBeforeTheHandshakeAnswers();
    void wrongPasswordShowsTheServersMessage();
    void signInListOpenSubmitApproveAndPush();
    void administrationThroughTheServer();
    void importAssetsThroughTheServer();
    void switchingWorkspaceDoesNotWait();
    void cleanupTestCase();

private:
    // A session of `user` on the server, signed in with the sandbox's token (null on failure).
    std::unique_ptr<ui::Session> remoteSession(const QString &user)
    {
        return guitest::serverSession(m_location, m_box->server()->tokenFor(user), user);
    }
    // The same server by another name (this window shows m_location already).
    QString otherName() const
    {
        return QString(m_location)
            .replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
    }
    std::unique_ptr<test::CliSandbox> m_box;
    guitest::ProcessKeychain m_keys;
    QMap<QString, QString> &m_keychain = m_keys.entries;
    QString m_location;
    QString m_carolCode;
};

void TestGuiServer::initTestCase()
{
    qunsetenv("VIGILO_TOKEN");
    m_box = std::make_unique<test::CliSandbox>();
    QVERIFY2(m_box->ok() && m_box->isServer(),
             "run with VIGILO_TEST_BACKEND=server under .ci/with-postgres");
    m_location = m_box->server()->location();
    auto r = m_box->run(QStringLiteral("olga"),
                        {QStringLiteral("workspace"), QStringLiteral("create"),
                         QStringLiteral("ops"), QStringLiteral("--name"), QStringLiteral("Ops")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    for (const QString &who : {QStringLiteral("alice"), QStringLiteral("carol")}) {
        auto added = m_box->runJson(QStringLiteral("olga"),
                                    {QStringLiteral("member"), QStringLiteral("add"), who,
                                     QStringLiteral("--role"), QStringLiteral("approver")});
        QVERIFY2(added.exitCode == 0, added.describe().constData());
        if (who == QLatin1String("carol"))
            m_carolCode = QJsonDocument::fromJson(added.out.toUtf8())
                              .object()
                              .value(QStringLiteral("enrollment_code"))
                              .toString();
    }
    QVERIFY(!m_carolCode.isEmpty());
    auto asset =
        m_box->run(QStringLiteral("olga"),
                   {QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("web-frontend"),
                    QStringLiteral("--kind"), QStringLiteral("service")});
    QVERIFY2(asset.exitCode == 0, asset.describe().constData());
    // alice (signed in by the sandbox: her password is TestServer::passwordOf) plans a change.
    auto created = m_box->run(
        QStringLiteral("alice"),
        {QStringLiteral("change"), QStringLiteral("create"), QStringLiteral("--title"),
         QStringLiteral("Rotate the TLS certificates"), QStringLiteral("--priority"),
         QStringLiteral("low"), QStringLiteral("--start"), isoIn(10), QStringLiteral("--end"),
         isoIn(10, 2), QStringLiteral("--rollback-plan"), QStringLiteral("Restore the old ones"),
         QStringLiteral("--implementation-plan"), QStringLiteral("Install the new ones"),
         QStringLiteral("--asset"), QStringLiteral("web-frontend")});
    QVERIFY2(created.exitCode == 0, created.describe().constData());
}

// A call issued right after connecting (the hello answer not in yet) resolves on its own: the
// handshake's continuation no longer waits for the call's answer on the receiving thread.
void TestGuiServer::callAsyncBeforeTheHandshakeAnswers()
{
    client::RemoteOptions o;
    o.location = m_location;
    o.token = m_box->server()->tokenFor(QStringLiteral("alice"));
    QVERIFY(!o.token.isEmpty());
    auto transport = client::RemoteTransport::open(o);
    QVERIFY2(transport.ok(), qPrintable(whyNot(transport)));
    client::Client client(std::move(transport).value(), QStringLiteral("ops"));
    auto list = client.changesAsync();
    auto workspaces = client.callAsync(QStringLiteral("workspace.list"));
    QTRY_VERIFY_WITH_TIMEOUT(list.isFinished() && workspaces.isFinished(), 15000);
    QVERIFY2(list.result().ok(), qPrintable(whyNot(list.result())));
    QCOMPARE(list.result()->size(), 1);
    QVERIFY(workspaces.result().ok());
}

void TestGuiServer::wrongPasswordShowsTheServersMessage()
{
    // What the server answers a wrong password, asked over the protocol directly.
    client::RemoteOptions o;
    o.location = m_location;
    auto direct = client::RemoteTransport::open(o);
    QVERIFY2(direct.ok(), qPrintable(whyNot(direct)));
    auto refused =
        (*direct)->call(QStringLiteral("session.login"),
                        {{QStringLiteral("username"), QStringLiteral("alice")},
                         {QStringLiteral("password"), QStringLiteral("not-her-password")}});
    QVERIFY(!refused.ok());
    const QString serverMessage = refused.error().message;
    QVERIFY(!serverMessage.isEmpty());

    QString shown;
    bool done = false;
    onNextModal<QDialog>([&](QDialog *dialog) {
        fillSignIn(dialog, QStringLiteral("alice"), QStringLiteral("not-her-password"));
        // The dialog comes back with the server's message; then the test gives up.
        onNextModal<QDialog>([&](QDialog *again) {
            auto *problem = again->findChild<QLabel *>(QStringLiteral("signInProblem"));
            shown = problem ? problem->text() : QString();
            done = true;
            again->reject();
        });
    });
    auto session = ui::signInToServer(m_location, QStringLiteral("alice"), true);
    QVERIFY(done);
    QCOMPARE(shown, serverMessage);
    QVERIFY(!session.ok());
    QVERIFY(m_keychain.isEmpty()); // nothing kept for a failed sign-in
}

void TestGuiServer::signInListOpenSubmitApproveAndPush()
{
    // alice signs in from the dialog; her token goes to the keychain.
    onNextModal<QDialog>([](QDialog *dialog) {
        fillSignIn(dialog, QStringLiteral("alice"),
                   test::TestServer::passwordOf(QStringLiteral("alice")));
    });
    auto aliceSession = ui::signInToServer(m_location, QStringLiteral("alice"), true);
    QVERIFY2(aliceSession.ok(), qPrintable(whyNot(aliceSession)));
    ui::Session &alice = **aliceSession;
    QVERIFY(alice.isRemote());
    QVERIFY(alice.local() == nullptr);
    QCOMPARE(alice.user(), QStringLiteral("alice"));
    const QString key = ui::sessionKeychainKey(m_location);
    QVERIFY(!m_keychain.value(key).isEmpty());

    MainWindow window(alice);
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    window.show();
    QTRY_COMPARE(window.changeList()->table()->model()->rowCount(), 1);
    // From now on every event names its change: only that row is read again, never the list.
    QSignalSpy listResets(window.changeList()->model(), &QAbstractItemModel::modelReset);
    QSignalSpy rowUpdates(window.changeList()->model(), &QAbstractItemModel::dataChanged);

    // Every page asks through the client: the same pages as on a database (tst_gui_server_pages,
    // tst_gui_server_calendar), none says it is not on a server.
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QVERIFY(window.findChildren<ui::MessagePage *>(QStringLiteral("notOnServerPage")).isEmpty());
    for (auto page :
         {MainWindow::Page::Assets, MainWindow::Page::ApprovalQueue,
          MainWindow::Page::FreezeWindows, MainWindow::Page::Dashboard, MainWindow::Page::Calendar})
        QVERIFY(nav->item(int(page))->flags() & Qt::ItemIsEnabled);
    QVERIFY(window.calendarPage());
    window.showPage(MainWindow::Page::Assets);
    QVERIFY(window.assetsPage());
    QTRY_VERIFY(window.assetsPage()->model()->rowCount() > 0);
    window.showPage(MainWindow::Page::Changes);
    // New change, Suggest similar and Export evidence pack go through the client: enabled, and
    // File ▸ New change opens the dialog (its work through the server: tst_gui_server_newchange).
    for (const char *name : {"newChangeAction", "suggestSimilarAction", "exportPackAction"}) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(action->isEnabled(), name);
    }
    QString opened;
    onNextModal<QDialog>([&opened](QDialog *dialog) {
        opened = QString::fromLatin1(dialog->metaObject()->className());
        dialog->reject();
    });
    window.findChild<QAction *>(QStringLiteral("newChangeAction"))->trigger();
    QTRY_COMPARE(opened, QStringLiteral("vigilo::ui::NewChangeDialog"));
    // CAB mode goes through the client (tst_gui_server_cab).
    QVERIFY(window.findChild<QAction *>(QStringLiteral("cabModeAction"))->isEnabled());

    // Opening a change is one request (change.open) through the server.
    const qint64 before = alice.remoteTransport()->requestsSent();
    ChangeDetailView *detail = window.openChange(1);
    QVERIFY(detail);
    QTRY_COMPARE(detail->change().title, QStringLiteral("Rotate the TLS certificates"));
    QCOMPARE(alice.remoteTransport()->requestsSent() - before, 1);
    QVERIFY(detail->actionBar()->actions().contains(Action::Submit));

    // Submit through the server.
    QString submitRefusal;
    QPointer<QTimer> submitWatch = onNextModal<QMessageBox>([&submitRefusal](QMessageBox *box) {
        submitRefusal = box->informativeText();
        box->accept();
    });
    detail->trigger(Action::Submit);
    QTRY_VERIFY2_WITH_TIMEOUT(detail->change().status != ChangeStatus::Draft
                                  || !submitRefusal.isEmpty(),
                              qPrintable(submitRefusal), 15000);
    QVERIFY2(submitRefusal.isEmpty(), qPrintable(submitRefusal));
    delete submitWatch.data();
    QTRY_COMPARE_WITH_TIMEOUT(toString(detail->change().status), toString(ChangeStatus::Review),
                              15000);

    // alice approving her own change: the server refuses with its message.
    auto cliRefusal = m_box->runJson(
        QStringLiteral("alice"),
        {QStringLiteral("change"), QStringLiteral("approve"), QStringLiteral("CHG-00001")});
    QCOMPARE(cliRefusal.exitCode, 1);
    const QJsonObject cliError = QJsonDocument::fromJson(cliRefusal.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("error"))
                                     .toObject();
    QCOMPARE(cliError.value(QStringLiteral("code")).toString(),
             QStringLiteral("self_approval_forbidden"));
    QString refusal;
    onNextModal<QDialog>([&refusal](QDialog *reason) {
        reason->accept(); // the approval comment is optional
        onNextModal<QMessageBox>([&refusal](QMessageBox *box) {
            refusal = box->informativeText();
            box->accept();
        });
    });
    detail->trigger(Action::Approve);
    QTRY_VERIFY(!refusal.isEmpty());
    QCOMPARE(refusal, cliError.value(QStringLiteral("message")).toString());
    QCOMPARE(toString(detail->change().status), toString(ChangeStatus::Review));

    // carol signs in for the first time with her enrollment code, in a second window.
    onNextModal<QDialog>([this](QDialog *dialog) {
        fillSignIn(dialog, QStringLiteral("carol"), QStringLiteral("carol-chooses-this-pw"),
                   m_carolCode);
    });
    m_keychain.remove(key); // the keychain entry is per server: carol's replaces alice's
    auto carolSession = ui::signInToServer(m_location, QStringLiteral("carol"), true);
    QVERIFY2(carolSession.ok(), qPrintable(whyNot(carolSession)));
    QCOMPARE((*carolSession)->user(), QStringLiteral("carol"));
    QVERIFY(!m_keychain.value(key).isEmpty());
    MainWindow second(**carolSession);
    QVERIFY(second.openWorkspace(QStringLiteral("ops")));
    ChangeDetailView *carolDetail = second.openChange(1);
    QVERIFY(carolDetail);
    QTRY_COMPARE(toString(carolDetail->change().status), toString(ChangeStatus::Review));
    QVERIFY(carolDetail->actionBar()->actions().contains(Action::Approve));
    onNextModal<QDialog>([](QDialog *reason) { reason->accept(); });
    carolDetail->trigger(Action::Approve);
    QTRY_COMPARE_WITH_TIMEOUT(toString(carolDetail->change().status),
                              toString(ChangeStatus::Approved), 15000);

    // alice's window learns it by the server's push: her open change and her list.
    QTRY_COMPARE_WITH_TIMEOUT(toString(detail->change().status), toString(ChangeStatus::Approved),
                              15000);
    QTRY_COMPARE_WITH_TIMEOUT(toString(window.visibleChanges().value(0).status),
                              toString(ChangeStatus::Approved), 15000);
    QCOMPARE(listResets.count(), 0);
    QVERIFY(rowUpdates.count() >= 2); // alice's submit, carol's approval

    // File ▸ Connect to a team server…: a wrong address is refused with the client's words under
    // the address field; a good one signs in in the dialog and starts a window on it (which finds
    // the kept token).
    QStringList started;
    ui::OpenDatabase::setStarter([&started](const QString &location) {
        started << location;
        return true;
    });
    QString addressRefusal;
    onNextModal<ui::TeamServerDialog>([&addressRefusal, this](ui::TeamServerDialog *ask) {
        ask->findChild<QLineEdit *>(QStringLiteral("serverAddress"))
            ->setText(QStringLiteral("vigilo+insecure://192.0.2.7:8443"));
        fillSignIn(ask, QStringLiteral("carol"), QStringLiteral("carol-chooses-this-pw"));
        addressRefusal = ask->addressProblem();
        ask->findChild<QLineEdit *>(QStringLiteral("serverAddress"))->setText(otherName());
        ask->accept();
        if (ask->isVisible())
            ask->reject();
    });
    second.findChild<QAction *>(QStringLiteral("connectTeamServerAction"))->trigger();
    QTRY_COMPARE(started, QStringList{otherName()});
    QVERIFY2(addressRefusal.contains(QStringLiteral("vigilo+insecure://")),
             qPrintable(addressRefusal));
    ui::OpenDatabase::setStarter({});

    // The kept token signs carol in again without asking (no dialog: not interactive).
    auto again = ui::signInToServer(m_location, QString(), false);
    QVERIFY2(again.ok(), qPrintable(whyNot(again)));
    QCOMPARE((*again)->user(), QStringLiteral("carol"));
}

// File ▸ Administration… on the server: the owner adds a member and is shown the one-time
// enrollment code, which signs the new member in, and signs him out everywhere (his session is
// refused at once); an approver sees read-only pages with the server's reason; the webhooks page
// opens its window on a server too (tst_gui_server_admin drives it).
void TestGuiServer::administrationThroughTheServer()
{
    std::unique_ptr<ui::Session> olga = remoteSession(QStringLiteral("olga"));
    QVERIFY(olga);
    MainWindow window(*olga);
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    ui::AdministrationWindow *admin = window.openAdministration();
    QVERIFY(admin);
    QTRY_VERIFY_WITH_TIMEOUT(!admin->isLoading(), 15000);
    QCOMPARE(admin->loadError(), QString());
    admin->showPage(ui::AdministrationWindow::Page::Webhooks);
    QVERIFY(admin->page(ui::AdministrationWindow::Page::Webhooks)
                ->findChild<QPushButton *>(QStringLiteral("openWebhooksButton"))
                ->isEnabled());

    admin->showPage(ui::AdministrationWindow::Page::Members);
    ui::AdminPage *members = admin->page(ui::AdministrationWindow::Page::Members);
    QString code;
    onNextModal<QDialog>([&code](QDialog *form) {
        QCOMPARE(form->objectName(), QStringLiteral("addMemberDialog"));
        form->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))
            ->setText(QStringLiteral("dave"));
        auto *role = form->findChild<QComboBox *>(QStringLiteral("roleCombo"));
        role->setCurrentIndex(role->findData(int(Role::Engineer)));
        onNextModal<QMessageBox>([&code](QMessageBox *box) {
            QCOMPARE(box->objectName(), QStringLiteral("enrollmentCodeBox"));
            code = box->informativeText()
                       .section(QLatin1Char('\n'), 0, 0)
                       .section(QStringLiteral(": "), 1);
            box->accept();
        });
        form->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    });
    members->findChild<QPushButton *>(QStringLiteral("addMemberButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!code.isEmpty(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!admin->isLoading(), 15000);
    auto listed =
        m_box->runJson(QStringLiteral("olga"), {QStringLiteral("member"), QStringLiteral("list")});
    QVERIFY2(listed.out.contains(QStringLiteral("\"dave\"")), listed.describe().constData());
    // The code shown is the one the server issued: dave chooses his password with it.
    client::RemoteOptions o;
    o.location = m_location;
    auto direct = client::RemoteTransport::open(o);
    QVERIFY2(direct.ok(), qPrintable(whyNot(direct)));
    auto signedIn =
        (*direct)->call(QStringLiteral("session.login"),
                        {{QStringLiteral("username"), QStringLiteral("dave")},
                         {QStringLiteral("password"), QStringLiteral("dave-chooses-this-pw")},
                         {QStringLiteral("enrollment_code"), code}});
    QVERIFY2(signedIn.ok(), qPrintable(whyNot(signedIn) + QStringLiteral(" code: ") + code));
    QVERIFY((*direct)->call(QStringLiteral("session.whoami"), {}).ok());

    // dave's laptop is lost: olga signs him out everywhere, after confirming.
    auto *revoke = members->findChild<QPushButton *>(QStringLiteral("revokeSessionsButton"));
    QVERIFY(revoke);
    QVERIFY(!revoke->isHidden()); // a team server has sessions
    QTRY_VERIFY(members->table()->rowCount() >= 4);
    for (int row = 0; row < members->table()->rowCount(); ++row)
        if (members->table()->item(row, 0)->text() == QLatin1String("dave"))
            members->table()->selectRow(row);
    QVERIFY(revoke->isEnabled());
    QString question;
    onNextModal<QMessageBox>([&question](QMessageBox *box) {
        QCOMPARE(box->objectName(), QStringLiteral("revokeSessionsConfirm"));
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    revoke->click();
    QVERIFY2(question.contains(QLatin1String("dave")), qPrintable(question));
    QTRY_VERIFY_WITH_TIMEOUT(!admin->isLoading(), 15000);
    QVERIFY2(members->statusText().contains(QLatin1String("dave")),
             qPrintable(members->statusText()));
    // His session is refused on its next request.
    auto refused = (*direct)->call(QStringLiteral("session.whoami"), {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("session_revoked"));
    auto audited =
        m_box->runJson(QStringLiteral("olga"), {QStringLiteral("audit"), QStringLiteral("log")});
    QVERIFY2(audited.out.contains(QStringLiteral("member.revoke_sessions")),
             audited.describe().constData());
    admin->resize(1024, 768);
    QVERIFY(admin->grab().save(
        guitest::outputPath(QStringLiteral("administration-members-server.png"))));

    // alice is an approver: read-only pages, with the server's reason.
    std::unique_ptr<ui::Session> alice = remoteSession(QStringLiteral("alice"));
    QVERIFY(alice);
    MainWindow aliceWindow(*alice);
    QVERIFY(aliceWindow.openWorkspace(QStringLiteral("ops")));
    ui::AdministrationWindow *readOnly = aliceWindow.openAdministration();
    QTRY_VERIFY_WITH_TIMEOUT(!readOnly->isLoading(), 15000);
    ui::AdminPage *aliceMembers = readOnly->page(ui::AdministrationWindow::Page::Members);
    QVERIFY(!aliceMembers->rights().manageWorkspace);
    QVERIFY(!aliceMembers->rights().refusal.isEmpty());
    QVERIFY(
        !aliceMembers->findChild<QPushButton *>(QStringLiteral("addMemberButton"))->isEnabled());
    QVERIFY(!aliceMembers->findChild<QLabel *>(QStringLiteral("readOnlyNotice"))->isHidden());
    // She sees "Sign out everywhere…", disabled with the core's reason.
    aliceMembers->table()->selectRow(0);
    auto *aliceRevoke =
        aliceMembers->findChild<QPushButton *>(QStringLiteral("revokeSessionsButton"));
    QVERIFY(!aliceRevoke->isHidden());
    QVERIFY(!aliceRevoke->isEnabled());
    QCOMPARE(aliceRevoke->toolTip(), aliceMembers->rights().refusal);
}

// Assets ▸ Import CSV… on a team server: the dry run and the import are the server's answers
// (asset.import), the rows land in its database; an approver's dry run gets the server's refusal.
void TestGuiServer::importAssetsThroughTheServer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inventory.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name,kind,runs_on\nk8s-node-09,host,\nweb-frontend,,k8s-node-09\n");
    f.close();

    std::unique_ptr<ui::Session> alice = remoteSession(QStringLiteral("alice"));
    QVERIFY(alice);
    alice->client().setWorkspace(QStringLiteral("ops"));
    ui::AssetImportDialog refused(alice->client());
    refused.openFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isBusy(), 15000);
    QVERIFY2(refused.summaryText().contains(QStringLiteral("admin")),
             qPrintable(refused.summaryText()));
    QVERIFY(!refused.importButton()->isEnabled());

    std::unique_ptr<ui::Session> olga = remoteSession(QStringLiteral("olga"));
    QVERIFY(olga);
    olga->client().setWorkspace(QStringLiteral("ops"));
    ui::AssetImportDialog dialog(olga->client());
    dialog.openFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
    QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.summaryText()));
    QVERIFY2(dialog.summaryText().contains(QStringLiteral("1 relationships to add"))
                 || dialog.summaryText().contains(QStringLiteral("1 relationship to add")),
             qPrintable(dialog.summaryText()));
    auto before = m_box->runJson(QStringLiteral("olga"),
                                 {QStringLiteral("asset"), QStringLiteral("relations")});
    QVERIFY(!before.out.contains(QStringLiteral("k8s-node-09"))); // a dry run writes nothing
    dialog.importButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
    QCOMPARE(dialog.report().created, QStringList{QStringLiteral("k8s-node-09")});
    QCOMPARE(dialog.report().relationsAdded, 1);
    auto after =
        m_box->runJson(QStringLiteral("olga"), {QStringLiteral("asset"), QStringLiteral("show"),
                                                QStringLiteral("web-frontend")});
    QVERIFY2(after.exitCode == 0 && after.out.contains(QStringLiteral("k8s-node-09")),
             after.describe().constData());
}

void TestGuiServer::cleanupTestCase()
{
    m_box.reset();
}

// Switching workspace in the toolbar is one request (workspace.open) answered asynchronously: the
// window says it is switching and keeps showing the current workspace meanwhile; a refusal (a
// workspace the list still offers but alice is no member of) is shown as the server's error and
// the current workspace stays.
void TestGuiServer::switchingWorkspaceDoesNotWait()
{
    for (const QString &slug : {QStringLiteral("lab"), QStringLiteral("vault")}) {
        auto made = m_box->run(QStringLiteral("olga"),
                               {QStringLiteral("workspace"), QStringLiteral("create"), slug,
                                QStringLiteral("--name"), slug.toUpper()});
        QVERIFY2(made.exitCode == 0, made.describe().constData());
    }
    auto added = m_box->run(QStringLiteral("olga"),
                            {QStringLiteral("-w"), QStringLiteral("lab"), QStringLiteral("member"),
                             QStringLiteral("add"), QStringLiteral("alice"),
                             QStringLiteral("--role"), QStringLiteral("engineer")});
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    // What the server answers alice for a workspace she is not in, asked by the CLI.
    auto cliRefusal =
        m_box->runJson(QStringLiteral("alice"), {QStringLiteral("-w"), QStringLiteral("vault"),
                                                 QStringLiteral("change"), QStringLiteral("list")});
    QCOMPARE(cliRefusal.exitCode, 1);
    const QJsonObject cliError = QJsonDocument::fromJson(cliRefusal.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("error"))
                                     .toObject();
    QCOMPARE(cliError.value(QStringLiteral("code")).toString(),
             QStringLiteral("permission_denied"));

    auto session = remoteSession(QStringLiteral("alice"));
    QVERIFY(session);
    MainWindow window(*session);
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    window.show();
    QTRY_COMPARE(window.changeList()->table()->model()->rowCount(), 1);
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("workspaceCombo"));
    QVERIFY(combo);
    QVERIFY(combo->findData(QStringLiteral("lab")) >= 0);

    // The choice sends one request and returns at once: ops is still shown, the window says
    // it is switching, the toolbar waits for the answer.
    const qint64 before = session->remoteTransport()->requestsSent();
    combo->setCurrentIndex(combo->findData(QStringLiteral("lab")));
    QCOMPARE(session->remoteTransport()->requestsSent() - before, 1);
    QCOMPARE(window.switchingTo(), QStringLiteral("lab"));
    QCOMPARE(window.actor()->workspace.slug, QStringLiteral("ops"));
    QVERIFY(!combo->isEnabled());
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("LAB")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.changeList()->table()->model()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(window.actor()->workspace.slug, QStringLiteral("lab"), 15000);
    QVERIFY(window.switchingTo().isEmpty());
    QVERIFY(combo->isEnabled());
    QVERIFY(window.actor()->member.role == Role::Engineer);
    QCOMPARE(window.actor()->member.username, QStringLiteral("alice"));
    QCOMPARE(window.windowTitle(), QStringLiteral("LAB"));
    QTRY_COMPARE(window.changeList()->table()->model()->rowCount(), 0); // lab has no changes
    QVERIFY(window.findChild<QAction *>(QStringLiteral("newChangeAction")));

    // A workspace the list offers but alice is no member of (the list was read earlier): the
    // server's refusal as an error, and lab stays.
    combo->addItem(QStringLiteral("VAULT (vault)"), QStringLiteral("vault"));
    const qint64 beforeRefusal = session->remoteTransport()->requestsSent();
    combo->setCurrentIndex(combo->findData(QStringLiteral("vault")));
    QCOMPARE(session->remoteTransport()->requestsSent() - beforeRefusal, 1);
    QCOMPARE(window.switchingTo(), QStringLiteral("vault"));
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = window.findChild<QMessageBox *>(QStringLiteral("workspaceRefusedBox"))), 15000);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), cliError.value(QStringLiteral("message")).toString());
    QVERIFY(window.switchingTo().isEmpty());
    QCOMPARE(window.actor()->workspace.slug, QStringLiteral("lab"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("lab"));
    QVERIFY(combo->isEnabled());
    QVERIFY(window.isShowingChanges());
    box->accept();
    // Back to ops: the same one request.
    combo->setCurrentIndex(combo->findData(QStringLiteral("ops")));
    QTRY_COMPARE_WITH_TIMEOUT(window.actor()->workspace.slug, QStringLiteral("ops"), 15000);
    QVERIFY(window.actor()->member.role == Role::Approver);
    QTRY_COMPARE(window.changeList()->table()->model()->rowCount(), 1);
}

QTEST_MAIN(TestGuiServer)
#include "tst_gui_server.moc"
