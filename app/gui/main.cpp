// `vigilo`, the desktop client: parse the options, open the database, show the main window.

#include "GuiOptions.h"

#include "cab/CabWindow.h"
#include "connection/ServerLogin.h"
#include "Store.h"
#include "main/Appearance.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "main/SingleInstance.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

using namespace vigilo;

namespace {

// Reports a failure where the user will see it: stderr always, a dialog unless headless.
int fail(const QString &title, const QString &message, int status, bool headless) {
    std::fprintf(stderr, "vigilo: %s\n", qUtf8Printable(message));
    if (!headless) QMessageBox::critical(nullptr, title, message);
    return status;
}

// The interface language: the setting "ui/language" (View ▸ Language: "system", "en" or "de").
// Dates and numbers follow it too, through the default QLocale; the system's own locale is kept
// when it already speaks the chosen language (de_AT, en_GB, ...).
QLocale interfaceLocale() {
    const QString choice =
        QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    const QLocale system = QLocale::system();
    if (choice == QLatin1String("en"))
        return system.language() == QLocale::English ? system
                                                     : QLocale(QLocale::English, QLocale::UnitedStates);
    if (choice == QLatin1String("de"))
        return system.language() == QLocale::German ? system
                                                    : QLocale(QLocale::German, QLocale::Germany);
    return system;
}

} // namespace

int main(int argc, char *argv[]) {
    // A screenshot or --help needs no screen: run offscreen when there is no display.
    if (gui::GuiOptions::needsNoScreen(argc, argv) && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vigilo"));
    QApplication::setApplicationName(QStringLiteral("vigilo"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vigilo"));
    QApplication::setApplicationVersion(QStringLiteral(VIGILO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("vigilo"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vigilo-256.png")));

    // English sources; :/i18n/vigilo_<lang>.qm is embedded with the core (core/CMakeLists.txt).
    const QLocale locale = interfaceLocale();
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (locale.language() != QLocale::English &&
        translator.load(locale, QStringLiteral("vigilo"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QString usageError;
    const auto options = gui::GuiOptions::parse(QApplication::arguments(), &usageError);
    if (!options) return fail(QApplication::translate("vigilo", "Vigilo"), usageError, 2, true);
    const bool headless = !options->screenshot.isEmpty();

    // View ▸ Appearance, or --appearance for this run.
    ui::applyAppearance(options->appearance.isEmpty()
                            ? ui::savedAppearance()
                            : ui::appearanceFromString(options->appearance));

    // One window per database: a second start brings the first forward. Not for screenshots.
    ui::SingleInstance instance(options->db);
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

    auto session = Store::isPostgresLocation(options->db)
                       ? ui::openServerSession(options->db, options->user, !headless)
                       : ui::Session::open(options->db, options->user);
    if (!session.ok())
        return fail(QApplication::translate("vigilo", "The database cannot be opened"),
                    session.error().message, 3, headless);
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
    const bool opened = window.openWorkspace(options->workspace);
    if (headless) window.resize(1360, 800);
    window.show();
    ui::CabWindow *cab = options->cab && opened ? window.enterCabMode() : nullptr;

    if (headless) {
        QApplication::processEvents();
        QWidget *shown = cab ? static_cast<QWidget *>(cab) : &window;
        if (cab) cab->resize(1920, 1080);
        if (!shown->grab().save(options->screenshot, "PNG"))
            return fail(
                {}, QApplication::translate("vigilo", "cannot write %1").arg(options->screenshot),
                3, true);
        return 0;
    }
    return QApplication::exec();
}
