#pragma once
// Workspace approval policies: ordered rules that decide which approval steps a change gets.

#include "Actor.h"
#include "Error.h"

namespace vigilo {

class Store;
class Clock;
class AuditLog;

// A step whose approver is a CAB names it as its one eligible "member" `cab:NAME`: such a step
// is decided only in a meeting of that CAB (MeetingService), never by one approver.
inline const QLatin1String kCabPrefix("cab:");
// The CAB a step's eligible members name, or empty.
inline QString cabOfStep(const QStringList &eligibleMembers)
{
    if (eligibleMembers.size() == 1 && eligibleMembers.first().startsWith(kCabPrefix))
        return eligibleMembers.first().mid(kCabPrefix.size());
    return {};
}

struct ApprovalPolicyStep {
    int stepOrder = 1;
    QString name;
    Role eligibleRole = Role::Approver; // used when eligibleMembers is empty
    QStringList eligibleMembers;        // named members instead of a role
    int requiredApprovals = 1;          // 0 means "all eligible members"
    QJsonObject toJson() const;
};

struct ApprovalPolicy {
    qint64 id = 0;
    QString name;
    int position = 0; // lower first
    bool active = true;
    // Empty list: matches anything. Assets match when the change touches any of them.
    QList<ChangeType> changeTypes;
    QList<Priority> priorities;
    QList<RiskLevel> riskLevels;
    QStringList assets;
    QList<ApprovalPolicyStep> steps;
    bool matches(const ChangeRequest &change) const;
    QJsonObject toJson() const;
};

// What `policy explain` shows: where the steps come from, and who could decide each.
struct PolicyExplanation {
    QString source; // "policy:NAME" or "matrix:..."
    QString policyName;
    QList<ApprovalStep> steps;
    QList<QStringList> eligible; // per step, the usernames who could decide (requester excluded)
    bool distinctPeople = true;  // one person decides at most one step (the workspace's setting)
    QJsonObject toJson() const;
};

class ApprovalPolicies final {
public:
    ApprovalPolicies(Store &store, const Clock &clock, AuditLog &audit)
        : m_store(store)
        , m_clock(clock)
        , m_audit(audit)
    {}

    // Admins only. position 0 appends after the last policy.
    Result<ApprovalPolicy> add(const Actor &actor, const ApprovalPolicy &policy);
    Result<ApprovalPolicy> setActive(const Actor &actor, const QString &name, bool active);
    Result<QList<ApprovalPolicy>> list(const Actor &actor) const;
    Result<QList<ApprovalPolicy>> policiesOf(qint64 workspaceId) const;
    // The first active policy (by position) that matches, if any.
    Result<std::optional<ApprovalPolicy>> match(const ChangeRequest &change) const;

private:
    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace vigilo
