#include "ApprovalSettings.h"

#include "AuditLog.h"
#include "SqlUtil.h"
#include "Store.h"
#include "WriteScope.h"

#include <QJsonDocument>

namespace vigilo {

QJsonObject BulkGuard::toJson() const
{
    return {{QStringLiteral("enabled"), enabled},
            {QStringLiteral("max_risk"), toString(maxRisk)},
            {QStringLiteral("allow_conflicts"), allowConflicts},
            {QStringLiteral("allow_emergency"), allowEmergency}};
}

BulkGuard BulkGuard::fromJson(const QJsonObject &o)
{
    BulkGuard g;
    g.enabled = o.value(QStringLiteral("enabled")).toBool(true);
    g.maxRisk =
        parseRiskLevel(o.value(QStringLiteral("max_risk")).toString()).value_or(RiskLevel::Low);
    g.allowConflicts = o.value(QStringLiteral("allow_conflicts")).toBool(false);
    g.allowEmergency = o.value(QStringLiteral("allow_emergency")).toBool(false);
    return g;
}

QJsonObject ApprovalSettings::toJson() const
{
    return {{QStringLiteral("distinct_people"), distinctPeople},
            {QStringLiteral("bulk_guard"), bulk.toJson()}};
}

bool ApprovalSettingsChange::isEmpty() const
{
    return !distinctPeople && !bulkEnabled && !bulkMaxRisk && !bulkAllowConflicts
           && !bulkAllowEmergency;
}

ApprovalSettings ApprovalSettingsChange::appliedTo(ApprovalSettings s) const
{
    s.distinctPeople = distinctPeople.value_or(s.distinctPeople);
    s.bulk.enabled = bulkEnabled.value_or(s.bulk.enabled);
    s.bulk.maxRisk = bulkMaxRisk.value_or(s.bulk.maxRisk);
    s.bulk.allowConflicts = bulkAllowConflicts.value_or(s.bulk.allowConflicts);
    s.bulk.allowEmergency = bulkAllowEmergency.value_or(s.bulk.allowEmergency);
    return s;
}

ApprovalSettingsChange ApprovalSettingsChange::of(std::optional<bool> distinctPeople,
                                                  const std::optional<BulkGuard> &guard)
{
    ApprovalSettingsChange c;
    c.distinctPeople = distinctPeople;
    if (guard) {
        c.bulkEnabled = guard->enabled;
        c.bulkMaxRisk = guard->maxRisk;
        c.bulkAllowConflicts = guard->allowConflicts;
        c.bulkAllowEmergency = guard->allowEmergency;
    }
    return c;
}

Result<ApprovalSettings> ApprovalSettingsService::read(Store &store, qint64 workspaceId)
{
    auto q = sql::run(store,
                      QStringLiteral("SELECT distinct_approvers, bulk_guard FROM workspaces "
                                     "WHERE id = ?"),
                      {workspaceId});
    if (!q)
        return q.error();
    ApprovalSettings s;
    if (q->next()) {
        s.distinctPeople = q->value(0).toInt() != 0;
        s.bulk =
            BulkGuard::fromJson(QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object());
    }
    return s;
}

Result<ApprovalSettings> ApprovalSettingsService::get(const Actor &actor) const
{
    auto current = sql::currentActor(m_store, actor, Permission::Read);
    if (!current)
        return current.error();
    return read(m_store, actor.workspace.id);
}

Result<ApprovalSettings> ApprovalSettingsService::set(const Actor &caller,
                                                      const ApprovalSettingsChange &change)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto before = read(m_store, actor.workspace.id);
    if (!before)
        return before.error();
    const ApprovalSettings after = change.appliedTo(*before);
    const QJsonObject oldJson = before->toJson(), newJson = after.toJson();
    if (oldJson == newJson)
        return after; // nothing changed, nothing to audit (the scope rolls back)
    VIGILO_TRY(sql::run(
        m_store,
        QStringLiteral("UPDATE workspaces SET distinct_approvers = ?, bulk_guard = ? WHERE id = ?"),
        {after.distinctPeople ? 1 : 0,
         QString::fromUtf8(QJsonDocument(after.bulk.toJson()).toJson(QJsonDocument::Compact)),
         actor.workspace.id}));
    auto [oldValues, newValues] = sql::diff(oldJson, newJson);
    VIGILO_TRY(m_audit.record(
        actor.workspace.id, actor.member.username, QStringLiteral("workspace.approval_settings"),
        QStringLiteral("workspace"), actor.workspace.id, 0, oldValues, newValues));
    VIGILO_TRY(scope.commit());
    return after;
}

} // namespace vigilo
