#include "NaturalOrder.h"

#include <algorithm>
#include <numeric>

namespace vigilo::ui {

namespace {
bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
} // namespace

int naturalCompare(const QString &a, const QString &b)
{
    const qsizetype na = a.size(), nb = b.size();
    qsizetype i = 0, j = 0;
    int zeros = 0; // the first difference in leading zeros: "007" after "7" when all else ties
    while (i < na && j < nb) {
        const QChar ca = a.at(i), cb = b.at(j);
        if (isDigit(ca) && isDigit(cb)) {
            const qsizetype za = i, zb = j;
            while (i < na && a.at(i) == QLatin1Char('0'))
                ++i;
            while (j < nb && b.at(j) == QLatin1Char('0'))
                ++j;
            if (zeros == 0 && (i - za) != (j - zb))
                zeros = (i - za) < (j - zb) ? -1 : 1;
            const qsizetype sa = i, sb = j;
            while (i < na && isDigit(a.at(i)))
                ++i;
            while (j < nb && isDigit(b.at(j)))
                ++j;
            // Without leading zeros, the longer run is the larger number.
            if (i - sa != j - sb)
                return (i - sa) < (j - sb) ? -1 : 1;
            for (qsizetype k = 0; k < i - sa; ++k)
                if (a.at(sa + k) != b.at(sb + k))
                    return a.at(sa + k) < b.at(sb + k) ? -1 : 1;
            continue;
        }
        const QChar fa = ca.toCaseFolded(), fb = cb.toCaseFolded();
        if (fa != fb)
            return fa < fb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < na || j < nb)
        return i < na ? 1 : -1;
    if (zeros != 0)
        return zeros;
    return QString::compare(a, b); // a stable tie-break between "Node" and "node"
}

} // namespace vigilo::ui

namespace vigilo::ui {

void NaturalRanks::clear()
{
    m_built = false;
    m_order.clear();
    m_rank.clear();
}

int NaturalRanks::rank(int row, int rowCount)
{
    if (!m_built) {
        m_order.resize(rowCount);
        std::iota(m_order.begin(), m_order.end(), 0);
        std::stable_sort(m_order.begin(), m_order.end(),
                         [this](int a, int b) { return naturalCompare(m_key(a), m_key(b)) < 0; });
        m_rank.resize(rowCount);
        renumber(0, m_order.size());
        m_built = true;
    }
    return m_rank.value(row);
}

qsizetype NaturalRanks::insertionPoint(int row) const
{
    const QString &text = m_key(row);
    return std::upper_bound(
               m_order.begin(), m_order.end(), row,
               [this, &text](int, int other) { return naturalCompare(text, m_key(other)) < 0; })
           - m_order.begin();
}

void NaturalRanks::renumber(qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i)
        m_rank[m_order.at(i)] = int(i);
}

void NaturalRanks::updated(int row)
{
    if (!m_built)
        return;
    const qsizetype old = m_rank.at(row);
    m_order.removeAt(old);
    const qsizetype at = insertionPoint(row);
    m_order.insert(at, row);
    renumber(qMin(old, at), qMax(old, at) + 1);
}

void NaturalRanks::appended(int row)
{
    if (!m_built)
        return;
    m_rank.append(0);
    const qsizetype at = insertionPoint(row);
    m_order.insert(at, row);
    renumber(at, m_order.size());
}

void NaturalRanks::removed(int row)
{
    if (!m_built)
        return;
    m_order.removeAt(m_rank.at(row));
    m_rank.removeAt(row);
    for (int &r : m_order)
        if (r > row)
            --r;
    renumber(0, m_order.size());
}

} // namespace vigilo::ui
