#pragma once
// The change calendar's geometry, without painting: one row per asset grouped by kind (or, by
// service, one row per service with the changes that affect it through the relationships), lanes
// for changes that overlap on a row, and where each bar, row and instant sits for a zoom, a visible
// start, a viewport size and a vertical scroll position. CalendarView draws and hit-tests
// through it; a test can use it alone, with fixed metrics instead of a font.

#include "Planning.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRect>
#include <QSize>

namespace vigilo::ui {

class CalendarLayout final {
    // The calendar's strings keep the view's context (one place in the catalogue).
    Q_DECLARE_TR_FUNCTIONS(vigilo::ui::CalendarView)
public:
    enum class Zoom { Day, Week, Month, Quarter };

    // Sizes in pixels, from the view's font (CalendarView::metricsFor) or fixed in a test.
    struct Metrics {
        int labelWidth = 150;  // the asset names on the left
        int headerHeight = 40; // the time axis on top
        int laneHeight = 24;   // one bar and its gap
        int groupHeight = 22;  // a kind's heading row
    };
    struct Bar {
        int change = 0; // index into range().changes
        int lane = 0;
    };
    struct Row {
        bool group = false;
        QString title; // asset name, or group title
        QString asset; // empty for groups and "no asset"
        int lanes = 1;
        int y = 0; // content coordinates (below the header)
        int height = 0;
        QList<Bar> bars; // by start
        // On a service row: why each change is under it, by change number ("payments-api is part
        // of checkout."; empty when the change works on the service itself).
        QHash<int, QString> why;
    };
    struct Hit {
        int row = -1;
        int bar = -1; // index into rows()[row].bars
    };

    // The visible span of a zoom, and the step a drag moves in (a quarter hour to a day).
    static qint64 spanSecs(Zoom zoom);
    static qint64 snapSecs(Zoom zoom);
    // Midnight of `date` in the local time zone, in UTC: where days begin on the axis.
    static QDateTime localMidnight(const QDate &date);

    // What to lay out; each setter that changes the rows rebuilds them.
    void setRange(const CalendarRange &range);
    const CalendarRange &range() const { return m_range; }
    void setOnlyActiveAssets(bool only);
    bool onlyActiveAssets() const { return m_onlyActive; }
    // Rows by service (the range must have been read with CalendarOptions::services).
    void setByService(bool byService);
    bool byService() const { return m_byService; }
    void setMetrics(const Metrics &metrics);
    const Metrics &metrics() const { return m_metrics; }

    // Where the view looks: zoom, visible start (UTC), viewport size and vertical scroll.
    void setZoom(Zoom zoom) { m_zoom = zoom; }
    Zoom zoom() const { return m_zoom; }
    void setViewStart(const QDateTime &start) { m_viewStart = start; }
    QDateTime viewStart() const { return m_viewStart; }
    QDateTime viewEnd() const { return m_viewStart.addSecs(spanSecs(m_zoom)); }
    void setViewport(const QSize &size, int scrollY)
    {
        m_viewport = size;
        m_scrollY = scrollY;
    }
    int scrollY() const { return m_scrollY; }

    const QList<Row> &rows() const { return m_rows; }
    const CalendarChange &changeOf(const Bar &bar) const { return m_range.changes[bar.change]; }
    int rowOfAsset(const QString &asset) const { return m_rowOfAsset.value(asset, -1); }
    // The first row showing change `number`, or -1.
    int rowOfChange(int number) const;
    int contentHeight() const;

    // Geometry in viewport coordinates.
    QRect timelineRect() const; // the bars' area, right of the labels and under the header
    int xForTime(const QDateTime &t) const;
    QDateTime timeForX(int x) const;
    QRect rowRect(int row) const; // across the timeline
    QRect barRectAt(int row, const Bar &bar, const QDateTime &start, const QDateTime &end) const;
    QRect barRect(int number, const QString &asset = {}) const; // empty when not laid out
    Hit hitAt(const QPoint &pos) const;
    QList<int> visibleRows() const; // rows that intersect the timeline's height

private:
    void rebuildRows();
    void layoutRow(Row &row, const QList<int> &changes) const;
    void rebuildServiceRows();

    CalendarRange m_range;
    bool m_onlyActive = false;
    bool m_byService = false;
    Metrics m_metrics;
    Zoom m_zoom = Zoom::Week;
    QDateTime m_viewStart;
    QSize m_viewport;
    int m_scrollY = 0;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfAsset;
};

} // namespace vigilo::ui
