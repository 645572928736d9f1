#pragma once
// Whether a window fits a small screen: every visible label and button of a window shown whole
// (inside its parent, its text not cut), and, when it does not fit, which widgets ask for the
// width (for the failure message).

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLayout>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace vigilo::guitest {

// Lets pending layout requests run (labels whose text just changed get their new size), as a
// paint would before anyone sees the window.
inline void settleLayouts()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

inline QString describeWidget(const QWidget *w)
{
    QString text;
    if (auto *l = qobject_cast<const QLabel *>(w))
        text = l->text().left(50);
    else if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    else if (auto *c = qobject_cast<const QComboBox *>(w))
        text = c->currentText();
    return QStringLiteral("%1 %2 \"%3\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text);
}

// Every visible label and button below `root` that lies outside its parent (unless a scroll area
// shows the rest) or is too small for its text, and every tab bar whose tabs scroll, described.
inline QStringList clippedWidgets(QWidget *root)
{
    QStringList out;
    for (QTabBar *tabs : root->findChildren<QTabBar *>()) {
        if (tabs->isVisibleTo(root) && tabs->sizeHint().width() > tabs->width())
            out << describeWidget(tabs)
                       + QStringLiteral(": its tabs need %1 px, it has %2 (they scroll)")
                             .arg(tabs->sizeHint().width())
                             .arg(tabs->width());
    }
    for (QWidget *w : root->findChildren<QWidget *>()) {
        auto *label = qobject_cast<QLabel *>(w);
        auto *button = qobject_cast<QAbstractButton *>(w);
        if ((!label && !button) || !w->isVisibleTo(root) || w->isWindow())
            continue;
        const bool hasText = label ? !label->text().isEmpty() : !button->text().isEmpty();
        if (w->width() <= 0 || w->height() <= 0) {
            if (hasText)
                out << describeWidget(w) + QStringLiteral(": squeezed to nothing");
            continue;
        }
        QWidget *parent = w->parentWidget();
        const bool scrolled = qobject_cast<QAbstractScrollArea *>(parent->parentWidget());
        if (!scrolled && !parent->rect().contains(w->geometry()))
            out << describeWidget(w)
                       + QStringLiteral(": outside its parent %1 (%2,%3 %4×%5 in %6×%7)")
                             .arg(describeWidget(parent))
                             .arg(w->x())
                             .arg(w->y())
                             .arg(w->width())
                             .arg(w->height())
                             .arg(parent->width())
                             .arg(parent->height());
        if (!hasText)
            continue;
        if (label && label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height())
                out << describeWidget(w)
                           + QStringLiteral(": needs %1 px of height, has %2")
                                 .arg(needed)
                                 .arg(label->height());
            continue;
        }
        const QSize need = w->minimumSizeHint();
        if (need.width() > w->width() || need.height() > w->height())
            out << describeWidget(w)
                       + QStringLiteral(": needs %1×%2, has %3×%4")
                             .arg(need.width())
                             .arg(need.height())
                             .arg(w->width())
                             .arg(w->height());
    }
    return out;
}

// The visible widgets below `root` whose minimum width (or height) is above `limit`: where a
// window's minimum size comes from, for a failure message.
inline QStringList demandingWidgets(QWidget *root, Qt::Orientation orientation, int limit)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || w->isWindow())
            continue;
        const QSize need = (w->layout() ? w->layout()->totalMinimumSize() : w->minimumSizeHint())
                               .expandedTo(w->minimumSize());
        const int length = orientation == Qt::Horizontal ? need.width() : need.height();
        if (length > limit)
            out << describeWidget(w) + QStringLiteral(": %1 px").arg(length);
    }
    return out;
}

} // namespace vigilo::guitest
