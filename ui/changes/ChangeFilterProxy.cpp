#include "ChangeFilterProxy.h"

#include "ChangeListModel.h"

#include "ChangeSearch.h"

namespace vigilo::ui {

ChangeFilterProxy::ChangeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ChangeListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false);
}

void ChangeFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_changes = qobject_cast<ChangeListModel *>(model);
    Q_ASSERT_X(m_changes || !model, "ChangeFilterProxy", "the source must be a ChangeListModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void ChangeFilterProxy::setStatus(std::optional<ChangeStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

void ChangeFilterProxy::setChangeType(std::optional<ChangeType> type)
{
    if (m_type == type)
        return;
    m_type = type;
    invalidateFilter();
}

void ChangeFilterProxy::setPriority(std::optional<vigilo::Priority> priority)
{
    if (m_priority == priority)
        return;
    m_priority = priority;
    invalidateFilter();
}

void ChangeFilterProxy::setRisk(std::optional<int> risk)
{
    if (m_risk == risk)
        return;
    m_risk = risk;
    invalidateFilter();
}

void ChangeFilterProxy::setAssignee(std::optional<QString> username)
{
    if (m_assignee == username)
        return;
    m_assignee = std::move(username);
    invalidateFilter();
}

void ChangeFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = changesearch::words(text);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void ChangeFilterProxy::clearFilters()
{
    m_status.reset();
    m_type.reset();
    m_priority.reset();
    m_risk.reset();
    m_assignee.reset();
    m_words.clear();
    invalidateFilter();
}

bool ChangeFilterProxy::isFiltering() const
{
    return m_status || m_type || m_priority || m_risk || m_assignee || !m_words.isEmpty();
}

bool ChangeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_changes || sourceParent.isValid())
        return true;
    const ChangeSummary &c = m_changes->changeAt(sourceRow);
    if (m_status && c.status != *m_status)
        return false;
    if (m_type && c.changeType != *m_type)
        return false;
    if (m_priority && c.priority != *m_priority)
        return false;
    if (m_risk && (c.riskLevel ? int(*c.riskLevel) : kRiskNotAssessed) != *m_risk)
        return false;
    if (m_assignee && c.assignee != *m_assignee)
        return false;
    if (!m_words.isEmpty()) {
        if (!changesearch::matches(m_changes->searchTextAt(sourceRow), m_words))
            return false;
    }
    return true;
}

bool ChangeFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_changes)
        return QSortFilterProxyModel::lessThan(left, right);
    const int column = left.column();
    const qint64 a = m_changes->sortKey(left.row(), column);
    const qint64 b = m_changes->sortKey(right.row(), column);
    if (a != b)
        return a < b;
    // Ties (same status, same priority, ...) by number, so the order never depends on the load.
    return m_changes->changeAt(left.row()).number < m_changes->changeAt(right.row()).number;
}

} // namespace vigilo::ui
