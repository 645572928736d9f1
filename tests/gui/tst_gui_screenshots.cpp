// Saves the product's screenshots into the build directory: the main window and each page, the
// New change form, CAB mode and every tab of the detail view, over the demo workspace (in the
// _server run through a real vigilo-server: what is shown is checked against the database as its
// owner reads it, once the server's answers have come).

#include "GuiBackend.h"
#include "ResultCheck.h"
#include "widgets/AssetPicker.h"

#include "ApprovalQueue.h"
#include "assets/AssetModel.h"
#include "assets/AssetsPage.h"
#include "cab/CabWindow.h"
#include "calendar/CalendarPage.h"
#include "calendar/CalendarView.h"
#include "changes/ChangeListView.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DrillDownDialog.h"
#include "detail/ActivityModel.h"
#include "detail/ActivityTab.h"
#include "detail/ApprovalModels.h"
#include "detail/ApprovalsTab.h"
#include "detail/AttachmentTableModel.h"
#include "detail/AttachmentsTab.h"
#include "detail/ChangeDetailView.h"
#include "detail/CommentsTab.h"
#include "detail/ImpactTab.h"
#include "detail/TaskTableModel.h"
#include "detail/TasksTab.h"
#include "firstrun/FirstRunDialog.h"
#include "freeze/FreezeWindowModel.h"
#include "freeze/FreezeWindowsPage.h"
#include "main/Appearance.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "newchange/NewChangeDialog.h"
#include "queue/ApprovalQueueModel.h"
#include "queue/ApprovalQueuePage.h"

#include "Vigilo.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

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

// Why `w` is not shown whole in `window`, or empty: hidden, zero-sized, cut off by the window or a
// parent (a scroll area's viewport may scroll it), or a label or button too small for its text.
QString clipped(QWidget *window, QWidget *w)
{
    if (!w->isVisibleTo(window))
        return QStringLiteral("is hidden");
    if (w->width() <= 0 || w->height() <= 0)
        return QStringLiteral("has no size");
    for (QWidget *child = w, *parent = w->parentWidget(); child != window && parent;
         child = parent, parent = parent->parentWidget()) {
        if (qobject_cast<QAbstractScrollArea *>(parent->parentWidget()))
            break; // inside a scroll area's viewport: scrolling shows the rest
        const QRect inParent(child->mapTo(parent, QPoint(0, 0)), child->size());
        if (!parent->rect().contains(inParent))
            return QStringLiteral("is cut off by %1 (%2,%3 %4x%5 outside %6x%7)")
                .arg(parent->objectName().isEmpty()
                         ? QString::fromLatin1(parent->metaObject()->className())
                         : parent->objectName())
                .arg(inParent.x())
                .arg(inParent.y())
                .arg(inParent.width())
                .arg(inParent.height())
                .arg(parent->width())
                .arg(parent->height());
    }
    if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty()) {
        const QSize need = label->wordWrap() ? QSize(0, label->heightForWidth(label->width()))
                                             : label->minimumSizeHint();
        if (need.width() > label->width() || need.height() > label->height())
            return QStringLiteral("clips its text \"%1\" (%2x%3 needed, %4x%5 given)")
                .arg(label->text().left(60))
                .arg(need.width())
                .arg(need.height())
                .arg(label->width())
                .arg(label->height());
    }
    if (auto *button = qobject_cast<QAbstractButton *>(w);
        button && !button->text().isEmpty() && button->minimumSizeHint().width() > button->width())
        return QStringLiteral("clips its text \"%1\"").arg(button->text());
    return {};
}

// Lets pending layout requests run (labels whose text just changed get their new size), as a
// paint would before anyone sees the window.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

// Each widget named in `names` is in `window` and shown whole (once its layout has settled).
#define VERIFY_SHOWN(window, names)                                                                \
    do {                                                                                           \
        settle();                                                                                  \
        for (const QString &name_ : (names)) {                                                     \
            QWidget *w_ = (window)->findChild<QWidget *>(name_);                                   \
            QVERIFY2(w_, qPrintable(name_ + QStringLiteral(" is missing")));                       \
            const QString why_ = clipped((window), w_);                                            \
            QVERIFY2(why_.isEmpty(), qPrintable(name_ + QLatin1Char(' ') + why_));                 \
        }                                                                                          \
    } while (false)

// The text of the label `name` in `window` (empty when there is none: the comparison fails).
QString textOf(QWidget *window, const char *name)
{
    auto *label = window->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QLatin1String(n);
    return out;
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
    // What the window shows is checked against this core (the window's own on a database).
    Vigilo &core() { return m_db.checkCore(*m_session); }
    // The window's actor as core() knows it.
    Actor me() { return m_db.checkActor(*m_session, *m_window->actor()); }

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
    if (m_session) {
        vigilo::guitest::SettleAnswers settled{*m_session};
    }
    m_window.reset();
    m_session.reset();
}

void TestScreenshots::mainWindowPages()
{
    m_window->showPage(Page::Changes);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->changeList()->isLoading(), 20000); // read asynchronously
    QTableView *table = m_window->changeList()->table();
    table->setCurrentIndex(table->model()->index(1, 0));
    // The list of every change of the demo, the toolbar, the filters and the status bar.
    const Actor me = this->me();
    const auto all = core().changes().list(me);
    VERIFY_OK(all);
    QVERIFY(all->size() >= 60);
    QCOMPARE(table->model()->rowCount(), int(all->size()));
    QCOMPARE(textOf(m_window.get(), "countLabel"), QStringLiteral("Changes: %1").arg(all->size()));
    VERIFY_SHOWN(m_window.get(), names({"mainToolBar", "workspaceCombo", "navigation", "filterBar",
                                        "searchEdit", "assigneeFilter", "countLabel", "changeTable",
                                        "databaseLabel", "userLabel"}));
    QVERIFY2(textOf(m_window.get(), "databaseLabel").contains(m_db.shortName()),
             qPrintable(textOf(m_window.get(), "databaseLabel")));
    QVERIFY2(textOf(m_window.get(), "userLabel").startsWith(QStringLiteral("Signed in as ")),
             qPrintable(textOf(m_window.get(), "userLabel")));
    QVERIFY(textOf(m_window.get(), "userLabel").endsWith(label(Role::Owner)));
    // The visible columns are wide enough for their header.
    for (int col = 0; col < table->model()->columnCount(); ++col) {
        if (table->isColumnHidden(col))
            continue;
        const QString header = table->model()->headerData(col, Qt::Horizontal).toString();
        QVERIFY2(table->columnWidth(col)
                     >= table->horizontalHeader()->fontMetrics().horizontalAdvance(header),
                 qPrintable(QStringLiteral("column %1 clips its header").arg(header)));
    }
    save(m_window.get(), QStringLiteral("main-window.png"));

    // The approval queue shows what the core queues for Sofia.
    m_window->showPage(Page::ApprovalQueue);
    const auto queue = core().approvalQueue().load(me, true);
    VERIFY_OK(queue);
    QVERIFY(!queue->isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->approvalQueue()->isLoading(), 20000);
    QCOMPARE(m_window->approvalQueue()->model()->rowCount(), int(queue->size()));
    VERIFY_SHOWN(m_window.get(), names({"approvalQueuePageTitle", "approvalQueuePageTable"}));
    save(m_window.get(), QStringLiteral("approval-queue.png"));

    m_window->showPage(Page::Assets);
    const auto assets = core().workspaces().assets(me);
    VERIFY_OK(assets);
    QVERIFY(!assets->isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->assetsPage()->model()->rowCount(), int(assets->size()),
                              20000);
    VERIFY_SHOWN(m_window.get(),
                 names({"assetsPageTitle", "assetsPageTable", "followAssetButton"}));
    save(m_window.get(), QStringLiteral("assets.png"));

    m_window->showPage(Page::FreezeWindows);
    const auto freezes = core().workspaces().freezeWindows(me);
    VERIFY_OK(freezes);
    QVERIFY(!freezes->isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->freezeWindowsPage()->isLoading(), 20000);
    QCOMPARE(m_window->freezeWindowsPage()->model()->rowCount(), int(freezes->size()));
    VERIFY_SHOWN(m_window.get(), names({"freezeWindowsPageTitle", "freezeWindowsPageTable"}));
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
    auto *assets = dialog.findChild<ui::AssetPicker *>(QStringLiteral("assetList"));
    // (On a team server the assets to pick from arrive after the dialog opened.)
    QTRY_VERIFY_WITH_TIMEOUT(assets->isLoaded(), 15000);
    QVERIFY2(assets->loadError().isEmpty(), qPrintable(assets->loadError()));
    QVERIFY(assets->add(QStringLiteral("payments-api")));
    // A window on top of an active change on the same asset, so the preview has something.
    const Actor me = this->me();
    auto list = core().changes().list(me);
    VERIFY_OK(list);
    QDateTime start = QDateTime::currentDateTimeUtc().addSecs(30 * 3600);
    for (const ChangeSummary &c : std::as_const(list.value()))
        if (isActive(c.status) && c.plannedStart.isValid() && c.plannedStart > start) {
            auto full = core().changes().get(me, c.number);
            if (full.ok() && !full->affectedAssets.isEmpty()) {
                for (const QString &a : std::as_const(full->affectedAssets))
                    assets->add(a);
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
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    VERIFY_SHOWN(&dialog, names({"titleEdit", "typeCombo", "priorityCombo", "assigneeCombo",
                                 "plannedCheck", "startEdit", "endEdit", "assetList", "planTabs",
                                 "checksPanel", "conflictTitle", "conflictList", "createButton"}));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(),
             QStringLiteral("Rotate TLS certificate on payments-api"));
    QVERIFY(!assets->selected().isEmpty());
    // The preview lists what the core finds for this window, one row per conflict, under a
    // heading that counts them.
    auto *startEdit = dialog.findChild<QDateTimeEdit *>(QStringLiteral("startEdit"));
    auto *endEdit = dialog.findChild<QDateTimeEdit *>(QStringLiteral("endEdit"));
    QVERIFY(startEdit && endEdit);
    const ConflictSummary expected = VALUE_OK(core().planning().conflictsFor(
        me, startEdit->dateTime().toUTC(), endEdit->dateTime().toUTC(), assets->selected()));
    QVERIFY2(!expected.conflicts.isEmpty(), "a window on an active change has no conflict");
    auto *found = dialog.findChild<QListWidget *>(QStringLiteral("conflictList"));
    QVERIFY(found);
    // (On a team server an earlier request's answer may come first: the last one's is awaited.)
    QTRY_COMPARE_WITH_TIMEOUT(found->count(), int(expected.conflicts.size()), 15000);
    QCOMPARE(found->item(0)->text(), expected.conflicts.first().reason);
    QCOMPARE(textOf(&dialog, "conflictTitle"),
             QStringLiteral("Conflicts: %1").arg(expected.conflicts.size()));
    save(&dialog, QStringLiteral("new-change.png"));
}

void TestScreenshots::detailTabs()
{
    // A change in review with tasks, approvals, comments and history: the richest page.
    const Actor me = this->me();
    auto queue = core().approvalQueue().load(me, false);
    QVERIFY(queue.ok() && !queue->isEmpty());
    int number = queue->first().change.number;
    ChangeFilter progress;
    progress.status = ChangeStatus::InProgress;
    if (auto running = core().changes().list(me, progress); running.ok() && !running->isEmpty())
        number = running->first().number;
    ui::ChangeDetailView *detail = m_window->openChange(number);
    QVERIFY(detail);
    QTRY_VERIFY_WITH_TIMEOUT(!detail->isLoading(), 20000); // a team server answers later
    const ChangeRequest change = VALUE_OK(core().changes().get(me, number));
    // The header names the change as the core has it.
    VERIFY_SHOWN(m_window.get(),
                 names({"detailHeader", "changeNumber", "changeTitle", "statusBadge", "typeBadge",
                        "priorityBadge", "riskBadge", "people", "actionBar", "detailTabs"}));
    QCOMPARE(textOf(detail, "changeNumber"), change.numberText());
    QCOMPARE(textOf(detail, "changeTitle"), change.title);
    QCOMPARE(textOf(detail, "statusBadge"), label(change.status));
    // Each tab, and what it must show: its widgets and as many rows as the core has.
    const int tasks = int(VALUE_OK(core().runbook().tasks(me, number)).size());
    const int steps = int(VALUE_OK(core().approvals().steps(me, number)).size());
    const int comments = int(VALUE_OK(core().discussion().comments(me, number)).size());
    const int files = int(VALUE_OK(core().discussion().attachments(me, number)).size());
    const int events = int(VALUE_OK(core().audit().changeHistory(me, number)).size());
    QVERIFY(tasks > 0 && steps > 0 && events > 0);
    struct TabCheck {
        const char *file;
        QStringList widgets;
        std::function<void()> check;
    };
    const QList<TabCheck> tabs = {
        {"details",
         names({"title", "changeType", "priority", "assignee", "plannedStart", "plannedEnd",
                "assets"}),
         [&] {
             QCOMPARE(detail->findChild<QLineEdit *>(QStringLiteral("title"))->text(),
                      change.title);
         }},
        {"risk", names({"questionnaire", "scoreLabel", "answeredLabel", "currentLevel"}), [] {}},
        {"impact", names({"impactTable", "impactSummary"}),
         [&] { QTRY_VERIFY(!detail->impactTab()->isLoading()); }},
        {"tasks", names({"taskTable", "taskSummary"}),
         [&] { QTRY_COMPARE_WITH_TIMEOUT(detail->tasksTab()->model()->rowCount(), tasks, 15000); }},
        {"approvals", names({"stepTable", "decisionTable", "approvalSummary"}),
         [&] {
             QTRY_COMPARE_WITH_TIMEOUT(detail->approvalsTab()->stepModel()->rowCount(), steps,
                                       15000);
         }},
        {"comments", names({"commentThread", "commentEditor", "postComment"}),
         [&] {
             QTRY_COMPARE_WITH_TIMEOUT(detail->commentsTab()->commentCount(), comments, 15000);
         }},
        {"attachments", names({"attachmentTable", "addAttachment"}),
         [&] {
             QTRY_COMPARE_WITH_TIMEOUT(detail->attachmentsTab()->model()->rowCount(), files, 15000);
         }},
        {"activity", names({"activityTable", "activitySummary"}),
         [&] {
             QTRY_COMPARE_WITH_TIMEOUT(detail->activityTab()->model()->rowCount(), events, 15000);
         }},
    };
    QCOMPARE(detail->tabs()->count(), int(tabs.size()));
    for (int i = 0; i < tabs.size(); ++i) {
        detail->tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        tabs.at(i).check(); // (on a team server once its answer has come)
        if (QTest::currentTestFailed())
            return;
        VERIFY_SHOWN(detail->tabs()->currentWidget(), tabs.at(i).widgets);
        if (QTest::currentTestFailed())
            return;
        save(m_window.get(), QStringLiteral("detail-%1.png").arg(QLatin1String(tabs.at(i).file)));
    }
    m_window->changeTabs()->setCurrentIndex(0);
}

void TestScreenshots::cabMode()
{
    ui::CabWindow cab(*m_session, *m_window->actor());
    cab.resize(1920, 1080);
    cab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&cab));
    QTRY_VERIFY_WITH_TIMEOUT(!cab.isBusy(), 20000); // a team server answers later
    // CAB mode opens on the workspace's meetings; the first (in progress first) when there is one.
    VERIFY_SHOWN(&cab, names({"cabHeading", "cabMeetings", "cabNewMeeting"}));
    if (!cab.meetingNumbers().isEmpty()) {
        QVERIFY(cab.openMeeting(cab.meetingNumbers().first()));
        QTRY_VERIFY_WITH_TIMEOUT(!cab.isBusy(), 20000);
        if (cab.meetingStatus() != QLatin1String("closed"))
            VERIFY_SHOWN(&cab,
                         names({"cabHeading", "cabQuorum", "cabAgenda", "cabCard", "cabKeys"}));
    }
    save(&cab, QStringLiteral("cab-mode.png"));
}

void TestScreenshots::calendar()
{
    // Weekly maintenance windows on a few assets, so the calendar shows them (Sofia owns the demo).
    const Actor owner = me();
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
        QVERIFY(core().maintenance().add(owner, w).ok());
    }
    m_window->showPage(Page::Calendar);
    ui::CalendarPage *page = m_window->calendarPage();
    ui::CalendarView *view = page->view();
    // A month from last week on, only the assets with changes: the demo's busy weeks ahead.
    view->setZoom(ui::CalendarView::Zoom::Month);
    view->setViewStart(QDateTime::currentDateTimeUtc().addDays(-6));
    page->findChild<QCheckBox *>(QStringLiteral("onlyActiveAssets"))->setChecked(true);
    QVERIFY(page->reload().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000); // a team server answers later
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
    QVERIFY2(pick, "no change to come with a conflict in the demo's month");
    view->selectChange(pick);
    view->revealSelection();
    VERIFY_SHOWN(m_window.get(),
                 names({"calendarPageTitle", "calendarView", "calendarLegend", "previousButton",
                        "todayButton", "nextButton", "calendarRangeLabel", "onlyActiveAssets",
                        "calendarPanel", "calendarHeading", "calendarConflicts"}));
    QVERIFY2(textOf(m_window.get(), "calendarHeading").contains(formatChangeNumber(pick)),
             qPrintable(textOf(m_window.get(), "calendarHeading")));
    // The selected bar is inside the view.
    QVERIFY(view->viewport()->rect().intersects(view->barRect(pick)));
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
        vigilo::guitest::SettleAnswers settled{**session};
        window.showPage(Page::Dashboard);
        window.dashboardPage()->setPeriod(ui::DashboardPage::Period::Weeks12);
        QTRY_VERIFY_WITH_TIMEOUT(!window.dashboardPage()->isLoading(), 20000);
        QVERIFY(window.dashboardPage()->problemText().isEmpty());
        // Every figure's card with its value, and both charts.
        const QList<QWidget *> cards = window.dashboardPage()->findChildren<QWidget *>(
            QRegularExpression(QStringLiteral("^kpi_")));
        QVERIFY2(cards.size() >= 6, qPrintable(QString::number(cards.size())));
        for (QWidget *card : cards) {
            VERIFY_SHOWN(card, names({"kpiTitle", "kpiValue", "kpiCaption"}));
            QVERIFY2(!textOf(card, "kpiValue").isEmpty(), qPrintable(card->objectName()));
        }
        VERIFY_SHOWN(&window,
                     names({"dashboardTitle", "periodSelector", "deploymentsChart", "timesChart"}));
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
    VERIFY_SHOWN(&welcome, names({"choicesPage", "createWorkspaceChoice", "openFileChoice",
                                  "connectServerChoice", "demoChoice"}));
    save(&welcome, QStringLiteral("first-run.png"));
    welcome.chooseCreateWorkspace();
    VERIFY_SHOWN(&welcome, names({"createPage", "workspaceName", "workspaceSlug", "displayName",
                                  "workspaceLanguage", "backButton", "createButton"}));
    save(&welcome, QStringLiteral("first-run-create.png"));
    welcome.reject();

    ui::applyAppearance(ui::Appearance::Dark);
    m_window->showPage(Page::Changes);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->changeList()->isLoading(), 20000); // read asynchronously
    QTableView *table = m_window->changeList()->table();
    table->setCurrentIndex(table->model()->index(1, 0));
    VERIFY_SHOWN(m_window.get(), names({"mainToolBar", "filterBar", "changeTable", "userLabel"}));
    QVERIFY(table->model()->rowCount() >= 60);
    save(m_window.get(), QStringLiteral("main-window-dark.png"));
    ui::applyAppearance(ui::Appearance::Light);
}

#include "tst_gui_screenshots.moc"
