// Saves the product's screenshots into the build directory: the main window and each page, the
// New change form, CAB mode and every tab of the detail view, over the demo workspace.

#include "GuiBackend.h"

#include "ApprovalQueue.h"
#include "cab/CabWindow.h"
#include "calendar/CalendarPage.h"
#include "calendar/CalendarView.h"
#include "changes/ChangeListView.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DrillDownDialog.h"
#include "detail/ChangeDetailView.h"
#include "firstrun/FirstRunDialog.h"
#include "main/Appearance.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "newchange/NewChangeDialog.h"

#include "Vigilo.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigilo;
using vigilo::ui::MainWindow;
using Page = vigilo::ui::MainWindow::Page;

namespace {
void save(QWidget *w, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = vigilo::guitest::outputPath(name);
    QFile::remove(path);
    QVERIFY(w->grab().save(path, "PNG"));
    QVERIFY(QFileInfo(path).size() > 10000);
    qInfo("screenshot: %s", qPrintable(path));
}
} // namespace

class TestScreenshots : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowPages();
    void newChange();
    void detailTabs();
    void cabMode();
    void dashboard();
    void calendar();
    void firstRunAndDark();

private:
    QTemporaryDir m_dir;
    vigilo::guitest::GuiDatabase m_db{m_dir, QStringLiteral("demo.sqlite")};
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // Sofia, the demo's owner, shows the product (a named person reads better than "tester").
    QVERIFY2(m_db.ok(), qPrintable(m_db.errorText()));
    DemoOptions options;
    options.changes = 60;
    auto session = m_db.openDemo(QStringLiteral("sofia.martin"), options);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    m_session = std::move(session).value();
    m_window = std::make_unique<MainWindow>(*m_session);
    QVERIFY(m_window->openWorkspace(QStringLiteral("demo")));
    m_window->resize(1440, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestScreenshots::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
}

void TestScreenshots::mainWindowPages()
{
    m_window->showPage(Page::Changes);
    QTableView *table = m_window->changeList()->table();
    table->setCurrentIndex(table->model()->index(1, 0));
    save(m_window.get(), QStringLiteral("main-window.png"));
    m_window->showPage(Page::ApprovalQueue);
    save(m_window.get(), QStringLiteral("approval-queue.png"));
    m_window->showPage(Page::Assets);
    save(m_window.get(), QStringLiteral("assets.png"));
    m_window->showPage(Page::FreezeWindows);
    save(m_window.get(), QStringLiteral("freeze-windows.png"));
    m_window->showPage(Page::Changes);
}

void TestScreenshots::newChange()
{
    ui::NewChangeDialog dialog(*m_session, *m_window->actor(), m_window.get());
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                     QStringLiteral("Rotate TLS certificate on payments-api"));
    QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit")),
                     QStringLiteral("The wildcard certificate expires on the 30th; rotate it "
                                    "before the quarter-end freeze."));
    auto *assets = dialog.findChild<QListWidget *>(QStringLiteral("assetList"));
    for (int i = 0; i < assets->count(); ++i)
        if (assets->item(i)->text().startsWith(QLatin1String("payments-api")))
            assets->item(i)->setCheckState(Qt::Checked);
    // A window on top of an active change on the same asset, so the preview has something.
    auto list = m_session->core().changes().list(*m_window->actor());
    QDateTime start = QDateTime::currentDateTimeUtc().addSecs(30 * 3600);
    for (const ChangeSummary &c : std::as_const(list.value()))
        if (isActive(c.status) && c.plannedStart.isValid() && c.plannedStart > start) {
            auto full = m_session->core().changes().get(*m_window->actor(), c.number);
            if (full.ok() && !full->affectedAssets.isEmpty()) {
                for (int i = 0; i < assets->count(); ++i)
                    if (full->affectedAssets.contains(
                            assets->item(i)->data(Qt::UserRole).toString()))
                        assets->item(i)->setCheckState(Qt::Checked);
                start = c.plannedStart.addSecs(1800);
                break;
            }
        }
    dialog.setPlannedWindow(start, start.addSecs(2 * 3600));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("implementationPlanEdit"))
        ->setPlainText(
            QStringLiteral("1. Issue the certificate\n2. Deploy to the proxies\n3. Reload"));
    QSignalSpy conflicts(&dialog, &ui::NewChangeDialog::conflictsUpdated);
    QTRY_VERIFY(conflicts.count() > 0);
    save(&dialog, QStringLiteral("new-change.png"));
}

void TestScreenshots::detailTabs()
{
    // A change in review with tasks, approvals, comments and history: the richest page.
    auto queue = m_session->core().approvalQueue().load(*m_window->actor(), false);
    QVERIFY(queue.ok() && !queue->isEmpty());
    int number = queue->first().change.number;
    ChangeFilter progress;
    progress.status = ChangeStatus::InProgress;
    if (auto running = m_session->core().changes().list(*m_window->actor(), progress);
        running.ok() && !running->isEmpty())
        number = running->first().number;
    ui::ChangeDetailView *detail = m_window->openChange(number);
    QVERIFY(detail);
    const QStringList names = {QStringLiteral("details"),  QStringLiteral("risk"),
                               QStringLiteral("tasks"),    QStringLiteral("approvals"),
                               QStringLiteral("comments"), QStringLiteral("attachments"),
                               QStringLiteral("activity")};
    for (int i = 0; i < detail->tabs()->count() && i < names.size(); ++i) {
        detail->tabs()->setCurrentIndex(i);
        save(m_window.get(), QStringLiteral("detail-%1.png").arg(names.at(i)));
    }
    m_window->changeTabs()->setCurrentIndex(0);
}

void TestScreenshots::cabMode()
{
    ui::CabWindow cab(*m_session, *m_window->actor());
    cab.resize(1920, 1080);
    cab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&cab));
    // Start with a change that has conflicts, if the queue has one.
    for (int i = 0; i < cab.queueNumbers().size(); ++i) {
        auto c = m_session->core().planning().conflicts(*m_window->actor(), cab.currentNumber());
        if (c.ok() && !c->isEmpty())
            break;
        cab.next();
    }
    save(&cab, QStringLiteral("cab-mode.png"));
}

void TestScreenshots::calendar()
{
    // Weekly maintenance windows on a few assets, so the calendar shows them (Sofia owns the demo).
    const Actor &owner = *m_window->actor();
    for (const auto &[asset, day, hour, zone] :
         {std::tuple{"pg-prod-01", 2, 1, "Europe/Berlin"},
          std::tuple{"pg-prod-01", 4, 1, "Europe/Berlin"}, std::tuple{"payments-api", 3, 22, "UTC"},
          std::tuple{"core-switch-a", 6, 2, "America/New_York"},
          std::tuple{"orders-db", 7, 3, "Europe/Berlin"}}) {
        MaintenanceWindow w;
        w.asset = QString::fromLatin1(asset);
        w.weekday = day;
        w.start = QTime(hour, 0);
        w.durationMinutes = 240;
        w.timeZone = zone;
        QVERIFY(m_session->core().maintenance().add(owner, w).ok());
    }
    m_window->showPage(Page::Calendar);
    ui::CalendarPage *page = m_window->calendarPage();
    ui::CalendarView *view = page->view();
    // A month from last week on, only the assets with changes: the demo's busy weeks ahead.
    view->setZoom(ui::CalendarView::Zoom::Month);
    view->setViewStart(QDateTime::currentDateTimeUtc().addDays(-6));
    page->findChild<QCheckBox *>(QStringLiteral("onlyActiveAssets"))->setChecked(true);
    QVERIFY(page->reload().isEmpty());
    // Select a change still to come that overlaps another one, so the panel explains it.
    int pick = 0;
    for (const CalendarChange &c : view->range().changes) {
        const bool movable = c.status == ChangeStatus::Review || c.status == ChangeStatus::Approved
                             || c.status == ChangeStatus::Scheduled;
        if (!movable || !c.hasConflicts() || c.start < view->viewStart() || c.end > view->viewEnd())
            continue;
        if (!pick)
            pick = c.number;
        if (c.conflicts.first().kind == QLatin1String("change")) {
            pick = c.number;
            break;
        }
    }
    view->selectChange(pick);
    view->revealSelection();
    save(m_window.get(), QStringLiteral("calendar.png"));
    // The "what if": onto another active change on one of its assets, a week in view.
    qint64 shift = 18 * 3600;
    if (const CalendarChange *c = view->selectedChange()) {
        for (const CalendarChange &o : view->range().changes) {
            bool shared = false;
            for (const QString &a : o.assets)
                shared = shared || c->assets.contains(a);
            if (o.number != c->number && shared && isActive(o.status)
                && (o.end <= c->start || o.start >= c->end)
                && qAbs(c->start.secsTo(o.start)) < 3 * 86400) {
                shift = c->start.secsTo(o.start) + 3600;
                break;
            }
        }
        view->setZoom(ui::CalendarView::Zoom::Week);
        view->setViewStart(c->start.addSecs(qMin<qint64>(0, shift)).addDays(-2));
        view->revealSelection();
    }
    // "What if": drag the selected bar a few hours later, screenshot the preview, then let go.
    if (const CalendarChange *c = view->selectedChange()) {
        const QRect bar = view->barRect(c->number);
        const QPoint from(bar.left() + qMin(20, bar.width() / 2), bar.center().y());
        const int dx = view->xForTime(c->start.addSecs(shift)) - view->xForTime(c->start);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view->viewport(), from + QPoint(dx / 2, 0));
        QTest::mouseMove(view->viewport(), from + QPoint(dx, 0));
        QVERIFY(page->isPreviewing());
        save(m_window.get(), QStringLiteral("calendar-what-if.png"));
        QTest::keyClick(view, Qt::Key_Escape);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, from + QPoint(dx, 0));
        QVERIFY(!page->isPreviewing());
    }
    view->setZoom(ui::CalendarView::Zoom::Quarter);
    save(m_window.get(), QStringLiteral("calendar-quarter.png"));
    ui::applyAppearance(ui::Appearance::Dark);
    view->setZoom(ui::CalendarView::Zoom::Month);
    save(m_window.get(), QStringLiteral("calendar-dark.png"));
    ui::applyAppearance(ui::Appearance::Light);
    m_window->showPage(Page::Changes);
}

void TestScreenshots::dashboard()
{
    // A longer demo history of its own, so every week of the trend has something to show.
    vigilo::guitest::GuiDatabase db(m_dir, QStringLiteral("dashboard.sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    DemoOptions options;
    options.changes = 240;
    auto session = db.openDemo(QStringLiteral("sofia.martin"), options);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    for (const auto &[appearance, name] :
         {std::pair{ui::Appearance::Light, QStringLiteral("dashboard.png")},
          std::pair{ui::Appearance::Dark, QStringLiteral("dashboard-dark.png")}}) {
        ui::applyAppearance(appearance);
        MainWindow window(**session);
        QVERIFY(window.openWorkspace(QStringLiteral("demo")));
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(Page::Dashboard);
        window.dashboardPage()->setPeriod(ui::DashboardPage::Period::Weeks12);
        QVERIFY(window.dashboardPage()->problemText().isEmpty());
        save(&window, name);
        if (appearance == ui::Appearance::Light) {
            QWidget *list =
                window.dashboardPage()->drillDown(QStringLiteral("change_failure_rate"));
            QVERIFY(list);
            QVERIFY(QTest::qWaitForWindowExposed(list));
            save(list, QStringLiteral("dashboard-drilldown.png"));
            list->close();
        }
    }
    ui::applyAppearance(ui::Appearance::Light);
}

QTEST_MAIN(TestScreenshots)
// first-run.png (the welcome dialog, light) and main-window-dark.png (the change list, dark).
void TestScreenshots::firstRunAndDark()
{
    ui::applyAppearance(ui::Appearance::Light);
    ui::FirstRunDialog welcome(QStringLiteral("sofia.martin"),
                               QStringLiteral("/home/sofia/.local/share/vigilo/vigilo.sqlite"));
    welcome.show();
    QVERIFY(QTest::qWaitForWindowExposed(&welcome));
    welcome.adjustSize();
    save(&welcome, QStringLiteral("first-run.png"));
    welcome.chooseCreateWorkspace();
    save(&welcome, QStringLiteral("first-run-create.png"));
    welcome.reject();

    ui::applyAppearance(ui::Appearance::Dark);
    m_window->showPage(Page::Changes);
    QTableView *table = m_window->changeList()->table();
    table->setCurrentIndex(table->model()->index(1, 0));
    save(m_window.get(), QStringLiteral("main-window-dark.png"));
    ui::applyAppearance(ui::Appearance::Light);
}

#include "tst_gui_screenshots.moc"
