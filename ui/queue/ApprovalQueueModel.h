#pragma once
// The rows of the Approval queue page: one change in review per row, in planned-start order, as
// the core's approval queue (ApprovalQueue) answers it, with whether you may decide it and why
// not.

#include "ApprovalQueue.h"

#include <QAbstractTableModel>

namespace vigilo::ui {

class ApprovalQueueModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Number,
        Title,
        Type,
        Risk,
        Priority,
        PlannedStart,
        Requester,
        OpenSteps,
        Decision,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values (BadgeDelegate reads the risk from it)
        NumberRole
    };

    explicit ApprovalQueueModel(QObject *parent = nullptr);

    void setItems(const QList<ApprovalQueueItem> &items);
    const ApprovalQueueItem &itemAt(int row) const { return m_items.at(row); }

    // Open steps as one line: "Approver review (0/1, Approver+) → Admin sign-off (0/1, Admin+)".
    static QString describeOpenSteps(const QList<ApprovalStep> &steps);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ApprovalQueueItem> m_items;
};

} // namespace vigilo::ui
