// webhook deliver: sends the due deliveries of the workspace's outbox once. Posting needs
// QtNetwork, so it runs in the sibling program vigilo-cli-net; vigilo-cli (and vigilo-cli-pack)
// exec it with the same arguments, and the ordinary commands never load QtNetwork.
#include "Commands.h"

#include "Vigilo.h"

#ifdef VIGILO_NET_HELPER
#include "Client.h"
#include "WebhookSender.h"
#endif

namespace vigilo::cli {

namespace {

#ifdef VIGILO_NET_HELPER
// In this process, on the database: in batches, so that no claimed row waits behind others until
// its lease runs out.
Status deliverHere(CliContext &ctx, int max, int timeoutSecs, DeliveryRun &run)
{
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    auto core = ctx.core();
    if (!core)
        return core.error();
    WebhookSender sender((*core)->webhooks(), *actor);
    sender.setTransferTimeoutMs(timeoutSecs * 1000);
    while (run.claimed < max) {
        auto batch = sender.runOnce(qMin(WebhookSender::kBatch, max - run.claimed));
        if (!batch)
            return batch.error();
        run.claimed += batch->claimed;
        run.delivered += batch->delivered;
        run.retrying += batch->retrying;
        run.failed += batch->failed;
        run.errors += batch->errors;
        if (batch->claimed == 0 || !batch->errors.isEmpty())
            break;
    }
    return {};
}

int webhookDeliver(CliContext &ctx, const ParsedArgs &a)
{
    int max = 100;
    if (a.has(QStringLiteral("max"))) {
        CLI_TRY(n, parseInt(QStringLiteral("--max"), a.value(QStringLiteral("max")), 1, 10000));
        max = n;
    }
    int timeoutSecs = 30;
    if (a.has(QStringLiteral("timeout"))) {
        CLI_TRY(n,
                parseInt(QStringLiteral("--timeout"), a.value(QStringLiteral("timeout")), 1, 600));
        timeoutSecs = n;
    }
    DeliveryRun run;
    if (ctx.onServer()) {
        // The server posts (the secrets never leave it) and answers when it is done.
        CLI_TRY(client, ctx.workspaceClient());
        CLI_TRY(answer, client->call(QStringLiteral("webhook.deliver"),
                                     {{QStringLiteral("max"), max},
                                      {QStringLiteral("timeout_secs"), timeoutSecs}}));
        const QJsonObject r = answer.toObject().value(QStringLiteral("delivery_run")).toObject();
        run.claimed = r.value(QStringLiteral("claimed")).toInt();
        run.delivered = r.value(QStringLiteral("delivered")).toInt();
        run.retrying = r.value(QStringLiteral("retrying")).toInt();
        run.failed = r.value(QStringLiteral("failed")).toInt();
        for (const QJsonValue &e : r.value(QStringLiteral("errors")).toArray())
            run.errors << e.toString();
    } else {
        CLI_CHECK(deliverHere(ctx, max, timeoutSecs, run));
    }
    if (!run.errors.isEmpty())
        return ctx.out().fail(Error::storage(run.errors.join(QLatin1Char('\n')), run.toJson()));
    return ctx.out().print(
        {{QStringLiteral("delivery_run"), run.toJson()}},
        QCoreApplication::translate("vigilo-cli",
                                    "%1 due: %2 delivered, %3 to retry later, %4 failed (see "
                                    "\"webhook log --failed\").")
            .arg(run.claimed)
            .arg(run.delivered)
            .arg(run.retrying)
            .arg(run.failed));
}
#else
int runNetHelper(CliContext &ctx, const ParsedArgs &)
{
    const QString name = QStringLiteral("vigilo-cli-net");
    const Error missing =
        Error::storage(QCoreApplication::translate(
                           "vigilo-cli", "the webhook helper %1 is missing; reinstall Vigilo")
                           .arg(helperPath(name)),
                       {}, QStringLiteral("helper_missing"));
    return ctx.out().fail(execHelper(name).value_or(missing));
}
#endif

} // namespace

QList<CommandSpec> webhookDeliverCommands()
{
#ifdef VIGILO_NET_HELPER
    const CommandHandler handler = webhookDeliver;
#else
    const CommandHandler handler = runNetHelper;
#endif
    return {
        {{QStringLiteral("webhook"), QStringLiteral("deliver")},
         {},
         {valueOpt(QStringLiteral("max"), QStringLiteral("N"),
                   QCoreApplication::translate("vigilo-cli", "At most N deliveries (default 100)")),
          valueOpt(QStringLiteral("timeout"), QStringLiteral("SECS"),
                   QCoreApplication::translate(
                       "vigilo-cli", "Give up on a receiver after SECS seconds (default 30)"))},
         QCoreApplication::translate("vigilo-cli",
                                     "Send the workspace's due webhook deliveries now (failed ones "
                                     "are retried later with backoff)."),
         handler},
    };
}

} // namespace vigilo::cli
