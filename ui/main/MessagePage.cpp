#include "MessagePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {
// A word-wrapped label with a maximum width. The layouts ask a widget's height for the width
// they could give it, not for the width it will take (QWidgetItem does not clamp to the
// maximum), so a plain QLabel was given too little height and its last line was cut off.
class WrappedLabel final : public QLabel {
public:
    using QLabel::QLabel;
    int heightForWidth(int width) const override
    {
        return QLabel::heightForWidth(qMin(width, maximumWidth()));
    }
};
} // namespace

MessagePage::MessagePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_body(new WrappedLabel(this))
    , m_demo(new QPushButton(tr("Create the demo workspace"), this))
{
    setObjectName(QStringLiteral("messagePage"));
    m_title->setObjectName(QStringLiteral("messageTitle"));
    m_body->setObjectName(QStringLiteral("messageBody"));
    m_demo->setObjectName(QStringLiteral("createDemoButton"));

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setMaximumWidth(640);

    auto *column = new QVBoxLayout;
    column->setSpacing(16);
    column->addWidget(m_title);
    column->addWidget(m_body);
    column->addWidget(m_demo, 0, Qt::AlignLeft);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addLayout(column);
    middle->addStretch(2);
    outer->addLayout(middle, 4);
    outer->addStretch(1);

    connect(m_demo, &QPushButton::clicked, this, &MessagePage::demoRequested);
}

void MessagePage::setMessage(const QString &title, const QString &body, bool offerDemo)
{
    m_title->setText(title);
    m_body->setText(body);
    m_demo->setVisible(offerDemo);
}

void MessagePage::setDemoBusy(bool busy)
{
    m_demo->setEnabled(!busy);
    m_demo->setText(busy ? tr("Creating the demo workspace…") : tr("Create the demo workspace"));
    if (busy)
        setCursor(Qt::WaitCursor);
    else
        unsetCursor();
}

QString MessagePage::title() const
{
    return m_title->text();
}
QString MessagePage::body() const
{
    return m_body->text();
}

} // namespace vigilo::ui
