#pragma once
// The detail page of one change: header, conflict banner, action bar and the tabs Details, Risk
// assessment, Impact, Implementation tasks, Approvals, Comments, Attachments and Activity.
// Everything goes through the client (one code path on a database and on a team server): opening
// is one request (change.open), every action is asynchronous; the view only shows the core's
// answer.

#include "Actor.h"
#include "Entities.h"
#include "Inputs.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace vigilo::client {
struct ChangeView;
}

namespace vigilo::ui {

class ActionBar;
class ActivityTab;
class ApprovalsTab;
class AttachmentsTab;
class CommentsTab;
class ConflictBanner;
class DetailTab;
class DetailsTab;
class ImpactTab;
class RiskTab;
class Session;
class TasksTab;
struct DetailContext;

class ChangeDetailView final : public QWidget {
    Q_OBJECT
public:
    enum Tab { Details, Risk, Impact, Tasks, Approvals, Comments, Attachments, Activity, TabCount };

    ChangeDetailView(Session &session, const Actor &actor, int number, QWidget *parent = nullptr);
    ~ChangeDetailView() override;

    int number() const { return m_number; }
    // Reads the change again (change.open) and refreshes every tab. Unsaved edits on the Details
    // tab are kept (a notice offers to discard them and show the newer version).
    void reload();
    // The server told of an audited event about this change (event.change, its seq): read the
    // change again unless the view shows that event already or a read under way may bring it
    // (the server tells this workstation of its own writes too, which the view reads back
    // itself). seq 0: read again.
    void followServer(qint64 seq);
    QTabWidget *tabs() const { return m_tabs; }

    // The change as last loaded (invalid id when it could not be read).
    const ChangeRequest &change() const { return m_change; }
    ActionBar *actionBar() const { return m_actions; }
    ConflictBanner *conflictBanner() const { return m_banner; }
    DetailsTab *detailsTab() const { return m_details; }
    RiskTab *riskTab() const { return m_risk; }
    TasksTab *tasksTab() const { return m_tasks; }
    ApprovalsTab *approvalsTab() const { return m_approvals; }
    CommentsTab *commentsTab() const { return m_comments; }
    AttachmentsTab *attachmentsTab() const { return m_attachments; }
    ActivityTab *activityTab() const { return m_activity; }
    ImpactTab *impactTab() const { return m_impact; }
    // Whether an answer (change.open, an action) is awaited.
    bool isLoading() const { return m_loading; }

    // Runs an action as its button does: its dialog, then the core, then the core's answer
    // (asynchronously: a start outside the window asks for the justification, an overridable
    // freeze for the override, and the action is sent again).
    void trigger(vigilo::Action action);
    // Asks for the conflicts of the form as it is now (it follows edits after ~250 ms); an
    // answer to an older question is dropped.
    void updateConflicts();

signals:
    // Emitted after any successful mutation of this change.
    void changeModified(int number);
    // The user asked to close the page (the Close button).
    void closeRequested();
    // Export evidence pack… (the main window asks where and signs).
    void exportPackRequested(int number);
    // change.open answered (the view shows it, or why not).
    void loaded();

private:
    QWidget *buildHeader();
    void load(bool discardEdits);
    void showView(const client::ChangeView &view, bool discardEdits);
    void showUnavailable(const QString &message);
    void showConflicts(const client::ChangeView &view, bool formEdited);
    void setBusy(bool busy);
    // The action's dialog (reason, closure, comment), then apply(); nothing when cancelled.
    void ask(vigilo::Action action);
    void apply(vigilo::Action action, const TransitionInput &input);
    void showHeader();
    void onModified();
    void onExternalChange(qint64 workspaceId, int changeNumber);

    Session &m_session;
    Actor m_actor;
    int m_number = 0;
    std::unique_ptr<DetailContext> m_ctx;
    ChangeRequest m_change;

    QLabel *m_numberLabel = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_priority = nullptr;
    QLabel *m_riskLevel = nullptr;
    QLabel *m_people = nullptr;
    QLabel *m_staleNotice = nullptr;
    QLabel *m_overrun = nullptr;
    QPushButton *m_close = nullptr;
    ActionBar *m_actions = nullptr;
    ConflictBanner *m_banner = nullptr;
    QTimer *m_conflictTimer = nullptr;
    QTabWidget *m_tabs = nullptr;
    DetailsTab *m_details = nullptr;
    RiskTab *m_risk = nullptr;
    ImpactTab *m_impact = nullptr;
    TasksTab *m_tasks = nullptr;
    ApprovalsTab *m_approvals = nullptr;
    CommentsTab *m_comments = nullptr;
    AttachmentsTab *m_attachments = nullptr;
    ActivityTab *m_activity = nullptr;
    QList<DetailTab *> m_all;
    int m_loadSeq = 0;     // the latest change.open asked; older answers are dropped
    int m_conflictSeq = 0; // the same for the banner's change.conflicts
    bool m_loading = false;
    bool m_reading = false; // a change.open is under way
    qint64 m_shownSeq = 0;  // the newest audit event in the history shown
    qint64 m_toldSeq = 0;   // the newest event the server told of while a read was under way
};

} // namespace vigilo::ui
