// change create and change edit: the draft's fields from the command line.
#include "Commands.h"

#include "Client.h"

#include <limits>

namespace vigilo::cli {

namespace {

QList<OptionSpec> draftOptions(bool create)
{
    QList<OptionSpec> o;
    o << (create ? ruleRequiredOpt(QStringLiteral("title"), QStringLiteral("T"),
                                   QCoreApplication::translate("vigilo-cli", "Title"))
                 : valueOpt(QStringLiteral("title"), QStringLiteral("T"),
                            QCoreApplication::translate("vigilo-cli", "Title")))
      << valueOpt(QStringLiteral("type"), QStringLiteral("TYPE"),
                  names(allChangeTypes())
                      + (create ? QCoreApplication::translate("vigilo-cli", " (default normal)")
                                : QString()))
      << valueOpt(QStringLiteral("priority"), QStringLiteral("P"), names(allPriorities()))
      << valueOpt(QStringLiteral("risk"), QStringLiteral("R"), names(allRiskLevels()))
      << repeatOpt(QStringLiteral("asset"), QStringLiteral("A"),
                   create
                       ? QCoreApplication::translate("vigilo-cli", "An affected asset")
                       : QCoreApplication::translate(
                           "vigilo-cli", "An affected asset (replaces the list; \"\" clears it)"))
      << valueOpt(QStringLiteral("start"), QStringLiteral("T"),
                  create ? QCoreApplication::translate("vigilo-cli", "Planned start (ISO 8601)")
                         : QCoreApplication::translate("vigilo-cli",
                                                       "Planned start (ISO 8601; \"\" clears)"))
      << valueOpt(QStringLiteral("end"), QStringLiteral("T"),
                  create ? QCoreApplication::translate("vigilo-cli", "Planned end, exclusive")
                         : QCoreApplication::translate("vigilo-cli",
                                                       "Planned end, exclusive (\"\" clears)"))
      << valueOpt(QStringLiteral("description"), QStringLiteral("D"),
                  QCoreApplication::translate("vigilo-cli", "Description"))
      << valueOpt(QStringLiteral("implementation-plan"), QStringLiteral("TEXT"),
                  QCoreApplication::translate(
                      "vigilo-cli", "Numbered steps; a step ending in (optional) is not required"))
      << valueOpt(QStringLiteral("rollback-plan"), QStringLiteral("TEXT"),
                  QCoreApplication::translate("vigilo-cli", "Rollback plan"))
      << valueOpt(QStringLiteral("test-plan"), QStringLiteral("TEXT"),
                  QCoreApplication::translate("vigilo-cli", "Test plan"))
      << repeatOpt(QStringLiteral("depends-on"), QStringLiteral("CHG"),
                   create ? QCoreApplication::translate("vigilo-cli", "A change this one waits on")
                          : QCoreApplication::translate(
                              "vigilo-cli",
                              "A change this one waits on (replaces the list; \"\" clears it)"))
      << valueOpt(QStringLiteral("assignee"), QStringLiteral("U"),
                  create ? QCoreApplication::translate("vigilo-cli", "Who implements it")
                         : QCoreApplication::translate("vigilo-cli",
                                                       "Who implements it (\"\" unassigns)"))
      << valueOpt(QStringLiteral("lead-time-hours"), QStringLiteral("N"),
                  QCoreApplication::translate("vigilo-cli",
                                              "Minimum hours between submit and planned start"));
    if (create)
        o << valueOpt(QStringLiteral("template"), QStringLiteral("NAME"),
                      QCoreApplication::translate(
                          "vigilo-cli", "Make a pre-approved standard change from this template"));
    if (!create)
        o << valueOpt(QStringLiteral("expect-version"), QStringLiteral("N"),
                      QCoreApplication::translate(
                          "vigilo-cli", "Refuse with stale_write if the change's version moved"));
    return o;
}

// Validates every option before anything reaches the core.
Result<ChangeDraft> draftFrom(const ParsedArgs &a, bool create)
{
    ChangeDraft d;
    auto text = [&](const char *name, std::optional<QString> &slot) {
        if (a.has(QLatin1String(name)))
            slot = a.value(QLatin1String(name));
    };
    text("title", d.title);
    text("description", d.description);
    text("implementation-plan", d.implementationPlan);
    text("rollback-plan", d.rollbackPlan);
    text("test-plan", d.testPlan);
    text("assignee", d.assignee);
    if (create && d.title && d.title->trimmed().isEmpty())
        return Error::input(QCoreApplication::translate("vigilo-cli", "--title must not be empty"));
    if (a.has(QStringLiteral("type"))) {
        VIGILO_TRY(parseEnum<ChangeType>(QStringLiteral("type"), a.value(QStringLiteral("type")),
                                         &parseChangeType, allChangeTypes()));
        d.changeType = parseChangeType(a.value(QStringLiteral("type")));
    }
    if (a.has(QStringLiteral("priority"))) {
        VIGILO_TRY(parseEnum<Priority>(QStringLiteral("priority"),
                                       a.value(QStringLiteral("priority")), &parsePriority,
                                       allPriorities()));
        d.priority = parsePriority(a.value(QStringLiteral("priority")));
    }
    if (a.has(QStringLiteral("risk"))) {
        VIGILO_TRY(parseEnum<RiskLevel>(QStringLiteral("risk"), a.value(QStringLiteral("risk")),
                                        &parseRiskLevel, allRiskLevels()));
        d.riskLevel = parseRiskLevel(a.value(QStringLiteral("risk")));
    }
    for (const char *name : {"start", "end"}) {
        if (!a.has(QLatin1String(name)))
            continue;
        const QString v = a.value(QLatin1String(name));
        QDateTime t; // empty on edit: clear the field
        if (!(v.isEmpty() && !create)) {
            auto parsed = parseTime(QLatin1String(name), v);
            if (!parsed.ok())
                return parsed.error();
            t = parsed.value();
        }
        (qstrcmp(name, "start") == 0 ? d.plannedStart : d.plannedEnd) = t;
    }
    if (d.plannedStart && d.plannedEnd && d.plannedStart->isValid() && d.plannedEnd->isValid()
        && *d.plannedEnd <= *d.plannedStart)
        return Error::input(QCoreApplication::translate(
            "vigilo-cli", "--end must be after --start (windows are [start, end))"));
    if (a.has(QStringLiteral("asset"))) {
        QStringList assets;
        for (const QString &s : a.all(QStringLiteral("asset")))
            if (!s.trimmed().isEmpty())
                assets << s.trimmed();
        d.affectedAssets = assets;
    }
    if (a.has(QStringLiteral("depends-on"))) {
        QList<int> deps;
        for (const QString &s : a.all(QStringLiteral("depends-on"))) {
            if (s.trimmed().isEmpty())
                continue;
            auto n = parseChange(s);
            if (!n.ok())
                return n.error();
            deps << n.value();
        }
        d.dependsOn = deps;
    }
    if (a.has(QStringLiteral("lead-time-hours"))) {
        auto h = parseInt(QStringLiteral("--lead-time-hours"),
                          a.value(QStringLiteral("lead-time-hours")), 0, 24 * 366);
        if (!h.ok())
            return h.error();
        d.minLeadTimeHours = h.value();
    }
    return d;
}

int changeCreate(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(draft, draftFrom(a, true));
    CLI_TRY(client, ctx.workspaceClient());
    if (a.has(QStringLiteral("template"))) {
        CLI_TRY(change, client->createChange(draft, a.value(QStringLiteral("template"))));
        return ctx.out().print({{QStringLiteral("change"), change.toJson()}}, change.numberText());
    }
    if (!draft.title)
        return ctx.out().fail(Error::input(
            QCoreApplication::translate(
                "vigilo-cli", "a change needs a title: pass --title T (or --template NAME)"),
            {{QStringLiteral("field"), QStringLiteral("title")}}));
    CLI_TRY(change, client->createChange(draft));
    return ctx.out().print({{QStringLiteral("change"), change.toJson()}}, change.numberText());
}

int changeEdit(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    CLI_TRY(draft, draftFrom(a, false));
    std::optional<int> expected;
    if (a.has(QStringLiteral("expect-version"))) {
        CLI_TRY(v, parseInt(QStringLiteral("--expect-version"),
                            a.value(QStringLiteral("expect-version")), 1,
                            std::numeric_limits<int>::max()));
        expected = v;
    }
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(change, client->editChange(number, draft, expected));
    return ctx.out().print(
        {{QStringLiteral("change"), change.toJson()}},
        QCoreApplication::translate("vigilo-cli", "Updated %1 (version %2, status %3).")
            .arg(change.numberText())
            .arg(change.version)
            .arg(toString(change.status)));
}
} // namespace

QList<CommandSpec> changeEditCommands()
{
    return {
        {{QStringLiteral("change"), QStringLiteral("create")},
         {},
         draftOptions(true),
         QCoreApplication::translate("vigilo-cli", "Create a draft change and print its number."),
         changeCreate},
        {{QStringLiteral("change"), QStringLiteral("edit")},
         {changeArg()},
         draftOptions(false),
         QCoreApplication::translate(
             "vigilo-cli", "Edit a change; editing what was approved sends it back for approval."),
         changeEdit},
    };
}

} // namespace vigilo::cli
