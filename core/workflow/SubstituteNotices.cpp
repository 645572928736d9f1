// Substitutes are told when a decision falls due from a member they stand in for (issue 15):
// ApprovalEngine's notifySubstitutes and notifyDelegation.
#include "ApprovalEngine.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Dialect.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Webhooks.h"

#include <QSet>

namespace vigilo {

// A delegation covering now: `away` is out of office, `substitute` stands in.
struct SubstituteCover {
    qint64 id = 0;
    Member away;
    Member substitute;
};

namespace {

using Cover = SubstituteCover;

Member readMember(const QSqlQuery &q, int at, qint64 workspaceId)
{
    Member m;
    m.id = q.value(at).toLongLong();
    m.workspaceId = workspaceId;
    m.username = q.value(at + 1).toString();
    m.role = parseRole(q.value(at + 2).toString()).value_or(Role::Viewer);
    m.displayName = q.value(at + 3).toString();
    return m;
}

// The workspace's delegations covering `now` between active members (only `onlyId` when not 0).
Result<QList<Cover>> covering(Store &store, qint64 workspaceId, const QDateTime &now, qint64 onlyId)
{
    const QVariant at = Dialect::toDb(now);
    auto q = sql::run(store,
                      QStringLiteral("SELECT d.id, m.id, m.username, m.role, m.display_name, s.id, "
                                     "s.username, s.role, s.display_name FROM delegations d JOIN "
                                     "members m ON m.id = d.member_id JOIN members s ON s.id = "
                                     "d.substitute_id WHERE d.workspace_id = ? AND d.starts_at <= "
                                     "? AND d.ends_at > ? AND m.active = 1 AND s.active = 1 AND "
                                     "(? = 0 OR d.id = ?) ORDER BY d.id"),
                      {workspaceId, at, at, onlyId, onlyId});
    if (!q)
        return q.error();
    QList<Cover> out;
    while (q->next())
        out << Cover{q->value(0).toLongLong(), readMember(*q, 1, workspaceId),
                     readMember(*q, 5, workspaceId)};
    return out;
}

// Without reading anything: the away member could decide the step and the substitute could
// not in their own right (for their role or the step's named members), so a decision by the
// substitute would be on the away member's behalf.
bool fallsToSubstitute(const Actor &actor, const Cover &cover, ChangeStatus status, int number,
                       const QString &requester, const ApprovalStep &step)
{
    Actor away{actor.workspace, cover.away};
    Actor sub{actor.workspace, cover.substitute};
    if (ApprovalEngine::decisionRefusal(away, status, number, requester, &step, Action::Approve))
        return false;
    const auto own =
        ApprovalEngine::decisionRefusal(sub, status, number, requester, &step, Action::Approve);
    return own && own->code == QLatin1String("not_eligible_approver");
}

} // namespace

Status ApprovalEngine::notifyStep(const Actor &actor, const ChangeRequest &change,
                                  const ApprovalStep &step, const QList<Cover> &covers)
{
    QSet<QPair<qint64, qint64>> told;
    for (const Cover &cover : covers) {
        if (told.contains({cover.away.id, cover.substitute.id}))
            continue;
        if (!fallsToSubstitute(actor, cover, change.status, change.number, change.requester, step))
            continue;
        // The whole rule, as approve() would apply it now: the distinct-people rule and who
        // decided the round's other steps count; only this delegation is the substitute's.
        const Actor sub{actor.workspace, cover.substitute};
        auto ctx = decisionContext(sub, change.id, &step);
        if (!ctx)
            return ctx.error();
        ctx->delegators = {cover.away};
        const DecisionRight right = decisionRight(sub, change.status, change.number,
                                                  change.requester, &step, Action::Approve, *ctx);
        if (right.refusal || !right.onBehalfOf || right.onBehalfOf->id != cover.away.id)
            continue;
        told.insert({cover.away.id, cover.substitute.id});
        VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                                  QStringLiteral("approval.delegated"),
                                  QStringLiteral("delegation"), cover.id, change.number, {},
                                  {{QStringLiteral("step"), step.name},
                                   {QStringLiteral("on_behalf_of"), cover.away.username},
                                   {QStringLiteral("substitute"), cover.substitute.username}}));
        VIGILO_TRY(Webhooks::enqueueDelegated(m_store, m_clock, actor, change, step.name,
                                              step.stepOrder, cover.away.username,
                                              cover.substitute.username));
    }
    return {};
}

Status ApprovalEngine::notifySubstitutes(const Actor &actor, const ChangeRequest &change)
{
    if (change.status != ChangeStatus::Review)
        return {};
    auto covers = covering(m_store, actor.workspace.id, m_clock.now(), 0);
    if (!covers)
        return covers.error();
    if (covers->isEmpty())
        return {};
    auto step = currentStep(change.id);
    if (!step)
        return step.error();
    if (!*step)
        return {};
    return notifyStep(actor, change, **step, *covers);
}

Status ApprovalEngine::notifyDelegation(const Actor &actor, qint64 delegationId)
{
    auto covers = covering(m_store, actor.workspace.id, m_clock.now(), delegationId);
    if (!covers)
        return covers.error();
    if (covers->isEmpty()) // starts later: nothing falls to the substitute yet
        return {};
    const Cover &cover = covers->first();
    // The changes in review with their requesters, and their open steps: three statements.
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT c.id, c.number, r.username FROM changes c JOIN "
                                     "members r ON r.id = c.requester_id WHERE c.workspace_id = ? "
                                     "AND c.status = 'review'"),
                      {actor.workspace.id});
    if (!q)
        return q.error();
    QHash<qint64, std::pair<int, QString>> inReview;
    while (q->next())
        inReview.insert(q->value(0).toLongLong(), {q->value(1).toInt(), q->value(2).toString()});
    q->finish();
    auto open = openStepsInReview(actor.workspace.id);
    if (!open)
        return open.error();
    QList<std::pair<qint64, ApprovalStep>> due;
    for (auto it = open->cbegin(); it != open->cend(); ++it) {
        const auto change = inReview.constFind(it.key());
        if (change == inReview.cend())
            continue;
        for (const ApprovalStep &step : it.value()) {
            if (step.status != StepStatus::Pending)
                continue;
            if (fallsToSubstitute(actor, cover, ChangeStatus::Review, change->first, change->second,
                                  step))
                due << std::pair{it.key(), step};
            break; // one pending step per change: the latest round's first open one
        }
    }
    std::sort(due.begin(), due.end(),
              [](const auto &a, const auto &b) { return a.second.id < b.second.id; });
    for (const auto &[changeId, step] : due) {
        auto change = sql::loadChangeById(m_store, changeId);
        if (!change)
            return change.error();
        VIGILO_TRY(notifyStep(actor, *change, step, *covers));
    }
    return {};
}

} // namespace vigilo
