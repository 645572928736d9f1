#include "ApprovalQueueModel.h"

#include "changes/ChangeListModel.h"

#include <limits>

namespace vigilo::ui {

ApprovalQueueModel::ApprovalQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ApprovalQueueModel::setItems(const QList<ApprovalQueueItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

QString ApprovalQueueModel::describeOpenSteps(const QList<ApprovalStep> &steps)
{
    QStringList parts;
    for (const ApprovalStep &step : steps) {
        int approvals = 0;
        for (const ApprovalDecision &d : step.decisions)
            if (d.approved)
                ++approvals;
        parts << tr("%1 (%2/%3, %4+)")
                     .arg(step.name)
                     .arg(approvals)
                     .arg(step.requiredApprovals)
                     .arg(label(step.eligibleRole));
    }
    return parts.isEmpty() ? tr("None") : parts.join(QStringLiteral(" → "));
}

int ApprovalQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApprovalQueueItem &e = m_items.at(index.row());
    const ChangeSummary &c = e.change;
    if (role == NumberRole)
        return c.number;
    if (role == SortRole) {
        switch (index.column()) {
        case Number: return c.number;
        case Type: return int(c.changeType);
        case Risk: return c.riskLevel ? int(*c.riskLevel) : -1;
        case Priority: return int(c.priority);
        case PlannedStart:
            return c.plannedStart.isValid() ? c.plannedStart.toMSecsSinceEpoch()
                                            : std::numeric_limits<qint64>::max();
        case Decision: return e.canDecide() ? 0 : 1;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == OpenSteps)
            return describeOpenSteps(e.openSteps);
        if (index.column() == Decision)
            return e.canDecide() ? tr("You may approve or reject the current step.")
                                 : e.refusal->message;
        if (index.column() == PlannedStart && c.plannedStart.isValid())
            return tr("%1 → %2").arg(ChangeListModel::formatTime(c.plannedStart),
                                     ChangeListModel::formatTime(c.plannedEnd));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number: return formatChangeNumber(c.number);
    case Title: return c.title;
    case Type: return label(c.changeType);
    case Risk: return c.riskLevel ? label(*c.riskLevel) : tr("Not assessed");
    case Priority: return label(c.priority);
    case PlannedStart:
        return c.plannedStart.isValid() ? ChangeListModel::formatTime(c.plannedStart)
                                        : tr("Unscheduled");
    case Requester: return c.requester;
    case OpenSteps: return describeOpenSteps(e.openSteps);
    case Decision: return e.canDecide() ? tr("You can decide") : e.refusal->message;
    default: return {};
    }
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("Number");
    case Title: return tr("Title");
    case Type: return tr("Type");
    case Risk: return tr("Risk");
    case Priority: return tr("Priority");
    case PlannedStart: return tr("Planned start");
    case Requester: return tr("Requester");
    case OpenSteps: return tr("Open approval steps");
    case Decision: return tr("Your decision");
    default: return {};
    }
}

} // namespace vigilo::ui
