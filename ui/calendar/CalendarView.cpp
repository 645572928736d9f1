#include "CalendarView.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPainterPath>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

namespace vigilo::ui {

namespace {

constexpr qint64 kUnit = 15 * 60; // the horizontal scroll bar counts quarter hours
constexpr int kScrollDays = 400;  // from today, each way
constexpr qint64 kDay = 24 * 3600;

QColor accentFor(ChangeStatus s)
{
    switch (s) {
    case ChangeStatus::Draft: return QColor(0x94, 0xa3, 0xb8);
    case ChangeStatus::Review: return QColor(0xf5, 0x9e, 0x0b);
    case ChangeStatus::Approved: return QColor(0x3b, 0x82, 0xf6);
    case ChangeStatus::Scheduled: return QColor(0x63, 0x66, 0xf1);
    case ChangeStatus::InProgress: return QColor(0x06, 0xb6, 0xd4);
    case ChangeStatus::Completed: return QColor(0x22, 0xc5, 0x5e);
    case ChangeStatus::RolledBack: return QColor(0xef, 0x44, 0x44);
    case ChangeStatus::Rejected: return QColor(0xe1, 0x1d, 0x48);
    case ChangeStatus::Cancelled: return QColor(0x6b, 0x72, 0x80);
    }
    return QColor(0x94, 0xa3, 0xb8);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

const QColor kConflict(0xdc, 0x26, 0x26);
const QColor kFreeze(0xdc, 0x26, 0x26);
const QColor kMaintenance(0x16, 0xa3, 0x4a);

QDateTime localMidnight(const QDate &d)
{
    return QDateTime(d, QTime(0, 0)).toUTC();
}

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
    horizontalScrollBar()->setRange(-kScrollDays * 96, kScrollDays * 96);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_settingScroll)
            return;
        m_viewStart = m_anchor.addSecs(qint64(value) * kUnit);
        viewport()->update();
        Q_EMIT viewChanged();
    });
    verticalScrollBar()->setSingleStep(laneHeight());
    scrollToToday();
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

qint64 CalendarView::spanSecs() const
{
    switch (m_zoom) {
    case Zoom::Day: return kDay;
    case Zoom::Week: return 7 * kDay;
    case Zoom::Month: return 31 * kDay;
    case Zoom::Quarter: return 92 * kDay;
    }
    return 7 * kDay;
}

qint64 CalendarView::snapSecs() const
{
    switch (m_zoom) {
    case Zoom::Day: return 15 * 60;
    case Zoom::Week: return 3600;
    case Zoom::Month: return 3600;
    case Zoom::Quarter: return kDay;
    }
    return 3600;
}

QDateTime CalendarView::viewEnd() const
{
    return m_viewStart.addSecs(spanSecs());
}

int CalendarView::labelWidth() const
{
    return qMax(150, fontMetrics().horizontalAdvance(QLatin1Char('m')) * 16);
}
int CalendarView::headerHeight() const
{
    return fontMetrics().height() * 2 + 14;
}
int CalendarView::laneHeight() const
{
    return fontMetrics().height() + 12;
}

QRect CalendarView::timelineRect() const
{
    const QRect v = viewport()->rect();
    return QRect(labelWidth(), headerHeight(), qMax(1, v.width() - labelWidth()),
                 qMax(1, v.height() - headerHeight()));
}

int CalendarView::xForTime(const QDateTime &t) const
{
    const QRect tl = timelineRect();
    const double secs = double(m_viewStart.secsTo(t));
    return tl.left() + int(secs / double(spanSecs()) * tl.width());
}

QDateTime CalendarView::timeForX(int x) const
{
    const QRect tl = timelineRect();
    const double f = double(x - tl.left()) / double(tl.width());
    return m_viewStart.addSecs(qint64(f * double(spanSecs())));
}

void CalendarView::setZoom(Zoom zoom)
{
    if (zoom == m_zoom)
        return;
    // Keep the middle of the view where it is.
    const QDateTime middle = m_viewStart.addSecs(spanSecs() / 2);
    m_zoom = zoom;
    setViewStart(middle.addSecs(-spanSecs() / 2));
    Q_EMIT viewChanged();
}

void CalendarView::zoomIn()
{
    if (m_zoom != Zoom::Day)
        setZoom(Zoom(int(m_zoom) - 1));
}

void CalendarView::zoomOut()
{
    if (m_zoom != Zoom::Quarter)
        setZoom(Zoom(int(m_zoom) + 1));
}

void CalendarView::setViewStart(const QDateTime &start)
{
    const qint64 limit = qint64(kScrollDays) * 96;
    const qint64 units = std::clamp(m_anchor.secsTo(start.toUTC()) / kUnit, -limit, limit);
    m_viewStart = m_anchor.addSecs(units * kUnit);
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
    m_anchor = localMidnight(today);
    switch (m_zoom) {
    case Zoom::Day: setViewStart(localMidnight(today)); break;
    case Zoom::Week: setViewStart(localMidnight(today.addDays(-(today.dayOfWeek() - 1)))); break;
    case Zoom::Month: setViewStart(localMidnight(today.addDays(-3))); break;
    case Zoom::Quarter: setViewStart(localMidnight(today.addDays(-14))); break;
    }
}

void CalendarView::stepPage(int pages)
{
    setViewStart(m_viewStart.addSecs(spanSecs() * pages));
}

void CalendarView::setOnlyActiveAssets(bool only)
{
    if (only == m_onlyActive)
        return;
    m_onlyActive = only;
    rebuildRows();
}

void CalendarView::setRange(const CalendarRange &range)
{
    // A reload (another workstation committed, a scroll past the loaded span) rebuilds the rows:
    // a press or drag that pointed into the old rows is cancelled rather than applied to
    // whatever now sits at that position.
    const bool wasDragging = m_press.bar >= 0 && m_dragging;
    m_press = {};
    m_range = range;
    rebuildRows();
    if (wasDragging) {
        clearPreview();
        Q_EMIT dragCancelled();
    }
}

const CalendarChange *CalendarView::selectedChange() const
{
    for (const auto &c : m_range.changes)
        if (c.number == m_selectedNumber)
            return &c;
    return nullptr;
}

void CalendarView::selectChange(int number)
{
    m_selectedNumber = number;
    m_selectedRow = -1;
    for (int r = 0; r < m_rows.size() && m_selectedRow < 0; ++r)
        for (const Bar &b : m_rows[r].bars)
            if (m_range.changes[b.change].number == number) {
                m_selectedRow = r;
                break;
            }
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

void CalendarView::rebuildRows()
{
    m_rows.clear();
    m_rowOfAsset.clear();
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
    auto layoutRow = [this](Row &row, const QList<int> &changes) {
        QList<QDateTime> laneEnds;
        for (int i : changes) { // sorted by start already
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
    };
    int y = 0;
    const int groupHeight = fontMetrics().height() + 10;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        Row group;
        group.group = true;
        QString kind = it.key().isEmpty() ? tr("other") : it.key();
        kind[0] = kind[0].toUpper();
        group.title = tr("%1 (%2)").arg(kind).arg(it.value().size());
        group.y = y;
        group.height = groupHeight;
        y += group.height;
        m_rows << group;
        for (const Asset *a : it.value()) {
            Row row;
            row.title = a->name;
            row.asset = a->name;
            layoutRow(row, changesOf.value(a->name));
            row.y = y;
            row.height = row.lanes * laneHeight() + 8;
            y += row.height;
            m_rowOfAsset.insert(a->name, int(m_rows.size()));
            m_rows << row;
        }
    }
    if (!noAsset.isEmpty()) {
        Row row;
        row.title = tr("No asset");
        layoutRow(row, noAsset);
        row.y = y;
        row.height = row.lanes * laneHeight() + 8;
        y += row.height;
        m_rows << row;
    }
    selectChange(m_selectedNumber);
    updateScrollBars();
    viewport()->update();
}

void CalendarView::updateScrollBars()
{
    const int content = m_rows.isEmpty() ? 0 : m_rows.last().y + m_rows.last().height;
    const int visible = timelineRect().height();
    verticalScrollBar()->setRange(0, qMax(0, content - visible));
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
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        rebuildRows();
}

QRect CalendarView::barRectAt(int row, const Bar &bar, const QDateTime &start,
                              const QDateTime &end) const
{
    const Row &r = m_rows[row];
    const int top =
        headerHeight() + r.y - verticalScrollBar()->value() + 4 + bar.lane * laneHeight();
    const int x1 = xForTime(start);
    const int x2 = qMax(x1 + 4, xForTime(end));
    return QRect(x1, top, x2 - x1, laneHeight() - 4);
}

QRect CalendarView::barRect(int number, const QString &asset) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!asset.isEmpty() && m_rows[r].asset != asset)
            continue;
        for (const Bar &b : m_rows[r].bars) {
            const CalendarChange &c = m_range.changes[b.change];
            if (c.number == number)
                return barRectAt(r, b, c.start, c.end);
        }
    }
    return {};
}

int CalendarView::visibleBarCount() const
{
    return m_painted;
}

CalendarView::Hit CalendarView::hitAt(const QPoint &pos) const
{
    const QRect tl = timelineRect();
    if (!tl.contains(pos))
        return {};
    const int y = pos.y() - headerHeight() + verticalScrollBar()->value();
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows[r];
        if (y < row.y || y >= row.y + row.height)
            continue;
        for (int b = int(row.bars.size()) - 1; b >= 0; --b) {
            const CalendarChange &c = m_range.changes[row.bars[b].change];
            if (barRectAt(r, row.bars[b], c.start, c.end).adjusted(-2, 0, 2, 0).contains(pos))
                return {r, b};
        }
        return {r, -1};
    }
    return {};
}

QString CalendarView::windowText(const QDateTime &start, const QDateTime &end) const
{
    const QLocale locale;
    const QDateTime s = start.toLocalTime(), e = end.toLocalTime();
    if (s.date() == e.date())
        return tr("%1, %2–%3")
            .arg(locale.toString(s.date(), QLocale::ShortFormat),
                 locale.toString(s.time(), QLocale::ShortFormat),
                 locale.toString(e.time(), QLocale::ShortFormat));
    return tr("%1 – %2").arg(locale.toString(s, QLocale::ShortFormat),
                             locale.toString(e, QLocale::ShortFormat));
}

QString CalendarView::toolTipAt(const QPoint &pos) const
{
    const Hit hit = hitAt(pos);
    if (hit.bar >= 0) {
        const CalendarChange &c = m_range.changes[m_rows[hit.row].bars[hit.bar].change];
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
        return html;
    }
    const QRect tl = timelineRect();
    if (!tl.contains(pos))
        return {};
    const QDateTime t = timeForX(pos.x());
    QStringList parts;
    const QString asset = hit.row >= 0 ? m_rows[hit.row].asset : QString();
    for (const FreezeWindow &f : m_range.freezes)
        if (f.start <= t && t < f.end && (f.assets.isEmpty() || f.assets.contains(asset)))
            parts << tr("Freeze window “%1”: %2")
                         .arg(f.name, windowText(f.start, f.end))
                         .toHtmlEscaped();
    for (const MaintenanceOccurrence &m : m_range.maintenance)
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

void CalendarView::paintBar(QPainter &p, const QRect &r, const CalendarChange &c, bool selected,
                            bool ghost, int labelLimit) const
{
    const QPalette &pal = palette();
    const QColor accent = accentFor(c.status);
    QColor fill = mix(pal.color(QPalette::Base), accent, isDark(pal) ? 0.38 : 0.22);
    if (ghost)
        fill.setAlpha(170);
    QPainterPath path;
    path.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    p.fillPath(path, fill);
    // The status stripe on the left.
    p.save();
    p.setClipPath(path);
    p.fillRect(QRect(r.left(), r.top(), qMin(4, r.width()), r.height()), accent);
    p.restore();
    QPen pen(accent.darker(isDark(pal) ? 80 : 115), 1);
    if (c.status == ChangeStatus::Draft || ghost)
        pen.setStyle(Qt::DashLine);
    if (c.hasConflicts() && !ghost)
        pen = QPen(kConflict, 2);
    if (selected)
        pen = QPen(pal.color(QPalette::Highlight), 2.5);
    p.setPen(pen);
    p.drawPath(path);
    int right = r.right() - 4;
    if (c.hasConflicts() && !ghost && r.width() > 22) {
        const QRect badge(r.right() - 17, r.top() + (r.height() - 14) / 2, 14, 14);
        p.setPen(Qt::NoPen);
        p.setBrush(kConflict);
        p.drawEllipse(badge);
        p.setPen(Qt::white);
        QFont bold = font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 0.8);
        p.setFont(bold);
        p.drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
        p.setFont(font());
        right = badge.left() - 3;
    }
    const QRect text(r.left() + 8, r.top(), right - r.left() - 8, r.height());
    QFont boldFont = font();
    boldFont.setBold(true);
    if (text.width() < QFontMetrics(boldFont).horizontalAdvance(formatChangeNumber(c.number)) + 4) {
        // Too narrow for its name: write it beside the bar, up to the next bar in its lane.
        const QRect outside(r.right() + 5, r.top(), labelLimit - r.right() - 9, r.height());
        if (outside.width() < 30)
            return;
        const QString number = formatChangeNumber(c.number);
        const QFontMetrics bm(boldFont);
        p.setPen(pal.color(QPalette::Text));
        p.setFont(boldFont);
        p.drawText(outside, Qt::AlignVCenter | Qt::AlignLeft,
                   bm.elidedText(number, Qt::ElideRight, outside.width()));
        p.setFont(font());
        const int used = bm.horizontalAdvance(number) + 6;
        if (outside.width() > used + 20) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(outside.adjusted(used, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       fontMetrics().elidedText(c.title, Qt::ElideRight, outside.width() - used));
        }
        return;
    }
    if (text.width() > 18) {
        p.setPen(pal.color(QPalette::Text));
        QFont bold = font();
        bold.setBold(true);
        const QString number = formatChangeNumber(c.number);
        const QFontMetrics bm(bold);
        p.setFont(bold);
        const QString shown = bm.elidedText(number, Qt::ElideRight, text.width());
        p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, shown);
        p.setFont(font());
        const int used = bm.horizontalAdvance(number) + 6;
        if (text.width() > used + 20)
            p.drawText(text.adjusted(used, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       fontMetrics().elidedText(c.title, Qt::ElideRight, text.width() - used));
    }
}

void CalendarView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette &pal = palette();
    const QRect v = viewport()->rect();
    const QRect tl = timelineRect();
    const bool dark = isDark(pal);
    p.fillRect(v, pal.color(QPalette::Base));
    m_painted = 0;

    const int scrollY = verticalScrollBar()->value();
    const QDateTime from = m_viewStart, to = viewEnd();
    p.save();
    p.setClipRect(tl);

    // Weekends and the day grid (in the local time zone).
    const QColor grid =
        mix(pal.color(QPalette::Base), pal.color(QPalette::Text), dark ? 0.16 : 0.09);
    const QColor weekend =
        mix(pal.color(QPalette::Base), pal.color(QPalette::Text), dark ? 0.05 : 0.03);
    for (QDate d = from.toLocalTime().date(); localMidnight(d) < to; d = d.addDays(1)) {
        const int x1 = xForTime(localMidnight(d)), x2 = xForTime(localMidnight(d.addDays(1)));
        if (d.dayOfWeek() >= 6 && m_zoom != Zoom::Day)
            p.fillRect(QRect(x1, tl.top(), x2 - x1, tl.height()), weekend);
        if (m_zoom != Zoom::Quarter || d.dayOfWeek() == 1) {
            p.setPen(grid);
            p.drawLine(x1, tl.top(), x1, tl.bottom());
        }
    }
    if (m_zoom == Zoom::Day) {
        p.setPen(QPen(grid, 1, Qt::DotLine));
        for (int h = 1; h < 24; ++h) {
            const int x = xForTime(localMidnight(from.toLocalTime().date()).addSecs(h * 3600));
            p.drawLine(x, tl.top(), x, tl.bottom());
        }
    }

    // Rows: group headers, asset rows with their maintenance windows and bars.
    const int firstY = scrollY, lastY = scrollY + tl.height();
    QList<int> visibleRows;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows[r];
        if (row.y + row.height < firstY || row.y > lastY)
            continue;
        visibleRows << r;
        const QRect rr(tl.left(), tl.top() + row.y - scrollY, tl.width(), row.height);
        if (row.group) {
            p.fillRect(rr, mix(pal.color(QPalette::Base), pal.color(QPalette::Window), 0.7));
        } else {
            p.setPen(grid);
            p.drawLine(rr.bottomLeft(), rr.bottomRight());
        }
        if (r == m_selectedRow) {
            QColor hl = pal.color(QPalette::Highlight);
            hl.setAlpha(22);
            p.fillRect(rr, hl);
        }
    }
    for (const MaintenanceOccurrence &m : m_range.maintenance) {
        if (m.end <= from || m.start >= to)
            continue;
        const int r = m_rowOfAsset.value(m.asset, -1);
        if (r < 0 || !visibleRows.contains(r))
            continue;
        const Row &row = m_rows[r];
        const int x1 = xForTime(m.start), x2 = xForTime(m.end);
        QColor band = kMaintenance;
        band.setAlpha(dark ? 60 : 38);
        const QRect rr(x1, tl.top() + row.y - scrollY + 1, qMax(2, x2 - x1), row.height - 2);
        p.fillRect(rr, band);
        QColor edge = kMaintenance;
        edge.setAlpha(120);
        p.setPen(edge);
        p.drawLine(rr.topLeft(), rr.bottomLeft());
        p.drawLine(rr.topRight(), rr.bottomRight());
    }
    // Freeze windows: hatched, over every row (or over their assets' rows).
    for (const FreezeWindow &f : m_range.freezes) {
        if (f.end <= from || f.start >= to)
            continue;
        const int x1 = xForTime(f.start), x2 = xForTime(f.end);
        QColor tint = kFreeze;
        tint.setAlpha(dark ? 34 : 20);
        QColor hatch = kFreeze;
        hatch.setAlpha(dark ? 110 : 80);
        QColor edge = kFreeze;
        edge.setAlpha(160);
        auto band = [&](const QRect &rr) {
            p.fillRect(rr, tint);
            p.fillRect(rr, QBrush(hatch, Qt::BDiagPattern));
            p.setPen(QPen(edge, 1));
            p.drawLine(rr.topLeft(), rr.bottomLeft());
            p.drawLine(rr.topRight(), rr.bottomRight());
        };
        if (f.assets.isEmpty()) {
            band(QRect(x1, tl.top(), qMax(2, x2 - x1), tl.height()));
        } else {
            for (const QString &a : f.assets) {
                const int r = m_rowOfAsset.value(a, -1);
                if (r < 0)
                    continue;
                const Row &row = m_rows[r];
                band(QRect(x1, tl.top() + row.y - scrollY, qMax(2, x2 - x1), row.height));
            }
        }
    }
    // Bars.
    p.setRenderHint(QPainter::Antialiasing);
    for (int r : std::as_const(visibleRows)) {
        // From the last bar back: each knows where the next one in its lane begins.
        QHash<int, int> nextInLane;
        const QList<Bar> &bars = m_rows[r].bars;
        for (int i = int(bars.size()) - 1; i >= 0; --i) {
            const Bar &b = bars[i];
            const CalendarChange &c = m_range.changes[b.change];
            if (c.end <= from || c.start >= to)
                continue;
            const bool moving = m_previewNumber == c.number;
            const QRect rect = barRectAt(r, b, c.start, c.end);
            const int limit = nextInLane.value(b.lane, tl.right());
            nextInLane.insert(b.lane, rect.left());
            if (moving) {
                p.setOpacity(0.35);
                paintBar(p, rect, c, false, false, rect.right()); // the ghost carries the label
                p.setOpacity(1.0);
            } else {
                paintBar(p, rect, c, c.number == m_selectedNumber, false, limit);
            }
            ++m_painted;
        }
    }
    // The ghost of a change being moved, on each of its rows.
    if (m_previewNumber > 0) {
        for (int r : std::as_const(visibleRows))
            for (const Bar &b : m_rows[r].bars) {
                const CalendarChange &c = m_range.changes[b.change];
                if (c.number != m_previewNumber)
                    continue;
                paintBar(p, barRectAt(r, b, m_previewStart, m_previewEnd), c, true, true,
                         tl.right());
            }
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    // Today.
    const QDateTime now = m_clock.now();
    if (now >= from && now < to) {
        const int x = xForTime(now);
        p.setPen(QPen(kConflict, 2));
        p.drawLine(x, tl.top(), x, tl.bottom());
    }
    p.restore();

    paintHeader(p, QRect(tl.left(), 0, tl.width(), headerHeight()));
    paintLabels(p, QRect(0, tl.top(), labelWidth(), tl.height()));
    // The corner.
    const QRect corner(0, 0, labelWidth(), headerHeight());
    p.fillRect(corner, pal.color(QPalette::Window));
    p.setPen(pal.color(QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(corner.adjusted(12, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, tr("Assets"));
    p.setFont(font());
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(corner.right(), 0, corner.right(), v.bottom());
    p.drawLine(0, corner.bottom(), v.right(), corner.bottom());
    if (m_rows.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(tl, Qt::AlignCenter, tr("No assets in this workspace yet."));
    }
}

void CalendarView::paintHeader(QPainter &p, const QRect &area) const
{
    const QPalette &pal = palette();
    p.fillRect(area, pal.color(QPalette::Window));
    p.save();
    p.setClipRect(area);
    const QLocale locale;
    const int mid = area.top() + area.height() / 2;
    const QDateTime from = m_viewStart, to = viewEnd();
    const QDate first = from.toLocalTime().date(), last = to.toLocalTime().date();
    QFont bold = font();
    bold.setBold(true);
    QColor tick = pal.color(QPalette::Mid);
    QColor minorText = pal.color(QPalette::WindowText);
    minorText.setAlpha(170);
    auto topLabel = [&](const QDateTime &s, const QDateTime &e, const QString &text) {
        int x1 = qMax(area.left(), xForTime(s)), x2 = qMin(area.right(), xForTime(e));
        p.setPen(tick);
        p.drawLine(xForTime(s), area.top() + 4, xForTime(s), area.bottom());
        p.setPen(pal.color(QPalette::WindowText));
        p.setFont(bold);
        p.drawText(QRect(x1 + 6, area.top() + 2, qMax(0, x2 - x1 - 8), mid - area.top() - 2),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   QFontMetrics(bold).elidedText(text, Qt::ElideRight, qMax(0, x2 - x1 - 8)));
        p.setFont(font());
    };
    auto bottomLabel = [&](const QDateTime &s, const QDateTime &e, const QString &text,
                           bool highlight) {
        const int x1 = xForTime(s), x2 = xForTime(e);
        p.setPen(tick);
        p.drawLine(x1, mid + 2, x1, area.bottom());
        if (highlight) {
            QColor hl = pal.color(QPalette::Highlight);
            hl.setAlpha(40);
            p.fillRect(QRect(x1 + 1, mid + 1, x2 - x1 - 1, area.bottom() - mid - 1), hl);
        }
        p.setPen(minorText);
        if (fontMetrics().horizontalAdvance(text) + 4 <= x2 - x1)
            p.drawText(QRect(x1, mid, x2 - x1, area.bottom() - mid), Qt::AlignCenter, text);
    };
    const QDate today = m_clock.now().toLocalTime().date();
    switch (m_zoom) {
    case Zoom::Day:
        for (QDate d = first; d <= last; d = d.addDays(1))
            topLabel(localMidnight(d), localMidnight(d.addDays(1)),
                     locale.toString(d, QLocale::LongFormat));
        for (QDate d = first; d <= last; d = d.addDays(1))
            for (int h = 0; h < 24; ++h) {
                const QDateTime s = QDateTime(d, QTime(h, 0)).toUTC();
                bottomLabel(s, s.addSecs(3600), locale.toString(QTime(h, 0), QStringLiteral("HH")),
                            false);
            }
        break;
    case Zoom::Week:
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            topLabel(localMidnight(d), localMidnight(d.addDays(1)),
                     tr("%1 %2").arg(locale.dayName(d.dayOfWeek(), QLocale::ShortFormat),
                                     locale.toString(d, tr("d MMM", "calendar week header"))));
            for (int h = 0; h < 24; h += 6) {
                const QDateTime s = QDateTime(d, QTime(h, 0)).toUTC();
                bottomLabel(s, s.addSecs(6 * 3600),
                            locale.toString(QTime(h, 0), QStringLiteral("HH:mm")), d == today);
            }
        }
        break;
    case Zoom::Month:
    case Zoom::Quarter: {
        for (QDate m(first.year(), first.month(), 1); m <= last; m = m.addMonths(1))
            topLabel(localMidnight(m), localMidnight(m.addMonths(1)),
                     locale.toString(m, tr("MMMM yyyy", "calendar month header")));
        if (m_zoom == Zoom::Month) {
            for (QDate d = first; d <= last; d = d.addDays(1))
                bottomLabel(localMidnight(d), localMidnight(d.addDays(1)), QString::number(d.day()),
                            d == today);
        } else {
            for (QDate d = first.addDays(-(first.dayOfWeek() - 1)); d <= last; d = d.addDays(7))
                bottomLabel(localMidnight(d), localMidnight(d.addDays(7)),
                            tr("W%1").arg(d.weekNumber()), today >= d && today < d.addDays(7));
        }
        break;
    }
    }
    // Freeze windows are named in the header.
    for (const FreezeWindow &f : m_range.freezes) {
        if (f.end <= from || f.start >= to)
            continue;
        const int x1 = qMax(area.left(), xForTime(f.start)),
                  x2 = qMin(area.right(), xForTime(f.end));
        const QRect band(x1, area.bottom() - 4, x2 - x1, 4);
        p.fillRect(band, kFreeze);
    }
    const QDateTime now = m_clock.now();
    if (now >= from && now < to) {
        const int x = xForTime(now);
        p.setPen(QPen(kConflict, 2));
        p.drawLine(x, mid, x, area.bottom());
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(area.left(), area.bottom(), area.right(), area.bottom());
    p.restore();
}

void CalendarView::paintLabels(QPainter &p, const QRect &area) const
{
    const QPalette &pal = palette();
    p.fillRect(area, pal.color(QPalette::Window));
    p.save();
    p.setClipRect(area);
    const int scrollY = verticalScrollBar()->value();
    QFont bold = font();
    bold.setBold(true);
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows[r];
        const QRect rr(area.left(), area.top() + row.y - scrollY, area.width(), row.height);
        if (rr.bottom() < area.top() || rr.top() > area.bottom())
            continue;
        if (row.group) {
            p.fillRect(rr, mix(pal.color(QPalette::Window), pal.color(QPalette::Text), 0.06));
            p.setFont(bold);
            p.setPen(pal.color(QPalette::WindowText));
            p.drawText(rr.adjusted(10, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, row.title);
            p.setFont(font());
            continue;
        }
        if (r == m_selectedRow) {
            QColor hl = pal.color(QPalette::Highlight);
            hl.setAlpha(40);
            p.fillRect(rr, hl);
        }
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(rr.adjusted(22, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(row.title, Qt::ElideRight, rr.width() - 28));
        p.setPen(pal.color(QPalette::Midlight));
        p.drawLine(rr.bottomLeft(), rr.bottomRight());
    }
    p.restore();
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton)
        return;
    m_press = hitAt(event->position().toPoint());
    m_pressPos = event->position().toPoint();
    m_dragging = false;
    m_dragDelta = 0;
    if (m_press.bar >= 0) {
        const int number = m_range.changes[m_rows[m_press.row].bars[m_press.bar].change].number;
        m_selectedNumber = number;
        m_selectedRow = m_press.row;
        viewport()->update();
        Q_EMIT selectionChanged(number);
    }
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_press.bar < 0)
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && qAbs(pos.x() - m_pressPos.x()) < QApplication::startDragDistance())
        return;
    const CalendarChange &c = m_range.changes[m_rows[m_press.row].bars[m_press.bar].change];
    if (!m_movable || !m_movable(c))
        return; // a change the core would not let this user edit
    m_dragging = true;
    const double secsPerPx = double(spanSecs()) / double(timelineRect().width());
    const qint64 raw = qint64(double(pos.x() - m_pressPos.x()) * secsPerPx);
    const qint64 snap = snapSecs();
    const qint64 delta = (raw >= 0 ? (raw + snap / 2) : (raw - snap / 2)) / snap * snap;
    if (delta == m_dragDelta && m_previewNumber == c.number)
        return;
    m_dragDelta = delta;
    setPreview(c.number, c.start.addSecs(delta), c.end.addSecs(delta));
    Q_EMIT previewRequested(c.number, m_previewStart, m_previewEnd);
}

void CalendarView::mouseReleaseEvent(QMouseEvent *)
{
    const Hit press = m_press;
    m_press = {};
    if (!m_dragging || press.bar < 0)
        return;
    m_dragging = false;
    const CalendarChange &c = m_range.changes[m_rows[press.row].bars[press.bar].change];
    if (m_dragDelta == 0) {
        clearPreview();
        Q_EMIT dragCancelled();
        return;
    }
    Q_EMIT dropped(c.number, c.start.addSecs(m_dragDelta), c.end.addSecs(m_dragDelta));
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position().toPoint());
    if (hit.bar >= 0)
        Q_EMIT activated(m_range.changes[m_rows[hit.row].bars[hit.bar].change].number);
}

void CalendarView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier || event->angleDelta().x() != 0) {
        const int d =
            event->angleDelta().x() != 0 ? event->angleDelta().x() : event->angleDelta().y();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value()
                                        - d / 120 * horizontalScrollBar()->singleStep() * 3);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void CalendarView::moveSelection(int dRow, int dBar)
{
    // Asset rows with bars, in order.
    QList<int> rows;
    for (int r = 0; r < m_rows.size(); ++r)
        if (!m_rows[r].bars.isEmpty())
            rows << r;
    if (rows.isEmpty())
        return;
    int rowPos = int(rows.indexOf(m_selectedRow));
    int barPos = -1;
    if (rowPos >= 0)
        for (int b = 0; b < m_rows[m_selectedRow].bars.size(); ++b)
            if (m_range.changes[m_rows[m_selectedRow].bars[b].change].number == m_selectedNumber)
                barPos = b;
    if (rowPos < 0 || barPos < 0) {
        // Nothing selected yet: the first bar in view, else the first bar.
        for (int r : rows)
            for (const Bar &b : m_rows[r].bars)
                if (m_range.changes[b.change].end > m_viewStart) {
                    m_selectedRow = r;
                    m_selectedNumber = m_range.changes[b.change].number;
                    ensureSelectionVisible();
                    Q_EMIT selectionChanged(m_selectedNumber);
                    return;
                }
        m_selectedRow = rows.first();
        m_selectedNumber = m_range.changes[m_rows[rows.first()].bars.first().change].number;
    } else if (dBar != 0) {
        const int next = qBound(0, barPos + dBar, int(m_rows[m_selectedRow].bars.size()) - 1);
        m_selectedNumber = m_range.changes[m_rows[m_selectedRow].bars[next].change].number;
    } else if (dRow != 0) {
        const int nextRow = rows[qBound(0, rowPos + dRow, int(rows.size()) - 1)];
        const QDateTime at = m_range.changes[m_rows[m_selectedRow].bars[barPos].change].start;
        // The bar nearest in time on the other row.
        int best = 0;
        qint64 bestDistance = -1;
        for (int b = 0; b < m_rows[nextRow].bars.size(); ++b) {
            const qint64 d = qAbs(m_range.changes[m_rows[nextRow].bars[b].change].start.secsTo(at));
            if (bestDistance < 0 || d < bestDistance) {
                bestDistance = d;
                best = b;
            }
        }
        m_selectedRow = nextRow;
        m_selectedNumber = m_range.changes[m_rows[nextRow].bars[best].change].number;
    }
    ensureSelectionVisible();
    Q_EMIT selectionChanged(m_selectedNumber);
}

void CalendarView::ensureSelectionVisible()
{
    const CalendarChange *c = selectedChange();
    if (!c || m_selectedRow < 0)
        return;
    if (c->end <= m_viewStart || c->start >= viewEnd())
        setViewStart(c->start.addSecs(-spanSecs() / 4));
    const Row &row = m_rows[m_selectedRow];
    const int h = timelineRect().height();
    if (row.y < verticalScrollBar()->value())
        verticalScrollBar()->setValue(row.y);
    else if (row.y + row.height > verticalScrollBar()->value() + h)
        verticalScrollBar()->setValue(row.y + row.height - h);
    viewport()->update();
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    // Shift+Left/Right: the keyboard's drag. The ghost moves a step; Enter drops it.
    if ((event->modifiers() & Qt::ShiftModifier)
        && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        const CalendarChange *c = selectedChange();
        if (!c || !m_movable || !m_movable(*c))
            return;
        if (m_previewNumber != c->number)
            m_dragDelta = 0;
        m_dragDelta += event->key() == Qt::Key_Right ? snapSecs() : -snapSecs();
        setPreview(c->number, c->start.addSecs(m_dragDelta), c->end.addSecs(m_dragDelta));
        if (m_previewEnd <= m_viewStart || m_previewStart >= viewEnd())
            setViewStart(m_previewStart.addSecs(-spanSecs() / 4));
        Q_EMIT previewRequested(c->number, m_previewStart, m_previewEnd);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_previewNumber > 0
        && m_previewNumber == m_selectedNumber && m_dragDelta != 0) {
        Q_EMIT dropped(m_previewNumber, m_previewStart, m_previewEnd);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left: moveSelection(0, -1); return;
    case Qt::Key_Right: moveSelection(0, 1); return;
    case Qt::Key_Up: moveSelection(-1, 0); return;
    case Qt::Key_Down: moveSelection(1, 0); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selectedNumber > 0)
            Q_EMIT activated(m_selectedNumber);
        return;
    case Qt::Key_Escape:
        if (m_previewNumber > 0) {
            clearPreview();
            Q_EMIT dragCancelled();
            return;
        }
        break;
    case Qt::Key_PageUp: stepPage(-1); return;
    case Qt::Key_PageDown: stepPage(1); return;
    case Qt::Key_Home: scrollToToday(); return;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); return;
    case Qt::Key_Minus: zoomOut(); return;
    default: break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

} // namespace vigilo::ui
