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
    auto due = sql::run(m_core.store(),
                        QStringLiteral("SELECT DISTINCT workspace_id FROM webhook_outbox WHERE "
                                       "state = 'pending' AND next_attempt_at <= ?"),
                        {QVariantList{Dialect::toDb(m_core.clock().now())}});
    if (!due) {
        std::fprintf(stderr, "vigilo-server: webhooks: %s\n", qPrintable(due.error().message));
        return;
    }
    while (due->next())
        m_queue << due->value(0).toLongLong();
    due->finish();
    next();
}

void WebhookPump::next()
{
    while (!m_queue.isEmpty()) {
        const qint64 workspaceId = m_queue.takeFirst();
        // The core claims and records as a member who may write; the log names the server.
        auto member = sql::scalar(
            m_core.store(),
            QStringLiteral("SELECT id FROM members WHERE workspace_id = ? AND active = 1 AND role "
                           "<> 'viewer' ORDER BY CASE role WHEN 'owner' THEN 0 WHEN 'admin' THEN "
                           "1 ELSE 2 END, id LIMIT 1"),
            {workspaceId});
        if (!member || member->isNull())
            continue;
        auto m = sql::memberById(m_core.store(), member->toLongLong());
        if (!m)
            continue;
        Actor actor;
        actor.workspace.id = workspaceId;
        actor.member = *m;
        actor.member.username = QStringLiteral("vigilo-server");
        m_sender = std::make_unique<WebhookSender>(m_core.webhooks(), actor);
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
