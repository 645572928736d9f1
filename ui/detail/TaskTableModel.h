#pragma once
// The implementation tasks of one change as a table: sequence, title, required, status,
// predecessors, and who started and finished each when. A pending task whose predecessors are
// not done or skipped is blocked: it is shown greyed.

#include "Entities.h"

#include <QAbstractTableModel>

namespace vigilo::ui {

class TaskTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, Title, Required, Status, Predecessors, Started, Finished, ColumnCount };
    enum Roles { SeqRole = Qt::UserRole + 1, StatusRole, BlockedRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setTasks(const QList<ChangeTask> &tasks);
    const QList<ChangeTask> &tasks() const { return m_tasks; }
    const ChangeTask *task(int row) const;
    // A pending task whose predecessors are not all done or skipped (the core's rule,
    // Runbook::pendingPredecessors).
    bool isBlocked(const ChangeTask &task) const;
    int rowOfSeq(int seq) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<ChangeTask> m_tasks;
};

} // namespace vigilo::ui
