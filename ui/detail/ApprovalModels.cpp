#include "ApprovalModels.h"

#include "DetailFormat.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace vigilo::ui {

namespace {
QBrush stepBrush(StepStatus s)
{
    switch (s) {
    case StepStatus::Approved: return QBrush(QColor(0x1e, 0x7b, 0x34));
    case StepStatus::Rejected: return QBrush(QColor(0xb4, 0x23, 0x18));
    case StepStatus::Pending: return QBrush(QColor(0x1a, 0x5f, 0xb4));
    case StepStatus::Waiting:
    case StepStatus::Superseded: break;
    }
    return QBrush(QColor(0x6b, 0x72, 0x80));
}
} // namespace

void ApprovalStepModel::setSteps(const QList<ApprovalStep> &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

int ApprovalStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int ApprovalStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApprovalStep &s = m_steps[index.row()];
    if (role == Qt::ForegroundRole && index.column() == Status)
        return stepBrush(s.status);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Step: return tr("%1. %2").arg(s.stepOrder).arg(s.name);
    case Source:
        if (s.source.startsWith(QLatin1String("policy:")))
            return tr("Policy \"%1\"").arg(s.source.mid(7));
        if (s.source.startsWith(QLatin1String("matrix:")))
            return tr("Built-in matrix");
        return s.source;
    case Eligible:
        return s.eligibleMembers.isEmpty() ? tr("%1 or above").arg(label(s.eligibleRole))
                                           : s.eligibleMembers.join(QStringLiteral(", "));
    case Approvals: {
        const auto approvals = std::count_if(s.decisions.begin(), s.decisions.end(),
                                             [](const ApprovalDecision &d) { return d.approved; });
        return tr("%1 of %2").arg(approvals).arg(s.requiredApprovals);
    }
    case Status: return label(s.status);
    case Decided: return format::time(s.decidedAt);
    case ColumnCount: break;
    }
    return {};
}

QVariant ApprovalStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Step: return tr("Step");
    case Source: return tr("From");
    case Eligible: return tr("Who may decide");
    case Approvals: return tr("Approvals");
    case Status: return tr("Status");
    case Decided: return tr("Decided");
    case ColumnCount: break;
    }
    return {};
}

void DecisionTableModel::setSteps(const QList<ApprovalStep> &steps)
{
    beginResetModel();
    m_rows.clear();
    for (const ApprovalStep &s : steps)
        for (const ApprovalDecision &d : s.decisions)
            m_rows.append({tr("%1. %2").arg(s.stepOrder).arg(s.name), d});
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return a.decision.decidedAt < b.decision.decidedAt;
    });
    endResetModel();
}

int DecisionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DecisionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    if (role == Qt::ForegroundRole && index.column() == Decision)
        return stepBrush(r.decision.approved ? StepStatus::Approved : StepStatus::Rejected);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Step: return r.step;
    case Member: return r.decision.member;
    case Decision: return r.decision.approved ? tr("Approved") : tr("Rejected");
    case When: return format::time(r.decision.decidedAt);
    case Comment: return r.decision.comment;
    case ColumnCount: break;
    }
    return {};
}

QVariant DecisionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Step: return tr("Step");
    case Member: return tr("Who");
    case Decision: return tr("Decision");
    case When: return tr("When");
    case Comment: return tr("Comment");
    case ColumnCount: break;
    }
    return {};
}

} // namespace vigilo::ui
