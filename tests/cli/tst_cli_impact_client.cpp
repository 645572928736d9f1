// Issue 16: `change impact` and its exclusions through the client, so that they work on a
// database file, on PostgreSQL and through a team server alike (NAME, NAME_pg, NAME_server). The
// answer says whether the asking member may exclude, in the core's words; a viewer's exclusion,
// one without a reason and one of the change's own assets are refused and write nothing; an
// exclusion and its undoing are audited; a cancelled change's impact can no longer be curated.
// The relationships are written with raw SQL (the asset.* methods are another branch's), the
// rest through the real binary.
#include "CliFixture.h"

using namespace vigilo::test;

namespace {

QStringList impactArgs(const QString &number, const QStringList &extra = {})
{
    return QStringList{QStringLiteral("change"), QStringLiteral("impact"), number} + extra;
}

QJsonObject affectedItem(const QJsonObject &impact, const QString &asset)
{
    for (const QJsonValue &v : impact.value(QStringLiteral("affected")).toArray())
        if (v.toObject().value(QStringLiteral("asset")).toString() == asset)
            return v.toObject();
    return {};
}

qlonglong auditCount(const CliSandbox &box, const QString &action)
{
    return rawScalar(
               box.dbPath(),
               QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = '%1'").arg(action))
        .toLongLong();
}

// "from kind to" between two assets of workspace ops, as raw SQL.
QString relation(const char *from, const char *kind, const char *to)
{
    return QStringLiteral("INSERT INTO asset_relations (workspace_id, from_asset_id, kind, "
                          "to_asset_id, created_at) SELECT a.workspace_id, a.id, '%2', b.id, "
                          "'2026-01-01T00:00:00Z' FROM assets a JOIN assets b ON b.workspace_id "
                          "= a.workspace_id JOIN workspaces w ON w.id = a.workspace_id WHERE "
                          "w.slug = 'ops' AND a.name = '%1' AND b.name = '%3'")
        .arg(QLatin1String(from), QLatin1String(kind), QLatin1String(to));
}

} // namespace

class TestCliImpactClient : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void impactThroughTheClient();
    void exclusionsAreCurated();
    void closedChangeCannotBeCurated();

private:
    QJsonObject impactAs(const QString &user, const QString &number);
    std::unique_ptr<CliSandbox> m_box;
    QString m_number;
};

void TestCliImpactClient::init()
{
    m_box = std::make_unique<CliSandbox>();
    QVERIFY2(m_box->ok(), "sandbox");
    QByteArray why;
    QVERIFY2(setUpOps(*m_box, &why), why.constData());
    // api runs on node1; web depends on api and is part of shop.
    for (const auto &[name, kind] :
         {std::pair{"api", "service"}, std::pair{"node1", "host"}, std::pair{"shop", "service"}})
        CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"asset", "add", name, "--kind", kind})),
                   0);
    QCOMPARE(rawExec(m_box->dbPath(),
                     {relation("api", "runs_on", "node1"), relation("web", "depends_on", "api"),
                      relation("web", "part_of", "shop")}),
             QString());
    QStringList create = validCreate(QStringLiteral("Patch node1"));
    create[create.indexOf(QStringLiteral("web"))] = QStringLiteral("node1");
    const CliResult r = m_box->runJson(QStringLiteral("erik"), create);
    CLI_EXPECT(r, 0);
    m_number = r.json()
                   .object()
                   .value(QStringLiteral("change"))
                   .toObject()
                   .value(QStringLiteral("number"))
                   .toString();
    QVERIFY(!m_number.isEmpty());
}

void TestCliImpactClient::cleanup()
{
    m_box.reset();
}

QJsonObject TestCliImpactClient::impactAs(const QString &user, const QString &number)
{
    const CliResult r = m_box->runJson(user, impactArgs(number));
    if (r.exitCode != 0)
        qWarning("%s", r.describe().constData());
    return r.json().object().value(QStringLiteral("impact")).toObject();
}

void TestCliImpactClient::impactThroughTheClient()
{
    const QJsonObject impact = impactAs(QStringLiteral("vera"), m_number);
    QCOMPARE(impact.value(QStringLiteral("number")).toString(), m_number);
    QCOMPARE(impact.value(QStringLiteral("touched")).toArray().size(), 1);
    QCOMPARE(affectedItem(impact, QStringLiteral("api")).value(QStringLiteral("explanation")),
             QJsonValue(QStringLiteral("api runs on node1.")));
    const QJsonObject web = affectedItem(impact, QStringLiteral("web"));
    QCOMPARE(web.value(QStringLiteral("depth")).toInt(), 2);
    QCOMPARE(web.value(QStringLiteral("explanation")).toString(),
             QStringLiteral("web depends on api, which runs on node1."));
    QCOMPARE(affectedItem(impact, QStringLiteral("shop")).value(QStringLiteral("depth")).toInt(),
             3);
    // A viewer reads the impact but may not curate it, and is told why in the core's words.
    QCOMPARE(impact.value(QStringLiteral("may_exclude")), QJsonValue(false));
    QVERIFY2(
        impact.value(QStringLiteral("exclude_refusal")).toString().contains(QStringLiteral("vera")),
        qPrintable(impact.value(QStringLiteral("exclude_refusal")).toString()));
    const QJsonObject asErik = impactAs(QStringLiteral("erik"), m_number);
    QCOMPARE(asErik.value(QStringLiteral("may_exclude")), QJsonValue(true));
    QCOMPARE(asErik.value(QStringLiteral("exclude_refusal")).toString(), QString());

    // The text form, and the limits passed on.
    CliResult r = m_box->run(QStringLiteral("vera"), impactArgs(m_number));
    CLI_EXPECT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("web depends on api, which runs on node1.")),
             r.describe().constData());
    r = m_box->runJson(QStringLiteral("vera"),
                       impactArgs(m_number, {QStringLiteral("--depth"), QStringLiteral("1")}));
    CLI_EXPECT(r, 0);
    const QJsonObject shallow = r.json().object().value(QStringLiteral("impact")).toObject();
    QCOMPARE(shallow.value(QStringLiteral("affected")).toArray().size(), 1);
    QCOMPARE(shallow.value(QStringLiteral("depth_limited")), QJsonValue(true));
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("vera"), impactArgs(QStringLiteral("999"))), 2,
                     "not_found");
}

void TestCliImpactClient::exclusionsAreCurated()
{
    // Refused, and nothing written: a viewer, no reason, one of the change's own assets, an
    // asset the change does not affect.
    const QString before = rawFingerprint(m_box->dbPath());
    CLI_EXPECT_ERROR(
        m_box->runJson(
            QStringLiteral("vera"),
            impactArgs(m_number, {QStringLiteral("--exclude"), QStringLiteral("api"),
                                  QStringLiteral("--reason"), QStringLiteral("not me")})),
        1, "permission_denied");
    CLI_EXPECT_ERROR(
        m_box->runJson(QStringLiteral("erik"),
                       impactArgs(m_number, {QStringLiteral("--exclude"), QStringLiteral("api"),
                                             QStringLiteral("--reason"), QStringLiteral("   ")})),
        1, "reason_required");
    CLI_EXPECT_ERROR(
        m_box->runJson(QStringLiteral("erik"),
                       impactArgs(m_number, {QStringLiteral("--exclude"), QStringLiteral("node1"),
                                             QStringLiteral("--reason"), QStringLiteral("mine")})),
        2, "invalid_input");
    CLI_EXPECT_ERROR(
        m_box->runJson(
            QStringLiteral("erik"),
            impactArgs(m_number, {QStringLiteral("--exclude"), QStringLiteral("db"),
                                  QStringLiteral("--reason"), QStringLiteral("unrelated")})),
        1, "not_impacted");
    QCOMPARE(rawFingerprint(m_box->dbPath()), before);

    // Excluded with a reason: audited, marked with who, what only it explained is gone.
    CliResult r =
        m_box->runJson(QStringLiteral("erik"),
                       impactArgs(m_number, {QStringLiteral("--exclude"), QStringLiteral("api"),
                                             QStringLiteral("--reason"),
                                             QStringLiteral("Its pods move to node2 first")}));
    CLI_EXPECT(r, 0);
    const QJsonObject x = r.json().object().value(QStringLiteral("exclusion")).toObject();
    QCOMPARE(x.value(QStringLiteral("asset")).toString(), QStringLiteral("api"));
    QCOMPARE(x.value(QStringLiteral("excluded_by")).toString(), QStringLiteral("erik"));
    QCOMPARE(auditCount(*m_box, QStringLiteral("impact.exclude")), 1LL);
    QJsonObject impact = impactAs(QStringLiteral("vera"), m_number);
    const QJsonObject api = affectedItem(impact, QStringLiteral("api"));
    QVERIFY(api.value(QStringLiteral("excluded")).toBool());
    QCOMPARE(api.value(QStringLiteral("excluded_reason")).toString(),
             QStringLiteral("Its pods move to node2 first"));
    QCOMPARE(api.value(QStringLiteral("excluded_by")).toString(), QStringLiteral("erik"));
    QVERIFY(affectedItem(impact, QStringLiteral("web")).isEmpty());
    QCOMPARE(impact.value(QStringLiteral("exclusions")).toArray().size(), 1);
    CLI_EXPECT_ERROR(
        m_box->runJson(QStringLiteral("emma"),
                       impactArgs(m_number, {QStringLiteral("--exclude"), QStringLiteral("api"),
                                             QStringLiteral("--reason"), QStringLiteral("again")})),
        1, "already_excluded");

    // A viewer cannot undo it either; another engineer can, audited.
    CLI_EXPECT_ERROR(
        m_box->runJson(QStringLiteral("vera"),
                       impactArgs(m_number, {QStringLiteral("--include"), QStringLiteral("api")})),
        1, "permission_denied");
    r = m_box->runJson(QStringLiteral("emma"),
                       impactArgs(m_number, {QStringLiteral("--include"), QStringLiteral("api")}));
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("included")).toString(), QStringLiteral("api"));
    QCOMPARE(auditCount(*m_box, QStringLiteral("impact.include")), 1LL);
    impact = impactAs(QStringLiteral("vera"), m_number);
    QVERIFY(
        !affectedItem(impact, QStringLiteral("api")).value(QStringLiteral("excluded")).toBool());
    QCOMPARE(affectedItem(impact, QStringLiteral("web")).value(QStringLiteral("depth")).toInt(), 2);
    CLI_EXPECT_ERROR(
        m_box->runJson(QStringLiteral("emma"),
                       impactArgs(m_number, {QStringLiteral("--include"), QStringLiteral("api")})),
        2, "not_found");
}

void TestCliImpactClient::closedChangeCannotBeCurated()
{
    CLI_EXPECT(m_box->run(QStringLiteral("erik"),
                          QStringList{QStringLiteral("change"), QStringLiteral("cancel"), m_number,
                                      QStringLiteral("--reason"), QStringLiteral("not needed")}),
               0);
    const QJsonObject impact = impactAs(QStringLiteral("erik"), m_number);
    QCOMPARE(impact.value(QStringLiteral("may_exclude")), QJsonValue(false));
    QVERIFY2(impact.value(QStringLiteral("exclude_refusal"))
                 .toString()
                 .contains(QStringLiteral("can no longer be curated")),
             qPrintable(impact.value(QStringLiteral("exclude_refusal")).toString()));
    const QString before = rawFingerprint(m_box->dbPath());
    CLI_EXPECT_ERROR(
        m_box->runJson(
            QStringLiteral("erik"),
            impactArgs(m_number, {QStringLiteral("--exclude"), QStringLiteral("api"),
                                  QStringLiteral("--reason"), QStringLiteral("too late")})),
        1, "invalid_transition");
    QCOMPARE(rawFingerprint(m_box->dbPath()), before);
}

QTEST_GUILESS_MAIN(TestCliImpactClient)
#include "tst_cli_impact_client.moc"
