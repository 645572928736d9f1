#pragma once
// The desktop client's main window: the workspace switcher, a navigation sidebar (Changes,
// Approval queue, Assets, Freeze windows), open changes as tabs beside the list, menus and
// shortcuts, and a status bar naming the database, whether it answers, and who is signed in.

#include "Actor.h"
#include "Error.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QPagedPaintDevice;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace vigilo::client {
struct ChangeView;
struct CsvImportAnswer;
} // namespace vigilo::client

namespace vigilo::ui {

class AdministrationWindow;
class ApprovalQueuePage;
class AssetsPage;
class CabWindow;
class ChangeDetailView;
class DashboardPage;
class CalendarPage;
class ChangeListView;
class EvidenceExport;
class FreezeWindowsPage;
class MessagePage;
class NotificationBar;
class PackSigning;
class PackViewerWindow;
class PersonalViewsPanel;
class Session;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    enum class Page { Changes, ApprovalQueue, Assets, FreezeWindows, Dashboard, Calendar };
    // How often the status bar asks the database whether it still answers.
    static constexpr int kReachabilityIntervalMs = 15000;

    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Lists the user's workspaces and opens `slug` (empty: the last one used, else the first),
    // waiting for the answer (at start, before the window shows). Returns false when there is
    // nothing to show; the window then says why and what to do.
    bool openWorkspace(const QString &slug = {});
    // The toolbar's choice: asks who the user is in `slug` (one request, workspace.open) without
    // waiting; the window says it is switching and keeps showing the current workspace until the
    // answer. A refusal is shown as an error ("workspaceRefusedBox") and the current workspace
    // stays. On a database the answer comes at once.
    void switchWorkspace(const QString &slug);
    // The workspace a switch waits for (empty: none).
    QString switchingTo() const { return m_switchingTo; }
    // Reads the current page (and the change list) again from the core.
    void reload();

    void showPage(Page page);
    Page currentPage() const;
    // Opens (or brings forward) the change's detail tab.
    ChangeDetailView *openChange(int number);
    ChangeDetailView *currentDetail() const;
    // The change the Change menu and Suggest similar act on: the open tab's, else the list's.
    int currentChangeNumber() const;
    void newChange();
    void suggestSimilar();
    CabWindow *enterCabMode();
    // File ▸ Administration…: the administration window of the open workspace (made on
    // first use, brought forward after), or null without a workspace.
    AdministrationWindow *openAdministration();
    AdministrationWindow *administrationWindow() const;

    ChangeListView *changeList() const { return m_changes; }
    ApprovalQueuePage *approvalQueue() const { return m_queue; }
    AssetsPage *assetsPage() const { return m_assets; }
    FreezeWindowsPage *freezeWindowsPage() const { return m_freeze; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    CalendarPage *calendarPage() const { return m_calendar; }
    // My views in the navigation (awaiting my decision, assigned to me, …, saved filters).
    PersonalViewsPanel *personalViews() const { return m_views; }
    QTabWidget *changeTabs() const { return m_changeTabs; }
    CabWindow *cabWindow() const;
    const std::optional<Actor> &actor() const { return m_actor; }
    bool isShowingChanges() const;
    // Checks the database now (the timer does it every kReachabilityIntervalMs).
    bool checkReachability();
    // Help ▸ About: version, build (git describe, build type), Qt and the licence.
    static QString aboutText();
    // Brings the window (or CAB mode) to the front: a second start on this database asked.
    void bringToFront();
    // File ▸ Open… / Open Recent: another database, as a start opens it (ui/firstrun).
    void openDatabase(const QString &location);
    // File ▸ Print…: the change list as filtered and sorted now (ui/changes/ChangeListPrinter).
    // Returns the page count, 0 when nothing was printed.
    int printChangeList(QPagedPaintDevice &device) const;
    // File ▸ Open evidence pack…: the pack viewer (an empty path asks for the file). Needs no
    // workspace; with one open, the viewer checks signers against its trust list.
    PackViewerWindow *openEvidencePack(const QString &path = {});
    // Export evidence pack… of `number`: asks where, unlocks the signing key, writes the pack.
    // The path written, empty when not (ui/evidence/EvidenceExport). On a team server the
    // server prints and signs it: the path asked for, written once the answer came (the status
    // bar says so).
    QString exportEvidencePack(int number);
    // File ▸ Export evidence packs…: an audit sample (the filtered list or a period).
    QStringList exportAuditSample();
    // The changes the list shows now, in its order.
    QList<ChangeSummary> visibleChanges() const;
    // The context menu of a change list row (the caller owns it): open, suggest similar, export
    // an evidence pack, copy the number, follow, each enabled as the core answers for the member.
    QMenu *createChangeRowMenu(int number, QWidget *parent);
    // Reads one change again (change.list with the number filter) and updates only its row: an
    // event for one change (number 0: any change, the whole list is read).
    void refreshChangeRow(int number);
    // Another change moved: the pages besides the list are read again when next shown, the
    // current one now (the Dashboard a moment later).
    void followOnOtherPages();

signals:
    // The change list shows its first page (the first screenful, newest first)...
    void changesFirstShown();
    // ... and now every change (or those of the chosen personal view).
    void changesLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    // View ▸ Appearance switched palettes: style sheets naming palette() colours resolve again.
    void changeEvent(QEvent *event) override;

private:
    void createPages();
    QString shortcutsTable() const;
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void fillChangeMenu(QMenu *menu);
    // The change's actions as the core answered (or why there are none) at the end of `menu`.
    void addChangeActions(QMenu *menu, int number, const Result<client::ChangeView> &view);
    void showMessage(const QString &title, const QString &body, bool offerDemo);
    // Opens `slug` waiting for the answer (openWorkspace); a refusal shows the message page.
    void signIn(const QString &slug);
    // Shows the workspace `actor` is signed in to: every page, the list, the title.
    void applyActor(const Actor &actor);
    // Who the user is in `slug`; `wait`: answered before it returns (a server's sync call).
    QFuture<Result<Actor>> actorFor(const QString &slug, bool wait);
    void endSwitching();
    // MainWindowList.cpp: the list (or the chosen personal view's) read asynchronously, first
    // the first screenful, then the rest merged in.
    void reloadChanges();
    void loadChangesPage(quint64 load, const QJsonObject &params, int before);
    void reloadOpenChanges();
    void reloadPage(Page page);
    // Another connection committed (ChangeWatcher): its change's row, or everything when the
    // database cannot say which change (SQLite: number 0).
    void onExternalChange(qint64 workspaceId, int number);
    // event.change from the team server (number 0: any change).
    void onServerChange(int number, qint64 seq);
    // Closes a change's tab; with unsaved edits on its Details tab it asks first (Save / Discard
    // / Cancel, the box "unsavedTabBox") unless `ask` is false. False when the tab stays open.
    bool closeChangeTab(int index, bool ask = true);
    void createDemo();
    void fillRecentMenu(QMenu *menu);
    void printChanges(bool preview);
    void updateStatusBar();
    void updateActions();
    void saveSettings() const;
    void restoreSettings();
    void createEvidenceActions(); // MainWindowEvidence.cpp
    // MainWindowViews.cpp: the personal views below the navigation; the change list of the
    // chosen one.
    QWidget *createNavigationColumn();
    // MainWindowList.cpp: the list's context menu, live row updates, the empty workspace's
    // first steps.
    void setupChangeList();
    void showChangeListMenu(const QPoint &pos);
    // MainWindowAdmin.cpp: the Administration… entry of `menu`.
    void addAdministrationAction(QMenu *menu);
    // File ▸ Import: the dry run's answer, then the user's yes, then the import (two requests).
    void importChangesCsv();
    void confirmCsvImport(const QByteArray &data, const Result<client::CsvImportAnswer> &preview);
    void loadFollowed();
    // SQLite cannot say which change another workstation saved: the audit events after the last
    // one seen name them, and only their rows are read again.
    void refreshFromAudit();
    void setFollowing(int number, bool follow);

    Session &m_session;
    std::optional<Actor> m_actor;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_workspaceUi = nullptr;
    QListWidget *m_nav = nullptr;
    PersonalViewsPanel *m_views = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTabWidget *m_changeTabs = nullptr;
    ChangeListView *m_changes = nullptr;
    ApprovalQueuePage *m_queue = nullptr;
    AssetsPage *m_assets = nullptr;
    FreezeWindowsPage *m_freeze = nullptr;
    DashboardPage *m_dashboard = nullptr;
    CalendarPage *m_calendar = nullptr;
    MessagePage *m_message = nullptr;
    NotificationBar *m_notificationBar = nullptr;
    QComboBox *m_workspaces = nullptr;
    QLabel *m_dbLabel = nullptr;
    QLabel *m_reachLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QTimer *m_reachTimer = nullptr;
    QList<bool> m_stale;   // per page: reload when shown next
    QSet<int> m_followed;  // the changes the member follows (change.followed), for the row menu
    qint64 m_seenSeq = -1; // the latest audit event the list reflects (-1: not known yet)
    int m_changeMenuRequest = 0; // the latest Change menu fill (older answers are dropped)
    quint64 m_switchRequest = 0; // the latest workspace switch (older answers are dropped)
    QString m_switchingTo;       // the workspace a switch waits for
    quint64 m_listLoad = 0;      // the list's current load: answers of an older one are dropped
    QSet<int> m_liveDuringLoad;  // rows a live update wrote while the list was read
    QHash<int, std::optional<ChangeSummary>> m_liveRows; // what they wrote (nullopt: removed)

    QAction *m_newChange = nullptr;
    QAction *m_switchWorkspace = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_clearFilters = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_similar = nullptr;
    QAction *m_cab = nullptr;
    QAction *m_fullScreen = nullptr;
    QAction *m_closeTab = nullptr;
    QAction *m_openChange = nullptr;
    QAction *m_openPack = nullptr;
    QAction *m_exportPack = nullptr;
    QAction *m_exportSample = nullptr;
    QList<QAction *> m_pageActions;
    QPointer<AdministrationWindow> m_admin;
    std::unique_ptr<PackSigning> m_signing;
    std::unique_ptr<EvidenceExport> m_evidence;
};

} // namespace vigilo::ui
