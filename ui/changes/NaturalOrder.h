#pragma once
// Natural order for text columns: digit runs compare as numbers ("17.4" before "17.10",
// "node-2" before "node-10"), letters case-insensitively.

#include <QList>
#include <QString>

#include <functional>

namespace vigilo::ui {

// <0, 0 or >0 like QString::compare.
int naturalCompare(const QString &a, const QString &b);

// The natural-order rank of each row of a text column: sorting 100,000 rows then compares
// integers instead of strings. Built on first use; one row's new text moves one entry (no
// re-sort), so a live update of one change stays cheap.
class NaturalRanks final {
public:
    using Key = std::function<const QString &(int row)>;

    explicit NaturalRanks(Key key)
        : m_key(std::move(key))
    {}

    void clear();
    bool isBuilt() const { return m_built; }
    // The rank of `row` among `rowCount` rows (built on first use).
    int rank(int row, int rowCount);
    // The text of `row` changed; a new last row is appended; a removed row goes.
    void updated(int row);
    void appended(int row);
    void removed(int row);

private:
    qsizetype insertionPoint(int row) const;
    void renumber(qsizetype from, qsizetype to);

    Key m_key;
    bool m_built = false;
    QList<int> m_order; // rows in natural order
    QList<int> m_rank;  // per row: its index in m_order
};

} // namespace vigilo::ui
