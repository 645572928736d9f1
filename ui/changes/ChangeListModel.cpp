#include "ChangeListModel.h"
#include "detail/DetailFormat.h"

#include <algorithm>
#include <numeric>

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
{}

void ChangeListModel::setChanges(const QList<ChangeSummary> &changes)
{
    beginResetModel();
    m_rows = changes;
    m_search.clear();
    m_search.reserve(m_rows.size());
    for (const ChangeSummary &c : std::as_const(m_rows))
        m_search << (formatChangeNumber(c.number) + QLatin1Char('\n') + c.title + QLatin1Char('\n')
                     + c.assignee + QLatin1Char('\n') + c.requester)
                        .toLower();
    // Text columns sort by a rank computed once per load: sorting 100,000 rows then compares
    // integers instead of strings.
    m_titleRank = ranks([this](int row) -> const QString & { return m_rows.at(row).title; });
    m_assigneeRank = ranks([this](int row) -> const QString & { return m_rows.at(row).assignee; });
    endResetModel();
}

template <typename Key> QList<int> ChangeListModel::ranks(Key key) const
{
    QList<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&key](int a, int b) {
        return QString::compare(key(a), key(b), Qt::CaseInsensitive) < 0;
    });
    QList<int> rank(m_rows.size());
    for (int i = 0; i < order.size(); ++i)
        rank[order[i]] = i;
    return rank;
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
    case SortRole:
        if (index.column() == Title)
            return m_titleRank.value(index.row());
        if (index.column() == Assignee)
            return m_assigneeRank.value(index.row());
        return sortValue(c, index.column());
    case SearchTextRole: return m_search.at(index.row());
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

QVariant ChangeListModel::sortValue(const ChangeSummary &c, int column) const
{
    switch (column) {
    case Number: return c.number;
    case Title: return c.title;
    case Status: return int(c.status);
    case Type: return int(c.changeType);
    case Priority: return int(c.priority);
    case Risk: return c.riskLevel ? int(*c.riskLevel) : -1;
    // Unscheduled changes sort after every scheduled one.
    case PlannedStart:
        return c.plannedStart.isValid() ? c.plannedStart.toMSecsSinceEpoch()
                                        : std::numeric_limits<qint64>::max();
    case Assignee: return c.assignee;
    default: return {};
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
