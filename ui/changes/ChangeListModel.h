#pragma once
// The rows of the change list: a flat table over ChangeService::list, loaded in one reset.

#include "Entities.h"

#include <QAbstractTableModel>
#include <QList>

namespace vigilo::ui {

class ChangeListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Number,
        Title,
        Status,
        Type,
        Priority,
        Risk,
        PlannedStart,
        Assignee,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: numbers, enum order, UTC msecs
        SearchTextRole,              // lower-case text the search box matches against
        NumberRole,                  // the change number (int) of the row
        OverrunningRole              // in progress after its planned end (the core's flag)
    };

    explicit ChangeListModel(QObject *parent = nullptr);

    void setChanges(const QList<ChangeSummary> &changes);
    const ChangeSummary &changeAt(int row) const { return m_rows.at(row); }
    const QString &searchTextAt(int row) const { return m_search.at(row); }

    // A UTC time as the list shows it: local time, the user's locale, minutes.
    static QString formatTime(const QDateTime &utc);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ChangeSummary &c, int column) const;
    QVariant sortValue(const ChangeSummary &c, int column) const;

    QList<ChangeSummary> m_rows;
    template <typename Key> QList<int> ranks(Key key) const;

    QStringList m_search;                   // one per row, built once per load
    QList<int> m_titleRank, m_assigneeRank; // sort ranks of the text columns
};

} // namespace vigilo::ui
