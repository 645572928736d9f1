// The Client's calls for the Webhooks window: one answer to open it (webhook.overview), and its
// writes, asynchronous so that the window works alike on a database and on a team server.
#include "Client.h"

#include "Api.h"
#include "ClientReplies.h"

namespace vigilo::client {

using namespace vigilo::api;

namespace {

Result<WebhookOverview> overviewAnswer(const Result<QJsonValue> &r)
{
    if (!r)
        return r.error();
    WebhookOverview out;
    auto rights = field<AdminRights>(r, "rights");
    if (!rights)
        return rights.error();
    out.rights = *rights;
    auto endpoints = listField<WebhookEndpoint>(r, "webhooks");
    if (!endpoints)
        return endpoints.error();
    out.endpoints = *endpoints;
    auto log = listField<DeliveryAttempt>(r, "deliveries");
    if (!log)
        return log.error();
    out.log = *log;
    return out;
}

} // namespace

QFuture<Result<WebhookOverview>> Client::webhookOverviewAsync(bool failedOnly, int limit)
{
    return callAsync(QStringLiteral("webhook.overview"),
                     {{QStringLiteral("failed"), failedOnly}, {QStringLiteral("limit"), limit}})
        .then(&overviewAnswer);
}

QFuture<Result<WebhookEndpoint>> Client::addWebhookAsync(const WebhookEndpointInput &input)
{
    return callAsync(QStringLiteral("webhook.add"), endpointParams(input))
        .then([](const Result<QJsonValue> &r) { return field<WebhookEndpoint>(r, "webhook"); });
}

QFuture<Result<WebhookEndpoint>> Client::setWebhookActiveAsync(const QString &name, bool active)
{
    return callAsync(QStringLiteral("webhook.set_active"),
                     {{QStringLiteral("name"), name}, {QStringLiteral("active"), active}})
        .then([](const Result<QJsonValue> &r) { return field<WebhookEndpoint>(r, "webhook"); });
}

QFuture<Status> Client::removeWebhookAsync(const QString &name)
{
    return callAsync(QStringLiteral("webhook.remove"), {{QStringLiteral("name"), name}})
        .then(&done);
}

QFuture<Result<OutboxItem>> Client::retryDeliveryAsync(qint64 outboxId)
{
    return callAsync(QStringLiteral("webhook.retry"), {{QStringLiteral("id"), outboxId}})
        .then([](const Result<QJsonValue> &r) { return field<OutboxItem>(r, "delivery"); });
}

QFuture<Result<Client::DeliveryCount>> Client::deliverWebhooksAsync()
{
    return callAsync(QStringLiteral("webhook.deliver"))
        .then([](const Result<QJsonValue> &r) -> Result<DeliveryCount> {
            if (!r)
                return r.error();
            const QJsonObject run = r->toObject().value(QStringLiteral("delivery_run")).toObject();
            DeliveryCount out;
            out.claimed = run.value(QStringLiteral("claimed")).toInt();
            out.delivered = run.value(QStringLiteral("delivered")).toInt();
            out.retrying = run.value(QStringLiteral("retrying")).toInt();
            out.failed = run.value(QStringLiteral("failed")).toInt();
            return out;
        });
}

} // namespace vigilo::client
