#include "ApprovalQueue.h"

#include "ApprovalEngine.h"
#include "ChangeService.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace vigilo {

const ApprovalStep *ApprovalQueueItem::pendingStep() const
{
    for (const ApprovalStep &s : openSteps)
        if (s.status == StepStatus::Pending)
            return &s;
    return nullptr;
}

QJsonObject ApprovalQueueItem::toJson() const
{
    QJsonArray steps;
    for (const ApprovalStep &s : openSteps)
        steps.append(s.toJson());
    const ApprovalStep *pending = pendingStep();
    return {{QStringLiteral("change"), change.toJson()},
            {QStringLiteral("open_steps"), steps},
            {QStringLiteral("pending_step"), pending ? QJsonValue(pending->name) : QJsonValue()},
            {QStringLiteral("can_decide"), canDecide()},
            {QStringLiteral("on_behalf_of"),
             onBehalfOf.isEmpty() ? QJsonValue() : QJsonValue(onBehalfOf)},
            {QStringLiteral("refusal"), refusal ? QJsonValue(refusal->toJson()) : QJsonValue()}};
}

Result<QList<ApprovalQueueItem>> ApprovalQueue::load(const Actor &actor, bool onlyDecidable) const
{
    ChangeFilter inReview;
    inReview.status = ChangeStatus::Review;
    auto changes = m_changes.list(actor, inReview);
    if (!changes)
        return changes.error();
    auto steps = m_approvals.openStepsInReview(actor.workspace.id);
    if (!steps)
        return steps.error();
    auto actorCtx = m_approvals.actorContext(actor);
    if (!actorCtx)
        return actorCtx.error();
    auto people = m_approvals.approvedStepPeopleInReview(actor.workspace.id);
    if (!people)
        return people.error();
    QList<ApprovalQueueItem> out;
    for (const ChangeSummary &c : std::as_const(*changes)) {
        ApprovalQueueItem item;
        item.change = c;
        item.openSteps = steps->value(c.id);
        DecisionContext ctx = *actorCtx;
        const ApprovalStep *pending = item.pendingStep();
        if (pending)
            for (const auto &[round, person] : people->value(c.id))
                if (round == pending->round)
                    ctx.otherStepDeciders << person;
        const DecisionRight right = ApprovalEngine::decisionRight(
            actor, c.status, c.number, c.requester, pending, Action::Approve, ctx);
        item.refusal = right.refusal;
        if (right.onBehalfOf)
            item.onBehalfOf = right.onBehalfOf->username;
        if (onlyDecidable && item.refusal)
            continue;
        out << item;
    }
    auto startKey = [](const ApprovalQueueItem &i) {
        return i.change.plannedStart.isValid() ? i.change.plannedStart.toMSecsSinceEpoch()
                                               : std::numeric_limits<qint64>::max();
    };
    std::stable_sort(out.begin(), out.end(),
                     [&](const ApprovalQueueItem &a, const ApprovalQueueItem &b) {
                         const qint64 ka = startKey(a), kb = startKey(b);
                         return ka != kb ? ka < kb : a.change.number < b.change.number;
                     });
    return out;
}

} // namespace vigilo
