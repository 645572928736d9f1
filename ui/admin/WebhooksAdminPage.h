#pragma once
// Administration ▸ Webhooks: where the workspace's change events are posted. The endpoints and
// the delivery log are the Webhooks dialog's (ui/webhooks), opened from here.

#include "AdminPage.h"

#include "Actor.h"

#include <optional>

namespace vigilo::ui {

class WebhookPump;

class WebhooksAdminPage final : public AdminPage {
    Q_OBJECT
public:
    WebhooksAdminPage(Session &session, WebhookPump *pump, QWidget *parent = nullptr);
    void setActor(const Actor &actor) { m_actor = actor; }

protected:
    void fill(const client::Administration &admin) override;

private:
    void open();

    WebhookPump *m_pump;
    std::optional<Actor> m_actor;
};

} // namespace vigilo::ui
