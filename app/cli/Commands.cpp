#include "Commands.h"

namespace vigilo::cli {

QList<OptionSpec> globalOptions()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("vigilo-cli", text); };
    OptionSpec ws = valueOpt(QStringLiteral("workspace"), QStringLiteral("SLUG"),
                             tr("The workspace (default $VIGILO_WORKSPACE)"));
    ws.shortName = QLatin1Char('w');
    return {valueOpt(QStringLiteral("db"), QStringLiteral("LOCATION"),
                     tr("SQLite file or postgresql:// URL (default $VIGILO_DB, else the per-user file)")),
            ws,
            valueOpt(QStringLiteral("as"), QStringLiteral("USER"),
                     tr("Acting user (default $VIGILO_USER, else the login name)")),
            flagOpt(QStringLiteral("json"), tr("One JSON document on stdout"))};
}

QList<CommandSpec> allCommands()
{
    return miscCommands().mid(0, 1) + workspaceCommands() + changeEditCommands() +
           changeViewCommands() + changeFlowCommands() + taskCommands() + miscCommands().mid(1);
}

} // namespace vigilo::cli
