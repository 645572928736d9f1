#pragma once
// Webhook delivery and its retries run in the server (the secrets never leave it): every few
// seconds, and soon after an event, the due deliveries of each workspace are posted by the
// core's WebhookSender. Several servers on one database share the work through the outbox's
// leases.

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace vigilo {
class Vigilo;
class WebhookSender;
} // namespace vigilo

namespace vigilo::server {

class WebhookPump final : public QObject {
    Q_OBJECT
public:
    WebhookPump(Vigilo &core, int intervalSecs, QObject *parent = nullptr);
    ~WebhookPump() override;
    void start();
    // Something happened: look for due deliveries within a second.
    void soon();

private:
    void tick();
    void next();
    Vigilo &m_core;
    QTimer m_timer;
    QTimer m_soon;
    QList<qint64> m_queue;
    std::unique_ptr<WebhookSender> m_sender;
};

} // namespace vigilo::server
