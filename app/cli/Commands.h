#pragma once
// The command table, one function per command group, and helpers shared by the groups.

#include "ArgParser.h"
#include "CliContext.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

namespace vigilo::cli {

QList<OptionSpec> globalOptions();
QList<CommandSpec> allCommands();

// export-pack and verify-pack run in the sibling program vigilo-cli-pack (it links QtGui for
// printing; vigilo-cli does not): main remembers argv, the commands exec the helper with it.
void rememberArguments(int argc, char *argv[]);
QString packHelperPath();
// Replaces this process with the helper; returns the failure, or nothing when it is missing.
std::optional<Error> execPackHelper();
// verify-pack --offline (or with --trust, whose usage error that is) reads no database and asks
// no server: it runs in vigilo-cli-pack even when the location is a team server.
bool checksPackLocally(const ParsedArgs &a);
// The same for any sibling helper (vigilo-cli-net runs `webhook deliver`: it needs QtNetwork).
QString helperPath(const QString &name);
std::optional<Error> execHelper(const QString &name);

QList<CommandSpec> workspaceCommands();
QList<CommandSpec> changeEditCommands();
QList<CommandSpec> changeFlowCommands();
QList<CommandSpec> changeViewCommands();
QList<CommandSpec> taskCommands();
QList<CommandSpec> miscCommands();
QList<CommandSpec> planningCommands();
QList<CommandSpec> adminCommands();
QList<CommandSpec> packCommands(); // export-pack, verify-pack
// meeting minutes --pdf: printed and signed in vigilo-cli-pack, or by the server.
int meetingMinutesPdf(CliContext &ctx, const ParsedArgs &a);
QList<CommandSpec> insightCommands();        // metrics, export-ics, export-csv, import-csv
QList<CommandSpec> webhookCommands();        // webhook ..., subscribe, unsubscribe, subscriptions
QList<CommandSpec> webhookDeliverCommands(); // webhook deliver (vigilo-cli-net)
QList<CommandSpec> sessionCommands();        // login, logout, whoami, trust (vigilo-cli-net)
// vigilo-cli-net: how CliContext reaches a server (RemoteTransport, the keychain, pins).
void installRemoteClient();
QList<CommandSpec> assetCommands();  // asset ..., import-assets
QList<CommandSpec> impactCommands(); // change impact
// delegate ..., change approve-many, approvals settings, filter ... (issue 15)
QList<CommandSpec> approvalCommands();
// change list's personal views (--mine, --awaiting-me, --assigned-to-me, --today, --filter)
QList<OptionSpec> changeViewOptions();
Result<QJsonObject> changeListParams(const ParsedArgs &a);
QList<CommandSpec> cabCommands(); // cab ..., meeting ...

// The CSV reading and writing options (--dialect, --encoding) and their check.
QList<OptionSpec> csvOptions(bool exporting);
std::optional<QString> csvOptionError(const ParsedArgs &a);

// Option table helpers.
inline OptionSpec valueOpt(const QString &name, const QString &valueName, const QString &help)
{
    OptionSpec o;
    o.name = name;
    o.valueName = valueName;
    o.help = help;
    return o;
}
inline OptionSpec requiredOpt(const QString &name, const QString &valueName, const QString &help)
{
    OptionSpec o = valueOpt(name, valueName, help);
    o.required = true;
    return o;
}
inline OptionSpec ruleRequiredOpt(const QString &name, const QString &valueName,
                                  const QString &help)
{
    OptionSpec o = valueOpt(name, valueName, help);
    o.ruleRequired = true;
    return o;
}
inline OptionSpec repeatOpt(const QString &name, const QString &valueName, const QString &help)
{
    OptionSpec o = valueOpt(name, valueName, help);
    o.repeatable = true;
    return o;
}
inline OptionSpec flagOpt(const QString &name, const QString &help)
{
    OptionSpec o;
    o.name = name;
    o.help = help;
    return o;
}
inline PositionalSpec changeArg()
{
    return {QStringLiteral("CHG"),
            QCoreApplication::translate("vigilo-cli", "The change: CHG-00012 or 12")};
}

// Names of a list of enum values ("draft, review, ...") for help texts.
template <typename T> QString names(const QList<T> &all)
{
    QStringList n;
    for (T t : all)
        n << toString(t);
    return n.join(QLatin1Char('|'));
}

template <typename List> QJsonArray toJsonArray(const List &list)
{
    QJsonArray a;
    for (const auto &item : list)
        a.append(item.toJson());
    return a;
}

} // namespace vigilo::cli

// Unwraps a Result into `var`, or reports its error and returns the exit status.
#define CLI_TRY(var, expr)                                                                         \
    auto var##Result_ = (expr);                                                                    \
    if (!var##Result_.ok())                                                                        \
        return ctx.out().fail(var##Result_.error());                                               \
    auto &var = var##Result_.value()

// Reports a failed Status and returns the exit status.
#define CLI_CHECK(expr)                                                                            \
    do {                                                                                           \
        auto cliCheckResult_ = (expr);                                                             \
        if (!cliCheckResult_.ok())                                                                 \
            return ctx.out().fail(cliCheckResult_.error());                                        \
    } while (false)
