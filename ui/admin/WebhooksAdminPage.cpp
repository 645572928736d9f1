#include "WebhooksAdminPage.h"

#include "webhooks/WebhooksDialog.h"

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
    // Everyone may look; the window asks the core what the member may change.
    addButton(tr("Open &webhooks…"), QStringLiteral("openWebhooksButton"), Needs::Nothing,
              [this] { this->open(); });
    body()->addStretch(1);
}

void WebhooksAdminPage::fill(const client::Administration &) {}

void WebhooksAdminPage::open()
{
    if (!m_actor)
        return;
    client().setWorkspace(m_actor->workspace.slug);
    WebhooksDialog dialog(client(), m_actor->workspace.name, m_pump, this);
    dialog.exec();
}

} // namespace vigilo::ui
