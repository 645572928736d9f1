#pragma once
// A layout that places its widgets left to right and wraps to the next line when the width is
// used up (the asset picker's chips, the filter bars of narrow pages). A widget that expands
// horizontally (its size policy) shares the rest of its line; one with a height for its width
// (a word-wrapped label) gets that height.

#include <QLayout>
#include <QList>

namespace vigilo::ui {

class FlowLayout final : public QLayout {
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return place(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override { return minimumSize(); }
    void setGeometry(const QRect &rect) override;

private:
    int place(const QRect &rect, bool apply) const; // the height used
    void placeLine(const QList<QLayoutItem *> &line, const QRect &area, int y, int &height,
                   bool apply) const;
    QList<QLayoutItem *> m_items;
    int m_gap;
};

} // namespace vigilo::ui
