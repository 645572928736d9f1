#pragma once
// The desktop client's part of webhooks and subscriptions, running in the background: on a
// database in this process it sends the workspace's due webhook deliveries on a timer
// ("whichever client runs next"; a team server sends its own), tells the substitutes of
// delegations that have started (time passes here too), and shows a notification when another
// workstation changes something touching an asset the user follows on the desktop or a decision
// falls due from a member the user stands in for: in the tray when there is one, and always as
// `notified` (the main window's notification bar shows it). Everything but the deliveries goes
// through the Client, so it works alike on a team server (woken by the server's event.change).

#include "Actor.h"
#include "Subscriptions.h"

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

    // Whether this window sends the deliveries (a database in this process; a team server
    // sends its own).
    bool sendsDeliveries() const;
    // Sends due deliveries now (the timer calls it; the Webhooks dialog's "Deliver now" too).
    void deliverNow();
    // Looks for new events on followed assets (called when the change watcher fires).
    void checkSubscriptions();
    // Substitutes told of decisions due since their delegations started (the timer calls it),
    // then the user's new notifications shown.
    void tellSubstitutes();
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }

signals:
    void deliveryFinished(const vigilo::DeliveryRun &run);
    // Each desktop notification, also without a tray (the main window's notification bar).
    void notified(const QString &title, const QString &message);
    // A sweep for substitutes ended: how many it told (tests listen here).
    void substitutesSwept(int told);

private:
    bool hasBaseline(const Actor &actor) const;
    // Runs `next` once the point to watch from is known for the actor's workspace (at once when
    // it is; after one request when it is not, and not at all when that request fails: the next
    // tick tries again).
    void afterBaseline(const Actor &actor, std::function<void()> next);
    void sweep(const QString &workspace);
    void show(const QList<SubscriptionEvent> &events);
    void tick();
    Session &m_session;
    ActorSource m_actorSource;
    QTimer m_timer;
    std::unique_ptr<WebhookSender> m_sender;
    qint64 m_senderWorkspace = 0;
    qint64 m_senderMember = 0;
    qint64 m_seenSeq = -1;
    qint64 m_seenWorkspace = 0;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_sweeping = false;
    bool m_baselining = false;
    bool m_checking = false;
    bool m_checkAgain = false;
};

} // namespace vigilo::ui
