// The webhook and subscription commands through the real vigilo-cli binary: admin-only
// endpoints, `webhook deliver` (run by the vigilo-cli-net helper) against a receiver on loopback
// that fails first, the log, retry, subscriptions, and the error contract (codes, exit statuses).
#include "CliFixture.h"
#include "LoopbackHttpServer.h"
#include "Webhooks.h"

using namespace vigilo;
using namespace vigilo::test;

namespace {
const QString kSecret = QStringLiteral("cli-secret-0123456789");
} // namespace

class TestCliWebhooks : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void deliversRetriesAndLogs();
    void refusalsFollowTheContract();
    void subscriptions();

private:
    QString rolledBackChange();
    std::unique_ptr<CliSandbox> m_box;
};

void TestCliWebhooks::init()
{
    m_box = std::make_unique<CliSandbox>();
    QVERIFY(m_box->ok());
    QByteArray why;
    QVERIFY2(setUpOps(*m_box, &why), why.constData());
    // The receivers listen on loopback, which webhooks reach only when an admin allows it.
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"webhook", "allow-host", "127.0.0.1"})), 0);
}

void TestCliWebhooks::cleanup()
{
    m_box.reset();
}

QString TestCliWebhooks::rolledBackChange()
{
    const CliResult created = m_box->run(QStringLiteral("erik"), validCreate());
    if (created.exitCode != 0)
        return {};
    const QString number = created.out.trimmed();
    for (const auto &[user, verb] :
         QList<std::pair<QString, QString>>{{QStringLiteral("erik"), QStringLiteral("submit")},
                                            {QStringLiteral("anna"), QStringLiteral("approve")},
                                            {QStringLiteral("erik"), QStringLiteral("schedule")},
                                            {QStringLiteral("erik"), QStringLiteral("start")}})
        if (m_box->run(user, {QStringLiteral("change"), verb, number}).exitCode != 0)
            return {};
    const CliResult rb =
        m_box->run(QStringLiteral("anna"),
                   {QStringLiteral("change"), QStringLiteral("rollback"), number,
                    QStringLiteral("--reason"), QStringLiteral("p99 latency tripled")});
    return rb.exitCode == 0 ? number : QString();
}

void TestCliWebhooks::deliversRetriesAndLogs()
{
    LoopbackHttpThread receiver({500, 200});
    const CliResult added =
        m_box->runJson(QStringLiteral("adam"),
                       {QStringLiteral("webhook"), QStringLiteral("add"), QStringLiteral("ops-bus"),
                        QStringLiteral("--url"), receiver.url(), QStringLiteral("--secret"),
                        kSecret, QStringLiteral("--events"), QStringLiteral("change.rolled_back")});
    CLI_EXPECT(added, 0);
    QCOMPARE(added.json()
                 .object()
                 .value(QStringLiteral("webhook"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("ops-bus"));
    QVERIFY(!added.out.contains(kSecret)); // a given secret is never echoed
    const QString number = rolledBackChange();
    QVERIFY(!number.isEmpty());

    // Any member's client delivers: the first answer is a 500.
    CliResult run = m_box->runJson(QStringLiteral("anna"), args({"webhook", "deliver"}));
    CLI_EXPECT(run, 0);
    QJsonObject summary = run.json().object().value(QStringLiteral("delivery_run")).toObject();
    QCOMPARE(summary.value(QStringLiteral("claimed")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("retrying")).toInt(), 1);
    // Backoff: not due again at once.
    run = m_box->runJson(QStringLiteral("anna"), args({"webhook", "deliver"}));
    CLI_EXPECT(run, 0);
    QCOMPARE(run.json()
                 .object()
                 .value(QStringLiteral("delivery_run"))
                 .toObject()
                 .value(QStringLiteral("claimed"))
                 .toInt(),
             0);

    CliResult log = m_box->runJson(QStringLiteral("adam"), args({"webhook", "log", "--failed"}));
    CLI_EXPECT(log, 0);
    const QJsonArray failed = log.json().object().value(QStringLiteral("deliveries")).toArray();
    QCOMPARE(failed.size(), 1);
    const QJsonObject attempt = failed.first().toObject();
    QCOMPARE(attempt.value(QStringLiteral("http_status")).toInt(), 500);
    QCOMPARE(attempt.value(QStringLiteral("change")).toString(), number);
    const QString id = QString::number(attempt.value(QStringLiteral("outbox_id")).toInteger());

    // Only an admin retries; then the next run delivers.
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("erik"),
                                    {QStringLiteral("webhook"), QStringLiteral("retry"), id}),
                     1, "permission_denied");
    CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                          {QStringLiteral("webhook"), QStringLiteral("retry"), id}),
               0);
    run = m_box->runJson(QStringLiteral("erik"), args({"webhook", "deliver"}));
    CLI_EXPECT(run, 0);
    QCOMPARE(run.json()
                 .object()
                 .value(QStringLiteral("delivery_run"))
                 .toObject()
                 .value(QStringLiteral("delivered"))
                 .toInt(),
             1);

    const QList<ReceivedRequest> got = receiver.requests();
    QCOMPARE(got.size(), 2);
    for (const ReceivedRequest &r : got) {
        QVERIFY(Webhooks::verify(kSecret.toUtf8(), r.body,
                                 QString::fromLatin1(r.headers.value("x-vigilo-signature"))));
        const QJsonObject event = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(event.value(QStringLiteral("event")).toString(),
                 QStringLiteral("change.rolled_back"));
        QCOMPARE(event.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("p99 latency tripled"));
    }
    QCOMPARE(got[0].headers.value("x-vigilo-delivery"), got[1].headers.value("x-vigilo-delivery"));

    log = m_box->run(QStringLiteral("adam"), args({"webhook", "log"}));
    CLI_EXPECT(log, 0);
    QVERIFY2(log.out.contains(QLatin1String("change.rolled_back"))
                 && log.out.contains(QLatin1String("500")),
             log.describe().constData());
    const CliResult list = m_box->runJson(QStringLiteral("vera"), args({"webhook", "list"}));
    CLI_EXPECT(list, 0);
    QVERIFY(!list.out.contains(kSecret));
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"webhook", "disable", "ops-bus"})), 0);
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"webhook", "remove", "ops-bus"})), 0);
    const CliResult empty = m_box->runJson(QStringLiteral("adam"), args({"webhook", "list"}));
    QCOMPARE(empty.json().object().value(QStringLiteral("webhooks")).toArray().size(), 0);
}

void TestCliWebhooks::refusalsFollowTheContract()
{
    const QString before = rawFingerprint(m_box->dbPath());
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("erik"),
                                    args({"webhook", "add", "x", "--url", "https://h.example/x"})),
                     1, "permission_denied");
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("adam"),
                                    args({"webhook", "add", "x", "--url", "ftp://h.example/x"})),
                     2, "invalid_url");
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("adam"),
                                    args({"webhook", "add", "x", "--url", "https://h.example/x",
                                          "--events", "change.boom"})),
                     2, "invalid_input");
    CLI_EXPECT_ERROR(
        m_box->runJson(QStringLiteral("adam"), args({"webhook", "add", "x", "--url",
                                                     "https://h.example/x", "--format", "xml"})),
        2, "invalid_input");
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("adam"), args({"webhook", "remove", "nope"})), 2,
                     "not_found");
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("adam"), args({"webhook", "retry", "abc"})), 2,
                     "invalid_input");
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("adam"), args({"webhook", "retry", "4242"})), 2,
                     "not_found");
    CLI_EXPECT(m_box->runJson(QStringLiteral("adam"), args({"webhook", "add"})), 2);   // usage
    CLI_EXPECT(m_box->runJson(QStringLiteral("erik"), args({"subscribe", "web"})), 2); // no channel
    QCOMPARE(rawFingerprint(m_box->dbPath()), before);
    // A generated secret is shown once.
    const CliResult gen = m_box->runJson(
        QStringLiteral("olga"), args({"webhook", "add", "chat", "--url",
                                      "https://hooks.slack.example/T1", "--format", "slack"}));
    CLI_EXPECT(gen, 0);
    QCOMPARE(gen.json()
                 .object()
                 .value(QStringLiteral("webhook"))
                 .toObject()
                 .value(QStringLiteral("secret"))
                 .toString()
                 .size(),
             64);
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("olga"), args({"webhook", "add", "chat", "--url",
                                                                  "https://h.example/y"})),
                     1, "webhook_exists");
}

void TestCliWebhooks::subscriptions()
{
    LoopbackHttpThread receiver;
    CLI_EXPECT(m_box->run(QStringLiteral("vera"), args({"subscribe", "db", "--desktop"})), 0);
    CLI_EXPECT_ERROR(
        m_box->runJson(QStringLiteral("vera"), {QStringLiteral("subscribe"), QStringLiteral("db"),
                                                QStringLiteral("--webhook"), receiver.url()}),
        1, "permission_denied");
    CLI_EXPECT(
        m_box->run(QStringLiteral("emma"),
                   {QStringLiteral("subscribe"), QStringLiteral("db"), QStringLiteral("--webhook"),
                    receiver.url(), QStringLiteral("--secret"), kSecret}),
        0);
    CLI_EXPECT_ERROR(
        m_box->runJson(QStringLiteral("emma"), args({"subscribe", "nope", "--desktop"})), 2,
        "not_found");
    const CliResult mine = m_box->runJson(QStringLiteral("emma"), args({"subscriptions"}));
    CLI_EXPECT(mine, 0);
    QCOMPARE(mine.json().object().value(QStringLiteral("subscriptions")).toArray().size(), 1);

    // A change on web only: nothing for emma. One on db: its submit reaches her.
    QVERIFY(!rolledBackChange().isEmpty());
    QStringList onDb = validCreate(QStringLiteral("Reindex the database"));
    onDb[onDb.indexOf(QStringLiteral("web"))] = QStringLiteral("db");
    const CliResult created = m_box->run(QStringLiteral("erik"), onDb);
    CLI_EXPECT(created, 0);
    CLI_EXPECT(
        m_box->run(QStringLiteral("erik"),
                   {QStringLiteral("change"), QStringLiteral("submit"), created.out.trimmed()}),
        0);
    const CliResult run = m_box->runJson(QStringLiteral("emma"), args({"webhook", "deliver"}));
    CLI_EXPECT(run, 0);
    QCOMPARE(run.json()
                 .object()
                 .value(QStringLiteral("delivery_run"))
                 .toObject()
                 .value(QStringLiteral("delivered"))
                 .toInt(),
             1);
    const QList<ReceivedRequest> got = receiver.requests();
    QCOMPARE(got.size(), 1);
    QVERIFY(Webhooks::verify(kSecret.toUtf8(), got.first().body,
                             QString::fromLatin1(got.first().headers.value("x-vigilo-signature"))));
    QCOMPARE(QJsonDocument::fromJson(got.first().body)
                 .object()
                 .value(QStringLiteral("event"))
                 .toString(),
             QStringLiteral("change.submitted"));

    CLI_EXPECT(m_box->run(QStringLiteral("emma"), args({"unsubscribe", "db"})), 0);
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("emma"), args({"unsubscribe", "db"})), 1,
                     "not_subscribed");
}

QTEST_GUILESS_MAIN(TestCliWebhooks)
#include "tst_cli_webhooks.moc"
