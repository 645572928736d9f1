#include "KpiCard.h"

#include "ChartTheme.h"

#include <QApplication>
#include <QEnterEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace vigilo::ui {

KpiCard::KpiCard(const QString &key, QWidget *parent)
    : QFrame(parent)
    , m_key(key)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_trendLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("kpi_%1").arg(key));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    setMinimumWidth(170);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred); // a row of equal heights

    m_title->setObjectName(QStringLiteral("kpiTitle"));
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_caption->setObjectName(QStringLiteral("kpiCaption"));
    m_trendLabel->setObjectName(QStringLiteral("kpiTrend"));
    m_title->setWordWrap(true); // a narrow window: "Time to restore (median)" on two lines
    m_caption->setWordWrap(true);
    m_trendLabel->setWordWrap(true);
    for (QLabel *l : {m_title, m_value, m_caption, m_trendLabel})
        l->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(3);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    layout->addStretch(1);
    layout->addWidget(m_trendLabel);
    restyle();
}

void KpiCard::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

void KpiCard::setValue(const QString &value)
{
    m_value->setText(value);
    setAccessibleDescription(value + QLatin1Char('\n') + m_caption->text());
}

void KpiCard::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    setAccessibleDescription(m_value->text() + QLatin1Char('\n') + caption);
}

void KpiCard::setTrend(const QString &text, Trend trend)
{
    m_trendLabel->setText(text);
    m_trend = trend;
    restyle();
}

void KpiCard::setDefinition(const QString &definition)
{
    setToolTip(QStringLiteral("<p style='white-space:pre-wrap'><b>%1</b><br>%2</p><p><i>%3</i></p>")
                   .arg(m_title->text().toHtmlEscaped(), definition.toHtmlEscaped(),
                        tr("Click to list the changes behind this figure.").toHtmlEscaped()));
}

QString KpiCard::titleText() const
{
    return m_title->text();
}
QString KpiCard::valueText() const
{
    return m_value->text();
}
QString KpiCard::captionText() const
{
    return m_caption->text();
}
QString KpiCard::trendText() const
{
    return m_trendLabel->text();
}

void KpiCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked(m_key);
    QFrame::mouseReleaseEvent(event);
}

void KpiCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
        || event->key() == Qt::Key_Space) {
        Q_EMIT clicked(m_key);
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::ApplicationPaletteChange
        || event->type() == QEvent::StyleChange)
        restyle();
    QFrame::changeEvent(event);
}

void KpiCard::enterEvent(QEnterEvent *event)
{
    m_hover = true;
    restyle();
    QFrame::enterEvent(event);
}

void KpiCard::leaveEvent(QEvent *event)
{
    m_hover = false;
    restyle();
    QFrame::leaveEvent(event);
}

void KpiCard::restyle()
{
    const QPalette pal = QApplication::palette();
    const QColor border = m_hover ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
    QColor muted = pal.color(QPalette::Text);
    muted.setAlphaF(0.7);
    QColor trend = muted;
    if (m_trend == Trend::Good)
        trend = ChartTheme::good(pal);
    if (m_trend == Trend::Bad)
        trend = ChartTheme::bad(pal);
    const QFont base = QApplication::font();
    const double pt = base.pointSizeF() > 0 ? base.pointSizeF() : 10.0;
    auto css = [](const QColor &c) {
        return QStringLiteral("rgba(%1, %2, %3, %4)")
            .arg(c.red())
            .arg(c.green())
            .arg(c.blue())
            .arg(c.alpha());
    };
    // Only this card's own frame (by object name): the labels keep their own rules.
    const QString self = QStringLiteral("QFrame#") + objectName();
    const QString sheet =
        QStringLiteral("%1 { background: %2; border: 1px solid %3; border-radius: 8px; }"
                       "%1:focus { border: 2px solid %4; }")
            .arg(self, css(pal.color(QPalette::Base)), css(border),
                 css(pal.color(QPalette::Highlight)))
        + QStringLiteral("QLabel#kpiTitle { color: %1; font-weight: 600; }"
                         "QLabel#kpiValue { color: %2; font-size: %3pt; font-weight: 600; }"
                         "QLabel#kpiCaption { color: %1; font-size: %4pt; }"
                         "QLabel#kpiTrend { color: %5; font-size: %4pt; font-weight: 600; }")
              .arg(css(muted), css(pal.color(QPalette::Text)))
              .arg(pt * 2.0, 0, 'f', 1)
              .arg(pt * 0.92, 0, 'f', 1)
              .arg(css(trend));
    if (sheet != styleSheet())
        setStyleSheet(sheet); // a new sheet sends PaletteChange again
}

} // namespace vigilo::ui
