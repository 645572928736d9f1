#include "WebhookPump.h"

#include "Clock.h"
#include "Dialect.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Vigilo.h"
#include "WebhookSender.h"

#include <cstdio>

namespace vigilo::server {

WebhookPump::WebhookPump(Vigilo &core, int intervalSecs, QObject *parent)
    : QObject(parent)
    , m_core(core)
{
    m_timer.setInterval(intervalSecs * 1000);
    connect(&m_timer, &QTimer::timeout, this, &WebhookPump::tick);
    m_soon.setSingleShot(true);
    m_soon.setInterval(500);
    connect(&m_soon, &QTimer::timeout, this, &WebhookPump::tick);
}

WebhookPump::~WebhookPump() = default;

void WebhookPump::start()
{
    m_started = true;
    m_timer.start();
    m_soon.start();
}

void WebhookPump::soon()
{
    if (m_started && !m_soon.isActive())
        m_soon.start();
}

namespace {

// One member's `webhook deliver`: batches until `max`, nothing more is due, or an error.
class DeliveryJob final : public QObject {
public:
    DeliveryJob(Webhooks &webhooks, const Actor &actor, int max, int timeoutMs,
                std::function<void(const DeliveryRun &)> done)
        : m_sender(webhooks, actor)
        , m_max(max)
        , m_done(std::move(done))
    {
        m_sender.setTransferTimeoutMs(timeoutMs);
        connect(&m_sender, &WebhookSender::finished, this, [this](const DeliveryRun &batch) {
            add(batch);
            if (batch.claimed == 0 || !batch.errors.isEmpty() || m_run.claimed >= m_max)
                return finish();
            QMetaObject::invokeMethod(
                this, [this] { next(); }, Qt::QueuedConnection);
        });
    }
    void next()
    {
        const Status started = m_sender.start(qMin(WebhookSender::kBatch, m_max - m_run.claimed));
        if (!started.ok()) {
            m_run.errors << started.error().message;
            finish();
        }
    }

private:
    void add(const DeliveryRun &batch)
    {
        m_run.claimed += batch.claimed;
        m_run.delivered += batch.delivered;
        m_run.retrying += batch.retrying;
        m_run.failed += batch.failed;
        m_run.errors += batch.errors;
    }
    void finish()
    {
        m_done(m_run);
        deleteLater();
    }
    WebhookSender m_sender;
    int m_max;
    std::function<void(const DeliveryRun &)> m_done;
    DeliveryRun m_run;
};

} // namespace

void WebhookPump::deliverFor(const Actor &actor, int max, int timeoutMs,
                             std::function<void(const DeliveryRun &)> done)
{
    auto *job = new DeliveryJob(m_core.webhooks(), actor, max, timeoutMs, std::move(done));
    job->setParent(this);
    QMetaObject::invokeMethod(
        job, [job] { job->next(); }, Qt::QueuedConnection);
}

void WebhookPump::tick()
{
    if (m_sender || !m_queue.isEmpty())
        return; // a run is under way
    // The server's login sees no workspace until it acts for a member (schema 14): the owner's
    // function names the workspaces with due deliveries and, for each, the writing member the
    // server delivers for (owner first, then admins). No member bound while it runs.
    Store &store = m_core.store();
    (void)store.bindMember(QString());
    const bool rls = store.dialect().isPostgres() && store.schemaVersion() >= 14;
    auto due = sql::run(
        store,
        rls ? QStringLiteral("SELECT ws, member FROM vigilo_webhooks_due(?) WHERE member IS NOT "
                             "NULL")
            : QStringLiteral("SELECT o.workspace_id, (SELECT m.username FROM members m WHERE "
                             "m.workspace_id = o.workspace_id AND m.active = 1 AND m.role <> "
                             "'viewer' ORDER BY CASE m.role WHEN 'owner' THEN 0 WHEN 'admin' THEN "
                             "1 ELSE 2 END, m.id LIMIT 1) FROM (SELECT DISTINCT workspace_id FROM "
                             "webhook_outbox WHERE state = 'pending' AND next_attempt_at <= ?) o"),
        {QVariantList{Dialect::toDb(m_core.clock().now())}});
    if (!due) {
        std::fprintf(stderr, "vigilo-server: webhooks: %s\n", qPrintable(due.error().message));
        return;
    }
    while (due->next())
        if (!due->value(1).toString().isEmpty()) // a workspace nobody may write: nobody to act for
            m_queue << qMakePair(due->value(0).toLongLong(), due->value(1).toString());
    due->finish();
    next();
}

void WebhookPump::next()
{
    while (!m_queue.isEmpty()) {
        const auto [workspaceId, username] = m_queue.takeFirst();
        // The core claims and records as a member who may write (row-level security acts for
        // them); the log names the server.
        if (!m_core.store().bindMember(username).ok())
            continue;
        auto m = sql::memberByUsername(m_core.store(), workspaceId, username);
        if (!m)
            continue;
        Actor actor;
        actor.workspace.id = workspaceId;
        actor.member = *m;
        m_sender = std::make_unique<WebhookSender>(m_core.webhooks(), actor);
        m_sender->setDeliveredBy(QStringLiteral("vigilo-server"));
        connect(m_sender.get(), &WebhookSender::finished, this, [this](const DeliveryRun &run) {
            for (const QString &e : run.errors)
                std::fprintf(stderr, "vigilo-server: webhooks: %s\n", qPrintable(e));
            m_sender.release()->deleteLater();
            next();
        });
        const Status started = m_sender->start(WebhookSender::kBatch);
        if (!started.ok()) {
            std::fprintf(stderr, "vigilo-server: webhooks: %s\n",
                         qPrintable(started.error().message));
            m_sender.reset();
            continue;
        }
        return; // finished() continues with the next workspace
    }
}

} // namespace vigilo::server
