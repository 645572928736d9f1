#pragma once
// The workspace's approval settings (issue 15): the distinct-people rule (one person decides at
// most one step of a change and counts once in a quorum) and the guard of bulk approval.

#include "Actor.h"
#include "Error.h"

namespace vigilo {

class Store;
class AuditLog;

// What each change must pass to be approved in a batch. Nothing set: low risk only, no
// conflicts, not an emergency.
struct BulkGuard {
    bool enabled = true;
    RiskLevel maxRisk = RiskLevel::Low; // a change without an assessed risk level fails
    bool allowConflicts = false;
    bool allowEmergency = false;
    QJsonObject toJson() const;
    static BulkGuard fromJson(const QJsonObject &o);
};

struct ApprovalSettings {
    bool distinctPeople = true;
    BulkGuard bulk;
    QJsonObject toJson() const;
};

class ApprovalSettingsService final {
public:
    ApprovalSettingsService(Store &store, AuditLog &audit)
        : m_store(store)
        , m_audit(audit)
    {}

    Result<ApprovalSettings> get(const Actor &actor) const;
    static Result<ApprovalSettings> read(Store &store, qint64 workspaceId);
    // Admins and owners; what changed is audited (old -> new).
    Result<ApprovalSettings> set(const Actor &actor, std::optional<bool> distinctPeople,
                                 std::optional<BulkGuard> bulk);

private:
    Store &m_store;
    AuditLog &m_audit;
};

} // namespace vigilo
