// The Client's calls for the main window's pages: the approval queue and bulk approval, freeze
// windows, the dashboard's metrics and the personal views' saved filters. Asynchronous, so that a
// page loads the same way on a database in this process and on a team server.
#include "Client.h"

#include "Api.h"
#include "ClientReplies.h"
#include "IsoTime.h"

namespace vigilo::client {

using namespace vigilo::api;

namespace {

Result<ApprovalQueueAnswer> queueAnswer(const Result<QJsonValue> &r)
{
    if (!r)
        return r.error();
    const QJsonObject o = r->toObject();
    const QJsonValue items = o.value(QStringLiteral("items"));
    if (!items.isArray())
        return malformed(QStringLiteral("list"));
    ApprovalQueueAnswer out;
    for (const QJsonValue &v : items.toArray()) {
        const QJsonObject item = v.toObject();
        ApprovalQueueItem queued;
        read(item.value(QStringLiteral("change")).toObject(), queued.change);
        auto steps = decodeList<ApprovalStep>(item.value(QStringLiteral("open_steps")));
        if (!steps)
            return steps.error();
        queued.openSteps = *steps;
        queued.refusal = optionalError(item.value(QStringLiteral("refusal")));
        queued.onBehalfOf = item.value(QStringLiteral("on_behalf_of")).toString();
        out.items << queued;
    }
    out.bulkRefusal = optionalError(o.value(QStringLiteral("bulk_refusal")));
    return out;
}

Result<QList<BulkApprovalItem>> bulkAnswer(const Result<QJsonValue> &r)
{
    if (!r)
        return r.error();
    QList<BulkApprovalItem> out;
    const QJsonObject o = r->toObject();
    for (const char *key : {"approved", "refused"})
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray()) {
            const QJsonObject item = v.toObject();
            BulkApprovalItem b;
            b.number =
                parseChangeNumber(item.value(QStringLiteral("number")).toString()).value_or(0);
            if (item.value(QStringLiteral("change")).isObject()) {
                ChangeRequest change;
                read(item.value(QStringLiteral("change")).toObject(), change);
                b.change = change;
            }
            b.refusal = optionalError(item.value(QStringLiteral("error")));
            out << b;
        }
    return out;
}

QJsonArray changeNumbers(const QList<int> &numbers)
{
    QJsonArray list;
    for (int n : numbers)
        list.append(formatChangeNumber(n));
    return list;
}

QJsonObject metricsRequest(const MetricsQuery &query, std::optional<TrendBucket> bucket)
{
    QJsonObject p = metricsParams(query);
    if (bucket)
        p.insert(QStringLiteral("by"),
                 *bucket == TrendBucket::Month ? QStringLiteral("month") : QStringLiteral("week"));
    return p;
}

Result<MetricsAnswer> metricsAnswer(const Result<QJsonValue> &r)
{
    auto report = field<MetricsReport>(r, "metrics");
    if (!report)
        return report.error();
    MetricsAnswer out{*report, std::nullopt};
    if (r->toObject().contains(QStringLiteral("trend"))) {
        auto trend = field<MetricsTrend>(r, "trend");
        if (!trend)
            return trend.error();
        out.trend = *trend;
    }
    return out;
}

SavedFilter readFilter(const QJsonObject &o)
{
    SavedFilter f;
    f.name = o.value(QStringLiteral("name")).toString();
    f.params = o.value(QStringLiteral("params")).toObject();
    f.createdAt = parseIsoUtc(o.value(QStringLiteral("created_at")).toString());
    return f;
}

} // namespace

QFuture<Result<ApprovalQueueAnswer>> Client::approvalQueueAsync(bool all)
{
    return callAsync(QStringLiteral("approval.queue"), {{QStringLiteral("all"), all}})
        .then(&queueAnswer);
}

QFuture<Result<QList<BulkApprovalItem>>> Client::approveManyAsync(const QList<int> &numbers,
                                                                  const QString &comment)
{
    QJsonObject p{{QStringLiteral("numbers"), changeNumbers(numbers)}};
    if (!comment.isEmpty())
        p.insert(QStringLiteral("comment"), comment);
    return callAsync(QStringLiteral("change.approve_many"), p).then(&bulkAnswer);
}

QFuture<Result<QList<ChangeRequest>>> Client::changesByNumberAsync(const QList<int> &numbers)
{
    return callAsync(QStringLiteral("change.get_many"),
                     {{QStringLiteral("numbers"), changeNumbers(numbers)}})
        .then([](const Result<QJsonValue> &r) { return listField<ChangeRequest>(r, "changes"); });
}

QFuture<Result<QList<FreezeWindow>>> Client::freezeWindowsAsync()
{
    return callAsync(QStringLiteral("freeze.list")).then([](const Result<QJsonValue> &r) {
        return listField<FreezeWindow>(r, "freeze_windows");
    });
}

Result<MetricsAnswer> Client::metrics(const MetricsQuery &query, std::optional<TrendBucket> bucket)
{
    return metricsAnswer(call(QStringLiteral("metrics.report"), metricsRequest(query, bucket)));
}

QFuture<Result<MetricsAnswer>> Client::metricsAsync(const MetricsQuery &query,
                                                    std::optional<TrendBucket> bucket)
{
    return callAsync(QStringLiteral("metrics.report"), metricsRequest(query, bucket))
        .then(&metricsAnswer);
}

QFuture<Result<QList<SavedFilter>>> Client::savedFiltersAsync()
{
    return callAsync(QStringLiteral("filter.list"))
        .then([](const Result<QJsonValue> &r) -> Result<QList<SavedFilter>> {
            if (!r)
                return r.error();
            const QJsonValue filters = r->toObject().value(QStringLiteral("filters"));
            if (!filters.isArray())
                return malformed(QStringLiteral("list"));
            QList<SavedFilter> out;
            for (const QJsonValue &v : filters.toArray())
                out << readFilter(v.toObject());
            return out;
        });
}

QFuture<Result<SavedFilter>> Client::saveFilterAsync(const QString &name, const QJsonObject &params)
{
    QJsonObject p = params;
    p.insert(QStringLiteral("name"), name);
    return callAsync(QStringLiteral("filter.save"), p)
        .then([](const Result<QJsonValue> &r) -> Result<SavedFilter> {
            if (!r)
                return r.error();
            return readFilter(r->toObject().value(QStringLiteral("filter")).toObject());
        });
}

QFuture<Status> Client::deleteFilterAsync(const QString &name)
{
    return callAsync(QStringLiteral("filter.delete"), {{QStringLiteral("name"), name}}).then(&done);
}

} // namespace vigilo::client
