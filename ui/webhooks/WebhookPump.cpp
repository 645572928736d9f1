#include "WebhookPump.h"

#include "main/Session.h"
#include "widgets/Async.h"

#include "ChangeWatcher.h"
#include "Client.h"
#include "Vigilo.h"
#include "WebhookSender.h"

#include <QApplication>
#include <QSystemTrayIcon>

#include <algorithm>

namespace vigilo::ui {

WebhookPump::WebhookPump(Session &session, ActorSource actor, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_actorSource(std::move(actor))
{
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &WebhookPump::tick);
    m_timer.start();
    connect(m_session.watcher(), &ChangeWatcher::changed, this, &WebhookPump::checkSubscriptions);
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
    ensureBaseline(*actor); // what it records now is new to this window
    m_sweeping = true;
    onResult(m_session.client().tellSubstitutesAsync(actor->workspace.slug), this,
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

void WebhookPump::deliverNow()
{
    const std::optional<Actor> actor = m_actorSource();
    if (!actor)
        return;
    ensureBaseline(*actor);
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

bool WebhookPump::ensureBaseline(const Actor &actor)
{
    if (m_seenSeq >= 0 && m_seenWorkspace == actor.workspace.id)
        return false;
    // Start watching from now: no flood of old events when the app opens or switches workspace.
    auto latest = m_session.core().subscriptions().latestSeq(actor);
    if (!latest)
        return true;
    m_seenSeq = *latest;
    m_seenWorkspace = actor.workspace.id;
    return true;
}

void WebhookPump::checkSubscriptions()
{
    const std::optional<Actor> actor = m_actorSource();
    if (!actor)
        return;
    Subscriptions &subs = m_session.core().subscriptions();
    if (ensureBaseline(*actor))
        return;
    auto events = subs.desktopEventsSince(*actor, m_seenSeq);
    if (!events || events->isEmpty()) {
        if (auto latest = subs.latestSeq(*actor))
            m_seenSeq = qMax(m_seenSeq, *latest);
        return;
    }
    m_seenSeq = events->last().seq;
    QStringList lines;
    for (const SubscriptionEvent &e : *events) {
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
    const int count = int(events->size());
    const auto due =
        std::count_if(events->cbegin(), events->cend(),
                      [](const SubscriptionEvent &e) { return !e.onBehalfOf.isEmpty(); });
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
