#include "NotificationBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace vigilo::ui {

NotificationBar::NotificationBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("notificationBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAccessibleName(tr("Notification"));
    m_text->setObjectName(QStringLiteral("notificationText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setForegroundRole(QPalette::ToolTipText);
    auto *dismiss = new QToolButton(this);
    dismiss->setObjectName(QStringLiteral("dismissNotification"));
    dismiss->setAutoRaise(true);
    dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    dismiss->setToolTip(tr("Dismiss the notification"));
    dismiss->setAccessibleName(tr("Dismiss the notification"));
    connect(dismiss, &QToolButton::clicked, this, &QWidget::hide);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 4, 4);
    row->addWidget(m_text, 1);
    row->addWidget(dismiss, 0, Qt::AlignTop);
    hide();
}

void NotificationBar::showNotification(const QString &title, const QString &message)
{
    QStringList lines;
    for (const QString &line : message.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << line.toHtmlEscaped();
    m_text->setText(QStringLiteral("<b>%1</b><br>%2")
                        .arg(title.toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
    show();
}

QString NotificationBar::text() const
{
    return m_text->text();
}

} // namespace vigilo::ui
