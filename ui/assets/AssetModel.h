#pragma once
// The rows of the Assets page: each asset with its kind and weekly maintenance windows.

#include "Entities.h"
#include "MaintenanceWindows.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vigilo::ui {

class AssetModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, MaintenanceWindows, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit AssetModel(QObject *parent = nullptr);

    void setAssets(const QList<Asset> &assets, const QList<MaintenanceWindow> &windows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Asset> m_assets;
    QHash<QString, QStringList> m_windows; // asset name → described windows
};

} // namespace vigilo::ui
