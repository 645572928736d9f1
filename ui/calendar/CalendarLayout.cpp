#include "CalendarLayout.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace vigilo::ui {

namespace {
constexpr qint64 kDay = 24 * 3600;
} // namespace

qint64 CalendarLayout::spanSecs(Zoom zoom)
{
    switch (zoom) {
    case Zoom::Day: return kDay;
    case Zoom::Week: return 7 * kDay;
    case Zoom::Month: return 31 * kDay;
    case Zoom::Quarter: return 92 * kDay;
    }
    return 7 * kDay;
}

qint64 CalendarLayout::snapSecs(Zoom zoom)
{
    switch (zoom) {
    case Zoom::Day: return 15 * 60;
    case Zoom::Week: return 3600;
    case Zoom::Month: return 3600;
    case Zoom::Quarter: return kDay;
    }
    return 3600;
}

QDateTime CalendarLayout::localMidnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0)).toUTC();
}

void CalendarLayout::setRange(const CalendarRange &range)
{
    m_range = range;
    rebuildRows();
}

void CalendarLayout::setOnlyActiveAssets(bool only)
{
    m_onlyActive = only;
    rebuildRows();
}

void CalendarLayout::setByService(bool byService)
{
    m_byService = byService;
    rebuildRows();
}

void CalendarLayout::setMetrics(const Metrics &metrics)
{
    m_metrics = metrics;
    rebuildRows();
}

void CalendarLayout::layoutRow(Row &row, const QList<int> &changes) const
{
    // Greedy lanes: each change (sorted by start) takes the first lane free at its start.
    QList<QDateTime> laneEnds;
    for (int i : changes) {
        const CalendarChange &c = m_range.changes[i];
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > c.start)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds << c.end;
        else
            laneEnds[lane] = c.end;
        row.bars << Bar{i, lane};
    }
    row.lanes = qMax(1, int(laneEnds.size()));
}

void CalendarLayout::rebuildRows()
{
    m_rows.clear();
    m_rowOfAsset.clear();
    if (m_byService) {
        rebuildServiceRows();
        return;
    }
    // Bars per asset (a change on two assets shows on both rows).
    QHash<QString, QList<int>> changesOf;
    QList<int> noAsset;
    for (int i = 0; i < m_range.changes.size(); ++i) {
        const CalendarChange &c = m_range.changes[i];
        if (c.assets.isEmpty())
            noAsset << i;
        for (const QString &a : c.assets)
            changesOf[a] << i;
    }
    QMap<QString, QList<const Asset *>> byKind;
    for (const Asset &a : m_range.assets)
        if (!m_onlyActive || changesOf.contains(a.name))
            byKind[a.kind.toLower()] << &a;
    int y = 0;
    auto assetRow = [&](const QString &title, const QString &asset, const QList<int> &changes) {
        Row row;
        row.title = title;
        row.asset = asset;
        layoutRow(row, changes);
        row.y = y;
        row.height = row.lanes * m_metrics.laneHeight + 8;
        y += row.height;
        if (!asset.isEmpty())
            m_rowOfAsset.insert(asset, int(m_rows.size()));
        m_rows << row;
    };
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        Row group;
        group.group = true;
        QString kind = it.key().isEmpty() ? tr("other") : it.key();
        kind[0] = kind[0].toUpper();
        group.title = tr("%1 (%2)").arg(kind).arg(it.value().size());
        group.y = y;
        group.height = m_metrics.groupHeight;
        y += group.height;
        m_rows << group;
        for (const Asset *a : it.value())
            assetRow(a->name, a->name, changesOf.value(a->name));
    }
    if (!noAsset.isEmpty())
        assetRow(tr("No asset"), QString(), noAsset);
}

// One row per service with the changes the core found under it (through its components and what
// they run on or depend on), then the changes that affect no service.
void CalendarLayout::rebuildServiceRows()
{
    QHash<int, int> indexOf; // change number -> index in the range
    for (int i = 0; i < m_range.changes.size(); ++i)
        indexOf.insert(m_range.changes[i].number, i);
    QSet<int> underAService;
    int y = 0;
    auto addRow = [&](Row row, QList<int> changes) {
        std::sort(changes.begin(), changes.end());
        layoutRow(row, changes);
        row.y = y;
        row.height = row.lanes * m_metrics.laneHeight + 8;
        y += row.height;
        if (!row.asset.isEmpty())
            m_rowOfAsset.insert(row.asset, int(m_rows.size()));
        m_rows << row;
    };
    QList<const ServiceRow *> services;
    for (const ServiceRow &s : m_range.services)
        if (!m_onlyActive || !s.changes.isEmpty())
            services << &s;
    Row group;
    group.group = true;
    group.title = tr("Services (%1)").arg(services.size());
    group.y = y;
    group.height = m_metrics.groupHeight;
    y += group.height;
    m_rows << group;
    for (const ServiceRow *s : services) {
        Row row;
        row.title = s->service;
        row.asset = s->service;
        QList<int> changes;
        for (const ServiceChange &c : s->changes) {
            const int i = indexOf.value(c.number, -1);
            if (i < 0 || changes.contains(i))
                continue;
            changes << i;
            underAService.insert(c.number);
            row.why.insert(c.number, c.explanation);
        }
        addRow(row, changes);
    }
    QList<int> rest;
    for (int i = 0; i < m_range.changes.size(); ++i)
        if (!underAService.contains(m_range.changes[i].number))
            rest << i;
    if (!rest.isEmpty()) {
        Row row;
        row.title = tr("No service");
        addRow(row, rest);
    }
}

int CalendarLayout::rowOfChange(int number) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        for (const Bar &b : m_rows[r].bars)
            if (changeOf(b).number == number)
                return r;
    return -1;
}

int CalendarLayout::contentHeight() const
{
    return m_rows.isEmpty() ? 0 : m_rows.last().y + m_rows.last().height;
}

QRect CalendarLayout::timelineRect() const
{
    const Metrics &m = m_metrics;
    return QRect(m.labelWidth, m.headerHeight, qMax(1, m_viewport.width() - m.labelWidth),
                 qMax(1, m_viewport.height() - m.headerHeight));
}

int CalendarLayout::xForTime(const QDateTime &t) const
{
    const QRect tl = timelineRect();
    const double secs = double(m_viewStart.secsTo(t));
    return tl.left() + int(secs / double(spanSecs(m_zoom)) * tl.width());
}

QDateTime CalendarLayout::timeForX(int x) const
{
    const QRect tl = timelineRect();
    const double f = double(x - tl.left()) / double(tl.width());
    return m_viewStart.addSecs(qint64(f * double(spanSecs(m_zoom))));
}

QRect CalendarLayout::rowRect(int row) const
{
    const QRect tl = timelineRect();
    const Row &r = m_rows[row];
    return QRect(tl.left(), tl.top() + r.y - m_scrollY, tl.width(), r.height);
}

QRect CalendarLayout::barRectAt(int row, const Bar &bar, const QDateTime &start,
                                const QDateTime &end) const
{
    const Row &r = m_rows[row];
    const int top = m_metrics.headerHeight + r.y - m_scrollY + 4 + bar.lane * m_metrics.laneHeight;
    const int x1 = xForTime(start);
    const int x2 = qMax(x1 + 4, xForTime(end));
    return QRect(x1, top, x2 - x1, m_metrics.laneHeight - 4);
}

QRect CalendarLayout::barRect(int number, const QString &asset) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!asset.isEmpty() && m_rows[r].asset != asset)
            continue;
        for (const Bar &b : m_rows[r].bars) {
            const CalendarChange &c = changeOf(b);
            if (c.number == number)
                return barRectAt(r, b, c.start, c.end);
        }
    }
    return {};
}

CalendarLayout::Hit CalendarLayout::hitAt(const QPoint &pos) const
{
    if (!timelineRect().contains(pos))
        return {};
    const int y = pos.y() - m_metrics.headerHeight + m_scrollY;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows[r];
        if (y < row.y || y >= row.y + row.height)
            continue;
        // From the last bar back: a later bar is painted over an earlier one.
        for (int b = int(row.bars.size()) - 1; b >= 0; --b) {
            const CalendarChange &c = changeOf(row.bars[b]);
            if (barRectAt(r, row.bars[b], c.start, c.end).adjusted(-2, 0, 2, 0).contains(pos))
                return {r, b};
        }
        return {r, -1};
    }
    return {};
}

QList<int> CalendarLayout::visibleRows() const
{
    const int firstY = m_scrollY, lastY = m_scrollY + timelineRect().height();
    QList<int> out;
    for (int r = 0; r < m_rows.size(); ++r)
        if (!(m_rows[r].y + m_rows[r].height < firstY || m_rows[r].y > lastY))
            out << r;
    return out;
}

} // namespace vigilo::ui
