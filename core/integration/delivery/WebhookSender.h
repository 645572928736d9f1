#pragma once
// Posts due webhook deliveries of one workspace over HTTP (QNetworkAccessManager, non-blocking)
// and records each attempt in the outbox: the GUI runs it on a timer, `vigilo-cli webhook
// deliver` once. Any client may run it; leases keep two clients off the same row.

#include "Actor.h"
#include "Error.h"
#include "Webhooks.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace vigilo {

struct DeliveryRun {
    int claimed = 0;
    int delivered = 0;
    int retrying = 0;   // failed this time, due again later
    int failed = 0;     // gave up (max attempts, or an answer not worth retrying)
    QStringList errors; // storage problems while recording
    QJsonObject toJson() const;
};

class WebhookSender final : public QObject {
    Q_OBJECT
public:
    WebhookSender(Webhooks &webhooks, const Actor &actor, QObject *parent = nullptr);

    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Who the delivery log names instead of the actor (the team server's pump).
    void setDeliveredBy(const QString &name) { m_deliveredBy = name; }
    QString worker() const { return m_worker; }
    bool isBusy() const { return m_pending > 0; }

    // Claims up to `max` due deliveries and posts them; finished() follows when every answer is
    // in (at once when nothing was due). Refuses while a run is under way.
    // Rows sent at once: QNetworkAccessManager opens six connections per host, so a batch of
    // six finishes within one transfer timeout, well inside the lease (Webhooks::kLeaseSecs).
    static constexpr int kBatch = 6;
    Status start(int max = kBatch);
    // start() and wait for finished() in a local event loop (the CLI, tests).
    Result<DeliveryRun> runOnce(int max = kBatch);

    // The request for one delivery: JSON body, X-Vigilo-Event, X-Vigilo-Delivery,
    // X-Vigilo-Timestamp and X-Vigilo-Signature (sha256=<hex HMAC of the body>).
    static QNetworkRequest requestFor(const OutboxItem &item);

signals:
    void attemptRecorded(const vigilo::OutboxItem &item);
    void finished(const vigilo::DeliveryRun &run);

private:
    // Checks where the delivery would go (AddressRules: the host, or every address it resolves
    // to) and posts it to the address that was checked; refuses it otherwise.
    void send(const OutboxItem &item, const QStringList &allowedHosts);
    void post(const OutboxItem &item, const QUrl &target, const QString &hostHeader);
    void record(const OutboxItem &item, const DeliveryResult &result);

    Webhooks &m_webhooks;
    Actor m_actor;
    QNetworkAccessManager m_network;
    QString m_worker;
    QString m_deliveredBy;
    int m_timeoutMs = 30000;
    int m_pending = 0;
    DeliveryRun m_run;
};

} // namespace vigilo

Q_DECLARE_METATYPE(vigilo::DeliveryRun)
Q_DECLARE_METATYPE(vigilo::OutboxItem)
