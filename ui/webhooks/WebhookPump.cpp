#include "WebhookPump.h"

#include "main/Session.h"
#include "widgets/Async.h"

#include "ChangeWatcher.h"
#include "Client.h"
#include "RemoteTransport.h"
#include "Vigilo.h"
#include "WebhookSender.h"

#include <QApplication>
#include <QSystemTrayIcon>

#include <algorithm>
#include <utility>

namespace vigilo::ui {

WebhookPump::WebhookPump(Session &session, ActorSource actor, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_actorSource(std::move(actor))
{
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &WebhookPump::tick);
    m_timer.start();
    // Another workstation committed: the watcher on a database, the server's event.change on a
    // team server.
    if (client::RemoteTransport *remote = m_session.remoteTransport())
        connect(remote, &client::RemoteTransport::notification, this,
                [this](const QString &method) {
                    if (method == QLatin1String("event.change"))
                        checkSubscriptions();
                });
    else if (ChangeWatcher *watcher = m_session.watcher())
        connect(watcher, &ChangeWatcher::changed, this, &WebhookPump::checkSubscriptions);
    // Our own transitions queue deliveries too; send them soon after start-up.
    QTimer::singleShot(0, this, &WebhookPump::tick);
}

WebhookPump::~WebhookPump() = default;

void WebhookPump::tick()
{
    deliverNow();
    tellSubstitutes();
}

void WebhookPump::tellSubstitutes()
{
    const std::optional<Actor> actor = m_actorSource();
    if (!actor || m_sweeping)
        return;
    // What the sweep records is new to this window: the baseline comes first.
    afterBaseline(*actor, [this, slug = actor->workspace.slug] { sweep(slug); });
}

void WebhookPump::sweep(const QString &workspace)
{
    if (m_sweeping)
        return;
    m_sweeping = true;
    onResult(m_session.client().tellSubstitutesAsync(workspace), this,
             [this](const Result<SubstituteSweep> &swept) {
                 m_sweeping = false;
                 if (!swept) // a storage error now is retried on the next tick
                     return;
                 emit substitutesSwept(swept->told);
                 if (swept->told > 0)
                     checkSubscriptions();
                 if (swept->more)
                     QTimer::singleShot(0, this, &WebhookPump::tellSubstitutes);
             });
}

bool WebhookPump::sendsDeliveries() const
{
    return m_session.local() != nullptr;
}

void WebhookPump::deliverNow()
{
    const std::optional<Actor> actor = m_actorSource();
    if (!actor || !sendsDeliveries())
        return;
    afterBaseline(*actor, {});
    if (m_sender && m_sender->isBusy())
        return;
    if (!m_sender || m_senderWorkspace != actor->workspace.id
        || m_senderMember != actor->member.id) {
        m_sender = std::make_unique<WebhookSender>(m_session.core().webhooks(), *actor);
        m_sender->setTransferTimeoutMs(20000);
        connect(m_sender.get(), &WebhookSender::finished, this, &WebhookPump::deliveryFinished);
        m_senderWorkspace = actor->workspace.id;
        m_senderMember = actor->member.id;
    }
    (void)m_sender->start(); // a storage error now is retried on the next tick
}

bool WebhookPump::hasBaseline(const Actor &actor) const
{
    return m_seenSeq >= 0 && m_seenWorkspace == actor.workspace.id;
}

void WebhookPump::afterBaseline(const Actor &actor, std::function<void()> next)
{
    if (hasBaseline(actor)) {
        if (next)
            next();
        return;
    }
    if (m_baselining)
        return;
    m_baselining = true;
    // Start watching from now: no flood of old events when the app opens or switches workspace.
    // Asked for the events after the largest sequence number, the answer is only the latest.
    constexpr qint64 kAfterEverything = 2147483647;
    onResult(m_session.client().notificationsAsync(kAfterEverything, 1, actor.workspace.slug), this,
             [this, workspace = actor.workspace.id,
              next = std::move(next)](const Result<client::Client::Notifications> &latest) {
                 m_baselining = false;
                 if (!latest)
                     return;
                 m_seenSeq = latest->latestSeq;
                 m_seenWorkspace = workspace;
                 if (next)
                     next();
             });
}

void WebhookPump::checkSubscriptions()
{
    const std::optional<Actor> actor = m_actorSource();
    if (!actor)
        return;
    if (!hasBaseline(*actor)) {
        afterBaseline(*actor, {}); // what happened before is not news
        return;
    }
    if (m_checking) { // one question at a time; asked again once its answer is in
        m_checkAgain = true;
        return;
    }
    m_checking = true;
    onResult(m_session.client().notificationsAsync(m_seenSeq, 50, actor->workspace.slug), this,
             [this, workspace =
                        actor->workspace.id](const Result<client::Client::Notifications> &answer) {
                 m_checking = false;
                 if (answer && m_seenWorkspace == workspace) {
                     if (answer->events.isEmpty())
                         m_seenSeq = qMax(m_seenSeq, answer->latestSeq);
                     else
                         show(answer->events);
                 }
                 if (std::exchange(m_checkAgain, false))
                     checkSubscriptions();
             });
}

void WebhookPump::show(const QList<SubscriptionEvent> &events)
{
    m_seenSeq = qMax(m_seenSeq, events.last().seq);
    QStringList lines;
    for (const SubscriptionEvent &e : events) {
        if (!e.onBehalfOf.isEmpty()) { // a decision that fell to the user as a substitute
            lines << tr("%1 %2: decision due on behalf of %3 (step \"%4\")")
                         .arg(formatChangeNumber(e.changeNumber), e.title, e.onBehalfOf, e.step);
            continue;
        }
        const auto status = parseChangeStatus(e.status);
        lines << tr("%1 %2: %3 (%4, by %5)")
                     .arg(formatChangeNumber(e.changeNumber), e.title,
                          status ? label(*status) : e.status, e.assets.join(QStringLiteral(", ")),
                          e.actor);
    }
    const int count = int(events.size());
    const auto due = std::count_if(events.cbegin(), events.cend(), [](const SubscriptionEvent &e) {
        return !e.onBehalfOf.isEmpty();
    });
    const QString title = due == 0 ? tr("%n changes on assets you follow", nullptr, count)
                          : due == count
                              ? tr("%n decisions due on behalf of others", nullptr, count)
                              : tr("%n notifications", nullptr, count);
    const QString message = lines.mid(0, 4).join(QLatin1Char('\n'));
    emit notified(title, message);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("Vigilo"));
        m_tray->show();
    }
    m_tray->showMessage(title, message, QSystemTrayIcon::Information, 8000);
}

} // namespace vigilo::ui
