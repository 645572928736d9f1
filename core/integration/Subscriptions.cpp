#include "Subscriptions.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Dialect.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "Webhooks.h"
#include "WriteScope.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>

namespace vigilo {

namespace {

QString personalEndpointName(const QString &username, const QString &asset)
{
    return QLatin1Char('@') + username + QLatin1Char('/') + asset;
}

// The subscription row of (member, asset, channel), or 0.
Result<qint64> existing(Store &store, qint64 memberId, qint64 assetId, const QString &channel)
{
    auto v = sql::scalar(
        store,
        QStringLiteral("SELECT id FROM subscriptions WHERE member_id = ? AND asset_id = ? "
                       "AND channel = ?"),
        {memberId, assetId, channel});
    if (!v)
        return v.error();
    return v->isNull() ? 0 : v->toLongLong();
}

} // namespace

QJsonObject Subscription::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("asset"), asset},
                  {QStringLiteral("channel"), channel},
                  {QStringLiteral("created_at"), jsonTime(createdAt)}};
    if (channel == QLatin1String("webhook")) {
        o.insert(QStringLiteral("webhook"), webhook);
        o.insert(QStringLiteral("url"), url);
    }
    if (!secret.isEmpty())
        o.insert(QStringLiteral("secret"), secret);
    return o;
}

QJsonObject SubscriptionEvent::toJson() const
{
    QJsonArray a;
    for (const QString &s : assets)
        a.append(s);
    QJsonObject o{{QStringLiteral("seq"), seq},
                  {QStringLiteral("at"), jsonTime(at)},
                  {QStringLiteral("actor"), actor},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("change"), formatChangeNumber(changeNumber)},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("assets"), a}};
    if (!onBehalfOf.isEmpty()) {
        o.insert(QStringLiteral("step"), step);
        o.insert(QStringLiteral("on_behalf_of"), onBehalfOf);
    }
    return o;
}

Result<Subscription> Subscriptions::subscribeDesktop(const Actor &caller, const QString &asset)
{
    WriteScope scope(m_store, caller, Permission::Read);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto assetId = sql::assetId(m_store, actor.workspace.id, asset.trimmed());
    if (!assetId)
        return assetId.error();
    const QString channel = QStringLiteral("desktop");
    auto id = existing(m_store, actor.member.id, *assetId, channel);
    if (!id)
        return id.error();
    const QDateTime now = m_clock.now();
    if (*id == 0) {
        auto ins = sql::insert(
            m_store,
            QStringLiteral("INSERT INTO subscriptions (workspace_id, member_id, asset_id, "
                           "channel, endpoint_id, created_at) VALUES (?, ?, ?, ?, NULL, ?)"),
            {actor.workspace.id, actor.member.id, *assetId, channel, Dialect::toDb(now)});
        if (!ins)
            return ins.error();
        *id = *ins;
    }
    VIGILO_TRY(scope.commit());
    return Subscription{*id, asset.trimmed(), channel, {}, {}, {}, now};
}

Result<Subscription> Subscriptions::subscribeWebhook(const Actor &caller, const QString &asset,
                                                     const QString &url, const QString &secret,
                                                     const QString &format)
{
    WriteScope scope(m_store, caller, Permission::ChangesCreate);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    VIGILO_TRY(Webhooks::validateUrl(url));
    auto validFormat = Webhooks::validateFormat(format);
    if (!validFormat)
        return validFormat.error();
    const QString fmt = *validFormat;
    auto validSecret = Webhooks::secretOrGenerated(secret);
    if (!validSecret)
        return validSecret.error();
    const QString key = *validSecret;
    VIGILO_TRY(Webhooks::checkUrl(m_store, actor.workspace.id, url));
    auto assetId = sql::assetId(m_store, actor.workspace.id, asset.trimmed());
    if (!assetId)
        return assetId.error();
    const QDateTime now = m_clock.now();
    // One personal endpoint per (member, asset), re-used when they subscribe again.
    const QString name = personalEndpointName(actor.member.username, asset.trimmed());
    auto endpoint =
        sql::scalar(m_store,
                    QStringLiteral("SELECT id FROM webhook_endpoints WHERE workspace_id = ? AND "
                                   "name = ? AND member_id = ?"),
                    {actor.workspace.id, name, actor.member.id});
    if (!endpoint)
        return endpoint.error();
    qint64 endpointId = endpoint->isNull() ? 0 : endpoint->toLongLong();
    bool keptSecret = false;
    if (endpointId == 0) {
        auto ins = sql::insert(
            m_store,
            QStringLiteral("INSERT INTO webhook_endpoints (workspace_id, member_id, name, "
                           "url, secret, events, format, active, created_by_id, "
                           "created_at) VALUES (?, ?, ?, ?, ?, '', ?, 1, ?, ?)"),
            {actor.workspace.id, actor.member.id, name, url.trimmed(), key, fmt, actor.member.id,
             Dialect::toDb(now)});
        if (!ins)
            return ins.error();
        endpointId = *ins;
    } else if (secret.isEmpty()) {
        // Subscribing again without a secret keeps the one the receiver already checks (queued
        // deliveries were signed with it).
        keptSecret = true;
        VIGILO_TRY(sql::run(m_store,
                            QStringLiteral("UPDATE webhook_endpoints SET url = ?, format = ?, "
                                           "active = 1 WHERE id = ?"),
                            {url.trimmed(), fmt, endpointId}));
    } else {
        VIGILO_TRY(
            sql::run(m_store,
                     QStringLiteral("UPDATE webhook_endpoints SET url = ?, secret = ?, format = ?, "
                                    "active = 1 WHERE id = ?"),
                     {url.trimmed(), key, fmt, endpointId}));
    }
    const QString channel = QStringLiteral("webhook");
    auto id = existing(m_store, actor.member.id, *assetId, channel);
    if (!id)
        return id.error();
    if (*id == 0) {
        auto ins = sql::insert(
            m_store,
            QStringLiteral("INSERT INTO subscriptions (workspace_id, member_id, asset_id, "
                           "channel, endpoint_id, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {actor.workspace.id, actor.member.id, *assetId, channel, endpointId,
             Dialect::toDb(now)});
        if (!ins)
            return ins.error();
        *id = *ins;
    }
    Subscription s{*id, asset.trimmed(), channel, name, url.trimmed(), {}, now};
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("subscription.add"), QStringLiteral("subscription"),
                              *id, 0, {}, s.toJson()));
    VIGILO_TRY(scope.commit());
    if (secret.isEmpty() && !keptSecret)
        s.secret = key; // generated now: shown once
    return s;
}

Status Subscriptions::unsubscribe(const Actor &caller, const QString &asset,
                                  const QString &channelFilter)
{
    WriteScope scope(m_store, caller, Permission::Read);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto assetId = sql::assetId(m_store, actor.workspace.id, asset.trimmed());
    if (!assetId)
        return assetId.error();
    auto rows =
        sql::run(m_store,
                 QStringLiteral("SELECT id, channel, endpoint_id FROM subscriptions WHERE "
                                "member_id = ? AND asset_id = ? AND (? = '' OR channel = ?)"),
                 {actor.member.id, *assetId, channelFilter, channelFilter});
    if (!rows)
        return rows.error();
    QList<std::tuple<qint64, QString, qint64>> found;
    while (rows->next())
        found.append(
            {rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toLongLong()});
    rows->finish();
    if (found.isEmpty())
        return Error::rule(QStringLiteral("not_subscribed"),
                           CoreText::tr("You do not follow \"%1\". See your subscriptions with "
                                        "\"subscriptions\".")
                               .arg(asset.trimmed()),
                           {{QStringLiteral("asset"), asset.trimmed()}});
    for (const auto &[id, channel, endpointId] : found) {
        VIGILO_TRY(
            sql::run(m_store, QStringLiteral("DELETE FROM subscriptions WHERE id = ?"), {id}));
        if (channel == QLatin1String("webhook")) {
            // The personal endpoint stays for its delivery log, inactive: nothing more is sent,
            // and what was still queued for it is cancelled (not left pending for ever).
            VIGILO_TRY(sql::run(
                m_store, QStringLiteral("UPDATE webhook_endpoints SET active = 0 WHERE id = ?"),
                {endpointId}));
            VIGILO_TRY(sql::run(m_store,
                                QStringLiteral("UPDATE webhook_outbox SET state = 'cancelled', "
                                               "lease_owner = NULL, lease_until = NULL WHERE "
                                               "endpoint_id = ? AND state = 'pending'"),
                                {endpointId}));
            VIGILO_TRY(m_audit.record(
                actor.workspace.id, actor.member.username, QStringLiteral("subscription.remove"),
                QStringLiteral("subscription"), id, 0,
                {{QStringLiteral("asset"), asset.trimmed()}, {QStringLiteral("channel"), channel}},
                {}));
        }
    }
    return scope.commit();
}

Result<QList<Subscription>> Subscriptions::mine(const Actor &actor) const
{
    auto q =
        sql::run(m_store,
                 QStringLiteral("SELECT s.id, a.name, s.channel, e.name, e.url, s.created_at FROM "
                                "subscriptions s JOIN assets a ON a.id = s.asset_id LEFT JOIN "
                                "webhook_endpoints e ON e.id = s.endpoint_id WHERE s.member_id = ? "
                                "ORDER BY a.name, s.channel"),
                 {actor.member.id});
    if (!q)
        return q.error();
    QList<Subscription> out;
    while (q->next())
        out << Subscription{q->value(0).toLongLong(),    q->value(1).toString(),
                            q->value(2).toString(),      q->value(3).toString(),
                            q->value(4).toString(),      {},
                            Dialect::fromDb(q->value(5))};
    return out;
}

Result<QList<SubscriptionEvent>> Subscriptions::desktopEventsSince(const Actor &actor,
                                                                   qint64 afterSeq, int limit) const
{
    auto q = sql::run(
        m_store,
        QStringLiteral(
            "SELECT ev.seq, ev.at, ev.actor, ev.action, ev.change_number, c.title, "
            "c.status, a.name, ev.new_values FROM audit_events ev JOIN changes c "
            "ON c.workspace_id = ev.workspace_id AND c.number = ev.change_number "
            "JOIN change_assets ca ON ca.change_id = c.id JOIN subscriptions s ON "
            "s.asset_id = ca.asset_id AND s.member_id = ? AND s.channel = "
            "'desktop' JOIN assets a ON a.id = ca.asset_id WHERE "
            "ev.workspace_id = ? AND ev.seq > ? AND ev.change_number > 0 AND "
            "ev.actor <> ? AND ev.action <> 'approval.delegated' ORDER BY ev.seq, a.name "
            "LIMIT ?"),
        // One row per event and followed asset: enough rows for `limit` events (an event
        // touching more than 16 followed assets lists the first ones), never the whole backlog
        // after a large import.
        {actor.member.id, actor.workspace.id, afterSeq, actor.member.username, limit * 16 + 16});
    if (!q)
        return q.error();
    QList<SubscriptionEvent> out;
    while (q->next()) {
        const qint64 seq = q->value(0).toLongLong();
        if (!out.isEmpty() && out.last().seq == seq) {
            out.last().assets << q->value(7).toString();
            continue;
        }
        if (out.size() >= limit)
            break;
        SubscriptionEvent e;
        e.seq = seq;
        e.at = Dialect::fromDb(q->value(1));
        e.actor = q->value(2).toString();
        e.action = q->value(3).toString();
        e.changeNumber = q->value(4).toInt();
        e.title = q->value(5).toString();
        const QJsonObject nv = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object();
        e.status = nv.value(QStringLiteral("status")).toString(q->value(6).toString());
        e.assets << q->value(7).toString();
        out << e;
    }
    q->finish();
    // Decisions that fell to the actor as a substitute: the audit event names the delegation.
    auto d = sql::run(
        m_store,
        QStringLiteral("SELECT ev.seq, ev.at, ev.actor, ev.change_number, c.title, c.status, "
                       "ev.new_values FROM audit_events ev JOIN delegations d ON d.id = "
                       "ev.entity_id JOIN changes c ON c.workspace_id = ev.workspace_id AND "
                       "c.number = ev.change_number WHERE ev.workspace_id = ? AND ev.seq > ? AND "
                       "ev.action = 'approval.delegated' AND ev.entity = 'delegation' AND "
                       "d.substitute_id = ? ORDER BY ev.seq LIMIT ?"),
        {actor.workspace.id, afterSeq, actor.member.id, limit});
    if (!d)
        return d.error();
    QList<SubscriptionEvent> due;
    while (d->next()) {
        SubscriptionEvent e;
        e.seq = d->value(0).toLongLong();
        e.at = Dialect::fromDb(d->value(1));
        e.actor = d->value(2).toString();
        e.action = QStringLiteral("approval.delegated");
        e.changeNumber = d->value(3).toInt();
        e.title = d->value(4).toString();
        e.status = d->value(5).toString();
        const QJsonObject nv = QJsonDocument::fromJson(d->value(6).toString().toUtf8()).object();
        e.step = nv.value(QStringLiteral("step")).toString();
        e.onBehalfOf = nv.value(QStringLiteral("on_behalf_of")).toString();
        due << e;
    }
    d->finish();
    auto followed = followedEventsSince(actor, afterSeq, limit);
    if (!followed)
        return followed.error();
    if (due.isEmpty() && followed->isEmpty())
        return out;
    out << due;
    // A followed change that touches a followed asset: one event, listed with its assets.
    for (const SubscriptionEvent &e : std::as_const(*followed))
        if (std::none_of(out.cbegin(), out.cend(),
                         [&e](const SubscriptionEvent &o) { return o.seq == e.seq; }))
            out << e;
    std::stable_sort(
        out.begin(), out.end(),
        [](const SubscriptionEvent &a, const SubscriptionEvent &b) { return a.seq < b.seq; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

Result<qint64> Subscriptions::latestSeq(const Actor &actor) const
{
    // The workspace row keeps the last sequence number handed out.
    auto v = sql::scalar(m_store, QStringLiteral("SELECT audit_seq FROM workspaces WHERE id = ?"),
                         {actor.workspace.id});
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace vigilo
