#include "FlowLayout.h"

#include <QWidget>

namespace vigilo::ui {

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
    , m_gap(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items << item;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    place(rect, true);
}

namespace {
bool isShown(const QLayoutItem *item)
{
    return !(item->widget() && item->widget()->isHidden()); // a spacer stretches
}
} // namespace

int FlowLayout::place(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int y = area.y();
    int x = area.x();
    QList<QLayoutItem *> line;
    for (QLayoutItem *item : m_items) {
        if (!isShown(item))
            continue;
        const int width = qMin(item->sizeHint().width(), area.width());
        if (!line.isEmpty() && x + width > area.right() + 1) {
            int height = 0;
            placeLine(line, area, y, height, apply);
            y += height + m_gap;
            x = area.x();
            line.clear();
        }
        line << item;
        x += width + m_gap;
    }
    int height = 0;
    if (!line.isEmpty())
        placeLine(line, area, y, height, apply);
    return y + height - rect.y() + contentsMargins().bottom();
}

// One line's items at their preferred widths, the rest of the line shared by those that expand.
void FlowLayout::placeLine(const QList<QLayoutItem *> &line, const QRect &area, int y, int &height,
                           bool apply) const
{
    int used = -m_gap;
    int expanding = 0;
    for (const QLayoutItem *item : line) {
        used += qMin(item->sizeHint().width(), area.width()) + m_gap;
        if (item->expandingDirections() & Qt::Horizontal)
            ++expanding;
    }
    int rest = qMax(0, area.width() - used);
    QList<QSize> sizes;
    for (const QLayoutItem *item : line) {
        int width = qMin(item->sizeHint().width(), area.width());
        if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal)) {
            const int share = rest / expanding--;
            width = qMin(width + share, item->maximumSize().width());
            rest -= share;
        }
        width = qMax(width, qMin(item->minimumSize().width(), area.width()));
        const int h =
            item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height();
        sizes << QSize(width, h);
        height = qMax(height, h);
    }
    if (!apply)
        return;
    // Centred on the line: a label beside a taller combo box reads as its caption.
    int x = area.x();
    for (int i = 0; i < line.size(); ++i) {
        line.at(i)->setGeometry(
            QRect(QPoint(x, y + (height - sizes.at(i).height()) / 2), sizes.at(i)));
        x += sizes.at(i).width() + m_gap;
    }
}

} // namespace vigilo::ui
