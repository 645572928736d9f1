#pragma once
// The rows of the Approval queue page: one change in review per row, in planned-start order.

#include "ApprovalQueue.h"

#include <QAbstractTableModel>

namespace vigilo::ui {

class ApprovalQueueModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Title, Risk, Priority, PlannedStart, Requester, OpenSteps, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values (BadgeDelegate reads the risk from it)
        NumberRole
    };

    explicit ApprovalQueueModel(QObject *parent = nullptr);

    void setEntries(const QList<QueueEntry> &entries);
    const QueueEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QueueEntry> m_entries;
};

} // namespace vigilo::ui
