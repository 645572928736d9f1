#include "AssetModel.h"

#include <algorithm>

namespace vigilo::ui {

namespace {

bool byName(const Asset &a, const Asset &b)
{
    return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
}

} // namespace

AssetModel::AssetModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AssetModel::setAssets(const QList<Asset> &assets, const QList<MaintenanceWindow> &windows)
{
    beginResetModel();
    m_assets = assets;
    std::sort(m_assets.begin(), m_assets.end(), byName);
    m_windows.clear();
    for (const MaintenanceWindow &w : windows)
        m_windows[w.asset] << w;
    endResetModel();
}

int AssetModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_assets.size(); ++row)
        if (m_assets.at(row).name == name)
            return row;
    return -1;
}

void AssetModel::putAsset(const Asset &asset)
{
    const int row = rowOf(asset.name);
    if (row >= 0) {
        m_assets[row] = asset;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const auto at = std::lower_bound(m_assets.begin(), m_assets.end(), asset, byName);
    const int pos = int(at - m_assets.begin());
    beginInsertRows({}, pos, pos);
    m_assets.insert(pos, asset);
    endInsertRows();
}

void AssetModel::addWindow(const MaintenanceWindow &window)
{
    m_windows[window.asset] << window;
    const int row = rowOf(window.asset);
    if (row >= 0)
        emit dataChanged(index(row, MaintenanceWindows), index(row, MaintenanceWindows));
}

void AssetModel::removeWindow(const MaintenanceWindow &window)
{
    auto it = m_windows.find(window.asset);
    if (it == m_windows.end())
        return;
    it->removeIf([&window](const MaintenanceWindow &w) { return w.id == window.id; });
    const int row = rowOf(window.asset);
    if (row >= 0)
        emit dataChanged(index(row, MaintenanceWindows), index(row, MaintenanceWindows));
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
    if (role == SearchRole)
        return QString(a.name + QLatin1Char('\n') + a.kind + QLatin1Char('\n') + a.owner);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name: return a.name;
    case Kind: return a.kind;
    case Owner: return a.owner;
    case Criticality:
        if (role == SortRole)
            return int(a.criticality);
        return label(a.criticality);
    case TimeZone: return a.timeZone;
    case MaintenanceWindows: {
        QStringList windows;
        for (const MaintenanceWindow &w : m_windows.value(a.name))
            windows << w.describe();
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
    case Owner: return tr("Owner");
    case Criticality: return tr("Criticality");
    case TimeZone: return tr("Time zone");
    case MaintenanceWindows: return tr("Maintenance windows");
    default: return {};
    }
}

} // namespace vigilo::ui
