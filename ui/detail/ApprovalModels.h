#pragma once
// The approval steps of a change's current round, and every decision taken on them.

#include "Entities.h"

#include <QAbstractTableModel>

namespace vigilo::ui {

class ApprovalStepModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Step, Source, Eligible, Approvals, Status, Decided, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setSteps(const QList<ApprovalStep> &steps);
    const QList<ApprovalStep> &steps() const { return m_steps; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ApprovalStep> m_steps;
};

class DecisionTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Step, Member, Decision, When, Comment, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    // Every decision of these steps, in the order they were taken.
    void setSteps(const QList<ApprovalStep> &steps);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString step;
        ApprovalDecision decision;
    };
    QList<Row> m_rows;
};

} // namespace vigilo::ui
