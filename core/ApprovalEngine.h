#pragma once
// Approval steps: spawned on submit (built-in matrix; policies later), decided in order.

#include "Actor.h"
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
    ApprovalEngine(Store &store, const Clock &clock, AuditLog &audit)
        : m_store(store), m_clock(clock), m_audit(audit) {}

    // The steps a change would get (no writes): the built-in matrix of PRODUCT.md.
    QList<ApprovalStep> planSteps(const ChangeRequest &change) const;
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
    AuditLog &m_audit;
};

} // namespace vigilo
