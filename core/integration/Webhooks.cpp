#include "Webhooks.h"

#include "AddressRules.h"
#include "AuditLog.h"
#include "Clock.h"
#include "Dialect.h"
#include "InputRules.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "WriteScope.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <functional>

namespace vigilo {

namespace {

const char *kEndpointSelect =
    "SELECT e.id, e.workspace_id, m.username, e.name, e.url, e.events, e.format, e.active, "
    "c.username, e.created_at FROM webhook_endpoints e LEFT JOIN members m ON m.id = e.member_id "
    "LEFT JOIN members c ON c.id = e.created_by_id ";

WebhookEndpoint readEndpoint(const CachedQuery &q)
{
    WebhookEndpoint e;
    e.id = q.value(0).toLongLong();
    e.workspaceId = q.value(1).toLongLong();
    e.owner = q.value(2).toString();
    e.name = q.value(3).toString();
    e.url = q.value(4).toString();
    e.events = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    e.format = q.value(6).toString();
    e.active = q.value(7).toInt() != 0;
    e.createdBy = q.value(8).toString();
    e.createdAt = Dialect::fromDb(q.value(9));
    return e;
}

const char *kOutboxSelect =
    "SELECT o.id, o.workspace_id, o.endpoint_id, e.name, e.url, e.format, o.delivery_id, o.event, "
    "o.event_seq, o.change_number, o.body, o.signature, o.created_at, o.state, o.attempts, "
    "o.next_attempt_at, o.delivered_at, o.last_status, o.last_error FROM webhook_outbox o "
    "JOIN webhook_endpoints e ON e.id = o.endpoint_id ";

OutboxItem readOutbox(const CachedQuery &q)
{
    OutboxItem o;
    o.id = q.value(0).toLongLong();
    o.workspaceId = q.value(1).toLongLong();
    o.endpointId = q.value(2).toLongLong();
    o.endpointName = q.value(3).toString();
    o.url = q.value(4).toString();
    o.format = q.value(5).toString();
    o.deliveryId = q.value(6).toString();
    o.event = q.value(7).toString();
    o.eventSeq = q.value(8).toLongLong();
    o.changeNumber = q.value(9).toInt();
    o.body = q.value(10).toString().toUtf8();
    o.signature = q.value(11).toString();
    o.createdAt = Dialect::fromDb(q.value(12));
    o.state = q.value(13).toString();
    o.attempts = q.value(14).toInt();
    o.nextAttemptAt = Dialect::fromDb(q.value(15));
    o.deliveredAt = Dialect::fromDb(q.value(16));
    o.lastStatus = q.value(17).toInt();
    o.lastError = q.value(18).toString();
    return o;
}

Result<WebhookEndpoint> endpointByName(Store &store, qint64 workspaceId, const QString &name)
{
    auto q = sql::run(store,
                      QLatin1String(kEndpointSelect)
                          + QStringLiteral("WHERE e.workspace_id = ? AND e.name = ?"),
                      {workspaceId, name.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(CoreText::tr("There is no webhook named \"%1\" in this workspace. "
                                            "List them with \"webhook list\".")
                                   .arg(name.trimmed()),
                               {{QStringLiteral("webhook"), name.trimmed()}});
    return readEndpoint(*q);
}

QJsonObject changeJson(const ChangeRequest &before, const ChangeRequest &c)
{
    QJsonArray assets;
    for (const QString &a : c.affectedAssets)
        assets.append(a);
    return {
        {QStringLiteral("number"), c.numberText()},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("from_status"), toString(before.status)},
        {QStringLiteral("to_status"), toString(c.status)},
        {QStringLiteral("change_type"), toString(c.changeType)},
        {QStringLiteral("priority"), toString(c.priority)},
        {QStringLiteral("risk_level"),
         c.riskLevel ? QJsonValue(toString(*c.riskLevel)) : QJsonValue()},
        {QStringLiteral("affected_assets"), assets},
        {QStringLiteral("planned_start"), jsonTime(c.plannedStart)},
        {QStringLiteral("planned_end"), jsonTime(c.plannedEnd)},
        {QStringLiteral("requester"), c.requester},
        {QStringLiteral("assignee"), c.assignee.isEmpty() ? QJsonValue() : QJsonValue(c.assignee)}};
}

QString statusLabel(const QString &wire)
{
    const auto s = parseChangeStatus(wire);
    return s ? label(*s) : wire;
}

} // namespace

QJsonObject WebhookEndpoint::toJson() const
{
    QJsonArray ev;
    for (const QString &e : events)
        ev.append(e);
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("url"), url},
                  {QStringLiteral("events"), ev},
                  {QStringLiteral("format"), format},
                  {QStringLiteral("active"), active},
                  {QStringLiteral("owner"), owner.isEmpty() ? QJsonValue() : QJsonValue(owner)},
                  {QStringLiteral("created_by"), createdBy},
                  {QStringLiteral("created_at"), jsonTime(createdAt)}};
    if (!secret.isEmpty())
        o.insert(QStringLiteral("secret"), secret);
    return o;
}

QJsonObject OutboxItem::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("webhook"), endpointName},
            {QStringLiteral("delivery_id"), deliveryId},
            {QStringLiteral("event"), event},
            {QStringLiteral("change"),
             changeNumber > 0 ? QJsonValue(formatChangeNumber(changeNumber)) : QJsonValue()},
            {QStringLiteral("state"), state},
            {QStringLiteral("attempts"), attempts},
            {QStringLiteral("next_attempt_at"),
             state == QLatin1String("pending") ? jsonTime(nextAttemptAt) : QJsonValue()},
            {QStringLiteral("delivered_at"), jsonTime(deliveredAt)},
            {QStringLiteral("last_status"), lastStatus > 0 ? QJsonValue(lastStatus) : QJsonValue()},
            {QStringLiteral("last_error"), lastError},
            {QStringLiteral("created_at"), jsonTime(createdAt)}};
}

QJsonObject DeliveryAttempt::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("outbox_id"), outboxId},
            {QStringLiteral("webhook"), endpointName},
            {QStringLiteral("event"), event},
            {QStringLiteral("change"),
             changeNumber > 0 ? QJsonValue(formatChangeNumber(changeNumber)) : QJsonValue()},
            {QStringLiteral("delivery_id"), deliveryId},
            {QStringLiteral("attempt"), attempt},
            {QStringLiteral("at"), jsonTime(at)},
            {QStringLiteral("http_status"), httpStatus > 0 ? QJsonValue(httpStatus) : QJsonValue()},
            {QStringLiteral("error"), error},
            {QStringLiteral("duration_ms"), durationMs},
            {QStringLiteral("delivered_by"), deliveredBy},
            {QStringLiteral("state"), state}};
}

bool DeliveryResult::retryable() const
{
    if (ok() || refused)
        return false;
    if (httpStatus == 0)
        return true; // no answer: network down, refused, timed out
    return httpStatus >= 500 || httpStatus == 408 || httpStatus == 429;
}

Result<QString> Webhooks::validateFormat(const QString &format)
{
    const QString f = format.trimmed().isEmpty() ? QStringLiteral("json") : format.trimmed();
    if (f != QLatin1String("json") && f != QLatin1String("slack"))
        return Error::input(
            CoreText::tr("invalid webhook format \"%1\": use json or slack").arg(format),
            {{QStringLiteral("format"), format}});
    return f;
}

Result<QString> Webhooks::secretOrGenerated(const QString &secret)
{
    const QString key = secret.isEmpty() ? randomSecret() : secret;
    if (key.size() < 16)
        return Error::input(CoreText::tr("The webhook secret is too short: use at least 16 "
                                         "characters, or leave it out and Vigilo generates one."));
    VIGILO_TRY(input::checkText(QStringLiteral("secret"), key, 200, input::Lines::Single));
    return key;
}

QStringList Webhooks::eventNames()
{
    return {QStringLiteral("change.submitted"),
            QStringLiteral("change.approval_added"),
            QStringLiteral("change.approved"),
            QStringLiteral("change.rejected"),
            QStringLiteral("change.scheduled"),
            QStringLiteral("change.started"),
            QStringLiteral("change.completed"),
            QStringLiteral("change.rolled_back"),
            QStringLiteral("change.reopened"),
            QStringLiteral("change.cancelled"),
            QStringLiteral("change.reapproval_required"),
            QStringLiteral("approval.delegated")};
}

QString Webhooks::eventFor(Action action, ChangeStatus from, ChangeStatus to)
{
    switch (action) {
    case Action::Submit: return QStringLiteral("change.submitted");
    case Action::Approve:
        return to == ChangeStatus::Approved && from != to ? QStringLiteral("change.approved")
                                                          : QStringLiteral("change.approval_added");
    case Action::Reject: return QStringLiteral("change.rejected");
    case Action::Schedule: return QStringLiteral("change.scheduled");
    case Action::Start: return QStringLiteral("change.started");
    case Action::Complete: return QStringLiteral("change.completed");
    case Action::Rollback: return QStringLiteral("change.rolled_back");
    case Action::Reopen: return QStringLiteral("change.reopened");
    case Action::Cancel: return QStringLiteral("change.cancelled");
    }
    return {};
}

QString Webhooks::sign(const QByteArray &secret, const QByteArray &body)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex());
}

QString Webhooks::signatureHeader(const QString &hexSignature)
{
    return QStringLiteral("sha256=") + hexSignature;
}

bool Webhooks::verify(const QByteArray &secret, const QByteArray &body, const QString &header)
{
    if (!header.startsWith(QLatin1String("sha256=")))
        return false;
    const QByteArray expected = sign(secret, body).toLatin1();
    const QByteArray given = header.mid(7).trimmed().toLower().toLatin1();
    if (given.size() != expected.size())
        return false;
    char diff = 0; // constant time: no early exit on the first differing byte
    for (int i = 0; i < given.size(); ++i)
        diff |= char(given[i] ^ expected[i]);
    return diff == 0;
}

QString Webhooks::randomSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator *g = QRandomGenerator::system();
    for (char &b : bytes)
        b = char(g->bounded(256));
    return QString::fromLatin1(bytes.toHex());
}

Status Webhooks::validateUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Error::input(CoreText::tr("\"%1\" is not a webhook address: give an http:// or "
                                         "https:// URL, e.g. https://hooks.example.com/vigilo.")
                                .arg(text),
                            {{QStringLiteral("url"), text}}, QStringLiteral("invalid_url"));
    return {};
}

QDateTime Webhooks::nextAttemptAfter(int attempts, const QDateTime &now, const QString &key)
{
    const int n = qBound(1, attempts, 30);
    const qint64 base = qMin<qint64>(kMaxDelaySecs, qint64(kBaseDelaySecs) << qMin(n - 1, 20));
    // Jitter spreads retries of many rows that failed together; fixed per row and attempt.
    const QByteArray h =
        QCryptographicHash::hash((key + QString::number(n)).toUtf8(), QCryptographicHash::Sha256);
    const qint64 jitter = (quint8(h[0]) * base) / (255 * 10);
    return now.addSecs(base + jitter);
}

QByteArray Webhooks::payload(const QString &format, const QJsonObject &event)
{
    if (format != QLatin1String("slack"))
        return QJsonDocument(event).toJson(QJsonDocument::Compact);
    const QJsonObject change = event.value(QStringLiteral("change")).toObject();
    const QString number = change.value(QStringLiteral("number")).toString();
    const QString headline =
        CoreText::tr("*%1* %2: %3 → %4 by %5")
            .arg(number, change.value(QStringLiteral("title")).toString(),
                 statusLabel(change.value(QStringLiteral("from_status")).toString()),
                 statusLabel(change.value(QStringLiteral("to_status")).toString()),
                 event.value(QStringLiteral("actor")).toString());
    QString detail = headline;
    const QString reason = event.value(QStringLiteral("reason")).toString();
    if (!reason.isEmpty())
        detail += QLatin1Char('\n') + CoreText::tr("Reason: %1").arg(reason);
    const QString comment = event.value(QStringLiteral("comment")).toString();
    if (!comment.isEmpty())
        detail += QLatin1Char('\n') + CoreText::tr("Comment: %1").arg(comment);
    const QString absent = event.value(QStringLiteral("on_behalf_of")).toString();
    if (!absent.isEmpty())
        detail += QLatin1Char('\n')
                  + CoreText::tr("The decision on the step \"%1\" is due from %2, who is away: "
                                 "%3 decides it on their behalf.")
                        .arg(event.value(QStringLiteral("step"))
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toString(),
                             absent, event.value(QStringLiteral("substitute")).toString());
    QStringList assets;
    for (const QJsonValue &a : change.value(QStringLiteral("affected_assets")).toArray())
        assets << a.toString();
    const QJsonObject ws = event.value(QStringLiteral("workspace")).toObject();
    QString context = CoreText::tr("%1 · workspace %2")
                          .arg(event.value(QStringLiteral("event")).toString(),
                               ws.value(QStringLiteral("slug")).toString());
    if (!assets.isEmpty())
        context += QStringLiteral(" · ") + assets.join(QStringLiteral(", "));
    const QJsonObject slack{
        {QStringLiteral("text"), headline},
        {QStringLiteral("blocks"),
         QJsonArray{
             QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                         {QStringLiteral("text"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                      {QStringLiteral("text"), detail}}}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("context")},
                         {QStringLiteral("elements"),
                          QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                                 {QStringLiteral("text"), context}}}}}}}};
    return QJsonDocument(slack).toJson(QJsonDocument::Compact);
}

Result<WebhookEndpoint> Webhooks::addEndpoint(const Actor &caller, const WebhookEndpointInput &in)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    const QString name = in.name.trimmed();
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$"));
    if (!nameRe.match(name).hasMatch())
        return Error::input(
            CoreText::tr("\"%1\" is not a webhook name: use up to 60 letters, "
                         "digits, '.', '_' or '-', starting with a letter or digit.")
                .arg(in.name),
            {{QStringLiteral("name"), in.name}});
    VIGILO_TRY(validateUrl(in.url));
    auto validFormat = validateFormat(in.format);
    if (!validFormat)
        return validFormat.error();
    const QString format = *validFormat;
    QStringList events;
    for (const QString &e : in.events) {
        const QString ev = e.trimmed();
        if (ev.isEmpty() || ev == QLatin1String("*"))
            continue;
        if (!eventNames().contains(ev))
            return Error::input(CoreText::tr("unknown webhook event \"%1\": use one of %2")
                                    .arg(ev, eventNames().join(QStringLiteral(", "))),
                                {{QStringLiteral("event"), ev}});
        if (!events.contains(ev))
            events << ev;
    }
    auto validSecret = secretOrGenerated(in.secret);
    if (!validSecret)
        return validSecret.error();
    const QString secret = *validSecret;
    VIGILO_TRY(checkUrl(m_store, actor.workspace.id, in.url));
    auto existing =
        sql::scalar(m_store,
                    QStringLiteral("SELECT id FROM webhook_endpoints WHERE workspace_id = ? "
                                   "AND name = ?"),
                    {actor.workspace.id, name});
    if (!existing)
        return existing.error();
    if (!existing->isNull())
        return Error::rule(
            QStringLiteral("webhook_exists"),
            CoreText::tr("A webhook named \"%1\" already exists in this workspace.").arg(name),
            {{QStringLiteral("webhook"), name}});
    const QDateTime now = m_clock.now();
    auto id =
        sql::insert(m_store,
                    QStringLiteral("INSERT INTO webhook_endpoints (workspace_id, member_id, name, "
                                   "url, secret, events, format, active, created_by_id, "
                                   "created_at) VALUES (?, NULL, ?, ?, ?, ?, ?, 1, ?, ?)"),
                    {actor.workspace.id, name, in.url.trimmed(), secret,
                     events.join(QLatin1Char(',')), format, actor.member.id, Dialect::toDb(now)});
    if (!id)
        return id.error();
    WebhookEndpoint e{*id,  actor.workspace.id,    {},  name, in.url.trimmed(), events, format,
                      true, actor.member.username, now, {}};
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("webhook.add"), QStringLiteral("webhook"), *id, 0, {},
                              e.toJson()));
    VIGILO_TRY(scope.commit());
    if (in.secret.isEmpty())
        e.secret = secret; // generated: shown once
    return e;
}

Result<QList<WebhookEndpoint>> Webhooks::endpoints(const Actor &actor) const
{
    auto q = sql::run(
        m_store,
        QLatin1String(kEndpointSelect)
            + QStringLiteral("WHERE e.workspace_id = ? ORDER BY e.member_id IS NOT NULL, e.name"),
        {actor.workspace.id});
    if (!q)
        return q.error();
    QList<WebhookEndpoint> out;
    while (q->next())
        out << readEndpoint(*q);
    return out;
}

Result<WebhookEndpoint> Webhooks::setActive(const Actor &caller, const QString &name, bool active)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto e = endpointByName(m_store, actor.workspace.id, name);
    if (!e)
        return e.error();
    if (e->active != active) {
        VIGILO_TRY(sql::run(m_store,
                            QStringLiteral("UPDATE webhook_endpoints SET active = ? WHERE id = ?"),
                            {active ? 1 : 0, e->id}));
        VIGILO_TRY(m_audit.record(
            actor.workspace.id, actor.member.username,
            active ? QStringLiteral("webhook.enable") : QStringLiteral("webhook.disable"),
            QStringLiteral("webhook"), e->id, 0, {{QStringLiteral("active"), e->active}},
            {{QStringLiteral("name"), e->name}, {QStringLiteral("active"), active}}));
        e->active = active;
    }
    VIGILO_TRY(scope.commit());
    return *e;
}

Status Webhooks::removeEndpoint(const Actor &caller, const QString &name)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto e = endpointByName(m_store, actor.workspace.id, name);
    if (!e)
        return e.error();
    if (!e->owner.isEmpty())
        return Error::rule(QStringLiteral("personal_webhook"),
                           CoreText::tr("\"%1\" is %2's subscription webhook: they remove it with "
                                        "\"unsubscribe\".")
                               .arg(e->name, e->owner),
                           {{QStringLiteral("webhook"), e->name}});
    auto pending =
        sql::scalar(m_store,
                    QStringLiteral("SELECT COUNT(*) FROM webhook_outbox WHERE endpoint_id = ? "
                                   "AND state = 'pending'"),
                    {e->id});
    if (!pending)
        return pending.error();
    VIGILO_TRY(
        sql::run(m_store,
                 QStringLiteral("DELETE FROM webhook_deliveries WHERE outbox_id IN (SELECT id "
                                "FROM webhook_outbox WHERE endpoint_id = ?)"),
                 {e->id}));
    VIGILO_TRY(sql::run(m_store, QStringLiteral("DELETE FROM webhook_outbox WHERE endpoint_id = ?"),
                        {e->id}));
    VIGILO_TRY(
        sql::run(m_store, QStringLiteral("DELETE FROM webhook_endpoints WHERE id = ?"), {e->id}));
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("webhook.remove"), QStringLiteral("webhook"), e->id, 0,
                              e->toJson(),
                              {{QStringLiteral("pending_dropped"), pending->toLongLong()}}));
    return scope.commit();
}

Result<QStringList> Webhooks::allowedHostsOf(Store &store, qint64 workspaceId)
{
    auto q =
        sql::run(store,
                 QStringLiteral("SELECT host FROM webhook_allowed_hosts WHERE workspace_id = ? "
                                "ORDER BY host"),
                 {workspaceId});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QStringList> Webhooks::allowedHosts(const Actor &caller) const
{
    auto current = sql::currentActor(m_store, caller, Permission::Read);
    if (!current)
        return current.error();
    return allowedHostsOf(m_store, current->workspace.id);
}

Status Webhooks::checkUrl(Store &store, qint64 workspaceId, const QString &url)
{
    VIGILO_TRY(validateUrl(url));
    auto allowed = allowedHostsOf(store, workspaceId);
    if (!allowed)
        return allowed.error();
    return address::checkHost(QStringLiteral("url"), url.trimmed(),
                              QUrl(url.trimmed(), QUrl::StrictMode).host(), *allowed);
}

Result<QString> Webhooks::allowHost(const Actor &caller, const QString &host)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    VIGILO_TRY(input::checkText(QStringLiteral("host"), host, 253, input::Lines::Single));
    auto entry = address::allowListEntry(host);
    if (!entry)
        return entry.error();
    auto existing = sql::scalar(
        m_store,
        QStringLiteral("SELECT id FROM webhook_allowed_hosts WHERE workspace_id = ? AND host = ?"),
        {actor.workspace.id, *entry});
    if (!existing)
        return existing.error();
    if (!existing->isNull())
        return Error::rule(QStringLiteral("host_already_allowed"),
                           CoreText::tr("%1 is already allowed for webhooks.").arg(*entry),
                           {{QStringLiteral("host"), *entry}});
    auto id =
        sql::insert(m_store,
                    QStringLiteral("INSERT INTO webhook_allowed_hosts (workspace_id, host, "
                                   "created_by_id, created_at) VALUES (?, ?, ?, ?)"),
                    {actor.workspace.id, *entry, actor.member.id, Dialect::toDb(m_clock.now())});
    if (!id)
        return id.error();
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("webhook.allow_host"), QStringLiteral("webhook_host"),
                              *id, 0, {}, {{QStringLiteral("host"), *entry}}));
    VIGILO_TRY(scope.commit());
    return *entry;
}

Status Webhooks::disallowHost(const Actor &caller, const QString &host)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    VIGILO_TRY(input::checkText(QStringLiteral("host"), host, 253, input::Lines::Single));
    auto entry = address::allowListEntry(host);
    if (!entry)
        return entry.error();
    auto existing = sql::scalar(
        m_store,
        QStringLiteral("SELECT id FROM webhook_allowed_hosts WHERE workspace_id = ? AND host = ?"),
        {actor.workspace.id, *entry});
    if (!existing)
        return existing.error();
    if (existing->isNull())
        return Error::notFound(
            CoreText::tr("%1 is not on the list of allowed webhook hosts.").arg(*entry),
            {{QStringLiteral("host"), *entry}});
    VIGILO_TRY(sql::run(m_store, QStringLiteral("DELETE FROM webhook_allowed_hosts WHERE id = ?"),
                        {existing->toLongLong()}));
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("webhook.disallow_host"),
                              QStringLiteral("webhook_host"), existing->toLongLong(), 0,
                              {{QStringLiteral("host"), *entry}}, {}));
    return scope.commit();
}

namespace {

// One outbox row per workspace endpoint whose filter takes `eventName` and per subscriber's
// webhook whose asset the change touches (active members only), each with `event` as its body
// (plus its delivery id). Named by the audit event just recorded in the caller's transaction.
// UNION ALL: an endpoint found twice is kept once below (sort and unique), so SQLite builds no
// temporary table to remove duplicates on every transition (most find no endpoint at all).
Status enqueueEvent(Store &store, const Clock &clock, const Actor &actor, qint64 changeId,
                    int changeNumber, const QString &eventName,
                    const std::function<QJsonObject()> &makeEvent)
{
    auto q =
        sql::run(store,
                 QStringLiteral("SELECT id, events FROM webhook_endpoints WHERE workspace_id = ? "
                                "AND active = 1 AND member_id IS NULL UNION ALL SELECT e.id, "
                                "e.events "
                                "FROM webhook_endpoints e JOIN subscriptions s ON s.endpoint_id = "
                                "e.id JOIN change_assets ca ON ca.asset_id = s.asset_id JOIN "
                                "members m ON m.id = s.member_id WHERE e.workspace_id = ? AND "
                                "e.active = 1 AND s.channel = 'webhook' AND ca.change_id = ? AND "
                                "m.active = 1"),
                 {actor.workspace.id, actor.workspace.id, changeId});
    if (!q)
        return q.error();
    QList<qint64> targets;
    while (q->next()) {
        const QStringList filter =
            q->value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (filter.isEmpty() || filter.contains(eventName))
            targets << q->value(0).toLongLong();
    }
    q->finish();
    if (targets.isEmpty())
        return {};
    // The audit event just recorded in this transaction: its sequence number names the event.
    auto seq = sql::scalar(store, QStringLiteral("SELECT audit_seq FROM workspaces WHERE id = ?"),
                           {actor.workspace.id});
    if (!seq)
        return seq.error();
    const QDateTime now = clock.now();
    QJsonObject event = makeEvent(); // only when someone receives it
    const QJsonObject head{
        {QStringLiteral("id"),
         QStringLiteral("%1-%2").arg(actor.workspace.slug).arg(seq->toLongLong())},
        {QStringLiteral("event"), eventName},
        {QStringLiteral("timestamp"), jsonTime(now)},
        {QStringLiteral("workspace"), QJsonObject{{QStringLiteral("slug"), actor.workspace.slug},
                                                  {QStringLiteral("name"), actor.workspace.name}}},
        {QStringLiteral("actor"), actor.member.username}};
    for (auto it = head.begin(); it != head.end(); ++it)
        event.insert(it.key(), it.value());

    std::sort(targets.begin(), targets.end());
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    for (qint64 endpointId : targets) {
        auto ep =
            sql::run(store, QStringLiteral("SELECT format FROM webhook_endpoints WHERE id = ?"),
                     {endpointId});
        if (!ep)
            return ep.error();
        const QString format = ep->next() ? ep->value(0).toString() : QStringLiteral("json");
        ep->finish();
        const QString deliveryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject e = event;
        e.insert(QStringLiteral("delivery_id"), deliveryId);
        const QByteArray body = Webhooks::payload(format, e);
        // PostgreSQL signs in the server (members cannot read secrets); SQLite here.
        QString signature;
        if (!store.dialect().isPostgres()) {
            auto secret = sql::scalar(
                store, QStringLiteral("SELECT secret FROM webhook_endpoints WHERE id = ?"),
                {endpointId});
            if (!secret)
                return secret.error();
            signature = Webhooks::sign(secret->toString().toUtf8(), body);
        }
        VIGILO_TRY(sql::insert(
            store,
            QStringLiteral("INSERT INTO webhook_outbox (workspace_id, endpoint_id, "
                           "delivery_id, event, event_seq, change_number, body, "
                           "signature, created_at, state, attempts, "
                           "next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "'pending', 0, ?)"),
            {actor.workspace.id, endpointId, deliveryId, eventName, seq->toLongLong(), changeNumber,
             QString::fromUtf8(body), signature, Dialect::toDb(now), Dialect::toDb(now)}));
    }
    return {};
}

} // namespace

Status Webhooks::enqueueTransition(Store &store, const Clock &clock, const Actor &actor,
                                   const ChangeRequest &before, const ChangeRequest &after,
                                   Action action, const QJsonObject &details,
                                   const QString &namedEvent)
{
    const QString eventName =
        namedEvent.isEmpty() ? eventFor(action, before.status, after.status) : namedEvent;
    return enqueueEvent(store, clock, actor, after.id, after.number, eventName, [&] {
        QJsonObject event{{QStringLiteral("change"), changeJson(before, after)}};
        QString reason = details.value(QStringLiteral("reason")).toString();
        if (action == Action::Rollback)
            reason = after.rollbackReason;
        else if (action == Action::Cancel)
            reason = after.cancelReason;
        if (!reason.isEmpty())
            event.insert(QStringLiteral("reason"), reason);
        const QString comment = details.value(QStringLiteral("comment")).toString();
        if (!comment.isEmpty())
            event.insert(QStringLiteral("comment"), comment);
        if (action == Action::Complete && after.closureCode)
            event.insert(QStringLiteral("closure_code"), toString(*after.closureCode));
        return event;
    });
}

Status Webhooks::enqueueDelegated(Store &store, const Clock &clock, const Actor &actor,
                                  const ChangeRequest &change, const QString &step, int stepOrder,
                                  const QString &absentMember, const QString &substitute)
{
    return enqueueEvent(
        store, clock, actor, change.id, change.number, QStringLiteral("approval.delegated"), [&] {
            return QJsonObject{
                {QStringLiteral("change"), changeJson(change, change)},
                {QStringLiteral("step"),
                 QJsonObject{{QStringLiteral("name"), step}, {QStringLiteral("order"), stepOrder}}},
                {QStringLiteral("on_behalf_of"), absentMember},
                {QStringLiteral("substitute"), substitute}};
        });
}

Result<QList<OutboxItem>> Webhooks::claimDue(const Actor &caller, const QString &worker, int max)
{
    // Viewers write nothing, delivery state included (the server refuses it too): their clients
    // leave the outbox to the others.
    if (caller.member.role == Role::Viewer)
        return QList<OutboxItem>{};
    const QDateTime now = m_clock.now();
    // A cheap read first, with the claim's own conditions: the GUI asks every 30 s, and most of
    // the time nothing is due, so no write lock is taken on a shared SQLite file for nothing
    // (rows of paused endpoints or leased by another client do not count).
    auto any = sql::scalar(
        m_store,
        QStringLiteral("SELECT 1 FROM webhook_outbox WHERE workspace_id = ? AND state = "
                       "'pending' AND next_attempt_at <= ? AND (lease_until IS NULL OR "
                       "lease_until <= ?) AND endpoint_id IN (SELECT id FROM webhook_endpoints "
                       "WHERE active = 1) LIMIT 1"),
        {caller.workspace.id, Dialect::toDb(now), Dialect::toDb(now)});
    if (!any)
        return any.error();
    if (any->isNull())
        return QList<OutboxItem>{};
    WriteScope scope(m_store, caller, Permission::Read);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    if (actor.member.role == Role::Viewer) // demoted since they signed in
        return QList<OutboxItem>{};
    auto due =
        sql::run(m_store,
                 QStringLiteral("SELECT id FROM webhook_outbox WHERE workspace_id = ? AND state = "
                                "'pending' AND next_attempt_at <= ? AND (lease_until IS NULL OR "
                                "lease_until <= ?) AND endpoint_id IN (SELECT id FROM "
                                "webhook_endpoints WHERE active = 1) ORDER BY next_attempt_at, id "
                                "LIMIT ?")
                     + m_store.dialect().forUpdateSkipLocked(),
                 {actor.workspace.id, Dialect::toDb(now), Dialect::toDb(now), qMax(1, max)});
    if (!due)
        return due.error();
    QList<qint64> ids;
    while (due->next())
        ids << due->value(0).toLongLong();
    due->finish();
    QList<OutboxItem> out;
    for (qint64 id : ids) {
        auto upd =
            sql::run(m_store,
                     QStringLiteral("UPDATE webhook_outbox SET lease_owner = ?, lease_until = ? "
                                    "WHERE id = ? AND state = 'pending' AND (lease_until IS NULL "
                                    "OR lease_until <= ?)"),
                     {worker, Dialect::toDb(now.addSecs(kLeaseSecs)), id, Dialect::toDb(now)});
        if (!upd)
            return upd.error();
        if (upd->numRowsAffected() != 1)
            continue; // another client got it first
        auto row = sql::run(m_store,
                            QLatin1String(kOutboxSelect) + QStringLiteral("WHERE o.id = ?"), {id});
        if (!row)
            return row.error();
        if (row->next())
            out << readOutbox(*row);
    }
    VIGILO_TRY(scope.commit());
    return out;
}

Result<OutboxItem> Webhooks::recordAttempt(const Actor &caller, const OutboxItem &item,
                                           const QString &worker, const DeliveryResult &r,
                                           const QString &deliveredBy)
{
    WriteScope scope(m_store, caller, Permission::Read);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    const QDateTime now = m_clock.now();
    auto count = sql::scalar(
        m_store, QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE outbox_id = ?"),
        {item.id});
    if (!count)
        return count.error();
    const int attempt = count->toInt() + 1;
    auto attemptsNow = sql::scalar(
        m_store, QStringLiteral("SELECT attempts FROM webhook_outbox WHERE id = ?"), {item.id});
    if (!attemptsNow)
        return attemptsNow.error();
    const int attempts = attemptsNow->toInt() + 1;
    QString error = r.error;
    if (error.isEmpty() && !r.ok() && r.httpStatus > 0)
        error = CoreText::tr("HTTP status %1").arg(r.httpStatus);
    VIGILO_TRY(sql::insert(
        m_store,
        QStringLiteral("INSERT INTO webhook_deliveries (workspace_id, outbox_id, attempt, "
                       "at, http_status, error, duration_ms, delivered_by) VALUES (?, ?, "
                       "?, ?, ?, ?, ?, ?)"),
        {actor.workspace.id, item.id, attempt, Dialect::toDb(now),
         r.httpStatus > 0 ? QVariant(r.httpStatus) : QVariant(), error.left(500), r.durationMs,
         deliveredBy.isEmpty() ? actor.member.username : deliveredBy}));
    QString state = QStringLiteral("pending");
    QDateTime next = now;
    if (r.ok())
        state = QStringLiteral("delivered");
    else if (!r.retryable() || attempts >= kMaxAttempts)
        state = QStringLiteral("failed");
    else
        next = nextAttemptAfter(attempts, now, item.deliveryId);
    // Only the lease holder moves the row on; a client whose lease expired only logs.
    VIGILO_TRY(
        sql::run(m_store,
                 QStringLiteral("UPDATE webhook_outbox SET attempts = ?, state = ?, "
                                "next_attempt_at = ?, delivered_at = ?, last_status = ?, "
                                "last_error = ?, lease_owner = NULL, lease_until = NULL WHERE "
                                "id = ? AND lease_owner = ? AND state = 'pending'"),
                 {attempts, state, Dialect::toDb(next), r.ok() ? Dialect::toDb(now) : QVariant(),
                  r.httpStatus > 0 ? QVariant(r.httpStatus) : QVariant(), error.left(500), item.id,
                  worker}));
    VIGILO_TRY(scope.commit());
    return outboxItem(actor, item.id);
}

Result<OutboxItem> Webhooks::retry(const Actor &caller, qint64 outboxId)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto item = outboxItem(actor, outboxId);
    if (!item)
        return item.error();
    if (item->state == QLatin1String("delivered"))
        return Error::rule(
            QStringLiteral("already_delivered"),
            CoreText::tr("Delivery %1 already succeeded; nothing to retry.").arg(outboxId),
            {{QStringLiteral("id"), outboxId}});
    const QDateTime now = m_clock.now();
    VIGILO_TRY(
        sql::run(m_store,
                 QStringLiteral("UPDATE webhook_outbox SET state = 'pending', attempts = 0, "
                                "next_attempt_at = ?, lease_owner = NULL, lease_until = NULL "
                                "WHERE id = ?"),
                 {Dialect::toDb(now), outboxId}));
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("webhook.retry"), QStringLiteral("webhook"),
                              item->endpointId, item->changeNumber,
                              {{QStringLiteral("state"), item->state}},
                              {{QStringLiteral("delivery_id"), item->deliveryId},
                               {QStringLiteral("webhook"), item->endpointName},
                               {QStringLiteral("state"), QStringLiteral("pending")}}));
    VIGILO_TRY(scope.commit());
    return outboxItem(actor, outboxId);
}

Result<QList<OutboxItem>> Webhooks::outbox(const Actor &actor, const QString &state,
                                           int limit) const
{
    QString where = QStringLiteral("WHERE o.workspace_id = ?");
    QVariantList binds{actor.workspace.id};
    if (!state.isEmpty()) {
        where += QStringLiteral(" AND o.state = ?");
        binds << state;
    }
    binds << qMax(1, limit);
    auto q = sql::run(m_store,
                      QLatin1String(kOutboxSelect) + where
                          + QStringLiteral(" ORDER BY o.id DESC LIMIT ?"),
                      binds);
    if (!q)
        return q.error();
    QList<OutboxItem> out;
    while (q->next())
        out << readOutbox(*q);
    return out;
}

Result<OutboxItem> Webhooks::outboxItem(const Actor &actor, qint64 outboxId) const
{
    auto q = sql::run(m_store,
                      QLatin1String(kOutboxSelect)
                          + QStringLiteral("WHERE o.workspace_id = ? AND o.id = ?"),
                      {actor.workspace.id, outboxId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(CoreText::tr("There is no webhook delivery %1 in this workspace. "
                                            "See \"webhook log\".")
                                   .arg(outboxId),
                               {{QStringLiteral("id"), outboxId}});
    return readOutbox(*q);
}

Result<QList<DeliveryAttempt>> Webhooks::log(const Actor &actor, bool failedOnly, int limit) const
{
    QString sqlText = QStringLiteral(
        "SELECT d.id, d.outbox_id, e.name, o.event, o.change_number, o.delivery_id, d.attempt, "
        "d.at, "
        "d.http_status, d.error, d.duration_ms, d.delivered_by, o.state FROM webhook_deliveries d "
        "JOIN webhook_outbox o ON o.id = d.outbox_id JOIN webhook_endpoints e ON e.id = "
        "o.endpoint_id WHERE d.workspace_id = ?");
    if (failedOnly)
        sqlText += QStringLiteral(
            " AND (d.http_status IS NULL OR d.http_status < 200 OR d.http_status >= 300)");
    sqlText += QStringLiteral(" ORDER BY d.id DESC LIMIT ?");
    auto q = sql::run(m_store, sqlText, {actor.workspace.id, qMax(1, limit)});
    if (!q)
        return q.error();
    QList<DeliveryAttempt> out;
    while (q->next()) {
        DeliveryAttempt a;
        a.id = q->value(0).toLongLong();
        a.outboxId = q->value(1).toLongLong();
        a.endpointName = q->value(2).toString();
        a.event = q->value(3).toString();
        a.changeNumber = q->value(4).toInt();
        a.deliveryId = q->value(5).toString();
        a.attempt = q->value(6).toInt();
        a.at = Dialect::fromDb(q->value(7));
        a.httpStatus = q->value(8).toInt();
        a.error = q->value(9).toString();
        a.durationMs = q->value(10).toLongLong();
        a.deliveredBy = q->value(11).toString();
        a.state = q->value(12).toString();
        out << a;
    }
    return out;
}

} // namespace vigilo
