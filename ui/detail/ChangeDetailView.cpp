#include "ChangeDetailView.h"

#include "ActionBar.h"
#include "ActivityTab.h"
#include "ApprovalsTab.h"
#include "AttachmentsTab.h"
#include "CommentsTab.h"
#include "ConflictBanner.h"
#include "DetailFormat.h"
#include "DetailsTab.h"
#include "ImpactTab.h"
#include "RiskTab.h"
#include "TasksTab.h"
#include "changes/BadgeDelegate.h"
#include "dialogs/CloseChangeDialog.h"
#include "dialogs/ErrorPresenter.h"
#include "dialogs/FreezeOverrideDialog.h"
#include "dialogs/ReasonDialog.h"
#include "main/Session.h"
#include "widgets/Async.h"
#include "widgets/ElidingLabel.h"

#include "ChangeWatcher.h"
#include "Client.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {
QString neutralPill()
{
    return format::pill(QColor(0xee, 0xf0, 0xf3), QColor(0x37, 0x41, 0x51));
}

QString priorityPill(Priority p)
{
    switch (p) {
    case Priority::Critical:
        return format::pill(QColor(0xfd, 0xec, 0xea), QColor(0xb4, 0x23, 0x18));
    case Priority::High: return format::pill(QColor(0xff, 0xf1, 0xe0), QColor(0x9a, 0x4a, 0x00));
    case Priority::Medium:
    case Priority::Low: break;
    }
    return neutralPill();
}

QString typePill(ChangeType t)
{
    if (t == ChangeType::Emergency)
        return format::pill(QColor(0xfd, 0xec, 0xea), QColor(0xb4, 0x23, 0x18));
    if (t == ChangeType::Standard)
        return format::pill(QColor(0xe7, 0xf5, 0xec), QColor(0x1e, 0x6b, 0x34));
    return neutralPill();
}
} // namespace

ChangeDetailView::ChangeDetailView(Session &session, const Actor &actor, int number,
                                   QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_actor(actor)
    , m_number(number)
    , m_ctx(new DetailContext{session, actor, number})
{
    setObjectName(QStringLiteral("changeDetailView"));
    // The client asks in the change's workspace (the main window's sign-in sets the same one).
    m_session.client().setWorkspace(actor.workspace.slug);

    m_actions = new ActionBar(this);
    connect(m_actions, &ActionBar::triggered, this, &ChangeDetailView::trigger);
    m_banner = new ConflictBanner(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_conflictTimer = new QTimer(this);
    m_conflictTimer->setSingleShot(true);
    m_conflictTimer->setInterval(250);
    m_details = new DetailsTab(*m_ctx, m_tabs);
    m_risk = new RiskTab(*m_ctx, m_tabs);
    m_impact = new ImpactTab(*m_ctx, m_tabs);
    m_tasks = new TasksTab(*m_ctx, m_tabs);
    m_approvals = new ApprovalsTab(*m_ctx, m_tabs);
    m_comments = new CommentsTab(*m_ctx, m_tabs);
    m_attachments = new AttachmentsTab(*m_ctx, m_tabs);
    m_activity = new ActivityTab(*m_ctx, m_tabs);
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_risk, tr("Risk assessment"));
    m_tabs->addTab(m_impact, tr("Impact"));
    m_tabs->addTab(m_tasks, tr("Tasks")); // short: eight tabs fit 1024×768 in German too
    m_tabs->addTab(m_approvals, tr("Approvals"));
    m_tabs->addTab(m_comments, tr("Comments"));
    m_tabs->addTab(m_attachments, tr("Attachments"));
    m_tabs->addTab(m_activity, tr("Activity"));
    m_all = {m_details,   m_risk,     m_impact,      m_tasks,
             m_approvals, m_comments, m_attachments, m_activity};
    for (DetailTab *tab : m_all)
        connect(tab, &DetailTab::modified, this, &ChangeDetailView::onModified);
    connect(m_approvals, &ApprovalsTab::actionRequested, this, &ChangeDetailView::trigger);

    // The banner follows the form as it is typed, a moment after the last edit.
    connect(m_conflictTimer, &QTimer::timeout, this, &ChangeDetailView::updateConflicts);
    connect(m_details, &DetailsTab::planningEdited, m_conflictTimer, qOverload<>(&QTimer::start));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(buildHeader());
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    // Another workstation on the same database (on a team server the main window forwards the
    // server's event.change to reload()).
    if (ChangeWatcher *watcher = m_session.watcher())
        connect(watcher, &ChangeWatcher::changed, this, &ChangeDetailView::onExternalChange);
    load(true);
}

ChangeDetailView::~ChangeDetailView() = default;

QWidget *ChangeDetailView::buildHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("detailHeader"));
    auto *v = new QVBoxLayout(header);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(6);

    m_numberLabel = new QLabel(header);
    m_numberLabel->setObjectName(QStringLiteral("changeNumber"));
    m_numberLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_numberLabel->setStyleSheet(QStringLiteral("color: #57606a; font-weight: 600;"));
    m_title = new ElidingLabel(header); // a long title ends in "…" (the tooltip has it whole)
    m_title->setObjectName(QStringLiteral("changeTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setMinimumWidth(80);
    // "Close tab", never just "Close": completing a change is "Complete change…".
    m_close = new QPushButton(tr("Close tab"), header);
    m_close->setObjectName(QStringLiteral("closeDetail"));
    m_close->setToolTip(tr("Close this tab and go back to the list; the change itself is not "
                           "affected (Ctrl+W)"));
    m_close->setFlat(true);
    connect(m_close, &QPushButton::clicked, this, &ChangeDetailView::closeRequested);
    auto *exportPack = new QPushButton(tr("E&xport evidence pack…"), header);
    exportPack->setObjectName(QStringLiteral("exportPackButton"));
    exportPack->setToolTip(tr("A signed PDF of this change from intent to outcome, for auditors"));
    exportPack->setFlat(true);
    connect(exportPack, &QPushButton::clicked, this,
            [this] { emit exportPackRequested(m_number); });

    auto *row1 = new QHBoxLayout;
    row1->setSpacing(10);
    row1->addWidget(m_numberLabel);
    row1->addWidget(m_title, 1);
    row1->addWidget(m_actions);
    row1->addWidget(m_close);
    v->addLayout(row1);

    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("statusBadge"));
    m_type = new QLabel(header);
    m_type->setObjectName(QStringLiteral("typeBadge"));
    m_priority = new QLabel(header);
    m_priority->setObjectName(QStringLiteral("priorityBadge"));
    m_riskLevel = new QLabel(header);
    m_riskLevel->setObjectName(QStringLiteral("riskBadge"));
    m_people = new ElidingLabel(header);
    m_people->setObjectName(QStringLiteral("people"));
    m_people->setStyleSheet(QStringLiteral("color: #57606a;"));
    auto *row2 = new QHBoxLayout;
    row2->setSpacing(6);
    for (QLabel *l : {m_status, m_type, m_priority, m_riskLevel})
        row2->addWidget(l);
    row2->addSpacing(10);
    row2->addWidget(m_people, 1);
    row2->addWidget(exportPack);
    v->addLayout(row2);

    m_staleNotice = new QLabel(header);
    m_staleNotice->setObjectName(QStringLiteral("staleNotice"));
    m_staleNotice->setWordWrap(true);
    m_staleNotice->setStyleSheet(
        QStringLiteral("QLabel { background: #eef3fb; color: #1f3b63; border: 1px solid #c9d8f0; "
                       "border-radius: 4px; padding: 6px 10px; }"));
    m_staleNotice->setTextFormat(Qt::RichText);
    m_staleNotice->hide();
    m_overrun = new QLabel(header);
    m_overrun->setObjectName(QStringLiteral("overrunBanner"));
    m_overrun->setWordWrap(true);
    m_overrun->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e8a29b; "
                       "border-radius: 4px; padding: 6px 10px; font-weight: 600; }"));
    m_overrun->hide();
    v->addWidget(m_overrun);
    connect(m_staleNotice, &QLabel::linkActivated, this, [this] { load(true); });
    v->addWidget(m_staleNotice);
    return header;
}

void ChangeDetailView::reload()
{
    load(false);
}

void ChangeDetailView::followServer(qint64 seq)
{
    if (seq > 0 && m_reading) {
        m_toldSeq = qMax(m_toldSeq, seq); // looked at when the read answers
        return;
    }
    if (seq > 0 && seq <= m_shownSeq)
        return;
    reload();
}

void ChangeDetailView::showUnavailable(const QString &message)
{
    m_change = ChangeRequest{};
    m_numberLabel->setText(formatChangeNumber(m_number));
    m_title->setText(tr("This change cannot be shown"));
    m_people->setText(message);
    m_actions->setActions({});
    m_tabs->setEnabled(false);
    m_banner->clear();
    m_overrun->hide();
}

void ChangeDetailView::setBusy(bool busy)
{
    m_loading = busy;
    setProperty("loading", busy);
    m_actions->setEnabled(!busy);
}

void ChangeDetailView::load(bool discardEdits)
{
    // One request (change.open) feeds the header, the actions, the banner, the Details, Risk
    // and Activity tabs, and re-reads the member's role (it may have changed since the view
    // opened). The view says it is loading and stays readable meanwhile.
    const int seq = ++m_loadSeq;
    m_reading = true;
    setBusy(true);
    if (m_change.number <= 0)
        m_title->setText(tr("Loading…"));
    client::ChangeOpenOptions options;
    options.withRisk = true;
    options.withAssignees = true;
    options.partial = true; // a part that cannot be read is shown as an error in its place
    onResult(m_ctx->client().openChangeAsync(m_number, options), this,
             [this, seq, discardEdits](const Result<client::ChangeView> &view) {
                 if (seq != m_loadSeq)
                     return; // a newer load is under way
                 m_reading = false;
                 setBusy(false);
                 m_shownSeq = 0;
                 if (!view.ok()) {
                     showUnavailable(view.error().message);
                 } else {
                     if (view->history)
                         for (const AuditEvent &event : *view->history)
                             m_shownSeq = qMax(m_shownSeq, event.seq);
                     showView(*view, discardEdits);
                 }
                 // An event the server told of meanwhile that this answer does not show yet.
                 if (std::exchange(m_toldSeq, 0) > m_shownSeq) {
                     reload();
                     return;
                 }
                 emit loaded();
             });
}

void ChangeDetailView::showView(const client::ChangeView &view, bool discardEdits)
{
    if (view.role) {
        m_actor.member.role = *view.role;
        m_ctx->actor.member.role = *view.role;
    }
    m_tabs->setEnabled(true);
    m_change = view.change;
    showHeader();
    m_actions->setActions(view.availableActions);

    const bool keepEdits = !discardEdits && m_details->isDirty();
    if (!keepEdits) {
        m_details->setCanEdit(view.canEdit);
        m_details->setAssignees(view.assignees, view.unreadable.value(QStringLiteral("assignees")));
    }
    if (view.risk)
        m_risk->setProfile(*view.risk);
    else
        m_risk->setProfileError(view.unreadable.value(QStringLiteral("risk")));
    if (view.history)
        m_activity->setHistory(*view.history);
    else
        m_activity->setHistoryError(view.unreadable.value(QStringLiteral("history")));
    for (DetailTab *tab : m_all)
        if (tab != m_details || !keepEdits)
            tab->load(m_change);
    if (keepEdits) {
        m_staleNotice->setText(tr("%1 was changed elsewhere while you were editing. Save to try "
                                  "your edits on top (you will be told if they collide), or "
                                  "<a href='discard'>discard your edits and show the new "
                                  "version</a>.")
                                   .arg(m_change.numberText()));
        m_staleNotice->show();
    } else {
        m_staleNotice->hide();
    }
    showConflicts(view, keepEdits);
}

void ChangeDetailView::showConflicts(const client::ChangeView &view, bool formEdited)
{
    m_conflictTimer->stop();
    if (formEdited) {
        updateConflicts(); // the form's window, not the saved one
        return;
    }
    ++m_conflictSeq; // an answer still under way is about an older form
    if (isTerminal(m_change.status))
        m_banner->clear();
    else if (view.conflicts)
        m_banner->setSummary(*view.conflicts);
    else
        m_banner->setError(view.unreadable.value(QStringLiteral("conflicts_summary")).message);
}

void ChangeDetailView::showHeader()
{
    const ChangeRequest &c = m_change;
    m_numberLabel->setText(c.numberText());
    m_title->setText(c.title);
    m_title->setToolTip(c.title);
    const auto statusColors = BadgeDelegate::colorsFor(BadgeDelegate::Kind::Status, int(c.status));
    m_status->setText(label(c.status));
    m_status->setStyleSheet(format::pill(statusColors.background, statusColors.text));
    m_type->setText(label(c.changeType));
    m_type->setStyleSheet(typePill(c.changeType));
    m_priority->setText(tr("%1 priority").arg(label(c.priority)));
    m_priority->setStyleSheet(priorityPill(c.priority));
    const auto riskColors =
        BadgeDelegate::colorsFor(BadgeDelegate::Kind::Risk, c.riskLevel ? int(*c.riskLevel) : -1);
    m_riskLevel->setText(c.riskLevel ? tr("%1 risk").arg(label(*c.riskLevel)) : tr("Not assessed"));
    m_riskLevel->setStyleSheet(format::pill(riskColors.background, riskColors.text));

    QStringList people;
    people << tr("Requested by %1").arg(c.requester);
    people << (c.assignee.isEmpty() ? tr("Unassigned") : tr("Assigned to %1").arg(c.assignee));
    people << format::window(c.plannedStart, c.plannedEnd);
    if (c.status == ChangeStatus::Completed && c.closureCode)
        people << tr("Closed %1 by %2").arg(format::inSentence(label(*c.closureCode)), c.closedBy);
    if (c.status == ChangeStatus::RolledBack)
        people << tr("Rolled back by %1 on %2").arg(c.rolledBackBy, format::time(c.rolledBackAt));
    m_people->setText(people.join(QStringLiteral("  ·  ")));
    m_people->setToolTip(people.join(QLatin1Char('\n')));

    // The core flags a change still in progress after its planned end (injected clock).
    m_overrun->setText(tr("%1 is overrunning: it is still in progress after its planned end (%2). "
                          "Complete it, roll it back, or tell the people it affects.")
                           .arg(c.numberText(), format::time(c.plannedEnd)));
    m_overrun->setVisible(c.overrunning);
}

void ChangeDetailView::updateConflicts()
{
    m_conflictTimer->stop();
    const int seq = ++m_conflictSeq;
    if (m_change.number <= 0 || isTerminal(m_change.status)) {
        m_banner->clear();
        return;
    }
    PlanningForm form;
    form.plannedStart = m_details->plannedStart();
    form.plannedEnd = m_details->plannedEnd();
    form.affectedAssets = m_details->affectedAssets();
    form.dependsOn = m_details->dependencies();
    onResult(m_ctx->client().conflictsAsync(form, m_number), this,
             [this, seq](const Result<ConflictSummary> &summary) {
                 if (seq != m_conflictSeq)
                     return; // the form changed since: a newer answer is coming
                 if (summary.ok())
                     m_banner->setSummary(*summary);
                 else
                     m_banner->setError(summary.error().message);
             });
}

void ChangeDetailView::onModified()
{
    load(true);
    emit changeModified(m_number);
}

void ChangeDetailView::onExternalChange(qint64 workspaceId, int changeNumber)
{
    if (workspaceId != 0 && workspaceId != m_actor.workspace.id)
        return;
    if (changeNumber != 0 && changeNumber != m_number)
        return;
    reload();
}

void ChangeDetailView::trigger(Action action)
{
    if (m_change.number <= 0)
        return;
    const QString number = m_change.numberText();
    if (m_details->isDirty()) {
        QMessageBox question(
            QMessageBox::Question, tr("Unsaved edits"),
            tr("%1 has unsaved edits on the Details tab. Save them before you go on?").arg(number),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        question.setObjectName(QStringLiteral("unsavedEditsBox"));
        const int answer = question.exec();
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            // The action goes on from the saved version (a reload may still be under way).
            m_details->save([this, action](const ChangeRequest *saved) {
                if (!saved)
                    return;
                m_change = *saved;
                ask(action);
            });
            return;
        }
        m_details->revert();
    }
    ask(action);
}

void ChangeDetailView::ask(Action action)
{
    const QString number = m_change.numberText();
    TransitionInput input;
    input.expectedVersion = m_change.version;
    switch (action) {
    case Action::Approve: {
        ReasonDialog dialog(tr("Approve %1").arg(number),
                            tr("Approve \"%1\". A comment is optional; it is kept with your "
                               "decision.")
                                .arg(m_change.title),
                            tr("Approve"), false, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        input.comment = dialog.reason();
        break;
    }
    case Action::Reject: {
        ReasonDialog dialog(tr("Reject %1").arg(number),
                            tr("Say why \"%1\" is rejected, so the requester knows what to fix.")
                                .arg(m_change.title),
                            tr("Reject"), true, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        input.reason = dialog.reason();
        break;
    }
    case Action::Rollback: {
        ReasonDialog dialog(tr("Roll back %1").arg(number),
                            tr("What went wrong? The reason is required and goes into the audit "
                               "pack."),
                            tr("Roll back"), true, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        input.reason = dialog.reason();
        break;
    }
    case Action::Cancel: {
        ReasonDialog dialog(tr("Cancel %1").arg(number),
                            tr("Cancel \"%1\"? A cancelled change is not done at all and cannot "
                               "be reopened. A reason is optional.")
                                .arg(m_change.title),
                            tr("Cancel change"), false, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        input.reason = dialog.reason();
        break;
    }
    case Action::Complete: {
        CloseChangeDialog dialog(number, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        input.closureCode = dialog.closureCode();
        input.closureNotes = dialog.closureNotes();
        break;
    }
    case Action::Reopen: {
        ReasonDialog dialog(tr("Reopen %1").arg(number),
                            tr("Why is \"%1\" reopened? Closing it was recorded for the audit, so "
                               "the reason is required and goes into the audit pack.")
                                .arg(m_change.title),
                            tr("Reopen"), true, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        input.reason = dialog.reason();
        break;
    }
    case Action::Submit:
    case Action::Schedule:
    case Action::Start: break;
    }
    apply(action, input);
}

// The conversation with the core, its answers arriving at once (a database) or later (a team
// server): a start outside the window asks for the justification, a freeze that allows it for
// the override, and a refusal shows the core's message.
void ChangeDetailView::apply(Action action, const TransitionInput &input)
{
    setBusy(true);
    onResult(m_ctx->client().applyAsync(m_number, action, input), this,
             [this, action, input](const Result<ChangeRequest> &result) {
                 setBusy(false);
                 const QString number = formatChangeNumber(m_number);
                 if (!result.ok() && result.error().code == QLatin1String("outside_planned_window")
                     && input.justification.isEmpty()) {
                     ReasonDialog dialog(tr("Start %1 outside its window").arg(number),
                                         tr("%1\n\nWrite the justification below: it is recorded "
                                            "with the start as an exception.")
                                             .arg(result.error().message),
                                         tr("Start"), true, this);
                     if (dialog.exec() != QDialog::Accepted)
                         return;
                     TransitionInput again = input;
                     again.justification = dialog.reason();
                     apply(action, again);
                     return;
                 }
                 if (!result.ok() && result.error().code == QLatin1String("freeze_window_blocked")
                     && result.error().details.value(QStringLiteral("can_override")).toBool()
                     && input.overrideJustification.isEmpty()) {
                     FreezeOverrideDialog dialog(number, result.error().message,
                                                 result.error().details, this);
                     if (dialog.exec() != QDialog::Accepted)
                         return;
                     TransitionInput again = input;
                     again.overrideJustification = dialog.justification();
                     apply(action, again);
                     return;
                 }
                 if (!result.ok()) {
                     ErrorPresenter::show(this, ErrorPresenter::titleFor(action, number),
                                          result.error());
                     if (result.error().code == QLatin1String("stale_write"))
                         load(true);
                     return;
                 }
                 onModified();
             });
}

} // namespace vigilo::ui
