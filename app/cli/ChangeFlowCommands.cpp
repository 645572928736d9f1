// The FSM transitions: change submit|approve|reject|schedule|start|complete|rollback|reopen|cancel.
#include "Commands.h"

#include "Client.h"

#include <limits>

namespace vigilo::cli {

namespace {

int transition(CliContext &ctx, const ParsedArgs &a, Action action)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    TransitionInput in;
    in.comment = a.value(QStringLiteral("comment"));
    in.reason = a.value(QStringLiteral("reason"));
    in.closureNotes = a.value(QStringLiteral("closure-notes"));
    in.overrideJustification = a.value(QStringLiteral("override-freeze"));
    if (a.has(QStringLiteral("override-freeze")) && in.overrideJustification.trimmed().isEmpty())
        return ctx.usageError(
            QCoreApplication::translate("vigilo-cli", "--override-freeze needs a justification"));
    in.justification = a.value(QStringLiteral("justification"));
    if (a.has(QStringLiteral("justification")) && in.justification.trimmed().isEmpty())
        return ctx.usageError(
            QCoreApplication::translate("vigilo-cli", "--justification needs a text"));
    if (a.has(QStringLiteral("closure-code"))) {
        CLI_TRY(code, parseEnum<ClosureCode>(QStringLiteral("closure-code"),
                                             a.value(QStringLiteral("closure-code")),
                                             &parseClosureCode, allClosureCodes()));
        in.closureCode = code;
    }
    if (a.has(QStringLiteral("expect-version"))) {
        CLI_TRY(v, parseInt(QStringLiteral("--expect-version"),
                            a.value(QStringLiteral("expect-version")), 1,
                            std::numeric_limits<int>::max()));
        in.expectedVersion = v;
    }
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(change, client->apply(number, action, in));
    QJsonObject doc{{QStringLiteral("change"), change.toJson()}};
    QString human = QCoreApplication::translate("vigilo-cli", "%1 is now %2.")
                        .arg(change.numberText(), toString(change.status));
    if (action == Action::Approve && change.status == ChangeStatus::Review)
        human += QLatin1Char(' ')
                 + QCoreApplication::translate(
                       "vigilo-cli", "Further approvals are needed (see \"change steps %1\").")
                       .arg(change.numberText());
    return ctx.out().print(doc, human);
}

CommandSpec spec(Action action, QList<OptionSpec> options, const QString &summary)
{
    const OptionSpec expect =
        valueOpt(QStringLiteral("expect-version"), QStringLiteral("N"),
                 QCoreApplication::translate(
                     "vigilo-cli", "Refuse with stale_write if the change's version moved"));
    options << expect;
    return {{QStringLiteral("change"), toString(action)},
            {changeArg()},
            options,
            summary,
            [action](CliContext &ctx, const ParsedArgs &a) { return transition(ctx, a, action); }};
}
} // namespace

QList<CommandSpec> changeFlowCommands()
{
    const OptionSpec comment =
        valueOpt(QStringLiteral("comment"), QStringLiteral("C"),
                 QCoreApplication::translate("vigilo-cli", "A note kept with the audit event"));
    const OptionSpec override =
        valueOpt(QStringLiteral("override-freeze"), QStringLiteral("JUSTIFICATION"),
                 QCoreApplication::translate(
                     "vigilo-cli", "Override an overridable freeze window (admin or owner)"));
    return {
        spec(Action::Submit, {comment, override},
             QCoreApplication::translate(
                 "vigilo-cli",
                 "Submit a draft for review (standard changes are approved at once).")),
        spec(Action::Approve, {comment},
             QCoreApplication::translate("vigilo-cli",
                                         "Approve the change's current approval step.")),
        spec(Action::Reject,
             {ruleRequiredOpt(QStringLiteral("reason"), QStringLiteral("R"),
                              QCoreApplication::translate("vigilo-cli", "Why it is rejected")),
              comment},
             QCoreApplication::translate("vigilo-cli", "Reject a change in review.")),
        spec(Action::Schedule, {comment, override},
             QCoreApplication::translate("vigilo-cli", "Schedule an approved change.")),
        spec(Action::Start,
             {valueOpt(QStringLiteral("justification"), QStringLiteral("TEXT"),
                       QCoreApplication::translate(
                           "vigilo-cli", "Why it starts before or after its planned window "
                                         "(recorded as an exception)")),
              comment},
             QCoreApplication::translate(
                 "vigilo-cli", "Start a scheduled change (its dependencies must be done).")),
        spec(Action::Complete,
             {ruleRequiredOpt(QStringLiteral("closure-code"), QStringLiteral("CODE"),
                              names(allClosureCodes())),
              ruleRequiredOpt(QStringLiteral("closure-notes"), QStringLiteral("TEXT"),
                              QCoreApplication::translate("vigilo-cli", "What happened")),
              comment},
             QCoreApplication::translate("vigilo-cli", "Close a change in progress.")),
        spec(Action::Rollback,
             {ruleRequiredOpt(QStringLiteral("reason"), QStringLiteral("R"),
                              QCoreApplication::translate("vigilo-cli", "What broke")),
              comment},
             QCoreApplication::translate("vigilo-cli",
                                         "Record that a change in progress was reversed.")),
        spec(Action::Reopen,
             {ruleRequiredOpt(QStringLiteral("reason"), QStringLiteral("R"),
                              QCoreApplication::translate("vigilo-cli", "Why it is reopened")),
              comment},
             QCoreApplication::translate("vigilo-cli", "Reopen a completed change.")),
        spec(Action::Cancel,
             {valueOpt(QStringLiteral("reason"), QStringLiteral("R"),
                       QCoreApplication::translate("vigilo-cli", "Why it is not done")),
              comment},
             QCoreApplication::translate("vigilo-cli", "Cancel a change that has not started.")),
    };
}

} // namespace vigilo::cli
