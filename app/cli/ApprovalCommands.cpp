// Issue 15 on the command line: delegate set|clear|list, change approve-many, approvals
// settings, filter save|list|delete, and the personal views of change list.
#include "ChangeView.h"
#include "Codecs.h"
#include "Commands.h"
#include "Output.h"

#include "Client.h"

#include "Output.h"
#include <QJsonArray>
#include <QJsonDocument>

namespace vigilo::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vigilo-cli", text);
}

QString delegationLine(const Delegation &d)
{
    // Times as everywhere in the CLI's text: ISO 8601 in UTC, never an ambiguous numeric form.
    return tr("%1 → %2, from %3 until %4")
        .arg(d.member, d.substitute, formatTime(d.startsAt), formatTime(d.endsAt));
}

QString delegationLines(const QList<Delegation> &list, const QString &none)
{
    QStringList lines;
    for (const Delegation &d : list)
        lines << delegationLine(d);
    return lines.isEmpty() ? none : lines.join(QLatin1Char('\n'));
}

QJsonObject delegationsJson(const QList<Delegation> &list)
{
    QJsonArray out;
    for (const Delegation &d : list)
        out.append(d.toJson());
    return {{QStringLiteral("delegations"), out}};
}

int delegateSet(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(from, parseTime(QStringLiteral("--from"), a.value(QStringLiteral("from"))));
    CLI_TRY(to, parseTime(QStringLiteral("--to"), a.value(QStringLiteral("to"))));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(d, client->setDelegation(a.positional(0), from, to, a.value(QStringLiteral("for"))));
    return ctx.out().print(QJsonObject{{QStringLiteral("delegation"), d.toJson()}},
                           tr("Substitute set: %1.").arg(delegationLine(d)));
}

int delegateClear(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(list, client->clearDelegations(a.value(QStringLiteral("for")),
                                           a.value(QStringLiteral("substitute"))));
    return ctx.out().print(delegationsJson(list),
                           tr("Cleared:") + QLatin1Char('\n') + delegationLines(list, {}));
}

int delegateList(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(list, client->delegations(a.has(QStringLiteral("all"))));
    return ctx.out().print(delegationsJson(list),
                           delegationLines(list, tr("No delegation in force or planned.")));
}

int approveMany(CliContext &ctx, const ParsedArgs &a)
{
    QJsonArray numbers;
    for (const QString &p : a.positionals) {
        CLI_TRY(n, parseChange(p));
        numbers.append(formatChangeNumber(n));
    }
    QJsonObject params{{QStringLiteral("numbers"), numbers}};
    if (a.has(QStringLiteral("comment")))
        params.insert(QStringLiteral("comment"), a.value(QStringLiteral("comment")));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(answer, client->call(QStringLiteral("change.approve_many"), params));
    const QJsonObject doc = answer.toObject();
    QStringList lines;
    for (const QJsonValue &v : doc.value(QStringLiteral("approved")).toArray()) {
        const QJsonObject c = v.toObject().value(QStringLiteral("change")).toObject();
        lines << tr("%1 approved (now %2).")
                     .arg(v.toObject().value(QStringLiteral("number")).toString(),
                          c.value(QStringLiteral("status")).toString());
    }
    const QJsonArray refused = doc.value(QStringLiteral("refused")).toArray();
    for (const QJsonValue &v : refused) {
        const QJsonObject e = v.toObject().value(QStringLiteral("error")).toObject();
        lines << tr("%1 left untouched [%2]: %3")
                     .arg(v.toObject().value(QStringLiteral("number")).toString(),
                          e.value(QStringLiteral("code")).toString(),
                          e.value(QStringLiteral("message")).toString());
    }
    const int status = ctx.out().print(doc, lines.join(QLatin1Char('\n')));
    // Some were refused by a rule: exit 1, the approved ones stay approved.
    return status == 0 && !refused.isEmpty() ? 1 : status;
}

Result<std::optional<bool>> onOff(const ParsedArgs &a, const QString &option, const char *on,
                                  const char *off)
{
    if (!a.has(option))
        return std::optional<bool>();
    const QString v = a.value(option);
    if (v == QLatin1String(on))
        return std::optional<bool>(true);
    if (v == QLatin1String(off))
        return std::optional<bool>(false);
    return Error::input(tr("--%1 takes %2 or %3, not \"%4\".")
                            .arg(option, QLatin1String(on), QLatin1String(off), v),
                        {{QStringLiteral("field"), option}});
}

QString settingsText(const ApprovalSettings &s)
{
    const BulkGuard &g = s.bulk;
    QStringList lines;
    lines << (s.distinctPeople
                  ? tr("Distinct people: on (one person decides at most one step of a change)")
                  : tr("Distinct people: off (one person may decide several steps)"));
    if (!g.enabled)
        lines << tr("Bulk approval: off");
    else
        lines << tr("Bulk approval: risk up to %1; conflicts %2; emergency changes %3")
                     .arg(toString(g.maxRisk), g.allowConflicts ? tr("allowed") : tr("refused"),
                          g.allowEmergency ? tr("allowed") : tr("refused"));
    return lines.join(QLatin1Char('\n'));
}

int approvalSettings(CliContext &ctx, const ParsedArgs &a)
{
    ApprovalSettingsChange change;
    CLI_TRY(distinct, onOff(a, QStringLiteral("distinct-people"), "on", "off"));
    CLI_TRY(bulk, onOff(a, QStringLiteral("bulk"), "on", "off"));
    CLI_TRY(conflicts, onOff(a, QStringLiteral("bulk-conflicts"), "allow", "refuse"));
    CLI_TRY(emergency, onOff(a, QStringLiteral("bulk-emergency"), "allow", "refuse"));
    change.distinctPeople = distinct;
    change.bulkEnabled = bulk;
    change.bulkAllowConflicts = conflicts;
    change.bulkAllowEmergency = emergency;
    if (a.has(QStringLiteral("bulk-max-risk"))) {
        CLI_TRY(risk, parseEnum<RiskLevel>(QStringLiteral("bulk-max-risk"),
                                           a.value(QStringLiteral("bulk-max-risk")),
                                           &parseRiskLevel, allRiskLevels()));
        change.bulkMaxRisk = risk;
    }
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(settings,
            change.isEmpty() ? client->approvalSettings() : client->setApprovalSettings(change));
    return ctx.out().print(QJsonObject{{QStringLiteral("settings"), settings.toJson()}},
                           settingsText(settings));
}

int filterSave(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(params, changeListParams(a));
    params.remove(QStringLiteral("filter"));
    params.insert(QStringLiteral("name"), a.positional(0));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(answer, client->call(QStringLiteral("filter.save"), params));
    return ctx.out().print(answer.toObject(), tr("Filter \"%1\" saved.").arg(a.positional(0)));
}

int filterList(CliContext &ctx, const ParsedArgs &)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(answer, client->call(QStringLiteral("filter.list"), {}));
    QStringList lines;
    for (const QJsonValue &v : answer.toObject().value(QStringLiteral("filters")).toArray()) {
        const QJsonObject f = v.toObject();
        lines << f.value(QStringLiteral("name")).toString() + QStringLiteral("  ")
                     + QString::fromUtf8(QJsonDocument(f.value(QStringLiteral("params")).toObject())
                                             .toJson(QJsonDocument::Compact));
    }
    return ctx.out().print(answer.toObject(), lines.isEmpty() ? tr("No saved filter.")
                                                              : lines.join(QLatin1Char('\n')));
}

int filterDelete(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(answer, client->call(QStringLiteral("filter.delete"),
                                 {{QStringLiteral("name"), a.positional(0)}}));
    return ctx.out().print(answer.toObject(), tr("Filter \"%1\" deleted.").arg(a.positional(0)));
}

} // namespace

QList<OptionSpec> changeViewOptions()
{
    return {flagOpt(QStringLiteral("mine"), tr("My open changes (I requested them)")),
            flagOpt(QStringLiteral("awaiting-me"),
                    tr("In review and awaiting my decision (or that of a member I stand in for)")),
            flagOpt(QStringLiteral("assigned-to-me"), tr("Assigned to me")),
            flagOpt(QStringLiteral("today"), tr("Planned window overlaps today (local time)")),
            valueOpt(QStringLiteral("filter"), QStringLiteral("NAME"),
                     tr("Start from my saved filter NAME"))};
}

Result<QJsonObject> changeListParams(const ParsedArgs &a)
{
    auto f = changeFilterFrom(a);
    if (!f)
        return f.error();
    QJsonObject p = api::filterParams(*f);
    if (a.has(QStringLiteral("mine")))
        p.insert(QStringLiteral("mine"), true);
    if (a.has(QStringLiteral("awaiting-me")))
        p.insert(QStringLiteral("awaiting_me"), true);
    if (a.has(QStringLiteral("assigned-to-me")))
        p.insert(QStringLiteral("assigned_to_me"), true);
    if (a.has(QStringLiteral("today"))) {
        p.insert(QStringLiteral("today"), true);
        p.insert(QStringLiteral("utc_offset_minutes"),
                 QDateTime::currentDateTime().offsetFromUtc() / 60);
    }
    if (a.has(QStringLiteral("filter")))
        p.insert(QStringLiteral("filter"), a.value(QStringLiteral("filter")));
    return p;
}

QList<CommandSpec> approvalCommands()
{
    const OptionSpec forMember =
        valueOpt(QStringLiteral("for"), QStringLiteral("USER"),
                 tr("Whose duties (default: yours; another member's: admins and owners)"));
    QList<OptionSpec> listOptions;
    for (const CommandSpec &c : changeViewCommands())
        if (c.path == QStringList{QStringLiteral("change"), QStringLiteral("list")})
            listOptions = c.options;
    listOptions.removeIf([](const OptionSpec &o) { return o.name == QLatin1String("filter"); });
    return {
        {{QStringLiteral("delegate"), QStringLiteral("set")},
         {{QStringLiteral("SUBSTITUTE"), tr("The member who stands in")}},
         {requiredOpt(QStringLiteral("from"), QStringLiteral("T"), tr("Start (ISO 8601)")),
          requiredOpt(QStringLiteral("to"), QStringLiteral("T"), tr("End, exclusive (ISO 8601)")),
          forMember},
         tr("Name a substitute who decides approvals due from you (or USER) in [from, to)."),
         delegateSet},
        {{QStringLiteral("delegate"), QStringLiteral("clear")},
         {},
         {forMember, valueOpt(QStringLiteral("substitute"), QStringLiteral("USER"),
                              tr("Only the delegations to this substitute"))},
         tr("End your (or USER's) delegations: a running one ends now, a planned one is removed."),
         delegateClear},
        {{QStringLiteral("delegate"), QStringLiteral("list")},
         {},
         {flagOpt(QStringLiteral("all"), tr("Every member's (admins and owners)"))},
         tr("Delegations in force or planned that you gave or received."),
         delegateList},
        {{QStringLiteral("change"), QStringLiteral("approve-many")},
         {{QStringLiteral("CHG..."), tr("The changes: CHG-00012 or 12, one or more")}},
         {valueOpt(QStringLiteral("comment"), QStringLiteral("C"),
                   tr("A note kept with each decision"))},
         tr("Approve several changes, each only if it passes the workspace's bulk guard; the "
            "others are listed and left untouched (exit 1)."),
         approveMany},
        {{QStringLiteral("approvals"), QStringLiteral("settings")},
         {},
         {valueOpt(QStringLiteral("distinct-people"), QStringLiteral("on|off"),
                   tr("One person decides at most one step of a change")),
          valueOpt(QStringLiteral("bulk"), QStringLiteral("on|off"), tr("Allow bulk approval")),
          valueOpt(QStringLiteral("bulk-max-risk"), QStringLiteral("R"), names(allRiskLevels())),
          valueOpt(QStringLiteral("bulk-conflicts"), QStringLiteral("allow|refuse"),
                   tr("Whether changes with conflicts pass the bulk guard")),
          valueOpt(QStringLiteral("bulk-emergency"), QStringLiteral("allow|refuse"),
                   tr("Whether emergency changes pass the bulk guard"))},
         tr("Show the workspace's approval settings, or change them (admins and owners; "
            "audited)."),
         approvalSettings},
        {{QStringLiteral("filter"), QStringLiteral("save")},
         {{QStringLiteral("NAME"), tr("The filter's name")}},
         listOptions,
         tr("Save the change list options as your filter NAME (use: change list --filter NAME)."),
         filterSave},
        {{QStringLiteral("filter"), QStringLiteral("list")},
         {},
         {},
         tr("Your saved filters."),
         filterList},
        {{QStringLiteral("filter"), QStringLiteral("delete")},
         {{QStringLiteral("NAME"), tr("The filter's name")}},
         {},
         tr("Delete your saved filter NAME."),
         filterDelete},
    };
}

} // namespace vigilo::cli
