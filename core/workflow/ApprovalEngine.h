#pragma once
// Approval steps: spawned on submit (built-in matrix; policies later), decided in order.

#include "Actor.h"
#include "ApprovalPolicies.h"
#include "Error.h"

namespace vigilo {

class Store;
class Clock;
class AuditLog;

// What one decision did, for the transition's audit event.
struct ApprovalOutcome {
    QString stepName;
    int stepOrder = 0;
    int approvals = 0;
    int required = 1;
    bool stepSatisfied = false;
    bool allSatisfied = false;
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
    // Closes open steps (cancel, reject).
    Status supersedeOpenSteps(const ChangeRequest &change);

    Result<QList<ApprovalStep>> steps(const Actor &actor, int changeNumber) const;
    Result<QList<ApprovalStep>> stepsOf(qint64 changeId) const;
    // Whether `member` could decide the change's current step now (for toolbars; no writes).
    bool canDecide(const Actor &actor, const ChangeRequest &change) const;

private:
    Result<ApprovalStep> currentStep(qint64 changeId) const;
    Status checkEligible(const Actor &actor, const ChangeRequest &change,
                         const ApprovalStep &step) const;
    Result<QList<Member>> eligibleMembers(qint64 workspaceId, const ApprovalStep &step,
                                          const QString &excludeUsername) const;
    Store &m_store;
    const Clock &m_clock;
    [[maybe_unused]] AuditLog &m_audit; // kept for the services' common shape; unused so far
    ApprovalPolicies &m_policies;
};

} // namespace vigilo
