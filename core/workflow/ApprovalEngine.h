#pragma once
// Approval steps: spawned on submit (built-in matrix; policies later), decided in order.

#include "Actor.h"
#include "Answer.h"
#include "ApprovalPolicies.h"
#include "Error.h"

#include <QHash>
#include <QSet>

namespace vigilo {

class Store;
class Clock;
class AuditLog;
struct SubstituteCover;

// What one decision did, for the transition's audit event.
struct ApprovalOutcome {
    QString stepName;
    int stepOrder = 0;
    int approvals = 0;
    int required = 1;
    bool stepSatisfied = false;
    bool allSatisfied = false;
    QString onBehalfOf; // the member a substitute decided for; empty: themself
};

// What a decision rests on besides its step (issue 15): whether one person may decide only one
// step of a change (the workspace's setting), who decided the round's other steps, and the
// members who named the actor their substitute for now.
struct DecisionContext {
    bool distinctPeople = true;
    QStringList
        otherStepDeciders;    // people (signers and those signed for) of the round's other steps
    QList<Member> delegators; // active delegations to the actor, direct only (no cascade)
};

// May the actor decide, and for whom: themself, or a member they stand in for.
struct DecisionRight {
    std::optional<Error> refusal;
    std::optional<Member> onBehalfOf;
};

class ApprovalEngine final {
public:
    ApprovalEngine(Store &store, const Clock &clock, AuditLog &audit, ApprovalPolicies &policies)
        : m_store(store)
        , m_clock(clock)
        , m_audit(audit)
        , m_policies(policies)
    {}

    // The built-in matrix of PRODUCT.md (no writes): the fallback when no policy matches.
    QList<ApprovalStep> planSteps(const ChangeRequest &change) const;
    // The steps a change would get now: the first matching active policy, else the matrix.
    // A step that needs "all" eligible members gets their current count.
    Result<QList<ApprovalStep>> stepsFor(const ChangeRequest &change) const;
    // Dry run for `policy explain`: the steps and who could decide each.
    Result<PolicyExplanation> explain(const Actor &actor, int changeNumber) const;
    // Inside the caller's transaction: supersedes open steps of earlier rounds, writes new ones.
    // Refuses with no_eligible_approvers when a step has nobody who could decide it.
    Result<QList<ApprovalStep>> generateSteps(const ChangeRequest &change);
    // Inside the caller's transaction; the caller records the audit event.
    Result<ApprovalOutcome> approve(const Actor &actor, const ChangeRequest &change,
                                    const QString &comment);
    Result<ApprovalOutcome> reject(const Actor &actor, const ChangeRequest &change,
                                   const QString &reason);
    // Inside the caller's transaction (MeetingService): the decision of the CAB `cab`, taken in
    // one of its meetings and recorded by its chair, on the change's pending step of that CAB.
    Result<ApprovalOutcome> decideForCab(const Actor &chair, const ChangeRequest &change,
                                         const QString &cab, bool approved, const QString &comment);
    // Substitutes (issue 15), inside the caller's transaction and after its audit event: the
    // change's pending step just fell due (submit, the next step, a new round). Each member who
    // could decide it and is away under a delegation covering now has their substitute told when
    // the substitute would decide it on their behalf (not in their own right): an
    // approval.delegated audit event (the substitute's notification feed reads it) and webhook
    // event. Direct delegations only: a substitute's own substitute is not told.
    Status notifySubstitutes(const Actor &actor, const ChangeRequest &change);
    // Inside the caller's transaction: each delegation covering now (only `delegationId` when
    // not 0) looks at the steps pending in the workspace it has not looked at yet (it was set
    // just now, or it started since they fell due) and tells its substitute of those that fall
    // to them, as notifySubstitutes would have; at most `limit` (delegation, step) pairs (0: all).
    // Each pair is claimed once (substitute_notices), whoever sweeps.
    Result<SubstituteSweep> notifyDue(const Actor &actor, qint64 delegationId, int limit);
    // Whether notifyDue would look at anything now (a read; no lock).
    Result<bool> substituteNoticesDue(qint64 workspaceId, qint64 delegationId) const;
    // Closes open steps (cancel, reject).
    Status supersedeOpenSteps(const ChangeRequest &change);

    Result<QList<ApprovalStep>> steps(const Actor &actor, int changeNumber) const;
    Result<QList<ApprovalStep>> stepsOf(qint64 changeId) const;
    // Whether `member` could decide the change's current step now (for toolbars; no writes).
    bool canDecide(const Actor &actor, const ChangeRequest &change) const;
    // Approve and Reject of the change's current step, each allowed or refused with what
    // approve()/reject() would answer (the Approvals tab shows exactly this).
    Result<QList<Answer<Action>>> decisionAnswers(const Actor &actor,
                                                  const ChangeRequest &change) const;
    // The rule approve() and reject() decide by, with no SQL: `pending` is the step awaiting a
    // decision, with its decisions (nullptr: none). Permission, status, step, requester, role
    // and named members, one decision per member.
    // `ctx`: the distinct-people rule (default on, nobody decided another step).
    static std::optional<Error> decisionRefusal(const Actor &actor, ChangeStatus status, int number,
                                                const QString &requester,
                                                const ApprovalStep *pending, Action action,
                                                const DecisionContext &ctx = {});
    // decisionRefusal for the actor; when that refuses only for the actor's role, membership or
    // the distinct-people rule, the first member of ctx.delegators who could decide (the actor
    // signs on their behalf: neither may have decided another step, nor this one).
    static DecisionRight decisionRight(const Actor &actor, ChangeStatus status, int number,
                                       const QString &requester, const ApprovalStep *pending,
                                       Action action, const DecisionContext &ctx);
    // The context of a decision on `pending` of `changeId` now.
    Result<DecisionContext> decisionContext(const Actor &actor, qint64 changeId,
                                            const ApprovalStep *pending) const;
    // The workspace's distinct-people setting and the actor's delegators now (the queue asks
    // once for all its changes).
    Result<DecisionContext> actorContext(const Actor &actor) const;
    // Per change in review: its approved steps' people, by round (the queue's distinct-people
    // rule in one statement).
    Result<QHash<qint64, QList<std::pair<int, QString>>>>
    approvedStepPeopleInReview(qint64 workspaceId) const;
    // The open (waiting or pending) steps of every change in review in the workspace, with
    // their decisions, by change id and in order: two statements whatever the queue's length.
    Result<QHash<qint64, QList<ApprovalStep>>> openStepsInReview(qint64 workspaceId) const;

private:
    // One approval of the pending step: satisfies it (and opens the next) when it has enough.
    Result<ApprovalOutcome> recordApproval(const Actor &actor, const ChangeRequest &change,
                                           const ApprovalStep &pending, const QString &comment,
                                           const std::optional<Member> &onBehalfOf);
    // Claims (delegation, step) for each cover and tells the substitutes it falls to (not those
    // in `told`, pairs of away member and substitute told already); returns how many were told.
    Result<int> notifyStep(const Actor &actor, const ChangeRequest &change,
                           const ApprovalStep &step, const QList<SubstituteCover> &covers,
                           QSet<QPair<qint64, qint64>> told);
    // The step awaiting a decision, with its decisions; nullopt when there is none.
    Result<std::optional<ApprovalStep>> currentStep(qint64 changeId) const;
    Result<QList<Member>> eligibleMembers(qint64 workspaceId, const ApprovalStep &step,
                                          const QString &excludeUsername) const;
    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
    ApprovalPolicies &m_policies;
};

} // namespace vigilo
