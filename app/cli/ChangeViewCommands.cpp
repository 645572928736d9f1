// Reading changes: show, list, history, conflicts, similar, steps.
#include "ChangeView.h"
#include "Commands.h"
#include "Meetings.h"

#include "Client.h"

namespace vigilo::cli {

namespace {

QJsonArray actionNames(const QList<Action> &actions)
{
    QJsonArray a;
    for (Action x : actions)
        a.append(toString(x));
    return a;
}

int changeShow(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(view, client->openChange(number, false, true));
    // The conditions of every approval round, as of their round (issue 15).
    const QList<ConditionRound> rounds =
        view.history ? Meetings::conditionRounds(*view.history) : QList<ConditionRound>();
    QJsonArray roundsJson;
    QString text = changeDetail(view.change, view.steps, view.tasks);
    for (const ConditionRound &r : rounds) {
        roundsJson.append(r.toJson());
        text += field(r.current ? QCoreApplication::translate("vigilo-cli", "Conditions")
                                : QCoreApplication::translate("vigilo-cli",
                                                              "Conditions of round %1 (earlier)")
                                      .arg(r.round),
                      r.conditions)
                + QLatin1Char('\n');
    }
    const QJsonObject doc{
        {QStringLiteral("change"), view.change.toJson()},
        {QStringLiteral("approval_steps"), toJsonArray(view.steps)},
        {QStringLiteral("approval_condition_rounds"), roundsJson},
        {QStringLiteral("tasks"), toJsonArray(view.tasks)},
        {QStringLiteral("available_actions"), actionNames(view.availableActions)}};
    return ctx.out().print(doc, text);
}

int changeList(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(params, changeListParams(a));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(list, client->changesWith(params));
    return ctx.out().print({{QStringLiteral("changes"), toJsonArray(list)}}, changeTable(list));
}

int changeHistory(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(events, client->changeHistory(number));
    return ctx.out().print({{QStringLiteral("events"), toJsonArray(events)}}, historyLines(events));
}

int changeConflicts(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(summary, client->conflicts(number));
    return ctx.out().print({{QStringLiteral("conflicts_summary"), summary.toJson()}},
                           conflictsBlock(summary));
}

int changeSimilar(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    int limit = 10;
    if (a.has(QStringLiteral("limit"))) {
        CLI_TRY(v, parseInt(QStringLiteral("--limit"), a.value(QStringLiteral("limit")), 1, 1000));
        limit = v;
    }
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(list, client->similar(number, limit));
    return ctx.out().print({{QStringLiteral("similar_changes"), toJsonArray(list)}},
                           similarTable(list));
}

int changeSteps(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(steps, client->approvalSteps(number));
    return ctx.out().print({{QStringLiteral("approval_steps"), toJsonArray(steps)}},
                           stepsBlock(steps));
}
} // namespace

QList<CommandSpec> changeViewCommands()
{
    auto one = [](const QString &name, const QString &summary, CommandHandler h,
                  QList<OptionSpec> options = {}) {
        return CommandSpec{{QStringLiteral("change"), name}, {changeArg()}, options, summary, h};
    };
    return {
        one(QStringLiteral("show"),
            QCoreApplication::translate("vigilo-cli",
                                        "Show a change with its approval steps and tasks."),
            changeShow),
        {{QStringLiteral("change"), QStringLiteral("list")},
         {},
         QList<OptionSpec>{
             valueOpt(QStringLiteral("status"), QStringLiteral("S"), names(allChangeStatuses())),
             valueOpt(QStringLiteral("type"), QStringLiteral("T"), names(allChangeTypes())),
             valueOpt(QStringLiteral("priority"), QStringLiteral("P"), names(allPriorities())),
             valueOpt(QStringLiteral("risk"), QStringLiteral("R"), names(allRiskLevels())),
             valueOpt(QStringLiteral("assignee"), QStringLiteral("U"),
                      QCoreApplication::translate("vigilo-cli", "Assigned to this user")),
             valueOpt(QStringLiteral("search"), QStringLiteral("TEXT"),
                      QCoreApplication::translate(
                          "vigilo-cli", "Words that must each occur in the number, the title, or "
                                        "the assignee or requester (username or display name)")),
             valueOpt(QStringLiteral("limit"), QStringLiteral("N"),
                      QCoreApplication::translate("vigilo-cli", "At most N changes"))}
             + changeViewOptions(),
         QCoreApplication::translate("vigilo-cli", "List changes."),
         changeList},
        one(QStringLiteral("history"),
            QCoreApplication::translate("vigilo-cli", "The change's audit history, oldest first."),
            changeHistory),
        one(QStringLiteral("conflicts"),
            QCoreApplication::translate(
                "vigilo-cli",
                "Overlapping changes on shared assets, freeze windows and dependency problems."),
            changeConflicts),
        one(QStringLiteral("similar"),
            QCoreApplication::translate("vigilo-cli",
                                        "Changes with shared assets or similar titles."),
            changeSimilar,
            {valueOpt(QStringLiteral("limit"), QStringLiteral("N"),
                      QCoreApplication::translate("vigilo-cli", "At most N (default 10)"))}),
        one(QStringLiteral("steps"),
            QCoreApplication::translate("vigilo-cli", "The change's approval steps and decisions."),
            changeSteps),
    };
}

} // namespace vigilo::cli
