#include "WebhooksAdminPage.h"

#include "main/MainWindow.h"
#include "main/Session.h"
#include "webhooks/WebhooksDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigilo::ui {

WebhooksAdminPage::WebhooksAdminPage(Session &session, WebhookPump *pump, QWidget *parent)
    : AdminPage(session, QStringLiteral("webhooksAdminPage"), tr("Webhooks"),
                tr("Every change transition can be posted to other systems (chat, ticketing, "
                   "monitoring) as signed JSON or a Slack message. The endpoints and the "
                   "delivery log, with retries, are in the Webhooks window."),
                parent)
    , m_pump(pump)
{
    auto *open = addButton(tr("Open &webhooks…"), QStringLiteral("openWebhooksButton"),
                           Needs::Nothing, [this] { this->open(); });
    if (!session.local()) {
        auto *notice = new QLabel(MainWindow::notOnServerYet(), this);
        notice->setWordWrap(true);
        body()->addWidget(notice);
        open->setProperty("unavailable", true); // AdminPage keeps it disabled
    }
    body()->addStretch(1);
}

void WebhooksAdminPage::fill(const client::Administration &) {}

void WebhooksAdminPage::open()
{
    if (!session().local() || !m_actor)
        return;
    WebhooksDialog dialog(session().core(), *m_actor, m_pump, this);
    dialog.exec();
}

} // namespace vigilo::ui
