#include "SqlUtil.h"

#include "Actor.h"
#include "Dialect.h"
#include "Store.h"
#include "Tr.h"

namespace vigilo::sql {

Result<CachedQuery> run(Store &store, const QString &sql, const QVariantList &binds)
{
    auto q = store.cached(sql);
    if (!q)
        return q.error();
    CachedQuery &query = *q;
    // Qt SQL binds a null QString as NULL; an empty text column is meant here. Use an invalid
    // QVariant (sql::nullable) for a real NULL.
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &b = binds.at(i);
        query.bindValue(i, b.metaType().id() == QMetaType::QString && b.toString().isNull()
                               ? QVariant(QStringLiteral(""))
                               : b);
    }
    VIGILO_TRY(store.exec(query));
    return q;
}

Result<qint64> insert(Store &store, const QString &sql, const QVariantList &binds)
{
    auto q = run(store, sql + QStringLiteral(" RETURNING id"), binds);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::storage(CoreText::tr("The database did not return the new row's id."));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Result<QVariant> scalar(Store &store, const QString &sql, const QVariantList &binds)
{
    auto q = run(store, sql, binds);
    if (!q)
        return q.error();
    QVariant v;
    if (q->next())
        v = q->value(0);
    q->finish();
    return v;
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

namespace {

const char *kMemberColumns =
    "id, workspace_id, username, display_name, role, active, created_at FROM members ";

Member readMember(const CachedQuery &q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.workspaceId = q.value(1).toLongLong();
    m.username = q.value(2).toString();
    m.displayName = q.value(3).toString();
    m.role = parseRole(q.value(4).toString()).value_or(Role::Viewer);
    m.active = q.value(5).toInt() != 0;
    m.createdAt = Dialect::fromDb(q.value(6));
    return m;
}

const char *kChangeSelect = R"(SELECT c.id, c.workspace_id, c.number, c.title, c.description,
    c.change_type, c.priority, c.risk_level, c.planned_start, c.planned_end, c.min_lead_time_hours,
    c.implementation_plan, c.rollback_plan, c.test_plan, ma.username, mr.username, c.status,
    c.closure_code, c.closure_notes, c.closed_at, mc.username, c.rolled_back_at, mb.username,
    c.rollback_reason, c.submitted_at, c.approved_at, c.started_at, c.cancelled_at,
    c.cancel_reason, c.version, c.created_at, c.updated_at, t.name, c.approval_conditions
    FROM changes c
    LEFT JOIN change_templates t ON t.id = c.template_id
    JOIN members mr ON mr.id = c.requester_id
    LEFT JOIN members ma ON ma.id = c.assignee_id
    LEFT JOIN members mc ON mc.id = c.closed_by_id
    LEFT JOIN members mb ON mb.id = c.rolled_back_by_id )";

Result<ChangeRequest> readChange(Store &store, CachedQuery &q, ChangeParts parts = ChangeParts::All)
{
    ChangeRequest c;
    c.id = q.value(0).toLongLong();
    c.workspaceId = q.value(1).toLongLong();
    c.number = q.value(2).toInt();
    c.title = q.value(3).toString();
    c.description = q.value(4).toString();
    c.changeType = parseChangeType(q.value(5).toString()).value_or(ChangeType::Normal);
    c.priority = parsePriority(q.value(6).toString()).value_or(Priority::Medium);
    if (!q.value(7).isNull())
        c.riskLevel = parseRiskLevel(q.value(7).toString());
    c.plannedStart = Dialect::fromDb(q.value(8));
    c.plannedEnd = Dialect::fromDb(q.value(9));
    c.minLeadTimeHours = q.value(10).toInt();
    c.implementationPlan = q.value(11).toString();
    c.rollbackPlan = q.value(12).toString();
    c.testPlan = q.value(13).toString();
    c.assignee = q.value(14).toString();
    c.requester = q.value(15).toString();
    c.status = parseChangeStatus(q.value(16).toString()).value_or(ChangeStatus::Draft);
    if (!q.value(17).isNull())
        c.closureCode = parseClosureCode(q.value(17).toString());
    c.closureNotes = q.value(18).toString();
    c.closedAt = Dialect::fromDb(q.value(19));
    c.closedBy = q.value(20).toString();
    c.rolledBackAt = Dialect::fromDb(q.value(21));
    c.rolledBackBy = q.value(22).toString();
    c.rollbackReason = q.value(23).toString();
    c.submittedAt = Dialect::fromDb(q.value(24));
    c.approvedAt = Dialect::fromDb(q.value(25));
    c.startedAt = Dialect::fromDb(q.value(26));
    c.cancelledAt = Dialect::fromDb(q.value(27));
    c.cancelReason = q.value(28).toString();
    c.version = q.value(29).toInt();
    c.createdAt = Dialect::fromDb(q.value(30));
    c.updatedAt = Dialect::fromDb(q.value(31));
    c.templateName = q.value(32).toString();
    c.approvalConditions = q.value(33).toString();
    q.finish();
    if (parts != ChangeParts::All)
        return c;

    auto assets = run(store,
                      QStringLiteral("SELECT a.name FROM change_assets ca JOIN assets a ON "
                                     "a.id = ca.asset_id WHERE ca.change_id = ? ORDER BY a.name"),
                      {c.id});
    if (!assets)
        return assets.error();
    while (assets->next())
        c.affectedAssets << assets->value(0).toString();

    auto deps = run(store,
                    QStringLiteral("SELECT u.number, u.title, u.status FROM change_dependencies d "
                                   "JOIN changes u ON u.id = d.depends_on_id "
                                   "WHERE d.change_id = ? ORDER BY u.number"),
                    {c.id});
    if (!deps)
        return deps.error();
    while (deps->next()) {
        DependencyRef d;
        d.number = deps->value(0).toInt();
        d.title = deps->value(1).toString();
        d.status = parseChangeStatus(deps->value(2).toString()).value_or(ChangeStatus::Draft);
        c.dependencies << d;
    }
    return c;
}

} // namespace

Result<Member> memberByUsername(Store &store, qint64 workspaceId, const QString &username)
{
    auto q = run(store,
                 QStringLiteral("SELECT ") + QLatin1String(kMemberColumns)
                     + QStringLiteral("WHERE workspace_id = ? AND username = ?"),
                 {workspaceId, username});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(
            CoreText::tr("%1 is not a member of this workspace. An admin can add them with "
                         "`vigilo-cli member add %1 --role ROLE`.")
                .arg(username),
            {{QStringLiteral("username"), username}});
    return readMember(*q);
}

Result<Member> memberById(Store &store, qint64 id)
{
    auto q = run(store,
                 QStringLiteral("SELECT ") + QLatin1String(kMemberColumns)
                     + QStringLiteral("WHERE id = ?"),
                 {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(CoreText::tr("Member %1 does not exist.").arg(id));
    return readMember(*q);
}

Result<qint64> assetId(Store &store, qint64 workspaceId, const QString &name)
{
    auto v =
        scalar(store, QStringLiteral("SELECT id FROM assets WHERE workspace_id = ? AND name = ?"),
               {workspaceId, name});
    if (!v)
        return v.error();
    if (v->isNull())
        return Error::notFound(
            CoreText::tr("There is no asset named \"%1\" in this workspace. Add it first with "
                         "`vigilo-cli asset add %1`, or check the spelling.")
                .arg(name),
            {{QStringLiteral("asset"), name}});
    return v->toLongLong();
}

Result<ChangeRequest> loadChange(Store &store, qint64 workspaceId, int number, ChangeParts parts)
{
    static const QString full =
        QLatin1String(kChangeSelect) + QStringLiteral("WHERE c.workspace_id = ? AND c.number = ?");
    static const QString state = QStringLiteral("SELECT id, status, version FROM changes WHERE "
                                                "workspace_id = ? AND number = ?");
    auto q = run(store, parts == ChangeParts::State ? state : full, {workspaceId, number});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(CoreText::tr("There is no change %1 in this workspace.")
                                   .arg(formatChangeNumber(number)),
                               {{QStringLiteral("number"), formatChangeNumber(number)}});
    if (parts != ChangeParts::State)
        return readChange(store, *q, parts);
    ChangeRequest c;
    c.id = q->value(0).toLongLong();
    c.workspaceId = workspaceId;
    c.number = number;
    c.status = parseChangeStatus(q->value(1).toString()).value_or(ChangeStatus::Draft);
    c.version = q->value(2).toInt();
    return c;
}

Result<ChangeRequest> loadChangeById(Store &store, qint64 changeId)
{
    auto q =
        run(store, QLatin1String(kChangeSelect) + QStringLiteral("WHERE c.id = ?"), {changeId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(CoreText::tr("The change no longer exists."));
    return readChange(store, *q);
}

Error staleWrite(int expected, int current)
{
    return Error::rule(
        QStringLiteral("stale_write"),
        CoreText::tr("Someone else changed this change since you opened it (you had version "
                     "%1, it is now at version %2). Reload it and apply your edit again.")
            .arg(expected)
            .arg(current),
        {{QStringLiteral("expected_version"), expected},
         {QStringLiteral("current_version"), current}});
}

Status touchChange(Store &store, qint64 changeId, int baseVersion, const QDateTime &now)
{
    auto q = run(store,
                 QStringLiteral("UPDATE changes SET version = version + 1, updated_at = ? "
                                "WHERE id = ? AND version = ?"),
                 {Dialect::toDb(now), changeId, baseVersion});
    if (!q)
        return q.error();
    if (q->numRowsAffected() > 0)
        return {};
    auto current =
        scalar(store, QStringLiteral("SELECT version FROM changes WHERE id = ?"), {changeId});
    if (!current)
        return current.error();
    return staleWrite(baseVersion, current->toInt());
}

std::pair<QJsonObject, QJsonObject> diff(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject o, n;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old != it.value()) {
            o.insert(it.key(), old);
            n.insert(it.key(), it.value());
        }
    }
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            o.insert(it.key(), it.value());
    return {o, n};
}

Error permissionDenied(const Actor &actor, Permission permission)
{
    return Error::rule(
        QStringLiteral("permission_denied"),
        CoreText::tr("%1 is %2 in this workspace and may not do this (it needs the %3 "
                     "permission). Ask a workspace admin for a higher role.")
            .arg(actor.member.username, label(actor.member.role), toString(permission)),
        {{QStringLiteral("role"), toString(actor.member.role)},
         {QStringLiteral("permission"), toString(permission)}});
}

Result<Actor> currentActor(Store &store, const Actor &caller, Permission permission)
{
    auto q = run(
        store, QStringLiteral("SELECT role, active FROM members WHERE id = ? AND workspace_id = ?"),
        {caller.member.id, caller.workspace.id});
    if (!q)
        return q.error();
    Actor fresh = caller;
    if (!q->next() || q->value(1).toInt() == 0)
        return Error::rule(QStringLiteral("permission_denied"),
                           CoreText::tr("%1 is no longer an active member of this workspace.")
                               .arg(caller.member.username),
                           {{QStringLiteral("username"), caller.member.username}});
    fresh.member.role = parseRole(q->value(0).toString()).value_or(Role::Viewer);
    fresh.member.active = true;
    q->finish();
    if (!fresh.can(permission))
        return permissionDenied(fresh, permission);
    return fresh;
}

} // namespace vigilo::sql
