#include "CalendarPainter.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace vigilo::ui {

namespace {

using Zoom = CalendarLayout::Zoom;

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

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

const QColor kConflict(0xdc, 0x26, 0x26);
const QColor kFreeze(0xdc, 0x26, 0x26);
const QColor kMaintenance(0x16, 0xa3, 0x4a);

QDateTime midnight(const QDate &d)
{
    return CalendarLayout::localMidnight(d);
}

} // namespace

CalendarPainter::CalendarPainter(QPainter &painter, const CalendarLayout &layout,
                                 const QPalette &palette, const QFont &font, const State &state)
    : m_p(painter)
    , m_layout(layout)
    , m_pal(palette)
    , m_font(font)
    , m_bold(font)
    , m_state(state)
    , m_dark(palette.color(QPalette::Base).lightness() < 128)
{
    m_bold.setBold(true);
    m_grid = mix(m_pal.color(QPalette::Base), m_pal.color(QPalette::Text), m_dark ? 0.16 : 0.09);
}

int CalendarPainter::paint(const QRect &area)
{
    const QRect tl = m_layout.timelineRect();
    m_p.setFont(m_font);
    m_p.fillRect(area, m_pal.color(QPalette::Base));
    m_p.save();
    m_p.setClipRect(tl);
    paintGrid(tl);
    const QList<int> rows = m_layout.visibleRows();
    paintRows(rows);
    paintMaintenance(rows);
    paintFreezes(tl);
    const int painted = paintBars(rows, tl);
    paintNow(tl.top(), tl.bottom());
    m_p.restore();
    const CalendarLayout::Metrics &m = m_layout.metrics();
    paintHeader(QRect(tl.left(), 0, tl.width(), m.headerHeight));
    paintLabels(QRect(0, tl.top(), m.labelWidth, tl.height()));
    paintCorner(area);
    return painted;
}

void CalendarPainter::paintGrid(const QRect &tl)
{
    // Weekends and the day grid (in the local time zone); hours at the day zoom.
    const QDateTime from = m_layout.viewStart(), to = m_layout.viewEnd();
    const Zoom zoom = m_layout.zoom();
    const QColor weekend =
        mix(m_pal.color(QPalette::Base), m_pal.color(QPalette::Text), m_dark ? 0.05 : 0.03);
    for (QDate d = from.toLocalTime().date(); midnight(d) < to; d = d.addDays(1)) {
        const int x1 = m_layout.xForTime(midnight(d)),
                  x2 = m_layout.xForTime(midnight(d.addDays(1)));
        if (d.dayOfWeek() >= 6 && zoom != Zoom::Day)
            m_p.fillRect(QRect(x1, tl.top(), x2 - x1, tl.height()), weekend);
        if (zoom != Zoom::Quarter || d.dayOfWeek() == 1) {
            m_p.setPen(m_grid);
            m_p.drawLine(x1, tl.top(), x1, tl.bottom());
        }
    }
    if (zoom == Zoom::Day) {
        m_p.setPen(QPen(m_grid, 1, Qt::DotLine));
        for (int h = 1; h < 24; ++h) {
            const int x = m_layout.xForTime(midnight(from.toLocalTime().date()).addSecs(h * 3600));
            m_p.drawLine(x, tl.top(), x, tl.bottom());
        }
    }
}

void CalendarPainter::paintRows(const QList<int> &rows)
{
    for (int r : rows) {
        const QRect rr = m_layout.rowRect(r);
        if (m_layout.rows()[r].group) {
            m_p.fillRect(rr, mix(m_pal.color(QPalette::Base), m_pal.color(QPalette::Window), 0.7));
        } else {
            m_p.setPen(m_grid);
            m_p.drawLine(rr.bottomLeft(), rr.bottomRight());
        }
        if (r == m_state.selectedRow)
            m_p.fillRect(rr, withAlpha(m_pal.color(QPalette::Highlight), 22));
    }
}

void CalendarPainter::paintMaintenance(const QList<int> &rows)
{
    const QDateTime from = m_layout.viewStart(), to = m_layout.viewEnd();
    for (const MaintenanceOccurrence &m : m_layout.range().maintenance) {
        if (m.end <= from || m.start >= to)
            continue;
        const int r = m_layout.rowOfAsset(m.asset);
        if (r < 0 || !rows.contains(r))
            continue;
        const QRect row = m_layout.rowRect(r);
        const int x1 = m_layout.xForTime(m.start), x2 = m_layout.xForTime(m.end);
        const QRect rr(x1, row.top() + 1, qMax(2, x2 - x1), row.height() - 2);
        m_p.fillRect(rr, withAlpha(kMaintenance, m_dark ? 60 : 38));
        m_p.setPen(withAlpha(kMaintenance, 120));
        m_p.drawLine(rr.topLeft(), rr.bottomLeft());
        m_p.drawLine(rr.topRight(), rr.bottomRight());
    }
}

void CalendarPainter::paintFreezes(const QRect &tl)
{
    // Hatched, over every row (or over their assets' rows).
    const QDateTime from = m_layout.viewStart(), to = m_layout.viewEnd();
    const QColor tint = withAlpha(kFreeze, m_dark ? 34 : 20);
    const QColor hatch = withAlpha(kFreeze, m_dark ? 110 : 80);
    const QColor edge = withAlpha(kFreeze, 160);
    auto band = [&](const QRect &rr) {
        m_p.fillRect(rr, tint);
        m_p.fillRect(rr, QBrush(hatch, Qt::BDiagPattern));
        m_p.setPen(QPen(edge, 1));
        m_p.drawLine(rr.topLeft(), rr.bottomLeft());
        m_p.drawLine(rr.topRight(), rr.bottomRight());
    };
    for (const FreezeWindow &f : m_layout.range().freezes) {
        if (f.end <= from || f.start >= to)
            continue;
        const int x1 = m_layout.xForTime(f.start), x2 = m_layout.xForTime(f.end);
        if (f.assets.isEmpty()) {
            band(QRect(x1, tl.top(), qMax(2, x2 - x1), tl.height()));
            continue;
        }
        for (const QString &a : f.assets) {
            const int r = m_layout.rowOfAsset(a);
            if (r < 0)
                continue;
            const QRect row = m_layout.rowRect(r);
            band(QRect(x1, row.top(), qMax(2, x2 - x1), row.height()));
        }
    }
}

int CalendarPainter::paintBars(const QList<int> &rows, const QRect &tl)
{
    const QDateTime from = m_layout.viewStart(), to = m_layout.viewEnd();
    int painted = 0;
    m_p.setRenderHint(QPainter::Antialiasing);
    for (int r : rows) {
        // From the last bar back: each knows where the next one in its lane begins.
        QHash<int, int> nextInLane;
        const QList<CalendarLayout::Bar> &bars = m_layout.rows()[r].bars;
        for (int i = int(bars.size()) - 1; i >= 0; --i) {
            const CalendarLayout::Bar &b = bars[i];
            const CalendarChange &c = m_layout.changeOf(b);
            if (c.end <= from || c.start >= to)
                continue;
            const QRect rect = m_layout.barRectAt(r, b, c.start, c.end);
            const int limit = nextInLane.value(b.lane, tl.right());
            nextInLane.insert(b.lane, rect.left());
            if (m_state.previewNumber == c.number) {
                m_p.setOpacity(0.35);
                paintBar(rect, c, false, false, rect.right()); // the ghost carries the label
                m_p.setOpacity(1.0);
            } else {
                paintBar(rect, c, c.number == m_state.selectedNumber, false, limit);
            }
            ++painted;
        }
    }
    // The ghost of a change being moved, on each of its rows.
    if (m_state.previewNumber > 0)
        for (int r : rows)
            for (const CalendarLayout::Bar &b : m_layout.rows()[r].bars) {
                const CalendarChange &c = m_layout.changeOf(b);
                if (c.number == m_state.previewNumber)
                    paintBar(m_layout.barRectAt(r, b, m_state.previewStart, m_state.previewEnd), c,
                             true, true, tl.right());
            }
    m_p.setRenderHint(QPainter::Antialiasing, false);
    return painted;
}

void CalendarPainter::paintNow(int top, int bottom)
{
    if (m_state.now < m_layout.viewStart() || m_state.now >= m_layout.viewEnd())
        return;
    const int x = m_layout.xForTime(m_state.now);
    m_p.setPen(QPen(kConflict, 2));
    m_p.drawLine(x, top, x, bottom);
}

void CalendarPainter::paintBar(const QRect &r, const CalendarChange &c, bool selected, bool ghost,
                               int labelLimit)
{
    const QColor accent = accentFor(c.status);
    QColor fill = mix(m_pal.color(QPalette::Base), accent, m_dark ? 0.38 : 0.22);
    if (ghost)
        fill.setAlpha(170);
    QPainterPath path;
    path.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    m_p.fillPath(path, fill);
    // The status stripe on the left.
    m_p.save();
    m_p.setClipPath(path);
    m_p.fillRect(QRect(r.left(), r.top(), qMin(4, r.width()), r.height()), accent);
    m_p.restore();
    QPen pen(accent.darker(m_dark ? 80 : 115), 1);
    if (c.status == ChangeStatus::Draft || ghost)
        pen.setStyle(Qt::DashLine);
    if (c.hasConflicts() && !ghost)
        pen = QPen(kConflict, 2);
    if (selected)
        pen = QPen(m_pal.color(QPalette::Highlight), 2.5);
    m_p.setPen(pen);
    m_p.drawPath(path);
    int right = r.right() - 4;
    if (c.hasConflicts() && !ghost && r.width() > 22) {
        const QRect badge(r.right() - 17, r.top() + (r.height() - 14) / 2, 14, 14);
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(kConflict);
        m_p.drawEllipse(badge);
        m_p.setPen(Qt::white);
        QFont small = m_bold;
        small.setPointSizeF(small.pointSizeF() * 0.8);
        m_p.setFont(small);
        m_p.drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
        m_p.setFont(m_font);
        right = badge.left() - 3;
    }
    const QRect inside(r.left() + 8, r.top(), right - r.left() - 8, r.height());
    if (inside.width() < QFontMetrics(m_bold).horizontalAdvance(formatChangeNumber(c.number)) + 4) {
        // Too narrow for its name: write it beside the bar, up to the next bar in its lane.
        const QRect outside(r.right() + 5, r.top(), labelLimit - r.right() - 9, r.height());
        if (outside.width() >= 30)
            paintBarLabel(outside, c, true);
        return;
    }
    if (inside.width() > 18)
        paintBarLabel(inside, c, false);
}

void CalendarPainter::paintBarLabel(const QRect &text, const CalendarChange &c, bool secondary)
{
    // The number in bold, then the title as far as it fits (greyed beside a narrow bar).
    const QString number = formatChangeNumber(c.number);
    const QFontMetrics bm(m_bold);
    m_p.setPen(m_pal.color(QPalette::Text));
    m_p.setFont(m_bold);
    m_p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                 bm.elidedText(number, Qt::ElideRight, text.width()));
    m_p.setFont(m_font);
    const int used = bm.horizontalAdvance(number) + 6;
    if (text.width() <= used + 20)
        return;
    if (secondary)
        m_p.setPen(m_pal.color(QPalette::PlaceholderText));
    m_p.drawText(text.adjusted(used, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                 QFontMetrics(m_font).elidedText(c.title, Qt::ElideRight, text.width() - used));
}

void CalendarPainter::paintHeader(const QRect &area)
{
    m_p.fillRect(area, m_pal.color(QPalette::Window));
    m_p.save();
    m_p.setClipRect(area);
    const QLocale locale;
    const int mid = area.top() + area.height() / 2;
    const QDateTime from = m_layout.viewStart(), to = m_layout.viewEnd();
    const QDate first = from.toLocalTime().date(), last = to.toLocalTime().date();
    const QColor tick = m_pal.color(QPalette::Mid);
    const QColor minorText = withAlpha(m_pal.color(QPalette::WindowText), 170);
    const QFontMetrics fm(m_font);
    auto x = [this](const QDateTime &t) { return m_layout.xForTime(t); };
    auto topLabel = [&](const QDateTime &s, const QDateTime &e, const QString &label) {
        const int x1 = qMax(area.left(), x(s)), x2 = qMin(area.right(), x(e));
        m_p.setPen(tick);
        m_p.drawLine(x(s), area.top() + 4, x(s), area.bottom());
        m_p.setPen(m_pal.color(QPalette::WindowText));
        m_p.setFont(m_bold);
        m_p.drawText(QRect(x1 + 6, area.top() + 2, qMax(0, x2 - x1 - 8), mid - area.top() - 2),
                     Qt::AlignVCenter | Qt::AlignLeft,
                     QFontMetrics(m_bold).elidedText(label, Qt::ElideRight, qMax(0, x2 - x1 - 8)));
        m_p.setFont(m_font);
    };
    auto bottomLabel = [&](const QDateTime &s, const QDateTime &e, const QString &label,
                           bool highlight) {
        const int x1 = x(s), x2 = x(e);
        m_p.setPen(tick);
        m_p.drawLine(x1, mid + 2, x1, area.bottom());
        if (highlight)
            m_p.fillRect(QRect(x1 + 1, mid + 1, x2 - x1 - 1, area.bottom() - mid - 1),
                         withAlpha(m_pal.color(QPalette::Highlight), 40));
        m_p.setPen(minorText);
        if (fm.horizontalAdvance(label) + 4 <= x2 - x1)
            m_p.drawText(QRect(x1, mid, x2 - x1, area.bottom() - mid), Qt::AlignCenter, label);
    };
    const QDate today = m_state.now.toLocalTime().date();
    switch (m_layout.zoom()) {
    case Zoom::Day:
        for (QDate d = first; d <= last; d = d.addDays(1))
            topLabel(midnight(d), midnight(d.addDays(1)), locale.toString(d, QLocale::LongFormat));
        for (QDate d = first; d <= last; d = d.addDays(1))
            for (int h = 0; h < 24; ++h) {
                const QDateTime s = QDateTime(d, QTime(h, 0)).toUTC();
                bottomLabel(s, s.addSecs(3600), locale.toString(QTime(h, 0), QStringLiteral("HH")),
                            false);
            }
        break;
    case Zoom::Week:
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            topLabel(midnight(d), midnight(d.addDays(1)),
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
    case Zoom::Quarter:
        for (QDate m(first.year(), first.month(), 1); m <= last; m = m.addMonths(1))
            topLabel(midnight(m), midnight(m.addMonths(1)),
                     locale.toString(m, tr("MMMM yyyy", "calendar month header")));
        if (m_layout.zoom() == Zoom::Month) {
            for (QDate d = first; d <= last; d = d.addDays(1))
                bottomLabel(midnight(d), midnight(d.addDays(1)), QString::number(d.day()),
                            d == today);
        } else {
            for (QDate d = first.addDays(-(first.dayOfWeek() - 1)); d <= last; d = d.addDays(7))
                bottomLabel(midnight(d), midnight(d.addDays(7)), tr("W%1").arg(d.weekNumber()),
                            today >= d && today < d.addDays(7));
        }
        break;
    }
    // Freeze windows are marked under the axis.
    for (const FreezeWindow &f : m_layout.range().freezes) {
        if (f.end <= from || f.start >= to)
            continue;
        const int x1 = qMax(area.left(), x(f.start)), x2 = qMin(area.right(), x(f.end));
        m_p.fillRect(QRect(x1, area.bottom() - 4, x2 - x1, 4), kFreeze);
    }
    paintNow(mid, area.bottom());
    m_p.setPen(m_pal.color(QPalette::Mid));
    m_p.drawLine(area.left(), area.bottom(), area.right(), area.bottom());
    m_p.restore();
}

void CalendarPainter::paintLabels(const QRect &area)
{
    m_p.fillRect(area, m_pal.color(QPalette::Window));
    m_p.save();
    m_p.setClipRect(area);
    const QFontMetrics fm(m_font);
    for (int r = 0; r < m_layout.rows().size(); ++r) {
        const CalendarLayout::Row &row = m_layout.rows()[r];
        const QRect rr(area.left(), area.top() + row.y - m_layout.scrollY(), area.width(),
                       row.height);
        if (rr.bottom() < area.top() || rr.top() > area.bottom())
            continue;
        if (row.group) {
            m_p.fillRect(rr, mix(m_pal.color(QPalette::Window), m_pal.color(QPalette::Text), 0.06));
            m_p.setFont(m_bold);
            m_p.setPen(m_pal.color(QPalette::WindowText));
            m_p.drawText(rr.adjusted(10, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, row.title);
            m_p.setFont(m_font);
            continue;
        }
        if (r == m_state.selectedRow)
            m_p.fillRect(rr, withAlpha(m_pal.color(QPalette::Highlight), 40));
        m_p.setPen(m_pal.color(QPalette::WindowText));
        m_p.drawText(rr.adjusted(22, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                     fm.elidedText(row.title, Qt::ElideRight, rr.width() - 28));
        m_p.setPen(m_pal.color(QPalette::Midlight));
        m_p.drawLine(rr.bottomLeft(), rr.bottomRight());
    }
    m_p.restore();
}

void CalendarPainter::paintCorner(const QRect &viewport)
{
    const CalendarLayout::Metrics &m = m_layout.metrics();
    const QRect corner(0, 0, m.labelWidth, m.headerHeight);
    m_p.fillRect(corner, m_pal.color(QPalette::Window));
    m_p.setPen(m_pal.color(QPalette::WindowText));
    m_p.setFont(m_bold);
    m_p.drawText(corner.adjusted(12, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, tr("Assets"));
    m_p.setFont(m_font);
    m_p.setPen(m_pal.color(QPalette::Mid));
    m_p.drawLine(corner.right(), 0, corner.right(), viewport.bottom());
    m_p.drawLine(0, corner.bottom(), viewport.right(), corner.bottom());
    if (m_layout.rows().isEmpty()) {
        m_p.setPen(m_pal.color(QPalette::PlaceholderText));
        m_p.drawText(m_layout.timelineRect(), Qt::AlignCenter,
                     tr("No assets in this workspace yet."));
    }
}

} // namespace vigilo::ui
