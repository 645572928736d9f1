#pragma once
// The Approvals tab: the steps of the current round (who may decide, how many approvals, status),
// every decision with its comment, and Approve / Reject as the core answers them
// (ApprovalEngine::decisionAnswers): enabled, or disabled with the reason as the tooltip.

#include "DetailTab.h"

class QLabel;
class QPushButton;
class QTableView;

namespace vigilo::ui {

class ApprovalStepModel;
class DecisionTableModel;

class ApprovalsTab final : public DetailTab {
    Q_OBJECT
public:
    explicit ApprovalsTab(DetailContext &context, QWidget *parent = nullptr);

    void load(const ChangeRequest &change) override;
    ApprovalStepModel *stepModel() const { return m_steps; }
    DecisionTableModel *decisionModel() const { return m_decisions; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QLabel *summary() const { return m_summary; }

signals:
    // Approve or Reject was clicked: the view runs it like the action bar does.
    void actionRequested(vigilo::Action action);

private:
    ApprovalStepModel *m_steps = nullptr;
    DecisionTableModel *m_decisions = nullptr;
    QTableView *m_stepView = nullptr;
    QTableView *m_decisionView = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
};

} // namespace vigilo::ui
