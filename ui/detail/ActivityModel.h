#pragma once
// The audit timeline of one change, newest first: when, who, what happened and what changed, in
// words (AuditText: "Task: 2 “Install certificate”", "Status: Scheduled → In progress").

#include "AuditText.h"
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEvent> m_events;
    // One core description of an event, shared with the evidence pack: in words, in the
    // interface language, times in the user's time zone.
    static AuditText activityWords();
    AuditText m_words = activityWords();
};

} // namespace vigilo::ui
