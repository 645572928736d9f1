#pragma once
// The desktop client's part of webhooks and subscriptions, running in the background: it sends
// the workspace's due webhook deliveries on a timer ("whichever client runs next"), and shows a
// tray notification when another workstation changes something touching an asset the user
// follows on the desktop. No tray (some desktops): notifications are skipped silently.

#include "Actor.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QSystemTrayIcon;

namespace vigilo {
class WebhookSender;
struct DeliveryRun;
} // namespace vigilo

namespace vigilo::ui {

class Session;

class WebhookPump final : public QObject {
    Q_OBJECT
public:
    using ActorSource = std::function<std::optional<Actor>()>;
    WebhookPump(Session &session, ActorSource actor, QObject *parent = nullptr);
    ~WebhookPump() override;

    // Sends due deliveries now (the timer calls it; the Webhooks dialog's "Deliver now" too).
    void deliverNow();
    // Looks for new events on followed assets (called when the change watcher fires).
    void checkSubscriptions();
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }

signals:
    void deliveryFinished(const vigilo::DeliveryRun &run);
    // Each desktop notification, also without a tray (tests listen here).
    void notified(const QString &title, const QString &message);

private:
    bool ensureBaseline(const Actor &actor); // true when it was (re)set just now
    Session &m_session;
    ActorSource m_actorSource;
    QTimer m_timer;
    std::unique_ptr<WebhookSender> m_sender;
    qint64 m_senderWorkspace = 0;
    qint64 m_senderMember = 0;
    qint64 m_seenSeq = -1;
    qint64 m_seenWorkspace = 0;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace vigilo::ui
