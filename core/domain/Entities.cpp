#include "Entities.h"

#include "IsoTime.h"

#include <QJsonArray>

namespace vigilo {

QJsonValue jsonTime(const QDateTime &t)
{
    if (!t.isValid())
        return QJsonValue::Null;
    return isoUtcText(t);
}

namespace {
QJsonValue optionalString(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

QJsonObject Workspace::toJson() const
{
    return {{QStringLiteral("slug"), slug},
            {QStringLiteral("name"), name},
            {QStringLiteral("locale"), locale},
            {QStringLiteral("created_at"), jsonTime(createdAt)}};
}

QJsonObject Member::toJson() const
{
    return {{QStringLiteral("username"), username},
            {QStringLiteral("display_name"), displayName},
            {QStringLiteral("role"), toString(role)},
            {QStringLiteral("active"), active},
            {QStringLiteral("created_at"), jsonTime(createdAt)}};
}

QJsonObject Asset::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("owner"), owner},
            {QStringLiteral("criticality"), toString(criticality)},
            {QStringLiteral("time_zone"), timeZone},
            {QStringLiteral("created_at"), jsonTime(createdAt)}};
}

QJsonObject FreezeWindow::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("start"), jsonTime(start)},
            {QStringLiteral("end"), jsonTime(end)},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("allow_override"), allowOverride},
            {QStringLiteral("assets"), QJsonArray::fromStringList(assets)},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("created_at"), jsonTime(createdAt)}};
}

QJsonObject DependencyRef::toJson() const
{
    return {{QStringLiteral("number"), formatChangeNumber(number)},
            {QStringLiteral("title"), title},
            {QStringLiteral("status"), toString(status)}};
}

QJsonObject ChangeRequest::toJson() const
{
    QJsonArray deps;
    for (const auto &d : dependencies)
        deps.append(d.toJson());
    return {
        {QStringLiteral("number"), numberText()},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("change_type"), toString(changeType)},
        {QStringLiteral("is_standard"), isStandard()},
        {QStringLiteral("template"), optionalString(templateName)},
        {QStringLiteral("priority"), toString(priority)},
        {QStringLiteral("risk_level"), riskLevel ? QJsonValue(toString(*riskLevel)) : QJsonValue()},
        {QStringLiteral("risk_assessed"), riskAssessed()},
        {QStringLiteral("planned_start"), jsonTime(plannedStart)},
        {QStringLiteral("planned_end"), jsonTime(plannedEnd)},
        {QStringLiteral("overrunning"), overrunning},
        {QStringLiteral("affected_assets"), QJsonArray::fromStringList(affectedAssets)},
        {QStringLiteral("min_lead_time_hours"), minLeadTimeHours},
        {QStringLiteral("implementation_plan"), implementationPlan},
        {QStringLiteral("rollback_plan"), rollbackPlan},
        {QStringLiteral("test_plan"), testPlan},
        {QStringLiteral("dependencies"), deps},
        {QStringLiteral("assignee"), optionalString(assignee)},
        {QStringLiteral("requester"), requester},
        {QStringLiteral("status"), toString(status)},
        {QStringLiteral("closure_code"),
         closureCode ? QJsonValue(toString(*closureCode)) : QJsonValue()},
        {QStringLiteral("closure_notes"), closureNotes},
        {QStringLiteral("closed_at"), jsonTime(closedAt)},
        {QStringLiteral("closed_by"), optionalString(closedBy)},
        {QStringLiteral("rolled_back_at"), jsonTime(rolledBackAt)},
        {QStringLiteral("rolled_back_by"), optionalString(rolledBackBy)},
        {QStringLiteral("rollback_reason"), rollbackReason},
        {QStringLiteral("submitted_at"), jsonTime(submittedAt)},
        {QStringLiteral("approved_at"), jsonTime(approvedAt)},
        {QStringLiteral("started_at"), jsonTime(startedAt)},
        {QStringLiteral("cancelled_at"), jsonTime(cancelledAt)},
        {QStringLiteral("cancel_reason"), cancelReason},
        {QStringLiteral("approval_conditions"), approvalConditions},
        {QStringLiteral("version"), version},
        {QStringLiteral("created_at"), jsonTime(createdAt)},
        {QStringLiteral("updated_at"), jsonTime(updatedAt)},
    };
}

QJsonObject ChangeSummary::toJson() const
{
    return {
        {QStringLiteral("number"), formatChangeNumber(number)},
        {QStringLiteral("title"), title},
        {QStringLiteral("status"), toString(status)},
        {QStringLiteral("change_type"), toString(changeType)},
        {QStringLiteral("priority"), toString(priority)},
        {QStringLiteral("risk_level"), riskLevel ? QJsonValue(toString(*riskLevel)) : QJsonValue()},
        {QStringLiteral("risk_assessed"), riskAssessed()},
        {QStringLiteral("planned_start"), jsonTime(plannedStart)},
        {QStringLiteral("planned_end"), jsonTime(plannedEnd)},
        {QStringLiteral("overrunning"), overrunning},
        {QStringLiteral("assignee"), optionalString(assignee)},
        {QStringLiteral("assignee_name"), optionalString(assigneeName)},
        {QStringLiteral("requester"), requester},
        {QStringLiteral("requester_name"), requesterName},
        {QStringLiteral("updated_at"), jsonTime(updatedAt)},
        {QStringLiteral("version"), version},
    };
}

QJsonObject ChangeTask::toJson() const
{
    QJsonArray preds;
    for (int p : predecessors)
        preds.append(p);
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("title"), title},
            {QStringLiteral("is_required"), isRequired},
            {QStringLiteral("status"), toString(status)},
            {QStringLiteral("predecessors"), preds},
            {QStringLiteral("started_at"), jsonTime(startedAt)},
            {QStringLiteral("started_by"), optionalString(startedBy)},
            {QStringLiteral("finished_at"), jsonTime(finishedAt)},
            {QStringLiteral("finished_by"), optionalString(finishedBy)}};
}

QJsonObject ApprovalDecision::toJson() const
{
    return {{QStringLiteral("member"), member},
            {QStringLiteral("on_behalf_of"), optionalString(onBehalfOf)},
            {QStringLiteral("decision"),
             approved ? QStringLiteral("approved") : QStringLiteral("rejected")},
            {QStringLiteral("comment"), comment},
            {QStringLiteral("decided_at"), jsonTime(decidedAt)}};
}

QJsonObject Delegation::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("member"), member},
            {QStringLiteral("substitute"), substitute},
            {QStringLiteral("starts_at"), jsonTime(startsAt)},
            {QStringLiteral("ends_at"), jsonTime(endsAt)},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("created_at"), jsonTime(createdAt)}};
}

QJsonObject ApprovalStep::toJson() const
{
    QJsonArray ds;
    for (const auto &d : decisions)
        ds.append(d.toJson());
    return {{QStringLiteral("round"), round},
            {QStringLiteral("step_order"), stepOrder},
            {QStringLiteral("name"), name},
            {QStringLiteral("eligible_role"), toString(eligibleRole)},
            {QStringLiteral("eligible_members"), QJsonArray::fromStringList(eligibleMembers)},
            {QStringLiteral("required_approvals"), requiredApprovals},
            {QStringLiteral("source"), source},
            {QStringLiteral("status"), toString(status)},
            {QStringLiteral("decided_at"), jsonTime(decidedAt)},
            {QStringLiteral("decisions"), ds}};
}

QJsonObject Comment::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("author"), author},
            {QStringLiteral("body"), body},
            {QStringLiteral("created_at"), jsonTime(createdAt)}};
}

QJsonObject Attachment::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("file_name"), fileName},
            {QStringLiteral("mime_type"), mimeType},
            {QStringLiteral("size"), size},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("added_by"), addedBy},
            {QStringLiteral("added_at"), jsonTime(addedAt)}};
}

QJsonObject AuditEvent::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("at"), jsonTime(at)},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("action"), action},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("entity_id"), entityId},
            {QStringLiteral("change_number"),
             changeNumber > 0 ? QJsonValue(formatChangeNumber(changeNumber)) : QJsonValue()},
            {QStringLiteral("old_values"), oldValues},
            {QStringLiteral("new_values"), newValues},
            {QStringLiteral("hash"), hash}};
}

} // namespace vigilo
