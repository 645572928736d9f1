#pragma once
// The rows of the Suggest similar dialog: earlier changes on the same assets or with a similar
// title, and how they ended (status, closure code, rollback reason) and who approved them.

#include "Planning.h"

#include <QAbstractTableModel>

namespace vigilo::ui {

class SimilarModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Number,
        Title,
        Outcome,
        RollbackReason,
        SharedAssets,
        Approvers,
        Score,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, NumberRole };

    explicit SimilarModel(QObject *parent = nullptr);

    void setChanges(const QList<SimilarChange> &changes);
    const SimilarChange &changeAt(int row) const { return m_changes.at(row); }
    // "Rolled back", "Completed · Successful with issues", ...
    static QString outcomeOf(const SimilarChange &c);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SimilarChange> m_changes;
};

} // namespace vigilo::ui
