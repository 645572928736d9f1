#pragma once
// A one-line label that ends its text with "…" when it is narrower than the text, instead of
// cutting a word in half or widening the window: text() and the tooltip keep the whole text.

#include <QLabel>

namespace vigilo::ui {

class ElidingLabel final : public QLabel {
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    // As narrow as a few characters: the layout may give it less than its text.
    QSize minimumSizeHint() const override;
    // Whether the text is shortened now.
    bool isElided() const;
    // Where the "…" goes (default: at the end; a path reads better shortened in the middle).
    void setElideMode(Qt::TextElideMode mode);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Qt::TextElideMode m_mode = Qt::ElideRight;
};

} // namespace vigilo::ui
