// Planning intelligence: approval policies (matching order, fallback, quorum, ordering),
// standard templates, the risk questionnaire's scoring edges, conflicts (touching windows,
// time zones, freeze and maintenance windows) and Suggest similar. One database per suite (one
// vigilo-server on the server backend), a workspace of its own per test function
// (TestWorkspace::startOver). Policies, templates, risk answers, maintenance windows, decisions
// and every planning question under test go through the Client as the member (in process on
// SQLite and PostgreSQL, over the server on the server backend); set-up (changeIn, createChange)
// reads and writes the core.
#include "FormQuestions.h"
#include "TestWorkspace.h"

#include <QTimeZone>

using namespace vigilo;
using namespace vigilo::test;

namespace {

ApprovalPolicyStep step(const QString &name, Role role, int required = 1, QStringList members = {})
{
    ApprovalPolicyStep s;
    s.name = name;
    s.eligibleRole = role;
    s.requiredApprovals = required;
    s.eligibleMembers = members;
    return s;
}

QStringList kinds(const ConflictSummary &s)
{
    QStringList out;
    for (const auto &c : s.conflicts)
        out << c.kind;
    return out;
}

} // namespace

class TestPlanning : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void policyMatchingOrderAndFallback();
    void policyAssetMatchAndInactive();
    void policyQuorumAndOrdering();
    void policyAllAndNamedMembers();
    void policyAdminOnly();
    void templateMakesPreApprovedStandardChange();
    void riskScoringEdges_data();
    void riskScoringEdges();
    void riskSuggestionRule();
    void riskAcceptAndOverrideAreAudited();
    void riskConditions();
    void conflictsTouchingWindowsDoNotOverlap();
    void conflictsAcrossTimeZones();
    void conflictsFindLongWindows();
    void conflictsFreezeAndDependency();
    void conflictsMaintenanceWindows();
    void similarRanksByAssetsAndTitle();

private:
    std::unique_ptr<TestWorkspace> m_ws;
};

void TestPlanning::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    // The server backend's calls really cross the network.
    QCOMPARE(m_ws->client(QStringLiteral("engineer")).isRemote(), onServer());
}

void TestPlanning::init()
{
    QVERIFY2(m_ws->startOver(), qPrintable(m_ws->errorText()));
}

void TestPlanning::cleanupTestCase()
{
    m_ws.reset();
}

void TestPlanning::policyMatchingOrderAndFallback()
{
    TestWorkspace &ws = *m_ws;
    ApprovalPolicy emergency;
    emergency.name = QStringLiteral("Emergency CAB");
    emergency.changeTypes = {ChangeType::Emergency};
    emergency.steps = {step(QStringLiteral("ECAB"), Role::Admin)};
    VERIFY_OK(ws.client(QStringLiteral("admin")).addPolicy(emergency));
    ApprovalPolicy highRisk;
    highRisk.name = QStringLiteral("High risk");
    highRisk.riskLevels = {RiskLevel::High};
    highRisk.steps = {step(QStringLiteral("Peer review"), Role::Approver),
                      step(QStringLiteral("Security"), Role::Admin)};
    VERIFY_OK(ws.client(QStringLiteral("admin")).addPolicy(highRisk));

    // Emergency with high risk: both match, the first by order wins.
    ChangeDraft d = ws.validDraft();
    d.changeType = ChangeType::Emergency;
    d.riskLevel = RiskLevel::High;
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    VERIFY_OK(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit));
    auto steps = ws.client(QStringLiteral("owner")).approvalSteps(c->number);
    VERIFY_OK(steps);
    QCOMPARE(steps->size(), 1);
    QCOMPARE(steps->first().source, QStringLiteral("policy:Emergency CAB"));
    QCOMPARE_ENUM(steps->first().eligibleRole, Role::Admin);

    // Normal high risk: the second policy, two steps in order.
    d = ws.validDraft();
    d.riskLevel = RiskLevel::High;
    auto h = ws.createChange(d);
    VERIFY_OK(h);
    auto explain = ws.client(QStringLiteral("owner")).explainPolicy(h->number);
    VERIFY_OK(explain);
    QCOMPARE(explain->policyName, QStringLiteral("High risk"));
    QCOMPARE(explain->steps.size(), 2);
    QVERIFY(explain->eligible.value(1).contains(QStringLiteral("admin")));
    QVERIFY(!explain->eligible.value(1).contains(QStringLiteral("approver")));

    // Normal low risk: no policy matches; the built-in matrix, and the step says so.
    auto l = ws.createChange(ws.validDraft());
    VERIFY_OK(l);
    VERIFY_OK(ws.client(QStringLiteral("engineer")).apply(l->number, Action::Submit));
    steps = ws.client(QStringLiteral("owner")).approvalSteps(l->number);
    VERIFY_OK(steps);
    QCOMPARE(steps->size(), 1);
    QCOMPARE(steps->first().source, QStringLiteral("matrix:normal"));
}

void TestPlanning::policyAssetMatchAndInactive()
{
    TestWorkspace &ws = *m_ws;
    ApprovalPolicy db;
    db.name = QStringLiteral("Databases");
    db.assets = {QStringLiteral("db-primary")};
    db.steps = {step(QStringLiteral("DBA"), Role::Owner)};
    VERIFY_OK(ws.client(QStringLiteral("admin")).addPolicy(db));

    ChangeDraft d = ws.validDraft();
    d.affectedAssets = QStringList{QStringLiteral("payments-api"), QStringLiteral("db-primary")};
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    auto e = ws.client(QStringLiteral("owner")).explainPolicy(c->number);
    VERIFY_OK(e);
    QCOMPARE(e->policyName, QStringLiteral("Databases"));

    auto other = ws.createChange(ws.validDraft()); // payments-api only
    VERIFY_OK(other);
    e = ws.client(QStringLiteral("owner")).explainPolicy(other->number);
    VERIFY_OK(e);
    QVERIFY(e->policyName.isEmpty());

    VERIFY_OK(
        ws.client(QStringLiteral("admin")).setPolicyActive(QStringLiteral("Databases"), false));
    e = ws.client(QStringLiteral("owner")).explainPolicy(c->number);
    VERIFY_OK(e);
    QVERIFY2(e->policyName.isEmpty(), "an inactive policy must not match");
}

void TestPlanning::policyQuorumAndOrdering()
{
    TestWorkspace &ws = *m_ws;
    ApprovalPolicy p;
    p.name = QStringLiteral("Two approvers then management");
    p.steps = {step(QStringLiteral("Peers"), Role::Approver, 2),
               step(QStringLiteral("Management"), Role::Admin)};
    VERIFY_OK(ws.client(QStringLiteral("owner")).addPolicy(p));
    auto c = ws.createChange(ws.validDraft());
    VERIFY_OK(c);
    VERIFY_OK(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit));

    // Step 2 cannot be decided first: the admin's approval counts for step 1.
    auto r = ws.client(QStringLiteral("approver")).apply(c->number, Action::Approve);
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, ChangeStatus::Review);
    auto steps = ws.client(QStringLiteral("owner")).approvalSteps(c->number);
    VERIFY_OK(steps);
    QCOMPARE_ENUM(steps->at(0).status, StepStatus::Pending);
    QCOMPARE_ENUM(steps->at(1).status, StepStatus::Waiting);
    // The same approver cannot count twice.
    VERIFY_ERROR(ws.client(QStringLiteral("approver")).apply(c->number, Action::Approve),
                 "not_eligible_approver");
    VERIFY_OK(ws.client(QStringLiteral("approver2")).apply(c->number, Action::Approve));
    steps = ws.client(QStringLiteral("owner")).approvalSteps(c->number);
    QCOMPARE_ENUM(steps->at(0).status, StepStatus::Approved);
    QCOMPARE_ENUM(steps->at(1).status, StepStatus::Pending);
    // An approver is not eligible for the admin step.
    VERIFY_OK(ws.addMember(QStringLiteral("approver3"), Role::Approver));
    VERIFY_ERROR(ws.client(QStringLiteral("approver3")).apply(c->number, Action::Approve),
                 "not_eligible_approver");
    r = ws.client(QStringLiteral("admin")).apply(c->number, Action::Approve);
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, ChangeStatus::Approved);
}

void TestPlanning::policyAllAndNamedMembers()
{
    TestWorkspace &ws = *m_ws;
    ApprovalPolicy p;
    p.name = QStringLiteral("CAB");
    p.steps = {step(QStringLiteral("CAB members"), Role::Approver, 0,
                    {QStringLiteral("approver"), QStringLiteral("admin")})};
    VERIFY_OK(ws.client(QStringLiteral("admin")).addPolicy(p));
    auto c = ws.createChange(ws.validDraft());
    VERIFY_OK(c);
    VERIFY_OK(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit));
    auto steps = ws.client(QStringLiteral("owner")).approvalSteps(c->number);
    VERIFY_OK(steps);
    QCOMPARE(steps->first().requiredApprovals, 2); // "all" of the two named members
    VERIFY_ERROR(ws.client(QStringLiteral("approver2")).apply(c->number, Action::Approve),
                 "not_eligible_approver");
    auto r = ws.client(QStringLiteral("approver")).apply(c->number, Action::Approve);
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, ChangeStatus::Review);
    r = ws.client(QStringLiteral("admin")).apply(c->number, Action::Approve);
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, ChangeStatus::Approved);

    // A named member who cannot approve is refused when the policy is written.
    ApprovalPolicy bad;
    bad.name = QStringLiteral("Bad");
    bad.steps = {step(QStringLiteral("x"), Role::Approver, 1, {QStringLiteral("engineer")})};
    VERIFY_ERROR(ws.client(QStringLiteral("admin")).addPolicy(bad), "invalid_input");
}

void TestPlanning::policyAdminOnly()
{
    TestWorkspace &ws = *m_ws;
    ApprovalPolicy p;
    p.name = QStringLiteral("Any");
    p.steps = {step(QStringLiteral("x"), Role::Approver)};
    const qint64 before = ws.auditCount();
    VERIFY_ERROR(ws.client(QStringLiteral("approver")).addPolicy(p), "permission_denied");
    QCOMPARE(ws.auditCount(), before);
    VERIFY_OK(ws.client(QStringLiteral("admin")).addPolicy(p));
    QCOMPARE(ws.auditCount(), before + 1);
}

void TestPlanning::templateMakesPreApprovedStandardChange()
{
    TestWorkspace &ws = *m_ws;
    ChangeTemplate t;
    t.name = QStringLiteral("cert-rotation");
    t.title = QStringLiteral("Rotate the TLS certificate");
    t.implementationPlan = QStringLiteral("1. Fetch\n2. Install\n3. Verify (optional)");
    t.rollbackPlan = QStringLiteral("Reinstall the old certificate");
    t.assets = {QStringLiteral("payments-api")};
    t.minLeadTimeHours = 4;
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).addTemplate(t), "permission_denied");
    VERIFY_OK(ws.client(QStringLiteral("admin")).addTemplate(t));

    ChangeDraft overrides;
    overrides.plannedStart = ws.now().addSecs(5 * 3600);
    overrides.plannedEnd = ws.now().addSecs(6 * 3600);
    auto c = ws.client(QStringLiteral("engineer"))
                 .createChange(overrides, QStringLiteral("cert-rotation"));
    VERIFY_OK(c);
    QVERIFY(c->isStandard());
    QCOMPARE(c->templateName, QStringLiteral("cert-rotation"));
    QCOMPARE(c->affectedAssets, QStringList{QStringLiteral("payments-api")});
    auto history = ws.client(QStringLiteral("owner")).changeHistory(c->number);
    VERIFY_OK(history);
    QCOMPARE(history->first().newValues.value(QStringLiteral("template")).toString(),
             QStringLiteral("cert-rotation"));

    // Skips review and approval.
    auto s = ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit);
    VERIFY_OK(s);
    QCOMPARE_ENUM(s->status, ChangeStatus::Approved);
    auto steps = ws.client(QStringLiteral("owner")).approvalSteps(c->number);
    VERIFY_OK(steps);
    QVERIFY(steps->isEmpty());

    // What was pre-approved cannot be changed on it, nor overridden at creation.
    ChangeDraft edit;
    edit.implementationPlan = QStringLiteral("1. Something else");
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).editChange(c->number, edit),
                 "invalid_input");
    ChangeDraft badOverride;
    badOverride.affectedAssets = QStringList{QStringLiteral("db-primary")};
    VERIFY_ERROR(ws.client(QStringLiteral("engineer"))
                     .createChange(badOverride, QStringLiteral("cert-rotation")),
                 "invalid_input");
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).createChange({}, QStringLiteral("nope")),
                 "not_found");
}

void TestPlanning::riskScoringEdges_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("level");
    QTest::newRow("0") << 0 << QStringLiteral("low");
    QTest::newRow("33") << 33 << QStringLiteral("low");
    QTest::newRow("34") << 34 << QStringLiteral("medium");
    QTest::newRow("66") << 66 << QStringLiteral("medium");
    QTest::newRow("67") << 67 << QStringLiteral("high");
    QTest::newRow("100") << 100 << QStringLiteral("high");
}

void TestPlanning::riskScoringEdges()
{
    QFETCH(int, score);
    QFETCH(QString, level);
    const QList<RiskQuestion> qs = {
        RiskQuestion{QStringLiteral("q"),
                     10,
                     QStringLiteral("Q?"),
                     3,
                     {{QStringLiteral("a"), 0}, {QStringLiteral("b"), score}}}};
    QHash<QString, RiskAnswer> answers;
    answers.insert(QStringLiteral("q"), RiskAnswer{QStringLiteral("q"), 1, {}, {}});
    const RiskProfile p = RiskAssessment::evaluate(qs, answers);
    QCOMPARE(p.score.value_or(-1), score);
    QVERIFY(p.suggestion.has_value());
    QCOMPARE(toString(*p.suggestion), level);
}

void TestPlanning::riskSuggestionRule()
{
    const QList<RiskQuestion> qs = RiskAssessment::defaultQuestionnaire();
    QVERIFY(qs.size() >= 8);
    QCOMPARE(RiskAssessment::requiredAnswers(8), 6);
    QHash<QString, RiskAnswer> answers;
    RiskProfile p = RiskAssessment::evaluate(qs, answers);
    QVERIFY(!p.score.has_value());
    QVERIFY(!p.suggestion.has_value());
    // Weighted mean: impact (weight 3) at 100 and users (weight 2) at 0 gives 60.
    answers.insert(QStringLiteral("impact_if_fails"),
                   RiskAnswer{QStringLiteral("impact_if_fails"), 3, {}, {}});
    answers.insert(QStringLiteral("users_affected"),
                   RiskAnswer{QStringLiteral("users_affected"), 0, {}, {}});
    p = RiskAssessment::evaluate(qs, answers);
    QCOMPARE(p.score.value_or(-1), 60);
    QVERIFY(!p.suggestion.has_value());
    for (const char *k : {"tested_preprod", "rollback_tested", "complexity"})
        answers.insert(QString::fromLatin1(k), RiskAnswer{QString::fromLatin1(k), 0, {}, {}});
    p = RiskAssessment::evaluate(qs, answers);
    QCOMPARE(p.answered, 5);
    QVERIFY2(!p.suggestion.has_value(), "5 of 8 answers are not enough");
    answers.insert(QStringLiteral("done_before"),
                   RiskAnswer{QStringLiteral("done_before"), 0, {}, {}});
    p = RiskAssessment::evaluate(qs, answers);
    QCOMPARE(p.answered, 6);
    QVERIFY(p.suggestion.has_value());
    // (3*100) / (3+2+2+2+2+1) = 25 → low
    QCOMPARE(p.score.value_or(-1), 25);
    QCOMPARE_ENUM(*p.suggestion, RiskLevel::Low);
}

void TestPlanning::riskAcceptAndOverrideAreAudited()
{
    TestWorkspace &ws = *m_ws;
    ChangeDraft d = ws.validDraft();
    d.riskLevel.reset();
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    client::Client &engineer = ws.client(QStringLiteral("engineer"));
    VERIFY_ERROR(engineer.acceptRisk(c->number), "risk_not_assessed");
    const QStringList keys = {QStringLiteral("impact_if_fails"), QStringLiteral("users_affected"),
                              QStringLiteral("tested_preprod"),  QStringLiteral("rollback_tested"),
                              QStringLiteral("complexity"),      QStringLiteral("done_before")};
    for (const QString &k : keys)
        VERIFY_OK(engineer.answerRisk(c->number, k, QStringLiteral("3"))); // the third choice
    VERIFY_ERROR(engineer.answerRisk(c->number, QStringLiteral("nope"), QStringLiteral("1")),
                 "not_found");
    VERIFY_ERROR(engineer.answerRisk(c->number, QStringLiteral("downtime"), QStringLiteral("10")),
                 "invalid_input");
    auto p = ws.client(QStringLiteral("engineer")).riskProfile(c->number);
    VERIFY_OK(p);
    QVERIFY(p->suggestion.has_value());
    auto accepted = ws.client(QStringLiteral("engineer")).acceptRisk(c->number);
    VERIFY_OK(accepted);
    QCOMPARE_ENUM(*accepted->riskLevel, *p->suggestion);
    auto history = ws.client(QStringLiteral("owner")).changeHistory(c->number);
    VERIFY_OK(history);
    QCOMPARE(history->last().action, QStringLiteral("risk.accept"));
    QCOMPARE(history->last().newValues.value(QStringLiteral("score")).toInt(), *p->score);

    const RiskLevel other = *p->suggestion == RiskLevel::High ? RiskLevel::Low : RiskLevel::High;
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).acceptRisk(c->number, other),
                 "reason_required");
    VERIFY_OK(ws.client(QStringLiteral("engineer"))
                  .acceptRisk(c->number, other, QStringLiteral("Vendor advisory")));
    history = ws.client(QStringLiteral("owner")).changeHistory(c->number);
    QCOMPARE(history->last().action, QStringLiteral("risk.override"));
    QCOMPARE(history->last().newValues.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Vendor advisory"));
}

void TestPlanning::riskConditions()
{
    TestWorkspace &ws = *m_ws;
    // A similar change that was rolled back last week.
    auto failed = ws.changeIn(ChangeStatus::RolledBack);
    VERIFY_OK(failed);
    ChangeDraft d = ws.validDraft();         // same title words and asset
    d.plannedStart = ws.now().addSecs(3600); // inside the 24 h lead time
    d.plannedEnd = ws.now().addSecs(7200);
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    auto p = ws.client(QStringLiteral("engineer")).riskProfile(c->number);
    VERIFY_OK(p);
    QStringList codes;
    for (const auto &cond : p->conditions)
        codes << cond.code;
    QVERIFY2(codes.contains(QStringLiteral("insufficient_lead_time")),
             qPrintable(codes.join(u',')));
    QVERIFY2(codes.contains(QStringLiteral("similar_change_failed")), qPrintable(codes.join(u',')));
}

void TestPlanning::conflictsTouchingWindowsDoNotOverlap()
{
    TestWorkspace &ws = *m_ws;
    auto a = ws.changeIn(ChangeStatus::Scheduled); // 10:00–12:00 on payments-api
    VERIFY_OK(a);
    const QDateTime start = a->plannedEnd; // touching at 12:00
    auto c = conflictsFor(ws, start, start.addSecs(3600), {QStringLiteral("payments-api")});
    VERIFY_OK(c);
    QVERIFY2(c->isEmpty(), "half-open windows that touch do not overlap");
    c = conflictsFor(ws, a->plannedStart.addSecs(-3600), a->plannedStart,
                     {QStringLiteral("payments-api")});
    VERIFY_OK(c);
    QVERIFY(c->isEmpty());
    c = conflictsFor(ws, start.addSecs(-1), start.addSecs(3600), {QStringLiteral("payments-api")});
    VERIFY_OK(c);
    QCOMPARE(kinds(*c), QStringList{QStringLiteral("change")});
    QCOMPARE(c->conflicts.first().number, a->number);
    QVERIFY(c->conflicts.first().reason.contains(QStringLiteral("payments-api")));
    // Another asset, or the same change itself, is no conflict.
    c = conflictsFor(ws, a->plannedStart, a->plannedEnd, {QStringLiteral("edge-fw")});
    VERIFY_OK(c);
    QVERIFY(c->isEmpty());
    c = ws.client(QStringLiteral("engineer")).conflicts(a->number);
    VERIFY_OK(c);
    QVERIFY(c->isEmpty());
    // Drafts and finished changes are not active: no conflict.
    auto done = ws.changeIn(ChangeStatus::Completed);
    VERIFY_OK(done);
    c = conflictsFor(ws, done->plannedStart, done->plannedEnd, {QStringLiteral("payments-api")},
                     a->number);
    VERIFY_OK(c);
    QVERIFY(c->isEmpty());
}

void TestPlanning::conflictsAcrossTimeZones()
{
    TestWorkspace &ws = *m_ws;
    auto a = ws.changeIn(ChangeStatus::Approved); // 2026-03-05 10:00–12:00 UTC
    VERIFY_OK(a);
    // 12:30 in Berlin (UTC+1 in March) is 11:30 UTC: overlaps.
    const QDateTime berlin(QDate(2026, 3, 5), QTime(12, 30), QTimeZone("Europe/Berlin"));
    auto c = conflictsFor(ws, berlin, berlin.addSecs(3600), {QStringLiteral("payments-api")});
    VERIFY_OK(c);
    QCOMPARE(c->conflicts.size(), 1);
    // 13:00 in Berlin is 12:00 UTC: touches, no overlap.
    const QDateTime touching(QDate(2026, 3, 5), QTime(13, 0), QTimeZone("Europe/Berlin"));
    c = conflictsFor(ws, touching, touching.addSecs(3600), {QStringLiteral("payments-api")});
    VERIFY_OK(c);
    QVERIFY(c->isEmpty());
}

void TestPlanning::conflictsFindLongWindows()
{
    // The search is bounded by the workspace's longest window: a ten-day window that began a
    // week before ours must still be found, and a change that ended just before must not.
    TestWorkspace &ws = *m_ws;
    ChangeDraft longOne = ws.validDraft(QStringLiteral("Data centre migration"));
    longOne.plannedStart = QDateTime(QDate(2026, 3, 10), QTime(0, 0), Qt::UTC);
    longOne.plannedEnd = QDateTime(QDate(2026, 3, 20), QTime(0, 0), Qt::UTC);
    auto l = ws.createChange(longOne);
    VERIFY_OK(l);
    VERIFY_OK(ws.client(QStringLiteral("engineer")).apply(l->number, Action::Submit));
    const QDateTime start(QDate(2026, 3, 18), QTime(10, 0), Qt::UTC);
    auto c = conflictsFor(ws, start, start.addSecs(3600), {QStringLiteral("payments-api")});
    VERIFY_OK(c);
    QCOMPARE(c->conflicts.size(), 1);
    QCOMPARE(c->conflicts.first().number, l->number);
    c = conflictsFor(ws, longOne.plannedEnd->addSecs(0), longOne.plannedEnd->addSecs(3600),
                     {QStringLiteral("payments-api")});
    VERIFY_OK(c);
    QVERIFY2(c->isEmpty(), "a window that ends when ours starts does not overlap");
}

void TestPlanning::conflictsFreezeAndDependency()
{
    TestWorkspace &ws = *m_ws;
    FreezeWindowInput f;
    f.name = QStringLiteral("Quarter close");
    f.start = QDateTime(QDate(2026, 3, 5), QTime(0, 0), Qt::UTC);
    f.end = QDateTime(QDate(2026, 3, 6), QTime(0, 0), Qt::UTC);
    f.allowOverride = true;
    VERIFY_OK(ws.client(QStringLiteral("admin")).addFreezeWindow(f));
    // The upstream change ends after this one starts.
    ChangeDraft up = ws.validDraft(QStringLiteral("Upgrade database"));
    up.plannedStart = QDateTime(QDate(2026, 3, 9), QTime(10, 0), Qt::UTC);
    up.plannedEnd = QDateTime(QDate(2026, 3, 9), QTime(12, 0), Qt::UTC);
    up.affectedAssets = QStringList{QStringLiteral("db-primary")};
    auto u = ws.createChange(up);
    VERIFY_OK(u);
    ChangeDraft d = ws.validDraft();
    d.dependsOn = QList<int>{u->number};
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    auto s = ws.client(QStringLiteral("engineer")).conflicts(c->number);
    VERIFY_OK(s);
    QVERIFY2(kinds(*s).contains(QStringLiteral("freeze")), qPrintable(kinds(*s).join(u',')));
    QVERIFY2(kinds(*s).contains(QStringLiteral("dependency")), qPrintable(kinds(*s).join(u',')));
    for (const auto &k : s->conflicts)
        QVERIFY2(!k.reason.isEmpty(), "every conflict says why");
}

void TestPlanning::conflictsMaintenanceWindows()
{
    TestWorkspace &ws = *m_ws;
    MaintenanceWindow w;
    w.asset = QStringLiteral("db-primary");
    w.weekday = 4; // Thursday
    w.start = QTime(2, 0);
    w.durationMinutes = 240;
    w.timeZone = "Europe/Berlin";
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).addMaintenanceWindow(w),
                 "permission_denied");
    VERIFY_OK(ws.client(QStringLiteral("admin")).addMaintenanceWindow(w));
    MaintenanceWindow bad = w;
    bad.timeZone = "Mars/Olympus";
    VERIFY_ERROR(ws.client(QStringLiteral("admin")).addMaintenanceWindow(bad), "invalid_input");

    // Thursday 2026-03-05 02:00–06:00 Berlin = 01:00–05:00 UTC.
    const QStringList assets{QStringLiteral("db-primary")};
    auto inside = conflictsFor(ws, QDateTime(QDate(2026, 3, 5), QTime(1, 0), Qt::UTC),
                               QDateTime(QDate(2026, 3, 5), QTime(5, 0), Qt::UTC), assets);
    VERIFY_OK(inside);
    QVERIFY(inside->isEmpty());
    auto outside = conflictsFor(ws, QDateTime(QDate(2026, 3, 5), QTime(4, 0), Qt::UTC),
                                QDateTime(QDate(2026, 3, 5), QTime(6, 0), Qt::UTC), assets);
    VERIFY_OK(outside);
    QCOMPARE(kinds(*outside), QStringList{QStringLiteral("maintenance")});
    QVERIFY(outside->conflicts.first().reason.contains(QStringLiteral("Europe/Berlin")));
    // An asset without maintenance windows never warns.
    auto free = conflictsFor(ws, QDateTime(QDate(2026, 3, 5), QTime(4, 0), Qt::UTC),
                             QDateTime(QDate(2026, 3, 5), QTime(6, 0), Qt::UTC),
                             {QStringLiteral("edge-fw")});
    VERIFY_OK(free);
    QVERIFY(free->isEmpty());
}

void TestPlanning::similarRanksByAssetsAndTitle()
{
    TestWorkspace &ws = *m_ws;
    auto best = ws.changeIn(ChangeStatus::Completed); // "Rotate TLS certificate" on payments-api
    VERIFY_OK(best);
    ChangeDraft titleOnly = ws.validDraft(QStringLiteral("Rotate TLS certificate on the firewall"));
    titleOnly.affectedAssets = QStringList{QStringLiteral("edge-fw")};
    auto t = ws.createChange(titleOnly);
    VERIFY_OK(t);
    ChangeDraft unrelated = ws.validDraft(QStringLiteral("Vacuum analytics tables"));
    unrelated.affectedAssets = QStringList{QStringLiteral("db-primary")};
    auto u = ws.createChange(unrelated);
    VERIFY_OK(u);
    auto mine = ws.createChange(ws.validDraft());
    VERIFY_OK(mine);
    auto s = ws.client(QStringLiteral("engineer")).similar(mine->number);
    VERIFY_OK(s);
    QVERIFY(s->size() >= 2);
    QCOMPARE(s->at(0).number, best->number);
    QCOMPARE(s->at(0).sharedAssets, QStringList{QStringLiteral("payments-api")});
    QVERIFY(s->at(0).closureCode.has_value());
    QVERIFY2(s->at(0).approvers.contains(QStringLiteral("approver")),
             qPrintable(s->at(0).approvers.join(u',')));
    QCOMPARE(s->at(1).number, t->number);
    for (const auto &x : *s)
        QVERIFY(x.number != u->number && x.number != mine->number);
}

QTEST_GUILESS_MAIN(TestPlanning)
#include "tst_planning.moc"
