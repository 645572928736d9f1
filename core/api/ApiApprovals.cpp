// Methods of issue 15 besides the CAB's: delegation, the workspace's approval settings, guarded
// bulk approval and saved change filters.
#include "ApiUtil.h"

#include "Tr.h"
#include "Vigilo.h"

namespace vigilo::api {

namespace {

Result<QJsonValue> delegationSet(const Call &c)
{
    const Args &a = c.args;
    return one(QStringLiteral("delegation"),
               c.core.delegations().set(*c.actor, a.text(QStringLiteral("for_member")),
                                        a.text(QStringLiteral("substitute")),
                                        a.time(QStringLiteral("from")),
                                        a.time(QStringLiteral("to"))));
}

Result<QJsonValue> delegationClear(const Call &c)
{
    return many(QStringLiteral("delegations"),
                c.core.delegations().clear(*c.actor, c.args.text(QStringLiteral("for_member")),
                                           c.args.text(QStringLiteral("substitute"))));
}

Result<QJsonValue> delegationList(const Call &c)
{
    return many(QStringLiteral("delegations"),
                c.core.delegations().list(*c.actor, c.args.boolean(QStringLiteral("all"))));
}

Result<QJsonValue> delegationSweep(const Call &c)
{
    auto swept = c.core.delegations().tellSubstitutes(*c.actor);
    if (!swept)
        return swept.error();
    return QJsonValue(QJsonObject{{QStringLiteral("examined"), swept->examined},
                                  {QStringLiteral("told"), swept->told},
                                  {QStringLiteral("more"), swept->more}});
}

Result<QJsonValue> settingsGet(const Call &c)
{
    return one(QStringLiteral("settings"), c.core.approvalSettings().get(*c.actor));
}

Result<QJsonValue> settingsSet(const Call &c)
{
    const Args &a = c.args;
    auto flag = [&a](const QString &name) {
        return a.has(name) && !a.isNull(name) ? std::optional<bool>(a.boolean(name)) : std::nullopt;
    };
    // Merged with the current settings by the core, inside its write.
    ApprovalSettingsChange change;
    change.distinctPeople = flag(QStringLiteral("distinct_people"));
    change.bulkEnabled = flag(QStringLiteral("bulk_enabled"));
    change.bulkMaxRisk = enumArg(a, QStringLiteral("bulk_max_risk"), &parseRiskLevel);
    change.bulkAllowConflicts = flag(QStringLiteral("bulk_allow_conflicts"));
    change.bulkAllowEmergency = flag(QStringLiteral("bulk_allow_emergency"));
    if (change.isEmpty())
        return Error::input(CoreText::tr("Say what to change: distinct_people or a bulk_* "
                                         "setting."),
                            {{QStringLiteral("field"), QStringLiteral("distinct_people")}});
    return one(QStringLiteral("settings"), c.core.approvalSettings().set(*c.actor, change));
}

// The Approval queue page in one round trip: the changes in review with their open steps and
// whether the caller may decide each now, and whether bulk approval is open to them.
Result<QJsonValue> approvalQueue(const Call &c)
{
    auto items = c.core.approvalQueue().load(*c.actor, !c.args.boolean(QStringLiteral("all")));
    if (!items)
        return items.error();
    const Status bulk = c.core.bulkApproval().allowed(*c.actor);
    return QJsonValue(QJsonObject{{QStringLiteral("items"), jsonArray(*items)},
                                  {QStringLiteral("bulk_refusal"),
                                   bulk.ok() ? QJsonValue() : QJsonValue(bulk.error().toJson())}});
}

Result<QJsonValue> approveMany(const Call &c)
{
    auto items =
        c.core.bulkApproval().approve(*c.actor, c.args.changeList(QStringLiteral("numbers")),
                                      c.args.text(QStringLiteral("comment")));
    if (!items)
        return items.error();
    QJsonArray approved, refused;
    for (const BulkApprovalItem &i : *items)
        (i.change ? approved : refused).append(i.toJson());
    return QJsonValue(
        QJsonObject{{QStringLiteral("approved"), approved}, {QStringLiteral("refused"), refused}});
}

Result<QJsonValue> filterSave(const Call &c)
{
    QJsonObject params = c.args.json();
    params.remove(QStringLiteral("name"));
    params.remove(QStringLiteral("workspace"));
    return one(QStringLiteral("filter"),
               c.core.savedFilters().save(*c.actor, c.args.text(QStringLiteral("name")), params));
}

Result<QJsonValue> filterList(const Call &c)
{
    return many(QStringLiteral("filters"), c.core.savedFilters().list(*c.actor));
}

Result<QJsonValue> filterDelete(const Call &c)
{
    VIGILO_TRY(c.core.savedFilters().remove(*c.actor, c.args.text(QStringLiteral("name"))));
    return QJsonValue(
        QJsonObject{{QStringLiteral("deleted"), c.args.text(QStringLiteral("name"))}});
}

} // namespace

QList<Method> approvalMethods()
{
    // The filter a saved filter keeps: change.list's parameters, less `filter` itself and the
    // answer's layout (the asking client's business).
    QList<Param> filterParams;
    for (const Method &m : changeMethods())
        if (m.name == QLatin1String("change.list"))
            for (const Param &p : m.params)
                if (p.name != QLatin1String("filter") && p.name != QLatin1String("layout"))
                    filterParams << p;
    return {
        {QStringLiteral("delegation.set"),
         Scope::Workspace,
         QStringLiteral("Name a substitute for [from, to): decisions due from the member may be "
                        "taken by the substitute on their behalf (not passed on further). Another "
                        "member's: admins and owners only."),
         {text(QStringLiteral("substitute"), QStringLiteral("Who stands in"), true),
          time(QStringLiteral("from"), QStringLiteral("Start"), true),
          time(QStringLiteral("to"), QStringLiteral("End, exclusive"), true),
          text(QStringLiteral("for_member"), QStringLiteral("Whose duties (default: the caller)"))},
         QStringLiteral("{delegation}"),
         {QStringLiteral("permission_denied")},
         delegationSet},
        {QStringLiteral("delegation.clear"),
         Scope::Workspace,
         QStringLiteral("End the member's delegations that have not ended (a running one ends "
                        "now, a future one is removed)."),
         {text(QStringLiteral("for_member"), QStringLiteral("Whose (default: the caller)")),
          text(QStringLiteral("substitute"), QStringLiteral("Only those to this substitute"))},
         QStringLiteral("{delegations: [delegation]}"),
         {QStringLiteral("permission_denied")},
         delegationClear},
        {QStringLiteral("delegation.list"),
         Scope::Workspace,
         QStringLiteral("Delegations that have not ended: the caller's (given or received), or "
                        "all of the workspace's (admins and owners)."),
         {boolean(QStringLiteral("all"), QStringLiteral("Every member's (admins and owners)"))},
         QStringLiteral("{delegations: [delegation]}"),
         {QStringLiteral("permission_denied")},
         delegationList},
        {QStringLiteral("delegation.sweep"),
         Scope::Workspace,
         QStringLiteral("Tell the substitutes of delegations that have started of the decisions "
                        "due from the members they stand in for since (approval.delegated, once "
                        "whoever asks; recorded in the caller's name; a viewer's call tells "
                        "nobody). `more`: call again, the batch was full. The team server does "
                        "this every substitute_sweep_secs by itself."),
         {},
         QStringLiteral("{examined, told, more}"),
         {},
         delegationSweep},
        {QStringLiteral("approval_settings.get"),
         Scope::Workspace,
         QStringLiteral("The workspace's approval settings: distinct people, the bulk guard."),
         {},
         QStringLiteral("{settings}"),
         {},
         settingsGet},
        {QStringLiteral("approval_settings.set"),
         Scope::Workspace,
         QStringLiteral("Change the approval settings (admins and owners; audited). What is not "
                        "given keeps its value."),
         {boolean(QStringLiteral("distinct_people"),
                  QStringLiteral("One person decides at most one step of a change")),
          boolean(QStringLiteral("bulk_enabled"), QStringLiteral("Bulk approval allowed")),
          oneOf(QStringLiteral("bulk_max_risk"), wireNames(allRiskLevels()),
                QStringLiteral("The highest risk level bulk approval takes")),
          boolean(QStringLiteral("bulk_allow_conflicts"),
                  QStringLiteral("Changes with conflicts pass the guard")),
          boolean(QStringLiteral("bulk_allow_emergency"),
                  QStringLiteral("Emergency changes pass the guard"))},
         QStringLiteral("{settings}"),
         {QStringLiteral("permission_denied")},
         settingsSet},
        {QStringLiteral("approval.queue"),
         Scope::Workspace,
         QStringLiteral("The approval queue: the changes in review the caller may decide now "
                        "(with `all`: every change in review), by planned start, each with its "
                        "open steps and why the caller may not decide it; and why bulk approval "
                        "is refused to the caller (null: it is open to them)."),
         {boolean(QStringLiteral("all"), QStringLiteral("Every change in review"))},
         QStringLiteral("{items: [{change, open_steps, pending_step, can_decide, on_behalf_of, "
                        "refusal}], bulk_refusal}"),
         {},
         approvalQueue},
        {QStringLiteral("change.approve_many"),
         Scope::Workspace,
         QStringLiteral("Approve several changes, each only if it passes the workspace's guard: "
                        "each approved one in its own transaction and audit event, the others "
                        "listed with the reason and left untouched."),
         {changeList(QStringLiteral("numbers"), QStringLiteral("The changes")),
          text(QStringLiteral("comment"), QStringLiteral("A note kept with each decision"))},
         QStringLiteral("{approved: [{number, change}], refused: [{number, error}]}"),
         {QStringLiteral("permission_denied"), QStringLiteral("bulk_approval_disabled"),
          QStringLiteral("bulk_guard_failed")},
         approveMany},
        {QStringLiteral("filter.save"),
         Scope::Workspace,
         QStringLiteral("Save (or replace) a change filter of the caller's under a name."),
         QList<Param>{text(QStringLiteral("name"), QStringLiteral("The filter's name"), true)}
             + filterParams,
         QStringLiteral("{filter}"),
         {},
         filterSave},
        {QStringLiteral("filter.list"),
         Scope::Workspace,
         QStringLiteral("The caller's saved filters."),
         {},
         QStringLiteral("{filters: [filter]}"),
         {},
         filterList},
        {QStringLiteral("filter.delete"),
         Scope::Workspace,
         QStringLiteral("Delete a saved filter of the caller's."),
         {text(QStringLiteral("name"), QStringLiteral("The filter's name"), true)},
         QStringLiteral("{deleted}"),
         {},
         filterDelete},
    };
}

} // namespace vigilo::api
