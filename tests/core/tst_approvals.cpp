// Approvals: the built-in matrix, sequential steps, eligibility, self-approval, rejection and
// material edits after approval. Decisions, transitions, edits and sweeps under test go through
// the Client as the member (in process on SQLite and PostgreSQL, over a real vigilo-server on
// the server backend), as are the approval settings and delegations; set-up and checks read the
// core. On the core still: the schema 17 migration (a database taken apart under the core) and
// the second sweeper on a connection of its own (a second desktop or server).
#include "RawSql.h"
#include "TestWorkspace.h"

using namespace vigilo;
using namespace vigilo::test;

namespace {

Result<QList<ApprovalStep>> currentRound(TestWorkspace &ws, int number)
{
    auto steps = ws.core().approvals().steps(ws.owner(), number);
    if (!steps.ok())
        return steps.error();
    int round = 0;
    for (const ApprovalStep &s : *steps)
        round = qMax(round, s.round);
    QList<ApprovalStep> out;
    for (const ApprovalStep &s : *steps)
        if (s.round == round)
            out << s;
    std::sort(out.begin(), out.end(), [](const ApprovalStep &a, const ApprovalStep &b) {
        return a.stepOrder < b.stepOrder;
    });
    return out;
}

// A high-risk change of `ws` in review whose approver step is decided: the admin step is
// pending. Its number, or 0 when something failed.
int adminStepPending(TestWorkspace &ws, const QString &title)
{
    ChangeDraft d = ws.validDraft(title);
    d.riskLevel = RiskLevel::High;
    auto c = ws.createChange(d);
    // Set-up: on the core (schema17RemembersSubstitutesToldBefore also calls it on a database
    // it took apart under the server).
    if (!c.ok() || !ws.core().changes().apply(ws.engineer(), c->number, Action::Submit).ok()
        || !ws.core().changes().apply(ws.approver(), c->number, Action::Approve).ok())
        return 0;
    return c->number;
}

} // namespace

class TestApprovals : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void builtInMatrix_data();
    void builtInMatrix();
    void twoStepsAreSequential();
    void oneRejectionRejects();
    void selfApprovalForbidden();
    void rejectRequiresReason();
    void noEligibleApprovers_data();
    void noEligibleApprovers();
    void materialEditSendsBackToReview_data();
    void materialEditSendsBackToReview();
    void nonMaterialEditKeepsApproval();
    void onePersonDecidesOneStep();
    void substituteDecidesWithinTheRange();
    void substituteToldWhenTheDelegationStarts();
    void schema17RemembersSubstitutesToldBefore();

private:
    std::unique_ptr<TestWorkspace> m_ws;
};

void TestApprovals::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
}

void TestApprovals::cleanupTestCase()
{
    m_ws.reset();
}

void TestApprovals::builtInMatrix_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("priority");
    QTest::addColumn<int>("risk");
    QTest::addColumn<QStringList>("roles"); // eligible role per step, in order
    const QStringList one{QStringLiteral("approver")};
    const QStringList two{QStringLiteral("approver"), QStringLiteral("admin")};
    using T = ChangeType;
    using P = Priority;
    using R = RiskLevel;
    QTest::newRow("emergency low") << int(T::Emergency) << int(P::Low) << int(R::Low) << one;
    QTest::newRow("emergency critical high")
        << int(T::Emergency) << int(P::Critical) << int(R::High) << one;
    QTest::newRow("normal low low") << int(T::Normal) << int(P::Low) << int(R::Low) << one;
    QTest::newRow("normal medium medium")
        << int(T::Normal) << int(P::Medium) << int(R::Medium) << one;
    QTest::newRow("normal high-priority medium-risk")
        << int(T::Normal) << int(P::High) << int(R::Medium) << one;
    QTest::newRow("normal risk high") << int(T::Normal) << int(P::Low) << int(R::High) << two;
    QTest::newRow("normal priority critical")
        << int(T::Normal) << int(P::Critical) << int(R::Low) << two;
    QTest::newRow("normal critical and high")
        << int(T::Normal) << int(P::Critical) << int(R::High) << two;
}

void TestApprovals::builtInMatrix()
{
    QFETCH(int, type);
    QFETCH(int, priority);
    QFETCH(int, risk);
    QFETCH(QStringList, roles);
    TestWorkspace &ws = *m_ws;
    ChangeDraft d = ws.validDraft(QStringLiteral("Matrix case"));
    d.changeType = ChangeType(type);
    d.priority = Priority(priority);
    d.riskLevel = RiskLevel(risk);
    auto c = ws.createChange(d);
    VERIFY_OK(c);

    // The plan (no writes) and what submit writes agree.
    const QList<ApprovalStep> planned = ws.core().approvals().planSteps(*c);
    QCOMPARE(planned.size(), roles.size());
    for (int i = 0; i < planned.size(); ++i)
        QCOMPARE(toString(planned.at(i).eligibleRole), roles.at(i));

    auto submitted = ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit);
    VERIFY_OK(submitted);
    QCOMPARE_ENUM(submitted->status, ChangeStatus::Review);
    auto steps = currentRound(ws, c->number);
    VERIFY_OK(steps);
    QCOMPARE(steps->size(), roles.size());
    for (int i = 0; i < steps->size(); ++i) {
        const ApprovalStep &s = steps->at(i);
        QCOMPARE(s.stepOrder, i + 1);
        QCOMPARE(toString(s.eligibleRole), roles.at(i));
        QCOMPARE(s.requiredApprovals, 1);
        QCOMPARE(s.round, 1);
        QCOMPARE_ENUM(s.status, i == 0 ? StepStatus::Pending : StepStatus::Waiting);
        QVERIFY(s.decisions.isEmpty());
    }

    // Approving each step in turn approves the change only after the last one.
    for (int i = 0; i < roles.size(); ++i) {
        const QString decider = roles.at(i) == QLatin1String("admin") ? QStringLiteral("admin")
                                                                      : QStringLiteral("approver");
        auto r = ws.client(decider).apply(c->number, Action::Approve);
        VERIFY_OK(r);
        QCOMPARE_ENUM(r->status,
                      i + 1 == roles.size() ? ChangeStatus::Approved : ChangeStatus::Review);
    }
}

void TestApprovals::twoStepsAreSequential()
{
    TestWorkspace &ws = *m_ws;
    ChangeDraft d = ws.validDraft(QStringLiteral("Migrate primary database"));
    d.riskLevel = RiskLevel::High;
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    VERIFY_OK(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit));

    ws.clock().advanceSecs(600);
    TransitionInput in;
    in.comment = QStringLiteral("Technically sound");
    auto first = ws.client(QStringLiteral("approver")).apply(c->number, Action::Approve, in);
    VERIFY_OK(first);
    QCOMPARE_ENUM(first->status, ChangeStatus::Review);
    QVERIFY(!first->approvedAt.isValid());
    auto steps = currentRound(ws, c->number);
    VERIFY_OK(steps);
    QCOMPARE(steps->size(), 2);
    QCOMPARE_ENUM(steps->at(0).status, StepStatus::Approved);
    QCOMPARE(steps->at(0).decidedAt, ws.now());
    QCOMPARE(steps->at(0).decisions.size(), 1);
    QCOMPARE(steps->at(0).decisions.at(0).member, QStringLiteral("approver"));
    QCOMPARE(steps->at(0).decisions.at(0).comment, in.comment);
    QVERIFY(steps->at(0).decisions.at(0).approved);
    QCOMPARE_ENUM(steps->at(1).status, StepStatus::Pending);

    // The second step is admin-only: an approver is not eligible, and nothing is written.
    const QString before = ws.fingerprint();
    const qint64 events = ws.auditCount();
    auto refused = ws.client(QStringLiteral("approver2")).apply(c->number, Action::Approve);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("not_eligible_approver"));
    QCOMPARE(refused.error().kind(), ErrorKind::Rule);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(ws.fingerprint(), before);
    QCOMPARE(ws.auditCount(), events);
    // Nor can the change move on before the second step.
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Schedule),
                 "invalid_transition");

    ws.clock().advanceSecs(600);
    auto second = ws.client(QStringLiteral("admin")).apply(c->number, Action::Approve);
    VERIFY_OK(second);
    QCOMPARE_ENUM(second->status, ChangeStatus::Approved);
    QCOMPARE(second->approvedAt, ws.now());
    steps = currentRound(ws, c->number);
    VERIFY_OK(steps);
    QCOMPARE_ENUM(steps->at(1).status, StepStatus::Approved);
    QCOMPARE(steps->at(1).decisions.size(), 1);
    QCOMPARE(steps->at(1).decisions.at(0).member, QStringLiteral("admin"));
}

void TestApprovals::oneRejectionRejects()
{
    TestWorkspace &ws = *m_ws;
    ChangeDraft d = ws.validDraft(QStringLiteral("Replace core switch"));
    d.priority = Priority::Critical;
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    VERIFY_OK(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit));
    VERIFY_OK(ws.client(QStringLiteral("approver")).apply(c->number, Action::Approve));
    TransitionInput in;
    in.reason = QStringLiteral("Not during quarter close");
    auto r = ws.client(QStringLiteral("owner")).apply(c->number, Action::Reject, in);
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, ChangeStatus::Rejected);
    auto steps = currentRound(ws, c->number);
    VERIFY_OK(steps);
    QCOMPARE_ENUM(steps->at(0).status, StepStatus::Approved);
    QCOMPARE_ENUM(steps->at(1).status, StepStatus::Rejected);
    QCOMPARE(steps->at(1).decisions.size(), 1);
    QVERIFY(!steps->at(1).decisions.at(0).approved);
    QCOMPARE(steps->at(1).decisions.at(0).comment, in.reason);
    // Rejected is terminal.
    VERIFY_ERROR(ws.client(QStringLiteral("admin")).apply(c->number, Action::Approve),
                 "invalid_transition");
}

void TestApprovals::selfApprovalForbidden()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.createChange(ws.approver(), ws.validDraft(QStringLiteral("Approver's own change")));
    VERIFY_OK(c);
    VERIFY_OK(ws.client(QStringLiteral("approver")).apply(c->number, Action::Submit));
    const QString before = ws.fingerprint();
    auto r = ws.client(QStringLiteral("approver")).apply(c->number, Action::Approve);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("self_approval_forbidden"));
    QCOMPARE(r.error().kind(), ErrorKind::Rule);
    QCOMPARE(ws.fingerprint(), before);
    QCOMPARE_ENUM(ws.statusOf(c->number), ChangeStatus::Review);
    // Anyone else eligible may.
    auto other = ws.client(QStringLiteral("approver2")).apply(c->number, Action::Approve);
    VERIFY_OK(other);
    QCOMPARE_ENUM(other->status, ChangeStatus::Approved);
}

void TestApprovals::rejectRequiresReason()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.changeIn(ChangeStatus::Review);
    VERIFY_OK(c);
    const QString before = ws.fingerprint();
    for (const QString &blank : {QString(), QStringLiteral(" \t ")}) {
        TransitionInput in;
        in.reason = blank;
        VERIFY_ERROR(ws.client(QStringLiteral("approver")).apply(c->number, Action::Reject, in),
                     "reason_required");
    }
    QCOMPARE(ws.fingerprint(), before);
    TransitionInput in;
    in.reason = QStringLiteral("Rollback plan is not tested");
    auto r = ws.client(QStringLiteral("approver")).apply(c->number, Action::Reject, in);
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, ChangeStatus::Rejected);
    // The reason is kept in the history.
    auto history = ws.core().audit().changeHistory(ws.viewer(), c->number);
    VERIFY_OK(history);
    const QJsonObject last = history->constLast().toJson();
    QVERIFY2(QString::fromUtf8(QJsonDocument(last).toJson()).contains(in.reason),
             QJsonDocument(last).toJson().constData());
}

void TestApprovals::noEligibleApprovers_data()
{
    QTest::addColumn<QString>("situation");
    QTest::newRow("owner alone requests") << QStringLiteral("owner-alone");
    QTest::newRow("only approver deactivated") << QStringLiteral("approver-deactivated");
    QTest::newRow("no admin besides requesting owner") << QStringLiteral("second-step");
}

void TestApprovals::noEligibleApprovers()
{
    QFETCH(QString, situation);
    TestWorkspace ws(QStringLiteral("tiny"), /*withMembers=*/false);
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    VERIFY_OK(ws.core().workspaces().addAsset(ws.owner(), QStringLiteral("payments-api"),
                                              QStringLiteral("service")));
    VERIFY_OK(ws.addMember(QStringLiteral("engineer"), Role::Engineer));
    ChangeDraft d = ws.validDraft();
    Actor requester = ws.owner();
    if (situation == QLatin1String("approver-deactivated")) {
        VERIFY_OK(ws.addMember(QStringLiteral("approver"), Role::Approver));
        VERIFY_OK(ws.core().workspaces().deactivateMember(ws.owner(), QStringLiteral("approver")));
    } else if (situation == QLatin1String("second-step")) {
        VERIFY_OK(ws.addMember(QStringLiteral("approver"), Role::Approver));
        d.riskLevel = RiskLevel::High;
    }
    auto c = ws.createChange(requester, d);
    VERIFY_OK(c);
    const QString before = ws.fingerprint();
    const qint64 events = ws.auditCount();
    auto r = ws.client(QStringLiteral("owner")).apply(c->number, Action::Submit);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("no_eligible_approvers"));
    QCOMPARE(r.error().kind(), ErrorKind::Rule);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE_ENUM(ws.statusOf(c->number), ChangeStatus::Draft);
    QCOMPARE(ws.count(QStringLiteral("approval_steps")), qint64(0));
    QCOMPARE(ws.auditCount(), events);
    QCOMPARE(ws.fingerprint(), before);

    // The Troubleshooting way out: a pre-approved standard change needs nobody.
    ChangeDraft standard = ws.validDraft(QStringLiteral("Pre-approved restart"));
    standard.changeType = ChangeType::Standard;
    auto s = ws.createChange(requester, standard);
    VERIFY_OK(s);
    auto submitted = ws.client(QStringLiteral("owner")).apply(s->number, Action::Submit);
    VERIFY_OK(submitted);
    QCOMPARE_ENUM(submitted->status, ChangeStatus::Approved);
}

void TestApprovals::materialEditSendsBackToReview_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("from");
    for (const char *f :
         {"window", "assets", "implementation_plan", "rollback_plan", "test_plan", "type"})
        QTest::addRow("%s after approval", f)
            << QString::fromLatin1(f) << int(ChangeStatus::Approved);
    QTest::newRow("window after scheduling")
        << QStringLiteral("window") << int(ChangeStatus::Scheduled);
    QTest::newRow("assets after scheduling")
        << QStringLiteral("assets") << int(ChangeStatus::Scheduled);
}

void TestApprovals::materialEditSendsBackToReview()
{
    QFETCH(QString, field);
    QFETCH(int, from);
    TestWorkspace &ws = *m_ws;
    auto c = ws.changeIn(ChangeStatus(from));
    VERIFY_OK(c);
    auto roundOne = currentRound(ws, c->number);
    VERIFY_OK(roundOne);
    QCOMPARE(roundOne->size(), 1);
    QCOMPARE(roundOne->at(0).round, 1);
    QCOMPARE_ENUM(roundOne->at(0).status, StepStatus::Approved);
    const qint64 events = ws.auditCount();

    ChangeDraft edit;
    if (field == QLatin1String("window")) {
        edit.plannedStart = c->plannedStart.addDays(1);
        edit.plannedEnd = c->plannedEnd.addDays(1);
    } else if (field == QLatin1String("assets")) {
        edit.affectedAssets =
            QStringList{QStringLiteral("payments-api"), QStringLiteral("db-primary")};
    } else if (field == QLatin1String("implementation_plan")) {
        edit.implementationPlan = QStringLiteral("1. Drain\n2. Install\n3. Verify\n4. Restore");
    } else if (field == QLatin1String("rollback_plan")) {
        edit.rollbackPlan = QStringLiteral("Fail over to the standby instead.");
    } else if (field == QLatin1String("test_plan")) {
        edit.testPlan = QStringLiteral("Run the synthetic checkout probe.");
    } else if (field == QLatin1String("type")) {
        edit.changeType = ChangeType::Emergency;
    }
    auto edited = ws.client(QStringLiteral("engineer")).editChange(c->number, edit);
    VERIFY_OK(edited);
    QCOMPARE_ENUM(edited->status, ChangeStatus::Review);
    QVERIFY(ws.auditCount() > events);

    // A new round of steps; the old decision stays in the history.
    auto all = ws.core().approvals().steps(ws.owner(), c->number);
    VERIFY_OK(all);
    auto roundTwo = currentRound(ws, c->number);
    VERIFY_OK(roundTwo);
    QVERIFY(!roundTwo->isEmpty());
    QCOMPARE(roundTwo->at(0).round, 2);
    QCOMPARE_ENUM(roundTwo->at(0).status, StepStatus::Pending);
    QVERIFY(roundTwo->at(0).decisions.isEmpty());
    bool oldKept = false;
    for (const ApprovalStep &s : *all)
        if (s.round == 1 && s.status == StepStatus::Approved && s.decisions.size() == 1)
            oldKept = true;
    QVERIFY(oldKept);

    // It has to be approved again before it can be scheduled.
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Schedule),
                 "invalid_transition");
    auto again = ws.client(QStringLiteral("approver")).apply(c->number, Action::Approve);
    VERIFY_OK(again);
    QCOMPARE_ENUM(again->status, ChangeStatus::Approved);
}

void TestApprovals::nonMaterialEditKeepsApproval()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.changeIn(ChangeStatus::Approved);
    VERIFY_OK(c);
    ChangeDraft edit;
    edit.description = QStringLiteral("Clarified the description only.");
    auto edited = ws.client(QStringLiteral("engineer")).editChange(c->number, edit);
    VERIFY_OK(edited);
    QCOMPARE_ENUM(edited->status, ChangeStatus::Approved);
    QCOMPARE(edited->description, *edit.description);
    auto steps = ws.core().approvals().steps(ws.owner(), c->number);
    VERIFY_OK(steps);
    QCOMPARE(steps->size(), 1);
    QCOMPARE(steps->at(0).round, 1);
}

// Issue 15: an admin who gave the technical approval may not also give the management one; the
// workspace may relax that (audited); `policy explain` follows the rule.
void TestApprovals::onePersonDecidesOneStep()
{
    TestWorkspace &ws = *m_ws;
    ChangeDraft d = ws.validDraft(QStringLiteral("Re-key the vault"));
    d.riskLevel = RiskLevel::High;
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    VERIFY_OK(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit));
    VERIFY_OK(ws.client(QStringLiteral("admin")).apply(c->number, Action::Approve));
    auto explained = ws.core().approvals().explain(ws.viewer(), c->number);
    VERIFY_OK(explained);
    QVERIFY(!explained->eligible.value(1).contains(QStringLiteral("admin")));
    QVERIFY(explained->eligible.value(1).contains(QStringLiteral("owner")));
    const QString before = ws.fingerprint();
    VERIFY_ERROR(ws.client(QStringLiteral("admin")).apply(c->number, Action::Approve),
                 "distinct_approver_required");
    QCOMPARE(ws.fingerprint(), before);
    // What the change's Approvals tab asks (change.steps): Approve is refused to the admin now.
    auto answers = awaited(ws.client(QStringLiteral("admin")).approvalStepsAsync(c->number));
    VERIFY_OK(answers);
    QVERIFY(!answers->decisions.isEmpty());
    QCOMPARE_ENUM(answers->decisions.first().action, Action::Approve);
    QVERIFY(!answers->decisions.first().allowed());

    const qint64 events = ws.auditCount();
    const QString unrelaxed = ws.fingerprint();
    ApprovalSettingsChange relax;
    relax.distinctPeople = false;
    VERIFY_ERROR(ws.client(QStringLiteral("approver")).setApprovalSettings(relax),
                 "permission_denied");
    QCOMPARE(ws.fingerprint(), unrelaxed);
    auto relaxed = ws.client(QStringLiteral("admin")).setApprovalSettings(relax);
    VERIFY_OK(relaxed);
    QVERIFY(!relaxed->distinctPeople);
    QCOMPARE(ws.auditCount(), events + 1);
    auto settingsEvent = ws.core().audit().workspaceHistory(ws.owner(), 1);
    VERIFY_OK(settingsEvent);
    QCOMPARE(settingsEvent->first().action, QStringLiteral("workspace.approval_settings"));
    QCOMPARE(settingsEvent->first().actor, QStringLiteral("admin"));
    auto second = ws.client(QStringLiteral("admin")).apply(c->number, Action::Approve);
    VERIFY_OK(second);
    QCOMPARE_ENUM(second->status, ChangeStatus::Approved);
    ApprovalSettingsChange restore;
    restore.distinctPeople = true;
    VERIFY_OK(ws.client(QStringLiteral("owner")).setApprovalSettings(restore));
}

// A delegation holds in [from, to) of the core's clock, and the decision says on whose behalf.
void TestApprovals::substituteDecidesWithinTheRange()
{
    TestWorkspace &ws = *m_ws;
    ChangeDraft d = ws.validDraft(QStringLiteral("Rotate the HSM keys"));
    d.riskLevel = RiskLevel::High;
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    VERIFY_OK(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit));
    VERIFY_OK(ws.client(QStringLiteral("approver")).apply(c->number, Action::Approve));
    // An engineer may not hand over the admin's duties; the admin may.
    VERIFY_ERROR(ws.client(QStringLiteral("engineer"))
                     .setDelegation(QStringLiteral("approver2"), ws.now().addSecs(3600),
                                    ws.now().addSecs(7200), QStringLiteral("admin")),
                 "permission_denied");
    auto delegation = ws.client(QStringLiteral("admin"))
                          .setDelegation(QStringLiteral("approver2"), ws.now().addSecs(3600),
                                         ws.now().addSecs(7200));
    VERIFY_OK(delegation);
    QCOMPARE(delegation->member, QStringLiteral("admin"));
    VERIFY_ERROR(ws.client(QStringLiteral("approver2")).apply(c->number, Action::Approve),
                 "not_eligible_approver");
    ws.clock().advanceSecs(7200); // the end is not part of it
    VERIFY_ERROR(ws.client(QStringLiteral("approver2")).apply(c->number, Action::Approve),
                 "not_eligible_approver");
    ws.clock().advanceSecs(-1800);
    auto queue = awaited(ws.client(QStringLiteral("approver2")).approvalQueueAsync(true));
    VERIFY_OK(queue);
    bool listed = false;
    for (const auto &item : queue->items)
        if (item.change.number == c->number)
            listed = item.onBehalfOf == QLatin1String("admin");
    QVERIFY(listed);
    auto approved = ws.client(QStringLiteral("approver2")).apply(c->number, Action::Approve);
    VERIFY_OK(approved);
    QCOMPARE_ENUM(approved->status, ChangeStatus::Approved);
    auto steps = currentRound(ws, c->number);
    VERIFY_OK(steps);
    QCOMPARE(steps->at(1).decisions.at(0).member, QStringLiteral("approver2"));
    QCOMPARE(steps->at(1).decisions.at(0).onBehalfOf, QStringLiteral("admin"));
    ws.clock().advanceSecs(1800);
}

// Issue 15's last gap: a delegation set to start later tells its substitute, once it has
// started, of the steps pending then that fall to them (a sweep, where time passes): once,
// whoever sweeps and however often; not of a step decided before the start; not by a viewer's
// sweep, which writes nothing.
void TestApprovals::substituteToldWhenTheDelegationStarts()
{
    TestWorkspace &ws = *m_ws;
    const QDateTime start = ws.now();
    // High risk: the approver's peer review, then the admin step is pending.
    const int decidedEarly = adminStepPending(ws, QStringLiteral("Renew the VPN certificates"));
    const int pending = adminStepPending(ws, QStringLiteral("Resize the message queue"));
    QVERIFY(decidedEarly > 0 && pending > 0);
    auto open = currentRound(ws, pending);
    VERIFY_OK(open);
    QCOMPARE(open->size(), 2);
    QCOMPARE_ENUM(open->at(1).status, StepStatus::Pending);
    const QString stepName = open->at(1).name;
    auto delegation = ws.client(QStringLiteral("admin"))
                          .setDelegation(QStringLiteral("approver2"), start.addSecs(3600),
                                         start.addSecs(4 * 3600));
    VERIFY_OK(delegation);
    const qint64 noticesBefore = ws.count(QStringLiteral("substitute_notices"));
    // approver2's notifications of these two changes: "number/on behalf of/step".
    auto dueFor = [&](qint64 afterSeq) {
        QStringList out;
        auto events = ws.core().subscriptions().desktopEventsSince(ws.approver2(), afterSeq, 500);
        if (!events.ok())
            out << events.error().message;
        else
            for (const SubscriptionEvent &e : *events)
                if (e.action == QLatin1String("approval.delegated")
                    && (e.changeNumber == pending || e.changeNumber == decidedEarly))
                    out << QStringLiteral("%1/%2/%3").arg(e.changeNumber).arg(e.onBehalfOf, e.step);
        return out;
    };
    auto seq = ws.core().subscriptions().latestSeq(ws.approver2());
    VERIFY_OK(seq);

    // Not started: nothing falls to approver2 yet, and sweeping writes nothing.
    const QString before = ws.fingerprint();
    auto early = ws.client(QStringLiteral("engineer")).tellSubstitutes();
    VERIFY_OK(early);
    QCOMPARE(early->told, 0);
    QCOMPARE(ws.fingerprint(), before);
    // The owner decides one of them before the start.
    VERIFY_OK(ws.client(QStringLiteral("owner")).apply(decidedEarly, Action::Approve));
    QCOMPARE_ENUM(ws.statusOf(decidedEarly), ChangeStatus::Approved);

    ws.clock().advanceSecs(3600 + 60);
    // A viewer's client sweeps first: it writes nothing, and tells nobody.
    const QString started = ws.fingerprint();
    auto byViewer = ws.client(QStringLiteral("viewer")).tellSubstitutes();
    VERIFY_OK(byViewer);
    QCOMPARE(byViewer->told, 0);
    QCOMPARE(ws.fingerprint(), started);

    // An engineer's client sweeps: approver2 is told of the pending step, in the engineer's name.
    const QString told = QStringLiteral("%1/admin/%2").arg(pending).arg(stepName);
    const qint64 events = ws.auditCount();
    auto swept = ws.client(QStringLiteral("engineer")).tellSubstitutes();
    VERIFY_OK(swept);
    QVERIFY(swept->told >= 1);
    QVERIFY(!swept->more);
    QCOMPARE(ws.auditCount(), events + swept->told);
    QCOMPARE(dueFor(*seq), QStringList{told}); // not the step decided before the start
    QCOMPARE(ws.count(QStringLiteral("substitute_notices"),
                      QStringLiteral("delegation_id = %1 AND told = 1").arg(delegation->id)),
             qint64(swept->told));
    QVERIFY(ws.count(QStringLiteral("substitute_notices")) > noticesBefore);
    auto history = ws.core().audit().changeHistory(ws.viewer(), pending);
    VERIFY_OK(history);
    QCOMPARE(history->last().action, QStringLiteral("approval.delegated"));
    QCOMPARE(history->last().actor, QStringLiteral("engineer"));

    // A second sweep, and another client's on its own connection (a second desktop or server),
    // add none.
    const QString afterTelling = ws.fingerprint();
    auto again = ws.client(QStringLiteral("owner")).tellSubstitutes();
    VERIFY_OK(again);
    QCOMPARE(again->told, 0);
    QCOMPARE(again->examined, 0);
    {
        auto other =
            Store::open(ws.dbUrlAs(QStringLiteral("engineer2")), Store::OpenMode::ExistingOnly);
        VERIFY_OK(other);
        Vigilo second(**other, ws.clock());
        auto secondSweep = second.delegations().tellSubstitutes(ws.engineer2());
        VERIFY_OK(secondSweep);
        QCOMPARE(secondSweep->told, 0);
    }
    QCOMPARE(ws.fingerprint(), afterTelling);
    QCOMPARE(dueFor(*seq), QStringList{told});

    // approver2 decides on admin's behalf; nothing is announced again.
    VERIFY_OK(ws.client(QStringLiteral("approver2")).apply(pending, Action::Approve));
    auto last = ws.client(QStringLiteral("engineer")).tellSubstitutes();
    VERIFY_OK(last);
    QCOMPARE(last->told, 0);
    QCOMPARE(dueFor(*seq), QStringList{told});
    ws.clock().setNow(start.addSecs(4 * 3600)); // the delegation has ended for later tests
}

// Schema 17 added substitute_notices; its migration fills it from the approval.delegated events
// written before, so that a substitute told of a pending step is not told again after the
// upgrade. The database is built by the core, then taken back to schema 16 as a build before 17
// left it (no substitute_notices, nor the later change_follows and graph_version; vigilo_schema
// at 16), and opened
// again: the migration runs on rows the core really wrote.
void TestApprovals::schema17RemembersSubstitutesToldBefore()
{
    TestWorkspace ws(QStringLiteral("upgrade"));
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const QDateTime start = ws.now();
    const int announced = adminStepPending(ws, QStringLiteral("Resize the message queue"));
    QVERIFY(announced > 0);
    auto open = currentRound(ws, announced);
    VERIFY_OK(open);
    QCOMPARE(open->size(), 2);
    QCOMPARE_ENUM(open->at(1).status, StepStatus::Pending);
    const qint64 stepId = open->at(1).id;
    auto delegation = ws.core().delegations().set(ws.admin(), {}, QStringLiteral("approver2"),
                                                  start.addSecs(3600), start.addSecs(4 * 3600));
    VERIFY_OK(delegation);
    ws.clock().advanceSecs(3600 + 60);
    auto swept = ws.core().delegations().tellSubstitutes(ws.engineer());
    VERIFY_OK(swept);
    QCOMPARE(swept->told, 1);
    const QString delegated = QStringLiteral("action = 'approval.delegated'");
    QCOMPARE(ws.count(QStringLiteral("audit_events"), delegated), qint64(1));

    // Back to schema 16.
    const QString location = ws.dbPath();
    // Schema 20's asset graph counter goes too (its triggers first); 21 only grants on
    // PostgreSQL, which the migration repeats harmlessly.
    QStringList back{QStringLiteral("DROP TABLE substitute_notices"),
                     QStringLiteral("DROP TABLE change_follows")};
    if (Store::isPostgresLocation(location)) {
        back << QStringLiteral("DROP TRIGGER assets_graph_changed ON assets")
             << QStringLiteral("DROP TRIGGER asset_relations_graph_changed ON asset_relations")
             << QStringLiteral("DROP FUNCTION vigilo_graph_changed()");
    } else {
        for (const char *table : {"assets", "asset_relations"})
            for (const char *when : {"insert", "update", "delete"})
                back << QStringLiteral("DROP TRIGGER %1_graph_%2")
                            .arg(QLatin1String(table), QLatin1String(when));
    }
    back << QStringLiteral("ALTER TABLE workspaces DROP COLUMN graph_version")
         << QStringLiteral("DELETE FROM vigilo_schema WHERE version > 16");
    const QString rolledBack = rawExec(location, back);
    QVERIFY2(rolledBack.isEmpty(), qPrintable(rolledBack));
    QCOMPARE(rawScalar(location, QStringLiteral("SELECT MAX(version) FROM vigilo_schema")).toInt(),
             16);

    // The upgrade: the announced pair is remembered as told.
    auto upgraded = Store::open(location, Store::OpenMode::ExistingOnly);
    VERIFY_OK(upgraded);
    QCOMPARE((*upgraded)->schemaVersion(), Store::kSchemaVersion);
    QCOMPARE(rawCount(location, QStringLiteral("substitute_notices")), qint64(1));
    QCOMPARE(rawCount(location, QStringLiteral("substitute_notices"),
                      QStringLiteral("delegation_id = %1 AND step_id = %2 AND told = 1")
                          .arg(delegation->id)
                          .arg(stepId)),
             qint64(1));

    // Sweeping after the upgrade, on the upgraded store, tells nobody again and writes nothing.
    Vigilo after(**upgraded, ws.clock());
    const QString before = rawFingerprint(location);
    auto again = after.delegations().tellSubstitutes(ws.engineer());
    VERIFY_OK(again);
    QCOMPARE(again->told, 0);
    QCOMPARE(rawFingerprint(location), before);
    QCOMPARE(rawCount(location, QStringLiteral("audit_events"), delegated), qint64(1));

    // A step that falls due after the upgrade is still told, once.
    const int later = adminStepPending(ws, QStringLiteral("Patch the load balancers"));
    QVERIFY(later > 0);
    auto next = after.delegations().tellSubstitutes(ws.engineer());
    VERIFY_OK(next);
    QCOMPARE(rawCount(location, QStringLiteral("audit_events"), delegated), qint64(2));
    QCOMPARE(rawCount(location, QStringLiteral("substitute_notices"), QStringLiteral("told = 1")),
             qint64(2));
}

QTEST_GUILESS_MAIN(TestApprovals)
#include "tst_approvals.moc"
