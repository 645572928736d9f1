// `vigilo`, the desktop client: parse the options, open the database, show the main window.

#include "GuiOptions.h"

#include "AtomicFile.h"
#include "Catalogue.h"
#include "Store.h"
#include "cab/CabWindow.h"
#include "connection/ServerLogin.h"
#include "connection/ServerSignIn.h"
#include "evidence/PackViewerWindow.h"
#include "firstrun/FirstRunDialog.h"
#include "firstrun/RecentDatabases.h"
#include "main/Appearance.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "main/SingleInstance.h"

#include <QApplication>
#include <QBuffer>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

using namespace vigilo;

namespace {

// Reports a failure where the user will see it: stderr always, a dialog unless headless.
int fail(const QString &title, const QString &message, int status, bool headless)
{
    std::fprintf(stderr, "vigilo: %s\n", qUtf8Printable(message));
    if (!headless)
        QMessageBox::critical(nullptr, title, message);
    return status;
}

// The interface language: the setting "ui/language" (View ▸ Language: "system", "en" or "de").
// Dates and numbers follow it too, through the default QLocale; the system's own locale is kept
// when it already speaks the chosen language (de_AT, en_GB, ...).
QLocale interfaceLocale()
{
    const QString choice =
        QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    const QLocale system = QLocale::system();
    if (choice == QLatin1String("en"))
        return system.language() == QLocale::English
                   ? system
                   : QLocale(QLocale::English, QLocale::UnitedStates);
    if (choice == QLatin1String("de"))
        return system.language() == QLocale::German ? system
                                                    : QLocale(QLocale::German, QLocale::Germany);
    return system;
}

} // namespace

int main(int argc, char *argv[])
{
    // A screenshot or --help needs no screen: run offscreen when there is no X11 or Wayland
    // display on a system that needs one.
    if (gui::GuiOptions::runOffscreen(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vigilo"));
    QApplication::setApplicationName(QStringLiteral("vigilo"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vigilo"));
    QApplication::setApplicationVersion(QStringLiteral(VIGILO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("vigilo"));
    // Every rendered size, so the window manager and the task bar get a sharp one at any scale
    // (Qt 6 always uses high-DPI pixmaps).
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/vigilo-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    // English sources; :/i18n/vigilo_<lang>.qm is embedded with the core (core/CMakeLists.txt).
    const QLocale locale = interfaceLocale();
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (vigilo::loadVigiloCatalogue(translator, locale)) // English too: its plural forms
        QApplication::installTranslator(&translator);

    QString usageError;
    const auto options = gui::GuiOptions::parse(QApplication::arguments(), &usageError);
    if (!options)
        return fail(QApplication::translate("vigilo", "Vigilo"), usageError, 2, true);
    const bool headless = !options->screenshot.isEmpty();

    // View ▸ Appearance, or --appearance for this run.
    ui::applyAppearance(options->appearance.isEmpty()
                            ? ui::savedAppearance()
                            : ui::appearanceFromString(options->appearance));

    // An auditor's laptop: only the pack viewer, no database, no workspace, no first-run dialog.
    if (!options->pack.isEmpty()) {
        ui::PackViewerWindow viewer;
        viewer.openPack(options->pack);
        viewer.show();
        return app.exec();
    }

    // Which database: --db or $VIGILO_DB; else the one opened last (File ▸ Open Recent); else
    // the per-user file. On a first start with none of these, the first-run dialog asks.
    QString location = options->db;
    QString workspace = options->workspace;
    std::unique_ptr<ui::Session> chosen;
    const bool named = !qEnvironmentVariableIsEmpty("VIGILO_DB")
                       || QFileInfo(options->db).absoluteFilePath()
                              != QFileInfo(Store::defaultLocation()).absoluteFilePath();
    if (!named && !options->demo) {
        const QString last = ui::RecentDatabases::last();
        if (!last.isEmpty()
            && (Store::isPostgresLocation(last) || ui::Session::isServerLocation(last)
                || QFileInfo::exists(last))) {
            location = last;
        } else if (!headless && ui::FirstRunDialog::isNeeded(options->db)) {
            ui::FirstRunDialog welcome(options->user, options->db);
            if (welcome.exec() != QDialog::Accepted)
                return 0;
            chosen = welcome.takeSession();
            location = welcome.location();
            if (workspace.isEmpty())
                workspace = welcome.workspace();
        }
    }

    // One window per database: a second start brings the first forward. Not for screenshots.
    ui::SingleInstance instance(location);
    if (!headless) {
        if (instance.activateRunning()) {
            std::fprintf(stderr, "%s\n",
                         qUtf8Printable(QApplication::translate(
                             "vigilo", "vigilo: this database is already open in Vigilo; "
                                       "its window was brought to the front")));
            return 0;
        }
        instance.listen(); // when it cannot, this instance simply runs without the guard
    }

    // Only --demo creates a database (and its schema); any other start opens an existing one.
    const Store::OpenMode mode =
        options->demo ? Store::OpenMode::CreateIfMissing : Store::OpenMode::ExistingOnly;
    auto session = chosen ? Result<std::unique_ptr<ui::Session>>(std::move(chosen))
                   : ui::Session::isServerLocation(location)
                       ? ui::signInToServer(location, options->user, !headless)
                   : Store::isPostgresLocation(location)
                       ? ui::openServerSession(location, options->user, !headless, mode)
                       : ui::Session::open(location, options->user, mode);
    if (!session.ok())
        return fail(QApplication::translate("vigilo", "The database cannot be opened"),
                    session.error().message, 3, headless);
    if (!headless)
        ui::RecentDatabases::add(location); // File ▸ Open Recent, and the next start
    if (options->demo) {
        auto built = (*session)->ensureDemo();
        if (!built.ok())
            return fail(QApplication::translate("vigilo", "The demo workspace cannot be created"),
                        built.error().message, built.error().kind() == ErrorKind::Storage ? 3 : 1,
                        headless);
    }

    ui::MainWindow window(**session);
    QObject::connect(&instance, &ui::SingleInstance::activationRequested, &window,
                     &ui::MainWindow::bringToFront);
    // $VIGILO_TIMING: say on stderr when the list shows its first rows and when it is whole
    // (vigilo-bench-open times the whole process by these lines).
    bool listWhole = false;
    const bool timing = !qEnvironmentVariableIsEmpty("VIGILO_TIMING");
    QObject::connect(&window, &ui::MainWindow::changesFirstShown, &window, [timing] {
        if (timing)
            std::fprintf(stderr, "vigilo-timing: list-first-rows\n");
    });
    QObject::connect(&window, &ui::MainWindow::changesLoaded, &window, [timing, &listWhole] {
        listWhole = true;
        if (timing)
            std::fprintf(stderr, "vigilo-timing: list-whole\n");
    });
    const bool opened = window.openWorkspace(workspace);
    if (headless) {
        // On a real (or virtual) screen smaller than that, the picture is what that screen shows
        // (xvfb-run -s "-screen 0 1024x768x24": the CAB room's projector).
        QSize size(1360, 800);
        if (QGuiApplication::platformName() != QLatin1String("offscreen") && window.screen())
            size = size.boundedTo(window.screen()->availableGeometry().size());
        window.resize(size);
    }
    window.show();
    ui::CabWindow *cab = options->cab && opened ? window.enterCabMode() : nullptr;

    if (headless) {
        // The list is read asynchronously: the picture shows it whole (or gives up after a
        // minute, showing what is there).
        QDeadlineTimer patience(60000);
        while (opened && !listWhole && !patience.hasExpired())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        QApplication::processEvents();
        QWidget *shown = cab ? static_cast<QWidget *>(cab) : &window;
        if (cab)
            cab->resize(1920, 1080);
        QBuffer png; // written whole or not at all: no half-written PNG on a full disk
        if (!png.open(QIODevice::WriteOnly) || !shown->grab().save(&png, "PNG")
            || !writeFileAtomically(options->screenshot, png.data()).ok())
            return fail(
                {}, QApplication::translate("vigilo", "cannot write %1").arg(options->screenshot),
                3, true);
        return 0;
    }
    return QApplication::exec();
}
