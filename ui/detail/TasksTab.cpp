#include "TasksTab.h"

#include "TableStyle.h"
#include "TaskTableModel.h"
#include "dialogs/ErrorPresenter.h"
#include "widgets/Async.h"

#include "Client.h"
#include "Runbook.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vigilo::ui {

TasksTab::TasksTab(DetailContext &context, QWidget *parent)
    : ListTab(context, parent)
{
    setObjectName(QStringLiteral("tasksTab"));
    m_model = new TaskTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("taskTable"));
    m_view->setModel(m_model);
    styleDetailTable(m_view);
    QHeaderView *h = m_view->horizontalHeader();
    h->resizeSection(TaskTableModel::Seq, 44);
    h->resizeSection(TaskTableModel::Required, 90);
    h->resizeSection(TaskTableModel::Status, 100);
    h->resizeSection(TaskTableModel::Predecessors, 60);
    h->resizeSection(TaskTableModel::Started, 175);
    h->resizeSection(TaskTableModel::Finished, 175);
    h->setSectionResizeMode(TaskTableModel::Title, QHeaderView::Stretch);

    m_generate = new QPushButton(tr("&Generate implementation tasks"), this);
    m_generate->setObjectName(QStringLiteral("generateTasks"));
    m_start = new QPushButton(tr("S&tart task"), this);
    m_start->setObjectName(QStringLiteral("startTask"));
    m_done = new QPushButton(tr("&Done"), this);
    m_done->setObjectName(QStringLiteral("doneTask"));
    m_skip = new QPushButton(tr("S&kip"), this);
    m_skip->setObjectName(QStringLiteral("skipTask"));
    connect(m_generate, &QPushButton::clicked, this, &TasksTab::generate);
    connect(m_start, &QPushButton::clicked, this, [this] { act(Act::Start); });
    connect(m_done, &QPushButton::clicked, this, [this] { act(Act::Done); });
    connect(m_skip, &QPushButton::clicked, this, [this] { act(Act::Skip); });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("taskSummary"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_generate);
    buttons->addSpacing(12);
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_done);
    buttons->addWidget(m_skip);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("taskHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #57606a;"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TasksTab::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TasksTab::updateButtons);
}

void TasksTab::fetch(int generation)
{
    onResult(m_ctx.client().tasksAsync(m_ctx.number, m_ctx.actor.workspace.slug), this,
             [this, generation](const Result<QList<ChangeTask>> &tasks) {
                 if (finishFetch(generation))
                     showTasks(tasks);
             });
}

void TasksTab::showTasks(const Result<QList<ChangeTask>> &tasks)
{
    const ChangeTask *selected = m_model->task(selectedRow());
    const int keepSeq = selected ? selected->seq : -1;
    m_loadError = tasks.ok() ? QString() : tasks.error().message;
    m_model->setTasks(tasks.ok() ? *tasks : QList<ChangeTask>{});

    // Keep the selection on a task that can still be acted on, else the next one that can.
    int seq = -1;
    if (const int row = m_model->rowOfSeq(keepSeq); row >= 0) {
        const ChangeTask &t = m_model->tasks()[row];
        if (t.status == TaskStatus::InProgress
            || (t.status == TaskStatus::Pending && !m_model->isBlocked(t)))
            seq = keepSeq;
    }
    if (seq < 0)
        for (const ChangeTask &t : m_model->tasks())
            if (t.status == TaskStatus::InProgress
                || (t.status == TaskStatus::Pending && !m_model->isBlocked(t))) {
                seq = t.seq;
                break;
            }
    if (seq >= 0)
        selectTask(seq);

    int finished = 0;
    for (const ChangeTask &t : m_model->tasks())
        if (t.status == TaskStatus::Done || t.status == TaskStatus::Skipped)
            ++finished;
    m_summary->setText(m_model->rowCount() == 0
                           ? QString()
                           : tr("%1 of %2 finished").arg(finished).arg(m_model->rowCount()));
    updateButtons();
    emit loaded();
}

void TasksTab::showLoading(bool loading)
{
    if (!loading) {
        updateButtons();
        return;
    }
    for (QPushButton *b : {m_generate, m_start, m_done, m_skip}) {
        b->setEnabled(false);
        b->setToolTip(QString());
    }
    if (isLoading()) {
        m_hint->setText(tr("Reading the runbook of %1…").arg(m_ctx.numberText()));
        m_hint->setStyleSheet(QStringLiteral("color: #57606a;"));
        m_hint->show();
    }
}

void TasksTab::selectTask(int seq)
{
    const int row = m_model->rowOfSeq(seq);
    if (row < 0)
        return;
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int TasksTab::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void TasksTab::updateButtons()
{
    if (isBusy())
        return; // showLoading() keeps every button off until the answer
    const ChangeTask *t = m_model->task(selectedRow());
    m_generate->setText(m_model->rowCount() == 0 ? tr("&Generate implementation tasks")
                                                 : tr("Re&generate tasks"));
    if (!m_loadError.isEmpty()) {
        // What the core could not read cannot be acted on: say so, do not pretend it is empty.
        const QString error =
            tr("The runbook of %1 cannot be read: %2").arg(m_ctx.numberText(), m_loadError);
        for (QPushButton *b : {m_generate, m_start, m_done, m_skip}) {
            b->setEnabled(false);
            b->setToolTip(error);
        }
        m_hint->setText(error);
        m_hint->setStyleSheet(QStringLiteral("color: #b42318; font-weight: 600;"));
        m_hint->show();
        return;
    }
    m_hint->setStyleSheet(QStringLiteral("color: #57606a;"));

    // The core's answers, exactly: enabled, or disabled with its reason.
    const auto refusal = Runbook::generateRefusal(m_ctx.actor, change(), m_model->tasks());
    m_generate->setEnabled(!refusal);
    m_generate->setToolTip(refusal ? refusal->message
                                   : tr("One task per step of the implementation plan"));
    const QList<std::pair<Runbook::TaskAction, QPushButton *>> buttons = {
        {Runbook::TaskAction::Start, m_start},
        {Runbook::TaskAction::Done, m_done},
        {Runbook::TaskAction::Skip, m_skip}};
    QString primaryRefusal;
    if (t) {
        const auto answers =
            Runbook::availableTaskActions(m_ctx.actor, change(), *t, m_model->tasks());
        for (const auto &[action, button] : buttons)
            for (const auto &answer : answers)
                if (answer.action == action) {
                    button->setEnabled(answer.allowed());
                    button->setToolTip(answer.reason());
                }
        // The hint explains why the next step for this task is not possible now.
        const Runbook::TaskAction next = t->status == TaskStatus::InProgress
                                             ? Runbook::TaskAction::Done
                                             : Runbook::TaskAction::Start;
        if (t->status == TaskStatus::Pending || t->status == TaskStatus::InProgress)
            for (const auto &answer : answers)
                if (answer.action == next && !answer.allowed())
                    primaryRefusal = answer.reason();
    } else {
        for (const auto &[action, button] : buttons) {
            button->setEnabled(false);
            button->setToolTip(tr("Select a task first."));
        }
    }

    QString hint;
    if (m_model->rowCount() == 0)
        hint = change().implementationPlan.trimmed().isEmpty()
                   ? tr("No tasks yet. Write an implementation plan on the Details tab (one step "
                        "per line), then generate the tasks from it.")
                   : tr("No tasks yet. Generate them from the implementation plan: one task per "
                        "step, each after the one before.");
    else
        hint = primaryRefusal;
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void TasksTab::generate()
{
    beginWrite();
    onResult(m_ctx.client().generateTasksAsync(m_ctx.number, m_ctx.actor.workspace.slug), this,
             [this](const Result<QList<ChangeTask>> &result) {
                 endWrite();
                 if (!result.ok()) {
                     ErrorPresenter::show(
                         this, tr("Tasks cannot be generated for %1").arg(m_ctx.numberText()),
                         result.error());
                     return;
                 }
                 emit modified();
             });
}

void TasksTab::act(Act act)
{
    const ChangeTask *t = m_model->task(selectedRow());
    if (!t || isBusy())
        return;
    const int seq = t->seq;
    const TaskStatus target = act == Act::Start  ? TaskStatus::InProgress
                              : act == Act::Done ? TaskStatus::Done
                                                 : TaskStatus::Skipped;
    beginWrite();
    onResult(m_ctx.client().moveTaskAsync(m_ctx.number, seq, target, m_ctx.actor.workspace.slug),
             this, [this, act, seq](const Result<ChangeTask> &result) {
                 endWrite();
                 if (!result.ok()) {
                     const QString title =
                         act == Act::Start  ? tr("Task #%1 cannot be started").arg(seq)
                         : act == Act::Done ? tr("Task #%1 cannot be marked done").arg(seq)
                                            : tr("Task #%1 cannot be skipped").arg(seq);
                     ErrorPresenter::show(this, title, result.error());
                     return;
                 }
                 emit modified();
             });
}

} // namespace vigilo::ui
