// The main window on a CAB room's projector: 1024×768, in English and in German. Every page (the
// change list, Approval queue, Assets, Freeze windows, Dashboard, Calendar) and every tab of an
// open change fits without a label or button cut off; a screenshot of each (narrow-PAGE-LANG.png
// beside the suite; under pg/ and server/ for the PostgreSQL and team-server runs).

#include "GuiBackend.h"
#include "WidgetFit.h"

#include "assets/AssetModel.h"
#include "assets/AssetsPage.h"
#include "calendar/CalendarPage.h"
#include "changes/ChangeListView.h"
#include "dashboard/DashboardPage.h"
#include "detail/ChangeDetailView.h"
#include "detail/ImpactTab.h"
#include "detail/ListTab.h"
#include "freeze/FreezeWindowsPage.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "queue/ApprovalQueuePage.h"

#include "Catalogue.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>

using namespace vigilo;
using vigilo::guitest::clippedWidgets;
using vigilo::guitest::demandingWidgets;
using vigilo::guitest::outputPath;
using vigilo::guitest::settleLayouts;
using vigilo::ui::MainWindow;
using Page = vigilo::ui::MainWindow::Page;

namespace {
constexpr int kScreenWidth = 1024;
constexpr int kScreenHeight = 768;
constexpr int kUsableHeight = 720; // a task bar takes the rest

// What keeps `window` from fitting the screen (empty: it fits and shows everything whole at
// 1024×768); saves its picture as narrow-NAME-LANGUAGE.png.
QStringList fitProblems(QWidget *window, const QString &name, const QString &language)
{
    QStringList problems;
    settleLayouts();
    const QSize min = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (min.width() > kScreenWidth)
        problems << QStringLiteral("%1: %2 px wide at least; wide widgets:\n  %3")
                        .arg(name)
                        .arg(min.width())
                        .arg(demandingWidgets(window, Qt::Horizontal, kScreenWidth - 300)
                                 .join(QStringLiteral("\n  ")));
    if (min.height() > kUsableHeight)
        problems
            << QStringLiteral("%1: %2 px high at least; tall widgets:\n  %3")
                   .arg(name)
                   .arg(min.height())
                   .arg(demandingWidgets(window, Qt::Vertical, 200).join(QStringLiteral("\n  ")));
    window->resize(kScreenWidth, kScreenHeight);
    settleLayouts();
    if (window->size() != QSize(kScreenWidth, kScreenHeight))
        problems << QStringLiteral("%1: the window is %2×%3")
                        .arg(name)
                        .arg(window->width())
                        .arg(window->height());
    for (const QString &clipped : clippedWidgets(window))
        problems << name + QStringLiteral(": ") + clipped;
    if (!window->grab().save(outputPath(QStringLiteral("narrow-%1-%2.png").arg(name, language))))
        problems << name + QStringLiteral(": no screenshot");
    return problems;
}
} // namespace

class TestGuiNarrow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindowFits1024x768_data();
    void mainWindowFits1024x768();
};

void TestGuiNarrow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestGuiNarrow::mainWindowFits1024x768_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestGuiNarrow::mainWindowFits1024x768()
{
    QFETCH(QString, language);
    // The window is made after the translator came, as on a German desktop.
    const QLocale before;
    QTranslator german;
    if (language == QLatin1String("de")) {
        QVERIFY(loadVigiloCatalogue(german, QLocale(QLocale::German, QLocale::Germany)));
        QCoreApplication::installTranslator(&german);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&german);
        QLocale::setDefault(before);
    });
    QTemporaryDir dir;
    // A deep folder: the status bar's path must not widen the window.
    const QString folder =
        QStringLiteral("change-management/cab-room-projector/a-rather-long-folder-name/"
                       "another-long-folder-name-for-the-status-bar");
    QVERIFY(QDir(dir.path()).mkpath(folder));
    guitest::GuiDatabase db(dir, folder + QStringLiteral("/demo.sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    DemoOptions options;
    options.changes = 60;
    auto session = db.openDemo(QStringLiteral("sofia.martin"), options);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    MainWindow window(**session);
    QVERIFY(window.openWorkspace(QStringLiteral("demo")));
    window.resize(kScreenWidth, kScreenHeight);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList problems;
    window.showPage(Page::Changes);
    QTRY_VERIFY_WITH_TIMEOUT(!window.changeList()->isLoading(), 20000);
    problems << fitProblems(&window, QStringLiteral("changes"), language);

    window.showPage(Page::ApprovalQueue);
    QTRY_VERIFY(!window.approvalQueue()->isLoading());
    problems << fitProblems(&window, QStringLiteral("approval-queue"), language);

    window.showPage(Page::Assets);
    QTRY_VERIFY(window.assetsPage()->model()->rowCount() > 0);
    problems << fitProblems(&window, QStringLiteral("assets"), language);

    window.showPage(Page::FreezeWindows);
    QTRY_VERIFY(!window.freezeWindowsPage()->isLoading());
    problems << fitProblems(&window, QStringLiteral("freeze-windows"), language);

    window.showPage(Page::Dashboard);
    QTRY_VERIFY(!window.dashboardPage()->isLoading());
    problems << fitProblems(&window, QStringLiteral("dashboard"), language);

    window.showPage(Page::Calendar);
    QTRY_VERIFY(!window.calendarPage()->isLoading());
    problems << fitProblems(&window, QStringLiteral("calendar"), language);

    // A change with a bit of everything: the demo's first in progress or else its newest.
    const QList<ChangeSummary> changes = window.visibleChanges();
    QVERIFY(!changes.isEmpty());
    int number = changes.first().number;
    for (const ChangeSummary &c : changes)
        if (c.status == ChangeStatus::InProgress)
            number = c.number;
    ui::ChangeDetailView *detail = window.openChange(number);
    QVERIFY(detail);
    QTRY_VERIFY(!detail->isLoading());
    const QStringList tabs = {QStringLiteral("details"),     QStringLiteral("risk"),
                              QStringLiteral("impact"),      QStringLiteral("tasks"),
                              QStringLiteral("approvals"),   QStringLiteral("comments"),
                              QStringLiteral("attachments"), QStringLiteral("activity")};
    for (int tab = 0; tab < ui::ChangeDetailView::TabCount; ++tab) {
        detail->tabs()->setCurrentIndex(tab);
        QTRY_VERIFY(!detail->isLoading());
        // A tab that reads its own list once shown: its answer (later on a team server) changes
        // its texts, so the fit is measured after it.
        QWidget *shown = detail->tabs()->currentWidget();
        auto *list = qobject_cast<ui::ListTab *>(shown);
        if (!list)
            list = shown->findChild<ui::ListTab *>();
        if (list)
            QTRY_VERIFY_WITH_TIMEOUT(!list->isLoading(), 15000);
        auto *impact = qobject_cast<ui::ImpactTab *>(shown);
        if (!impact)
            impact = shown->findChild<ui::ImpactTab *>();
        if (impact)
            QTRY_VERIFY_WITH_TIMEOUT(!impact->isLoading(), 15000);
        problems << fitProblems(&window, QStringLiteral("detail-") + tabs.at(tab), language);
    }
    for (const QString &problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem)); // QVERIFY2 cuts a long message
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestGuiNarrow)
#include "tst_gui_narrow.moc"
