#include "AssetModel.h"

namespace vigilo::ui {

AssetModel::AssetModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AssetModel::setAssets(const QList<Asset> &assets, const QList<MaintenanceWindow> &windows)
{
    beginResetModel();
    m_assets = assets;
    std::sort(m_assets.begin(), m_assets.end(), [](const Asset &a, const Asset &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    m_windows.clear();
    for (const MaintenanceWindow &w : windows)
        m_windows[w.asset] << w.describe();
    endResetModel();
}

int AssetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assets.size());
}

int AssetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Asset &a = m_assets.at(index.row());
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name: return a.name;
    case Kind: return a.kind;
    case MaintenanceWindows: {
        const QStringList windows = m_windows.value(a.name);
        if (role == Qt::ToolTipRole)
            return windows.join(QLatin1Char('\n'));
        if (role == SortRole)
            return int(windows.size());
        return windows.isEmpty() ? tr("None (any time is outside a window)")
                                 : windows.join(QStringLiteral(" · "));
    }
    default: return {};
    }
}

QVariant AssetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Asset");
    case Kind: return tr("Kind");
    case MaintenanceWindows: return tr("Maintenance windows");
    default: return {};
    }
}

} // namespace vigilo::ui
