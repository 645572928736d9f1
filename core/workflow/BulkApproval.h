#pragma once
// Guarded bulk approval (issue 15): approve several changes at once, each only if it passes the
// workspace's guard (ApprovalSettings). Each approved change gets its own decision and audit
// event in its own transaction, made on the version the guard saw (stale_write otherwise); a
// change that fails is listed with the reason and left untouched.

#include "Actor.h"
#include "Error.h"

namespace vigilo {

class Store;
class ChangeService;
class Planning;
struct BulkGuard;

struct BulkApprovalItem {
    int number = 0;
    std::optional<ChangeRequest> change; // approved: the change as written
    std::optional<Error> refusal;        // refused: why (bulk_guard_failed or the FSM's code)
    QJsonObject toJson() const;
};

class BulkApproval final {
public:
    static constexpr int kMaxChanges = 200;

    BulkApproval(Store &store, ChangeService &changes, Planning &planning)
        : m_store(store)
        , m_changes(changes)
        , m_planning(planning)
    {}

    Result<QList<BulkApprovalItem>> approve(const Actor &actor, const QList<int> &numbers,
                                            const QString &comment);
    // Whether the actor may approve in bulk at all here (the permission, the workspace's
    // switch): ok, or the refusal approve() would give (permission_denied,
    // bulk_approval_disabled). What the GUI's "Approve selected…" asks before it offers itself.
    Status allowed(const Actor &actor) const;

private:
    // Why the change fails the guard (translated sentences), empty when it passes.
    Result<QStringList> guardFailures(const Actor &actor, const ChangeRequest &change,
                                      const BulkGuard &guard) const;
    Store &m_store;
    ChangeService &m_changes;
    Planning &m_planning;
};

} // namespace vigilo
