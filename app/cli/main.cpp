// vigilo-cli: the headless client of PRODUCT.md's command-line contract.
#include "Commands.h"

#include <QCoreApplication>

using namespace vigilo::cli;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigilo-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vigilo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGILO_VERSION));

    const ArgParser parser(globalOptions(), allCommands());
    ParsedArgs args;
    ParseError error;
    const bool parsed = parser.parse(app.arguments().mid(1), args, error);
    // --json also shapes parse errors, wherever it stands.
    const QStringList raw = app.arguments().mid(1);
    const int dashDash = raw.indexOf(QStringLiteral("--"));
    const bool json =
        raw.mid(0, dashDash < 0 ? raw.size() : dashDash).contains(QStringLiteral("--json"));
    const Output out(json);
    if (!parsed)
        return out.usage(error.message, error.command ? error.command->usage() : QString());
    if (args.version) {
        Output::writeOut(QStringLiteral("vigilo-cli %1\n").arg(QStringLiteral(VIGILO_VERSION)));
        return ExitOk;
    }
    if (args.help || !args.command) {
        Output::writeOut(args.command ? parser.commandHelp(*args.command) : parser.helpText());
        return ExitOk;
    }
    CliContext ctx(args, out);
    return args.command->handler(ctx, args);
}
