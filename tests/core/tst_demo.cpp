// The demo builder at speed: service calls join the demo's one transaction without savepoints,
// which must give exactly the rows and the audit chain the services give call by call; a part of
// such a transaction that fails dooms the whole of it.
#include "DemoBuilder.h"
#include "Meetings.h"
#include "RawSql.h"
#include "TestWorkspace.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace vigilo;
using namespace vigilo::test;

namespace {

// Everything in the database but the migration log (which records when each schema step ran).
QString fingerprint(const QString &location)
{
    QString all = rawFingerprint(location);
    static const QRegularExpression schemaLog(
        QStringLiteral("## vigilo_schema\\n(?:[^#][^\\n]*\\n)*"));
    all.remove(schemaLog);
    return all;
}

} // namespace

class TestDemo : public QObject {
    Q_OBJECT
private slots:
    void bulkBuildEqualsCallByCall();
    void failedPartDoomsJoinedTransaction();
    void cabsMeetingsAndDelegations();
    void largeInventory();
};

void TestDemo::bulkBuildEqualsCallByCall()
{
    DemoOptions o;
    o.changes = 80;
    o.seed = 11;
    o.anchor = fixedNow().date();
    o.extraOwner = QStringLiteral("owner");
    TestWorkspace bulk;
    QVERIFY2(bulk.ok(), qPrintable(bulk.errorText()));
    TestWorkspace callByCall;
    QVERIFY2(callByCall.ok(), qPrintable(callByCall.errorText()));
    o.bulk = true;
    auto a = DemoBuilder::build(bulk.store(), o);
    VERIFY_OK(a);
    o.bulk = false;
    auto b = DemoBuilder::build(callByCall.store(), o);
    VERIFY_OK(b);
    QCOMPARE(a->auditEvents, b->auditEvents);
    QVERIFY(a->auditEvents > 80 * 5);
    // The builder leaves the store as it found it.
    QVERIFY(bulk.store().savepoints());

    const QString head =
        QStringLiteral("SELECT audit_seq || ':' || audit_head FROM workspaces WHERE slug = 'demo'");
    QCOMPARE(rawScalar(bulk.dbPath(), head).toString(),
             rawScalar(callByCall.dbPath(), head).toString());
    QCOMPARE(rawCount(bulk.dbPath(), QStringLiteral("change_words")),
             rawCount(callByCall.dbPath(), QStringLiteral("change_words")));
    QVERIFY(rawCount(bulk.dbPath(), QStringLiteral("change_words")) > 80);
    const QString a1 = fingerprint(bulk.dbPath()), b1 = fingerprint(callByCall.dbPath());
    QVERIFY(a1.contains(QLatin1String("## audit_events")));
    QVERIFY2(a1 == b1, "the bulk demo differs from the one built call by call");

    // The chain verifies.
    auto owner = bulk.core().workspaces().signIn(QStringLiteral("demo"), QStringLiteral("owner"));
    VERIFY_OK(owner);
    auto verified = bulk.core().audit().verify(*owner);
    VERIFY_OK(verified);
    QVERIFY(verified->ok);
    QCOMPARE(verified->eventsChecked, a->auditEvents);
}

// The demo has CABs, past meetings with minutes (decisions of every kind, a late addition), the
// next meeting planned, and delegations (issue 15), all through the services.
void TestDemo::cabsMeetingsAndDelegations()
{
    DemoOptions o;
    o.changes = 40;
    o.seed = 7;
    o.anchor = fixedNow().date();
    o.extraOwner = QStringLiteral("owner");
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto built = DemoBuilder::build(ws.store(), o);
    VERIFY_OK(built);
    auto owner = ws.core().workspaces().signIn(QStringLiteral("demo"), QStringLiteral("owner"));
    VERIFY_OK(owner);
    auto cabs = ws.core().cabs().list(*owner);
    VERIFY_OK(cabs);
    QCOMPARE(cabs->size(), 2);
    auto meetings = ws.core().meetings().list(*owner);
    VERIFY_OK(meetings);
    QCOMPARE(meetings->size(), 3);
    QSet<QString> decisions;
    int closed = 0, planned = 0, late = 0;
    const QDateTime anchorEnd(o.anchor.addDays(1), QTime(0, 0), Qt::UTC);
    for (const MeetingSummary &s : *meetings) {
        auto m = ws.core().meetings().get(*owner, s.number);
        VERIFY_OK(m);
        if (m->status == QLatin1String("planned")) {
            ++planned;
            QVERIFY(!m->agenda.isEmpty()); // the change that needs information
            continue;
        }
        QCOMPARE(m->status, QStringLiteral("closed"));
        ++closed;
        QVERIFY(m->closedAt < anchorEnd);
        QVERIFY(!m->minutes.isEmpty());
        QVERIFY(!m->minutes.value(QStringLiteral("attendees")).toArray().isEmpty());
        for (const QJsonValue &v : m->minutes.value(QStringLiteral("items")).toArray())
            decisions << v.toObject().value(QStringLiteral("decision")).toString();
        late += int(m->minutes.value(QStringLiteral("late_additions")).toArray().size());
    }
    QCOMPARE(closed, 2);
    QCOMPARE(planned, 1);
    QVERIFY(late >= 1);
    for (const char *d :
         {"approve", "approve_with_conditions", "reject", "defer", "needs_information"})
        QVERIFY2(decisions.contains(QLatin1String(d)), d);
    auto delegations = ws.core().delegations().list(*owner, true);
    VERIFY_OK(delegations);
    QCOMPARE(delegations->size(), 2);
    QCOMPARE(built->changes,
             rawScalar(ws.dbPath(), QStringLiteral("SELECT COUNT(*) FROM changes c JOIN workspaces "
                                                   "w ON w.id = c.workspace_id WHERE w.slug = "
                                                   "'demo'"))
                 .toInt());
    auto verified = ws.core().audit().verify(*owner);
    VERIFY_OK(verified);
    QVERIFY(verified->ok);
}

void TestDemo::failedPartDoomsJoinedTransaction()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const qint64 assets = rawCount(ws.dbPath(), QStringLiteral("assets"));
    const QString before = rawFingerprint(ws.dbPath());
    const QString insert = QStringLiteral(
        "INSERT INTO assets (workspace_id, name, kind, created_at) VALUES (%1, '%2', 'host', "
        "'2026-01-01T00:00:00.000Z')");
    ws.store().setSavepoints(false);
    {
        Store::Transaction outer(ws.store());
        VERIFY_OK(outer.begin());
        {
            Store::Transaction part(ws.store());
            VERIFY_OK(part.begin());
            VERIFY_OK(ws.store().exec(insert.arg(ws.workspace().id).arg(QStringLiteral("kept"))));
            VERIFY_OK(part.commit());
        }
        {
            Store::Transaction part(ws.store());
            VERIFY_OK(part.begin());
            VERIFY_OK(ws.store().exec(insert.arg(ws.workspace().id).arg(QStringLiteral("failed"))));
        } // not committed: it cannot be undone alone
        const Status committed = outer.commit();
        QVERIFY(!committed.ok());
        QCOMPARE(committed.error().code, QStringLiteral("storage_error"));
    }
    QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("assets")), assets);
    QCOMPARE(rawFingerprint(ws.dbPath()), before);

    // A new transaction starts clean; joined parts that succeed commit with it.
    {
        Store::Transaction outer(ws.store());
        VERIFY_OK(outer.begin());
        {
            Store::Transaction part(ws.store());
            VERIFY_OK(part.begin());
            VERIFY_OK(ws.store().exec(insert.arg(ws.workspace().id).arg(QStringLiteral("ok"))));
            VERIFY_OK(part.commit());
        }
        QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("assets")), assets);
        VERIFY_OK(outer.commit());
    }
    ws.store().setSavepoints(true);
    QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("assets")), assets + 1);
}

// `demo --assets N` (issue 16): N more assets with about five relationships each, services made
// of components on hosts and databases, hooked into the hand-made graph, every one audited, the
// same for the same seed; a change on a hand-made host then affects generated assets.
void TestDemo::largeInventory()
{
    DemoOptions o;
    o.changes = 12;
    o.assets = 160;
    o.seed = 5;
    o.anchor = fixedNow().date();
    o.extraOwner = QStringLiteral("owner");
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto built = DemoBuilder::build(ws.store(), o);
    VERIFY_OK(built);
    QCOMPARE(built->assets, 27 + 160);
    QVERIFY2(built->relations >= 36 + 7 * 160 / 2 && built->relations <= 36 + 6 * 160,
             qPrintable(QString::number(built->relations)));
    auto owner = ws.core().workspaces().signIn(QStringLiteral("demo"), QStringLiteral("owner"));
    VERIFY_OK(owner);
    auto assets = ws.core().inventory().list(*owner);
    VERIFY_OK(assets);
    QCOMPARE(int(assets->size()), built->assets);
    QSet<QString> kinds;
    for (const Asset &a : *assets)
        kinds.insert(a.kind);
    for (const char *kind : {"business-service", "service", "host", "database", "network"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    auto relations = ws.core().inventory().relations(*owner);
    VERIFY_OK(relations);
    QCOMPARE(int(relations->size()), built->relations);
    int partOf = 0;
    for (const AssetRelation &r : *relations)
        partOf += r.kind == RelationKind::PartOf ? 1 : 0;
    QVERIFY(partOf >= 80); // every component is part of a service
    QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("audit_events"),
                      QStringLiteral("action = 'asset.relate'")),
             qint64(built->relations));
    // The generated estate leans on the hand-made one: something depends on payments-api.
    auto payments = ws.core().inventory().show(*owner, QStringLiteral("payments-api"));
    VERIFY_OK(payments);
    bool generatedDependent = false;
    for (const AssetRelation &r : payments->incoming)
        generatedDependent = generatedDependent || r.from.endsWith(QLatin1String("0010"));
    QVERIFY(generatedDependent);

    // The same seed, the same inventory.
    TestWorkspace again;
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    VERIFY_OK(DemoBuilder::build(again.store(), o));
    auto owner2 = again.core().workspaces().signIn(QStringLiteral("demo"), QStringLiteral("owner"));
    VERIFY_OK(owner2);
    auto relations2 = again.core().inventory().relations(*owner2);
    VERIFY_OK(relations2);
    QCOMPARE(relations2->size(), relations->size());
    for (int i = 0; i < relations->size(); ++i)
        QCOMPARE(relations2->at(i).sentence(), relations->at(i).sentence());
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
