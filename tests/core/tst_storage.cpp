// Storage: opening, versioned migrations, refusing newer files, foreign keys, transactions and
// the append-only audit table.
#include "RawSql.h"
#include "TestWorkspace.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace vigilo;
using namespace vigilo::test;

namespace {

// A location no Store has opened yet: a file name in a temporary folder, or a fresh empty
// database on the PostgreSQL test server.
struct FreshLocation {
    explicit FreshLocation(const QString &fileName)
    {
        if (onPostgres()) {
            pg = std::make_unique<ScratchDatabase>();
            location = pg->ok() ? pg->url() : QString();
        } else {
            location = dir.filePath(fileName);
        }
    }
    bool ok() const { return !location.isEmpty(); }
    QString why() const { return pg ? pg->errorText() : QStringLiteral("no temporary folder"); }
    QTemporaryDir dir;
    std::unique_ptr<ScratchDatabase> pg;
    QString location;
};

bool tableExists(const QString &location, const QString &table)
{
    if (Store::isPostgresLocation(location))
        return rawScalar(location,
                         QStringLiteral("SELECT to_regclass('public.%1') IS NOT NULL").arg(table))
            .toBool();
    return rawScalar(
               location,
               QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = '%1'").arg(table))
               .toInt()
           == 1;
}

} // namespace

class TestStorage : public QObject {
    Q_OBJECT
private slots:
    void newFileIsCreatedAtCurrentVersion();
    void reopenKeepsData();
    void migratesVersion1FileWithDataIntact();
    void refusesNewerSchema();
    void refusesUnusableLocations_data();
    void refusesUnusableLocations();
    void foreignKeysAreEnforced();
    void transactionRollsBackUnlessCommitted();
    void nestedTransactionsCollapse();
    void auditTableIsAppendOnly();
    void leavesAnotherProgramsSqliteFileAlone();
};

void TestStorage::newFileIsCreatedAtCurrentVersion()
{
    FreshLocation fresh(QStringLiteral("new.sqlite"));
    QVERIFY2(fresh.ok(), qPrintable(fresh.why()));
    const QString path = fresh.location;
    if (!onPostgres())
        QVERIFY(!QFile::exists(path));
    auto store = Store::open(path, Store::OpenMode::CreateIfMissing);
    VERIFY_OK(store);
    if (!onPostgres())
        QVERIFY(QFile::exists(path));
    QCOMPARE((*store)->schemaVersion(), Store::kSchemaVersion);
    QCOMPARE((*store)->isSqlite(), !onPostgres());
    QCOMPARE((*store)->backendName(), backendLabel());
    if (onPostgres())
        QCOMPARE((*store)->sessionUser(), QStringLiteral("postgres"));
    else
        QVERIFY((*store)->sessionUser().isEmpty());
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT MAX(version) FROM vigilo_schema")).toInt(),
             Store::kSchemaVersion);
    // Opening again does not re-run migrations.
    store.value().reset();
    auto again = Store::open(path, Store::OpenMode::ExistingOnly);
    VERIFY_OK(again);
    QCOMPARE(rawCount(path, QStringLiteral("vigilo_schema")), qint64(Store::kSchemaVersion));
}

void TestStorage::reopenKeepsData()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.createChange(ws.validDraft(QStringLiteral("Persisted change")));
    VERIFY_OK(c);
    const QString path = ws.dbPath();

    auto second = Store::open(path, Store::OpenMode::ExistingOnly);
    VERIFY_OK(second);
    ManualClock clock(fixedNow());
    Vigilo core(**second, clock);
    auto actor = core.workspaces().signIn(QStringLiteral("acme"), QStringLiteral("viewer"));
    VERIFY_OK(actor);
    auto read = core.changes().get(*actor, c->number);
    VERIFY_OK(read);
    QCOMPARE(read->title, QStringLiteral("Persisted change"));
    QCOMPARE(read->affectedAssets, QStringList{QStringLiteral("payments-api")});
}

void TestStorage::migratesVersion1FileWithDataIntact()
{
    FreshLocation fresh(QStringLiteral("old.sqlite"));
    QVERIFY2(fresh.ok(), qPrintable(fresh.why()));
    const QString path = fresh.location;
    {
        auto old = Store::openAtVersion(path, 1);
        VERIFY_OK(old);
        QCOMPARE((*old)->schemaVersion(), 1);
    }
    // Version 1 has no attachments table.
    QVERIFY(!tableExists(path, QStringLiteral("attachments")));
    // Rows as a version-1 build wrote them (raw SQL: today's core needs today's schema).
    const QString ts = QStringLiteral("'2026-01-05T08:00:00.000Z'");
    const QString err = rawExec(
        path,
        {
            QStringLiteral(
                "INSERT INTO workspaces (id, slug, name, locale, next_change_number, created_at) "
                "VALUES (1, 'legacy', 'Legacy Ops', 'de_DE', 2, %1)")
                .arg(ts),
            QStringLiteral(
                "INSERT INTO members (id, workspace_id, username, display_name, role, created_at) "
                "VALUES (1, 1, 'olga', 'Olga', 'owner', %1)")
                .arg(ts),
            QStringLiteral(
                "INSERT INTO members (id, workspace_id, username, display_name, role, created_at) "
                "VALUES (2, 1, 'erik', 'Erik', 'engineer', %1)")
                .arg(ts),
            QStringLiteral("INSERT INTO assets (id, workspace_id, name, kind, created_at) "
                           "VALUES (1, 1, 'erp', 'service', %1)")
                .arg(ts),
            QStringLiteral(
                "INSERT INTO changes (id, workspace_id, number, title, description, change_type, "
                "priority, risk_level, planned_start, planned_end, min_lead_time_hours, "
                "implementation_plan, rollback_plan, requester_id, status, created_at, updated_at) "
                "VALUES (1, 1, 1, 'Upgrade ERP kernel – Prüfung', 'Ölwechsel', 'normal', 'high', "
                "'medium', '2026-04-01T22:00:00.000Z', '2026-04-02T01:00:00.000Z', 24, "
                "'1. Stop ERP\n2. Upgrade', 'Restore snapshot', 2, 'draft', %1, %1)")
                .arg(ts),
            QStringLiteral("INSERT INTO change_assets (change_id, asset_id) VALUES (1, 1)"),
        });
    QVERIFY2(err.isEmpty(), qPrintable(err));
    if (onPostgres()) {
        // Rows written with explicit ids: move the identity sequences past them, as a
        // version-1 build that assigned them would have.
        QStringList bump;
        for (const char *t : {"workspaces", "members", "assets", "changes"})
            bump << QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT "
                                   "MAX(id) FROM %1))")
                        .arg(QLatin1String(t));
        const QString bumped = rawExec(path, bump);
        QVERIFY2(bumped.isEmpty(), qPrintable(bumped));
    }
    const QString before = rawFingerprint(path);

    auto upgraded = Store::open(path, Store::OpenMode::ExistingOnly);
    VERIFY_OK(upgraded);
    QCOMPARE((*upgraded)->schemaVersion(), Store::kSchemaVersion);
    QCOMPARE(rawCount(path, QStringLiteral("vigilo_schema")), qint64(Store::kSchemaVersion));
    QVERIFY(tableExists(path, QStringLiteral("attachments")));
    // Every pre-existing table kept its rows.
    const QString after = rawFingerprint(path);
    // workspaces gains a column in schema 5 (the longest planned window, backfilled from the
    // old rows): its other values are checked through the core below.
    QCOMPARE(rawScalar(
                 path,
                 QStringLiteral("SELECT longest_window_secs FROM workspaces WHERE slug = 'legacy'"))
                 .toLongLong(),
             qint64(3 * 3600));
    for (const QString &table :
         {QStringLiteral("members"), QStringLiteral("assets"), QStringLiteral("change_assets")}) {
        const auto section = [&](const QString &text) {
            const int from = text.indexOf(QStringLiteral("## ") + table + QLatin1Char('\n'));
            const int to = text.indexOf(QStringLiteral("## "), from + 3);
            return text.mid(from, to < 0 ? -1 : to - from);
        };
        QVERIFY2(section(before).size() > table.size() + 4, qPrintable(table));
        QString expected = section(before);
        if (table == QLatin1String("assets")) // schema 11: owner, criticality, time zone (defaults)
            expected.replace(onPostgres() ? QStringLiteral(".000Z)\n") : QStringLiteral(".000Z\n"),
                             onPostgres() ? QStringLiteral(".000Z,\"\",medium,\"\")\n")
                                          : QStringLiteral(".000Z||medium|\n"));
        QCOMPARE(section(after), expected);
    }

    // The core reads the old change as it was written.
    ManualClock clock(fixedNow());
    Vigilo core(**upgraded, clock);
    auto eng = core.workspaces().signIn(QStringLiteral("legacy"), QStringLiteral("erik"));
    VERIFY_OK(eng);
    QCOMPARE(eng->workspace.locale, QStringLiteral("de_DE"));
    auto c = core.changes().get(*eng, 1);
    VERIFY_OK(c);
    QCOMPARE(c->title, QStringLiteral("Upgrade ERP kernel – Prüfung"));
    QCOMPARE(c->description, QStringLiteral("Ölwechsel"));
    QCOMPARE_ENUM(c->priority, Priority::High);
    QCOMPARE(c->plannedStart, QDateTime(QDate(2026, 4, 1), QTime(22, 0), Qt::UTC));
    QCOMPARE(c->affectedAssets, QStringList{QStringLiteral("erp")});
    QCOMPARE(c->requester, QStringLiteral("erik"));
    // New writes continue where the old file left off, and use the new version's features.
    ChangeDraft d;
    d.title = QStringLiteral("Upgrade ERP kernel again");
    d.affectedAssets = QStringList{QStringLiteral("erp")};
    auto next = core.changes().create(*eng, d);
    VERIFY_OK(next);
    QCOMPARE(next->number, 2);
    VERIFY_OK(
        core.discussion().attach(*eng, 1, QStringLiteral("plan.txt"), QByteArrayLiteral("step 1")));
    // Title words of the migrated change are indexed: Suggest similar finds it.
    auto similar = core.planning().similar(*eng, 2);
    VERIFY_OK(similar);
    bool foundOld = false;
    for (const SimilarChange &s : *similar)
        foundOld = foundOld || s.number == 1;
    QVERIFY2(foundOld, "the migrated change is not found by Suggest similar");
    auto verified = core.audit().verify(*eng);
    VERIFY_OK(verified);
    QVERIFY(verified->ok);
}

void TestStorage::refusesNewerSchema()
{
    FreshLocation fresh(QStringLiteral("future.sqlite"));
    QVERIFY2(fresh.ok(), qPrintable(fresh.why()));
    const QString path = fresh.location;
    {
        auto s = Store::open(path, Store::OpenMode::CreateIfMissing);
        VERIFY_OK(s);
    }
    const QString err = rawExec(path, {QStringLiteral("UPDATE vigilo_schema SET version = 99")});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QString before = rawFingerprint(path);
    auto s = Store::open(path, Store::OpenMode::ExistingOnly);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("schema_too_new"));
    QCOMPARE(s.error().kind(), ErrorKind::Storage);
    QVERIFY(!s.error().message.isEmpty());
    QVERIFY2(s.error().message.contains(QLatin1String("99")), qPrintable(s.error().message));
    // Refusing does not touch the file.
    QCOMPARE(rawFingerprint(path), before);
    // Neither does the test hook.
    auto hook = Store::openAtVersion(path, 1);
    QVERIFY(!hook.ok());
    QCOMPARE(hook.error().code, QStringLiteral("schema_too_new"));
}

void TestStorage::refusesUnusableLocations_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<int>("kind");
    QTest::newRow("missing folder")
        << QStringLiteral("/proc/nope/x.sqlite") << int(ErrorKind::Storage);
    QTest::newRow("a folder") << QStringLiteral("/tmp") << int(ErrorKind::Storage);
    QTest::newRow("empty") << QString() << int(ErrorKind::Input);
    QTest::newRow("no server there")
        << QStringLiteral("postgresql://postgres@127.0.0.1:1/vigilo") << int(ErrorKind::Storage);
    QTest::newRow("not a server address")
        << QStringLiteral("postgresql://") << int(ErrorKind::Input);
}

void TestStorage::refusesUnusableLocations()
{
    QFETCH(QString, location);
    QFETCH(int, kind);
    auto s = Store::open(location, Store::OpenMode::CreateIfMissing);
    QVERIFY(!s.ok());
    QCOMPARE(int(s.error().kind()), kind);
    QVERIFY(!s.error().message.isEmpty());
}

void TestStorage::foreignKeysAreEnforced()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    if (!ws.isPostgres()) { // SQLite turns them off on every new connection; PostgreSQL cannot
        QSqlQuery q(ws.store().database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
    }
    const qint64 members = ws.count(QStringLiteral("members"));
    QSqlQuery bad(ws.store().database());
    QVERIFY(!bad.exec(
        QStringLiteral("INSERT INTO members (workspace_id, username, role, created_at) "
                       "VALUES (424242, 'ghost', 'viewer', '2026-01-01T00:00:00.000Z')")));
    // (PostgreSQL: the core runs as the server's role, whose row-level security refuses a
    // member of a workspace nobody bound may write before the key is checked; the owner, who
    // passes row-level security, meets the key.)
    QVERIFY2(bad.lastError().text().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive)
                 || (ws.isPostgres()
                     && bad.lastError().text().contains(QLatin1String("row-level security"))),
             qPrintable(bad.lastError().text()));
    if (ws.isPostgres()) {
        const QString err =
            rawExec(ws.dbPath(), {QStringLiteral("INSERT INTO members (workspace_id, username, "
                                                 "role, created_at) VALUES (424242, 'ghost', "
                                                 "'viewer', '2026-01-01T00:00:00.000Z')")});
        QVERIFY2(err.contains(QLatin1String("foreign key"), Qt::CaseInsensitive), qPrintable(err));
    }
    QCOMPARE(ws.count(QStringLiteral("members")), members);
}

void TestStorage::transactionRollsBackUnlessCommitted()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const qint64 assets = ws.count(QStringLiteral("assets"));
    const QString insert = QStringLiteral(
        "INSERT INTO assets (workspace_id, name, kind, created_at) VALUES (%1, '%2', 'host', "
        "'2026-01-01T00:00:00.000Z')");
    {
        Store::Transaction tx(ws.store());
        VERIFY_OK(tx.begin());
        VERIFY_OK(ws.store().exec(insert.arg(ws.workspace().id).arg(QStringLiteral("tmp-1"))));
        QCOMPARE(ws.count(QStringLiteral("assets")), assets + 1);
    } // no commit
    QCOMPARE(ws.count(QStringLiteral("assets")), assets);
    {
        Store::Transaction tx(ws.store());
        VERIFY_OK(tx.begin());
        VERIFY_OK(ws.store().exec(insert.arg(ws.workspace().id).arg(QStringLiteral("tmp-2"))));
        VERIFY_OK(tx.commit());
    }
    QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("assets")), assets + 1);
    // The fingerprint used by "nothing was written" checks does see rows.
    QVERIFY(rawFingerprint(ws.dbPath()).contains(QLatin1String("tmp-2")));
}

void TestStorage::nestedTransactionsCollapse()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const qint64 assets = ws.count(QStringLiteral("assets"));
    const QString insert = QStringLiteral(
        "INSERT INTO assets (workspace_id, name, kind, created_at) VALUES (%1, '%2', 'host', "
        "'2026-01-01T00:00:00.000Z')");
    {
        Store::Transaction outer(ws.store());
        VERIFY_OK(outer.begin());
        VERIFY_OK(ws.store().exec(insert.arg(ws.workspace().id).arg(QStringLiteral("outer"))));
        {
            Store::Transaction inner(ws.store());
            VERIFY_OK(inner.begin());
            VERIFY_OK(ws.store().exec(
                insert.arg(ws.workspace().id).arg(QStringLiteral("inner-rolled-back"))));
        } // inner rolled back, outer continues
        {
            Store::Transaction inner(ws.store());
            VERIFY_OK(inner.begin());
            VERIFY_OK(
                ws.store().exec(insert.arg(ws.workspace().id).arg(QStringLiteral("inner-kept"))));
            VERIFY_OK(inner.commit());
        }
        // Nothing is visible to another connection before the outermost commit.
        QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("assets")), assets);
        VERIFY_OK(outer.commit());
    }
    QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("assets")), assets + 2);
    QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("assets"),
                      QStringLiteral("name = 'inner-rolled-back'")),
             qint64(0));
}

void TestStorage::auditTableIsAppendOnly()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    VERIFY_OK(ws.createChange(ws.validDraft()));
    const QString path = ws.dbPath();
    const QString before = rawFingerprint(path);
    const qint64 events = rawCount(path, QStringLiteral("audit_events"));
    QVERIFY(events >= 2);
    QString err =
        rawExec(path, {QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE seq = 1")});
    QVERIFY2(err.contains(QLatin1String("append-only")), qPrintable(err));
    err = rawExec(path, {QStringLiteral("DELETE FROM audit_events WHERE seq = 1")});
    QVERIFY2(err.contains(QLatin1String("append-only")), qPrintable(err));
    err = rawExec(path, {QStringLiteral("DELETE FROM audit_events")});
    QVERIFY(!err.isEmpty());
    QCOMPARE(rawCount(path, QStringLiteral("audit_events")), events);
    QCOMPARE(rawFingerprint(path), before);
}

QTEST_GUILESS_MAIN(TestStorage)
// A SQLite file of another program (here in WAL mode, like a browser profile) is refused with
// not_a_vigilo_database, and nothing in it changes: no Vigilo table, the journal mode kept.
// (Always a SQLite file, whichever backend the suite runs on.)
void TestStorage::leavesAnotherProgramsSqliteFileAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("places.sqlite"));
    const QString made =
        rawExec(path, {QStringLiteral("PRAGMA journal_mode = WAL"),
                       QStringLiteral("CREATE TABLE places (id INTEGER PRIMARY KEY, url TEXT)"),
                       QStringLiteral("INSERT INTO places (url) VALUES ('https://example.com')")});
    QVERIFY2(made.isEmpty(), qPrintable(made));
    auto store = Store::open(path, Store::OpenMode::ExistingOnly);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, QStringLiteral("not_a_vigilo_database"));
    QVERIFY2(store.error().message.contains(QStringLiteral("Nothing was changed")),
             qPrintable(store.error().message));
    QVERIFY(!tableExists(path, QStringLiteral("vigilo_schema")));
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).toInt(), 1);
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    // An empty file is fine where creating is meant (init, the first-run dialog).
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile touch(empty);
    QVERIFY(touch.open(QIODevice::WriteOnly));
    touch.close();
    VERIFY_OK(Store::open(empty, Store::OpenMode::CreateIfMissing));
}

#include "tst_storage.moc"
