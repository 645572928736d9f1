// Asset relationships and impact analysis (issue 16): relate and unrelate (audited, admins
// only), asset details, the picker's search, impact paths (shortest, explained), cycles, the
// depth and item bounds, exclusions (audited, refused for a viewer, never hidden), the risk
// condition critical_asset_impacted, indirect conflicts in Planning::conflicts and the calendar,
// the calendar's service rows, and workspace isolation attacked with raw SQL. The rules (relate,
// asset details, search, analysis, exclusions, conflicts, the calendar) go through the Client as
// the member: in process on SQLite and PostgreSQL, over a real vigilo-server on the server
// backend (NAME_server); set-up and the read-back checks use the owner's core.
#include "RawSql.h"
#include "TestWorkspace.h"

#include "Client.h"

using namespace vigilo;
using namespace vigilo::test;

namespace {

// `who` acting through the Client (in process on SQLite and PostgreSQL, over a real
// vigilo-server on the server backend): the calls that test a rule go through it.
client::Client &as(TestWorkspace &ws, const char *who)
{
    return ws.client(QString::fromLatin1(who));
}

Status addAsset(TestWorkspace &ws, const QString &name, const QString &kind,
                std::optional<Criticality> criticality = {})
{
    AssetInput in;
    in.name = name;
    in.kind = kind;
    in.criticality = criticality;
    auto a = ws.core().inventory().add(ws.admin(), in);
    return a ? Status{} : Status{a.error()};
}

Status relate(TestWorkspace &ws, const QString &from, RelationKind kind, const QString &to)
{
    auto r = ws.core().inventory().relate(ws.admin(), from, kind, to);
    return r ? Status{} : Status{r.error()};
}

// k8s-node-07 <-runs_on- payments-api <-depends_on- checkout-web -part_of-> checkout (critical);
// payments-api depends_on db-primary.
void buildShop(TestWorkspace &ws)
{
    VERIFY_OK(addAsset(ws, QStringLiteral("k8s-node-07"), QStringLiteral("host")));
    VERIFY_OK(addAsset(ws, QStringLiteral("checkout-web"), QStringLiteral("service")));
    VERIFY_OK(addAsset(ws, QStringLiteral("checkout"), QStringLiteral("business_service"),
                       Criticality::Critical));
    VERIFY_OK(relate(ws, QStringLiteral("payments-api"), RelationKind::RunsOn,
                     QStringLiteral("k8s-node-07")));
    VERIFY_OK(relate(ws, QStringLiteral("checkout-web"), RelationKind::DependsOn,
                     QStringLiteral("payments-api")));
    VERIFY_OK(relate(ws, QStringLiteral("checkout-web"), RelationKind::PartOf,
                     QStringLiteral("checkout")));
    VERIFY_OK(relate(ws, QStringLiteral("payments-api"), RelationKind::DependsOn,
                     QStringLiteral("db-primary")));
}

ChangeDraft draftOn(TestWorkspace &ws, const QStringList &assets, const QString &title)
{
    ChangeDraft d = ws.validDraft(title);
    d.affectedAssets = assets;
    return d;
}

const ImpactItem *itemOf(const ImpactReport &r, const QString &asset)
{
    for (const ImpactItem &i : r.affected)
        if (i.asset == asset)
            return &i;
    return nullptr;
}

QStringList affectedNames(const ImpactReport &r)
{
    QStringList out;
    for (const ImpactItem &i : r.affected)
        out << i.asset;
    return out;
}

QList<Conflict> indirectOf(const ConflictSummary &s)
{
    QList<Conflict> out;
    for (const Conflict &c : s.conflicts)
        if (c.indirect)
            out << c;
    return out;
}

} // namespace

class TestImpact : public QObject {
    Q_OBJECT

private slots:
    void relateIsAuditedAndForAdmins();
    void relateRefusesBadInput();
    void assetDetailsAndTheirRules();
    void searchRanksAndFilters();
    void impactPathsAreShortestAndExplained();
    void cyclesAreWalkedOnce();
    void hubIsBoundedWithMoreMarker();
    void depthLimitIsReported();
    void exclusionsAreAuditedAndPrune();
    void exclusionRefusals();
    void criticalAssetRiskCondition();
    void indirectConflictsBothWays();
    void calendarAgreesAndHasServiceRows();
    void relationshipsStayInTheirWorkspace();
    void graphInMemoryFollowsOtherWriters();
    void graphInMemoryIgnoresRolledBackWrites();
    void upgradesVersion6Database();
};

void TestImpact::relateIsAuditedAndForAdmins()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const qint64 events = ws.auditCount();
    auto r = as(ws, "admin")
                 .relateAssets(QStringLiteral("payments-api"), RelationKind::DependsOn,
                               QStringLiteral("db-primary"));
    VERIFY_OK(r);
    QCOMPARE(r->sentence(), QStringLiteral("payments-api depends on db-primary"));
    QCOMPARE(r->createdBy, QStringLiteral("admin"));
    QCOMPARE(ws.auditCount(), events + 1);
    auto history = ws.core().audit().workspaceHistory(ws.owner(), 1);
    VERIFY_OK(history);
    QCOMPARE(history->first().action, QStringLiteral("asset.relate"));
    QCOMPARE(history->first().newValues.value(QStringLiteral("kind")).toString(),
             QStringLiteral("depends_on"));

    // An engineer (whose change the graph may concern) and a viewer may not reshape it.
    const QString before = ws.fingerprint();
    VERIFY_ERROR(as(ws, "engineer")
                     .relateAssets(QStringLiteral("edge-fw"), RelationKind::RunsOn,
                                   QStringLiteral("db-primary")),
                 "permission_denied");
    VERIFY_ERROR(as(ws, "viewer")
                     .relateAssets(QStringLiteral("edge-fw"), RelationKind::RunsOn,
                                   QStringLiteral("db-primary")),
                 "permission_denied");
    VERIFY_ERROR(as(ws, "engineer")
                     .unrelateAssets(QStringLiteral("payments-api"), RelationKind::DependsOn,
                                     QStringLiteral("db-primary")),
                 "permission_denied");
    QCOMPARE(ws.fingerprint(), before);

    // Both ways in show().
    auto shown = as(ws, "viewer").asset(QStringLiteral("db-primary"));
    VERIFY_OK(shown);
    QCOMPARE(shown->outgoing.size(), 0);
    QCOMPARE(shown->incoming.size(), 1);
    QCOMPARE(shown->incoming.first().from, QStringLiteral("payments-api"));

    VERIFY_OK(as(ws, "owner")
                  .unrelateAssets(QStringLiteral("payments-api"), RelationKind::DependsOn,
                                  QStringLiteral("db-primary")));
    QCOMPARE(ws.count(QStringLiteral("asset_relations")), 0);
    history = ws.core().audit().workspaceHistory(ws.owner(), 1);
    VERIFY_OK(history);
    QCOMPARE(history->first().action, QStringLiteral("asset.unrelate"));
    QCOMPARE(history->first().oldValues.value(QStringLiteral("to")).toString(),
             QStringLiteral("db-primary"));
}

void TestImpact::relateRefusesBadInput()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    VERIFY_OK(relate(ws, QStringLiteral("payments-api"), RelationKind::RunsOn,
                     QStringLiteral("edge-fw")));
    const QString before = ws.fingerprint();
    VERIFY_ERROR(as(ws, "admin")
                     .relateAssets(QStringLiteral("edge-fw"), RelationKind::DependsOn,
                                   QStringLiteral("edge-fw")),
                 "invalid_input");
    VERIFY_ERROR(as(ws, "admin")
                     .relateAssets(QStringLiteral("edge-fw"), RelationKind::DependsOn,
                                   QStringLiteral("nowhere")),
                 "not_found");
    VERIFY_ERROR(as(ws, "admin")
                     .relateAssets(QStringLiteral("payments-api"), RelationKind::RunsOn,
                                   QStringLiteral("edge-fw")),
                 "relation_exists");
    VERIFY_ERROR(as(ws, "admin")
                     .unrelateAssets(QStringLiteral("payments-api"), RelationKind::DependsOn,
                                     QStringLiteral("edge-fw")),
                 "not_found");
    QCOMPARE(ws.fingerprint(), before);
    // Another kind between the same two assets is a relationship of its own.
    VERIFY_OK(relate(ws, QStringLiteral("payments-api"), RelationKind::DependsOn,
                     QStringLiteral("edge-fw")));
}

void TestImpact::assetDetailsAndTheirRules()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    AssetInput in;
    in.name = QStringLiteral("ledger-db");
    in.kind = QStringLiteral("Database");
    in.owner = QStringLiteral("team-finance");
    in.criticality = Criticality::Critical;
    in.timeZone = QStringLiteral("Europe/Berlin");
    auto a = as(ws, "engineer").addAsset(in);
    VERIFY_OK(a);
    QCOMPARE(a->kind, QStringLiteral("database"));
    QCOMPARE(a->owner, QStringLiteral("team-finance"));
    QCOMPARE_ENUM(a->criticality, Criticality::Critical);
    QCOMPARE(rawScalar(ws.dbPath(),
                       QStringLiteral("SELECT criticality FROM assets WHERE name = 'ledger-db'"))
                 .toString(),
             QStringLiteral("critical"));

    // Bad input names its field and writes nothing.
    const QString before = ws.fingerprint();
    AssetInput bad = in;
    bad.name = QStringLiteral("other-db");
    bad.timeZone = QStringLiteral("Mars/Olympus");
    auto r = as(ws, "engineer").addAsset(bad);
    VERIFY_ERROR(r, "invalid_input");
    QCOMPARE(r.error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("time_zone"));
    bad.timeZone.clear();
    bad.owner = QStringLiteral("line\nbreak");
    r = as(ws, "engineer").addAsset(bad);
    VERIFY_ERROR(r, "invalid_input");
    QCOMPARE(r.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("owner"));
    VERIFY_ERROR(as(ws, "viewer").addAsset(bad), "permission_denied");
    QCOMPARE(ws.fingerprint(), before);

    // Details are an admin's to change: an engineer could otherwise lower a criticality.
    AssetUpdate up;
    up.criticality = Criticality::Low;
    VERIFY_ERROR(as(ws, "engineer").editAsset(QStringLiteral("ledger-db"), up),
                 "permission_denied");
    QCOMPARE(ws.fingerprint(), before);
    up.owner = QStringLiteral("team-ledger");
    auto updated = as(ws, "admin").editAsset(QStringLiteral("ledger-db"), up);
    VERIFY_OK(updated);
    QCOMPARE_ENUM(updated->criticality, Criticality::Low);
    auto history = ws.core().audit().workspaceHistory(ws.owner(), 1);
    VERIFY_OK(history);
    QCOMPARE(history->first().action, QStringLiteral("asset.update"));
    QCOMPARE(history->first().oldValues.value(QStringLiteral("criticality")).toString(),
             QStringLiteral("critical"));
    QCOMPARE(history->first().newValues.value(QStringLiteral("owner")).toString(),
             QStringLiteral("team-ledger"));
    // The same values again write nothing.
    const qint64 events = ws.auditCount();
    VERIFY_OK(as(ws, "admin").editAsset(QStringLiteral("ledger-db"), up));
    QCOMPARE(ws.auditCount(), events);

    // The old asset list carries the details too.
    auto list = as(ws, "viewer").assets();
    VERIFY_OK(list);
    bool found = false;
    for (const Asset &x : *list)
        if (x.name == QLatin1String("ledger-db")) {
            found = true;
            QCOMPARE(x.timeZone, QStringLiteral("Europe/Berlin"));
            QCOMPARE(x.owner, QStringLiteral("team-ledger"));
        }
    QVERIFY(found);
}

void TestImpact::searchRanksAndFilters()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    for (const QString &n : {QStringLiteral("api-gateway"), QStringLiteral("orders-api"),
                             QStringLiteral("apiary"), QStringLiteral("50%_off")}) {
        AssetInput in;
        in.name = n;
        in.kind = n == QLatin1String("apiary") ? QStringLiteral("host") : QStringLiteral("service");
        in.owner = n == QLatin1String("orders-api") ? QStringLiteral("team-orders") : QString();
        VERIFY_OK(as(ws, "admin").addAsset(in));
    }
    AssetQuery q;
    q.text = QStringLiteral("API");
    auto r = as(ws, "viewer").searchAssets(q);
    VERIFY_OK(r);
    QStringList names;
    for (const Asset &a : r->assets)
        names << a.name;
    // Name prefixes first (by name), then other name matches.
    QCOMPARE(names, (QStringList{QStringLiteral("api-gateway"), QStringLiteral("apiary"),
                                 QStringLiteral("orders-api"), QStringLiteral("payments-api")}));
    QCOMPARE(r->total, 4);
    q.limit = 2;
    r = as(ws, "viewer").searchAssets(q);
    VERIFY_OK(r);
    QCOMPARE(r->assets.size(), 2);
    QCOMPARE(r->total, 4);
    // Kind and owner.
    q = AssetQuery{};
    q.text = QStringLiteral("host");
    r = as(ws, "viewer").searchAssets(q);
    VERIFY_OK(r);
    QCOMPARE(r->total, 1);
    QCOMPARE(r->assets.first().name, QStringLiteral("apiary"));
    q = AssetQuery{};
    q.owner = QStringLiteral("team-o");
    r = as(ws, "viewer").searchAssets(q);
    VERIFY_OK(r);
    QCOMPARE(r->total, 1);
    QCOMPARE(r->assets.first().name, QStringLiteral("orders-api"));
    q = AssetQuery{};
    q.kind = QStringLiteral("network");
    r = as(ws, "viewer").searchAssets(q);
    VERIFY_OK(r);
    QCOMPARE(r->total, 1);
    QCOMPARE(r->assets.first().name, QStringLiteral("edge-fw"));
    // LIKE's wildcards typed by a person match themselves.
    q = AssetQuery{};
    q.text = QStringLiteral("%_");
    r = as(ws, "viewer").searchAssets(q);
    VERIFY_OK(r);
    QCOMPARE(r->total, 1);
    QCOMPARE(r->assets.first().name, QStringLiteral("50%_off"));
    q.limit = 0;
    VERIFY_ERROR(as(ws, "viewer").searchAssets(q), "invalid_input");
}

void TestImpact::impactPathsAreShortestAndExplained()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    buildShop(ws);
    auto c = ws.createChange(
        draftOn(ws, {QStringLiteral("k8s-node-07")}, QStringLiteral("Reboot k8s-node-07")));
    VERIFY_OK(c);
    auto r = as(ws, "viewer").impact(c->number);
    VERIFY_OK(r);
    QCOMPARE(r->touched.size(), 1);
    QCOMPARE(r->touched.first().asset, QStringLiteral("k8s-node-07"));
    // Closest first; db-primary is what payments-api relies on, not something it affects.
    QCOMPARE(affectedNames(*r),
             (QStringList{QStringLiteral("payments-api"), QStringLiteral("checkout-web"),
                          QStringLiteral("checkout")}));
    const ImpactItem *web = itemOf(*r, QStringLiteral("checkout-web"));
    QVERIFY(web);
    QCOMPARE(web->depth, 2);
    QCOMPARE(web->explanation, QStringLiteral("checkout-web depends on payments-api, which runs "
                                              "on k8s-node-07."));
    QCOMPARE(web->path.size(), 2);
    QCOMPARE(web->path.at(0).toJson(),
             (QJsonObject{{QStringLiteral("from"), QStringLiteral("checkout-web")},
                          {QStringLiteral("kind"), QStringLiteral("depends_on")},
                          {QStringLiteral("to"), QStringLiteral("payments-api")}}));
    const ImpactItem *shop = itemOf(*r, QStringLiteral("checkout"));
    QVERIFY(shop);
    QCOMPARE(shop->explanation, QStringLiteral("checkout includes checkout-web, which depends on "
                                               "payments-api, which runs on k8s-node-07."));
    QCOMPARE(r->omitted, 0);
    QVERIFY(!r->depthLimited);
    QVERIFY(r->moreText().isEmpty());

    // A shorter way appears: the path follows it.
    VERIFY_OK(relate(ws, QStringLiteral("checkout-web"), RelationKind::RunsOn,
                     QStringLiteral("k8s-node-07")));
    r = as(ws, "viewer").impact(c->number);
    VERIFY_OK(r);
    web = itemOf(*r, QStringLiteral("checkout-web"));
    QVERIFY(web);
    QCOMPARE(web->depth, 1);
    QCOMPARE(web->explanation, QStringLiteral("checkout-web runs on k8s-node-07."));
    QCOMPARE(itemOf(*r, QStringLiteral("checkout"))->depth, 2);
    // The JSON form carries the same.
    const QJsonObject json = r->toJson();
    QCOMPARE(json.value(QStringLiteral("number")).toString(), c->numberText());
    QCOMPARE(json.value(QStringLiteral("affected")).toArray().size(), 3);
}

void TestImpact::cyclesAreWalkedOnce()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    // Two services depending on each other, and a cycle back to the changed asset.
    VERIFY_OK(addAsset(ws, QStringLiteral("billing"), QStringLiteral("service")));
    VERIFY_OK(addAsset(ws, QStringLiteral("invoicing"), QStringLiteral("service")));
    VERIFY_OK(relate(ws, QStringLiteral("billing"), RelationKind::DependsOn,
                     QStringLiteral("invoicing")));
    VERIFY_OK(relate(ws, QStringLiteral("invoicing"), RelationKind::DependsOn,
                     QStringLiteral("billing")));
    VERIFY_OK(relate(ws, QStringLiteral("billing"), RelationKind::DependsOn,
                     QStringLiteral("db-primary")));
    VERIFY_OK(relate(ws, QStringLiteral("db-primary"), RelationKind::DependsOn,
                     QStringLiteral("invoicing")));
    auto c = ws.createChange(
        draftOn(ws, {QStringLiteral("db-primary")}, QStringLiteral("Vacuum db-primary")));
    VERIFY_OK(c);
    auto r = as(ws, "viewer").impact(c->number);
    VERIFY_OK(r);
    QCOMPARE(affectedNames(*r),
             (QStringList{QStringLiteral("billing"), QStringLiteral("invoicing")}));
    QCOMPARE(itemOf(*r, QStringLiteral("invoicing"))->explanation,
             QStringLiteral("invoicing depends on billing, which depends on db-primary."));
    // Conflicts walk the same cycle both ways and end.
    VERIFY_OK(as(ws, "viewer").conflicts(c->number));
}

void TestImpact::hubIsBoundedWithMoreMarker()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    Store::Transaction tx(ws.store());
    VERIFY_OK(tx.begin());
    for (int i = 0; i < 150; ++i) {
        const QString name = QStringLiteral("svc-%1").arg(i, 3, 10, QLatin1Char('0'));
        VERIFY_OK(addAsset(ws, name, QStringLiteral("service"),
                           i == 149 ? std::optional(Criticality::Critical) : std::nullopt));
        VERIFY_OK(relate(ws, name, RelationKind::RunsOn, QStringLiteral("edge-fw")));
    }
    VERIFY_OK(tx.commit());
    auto c =
        ws.createChange(draftOn(ws, {QStringLiteral("edge-fw")}, QStringLiteral("Firewall rule")));
    VERIFY_OK(c);
    auto r = as(ws, "viewer").impact(c->number);
    VERIFY_OK(r);
    QCOMPARE(r->affected.size(), ImpactLimits::kDefaultItems);
    QCOMPARE(r->omitted, 50);
    QCOMPARE(r->moreText(), QStringLiteral("and 50 more"));
    // Critical first within a depth, so the one that matters is never cut off.
    QCOMPARE(r->affected.first().asset, QStringLiteral("svc-149"));
    QCOMPARE(r->criticalAffected, QStringList{QStringLiteral("svc-149")});
    ImpactLimits small;
    small.maxItems = 10;
    r = as(ws, "viewer").impact(c->number, small);
    VERIFY_OK(r);
    QCOMPARE(r->affected.size(), 10);
    QCOMPARE(r->omitted, 140);
    QCOMPARE(r->toJson().value(QStringLiteral("more")).toString(), QStringLiteral("and 140 more"));
    small.maxItems = 0;
    VERIFY_ERROR(as(ws, "viewer").impact(c->number, small), "invalid_input");
}

void TestImpact::depthLimitIsReported()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    QString previous = QStringLiteral("db-primary");
    for (int i = 1; i <= 5; ++i) {
        const QString name = QStringLiteral("layer-%1").arg(i);
        VERIFY_OK(addAsset(ws, name, QStringLiteral("service")));
        VERIFY_OK(relate(ws, name, RelationKind::DependsOn, previous));
        previous = name;
    }
    auto c = ws.createChange(draftOn(ws, {QStringLiteral("db-primary")}, QStringLiteral("Patch")));
    VERIFY_OK(c);
    ImpactLimits limits;
    limits.maxDepth = 3;
    auto r = as(ws, "viewer").impact(c->number, limits);
    VERIFY_OK(r);
    QCOMPARE(affectedNames(*r), (QStringList{QStringLiteral("layer-1"), QStringLiteral("layer-2"),
                                             QStringLiteral("layer-3")}));
    QVERIFY(r->depthLimited);
    QCOMPARE(r->moreText(),
             QStringLiteral("more assets may be affected further than 3 steps away"));
    limits.maxDepth = 5;
    r = as(ws, "viewer").impact(c->number, limits);
    VERIFY_OK(r);
    QCOMPARE(r->affected.size(), 5);
    QVERIFY(!r->depthLimited);
}

void TestImpact::exclusionsAreAuditedAndPrune()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    buildShop(ws);
    auto c = ws.createChange(draftOn(ws, {QStringLiteral("k8s-node-07")}, QStringLiteral("Drain")));
    VERIFY_OK(c);
    auto x = as(ws, "engineer2")
                 .excludeImpact(c->number, QStringLiteral("payments-api"),
                                QStringLiteral("Its pods move to node 08 first"));
    VERIFY_OK(x);
    QCOMPARE(x->excludedBy, QStringLiteral("engineer2"));
    auto r = as(ws, "viewer").impact(c->number);
    VERIFY_OK(r);
    // Shown as excluded, not hidden; what is reached only through it is no longer affected.
    QCOMPARE(affectedNames(*r), QStringList{QStringLiteral("payments-api")});
    QVERIFY(r->affected.first().excluded);
    QCOMPARE(r->affected.first().excludedReason, QStringLiteral("Its pods move to node 08 first"));
    QCOMPARE(r->exclusions.size(), 1);
    auto history = ws.core().audit().changeHistory(ws.viewer(), c->number);
    VERIFY_OK(history);
    QCOMPARE(history->last().action, QStringLiteral("impact.exclude"));
    QCOMPARE(history->last().actor, QStringLiteral("engineer2"));
    QCOMPARE(history->last().newValues.value(QStringLiteral("excluded_asset")).toString(),
             QStringLiteral("payments-api"));

    VERIFY_OK(as(ws, "engineer").includeImpact(c->number, QStringLiteral("payments-api")));
    r = as(ws, "viewer").impact(c->number);
    VERIFY_OK(r);
    QCOMPARE(r->affected.size(), 3);
    QVERIFY(r->exclusions.isEmpty());
    history = ws.core().audit().changeHistory(ws.viewer(), c->number);
    VERIFY_OK(history);
    QCOMPARE(history->last().action, QStringLiteral("impact.include"));
    QCOMPARE(history->last().oldValues.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Its pods move to node 08 first"));
}

void TestImpact::exclusionRefusals()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    buildShop(ws);
    auto c = ws.createChange(draftOn(ws, {QStringLiteral("k8s-node-07")}, QStringLiteral("Drain")));
    VERIFY_OK(c);
    const QString before = ws.fingerprint();
    const QString why = QStringLiteral("not really");
    VERIFY_ERROR(as(ws, "viewer").excludeImpact(c->number, QStringLiteral("checkout"), why),
                 "permission_denied");
    VERIFY_ERROR(as(ws, "engineer")
                     .excludeImpact(c->number, QStringLiteral("checkout"), QStringLiteral("  ")),
                 "reason_required");
    VERIFY_ERROR(as(ws, "engineer").excludeImpact(c->number, QStringLiteral("k8s-node-07"), why),
                 "invalid_input");
    VERIFY_ERROR(as(ws, "engineer").excludeImpact(c->number, QStringLiteral("db-primary"), why),
                 "not_impacted");
    VERIFY_ERROR(as(ws, "engineer").excludeImpact(c->number, QStringLiteral("nowhere"), why),
                 "not_found");
    VERIFY_ERROR(as(ws, "engineer").includeImpact(c->number, QStringLiteral("checkout")),
                 "not_found");
    QCOMPARE(ws.fingerprint(), before);
    VERIFY_OK(as(ws, "engineer").excludeImpact(c->number, QStringLiteral("checkout"), why));
    VERIFY_ERROR(as(ws, "engineer").excludeImpact(c->number, QStringLiteral("checkout"), why),
                 "already_excluded");
    VERIFY_ERROR(as(ws, "viewer").includeImpact(c->number, QStringLiteral("checkout")),
                 "permission_denied");
    // A closed change's impact is history.
    auto done = ws.changeIn(ChangeStatus::Completed, ws.engineer(),
                            draftOn(ws, {QStringLiteral("k8s-node-07")}, QStringLiteral("Old")));
    VERIFY_OK(done);
    VERIFY_ERROR(as(ws, "engineer").excludeImpact(done->number, QStringLiteral("checkout"), why),
                 "invalid_transition");
}

void TestImpact::criticalAssetRiskCondition()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    buildShop(ws);
    auto c = ws.createChange(draftOn(ws, {QStringLiteral("k8s-node-07")}, QStringLiteral("Drain")));
    VERIFY_OK(c);
    auto conditionOf = [&]() -> std::optional<RiskCondition> {
        auto p = as(ws, "viewer").riskProfile(c->number);
        if (!p)
            return std::nullopt;
        for (const RiskCondition &k : p->conditions)
            if (k.code == QLatin1String("critical_asset_impacted"))
                return k;
        return std::nullopt;
    };
    auto k = conditionOf();
    QVERIFY(k);
    // Tests load no catalogue: the English plural form comes from vigilo_en.ts in the programs.
    QVERIFY2(k->message.startsWith(QStringLiteral("The change affects 1 critical asset"))
                 && k->message.endsWith(QStringLiteral(": checkout.")),
             qPrintable(k->message));
    QCOMPARE(k->details.value(QStringLiteral("assets"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("explanation")),
             QJsonValue(QStringLiteral("checkout includes checkout-web, which depends on "
                                       "payments-api, which runs on k8s-node-07.")));
    // Excluded with a reason: the condition goes (the exclusion is in the history instead).
    VERIFY_OK(as(ws, "engineer")
                  .excludeImpact(c->number, QStringLiteral("checkout-web"),
                                 QStringLiteral("Served from the other region today")));
    QVERIFY(!conditionOf());
    // A critical asset the change works on itself counts too.
    AssetUpdate up;
    up.criticality = Criticality::Critical;
    VERIFY_OK(as(ws, "admin").editAsset(QStringLiteral("k8s-node-07"), up));
    k = conditionOf();
    QVERIFY(k);
    QVERIFY2(k->message.startsWith(QStringLiteral("The change affects 1 critical asset"))
                 && k->message.endsWith(QStringLiteral(": k8s-node-07.")),
             qPrintable(k->message));
}

void TestImpact::indirectConflictsBothWays()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    buildShop(ws);
    auto node = ws.changeIn(ChangeStatus::Scheduled, ws.engineer(),
                            draftOn(ws, {QStringLiteral("k8s-node-07")}, QStringLiteral("Reboot")));
    VERIFY_OK(node);
    auto web = ws.createChange(ws.engineer2(), draftOn(ws, {QStringLiteral("checkout-web")},
                                                       QStringLiteral("Deploy checkout-web")));
    VERIFY_OK(web);
    VERIFY_OK(ws.core().changes().apply(ws.engineer2(), web->number, Action::Submit));

    // The node's change affects checkout-web, which the other change works on.
    auto mine = as(ws, "viewer").conflicts(node->number);
    VERIFY_OK(mine);
    QList<Conflict> ind = indirectOf(*mine);
    QCOMPARE(ind.size(), 1);
    QCOMPARE(ind.first().number, web->number);
    QCOMPARE(ind.first().via, QStringLiteral("affected"));
    QCOMPARE(ind.first().sharedAssets, QStringList{QStringLiteral("checkout-web")});
    QCOMPARE(ind.first().explanation, QStringLiteral("checkout-web depends on payments-api, "
                                                     "which runs on k8s-node-07."));
    QVERIFY2(ind.first().reason.contains(QStringLiteral("which this change affects")),
             qPrintable(ind.first().reason));
    QCOMPARE(ind.first().toJson().value(QStringLiteral("indirect")), QJsonValue(true));

    // The other way round: checkout-web relies on the node.
    auto theirs = as(ws, "viewer").conflicts(web->number);
    VERIFY_OK(theirs);
    ind = indirectOf(*theirs);
    QCOMPARE(ind.size(), 1);
    QCOMPARE(ind.first().number, node->number);
    QCOMPARE(ind.first().via, QStringLiteral("relied_on"));
    QCOMPARE(ind.first().explanation, QStringLiteral("checkout-web depends on payments-api, "
                                                     "which runs on k8s-node-07."));
    QCOMPARE(ind.first().path.first().from, QStringLiteral("checkout-web"));

    // Excluding checkout-web from the node change's impact removes it from the node's side.
    VERIFY_OK(as(ws, "engineer")
                  .excludeImpact(node->number, QStringLiteral("checkout-web"),
                                 QStringLiteral("Canary only")));
    mine = as(ws, "viewer").conflicts(node->number);
    VERIFY_OK(mine);
    QVERIFY(indirectOf(*mine).isEmpty());

    // A change sharing an asset is a direct conflict, never also an indirect one.
    auto shared = ws.createChange(
        ws.engineer2(), draftOn(ws, {QStringLiteral("k8s-node-07"), QStringLiteral("checkout-web")},
                                QStringLiteral("Both")));
    VERIFY_OK(shared);
    auto both = as(ws, "viewer").conflicts(shared->number);
    VERIFY_OK(both);
    int direct = 0;
    for (const Conflict &k : both->conflicts)
        if (k.kind == QLatin1String("change"))
            direct += k.indirect ? 0 : 1;
    QCOMPARE(direct, 2); // the node change and the web change, each sharing an asset
    QVERIFY(indirectOf(*both).isEmpty());

    // Another window: nothing.
    ChangeDraft later = draftOn(ws, {QStringLiteral("checkout")}, QStringLiteral("Later"));
    later.plannedStart = later.plannedStart->addDays(7);
    later.plannedEnd = later.plannedEnd->addDays(7);
    auto l = ws.createChange(later);
    VERIFY_OK(l);
    auto none = as(ws, "viewer").conflicts(l->number);
    VERIFY_OK(none);
    QVERIFY(indirectOf(*none).isEmpty());
}

void TestImpact::calendarAgreesAndHasServiceRows()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    buildShop(ws);
    auto node = ws.changeIn(ChangeStatus::Scheduled, ws.engineer(),
                            draftOn(ws, {QStringLiteral("k8s-node-07")}, QStringLiteral("Reboot")));
    VERIFY_OK(node);
    auto web = ws.createChange(ws.engineer2(), draftOn(ws, {QStringLiteral("checkout-web")},
                                                       QStringLiteral("Deploy checkout-web")));
    VERIFY_OK(web);
    VERIFY_OK(ws.core().changes().apply(ws.engineer2(), web->number, Action::Submit));
    VERIFY_OK(as(ws, "engineer2")
                  .excludeImpact(web->number, QStringLiteral("checkout"),
                                 QStringLiteral("Feature flag off")));

    const QDateTime from = fixedNow();
    auto range = awaited(as(ws, "viewer").calendarAsync(from, from.addDays(7), /*services=*/true));
    VERIFY_OK(range);
    QCOMPARE(range->changes.size(), 2);
    for (const CalendarChange &k : range->changes) {
        auto summary = as(ws, "viewer").conflicts(k.number);
        VERIFY_OK(summary);
        QCOMPARE(ConflictSummary{k.conflicts}.toJson(), summary->toJson());
        QCOMPARE(indirectOf(ConflictSummary{k.conflicts}).size(), 1);
    }
    // checkout is a service (checkout-web is part of it): the node change is under it, the web
    // change excluded it.
    QCOMPARE(range->services.size(), 1);
    const ServiceRow &row = range->services.first();
    QCOMPARE(row.service, QStringLiteral("checkout"));
    QCOMPARE(row.changes.size(), 1);
    QCOMPARE(row.changes.first().number, node->number);
    QCOMPARE(row.changes.first().asset, QStringLiteral("k8s-node-07"));
    QCOMPARE(row.changes.first().explanation,
             QStringLiteral("checkout includes checkout-web, which depends on payments-api, "
                            "which runs on k8s-node-07."));
    // Without the option the rows are not computed.
    range = awaited(as(ws, "viewer").calendarAsync(from, from.addDays(7)));
    VERIFY_OK(range);
    QVERIFY(range->services.isEmpty());
}

void TestImpact::relationshipsStayInTheirWorkspace()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    // A second workspace in the same database with an asset of its own.
    VERIFY_OK(
        ws.core().workspaces().createWorkspace(QStringLiteral("other"), QStringLiteral("Other"),
                                               QStringLiteral("en_US"), QStringLiteral("mallory")));
    auto mallory =
        ws.core().workspaces().signIn(QStringLiteral("other"), QStringLiteral("mallory"));
    VERIFY_OK(mallory);
    VERIFY_OK(ws.core().workspaces().addAsset(*mallory, QStringLiteral("their-db"),
                                              QStringLiteral("database")));
    // Names resolve inside the caller's workspace only.
    VERIFY_ERROR(as(ws, "admin")
                     .relateAssets(QStringLiteral("payments-api"), RelationKind::DependsOn,
                                   QStringLiteral("their-db")),
                 "not_found");

    const qint64 acme = ws.workspace().id;
    const qint64 other = mallory->workspace.id;
    const qint64 mine =
        rawScalar(ws.dbPath(), QStringLiteral("SELECT id FROM assets WHERE name = 'payments-api'"))
            .toLongLong();
    const qint64 theirs =
        rawScalar(ws.dbPath(), QStringLiteral("SELECT id FROM assets WHERE name = 'their-db'"))
            .toLongLong();
    const qint64 adminId =
        rawScalar(ws.dbPath(), QStringLiteral("SELECT id FROM members WHERE username = 'admin'"))
            .toLongLong();
    QVERIFY(mine > 0 && theirs > 0 && adminId > 0);
    const QString insert = QStringLiteral(
        "INSERT INTO asset_relations (workspace_id, from_asset_id, kind, to_asset_id, "
        "created_by_id, created_at) VALUES (%1, %2, 'depends_on', %3, %4, "
        "'2026-03-02T09:00:00.000Z')");
    // Pointing from ours into theirs, labelled as either workspace: the database refuses.
    QVERIFY(!rawExec(ws.dbPath(), {insert.arg(acme).arg(mine).arg(theirs).arg(adminId)}).isEmpty());
    QVERIFY(
        !rawExec(ws.dbPath(), {insert.arg(other).arg(mine).arg(theirs).arg(adminId)}).isEmpty());
    // Our assets filed under their workspace, or our relationship credited to a stranger.
    const qint64 db =
        rawScalar(ws.dbPath(), QStringLiteral("SELECT id FROM assets WHERE name = 'db-primary'"))
            .toLongLong();
    QVERIFY(!rawExec(ws.dbPath(), {insert.arg(other).arg(mine).arg(db).arg(adminId)}).isEmpty());
    const qint64 malloryId =
        rawScalar(ws.dbPath(), QStringLiteral("SELECT id FROM members WHERE username = 'mallory'"))
            .toLongLong();
    QVERIFY(!rawExec(ws.dbPath(), {insert.arg(acme).arg(mine).arg(db).arg(malloryId)}).isEmpty());
    // Moving an existing relationship's end into the other workspace is refused as well.
    VERIFY_OK(relate(ws, QStringLiteral("payments-api"), RelationKind::DependsOn,
                     QStringLiteral("db-primary")));
    QVERIFY(!rawExec(ws.dbPath(),
                     {QStringLiteral("UPDATE asset_relations SET to_asset_id = %1").arg(theirs)})
                 .isEmpty());
    // Nor can an asset with relationships be moved into the other workspace under them.
    QVERIFY(
        !rawExec(ws.dbPath(), {QStringLiteral("UPDATE assets SET workspace_id = %1 WHERE id = %2")
                                   .arg(other)
                                   .arg(mine)})
             .isEmpty());
    // An impact exclusion of their asset on our change.
    auto c = ws.createChange(draftOn(ws, {QStringLiteral("db-primary")}, QStringLiteral("Patch")));
    VERIFY_OK(c);
    QVERIFY(!rawExec(ws.dbPath(),
                     {QStringLiteral("INSERT INTO impact_exclusions (workspace_id, change_id, "
                                     "asset_id, reason, excluded_by_id, excluded_at) VALUES (%1, "
                                     "%2, %3, 'x', %4, '2026-03-02T09:00:00.000Z')")
                          .arg(acme)
                          .arg(c->id)
                          .arg(theirs)
                          .arg(adminId)})
                 .isEmpty());
    QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("asset_relations")), 1);
    QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("impact_exclusions")), 0);
    // The legitimate row of the same shape goes in, so the refusals above are about workspaces.
    QVERIFY2(rawExec(ws.dbPath(), {insert.arg(acme).arg(db).arg(mine).arg(adminId)}).isEmpty(),
             "a relationship inside one workspace must be accepted");
}

// The graph is kept in memory per connection, keyed on workspaces.graph_version: a write by
// another connection (another workstation on the same file, or the server) and one by another
// program (raw SQL) are seen by the next analysis.
void TestImpact::graphInMemoryFollowsOtherWriters()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    buildShop(ws);
    auto c = ws.createChange(
        draftOn(ws, {QStringLiteral("k8s-node-07")}, QStringLiteral("Reboot k8s-node-07")));
    VERIFY_OK(c);
    auto r = as(ws, "viewer").impact(c->number);
    VERIFY_OK(r);
    QCOMPARE(affectedNames(*r),
             (QStringList{QStringLiteral("payments-api"), QStringLiteral("checkout-web"),
                          QStringLiteral("checkout")}));

    // A second connection relates a new service.
    auto second = Store::open(ws.dbPath(), Store::OpenMode::ExistingOnly);
    VERIFY_OK(second);
    Vigilo other(**second, ws.clock());
    auto admin = other.workspaces().signIn(ws.workspace().slug, QStringLiteral("admin"));
    VERIFY_OK(admin);
    const auto version = [&] {
        return rawScalar(ws.dbPath(),
                         QStringLiteral("SELECT graph_version FROM workspaces WHERE id = %1")
                             .arg(ws.workspace().id))
            .toLongLong();
    };
    const qint64 before = version();
    AssetInput fraud;
    fraud.name = QStringLiteral("fraud-check");
    fraud.kind = QStringLiteral("service");
    VERIFY_OK(other.inventory().add(*admin, fraud));
    VERIFY_OK(other.inventory().relate(*admin, QStringLiteral("fraud-check"),
                                       RelationKind::DependsOn, QStringLiteral("payments-api")));
    QVERIFY(version() > before);
    r = as(ws, "viewer").impact(c->number);
    VERIFY_OK(r);
    const ImpactItem *item = itemOf(*r, QStringLiteral("fraud-check"));
    QVERIFY(item);
    QCOMPARE(item->explanation, QStringLiteral("fraud-check depends on payments-api, which runs "
                                               "on k8s-node-07."));
    QVERIFY(!r->criticalAffected.contains(QStringLiteral("fraud-check")));

    // Another program changes an asset's details, then removes the relationship.
    const qint64 moved = version();
    QCOMPARE(rawExec(ws.dbPath(), {QStringLiteral("UPDATE assets SET criticality = 'critical' "
                                                  "WHERE name = 'fraud-check'")}),
             QString());
    QVERIFY(version() > moved);
    r = as(ws, "viewer").impact(c->number);
    VERIFY_OK(r);
    QVERIFY(r->criticalAffected.contains(QStringLiteral("fraud-check")));
    QCOMPARE(rawExec(ws.dbPath(),
                     {QStringLiteral("DELETE FROM asset_relations WHERE from_asset_id = (SELECT "
                                     "id FROM assets WHERE name = 'fraud-check')")}),
             QString());
    r = as(ws, "viewer").impact(c->number);
    VERIFY_OK(r);
    QVERIFY(!itemOf(*r, QStringLiteral("fraud-check")));
    QVERIFY(!r->criticalAffected.contains(QStringLiteral("fraud-check")));

    // The indirect conflicts read the same graph: a change on fraud-check in the same window is
    // indirect only while fraud-check depends on payments-api.
    auto theirs = ws.createChange(ws.engineer2(), draftOn(ws, {QStringLiteral("fraud-check")},
                                                          QStringLiteral("Tune fraud-check")));
    VERIFY_OK(theirs);
    VERIFY_OK(ws.core().changes().apply(ws.engineer2(), theirs->number, Action::Submit));
    auto k = as(ws, "viewer").conflicts(c->number);
    VERIFY_OK(k);
    QVERIFY(indirectOf(*k).isEmpty());
    VERIFY_OK(other.inventory().relate(*admin, QStringLiteral("fraud-check"),
                                       RelationKind::DependsOn, QStringLiteral("payments-api")));
    k = as(ws, "viewer").conflicts(c->number);
    VERIFY_OK(k);
    QCOMPARE(indirectOf(*k).size(), 1);
    QCOMPARE(indirectOf(*k).first().number, theirs->number);
}

// A write transaction's own uncommitted relationship is walked inside it, and forgotten when it
// rolls back (the graph kept in memory is never one that was not committed). About the core's
// own connection (its transaction), so on the core on every backend.
void TestImpact::graphInMemoryIgnoresRolledBackWrites()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    buildShop(ws);
    auto c = ws.createChange(
        draftOn(ws, {QStringLiteral("k8s-node-07")}, QStringLiteral("Reboot k8s-node-07")));
    VERIFY_OK(c);
    VERIFY_OK(ws.core().impact().analyse(ws.viewer(), c->number));
    {
        Store::Transaction tx(ws.store());
        VERIFY_OK(tx.begin());
        VERIFY_OK(addAsset(ws, QStringLiteral("fraud-check"), QStringLiteral("service")));
        VERIFY_OK(relate(ws, QStringLiteral("fraud-check"), RelationKind::DependsOn,
                         QStringLiteral("payments-api")));
        auto inside = ws.core().impact().analyse(ws.viewer(), c->number);
        VERIFY_OK(inside);
        QVERIFY(itemOf(*inside, QStringLiteral("fraud-check")));
    } // rolled back
    auto r = ws.core().impact().analyse(ws.viewer(), c->number);
    VERIFY_OK(r);
    QVERIFY(!itemOf(*r, QStringLiteral("fraud-check")));
    QCOMPARE(r->affected.size(), 3);
}

void TestImpact::upgradesVersion6Database()
{
    std::unique_ptr<ScratchDatabase> pg;
    QTemporaryDir dir;
    QString location = dir.filePath(QStringLiteral("v6.sqlite"));
    if (onPostgres()) {
        pg = std::make_unique<ScratchDatabase>();
        QVERIFY2(pg->ok(), qPrintable(pg->errorText()));
        location = pg->url();
    }
    {
        auto old = Store::openAtVersion(location, 6);
        VERIFY_OK(old);
        QCOMPARE((*old)->schemaVersion(), 6);
        QVERIFY((*old)
                    ->exec(QStringLiteral("INSERT INTO workspaces (slug, name, created_at) "
                                          "VALUES ('old', 'Old', '2026-01-01T00:00:00.000Z')"))
                    .ok());
        QVERIFY((*old)
                    ->exec(QStringLiteral("INSERT INTO assets (workspace_id, name, kind, "
                                          "created_at) SELECT id, 'legacy-host', 'host', "
                                          "'2026-01-01T00:00:00.000Z' FROM workspaces"))
                    .ok());
    }
    auto store = Store::open(location, Store::OpenMode::ExistingOnly);
    VERIFY_OK(store);
    QCOMPARE((*store)->schemaVersion(), Store::kSchemaVersion);
    QCOMPARE(rawScalar(location, QStringLiteral("SELECT criticality FROM assets")).toString(),
             QStringLiteral("medium"));
    QCOMPARE(rawScalar(location, QStringLiteral("SELECT owner FROM assets")).toString(),
             QString(QStringLiteral("")));
}

QTEST_GUILESS_MAIN(TestImpact)
#include "tst_impact.moc"
