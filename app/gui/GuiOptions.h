#pragma once
// The desktop client's command line: --db, -w/--workspace, --as, --demo, --cab, --screenshot,
// --appearance, --open-pack.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigilo::gui {

struct GuiOptions {
    Q_DECLARE_TR_FUNCTIONS(GuiOptions)

public:
    QString db;        // $VIGILO_DB, else the per-user data file
    QString workspace; // empty: the last one used
    QString user;      // $VIGILO_USER, else the OS login name
    bool demo = false;
    bool cab = false;   // start in CAB mode (full screen approval queue)
    QString screenshot; // a PNG path: render the window after load and exit
    QString appearance; // "system", "light" or "dark" for this run; empty: the saved setting
    QString pack;       // --open-pack: only the evidence pack viewer, no database at all

    // Parses QCoreApplication::arguments(); exits on --help/--version, returns an error
    // message for bad usage.
    static std::optional<GuiOptions> parse(const QStringList &arguments, QString *error);
    // Whether the run needs no screen (--screenshot, --help, --version), checked on the raw
    // command line before QApplication exists.
    static bool needsNoScreen(int argc, char **argv);
    // Whether such a run goes to Qt's offscreen platform: only where windows need an X11 or
    // Wayland display (Linux and the BSDs) and there is none, and never when QT_QPA_PLATFORM
    // chooses. Windows and macOS always have their own platform (and no DISPLAY).
    static bool runOffscreen(int argc, char **argv);
};

} // namespace vigilo::gui
