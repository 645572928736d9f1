// MainWindow: actions, menus, toolbar and status bar.

#include "MainWindow.h"
#include "Shortcuts.h"

#include "Appearance.h"
#include "Session.h"
#include "cab/CabWindow.h"
#include "changes/ChangeListView.h"
#include "detail/ChangeDetailView.h"
#include "webhooks/NotificationBar.h"
#include "webhooks/WebhookPump.h"
#include "webhooks/WebhooksDialog.h"
#include "widgets/Async.h"
#include "widgets/ElidingLabel.h"

#include "Client.h"
#include "RemoteTransport.h"
#include "Store.h"
#include "Vigilo.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

#include "VigiloBuildInfo.h"
#include "connection/ServerLogin.h"
#include "connection/TeamServerMenu.h"
#include "firstrun/OpenDatabase.h"

namespace vigilo::ui {

void MainWindow::createActions()
{
    m_newChange = new QAction(tr("&New change…"), this);
    m_newChange->setObjectName(QStringLiteral("newChangeAction"));
    m_newChange->setShortcut(QKeySequence::New);
    m_newChange->setToolTip(Shortcuts::hint(tr("Plan a new change"), m_newChange->shortcut()));
    connect(m_newChange, &QAction::triggered, this, &MainWindow::newChange);

    m_switchWorkspace = new QAction(tr("&Switch workspace…"), this);
    m_switchWorkspace->setObjectName(QStringLiteral("switchWorkspaceAction"));
    m_switchWorkspace->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
    connect(m_switchWorkspace, &QAction::triggered, this, [this] {
        m_workspaces->setFocus(Qt::ShortcutFocusReason);
        m_workspaces->showPopup();
    });

    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(
        Shortcuts::hint(tr("Read this workspace again from the database"), m_refresh->shortcut()));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::reload);

    m_findAction = new QAction(tr("F&ind changes…"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showPage(Page::Changes);
        m_changeTabs->setCurrentIndex(0);
        m_changes->focusSearch();
    });
    m_clearFilters = new QAction(tr("Clea&r filters"), this);
    connect(m_clearFilters, &QAction::triggered, m_changes, &ChangeListView::clearFilters);

    const QStringList pageNames = {tr("&Changes"),        tr("&Approval queue"), tr("A&ssets"),
                                   tr("&Freeze windows"), tr("&Dashboard"),      tr("Ca&lendar")};
    for (int i = 0; i < pageNames.size(); ++i) {
        auto *action = new QAction(pageNames.at(i), this);
        action->setObjectName(QStringLiteral("pageAction%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
        m_pageActions << action;
    }

    m_cab = new QAction(tr("CA&B mode"), this);
    m_cab->setObjectName(QStringLiteral("cabModeAction"));
    m_cab->setShortcuts(Shortcuts::cabMode());
    m_cab->setToolTip(
        Shortcuts::hint(tr("The CAB meeting on the projector, full screen"), m_cab->shortcuts()));
    connect(m_cab, &QAction::triggered, this, [this] { enterCabMode(); });

    // F11 from anywhere: whichever widget has focus (a detail view, a table, a text field), in
    // this window or in CAB mode.
    m_fullScreen = new QAction(tr("F&ull screen"), this);
    m_fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    m_fullScreen->setShortcut(Shortcuts::fullScreen());
    m_fullScreen->setShortcutContext(Qt::ApplicationShortcut);
    m_fullScreen->setToolTip(
        Shortcuts::hint(tr("Full screen on and off"), m_fullScreen->shortcut()));
    connect(m_fullScreen, &QAction::triggered, this, [this] {
        QWidget *target = this;
        if (CabWindow *cab = cabWindow(); cab && cab->isActiveWindow())
            target = cab;
        Shortcuts::toggleFullScreen(target);
    });
    addAction(m_fullScreen);

    m_similar = new QAction(tr("Suggest &similar…"), this);
    m_similar->setObjectName(QStringLiteral("suggestSimilarAction"));
    m_similar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_similar->setToolTip(
        Shortcuts::hint(tr("Changes with the same assets or a similar title, and how they ended"),
                        m_similar->shortcut()));
    connect(m_similar, &QAction::triggered, this, &MainWindow::suggestSimilar);

    m_openChange = new QAction(tr("&Open change"), this);
    m_openChange->setObjectName(QStringLiteral("openChangeAction"));
    m_openChange->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(m_openChange, &QAction::triggered, this,
            [this] { openChange(m_changes->currentNumber()); });

    m_closeTab = new QAction(tr("Close &tab"), this);
    m_closeTab->setObjectName(QStringLiteral("closeChangeAction"));
    m_closeTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeTab, &QAction::triggered, this,
            [this] { closeChangeTab(m_changeTabs->currentIndex()); });
}

// Help ▸ Keyboard shortcuts, written from the actions' own shortcuts in the platform's form.
QString MainWindow::shortcutsTable() const
{
    using Shortcuts::nativeText;
    const auto keysOf = [](const QList<QKeySequence> &keys) {
        QStringList shown;
        for (const QKeySequence &k : keys)
            shown << nativeText(k);
        return shown.join(QStringLiteral(", "));
    };
    const QList<std::pair<QString, QString>> rows = {
        {nativeText(m_pageActions.first()->shortcut()) + QStringLiteral(" … ")
             + nativeText(m_pageActions.last()->shortcut()),
         tr("Changes, Approval queue, Assets, Freeze windows, Dashboard, Calendar")},
        {nativeText(m_newChange->shortcut()), tr("New change")},
        {nativeText(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)), tr("Open a database file")},
        {keysOf(
             {QKeySequence(QKeySequence::Print), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}),
         tr("Print the change list, print preview")},
        {nativeText(m_findAction->shortcut()), tr("Search the change list")},
        {nativeText(QKeySequence(Qt::Key_Return)), tr("Open the selected change")},
        {nativeText(m_closeTab->shortcut()), tr("Close the change tab")},
        {nativeText(m_similar->shortcut()), tr("Suggest similar changes")},
        {nativeText(m_refresh->shortcut()), tr("Refresh")},
        {keysOf(m_cab->shortcuts()), tr("CAB mode (Esc leaves)")},
        {nativeText(m_fullScreen->shortcut()), tr("Full screen on and off")},
    };
    QString html = QStringLiteral("<table cellpadding=3>");
    for (const auto &[keys, what] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newChange);
    file->addAction(m_switchWorkspace);
    // Webhooks: the dialog, and the background sender (on a database in this process; a team
    // server sends its own) + desktop notifications for followed assets and decisions due.
    auto *webhookPump = new WebhookPump(
        m_session, [this] { return m_actor; }, this);
    webhookPump->setObjectName(QStringLiteral("webhookPump"));
    connect(webhookPump, &WebhookPump::notified, m_notificationBar,
            &NotificationBar::showNotification);
    QAction *webhooks = new QAction(tr("&Webhooks…"), this);
    webhooks->setObjectName(QStringLiteral("webhooksAction"));
    webhooks->setToolTip(
        tr("Where this workspace's change events are posted, and the delivery log"));
    file->addAction(webhooks);
    // On a team server the server sends the deliveries; the window works through the client.
    connect(webhooks, &QAction::triggered, this, [this, webhookPump] {
        if (!m_actor)
            return;
        m_session.client().setWorkspace(m_actor->workspace.slug);
        WebhooksDialog dialog(m_session.client(), m_actor->workspace.name, webhookPump, this);
        dialog.exec();
    });
    addAdministrationAction(file);
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open database…"));
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    open->setToolTip(Shortcuts::hint(tr("Open a Vigilo database file"), open->shortcut()));
    connect(open, &QAction::triggered, this, [this] {
        const QString file = OpenDatabase::askForFile(this);
        if (!file.isEmpty())
            openDatabase(file);
    });
    QMenu *recent = file->addMenu(tr("Open r&ecent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
    fillRecentMenu(recent);
    QAction *server = file->addAction(tr("Connec&t to a PostgreSQL database (administrators)…"));
    server->setObjectName(QStringLiteral("connectServerAction"));
    connect(server, &QAction::triggered, this, [this] {
        if (connectToServer(this, m_session.user()))
            close(); // the new window on the server takes over
    });
    TeamServerMenu::addTo(file, this, m_session,
                          [this](const QString &location) { openDatabase(location); });
    file->addSeparator();
    file->addAction(m_openPack);
    file->addAction(m_exportSample);
    file->addSeparator();
    QAction *print = file->addAction(tr("&Print…"));
    print->setObjectName(QStringLiteral("printAction"));
    print->setShortcut(QKeySequence::Print);
    print->setToolTip(
        Shortcuts::hint(tr("Print the change list as filtered and sorted now"), print->shortcut()));
    connect(print, &QAction::triggered, this, [this] { printChanges(false); });
    QAction *preview = file->addAction(tr("Print pre&view…"));
    preview->setObjectName(QStringLiteral("printPreviewAction"));
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(preview, &QAction::triggered, this, [this] { printChanges(true); });
    connect(file, &QMenu::aboutToShow, this, [this, print, preview] {
        print->setEnabled(m_actor.has_value());
        preview->setEnabled(m_actor.has_value());
    });
    file->addSeparator();
    file->addAction(m_refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_pageActions);
    view->addSeparator();
    view->addAction(m_findAction);
    view->addAction(m_clearFilters);
    view->addSeparator();
    view->addAction(m_cab);
    view->addAction(m_fullScreen);
    view->addSeparator();
    // The language is read once at start (app/gui/main.cpp): the choice applies after a restart.
    QMenu *language = view->addMenu(tr("La&nguage"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(language);
    const QString chosen =
        QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    const QList<QPair<QString, QString>> choices = {
        {QStringLiteral("system"), tr("&System language")},
        {QStringLiteral("en"), QStringLiteral("&English")},
        {QStringLiteral("de"), QStringLiteral("&Deutsch")}};
    for (const auto &[code, name] : choices) {
        QAction *item = language->addAction(name);
        item->setObjectName(QStringLiteral("languageAction_") + code);
        item->setCheckable(true);
        item->setChecked(code == chosen);
        languages->addAction(item);
        connect(item, &QAction::triggered, this, [this, code = code] {
            QSettings settings;
            if (settings.value(QStringLiteral("ui/language"), QStringLiteral("system")).toString()
                == code)
                return;
            settings.setValue(QStringLiteral("ui/language"), code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The language changes when Vigilo starts the next time."));
        });
    }

    // Applies at once; the setting also applies at the next start (app/gui/main.cpp).
    QMenu *appearance = view->addMenu(tr("A&ppearance"));
    appearance->setObjectName(QStringLiteral("appearanceMenu"));
    auto *appearances = new QActionGroup(appearance);
    const Appearance current = savedAppearance();
    const QList<QPair<Appearance, QString>> looks = {{Appearance::System, tr("&System")},
                                                     {Appearance::Light, tr("&Light")},
                                                     {Appearance::Dark, tr("&Dark")}};
    for (const auto &[look, name] : looks) {
        QAction *item = appearance->addAction(name);
        item->setObjectName(QStringLiteral("appearanceAction_") + toString(look));
        item->setCheckable(true);
        item->setChecked(look == current);
        appearances->addAction(item);
        connect(item, &QAction::triggered, this, [look = look] {
            saveAppearance(look);
            applyAppearance(look);
        });
    }

    QMenu *change = menuBar()->addMenu(tr("&Change"));
    change->setObjectName(QStringLiteral("changeMenu"));
    connect(change, &QMenu::aboutToShow, this, [this, change] { fillChangeMenu(change); });
    fillChangeMenu(change);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    connect(shortcuts, &QAction::triggered, this,
            [this] { QMessageBox::information(this, tr("Keyboard shortcuts"), shortcutsTable()); });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Vigilo"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this,
            [this] { QMessageBox::about(this, tr("About Vigilo"), aboutText()); });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

// The Change menu offers what the core allows on the current change now; an action opens the
// change and hands over to its detail view, whose action bar asks for what the action needs.
void MainWindow::fillChangeMenu(QMenu *menu)
{
    menu->clear();
    menu->addAction(m_newChange);
    menu->addAction(m_openChange);
    menu->addAction(m_similar);
    menu->addAction(m_exportPack);
    menu->addAction(m_closeTab);
    const int number = currentChangeNumber();
    if (!m_actor || number <= 0)
        return;
    // What the core allows on it now (change.open without its conflicts and history): at once on
    // a database, when the answer comes on a team server (the menu may be open by then).
    QAction *reading = menu->addAction(tr("Reading %1…").arg(formatChangeNumber(number)));
    reading->setEnabled(false);
    const int asked = ++m_changeMenuRequest;
    onResult(m_session.client().callAsync(QStringLiteral("change.open"),
                                          {{QStringLiteral("number"), formatChangeNumber(number)},
                                           {QStringLiteral("with_conflicts"), false},
                                           {QStringLiteral("with_history"), false}}),
             menu, [this, menu, reading, asked, number](const Result<QJsonValue> &answer) {
                 if (asked != m_changeMenuRequest)
                     return; // the menu was filled again since
                 delete reading;
                 auto view = answer.ok() ? client::readChangeView(*answer)
                                         : Result<client::ChangeView>(answer.error());
                 addChangeActions(menu, number, view);
             });
}

void MainWindow::addChangeActions(QMenu *menu, int number, const Result<client::ChangeView> &view)
{
    if (!view.ok()) {
        // Say why there are no actions, rather than offering none.
        menu->addSection(formatChangeNumber(number));
        menu->addAction(view.error().message)->setEnabled(false);
        return;
    }
    const ChangeRequest &change = view->change;
    const QList<Action> &actions = view->availableActions;
    menu->addSection(tr("%1: %2").arg(change.numberText(), label(change.status)));
    if (actions.isEmpty()) {
        menu->addAction(tr("No action is available to you now"))->setEnabled(false);
        return;
    }
    // Each action gets a mnemonic: the first letter of its label no other entry uses yet. The
    // fixed entries' mnemonics are read from their (translated) texts: "Ä&hnliche vorschlagen"
    // takes h in German, not s.
    QString used;
    for (const QAction *fixed : {m_newChange, m_openChange, m_similar, m_exportPack, m_closeTab}) {
        const QString text = fixed->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp >= 0 && amp + 1 < text.size())
            used += text.at(amp + 1).toLower();
    }
    auto withMnemonic = [&used](QString text) {
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i).toLower();
            if (c.isLetter() && !used.contains(c)) {
                used += c;
                return text.insert(i, QLatin1Char('&'));
            }
        }
        return text;
    };
    for (Action a : actions) {
        QAction *item = menu->addAction(withMnemonic(tr("%1…").arg(label(a))));
        item->setObjectName(QStringLiteral("changeAction_") + toString(a));
        connect(item, &QAction::triggered, this, [this, number, a] {
            // The detail view runs it as its button does: its dialog, the core, the answer.
            if (ChangeDetailView *detail = openChange(number))
                detail->trigger(a);
        });
    }
}

QString MainWindow::aboutText()
{
    const QString build = QStringLiteral(VIGILO_GIT_DESCRIBE) == QLatin1String("unknown")
                              ? QStringLiteral(VIGILO_BUILD_TYPE)
                              : tr("%1, %2").arg(QStringLiteral(VIGILO_GIT_DESCRIBE),
                                                 QStringLiteral(VIGILO_BUILD_TYPE));
    return tr("<h3>Vigilo %1</h3><p>Plan, approve, run and evidence IT changes: one record "
              "from intent to outcome.</p>"
              "<p>Build: %2<br>Qt %3 (built with Qt %4)</p>"
              "<p>Licence: %5. Vigilo is free software: you may redistribute and modify it "
              "under the terms of the GNU General Public License, version 3 or later. It comes "
              "with no warranty.</p>")
        .arg(QStringLiteral(VIGILO_VERSION), build.toHtmlEscaped(), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), QStringLiteral(VIGILO_LICENSE));
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setAccessibleName(tr("Main toolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *label = new QLabel(tr("Workspace:"), bar);
    label->setContentsMargins(8, 0, 6, 0);
    bar->addWidget(label);
    m_workspaces = new QComboBox(bar);
    m_workspaces->setObjectName(QStringLiteral("workspaceCombo"));
    m_workspaces->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_workspaces->setMinimumContentsLength(18);
    m_workspaces->setToolTip(
        Shortcuts::hint(tr("The workspaces you are a member of"), m_switchWorkspace->shortcut()));
    m_workspaces->setAccessibleName(tr("Workspace"));
    bar->addWidget(m_workspaces);
    bar->addSeparator();
    bar->addAction(m_newChange);
    bar->addAction(m_similar);
    bar->addSeparator();
    bar->addAction(m_refresh);
    bar->addAction(m_cab);
    connect(m_workspaces, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            switchWorkspace(m_workspaces->itemData(index).toString());
    });
}

void MainWindow::createStatusBar()
{
    // A long path is shortened in its middle (the tooltip has it whole): it never widens the
    // window beyond a small screen.
    auto *dbLabel = new ElidingLabel(statusBar());
    dbLabel->setElideMode(Qt::ElideMiddle);
    m_dbLabel = dbLabel;
    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_reachLabel = new QLabel(statusBar());
    m_reachLabel->setObjectName(QStringLiteral("reachabilityLabel"));
    m_userLabel = new QLabel(statusBar());
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->setAccessibleName(tr("Status bar"));
    m_dbLabel->setAccessibleName(tr("Database"));
    m_reachLabel->setAccessibleName(tr("Database connection"));
    m_userLabel->setAccessibleName(tr("Signed in user"));
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_reachLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    updateStatusBar();
}

bool MainWindow::checkReachability()
{
    const bool reachable = m_session.isReachable();
    const QString color = reachable ? QStringLiteral("#1a7f37") : QStringLiteral("#cf222e");
    m_reachLabel->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                              .arg(color, reachable ? tr("Connected") : tr("Not reachable")));
    m_reachLabel->setToolTip(
        reachable ? tr("The database answered %1.").arg(QLocale().toString(QTime::currentTime()))
                  : tr("The database does not answer. Check that the file or server is "
                       "available; Vigilo retries every %n seconds.",
                       nullptr, kReachabilityIntervalMs / 1000));
    m_reachLabel->setProperty("reachable", reachable);
    return reachable;
}

void MainWindow::updateStatusBar()
{
    updateActions();
    if (!m_session.local()) {
        m_dbLabel->setText(tr("Team server: %1").arg(m_session.location()));
        m_dbLabel->setToolTip(tr("Signed in to the team server %1; it decides every rule.")
                                  .arg(m_session.location()));
    } else {
        const Store &store = m_session.store();
        const QString where = QDir::toNativeSeparators(store.location());
        if (store.onNetworkFilesystem()) {
            m_dbLabel->setText(
                tr("%1 database on a network file system (its locks depend on the file server): %2")
                    .arg(store.backendName(), where));
            m_dbLabel->setToolTip(
                tr("This SQLite file is on a network file system. SQLite relies on the file "
                   "server's locks there: if the server or a client breaks them, two writers can "
                   "corrupt the file. Vigilo uses the rollback journal (not WAL) and writes one "
                   "transaction at a time, which suits a few people; for more, use a team server "
                   "(PostgreSQL)."));
        } else {
            m_dbLabel->setText(tr("%1 database: %2").arg(store.backendName(), where));
            m_dbLabel->setToolTip(where);
        }
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

void MainWindow::updateActions()
{
    if (!m_refresh)
        return; // still building the window
    const bool signedIn = m_actor.has_value();
    for (QAction *a : {m_refresh, m_clearFilters, m_findAction, m_cab, m_similar, m_openChange})
        a->setEnabled(signedIn);
    m_newChange->setEnabled(signedIn && m_actor->can(Permission::ChangesCreate));
    m_closeTab->setEnabled(signedIn && m_changeTabs->currentIndex() > 0);
    for (int i = 0; i < m_pageActions.size(); ++i) {
        m_pageActions.at(i)->setEnabled(signedIn);
        m_pageActions.at(i)->setChecked(m_pages->currentIndex() == i);
    }
    m_nav->setEnabled(signedIn);
}

} // namespace vigilo::ui
