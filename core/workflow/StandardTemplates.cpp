#include "StandardTemplates.h"

#include "AuditLog.h"
#include "ChangeService.h"
#include "Clock.h"
#include "Dialect.h"
#include "InputRules.h"
#include "Runbook.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "WriteScope.h"

#include <QJsonArray>

namespace vigilo {

QJsonObject ChangeTemplate::toJson() const
{
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("implementation_plan"), implementationPlan},
        {QStringLiteral("rollback_plan"), rollbackPlan},
        {QStringLiteral("test_plan"), testPlan},
        {QStringLiteral("affected_assets"), QJsonArray::fromStringList(assets)},
        {QStringLiteral("priority"), toString(priority)},
        {QStringLiteral("risk_level"), riskLevel ? QJsonValue(toString(*riskLevel)) : QJsonValue()},
        {QStringLiteral("min_lead_time_hours"), minLeadTimeHours},
        {QStringLiteral("active"), active}};
}

namespace {

const char *kTemplateSelect = "SELECT id, name, title, description, implementation_plan, "
                              "rollback_plan, test_plan, assets, priority, risk_level, "
                              "min_lead_time_hours, active FROM change_templates ";

ChangeTemplate readTemplate(const CachedQuery &q)
{
    ChangeTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.title = q.value(2).toString();
    t.description = q.value(3).toString();
    t.implementationPlan = q.value(4).toString();
    t.rollbackPlan = q.value(5).toString();
    t.testPlan = q.value(6).toString();
    t.assets = q.value(7).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    t.priority = parsePriority(q.value(8).toString()).value_or(Priority::Low);
    if (!q.value(9).isNull())
        t.riskLevel = parseRiskLevel(q.value(9).toString());
    t.minLeadTimeHours = q.value(10).toInt();
    t.active = q.value(11).toInt() != 0;
    return t;
}

} // namespace

Result<ChangeTemplate> StandardTemplates::add(const Actor &caller, const ChangeTemplate &input)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    ChangeTemplate t = input;
    t.name = t.name.trimmed();
    t.title = t.title.trimmed();
    if (t.name.isEmpty() || t.name.size() > 100)
        return Error::input(CoreText::tr("A template needs a name of 1 to 100 characters."),
                            {{QStringLiteral("field"), QStringLiteral("name")}});
    if (t.title.isEmpty() || t.title.size() > 200)
        return Error::input(CoreText::tr("A template needs a title of 1 to 200 characters."),
                            {{QStringLiteral("field"), QStringLiteral("title")}});
    using input::Lines;
    VIGILO_TRY(input::checkTexts(
        {{QStringLiteral("name"), t.name, 100, Lines::Single},
         {QStringLiteral("title"), t.title, input::kMaxName, Lines::Single},
         {QStringLiteral("description"), t.description, input::kMaxText, Lines::Multi},
         {QStringLiteral("implementation_plan"), t.implementationPlan, input::kMaxText,
          Lines::Multi},
         {QStringLiteral("rollback_plan"), t.rollbackPlan, input::kMaxText, Lines::Multi},
         {QStringLiteral("test_plan"), t.testPlan, input::kMaxText, Lines::Multi}}));
    QJsonArray missing;
    if (Runbook::parsePlan(t.implementationPlan).isEmpty())
        missing.append(QStringLiteral("implementation_plan"));
    if (t.rollbackPlan.trimmed().isEmpty())
        missing.append(QStringLiteral("rollback_plan"));
    if (t.assets.isEmpty())
        missing.append(QStringLiteral("affected_assets"));
    if (!missing.isEmpty())
        return Error::input(CoreText::tr("A pre-approved template must be complete: it needs an "
                                         "implementation plan, a rollback plan and at least one "
                                         "asset."),
                            {{QStringLiteral("missing"), missing}});
    if (t.minLeadTimeHours < 0 || t.minLeadTimeHours > 24 * 365)
        return Error::input(
            CoreText::tr("The minimum lead time must be between 0 and 8760 hours."));
    t.assets.removeDuplicates();
    t.assets.sort();
    for (const QString &a : t.assets) {
        auto id = sql::assetId(m_store, actor.workspace.id, a);
        if (!id)
            return id.error();
    }
    auto exists = sql::scalar(
        m_store,
        QStringLiteral("SELECT id FROM change_templates WHERE workspace_id = ? AND name = ?"),
        {actor.workspace.id, t.name});
    if (!exists)
        return exists.error();
    if (!exists->isNull())
        return Error::rule(QStringLiteral("template_exists"),
                           CoreText::tr("A template named \"%1\" already exists.").arg(t.name));
    auto id = sql::insert(
        m_store,
        QStringLiteral("INSERT INTO change_templates (workspace_id, name, title, "
                       "description, implementation_plan, rollback_plan, test_plan, "
                       "assets, priority, risk_level, min_lead_time_hours, active, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {actor.workspace.id, t.name, t.title, t.description, t.implementationPlan, t.rollbackPlan,
         t.testPlan, t.assets.join(QLatin1Char('\n')), toString(t.priority),
         t.riskLevel ? QVariant(toString(*t.riskLevel)) : QVariant(), t.minLeadTimeHours,
         t.active ? 1 : 0, Dialect::toDb(m_clock.now())});
    if (!id)
        return id.error();
    t.id = *id;
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("template.add"), QStringLiteral("change_template"),
                              t.id, 0, {}, t.toJson()));
    VIGILO_TRY(scope.commit());
    return t;
}

Result<ChangeTemplate> StandardTemplates::setActive(const Actor &caller, const QString &name,
                                                    bool active)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto t = get(actor, name);
    if (!t)
        return t.error();
    if (t->active == active)
        return *t;
    VIGILO_TRY(sql::run(m_store,
                        QStringLiteral("UPDATE change_templates SET active = ? WHERE id = ?"),
                        {active ? 1 : 0, t->id}));
    VIGILO_TRY(m_audit.record(
        actor.workspace.id, actor.member.username,
        active ? QStringLiteral("template.activate") : QStringLiteral("template.deactivate"),
        QStringLiteral("change_template"), t->id, 0,
        {{QStringLiteral("name"), name}, {QStringLiteral("active"), t->active}},
        {{QStringLiteral("name"), name}, {QStringLiteral("active"), active}}));
    VIGILO_TRY(scope.commit());
    t->active = active;
    return *t;
}

Result<QList<ChangeTemplate>> StandardTemplates::list(const Actor &actor) const
{
    auto q = sql::run(m_store,
                      QLatin1String(kTemplateSelect)
                          + QStringLiteral("WHERE workspace_id = ? ORDER BY name"),
                      {actor.workspace.id});
    if (!q)
        return q.error();
    QList<ChangeTemplate> out;
    while (q->next())
        out << readTemplate(*q);
    return out;
}

Result<ChangeTemplate> StandardTemplates::get(const Actor &actor, const QString &name) const
{
    auto q = sql::run(m_store,
                      QLatin1String(kTemplateSelect)
                          + QStringLiteral("WHERE workspace_id = ? AND name = ?"),
                      {actor.workspace.id, name});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(
            CoreText::tr("There is no standard change template named \"%1\" (see "
                         "`vigilo-cli template list`).")
                .arg(name),
            {{QStringLiteral("template"), name}});
    return readTemplate(*q);
}

Result<ChangeRequest> StandardTemplates::instantiate(const Actor &caller, const QString &name,
                                                     const ChangeDraft &overrides)
{
    // The template is read under the write lock the change is created in: a template retired
    // a moment ago is not used.
    WriteScope scope(m_store, caller, Permission::ChangesCreate);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    if (overrides.implementationPlan || overrides.rollbackPlan || overrides.testPlan
        || overrides.affectedAssets
        || (overrides.changeType && *overrides.changeType != ChangeType::Standard))
        return Error::input(CoreText::tr("A change from a template keeps the template's plans, "
                                         "assets and type: that is what was pre-approved. Create "
                                         "a normal change to do something different."),
                            {{QStringLiteral("template"), name}});
    auto t = get(actor, name);
    if (!t)
        return t.error();
    if (!t->active)
        return Error::rule(QStringLiteral("template_inactive"),
                           CoreText::tr("The template \"%1\" has been retired; an admin can "
                                        "reactivate it.")
                               .arg(name));
    ChangeDraft d = overrides;
    d.changeType = ChangeType::Standard;
    if (!d.title)
        d.title = t->title;
    if (!d.description)
        d.description = t->description;
    if (!d.priority)
        d.priority = t->priority;
    if (!d.riskLevel && t->riskLevel)
        d.riskLevel = t->riskLevel;
    if (!d.minLeadTimeHours)
        d.minLeadTimeHours = t->minLeadTimeHours;
    d.implementationPlan = t->implementationPlan;
    d.rollbackPlan = t->rollbackPlan;
    d.testPlan = t->testPlan;
    d.affectedAssets = t->assets;
    auto created = m_changes.create(actor, d, &*t);
    if (!created)
        return created.error();
    VIGILO_TRY(scope.commit());
    return created;
}

} // namespace vigilo
