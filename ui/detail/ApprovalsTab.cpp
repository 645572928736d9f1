#include "ApprovalsTab.h"

#include "ApprovalModels.h"
#include "TableStyle.h"
#include "widgets/Async.h"

#include "Client.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vigilo::ui {

ApprovalsTab::ApprovalsTab(DetailContext &context, QWidget *parent)
    : ListTab(context, parent)
{
    setObjectName(QStringLiteral("approvalsTab"));
    m_steps = new ApprovalStepModel(this);
    m_decisions = new DecisionTableModel(this);

    m_stepView = new QTableView(this);
    m_stepView->setObjectName(QStringLiteral("stepTable"));
    m_stepView->setModel(m_steps);
    styleDetailTable(m_stepView);
    QHeaderView *sh = m_stepView->horizontalHeader();
    sh->resizeSection(ApprovalStepModel::Step, 240);
    sh->resizeSection(ApprovalStepModel::Source, 160);
    sh->resizeSection(ApprovalStepModel::Approvals, 90);
    sh->resizeSection(ApprovalStepModel::Status, 100);
    sh->resizeSection(ApprovalStepModel::Decided, 150);
    sh->setSectionResizeMode(ApprovalStepModel::Eligible, QHeaderView::Stretch);

    m_decisionView = new QTableView(this);
    m_decisionView->setObjectName(QStringLiteral("decisionTable"));
    m_decisionView->setModel(m_decisions);
    styleDetailTable(m_decisionView);
    QHeaderView *dh = m_decisionView->horizontalHeader();
    dh->resizeSection(DecisionTableModel::Step, 240);
    dh->resizeSection(DecisionTableModel::Member, 140);
    dh->resizeSection(DecisionTableModel::Decision, 90);
    dh->resizeSection(DecisionTableModel::When, 150);
    dh->setSectionResizeMode(DecisionTableModel::Comment, QHeaderView::Stretch);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("approvalSummary"));
    m_summary->setWordWrap(true);
    m_approve = new QPushButton(tr("&Approve…"), this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject = new QPushButton(tr("&Reject…"), this);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    connect(m_approve, &QPushButton::clicked, this,
            [this] { emit actionRequested(Action::Approve); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { emit actionRequested(Action::Reject); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_approve);
    top->addWidget(m_reject);

    auto *decisionsTitle = new QLabel(tr("<b>Decisions</b>"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stepView, 1);
    layout->addWidget(decisionsTitle);
    layout->addWidget(m_decisionView, 1);
}

void ApprovalsTab::fetch(int generation)
{
    onResult(m_ctx.client().approvalStepsAsync(m_ctx.number, m_ctx.actor.workspace.slug), this,
             [this, generation](const Result<client::ApprovalStepsAnswer> &answer) {
                 if (finishFetch(generation))
                     showSteps(answer);
             });
}

void ApprovalsTab::showLoading(bool loading)
{
    if (!loading)
        return; // showSteps() sets the buttons from the answer
    for (QPushButton *b : {m_approve, m_reject}) {
        b->setEnabled(false);
        b->setToolTip(QString());
    }
    if (isLoading()) {
        m_summary->setText(tr("Reading the approvals of %1…").arg(m_ctx.numberText()));
        m_summary->setStyleSheet(QStringLiteral("color: #57606a;"));
    }
}

// Approve and Reject as the core answers them: enabled, or disabled with its reason (all off with
// `error` when the answer could not be read).
void ApprovalsTab::showDecisions(const QList<Answer<Action>> &answers, const QString &error)
{
    for (QPushButton *b : {m_approve, m_reject}) {
        const Action action = b == m_approve ? Action::Approve : Action::Reject;
        b->setEnabled(false);
        b->setToolTip(error);
        for (const Answer<Action> &a : answers)
            if (a.action == action) {
                b->setEnabled(a.allowed());
                b->setToolTip(a.reason());
            }
    }
}

void ApprovalsTab::showSteps(const Result<client::ApprovalStepsAnswer> &answer)
{
    QList<ApprovalStep> current;
    int round = 0;
    if (answer.ok()) {
        for (const ApprovalStep &s : answer->steps)
            round = qMax(round, s.round);
        for (const ApprovalStep &s : answer->steps)
            if (s.round == round)
                current << s;
    }
    m_steps->setSteps(current);
    m_decisions->setSteps(current);
    if (!answer.ok()) {
        // A failed read is an error, never "no approval steps".
        showDecisions({}, answer.error().message);
        m_summary->setText(tr("The approvals of %1 cannot be read: %2")
                               .arg(m_ctx.numberText(), answer.error().message));
        m_summary->setStyleSheet(QStringLiteral("color: #b42318; font-weight: 600;"));
        emit loaded();
        return;
    }
    showDecisions(answer->decisions, QString());
    m_summary->setStyleSheet(QString());
    const ChangeRequest &c = change();
    QString summary;
    if (current.isEmpty())
        summary = c.isStandard()
                      ? tr("A standard change is pre-approved: it has no approval steps.")
                      : tr("Approval steps are created when the change is submitted for review.");
    else if (round > 1)
        summary =
            tr("Approval round %1 (an edit after approval asked for approval again).").arg(round);
    else
        summary = tr("Approval round %1.").arg(round);
    if (c.status == ChangeStatus::Review && !m_approve->isEnabled())
        summary += QLatin1Char(' ') + m_approve->toolTip();
    m_summary->setText(summary);
    emit loaded();
}

} // namespace vigilo::ui
