// `vigilo`, the desktop client: parse the options, open the database, show the main window.

#include "GuiOptions.h"

#include "cab/CabWindow.h"
#include "connection/ServerLogin.h"
#include "Store.h"
#include "main/MainWindow.h"
#include "main/Session.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
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

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QString usageError;
    const auto options = gui::GuiOptions::parse(QApplication::arguments(), &usageError);
    if (!options) return fail(QApplication::translate("vigilo", "Vigilo"), usageError, 2, true);
    const bool headless = !options->screenshot.isEmpty();

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
