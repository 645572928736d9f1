#pragma once
// The rows of the Assets page: each asset with its kind, owner, criticality, time zone and
// weekly maintenance windows, by name.

#include "Entities.h"
#include "MaintenanceWindows.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vigilo::ui {

class AssetModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Owner, Criticality, TimeZone, MaintenanceWindows, ColumnCount };
    // SearchRole: name, kind and owner, what the page's search box matches.
    enum Role { SortRole = Qt::UserRole + 1, SearchRole };

    explicit AssetModel(QObject *parent = nullptr);

    void setAssets(const QList<Asset> &assets, const QList<MaintenanceWindow> &windows);
    // One asset added or edited: its row only (inserted in name order, or changed).
    void putAsset(const Asset &asset);
    void addWindow(const MaintenanceWindow &window);
    void removeWindow(const MaintenanceWindow &window);
    const QList<Asset> &assets() const { return m_assets; }
    // The row of `name`, or -1.
    int rowOf(const QString &name) const;
    QList<MaintenanceWindow> windowsOf(const QString &name) const { return m_windows.value(name); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Asset> m_assets;
    QHash<QString, QList<MaintenanceWindow>> m_windows; // asset name → its windows
};

} // namespace vigilo::ui
