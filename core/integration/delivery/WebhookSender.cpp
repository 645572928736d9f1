#include "WebhookSender.h"

#include "AddressRules.h"
#include "Tr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostInfo>
#include <QJsonArray>
#include <QNetworkReply>
#include <QUrl>
#include <QUuid>

namespace vigilo {

QJsonObject DeliveryRun::toJson() const
{
    return {{QStringLiteral("claimed"), claimed},
            {QStringLiteral("delivered"), delivered},
            {QStringLiteral("retrying"), retrying},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}};
}

WebhookSender::WebhookSender(Webhooks &webhooks, const Actor &actor, QObject *parent)
    : QObject(parent)
    , m_webhooks(webhooks)
    , m_actor(actor)
{
    // Who holds a lease: host, process and this sender, so two senders in one process differ.
    m_worker = QStringLiteral("%1:%2:%3")
                   .arg(QHostInfo::localHostName())
                   .arg(QCoreApplication::applicationPid())
                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkRequest WebhookSender::requestFor(const OutboxItem &item)
{
    QNetworkRequest request(QUrl(item.url));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Vigilo-Webhooks/%1").arg(QStringLiteral(VIGILO_VERSION)));
    request.setRawHeader("X-Vigilo-Event", item.event.toUtf8());
    request.setRawHeader("X-Vigilo-Delivery", item.deliveryId.toUtf8());
    request.setRawHeader("X-Vigilo-Timestamp",
                         QByteArray::number(item.createdAt.toSecsSinceEpoch()));
    request.setRawHeader("X-Vigilo-Signature", Webhooks::signatureHeader(item.signature).toUtf8());
    return request;
}

Status WebhookSender::start(int max)
{
    if (isBusy())
        return Error::rule(
            QStringLiteral("delivery_running"),
            CoreText::tr("Webhook deliveries are already being sent; wait for them."));
    m_run = {};
    auto allowed = m_webhooks.allowedHosts(m_actor);
    if (!allowed)
        return allowed.error();
    auto claimed = m_webhooks.claimDue(m_actor, m_worker, max);
    if (!claimed)
        return claimed.error();
    m_run.claimed = int(claimed->size());
    if (claimed->isEmpty()) {
        emit finished(m_run);
        return {};
    }
    m_pending = int(claimed->size());
    for (const OutboxItem &item : *claimed)
        send(item, *allowed);
    return {};
}

void WebhookSender::send(const OutboxItem &item, const QStringList &allowedHosts)
{
    const QUrl url(item.url);
    const QString host = url.host();
    auto refuse = [this, item](const Error &why) {
        DeliveryResult r;
        r.error = why.message;
        r.refused = true;
        record(item, r);
    };
    if (address::isAllowed(host, allowedHosts)) {
        post(item, url, {});
        return;
    }
    if (const auto ip = address::parseIp(host)) {
        if (Status ok = address::checkResolved(item.url, host, {ip->toString()}, allowedHosts); !ok)
            return refuse(ok.error());
        post(item, url, {});
        return;
    }
    // A name: resolve it here and connect to the address that passed the check, so that a
    // second lookup (DNS rebinding) cannot send the request somewhere else.
    QHostInfo::lookupHost(
        host, this, [this, item, url, host, allowedHosts, refuse](const QHostInfo &info) {
            if (info.error() != QHostInfo::NoError) {
                DeliveryResult r;
                r.error = info.errorString();
                record(item, r);
                return;
            }
            // Every address is checked; the request goes to one of them, IPv4 first (where a
            // receiver is most often reachable), never to a second lookup's answer.
            QStringList addresses;
            for (const QHostAddress &a : info.addresses())
                if (a.protocol() == QAbstractSocket::IPv4Protocol)
                    addresses << a.toString();
            for (const QHostAddress &a : info.addresses())
                if (a.protocol() != QAbstractSocket::IPv4Protocol)
                    addresses << a.toString();
            if (Status ok = address::checkResolved(item.url, host, addresses, allowedHosts); !ok)
                return refuse(ok.error());
            QUrl pinned = url;
            pinned.setHost(addresses.constFirst());
            post(item, pinned,
                 url.port() > 0 ? host + QLatin1Char(':') + QString::number(url.port()) : host);
        });
}

void WebhookSender::post(const OutboxItem &item, const QUrl &target, const QString &hostHeader)
{
    {
        QNetworkRequest request = requestFor(item);
        request.setUrl(target);
        if (!hostHeader.isEmpty()) {
            request.setRawHeader("Host", hostHeader.toUtf8());
            request.setPeerVerifyName(QUrl(item.url).host()); // TLS checks the name, not the IP
        }
        request.setTransferTimeout(m_timeoutMs);
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = m_network.post(request, item.body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, item, timer] {
            reply->deleteLater();
            DeliveryResult r;
            r.durationMs = timer->elapsed();
            r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (r.httpStatus == 0)
                r.error = reply->errorString();
            else if (!r.ok())
                r.error = CoreText::tr("HTTP %1 %2")
                              .arg(r.httpStatus)
                              .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                       .toString());
            record(item, r);
        });
    }
}

void WebhookSender::record(const OutboxItem &item, const DeliveryResult &result)
{
    auto after = m_webhooks.recordAttempt(m_actor, item, m_worker, result, m_deliveredBy);
    if (!after) {
        m_run.errors << after.error().message;
    } else {
        if (after->state == QLatin1String("delivered"))
            ++m_run.delivered;
        else if (after->state == QLatin1String("failed"))
            ++m_run.failed;
        else
            ++m_run.retrying;
        emit attemptRecorded(*after);
    }
    if (--m_pending == 0)
        emit finished(m_run);
}

Result<DeliveryRun> WebhookSender::runOnce(int max)
{
    QEventLoop loop;
    bool done = false;
    const QMetaObject::Connection c = connect(this, &WebhookSender::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    Status started = start(max);
    if (!started.ok()) {
        disconnect(c);
        return started.error();
    }
    if (!done)
        loop.exec();
    disconnect(c);
    return m_run;
}

} // namespace vigilo
