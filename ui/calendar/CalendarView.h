#pragma once
// The change calendar's timeline: one row per asset (grouped by kind), a time axis from a day to
// a quarter, change bars coloured by status, freeze windows as hatched bands, maintenance windows
// as light bands, conflicts outlined in red and a "today" line. Paints only what is visible.
// Dragging a bar sideways moves a ghost and asks for a preview; it never saves anything itself.
// The geometry lives in CalendarLayout, the painting in CalendarPainter; this widget holds the
// view's state (zoom, scrolling, selection, the previewed move) and handles input
// (CalendarViewInput.cpp).

#include "CalendarLayout.h"
#include "Clock.h"
#include "Planning.h"

#include <QAbstractScrollArea>
#include <QDateTime>

#include <functional>

namespace vigilo::ui {

class CalendarView final : public QAbstractScrollArea {
    Q_OBJECT
public:
    using Zoom = CalendarLayout::Zoom;

    // `clock`: where "today" and the now-line come from (the core's injected clock).
    explicit CalendarView(const Clock &clock, QWidget *parent = nullptr);

    // What to draw (read by the page from Planning::calendar); keeps the selection.
    void setRange(const CalendarRange &range);
    const CalendarRange &range() const { return m_layout.range(); }

    Zoom zoom() const { return m_layout.zoom(); }
    void setZoom(Zoom zoom);
    void zoomIn();
    void zoomOut();
    // The visible time range [viewStart, viewEnd) in UTC.
    QDateTime viewStart() const { return m_layout.viewStart(); }
    QDateTime viewEnd() const { return m_layout.viewEnd(); }
    void setViewStart(const QDateTime &start);
    void scrollToToday();
    void stepPage(int pages); // one visible span back (-1) or forward (+1)

    // All assets, or only those with a change in the loaded range.
    bool onlyActiveAssets() const { return m_layout.onlyActiveAssets(); }
    void setOnlyActiveAssets(bool only);
    // One row per service instead of per asset (the range must carry its service rows).
    bool byService() const { return m_layout.byService(); }
    void setByService(bool byService);

    int selectedNumber() const { return m_selectedNumber; }
    const CalendarChange *selectedChange() const;
    void selectChange(int number);
    // Scrolls so the selected bar is in view (rows and time).
    void revealSelection() { ensureSelectionVisible(); }

    // The ghost of a change moved to [start, end), until clearPreview().
    void setPreview(int number, const QDateTime &start, const QDateTime &end);
    void clearPreview();
    // Which changes may be dragged to a new slot (asked of the core by the page); none without it.
    void setMovable(std::function<bool(const CalendarChange &)> movable)
    {
        m_movable = std::move(movable);
    }
    bool hasPreview() const { return m_previewNumber > 0; }

    // For tests and keyboard users: where things are, in viewport coordinates.
    QRect barRect(int number, const QString &asset = {}) const;
    int xForTime(const QDateTime &t) const;
    QDateTime timeForX(int x) const;
    // Seconds a drag moves in steps of: a quarter hour (day) to a day (quarter).
    qint64 snapSecs() const { return CalendarLayout::snapSecs(zoom()); }
    int visibleBarCount() const { return m_painted; } // bars painted by the last paint event
    // The layout as painted now (viewport size and scroll position brought up to date).
    const CalendarLayout &calendarLayout() const;

    static QString zoomName(Zoom zoom);
    // The layout's sizes for a font.
    static CalendarLayout::Metrics metricsFor(const QFontMetrics &fm);

Q_SIGNALS:
    void selectionChanged(int number);
    void activated(int number); // double-click or Enter
    void viewChanged();         // zoom or visible range changed: the page may need more data
    void previewRequested(int number, const QDateTime &start, const QDateTime &end);
    void dropped(int number, const QDateTime &start, const QDateTime &end);
    void dragCancelled();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;

private:
    using Hit = CalendarLayout::Hit;

    void rowsChanged(); // after the layout rebuilt its rows
    void updateScrollBars();
    qint64 spanSecs() const { return CalendarLayout::spanSecs(zoom()); }
    const CalendarChange &changeAt(const Hit &hit) const;
    QString toolTipAt(const QPoint &pos) const;
    QString windowText(const QDateTime &start, const QDateTime &end) const;
    bool keyboardDrag(QKeyEvent *event);
    void moveSelection(int dRow, int dBar);
    void ensureSelectionVisible();

    const Clock &m_clock;
    mutable CalendarLayout m_layout;
    int m_selectedNumber = 0;
    int m_selectedRow = -1;
    int m_previewNumber = 0;
    QDateTime m_previewStart;
    QDateTime m_previewEnd;
    QDateTime m_anchor; // what scroll-bar value 0 means (set by scrollToToday())
    // Dragging
    Hit m_press;
    std::function<bool(const CalendarChange &)> m_movable;
    QPoint m_pressPos;
    bool m_dragging = false;
    qint64 m_dragDelta = 0;
    int m_painted = 0;
    bool m_settingScroll = false;
};

} // namespace vigilo::ui
