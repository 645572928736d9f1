#include "FreezeWindowModel.h"

#include "changes/ChangeListModel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace vigilo::ui {

FreezeWindowModel::FreezeWindowModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FreezeWindowModel::setFreezeWindows(const QList<FreezeWindow> &windows, const QDateTime &now)
{
    beginResetModel();
    m_windows = windows;
    m_now = now;
    std::sort(m_windows.begin(), m_windows.end(),
              [](const FreezeWindow &a, const FreezeWindow &b) { return a.start < b.start; });
    endResetModel();
}

int FreezeWindowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_windows.size());
}

int FreezeWindowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FreezeWindowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FreezeWindow &w = m_windows.at(index.row());
    const bool past = m_now.isValid() && w.end <= m_now;
    const bool active = m_now.isValid() && w.start <= m_now && m_now < w.end;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return active ? tr("%1 (in force now)").arg(w.name) : w.name;
        case Start: return ChangeListModel::formatTime(w.start);
        case End: return ChangeListModel::formatTime(w.end);
        case AllowOverride: return w.allowOverride ? tr("Admins may override") : tr("No override");
        case Assets:
            return w.assets.isEmpty() ? tr("Whole workspace") : w.assets.join(QStringLiteral(", "));
        case Reason: return w.reason;
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case Start: return w.start.toMSecsSinceEpoch();
        case End: return w.end.toMSecsSinceEpoch();
        case AllowOverride: return w.allowOverride;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == Reason || index.column() == Assets)
            return data(index);
        return {};
    case Qt::ForegroundRole:
        if (past)
            return QBrush(QPalette().color(QPalette::PlaceholderText));
        return {};
    case Qt::FontRole:
        if (active) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default: return {};
    }
}

QVariant FreezeWindowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Start: return tr("Start");
    case End: return tr("End");
    case AllowOverride: return tr("Override");
    case Assets: return tr("Assets");
    case Reason: return tr("Reason");
    default: return {};
    }
}

} // namespace vigilo::ui
