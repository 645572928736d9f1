#pragma once
// Approval steps: spawned on submit (built-in matrix; policies later), decided in order.

#include "Actor.h"
#include "Error.h"

namespace vigilo {

class Store;
class Clock;
class AuditLog;

class ApprovalEngine final {
public:
    ApprovalEngine(Store &store, const Clock &clock, AuditLog &audit)
        : m_store(store), m_clock(clock), m_audit(audit) {}

    // The steps a change would get (no writes): the built-in matrix of PRODUCT.md.
    QList<ApprovalStep> planSteps(const ChangeRequest &change) const;
    // Inside the caller's transaction: supersedes open steps of earlier rounds, writes new ones.
    // Refuses with no_eligible_approvers when a step has nobody who could decide it.
    Status generateSteps(const Actor &actor, const ChangeRequest &change);
    // Inside the caller's transaction. Returns true when every step is now satisfied.
    Result<bool> approve(const Actor &actor, const ChangeRequest &change, const QString &comment);
    Status reject(const Actor &actor, const ChangeRequest &change, const QString &reason);
    // Closes open steps (cancel, reject).
    Status supersedeOpenSteps(const ChangeRequest &change);

    Result<QList<ApprovalStep>> steps(const Actor &actor, int changeNumber) const;
    Result<QList<ApprovalStep>> stepsOf(qint64 changeId) const;
    // Whether `member` could decide the change's current step now (for toolbars; no writes).
    bool canDecide(const Actor &actor, const ChangeRequest &change) const;

private:
    Result<QList<Member>> eligibleMembers(qint64 workspaceId, const ApprovalStep &step,
                                          const QString &excludeUsername) const;
    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace vigilo
