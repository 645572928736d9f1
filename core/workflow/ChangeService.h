#pragma once
// Change requests: create, edit, read, list, and every FSM transition of PRODUCT.md.

#include "Actor.h"
#include "Error.h"
#include "Inputs.h"

namespace vigilo {

class Store;
class Clock;
class AuditLog;
class ApprovalEngine;
struct ChangeTemplate;

class ChangeService final {
public:
    ChangeService(Store &store, const Clock &clock, AuditLog &audit, ApprovalEngine &approvals)
        : m_store(store)
        , m_clock(clock)
        , m_audit(audit)
        , m_approvals(approvals)
    {}

    // `fromTemplate`: the standard template the draft was filled from (StandardTemplates).
    Result<ChangeRequest> create(const Actor &actor, const ChangeDraft &draft,
                                 const ChangeTemplate *fromTemplate = nullptr);
    // Material edits (window, assets, plans, type) after approval send the change back to review.
    Result<ChangeRequest> edit(const Actor &actor, int number, const ChangeDraft &draft,
                               std::optional<int> expectedVersion = {});
    Result<ChangeRequest> get(const Actor &actor, int number) const;
    Result<QList<ChangeSummary>> list(const Actor &actor, const ChangeFilter &filter = {}) const;

    Result<ChangeRequest> apply(const Actor &actor, int number, Action action,
                                const TransitionInput &input = {});

    // The actions the FSM and the actor's role allow now (what a toolbar offers).
    QList<Action> availableActions(const Actor &actor, const ChangeRequest &change) const;
    static Permission permissionFor(Action action);
    static QList<ChangeStatus> fromStatuses(Action action);
    // Whether `actor` may edit a change in `status` (what edit() checks before anything else):
    // the statuses a change can still be edited in, and the permission to plan changes.
    static QList<ChangeStatus> editableStatuses();
    static bool canEdit(const Actor &actor, ChangeStatus status);

private:
    // One handler per action: checks the action's own rules on the change read under the
    // write lock and makes the change what the action makes it; apply() records the rest.
    struct Transition;
    using Handler = Status (ChangeService::*)(Transition &);
    static Handler handlerFor(Action action);
    Status submit(Transition &t);
    Status approve(Transition &t);
    Status reject(Transition &t);
    Status schedule(Transition &t);
    Status start(Transition &t);
    Status complete(Transition &t);
    Status rollback(Transition &t);
    Status reopen(Transition &t);
    Status cancel(Transition &t);
    Status record(Transition &t, Action action);

    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
    ApprovalEngine &m_approvals;
};

} // namespace vigilo
