#pragma once
// Delegation (issue 15): a member names a substitute for a date range; the substitute decides
// the approval steps due from the member on their behalf. Never passed on: a substitute's own
// substitutes do not inherit it (ApprovalEngine reads direct delegations only).

#include "Actor.h"
#include "Error.h"

namespace vigilo {

class Store;
class Clock;
class AuditLog;
class ApprovalEngine;

class Delegations final {
public:
    static constexpr int kMaxDays = 366;
    // (delegation, step) pairs one sweep looks at, at most: the write stays short.
    static constexpr int kSweepBatch = 200;

    Delegations(Store &store, const Clock &clock, AuditLog &audit, ApprovalEngine &approvals)
        : m_store(store)
        , m_clock(clock)
        , m_audit(audit)
        , m_approvals(approvals)
    {}

    // `member` empty: the actor. A member hands over their own duties (changes.approve); only an
    // admin or owner names a substitute for someone else. The substitute is another active
    // member who may approve; [from, to) ends in the future and lasts at most kMaxDays. Audited.
    // When it covers now, the substitute is told of the steps pending that fall to them.
    Result<Delegation> set(const Actor &actor, const QString &member, const QString &substitute,
                           const QDateTime &from, const QDateTime &to);
    // Ends the member's delegations that have not ended yet (to `substitute` only, when given):
    // a running one ends now, a future one is removed. Audited; returns those it touched.
    Result<QList<Delegation>> clear(const Actor &actor, const QString &member,
                                    const QString &substitute);
    // Delegations that have not ended: the actor's own (given or received), or with `all` every
    // one of the workspace (admins and owners only).
    Result<QList<Delegation>> list(const Actor &actor, bool all) const;
    // Where time passes (the team server's timer, the desktop client's poll, the CLI's
    // notifications): the substitutes of delegations that have started since a step fell due are
    // told of it now, once whoever sweeps (ApprovalEngine::notifyDue; only `delegationId` when
    // not 0). Recorded in the caller's name; a viewer, who writes nothing, tells nobody (a member
    // who may write, or the server, does). Nothing due: a read, no write lock.
    Result<SubstituteSweep> tellSubstitutes(const Actor &caller, qint64 delegationId = 0,
                                            int limit = kSweepBatch);

private:
    Result<QList<Delegation>> query(const QString &where, const QVariantList &binds) const;
    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
    ApprovalEngine &m_approvals;
};

} // namespace vigilo
