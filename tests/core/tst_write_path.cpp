// The write path, on both backends: statements prepared once per connection and reused without
// keeping SQLite read locks; every write deciding on what it has locked (the role read again
// and the change loaded inside the transaction, after the workspace's write lock), proven with
// writers that really wait for another connection's lock: a demotion committed while they wait
// is honoured, and three approvers deciding one change at once each get a correct outcome.
#include "LockWaits.h"
#include "RawSql.h"
#include "TestWorkspace.h"

#include "SqlUtil.h"

#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <thread>

using namespace vigilo;
using namespace vigilo::test;

namespace {

// What a writer on its own connection was told.
struct Outcome {
    bool ran = false;
    bool ok = false;
    QString code;
    QString message;
    QJsonObject details;
    QByteArray describe() const
    {
        return (ok ? QStringLiteral("ok") : code + QStringLiteral(": ") + message).toUtf8();
    }
};

// One writer: its own thread and its own Store (a connection belongs to the thread that opened
// it), the same fixed clock as the fixture. SQLite: the connection counts its lock waits.
class Writer {
public:
    using Work = std::function<Status(Vigilo &core)>;
    Writer(QString location, QDateTime now, Work work)
        : m_location(std::move(location))
        , m_now(std::move(now))
        , m_work(std::move(work))
    {}
    ~Writer() { join(); }
    void start()
    {
        m_thread = std::thread([this] { run(); });
    }
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    int lockWaits() const { return m_waits.load(); }
    bool opened() const { return m_opened.load(); }
    const Outcome &outcome() const { return m_outcome; }

private:
    void run()
    {
        {
            auto store = Store::open(m_location, Store::OpenMode::ExistingOnly);
            if (!store.ok()) {
                m_outcome = {true, false, store.error().code, store.error().message, {}};
                m_opened = true;
                return;
            }
            countLockWaits(**store, &m_waits); // SQLite only; PostgreSQL lists waiters itself
            ManualClock clock(m_now);
            Vigilo core(**store, clock);
            m_opened = true;
            const Status s = m_work(core);
            m_outcome.ran = true;
            m_outcome.ok = s.ok();
            if (!s.ok()) {
                m_outcome.code = s.error().code;
                m_outcome.message = s.error().message;
                m_outcome.details = s.error().details;
            }
        }
    }

    QString m_location;
    QDateTime m_now;
    Work m_work;
    std::thread m_thread;
    std::atomic<int> m_waits{0};
    std::atomic<bool> m_opened{false};
    Outcome m_outcome;
};

template <typename T> Status asStatus(const Result<T> &r)
{
    return r.ok() ? Status{} : Status{r.error()};
}

// Holds the write lock of workspace `workspaceId` on its own connection, as a writer in the
// middle of its transaction does: SQLite BEGIN IMMEDIATE; PostgreSQL the workspace row, which
// every write of the core locks first.
QString holdWriteLock(const RawSession &holder, qint64 workspaceId)
{
    if (!holder.isPostgres())
        return holder.exec(QStringLiteral("BEGIN IMMEDIATE"));
    QString err = holder.exec(QStringLiteral("BEGIN"));
    if (err.isEmpty())
        err = holder.exec(QStringLiteral("SELECT id FROM workspaces WHERE id = ? FOR UPDATE"),
                          {workspaceId});
    return err;
}

// True once `count` writers wait for a lock (SQLite: each met the busy handler; PostgreSQL: the
// server lists them as waiting).
bool writersWait(const TestWorkspace &ws, const std::vector<std::unique_ptr<Writer>> &writers,
                 int count)
{
    if (ws.isPostgres())
        return postgresLockWaiters(ws.dbPath()) >= count;
    int waiting = 0;
    for (const auto &w : writers)
        waiting += w->lockWaits() > 0 ? 1 : 0;
    return waiting >= count;
}

// A policy whose single step needs `quorum` approvals from approvers or above.
Status addQuorumPolicy(TestWorkspace &ws, int quorum)
{
    ApprovalPolicy p;
    p.name = QStringLiteral("Quorum of %1").arg(quorum);
    ApprovalPolicyStep step;
    step.name = QStringLiteral("CAB");
    step.eligibleRole = Role::Approver;
    step.requiredApprovals = quorum;
    p.steps << step;
    return asStatus(ws.core().policies().add(ws.admin(), p));
}

} // namespace

class TestWritePath : public QObject {
    Q_OBJECT
private slots:
    void statementsArePreparedOnce();
    void cachedReadKeepsNoReadLock();
    void sameStatementNestedGetsItsOwnQuery();
    void cachedStatementsBindAndReadAsQtSql();
    void cachedStatementErrorsAsQtSql();
    void staleWriteNamesBothVersions();
    void manyEventsInOneTransactionChainUp();
    void demotionAfterSignInIsHonoured_data();
    void demotionAfterSignInIsHonoured();
    void demotionWhileWaitingForTheLockIsHonoured_data();
    void demotionWhileWaitingForTheLockIsHonoured();
    void threeApproversAtOnce_data();
    void threeApproversAtOnce();
};

// Reading a change a hundred times prepares its statements once; on PostgreSQL the server holds
// exactly the statements the cache holds (no PREPARE/DEALLOCATE per call).
void TestWritePath::statementsArePreparedOnce()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.createChange(ws.validDraft());
    VERIFY_OK(c);
    VERIFY_OK(ws.core().changes().get(ws.viewer(), c->number));
    const qint64 prepared = ws.store().statementsPrepared();
    QVERIFY(prepared > 0);
    for (int i = 0; i < 100; ++i) {
        auto again = ws.core().changes().get(ws.viewer(), c->number);
        VERIFY_OK(again);
        QCOMPARE(again->title, c->title);
    }
    QCOMPARE(ws.store().statementsPrepared(), prepared);
    // Writes reuse theirs too: a second comment prepares nothing new.
    VERIFY_OK(ws.core().discussion().addComment(ws.engineer(), c->number, QStringLiteral("one")));
    const qint64 afterFirst = ws.store().statementsPrepared();
    VERIFY_OK(ws.core().discussion().addComment(ws.engineer(), c->number, QStringLiteral("two")));
    QCOMPARE(ws.store().statementsPrepared(), afterFirst);
    if (ws.isPostgres()) {
        QSqlQuery q(ws.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), ws.store().statementsCached());
    }
}

// After a cached read (even one whose rows were not all read), another connection writes at
// once: the cache keeps statements prepared, never a result open. On SQLite the writer has no
// busy timeout, so a read lock left behind would fail its commit ("database is locked"); the
// same writer does fail while a read is still open, which shows the check can fail.
void TestWritePath::cachedReadKeepsNoReadLock()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    for (int i = 0; i < 5; ++i)
        VERIFY_OK(ws.createChange(ws.validDraft(QStringLiteral("Change %1").arg(i))));
    RawSession other(ws.dbPath(), 0);
    QVERIFY2(other.isOpen(), qPrintable(other.error()));
    if (other.isPostgres())
        QCOMPARE(other.exec(QStringLiteral("SET lock_timeout = '50ms'")), QString());
    const QString write = QStringLiteral("UPDATE assets SET kind = kind WHERE workspace_id = ?");
    const QVariantList ws1{ws.workspace().id};
    {
        auto open = sql::run(ws.store(), QStringLiteral("SELECT id FROM changes ORDER BY id"));
        VERIFY_OK(open);
        QVERIFY(open->next()); // one row of five read: the statement is still stepping
        if (!ws.isPostgres()) {
            QCOMPARE(other.exec(QStringLiteral("BEGIN IMMEDIATE")), QString());
            QCOMPARE(other.exec(write, ws1), QString());
            const QString refused = other.exec(QStringLiteral("COMMIT"));
            QVERIFY2(refused.contains(QLatin1String("locked")), qPrintable(refused));
            QCOMPARE(other.exec(QStringLiteral("ROLLBACK")), QString());
        }
    } // the handle finishes the result: the statement goes back to the cache, reset
    for (int i = 0; i < 3; ++i) {
        auto list = ws.core().changes().list(ws.viewer());
        VERIFY_OK(list);
        QCOMPARE(list->size(), 5);
        auto half = sql::run(ws.store(), QStringLiteral("SELECT id FROM changes ORDER BY id"));
        VERIFY_OK(half);
        QVERIFY(half->next());
    }
    QCOMPARE(other.exec(QStringLiteral("BEGIN")), QString());
    QCOMPARE(other.exec(write, ws1), QString());
    QCOMPARE(other.exec(QStringLiteral("COMMIT")), QString());
}

// The same statement used again while the handle of its first run is still alive: the second
// use gets a query of its own and both results stay right. (SQLite also while the first result
// is still being stepped through; QPSQL reads forward-only results row by row and cannot run
// another statement in between, so the core never does that on either backend.)
void TestWritePath::sameStatementNestedGetsItsOwnQuery()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    QStringList expected = TestWorkspace::memberNames();
    expected.sort();
    const QString byName =
        QStringLiteral("SELECT username FROM members WHERE workspace_id = ? ORDER BY username");
    auto names = [&](CachedQuery &q) {
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    auto outer = sql::run(ws.store(), byName, {ws.workspace().id});
    VERIFY_OK(outer);
    QCOMPARE(names(*outer), expected);
    const qint64 prepared = ws.store().statementsPrepared();
    {
        auto inner = sql::run(ws.store(), byName, {ws.workspace().id});
        VERIFY_OK(inner);
        QCOMPARE(names(*inner), expected);
    }
    QCOMPARE(ws.store().statementsPrepared(), prepared); // a one-off, not a second cache entry
    if (!ws.isPostgres()) {
        auto again = sql::run(ws.store(), byName, {ws.workspace().id});
        VERIFY_OK(again);
        QStringList interleaved;
        while (again->next()) {
            interleaved << again->value(0).toString();
            auto inner = sql::run(ws.store(), byName, {ws.workspace().id});
            VERIFY_OK(inner);
            QCOMPARE(names(*inner), expected);
        }
        QCOMPARE(interleaved, expected);
    }
}

// The cache runs SQLite statements through SQLite's C API (SqliteStatement), PostgreSQL ones
// through QSqlQuery: every kind of value the core binds is stored (storage class and text) and
// read back (type and value) exactly as a QSqlQuery on the same connection stores and reads it.
void TestWritePath::cachedStatementsBindAndReadAsQtSql()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const QDateTime at(QDate(2026, 3, 29), QTime(1, 30, 5, 120), Qt::UTC);
    const QList<QVariant> values = {
        QVariant(),
        QVariant(QString()),
        QVariant(QStringLiteral("")),
        QVariant(QStringLiteral("Grüße, 変更 😀 \"quoted\" 'single'\nline")),
        QVariant(int(-42)),
        QVariant(true),
        QVariant(uint(4000000000u)),
        QVariant(qlonglong(9007199254740993LL)),
        QVariant(qulonglong(18000000000000000000ULL)),
        QVariant(2.5),
        QVariant(at),
        QVariant(QByteArray("bytes\0with nul", 14)),
        QVariant(QByteArray()),
    };
    // SQLite: typeof() says how it was stored; PostgreSQL: the text form of the parameter.
    const QString sql = ws.isPostgres() ? QStringLiteral("SELECT CAST(? AS TEXT)")
                                        : QStringLiteral("SELECT ?, typeof(?)");
    for (const QVariant &v : values) {
        const QVariantList binds = ws.isPostgres() ? QVariantList{v} : QVariantList{v, v};
        // Not a bytea on PostgreSQL: it has no text cast of its own there.
        if (ws.isPostgres() && v.typeId() == QMetaType::QByteArray)
            continue;
        QSqlQuery plain(ws.store().database());
        QVERIFY(plain.prepare(sql));
        for (int i = 0; i < binds.size(); ++i)
            plain.bindValue(i, binds.at(i));
        QVERIFY2(plain.exec(), qPrintable(plain.lastError().text()));
        QVERIFY(plain.next());
        auto cached = ws.store().cached(sql);
        VERIFY_OK(cached);
        for (int i = 0; i < binds.size(); ++i)
            cached->bindValue(i, binds.at(i));
        VERIFY_OK(ws.store().exec(*cached));
        QVERIFY(cached->next());
        const QByteArray what = v.typeName() ? QByteArray(v.typeName()) : QByteArray("invalid");
        for (int column = 0; column < binds.size(); ++column) {
            const QVariant expected = plain.value(column);
            const QVariant actual = cached->value(column);
            QVERIFY2(actual.metaType() == expected.metaType(), what.constData());
            QVERIFY2(actual.isNull() == expected.isNull(), what.constData());
            QVERIFY2(actual == expected,
                     qPrintable(QString::fromLatin1(what) + QStringLiteral(": ") + actual.toString()
                                + QStringLiteral(" != ") + expected.toString()));
        }
        QVERIFY(!cached->next());
        QVERIFY(!plain.next());
    }
    // Through sql::run too (a null QString binds as an empty text there, on purpose).
    auto row = sql::run(ws.store(), QStringLiteral("SELECT ?, ?, ?"),
                        {QString(), qlonglong(7), QVariant()});
    VERIFY_OK(row);
    QVERIFY(row->next());
    QCOMPARE(row->value(0), QVariant(QStringLiteral("")));
    QCOMPARE(row->value(1).toLongLong(), 7);
    QVERIFY(row->value(2).isNull());
    QVERIFY(!row->value(3).isValid()); // no such column: an invalid value, as QSqlQuery says
}

// A statement that fails is the same storage error either way: the database's own words
// (what QSqlError::text() says for the same statement on a QSqlQuery), nothing written.
void TestWritePath::cachedStatementErrorsAsQtSql()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const QString before = ws.fingerprint();
    const QString duplicate =
        QStringLiteral("INSERT INTO members (workspace_id, username, display_name, role, active, "
                       "created_at) SELECT workspace_id, username, display_name, role, active, "
                       "created_at FROM members WHERE id = ?");
    auto failed = sql::run(ws.store(), duplicate, {ws.owner().member.id});
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, QStringLiteral("storage_error"));
    if (!ws.isPostgres()) {
        QSqlQuery plain(ws.store().database());
        QVERIFY(plain.prepare(duplicate));
        plain.bindValue(0, ws.owner().member.id);
        QVERIFY(!plain.exec());
        QVERIFY2(failed.error().message.contains(plain.lastError().databaseText()),
                 qPrintable(failed.error().message));
        QVERIFY2(plain.lastError().databaseText().contains(QStringLiteral("UNIQUE")),
                 qPrintable(plain.lastError().databaseText()));
        QCOMPARE(failed.error().message,
                 QStringLiteral("Database error: ") + plain.lastError().text());
    }
    auto missing = sql::run(ws.store(), QStringLiteral("SELECT nope FROM no_such_table"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("storage_error"));
    QVERIFY2(missing.error().message.contains(QStringLiteral("no_such_table")),
             qPrintable(missing.error().message));
    auto count = sql::run(ws.store(), QStringLiteral("SELECT ?"), {1, 2});
    QVERIFY(!count);
    QCOMPARE(count.error().code, QStringLiteral("storage_error"));
    QCOMPARE(ws.fingerprint(), before);
}

// A write based on an outdated version is refused with both versions named, and nothing moves.
void TestWritePath::staleWriteNamesBothVersions()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.createChange(ws.validDraft());
    VERIFY_OK(c);
    ChangeDraft edit;
    edit.description = QStringLiteral("Moved on");
    VERIFY_OK(ws.core().changes().edit(ws.engineer(), c->number, edit, c->version));
    const QString before = ws.fingerprint();
    TransitionInput in;
    in.expectedVersion = c->version;
    auto r = ws.core().changes().apply(ws.engineer(), c->number, Action::Submit, in);
    VERIFY_ERROR(r, "stale_write");
    QCOMPARE(r.error().details.value(QStringLiteral("expected_version")).toInt(), c->version);
    QCOMPARE(r.error().details.value(QStringLiteral("current_version")).toInt(), c->version + 1);
    QVERIFY2(r.error().message.contains(QStringLiteral("version %1").arg(c->version))
                 && r.error().message.contains(QStringLiteral("version %1").arg(c->version + 1)),
             qPrintable(r.error().message));
    auto e = ws.core().changes().edit(ws.engineer(), c->number, edit, c->version);
    VERIFY_ERROR(e, "stale_write");
    QCOMPARE(ws.fingerprint(), before);
}

// Several writes in one outer transaction (as the demo and CSV imports make them) read the
// audit chain's head once; a nested write that rolls back must not leave its event as the head
// the next one continues from. The chain verifies and its sequence has no gap.
void TestWritePath::manyEventsInOneTransactionChainUp()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.createChange(ws.validDraft());
    VERIFY_OK(c);
    const qint64 events = ws.auditCount();
    {
        Store::Transaction outer(ws.store());
        VERIFY_OK(outer.begin());
        VERIFY_OK(
            ws.core().discussion().addComment(ws.engineer(), c->number, QStringLiteral("First")));
        {
            Store::Transaction inner(ws.store());
            VERIFY_OK(inner.begin());
            VERIFY_OK(ws.core().discussion().addComment(ws.engineer(), c->number,
                                                        QStringLiteral("Rolled back")));
        } // rolled back to its savepoint, its event with it
        VERIFY_OK(
            ws.core().discussion().addComment(ws.engineer(), c->number, QStringLiteral("Second")));
        VERIFY_OK(ws.core().changes().apply(ws.engineer(), c->number, Action::Submit));
        VERIFY_OK(outer.commit());
    }
    QCOMPARE(ws.auditCount(), events + 3);
    auto comments = ws.core().discussion().comments(ws.viewer(), c->number);
    VERIFY_OK(comments);
    QCOMPARE(comments->size(), 2);
    auto verified = ws.core().audit().verify(ws.owner());
    VERIFY_OK(verified);
    QVERIFY2(verified->ok, QJsonDocument(verified->toJson()).toJson().constData());
    QCOMPARE(
        rawScalar(ws.dbPath(), QStringLiteral("SELECT MAX(seq) - COUNT(*) FROM audit_events WHERE "
                                              "workspace_id = %1")
                                   .arg(ws.workspace().id))
            .toInt(),
        0);
}

namespace {

// Writes of every service an engineer may do, as (name, work on change 1 of the fixture).
QList<std::pair<const char *, std::function<Status(Vigilo &, const Actor &, int)>>> engineerWrites()
{
    return {
        {"create a change",
         [](Vigilo &core, const Actor &a, int) {
             ChangeDraft d;
             d.title = QStringLiteral("Written after the demotion");
             return asStatus(core.changes().create(a, d));
         }},
        {"edit a change",
         [](Vigilo &core, const Actor &a, int n) {
             ChangeDraft d;
             d.description = QStringLiteral("Edited after the demotion");
             return asStatus(core.changes().edit(a, n, d));
         }},
        {"submit a change",
         [](Vigilo &core, const Actor &a, int n) {
             return asStatus(core.changes().apply(a, n, Action::Submit));
         }},
        {"comment",
         [](Vigilo &core, const Actor &a, int n) {
             return asStatus(core.discussion().addComment(a, n, QStringLiteral("Still here")));
         }},
        {"generate the runbook", [](Vigilo &core, const Actor &a,
                                    int n) { return asStatus(core.runbook().generate(a, n)); }},
        {"answer a risk question",
         [](Vigilo &core, const Actor &a, int n) {
             return asStatus(core.risk().answer(a, n, QStringLiteral("impact_if_fails"), 1));
         }},
        {"add an asset",
         [](Vigilo &core, const Actor &a, int) {
             return asStatus(
                 core.workspaces().addAsset(a, QStringLiteral("late-asset"), QString()));
         }},
    };
}

} // namespace

void TestWritePath::demotionAfterSignInIsHonoured_data()
{
    QTest::addColumn<int>("write");
    const auto writes = engineerWrites();
    for (int i = 0; i < writes.size(); ++i)
        QTest::newRow(writes[i].first) << i;
}

// Signed in as an engineer; an admin then makes them a viewer; their next write is refused with
// permission_denied and writes nothing.
void TestWritePath::demotionAfterSignInIsHonoured()
{
    QFETCH(int, write);
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.createChange(ws.validDraft());
    VERIFY_OK(c);
    const Actor signedIn = ws.engineer();
    VERIFY_OK(ws.core().workspaces().setRole(ws.admin(), QStringLiteral("engineer"), Role::Viewer));
    const QString before = ws.fingerprint();
    const Status s = engineerWrites()[write].second(ws.core(), signedIn, c->number);
    VERIFY_ERROR(s, "permission_denied");
    QCOMPARE(ws.fingerprint(), before);
}

void TestWritePath::demotionWhileWaitingForTheLockIsHonoured_data()
{
    demotionAfterSignInIsHonoured_data();
}

// The demotion is committed while the engineer's write waits for the write lock (another
// connection holds it, with the demotion in its transaction): the write, deciding only once it
// has the lock, sees the demotion and is refused. A role read before the transaction would let
// it through on the old role.
void TestWritePath::demotionWhileWaitingForTheLockIsHonoured()
{
    QFETCH(int, write);
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.createChange(ws.validDraft());
    VERIFY_OK(c);
    const Actor signedIn = ws.engineer();
    const qint64 events = rawCount(ws.dbPath(), QStringLiteral("audit_events"));
    const qint64 changes = rawCount(ws.dbPath(), QStringLiteral("changes"));

    RawSession admin(ws.dbPath());
    QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
    QCOMPARE(holdWriteLock(admin, ws.workspace().id), QString());
    QCOMPARE(admin.exec(QStringLiteral("UPDATE members SET role = 'viewer' WHERE workspace_id = ? "
                                       "AND username = 'engineer'"),
                        {ws.workspace().id}),
             QString());

    const auto work = engineerWrites()[write].second;
    const int number = c->number;
    std::vector<std::unique_ptr<Writer>> writers;
    writers.push_back(std::make_unique<Writer>(
        ws.dbPath(), ws.now(), [&](Vigilo &core) { return work(core, signedIn, number); }));
    writers.back()->start();
    QTRY_VERIFY_WITH_TIMEOUT(writersWait(ws, writers, 1), 20000);
    QCOMPARE(admin.exec(QStringLiteral("COMMIT")), QString());
    writers.back()->join();

    const Outcome &o = writers.back()->outcome();
    QVERIFY2(o.ran, o.describe().constData());
    QVERIFY2(!o.ok, "the write went through on the role read before the demotion");
    QCOMPARE(o.code, QStringLiteral("permission_denied"));
    QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("audit_events")), events);
    QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("changes")), changes);
}

void TestWritePath::threeApproversAtOnce_data()
{
    QTest::addColumn<int>("quorum");
    QTest::newRow("one approval decides") << 1;
    QTest::newRow("all three are needed") << 3;
}

// Three approvers decide one change at the same moment: all three wait behind another writer's
// lock, then run. Each decides on the change as it is when they hold the lock: with a quorum of
// three all succeed and the last one approves it; with a quorum of one the first approves it and
// the others are told it is approved now (never a stale write against the version they read).
void TestWritePath::threeApproversAtOnce()
{
    QFETCH(int, quorum);
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    VERIFY_OK(addQuorumPolicy(ws, quorum));
    auto c = ws.changeIn(ChangeStatus::Review);
    VERIFY_OK(c);
    const int number = c->number;
    const int version = c->version;

    RawSession holder(ws.dbPath());
    QVERIFY2(holder.isOpen(), qPrintable(holder.error()));
    QCOMPARE(holdWriteLock(holder, ws.workspace().id), QString());
    const QStringList names = {QStringLiteral("approver"), QStringLiteral("approver2"),
                               QStringLiteral("admin")};
    std::vector<std::unique_ptr<Writer>> writers;
    for (const QString &name : names) {
        const Actor who = ws.as(name);
        writers.push_back(
            std::make_unique<Writer>(ws.dbPath(), ws.now(), [who, number](Vigilo &core) {
                TransitionInput in;
                in.comment = QStringLiteral("Fine by %1").arg(who.member.username);
                return asStatus(core.changes().apply(who, number, Action::Approve, in));
            }));
        writers.back()->start();
    }
    QTRY_VERIFY_WITH_TIMEOUT(writersWait(ws, writers, 3), 20000);
    QCOMPARE(holder.exec(QStringLiteral("ROLLBACK")), QString());
    for (auto &w : writers)
        w->join();

    int approved = 0;
    for (int i = 0; i < int(writers.size()); ++i) {
        const Outcome &o = writers[i]->outcome();
        QVERIFY2(o.ran, o.describe().constData());
        if (o.ok) {
            ++approved;
            continue;
        }
        QVERIFY2(o.code != QLatin1String("stale_write"), o.describe().constData());
        // Too late: the change was approved by the time this approver held the lock.
        QCOMPARE(o.code, QStringLiteral("invalid_transition"));
        QCOMPARE(o.details.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QVERIFY2(o.message.contains(label(ChangeStatus::Approved)), o.describe().constData());
    }
    QCOMPARE(approved, quorum);
    auto after = ws.get(number);
    VERIFY_OK(after);
    QCOMPARE_ENUM(after->status, ChangeStatus::Approved);
    QCOMPARE(after->version, version + quorum);
    auto steps = ws.core().approvals().steps(ws.viewer(), number);
    VERIFY_OK(steps);
    QCOMPARE(steps->size(), 1);
    QCOMPARE(steps->first().decisions.size(), quorum);
    auto history = ws.core().audit().changeHistory(ws.viewer(), number);
    VERIFY_OK(history);
    QStringList approvals;
    for (const AuditEvent &e : *history)
        if (e.action == QLatin1String("change.approve"))
            approvals << e.newValues.value(QStringLiteral("approvals")).toString();
    QStringList expected;
    for (int k = 1; k <= quorum; ++k)
        expected << QStringLiteral("%1/%2").arg(k).arg(quorum);
    QCOMPARE(approvals, expected);
    auto verified = ws.core().audit().verify(ws.owner());
    VERIFY_OK(verified);
    QVERIFY(verified->ok);
}

QTEST_GUILESS_MAIN(TestWritePath)
#include "tst_write_path.moc"
