#pragma once
// The history an evidence pack embeds, as a sortable table: #, when, who, what happened and what
// changed, in words (AuditText), from the pack alone.

#include "AuditText.h"
#include "Entities.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vigilo::ui {

class EvidenceHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, When, Who, What, Details, ColumnCount };
    // Sorting uses raw values (the seq, the time), not the shown text.
    static constexpr int SortRole = Qt::UserRole + 1;
    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(const QList<AuditEvent> &events, const QHash<QString, QString> &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString person(const QString &username) const;
    QList<AuditEvent> m_events;
    QHash<QString, QString> m_names;
    AuditText m_words;
};

} // namespace vigilo::ui
