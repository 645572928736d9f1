// The audit log: one event per mutation in the same transaction, a per-workspace hash chain
// that verifies, and tampering (altered, rewritten, deleted events) that verify() pinpoints.
// One database per suite (one vigilo-server on the server backend), a workspace of its own per
// test function (TestWorkspace::startOver). The mutations counted, the history read and every
// verification go through the Client as the member (in process on SQLite and PostgreSQL, over
// the server on the server backend); set-up, the whole chain's read-back and the tampering
// (raw SQL as the schema's owner) stay on the core and the database.
#include "RawSql.h"
#include "TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace vigilo;
using namespace vigilo::test;

namespace {

QList<AuditEvent> allEvents(TestWorkspace &ws, const Actor &actor)
{
    auto h = ws.core().audit().workspaceHistory(actor, 100000);
    if (!h.ok())
        return {};
    QList<AuditEvent> events = *h;
    std::sort(events.begin(), events.end(),
              [](const AuditEvent &a, const AuditEvent &b) { return a.seq < b.seq; });
    return events;
}

// A workspace with some history: a change submitted, approved, scheduled, started, commented.
void makeHistory(TestWorkspace &ws)
{
    auto c = ws.changeIn(ChangeStatus::InProgress);
    QVERIFY2(c.ok(), describe(c).constData());
    VERIFY_OK(ws.core().discussion().addComment(ws.engineer(), c->number,
                                                QStringLiteral("Started on time")));
}

} // namespace

class TestAudit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void chainIsGaplessAndVerifies();
    void eventsCarryOldAndNewValues();
    void eachMutationRecordsOneEvent();
    void alteredEventIsReported();
    void rewrittenEventWithRecomputedHashIsReported();
    void deletedEventIsReportedMissing();
    void deletedNewestEventIsReportedMissing();
    void triggersRefuseUpdateAndDelete();
    void workspacesHaveSeparateChains();
    void hashedFormIsQJsonDocumentsCompactArray();

private:
    std::unique_ptr<TestWorkspace> m_ws;
    // " AND workspace_id = N": tampering touches the test's own workspace only.
    QString inThisWorkspace() const
    {
        return QStringLiteral(" AND workspace_id = %1").arg(m_ws->workspace().id);
    }
};

void TestAudit::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    // The server backend's calls really cross the network.
    QCOMPARE(m_ws->client(QStringLiteral("engineer")).isRemote(), onServer());
}

void TestAudit::init()
{
    QVERIFY2(m_ws->startOver(), qPrintable(m_ws->errorText()));
}

void TestAudit::cleanupTestCase()
{
    m_ws.reset();
}

void TestAudit::chainIsGaplessAndVerifies()
{
    TestWorkspace &ws = *m_ws;
    makeHistory(ws);
    if (QTest::currentTestFailed())
        return;
    const QList<AuditEvent> events = allEvents(ws, ws.viewer());
    QCOMPARE(qint64(events.size()),
             ws.count(QStringLiteral("audit_events"),
                      QStringLiteral("workspace_id = %1").arg(ws.workspace().id)));
    QVERIFY(events.size() > 10);
    QString prev;
    for (int i = 0; i < events.size(); ++i) {
        const AuditEvent &e = events.at(i);
        QCOMPARE(e.seq, qint64(i + 1));
        QCOMPARE(e.prevHash, prev);
        QCOMPARE(AuditLog::hashOf(e, e.prevHash), e.hash);
        QCOMPARE(e.hash.size(), 64);
        QCOMPARE(e.at, ws.now());
        QVERIFY(!e.actor.isEmpty());
        QVERIFY(!e.action.isEmpty());
        prev = e.hash;
    }
    auto v = ws.client(QStringLiteral("viewer")).verifyAudit();
    VERIFY_OK(v);
    QVERIFY(v->ok);
    QVERIFY(v->problems.isEmpty());
    QCOMPARE(v->eventsChecked, qint64(events.size()));
}

void TestAudit::eventsCarryOldAndNewValues()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.createChange(ws.validDraft());
    VERIFY_OK(c);
    ws.clock().advanceSecs(3600);
    VERIFY_OK(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit));
    auto history = ws.client(QStringLiteral("viewer")).changeHistory(c->number);
    VERIFY_OK(history);
    QVERIFY(history->size() >= 2);
    const AuditEvent &created = history->first();
    QCOMPARE(created.actor, QStringLiteral("engineer"));
    QCOMPARE(created.changeNumber, c->number);
    QCOMPARE(created.at, fixedNow());
    QVERIFY2(QJsonDocument(created.newValues).toJson().contains("Rotate TLS certificate"),
             "the create event does not carry the title");
    const AuditEvent &submitted = history->last();
    QCOMPARE(submitted.at, fixedNow().addSecs(3600));
    QVERIFY2(submitted.action.contains(QLatin1String("submit")), qPrintable(submitted.action));
    QCOMPARE(submitted.oldValues.value(QStringLiteral("status")).toString(),
             QStringLiteral("draft"));
    QCOMPARE(submitted.newValues.value(QStringLiteral("status")).toString(),
             QStringLiteral("review"));
}

void TestAudit::eachMutationRecordsOneEvent()
{
    TestWorkspace &ws = *m_ws;
    qint64 n = ws.auditCount();
    auto step = [&](const char *what, bool ok) {
        QVERIFY2(ok, what);
        const qint64 now = ws.auditCount();
        QVERIFY2(now == n + 1, qPrintable(QStringLiteral("%1: %2 events instead of 1")
                                              .arg(QString::fromLatin1(what))
                                              .arg(now - n)));
        n = now;
    };
    client::Client &owner = ws.client(QStringLiteral("owner"));
    client::Client &engineer = ws.client(QStringLiteral("engineer"));
    step("member.add", owner.addMember(QStringLiteral("newbie"), Role::Engineer).ok());
    step("asset.add", ws.client(QStringLiteral("admin"))
                          .addAsset(QStringLiteral("cache"), QStringLiteral("host"))
                          .ok());
    auto c = engineer.createChange(ws.validDraft());
    step("change.create", c.ok());
    ChangeDraft e;
    e.description = QStringLiteral("More detail");
    step("change.edit", engineer.editChange(c->number, e).ok());
    step("change.submit", engineer.apply(c->number, Action::Submit).ok());
    step("change.approve",
         ws.client(QStringLiteral("approver")).apply(c->number, Action::Approve).ok());
    step("comment.add", engineer.addComment(c->number, QStringLiteral("+1")).ok());
}

void TestAudit::alteredEventIsReported()
{
    TestWorkspace &ws = *m_ws;
    makeHistory(ws);
    if (QTest::currentTestFailed())
        return;
    const QString err =
        rawExec(ws.dbPath(),
                rawUnlockAudit(ws.dbPath())
                    + QStringList{
                        QStringLiteral("UPDATE audit_events SET new_values = "
                                       "'{\"role\":\"owner\"}' WHERE seq = 3")
                            + inThisWorkspace(),
                    } + rawRelockAudit(ws.dbPath()));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    auto v = ws.client(QStringLiteral("owner")).verifyAudit();
    VERIFY_OK(v);
    QVERIFY(!v->ok);
    QCOMPARE(v->problems.size(), 1);
    QCOMPARE(v->problems.at(0).seq, qint64(3));
    QCOMPARE(v->problems.at(0).kind, QStringLiteral("altered"));
    QVERIFY(v->problems.at(0).message.contains(QLatin1String("3")));
    QCOMPARE(v->toJson().value(QStringLiteral("ok")).toBool(), false);
}

void TestAudit::rewrittenEventWithRecomputedHashIsReported()
{
    TestWorkspace &ws = *m_ws;
    makeHistory(ws);
    if (QTest::currentTestFailed())
        return;
    // A careful attacker also recomputes the event's own hash: the next event still remembers
    // the old one.
    AuditEvent e;
    for (const AuditEvent &x : allEvents(ws, ws.owner()))
        if (x.seq == 4)
            e = x;
    QCOMPARE(e.seq, qint64(4));
    e.actor = QStringLiteral("mallory");
    const QString forged = AuditLog::hashOf(e, e.prevHash);
    const QString err =
        rawExec(ws.dbPath(),
                rawUnlockAudit(ws.dbPath())
                    + QStringList{
                        QStringLiteral(
                            "UPDATE audit_events SET actor = 'mallory', hash = '%1' WHERE seq = 4")
                                .arg(forged)
                            + inThisWorkspace(),
                    } + rawRelockAudit(ws.dbPath()));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    auto v = ws.client(QStringLiteral("owner")).verifyAudit();
    VERIFY_OK(v);
    QVERIFY(!v->ok);
    bool named = false;
    for (const AuditProblem &p : v->problems) {
        QVERIFY2(
            p.seq == 4,
            qPrintable(QStringLiteral("unexpected problem at #%1 (%2)").arg(p.seq).arg(p.kind)));
        named = named || p.kind == QLatin1String("altered");
    }
    QVERIFY(named);
}

void TestAudit::deletedEventIsReportedMissing()
{
    TestWorkspace &ws = *m_ws;
    makeHistory(ws);
    if (QTest::currentTestFailed())
        return;
    const qint64 before = ws.auditCount();
    const QString err =
        rawExec(ws.dbPath(), rawUnlockAudit(ws.dbPath())
                                 + QStringList{
                                     QStringLiteral("DELETE FROM audit_events WHERE seq = 4")
                                         + inThisWorkspace(),
                                 } + rawRelockAudit(ws.dbPath()));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(ws.auditCount(), before - 1);
    auto v = ws.client(QStringLiteral("owner")).verifyAudit();
    VERIFY_OK(v);
    QVERIFY(!v->ok);
    bool missing4 = false;
    for (const AuditProblem &p : v->problems)
        missing4 = missing4 || (p.seq == 4 && p.kind == QLatin1String("missing"));
    QVERIFY2(missing4, QJsonDocument(v->toJson()).toJson().constData());
}

void TestAudit::deletedNewestEventIsReportedMissing()
{
    TestWorkspace &ws = *m_ws;
    makeHistory(ws);
    if (QTest::currentTestFailed())
        return;
    const qint64 last = ws.count(QStringLiteral("audit_events"),
                                 QStringLiteral("workspace_id = %1").arg(ws.workspace().id));
    const QString err = rawExec(
        ws.dbPath(), rawUnlockAudit(ws.dbPath())
                         + QStringList{
                             QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(last)
                                 + inThisWorkspace(),
                         } + rawRelockAudit(ws.dbPath()));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    auto v = ws.client(QStringLiteral("owner")).verifyAudit();
    VERIFY_OK(v);
    QVERIFY(!v->ok);
    bool named = false;
    for (const AuditProblem &p : v->problems)
        named = named || (p.seq == last && p.kind == QLatin1String("missing"));
    QVERIFY2(named, QJsonDocument(v->toJson()).toJson().constData());
}

void TestAudit::triggersRefuseUpdateAndDelete()
{
    TestWorkspace &ws = *m_ws;
    makeHistory(ws);
    if (QTest::currentTestFailed())
        return;
    const QString before = ws.fingerprint();
    // Through the core's own connection, too.
    auto upd = ws.store().exec(QStringLiteral("UPDATE audit_events SET actor = 'x' WHERE seq = 2"));
    QVERIFY(!upd.ok());
    QCOMPARE(upd.error().kind(), ErrorKind::Storage);
    auto del = ws.store().exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 2"));
    QVERIFY(!del.ok());
    QCOMPARE(ws.fingerprint(), before);
    auto v = ws.client(QStringLiteral("owner")).verifyAudit();
    VERIFY_OK(v);
    QVERIFY(v->ok);
}

void TestAudit::workspacesHaveSeparateChains()
{
    TestWorkspace &ws = *m_ws;
    makeHistory(ws);
    if (QTest::currentTestFailed())
        return;
    const QString globex = ws.workspace().slug + QStringLiteral("-globex");
    VERIFY_OK(ws.core().workspaces().createWorkspace(
        globex, QStringLiteral("Globex"), QStringLiteral("de_DE"), QStringLiteral("gustav")));
    auto gustav = ws.core().workspaces().signIn(globex, QStringLiteral("gustav"));
    VERIFY_OK(gustav);
    VERIFY_OK(
        ws.core().workspaces().addAsset(*gustav, QStringLiteral("sap"), QStringLiteral("service")));
    const QList<AuditEvent> other = allEvents(ws, *gustav);
    QVERIFY(!other.isEmpty());
    QCOMPARE(other.first().seq, qint64(1));
    QVERIFY(other.first().prevHash.isEmpty());
    for (const AuditEvent &e : other)
        QCOMPARE(e.workspaceId, gustav->workspace.id);

    // Tampering with acme's history does not taint globex's.
    const QString err =
        rawExec(ws.dbPath(), rawUnlockAudit(ws.dbPath())
                                 + QStringList{
                                     QStringLiteral("UPDATE audit_events SET action = 'nothing' "
                                                    "WHERE seq = 2")
                                         + inThisWorkspace(),
                                 } + rawRelockAudit(ws.dbPath()));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    auto vAcme = ws.client(QStringLiteral("owner")).verifyAudit();
    VERIFY_OK(vAcme);
    QVERIFY(!vAcme->ok);
    // Gustav's own client (on the server backend his own account and session) in globex.
    client::Client &inGlobex = ws.client(QStringLiteral("gustav"));
    inGlobex.setWorkspace(globex);
    auto vGlobex = inGlobex.verifyAudit();
    VERIFY_OK(vGlobex);
    QVERIFY(vGlobex->ok);
    QCOMPARE(vGlobex->eventsChecked, qint64(other.size()));
}

QTEST_GUILESS_MAIN(TestAudit)

// The hashed form of an event is written without QJsonDocument (it is the demo's hottest
// path); it must stay byte for byte what QJsonDocument writes, or every chain recorded before
// would stop verifying. Every character class: escapes, C0 and DEL, Latin-1, the BMP, pairs,
// lone surrogates (QJsonDocument's own path), the empty string.
void TestAudit::hashedFormIsQJsonDocumentsCompactArray()
{
    QStringList samples{QString(),
                        QStringLiteral(""),
                        QStringLiteral("plain ascii 123"),
                        QStringLiteral("quote \" and backslash \\ and slash /"),
                        QStringLiteral("line\nbreak\ttab\rcr\bbs\fff"),
                        QStringLiteral("Überprüfung für Änderung ß – “typographic” €"),
                        QStringLiteral("日本語のテキスト"),
                        QString::fromUtf8("emoji \xF0\x9F\x98\x80 and \xF0\x90\x8D\x88"),
                        QStringLiteral("{\"status\":\"review\",\"n\":[1,2]}")};
    QString controls;
    for (char16_t u = 0; u < 0x20; ++u)
        controls.append(QChar(u));
    controls.append(QChar(0x7f)).append(QChar(0x80)).append(QChar(0x9f)).append(QChar(0xfffe));
    samples << controls;
    QString lone = QStringLiteral("lone ");
    lone.append(QChar(0xd800)).append(QStringLiteral(" high"));
    samples << lone;
    QString loneLow = QStringLiteral("x");
    loneLow.append(QChar(0xdc01));
    samples << loneLow;
    QString reversed;
    reversed.append(QChar(0xde00)).append(QChar(0xd83d));
    samples << reversed;
    // Each sample alone, and all of them in one array.
    for (const QString &sample : samples) {
        const QStringList one{sample, QStringLiteral("after")};
        QCOMPARE(AuditLog::compactStringArray(one),
                 QJsonDocument(QJsonArray::fromStringList(one)).toJson(QJsonDocument::Compact));
    }
    QCOMPARE(AuditLog::compactStringArray(samples),
             QJsonDocument(QJsonArray::fromStringList(samples)).toJson(QJsonDocument::Compact));
    QCOMPARE(AuditLog::compactStringArray({}), QByteArray("[]"));
}

#include "tst_audit.moc"
