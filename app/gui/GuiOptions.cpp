#include "GuiOptions.h"

#include "main/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace vigilo::gui {

std::optional<GuiOptions> GuiOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Vigilo: plan, approve, run and evidence IT changes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("The database: a SQLite file (default: $VIGILO_DB, else %1).")
                                    .arg(ui::Session::defaultLocation()),
                                tr("LOCATION"));
    const QCommandLineOption workspace({QStringLiteral("w"), QStringLiteral("workspace")},
                                       tr("Open this workspace (default: the last one used)."),
                                       tr("SLUG"));
    const QCommandLineOption as(QStringLiteral("as"),
                                tr("Act as this user (default: $VIGILO_USER, else your login "
                                   "name)."),
                                tr("USER"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Create the demo workspace \"demo\" if the database has "
                                     "none (you become an owner), then open it."));
    const QCommandLineOption cab(QStringLiteral("cab"),
                                 tr("Start in CAB mode: the workspace's CAB meetings full screen, "
                                    "for the meeting room projector (Esc leaves)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Save a picture of the main window after loading, "
                                           "then exit."),
                                        tr("FILE.png"));
    const QCommandLineOption appearance(
        QStringLiteral("appearance"),
        tr("Look for this run: system, light or dark (default: View ▸ Appearance)."), tr("LOOK"));
    const QCommandLineOption pack(QStringLiteral("open-pack"),
                                  tr("Open an evidence pack in the pack viewer and verify it, "
                                     "without any database."),
                                  tr("FILE.pdf"));
    parser.addOptions({db, workspace, as, demo, cab, screenshot, appearance, pack});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument \"%1\"; see --help")
                     .arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    GuiOptions o;
    o.db = parser.isSet(db) ? parser.value(db) : ui::Session::defaultLocation();
    o.workspace = parser.value(workspace);
    o.user = parser.isSet(as) ? parser.value(as).trimmed() : ui::Session::defaultUser();
    o.demo = parser.isSet(demo);
    o.cab = parser.isSet(cab);
    o.screenshot = parser.value(screenshot);
    o.appearance = parser.value(appearance);
    o.pack = parser.value(pack);
    if (!o.appearance.isEmpty() && o.appearance != QLatin1String("system")
        && o.appearance != QLatin1String("light") && o.appearance != QLatin1String("dark")) {
        *error = tr("--appearance takes system, light or dark, not \"%1\"").arg(o.appearance);
        return std::nullopt;
    }
    if (o.user.isEmpty()) {
        *error = tr("no user: pass --as USER or set VIGILO_USER");
        return std::nullopt;
    }
    if (o.demo && o.workspace.isEmpty())
        o.workspace = QStringLiteral("demo");
    return o;
}

bool GuiOptions::needsNoScreen(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strncmp(a, "--screenshot", 12) == 0 || std::strcmp(a, "--help") == 0
            || std::strcmp(a, "-h") == 0 || std::strcmp(a, "--help-all") == 0
            || std::strcmp(a, "--version") == 0 || std::strcmp(a, "-v") == 0)
            return true;
    }
    return false;
}

bool GuiOptions::runOffscreen(int argc, char **argv)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD) || defined(Q_OS_NETBSD) || defined(Q_OS_OPENBSD)
    return needsNoScreen(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
           && qEnvironmentVariableIsEmpty("DISPLAY")
           && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return false;
#endif
}

} // namespace vigilo::gui
