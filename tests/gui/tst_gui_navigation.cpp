// The main window's navigation on the offscreen platform: pages and shortcuts, the models
// behind each page under QAbstractItemModelTester, detail tabs, settings remembered, the
// assignee filter, reachability, and refreshing when another connection commits.

#include "GuiBackend.h"
#include "ResultCheck.h"

#include "assets/AssetModel.h"
#include "assets/AssetsPage.h"
#include "cab/CabWindow.h"
#include "changes/ChangeFilterProxy.h"
#include "changes/ChangeListModel.h"
#include "changes/ChangeListView.h"
#include "detail/ChangeDetailView.h"
#include "freeze/FreezeWindowModel.h"
#include "freeze/FreezeWindowsPage.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "main/Shortcuts.h"
#include "newchange/NewChangeDialog.h"
#include "queue/ApprovalQueueModel.h"
#include "queue/ApprovalQueuePage.h"

#include "ChangeWatcher.h"
#include "Store.h"
#include "Vigilo.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace vigilo;
using vigilo::ui::MainWindow;
using vigilo::ui::Session;
using Page = vigilo::ui::MainWindow::Page;

namespace {
const QString kUser = QStringLiteral("tester");
constexpr auto kTesterMode = QAbstractItemModelTester::FailureReportingMode::QtTest;
} // namespace

class TestNavigation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shortcutsSwitchPages();
    void modelsPassTheTester();
    void approvalQueueIsWhatICanDecide();
    void assetsAndFreezeWindowsPages();
    void searchShortcutFocusesTheSearchBox();
    void assigneeFilterNarrowsRows();
    void enterOpensATabAndCtrlWClosesIt();
    void newChangeShortcutOpensTheForm();
    void cabModeShortcut();
    void hintsNameTheirShortcuts();
    void statusBarSaysWhereAndWho();
    void refreshesWhenAnotherConnectionCommits();
    void remembersColumnsAndPage();
    void benchmark100kChangeList();

private:
    QTemporaryDir m_dir;
    vigilo::guitest::GuiDatabase m_db{m_dir, QStringLiteral("demo.sqlite")};
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    // What the window shows is checked against the core (on a team server: the owner's).
    Vigilo &core() { return m_db.checkCore(*m_session); }
    Actor me() { return m_db.checkActor(*m_session, *m_window->actor()); }
};

void TestNavigation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(m_db.ok(), qPrintable(m_db.errorText()));
    DemoOptions options;
    options.changes = 40;
    options.seed = 11;
    auto session = m_db.openDemo(kUser, options);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    m_session = std::move(session).value();
    m_window = std::make_unique<MainWindow>(*m_session);
    QVERIFY(m_window->openWorkspace(QStringLiteral("demo")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->changeList()->isLoading(), 20000); // read asynchronously
    m_window->resize(1280, 760);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestNavigation::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
}

void TestNavigation::shortcutsSwitchPages()
{
    const QList<std::pair<Qt::Key, Page>> keys = {{Qt::Key_2, Page::ApprovalQueue},
                                                  {Qt::Key_3, Page::Assets},
                                                  {Qt::Key_4, Page::FreezeWindows},
                                                  {Qt::Key_1, Page::Changes}};
    for (const auto &[key, page] : keys) {
        QTest::keyClick(m_window.get(), key, Qt::ControlModifier);
        QCOMPARE(int(m_window->currentPage()), int(page));
    }
    QVERIFY(m_window->isShowingChanges());
}

void TestNavigation::modelsPassTheTester()
{
    ui::ChangeListView *list = m_window->changeList();
    QAbstractItemModelTester changes(list->model(), kTesterMode);
    QAbstractItemModelTester proxy(list->proxy(), kTesterMode);
    QAbstractItemModelTester queue(m_window->approvalQueue()->model(), kTesterMode);
    QAbstractItemModelTester assets(m_window->assetsPage()->model(), kTesterMode);
    QAbstractItemModelTester freeze(m_window->freezeWindowsPage()->model(), kTesterMode);
    // Reload everything under the testers, sort and filter.
    m_window->reload();
    for (Page p : {Page::ApprovalQueue, Page::Assets, Page::FreezeWindows, Page::Changes})
        m_window->showPage(p);
    m_window->approvalQueue()->showAllToggle()->setChecked(true);
    m_window->approvalQueue()->showAllToggle()->setChecked(false);
    for (int column = 0; column < ui::ChangeListModel::ColumnCount; ++column)
        list->table()->sortByColumn(column, column % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
    list->table()->sortByColumn(ui::ChangeListModel::Number, Qt::DescendingOrder);
    // On a team server the pages' answers arrive later, under the testers too.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->assetsPage()->model()->rowCount() > 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->freezeWindowsPage()->model()->rowCount() > 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->approvalQueue()->isLoading(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!list->isLoading(), 15000);
}

void TestNavigation::approvalQueueIsWhatICanDecide()
{
    m_window->showPage(Page::ApprovalQueue);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->approvalQueue()->isLoading(), 15000);
    auto *model = m_window->approvalQueue()->model();
    const Actor me = this->me();
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int row = 0; row < model->rowCount(); ++row) {
        const ApprovalQueueItem &e = model->itemAt(row);
        QCOMPARE_EQ(int(e.change.status), int(ChangeStatus::Review));
        QVERIFY(e.canDecide());
        QVERIFY(core().approvals().canDecide(me, *core().changes().get(me, e.change.number)));
        const qint64 start = e.change.plannedStart.isValid()
                                 ? e.change.plannedStart.toMSecsSinceEpoch()
                                 : std::numeric_limits<qint64>::max();
        QVERIFY(start >= previous); // by planned start
        previous = start;
    }
    // Everything in review with the switch on.
    m_window->approvalQueue()->showAllToggle()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->approvalQueue()->isLoading(), 15000);
    ChangeFilter inReview;
    inReview.status = ChangeStatus::Review;
    QCOMPARE(model->rowCount(), int(VALUE_OK(core().changes().list(me, inReview)).size()));
    QVERIFY(model->rowCount() > 0);
    m_window->approvalQueue()->showAllToggle()->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->approvalQueue()->isLoading(), 15000);
    m_window->showPage(Page::Changes);
}

void TestNavigation::assetsAndFreezeWindowsPages()
{
    const Actor me = this->me();
    m_window->showPage(Page::Assets);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->assetsPage()->model()->rowCount(),
                              int(VALUE_OK(core().workspaces().assets(me)).size()), 15000);
    m_window->showPage(Page::FreezeWindows);
    auto *freeze = m_window->freezeWindowsPage()->model();
    const auto windows = core().workspaces().freezeWindows(me);
    VERIFY_OK(windows);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->freezeWindowsPage()->isLoading(), 15000);
    QCOMPARE(freeze->rowCount(), int(windows->size()));
    QStringList names;
    for (int row = 0; row < freeze->rowCount(); ++row)
        names << freeze->index(row, ui::FreezeWindowModel::Reason).data().toString();
    for (const FreezeWindow &w : *windows)
        QVERIFY(names.contains(w.reason));
    m_window->showPage(Page::Changes);
}

void TestNavigation::searchShortcutFocusesTheSearchBox()
{
    m_window->showPage(Page::Assets);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_window->isShowingChanges());
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTRY_VERIFY(search->hasFocus());
}

void TestNavigation::assigneeFilterNarrowsRows()
{
    ui::ChangeListView *list = m_window->changeList();
    list->clearFilters();
    const int total = list->visibleCount();
    auto *assignee = m_window->findChild<QComboBox *>(QStringLiteral("assigneeFilter"));
    QVERIFY(assignee->count() > 3);
    const QString person = assignee->itemData(2).toString();
    assignee->setCurrentIndex(2);
    ChangeFilter filter;
    filter.assignee = person;
    const int expected = int(VALUE_OK(core().changes().list(me(), filter)).size());
    QCOMPARE(list->visibleCount(), expected);
    QVERIFY(expected > 0 && expected < total);
    assignee->setCurrentIndex(0);
    QCOMPARE(list->visibleCount(), total);
}

void TestNavigation::enterOpensATabAndCtrlWClosesIt()
{
    ui::ChangeListView *list = m_window->changeList();
    list->clearFilters();
    QTableView *table = list->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(2, 0));
    const int number = list->currentNumber();
    QTest::keyClick(table, Qt::Key_Return);
    QTabWidget *tabs = m_window->changeTabs();
    QTRY_COMPARE(tabs->count(), 2);
    auto *detail = qobject_cast<ui::ChangeDetailView *>(tabs->currentWidget());
    QVERIFY(detail);
    QCOMPARE(detail->number(), number);
    QCOMPARE(tabs->tabText(1), formatChangeNumber(number));
    // Opening it again brings the same tab forward.
    tabs->setCurrentIndex(0);
    QCOMPARE(m_window->openChange(number), detail);
    QCOMPARE(tabs->count(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QTRY_COMPARE(tabs->count(), 1);
    QCOMPARE(list->currentNumber(), number); // the selection survived
}

void TestNavigation::newChangeShortcutOpensTheForm()
{
    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        if (auto *dialog = qobject_cast<ui::NewChangeDialog *>(QApplication::activeModalWidget())) {
            seen = true;
            dialog->reject();
        }
    });
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(seen);
}

// Every hint is written from its action's own shortcuts in the platform's form (⌘ on macOS),
// so no hint names a key its action does not have; full screen leaves F11 to macOS.
void TestNavigation::hintsNameTheirShortcuts()
{
    for (const char *name : {"newChangeAction", "refreshAction", "cabModeAction",
                             "suggestSimilarAction", "openDatabaseAction", "printAction"}) {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action && !action->shortcuts().isEmpty(), name);
        for (const QKeySequence &k : action->shortcuts())
            QVERIFY2(action->toolTip().contains(k.toString(QKeySequence::NativeText)),
                     qPrintable(QLatin1String(name) + QStringLiteral(": ") + action->toolTip()));
    }
    auto *cab = m_window->findChild<QAction *>(QStringLiteral("cabModeAction"));
    QVERIFY(cab);
    QCOMPARE(cab->shortcuts(), ui::Shortcuts::cabMode());
    // No key is written by hand: "Ctrl+" appears in a hint only through the native text.
    QVERIFY(
        !ui::Shortcuts::hint(QStringLiteral("x"), QKeySequence(Qt::CTRL | Qt::Key_N)).isEmpty());
    // CAB mode is Ctrl+Shift+C; F11 is full screen (on macOS Ctrl+Cmd+F, Qt::META being the
    // Control key there), from anywhere in the window.
    QVERIFY(ui::Shortcuts::cabMode(true).contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)));
    QVERIFY(!ui::Shortcuts::cabMode(false).contains(QKeySequence(Qt::Key_F11)));
    QCOMPARE(ui::Shortcuts::fullScreen(true), QKeySequence(Qt::META | Qt::CTRL | Qt::Key_F));
    QCOMPARE(ui::Shortcuts::fullScreen(false), QKeySequence(Qt::Key_F11));
    auto *fullScreen = m_window->findChild<QAction *>(QStringLiteral("fullScreenAction"));
    QVERIFY(fullScreen);
    QCOMPARE(fullScreen->shortcutContext(), Qt::ApplicationShortcut);
    QVERIFY(
        fullScreen->toolTip().contains(fullScreen->shortcut().toString(QKeySequence::NativeText)));
    // The workspace switcher and the navigation name theirs too.
    auto *workspaces = m_window->findChild<QComboBox *>(QStringLiteral("workspaceCombo"));
    QVERIFY(workspaces->toolTip().contains(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W).toString(QKeySequence::NativeText)));
    auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav && nav->count() == 6);
    for (int i = 0; i < nav->count(); ++i)
        QVERIFY(nav->item(i)->toolTip().endsWith(QStringLiteral("(%1)").arg(
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)).toString(QKeySequence::NativeText))));
}

void TestNavigation::cabModeShortcut()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    ui::CabWindow *cab = m_window->cabWindow();
    QVERIFY(cab);
    QTRY_VERIFY(cab->isVisible());
    QVERIFY(cab->isFullScreen() || cab->windowState().testFlag(Qt::WindowFullScreen));
    QTest::keyClick(cab, Qt::Key_Escape);
    QTRY_VERIFY(m_window->cabWindow() == nullptr); // closed and deleted
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_window->cabWindow() && m_window->cabWindow()->isVisible());
    m_window->cabWindow()->close();
    QTRY_VERIFY(m_window->cabWindow() == nullptr);
}

void TestNavigation::statusBarSaysWhereAndWho()
{
    QVERIFY(m_window->checkReachability());
    const QString reach =
        m_window->findChild<QLabel *>(QStringLiteral("reachabilityLabel"))->text();
    QVERIFY2(reach.contains(QStringLiteral("Connected")), qPrintable(reach));
    const QString db = m_window->findChild<QLabel *>(QStringLiteral("databaseLabel"))->text();
    QVERIFY2(db.contains(m_db.backendName()) && db.contains(m_db.shortName()), qPrintable(db));
    const QString user = m_window->findChild<QLabel *>(QStringLiteral("userLabel"))->text();
    QVERIFY(user.contains(label(Role::Owner)));
}

void TestNavigation::refreshesWhenAnotherConnectionCommits()
{
    ui::ChangeListView *list = m_window->changeList();
    const int before = list->totalCount();
    if (m_session->isRemote()) {
        // Through a team server: another member's workstation on the same server; the server
        // pushes the new change to this window (no polling there).
        auto otherWorkstation =
            m_db.otherWorkstation(QStringLiteral("tom.becker"), QStringLiteral("demo"));
        QVERIFY(otherWorkstation);
        ChangeDraft d;
        d.title = QStringLiteral("Made on another workstation");
        VERIFY_OK(otherWorkstation->client().createChange(d));
        QTRY_COMPARE_WITH_TIMEOUT(list->totalCount(), before + 1, 15000);
        return;
    }
    // Another workstation: on a server, the demo's people are written by the database owner.
    auto other = Store::open(m_db.ownerLocation(), Store::OpenMode::ExistingOnly);
    QVERIFY(other.ok());
    SystemClock clock;
    {
        Vigilo core(**other, clock);
        auto who = core.workspaces().signIn(QStringLiteral("demo"), QStringLiteral("tom.becker"));
        QVERIFY(who.ok());
        ChangeDraft d;
        d.title = QStringLiteral("Made on another workstation");
        QVERIFY(core.changes().create(*who, d).ok());
    }
    m_session->watcher()->poll(); // the timer does it every half second
    QTRY_COMPARE(list->totalCount(), before + 1);
}

void TestNavigation::remembersColumnsAndPage()
{
    QHeaderView *header = m_window->changeList()->table()->horizontalHeader();
    header->setSectionHidden(ui::ChangeListModel::Type, true);
    header->moveSection(ui::ChangeListModel::Assignee, 1);
    header->resizeSection(ui::ChangeListModel::Priority, 177);
    m_window->showPage(Page::Assets);
    m_window->close();

    MainWindow second(*m_session);
    QVERIFY(second.openWorkspace());
    QHeaderView *restored = second.changeList()->table()->horizontalHeader();
    QVERIFY(restored->isSectionHidden(ui::ChangeListModel::Type));
    QCOMPARE(restored->visualIndex(ui::ChangeListModel::Assignee), 1);
    QCOMPARE(restored->sectionSize(ui::ChangeListModel::Priority), 177);
    QCOMPARE(int(second.currentPage()), int(Page::Assets));
}

// The real ChangeListView (table shown, delegates, header) over 100,000 synthetic rows:
// prints what each step costs. A measurement, not a timed assertion.
void TestNavigation::benchmark100kChangeList()
{
    QList<ChangeSummary> rows;
    rows.reserve(100000);
    const QDateTime base = QDateTime::currentDateTimeUtc();
    const QStringList verbs = {QStringLiteral("Rotate certificate on"), QStringLiteral("Patch"),
                               QStringLiteral("Scale"), QStringLiteral("Upgrade firmware on"),
                               QStringLiteral("Failover drill for")};
    for (int i = 1; i <= 100000; ++i) {
        ChangeSummary c;
        c.id = i;
        c.number = i;
        c.title = QStringLiteral("%1 host-%2").arg(verbs.at(i % verbs.size())).arg(i % 977);
        c.status = ChangeStatus(i % 9);
        c.changeType = ChangeType(i % 3);
        c.priority = vigilo::Priority(i % 4);
        if (i % 5)
            c.riskLevel = RiskLevel(i % 3);
        c.plannedStart = base.addSecs(qint64(i % 5000) * 3600);
        c.plannedEnd = c.plannedStart.addSecs(7200);
        c.assignee = QStringLiteral("user%1").arg(i % 37);
        c.requester = QStringLiteral("user%1").arg(i % 41);
        rows << c;
    }
    ui::ChangeListView view;
    view.resize(1280, 720);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QElapsedTimer t;
    QList<std::pair<QString, qint64>> table;
    const auto step = [&](const QString &what, const std::function<void()> &f) {
        t.start();
        f();
        QCoreApplication::processEvents(); // include the repaint
        table << std::pair{what, t.elapsed()};
    };
    step(QStringLiteral("load 100k rows (reset + sort by number)"), [&] { view.setChanges(rows); });
    step(QStringLiteral("reload 100k rows keeping the selection"), [&] {
        view.table()->setCurrentIndex(view.table()->model()->index(50, 0));
        view.setChanges(rows);
    });
    step(QStringLiteral("sort by title"),
         [&] { view.table()->sortByColumn(ui::ChangeListModel::Title, Qt::AscendingOrder); });
    step(QStringLiteral("sort by planned start"), [&] {
        view.table()->sortByColumn(ui::ChangeListModel::PlannedStart, Qt::AscendingOrder);
    });
    step(QStringLiteral("sort by status"),
         [&] { view.table()->sortByColumn(ui::ChangeListModel::Status, Qt::DescendingOrder); });
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    qint64 worstKey = 0;
    step(QStringLiteral("type \"host-12\" (7 keystrokes, none filters)"), [&] {
        QElapsedTimer key;
        for (QChar ch : QStringLiteral("host-12")) {
            key.start();
            QTest::keyClick(search, ch.toLatin1());
            worstKey = qMax(worstKey, key.elapsed());
        }
    });
    table << std::pair{QStringLiteral("  slowest single keystroke"), worstKey};
    step(QStringLiteral("the one debounced filter pass"),
         [&] { QTRY_VERIFY(view.visibleCount() < view.totalCount()); });
    auto *status = view.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    step(QStringLiteral("status filter"), [&] { status->setCurrentIndex(2); });
    step(QStringLiteral("clear filters"), [&] { view.clearFilters(); });
    QCOMPARE(view.visibleCount(), 100000);
    qInfo("100,000-change list (Qt %s, this machine):", qVersion());
    for (const auto &[what, ms] : std::as_const(table))
        qInfo("  %-48s %6lld ms", qPrintable(what), ms);
}

QTEST_MAIN(TestNavigation)
#include "tst_gui_navigation.moc"
