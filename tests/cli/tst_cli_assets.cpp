// The inventory commands through the client (issue 16): `asset add/edit/show/list/relate/
// unrelate/relations` and `import-assets` give the same answers and the same refusals on a
// SQLite file, on PostgreSQL and through a team server (the asset.* methods of core/api). A
// refused or invalid command writes nothing.
#include "CliFixture.h"

#include <QDir>
#include <QFile>

using namespace vigilo::test;

namespace {

qlonglong auditCount(const CliSandbox &box, const QString &action)
{
    return rawScalar(
               box.dbPath(),
               QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = '%1'").arg(action))
        .toLongLong();
}

QJsonObject assetOf(const CliResult &r)
{
    return r.json().object().value(QStringLiteral("asset")).toObject();
}

QStringList namesOf(const QJsonArray &assets)
{
    QStringList out;
    for (const QJsonValue &v : assets)
        out << v.toObject().value(QStringLiteral("name")).toString();
    return out;
}

} // namespace

class TestCliAssets : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void addWithDetailsAndEdit();
    void badDetailsNameTheFieldAndWriteNothing();
    void relateShowUnrelate();
    void searchRanksNamePrefixesFirst();
    void importThroughTheClient();

private:
    std::unique_ptr<CliSandbox> m_box;
};

void TestCliAssets::init()
{
    m_box = std::make_unique<CliSandbox>();
    QVERIFY2(m_box->ok(), "sandbox");
    QByteArray why;
    QVERIFY2(setUpOps(*m_box, &why), why.constData());
    // Everyone has signed in once (on a team server the first run enrolls), so a fingerprint
    // taken later sees only what the commands under test write.
    for (const char *user : {"erik", "vera"})
        CLI_EXPECT(m_box->run(QLatin1String(user), args({"asset", "list"})), 0);
}

void TestCliAssets::cleanup()
{
    m_box.reset();
}

void TestCliAssets::addWithDetailsAndEdit()
{
    // An engineer adds an asset with every detail (owner, criticality and time zone travel).
    CliResult r =
        m_box->runJson(QStringLiteral("erik"),
                       args({"asset", "add", "pg-main", "--kind", "database", "--owner", "team-dba",
                             "--criticality", "critical", "--tz", "Europe/Berlin"}));
    CLI_EXPECT(r, 0);
    QJsonObject a = assetOf(r);
    QCOMPARE(a.value(QStringLiteral("owner")).toString(), QStringLiteral("team-dba"));
    QCOMPARE(a.value(QStringLiteral("criticality")).toString(), QStringLiteral("critical"));
    QCOMPARE(a.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Berlin"));

    r = m_box->runJson(QStringLiteral("vera"), args({"asset", "show", "pg-main"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(assetOf(r).value(QStringLiteral("kind")).toString(), QStringLiteral("database"));

    // Editing is for admins: the engineer whose change it concerns cannot lower criticality.
    const QString before = rawFingerprint(m_box->dbPath());
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("erik"),
                                    args({"asset", "edit", "pg-main", "--criticality", "low"})),
                     1, "permission_denied");
    QCOMPARE(rawFingerprint(m_box->dbPath()), before);

    r = m_box->runJson(QStringLiteral("adam"),
                       args({"asset", "edit", "pg-main", "--criticality", "high", "--owner", ""}));
    CLI_EXPECT(r, 0);
    a = assetOf(r);
    QCOMPARE(a.value(QStringLiteral("criticality")).toString(), QStringLiteral("high"));
    QVERIFY(a.value(QStringLiteral("owner")).toString().isEmpty());
    QCOMPARE(a.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(auditCount(*m_box, QStringLiteral("asset.update")), 1LL);

    // The plain listing shows the details too.
    r = m_box->run(QStringLiteral("vera"), args({"asset", "list"}));
    CLI_EXPECT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Europe/Berlin")), r.describe().constData());
    QVERIFY2(r.out.contains(QStringLiteral("high")), r.describe().constData());
    // An asset that does not exist.
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("vera"), args({"asset", "show", "nowhere"})), 2,
                     "not_found");
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("adam"),
                                    args({"asset", "add", "pg-main", "--kind", "database"})),
                     1, "asset_exists");
}

void TestCliAssets::badDetailsNameTheFieldAndWriteNothing()
{
    const QString before = rawFingerprint(m_box->dbPath());
    CliResult r =
        m_box->run(QStringLiteral("adam"), args({"asset", "add", "x1", "--criticality", "urgent"}));
    CLI_EXPECT(r, 2);
    QVERIFY2(r.err.contains(QStringLiteral("criticality")), r.describe().constData());
    r = m_box->runJson(QStringLiteral("adam"),
                       args({"asset", "add", "x1", "--tz", "Mars/Olympus"}));
    CLI_EXPECT(r, 2);
    QCOMPARE(r.error()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("field"))
                 .toString(),
             QStringLiteral("time_zone"));
    r = m_box->runJson(QStringLiteral("adam"), args({"asset", "edit", "web", "--tz", "Nowhere/X"}));
    CLI_EXPECT(r, 2);
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"asset", "edit", "web"})), 2);
    QCOMPARE(rawFingerprint(m_box->dbPath()), before);
}

void TestCliAssets::relateShowUnrelate()
{
    for (const QStringList &s : {args({"asset", "add", "node1", "--kind", "host"}),
                                 args({"asset", "add", "shop", "--kind", "business-service"}),
                                 args({"asset", "relate", "web", "--runs-on", "node1"}),
                                 args({"asset", "relate", "web", "--depends-on", "db"}),
                                 args({"asset", "relate", "web", "--part-of", "shop"}),
                                 // A mutual dependency is real (a failover pair): allowed.
                                 args({"asset", "relate", "db", "--depends-on", "web"})})
        CLI_EXPECT(m_box->run(QStringLiteral("adam"), s), 0);
    QCOMPARE(auditCount(*m_box, QStringLiteral("asset.relate")), 4LL);

    CliResult r = m_box->runJson(QStringLiteral("vera"), args({"asset", "show", "web"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("outgoing")).toArray().size(), 3);
    QCOMPARE(r.json().object().value(QStringLiteral("incoming")).toArray().size(), 1);
    r = m_box->run(QStringLiteral("vera"), args({"asset", "show", "web"}));
    QVERIFY2(r.out.contains(QStringLiteral("web runs on node1")), r.describe().constData());

    const QString before = rawFingerprint(m_box->dbPath());
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("adam"),
                                    args({"asset", "relate", "web", "--runs-on", "node1"})),
                     1, "relation_exists");
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("erik"),
                                    args({"asset", "unrelate", "web", "--runs-on", "node1"})),
                     1, "permission_denied");
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("adam"),
                                    args({"asset", "relate", "web", "--depends-on", "ghost"})),
                     2, "not_found");
    CLI_EXPECT(m_box->runJson(QStringLiteral("adam"),
                              args({"asset", "relate", "web", "--depends-on", "web"})),
               2);
    QCOMPARE(rawFingerprint(m_box->dbPath()), before);

    r = m_box->runJson(QStringLiteral("adam"),
                       args({"asset", "unrelate", "web", "--runs-on", "node1"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json()
                 .object()
                 .value(QStringLiteral("removed"))
                 .toObject()
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("runs_on"));
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("adam"),
                                    args({"asset", "unrelate", "web", "--runs-on", "node1"})),
                     2, "not_found");
    r = m_box->runJson(QStringLiteral("vera"), args({"asset", "relations"}));
    CLI_EXPECT(r, 0);
    const QJsonArray all = r.json().object().value(QStringLiteral("relations")).toArray();
    QCOMPARE(all.size(), 3);
    for (const QJsonValue &v : all)
        QVERIFY(!v.toObject().value(QStringLiteral("created_by")).toString().isEmpty());
}

void TestCliAssets::searchRanksNamePrefixesFirst()
{
    for (const QStringList &s : {args({"asset", "add", "payments-api", "--owner", "team-pay"}),
                                 args({"asset", "add", "legacy-payments", "--kind", "service"}),
                                 args({"asset", "add", "pay-host", "--kind", "host"}),
                                 args({"asset", "add", "ledger", "--owner", "payroll-team"})})
        CLI_EXPECT(m_box->run(QStringLiteral("adam"), s), 0);
    CliResult r =
        m_box->runJson(QStringLiteral("vera"), args({"asset", "list", "--search", "PAY"}));
    CLI_EXPECT(r, 0);
    QJsonObject found = r.json().object();
    QCOMPARE(found.value(QStringLiteral("total")).toInt(), 4);
    QCOMPARE(namesOf(found.value(QStringLiteral("assets")).toArray()),
             QStringList({QStringLiteral("pay-host"), QStringLiteral("payments-api"),
                          QStringLiteral("legacy-payments"), QStringLiteral("ledger")}));
    r = m_box->runJson(QStringLiteral("vera"), args({"asset", "list", "--search", "pay", "--kind",
                                                     "host", "--limit", "1"}));
    CLI_EXPECT(r, 0);
    found = r.json().object();
    QCOMPARE(namesOf(found.value(QStringLiteral("assets")).toArray()),
             QStringList{QStringLiteral("pay-host")});
    CLI_EXPECT(m_box->run(QStringLiteral("vera"), args({"asset", "list", "--limit", "0"})), 2);
}

void TestCliAssets::importThroughTheClient()
{
    const QString path = QDir(m_box->dir()).filePath(QStringLiteral("inventory.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name;kind;owner;criticality;runs_on;part_of\r\n"
                "cart;service;team-shop;high;k8s-1;shop\r\n"
                "k8s-1;host;platform;;;\r\n"
                "shop;business-service;biz;critical;;\r\n");
    }
    const QString before = rawFingerprint(m_box->dbPath());
    CLI_EXPECT_ERROR(
        m_box->runJson(QStringLiteral("erik"), QStringList{QStringLiteral("import-assets"), path}),
        1, "permission_denied");
    CliResult r =
        m_box->runJson(QStringLiteral("adam"), QStringList{QStringLiteral("import-assets"), path,
                                                           QStringLiteral("--dry-run")});
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json()
                 .object()
                 .value(QStringLiteral("preview"))
                 .toObject()
                 .value(QStringLiteral("created"))
                 .toArray()
                 .size(),
             3);
    QCOMPARE(rawFingerprint(m_box->dbPath()), before);
    r = m_box->runJson(QStringLiteral("adam"), QStringList{QStringLiteral("import-assets"), path});
    CLI_EXPECT(r, 0);
    const QJsonObject done = r.json().object().value(QStringLiteral("import")).toObject();
    QCOMPARE(done.value(QStringLiteral("relations_added")).toInt(), 2);
    r = m_box->runJson(QStringLiteral("vera"), args({"asset", "show", "shop"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(assetOf(r).value(QStringLiteral("criticality")).toString(),
             QStringLiteral("critical"));
    QCOMPARE(r.json().object().value(QStringLiteral("incoming")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestCliAssets)
#include "tst_cli_assets.moc"
