// Webhooks (issue 7): signing, the outbox filled in the transition's own transaction, delivery
// with retries and backoff against a real HTTP receiver on loopback, the Slack shape,
// subscriptions, admin-only endpoints, the schema 5 -> 6 upgrade, and on PostgreSQL the
// server's part (secrets hidden from members, server-side signing, row-level security).
// Endpoints, subscriptions, transitions and deliveries go through the Client as the member (in
// process on SQLite and PostgreSQL, over a real vigilo-server on the server backend, where the
// server itself sends the deliveries the loopback receivers get); set-up and the read-back
// checks use the owner's core.
#include "LoopbackHttpServer.h"
#include "MemberDeliveries.h"
#include "RawSql.h"
#include "TestWorkspace.h"
#include "WebhookSender.h"

#include "Client.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace vigilo;
using namespace vigilo::test;

namespace {

const QByteArray kSecret = "whsec-0123456789abcdef";

WebhookEndpointInput endpointInput(const QString &url, const QStringList &events = {},
                                   const QString &format = QStringLiteral("json"))
{
    WebhookEndpointInput in;
    in.name = QStringLiteral("ops-bus");
    in.url = url;
    in.secret = QString::fromLatin1(kSecret);
    in.events = events;
    in.format = format;
    return in;
}

QJsonObject bodyOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TestWebhooks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void signsWithHmacSha256();
    void endpointsAreAdminOnlyAndValidated();
    void transitionAndDeliveriesCommitTogether();
    void materialEditSendsReapprovalRequired();
    void retriesWithBackoffUntilTheReceiverAnswers();
    void connectionRefusedKeepsTheDelivery();
    void givesUpAfterMaxAttemptsAndAdminRetries();
    void clientErrorsAreNotRetried();
    void slackFormat();
    void disabledEndpointPausesItsQueue();
    void twoSendersNeverClaimTheSameRow();
    void subscriptionsRouteOnlyTheirAssets();
    void desktopSubscriptionEvents();
    void upgradesVersion5Database();
    void serverSignsAndHidesSecrets();

private:
    Result<ChangeRequest> rollBack(const QString &reason);
    // `who` acting through the Client.
    client::Client &as(const char *who) { return m_ws->client(QString::fromLatin1(who)); }
    std::unique_ptr<TestWorkspace> m_ws;
};

// One workspace (and on the server backend one vigilo-server) for the suite.
void TestWebhooks::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    // The receivers listen on loopback, which webhooks reach only when an admin allows it.
    VERIFY_OK(m_ws->core().webhooks().allowHost(m_ws->admin(), QStringLiteral("127.0.0.1")));
}

// Each test starts with no endpoints, subscriptions or deliveries (the schema's owner clears
// them; the changes of earlier tests stay) and the clock back at the fixed "now".
void TestWebhooks::init()
{
    QVERIFY(m_ws);
    m_ws->clock().setNow(fixedNow());
    QCOMPARE(rawExec(m_ws->dbPath(),
                     {QStringLiteral("DELETE FROM webhook_deliveries"),
                      QStringLiteral("DELETE FROM webhook_outbox"),
                      QStringLiteral("DELETE FROM subscriptions"),
                      QStringLiteral("DELETE FROM change_follows"),
                      QStringLiteral("DELETE FROM webhook_endpoints WHERE workspace_id = %1")
                          .arg(m_ws->workspace().id)}),
             QString());
}

void TestWebhooks::cleanupTestCase()
{
    m_ws.reset();
}

Result<ChangeRequest> TestWebhooks::rollBack(const QString &reason)
{
    auto c = m_ws->changeIn(ChangeStatus::InProgress);
    if (!c)
        return c.error();
    TransitionInput in;
    in.reason = reason;
    return as("approver").apply(c->number, Action::Rollback, in);
}

void TestWebhooks::signsWithHmacSha256()
{
    // RFC 4231 test case 2.
    QCOMPARE(Webhooks::sign("Jefe", "what do ya want for nothing?"),
             QStringLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    const QByteArray body = R"({"event":"change.rolled_back"})";
    const QString header = Webhooks::signatureHeader(Webhooks::sign(kSecret, body));
    QVERIFY(header.startsWith(QLatin1String("sha256=")));
    QVERIFY(Webhooks::verify(kSecret, body, header));
    QVERIFY(!Webhooks::verify(kSecret, body + ' ', header));       // the exact bytes count
    QVERIFY(!Webhooks::verify("another-secret-xx", body, header)); // and the secret
    QVERIFY(!Webhooks::verify(kSecret, body, header.mid(7)));      // the scheme prefix too
    if (m_ws->isPostgres()) {
        // The server's HMAC (used to sign as members cannot read secrets) agrees with Qt's,
        // also for a key longer than the SHA-256 block.
        const QByteArray longKey(100, 'k');
        QCOMPARE(
            rawScalar(m_ws->dbPath(), QStringLiteral("SELECT vigilo_hmac_sha256(convert_to('Jefe', "
                                                     "'UTF8'), convert_to('what do ya want for "
                                                     "nothing?', 'UTF8'))"))
                .toString(),
            Webhooks::sign("Jefe", "what do ya want for nothing?"));
        QCOMPARE(
            rawScalar(m_ws->dbPath(), QStringLiteral("SELECT vigilo_hmac_sha256(convert_to('%1', "
                                                     "'UTF8'), convert_to('x', 'UTF8'))")
                                          .arg(QString::fromLatin1(longKey)))
                .toString(),
            Webhooks::sign(longKey, "x"));
    }
}

void TestWebhooks::endpointsAreAdminOnlyAndValidated()
{
    client::Client &admin = as("admin");
    const qint64 events = m_ws->auditCount();
    VERIFY_ERROR(as("engineer").addWebhook(endpointInput(QStringLiteral("https://h.example/x"))),
                 "permission_denied");
    VERIFY_ERROR(as("approver").addWebhook(endpointInput(QStringLiteral("https://h.example/x"))),
                 "permission_denied");
    VERIFY_ERROR(admin.addWebhook(endpointInput(QStringLiteral("ftp://h.example/x"))),
                 "invalid_url");
    VERIFY_ERROR(admin.addWebhook(endpointInput(QStringLiteral("not a url"))), "invalid_url");
    VERIFY_ERROR(admin.addWebhook(endpointInput(QStringLiteral("https://h.example/x"),
                                                {QStringLiteral("change.exploded")})),
                 "invalid_input");
    auto shortSecret = endpointInput(QStringLiteral("https://h.example/x"));
    shortSecret.secret = QStringLiteral("short");
    VERIFY_ERROR(admin.addWebhook(shortSecret), "invalid_input");
    QCOMPARE(m_ws->auditCount(), events); // nothing written by a refusal
    QCOMPARE(m_ws->count(QStringLiteral("webhook_endpoints")), 0LL);

    auto added = admin.addWebhook(endpointInput(QStringLiteral("https://h.example/x"),
                                                {QStringLiteral("change.rolled_back")}));
    VERIFY_OK(added);
    QVERIFY(added->secret.isEmpty()); // given, so not echoed
    VERIFY_ERROR(as("owner").addWebhook(endpointInput(QStringLiteral("https://h.example/y"))),
                 "webhook_exists");
    // Generated secret: shown once.
    auto generated = endpointInput(QStringLiteral("https://h.example/z"));
    generated.name = QStringLiteral("generated");
    generated.secret.clear();
    auto g = as("owner").addWebhook(generated);
    VERIFY_OK(g);
    QCOMPARE(g->secret.size(), 64);
    auto list = as("viewer").webhooks();
    VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QVERIFY(!QJsonDocument(list->first().toJson()).toJson().contains(kSecret));
    // Audited, without the secret.
    auto history = m_ws->core().audit().workspaceHistory(m_ws->owner());
    VERIFY_OK(history);
    bool sawAdd = false;
    for (const AuditEvent &e : *history) {
        sawAdd = sawAdd || e.action == QLatin1String("webhook.add");
        QVERIFY(!QJsonDocument(e.newValues).toJson().contains(kSecret));
    }
    QVERIFY(sawAdd);
    VERIFY_ERROR(as("engineer").removeWebhook(QStringLiteral("ops-bus")), "permission_denied");
    VERIFY_OK(admin.removeWebhook(QStringLiteral("ops-bus")));
    VERIFY_ERROR(admin.removeWebhook(QStringLiteral("ops-bus")), "not_found");
}

// A material edit sends an approved change back for approval: receivers that heard "approved"
// hear that too; an edit that changes no status sends nothing.
void TestWebhooks::materialEditSendsReapprovalRequired()
{
    VERIFY_OK(as("admin").addWebhook(endpointInput(QStringLiteral("https://h.example/x"))));
    auto c = m_ws->changeIn(ChangeStatus::Approved);
    VERIFY_OK(c);
    const QString event = QStringLiteral("event = 'change.reapproval_required'");
    ChangeDraft same;
    same.description = QStringLiteral("Wording only.");
    VERIFY_OK(as("engineer").editChange(c->number, same));
    QCOMPARE(m_ws->count(QStringLiteral("webhook_outbox"), event), 0LL);
    ChangeDraft moved;
    moved.plannedStart = c->plannedStart.addDays(1);
    moved.plannedEnd = c->plannedEnd.addDays(1);
    auto edited = as("engineer").editChange(c->number, moved);
    VERIFY_OK(edited);
    QCOMPARE_ENUM(edited->status, ChangeStatus::Review);
    QCOMPARE(m_ws->count(QStringLiteral("webhook_outbox"), event), 1LL);
    QVERIFY(Webhooks::eventNames().contains(QStringLiteral("change.reapproval_required")));
}

void TestWebhooks::transitionAndDeliveriesCommitTogether()
{
    VERIFY_OK(as("admin").addWebhook(endpointInput(QStringLiteral("https://h.example/x"))));
    auto c = m_ws->changeIn(ChangeStatus::InProgress);
    VERIFY_OK(c);
    const qint64 queued = m_ws->count(QStringLiteral("webhook_outbox"));
    QVERIFY(queued >= 4); // submitted, approved, scheduled, started
    // A refused transition queues nothing.
    VERIFY_ERROR(as("approver").apply(c->number, Action::Rollback), "rollback_reason_required");
    QCOMPARE(m_ws->count(QStringLiteral("webhook_outbox")), queued);
    // When queueing fails, the transition and its audit event roll back with it.
    const QStringList breakOutbox =
        m_ws->isPostgres()
            ? QStringList{QStringLiteral(
                              "CREATE FUNCTION t_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
                              "BEGIN RAISE EXCEPTION 'outbox refused'; END $$"),
                          QStringLiteral(
                              "CREATE TRIGGER t_refuse BEFORE INSERT ON webhook_outbox FOR EACH "
                              "ROW EXECUTE FUNCTION t_refuse()")}
            : QStringList{
                QStringLiteral("CREATE TRIGGER t_refuse BEFORE INSERT ON webhook_outbox BEGIN "
                               "SELECT RAISE(ABORT, 'outbox refused'); END")};
    // (PostgreSQL: the schema's owner breaks it; the core's connection is the server's role.)
    QCOMPARE(rawExec(m_ws->dbPath(), breakOutbox), QString());
    const qint64 events = m_ws->auditCount();
    TransitionInput in;
    in.reason = QStringLiteral("error rate above 5 %");
    auto refused = as("approver").apply(c->number, Action::Rollback, in);
    QVERIFY(!refused.ok());
    QCOMPARE_ENUM(m_ws->statusOf(c->number), ChangeStatus::InProgress);
    QCOMPARE(m_ws->auditCount(), events);
    QCOMPARE(m_ws->count(QStringLiteral("webhook_outbox")), queued);
    QCOMPARE(rawExec(m_ws->dbPath(),
                     {m_ws->isPostgres() ? QStringLiteral("DROP TRIGGER t_refuse ON webhook_outbox")
                                         : QStringLiteral("DROP TRIGGER t_refuse")}),
             QString());
    VERIFY_OK(as("approver").apply(c->number, Action::Rollback, in));
    QCOMPARE(m_ws->count(QStringLiteral("webhook_outbox")), queued + 1);
    QCOMPARE(m_ws->count(QStringLiteral("webhook_outbox"),
                         QStringLiteral("event = 'change.rolled_back'")),
             1LL);
}

void TestWebhooks::retriesWithBackoffUntilTheReceiverAnswers()
{
    LoopbackHttpServer receiver({500, 500, 200});
    QVERIFY(receiver.isListening());
    VERIFY_OK(as("admin").addWebhook(
        endpointInput(receiver.url(), {QStringLiteral("change.rolled_back")})));
    auto c = rollBack(QStringLiteral("Checkout errors doubled after the switch"));
    VERIFY_OK(c);
    QCOMPARE(m_ws->count(QStringLiteral("webhook_outbox")),
             1LL); // the filter keeps only the rollback

    // A viewer's delivery leaves the outbox alone (viewers write nothing, delivery state
    // included); any other member's delivers.
    auto viewerClaims =
        m_ws->core().webhooks().claimDue(m_ws->viewer(), QStringLiteral("viewer"), 10);
    VERIFY_OK(viewerClaims);
    QVERIFY(viewerClaims->isEmpty());
    auto viewerRun = MemberDeliveries(*m_ws, QStringLiteral("viewer")).runOnce();
    VERIFY_OK(viewerRun);
    QCOMPARE(viewerRun->claimed, 0);
    QCOMPARE(receiver.requests().size(), 0);
    MemberDeliveries sender(*m_ws, QStringLiteral("approver"));
    auto run = sender.runOnce();
    VERIFY_OK(run);
    QCOMPARE(run->claimed, 1);
    QCOMPARE(run->retrying, 1);
    auto pending = m_ws->core().webhooks().outbox(m_ws->admin());
    VERIFY_OK(pending);
    QCOMPARE(pending->size(), 1);
    const OutboxItem first = pending->first();
    QCOMPARE(first.state, QStringLiteral("pending"));
    QCOMPARE(first.attempts, 1);
    QCOMPARE(first.lastStatus, 500);
    // Backoff: not due again right away, due after 30 s plus at most 10 % jitter.
    QVERIFY(first.nextAttemptAt >= m_ws->now().addSecs(30));
    QVERIFY(first.nextAttemptAt <= m_ws->now().addSecs(33));
    run = sender.runOnce();
    VERIFY_OK(run);
    QCOMPARE(run->claimed, 0);
    QCOMPARE(receiver.requests().size(), 1);

    m_ws->clock().advanceSecs(40);
    run = sender.runOnce();
    VERIFY_OK(run);
    QCOMPARE(run->retrying, 1);
    auto second = m_ws->core().webhooks().outboxItem(m_ws->admin(), first.id);
    VERIFY_OK(second);
    QCOMPARE(second->attempts, 2);
    QVERIFY(second->nextAttemptAt >= m_ws->now().addSecs(60)); // doubled
    m_ws->clock().advanceSecs(40);
    run = sender.runOnce();
    VERIFY_OK(run);
    QCOMPARE(run->claimed, 0); // 40 s < 60 s
    m_ws->clock().advanceSecs(40);
    run = sender.runOnce();
    VERIFY_OK(run);
    QCOMPARE(run->delivered, 1);

    // Three requests, the same delivery each time, each verifying against the secret.
    QCOMPARE(receiver.requests().size(), 3);
    for (const ReceivedRequest &r : receiver.requests()) {
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/hook"));
        QVERIFY2(Webhooks::verify(kSecret, r.body,
                                  QString::fromLatin1(r.headers.value("x-vigilo-signature"))),
                 r.headers.value("x-vigilo-signature").constData());
        QCOMPARE(r.headers.value("x-vigilo-event"), QByteArray("change.rolled_back"));
        QCOMPARE(r.headers.value("x-vigilo-delivery"), first.deliveryId.toLatin1());
        QVERIFY(r.headers.value("x-vigilo-timestamp").toLongLong() > 0);
        QCOMPARE(r.body, receiver.requests().first().body);
    }
    const QJsonObject event = bodyOf(receiver.requests().last().body);
    QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("change.rolled_back"));
    QCOMPARE(event.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Checkout errors doubled after the switch"));
    QCOMPARE(event.value(QStringLiteral("actor")).toString(), QStringLiteral("approver"));
    QCOMPARE(event.value(QStringLiteral("delivery_id")).toString(), first.deliveryId);
    const QJsonObject change = event.value(QStringLiteral("change")).toObject();
    QCOMPARE(change.value(QStringLiteral("number")).toString(), c->numberText());
    QCOMPARE(change.value(QStringLiteral("from_status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(change.value(QStringLiteral("to_status")).toString(), QStringLiteral("rolled_back"));
    QCOMPARE(event.value(QStringLiteral("workspace"))
                 .toObject()
                 .value(QStringLiteral("slug"))
                 .toString(),
             QStringLiteral("acme"));

    // Exactly one success, two failed attempts in the log.
    auto done = m_ws->core().webhooks().outboxItem(m_ws->admin(), first.id);
    VERIFY_OK(done);
    QCOMPARE(done->state, QStringLiteral("delivered"));
    QCOMPARE(done->attempts, 3);
    QVERIFY(done->deliveredAt.isValid());
    auto log = m_ws->core().webhooks().log(m_ws->admin());
    VERIFY_OK(log);
    QCOMPARE(log->size(), 3);
    int ok = 0;
    for (const DeliveryAttempt &a : *log)
        ok += a.ok() ? 1 : 0;
    QCOMPARE(ok, 1);
    auto failed = m_ws->core().webhooks().log(m_ws->admin(), true);
    VERIFY_OK(failed);
    QCOMPARE(failed->size(), 2);
    QCOMPARE(failed->last().attempt, 1);
    QCOMPARE(failed->last().httpStatus, 500);
    QCOMPARE(failed->last().deliveredBy, QStringLiteral("approver"));
    // Nothing is sent twice.
    m_ws->clock().advanceSecs(7200);
    run = sender.runOnce();
    VERIFY_OK(run);
    QCOMPARE(run->claimed, 0);
    QCOMPARE(receiver.requests().size(), 3);
}

void TestWebhooks::connectionRefusedKeepsTheDelivery()
{
    quint16 deadPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        deadPort = probe.serverPort();
    } // closed: nothing listens there now
    VERIFY_OK(as("admin").addWebhook(
        endpointInput(QStringLiteral("http://127.0.0.1:%1/hook").arg(deadPort),
                      {QStringLiteral("change.rolled_back")})));
    VERIFY_OK(rollBack(QStringLiteral("broke")));
    MemberDeliveries sender(*m_ws, QStringLiteral("engineer"));
    auto run = sender.runOnce();
    VERIFY_OK(run);
    QCOMPARE(run->claimed, 1);
    QCOMPARE(run->retrying, 1);
    auto rows = m_ws->core().webhooks().outbox(m_ws->admin(), QStringLiteral("pending"));
    VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().lastStatus, 0);
    QVERIFY(!rows->first().lastError.isEmpty());
    auto log = m_ws->core().webhooks().log(m_ws->admin(), true);
    VERIFY_OK(log);
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->first().httpStatus, 0);

    // The receiver is back (at a new address the admin set): the next client run delivers.
    m_ws->clock().advanceSecs(3600);
    LoopbackHttpServer receiver;
    VERIFY_OK(m_ws->store().exec(
        QStringLiteral("UPDATE webhook_endpoints SET url = '%1'").arg(receiver.url())));
    run = sender.runOnce();
    VERIFY_OK(run);
    QCOMPARE(run->delivered, 1);
    QCOMPARE(receiver.requests().size(), 1);
}

void TestWebhooks::givesUpAfterMaxAttemptsAndAdminRetries()
{
    QList<int> failures;
    for (int i = 0; i < Webhooks::kMaxAttempts; ++i)
        failures << 503;
    LoopbackHttpServer receiver(failures);
    VERIFY_OK(as("admin").addWebhook(
        endpointInput(receiver.url(), {QStringLiteral("change.rolled_back")})));
    VERIFY_OK(rollBack(QStringLiteral("broke")));
    MemberDeliveries sender(*m_ws, QStringLiteral("engineer"));
    for (int i = 0; i < Webhooks::kMaxAttempts; ++i) {
        auto run = sender.runOnce();
        VERIFY_OK(run);
        QCOMPARE(run->claimed, 1);
        m_ws->clock().advanceSecs(Webhooks::kMaxDelaySecs * 2);
    }
    auto rows = m_ws->core().webhooks().outbox(m_ws->admin());
    VERIFY_OK(rows);
    QCOMPARE(rows->first().state, QStringLiteral("failed"));
    QCOMPARE(rows->first().attempts, Webhooks::kMaxAttempts);
    auto run = sender.runOnce();
    VERIFY_OK(run);
    QCOMPARE(run->claimed, 0); // failed rows wait for an admin

    VERIFY_ERROR(as("engineer").retryDelivery(rows->first().id), "permission_denied");
    VERIFY_ERROR(as("admin").retryDelivery(999999), "not_found");
    auto retried = as("admin").retryDelivery(rows->first().id);
    VERIFY_OK(retried);
    QCOMPARE(retried->state, QStringLiteral("pending"));
    run = sender.runOnce();
    VERIFY_OK(run);
    QCOMPARE(run->delivered, 1);
    auto log = m_ws->core().webhooks().log(m_ws->admin());
    VERIFY_OK(log);
    QCOMPARE(log->first().attempt, Webhooks::kMaxAttempts + 1); // the log keeps counting
    VERIFY_ERROR(as("admin").retryDelivery(rows->first().id), "already_delivered");
}

void TestWebhooks::clientErrorsAreNotRetried()
{
    LoopbackHttpServer receiver({404});
    VERIFY_OK(as("admin").addWebhook(
        endpointInput(receiver.url(), {QStringLiteral("change.rolled_back")})));
    VERIFY_OK(rollBack(QStringLiteral("broke")));
    MemberDeliveries sender(*m_ws, QStringLiteral("engineer"));
    auto run = sender.runOnce();
    VERIFY_OK(run);
    QCOMPARE(run->failed, 1);
    auto rows = m_ws->core().webhooks().outbox(m_ws->admin(), QStringLiteral("failed"));
    VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().lastStatus, 404);
}

void TestWebhooks::slackFormat()
{
    LoopbackHttpServer receiver;
    VERIFY_OK(as("admin").addWebhook(endpointInput(
        receiver.url(), {QStringLiteral("change.rolled_back")}, QStringLiteral("slack"))));
    auto c = rollBack(QStringLiteral("latency SLO breached"));
    VERIFY_OK(c);
    MemberDeliveries sender(*m_ws, QStringLiteral("engineer"));
    VERIFY_OK(sender.runOnce());
    QCOMPARE(receiver.requests().size(), 1);
    const ReceivedRequest &r = receiver.requests().first();
    QVERIFY(Webhooks::verify(kSecret, r.body,
                             QString::fromLatin1(r.headers.value("x-vigilo-signature"))));
    const QJsonObject slack = bodyOf(r.body);
    QVERIFY(slack.value(QStringLiteral("text")).isString());
    QVERIFY(slack.value(QStringLiteral("text")).toString().contains(c->numberText()));
    const QJsonArray blocks = slack.value(QStringLiteral("blocks")).toArray();
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks[0].toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("section"));
    const QJsonObject text = blocks[0].toObject().value(QStringLiteral("text")).toObject();
    QCOMPARE(text.value(QStringLiteral("type")).toString(), QStringLiteral("mrkdwn"));
    QVERIFY(text.value(QStringLiteral("text"))
                .toString()
                .contains(QLatin1String("latency SLO breached")));
    QCOMPARE(blocks[1].toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("context"));
    QVERIFY(!slack.contains(QStringLiteral("change"))); // Slack gets its own shape only
}

void TestWebhooks::disabledEndpointPausesItsQueue()
{
    LoopbackHttpServer receiver;
    VERIFY_OK(as("admin").addWebhook(
        endpointInput(receiver.url(), {QStringLiteral("change.rolled_back")})));
    VERIFY_OK(rollBack(QStringLiteral("first")));
    VERIFY_OK(as("admin").setWebhookActive(QStringLiteral("ops-bus"), false));
    VERIFY_OK(rollBack(QStringLiteral("second"))); // not queued: the endpoint is off
    QCOMPARE(m_ws->count(QStringLiteral("webhook_outbox")), 1LL);
    MemberDeliveries sender(*m_ws, QStringLiteral("engineer"));
    auto run = sender.runOnce();
    VERIFY_OK(run);
    QCOMPARE(run->claimed, 0); // paused
    VERIFY_OK(as("admin").setWebhookActive(QStringLiteral("ops-bus"), true));
    run = sender.runOnce();
    VERIFY_OK(run);
    QCOMPARE(run->delivered, 1);
}

// The outbox's claims and leases between delivering processes: claimDue and recordAttempt are
// the core's own (a team server calls them itself; no Client method), so this stays on the
// core on every backend.
void TestWebhooks::twoSendersNeverClaimTheSameRow()
{
    VERIFY_OK(as("admin").addWebhook(endpointInput(QStringLiteral("http://127.0.0.1:9/x"))));
    VERIFY_OK(m_ws->changeIn(ChangeStatus::InProgress));
    const qint64 queued = m_ws->count(QStringLiteral("webhook_outbox"));
    auto a = m_ws->core().webhooks().claimDue(m_ws->engineer(), QStringLiteral("client-a"), 2);
    VERIFY_OK(a);
    QCOMPARE(a->size(), 2);
    auto b = m_ws->core().webhooks().claimDue(m_ws->approver(), QStringLiteral("client-b"), 100);
    VERIFY_OK(b);
    QCOMPARE(b->size(), int(queued) - 2);
    for (const OutboxItem &x : *a)
        for (const OutboxItem &y : *b)
            QVERIFY(x.id != y.id);
    auto c = m_ws->core().webhooks().claimDue(m_ws->approver(), QStringLiteral("client-c"), 100);
    VERIFY_OK(c);
    QCOMPARE(c->size(), 0);
    // A lease that ran out (its client died) is claimed again.
    m_ws->clock().advanceSecs(Webhooks::kLeaseSecs + 1);
    c = m_ws->core().webhooks().claimDue(m_ws->approver(), QStringLiteral("client-c"), 100);
    VERIFY_OK(c);
    QCOMPARE(c->size(), int(queued));
    if (m_ws->isPostgres()) {
        // Another client in the middle of its claim holds a row lock: SKIP LOCKED passes over
        // that row instead of waiting for it or handing it out twice.
        m_ws->clock().advanceSecs(Webhooks::kLeaseSecs + 1);
        Login other(m_ws->dbPath());
        QVERIFY(other.isOpen());
        QVERIFY(other.exec(QStringLiteral("BEGIN")).isEmpty());
        const qint64 locked =
            other
                .scalar(
                    QStringLiteral("SELECT id FROM webhook_outbox ORDER BY id LIMIT 1 FOR UPDATE"))
                .toLongLong();
        QVERIFY(locked > 0);
        auto d =
            m_ws->core().webhooks().claimDue(m_ws->approver(), QStringLiteral("client-d"), 100);
        VERIFY_OK(d);
        QCOMPARE(d->size(), int(queued) - 1);
        for (const OutboxItem &x : *d)
            QVERIFY(x.id != locked);
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")).isEmpty());
    }
    // The old holder's late result is logged but does not move the row.
    DeliveryResult late;
    late.httpStatus = 200;
    auto after = m_ws->core().webhooks().recordAttempt(m_ws->engineer(), a->first(),
                                                       QStringLiteral("client-a"), late);
    VERIFY_OK(after);
    QCOMPARE(after->state, QStringLiteral("pending"));
}

void TestWebhooks::subscriptionsRouteOnlyTheirAssets()
{
    LoopbackHttpServer receiver;
    client::Client &engineer2 = as("engineer2");
    VERIFY_ERROR(as("viewer").subscribeWebhook(QStringLiteral("db-primary"), receiver.url(),
                                               QString::fromLatin1(kSecret)),
                 "permission_denied");
    VERIFY_ERROR(engineer2.subscribeWebhook(QStringLiteral("no-such-asset"), receiver.url(),
                                            QString::fromLatin1(kSecret)),
                 "not_found");
    auto sub = engineer2.subscribeWebhook(QStringLiteral("db-primary"), receiver.url(),
                                          QString::fromLatin1(kSecret));
    VERIFY_OK(sub);
    QCOMPARE(sub->channel, QStringLiteral("webhook"));
    // A change on payments-api only: nothing for the db-primary subscriber.
    VERIFY_OK(m_ws->changeIn(ChangeStatus::Scheduled));
    QCOMPARE(m_ws->count(QStringLiteral("webhook_outbox")), 0LL);
    // A change touching db-primary: every transition goes to the subscriber.
    ChangeDraft d = m_ws->validDraft(QStringLiteral("Failover drill"));
    d.affectedAssets = QStringList{QStringLiteral("payments-api"), QStringLiteral("db-primary")};
    auto c = m_ws->changeIn(ChangeStatus::Scheduled, m_ws->engineer(), d);
    VERIFY_OK(c);
    const qint64 queued = m_ws->count(QStringLiteral("webhook_outbox"));
    QVERIFY(queued >= 3);
    QCOMPARE(m_ws->count(QStringLiteral("webhook_outbox"),
                         QStringLiteral("change_number = %1").arg(c->number)),
             queued);
    MemberDeliveries sender(*m_ws, QStringLiteral("engineer2"));
    auto run = sender.runOnce();
    VERIFY_OK(run);
    QCOMPARE(run->delivered, int(queued));
    for (const ReceivedRequest &r : receiver.requests()) {
        QVERIFY(Webhooks::verify(kSecret, r.body,
                                 QString::fromLatin1(r.headers.value("x-vigilo-signature"))));
        QCOMPARE(bodyOf(r.body)
                     .value(QStringLiteral("change"))
                     .toObject()
                     .value(QStringLiteral("number"))
                     .toString(),
                 c->numberText());
    }
    auto mine = engineer2.subscriptions();
    VERIFY_OK(mine);
    QCOMPARE(mine->size(), 1);
    // Ending the desktop channel leaves the webhook alone (the window's Unfollow does this).
    VERIFY_OK(engineer2.subscribeDesktop(QStringLiteral("db-primary")));
    VERIFY_OK(engineer2.unsubscribe(QStringLiteral("db-primary"), QStringLiteral("desktop")));
    mine = engineer2.subscriptions();
    VERIFY_OK(mine);
    QCOMPARE(mine->size(), 1);
    QCOMPARE(mine->first().channel, QStringLiteral("webhook"));
    // Subscribing again without a secret keeps the one the receiver checks.
    auto again = engineer2.subscribeWebhook(QStringLiteral("db-primary"), receiver.url());
    VERIFY_OK(again);
    QVERIFY(again->secret.isEmpty()); // nothing new to show
    // A delivery still queued for the personal webhook is cancelled on unsubscribe.
    TransitionInput early;
    early.justification = QStringLiteral("Ahead of the window: the vendor is on site today");
    VERIFY_OK(as("engineer").apply(c->number, Action::Start, early));
    const QString personalPending =
        QStringLiteral("state = 'pending' AND endpoint_id IN (SELECT id FROM webhook_endpoints "
                       "WHERE member_id IS NOT NULL)");
    QCOMPARE(m_ws->count(QStringLiteral("webhook_outbox"), personalPending), 1LL);
    // Unsubscribed: nothing more.
    VERIFY_OK(engineer2.unsubscribe(QStringLiteral("db-primary")));
    VERIFY_ERROR(engineer2.unsubscribe(QStringLiteral("db-primary")), "not_subscribed");
    QCOMPARE(m_ws->count(QStringLiteral("webhook_outbox"), personalPending), 0LL);
    const qint64 before = m_ws->count(QStringLiteral("webhook_outbox"));
    TransitionInput back;
    back.reason = QStringLiteral("Replication lag above the limit.");
    VERIFY_OK(as("approver").apply(c->number, Action::Rollback, back));
    QCOMPARE(m_ws->count(QStringLiteral("webhook_outbox")), before);
}

void TestWebhooks::desktopSubscriptionEvents()
{
    client::Client &viewer = as("viewer");
    VERIFY_OK(viewer.subscribeDesktop(QStringLiteral("db-primary")));
    VERIFY_OK(viewer.subscribeDesktop(QStringLiteral("db-primary"))); // idempotent
    auto latest = viewer.notifications(0);
    VERIFY_OK(latest);
    const qint64 start = latest->latestSeq;
    VERIFY_OK(m_ws->changeIn(ChangeStatus::Approved)); // payments-api only
    ChangeDraft d = m_ws->validDraft(QStringLiteral("Vacuum the primary"));
    d.affectedAssets = QStringList{QStringLiteral("db-primary")};
    auto c = m_ws->createChange(d);
    VERIFY_OK(c);
    VERIFY_OK(as("engineer").apply(c->number, Action::Submit));
    auto notified = viewer.notifications(start);
    VERIFY_OK(notified);
    const QList<SubscriptionEvent> *events = &notified->events;
    QCOMPARE(events->size(), 2); // created, submitted
    for (const SubscriptionEvent &e : *events) {
        QCOMPARE(e.changeNumber, c->number);
        QCOMPARE(e.assets, QStringList{QStringLiteral("db-primary")});
    }
    QCOMPARE(events->last().status, QStringLiteral("review"));
    // Nothing new after the last one seen; nobody else's subscription leaks in.
    auto none = viewer.notifications(events->last().seq);
    VERIFY_OK(none);
    QVERIFY(none->events.isEmpty());
    auto other = as("engineer2").notifications(start);
    VERIFY_OK(other);
    QVERIFY(other->events.isEmpty());
    // Desktop subscriptions queue no webhook.
    QCOMPARE(m_ws->count(QStringLiteral("webhook_outbox")), 0LL);
}

void TestWebhooks::upgradesVersion5Database()
{
    std::unique_ptr<ScratchDatabase> pg;
    QString location = m_ws->dir() + QStringLiteral("/v5.sqlite");
    if (onPostgres()) {
        pg = std::make_unique<ScratchDatabase>();
        QVERIFY2(pg->ok(), qPrintable(pg->errorText()));
        location = pg->url();
    }
    {
        auto old = Store::openAtVersion(location, 5);
        VERIFY_OK(old);
        QCOMPARE((*old)->schemaVersion(), 5);
        ManualClock clock(fixedNow());
        Vigilo core(**old, clock);
        VERIFY_OK(core.workspaces().createWorkspace(QStringLiteral("old"), QStringLiteral("Old"),
                                                    QStringLiteral("en_US"),
                                                    QStringLiteral("olga")));
    }
    auto store = Store::open(location, Store::OpenMode::ExistingOnly);
    VERIFY_OK(store);
    QCOMPARE((*store)->schemaVersion(), Store::kSchemaVersion);
    ManualClock clock(fixedNow());
    Vigilo core(**store, clock);
    auto olga = core.workspaces().signIn(QStringLiteral("old"), QStringLiteral("olga"));
    VERIFY_OK(olga);
    VERIFY_OK(
        core.webhooks().addEndpoint(*olga, endpointInput(QStringLiteral("https://h.example/x"))));
    VERIFY_OK(
        core.workspaces().addAsset(*olga, QStringLiteral("legacy"), QStringLiteral("service")));
    VERIFY_OK(core.subscriptions().subscribeDesktop(*olga, QStringLiteral("legacy")));
    auto verified = core.audit().verify(*olga);
    VERIFY_OK(verified);
    QVERIFY(verified->ok);
}

void TestWebhooks::serverSignsAndHidesSecrets()
{
    VERIFY_OK(m_ws->addMember(QStringLiteral("eve"), Role::Engineer));
    LoopbackHttpServer receiver;
    VERIFY_OK(as("admin").addWebhook(
        endpointInput(receiver.url(), {QStringLiteral("change.submitted")})));
    if (!m_ws->isPostgres()) {
        // SQLite has no server to hide anything: whoever opens the file reads the secret (the
        // README says so), and an engineer's own client signs and delivers her transition.
        QCOMPARE(rawScalar(m_ws->dbPath(), QStringLiteral("SELECT secret FROM webhook_endpoints "
                                                          "WHERE name = 'ops-bus'"))
                     .toByteArray(),
                 QByteArray(kSecret));
        auto mine = as("eve").createChange(m_ws->validDraft(QStringLiteral("Eve's change")));
        VERIFY_OK(mine);
        VERIFY_OK(as("eve").apply(mine->number, Action::Submit));
        auto run = MemberDeliveries(*m_ws, QStringLiteral("eve")).runOnce();
        VERIFY_OK(run);
        QCOMPARE(run->delivered, 1);
        QCOMPARE(receiver.requests().size(), 1);
        QVERIFY(Webhooks::verify(
            kSecret, receiver.requests().first().body,
            QString::fromLatin1(receiver.requests().first().headers.value("x-vigilo-signature"))));
        return;
    }
    auto globex = m_ws->core().workspaces().createWorkspace(
        QStringLiteral("globex"), QStringLiteral("Globex"), QStringLiteral("de_DE"),
        QStringLiteral("gustav"));
    VERIFY_OK(globex);
    auto gustav =
        m_ws->core().workspaces().signIn(QStringLiteral("globex"), QStringLiteral("gustav"));
    VERIFY_OK(gustav);
    auto secretHook = endpointInput(QStringLiteral("https://globex.example/hook"));
    secretHook.name = QStringLiteral("globex-secret");
    VERIFY_OK(m_ws->core().webhooks().addEndpoint(*gustav, secretHook));

    // The server's role acting for eve (members have no login; the secrets never leave the
    // server) sees her workspace's endpoint and nothing of globex's.
    Login eve(m_ws->dbUrlAs(QStringLiteral("eve")), QStringLiteral("eve"));
    QVERIFY(eve.isOpen());
    QCOMPARE(eve.scalar(QStringLiteral("SELECT url FROM webhook_endpoints WHERE name = 'ops-bus'"))
                 .toString(),
             receiver.url());
    QCOMPARE(
        eve.scalar(QStringLiteral("SELECT COUNT(*) FROM webhook_endpoints WHERE workspace_id = %1")
                       .arg(globex->id))
            .toLongLong(),
        0LL);
    // An engineer does not manage endpoints, even with psql.
    const QString err =
        eve.exec(QStringLiteral("INSERT INTO webhook_endpoints (workspace_id, name, url, secret, "
                                "created_at) VALUES (%1, 'mine', 'https://evil.example', "
                                "'xxxxxxxxxxxxxxxxxxxx', '2026-01-01T00:00:00.000Z')")
                     .arg(m_ws->workspace().id));
    QVERIFY2(err.contains(QLatin1String("row-level security")), qPrintable(err));
    QVERIFY(!eve.exec(QStringLiteral("UPDATE webhook_outbox SET body = 'forged'")).isEmpty());
    // Nor does she get a body of her own signed: the server queues deliveries only for the audit
    // event its author has just recorded.
    const QString forged = eve.exec(
        QStringLiteral("INSERT INTO webhook_outbox (workspace_id, endpoint_id, delivery_id, event, "
                       "event_seq, body, created_at, next_attempt_at) SELECT %1, id, 'forged-1', "
                       "'change.approved', (SELECT audit_seq FROM workspaces WHERE id = %1), "
                       "'{\"event\":\"change.approved\"}', '2026-01-01T00:00:00.000Z', "
                       "'2026-01-01T00:00:00.000Z' FROM webhook_endpoints WHERE name = 'ops-bus'")
            .arg(m_ws->workspace().id));
    QVERIFY2(forged.contains(QLatin1String("row-level security")), qPrintable(forged));

    // eve's own client submits a change: the server's role signs the delivery she cannot sign
    // herself, and a delivery for her posts it (the core acting for her on PostgreSQL; the
    // vigilo-server process itself on a team server).
    auto draft = as("eve").createChange(m_ws->validDraft(QStringLiteral("Eve's change")));
    VERIFY_OK(draft);
    VERIFY_OK(as("eve").apply(draft->number, Action::Submit));
    auto run = MemberDeliveries(*m_ws, QStringLiteral("eve")).runOnce();
    VERIFY_OK(run);
    QCOMPARE(run->delivered, 1);
    QCOMPARE(receiver.requests().size(), 1);
    const ReceivedRequest &r = receiver.requests().first();
    QVERIFY(Webhooks::verify(kSecret, r.body,
                             QString::fromLatin1(r.headers.value("x-vigilo-signature"))));
    QCOMPARE(bodyOf(r.body).value(QStringLiteral("actor")).toString(), QStringLiteral("eve"));
    // A viewer writes nothing, delivery state included.
    Login vera(m_ws->dbUrlAs(QStringLiteral("viewer")), QStringLiteral("viewer"));
    QVERIFY(vera.isOpen());
    QVERIFY(vera.scalar(QStringLiteral("SELECT COUNT(*) FROM webhook_outbox")).toLongLong() > 0);
    (void)vera.exec(QStringLiteral("UPDATE webhook_outbox SET state = 'cancelled'"));
    QCOMPARE(m_ws->count(QStringLiteral("webhook_outbox"), QStringLiteral("state = 'cancelled'")),
             0LL);
    const QString logged = vera.exec(QStringLiteral(
        "INSERT INTO webhook_deliveries (workspace_id, outbox_id, attempt, at, "
        "http_status, error, duration_ms) SELECT workspace_id, id, 1, created_at, 200, '', "
        "1 FROM webhook_outbox LIMIT 1"));
    QVERIFY2(!logged.isEmpty(), "a viewer wrote to the delivery log");
}

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
