// The change FSM: every action from every status, the data each transition stamps, its gates
// (closure, rollback reason, optimistic locking) and the audit event committed with it. Every
// transition and edit under test goes through the Client as the member (in process on SQLite
// and PostgreSQL, over a real vigilo-server on the server backend); set-up and checks read the
// core.
#include "FsmTable.h"
#include "TestWorkspace.h"

using namespace vigilo;
using namespace vigilo::test;

namespace {

TransitionInput validInput(Action action)
{
    TransitionInput in;
    in.comment = QStringLiteral("From the FSM matrix");
    if (action == Action::Reject || action == Action::Rollback || action == Action::Cancel
        || action == Action::Reopen)
        in.reason = QStringLiteral("Health checks failed on canary");
    if (action == Action::Start) // the fixture's clock stands before the planned window
        in.justification = QStringLiteral("Started early to use the quiet hour");
    if (action == Action::Complete) {
        in.closureCode = ClosureCode::SuccessfulWithIssues;
        in.closureNotes = QStringLiteral("One node needed a second restart.");
    }
    return in;
}

// The member who performs `action` in the matrix: it has the permission, is not the requester.
QString performerFor(Action action)
{
    return minimumRole(action) == Role::Approver ? QStringLiteral("approver")
                                                 : QStringLiteral("engineer");
}

} // namespace

class TestFsm : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void transitionMatrix_data();
    void transitionMatrix();
    void tableMatchesProduct();
    void availableActions_data();
    void availableActions();

    void standardChangeSkipsReview();
    void emergencyChangeStillNeedsApproval();
    void completeRequiresClosure_data();
    void completeRequiresClosure();
    void completeStampsClosure();
    void rollbackRequiresReasonAndStamps();
    void reopenReturnsToInProgress();
    void cancelStampsReason();
    void staleWriteIsRefused();
    void staleEditIsRefused();
    void unknownChangeIsNotFound();
    void startOutsidePlannedWindowNeedsJustification_data();
    void startOutsidePlannedWindowNeedsJustification();
    void startInsidePlannedWindowIsNoException();
    void reopenNeedsReason();

private:
    std::unique_ptr<TestWorkspace> m_ws;
};

void TestFsm::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
}

void TestFsm::cleanupTestCase()
{
    m_ws.reset();
}

void TestFsm::transitionMatrix_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("from");
    for (Action a : allActions())
        for (ChangeStatus s : allChangeStatuses())
            QTest::addRow("%s from %s", qPrintable(toString(a)), qPrintable(toString(s)))
                << int(a) << int(s);
}

void TestFsm::transitionMatrix()
{
    QFETCH(int, action);
    QFETCH(int, from);
    const Action a = Action(action);
    const ChangeStatus s = ChangeStatus(from);
    TestWorkspace &ws = *m_ws;

    auto change = ws.changeIn(s);
    VERIFY_OK(change);
    QCOMPARE_ENUM(change->status, s);
    const int number = change->number;
    const QString before = ws.fingerprint();
    const qint64 events = ws.auditCount();

    auto r = ws.client(performerFor(a)).apply(number, a, validInput(a));
    const std::optional<ChangeStatus> expected = expectedTarget(a, s);
    if (!expected) {
        QVERIFY2(!r.ok(), "a transition PRODUCT.md does not allow succeeded");
        QCOMPARE(r.error().code, QStringLiteral("invalid_transition"));
        QCOMPARE(r.error().kind(), ErrorKind::Rule);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE_ENUM(ws.statusOf(number), s);
        QCOMPARE(ws.auditCount(), events);
        QCOMPARE(ws.fingerprint(), before);
        return;
    }
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, *expected);
    QCOMPARE_ENUM(ws.statusOf(number), *expected);
    QVERIFY(r->version > change->version);
    QCOMPARE(r->updatedAt, ws.now());
    // The transition and its audit event were committed together.
    QVERIFY(ws.auditCount() > events);
    auto history = ws.core().audit().changeHistory(ws.owner(), number);
    VERIFY_OK(history);
    QVERIFY(!history->isEmpty());
    const AuditEvent &last = history->constLast();
    QVERIFY2(last.action.contains(toString(a)), qPrintable(last.action));
    QCOMPARE(last.actor, performerFor(a));
    QCOMPARE(last.at, ws.now());
    QCOMPARE(last.changeNumber, number);
}

void TestFsm::tableMatchesProduct()
{
    for (Action a : allActions()) {
        QList<ChangeStatus> expected;
        for (ChangeStatus s : allChangeStatuses())
            if (expectedTarget(a, s))
                expected << s;
        QList<ChangeStatus> actual = ChangeService::fromStatuses(a);
        std::sort(actual.begin(), actual.end());
        QVERIFY2(actual == expected, qPrintable(toString(a)));
        QCOMPARE(roleHas(minimumRole(a), ChangeService::permissionFor(a)), true);
        if (minimumRole(a) != Role::Engineer) {
            QCOMPARE(roleHas(Role::Engineer, ChangeService::permissionFor(a)), false);
        } else {
            QCOMPARE(roleHas(Role::Viewer, ChangeService::permissionFor(a)), false);
        }
    }
}

void TestFsm::availableActions_data()
{
    QTest::addColumn<int>("status");
    for (ChangeStatus s : allChangeStatuses())
        QTest::addRow("%s", qPrintable(toString(s))) << int(s);
}

void TestFsm::availableActions()
{
    QFETCH(int, status);
    const ChangeStatus s = ChangeStatus(status);
    TestWorkspace &ws = *m_ws;
    auto change = ws.changeIn(s);
    VERIFY_OK(change);

    // The owner (not the requester) may do everything the FSM allows from here.
    QStringList expected;
    for (Action a : allActions())
        if (expectedTarget(a, s))
            expected << toString(a);
    // What the change's screen gets (change.open), as each member.
    const auto actionsOf = [&](const QString &member) {
        return VALUE_OK(ws.client(member).openChange(change->number, false, false))
            .availableActions;
    };
    QStringList actual;
    for (Action a : actionsOf(QStringLiteral("owner")))
        actual << toString(a);
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);

    // A viewer may do nothing; an engineer nothing that needs changes.approve.
    QVERIFY(actionsOf(QStringLiteral("viewer")).isEmpty());
    for (Action a : actionsOf(QStringLiteral("engineer2")))
        QCOMPARE_ENUM(minimumRole(a), Role::Engineer);
}

void TestFsm::standardChangeSkipsReview()
{
    TestWorkspace &ws = *m_ws;
    ChangeDraft d = ws.validDraft(QStringLiteral("Monthly OS patching (standard)"));
    d.changeType = ChangeType::Standard;
    d.plannedStart = ws.now().addSecs(5 * 3600);
    d.plannedEnd = ws.now().addSecs(6 * 3600);
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    QVERIFY(c->isStandard());
    QCOMPARE(c->minLeadTimeHours, 4);
    auto r = ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit);
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, ChangeStatus::Approved);
    QCOMPARE(r->submittedAt, ws.now());
    QCOMPARE(r->approvedAt, ws.now());
    auto steps = ws.core().approvals().steps(ws.engineer(), c->number);
    VERIFY_OK(steps);
    QVERIFY2(steps->isEmpty(), "a standard change got approval steps");
    // And it can go on without anyone approving.
    VERIFY_OK(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Schedule));
}

void TestFsm::emergencyChangeStillNeedsApproval()
{
    TestWorkspace &ws = *m_ws;
    ChangeDraft d = ws.validDraft(QStringLiteral("Hotfix: revoke leaked API key"));
    d.changeType = ChangeType::Emergency;
    d.priority = Priority::Critical;
    d.plannedStart = ws.now().addSecs(10 * 60);
    d.plannedEnd = ws.now().addSecs(40 * 60);
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    QCOMPARE(c->minLeadTimeHours, 0);
    auto r = ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit);
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, ChangeStatus::Review);
    auto steps = ws.core().approvals().steps(ws.engineer(), c->number);
    VERIFY_OK(steps);
    QCOMPARE(steps->size(), 1);
    // Scheduling before the approval is not possible.
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Schedule),
                 "invalid_transition");
    auto approved = ws.client(QStringLiteral("approver")).apply(c->number, Action::Approve);
    VERIFY_OK(approved);
    QCOMPARE_ENUM(approved->status, ChangeStatus::Approved);
}

void TestFsm::completeRequiresClosure_data()
{
    QTest::addColumn<bool>("withCode");
    QTest::addColumn<QString>("notes");
    QTest::newRow("nothing") << false << QString();
    QTest::newRow("notes without code") << false << QStringLiteral("All fine");
    QTest::newRow("code without notes") << true << QString();
    QTest::newRow("code with blank notes") << true << QStringLiteral("   \n ");
}

void TestFsm::completeRequiresClosure()
{
    QFETCH(bool, withCode);
    QFETCH(QString, notes);
    TestWorkspace &ws = *m_ws;
    auto c = ws.changeIn(ChangeStatus::InProgress);
    VERIFY_OK(c);
    const QString before = ws.fingerprint();
    TransitionInput in;
    if (withCode)
        in.closureCode = ClosureCode::Successful;
    in.closureNotes = notes;
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Complete, in),
                 "closure_required");
    QCOMPARE(ws.fingerprint(), before);
}

void TestFsm::completeStampsClosure()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.changeIn(ChangeStatus::InProgress);
    VERIFY_OK(c);
    ws.clock().advanceSecs(90 * 60);
    TransitionInput in;
    in.closureCode = ClosureCode::Unsuccessful;
    in.closureNotes = QStringLiteral("Vendor patch did not apply; left as is.");
    auto r = ws.client(QStringLiteral("engineer2")).apply(c->number, Action::Complete, in);
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, ChangeStatus::Completed);
    QCOMPARE(r->closureCode, std::optional<ClosureCode>(ClosureCode::Unsuccessful));
    QCOMPARE(r->closureNotes, in.closureNotes);
    QCOMPARE(r->closedAt, ws.now());
    QCOMPARE(r->closedBy, QStringLiteral("engineer2"));
    const QJsonObject json = r->toJson();
    QCOMPARE(json.value(QStringLiteral("closure_code")).toString(), QStringLiteral("unsuccessful"));
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
}

void TestFsm::rollbackRequiresReasonAndStamps()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.changeIn(ChangeStatus::InProgress);
    VERIFY_OK(c);
    const QString before = ws.fingerprint();
    for (const QString &blank : {QString(), QStringLiteral("  ")}) {
        TransitionInput in;
        in.reason = blank;
        VERIFY_ERROR(ws.client(QStringLiteral("approver")).apply(c->number, Action::Rollback, in),
                     "rollback_reason_required");
    }
    QCOMPARE(ws.fingerprint(), before);

    ws.clock().advanceSecs(20 * 60);
    TransitionInput in;
    in.reason = QStringLiteral("Latency doubled after the switch-over");
    auto r = ws.client(QStringLiteral("approver")).apply(c->number, Action::Rollback, in);
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, ChangeStatus::RolledBack);
    QCOMPARE(r->rolledBackAt, ws.now());
    QCOMPARE(r->rolledBackBy, QStringLiteral("approver"));
    QCOMPARE(r->rollbackReason, in.reason);
    QVERIFY(!r->closureCode.has_value());
    const QJsonObject json = r->toJson();
    QCOMPARE(json.value(QStringLiteral("rolled_back_by")).toString(), QStringLiteral("approver"));
    QCOMPARE(json.value(QStringLiteral("rollback_reason")).toString(), in.reason);
    QVERIFY(!json.value(QStringLiteral("rolled_back_at")).toString().isEmpty());
    // rolled_back is terminal and distinct from cancelled.
    QVERIFY(isTerminal(ChangeStatus::RolledBack));
    VERIFY_ERROR(ws.client(QStringLiteral("engineer"))
                     .apply(c->number, Action::Cancel, validInput(Action::Cancel)),
                 "invalid_transition");
}

void TestFsm::reopenReturnsToInProgress()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.changeIn(ChangeStatus::Completed);
    VERIFY_OK(c);
    TransitionInput why;
    why.reason = QStringLiteral("Monitoring shows the old certificate still served on node B");
    auto r = ws.client(QStringLiteral("engineer")).apply(c->number, Action::Reopen, why);
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, ChangeStatus::InProgress);
    // A reopened change can be rolled back or closed again.
    TransitionInput in;
    in.closureCode = ClosureCode::Successful;
    in.closureNotes = QStringLiteral("Second attempt went through.");
    auto again = ws.client(QStringLiteral("engineer")).apply(c->number, Action::Complete, in);
    VERIFY_OK(again);
    QCOMPARE_ENUM(again->status, ChangeStatus::Completed);
    QCOMPARE(again->closureNotes, in.closureNotes);
}

void TestFsm::cancelStampsReason()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.changeIn(ChangeStatus::Scheduled);
    VERIFY_OK(c);
    TransitionInput in;
    in.reason = QStringLiteral("Superseded by vendor maintenance");
    auto r = ws.client(QStringLiteral("engineer2")).apply(c->number, Action::Cancel, in);
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, ChangeStatus::Cancelled);
    QCOMPARE(r->cancelledAt, ws.now());
    QCOMPARE(r->cancelReason, in.reason);
    QVERIFY(!r->rolledBackAt.isValid());
    // Open approval steps do not outlive a cancelled change.
    auto steps = ws.core().approvals().steps(ws.owner(), c->number);
    VERIFY_OK(steps);
    for (const ApprovalStep &s : *steps)
        QVERIFY(s.status != StepStatus::Pending && s.status != StepStatus::Waiting);
}

void TestFsm::staleWriteIsRefused()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.createChange(ws.validDraft());
    VERIFY_OK(c);
    // Someone else edits it meanwhile.
    ChangeDraft edit;
    edit.description = QStringLiteral("Edited by a colleague");
    auto edited = ws.client(QStringLiteral("engineer2")).editChange(c->number, edit);
    VERIFY_OK(edited);
    QVERIFY(edited->version > c->version);

    const QString before = ws.fingerprint();
    TransitionInput in;
    in.expectedVersion = c->version;
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit, in),
                 "stale_write");
    QCOMPARE(ws.fingerprint(), before);
    in.expectedVersion = edited->version;
    auto r = ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit, in);
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, ChangeStatus::Review);
}

void TestFsm::staleEditIsRefused()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.createChange(ws.validDraft());
    VERIFY_OK(c);
    ChangeDraft first;
    first.title = QStringLiteral("First writer wins");
    VERIFY_OK(ws.client(QStringLiteral("engineer")).editChange(c->number, first, c->version));
    const QString before = ws.fingerprint();
    ChangeDraft second;
    second.title = QStringLiteral("Second writer based on an old copy");
    VERIFY_ERROR(ws.client(QStringLiteral("engineer2")).editChange(c->number, second, c->version),
                 "stale_write");
    QCOMPARE(ws.fingerprint(), before);
    QCOMPARE(VALUE_OK(ws.get(c->number)).title, QStringLiteral("First writer wins"));
}

void TestFsm::unknownChangeIsNotFound()
{
    TestWorkspace &ws = *m_ws;
    const QString before = ws.fingerprint();
    auto r = ws.client(QStringLiteral("engineer")).apply(99999, Action::Submit);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("not_found"));
    QCOMPARE(r.error().kind(), ErrorKind::Input);
    QVERIFY(r.error().message.contains(QLatin1String("CHG-99999")));
    QCOMPARE(ws.fingerprint(), before);
}

void TestFsm::startOutsidePlannedWindowNeedsJustification_data()
{
    QTest::addColumn<qint64>("offsetSecs"); // the clock, from the planned start
    QTest::addColumn<QString>("when");
    // The window is [10:00, 12:00) on 2026-03-05; the fixture's clock stands three days before.
    QTest::newRow("three days early")
        << qint64(-(3 * 86400 + 3600)) << QStringLiteral("before_planned_start");
    QTest::newRow("a second early") << qint64(-1) << QStringLiteral("before_planned_start");
    QTest::newRow("at the planned end") << qint64(2 * 3600) << QStringLiteral("after_planned_end");
    QTest::newRow("a day late") << qint64(26 * 3600) << QStringLiteral("after_planned_end");
}

// Starting before planned_start or at/after planned_end is refused with outside_planned_window
// (nothing written); with a justification it starts, and the event records the exception.
void TestFsm::startOutsidePlannedWindowNeedsJustification()
{
    QFETCH(qint64, offsetSecs);
    QFETCH(QString, when);
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.changeIn(ChangeStatus::Scheduled);
    VERIFY_OK(c);
    ws.clock().setNow(c->plannedStart.addSecs(offsetSecs));
    const QString before = ws.fingerprint();
    for (const QString &blank : {QString(), QStringLiteral("  \n ")}) {
        TransitionInput in;
        in.justification = blank;
        auto r = ws.client(QStringLiteral("engineer")).apply(c->number, Action::Start, in);
        VERIFY_ERROR(r, "outside_planned_window");
        QCOMPARE(r.error().kind(), ErrorKind::Rule);
        QCOMPARE(r.error().details.value(QStringLiteral("when")).toString(), when);
        QCOMPARE(r.error().details.value(QStringLiteral("field")).toString(),
                 QStringLiteral("justification"));
        QVERIFY2(r.error().message.contains(c->numberText()), qPrintable(r.error().message));
        QCOMPARE(ws.fingerprint(), before);
    }
    TransitionInput in;
    in.justification = QStringLiteral("  The vendor engineer is on site only today.  ");
    auto started = ws.client(QStringLiteral("engineer")).apply(c->number, Action::Start, in);
    VERIFY_OK(started);
    QCOMPARE_ENUM(started->status, ChangeStatus::InProgress);
    QCOMPARE(started->startedAt, ws.now());
    auto history = ws.core().audit().changeHistory(ws.viewer(), c->number);
    VERIFY_OK(history);
    const AuditEvent &e = history->constLast();
    QCOMPARE(e.action, QStringLiteral("change.start"));
    const QJsonObject exception = e.newValues.value(QStringLiteral("exception")).toObject();
    QCOMPARE(exception.value(QStringLiteral("rule")).toString(),
             QStringLiteral("outside_planned_window"));
    QCOMPARE(exception.value(QStringLiteral("when")).toString(), when);
    QCOMPARE(exception.value(QStringLiteral("justification")).toString(),
             QStringLiteral("The vendor engineer is on site only today."));
    QCOMPARE(exception.value(QStringLiteral("planned_start")), jsonTime(c->plannedStart));
    QCOMPARE(exception.value(QStringLiteral("started_at")), jsonTime(ws.now()));
    auto verified = ws.core().audit().verify(ws.owner());
    VERIFY_OK(verified);
    QVERIFY(verified->ok);
}

// Inside [planned_start, planned_end) a start needs no justification, and one given anyway is
// not recorded as an exception.
void TestFsm::startInsidePlannedWindowIsNoException()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto first = ws.changeIn(ChangeStatus::Scheduled);
    VERIFY_OK(first);
    auto second = ws.changeIn(ChangeStatus::Scheduled);
    VERIFY_OK(second);
    ws.clock().setNow(first->plannedStart);
    VERIFY_OK(ws.client(QStringLiteral("engineer")).apply(first->number, Action::Start));
    ws.clock().setNow(second->plannedEnd.addSecs(-1));
    TransitionInput in;
    in.justification = QStringLiteral("Not needed");
    VERIFY_OK(ws.client(QStringLiteral("engineer")).apply(second->number, Action::Start, in));
    for (int n : {first->number, second->number}) {
        auto history = ws.core().audit().changeHistory(ws.viewer(), n);
        VERIFY_OK(history);
        QCOMPARE(history->constLast().action, QStringLiteral("change.start"));
        QVERIFY(!history->constLast().newValues.contains(QStringLiteral("exception")));
    }
}

// Reopening a completed change needs a reason (reason_required, nothing written); the reason is
// in the event.
void TestFsm::reopenNeedsReason()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.changeIn(ChangeStatus::Completed);
    VERIFY_OK(c);
    const QString before = ws.fingerprint();
    for (const QString &blank : {QString(), QStringLiteral(" \t ")}) {
        TransitionInput in;
        in.reason = blank;
        in.comment = QStringLiteral("A comment is not a reason");
        auto r = ws.client(QStringLiteral("engineer")).apply(c->number, Action::Reopen, in);
        VERIFY_ERROR(r, "reason_required");
        QCOMPARE(r.error().details.value(QStringLiteral("field")).toString(),
                 QStringLiteral("reason"));
        QCOMPARE(ws.fingerprint(), before);
    }
    TransitionInput in;
    in.reason = QStringLiteral("Monitoring shows errors again");
    auto r = ws.client(QStringLiteral("engineer")).apply(c->number, Action::Reopen, in);
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, ChangeStatus::InProgress);
    auto history = ws.core().audit().changeHistory(ws.viewer(), c->number);
    VERIFY_OK(history);
    QCOMPARE(history->constLast().action, QStringLiteral("change.reopen"));
    QCOMPARE(history->constLast().newValues.value(QStringLiteral("reason")).toString(), in.reason);
}

QTEST_GUILESS_MAIN(TestFsm)
#include "tst_fsm.moc"
