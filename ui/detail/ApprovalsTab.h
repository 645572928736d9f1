#pragma once
// The Approvals tab: the steps of the current round (who may decide, how many approvals, status),
// every decision with its comment, and Approve / Reject as the core answers them
// (ApprovalEngine::decisionAnswers, through change.steps): enabled, or disabled with the reason as
// the tooltip. Read through the client, on a database and on a team server alike.

#include "ListTab.h"

namespace vigilo::client {
struct ApprovalStepsAnswer;
}

class QLabel;
class QPushButton;
class QTableView;

namespace vigilo::ui {

class ApprovalStepModel;
class DecisionTableModel;

class ApprovalsTab final : public ListTab {
    Q_OBJECT
public:
    explicit ApprovalsTab(DetailContext &context, QWidget *parent = nullptr);

    ApprovalStepModel *stepModel() const { return m_steps; }
    DecisionTableModel *decisionModel() const { return m_decisions; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QLabel *summary() const { return m_summary; }

signals:
    // Approve or Reject was clicked: the view runs it like the action bar does.
    void actionRequested(vigilo::Action action);

protected:
    void fetch(int generation) override;
    void showLoading(bool loading) override;

private:
    void showSteps(const Result<client::ApprovalStepsAnswer> &answer);
    void showDecisions(const QList<Answer<Action>> &answers, const QString &error);
    ApprovalStepModel *m_steps = nullptr;
    DecisionTableModel *m_decisions = nullptr;
    QTableView *m_stepView = nullptr;
    QTableView *m_decisionView = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
};

} // namespace vigilo::ui
