#pragma once
// A member posting the due webhook deliveries, the way each backend does it: on a database the
// member's own WebhookSender (as the desktop's pump does), on a team server the server itself
// (webhook.deliver through the member's Client; the secrets never leave the server, so the
// loopback receiver gets the requests from the vigilo-server process).
#include "Client.h"
#include "TestWorkspace.h"
#include "WebhookSender.h"

#include <memory>

namespace vigilo::test {

class MemberDeliveries final {
public:
    MemberDeliveries(TestWorkspace &ws, const QString &member)
        : m_ws(ws)
        , m_member(member)
    {
        if (!ws.onTeamServer())
            m_sender = std::make_unique<WebhookSender>(ws.core().webhooks(), ws.as(member));
    }

    // One run: on a database one batch of at most `max`; on a server every due delivery (the
    // server posts batches until nothing is due).
    Result<DeliveryRun> runOnce(int max = WebhookSender::kBatch)
    {
        if (m_sender)
            return m_sender->runOnce(max);
        auto r = awaited(m_ws.client(m_member).deliverWebhooksAsync());
        if (!r)
            return r.error();
        DeliveryRun run;
        run.claimed = r->claimed;
        run.delivered = r->delivered;
        run.retrying = r->retrying;
        run.failed = r->failed;
        return run;
    }

private:
    TestWorkspace &m_ws;
    QString m_member;
    std::unique_ptr<WebhookSender> m_sender;
};

} // namespace vigilo::test
