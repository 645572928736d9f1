#include "ApprovalQueueModel.h"

#include "changes/ChangeListModel.h"

#include <limits>

namespace vigilo::ui {

ApprovalQueueModel::ApprovalQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ApprovalQueueModel::setEntries(const QList<QueueEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ApprovalQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueEntry &e = m_entries.at(index.row());
    const ChangeRequest &c = e.change;
    if (role == NumberRole)
        return c.number;
    if (role == SortRole) {
        switch (index.column()) {
        case Number: return c.number;
        case Risk: return c.riskLevel ? int(*c.riskLevel) : -1;
        case Priority: return int(c.priority);
        case PlannedStart:
            return c.plannedStart.isValid() ? c.plannedStart.toMSecsSinceEpoch()
                                            : std::numeric_limits<qint64>::max();
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == OpenSteps)
        return ApprovalQueue::describeOpenSteps(e.openSteps);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number: return c.numberText();
    case Title: return c.title;
    case Risk: return c.riskLevel ? label(*c.riskLevel) : tr("Not assessed");
    case Priority: return label(c.priority);
    case PlannedStart:
        return c.plannedStart.isValid() ? ChangeListModel::formatTime(c.plannedStart)
                                        : tr("Unscheduled");
    case Requester: return c.requester;
    case OpenSteps: return ApprovalQueue::describeOpenSteps(e.openSteps);
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
    case Risk: return tr("Risk");
    case Priority: return tr("Priority");
    case PlannedStart: return tr("Planned start");
    case Requester: return tr("Requester");
    case OpenSteps: return tr("Open approval steps");
    default: return {};
    }
}

} // namespace vigilo::ui
