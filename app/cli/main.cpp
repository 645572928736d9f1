// vigilo-cli: the headless client of PRODUCT.md's command-line contract.
#include "Catalogue.h"
#include "Commands.h"

#include <QCoreApplication>
#ifdef VIGILO_PACK_HELPER
#include <QGuiApplication>
#endif
#include <QLocale>
#include <QTranslator>

#include <cstring>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace vigilo::cli;

namespace {
// Printing a PDF (export-pack) needs a QGuiApplication; every other command stays on a fast
// QCoreApplication. The offscreen platform needs no display.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
#ifndef VIGILO_PACK_HELPER
    return std::make_unique<QCoreApplication>(argc, argv);
#else
    // Verification re-renders the pages to compare them with the file's.
    bool printing = false;
    for (int i = 1; i < argc && std::strcmp(argv[i], "--") != 0; ++i)
        printing = printing || std::strcmp(argv[i], "export-pack") == 0
                   || std::strcmp(argv[i], "verify-pack") == 0
                   || std::strcmp(argv[i], "--pdf") == 0; // meeting minutes --pdf
    if (!printing)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
#endif
}
} // namespace

int main(int argc, char *argv[])
{
    rememberArguments(argc, argv);
#ifdef Q_OS_WIN
    // Output writes UTF-8 (Output::writeOut): the console must read it as such, not in its OEM
    // code page. Arguments come from QCoreApplication::arguments() (the wide command line).
    SetConsoleOutputCP(CP_UTF8);
#endif
    // Checked on the raw bytes: Qt's decoding would hide a bad byte behind U+FFFD. (On Windows
    // argv is in the ANSI code page; Qt reads the wide command line instead, which is UTF-16.)
#ifdef Q_OS_WIN
    const std::optional<ArgumentEncodingProblem> badArgument;
#else
    const std::optional<ArgumentEncodingProblem> badArgument = findInvalidArgument(argc, argv);
#endif
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("vigilo-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vigilo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGILO_VERSION));
    // Messages follow the system language (LANG=de_DE.UTF-8); JSON codes stay English.
    QTranslator translator;
    if (vigilo::loadVigiloCatalogue(translator, QLocale())) // English too: its plural forms
        QCoreApplication::installTranslator(&translator);

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
    if (badArgument)
        return out.fail(badArgument->error());
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
#ifdef VIGILO_NET_HELPER
    installRemoteClient();
#else
    // A team server is reached by vigilo-cli-net (QtNetwork), with the same arguments.
    if (ctx.onServer() && !checksPackLocally(args)) {
        const vigilo::Error missing = vigilo::Error::storage(
            QCoreApplication::translate("vigilo-cli",
                                        "the network helper %1 is missing; reinstall Vigilo")
                .arg(helperPath(QStringLiteral("vigilo-cli-net"))),
            {}, QStringLiteral("helper_missing"));
        return out.fail(execHelper(QStringLiteral("vigilo-cli-net")).value_or(missing));
    }
#endif
    return args.command->handler(ctx, args);
}
