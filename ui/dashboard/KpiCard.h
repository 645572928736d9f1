#pragma once
// One figure of the dashboard as a card: title, value, a one-line caption saying what was
// counted, and how it moved against the previous period. Clicking it (or Enter/Space when it
// has focus) asks for the changes behind the figure.

#include <QFrame>

class QLabel;

namespace vigilo::ui {

class KpiCard final : public QFrame {
    Q_OBJECT
public:
    enum class Trend { None, Good, Bad, Neutral };

    explicit KpiCard(const QString &key, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    void setTitle(const QString &title);
    void setValue(const QString &value);
    void setCaption(const QString &caption);
    void setTrend(const QString &text, Trend trend);
    // The full definition (the core's), shown as the tooltip.
    void setDefinition(const QString &definition);

    QString titleText() const;
    QString valueText() const;
    QString captionText() const;
    QString trendText() const;
    Trend trend() const { return m_trend; }
    // Takes the application's current palette (the page calls it on an appearance change).
    void restyle();

Q_SIGNALS:
    void clicked(const QString &key);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QString m_key;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_caption;
    QLabel *m_trendLabel;
    Trend m_trend = Trend::None;
    bool m_hover = false;
};

} // namespace vigilo::ui
