#pragma once
// The rows of the Impact tab: the change's own assets, then everything affected through the
// relationships, each with its depth, criticality and the sentence that explains it; excluded
// items struck through and greyed, with who excluded them and why.

#include "Impact.h"

#include <QAbstractTableModel>

namespace vigilo::ui {

class ImpactModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Asset, Criticality, Depth, Why, Exclusion, ColumnCount };
    enum Roles { AssetRole = Qt::UserRole + 1, ExcludedRole, TouchedRole, DepthRole };
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const ImpactReport &report);
    void clear();
    // The item of a row (nullptr out of range).
    const ImpactItem *item(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ImpactItem &i, Column column) const;
    QList<ImpactItem> m_items; // touched, then affected (closest first, as the core lists them)
};

} // namespace vigilo::ui
