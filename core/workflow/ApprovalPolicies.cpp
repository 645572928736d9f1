#include "ApprovalPolicies.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Dialect.h"
#include "InputRules.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "WriteScope.h"

#include <QJsonArray>

namespace vigilo {

namespace {

template <typename E> QString joinNames(const QList<E> &values)
{
    QStringList out;
    for (E v : values)
        out << toString(v);
    return out.join(QLatin1Char(','));
}

template <typename E, typename F> QList<E> splitNames(const QString &text, F parse)
{
    QList<E> out;
    for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto v = parse(s))
            out << *v;
    return out;
}

template <typename E> QJsonArray namesJson(const QList<E> &values)
{
    QJsonArray a;
    for (E v : values)
        a.append(toString(v));
    return a;
}

} // namespace

QJsonObject ApprovalPolicyStep::toJson() const
{
    QJsonObject o{{QStringLiteral("step_order"), stepOrder},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("required_approvals"), requiredApprovals == 0
                                                             ? QJsonValue(QStringLiteral("all"))
                                                             : QJsonValue(requiredApprovals)}};
    if (eligibleMembers.isEmpty())
        o.insert(QStringLiteral("eligible_role"), toString(eligibleRole));
    else
        o.insert(QStringLiteral("eligible_members"), QJsonArray::fromStringList(eligibleMembers));
    return o;
}

bool ApprovalPolicy::matches(const ChangeRequest &c) const
{
    if (!changeTypes.isEmpty() && !changeTypes.contains(c.changeType))
        return false;
    if (!priorities.isEmpty() && !priorities.contains(c.priority))
        return false;
    if (!riskLevels.isEmpty() && (!c.riskLevel || !riskLevels.contains(*c.riskLevel)))
        return false;
    if (!assets.isEmpty()) {
        bool any = false;
        for (const QString &a : c.affectedAssets)
            any = any || assets.contains(a);
        if (!any)
            return false;
    }
    return true;
}

QJsonObject ApprovalPolicy::toJson() const
{
    QJsonArray s;
    for (const auto &step : steps)
        s.append(step.toJson());
    return {{QStringLiteral("name"), name},
            {QStringLiteral("position"), position},
            {QStringLiteral("active"), active},
            {QStringLiteral("change_types"), namesJson(changeTypes)},
            {QStringLiteral("priorities"), namesJson(priorities)},
            {QStringLiteral("risk_levels"), namesJson(riskLevels)},
            {QStringLiteral("assets"), QJsonArray::fromStringList(assets)},
            {QStringLiteral("steps"), s}};
}

QJsonObject PolicyExplanation::toJson() const
{
    QJsonArray s;
    for (int i = 0; i < steps.size(); ++i) {
        QJsonObject o = steps[i].toJson();
        o.remove(QStringLiteral("decisions"));
        o.remove(QStringLiteral("decided_at"));
        o.remove(QStringLiteral("status"));
        o.remove(QStringLiteral("round"));
        o.insert(QStringLiteral("eligible_now"), QJsonArray::fromStringList(eligible.value(i)));
        s.append(o);
    }
    return {
        {QStringLiteral("source"), source},
        {QStringLiteral("policy"), policyName.isEmpty() ? QJsonValue() : QJsonValue(policyName)},
        {QStringLiteral("distinct_people"), distinctPeople},
        {QStringLiteral("steps"), s}};
}

Result<ApprovalPolicy> ApprovalPolicies::add(const Actor &caller, const ApprovalPolicy &input)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    ApprovalPolicy p = input;
    p.name = p.name.trimmed();
    if (p.name.isEmpty() || p.name.size() > 100)
        return Error::input(CoreText::tr("A policy needs a name of 1 to 100 characters."),
                            {{QStringLiteral("field"), QStringLiteral("name")}});
    VIGILO_TRY(input::checkText(QStringLiteral("name"), p.name, 100, input::Lines::Single));
    if (p.steps.isEmpty())
        return Error::input(CoreText::tr("A policy needs at least one approval step (--step)."),
                            {{QStringLiteral("field"), QStringLiteral("steps")}});
    for (int i = 0; i < p.steps.size(); ++i) {
        ApprovalPolicyStep &s = p.steps[i];
        s.stepOrder = i + 1;
        s.name = s.name.trimmed();
        if (s.name.isEmpty())
            s.name = CoreText::tr("Step %1").arg(i + 1);
        VIGILO_TRY(input::checkText(QStringLiteral("step"), s.name, input::kMaxName,
                                    input::Lines::Single));
        if (s.requiredApprovals < 0 || s.requiredApprovals > 50)
            return Error::input(
                CoreText::tr("Step \"%1\" needs between 1 and 50 approvals, or all.").arg(s.name));
        if (s.eligibleRole < Role::Approver && s.eligibleMembers.isEmpty())
            return Error::input(CoreText::tr("Step \"%1\": only approvers, admins and owners can "
                                             "approve; choose the approver role or above.")
                                    .arg(s.name));
        if (!cabOfStep(s.eligibleMembers).isEmpty()) {
            s.requiredApprovals = 1; // the CAB's decision
            continue;
        }
        for (const QString &m : s.eligibleMembers)
            if (m.startsWith(kCabPrefix))
                return Error::input(CoreText::tr("Step \"%1\": a CAB (cab:NAME) decides a step "
                                                 "alone; do not list members beside it.")
                                        .arg(s.name),
                                    {{QStringLiteral("field"), QStringLiteral("steps")}});
        if (!s.eligibleMembers.isEmpty() && s.requiredApprovals > s.eligibleMembers.size())
            return Error::input(CoreText::tr("Step \"%1\" needs %2 approvals but names only %3 "
                                             "members.")
                                    .arg(s.name)
                                    .arg(s.requiredApprovals)
                                    .arg(s.eligibleMembers.size()));
    }
    for (const auto &s : p.steps) {
        if (const QString cab = cabOfStep(s.eligibleMembers); !cab.isEmpty()) {
            auto id = sql::scalar(
                m_store, QStringLiteral("SELECT id FROM cabs WHERE workspace_id = ? AND name = ?"),
                {actor.workspace.id, cab});
            if (!id)
                return id.error();
            if (id->isNull())
                return Error::notFound(CoreText::tr("There is no CAB \"%1\" in this workspace "
                                                    "(step \"%2\"). Add it with cab add first.")
                                           .arg(cab, s.name),
                                       {{QStringLiteral("field"), QStringLiteral("steps")}});
            continue;
        }
        for (const QString &m : s.eligibleMembers) {
            auto member = sql::memberByUsername(m_store, actor.workspace.id, m);
            if (!member)
                return member.error();
            if (!roleHas(member->role, Permission::ChangesApprove))
                return Error::input(CoreText::tr("%1 is %2 and cannot approve; name approvers, "
                                                 "admins or owners in step \"%3\".")
                                        .arg(m, label(member->role), s.name));
        }
    }
    QList<qint64> assetIds;
    for (const QString &a : p.assets) {
        auto id = sql::assetId(m_store, actor.workspace.id, a);
        if (!id)
            return id.error();
        assetIds << *id;
    }
    auto exists = sql::scalar(
        m_store,
        QStringLiteral("SELECT id FROM approval_policies WHERE workspace_id = ? AND name = ?"),
        {actor.workspace.id, p.name});
    if (!exists)
        return exists.error();
    if (!exists->isNull())
        return Error::rule(QStringLiteral("policy_exists"),
                           CoreText::tr("A policy named \"%1\" already exists.").arg(p.name));
    if (p.position <= 0) {
        auto last =
            sql::scalar(m_store,
                        QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM approval_policies "
                                       "WHERE workspace_id = ?"),
                        {actor.workspace.id});
        if (!last)
            return last.error();
        p.position = last->toInt() + 10;
    }
    auto id = sql::insert(
        m_store,
        QStringLiteral("INSERT INTO approval_policies (workspace_id, name, position, "
                       "active, match_change_types, match_priorities, "
                       "match_risk_levels, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {actor.workspace.id, p.name, p.position, p.active ? 1 : 0, joinNames(p.changeTypes),
         joinNames(p.priorities), joinNames(p.riskLevels), Dialect::toDb(m_clock.now())});
    if (!id)
        return id.error();
    p.id = *id;
    for (qint64 a : assetIds)
        VIGILO_TRY(
            sql::run(m_store,
                     QStringLiteral(
                         "INSERT INTO approval_policy_assets (policy_id, asset_id) VALUES (?, ?)"),
                     {p.id, a}));
    for (const auto &s : p.steps)
        VIGILO_TRY(
            sql::run(m_store,
                     QStringLiteral("INSERT INTO approval_policy_steps (policy_id, step_order, "
                                    "name, eligible_role, eligible_members, required_approvals) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {p.id, s.stepOrder, s.name, toString(s.eligibleRole),
                      s.eligibleMembers.join(QLatin1Char(',')), s.requiredApprovals}));
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("policy.add"), QStringLiteral("approval_policy"), p.id,
                              0, {}, p.toJson()));
    VIGILO_TRY(scope.commit());
    return p;
}

Result<ApprovalPolicy> ApprovalPolicies::setActive(const Actor &caller, const QString &name,
                                                   bool active)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto all = policiesOf(actor.workspace.id);
    if (!all)
        return all.error();
    for (ApprovalPolicy p : *all) {
        if (p.name != name)
            continue;
        if (p.active == active)
            return p;
        VIGILO_TRY(sql::run(m_store,
                            QStringLiteral("UPDATE approval_policies SET active = ? WHERE id = ?"),
                            {active ? 1 : 0, p.id}));
        VIGILO_TRY(m_audit.record(
            actor.workspace.id, actor.member.username,
            active ? QStringLiteral("policy.activate") : QStringLiteral("policy.deactivate"),
            QStringLiteral("approval_policy"), p.id, 0,
            {{QStringLiteral("name"), p.name}, {QStringLiteral("active"), p.active}},
            {{QStringLiteral("name"), p.name}, {QStringLiteral("active"), active}}));
        VIGILO_TRY(scope.commit());
        p.active = active;
        return p;
    }
    return Error::notFound(CoreText::tr("There is no approval policy named \"%1\" (see `vigilo-cli "
                                        "policy list`).")
                               .arg(name));
}

Result<QList<ApprovalPolicy>> ApprovalPolicies::list(const Actor &actor) const
{
    return policiesOf(actor.workspace.id);
}

Result<QList<ApprovalPolicy>> ApprovalPolicies::policiesOf(qint64 workspaceId) const
{
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT id, name, position, active, match_change_types, "
                                     "match_priorities, match_risk_levels FROM approval_policies "
                                     "WHERE workspace_id = ? ORDER BY position, id"),
                      {workspaceId});
    if (!q)
        return q.error();
    QList<ApprovalPolicy> out;
    while (q->next()) {
        ApprovalPolicy p;
        p.id = q->value(0).toLongLong();
        p.name = q->value(1).toString();
        p.position = q->value(2).toInt();
        p.active = q->value(3).toInt() != 0;
        p.changeTypes = splitNames<ChangeType>(q->value(4).toString(), parseChangeType);
        p.priorities = splitNames<Priority>(q->value(5).toString(), parsePriority);
        p.riskLevels = splitNames<RiskLevel>(q->value(6).toString(), parseRiskLevel);
        out << p;
    }
    if (out.isEmpty())
        return out;
    q->finish();
    auto s = sql::run(
        m_store,
        QStringLiteral("SELECT s.policy_id, s.step_order, s.name, s.eligible_role, "
                       "s.eligible_members, s.required_approvals FROM approval_policy_steps s "
                       "JOIN approval_policies p ON p.id = s.policy_id WHERE "
                       "p.workspace_id = ? ORDER BY s.policy_id, s.step_order"),
        {workspaceId});
    if (!s)
        return s.error();
    while (s->next()) {
        ApprovalPolicyStep step;
        step.stepOrder = s->value(1).toInt();
        step.name = s->value(2).toString();
        step.eligibleRole = parseRole(s->value(3).toString()).value_or(Role::Approver);
        step.eligibleMembers = s->value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        step.requiredApprovals = s->value(5).toInt();
        for (auto &p : out)
            if (p.id == s->value(0).toLongLong())
                p.steps << step;
    }
    auto a = sql::run(
        m_store,
        QStringLiteral("SELECT pa.policy_id, a.name FROM approval_policy_assets pa JOIN "
                       "assets a ON a.id = pa.asset_id WHERE a.workspace_id = ? ORDER BY a.name"),
        {workspaceId});
    if (!a)
        return a.error();
    while (a->next())
        for (auto &p : out)
            if (p.id == a->value(0).toLongLong())
                p.assets << a->value(1).toString();
    return out;
}

Result<std::optional<ApprovalPolicy>> ApprovalPolicies::match(const ChangeRequest &change) const
{
    auto all = policiesOf(change.workspaceId);
    if (!all)
        return all.error();
    for (const auto &p : *all)
        if (p.active && p.matches(change))
            return std::optional<ApprovalPolicy>(p);
    return std::optional<ApprovalPolicy>();
}

} // namespace vigilo
