// CalendarView's input: selecting with the mouse and the arrow keys, dragging a bar (or
// Shift+←/→) to preview a move, dropping it, zooming and scrolling with the wheel.

#include "CalendarView.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace vigilo::ui {

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton)
        return;
    m_press = calendarLayout().hitAt(event->position().toPoint());
    m_pressPos = event->position().toPoint();
    m_dragging = false;
    m_dragDelta = 0;
    if (m_press.bar >= 0) {
        const int number = changeAt(m_press).number;
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
    const CalendarChange &c = changeAt(m_press);
    if (!m_movable || !m_movable(c))
        return; // a change the core would not let this user edit
    m_dragging = true;
    const double secsPerPx = double(spanSecs()) / double(calendarLayout().timelineRect().width());
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
    const CalendarChange &c = changeAt(press);
    if (m_dragDelta == 0) {
        clearPreview();
        Q_EMIT dragCancelled();
        return;
    }
    Q_EMIT dropped(c.number, c.start.addSecs(m_dragDelta), c.end.addSecs(m_dragDelta));
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Hit hit = calendarLayout().hitAt(event->position().toPoint());
    if (hit.bar >= 0)
        Q_EMIT activated(changeAt(hit).number);
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
    const QList<CalendarLayout::Row> &all = m_layout.rows();
    // Asset rows with bars, in order.
    QList<int> rows;
    for (int r = 0; r < all.size(); ++r)
        if (!all[r].bars.isEmpty())
            rows << r;
    if (rows.isEmpty())
        return;
    auto numberOf = [&](int row, int bar) { return m_layout.changeOf(all[row].bars[bar]).number; };
    const int rowPos = int(rows.indexOf(m_selectedRow));
    int barPos = -1;
    if (rowPos >= 0)
        for (int b = 0; b < all[m_selectedRow].bars.size(); ++b)
            if (numberOf(m_selectedRow, b) == m_selectedNumber)
                barPos = b;
    if (rowPos < 0 || barPos < 0) {
        // Nothing selected yet: the first bar in view, else the first bar.
        for (int r : rows)
            for (const CalendarLayout::Bar &b : all[r].bars)
                if (m_layout.changeOf(b).end > viewStart()) {
                    m_selectedRow = r;
                    m_selectedNumber = m_layout.changeOf(b).number;
                    ensureSelectionVisible();
                    Q_EMIT selectionChanged(m_selectedNumber);
                    return;
                }
        m_selectedRow = rows.first();
        m_selectedNumber = numberOf(rows.first(), 0);
    } else if (dBar != 0) {
        const int next = qBound(0, barPos + dBar, int(all[m_selectedRow].bars.size()) - 1);
        m_selectedNumber = numberOf(m_selectedRow, next);
    } else if (dRow != 0) {
        const int nextRow = rows[qBound(0, rowPos + dRow, int(rows.size()) - 1)];
        const QDateTime at = m_layout.changeOf(all[m_selectedRow].bars[barPos]).start;
        // The bar nearest in time on the other row.
        int best = 0;
        qint64 bestDistance = -1;
        for (int b = 0; b < all[nextRow].bars.size(); ++b) {
            const qint64 d = qAbs(m_layout.changeOf(all[nextRow].bars[b]).start.secsTo(at));
            if (bestDistance < 0 || d < bestDistance) {
                bestDistance = d;
                best = b;
            }
        }
        m_selectedRow = nextRow;
        m_selectedNumber = numberOf(nextRow, best);
    }
    ensureSelectionVisible();
    Q_EMIT selectionChanged(m_selectedNumber);
}

void CalendarView::ensureSelectionVisible()
{
    const CalendarChange *c = selectedChange();
    if (!c || m_selectedRow < 0)
        return;
    if (c->end <= viewStart() || c->start >= viewEnd())
        setViewStart(c->start.addSecs(-spanSecs() / 4));
    const CalendarLayout::Row &row = m_layout.rows()[m_selectedRow];
    const int h = calendarLayout().timelineRect().height();
    if (row.y < verticalScrollBar()->value())
        verticalScrollBar()->setValue(row.y);
    else if (row.y + row.height > verticalScrollBar()->value() + h)
        verticalScrollBar()->setValue(row.y + row.height - h);
    viewport()->update();
}

bool CalendarView::keyboardDrag(QKeyEvent *event)
{
    // Shift+Left/Right: the keyboard's drag. The ghost moves a step; Enter drops it.
    if ((event->modifiers() & Qt::ShiftModifier)
        && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        const CalendarChange *c = selectedChange();
        if (!c || !m_movable || !m_movable(*c))
            return true;
        if (m_previewNumber != c->number)
            m_dragDelta = 0;
        m_dragDelta += event->key() == Qt::Key_Right ? snapSecs() : -snapSecs();
        setPreview(c->number, c->start.addSecs(m_dragDelta), c->end.addSecs(m_dragDelta));
        if (m_previewEnd <= viewStart() || m_previewStart >= viewEnd())
            setViewStart(m_previewStart.addSecs(-spanSecs() / 4));
        Q_EMIT previewRequested(c->number, m_previewStart, m_previewEnd);
        return true;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_previewNumber > 0
        && m_previewNumber == m_selectedNumber && m_dragDelta != 0) {
        Q_EMIT dropped(m_previewNumber, m_previewStart, m_previewEnd);
        return true;
    }
    return false;
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    if (keyboardDrag(event))
        return;
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
