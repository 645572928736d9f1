// Issue 16 through the real binary: asset relationships (admins only, audited, shown both
// ways), impact with shortest paths and sentences, exclusions (audited, refused for a viewer,
// shown as excluded), the critical_asset_impacted risk condition, a cycle, the "and N more"
// bound, indirect conflicts in `change conflicts`, and the CSV import of an inventory (all rows
// or none).
#include "CliFixture.h"

#include <QDir>
#include <QFile>

using namespace vigilo::test;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A change of erik's on `asset`, `daysAhead` days from now for two hours; its number.
QString createOn(const CliSandbox &box, const QString &asset, const QString &title,
                 int daysAhead = 3)
{
    QStringList a = validCreate(title);
    a[a.indexOf(QStringLiteral("web"))] = asset;
    a[a.indexOf(QStringLiteral("--start")) + 1] = isoIn(qint64(daysAhead) * 86400);
    a[a.indexOf(QStringLiteral("--end")) + 1] = isoIn(qint64(daysAhead) * 86400 + 7200);
    const CliResult r = box.runJson(QStringLiteral("erik"), a);
    if (r.exitCode != 0)
        qWarning("%s", r.describe().constData());
    return r.json()
        .object()
        .value(QStringLiteral("change"))
        .toObject()
        .value(QStringLiteral("number"))
        .toString();
}

QJsonObject impactOf(const CliSandbox &box, const QString &number, const QStringList &extra = {})
{
    const CliResult r = box.runJson(
        QStringLiteral("vera"),
        QStringList{QStringLiteral("change"), QStringLiteral("impact"), number} + extra);
    if (r.exitCode != 0)
        qWarning("%s", r.describe().constData());
    return r.json().object().value(QStringLiteral("impact")).toObject();
}

// The affected item for `asset`, or an empty object.
QJsonObject affectedItem(const QJsonObject &impact, const QString &asset)
{
    for (const QJsonValue &v : impact.value(QStringLiteral("affected")).toArray())
        if (v.toObject().value(QStringLiteral("asset")).toString() == asset)
            return v.toObject();
    return {};
}

QStringList conditionCodes(const CliSandbox &box, const QString &number)
{
    const CliResult r = box.runJson(QStringLiteral("vera"),
                                    {QStringLiteral("risk"), QStringLiteral("show"), number});
    QStringList out;
    for (const QJsonValue &v : r.json()
                                   .object()
                                   .value(QStringLiteral("risk"))
                                   .toObject()
                                   .value(QStringLiteral("conditions"))
                                   .toArray())
        out << v.toObject().value(QStringLiteral("code")).toString();
    return out;
}

qlonglong auditCount(const CliSandbox &box, const QString &action)
{
    return rawScalar(
               box.dbPath(),
               QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = '%1'").arg(action))
        .toLongLong();
}

} // namespace

class TestCliImpact : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void relationshipsAreForAdmins();
    void impactExplainsAndExcludes();
    void cycleAndBound();
    void indirectConflicts();
    void importAssetsAllOrNothing();

private:
    // api (critical service) runs on node1 (host); web depends on api and is part of shop.
    void buildGraph();
    std::unique_ptr<CliSandbox> m_box;
};

void TestCliImpact::init()
{
    m_box = std::make_unique<CliSandbox>();
    QVERIFY2(m_box->ok(), "sandbox");
    QByteArray why;
    QVERIFY2(setUpOps(*m_box, &why), why.constData());
}

void TestCliImpact::cleanup()
{
    m_box.reset();
}

void TestCliImpact::buildGraph()
{
    const QList<QStringList> steps = {
        args({"asset", "add", "api", "--kind", "service", "--criticality", "critical", "--owner",
              "team-payments"}),
        args({"asset", "add", "node1", "--kind", "host", "--tz", "Europe/Berlin"}),
        args({"asset", "add", "shop", "--kind", "service"}),
        args({"asset", "relate", "api", "--runs-on", "node1"}),
        args({"asset", "relate", "web", "--depends-on", "api"}),
        args({"asset", "relate", "web", "--part-of", "shop"}),
    };
    for (const QStringList &s : steps)
        CLI_EXPECT(m_box->run(QStringLiteral("adam"), s), 0);
}

void TestCliImpact::relationshipsAreForAdmins()
{
    buildGraph();
    QCOMPARE(auditCount(*m_box, QStringLiteral("asset.relate")), 3LL);
    // Shown both ways.
    CliResult r = m_box->runJson(QStringLiteral("vera"), args({"asset", "show", "api"}));
    CLI_EXPECT(r, 0);
    const QJsonObject api = r.json().object();
    QCOMPARE(api.value(QStringLiteral("asset")).toObject().value(QStringLiteral("criticality")),
             QJsonValue(QStringLiteral("critical")));
    const QJsonArray out = api.value(QStringLiteral("outgoing")).toArray();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("runs_on"));
    QCOMPARE(out[0].toObject().value(QStringLiteral("to")).toString(), QStringLiteral("node1"));
    const QJsonArray in = api.value(QStringLiteral("incoming")).toArray();
    QCOMPARE(in.size(), 1);
    QCOMPARE(in[0].toObject().value(QStringLiteral("from")).toString(), QStringLiteral("web"));
    r = m_box->run(QStringLiteral("vera"), args({"asset", "show", "api"}));
    CLI_EXPECT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("api runs on node1")), r.describe().constData());
    QVERIFY2(r.out.contains(QStringLiteral("web depends on api")), r.describe().constData());

    // An engineer and a viewer may not reshape the graph; nothing is written.
    const QString before = rawFingerprint(m_box->dbPath());
    for (const QString &who : {QStringLiteral("erik"), QStringLiteral("vera")}) {
        CLI_EXPECT_ERROR(
            m_box->runJson(who, args({"asset", "relate", "web", "--depends-on", "db"})), 1,
            "permission_denied");
        CLI_EXPECT_ERROR(
            m_box->runJson(who, args({"asset", "unrelate", "web", "--depends-on", "api"})), 1,
            "permission_denied");
    }
    // Twice the same link, and no link or two at once.
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("adam"),
                                    args({"asset", "relate", "api", "--runs-on", "node1"})),
                     1, "relation_exists");
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"asset", "relate", "api"})), 2);
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"asset", "relate", "api", "--runs-on",
                                                        "node1", "--part-of", "shop"})),
               2);
    QCOMPARE(rawFingerprint(m_box->dbPath()), before);

    // Unrelate: gone from both sides, audited.
    CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                          args({"asset", "unrelate", "web", "--depends-on", "api"})),
               0);
    QCOMPARE(auditCount(*m_box, QStringLiteral("asset.unrelate")), 1LL);
    r = m_box->runJson(QStringLiteral("vera"), args({"asset", "show", "api"}));
    QVERIFY(r.json().object().value(QStringLiteral("incoming")).toArray().isEmpty());
    r = m_box->runJson(QStringLiteral("vera"), args({"asset", "relations"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("relations")).toArray().size(), 2);
}

void TestCliImpact::impactExplainsAndExcludes()
{
    buildGraph();
    const QString n = createOn(*m_box, QStringLiteral("node1"), QStringLiteral("Patch node1"));
    QVERIFY(!n.isEmpty());
    QJsonObject impact = impactOf(*m_box, n);
    QCOMPARE(impact.value(QStringLiteral("touched")).toArray().size(), 1);
    QJsonObject api = affectedItem(impact, QStringLiteral("api"));
    QCOMPARE(api.value(QStringLiteral("depth")).toInt(), 1);
    QCOMPARE(api.value(QStringLiteral("explanation")).toString(),
             QStringLiteral("api runs on node1."));
    const QJsonObject web = affectedItem(impact, QStringLiteral("web"));
    QCOMPARE(web.value(QStringLiteral("depth")).toInt(), 2);
    QCOMPARE(web.value(QStringLiteral("explanation")).toString(),
             QStringLiteral("web depends on api, which runs on node1."));
    QCOMPARE(web.value(QStringLiteral("path")).toArray().size(), 2);
    QCOMPARE(affectedItem(impact, QStringLiteral("shop")).value(QStringLiteral("depth")).toInt(),
             3);
    QVERIFY(affectedItem(impact, QStringLiteral("db")).isEmpty());
    QVERIFY(conditionCodes(*m_box, n).contains(QStringLiteral("critical_asset_impacted")));
    CliResult r = m_box->run(QStringLiteral("vera"), args({"change", "impact"}) << n);
    CLI_EXPECT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("web depends on api, which runs on node1.")),
             r.describe().constData());

    // A viewer may not exclude; an exclusion needs a reason. Nothing is written.
    const QString before = rawFingerprint(m_box->dbPath());
    CLI_EXPECT_ERROR(
        m_box->runJson(QStringLiteral("vera"),
                       QStringList{QStringLiteral("change"), QStringLiteral("impact"), n,
                                   QStringLiteral("--exclude"), QStringLiteral("api"),
                                   QStringLiteral("--reason"), QStringLiteral("not me")}),
        1, "permission_denied");
    CLI_EXPECT_ERROR(
        m_box->runJson(QStringLiteral("erik"),
                       QStringList{QStringLiteral("change"), QStringLiteral("impact"), n,
                                   QStringLiteral("--exclude"), QStringLiteral("api")}),
        1, "reason_required");
    CLI_EXPECT(m_box->run(QStringLiteral("erik"),
                          QStringList{QStringLiteral("change"), QStringLiteral("impact"), n,
                                      QStringLiteral("--reason"), QStringLiteral("alone")}),
               2);
    QCOMPARE(rawFingerprint(m_box->dbPath()), before);

    // Excluded with a reason: shown as excluded, what only it explained is gone, audited, and
    // the critical condition goes.
    CLI_EXPECT(m_box->run(QStringLiteral("erik"),
                          QStringList{QStringLiteral("change"), QStringLiteral("impact"), n,
                                      QStringLiteral("--exclude"), QStringLiteral("api"),
                                      QStringLiteral("--reason"),
                                      QStringLiteral("Its pods move to node2 first")}),
               0);
    QCOMPARE(auditCount(*m_box, QStringLiteral("impact.exclude")), 1LL);
    impact = impactOf(*m_box, n);
    api = affectedItem(impact, QStringLiteral("api"));
    QVERIFY(api.value(QStringLiteral("excluded")).toBool());
    QCOMPARE(api.value(QStringLiteral("excluded_reason")).toString(),
             QStringLiteral("Its pods move to node2 first"));
    QCOMPARE(api.value(QStringLiteral("excluded_by")).toString(), QStringLiteral("erik"));
    QVERIFY(affectedItem(impact, QStringLiteral("web")).isEmpty());
    QVERIFY(!conditionCodes(*m_box, n).contains(QStringLiteral("critical_asset_impacted")));
    r = m_box->run(QStringLiteral("vera"), args({"change", "impact"}) << n);
    QVERIFY2(r.out.contains(QStringLiteral("EXCLUDED by erik")), r.describe().constData());

    // Included again: back as it was, audited.
    CLI_EXPECT(m_box->run(QStringLiteral("emma"),
                          QStringList{QStringLiteral("change"), QStringLiteral("impact"), n,
                                      QStringLiteral("--include"), QStringLiteral("api")}),
               0);
    QCOMPARE(auditCount(*m_box, QStringLiteral("impact.include")), 1LL);
    impact = impactOf(*m_box, n);
    QVERIFY(
        !affectedItem(impact, QStringLiteral("api")).value(QStringLiteral("excluded")).toBool());
    QCOMPARE(affectedItem(impact, QStringLiteral("web")).value(QStringLiteral("depth")).toInt(), 2);
}

void TestCliImpact::cycleAndBound()
{
    buildGraph();
    // Mutual dependencies are real: db and web depend on each other, and api on db.
    CLI_EXPECT(
        m_box->run(QStringLiteral("adam"), args({"asset", "relate", "db", "--depends-on", "web"})),
        0);
    CLI_EXPECT(
        m_box->run(QStringLiteral("adam"), args({"asset", "relate", "web", "--depends-on", "db"})),
        0);
    CLI_EXPECT(
        m_box->run(QStringLiteral("adam"), args({"asset", "relate", "api", "--depends-on", "db"})),
        0);
    const QString n = createOn(*m_box, QStringLiteral("db"), QStringLiteral("Vacuum db"));
    QVERIFY(!n.isEmpty());
    const QJsonObject impact = impactOf(*m_box, n);
    QStringList names;
    for (const QJsonValue &v : impact.value(QStringLiteral("affected")).toArray())
        names << v.toObject().value(QStringLiteral("asset")).toString();
    names.sort();
    // Each once, db itself not among what it affects.
    QCOMPARE(names,
             QStringList({QStringLiteral("api"), QStringLiteral("shop"), QStringLiteral("web")}));
    QCOMPARE(affectedItem(impact, QStringLiteral("web")).value(QStringLiteral("explanation")),
             QJsonValue(QStringLiteral("web depends on db.")));

    // Bounded: one item listed and "and 2 more".
    const QJsonObject one = impactOf(*m_box, n, {QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(one.value(QStringLiteral("affected")).toArray().size(), 1);
    QCOMPARE(one.value(QStringLiteral("omitted")).toInt(), 2);
    QCOMPARE(one.value(QStringLiteral("more")).toString(), QStringLiteral("and 2 more"));
    const CliResult r = m_box->run(QStringLiteral("vera"),
                                   QStringList{QStringLiteral("change"), QStringLiteral("impact"),
                                               n, QStringLiteral("--limit"), QStringLiteral("1")});
    QVERIFY2(r.out.contains(QStringLiteral("and 2 more")), r.describe().constData());
    CLI_EXPECT(m_box->run(QStringLiteral("vera"),
                          QStringList{QStringLiteral("change"), QStringLiteral("impact"), n,
                                      QStringLiteral("--limit"), QStringLiteral("0")}),
               2);
}

void TestCliImpact::indirectConflicts()
{
    buildGraph();
    const QString node = createOn(*m_box, QStringLiteral("node1"), QStringLiteral("Patch node1"));
    const QString web = createOn(*m_box, QStringLiteral("web"), QStringLiteral("Deploy web"));
    const QString later = createOn(*m_box, QStringLiteral("web"), QStringLiteral("Later"), 9);
    QVERIFY(!node.isEmpty() && !web.isEmpty() && !later.isEmpty());
    // Drafts do not conflict: both go to review.
    for (const QString &n : {node, web})
        CLI_EXPECT(m_box->run(QStringLiteral("erik"), args({"change", "submit"}) << n), 0);
    auto conflictsOf = [&](const QString &number) {
        const CliResult r =
            m_box->runJson(QStringLiteral("vera"),
                           {QStringLiteral("change"), QStringLiteral("conflicts"), number});
        return r.json()
            .object()
            .value(QStringLiteral("conflicts_summary"))
            .toObject()
            .value(QStringLiteral("conflicts"))
            .toArray();
    };
    // The node's change affects web (through api): web's change in the same window is listed,
    // marked indirect with the path; the later one is not.
    QJsonArray list = conflictsOf(node);
    QCOMPARE(list.size(), 1);
    QJsonObject k = list[0].toObject();
    QCOMPARE(k.value(QStringLiteral("number")).toString(), web);
    QVERIFY(k.value(QStringLiteral("indirect")).toBool());
    QCOMPARE(k.value(QStringLiteral("via")).toString(), QStringLiteral("affected"));
    QCOMPARE(k.value(QStringLiteral("path")).toArray().size(), 2);
    QCOMPARE(k.value(QStringLiteral("explanation")).toString(),
             QStringLiteral("web depends on api, which runs on node1."));
    // And the other way round: web relies on node1.
    list = conflictsOf(web);
    QCOMPARE(list.size(), 1);
    k = list[0].toObject();
    QCOMPARE(k.value(QStringLiteral("number")).toString(), node);
    QVERIFY(k.value(QStringLiteral("indirect")).toBool());
    QCOMPARE(k.value(QStringLiteral("via")).toString(), QStringLiteral("relied_on"));
    const CliResult r = m_box->run(QStringLiteral("vera"), args({"change", "conflicts"}) << web);
    CLI_EXPECT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("change (indirect)")), r.describe().constData());
    // Excluding api from the node change's impact removes the indirect conflict through it.
    CLI_EXPECT(m_box->run(QStringLiteral("erik"),
                          QStringList{QStringLiteral("change"), QStringLiteral("impact"), node,
                                      QStringLiteral("--exclude"), QStringLiteral("api"),
                                      QStringLiteral("--reason"), QStringLiteral("drained")}),
               0);
    QVERIFY(conflictsOf(node).isEmpty());
}

void TestCliImpact::importAssetsAllOrNothing()
{
    const QString good = QDir(m_box->dir()).filePath(QStringLiteral("inventory.csv"));
    QVERIFY(writeFile(good, "name,kind,owner,criticality,time_zone,runs_on,depends_on,part_of\r\n"
                            "cart,service,team-shop,high,Europe/Berlin,k8s-1,db,shop\r\n"
                            "k8s-1,host,platform,,,,,\r\n"
                            "shop,service,biz,1 - most critical,,,,\r\n"
                            "web,,,,,,cart;db,shop\r\n"));
    // Only admins import; a dry run writes nothing.
    const QString before = rawFingerprint(m_box->dbPath());
    CLI_EXPECT_ERROR(
        m_box->runJson(QStringLiteral("erik"), QStringList{QStringLiteral("import-assets"), good}),
        1, "permission_denied");
    CliResult r =
        m_box->runJson(QStringLiteral("adam"), QStringList{QStringLiteral("import-assets"), good,
                                                           QStringLiteral("--dry-run")});
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json()
                 .object()
                 .value(QStringLiteral("preview"))
                 .toObject()
                 .value(QStringLiteral("relations_added"))
                 .toInt(),
             6);
    QCOMPARE(rawFingerprint(m_box->dbPath()), before);

    r = m_box->runJson(QStringLiteral("adam"), QStringList{QStringLiteral("import-assets"), good});
    CLI_EXPECT(r, 0);
    QJsonObject done = r.json().object().value(QStringLiteral("import")).toObject();
    QCOMPARE(done.value(QStringLiteral("created")).toArray().size(), 3);
    QCOMPARE(done.value(QStringLiteral("relations_added")).toInt(), 6);
    r = m_box->runJson(QStringLiteral("vera"), args({"asset", "show", "shop"}));
    const QJsonObject shop = r.json().object();
    QCOMPARE(shop.value(QStringLiteral("asset")).toObject().value(QStringLiteral("criticality")),
             QJsonValue(QStringLiteral("critical")));
    QCOMPARE(shop.value(QStringLiteral("incoming")).toArray().size(), 2);
    r = m_box->runJson(QStringLiteral("vera"), args({"asset", "show", "cart"}));
    QCOMPARE(r.json()
                 .object()
                 .value(QStringLiteral("asset"))
                 .toObject()
                 .value(QStringLiteral("time_zone"))
                 .toString(),
             QStringLiteral("Europe/Berlin"));
    // Again: nothing new, every link already there.
    r = m_box->runJson(QStringLiteral("adam"), QStringList{QStringLiteral("import-assets"), good});
    CLI_EXPECT(r, 0);
    done = r.json().object().value(QStringLiteral("import")).toObject();
    QCOMPARE(done.value(QStringLiteral("created")).toArray().size(), 0);
    QCOMPARE(done.value(QStringLiteral("relations_kept")).toInt(), 6);

    // One bad row: nothing of the file is written, the error names the row and column.
    const QString afterGood = rawFingerprint(m_box->dbPath());
    const QString bad = QDir(m_box->dir()).filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(bad, "name,kind,depends_on\r\n"
                           "fresh-1,service,db\r\n"
                           "fresh-2,service,nowhere\r\n"));
    r = m_box->runJson(QStringLiteral("adam"), QStringList{QStringLiteral("import-assets"), bad});
    CLI_EXPECT_ERROR(r, 2, "csv_invalid");
    const QJsonArray errors = r.error()
                                  .value(QStringLiteral("details"))
                                  .toObject()
                                  .value(QStringLiteral("errors"))
                                  .toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].toObject().value(QStringLiteral("row")).toInt(), 2);
    QCOMPARE(errors[0].toObject().value(QStringLiteral("column")).toString(),
             QStringLiteral("depends_on"));
    QVERIFY2(r.err.contains(QStringLiteral("nowhere")), r.describe().constData());
    QCOMPARE(rawFingerprint(m_box->dbPath()), afterGood);
    QCOMPARE(rawScalar(m_box->dbPath(),
                       QStringLiteral("SELECT COUNT(*) FROM assets WHERE name = 'fresh-1'"))
                 .toLongLong(),
             0LL);
    // A criticality that is none, a link to itself: both reported, nothing written.
    QVERIFY(writeFile(bad, "name,criticality,runs_on\r\n"
                           "fresh-3,urgent,\r\n"
                           "fresh-4,low,fresh-4\r\n"));
    r = m_box->runJson(QStringLiteral("adam"), QStringList{QStringLiteral("import-assets"), bad});
    CLI_EXPECT_ERROR(r, 2, "csv_invalid");
    QCOMPARE(r.error()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .size(),
             2);
    QCOMPARE(rawFingerprint(m_box->dbPath()), afterGood);
}

QTEST_GUILESS_MAIN(TestCliImpact)
#include "tst_cli_impact.moc"
