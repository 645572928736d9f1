// Methods on webhooks and subscriptions. Secrets are never read back: a generated secret is in
// the answer of the call that created it, once.
#include "ApiUtil.h"

#include "Vigilo.h"

#include <QJsonArray>

namespace vigilo::api {

namespace {

Result<QJsonValue> webhookAdd(const Call &c)
{
    const Args &a = c.args;
    WebhookEndpointInput in;
    in.name = a.text(QStringLiteral("name"));
    in.url = a.text(QStringLiteral("url"));
    in.secret = a.text(QStringLiteral("secret"));
    in.events = a.textList(QStringLiteral("events"));
    in.format = a.text(QStringLiteral("format"), QStringLiteral("json"));
    return one(QStringLiteral("webhook"), c.core.webhooks().addEndpoint(*c.actor, in));
}

Result<QJsonValue> webhookList(const Call &c)
{
    return many(QStringLiteral("webhooks"), c.core.webhooks().endpoints(*c.actor));
}

Result<QJsonValue> webhookSetActive(const Call &c)
{
    return one(QStringLiteral("webhook"),
               c.core.webhooks().setActive(*c.actor, c.args.text(QStringLiteral("name")),
                                           c.args.boolean(QStringLiteral("active"), true)));
}

Result<QJsonValue> webhookRemove(const Call &c)
{
    const QString name = c.args.text(QStringLiteral("name"));
    VIGILO_TRY(c.core.webhooks().removeEndpoint(*c.actor, name));
    return QJsonValue(QJsonObject{{QStringLiteral("removed"), name}});
}

Result<QJsonValue> webhookLog(const Call &c)
{
    return many(QStringLiteral("deliveries"),
                c.core.webhooks().log(*c.actor, c.args.boolean(QStringLiteral("failed")),
                                      int(c.args.integer(QStringLiteral("limit"), 50))));
}

// The Webhooks window's one question: what the caller may do (the core's words when not), the
// endpoints and the delivery log.
Result<QJsonValue> webhookOverview(const Call &c)
{
    auto rights = c.core.workspaces().adminRights(*c.actor);
    if (!rights)
        return rights.error();
    auto endpoints = c.core.webhooks().endpoints(*c.actor);
    if (!endpoints)
        return endpoints.error();
    auto log = c.core.webhooks().log(*c.actor, c.args.boolean(QStringLiteral("failed")),
                                     int(c.args.integer(QStringLiteral("limit"), 50)));
    if (!log)
        return log.error();
    return QJsonValue(QJsonObject{{QStringLiteral("rights"), rights->toJson()},
                                  {QStringLiteral("webhooks"), jsonArray(*endpoints)},
                                  {QStringLiteral("deliveries"), jsonArray(*log)}});
}

Result<QJsonValue> webhookRetry(const Call &c)
{
    return one(QStringLiteral("delivery"),
               c.core.webhooks().retry(*c.actor, c.args.integer(QStringLiteral("id"))));
}

Result<QJsonValue> allowHost(const Call &c)
{
    auto host = c.core.webhooks().allowHost(*c.actor, c.args.text(QStringLiteral("host")));
    if (!host)
        return host.error();
    return QJsonValue(QJsonObject{{QStringLiteral("allowed_host"), *host}});
}

Result<QJsonValue> disallowHost(const Call &c)
{
    const QString host = c.args.text(QStringLiteral("host"));
    VIGILO_TRY(c.core.webhooks().disallowHost(*c.actor, host));
    return QJsonValue(QJsonObject{{QStringLiteral("disallowed_host"), host}});
}

Result<QJsonValue> allowedHosts(const Call &c)
{
    auto hosts = c.core.webhooks().allowedHosts(*c.actor);
    if (!hosts)
        return hosts.error();
    return QJsonValue(
        QJsonObject{{QStringLiteral("allowed_hosts"), QJsonArray::fromStringList(*hosts)}});
}

Result<QJsonValue> subscribe(const Call &c)
{
    const Args &a = c.args;
    const QString asset = a.text(QStringLiteral("asset"));
    if (a.text(QStringLiteral("channel")) == QLatin1String("desktop"))
        return one(QStringLiteral("subscription"),
                   c.core.subscriptions().subscribeDesktop(*c.actor, asset));
    return one(QStringLiteral("subscription"),
               c.core.subscriptions().subscribeWebhook(
                   *c.actor, asset, a.text(QStringLiteral("url")), a.text(QStringLiteral("secret")),
                   a.text(QStringLiteral("format"))));
}

Result<QJsonValue> unsubscribe(const Call &c)
{
    const QString asset = c.args.text(QStringLiteral("asset"));
    VIGILO_TRY(c.core.subscriptions().unsubscribe(*c.actor, asset,
                                                  c.args.text(QStringLiteral("channel"))));
    return QJsonValue(QJsonObject{{QStringLiteral("unsubscribed"), asset}});
}

Result<QJsonValue> subscriptions(const Call &c)
{
    return many(QStringLiteral("subscriptions"), c.core.subscriptions().mine(*c.actor));
}

Result<QJsonValue> notifications(const Call &c)
{
    Subscriptions &subs = c.core.subscriptions();
    auto latest = subs.latestSeq(*c.actor);
    if (!latest)
        return latest.error();
    auto events = subs.desktopEventsSince(*c.actor, c.args.integer(QStringLiteral("after"), 0),
                                          int(c.args.integer(QStringLiteral("limit"), 50)));
    if (!events)
        return events.error();
    QJsonArray list;
    for (const SubscriptionEvent &e : *events)
        list.append(e.toJson());
    return QJsonValue(QJsonObject{{QStringLiteral("notifications"), list},
                                  {QStringLiteral("latest_seq"), *latest}});
}

Result<QJsonValue> follow(const Call &c)
{
    const int number = c.args.change();
    const bool stop = c.args.boolean(QStringLiteral("stop"));
    Subscriptions &subs = c.core.subscriptions();
    VIGILO_TRY(stop ? subs.unfollowChange(*c.actor, number) : subs.followChange(*c.actor, number));
    return QJsonValue(QJsonObject{{QStringLiteral("number"), formatChangeNumber(number)},
                                  {QStringLiteral("following"), !stop}});
}

Result<QJsonValue> followed(const Call &c)
{
    auto numbers = c.core.subscriptions().followedChanges(*c.actor);
    if (!numbers)
        return numbers.error();
    QJsonArray list;
    for (int n : std::as_const(*numbers))
        list.append(formatChangeNumber(n));
    return QJsonValue(QJsonObject{{QStringLiteral("numbers"), list}});
}

Param name()
{
    return text(QStringLiteral("name"), QStringLiteral("The webhook's name"), true);
}

} // namespace

QList<Method> webhookMethods()
{
    return {
        {QStringLiteral("webhook.add"),
         Scope::Workspace,
         QStringLiteral("Register a webhook for the workspace's change events (admins). A "
                        "generated secret is in this answer only."),
         {name(), text(QStringLiteral("url"), QStringLiteral("Where to POST"), true),
          text(QStringLiteral("secret"),
               QStringLiteral("HMAC-SHA256 signing secret, 16+ characters (default: generated)")),
          textList(QStringLiteral("events"), QStringLiteral("Only these events (default: all)")),
          text(QStringLiteral("format"), QStringLiteral("json (default) or slack"))},
         QStringLiteral("{webhook}"),
         {QStringLiteral("webhook_exists"), QStringLiteral("permission_denied")},
         webhookAdd},
        {QStringLiteral("webhook.list"),
         Scope::Workspace,
         QStringLiteral("The workspace's webhooks (never their secrets)."),
         {},
         QStringLiteral("{webhooks: [webhook]}"),
         {},
         webhookList},
        {QStringLiteral("webhook.set_active"),
         Scope::Workspace,
         QStringLiteral("Pause or resume a webhook (admins)."),
         {name(), boolean(QStringLiteral("active"), QStringLiteral("true: resume; false: pause"))},
         QStringLiteral("{webhook}"),
         {QStringLiteral("permission_denied")},
         webhookSetActive},
        {QStringLiteral("webhook.remove"),
         Scope::Workspace,
         QStringLiteral("Remove a webhook with its queue and delivery log (admins)."),
         {name()},
         QStringLiteral("{removed}"),
         {QStringLiteral("permission_denied")},
         webhookRemove},
        {QStringLiteral("webhook.log"),
         Scope::Workspace,
         QStringLiteral("The delivery log, newest first."),
         {boolean(QStringLiteral("failed"), QStringLiteral("Only attempts that did not succeed")),
          integer(QStringLiteral("limit"), 1, 100000, QStringLiteral("At most N (default 50)"))},
         QStringLiteral("{deliveries: [delivery_attempt]}"),
         {},
         webhookLog},
        {QStringLiteral("webhook.overview"),
         Scope::Workspace,
         QStringLiteral("The Webhooks window in one answer: what the caller may manage (and the "
                        "core's reason when not), the webhooks (never their secrets) and the "
                        "delivery log, newest first."),
         {boolean(QStringLiteral("failed"), QStringLiteral("Only attempts that did not succeed")),
          integer(QStringLiteral("limit"), 1, 100000,
                  QStringLiteral("At most N deliveries (default 50)"))},
         QStringLiteral("{rights: {role, manage_workspace, grant_owner, refusal?}, webhooks: "
                        "[webhook], deliveries: [delivery_attempt]}"),
         {},
         webhookOverview},
        {QStringLiteral("webhook.retry"),
         Scope::Workspace,
         QStringLiteral("Queue a failed delivery again (admins)."),
         {integer(QStringLiteral("id"), 1, 2147483647,
                  QStringLiteral("The delivery's id from webhook.log"), true)},
         QStringLiteral("{delivery}"),
         {QStringLiteral("already_delivered"), QStringLiteral("permission_denied")},
         webhookRetry},
        {QStringLiteral("webhook.allow_host"),
         Scope::Workspace,
         QStringLiteral("Let webhooks and subscriptions reach a host although it is loopback, "
                        "private, link-local or cloud metadata (admins; audited)."),
         {text(QStringLiteral("host"), QStringLiteral("A host name or an IP address"), true)},
         QStringLiteral("{allowed_host}"),
         {QStringLiteral("host_already_allowed"), QStringLiteral("permission_denied")},
         allowHost},
        {QStringLiteral("webhook.disallow_host"),
         Scope::Workspace,
         QStringLiteral("Take a host off the allow-list: deliveries to it are refused again "
                        "(admins; audited)."),
         {text(QStringLiteral("host"),
               QStringLiteral("The host as webhook.allowed_hosts lists "
                              "it"),
               true)},
         QStringLiteral("{disallowed_host}"),
         {QStringLiteral("permission_denied")},
         disallowHost},
        {QStringLiteral("webhook.allowed_hosts"),
         Scope::Workspace,
         QStringLiteral("The hosts an admin allowed."),
         {},
         QStringLiteral("{allowed_hosts: [host]}"),
         {},
         allowedHosts},
        {QStringLiteral("subscription.add"),
         Scope::Workspace,
         QStringLiteral("Follow an asset: on the desktop, or by the caller's own webhook."),
         {text(QStringLiteral("asset"), QStringLiteral("The asset to follow"), true),
          oneOf(QStringLiteral("channel"), {QStringLiteral("desktop"), QStringLiteral("webhook")},
                QStringLiteral("How events reach the caller"), true),
          text(QStringLiteral("url"), QStringLiteral("webhook: where to POST")),
          text(QStringLiteral("secret"), QStringLiteral("webhook: signing secret (default: "
                                                        "generated)")),
          text(QStringLiteral("format"), QStringLiteral("webhook: json or slack"))},
         QStringLiteral("{subscription}"),
         {QStringLiteral("permission_denied")},
         subscribe},
        {QStringLiteral("subscription.remove"),
         Scope::Workspace,
         QStringLiteral("Stop following an asset."),
         {text(QStringLiteral("asset"), QStringLiteral("The asset"), true),
          oneOf(QStringLiteral("channel"), {QStringLiteral("desktop"), QStringLiteral("webhook")},
                QStringLiteral("Only this channel (default: all)"))},
         QStringLiteral("{unsubscribed}"),
         {QStringLiteral("not_subscribed")},
         unsubscribe},
        {QStringLiteral("subscription.list"),
         Scope::Workspace,
         QStringLiteral("The assets the caller follows."),
         {},
         QStringLiteral("{subscriptions: [subscription]}"),
         {},
         subscriptions},
        {QStringLiteral("change.follow"),
         Scope::Workspace,
         QStringLiteral("Follow one change on the desktop (any member): its events then reach "
                        "the caller as notifications. With stop: no longer."),
         {change(QStringLiteral("number"), QStringLiteral("The change")),
          boolean(QStringLiteral("stop"), QStringLiteral("Stop following it"))},
         QStringLiteral("{number, following}"),
         {QStringLiteral("permission_denied")},
         follow},
        {QStringLiteral("change.followed"),
         Scope::Workspace,
         QStringLiteral("The changes the caller follows, by number."),
         {},
         QStringLiteral("{numbers: [CHG]}"),
         {},
         followed},
        {QStringLiteral("notification.list"),
         Scope::Workspace,
         QStringLiteral("The caller's notifications, oldest first: changes touching the assets "
                        "they follow on the desktop and changes they follow (others' actions), "
                        "and decisions due from members they stand in for (approval.delegated)."),
         {integer(QStringLiteral("after"), 0, 2147483647, // what the audit's seq column holds
                  QStringLiteral("Only events after this sequence number (default 0)")),
          integer(QStringLiteral("limit"), 1, 500, QStringLiteral("At most N (default 50)"))},
         QStringLiteral("{notifications: [notification], latest_seq}"),
         {},
         notifications},
    };
}

} // namespace vigilo::api
