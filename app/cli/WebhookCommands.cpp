// webhook add|list|enable|disable|remove|log|retry|allow-host|disallow-host|allowed-hosts,
// subscribe, unsubscribe, subscriptions, change follow, change followed, notifications.
// `webhook deliver` needs QtNetwork and runs in vigilo-cli-net (WebhookDeliverCommand.cpp).
#include "Commands.h"

#include "Client.h"

namespace vigilo::cli {

namespace {
// lupdate files bare tr() calls in this namespace under "vigilo::cli": translate in that context.
QString tr(const char *text)
{
    return QCoreApplication::translate("vigilo::cli", text);
}

QString eventsText(const QStringList &events)
{
    return events.isEmpty() ? tr("(all)") : events.join(QLatin1Char(','));
}

int webhookAdd(CliContext &ctx, const ParsedArgs &a)
{
    WebhookEndpointInput in;
    in.name = a.positional(0);
    in.url = a.value(QStringLiteral("url"));
    in.secret = a.value(QStringLiteral("secret"));
    for (const QString &v : a.all(QStringLiteral("events")))
        in.events += v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    in.format = a.value(QStringLiteral("format"), QStringLiteral("json"));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(e, client->addWebhook(in));
    QString human = tr("Added webhook %1 → %2 (%3; events: %4).")
                        .arg(e.name, e.url, e.format, eventsText(e.events));
    if (!e.secret.isEmpty())
        human += QLatin1Char('\n')
                 + tr("Signing secret (shown only now; give it to the receiver): %1").arg(e.secret);
    return ctx.out().print({{QStringLiteral("webhook"), e.toJson()}}, human);
}

int webhookList(CliContext &ctx, const ParsedArgs &)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(list, client->webhooks());
    Table t({tr("NAME"), tr("ACTIVE"), tr("FORMAT"), tr("EVENTS"), tr("URL")});
    for (const WebhookEndpoint &e : list)
        t.addRow({e.name, e.active ? tr("yes") : tr("no"), e.format, eventsText(e.events), e.url});
    return ctx.out().print({{QStringLiteral("webhooks"), toJsonArray(list)}},
                           list.isEmpty() ? tr("No webhooks.") : t.render());
}

int webhookSetActive(CliContext &ctx, const ParsedArgs &a, bool active)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(e, client->setWebhookActive(a.positional(0), active));
    return ctx.out().print({{QStringLiteral("webhook"), e.toJson()}},
                           active
                               ? tr("Webhook %1 is on; its queued deliveries resume.").arg(e.name)
                               : tr("Webhook %1 is off; its queued deliveries wait.").arg(e.name));
}

int webhookRemove(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_CHECK(client->removeWebhook(a.positional(0)));
    return ctx.out().print(
        {{QStringLiteral("removed"), a.positional(0)}},
        tr("Removed webhook %1 with its queue and delivery log.").arg(a.positional(0)));
}

int webhookLog(CliContext &ctx, const ParsedArgs &a)
{
    int limit = 50;
    if (a.has(QStringLiteral("limit"))) {
        CLI_TRY(n,
                parseInt(QStringLiteral("--limit"), a.value(QStringLiteral("limit")), 1, 100000));
        limit = n;
    }
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(list, client->webhookLog(a.has(QStringLiteral("failed")), limit));
    Table t({tr("ID"), tr("TIME"), tr("WEBHOOK"), tr("EVENT"), tr("CHANGE"), tr("TRY"), tr("HTTP"),
             tr("RESULT"), tr("ERROR")});
    for (const DeliveryAttempt &d : list)
        t.addRow({QString::number(d.outboxId), formatTime(d.at), d.endpointName, d.event,
                  d.changeNumber > 0 ? formatChangeNumber(d.changeNumber) : QStringLiteral("-"),
                  QString::number(d.attempt),
                  d.httpStatus > 0 ? QString::number(d.httpStatus) : QStringLiteral("-"),
                  d.ok() ? tr("ok") : tr("failed"), orDash(d.error)});
    return ctx.out().print({{QStringLiteral("deliveries"), toJsonArray(list)}},
                           list.isEmpty() ? tr("No delivery attempts.") : t.render());
}

int webhookRetry(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(id, parseInt(tr("delivery id"), a.positional(0), 1, 2147483647));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(item, client->retryDelivery(id));
    return ctx.out().print(
        {{QStringLiteral("delivery"), item.toJson()}},
        tr("Delivery %1 (%2 to %3) is queued again; the next client run sends it "
           "(or run \"webhook deliver\").")
            .arg(item.id)
            .arg(item.event, item.endpointName));
}

int webhookAllowHost(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(host, client->allowWebhookHost(a.positional(0)));
    return ctx.out().print(
        {{QStringLiteral("allowed_host"), host}},
        tr("Webhooks and subscriptions of %1 may now reach %2.").arg(ctx.workspaceSlug(), host));
}

int webhookDisallowHost(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_CHECK(client->disallowWebhookHost(a.positional(0)));
    return ctx.out().print(
        {{QStringLiteral("disallowed_host"), a.positional(0)}},
        tr("%1 is no longer allowed: deliveries to it are refused again.").arg(a.positional(0)));
}

int webhookAllowedHosts(CliContext &ctx, const ParsedArgs &)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(hosts, client->allowedWebhookHosts());
    return ctx.out().print({{QStringLiteral("allowed_hosts"), QJsonArray::fromStringList(hosts)}},
                           hosts.isEmpty()
                               ? tr("No hosts allowed: webhooks reach public addresses only.")
                               : hosts.join(QLatin1Char('\n')));
}

int subscribe(CliContext &ctx, const ParsedArgs &a)
{
    const bool desktop = a.has(QStringLiteral("desktop"));
    const bool webhook = a.has(QStringLiteral("webhook"));
    if (desktop == webhook)
        return ctx.usageError(tr("choose one channel: --webhook URL or --desktop"));
    CLI_TRY(client, ctx.workspaceClient());
    if (desktop) {
        CLI_TRY(s, client->subscribeDesktop(a.positional(0)));
        return ctx.out().print({{QStringLiteral("subscription"), s.toJson()}},
                               tr("You follow %1: Vigilo's window notifies you of every change "
                                  "touching it.")
                                   .arg(s.asset));
    }
    CLI_TRY(s, client->subscribeWebhook(a.positional(0), a.value(QStringLiteral("webhook")),
                                        a.value(QStringLiteral("secret")),
                                        a.value(QStringLiteral("format"))));
    QString human =
        tr("You follow %1: every change touching it is posted to %2.").arg(s.asset, s.url);
    if (!s.secret.isEmpty())
        human += QLatin1Char('\n') + tr("Signing secret (shown only now): %1").arg(s.secret);
    return ctx.out().print({{QStringLiteral("subscription"), s.toJson()}}, human);
}

int unsubscribe(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_CHECK(client->unsubscribe(a.positional(0)));
    return ctx.out().print({{QStringLiteral("unsubscribed"), a.positional(0)}},
                           tr("You no longer follow %1.").arg(a.positional(0)));
}

int subscriptions(CliContext &ctx, const ParsedArgs &)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(list, client->subscriptions());
    Table t({tr("ASSET"), tr("CHANNEL"), tr("SINCE"), tr("URL")});
    for (const Subscription &s : list)
        t.addRow({s.asset, s.channel, formatTime(s.createdAt), orDash(s.url)});
    return ctx.out().print({{QStringLiteral("subscriptions"), toJsonArray(list)}},
                           list.isEmpty() ? tr("You follow no assets.") : t.render());
}

int changeFollow(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    const bool stop = a.has(QStringLiteral("stop"));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_CHECK(client->followChange(number, !stop));
    const QString chg = formatChangeNumber(number);
    return ctx.out().print(
        {{QStringLiteral("number"), chg}, {QStringLiteral("following"), !stop}},
        stop ? tr("You no longer follow %1.").arg(chg)
             : tr("You follow %1: Vigilo's window notifies you of what others do with it.")
                   .arg(chg));
}

int changeFollowed(CliContext &ctx, const ParsedArgs &)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(numbers, client->followedChanges());
    QJsonArray list;
    QStringList lines;
    for (int n : std::as_const(numbers)) {
        list.append(formatChangeNumber(n));
        lines << formatChangeNumber(n);
    }
    return ctx.out().print({{QStringLiteral("numbers"), list}},
                           lines.isEmpty() ? tr("You follow no changes.")
                                           : lines.join(QLatin1Char('\n')));
}

int notifications(CliContext &ctx, const ParsedArgs &a)
{
    int after = 0, limit = 50;
    if (a.has(QStringLiteral("after"))) {
        CLI_TRY(n, parseInt(QStringLiteral("--after"), a.value(QStringLiteral("after")), 0,
                            2147483647));
        after = n;
    }
    if (a.has(QStringLiteral("limit"))) {
        CLI_TRY(n, parseInt(QStringLiteral("--limit"), a.value(QStringLiteral("limit")), 1, 500));
        limit = n;
    }
    CLI_TRY(client, ctx.workspaceClient());
    // Time has passed: delegations that started since tell their substitutes first.
    for (int batch = 0; batch < 100; ++batch) {
        CLI_TRY(swept, client->tellSubstitutes());
        if (!swept.more)
            break;
    }
    CLI_TRY(found, client->notifications(after, limit));
    Table t({tr("SEQ"), tr("TIME"), tr("CHANGE"), tr("WHAT")});
    QJsonArray list;
    for (const SubscriptionEvent &e : found.events) {
        list.append(e.toJson());
        const QString what =
            e.onBehalfOf.isEmpty()
                ? (e.assets.isEmpty() // a change followed for itself
                       ? tr("%1 by %2").arg(e.action, e.actor)
                       : tr("%1 by %2 (%3)")
                             .arg(e.action, e.actor, e.assets.join(QStringLiteral(", "))))
                : tr("Decision due on behalf of %1 (step \"%2\")").arg(e.onBehalfOf, e.step);
        t.addRow({QString::number(e.seq), formatTime(e.at),
                  formatChangeNumber(e.changeNumber) + QLatin1Char(' ') + e.title, what});
    }
    return ctx.out().print(
        {{QStringLiteral("notifications"), list}, {QStringLiteral("latest_seq"), found.latestSeq}},
        found.events.isEmpty() ? tr("No notifications.") : t.render());
}

PositionalSpec nameArg()
{
    return {QStringLiteral("NAME"), tr("The webhook's name")};
}

} // namespace

QList<CommandSpec> webhookCommands()
{
    const QString eventList = Webhooks::eventNames().join(QStringLiteral(", "));
    return {
        {{QStringLiteral("webhook"), QStringLiteral("add")},
         {nameArg()},
         {requiredOpt(QStringLiteral("url"), QStringLiteral("URL"),
                      tr("Where to POST (http:// or https://)")),
          valueOpt(
              QStringLiteral("secret"), QStringLiteral("S"),
              tr("HMAC-SHA256 signing secret, 16+ characters (default: generated and shown once)")),
          repeatOpt(QStringLiteral("events"), QStringLiteral("a,b"),
                    tr("Only these events (default: all): %1").arg(eventList)),
          valueOpt(QStringLiteral("format"), QStringLiteral("json|slack"),
                   tr("Payload: Vigilo JSON (default) or a Slack incoming-webhook message"))},
         tr("Register a webhook for the workspace's change events (admins)."),
         webhookAdd},
        {{QStringLiteral("webhook"), QStringLiteral("list")},
         {},
         {},
         tr("List the workspace's webhooks (secrets are never shown)."),
         webhookList},
        {{QStringLiteral("webhook"), QStringLiteral("disable")},
         {nameArg()},
         {},
         tr("Pause a webhook: new events are not queued, queued ones wait (admins)."),
         [](CliContext &ctx, const ParsedArgs &a) { return webhookSetActive(ctx, a, false); }},
        {{QStringLiteral("webhook"), QStringLiteral("enable")},
         {nameArg()},
         {},
         tr("Resume a paused webhook (admins)."),
         [](CliContext &ctx, const ParsedArgs &a) { return webhookSetActive(ctx, a, true); }},
        {{QStringLiteral("webhook"), QStringLiteral("remove")},
         {nameArg()},
         {},
         tr("Remove a webhook with its queue and delivery log (admins)."),
         webhookRemove},
        {{QStringLiteral("webhook"), QStringLiteral("log")},
         {},
         {flagOpt(QStringLiteral("failed"), tr("Only attempts that did not succeed")),
          valueOpt(QStringLiteral("limit"), QStringLiteral("N"),
                   tr("At most N attempts (default 50)"))},
         tr("Show the delivery log, newest first (ID is what \"webhook retry\" takes)."),
         webhookLog},
        {{QStringLiteral("webhook"), QStringLiteral("retry")},
         {{QStringLiteral("ID"), tr("The delivery's ID from \"webhook log\"")}},
         {},
         tr("Queue a failed delivery again (admins)."),
         webhookRetry},
        {{QStringLiteral("webhook"), QStringLiteral("allow-host")},
         {{QStringLiteral("HOST"), tr("A host name or IP address, e.g. 10.0.0.5")}},
         {},
         tr("Let webhooks and subscriptions reach a loopback, private, link-local or metadata "
            "host, which they may not by default (admins; audited)."),
         webhookAllowHost},
        {{QStringLiteral("webhook"), QStringLiteral("disallow-host")},
         {{QStringLiteral("HOST"), tr("A host on the list of allowed hosts")}},
         {},
         tr("Take a host off the list of allowed webhook hosts (admins; audited)."),
         webhookDisallowHost},
        {{QStringLiteral("webhook"), QStringLiteral("allowed-hosts")},
         {},
         {},
         tr("List the hosts webhooks may reach although they are not public."),
         webhookAllowedHosts},
        {{QStringLiteral("subscribe")},
         {{QStringLiteral("ASSET"), tr("The asset (service) to follow")}},
         {valueOpt(QStringLiteral("webhook"), QStringLiteral("URL"),
                   tr("Post its change events to this URL")),
          valueOpt(QStringLiteral("secret"), QStringLiteral("S"),
                   tr("Signing secret for --webhook (default: generated and shown once)")),
          valueOpt(QStringLiteral("format"), QStringLiteral("json|slack"),
                   tr("Payload for --webhook")),
          flagOpt(QStringLiteral("desktop"), tr("Notify me in Vigilo's window"))},
         tr("Follow an asset: every change touching it reaches you."),
         subscribe},
        {{QStringLiteral("unsubscribe")},
         {{QStringLiteral("ASSET"), tr("The asset to stop following")}},
         {},
         tr("Stop following an asset."),
         unsubscribe},
        {{QStringLiteral("subscriptions")},
         {},
         {},
         tr("List the assets you follow."),
         subscriptions},
        {{QStringLiteral("change"), QStringLiteral("follow")},
         {changeArg()},
         {flagOpt(QStringLiteral("stop"), tr("Stop following it"))},
         tr("Follow a change: Vigilo's window notifies you of what others do with it."),
         changeFollow},
        {{QStringLiteral("change"), QStringLiteral("followed")},
         {},
         {},
         tr("List the changes you follow."),
         changeFollowed},
        {{QStringLiteral("notifications")},
         {},
         {valueOpt(QStringLiteral("after"), QStringLiteral("SEQ"),
                   tr("Only events after this sequence number (default: all)")),
          valueOpt(QStringLiteral("limit"), QStringLiteral("N"), tr("At most N (default 50)"))},
         tr("Your notifications, oldest first: changes to the assets you follow on the "
            "desktop, the changes you follow, and decisions due from members you stand in for."),
         notifications},
    };
}

} // namespace vigilo::cli
