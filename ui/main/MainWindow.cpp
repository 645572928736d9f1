#include "MainWindow.h"

#include "MessagePage.h"
#include "Session.h"
#include "changes/ChangeListView.h"
#include "detail/ChangeDetailsDialog.h"

#include "Store.h"
#include "Vigilo.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace vigilo::ui {

namespace {
const QString kSettingsGroup = QStringLiteral("MainWindow");
}

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_changes(new ChangeListView(m_stack))
    , m_message(new MessagePage(m_stack)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Vigilo"));
    m_stack->addWidget(m_changes);
    m_stack->addWidget(m_message);
    setCentralWidget(m_stack);

    createActions();
    createToolBar();
    createStatusBar();
    restoreSettings();

    connect(m_changes, &ChangeListView::changeActivated, this, &MainWindow::showDetails);
    connect(m_message, &MessagePage::demoRequested, this, &MainWindow::createDemo);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_refresh = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Reload the changes of this workspace"));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::reload);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_findAction = view->addAction(tr("&Find changes…"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_changes, &ChangeListView::focusSearch);
    m_clearFilters = view->addAction(tr("&Clear filters"));
    connect(m_clearFilters, &QAction::triggered, m_changes, &ChangeListView::clearFilters);
    view->addSeparator();
    view->addAction(m_refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Vigilo"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Vigilo"),
            tr("<h3>Vigilo %1</h3><p>Plan, approve, run and evidence IT changes: one record "
               "from intent to outcome.</p>")
                .arg(QStringLiteral(VIGILO_VERSION)));
    });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar() {
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *label = new QLabel(tr("Workspace:"), bar);
    label->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(label);
    m_workspaces = new QComboBox(bar);
    m_workspaces->setObjectName(QStringLiteral("workspaceCombo"));
    m_workspaces->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_workspaces->setMinimumContentsLength(18);
    m_workspaces->setToolTip(tr("The workspaces you are a member of"));
    bar->addWidget(m_workspaces);
    bar->addSeparator();
    bar->addAction(m_refresh);
    connect(m_workspaces, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) signIn(m_workspaces->itemData(index).toString());
    });
}

void MainWindow::createStatusBar() {
    m_dbLabel = new QLabel(statusBar());
    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_userLabel = new QLabel(statusBar());
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    updateStatusBar();
}

bool MainWindow::openWorkspace(const QString &slug) {
    const QString user = m_session.user();
    auto list = m_session.core().workspaces().workspacesOf(user);
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
        const QString db = m_session.store().location();
        QString options;
        if (db != Store::defaultLocation())
            options += QStringLiteral("--db \"%1\" ").arg(QDir::toNativeSeparators(db));
        if (user != Session::defaultUser()) options += QStringLiteral("--as %1 ").arg(user);
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
        if (m_workspaces->findData(target) < 0) target = m_workspaces->itemData(0).toString();
    }
    const int index = m_workspaces->findData(target);
    if (index < 0) {
        auto refused = m_session.core().workspaces().signIn(target, user);
        showMessage(tr("Workspace “%1” is not available").arg(target),
                    (refused.ok() ? QString() : refused.error().message).toHtmlEscaped() +
                        tr("<p>Pick one of your workspaces in the toolbar.</p>"),
                    false);
        return false;
    }
    m_workspaces->setCurrentIndex(index); // signs in
    return m_actor.has_value();
}

void MainWindow::signIn(const QString &slug) {
    auto actor = m_session.core().workspaces().signIn(slug, m_session.user());
    if (!actor.ok()) {
        m_actor.reset();
        showMessage(tr("Workspace “%1” cannot be opened").arg(slug),
                    actor.error().message.toHtmlEscaped(), false);
        return;
    }
    m_actor = actor.value();
    m_changes->clearFilters();
    // The platform appends the application's display name ("… — Vigilo").
    setWindowTitle(m_actor->workspace.name);
    m_stack->setCurrentWidget(m_changes);
    QSettings().setValue(kSettingsGroup + QStringLiteral("/workspace"), slug);
    reload();
}

void MainWindow::reload() {
    updateStatusBar();
    if (!m_actor) return;
    auto changes = m_session.core().changes().list(*m_actor);
    if (!changes.ok()) {
        statusBar()->showMessage(changes.error().message);
        QMessageBox::warning(this, tr("Changes cannot be loaded"), changes.error().message);
        return;
    }
    m_changes->setChanges(changes.value());
}

bool MainWindow::isShowingChanges() const {
    return m_stack->currentWidget() == m_changes;
}

void MainWindow::showMessage(const QString &title, const QString &body, bool offerDemo) {
    m_actor.reset();
    m_message->setMessage(title, body, offerDemo);
    m_stack->setCurrentWidget(m_message);
    setWindowTitle(tr("Vigilo"));
    updateStatusBar();
}

void MainWindow::showDetails(int number) {
    if (!m_actor || number <= 0) return;
    auto change = m_session.core().changes().get(*m_actor, number);
    if (!change.ok()) {
        QMessageBox::warning(this, tr("Change cannot be shown"), change.error().message);
        return;
    }
    auto *dialog = new ChangeDetailsDialog(change.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::createDemo() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto built = m_session.ensureDemo();
    QApplication::restoreOverrideCursor();
    if (!built.ok()) {
        QMessageBox::warning(this, tr("The demo workspace cannot be created"),
                             built.error().message);
        return;
    }
    openWorkspace(QStringLiteral("demo"));
}

void MainWindow::updateStatusBar() {
    m_refresh->setEnabled(m_actor.has_value());
    m_clearFilters->setEnabled(m_actor.has_value());
    m_findAction->setEnabled(m_actor.has_value());
    const Store &store = m_session.store();
    const QString where = QDir::toNativeSeparators(store.location());
    if (store.onNetworkFilesystem()) {
        m_dbLabel->setText(
            tr("%1 database on a network share: %2").arg(store.backendName(), where));
        m_dbLabel->setToolTip(tr("This SQLite file is on a network filesystem. Sharing it is "
                                 "safe (rollback journal), but a busy team is better served by "
                                 "PostgreSQL."));
    } else {
        m_dbLabel->setText(tr("%1 database: %2").arg(store.backendName(), where));
        m_dbLabel->setToolTip(where);
    }
    if (m_actor) {
        const Member &me = m_actor->member;
        const QString name = me.displayName.isEmpty() ? me.username : me.displayName;
        m_userLabel->setText(tr("Signed in as %1 · %2").arg(name, label(me.role)));
        m_userLabel->setToolTip(tr("%1 in workspace %2").arg(me.username, m_actor->workspace.slug));
    } else {
        m_userLabel->setText(tr("Signed in as %1 · no workspace").arg(m_session.user()));
        m_userLabel->setToolTip({});
    }
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("changeColumns"), m_changes->headerState());
}

void MainWindow::restoreSettings() {
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1280, 760);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_changes->restoreHeaderState(settings.value(QStringLiteral("changeColumns")).toByteArray());
}

} // namespace vigilo::ui
