// `vigilo-cli migrate --from FILE.sqlite --to LOCATION` through the real binary: a team's SQLite
// file (the demo workspace plus a webhook and a subscription) is copied with its complete
// history to the sandbox database — a PostgreSQL server in the _pg run, another SQLite file
// otherwise — where `audit verify` passes, the members can sign in and see the same changes,
// and a second copy of the same workspace is refused without writing anything.
#include "CliFixture.h"
#include "TestServer.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace vigilo::test;

class TestCliMigrate : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void copiesTheWholeHistoryAndTheCopyVerifies();
    void refusesAWorkspaceTheTargetAlreadyHas();
    void refusesAMissingSource();

private:
    // Runs vigilo-cli against `db` as `user` in workspace demo.
    CliResult on(const QString &db, const QString &user, const QStringList &a,
                 bool json = true) const;
    QString changeList(const QString &db, const QString &user) const;

    std::unique_ptr<CliSandbox> m_box;
    QString m_source;
    qsizetype m_sourceEvents = 0;
    int m_demoChanges = 0;
};

CliResult TestCliMigrate::on(const QString &db, const QString &user, const QStringList &a,
                             bool json) const
{
    QStringList all = {QStringLiteral("--db"), db, QStringLiteral("-w"), QStringLiteral("demo")};
    QProcessEnvironment env;
    if (m_box->isServer() && db == m_box->dbFor(user)) // the server: user's session acts
        env.insert(QStringLiteral("VIGILO_TOKEN"), m_box->server()->tokenFor(user));
    else
        all << QStringLiteral("--as") << user;
    if (json)
        all << QStringLiteral("--json");
    return runCli(all + a, env);
}

// The change numbers and statuses of the workspace, as its members see them.
QString TestCliMigrate::changeList(const QString &db, const QString &user) const
{
    const CliResult r = on(db, user, args({"change", "list"}));
    QStringList rows;
    for (const QJsonValue &v : r.json().object().value(QStringLiteral("changes")).toArray())
        rows << v.toObject().value(QStringLiteral("number")).toString() + QLatin1Char(' ')
                    + v.toObject().value(QStringLiteral("status")).toString();
    return rows.join(QLatin1Char(','));
}

void TestCliMigrate::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    m_box = std::make_unique<CliSandbox>();
    QVERIFY(m_box->ok());
    // The source is always a SQLite file next to the sandbox, made the way a team makes one.
    m_source = m_box->dir() + QStringLiteral("/team.sqlite");
    CLI_EXPECT(runCli({QStringLiteral("--db"), m_source, QStringLiteral("init")}), 0);
    const CliResult demo =
        runCli({QStringLiteral("--json"), QStringLiteral("--db"), m_source, QStringLiteral("--as"),
                QStringLiteral("olga"), QStringLiteral("demo"), QStringLiteral("--changes"),
                QStringLiteral("25")});
    CLI_EXPECT(demo, 0);
    // 25 on the timeline, and the changes the demo's CAB meetings decided after it.
    m_demoChanges = demo.json()
                        .object()
                        .value(QStringLiteral("demo"))
                        .toObject()
                        .value(QStringLiteral("changes"))
                        .toInt();
    QVERIFY(m_demoChanges >= 25);
    CLI_EXPECT(on(m_source, QStringLiteral("olga"),
                  args({"webhook", "add", "chatops", "--url", "https://chat.example.com/hooks/ops",
                        "--secret", "s3cr3t-0123456789abcdef", "--events", "change.rolled_back"})),
               0);
    CLI_EXPECT(on(m_source, QStringLiteral("olga"), args({"subscribe", "orders-db", "--desktop"})),
               0);
    const CliResult verified = on(m_source, QStringLiteral("olga"), args({"audit", "verify"}));
    CLI_EXPECT(verified, 0);
    m_sourceEvents = verified.json()
                         .object()
                         .value(QStringLiteral("audit_verification"))
                         .toObject()
                         .value(QStringLiteral("events_checked"))
                         .toInteger();
    QVERIFY(m_sourceEvents > 100);
}

void TestCliMigrate::copiesTheWholeHistoryAndTheCopyVerifies()
{
    if (!m_box->isPostgres() && !m_box->isServer()) // a file target must exist first
        CLI_EXPECT(runCli({QStringLiteral("--db"), m_box->dbPath(), QStringLiteral("init")}), 0);
    const CliResult copied =
        runCli({QStringLiteral("--json"), QStringLiteral("migrate"), QStringLiteral("--from"),
                m_source, QStringLiteral("--to"), m_box->dbPath()});
    CLI_EXPECT(copied, 0);
    const QJsonObject report = copied.json().object().value(QStringLiteral("migration")).toObject();
    QCOMPARE(report.value(QStringLiteral("workspaces")).toArray(),
             QJsonArray{QStringLiteral("demo")});
    QCOMPARE(report.value(QStringLiteral("audit_events")).toInteger(), m_sourceEvents);

    // The copy as its members see it (PostgreSQL: through the server's role, acting for them).
    const QString target = m_box->dbFor(QStringLiteral("olga"));
    const CliResult verified = on(target, QStringLiteral("olga"), args({"audit", "verify"}));
    CLI_EXPECT(verified, 0);
    const QJsonObject v =
        verified.json().object().value(QStringLiteral("audit_verification")).toObject();
    QVERIFY(v.value(QStringLiteral("ok")).toBool());
    QCOMPARE(v.value(QStringLiteral("events_checked")).toInteger(), m_sourceEvents);

    const QString before = changeList(m_source, QStringLiteral("olga"));
    QCOMPARE(before.count(QStringLiteral("CHG-")), m_demoChanges);
    QCOMPARE(changeList(target, QStringLiteral("olga")), before);
    // One change's history, event for event.
    const auto history = [this](const QString &db) {
        const CliResult r =
            on(db, QStringLiteral("olga"), args({"change", "history", "CHG-00007"}));
        return r.json().object().value(QStringLiteral("events")).toArray().size();
    };
    QVERIFY(history(m_source) > 0);
    QCOMPARE(history(target), history(m_source));

    // The webhook (with its secret, so deliveries stay signed) and the subscription came along.
    const CliResult hooks = on(target, QStringLiteral("olga"), args({"webhook", "list"}), false);
    CLI_EXPECT(hooks, 0);
    QVERIFY2(hooks.out.contains(QStringLiteral("chatops")), hooks.describe().constData());
    const CliResult subs = on(target, QStringLiteral("olga"), args({"subscriptions"}), false);
    CLI_EXPECT(subs, 0);
    QVERIFY2(subs.out.contains(QStringLiteral("orders-db")), subs.describe().constData());

    // And the copy is a working workspace: a member adds a change; numbering continues.
    QStringList create = validCreate(QStringLiteral("After the move"));
    create[create.indexOf(QStringLiteral("web"))] = QStringLiteral("orders-db"); // a demo asset
    const CliResult created = on(target, QStringLiteral("olga"), create);
    CLI_EXPECT(created, 0);
    QCOMPARE(created.json()
                 .object()
                 .value(QStringLiteral("change"))
                 .toObject()
                 .value(QStringLiteral("number"))
                 .toString(),
             QStringLiteral("CHG-%1").arg(m_demoChanges + 1, 5, 10, QLatin1Char('0')));
}

void TestCliMigrate::refusesAWorkspaceTheTargetAlreadyHas()
{
    const QString target = m_box->dbFor(QStringLiteral("olga"));
    const QString before = changeList(target, QStringLiteral("olga"));
    QVERIFY(!before.isEmpty());
    const CliResult again =
        runCli({QStringLiteral("--json"), QStringLiteral("migrate"), QStringLiteral("--from"),
                m_source, QStringLiteral("--to"), m_box->dbPath()});
    QVERIFY2(again.exitCode != 0, again.describe().constData());
    QVERIFY2(!again.error().value(QStringLiteral("message")).toString().isEmpty(),
             again.describe().constData());
    QCOMPARE(changeList(target, QStringLiteral("olga")), before); // nothing written
    CLI_EXPECT(on(target, QStringLiteral("olga"), args({"audit", "verify"})), 0);
}

void TestCliMigrate::refusesAMissingSource()
{
    CLI_EXPECT_ERROR(
        runCli({QStringLiteral("--json"), QStringLiteral("migrate"), QStringLiteral("--from"),
                m_box->dir() + QStringLiteral("/nope.sqlite"), QStringLiteral("--to"),
                m_box->dbPath()}),
        3, "not_a_vigilo_database");
    QVERIFY(!QFileInfo::exists(m_box->dir() + QStringLiteral("/nope.sqlite")));
}

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_cli_migrate.moc"
