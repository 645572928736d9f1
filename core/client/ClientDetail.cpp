// The calls of a change's own screen (ChangeDetailView): what change.open adds for it, saving
// the form, the risk assessment.
#include "Client.h"

#include "ClientReplies.h"
#include "JsonRpc.h"

namespace vigilo::client {

using namespace vigilo::api;

namespace {

QJsonObject numbered(int number)
{
    return QJsonObject{{QStringLiteral("number"), formatChangeNumber(number)}};
}

} // namespace

Result<ChangeView> readChangeViewExtras(const QJsonObject &o, ChangeView v)
{
    if (o.contains(QStringLiteral("role")))
        v.role = parseRole(o.value(QStringLiteral("role")).toString());
    if (o.contains(QStringLiteral("risk"))) {
        auto risk = decode<RiskProfile>(o.value(QStringLiteral("risk")));
        if (!risk)
            return risk.error();
        v.risk = *risk;
    }
    if (o.contains(QStringLiteral("assignees"))) {
        auto members = decodeList<Member>(o.value(QStringLiteral("assignees")));
        if (!members)
            return members.error();
        v.assignees = *members;
    }
    const QJsonObject unreadable = o.value(QStringLiteral("unreadable")).toObject();
    for (auto it = unreadable.begin(); it != unreadable.end(); ++it)
        v.unreadable.insert(it.key(), jsonrpc::errorFrom(it.value().toObject()));
    return v;
}

QFuture<Result<ChangeRequest>> Client::editChangeAsync(int number, const ChangeDraft &draft,
                                                       std::optional<int> expectedVersion)
{
    QJsonObject p = draftParams(draft);
    p.insert(QStringLiteral("number"), formatChangeNumber(number));
    if (expectedVersion)
        p.insert(QStringLiteral("expected_version"), *expectedVersion);
    return callAsync(QStringLiteral("change.edit"), p).then([](const Result<QJsonValue> &r) {
        return field<ChangeRequest>(r, "change");
    });
}

QFuture<Result<RiskProfile>> Client::riskProfileAsync(int number)
{
    return callAsync(QStringLiteral("risk.show"), numbered(number))
        .then([](const Result<QJsonValue> &r) { return field<RiskProfile>(r, "risk"); });
}

QFuture<Result<RiskProfile>> Client::answerRiskAsync(int number, const QString &key,
                                                     const QString &choice)
{
    QJsonObject p = numbered(number);
    p.insert(QStringLiteral("key"), key);
    p.insert(QStringLiteral("choice"), choice);
    return callAsync(QStringLiteral("risk.answer"), p).then([](const Result<QJsonValue> &r) {
        return field<RiskProfile>(r, "risk");
    });
}

QFuture<Result<ChangeRequest>> Client::acceptRiskAsync(int number, std::optional<RiskLevel> level,
                                                       const QString &reason)
{
    QJsonObject p = numbered(number);
    if (level)
        p.insert(QStringLiteral("level"), toString(*level));
    if (!reason.isEmpty())
        p.insert(QStringLiteral("reason"), reason);
    return callAsync(QStringLiteral("risk.accept"), p).then([](const Result<QJsonValue> &r) {
        return field<ChangeRequest>(r, "change");
    });
}

} // namespace vigilo::client
