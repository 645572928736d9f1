#include "TaskTableModel.h"

#include "DetailFormat.h"

#include "Runbook.h"

#include <QBrush>
#include <QColor>

namespace vigilo::ui {

void TaskTableModel::setTasks(const QList<ChangeTask> &tasks)
{
    beginResetModel();
    m_tasks = tasks;
    endResetModel();
}

const ChangeTask *TaskTableModel::task(int row) const
{
    return row >= 0 && row < m_tasks.size() ? &m_tasks[row] : nullptr;
}

int TaskTableModel::rowOfSeq(int seq) const
{
    for (int i = 0; i < m_tasks.size(); ++i)
        if (m_tasks[i].seq == seq)
            return i;
    return -1;
}

bool TaskTableModel::isBlocked(const ChangeTask &task) const
{
    return task.status == TaskStatus::Pending
           && !Runbook::pendingPredecessors(task, m_tasks).isEmpty();
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeTask &t = m_tasks[index.row()];
    const bool blocked = isBlocked(t);
    switch (role) {
    case SeqRole: return t.seq;
    case StatusRole: return int(t.status);
    case BlockedRole: return blocked;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Seq: return t.seq;
        case Title: return t.title;
        case Required: return t.isRequired ? tr("Required") : tr("Optional");
        case Status: return blocked ? tr("Blocked") : label(t.status);
        case Predecessors: {
            QStringList out;
            for (int p : t.predecessors)
                out << QStringLiteral("#%1").arg(p);
            return out.isEmpty() ? QStringLiteral("—") : out.join(QStringLiteral(", "));
        }
        case Started:
            return t.startedAt.isValid() ? tr("%1, %2").arg(t.startedBy, format::time(t.startedAt))
                                         : QString();
        case Finished:
            return t.finishedAt.isValid()
                       ? tr("%1, %2").arg(t.finishedBy, format::time(t.finishedAt))
                       : QString();
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (blocked)
            return tr("Waits until its predecessors are done or skipped.");
        if (index.column() == Title)
            return t.title;
        return {};
    case Qt::ForegroundRole:
        if (blocked)
            return QBrush(QColor(0x8c, 0x95, 0x9f));
        if (index.column() == Status) {
            switch (t.status) {
            case TaskStatus::Done: return QBrush(QColor(0x1e, 0x7b, 0x34));
            case TaskStatus::InProgress: return QBrush(QColor(0x1a, 0x5f, 0xb4));
            case TaskStatus::Skipped: return QBrush(QColor(0x6b, 0x72, 0x80));
            case TaskStatus::Pending: break;
            }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Seq)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Seq: return tr("#");
    case Title: return tr("Task");
    case Required: return tr("Required");
    case Status: return tr("Status");
    case Predecessors: return tr("After");
    case Started: return tr("Started");
    case Finished: return tr("Finished");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A blocked task is greyed but selectable: the buttons then show what the core answers for
    // it (an optional one may still be skipped; Start says what it waits on).
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace vigilo::ui
