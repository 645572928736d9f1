// Native behaviour of the desktop client: the About text, View ▸ Appearance (System, Light,
// Dark), the single-instance guard per database, and accessible names on the main controls.

#include "GuiFixture.h"

#include "main/Appearance.h"
#include "main/MainWindow.h"
#include "main/SingleInstance.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

using namespace vigilo;
using vigilo::guitest::GuiWorkspace;
using vigilo::ui::Appearance;
using vigilo::ui::MainWindow;
using vigilo::ui::SingleInstance;

class TestNative : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aboutNamesVersionBuildAndLicence();
    void appearanceMenuSwitchesPalette();
    void appearanceSettingRoundTrips();
    void secondStartActivatesTheFirst();
    void otherDatabaseIsAnotherInstance();
    void staleSocketIsReplaced();
    void mainControlsHaveAccessibleNames();
    void cleanupTestCase();

private:
    std::unique_ptr<GuiWorkspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestNative::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VigiloTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_native"));
    m_ws = std::make_unique<GuiWorkspace>(QStringLiteral("april"));
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->error));
    m_window = std::make_unique<MainWindow>(*m_ws->session);
    QVERIFY(m_window->openWorkspace(QStringLiteral("acme")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestNative::cleanupTestCase()
{
    ui::applyAppearance(Appearance::System);
    m_window.reset();
    m_ws.reset();
}

void TestNative::aboutNamesVersionBuildAndLicence()
{
    const QString about = MainWindow::aboutText();
    QVERIFY2(about.contains(QStringLiteral("Vigilo " VIGILO_VERSION)), qPrintable(about));
    QVERIFY(about.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(about.contains(QString::fromLatin1(qVersion())));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("aboutAction")));
}

void TestNative::appearanceMenuSwitchesPalette()
{
    auto *dark = m_window->findChild<QAction *>(QStringLiteral("appearanceAction_dark"));
    auto *light = m_window->findChild<QAction *>(QStringLiteral("appearanceAction_light"));
    auto *system = m_window->findChild<QAction *>(QStringLiteral("appearanceAction_system"));
    QVERIFY(dark && light && system);
    dark->trigger();
    QVERIFY(dark->isChecked());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QTRY_VERIFY(m_window->palette().color(QPalette::Base).lightness() < 128);
    QVERIFY(ui::savedAppearance() == Appearance::Dark);
    light->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
    QVERIFY(ui::savedAppearance() == Appearance::Light);
    system->trigger();
    QVERIFY(ui::savedAppearance() == Appearance::System);
    // The offscreen platform's palette is light: System is light here.
    QCOMPARE(QApplication::palette().color(QPalette::Window).lightness() < 128, ui::systemIsDark());
}

void TestNative::appearanceSettingRoundTrips()
{
    for (Appearance a : {Appearance::System, Appearance::Light, Appearance::Dark})
        QVERIFY(ui::appearanceFromString(ui::toString(a)) == a);
    QVERIFY(ui::appearanceFromString(QStringLiteral("purple")) == Appearance::System);
}

void TestNative::secondStartActivatesTheFirst()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ops.sqlite"));
    SingleInstance first(db);
    QVERIFY(first.listen());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    // A different spelling of the same file is the same database.
    SingleInstance second(dir.path() + QStringLiteral("/./ops.sqlite"));
    QCOMPARE(second.key(), first.key());
    QVERIFY(second.activateRunning(200));
    QTRY_COMPARE(activated.count(), 1);
}

void TestNative::otherDatabaseIsAnotherInstance()
{
    QTemporaryDir dir;
    SingleInstance first(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(first.listen());
    SingleInstance other(dir.filePath(QStringLiteral("b.sqlite")));
    QVERIFY(other.key() != first.key());
    QVERIFY(!other.activateRunning(200));
    QVERIFY(other.listen());
}

void TestNative::staleSocketIsReplaced()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("crashed.sqlite"));
    SingleInstance next(db);
#ifdef Q_OS_UNIX
    // An instance killed with -9 leaves its socket file in the temp dir; nobody answers on it.
    QFile stale(QDir(QDir::tempPath()).filePath(next.key()));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
#endif
    QVERIFY(!next.activateRunning(200));
    QVERIFY(next.listen());
    SingleInstance again(db);
    QSignalSpy activated(&next, &SingleInstance::activationRequested);
    QVERIFY(again.activateRunning(200));
    QTRY_COMPARE(activated.count(), 1);
}

void TestNative::mainControlsHaveAccessibleNames()
{
    for (const char *name :
         {"mainToolBar", "workspaceCombo", "navigation", "changeTabs", "filterBar", "searchEdit",
          "statusFilter", "typeFilter", "priorityFilter", "riskFilter", "assigneeFilter"}) {
        auto *w = m_window->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(w, name);
        QVERIFY2(!w->accessibleName().isEmpty(), name);
    }
}

QTEST_MAIN(TestNative)
#include "tst_gui_native.moc"
