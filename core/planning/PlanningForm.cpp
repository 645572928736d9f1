// A form's planning fields as a change: what the conflicts and the next free slot of an unsaved
// form are computed on, with a saved change filling in what the form does not give.
#include "Planning.h"

#include "InputRules.h"
#include "PlanningText.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"

namespace vigilo {

namespace {

Error badField(const QString &field, const QString &message)
{
    return Error::input(message, {{QStringLiteral("field"), field}});
}

} // namespace

Result<ChangeRequest> Planning::formChange(const Actor &actor, const PlanningForm &form,
                                           int changeNumber) const
{
    const QString startField = QStringLiteral("planned_start"),
                  endField = QStringLiteral("planned_end");
    if (form.plannedStart.has_value() != form.plannedEnd.has_value()) {
        const QString missing = form.plannedStart ? endField : startField;
        return badField(missing, CoreText::tr("Give both ends of the form's planned window "
                                              "(planned_start and planned_end): \"%1\" is "
                                              "missing.")
                                     .arg(missing));
    }
    if (form.plannedStart) {
        VIGILO_TRY(input::checkTime(startField, *form.plannedStart));
        VIGILO_TRY(input::checkTime(endField, *form.plannedEnd));
    }
    if (form.minLeadTimeHours) {
        VIGILO_TRY(input::checkLeadTimeHours(*form.minLeadTimeHours));
    }
    ChangeRequest c;
    if (changeNumber > 0) {
        auto loaded = sql::loadChange(m_store, actor.workspace.id, changeNumber);
        if (!loaded)
            return loaded.error();
        c = *loaded;
        if (form.changeType)
            c.changeType = *form.changeType;
    } else {
        c.workspaceId = actor.workspace.id;
        c.changeType = form.changeType.value_or(ChangeType::Normal);
        c.minLeadTimeHours = defaultLeadTimeHours(c.changeType);
    }
    if (form.minLeadTimeHours)
        c.minLeadTimeHours = *form.minLeadTimeHours;
    if (form.plannedStart) {
        c.plannedStart = form.plannedStart->isValid() ? form.plannedStart->toUTC() : QDateTime();
        c.plannedEnd = form.plannedEnd->isValid() ? form.plannedEnd->toUTC() : QDateTime();
    }
    if (form.affectedAssets)
        c.affectedAssets = *form.affectedAssets;
    if (form.dependsOn) {
        c.dependencies.clear();
        for (int n : *form.dependsOn)
            c.dependencies << DependencyRef{n, {}, ChangeStatus::Draft};
    }
    if (c.plannedStart.isValid() != c.plannedEnd.isValid())
        return badField(c.plannedStart.isValid() ? endField : startField,
                        CoreText::tr("A planned window needs both a start (planned_start) "
                                     "and an end (planned_end)."));
    if (c.plannedStart.isValid() && c.plannedEnd <= c.plannedStart)
        return badField(endField, CoreText::tr("The planned end (planned_end) must be after the "
                                               "planned start."));
    return c;
}

Status Planning::knownAssets(const Actor &actor, const QStringList &names) const
{
    if (names.isEmpty())
        return {};
    QVariantList binds{actor.workspace.id};
    for (const QString &a : names)
        binds << a;
    auto known = sql::run(m_store,
                          QStringLiteral("SELECT name FROM assets WHERE workspace_id = ? AND "
                                         "name IN (")
                              + planning::placeholders(int(names.size())) + QLatin1Char(')'),
                          binds);
    if (!known)
        return known.error();
    QSet<QString> found;
    while (known->next())
        found.insert(known->value(0).toString());
    for (const QString &a : names)
        if (!found.contains(a))
            return Error::input(
                CoreText::tr("The form's affected_assets name \"%1\", which is not an asset of "
                             "this workspace: add it first, or check the spelling.")
                    .arg(a.left(80)),
                {{QStringLiteral("field"), QStringLiteral("affected_assets")},
                 {QStringLiteral("asset"), a.left(80)}});
    return {};
}

Result<ConflictSummary> Planning::conflicts(const Actor &actor, int changeNumber) const
{
    return conflicts(actor, PlanningForm{}, changeNumber);
}

Result<ConflictSummary> Planning::conflicts(const Actor &actor, const PlanningForm &form,
                                            int changeNumber) const
{
    auto c = formChange(actor, form, changeNumber);
    if (!c)
        return c.error();
    QList<int> deps;
    for (const DependencyRef &d : c->dependencies)
        deps << d.number;
    return conflictsFor(actor, c->plannedStart, c->plannedEnd, c->affectedAssets, c->id, deps);
}

} // namespace vigilo
