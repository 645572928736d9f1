#include "MainWindow.h"
#include "Shortcuts.h"

#include "MessagePage.h"
#include "Session.h"
#include "admin/AdministrationWindow.h"
#include "assets/AssetsPage.h"
#include "cab/CabWindow.h"
#include "calendar/CalendarPage.h"
#include "calendar/CalendarView.h"
#include "changes/ChangeListView.h"
#include "changes/EmptyWorkspaceHint.h"
#include "dashboard/DashboardPage.h"
#include "detail/ChangeDetailView.h"
#include "detail/DetailsTab.h"
#include "evidence/EvidenceExport.h"
#include "evidence/SigningKeyDialog.h"
#include "freeze/FreezeWindowsPage.h"
#include "newchange/NewChangeDialog.h"
#include "queue/ApprovalQueueModel.h"
#include "queue/ApprovalQueuePage.h"
#include "similar/SimilarChangesDialog.h"
#include "views/PersonalViewsPanel.h"
#include "webhooks/NotificationBar.h"
#include "widgets/Async.h"

#include "ChangeWatcher.h"
#include "Client.h"
#include "RemoteTransport.h"
#include "Store.h"
#include "Vigilo.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace vigilo::ui {

namespace {
const QString kSettingsGroup = QStringLiteral("MainWindow");
constexpr int kPageCount = 6;
} // namespace

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_message(new MessagePage(m_stack))
    , m_reachTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Vigilo"));
    m_stale = QList<bool>(kPageCount, true);
    createPages();
    m_stack->addWidget(m_workspaceUi);
    m_stack->addWidget(m_message);
    // The notification bar (hidden until a notification comes) above the pages.
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_notificationBar = new NotificationBar(central);
    column->addWidget(m_notificationBar);
    column->addWidget(m_stack, 1);
    setCentralWidget(central);

    createActions();
    createEvidenceActions();
    setupChangeList();
    createMenus();
    createToolBar();
    createStatusBar();
    restoreSettings();

    connect(m_message, &MessagePage::demoRequested, this, &MainWindow::createDemo);
    // Another workstation committed: what this window shows may be out of date. On a team
    // server, the server pushes event.change for the workspaces this connection follows.
    if (ChangeWatcher *watcher = m_session.watcher())
        connect(watcher, &ChangeWatcher::changed, this, &MainWindow::onExternalChange);
    if (client::RemoteTransport *remote = m_session.remoteTransport())
        connect(remote, &client::RemoteTransport::notification, this,
                [this](const QString &method, const QJsonObject &params) {
                    if (method == QLatin1String("event.change") && m_actor
                        && params.value(QStringLiteral("workspace")).toString()
                               == m_actor->workspace.slug)
                        onServerChange(
                            parseChangeNumber(params.value(QStringLiteral("number")).toString())
                                .value_or(0),
                            params.value(QStringLiteral("seq")).toInteger());
                });
    m_reachTimer->setObjectName(QStringLiteral("reachabilityTimer"));
    m_reachTimer->setInterval(kReachabilityIntervalMs);
    connect(m_reachTimer, &QTimer::timeout, this, &MainWindow::checkReachability);
    m_reachTimer->start();
    checkReachability();
}

MainWindow::~MainWindow()
{
    if (CabWindow *cab = cabWindow())
        delete cab;
}

void MainWindow::createPages()
{
    m_workspaceUi = new QWidget(m_stack);
    m_workspaceUi->setObjectName(QStringLiteral("workspaceUi"));
    auto *row = new QHBoxLayout(m_workspaceUi);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);

    m_nav = new QListWidget(m_workspaceUi);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setFocusPolicy(Qt::NoFocus);
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setAccessibleDescription(
        tr("Changes, approval queue, assets, freeze windows, dashboard and calendar"));
    const QStringList names = {tr("Changes"),        tr("Approval queue"), tr("Assets"),
                               tr("Freeze windows"), tr("Dashboard"),      tr("Calendar")};
    for (int i = 0; i < names.size(); ++i) {
        auto *item = new QListWidgetItem(names.at(i), m_nav);
        item->setToolTip(
            Shortcuts::hint(names.at(i), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))));
        item->setSizeHint(QSize(0, fontMetrics().height() + 20));
    }
    int navWidth = 0;
    for (const QString &n : names)
        navWidth = qMax(navWidth, fontMetrics().horizontalAdvance(n));
    m_nav->setFixedWidth(navWidth + 56);
    m_nav->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); border-right: 1px solid "
        "palette(mid); padding-top: 8px; outline: 0; }"
        "QListWidget#navigation::item { padding-left: 14px; border-left: 3px solid transparent; "
        "color: palette(window-text); }"
        "QListWidget#navigation::item:selected { background: palette(base); font-weight: 600; "
        "border-left: 3px solid palette(highlight); color: palette(window-text); }"
        "QListWidget#navigation::item:hover:!selected { background: palette(midlight); }"));
    row->addWidget(createNavigationColumn());

    m_pages = new QStackedWidget(m_workspaceUi);
    m_pages->setObjectName(QStringLiteral("pages"));
    row->addWidget(m_pages, 1);

    m_changeTabs = new QTabWidget(m_pages);
    m_changeTabs->setObjectName(QStringLiteral("changeTabs"));
    m_changeTabs->setAccessibleName(tr("Change list and open changes"));
    m_changeTabs->setDocumentMode(true);
    m_changeTabs->setTabsClosable(true);
    m_changeTabs->setMovable(true);
    m_changes = new ChangeListView(m_changeTabs);
    if (auto *filters = m_changes->findChild<QWidget *>(QStringLiteral("filterBar")))
        filters->setAccessibleName(tr("Filters"));
    for (const auto &[name, text] :
         {std::pair{"searchEdit", tr("Search changes")}, std::pair{"statusFilter", tr("Status")},
          std::pair{"typeFilter", tr("Type")}, std::pair{"priorityFilter", tr("Priority")},
          std::pair{"riskFilter", tr("Risk")}, std::pair{"assigneeFilter", tr("Assignee")}}) {
        QWidget *control = m_changes->findChild<QWidget *>(QLatin1String(name));
        if (control && control->accessibleName().isEmpty())
            control->setAccessibleName(text);
    }
    m_changeTabs->addTab(m_changes, tr("All changes"));
    // The list itself stays: no close button on its tab.
    m_changeTabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_changeTabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_changeTabs, &QTabWidget::tabCloseRequested, this,
            [this](int index) { closeChangeTab(index); });
    connect(m_changeTabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    m_pages->addWidget(m_changeTabs);
    // Every page asks through the client: the same page on a database and on a team server.
    m_queue = new ApprovalQueuePage(m_session.client(), m_pages);
    m_assets = new AssetsPage(m_session.client(), m_pages);
    m_freeze = new FreezeWindowsPage(m_session.client(), m_session.clock(), m_pages);
    m_pages->addWidget(m_queue);
    m_pages->addWidget(m_assets);
    m_pages->addWidget(m_freeze);
    m_dashboard = new DashboardPage(m_session.client(), m_session.clock(), m_pages);
    m_pages->addWidget(m_dashboard);
    m_calendar = new CalendarPage(m_session.client(), m_session.clock(), m_pages);
    m_pages->addWidget(m_calendar);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(Page(row));
    });
    connect(m_changes, &ChangeListView::changeActivated, this,
            [this](int number) { openChange(number); });
    connect(m_changes->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateActions);
    connect(m_queue, &ApprovalQueuePage::changeActivated, this, [this](int number) {
        showPage(Page::Changes);
        openChange(number);
    });
    connect(m_queue, &ApprovalQueuePage::changesApproved, this, [this] {
        m_stale.fill(true);
        m_stale[int(Page::ApprovalQueue)] = false;
        reloadOpenChanges();
    });
    connect(m_dashboard, &DashboardPage::changeActivated, this, [this](int number) {
        showPage(Page::Changes);
        openChange(number);
    });
    connect(m_calendar, &CalendarPage::changeActivated, this, [this](int number) {
        showPage(Page::Changes);
        openChange(number);
    });
    connect(m_calendar, &CalendarPage::changeModified, this, [this] {
        m_stale.fill(true);
        m_stale[int(Page::Calendar)] = false;
        reloadOpenChanges();
        if (CabWindow *cab = cabWindow())
            cab->reload();
    });
}

// After this window changed something itself (the calendar moved a change, CAB mode decided):
// the list and every open change tab show the new state (the watcher reports only other
// connections' commits).
void MainWindow::reloadOpenChanges()
{
    reloadChanges();
    for (int i = 1; i < m_changeTabs->count(); ++i)
        if (auto *detail = qobject_cast<ChangeDetailView *>(m_changeTabs->widget(i)))
            detail->reload();
}

void MainWindow::showPage(Page page)
{
    const int index = int(page);
    if (m_nav->currentRow() != index) {
        const QSignalBlocker block(m_nav);
        m_nav->setCurrentRow(index);
    }
    m_pages->setCurrentIndex(index);
    if (m_stale.at(index))
        reloadPage(page);
    updateActions();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

bool MainWindow::openWorkspace(const QString &slug)
{
    const QString user = m_session.user();
    auto list = m_session.isRemote() ? m_session.client().workspaces()
                                     : m_session.core().workspaces().workspacesOf(user);
    if (!list.ok()) {
        showMessage(tr("The database cannot be read"), list.error().message.toHtmlEscaped(), false);
        return false;
    }
    {
        const QSignalBlocker block(m_workspaces);
        m_workspaces->clear();
        for (const Workspace &w : list.value())
            m_workspaces->addItem(tr("%1 (%2)").arg(w.name, w.slug), w.slug);
        m_workspaces->setCurrentIndex(-1);
    }
    if (list->isEmpty()) {
        // The same database and user for the commands we suggest.
        const QString db = m_session.location();
        QString options;
        if (db != Store::defaultLocation())
            options += QStringLiteral("--db \"%1\" ").arg(QDir::toNativeSeparators(db));
        // On a team server the signed-in account acts; --as names a user only on a file.
        if (!m_session.isRemote() && user != Session::defaultUser())
            options += QStringLiteral("--as %1 ").arg(user);
        showMessage(
            tr("No workspace yet"),
            tr("<p>You are signed in as <b>%1</b>, but you are not a member of any workspace in "
               "<i>%2</i>.</p>"
               "<p>Create one from a terminal (you become its owner):</p>"
               "<p style=\"margin-left:16px\"><code>vigilo-cli %3workspace create SLUG "
               "--name \"NAME\"</code></p>"
               "<p>or start with a realistic demo workspace:</p>"
               "<p style=\"margin-left:16px\"><code>vigilo %3--demo</code></p>"
               "<p>or use the button below. Someone who owns a workspace can also add you with "
               "<code>vigilo-cli member add %1 --role engineer</code>.</p>")
                .arg(user.toHtmlEscaped(), QDir::toNativeSeparators(db).toHtmlEscaped(),
                     options.toHtmlEscaped()),
            true);
        return false;
    }
    QString target = slug;
    if (target.isEmpty()) {
        QSettings settings;
        target = settings.value(kSettingsGroup + QStringLiteral("/workspace")).toString();
        if (m_workspaces->findData(target) < 0)
            target = m_workspaces->itemData(0).toString();
    }
    const int index = m_workspaces->findData(target);
    if (index < 0) {
        auto refused = actorFor(target, true).result();
        showMessage(tr("Workspace “%1” is not available").arg(target),
                    (refused.ok() ? QString() : refused.error().message).toHtmlEscaped()
                        + tr("<p>Pick one of your workspaces in the toolbar.</p>"),
                    false);
        return false;
    }
    {
        const QSignalBlocker block(m_workspaces);
        m_workspaces->setCurrentIndex(index);
    }
    signIn(target);
    return m_actor.has_value();
}

void MainWindow::signIn(const QString &slug)
{
    ++m_switchRequest; // a switch still waiting is overtaken
    endSwitching();
    auto actor = actorFor(slug, true).result();
    if (!actor.ok()) {
        m_actor.reset();
        showMessage(tr("Workspace “%1” cannot be opened").arg(slug),
                    actor.error().message.toHtmlEscaped(), false);
        return;
    }
    applyActor(*actor);
}

QFuture<Result<Actor>> MainWindow::actorFor(const QString &slug, bool wait)
{
    // A database answers at once, with the core's actor (the ids its calls need).
    if (!m_session.isRemote())
        return QtFuture::makeReadyFuture(
            m_session.core().workspaces().signIn(slug, m_session.user()));
    // A team server in one request (workspace.open).
    if (wait)
        return QtFuture::makeReadyFuture(m_session.client().openWorkspace(slug));
    return m_session.client().openWorkspaceAsync(slug);
}

void MainWindow::switchWorkspace(const QString &slug)
{
    if (m_actor && m_actor->workspace.slug == slug && m_switchingTo.isEmpty())
        return;
    const quint64 request = ++m_switchRequest;
    m_switchingTo = slug;
    m_workspaces->setEnabled(false);
    m_switchWorkspace->setEnabled(false);
    const int index = m_workspaces->findData(slug);
    statusBar()->showMessage(
        tr("Opening the workspace %1…").arg(index >= 0 ? m_workspaces->itemText(index) : slug));
    onResult(actorFor(slug, false), this, [this, request, slug](const Result<Actor> &actor) {
        if (request != m_switchRequest)
            return; // a later choice (or openWorkspace) overtook it
        endSwitching();
        statusBar()->clearMessage();
        if (actor.ok()) {
            applyActor(*actor);
            return;
        }
        const QString title = tr("Workspace “%1” cannot be opened").arg(slug);
        if (!m_actor) { // nothing open before: the window says why
            showMessage(title, actor.error().message.toHtmlEscaped(), false);
            return;
        }
        // The current workspace stays, and so does the toolbar's choice.
        {
            const QSignalBlocker block(m_workspaces);
            m_workspaces->setCurrentIndex(m_workspaces->findData(m_actor->workspace.slug));
        }
        auto *box = new QMessageBox(QMessageBox::Warning, title, actor.error().message,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("workspaceRefusedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::endSwitching()
{
    m_switchingTo.clear();
    m_workspaces->setEnabled(true);
    m_switchWorkspace->setEnabled(true);
}

void MainWindow::applyActor(const Actor &actor)
{
    const QString slug = actor.workspace.slug;
    m_actor = actor;
    // Open changes belong to the workspace we leave.
    while (m_changeTabs->count() > 1)
        closeChangeTab(m_changeTabs->count() - 1, false);
    m_changes->clearFilters();
    // Every page and the list's live updates ask through the client, on a database as on a
    // server.
    m_session.client().setWorkspace(slug);
    if (m_assets)
        m_assets->setActor(m_actor);
    m_queue->setActor(m_actor);
    m_freeze->setActor(m_actor);
    m_dashboard->setActor(m_actor);
    m_calendar->setActor(m_actor);
    m_views->setActor(m_actor);
    m_changes->emptyHint()->setActor(*m_actor);
    loadFollowed();
    // Where the list starts: later events from other workstations update their rows only.
    m_seenSeq = -1;
    if (m_session.watcher())
        onResult(m_session.client().auditLogAsync(1), this,
                 [this, slug](const Result<QList<AuditEvent>> &latest) {
                     if (m_actor && m_actor->workspace.slug == slug && latest.ok())
                         m_seenSeq = latest->isEmpty() ? 0 : latest->first().seq;
                 });
    if (m_session.isRemote()) {
        // The server pushes event.change for this workspace from now on.
        m_session.client().callAsync(QStringLiteral("events.subscribe"));
    }
    if (m_admin)
        m_admin->setActor(*m_actor);
    // The platform appends the application's display name ("… — Vigilo").
    setWindowTitle(m_actor->workspace.name);
    m_stack->setCurrentWidget(m_workspaceUi);
    QSettings().setValue(kSettingsGroup + QStringLiteral("/workspace"), slug);
    m_stale.fill(true);
    reloadChanges();
    // After the load started: the list says "loading" until the answer, no hint.
    m_changes->setEmptyHintAllowed(!m_views->isActive());
    const Page page = currentPage();
    if (page != Page::Changes)
        reloadPage(page);
    updateStatusBar();
}

void MainWindow::reload()
{
    updateStatusBar();
    if (!m_actor)
        return;
    m_stale.fill(true);
    m_views->reloadFilters();
    reloadChanges();
    if (currentPage() != Page::Changes)
        reloadPage(currentPage());
    for (int i = 1; i < m_changeTabs->count(); ++i)
        if (auto *detail = qobject_cast<ChangeDetailView *>(m_changeTabs->widget(i)))
            detail->reload();
    if (CabWindow *cab = cabWindow())
        cab->reload();
}

void MainWindow::reloadPage(Page page)
{
    if (!m_actor)
        return;
    m_stale[int(page)] = false;
    QString problem;
    switch (page) {
    case Page::Changes: reloadChanges(); return;
    case Page::ApprovalQueue: problem = m_queue->reload(); break;
    case Page::Assets: problem = m_assets->reload(); break;
    case Page::FreezeWindows: problem = m_freeze->reload(); break;
    case Page::Dashboard: problem = m_dashboard->reload(); break;
    case Page::Calendar: problem = m_calendar->reload(); break;
    }
    if (!problem.isEmpty())
        statusBar()->showMessage(problem, 10000);
}

void MainWindow::onExternalChange(qint64 workspaceId, int number)
{
    if (!m_actor)
        return;
    if (workspaceId > 0 && workspaceId != m_actor->workspace.id)
        return; // another workspace's change
    if (number > 0)
        refreshChangeRow(number);
    else if (m_views->isActive())
        reloadChanges(); // a personal view is read whole
    else
        refreshFromAudit(); // SQLite cannot say which change: the audit trail can
    followOnOtherPages();
    // Open detail views and CAB mode follow the watcher themselves.
    statusBar()->showMessage(tr("Updated: another workstation saved changes."), 5000);
}

void MainWindow::followOnOtherPages()
{
    m_stale.fill(true);
    if (currentPage() == Page::Dashboard && m_dashboard) {
        m_dashboard->scheduleReload(); // recomputing every figure on each commit is too much
        m_stale[int(Page::Dashboard)] = false;
    } else if (currentPage() != Page::Changes) {
        reloadPage(currentPage());
    }
}

ChangeDetailView *MainWindow::openChange(int number)
{
    if (!m_actor || number <= 0)
        return nullptr;
    if (currentPage() != Page::Changes)
        showPage(Page::Changes);
    for (int i = 1; i < m_changeTabs->count(); ++i) {
        auto *detail = qobject_cast<ChangeDetailView *>(m_changeTabs->widget(i));
        if (detail && detail->number() == number) {
            m_changeTabs->setCurrentIndex(i);
            return detail;
        }
    }
    QString title;
    if (!m_session.isRemote()) {
        // On a server the view's one request says whether the change can be shown.
        auto change = m_session.core().changes().get(*m_actor, number);
        if (!change.ok()) {
            QMessageBox::warning(this, tr("Change cannot be shown"), change.error().message);
            return nullptr;
        }
        title = change->title;
    }
    auto *detail = new ChangeDetailView(m_session, *m_actor, number, m_changeTabs);
    const int index = m_changeTabs->addTab(detail, formatChangeNumber(number));
    m_changeTabs->setTabToolTip(index, title);
    QPointer<ChangeDetailView> guard(detail);
    connect(detail, &ChangeDetailView::changeModified, this, [this](int changed) {
        m_stale.fill(true);
        // On a team server the write's event (event.change) reaches this window too and reads
        // the row, the other pages and the CAB window once (onServerChange, CabWindow).
        if (m_session.isRemote())
            return;
        refreshChangeRow(changed);
        if (CabWindow *cab = cabWindow())
            cab->reload();
    });
    connect(detail, &ChangeDetailView::closeRequested, this, [this, guard] {
        if (guard)
            closeChangeTab(m_changeTabs->indexOf(guard));
    });
    connect(detail, &ChangeDetailView::exportPackRequested, this,
            [this](int n) { exportEvidencePack(n); });
    m_changeTabs->setCurrentIndex(index);
    return detail;
}

ChangeDetailView *MainWindow::currentDetail() const
{
    return qobject_cast<ChangeDetailView *>(m_changeTabs->currentWidget());
}

int MainWindow::currentChangeNumber() const
{
    if (currentPage() == Page::Changes) {
        if (ChangeDetailView *detail = currentDetail())
            return detail->number();
        return m_changes->currentNumber();
    }
    if (currentPage() == Page::ApprovalQueue && m_queue) {
        const QModelIndex index = m_queue->table()->currentIndex();
        return index.isValid() ? index.data(ApprovalQueueModel::NumberRole).toInt() : 0;
    }
    if (currentPage() == Page::Calendar)
        return m_calendar->view()->selectedNumber();
    return 0;
}

bool MainWindow::closeChangeTab(int index, bool ask)
{
    if (index <= 0 || index >= m_changeTabs->count())
        return false; // the list stays
    QWidget *page = m_changeTabs->widget(index);
    auto *detail = qobject_cast<ChangeDetailView *>(page);
    if (ask && detail && detail->detailsTab() && detail->detailsTab()->isDirty()) {
        // Closing the tab must not throw work away unasked.
        m_changeTabs->setCurrentIndex(index);
        QMessageBox box(QMessageBox::Question, tr("Unsaved edits"),
                        tr("%1 has unsaved edits on the Details tab. Save them before the tab "
                           "closes?")
                            .arg(formatChangeNumber(detail->number())),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedTabBox"));
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            // The tab closes once the edits are saved (at once on a database, when the server
            // answers on a team server); a refusal keeps the edits and the tab.
            auto closed = std::make_shared<bool>(false);
            QPointer<ChangeDetailView> guard(detail);
            detail->detailsTab()->save([this, guard, closed](const ChangeRequest *saved) {
                if (saved && guard)
                    *closed = closeChangeTab(m_changeTabs->indexOf(guard), false);
            });
            return *closed;
        }
    }
    m_changeTabs->removeTab(index);
    page->deleteLater();
    if (m_changeTabs->currentIndex() == 0)
        m_changes->table()->setFocus();
    return true;
}

void MainWindow::newChange()
{
    if (!m_actor)
        return;
    NewChangeDialog dialog(m_session, *m_actor, this);
    if (dialog.exec() != QDialog::Accepted || dialog.createdNumber() <= 0)
        return;
    m_stale.fill(true);
    reloadChanges();
    openChange(dialog.createdNumber());
    statusBar()->showMessage(
        tr("%1 created as a draft.").arg(formatChangeNumber(dialog.createdNumber())), 8000);
}

void MainWindow::suggestSimilar()
{
    if (!m_actor)
        return;
    const int number = currentChangeNumber();
    if (number <= 0) {
        QMessageBox::information(this, tr("Suggest similar"),
                                 tr("Select a change in the list (or open one) first: Vigilo "
                                    "looks for changes with the same assets or a similar title."));
        return;
    }
    m_session.client().setWorkspace(m_actor->workspace.slug);
    SimilarChangesDialog dialog(m_session.client(), number, this);
    connect(&dialog, &SimilarChangesDialog::openRequested, this, [this, &dialog](int other) {
        dialog.accept();
        openChange(other);
    });
    dialog.exec();
}

CabWindow *MainWindow::cabWindow() const
{
    return findChild<CabWindow *>(QString(), Qt::FindDirectChildrenOnly);
}

void MainWindow::bringToFront()
{
    QWidget *front = this;
    if (CabWindow *cab = cabWindow(); cab && cab->isVisible())
        front = cab;
    if (front->isMinimized())
        front->setWindowState(front->windowState() & ~Qt::WindowMinimized);
    front->show();
    front->raise();
    front->activateWindow();
}

CabWindow *MainWindow::enterCabMode()
{
    if (!m_actor)
        return nullptr;
    CabWindow *cab = cabWindow();
    if (!cab) {
        cab = new CabWindow(m_session, *m_actor, this);
        cab->setAttribute(Qt::WA_DeleteOnClose);
        connect(cab, &CabWindow::decided, this, [this] {
            m_stale.fill(true);
            reloadOpenChanges();
        });
    }
    cab->showFullScreen();
    cab->raise();
    cab->activateWindow();
    return cab;
}

bool MainWindow::isShowingChanges() const
{
    return m_stack->currentWidget() == m_workspaceUi && currentPage() == Page::Changes;
}

void MainWindow::showMessage(const QString &title, const QString &body, bool offerDemo)
{
    m_actor.reset();
    m_message->setMessage(title, body, offerDemo);
    m_stack->setCurrentWidget(m_message);
    setWindowTitle(tr("Vigilo"));
    updateStatusBar();
}

void MainWindow::createDemo()
{
    // Through the Client: a database in this process builds it before the call returns; a team
    // server builds it when its operator allows demos and otherwise says why not.
    m_message->setDemoBusy(true);
    onResult(m_session.client().buildDemoAsync(), this,
             [this](const Result<client::DemoSummary> &built) {
                 m_message->setDemoBusy(false);
                 // An existing "demo" is opened as before (or its refusal shown).
                 if (!built.ok() && built.error().code != QLatin1String("workspace_exists")) {
                     QMessageBox::warning(this, tr("The demo workspace cannot be created"),
                                          built.error().message);
                     return;
                 }
                 openWorkspace(QStringLiteral("demo"));
             });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (CabWindow *cab = cabWindow())
        cab->close();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("page"), int(currentPage()));
    settings.setValue(QStringLiteral("changeColumns"), m_changes->headerState());
    if (m_queue) {
        settings.setValue(QStringLiteral("queueColumns"), m_queue->headerState());
        settings.setValue(QStringLiteral("assetColumns"), m_assets->headerState());
        settings.setValue(QStringLiteral("freezeColumns"), m_freeze->headerState());
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1360, 800);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_changes->restoreHeaderState(settings.value(QStringLiteral("changeColumns")).toByteArray());
    if (m_queue) {
        m_queue->restoreHeaderState(settings.value(QStringLiteral("queueColumns")).toByteArray());
        m_assets->restoreHeaderState(settings.value(QStringLiteral("assetColumns")).toByteArray());
        m_freeze->restoreHeaderState(settings.value(QStringLiteral("freezeColumns")).toByteArray());
    }
    const int page = settings.value(QStringLiteral("page"), 0).toInt();
    showPage(Page(qBound(0, page, kPageCount - 1)));
}

void MainWindow::onServerChange(int number, qint64 seq)
{
    if (!m_actor)
        return;
    refreshChangeRow(number);
    followOnOtherPages();
    for (int i = 1; i < m_changeTabs->count(); ++i)
        if (auto *detail = qobject_cast<ChangeDetailView *>(m_changeTabs->widget(i));
            detail && (number <= 0 || detail->number() == number))
            detail->followServer(number <= 0 ? 0 : seq);
}

} // namespace vigilo::ui
