#include "ChangeListModel.h"
#include "detail/DetailFormat.h"

#include "ChangeSearch.h"

#include <QFont>
#include <QLocale>

#include <limits>

namespace vigilo::ui {

QString ChangeListModel::formatTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    // The C locale (a bare CI box) would print seconds and English month names: use ISO.
    if (QLocale().language() == QLocale::C)
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return format::time(utc);
}

ChangeListModel::ChangeListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_titleRanks([this](int row) -> const QString & { return m_rows.at(row).title; })
    , m_assigneeRanks([this](int row) -> const QString & { return m_rows.at(row).assignee; })
{}

void ChangeListModel::setChanges(QList<ChangeSummary> changes)
{
    beginResetModel();
    m_rows = std::move(changes);
    m_search.clear();
    m_rowOf.clear();
    m_titleRanks.clear();
    m_assigneeRanks.clear();
    endResetModel();
}

int ChangeListModel::appendChanges(const QList<ChangeSummary> &changes, const QSet<int> &skip)
{
    QList<ChangeSummary> added;
    added.reserve(changes.size());
    for (const ChangeSummary &c : changes)
        if (!skip.contains(c.number) && rowOfNumber(c.number) < 0)
            added << c;
    if (added.isEmpty())
        return 0;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.append(added);
    for (int row = first; row < m_rows.size(); ++row) {
        if (!m_rowOf.isEmpty())
            m_rowOf.insert(m_rows.at(row).number, row);
        m_titleRanks.appended(row);
        m_assigneeRanks.appended(row);
    }
    if (!m_search.isEmpty())
        m_search.resize(m_rows.size());
    endInsertRows();
    return int(added.size());
}

const QString &ChangeListModel::searchTextAt(int row) const
{
    if (m_search.size() != m_rows.size())
        m_search.resize(m_rows.size());
    QString &text = m_search[row];
    if (text.isNull())
        text = changesearch::haystack(m_rows.at(row));
    return text;
}

int ChangeListModel::rowOfNumber(int number) const
{
    if (m_rowOf.isEmpty() && !m_rows.isEmpty()) {
        m_rowOf.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowOf.insert(m_rows.at(row).number, row);
    }
    return m_rowOf.value(number, -1);
}

void ChangeListModel::updateChange(int number, const std::optional<ChangeSummary> &change)
{
    const int row = rowOfNumber(number);
    if (change && row >= 0) {
        const bool titleMoved = m_rows.at(row).title != change->title;
        const bool assigneeMoved = m_rows.at(row).assignee != change->assignee;
        m_rows[row] = *change;
        if (row < m_search.size())
            m_search[row] = QString();
        if (titleMoved)
            m_titleRanks.updated(row);
        if (assigneeMoved)
            m_assigneeRanks.updated(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (change) {
        const int added = int(m_rows.size());
        beginInsertRows({}, added, added);
        m_rows.append(*change);
        if (!m_rowOf.isEmpty())
            m_rowOf.insert(number, added);
        if (!m_search.isEmpty())
            m_search.append(QString());
        m_titleRanks.appended(added);
        m_assigneeRanks.appended(added);
        endInsertRows();
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_titleRanks.removed(row);
        m_assigneeRanks.removed(row);
        m_rows.removeAt(row);
        if (row < m_search.size())
            m_search.removeAt(row);
        m_rowOf.clear(); // the rows below moved up
        endRemoveRows();
    }
}

int ChangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChangeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeSummary &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(c, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return c.title;
        if (index.column() == Status && c.overrunning)
            return tr("Still in progress after its planned end (%1).")
                .arg(QLocale().toString(c.plannedEnd.toLocalTime(), QLocale::LongFormat));
        if (index.column() == PlannedStart && c.plannedStart.isValid())
            return tr("%1 – %2").arg(
                QLocale().toString(c.plannedStart.toLocalTime(), QLocale::LongFormat),
                QLocale().toString(c.plannedEnd.toLocalTime(), QLocale::LongFormat));
        return {};
    case Qt::FontRole:
        if (index.column() == Priority && c.priority == vigilo::Priority::Critical) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == PlannedStart)
            return QVariant::fromValue(Qt::AlignVCenter | Qt::AlignLeft);
        return {};
    case SortRole: return sortKey(index.row(), index.column());
    case SearchTextRole: return searchTextAt(index.row());
    case NumberRole: return c.number;
    case OverrunningRole: return c.overrunning;
    default: return {};
    }
}

QVariant ChangeListModel::display(const ChangeSummary &c, int column) const
{
    switch (column) {
    case Number: return formatChangeNumber(c.number);
    case Title: return c.title;
    case Status:
        return c.overrunning ? tr("%1, overrunning").arg(label(c.status)) : label(c.status);
    case Type: return label(c.changeType);
    case Priority: return label(c.priority);
    case Risk: return c.riskLevel ? label(*c.riskLevel) : tr("Not assessed");
    case PlannedStart:
        return c.plannedStart.isValid() ? formatTime(c.plannedStart) : tr("Unscheduled");
    case Assignee: return c.assignee.isEmpty() ? tr("Unassigned") : c.assignee;
    default: return {};
    }
}

qint64 ChangeListModel::sortKey(int row, int column) const
{
    const ChangeSummary &c = m_rows.at(row);
    switch (column) {
    case Number: return c.number;
    case Title: return m_titleRanks.rank(row, rowCount());
    case Status: return int(c.status);
    case Type: return int(c.changeType);
    case Priority: return int(c.priority);
    case Risk: return c.riskLevel ? int(*c.riskLevel) : -1;
    // Unscheduled changes sort after every scheduled one.
    case PlannedStart:
        return c.plannedStart.isValid() ? c.plannedStart.toMSecsSinceEpoch()
                                        : std::numeric_limits<qint64>::max();
    case Assignee: return m_assigneeRanks.rank(row, rowCount());
    default: return 0;
    }
}

QVariant ChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("Number");
    case Title: return tr("Title");
    case Status: return tr("Status");
    case Type: return tr("Type");
    case Priority: return tr("Priority");
    case Risk: return tr("Risk");
    case PlannedStart: return tr("Planned start");
    case Assignee: return tr("Assignee");
    default: return {};
    }
}

} // namespace vigilo::ui
