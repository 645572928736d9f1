#include "Commands.h"

namespace vigilo::cli {

QList<OptionSpec> globalOptions()
{
    OptionSpec ws = valueOpt(
        QStringLiteral("workspace"), QStringLiteral("SLUG"),
        QCoreApplication::translate("vigilo-cli", "The workspace (default $VIGILO_WORKSPACE)"));
    ws.shortName = QLatin1Char('w');
    return {
        valueOpt(QStringLiteral("db"), QStringLiteral("LOCATION"),
                 QCoreApplication::translate(
                     "vigilo-cli",
                     "SQLite file, postgresql:// URL, or a team server vigilo://HOST:PORT (default "
                     "$VIGILO_DB, else the per-user file)")),
        ws,
        valueOpt(QStringLiteral("as"), QStringLiteral("USER"),
                 QCoreApplication::translate(
                     "vigilo-cli", "Acting user (default $VIGILO_USER, else the login name)")),
        flagOpt(QStringLiteral("json"),
                QCoreApplication::translate("vigilo-cli", "One JSON document on stdout"))};
}

QList<CommandSpec> allCommands()
{
    return miscCommands().mid(0, 1) + workspaceCommands() + assetCommands() + changeEditCommands()
           + changeViewCommands() + impactCommands() + changeFlowCommands() + approvalCommands()
           + taskCommands() + planningCommands() + cabCommands() + adminCommands()
           + miscCommands().mid(1) + packCommands() + insightCommands()
           + webhookCommands().mid(0, 7) + webhookDeliverCommands() + webhookCommands().mid(7)
           + sessionCommands();
}

} // namespace vigilo::cli
