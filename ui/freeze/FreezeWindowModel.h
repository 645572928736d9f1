#pragma once
// The rows of the Freeze windows page: name, window, override, assets and reason.

#include "Entities.h"

#include <QAbstractTableModel>

namespace vigilo::ui {

class FreezeWindowModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Start, End, AllowOverride, Assets, Reason, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit FreezeWindowModel(QObject *parent = nullptr);

    // now: to tell past, active and upcoming windows apart.
    void setFreezeWindows(const QList<FreezeWindow> &windows, const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<FreezeWindow> m_windows;
    QDateTime m_now;
};

} // namespace vigilo::ui
