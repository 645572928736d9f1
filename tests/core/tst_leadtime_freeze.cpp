// Lead time (per-type defaults, measured between submit and planned_start with a fake clock)
// and freeze windows (submit and schedule blocked; admin/owner override with justification).
// Transitions, edits and freeze windows under test go through the Client as the member (in
// process on SQLite and PostgreSQL, over a real vigilo-server, on the suite's clock, on the
// server backend); set-up and checks read the core. One database per suite (one server on the
// server backend), a workspace of its own per test function (TestWorkspace::startOver).
#include "TestWorkspace.h"

#include <QJsonDocument>

using namespace vigilo;
using namespace vigilo::test;

namespace {

ChangeDraft draftStartingIn(const TestWorkspace &ws, ChangeType type, qint64 secsFromNow)
{
    ChangeDraft d = ws.validDraft(QStringLiteral("Lead time case"));
    d.changeType = type;
    d.plannedStart = ws.now().addSecs(secsFromNow);
    d.plannedEnd = ws.now().addSecs(secsFromNow + 3600);
    return d;
}

FreezeWindowInput freeze(const QDateTime &start, const QDateTime &end, bool allowOverride,
                         const QStringList &assets = {})
{
    FreezeWindowInput f;
    f.name = QStringLiteral("Quarter close");
    f.start = start;
    f.end = end;
    f.reason = QStringLiteral("Finance close: no changes");
    f.allowOverride = allowOverride;
    f.assets = assets;
    return f;
}

bool auditMentions(TestWorkspace &ws, int number, const QString &text)
{
    auto history = ws.core().audit().changeHistory(ws.owner(), number);
    if (!history.ok())
        return false;
    for (const AuditEvent &e : *history)
        if (QString::fromUtf8(QJsonDocument(e.toJson()).toJson()).contains(text))
            return true;
    return false;
}

} // namespace

class TestLeadTimeFreeze : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void defaultsPerType_data();
    void defaultsPerType();
    void leadTimeOnSubmit_data();
    void leadTimeOnSubmit();
    void leadTimeMeasuredAtSubmitNotCreate();
    void loweringLeadTimeAllowsSubmit();
    void leadTimeViolationIsNotWritten();
    void plannedWindowRequiredToSchedule();

    void freezeBlocksSubmit_data();
    void freezeBlocksSubmit();
    void freezeBlocksSchedule();
    void overrideRules_data();
    void overrideRules();
    void freezeWindowInputIsValidated();

private:
    std::unique_ptr<TestWorkspace> m_ws;
};

void TestLeadTimeFreeze::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    // The server backend's calls really cross the network.
    QCOMPARE(m_ws->client(QStringLiteral("engineer")).isRemote(), onServer());
}

void TestLeadTimeFreeze::init()
{
    QVERIFY2(m_ws->startOver(), qPrintable(m_ws->errorText()));
}

void TestLeadTimeFreeze::cleanupTestCase()
{
    m_ws.reset();
}

void TestLeadTimeFreeze::defaultsPerType_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("hours");
    QTest::newRow("emergency") << int(ChangeType::Emergency) << 0;
    QTest::newRow("normal") << int(ChangeType::Normal) << 24;
    QTest::newRow("standard") << int(ChangeType::Standard) << 4;
}

void TestLeadTimeFreeze::defaultsPerType()
{
    QFETCH(int, type);
    QFETCH(int, hours);
    TestWorkspace &ws = *m_ws;
    ChangeDraft d = ws.validDraft();
    d.changeType = ChangeType(type);
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    QCOMPARE(c->minLeadTimeHours, hours);
    QCOMPARE(c->toJson().value(QStringLiteral("min_lead_time_hours")).toInt(), hours);
    QCOMPARE(defaultLeadTimeHours(ChangeType(type)), hours);
}

void TestLeadTimeFreeze::leadTimeOnSubmit_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("secsAhead");
    QTest::addColumn<int>("leadTimeOverride"); // -1: the type's default
    QTest::addColumn<bool>("allowed");
    using T = ChangeType;
    QTest::newRow("normal 23h59m") << int(T::Normal) << qint64(24 * 3600 - 60) << -1 << false;
    QTest::newRow("normal 1h") << int(T::Normal) << qint64(3600) << -1 << false;
    QTest::newRow("normal exactly 24h") << int(T::Normal) << qint64(24 * 3600) << -1 << true;
    QTest::newRow("normal 25h") << int(T::Normal) << qint64(25 * 3600) << -1 << true;
    QTest::newRow("standard 3h") << int(T::Standard) << qint64(3 * 3600) << -1 << false;
    QTest::newRow("standard 5h") << int(T::Standard) << qint64(5 * 3600) << -1 << true;
    QTest::newRow("emergency 1 minute") << int(T::Emergency) << qint64(60) << -1 << true;
    QTest::newRow("normal with 48h, 30h ahead")
        << int(T::Normal) << qint64(30 * 3600) << 48 << false;
    QTest::newRow("normal with 2h, 3h ahead") << int(T::Normal) << qint64(3 * 3600) << 2 << true;
}

void TestLeadTimeFreeze::leadTimeOnSubmit()
{
    QFETCH(int, type);
    QFETCH(qint64, secsAhead);
    QFETCH(int, leadTimeOverride);
    QFETCH(bool, allowed);
    TestWorkspace &ws = *m_ws;
    ChangeDraft d = draftStartingIn(ws, ChangeType(type), secsAhead);
    if (leadTimeOverride >= 0)
        d.minLeadTimeHours = leadTimeOverride;
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    const QString before = ws.fingerprint();
    auto r = ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit);
    if (allowed) {
        VERIFY_OK(r);
        QCOMPARE_ENUM(r->status, ChangeType(type) == ChangeType::Standard ? ChangeStatus::Approved
                                                                          : ChangeStatus::Review);
        QCOMPARE(r->submittedAt, ws.now());
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("lead_time_violation"));
        QCOMPARE(r.error().kind(), ErrorKind::Rule);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(ws.fingerprint(), before);
    }
}

void TestLeadTimeFreeze::leadTimeMeasuredAtSubmitNotCreate()
{
    TestWorkspace &ws = *m_ws;
    // Created with 30 h to go: fine then. Submitted 10 h later: only 20 h remain.
    auto c = ws.createChange(draftStartingIn(ws, ChangeType::Normal, 30 * 3600));
    VERIFY_OK(c);
    auto early = ws.createChange(draftStartingIn(ws, ChangeType::Normal, 30 * 3600));
    VERIFY_OK(early);
    VERIFY_OK(ws.client(QStringLiteral("engineer")).apply(early->number, Action::Submit));
    ws.clock().advanceSecs(10 * 3600);
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit),
                 "lead_time_violation");
    QCOMPARE_ENUM(ws.statusOf(c->number), ChangeStatus::Draft);
}

void TestLeadTimeFreeze::loweringLeadTimeAllowsSubmit()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.createChange(draftStartingIn(ws, ChangeType::Normal, 6 * 3600));
    VERIFY_OK(c);
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit),
                 "lead_time_violation");
    // Troubleshooting: engineers can lower the lead time on the change ...
    ChangeDraft lower;
    lower.minLeadTimeHours = 4;
    auto edited = ws.client(QStringLiteral("engineer")).editChange(c->number, lower);
    VERIFY_OK(edited);
    QCOMPARE(edited->minLeadTimeHours, 4);
    VERIFY_OK(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit));
    // ... or flip the change to emergency.
    auto urgent = ws.createChange(draftStartingIn(ws, ChangeType::Normal, 3600));
    VERIFY_OK(urgent);
    ChangeDraft flip;
    flip.changeType = ChangeType::Emergency;
    VERIFY_OK(ws.client(QStringLiteral("engineer")).editChange(urgent->number, flip));
    auto r = ws.client(QStringLiteral("engineer")).apply(urgent->number, Action::Submit);
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, ChangeStatus::Review);
}

void TestLeadTimeFreeze::leadTimeViolationIsNotWritten()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.createChange(draftStartingIn(ws, ChangeType::Normal, 3600));
    VERIFY_OK(c);
    const qint64 events = ws.auditCount();
    const qint64 steps = ws.count(QStringLiteral("approval_steps"));
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit),
                 "lead_time_violation");
    QCOMPARE(ws.auditCount(), events);
    QCOMPARE(ws.count(QStringLiteral("approval_steps")), steps);
    auto after = ws.get(c->number);
    VERIFY_OK(after);
    QCOMPARE(after->version, c->version);
    QVERIFY(!after->submittedAt.isValid());
}

void TestLeadTimeFreeze::plannedWindowRequiredToSchedule()
{
    TestWorkspace &ws = *m_ws;
    ChangeDraft d = ws.validDraft(QStringLiteral("Emergency without a window yet"));
    d.changeType = ChangeType::Emergency;
    d.plannedStart = QDateTime();
    d.plannedEnd = QDateTime();
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    QVERIFY(!c->plannedStart.isValid());
    VERIFY_OK(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit));
    VERIFY_OK(ws.client(QStringLiteral("approver")).apply(c->number, Action::Approve));
    const QString before = ws.fingerprint();
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Schedule),
                 "planned_window_required");
    QCOMPARE(ws.fingerprint(), before);
}

void TestLeadTimeFreeze::freezeBlocksSubmit_data()
{
    QTest::addColumn<int>("startOffsetMin"); // freeze start relative to the change's start
    QTest::addColumn<int>("endOffsetMin");   // freeze end relative to the change's start
    QTest::addColumn<QStringList>("assets");
    QTest::addColumn<bool>("blocked");
    // The fixture's change window is [start, start + 120 min) on payments-api.
    QTest::newRow("workspace-wide, covers the window") << -60 << 240 << QStringList() << true;
    QTest::newRow("workspace-wide, overlaps the start") << -60 << 1 << QStringList() << true;
    QTest::newRow("workspace-wide, overlaps the end") << 119 << 300 << QStringList() << true;
    QTest::newRow("ends exactly at the start (touching)") << -60 << 0 << QStringList() << false;
    QTest::newRow("starts exactly at the end (touching)") << 120 << 240 << QStringList() << false;
    QTest::newRow("a day later") << 24 * 60 << 25 * 60 << QStringList() << false;
    QTest::newRow("on the change's asset")
        << -60 << 240 << QStringList{QStringLiteral("payments-api")} << true;
    QTest::newRow("on another asset only")
        << -60 << 240 << QStringList{QStringLiteral("edge-fw")} << false;
}

void TestLeadTimeFreeze::freezeBlocksSubmit()
{
    QFETCH(int, startOffsetMin);
    QFETCH(int, endOffsetMin);
    QFETCH(QStringList, assets);
    QFETCH(bool, blocked);
    TestWorkspace &ws = *m_ws;
    auto c = ws.createChange(ws.validDraft());
    VERIFY_OK(c);
    const QDateTime s = c->plannedStart;
    VERIFY_OK(ws.core().workspaces().addFreezeWindow(
        ws.admin(),
        freeze(s.addSecs(startOffsetMin * 60), s.addSecs(endOffsetMin * 60), false, assets)));
    const QString before = ws.fingerprint();
    auto r = ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit);
    if (!blocked) {
        VERIFY_OK(r);
        QCOMPARE_ENUM(r->status, ChangeStatus::Review);
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("freeze_window_blocked"));
    QCOMPARE(r.error().kind(), ErrorKind::Rule);
    QVERIFY2(r.error().message.contains(QLatin1String("Quarter close"))
                 || QJsonDocument(r.error().details).toJson().contains("Quarter close"),
             "the refusal does not name the freeze window");
    QCOMPARE(ws.fingerprint(), before);
}

void TestLeadTimeFreeze::freezeBlocksSchedule()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.changeIn(ChangeStatus::Approved);
    VERIFY_OK(c);
    // A freeze declared after approval still stops scheduling.
    VERIFY_OK(ws.core().workspaces().addFreezeWindow(
        ws.owner(), freeze(c->plannedStart.addDays(-1), c->plannedEnd.addDays(1), true)));
    const QString before = ws.fingerprint();
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Schedule),
                 "freeze_window_blocked");
    QCOMPARE(ws.fingerprint(), before);

    TransitionInput in;
    in.overrideJustification = QStringLiteral("Regulator deadline CHG-justified by CFO");
    // An engineer may not override, even with a justification.
    auto eng = ws.client(QStringLiteral("engineer")).apply(c->number, Action::Schedule, in);
    QVERIFY(!eng.ok());
    QVERIFY2(eng.error().code == QLatin1String("freeze_window_blocked")
                 || eng.error().code == QLatin1String("permission_denied"),
             describe(eng.error()).constData());
    QCOMPARE(ws.fingerprint(), before);
    // An admin may, and the justification is audited.
    auto r = ws.client(QStringLiteral("admin")).apply(c->number, Action::Schedule, in);
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, ChangeStatus::Scheduled);
    QVERIFY(auditMentions(ws, c->number, in.overrideJustification));
}

void TestLeadTimeFreeze::overrideRules_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("allowOverride");
    QTest::addColumn<QString>("justification");
    QTest::addColumn<bool>("allowed");
    const QString why = QStringLiteral("Security fix for CVE-2026-0001; approved by the CISO");
    QTest::newRow("admin, overridable, justified")
        << QStringLiteral("admin") << true << why << true;
    QTest::newRow("owner, overridable, justified")
        << QStringLiteral("owner") << true << why << true;
    QTest::newRow("admin, overridable, no justification")
        << QStringLiteral("admin") << true << QString() << false;
    QTest::newRow("admin, overridable, blank justification")
        << QStringLiteral("admin") << true << QStringLiteral("   ") << false;
    QTest::newRow("owner, not overridable") << QStringLiteral("owner") << false << why << false;
    QTest::newRow("approver, overridable") << QStringLiteral("approver") << true << why << false;
    QTest::newRow("engineer, overridable") << QStringLiteral("engineer") << true << why << false;
}

void TestLeadTimeFreeze::overrideRules()
{
    QFETCH(QString, who);
    QFETCH(bool, allowOverride);
    QFETCH(QString, justification);
    QFETCH(bool, allowed);
    TestWorkspace &ws = *m_ws;
    auto c = ws.createChange(ws.engineer2(), ws.validDraft());
    VERIFY_OK(c);
    VERIFY_OK(ws.core().workspaces().addFreezeWindow(
        ws.admin(),
        freeze(c->plannedStart.addSecs(-3600), c->plannedEnd.addSecs(3600), allowOverride)));
    const QString before = ws.fingerprint();
    TransitionInput in;
    in.overrideJustification = justification;
    auto r = ws.client(who).apply(c->number, Action::Submit, in);
    if (allowed) {
        VERIFY_OK(r);
        QCOMPARE_ENUM(r->status, ChangeStatus::Review);
        QVERIFY2(auditMentions(ws, c->number, justification), "the justification is not audited");
        return;
    }
    QVERIFY(!r.ok());
    // The freeze blocks (or, for roles that may never override, the permission is missing).
    QVERIFY2(r.error().code == QLatin1String("freeze_window_blocked")
                 || (r.error().code == QLatin1String("permission_denied")
                     && who != QLatin1String("admin") && who != QLatin1String("owner")),
             describe(r.error()).constData());
    QCOMPARE(ws.fingerprint(), before);
}

void TestLeadTimeFreeze::freezeWindowInputIsValidated()
{
    TestWorkspace &ws = *m_ws;
    client::Client &admin = ws.client(QStringLiteral("admin"));
    const QString before = ws.fingerprint();
    const QDateTime t = ws.now().addDays(2);
    auto backwards = admin.addFreezeWindow(freeze(t, t.addSecs(-3600), false));
    QVERIFY(!backwards.ok());
    QCOMPARE(backwards.error().kind(), ErrorKind::Input);
    auto empty = admin.addFreezeWindow(freeze(t, t, false));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind(), ErrorKind::Input);
    FreezeWindowInput unnamed = freeze(t, t.addDays(1), false);
    unnamed.name = QStringLiteral("  ");
    auto noName = admin.addFreezeWindow(unnamed);
    QVERIFY(!noName.ok());
    QCOMPARE(noName.error().kind(), ErrorKind::Input);
    auto unknownAsset =
        admin.addFreezeWindow(freeze(t, t.addDays(1), false, {QStringLiteral("no-such-asset")}));
    QVERIFY(!unknownAsset.ok());
    QCOMPARE(unknownAsset.error().kind(), ErrorKind::Input);
    QCOMPARE(ws.fingerprint(), before);
}

QTEST_GUILESS_MAIN(TestLeadTimeFreeze)
#include "tst_leadtime_freeze.moc"
