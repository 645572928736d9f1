// Tools ▸ Webhooks… and subscriptions in the desktop client: an admin adds an endpoint, the
// background pump delivers to a receiver on loopback that fails first, the delivery log shows
// both attempts and an admin retries; following an asset on the Assets page; a desktop
// notification when someone else changes a followed asset; the substitute's window shows the
// decision that fell due when a delegation set to start later started.
#include "GuiBackend.h"
#include "GuiFixture.h"
#include "LoopbackHttpServer.h"

#include "Client.h"
#include "assets/AssetsPage.h"
#include "main/MainWindow.h"
#include "webhooks/WebhookPump.h"
#include "webhooks/WebhooksDialog.h"

#include "Webhooks.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>

using namespace vigilo;
using namespace vigilo::guitest;
using vigilo::test::LoopbackHttpServer;

namespace {
// Through a team server its own pump delivers in the background (and the dialog has no pump to
// follow): the log is read again, at most twice a second, until it shows `rows` attempts.
bool logShows(ui::WebhooksDialog &dialog, int rows)
{
    QElapsedTimer since;
    since.start();
    return QTest::qWaitFor(
        [&] {
            if (dialog.logTable()->rowCount() == rows)
                return true;
            if (!dialog.isLoading() && since.elapsed() > 500) {
                dialog.reload();
                since.restart();
            }
            return false;
        },
        15000);
}
} // namespace

class TestGuiWebhooks : public QObject {
    Q_OBJECT
private slots:
    void dialogAddsDeliversAndRetries();
    void followAnAssetAndGetNotified();
    void substituteSeesTheDecisionDue();
};

void TestGuiWebhooks::dialogAddsDeliversAndRetries()
{
    GuiWorkspace ws(QStringLiteral("adam"));
    QVERIFY2(ws.ok(), qPrintable(ws.error));
    LoopbackHttpServer receiver({500});
    const Actor adam = ws.as(QStringLiteral("adam"));
    // The receiver listens on loopback, which webhooks reach only when an admin allows it.
    QVERIFY(ws.core().webhooks().allowHost(adam, QStringLiteral("127.0.0.1")).ok());
    // In process the window's pump sends the deliveries; through a team server the server does.
    const bool remote = ws.session->isRemote();
    std::unique_ptr<ui::WebhookPump> pump;
    if (!remote)
        pump = std::make_unique<ui::WebhookPump>(*ws.session,
                                                 [&] { return std::optional<Actor>(adam); });
    ws.session->client().setWorkspace(QStringLiteral("acme"));
    ui::WebhooksDialog dialog(ws.session->client(), adam.workspace.name, pump.get());
    SettleAnswers settle{*ws.session};
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 15000);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString secret = QStringLiteral("gui-secret-0123456789");
    dialog.setNextEndpoint({QStringLiteral("ops-bus"),
                            receiver.url(),
                            secret,
                            QStringLiteral("json"),
                            {QStringLiteral("change.submitted")}});
    dialog.addEndpoint();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.endpointTable()->rowCount(), 1, 15000);
    QCOMPARE(dialog.endpointTable()->item(0, 4)->text(), receiver.url());

    ws.inReview(QStringLiteral("erin"), ws.draft(QStringLiteral("Patch the API gateway"), 72));
    auto *deliver = dialog.findChild<QPushButton *>(QStringLiteral("deliverNowButton"));
    QVERIFY(deliver && !deliver->isHidden()); // on the Delivery log tab
    deliver->click(); // through a team server: the server's run, for this workspace
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 1, 15000);
    if (remote)
        QVERIFY(logShows(dialog, 1));
    else
        QTRY_COMPARE(dialog.logTable()->rowCount(), 1); // the dialog reloads when the run ends
    QCOMPARE(dialog.logTable()->item(0, 5)->text(), QStringLiteral("500"));
    QCOMPARE(dialog.logTable()->item(0, 2)->text(), QStringLiteral("change.submitted"));

    dialog.logTable()->selectRow(0);
    dialog.retrySelected(); // queues again and sends at once (on a server: its pump, soon)
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 2, 15000);
    if (remote)
        QVERIFY(logShows(dialog, 2));
    else
        QTRY_COMPARE(dialog.logTable()->rowCount(), 2);
    QCOMPARE(dialog.logTable()->item(0, 5)->text(), QStringLiteral("200"));
    for (const auto &r : receiver.requests())
        QVERIFY(Webhooks::verify(secret.toUtf8(), r.body,
                                 QString::fromLatin1(r.headers.value("x-vigilo-signature"))));
    dialog.findChild<QCheckBox *>(QStringLiteral("failedOnly"))->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.logTable()->rowCount(), 1, 15000); // a server filters later
    dialog.resize(1000, 420);
    dialog.grab().save(outputPath(QStringLiteral("webhooks-dialog.png")));
    dialog.findChild<QCheckBox *>(QStringLiteral("failedOnly"))->setChecked(false);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.logTable()->rowCount(), 2, 15000);
    dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
    dialog.grab().save(outputPath(QStringLiteral("webhooks-log.png")));

    // A viewer sees the endpoints but may not change them.
    auto vera = ws.db.openSession(QStringLiteral("vera"));
    QVERIFY(vera.ok());
    (*vera)->client().setWorkspace(QStringLiteral("acme"));
    ui::WebhooksDialog viewerDialog((*vera)->client(), adam.workspace.name, nullptr);
    SettleAnswers settleViewer{**vera};
    QTRY_VERIFY_WITH_TIMEOUT(!viewerDialog.isLoading(), 15000);
    QCOMPARE(viewerDialog.endpointTable()->rowCount(), 1);
    QVERIFY(!viewerDialog.rights().manageWorkspace);
    QVERIFY(!viewerDialog.rights().refusal.isEmpty());
    QVERIFY(
        !viewerDialog.findChild<QPushButton *>(QStringLiteral("addWebhookButton"))->isEnabled());
    QVERIFY(
        !viewerDialog.findChild<QPushButton *>(QStringLiteral("retryDeliveryButton"))->isEnabled());
}

void TestGuiWebhooks::followAnAssetAndGetNotified()
{
    GuiWorkspace ws(QStringLiteral("vera"));
    QVERIFY2(ws.ok(), qPrintable(ws.error));
    const Actor vera = ws.as(QStringLiteral("vera"));
    ws.session->client().setWorkspace(QStringLiteral("acme"));
    ui::AssetsPage page(ws.session->client());
    SettleAnswers settle{*ws.session};
    page.setActor(vera);
    QVERIFY(page.reload().isEmpty());
    QTableView *table = page.table();
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 3, 15000); // a server answers later
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 0).data().toString() == QLatin1String("db-primary"))
            row = r;
    QVERIFY(row >= 0);
    table->setCurrentIndex(table->model()->index(row, 0));
    auto *follow = page.findChild<QPushButton *>(QStringLiteral("followAssetButton"));
    QVERIFY(follow->isEnabled());
    follow->click();
    QTRY_VERIFY_WITH_TIMEOUT(page.followed().contains(QStringLiteral("db-primary")), 15000);
    QTRY_COMPARE(follow->text(), QStringLiteral("Unf&ollow"));
    page.resize(900, 360);
    page.grab().save(outputPath(QStringLiteral("assets-follow.png")));
    auto mine = ws.core().subscriptions().mine(vera);
    QVERIFY(mine.ok());
    QCOMPARE(mine->size(), 1);
    QCOMPARE(mine->first().channel, QStringLiteral("desktop"));

    // The notifications come through the client: at once on a database, with the answer on a
    // team server (settle() waits for it).
    ui::WebhookPump pump(*ws.session, [&] { return std::optional<Actor>(vera); });
    QSignalSpy spy(&pump, &ui::WebhookPump::notified);
    const auto check = [&] {
        pump.checkSubscriptions();
        guitest::settle(*ws.session, 2);
    };
    check(); // where watching starts
    ws.inReview(QStringLiteral("erin"), ws.draft(QStringLiteral("Only the API"), 72));
    check();
    QCOMPARE(spy.count(), 0); // payments-api is not followed
    ws.inReview(QStringLiteral("erin"),
                ws.draft(QStringLiteral("Vacuum the primary"), 72, QStringLiteral("db-primary")));
    check();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 15000);
    QVERIFY(spy.first().at(1).toString().contains(QLatin1String("Vacuum the primary")));
    check();
    QCOMPARE(spy.count(), 1); // nothing new
}

// Issue 15: adam (admin) is away from in an hour and april stands in; a high-risk change waits
// for the admin step. When the hour has passed (a clock the test moves), april's window tells
// the substitutes on its poll and shows her the decision due, in its notification bar (the
// offscreen platform has no tray); once, however often it polls.
void TestGuiWebhooks::substituteSeesTheDecisionDue()
{
    // The clock the test moves: the window's, and through a team server the server's too.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto clock = std::make_shared<test::TestClock>(now);
    GuiWorkspace ws(QStringLiteral("april"), clock.get());
    QVERIFY2(ws.ok(), qPrintable(ws.error));
    ChangeDraft d = ws.draft(QStringLiteral("Fail over the primary database"), 72,
                             QStringLiteral("db-primary"));
    d.riskLevel = RiskLevel::High;
    const int number = ws.inReview(QStringLiteral("erin"), d);
    VERIFY_OK(ws.core().changes().apply(ws.as(QStringLiteral("aaron")), number, Action::Approve));
    VERIFY_OK(ws.core().delegations().set(ws.as(QStringLiteral("adam")), {},
                                          QStringLiteral("april"), now.addSecs(3600),
                                          now.addSecs(86400)));
    auto countDelegated = [&] {
        auto history = ws.core().audit().changeHistory(ws.as(QStringLiteral("alex")), number);
        int n = 0;
        if (history.ok())
            for (const AuditEvent &e : *history)
                n += e.action == QLatin1String("approval.delegated") ? 1 : 0;
        return n;
    };

    auto session = ws.db.openSession(QStringLiteral("april"), clock);
    VERIFY_OK(session);
    ui::MainWindow window(**session);
    QVERIFY(window.openWorkspace(QStringLiteral("acme")));
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pump = window.findChild<ui::WebhookPump *>(QStringLiteral("webhookPump"));
    auto *bar = window.findChild<QWidget *>(QStringLiteral("notificationBar"));
    auto *text = window.findChild<QLabel *>(QStringLiteral("notificationText"));
    QVERIFY(pump && bar && text);
    // The poll (every 100 ms here) sweeps; before the start it tells nobody.
    QSignalSpy polls(pump, &ui::WebhookPump::substitutesSwept);
    pump->setIntervalMs(100);
    QTRY_VERIFY(polls.count() >= 2);
    for (const QList<QVariant> &poll : std::as_const(polls))
        QCOMPARE(poll.at(0).toInt(), 0);
    QVERIFY(!bar->isVisible());
    QCOMPARE(countDelegated(), 0);

    clock->advanceSecs(3600 + 60);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
    const QString shown = text->text();
    QVERIFY2(shown.contains(formatChangeNumber(number)), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("Fail over the primary database")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("decision due on behalf of adam")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("due on behalf of others")), qPrintable(shown));
    QCOMPARE(countDelegated(), 1);
    window.grab().save(outputPath(QStringLiteral("substitute-notification.png")));

    // Dismissed, the bar goes; more polls tell nobody again and bring nothing back.
    auto *dismiss = window.findChild<QToolButton *>(QStringLiteral("dismissNotification"));
    QVERIFY(dismiss);
    dismiss->click();
    QVERIFY(!bar->isVisible());
    polls.clear();
    QTRY_VERIFY(polls.count() >= 3);
    for (const QList<QVariant> &poll : std::as_const(polls))
        QCOMPARE(poll.at(0).toInt(), 0);
    QCOMPARE(countDelegated(), 1);
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(TestGuiWebhooks)
#include "tst_gui_webhooks.moc"
