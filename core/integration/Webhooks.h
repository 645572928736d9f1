#pragma once
// Webhooks: endpoints that admins register, the outbox that every transition fills in its own
// transaction, HMAC-SHA256 signing, claiming due deliveries with a lease, exponential backoff and
// the delivery log. Sending (QtNetwork) lives in core/delivery, outside the core library.

#include "Actor.h"
#include "Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace vigilo {

class Store;
class Clock;
class AuditLog;

struct WebhookEndpoint {
    qint64 id = 0;
    qint64 workspaceId = 0;
    QString owner; // username of a personal endpoint (a subscription's); empty: the workspace's
    QString name;
    QString url;
    QStringList events; // empty: every event
    QString format;     // "json" or "slack"
    bool active = true;
    QString createdBy;
    QDateTime createdAt;
    QString secret; // only set right after add (shown once), never read back
    QJsonObject toJson() const;
};

struct WebhookEndpointInput {
    QString name;
    QString url;
    QString secret; // empty: a random one is generated and returned once
    QStringList events;
    QString format = QStringLiteral("json");
};

// One queued delivery: an event for one endpoint.
struct OutboxItem {
    qint64 id = 0;
    qint64 workspaceId = 0;
    qint64 endpointId = 0;
    QString endpointName;
    QString url;
    QString format;
    QString deliveryId; // X-Vigilo-Delivery: the receiver de-duplicates on it
    QString event;      // "change.rolled_back"
    qint64 eventSeq = 0;
    int changeNumber = 0;
    QByteArray body;   // the exact bytes sent (and signed)
    QString signature; // hex HMAC-SHA256 of body with the endpoint's secret
    QDateTime createdAt;
    QString state; // pending, delivered, failed, cancelled
    int attempts = 0;
    QDateTime nextAttemptAt;
    QDateTime deliveredAt;
    int lastStatus = 0; // HTTP status of the last attempt, 0 when none
    QString lastError;
    QJsonObject toJson() const;
};

// One attempt in the delivery log.
struct DeliveryAttempt {
    qint64 id = 0;
    qint64 outboxId = 0;
    QString endpointName;
    QString event;
    int changeNumber = 0;
    QString deliveryId;
    int attempt = 0;
    QDateTime at;
    int httpStatus = 0; // 0: no HTTP answer (connection refused, timeout, ...)
    QString error;
    qint64 durationMs = 0;
    QString deliveredBy;
    QString state; // the outbox row's state now
    bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
    QJsonObject toJson() const;
};

// What one HTTP attempt came to.
struct DeliveryResult {
    int httpStatus = 0;
    QString error;
    qint64 durationMs = 0;
    // Not sent: the receiver's address is not allowed (AddressRules). Failed at once, not
    // retried: an admin allows the host and retries the delivery.
    bool refused = false;
    bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
    // Network errors, timeouts, 5xx, 408 and 429 are worth another try; other answers are not.
    bool retryable() const;
};

class Webhooks final {
public:
    static constexpr int kMaxAttempts = 10;
    static constexpr int kBaseDelaySecs = 30;
    static constexpr int kMaxDelaySecs = 3600;
    static constexpr int kLeaseSecs = 120;

    Webhooks(Store &store, const Clock &clock, AuditLog &audit)
        : m_store(store)
        , m_clock(clock)
        , m_audit(audit)
    {}

    // The events a transition sends: change.submitted, change.approved, change.rolled_back, ...
    static QStringList eventNames();
    static QString eventFor(Action action, ChangeStatus from, ChangeStatus to);

    // Workspace endpoints: admins and owners only, audited (the secret never is).
    Result<WebhookEndpoint> addEndpoint(const Actor &actor, const WebhookEndpointInput &input);
    Result<QList<WebhookEndpoint>> endpoints(const Actor &actor) const;
    Result<WebhookEndpoint> setActive(const Actor &actor, const QString &name, bool active);
    // Removes the endpoint with its queue and delivery log.
    Status removeEndpoint(const Actor &actor, const QString &name);

    // The hosts an admin allowed although they are loopback, private, link-local or cloud
    // metadata (AddressRules): endpoints and subscriptions may point at them, deliveries reach
    // them. Adding and removing are for admins and owners, and audited; any member reads them.
    Result<QStringList> allowedHosts(const Actor &actor) const;
    static Result<QStringList> allowedHostsOf(Store &store, qint64 workspaceId);
    // Returns the host as the list keeps it (an address in its usual notation, a name in lower
    // case); host_already_allowed when it is there.
    Result<QString> allowHost(const Actor &actor, const QString &host);
    Status disallowHost(const Actor &actor, const QString &host);
    // validateUrl, then the address rules against the workspace's allow-list
    // (address_not_allowed). Read inside the writer's transaction.
    static Status checkUrl(Store &store, qint64 workspaceId, const QString &url);

    // Called by ChangeService inside the transition's transaction, after its audit event: one
    // outbox row per workspace endpoint whose filter takes the event, and per subscriber's
    // webhook whose asset the change touches.
    // `event` names it when no action does (a material edit that sends an approved change back
    // for approval: change.reapproval_required).
    static Status enqueueTransition(Store &store, const Clock &clock, const Actor &actor,
                                    const ChangeRequest &before, const ChangeRequest &after,
                                    Action action, const QJsonObject &details,
                                    const QString &event = {});

    // Leases up to `max` due rows of the actor's workspace to `worker` for kLeaseSecs: another
    // client does not claim them meanwhile.
    Result<QList<OutboxItem>> claimDue(const Actor &actor, const QString &worker, int max = 20);
    // Logs the attempt and moves the row on: delivered, retried later (backoff) or failed.
    // `deliveredBy`: who the log names (empty: the actor; the team server names itself while
    // it acts, for row-level security, in the name of one of the workspace's members).
    Result<OutboxItem> recordAttempt(const Actor &actor, const OutboxItem &item,
                                     const QString &worker, const DeliveryResult &result,
                                     const QString &deliveredBy = {});
    // Admin: a failed (or pending) delivery is tried again at once.
    Result<OutboxItem> retry(const Actor &actor, qint64 outboxId);

    Result<QList<OutboxItem>> outbox(const Actor &actor, const QString &state = {},
                                     int limit = 200) const;
    Result<OutboxItem> outboxItem(const Actor &actor, qint64 outboxId) const;
    Result<QList<DeliveryAttempt>> log(const Actor &actor, bool failedOnly = false,
                                       int limit = 200) const;

    // When attempt number `attempts` (1-based) failed at `now`, the next one is due at: 30 s,
    // 1, 2, 4 ... minutes, capped at an hour, plus up to 10 % jitter fixed by `key`.
    static QDateTime nextAttemptAfter(int attempts, const QDateTime &now, const QString &key);

    // Hex HMAC-SHA256 of `body`; the header value is "sha256=<hex>".
    static QString sign(const QByteArray &secret, const QByteArray &body);
    static QString signatureHeader(const QString &hexSignature);
    // What a receiver does: recompute over the exact body and compare in constant time.
    static bool verify(const QByteArray &secret, const QByteArray &body, const QString &header);

    // The body for one event: format "json" (the event object itself) or "slack"
    // ({"text": ..., "blocks": [...]}).
    static QByteArray payload(const QString &format, const QJsonObject &event);
    static QString randomSecret();
    static Status validateUrl(const QString &url);
    // "json" (also for an empty text) or "slack"; invalid_input otherwise.
    static Result<QString> validateFormat(const QString &format);
    // The secret to sign with: the given one (at least 16 characters) or, when empty, a new one.
    static Result<QString> secretOrGenerated(const QString &secret);

private:
    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace vigilo
