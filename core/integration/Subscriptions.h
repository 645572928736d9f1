#pragma once
// A member follows an asset (a service): every change that touches it reaches them, by their own
// webhook (an outbox delivery, like the workspace's webhooks) or as a desktop notification that
// their GUI shows (desktopEventsSince). A member may also follow a single change (desktop).

#include "Actor.h"
#include "Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace vigilo {

class Store;
class Clock;
class AuditLog;

struct Subscription {
    qint64 id = 0;
    QString asset;
    QString channel; // "webhook" or "desktop"
    QString webhook; // the personal endpoint's name (webhook channel)
    QString url;
    QString secret; // only right after subscribing with a generated secret
    QDateTime createdAt;
    QJsonObject toJson() const;
};

// One event of a change touching an asset the member follows on the desktop, or (action
// approval.delegated) a decision due from a member the actor stands in for.
struct SubscriptionEvent {
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString action; // the audit action: change.rollback, change.edit, comment.add, ...
    int changeNumber = 0;
    QString title;
    QString status;     // the change's status after the event (wire name)
    QStringList assets; // the followed assets it touches
    QString step;       // approval.delegated: the step now awaiting a decision,
    QString onBehalfOf; // due from this member, who is away (the actor is their substitute)
    QJsonObject toJson() const;
};

class Subscriptions final {
public:
    Subscriptions(Store &store, const Clock &clock, AuditLog &audit)
        : m_store(store)
        , m_clock(clock)
        , m_audit(audit)
    {}

    // Any member may follow an asset on the desktop (nothing leaves the workspace).
    Result<Subscription> subscribeDesktop(const Actor &actor, const QString &asset);
    // Sending events outside needs engineer or above, and is audited. An empty secret: one is
    // generated and returned once.
    Result<Subscription> subscribeWebhook(const Actor &actor, const QString &asset,
                                          const QString &url, const QString &secret,
                                          const QString &format = {});
    // Ends the actor's subscriptions to the asset: those of `channel` ("desktop" or "webhook"),
    // or all of them when it is empty. A personal webhook's queued deliveries are cancelled.
    Status unsubscribe(const Actor &actor, const QString &asset, const QString &channel = {});
    Result<QList<Subscription>> mine(const Actor &actor) const;

    // Following one change (ChangeFollows.cpp): any member, on the desktop (nothing leaves the
    // workspace, like a desktop subscription); its events then reach them as notifications.
    // Following twice, or stopping what one does not follow, changes nothing.
    Status followChange(const Actor &actor, int number);
    Status unfollowChange(const Actor &actor, int number);
    // The numbers of the changes the actor follows, ascending.
    Result<QList<int>> followedChanges(const Actor &actor) const;

    // Events after `afterSeq` of changes touching the actor's desktop-followed assets, the
    // actor's own actions left out, and the decisions due from members the actor stands in for
    // (approval.delegated, whoever caused them), oldest first.
    Result<QList<SubscriptionEvent>> desktopEventsSince(const Actor &actor, qint64 afterSeq,
                                                        int limit = 50) const;
    // The workspace's latest event sequence number (where a new session starts watching).
    Result<qint64> latestSeq(const Actor &actor) const;

private:
    // Events of the changes the actor follows (the same filter as desktopEventsSince).
    Result<QList<SubscriptionEvent>> followedEventsSince(const Actor &actor, qint64 afterSeq,
                                                         int limit) const;

    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace vigilo
