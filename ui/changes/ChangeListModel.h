#pragma once
// The rows of the change list: a flat table over change.list, loaded in one reset; a live update
// of one change replaces, adds or removes that row only. What only a search or a sort needs (the
// search text, the natural-order ranks of the text columns) is built when first asked for.

#include "Entities.h"
#include "NaturalOrder.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

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

    void setChanges(QList<ChangeSummary> changes);
    // One change as change.list answers it with the number filter: its row is replaced
    // (dataChanged), a change not listed yet is appended (one inserted row), and nullopt removes
    // the row (the change is no longer listed). Never a reset.
    void updateChange(int number, const std::optional<ChangeSummary> &change);
    // The rest of a list loaded page by page: appends, in one insert, the changes not listed
    // yet and not in `skip` (rows a live update already wrote or removed while the page was on
    // its way). Returns how many rows were added.
    int appendChanges(const QList<ChangeSummary> &changes, const QSet<int> &skip = {});
    // The row of a change number, -1 when it is not listed.
    int rowOfNumber(int number) const;
    const ChangeSummary &changeAt(int row) const { return m_rows.at(row); }
    const QString &searchTextAt(int row) const;
    // What a column sorts by, as a number (the proxy compares these without a QVariant): the
    // change number, an enum's order, UTC msecs, or a text column's natural-order rank.
    qint64 sortKey(int row, int column) const;

    // A UTC time as the list shows it: local time, the user's locale, minutes.
    static QString formatTime(const QDateTime &utc);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ChangeSummary &c, int column) const;

    QList<ChangeSummary> m_rows;
    mutable QStringList m_search;         // per row, made on the first search
    mutable QHash<int, int> m_rowOf;      // number -> row, made on the first lookup
    mutable NaturalRanks m_titleRanks;    // sort ranks of the text columns, made on the first
    mutable NaturalRanks m_assigneeRanks; // sort by them
};

} // namespace vigilo::ui
