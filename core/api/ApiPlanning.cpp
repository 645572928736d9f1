// Methods on planning: conflicts, similar changes, the next free slot, approval policies,
// standard templates, the risk questionnaire and maintenance windows.
#include "ApiUtil.h"

#include "Codecs.h"
#include "Tr.h"
#include "Vigilo.h"

#include <QTime>

#include <algorithm>

namespace vigilo::api {

namespace {

Error badField(const QString &field, const QString &message)
{
    return Error::input(message, {{QStringLiteral("field"), field}});
}

// A change named by number, or none (the method then reads a form's fields).
Param optionalChange()
{
    Param p = change(QStringLiteral("number"),
                     QStringLiteral("The change: \"CHG-00012\" or 12 (none: a form's fields)"));
    p.required = false;
    return p;
}

template <typename E>
Result<QList<E>> enumList(const Args &a, const QString &name,
                          std::optional<E> (*parse)(const QString &), const QList<E> &all)
{
    QList<E> out;
    for (const QString &v : a.textList(name)) {
        const auto e = parse(v);
        if (!e)
            return badField(name,
                            CoreText::tr("The parameter \"%1\" holds \"%2\"; use %3.")
                                .arg(name, v.left(40), wireNames(all).join(QStringLiteral(", "))));
        if (!out.contains(*e))
            out << *e;
    }
    return out;
}

Result<ApprovalPolicyStep> stepFrom(const QJsonObject &o, int index)
{
    const QString field = QStringLiteral("steps");
    ApprovalPolicyStep s;
    s.stepOrder = index + 1;
    if (!o.value(QStringLiteral("name")).isString())
        return badField(field, CoreText::tr("Step %1 needs a name.").arg(index + 1));
    s.name = o.value(QStringLiteral("name")).toString();
    if (o.contains(QStringLiteral("eligible_members"))) {
        for (const QJsonValue &v : o.value(QStringLiteral("eligible_members")).toArray()) {
            if (!v.isString())
                return badField(field, CoreText::tr("Step %1 names its members as a list of user "
                                                    "names.")
                                           .arg(index + 1));
            s.eligibleMembers << v.toString();
        }
    }
    if (o.contains(QStringLiteral("eligible_role"))) {
        const auto role = parseRole(o.value(QStringLiteral("eligible_role")).toString());
        if (!role)
            return badField(field, CoreText::tr("Step %1 has an unknown role.").arg(index + 1));
        s.eligibleRole = *role;
    }
    const QJsonValue required = o.value(QStringLiteral("required_approvals"));
    if (required.isString() && required.toString() == QLatin1String("all"))
        s.requiredApprovals = 0;
    else if (required.isDouble() && required.toInt() >= 1)
        s.requiredApprovals = required.toInt();
    else if (!required.isUndefined())
        return badField(field, CoreText::tr("Step %1 needs a number of approvals from 1, or "
                                            "\"all\".")
                                   .arg(index + 1));
    return s;
}

// The number, or what a form holds instead: a field naming what is missing.
Error draftOrNumber(const QString &field)
{
    return badField(field, CoreText::tr("Name a change (\"number\"), or give the form's "
                                        "\"%1\".")
                               .arg(field));
}

// The planning fields a form gives (change.conflicts, change.next_slot): a field that is present
// is the form's, even null (a null window: none); an absent one is the saved change's, if any.
PlanningForm planningForm(const Args &a)
{
    PlanningForm form;
    if (a.has(QStringLiteral("planned_start")))
        form.plannedStart = a.time(QStringLiteral("planned_start"));
    if (a.has(QStringLiteral("planned_end")))
        form.plannedEnd = a.time(QStringLiteral("planned_end"));
    if (a.has(QStringLiteral("affected_assets")))
        form.affectedAssets = a.textList(QStringLiteral("affected_assets"));
    if (a.has(QStringLiteral("depends_on")))
        form.dependsOn = a.changeList(QStringLiteral("depends_on"));
    form.changeType = enumArg(a, QStringLiteral("change_type"), &parseChangeType);
    if (a.has(QStringLiteral("min_lead_time_hours")))
        form.minLeadTimeHours = int(a.integer(QStringLiteral("min_lead_time_hours")));
    return form;
}

bool givesForm(const PlanningForm &f)
{
    return f.plannedStart || f.plannedEnd || f.affectedAssets || f.dependsOn || f.changeType
           || f.minLeadTimeHours;
}

// The form's fields, after the number: the planned window, assets and dependencies.
QList<Param> formParams()
{
    return {
        time(QStringLiteral("planned_start"),
             QStringLiteral("The form's planned start, unsaved (null: no window)")),
        time(QStringLiteral("planned_end"),
             QStringLiteral("The form's planned end, exclusive (null: no window)")),
        textList(QStringLiteral("affected_assets"), QStringLiteral("The form's asset names")),
        changeList(QStringLiteral("depends_on"), QStringLiteral("The form's upstream changes"))};
}

// A saved change's conflicts, or a form's as it is typed (a draft, or a change being edited or
// dragged on the calendar: its planned window, assets and dependencies; with a number, the
// change itself is left out and what is not given is its own). Nothing is written.
Result<QJsonValue> conflicts(const Call &c)
{
    const PlanningForm form = planningForm(c.args);
    const bool saved = c.args.has(QStringLiteral("number"));
    if (!saved && !givesForm(form))
        return draftOrNumber(QStringLiteral("planned_start"));
    return one(QStringLiteral("conflicts_summary"),
               c.core.planning().conflicts(*c.actor, form, saved ? c.args.change() : 0));
}

// Everything the change calendar draws for [from, to), in one answer.
Result<QJsonValue> calendarRange(const Call &c)
{
    CalendarOptions options;
    options.services = c.args.boolean(QStringLiteral("services"));
    return one(QStringLiteral("calendar"),
               c.core.planning().calendar(*c.actor, c.args.time(QStringLiteral("from")),
                                          c.args.time(QStringLiteral("to")), options));
}

// A saved change's similar changes, or a draft's (its title and assets).
Result<QJsonValue> similar(const Call &c)
{
    const Args &a = c.args;
    const int limit = int(a.integer(QStringLiteral("limit"), 10));
    if (a.has(QStringLiteral("number")))
        return many(QStringLiteral("similar_changes"),
                    c.core.planning().similar(*c.actor, a.change(), limit));
    if (!a.has(QStringLiteral("title")) && !a.has(QStringLiteral("affected_assets")))
        return draftOrNumber(QStringLiteral("title"));
    return many(QStringLiteral("similar_changes"),
                c.core.planning().similarFor(*c.actor, a.text(QStringLiteral("title")),
                                             a.textList(QStringLiteral("affected_assets")), limit));
}

// A saved change's next free slot, or a form's (its window's length, assets, dependencies,
// type and lead time; with a number, what is not given is the change's own).
Result<QJsonValue> nextSlot(const Call &c)
{
    const Args &a = c.args;
    const PlanningForm form = planningForm(a);
    const bool saved = a.has(QStringLiteral("number"));
    if (!saved && !givesForm(form))
        return draftOrNumber(QStringLiteral("planned_start"));
    return one(QStringLiteral("next_slot"),
               c.core.planning().nextFreeSlotFor(
                   *c.actor, form, saved ? a.change() : 0, a.time(QStringLiteral("after")),
                   int(a.integer(QStringLiteral("horizon_days"), Planning::kDefaultHorizonDays))));
}

Result<QJsonValue> policyAdd(const Call &c)
{
    const Args &a = c.args;
    ApprovalPolicy p;
    p.name = a.text(QStringLiteral("name"));
    p.position = int(a.integer(QStringLiteral("position"), 0));
    auto types = enumList(a, QStringLiteral("change_types"), &parseChangeType, allChangeTypes());
    if (!types)
        return types.error();
    auto priorities = enumList(a, QStringLiteral("priorities"), &parsePriority, allPriorities());
    if (!priorities)
        return priorities.error();
    auto risks = enumList(a, QStringLiteral("risk_levels"), &parseRiskLevel, allRiskLevels());
    if (!risks)
        return risks.error();
    p.changeTypes = *types;
    p.priorities = *priorities;
    p.riskLevels = *risks;
    p.assets = a.textList(QStringLiteral("assets"));
    const QList<QJsonObject> steps = a.objectList(QStringLiteral("steps"));
    for (int i = 0; i < steps.size(); ++i) {
        auto s = stepFrom(steps[i], i);
        if (!s)
            return s.error();
        p.steps << *s;
    }
    return one(QStringLiteral("policy"), c.core.policies().add(*c.actor, p));
}

Result<QJsonValue> policyList(const Call &c)
{
    return many(QStringLiteral("policies"), c.core.policies().list(*c.actor));
}

Result<QJsonValue> policySetActive(const Call &c)
{
    return one(QStringLiteral("policy"),
               c.core.policies().setActive(*c.actor, c.args.text(QStringLiteral("name")),
                                           c.args.boolean(QStringLiteral("active"), true)));
}

Result<QJsonValue> policyExplain(const Call &c)
{
    return one(QStringLiteral("explanation"),
               c.core.approvals().explain(*c.actor, c.args.change()));
}

Result<QJsonValue> templateAdd(const Call &c)
{
    const Args &a = c.args;
    ChangeTemplate t;
    t.name = a.text(QStringLiteral("name"));
    t.title = a.text(QStringLiteral("title"));
    t.description = a.text(QStringLiteral("description"));
    t.implementationPlan = a.text(QStringLiteral("implementation_plan"));
    t.rollbackPlan = a.text(QStringLiteral("rollback_plan"));
    t.testPlan = a.text(QStringLiteral("test_plan"));
    t.assets = a.textList(QStringLiteral("affected_assets"));
    t.priority = enumArg(a, QStringLiteral("priority"), &parsePriority).value_or(Priority::Low);
    t.riskLevel = enumArg(a, QStringLiteral("risk_level"), &parseRiskLevel);
    t.minLeadTimeHours = int(a.integer(QStringLiteral("min_lead_time_hours"), 4));
    return one(QStringLiteral("template"), c.core.templates().add(*c.actor, t));
}

Result<QJsonValue> templateList(const Call &c)
{
    return many(QStringLiteral("templates"), c.core.templates().list(*c.actor));
}

Result<QJsonValue> templateSetActive(const Call &c)
{
    return one(QStringLiteral("template"),
               c.core.templates().setActive(*c.actor, c.args.text(QStringLiteral("name")),
                                            c.args.boolean(QStringLiteral("active"), true)));
}

Result<QJsonValue> riskQuestions(const Call &c)
{
    auto qs = c.core.risk().questions(*c.actor);
    if (!qs)
        return qs.error();
    return QJsonValue(QJsonObject{
        {QStringLiteral("questions"), jsonArray(*qs)},
        {QStringLiteral("required_answers"), RiskAssessment::requiredAnswers(int(qs->size()))}});
}

Result<QJsonValue> riskShow(const Call &c)
{
    return one(QStringLiteral("risk"), c.core.risk().profile(*c.actor, c.args.change()));
}

// The choice by its number (from 1) or its exact label, case-insensitive.
Result<QJsonValue> riskAnswer(const Call &c)
{
    auto qs = c.core.risk().questions(*c.actor);
    if (!qs)
        return qs.error();
    const QString key = c.args.text(QStringLiteral("key"));
    const QString choiceText = c.args.text(QStringLiteral("choice")).trimmed();
    bool isNumber = false;
    const int n = choiceText.toInt(&isNumber);
    int choice = -1;
    for (const auto &q : *qs) {
        if (q.key != key)
            continue;
        if (isNumber)
            choice = n - 1;
        for (int i = 0; !isNumber && i < q.choices.size(); ++i)
            if (q.choices[i].label.compare(choiceText, Qt::CaseInsensitive) == 0)
                choice = i;
        if (choice < 0 && !isNumber)
            return badField(QStringLiteral("choice"),
                            CoreText::tr("\"%1\" is not a choice of %2: give its number (1 to %3) "
                                         "or its exact label")
                                .arg(choiceText.left(80), key)
                                .arg(q.choices.size()));
    }
    return one(QStringLiteral("risk"),
               c.core.risk().answer(*c.actor, c.args.change(), key, choice));
}

Result<QJsonValue> riskAccept(const Call &c)
{
    return one(QStringLiteral("change"),
               c.core.risk().accept(*c.actor, c.args.change(),
                                    enumArg(c.args, QStringLiteral("level"), &parseRiskLevel),
                                    c.args.text(QStringLiteral("reason"))));
}

Result<QJsonValue> riskQuestionSet(const Call &c)
{
    RiskQuestion q;
    q.key = c.args.text(QStringLiteral("key"));
    q.text = c.args.text(QStringLiteral("text"));
    q.weight = int(c.args.integer(QStringLiteral("weight"), 1));
    for (const QJsonObject &o : c.args.objectList(QStringLiteral("choices"))) {
        if (!o.value(QStringLiteral("label")).isString()
            || !o.value(QStringLiteral("score")).isDouble())
            return badField(QStringLiteral("choices"),
                            CoreText::tr("Each choice is an object with a label and a score."));
        q.choices << RiskChoice{o.value(QStringLiteral("label")).toString(),
                                o.value(QStringLiteral("score")).toInt()};
    }
    return one(QStringLiteral("question"), c.core.risk().setQuestion(*c.actor, q));
}

Result<QJsonValue> riskQuestionRemove(const Call &c)
{
    const QString key = c.args.text(QStringLiteral("key"));
    VIGILO_TRY(c.core.risk().removeQuestion(*c.actor, key));
    return QJsonValue(QJsonObject{{QStringLiteral("removed"), key}});
}

Result<QJsonValue> maintenanceAdd(const Call &c)
{
    MaintenanceWindow w;
    w.asset = c.args.text(QStringLiteral("asset"));
    w.weekday = int(c.args.integer(QStringLiteral("weekday")));
    w.start = QTime::fromString(c.args.text(QStringLiteral("start")), QStringLiteral("HH:mm"));
    if (!w.start.isValid())
        return badField(QStringLiteral("start"),
                        CoreText::tr("The start \"%1\" is not a local time like 02:00.")
                            .arg(c.args.text(QStringLiteral("start")).left(40)));
    w.durationMinutes = int(c.args.integer(QStringLiteral("duration_minutes")));
    w.timeZone = c.args.text(QStringLiteral("time_zone"), QStringLiteral("UTC")).toLatin1();
    return one(QStringLiteral("maintenance_window"), c.core.maintenance().add(*c.actor, w));
}

Result<QJsonValue> maintenanceRemove(const Call &c)
{
    return one(QStringLiteral("removed"),
               c.core.maintenance().remove(*c.actor, c.args.integer(QStringLiteral("id"))));
}

Result<QJsonValue> maintenanceList(const Call &c)
{
    return many(QStringLiteral("maintenance_windows"),
                c.core.maintenance().list(*c.actor, c.args.text(QStringLiteral("asset"))));
}

Param name(const QString &help)
{
    return text(QStringLiteral("name"), help, true);
}

} // namespace

QList<Method> planningMethods()
{
    const Param active = boolean(QStringLiteral("active"), QStringLiteral("true: activate; "
                                                                          "false: retire"));
    return {
        {QStringLiteral("change.conflicts"),
         Scope::Workspace,
         QStringLiteral("Overlapping changes on shared assets, freeze windows, maintenance "
                        "windows and dependency problems: of a saved change, or of a form as it "
                        "is typed (a draft, a change being edited, a bar dragged on the calendar: "
                        "the planned window, assets and dependencies; with a number, the change "
                        "itself is left out and what is not given is its own). Nothing is saved."),
         QList<Param>{optionalChange()} + formParams(),
         QStringLiteral("{conflicts_summary: {conflicts, count}}"),
         {},
         conflicts},
        {QStringLiteral("calendar.range"),
         Scope::Workspace,
         QStringLiteral("The change calendar for [from, to) in one answer: the assets, the changes "
                        "planned in it with their conflicts, the freeze windows and the "
                        "maintenance windows' occurrences (at most 400 days)."),
         {time(QStringLiteral("from"), QStringLiteral("Start of the range"), true),
          time(QStringLiteral("to"), QStringLiteral("End of the range (after from)"), true),
          boolean(QStringLiteral("services"),
                  QStringLiteral("Also the services with the changes that affect them"))},
         QStringLiteral("{calendar: {from, to, assets, changes, freeze_windows, maintenance, "
                        "services}}"),
         {},
         calendarRange},
        {QStringLiteral("change.similar"),
         Scope::Workspace,
         QStringLiteral("Changes with shared assets or similar titles, with their outcome: of "
                        "a saved change, or of a draft's title and assets."),
         {optionalChange(), text(QStringLiteral("title"), QStringLiteral("A draft's title")),
          textList(QStringLiteral("affected_assets"), QStringLiteral("A draft's assets")),
          integer(QStringLiteral("limit"), 1, 1000,
                  QStringLiteral("At most N (default "
                                 "10)"))},
         QStringLiteral("{similar_changes: [similar_change]}"),
         {},
         similar},
        {QStringLiteral("change.next_slot"),
         Scope::Workspace,
         QStringLiteral("The earliest window without conflicts of a saved change's length, or of "
                        "a form's (a draft: its planned window's length, assets, dependencies, "
                        "type and lead time; with a number, what is not given is the change's "
                        "own). Nothing is saved."),
         QList<Param>{optionalChange(),
                      time(QStringLiteral("after"), QStringLiteral("Not before (default now)")),
                      integer(QStringLiteral("horizon_days"), 1, 366,
                              QStringLiteral("How far ahead to look (default 90)"))}
             + formParams()
             + QList<Param>{oneOf(QStringLiteral("change_type"), wireNames(allChangeTypes()),
                                  QStringLiteral("The form's change type (lead time)")),
                            integer(QStringLiteral("min_lead_time_hours"), 0, 8760,
                                    QStringLiteral("The form's minimum lead time (default: the "
                                                   "type's)"))},
         QStringLiteral("{next_slot}"),
         {QStringLiteral("no_free_slot"), QStringLiteral("planned_window_required"),
          QStringLiteral("invalid_transition")},
         nextSlot},
        {QStringLiteral("policy.add"),
         Scope::Workspace,
         QStringLiteral("Add an approval policy (admins)."),
         {name(QStringLiteral("The policy's name")),
          integer(QStringLiteral("position"), 1, 1000000,
                  QStringLiteral("Order among policies (default: last)")),
          textList(QStringLiteral("change_types"), QStringLiteral("Match these change types")),
          textList(QStringLiteral("priorities"), QStringLiteral("Match these priorities")),
          textList(QStringLiteral("risk_levels"), QStringLiteral("Match these risk levels")),
          textList(QStringLiteral("assets"), QStringLiteral("Match changes touching any of these")),
          objectList(QStringLiteral("steps"),
                     QStringLiteral("In order: {name, eligible_role | eligible_members, "
                                    "required_approvals: N | \"all\"}"),
                     true)},
         QStringLiteral("{policy}"),
         {QStringLiteral("policy_exists"), QStringLiteral("permission_denied")},
         policyAdd},
        {QStringLiteral("policy.list"),
         Scope::Workspace,
         QStringLiteral("The approval policies, in matching order."),
         {},
         QStringLiteral("{policies: [policy]}"),
         {},
         policyList},
        {QStringLiteral("policy.set_active"),
         Scope::Workspace,
         QStringLiteral("Activate or deactivate a policy (admins)."),
         {name(QStringLiteral("The policy's name")), active},
         QStringLiteral("{policy}"),
         {QStringLiteral("permission_denied")},
         policySetActive},
        {QStringLiteral("policy.explain"),
         Scope::Workspace,
         QStringLiteral("Dry run: the approval steps the change would get and who could decide."),
         {change()},
         QStringLiteral("{explanation: {source, policy, steps}}"),
         {},
         policyExplain},
        {QStringLiteral("template.add"),
         Scope::Workspace,
         QStringLiteral("Add a pre-approved standard change template (admins)."),
         {name(QStringLiteral("The template's name")),
          text(QStringLiteral("title"), QStringLiteral("Title of the changes made from it"), true),
          text(QStringLiteral("description"), QStringLiteral("Description")),
          text(QStringLiteral("implementation_plan"), QStringLiteral("The pre-approved runbook"),
               true),
          text(QStringLiteral("rollback_plan"), QStringLiteral("The rollback plan"), true),
          text(QStringLiteral("test_plan"), QStringLiteral("The test plan")),
          textList(QStringLiteral("affected_assets"), QStringLiteral("Affected assets")),
          oneOf(QStringLiteral("priority"), wireNames(allPriorities()),
                QStringLiteral("Priority (default low)")),
          oneOf(QStringLiteral("risk_level"), wireNames(allRiskLevels()),
                QStringLiteral("Risk level")),
          integer(QStringLiteral("min_lead_time_hours"), 0, 8760,
                  QStringLiteral("Minimum lead time (default 4)"))},
         QStringLiteral("{template}"),
         {QStringLiteral("template_exists"), QStringLiteral("permission_denied")},
         templateAdd},
        {QStringLiteral("template.list"),
         Scope::Workspace,
         QStringLiteral("The standard change catalogue."),
         {},
         QStringLiteral("{templates: [template]}"),
         {},
         templateList},
        {QStringLiteral("template.set_active"),
         Scope::Workspace,
         QStringLiteral("Reactivate or retire a template (admins)."),
         {name(QStringLiteral("The template's name")), active},
         QStringLiteral("{template}"),
         {QStringLiteral("permission_denied")},
         templateSetActive},
        {QStringLiteral("risk.questions"),
         Scope::Workspace,
         QStringLiteral("The workspace's risk questionnaire."),
         {},
         QStringLiteral("{questions: [question], required_answers}"),
         {},
         riskQuestions},
        {QStringLiteral("risk.show"),
         Scope::Workspace,
         QStringLiteral("A change's answers, score, suggested level and risk conditions."),
         {change()},
         QStringLiteral("{risk}"),
         {},
         riskShow},
        {QStringLiteral("risk.answer"),
         Scope::Workspace,
         QStringLiteral("Answer one question of a change's risk assessment."),
         {change(), text(QStringLiteral("key"), QStringLiteral("The question's key"), true),
          text(QStringLiteral("choice"),
               QStringLiteral("The choice's number (from 1) or its exact label"), true)},
         QStringLiteral("{risk}"),
         {QStringLiteral("invalid_transition"), QStringLiteral("permission_denied")},
         riskAnswer},
        {QStringLiteral("risk.accept"),
         Scope::Workspace,
         QStringLiteral("Set the risk level to the suggestion, or override it with a reason."),
         {change(),
          oneOf(QStringLiteral("level"), wireNames(allRiskLevels()),
                QStringLiteral("A level other than the suggestion")),
          text(QStringLiteral("reason"), QStringLiteral("Why (with a level other than the "
                                                        "suggestion)"))},
         QStringLiteral("{change}"),
         {QStringLiteral("risk_not_assessed"), QStringLiteral("reason_required"),
          QStringLiteral("permission_denied")},
         riskAccept},
        {QStringLiteral("risk.question_set"),
         Scope::Workspace,
         QStringLiteral("Add or replace a question of the questionnaire (admins)."),
         {text(QStringLiteral("key"), QStringLiteral("The question's key"), true),
          text(QStringLiteral("text"), QStringLiteral("The question"), true),
          integer(QStringLiteral("weight"), 1, 10, QStringLiteral("Its weight (default 1)")),
          objectList(QStringLiteral("choices"), QStringLiteral("[{label, score 0..100}]"), true)},
         QStringLiteral("{question}"),
         {QStringLiteral("permission_denied")},
         riskQuestionSet},
        {QStringLiteral("risk.question_remove"),
         Scope::Workspace,
         QStringLiteral("Remove a question from the questionnaire (admins)."),
         {text(QStringLiteral("key"), QStringLiteral("The question's key"), true)},
         QStringLiteral("{removed}"),
         {QStringLiteral("permission_denied")},
         riskQuestionRemove},
        {QStringLiteral("maintenance.add"),
         Scope::Workspace,
         QStringLiteral("Add a weekly maintenance window to an asset (admins)."),
         {text(QStringLiteral("asset"), QStringLiteral("The asset"), true),
          integer(QStringLiteral("weekday"), 1, 7, QStringLiteral("1 = Monday .. 7 = Sunday"),
                  true),
          text(QStringLiteral("start"), QStringLiteral("Local start time, HH:mm"), true),
          integer(QStringLiteral("duration_minutes"), 1, 10080, QStringLiteral("Length"), true),
          text(QStringLiteral("time_zone"), QStringLiteral("IANA time zone (default UTC)"))},
         QStringLiteral("{maintenance_window}"),
         {QStringLiteral("permission_denied")},
         maintenanceAdd},
        {QStringLiteral("maintenance.remove"),
         Scope::Workspace,
         QStringLiteral("Remove a maintenance window of an asset (admins); the audit event keeps "
                        "the whole window."),
         {integer(QStringLiteral("id"), 1, 9007199254740991LL,
                  QStringLiteral("The window's id (maintenance.list)"), true)},
         QStringLiteral("{removed: maintenance_window}"),
         {QStringLiteral("permission_denied")},
         maintenanceRemove},
        {QStringLiteral("maintenance.list"),
         Scope::Workspace,
         QStringLiteral("The assets' maintenance windows."),
         {text(QStringLiteral("asset"), QStringLiteral("Only this asset"))},
         QStringLiteral("{maintenance_windows: [maintenance_window]}"),
         {},
         maintenanceList},
    };
}

} // namespace vigilo::api
