#include "CalendarView.h"
#include "detail/DetailFormat.h"

#include "CalendarPainter.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

namespace vigilo::ui {

namespace {
constexpr qint64 kUnit = 15 * 60; // the horizontal scroll bar counts quarter hours
constexpr int kScrollDays = 400;  // from today, each way
} // namespace

CalendarView::CalendarView(const Clock &clock, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("calendarView"));
    setAccessibleName(tr("Change calendar"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFrameShape(QFrame::NoFrame);
    m_layout.setMetrics(metricsFor(fontMetrics()));
    horizontalScrollBar()->setRange(-kScrollDays * 96, kScrollDays * 96);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_settingScroll)
            return;
        m_layout.setViewStart(m_anchor.addSecs(qint64(value) * kUnit));
        viewport()->update();
        Q_EMIT viewChanged();
    });
    verticalScrollBar()->setSingleStep(m_layout.metrics().laneHeight);
    scrollToToday();
}

CalendarLayout::Metrics CalendarView::metricsFor(const QFontMetrics &fm)
{
    CalendarLayout::Metrics m;
    m.labelWidth = qMax(150, fm.horizontalAdvance(QLatin1Char('m')) * 16);
    m.headerHeight = fm.height() * 2 + 14;
    m.laneHeight = fm.height() + 12;
    m.groupHeight = fm.height() + 10;
    return m;
}

const CalendarLayout &CalendarView::calendarLayout() const
{
    m_layout.setViewport(viewport()->size(), verticalScrollBar()->value());
    return m_layout;
}

QString CalendarView::zoomName(Zoom zoom)
{
    switch (zoom) {
    case Zoom::Day: return tr("Day");
    case Zoom::Week: return tr("Week");
    case Zoom::Month: return tr("Month");
    case Zoom::Quarter: return tr("Quarter");
    }
    return {};
}

int CalendarView::xForTime(const QDateTime &t) const
{
    return calendarLayout().xForTime(t);
}

QDateTime CalendarView::timeForX(int x) const
{
    return calendarLayout().timeForX(x);
}

QRect CalendarView::barRect(int number, const QString &asset) const
{
    return calendarLayout().barRect(number, asset);
}

void CalendarView::setZoom(Zoom zoom)
{
    if (zoom == this->zoom())
        return;
    // Keep the middle of the view where it is.
    const QDateTime middle = viewStart().addSecs(spanSecs() / 2);
    m_layout.setZoom(zoom);
    setViewStart(middle.addSecs(-spanSecs() / 2));
    Q_EMIT viewChanged();
}

void CalendarView::zoomIn()
{
    if (zoom() != Zoom::Day)
        setZoom(Zoom(int(zoom()) - 1));
}

void CalendarView::zoomOut()
{
    if (zoom() != Zoom::Quarter)
        setZoom(Zoom(int(zoom()) + 1));
}

void CalendarView::setViewStart(const QDateTime &start)
{
    const qint64 limit = qint64(kScrollDays) * 96;
    const qint64 units = std::clamp(m_anchor.secsTo(start.toUTC()) / kUnit, -limit, limit);
    m_layout.setViewStart(m_anchor.addSecs(units * kUnit));
    {
        const QScopedValueRollback<bool> guard(m_settingScroll, true);
        horizontalScrollBar()->setPageStep(int(spanSecs() / kUnit));
        horizontalScrollBar()->setSingleStep(int(qMax<qint64>(1, spanSecs() / kUnit / 28)));
        horizontalScrollBar()->setValue(int(units));
    }
    viewport()->update();
    Q_EMIT viewChanged();
}

void CalendarView::scrollToToday()
{
    const QDate today = m_clock.now().toLocalTime().date();
    // The scroll bar counts from the midnight it was last anchored at (left open overnight, the
    // same position keeps meaning the same time until the user goes back to today).
    m_anchor = CalendarLayout::localMidnight(today);
    QDate first = today;
    switch (zoom()) {
    case Zoom::Day: break;
    case Zoom::Week: first = today.addDays(-(today.dayOfWeek() - 1)); break;
    case Zoom::Month: first = today.addDays(-3); break;
    case Zoom::Quarter: first = today.addDays(-14); break;
    }
    setViewStart(CalendarLayout::localMidnight(first));
}

void CalendarView::stepPage(int pages)
{
    setViewStart(viewStart().addSecs(spanSecs() * pages));
}

void CalendarView::setOnlyActiveAssets(bool only)
{
    if (only == onlyActiveAssets())
        return;
    m_layout.setOnlyActiveAssets(only);
    rowsChanged();
}

void CalendarView::setByService(bool byService)
{
    if (byService == this->byService())
        return;
    m_layout.setByService(byService);
    rowsChanged();
}

void CalendarView::setRange(const CalendarRange &range)
{
    // A reload (another workstation committed, a scroll past the loaded span) rebuilds the rows:
    // a press or drag that pointed into the old rows is cancelled rather than applied to
    // whatever now sits at that position.
    const bool wasDragging = m_press.bar >= 0 && m_dragging;
    m_press = {};
    m_layout.setRange(range);
    rowsChanged();
    if (wasDragging) {
        clearPreview();
        Q_EMIT dragCancelled();
    }
}

void CalendarView::rowsChanged()
{
    selectChange(m_selectedNumber);
    updateScrollBars();
    viewport()->update();
}

const CalendarChange *CalendarView::selectedChange() const
{
    for (const auto &c : range().changes)
        if (c.number == m_selectedNumber)
            return &c;
    return nullptr;
}

const CalendarChange &CalendarView::changeAt(const Hit &hit) const
{
    return m_layout.changeOf(m_layout.rows()[hit.row].bars[hit.bar]);
}

void CalendarView::selectChange(int number)
{
    m_selectedNumber = number;
    m_selectedRow = m_layout.rowOfChange(number);
    viewport()->update();
    Q_EMIT selectionChanged(number);
}

void CalendarView::setPreview(int number, const QDateTime &start, const QDateTime &end)
{
    m_previewNumber = number;
    m_previewStart = start;
    m_previewEnd = end;
    viewport()->update();
}

void CalendarView::clearPreview()
{
    m_previewNumber = 0;
    m_dragging = false;
    m_dragDelta = 0;
    viewport()->update();
}

void CalendarView::updateScrollBars()
{
    const int visible = calendarLayout().timelineRect().height();
    verticalScrollBar()->setRange(0, qMax(0, m_layout.contentHeight() - visible));
    verticalScrollBar()->setPageStep(visible);
}

void CalendarView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void CalendarView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void CalendarView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_layout.setMetrics(metricsFor(fontMetrics()));
        rowsChanged();
    }
}

void CalendarView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    CalendarPainter::State state;
    state.selectedNumber = m_selectedNumber;
    state.selectedRow = m_selectedRow;
    state.previewNumber = m_previewNumber;
    state.previewStart = m_previewStart;
    state.previewEnd = m_previewEnd;
    state.now = m_clock.now();
    m_painted =
        CalendarPainter(p, calendarLayout(), palette(), font(), state).paint(viewport()->rect());
}

QString CalendarView::windowText(const QDateTime &start, const QDateTime &end) const
{
    const QLocale locale;
    const QDateTime s = start.toLocalTime(), e = end.toLocalTime();
    if (s.date() == e.date())
        return tr("%1, %2–%3")
            .arg(format::date(s.date()), locale.toString(s.time(), QLocale::ShortFormat),
                 locale.toString(e.time(), QLocale::ShortFormat));
    return tr("%1 – %2").arg(format::time(start), format::time(end));
}

QString CalendarView::toolTipAt(const QPoint &pos) const
{
    const Hit hit = calendarLayout().hitAt(pos);
    if (hit.bar >= 0) {
        const CalendarChange &c = changeAt(hit);
        QString html = QStringLiteral("<b>%1</b> %2<br>%3 · %4<br>%5")
                           .arg(formatChangeNumber(c.number), c.title.toHtmlEscaped(),
                                label(c.status), windowText(c.start, c.end).toHtmlEscaped(),
                                c.assets.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!c.conflicts.isEmpty()) {
            html += QStringLiteral("<hr><b style=\"color:#dc2626\">%1</b><ul style=\"margin:0\">")
                        .arg(tr("Conflicts (%1)").arg(c.conflicts.size()));
            for (const Conflict &k : c.conflicts)
                html += QStringLiteral("<li>%1</li>").arg(k.reason.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
        // Under a service row: why the change affects the service.
        const QString why = m_layout.rows()[hit.row].why.value(c.number);
        if (!why.isEmpty())
            html += QStringLiteral("<hr>%1").arg(why.toHtmlEscaped());
        return html;
    }
    if (!m_layout.timelineRect().contains(pos))
        return {};
    const QDateTime t = m_layout.timeForX(pos.x());
    QStringList parts;
    const QString asset = hit.row >= 0 ? m_layout.rows()[hit.row].asset : QString();
    for (const FreezeWindow &f : range().freezes)
        if (f.start <= t && t < f.end && (f.assets.isEmpty() || f.assets.contains(asset)))
            parts << tr("Freeze window “%1”: %2")
                         .arg(f.name, windowText(f.start, f.end))
                         .toHtmlEscaped();
    for (const MaintenanceOccurrence &m : range().maintenance)
        if (m.asset == asset && m.start <= t && t < m.end)
            parts << tr("Maintenance window of %1: %2").arg(m.asset, m.description).toHtmlEscaped();
    return parts.join(QStringLiteral("<br>"));
}

bool CalendarView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace vigilo::ui
