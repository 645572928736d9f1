#pragma once
// The audit timeline of one change, newest first: when, who, what (in words), old → new values.

#include "Entities.h"

#include <QAbstractTableModel>

namespace vigilo::ui {

class ActivityModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Who, What, Changes, ColumnCount };
    enum Roles { SeqRole = Qt::UserRole + 1, ActionRole };
    using QAbstractTableModel::QAbstractTableModel;

    // Any order in; newest first out.
    void setEvents(const QList<AuditEvent> &events);

    // "Submitted for review", "Task started", ... for an audit action name.
    static QString describe(const QString &action);
    // "status: draft → review · approvals: 1/1"
    static QString changesText(const QJsonObject &oldValues, const QJsonObject &newValues,
                               const QString &separator);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEvent> m_events;
};

} // namespace vigilo::ui
