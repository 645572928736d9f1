#pragma once
// Webhook delivery and its retries run in the server (the secrets never leave it): every few
// seconds, and soon after an event, the due deliveries of each workspace are posted by the
// core's WebhookSender. Several servers on one database share the work through the outbox's
// leases.

#include "Actor.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace vigilo {
class Vigilo;
class WebhookSender;
struct DeliveryRun;
} // namespace vigilo

namespace vigilo::server {

class WebhookPump final : public QObject {
    Q_OBJECT
public:
    WebhookPump(Vigilo &core, int intervalSecs, QObject *parent = nullptr);
    ~WebhookPump() override;
    // Delivers in the background: every intervalSecs, and soon after each event.
    void start();
    // Something happened: look for due deliveries within a second (when started).
    void soon();
    // `webhook deliver` of a member: the due deliveries of the actor's workspace, in batches,
    // up to `max`; `done` gets what happened.
    void deliverFor(const Actor &actor, int max, int timeoutMs,
                    std::function<void(const DeliveryRun &)> done);

private:
    void tick();
    void next();
    Vigilo &m_core;
    QTimer m_timer;
    QTimer m_soon;
    bool m_started = false;
    QList<QPair<qint64, QString>> m_queue; // workspace, the member to deliver for
    std::unique_ptr<WebhookSender> m_sender;
};

} // namespace vigilo::server
