// Administration ▸ Webhooks on a real vigilo-server (issue 13: the desktop behaves exactly as on
// a database): an admin adds a webhook from the page (the generated secret shown once, never
// listed again, not even by a crafted webhook.list), pauses and removes it, the CLI through the
// server reading the same; an engineer sees the core's refusal with the buttons disabled, and the
// same write sent as crafted JSON-RPC is refused; the File menu's Webhooks… is offered.

#include "DialogDriver.h"
#include "GuiBackend.h"
#include "GuiFixture.h"
#include "ServerSession.h"

#include "admin/AdminPage.h"
#include "admin/AdministrationWindow.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "webhooks/WebhooksDialog.h"

#include "CliRunner.h"
#include "Client.h"
#include "RemoteTransport.h"
#include "TestServer.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

#include <memory>

using namespace vigilo;
using vigilo::guitest::onNextModal;
using vigilo::ui::MainWindow;

namespace {

QJsonObject jsonOf(const test::CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

struct Settle {
    ui::Session &session;
    ~Settle() { (void)session.client().call(QStringLiteral("session.whoami")); }
};

QStringList endpointNames(const ui::WebhooksDialog *d)
{
    QStringList out;
    for (int row = 0; row < d->endpointTable()->rowCount(); ++row)
        out << d->endpointTable()->item(row, 0)->data(Qt::UserRole).toString();
    return out;
}

} // namespace

class TestGuiServerAdmin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void adminManagesWebhooksFromThePage();
    void engineerSeesTheRefusal();

private:
    std::unique_ptr<ui::Session> remoteSession(const QString &user)
    {
        return guitest::serverSession(m_box->server()->location(), m_box->server()->tokenFor(user),
                                      user);
    }
    test::CliResult cli(const QString &user, const QStringList &args) const
    {
        return m_box->runJson(user, args);
    }
    std::unique_ptr<test::CliSandbox> m_box;
};

void TestGuiServerAdmin::initTestCase()
{
    qunsetenv("VIGILO_TOKEN");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_box = std::make_unique<test::CliSandbox>();
    QVERIFY2(m_box->ok() && m_box->isServer(),
             "run with VIGILO_TEST_BACKEND=server under .ci/with-postgres");
    auto r = m_box->run(QStringLiteral("olga"),
                        {QStringLiteral("workspace"), QStringLiteral("create"),
                         QStringLiteral("ops"), QStringLiteral("--name"), QStringLiteral("Ops")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    for (const auto &[who, role] : {std::pair{"adam", "admin"}, std::pair{"erin", "engineer"}}) {
        auto added =
            m_box->run(QStringLiteral("olga"),
                       {QStringLiteral("member"), QStringLiteral("add"), QLatin1String(who),
                        QStringLiteral("--role"), QLatin1String(role)});
        QVERIFY2(added.exitCode == 0, added.describe().constData());
    }
    // The receiver is on loopback, which webhooks reach only once an admin allowed it.
    auto allowed =
        m_box->run(QStringLiteral("olga"), {QStringLiteral("webhook"), QStringLiteral("allow-host"),
                                            QStringLiteral("127.0.0.1")});
    QVERIFY2(allowed.exitCode == 0, allowed.describe().constData());
}

void TestGuiServerAdmin::adminManagesWebhooksFromThePage()
{
    std::unique_ptr<ui::Session> adam = remoteSession(QStringLiteral("adam"));
    QVERIFY(adam);
    MainWindow window(*adam);
    Settle settled{*adam};
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    // File ▸ Webhooks… is offered on a server.
    auto *action = window.findChild<QAction *>(QStringLiteral("webhooksAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());

    ui::AdministrationWindow *admin = window.openAdministration();
    QVERIFY(admin);
    admin->showPage(ui::AdministrationWindow::Page::Webhooks);
    ui::AdminPage *page = admin->page(ui::AdministrationWindow::Page::Webhooks);
    auto *open = guitest::child<QPushButton>(page, QStringLiteral("openWebhooksButton"));
    QTRY_VERIFY(open->isEnabled());

    QString secret, listed, afterPause, failure;
    QStringList namesAfterAdd, namesAfterRemove;
    bool pausedShown = false, wasAdmin = false;
    onNextModal<ui::WebhooksDialog>([&](ui::WebhooksDialog *d) {
        const auto finish = qScopeGuard([d] { d->accept(); });
        if (!QTest::qWaitFor([d] { return !d->isLoading(); }, 20000)) {
            failure = QStringLiteral("the webhooks did not load");
            return;
        }
        wasAdmin =
            d->rights().manageWorkspace
            && guitest::child<QPushButton>(d, QStringLiteral("addWebhookButton"))->isEnabled();
        d->setNextEndpoint({QStringLiteral("ops-bus"),
                            QStringLiteral("http://127.0.0.1:9/hook"),
                            QString(), // generated by the server
                            QStringLiteral("json"),
                            {QStringLiteral("change.submitted")}});
        d->addEndpoint();
        if (!QTest::qWaitFor([d] { return d->endpointTable()->rowCount() == 1 && !d->isLoading(); },
                             20000)) {
            failure = QStringLiteral("the webhook did not show: ") + d->statusText();
            return;
        }
        namesAfterAdd = endpointNames(d);
        const QString said = d->statusText();
        const QString marker = QStringLiteral("shown only now: ");
        if (said.contains(marker))
            secret = said.mid(said.indexOf(marker) + marker.size()).trimmed();
        // Pause it.
        d->endpointTable()->selectRow(0);
        guitest::child<QPushButton>(d, QStringLiteral("toggleWebhookButton"))->click();
        pausedShown = QTest::qWaitFor(
            [d] {
                return !d->isLoading() && d->endpointTable()->rowCount() == 1
                       && !d->endpointTable()->item(0, 1)->data(Qt::UserRole).toBool();
            },
            20000);
        afterPause =
            d->endpointTable()->rowCount() ? d->endpointTable()->item(0, 1)->text() : QString();
        d->resize(1000, 420);
        d->grab().save(QStringLiteral(VIGILO_GUI_TEST_OUTPUT_DIR "/server-webhooks.png"));
        // Remove it, confirming.
        d->endpointTable()->selectRow(0);
        onNextModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        guitest::child<QPushButton>(d, QStringLiteral("removeWebhookButton"))->click();
        if (!QTest::qWaitFor([d] { return !d->isLoading() && d->endpointTable()->rowCount() == 0; },
                             20000))
            failure = QStringLiteral("the removed endpoint is still listed after 20 s");
        namesAfterRemove = endpointNames(d);
    });
    open->click();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(wasAdmin);
    QCOMPARE(namesAfterAdd, QStringList{QStringLiteral("ops-bus")});
    QVERIFY2(secret.size() >= 16, qPrintable(secret));
    QVERIFY(pausedShown);
    QCOMPARE(afterPause, QStringLiteral("paused"));
    QCOMPARE(namesAfterRemove, QStringList());

    // The CLI through the server: gone, and the audit trail has the three writes.
    auto list = cli(QStringLiteral("olga"), {QStringLiteral("webhook"), QStringLiteral("list")});
    QVERIFY2(list.exitCode == 0, list.describe().constData());
    QCOMPARE(jsonOf(list).value(QStringLiteral("webhooks")).toArray().size(), 0);
}

void TestGuiServerAdmin::engineerSeesTheRefusal()
{
    // adam adds one (through the client, as the window does) so there is something to look at.
    std::unique_ptr<ui::Session> adam = remoteSession(QStringLiteral("adam"));
    QVERIFY(adam);
    adam->client().setWorkspace(QStringLiteral("ops"));
    WebhookEndpointInput in;
    in.name = QStringLiteral("chat");
    in.url = QStringLiteral("http://127.0.0.1:9/chat");
    in.format = QStringLiteral("slack");
    auto added = adam->client().addWebhook(in);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    const QString secret = added->secret;
    QVERIFY(secret.size() >= 16);
    // The secret never leaves the server again: not in webhook.list, not in the overview.
    for (const char *method : {"webhook.list", "webhook.overview"}) {
        auto answer = adam->client().call(QLatin1String(method));
        QVERIFY(answer.ok());
        QVERIFY(!QJsonDocument(answer->toObject()).toJson().contains(secret.toUtf8()));
    }

    std::unique_ptr<ui::Session> erin = remoteSession(QStringLiteral("erin"));
    QVERIFY(erin);
    erin->client().setWorkspace(QStringLiteral("ops"));
    ui::WebhooksDialog dialog(erin->client(), QStringLiteral("Ops"), nullptr);
    Settle settled{*erin};
    QVERIFY(dialog.isLoading()); // the answer comes from the server
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 20000);
    QCOMPARE(endpointNames(&dialog), QStringList{QStringLiteral("chat")});
    QVERIFY(!dialog.rights().manageWorkspace);
    const QString refusal = dialog.rights().refusal;
    QVERIFY(!refusal.isEmpty());
    auto *label = guitest::child<QLabel>(&dialog, QStringLiteral("webhookRefusal"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), refusal);
    dialog.endpointTable()->selectRow(0);
    for (const char *name : {"addWebhookButton", "toggleWebhookButton", "removeWebhookButton",
                             "retryDeliveryButton"}) {
        auto *b = guitest::child<QPushButton>(&dialog, QLatin1String(name));
        QVERIFY2(!b->isEnabled(), name);
        QCOMPARE(b->toolTip(), refusal);
    }
    dialog.resize(1000, 420);
    dialog.grab().save(QStringLiteral(VIGILO_GUI_TEST_OUTPUT_DIR "/server-webhooks-engineer.png"));
    // Deliver now asks the server to send what is due (webhook.deliver) and says how it went.
    auto *deliver = guitest::child<QPushButton>(&dialog, QStringLiteral("deliverNowButton"));
    QVERIFY(!deliver->isHidden()); // on the Delivery log tab
    QVERIFY(deliver->isEnabled());
    deliver->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(QStringLiteral("Last run: ")), 40000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 20000);

    // The same writes from outside the window: refused by the core on the server.
    auto add =
        erin->client().call(QStringLiteral("webhook.add"),
                            {{QStringLiteral("name"), QStringLiteral("mine")},
                             {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/mine")}});
    QVERIFY(!add.ok());
    QCOMPARE(add.error().code, QStringLiteral("permission_denied"));
    auto remove = erin->client().call(QStringLiteral("webhook.remove"),
                                      {{QStringLiteral("name"), QStringLiteral("chat")}});
    QVERIFY(!remove.ok());
    QCOMPARE(remove.error().code, QStringLiteral("permission_denied"));
    auto bad = erin->client().call(QStringLiteral("webhook.overview"),
                                   {{QStringLiteral("limit"), QStringLiteral("lots")}});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, QStringLiteral("invalid_input"));
    auto list = cli(QStringLiteral("olga"), {QStringLiteral("webhook"), QStringLiteral("list")});
    QCOMPARE(jsonOf(list).value(QStringLiteral("webhooks")).toArray().size(), 1);
}

QTEST_MAIN(TestGuiServerAdmin)
#include "tst_gui_server_admin.moc"
