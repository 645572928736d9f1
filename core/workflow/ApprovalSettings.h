#pragma once
// The workspace's approval settings (issue 15): the distinct-people rule (one person decides at
// most one step of a change and counts once in a quorum) and the guard of bulk approval.

#include "Actor.h"
#include "Error.h"

#include <optional>

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

// What one write of the settings changes; what is unset keeps its value. Merged inside the
// write, so that two admins changing different settings do not undo each other.
struct ApprovalSettingsChange {
    std::optional<bool> distinctPeople;
    std::optional<bool> bulkEnabled;
    std::optional<RiskLevel> bulkMaxRisk;
    std::optional<bool> bulkAllowConflicts;
    std::optional<bool> bulkAllowEmergency;
    bool isEmpty() const;
    ApprovalSettings appliedTo(ApprovalSettings settings) const;
    // Every field of the guard set to `guard`'s.
    static ApprovalSettingsChange of(std::optional<bool> distinctPeople,
                                     const std::optional<BulkGuard> &guard);
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
    Result<ApprovalSettings> set(const Actor &actor, const ApprovalSettingsChange &change);
    Result<ApprovalSettings> set(const Actor &actor, std::optional<bool> distinctPeople,
                                 std::optional<BulkGuard> bulk)
    {
        return set(actor, ApprovalSettingsChange::of(distinctPeople, bulk));
    }

private:
    Store &m_store;
    AuditLog &m_audit;
};

} // namespace vigilo
