// Substitutes are told when a decision falls due from a member they stand in for (issue 15):
// ApprovalEngine's notifySubstitutes (a step falls due under a delegation covering now) and
// notifyDue (a delegation covers now, set just now or started since: the steps pending then).
// Each (delegation, pending step) pair is looked at once: its substitute_notices row is the
// claim, so two servers or desktop clients sweeping one database tell a substitute once.
#include "ApprovalEngine.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Dialect.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Webhooks.h"

#include <QSet>

#include <utility>

namespace vigilo {

// A delegation covering now: `away` is out of office, `substitute` stands in.
struct SubstituteCover {
    qint64 id = 0;
    Member away;
    Member substitute;
};

namespace {

using Cover = SubstituteCover;
using Told = QSet<QPair<qint64, qint64>>; // (away, substitute) already told of a step

// The delegation's columns and its two members', for readCover.
const char *kCoverColumns = "d.id, m.id, m.username, m.role, m.display_name, s.id, s.username, "
                            "s.role, s.display_name";
// Delegations covering the moment (the first two binds) between active members.
const char *kCovering = "d.starts_at <= ? AND d.ends_at > ? AND m.active = 1 AND s.active = 1";

Member readMember(const CachedQuery &q, int at, qint64 workspaceId)
{
    Member m;
    m.id = q.value(at).toLongLong();
    m.workspaceId = workspaceId;
    m.username = q.value(at + 1).toString();
    m.role = parseRole(q.value(at + 2).toString()).value_or(Role::Viewer);
    m.displayName = q.value(at + 3).toString();
    return m;
}

Cover readCover(const CachedQuery &q, qint64 workspaceId)
{
    return Cover{q.value(0).toLongLong(), readMember(q, 1, workspaceId),
                 readMember(q, 5, workspaceId)};
}

// The workspace's delegations covering `now`.
Result<QList<Cover>> covering(Store &store, qint64 workspaceId, const QDateTime &now)
{
    const QVariant at = Dialect::toDb(now);
    auto q = sql::run(store,
                      QStringLiteral("SELECT %1 FROM delegations d JOIN members m ON m.id = "
                                     "d.member_id JOIN members s ON s.id = d.substitute_id WHERE "
                                     "d.workspace_id = ? AND %2 ORDER BY d.id")
                          .arg(QLatin1String(kCoverColumns), QLatin1String(kCovering)),
                      {workspaceId, at, at});
    if (!q)
        return q.error();
    QList<Cover> out;
    while (q->next())
        out << readCover(*q, workspaceId);
    return out;
}

// A pending step of a change in review that a delegation covering now has not looked at yet.
struct DuePair {
    Cover cover;
    qint64 stepId = 0;
    qint64 changeId = 0;
    bool toldBefore = false; // another delegation of the same two told the substitute already
};

// The pairs due in the workspace (of delegation `onlyId` when not 0), by step; at most `limit`
// (0: all).
Result<QList<DuePair>> duePairs(Store &store, qint64 workspaceId, const QDateTime &now,
                                qint64 onlyId, int limit)
{
    const QVariant at = Dialect::toDb(now);
    auto q = sql::run(
        store,
        QStringLiteral(
            "SELECT %1, st.id, c.id, CASE WHEN EXISTS (SELECT 1 FROM substitute_notices n JOIN "
            "delegations o ON o.id = n.delegation_id WHERE n.step_id = st.id AND n.told = 1 AND "
            "o.member_id = d.member_id AND o.substitute_id = d.substitute_id) THEN 1 ELSE 0 END "
            "FROM delegations d JOIN members m ON m.id = d.member_id JOIN members s ON s.id = "
            "d.substitute_id JOIN changes c ON c.workspace_id = d.workspace_id AND c.status = "
            "'review' JOIN approval_steps st ON st.change_id = c.id AND st.status = 'pending' "
            "WHERE d.workspace_id = ? AND %2 AND (? = 0 OR d.id = ?) AND NOT EXISTS (SELECT 1 "
            "FROM substitute_notices n WHERE n.delegation_id = d.id AND n.step_id = st.id) "
            "ORDER BY st.id, d.id LIMIT ?")
            .arg(QLatin1String(kCoverColumns), QLatin1String(kCovering)),
        {workspaceId, at, at, onlyId, onlyId, limit > 0 ? limit : 2147483647});
    if (!q)
        return q.error();
    QList<DuePair> out;
    while (q->next())
        out << DuePair{readCover(*q, workspaceId), q->value(9).toLongLong(),
                       q->value(10).toLongLong(), q->value(11).toInt() == 1};
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

// The claim: true when this call recorded that the delegation looked at the step (another
// writer that did first wins, and this one tells nobody).
Result<bool> claim(Store &store, qint64 workspaceId, qint64 delegationId, qint64 stepId, bool told,
                   const QDateTime &now)
{
    auto q = sql::run(store,
                      QStringLiteral("INSERT INTO substitute_notices (workspace_id, "
                                     "delegation_id, step_id, told, noticed_at) VALUES (?, ?, ?, "
                                     "?, ?) ON CONFLICT DO NOTHING"),
                      {workspaceId, delegationId, stepId, told ? 1 : 0, Dialect::toDb(now)});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

} // namespace

Result<int> ApprovalEngine::notifyStep(const Actor &actor, const ChangeRequest &change,
                                       const ApprovalStep &step, const QList<Cover> &covers,
                                       QSet<QPair<qint64, qint64>> told)
{
    int count = 0;
    const QDateTime now = m_clock.now();
    for (const Cover &cover : covers) {
        bool tell = !told.contains({cover.away.id, cover.substitute.id})
                    && fallsToSubstitute(actor, cover, change.status, change.number,
                                         change.requester, step);
        if (tell) {
            // The whole rule, as approve() would apply it now: the distinct-people rule and who
            // decided the round's other steps count; only this delegation is the substitute's.
            const Actor sub{actor.workspace, cover.substitute};
            auto ctx = decisionContext(sub, change.id, &step);
            if (!ctx)
                return ctx.error();
            ctx->delegators = {cover.away};
            const DecisionRight right = decisionRight(
                sub, change.status, change.number, change.requester, &step, Action::Approve, *ctx);
            tell = !right.refusal && right.onBehalfOf && right.onBehalfOf->id == cover.away.id;
        }
        auto claimed = claim(m_store, actor.workspace.id, cover.id, step.id, tell, now);
        if (!claimed)
            return claimed.error();
        if (!*claimed || !tell)
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
        ++count;
    }
    return count;
}

Status ApprovalEngine::notifySubstitutes(const Actor &actor, const ChangeRequest &change)
{
    if (change.status != ChangeStatus::Review)
        return {};
    auto covers = covering(m_store, actor.workspace.id, m_clock.now());
    if (!covers)
        return covers.error();
    if (covers->isEmpty())
        return {};
    auto step = currentStep(change.id);
    if (!step)
        return step.error();
    if (!*step)
        return {};
    auto told = notifyStep(actor, change, **step, *covers, {});
    if (!told)
        return told.error();
    return {};
}

Result<bool> ApprovalEngine::substituteNoticesDue(qint64 workspaceId, qint64 delegationId) const
{
    auto due = duePairs(m_store, workspaceId, m_clock.now(), delegationId, 1);
    if (!due)
        return due.error();
    return !due->isEmpty();
}

Result<SubstituteSweep> ApprovalEngine::notifyDue(const Actor &actor, qint64 delegationId,
                                                  int limit)
{
    auto due = duePairs(m_store, actor.workspace.id, m_clock.now(), delegationId, limit);
    if (!due)
        return due.error();
    SubstituteSweep out;
    out.more = limit > 0 && due->size() == limit;
    for (qsizetype i = 0; i < due->size();) {
        // One step at a time, with the delegations that have not looked at it.
        const DuePair &first = due->at(i);
        QList<Cover> covers;
        Told told;
        for (; i < due->size() && due->at(i).stepId == first.stepId; ++i) {
            covers << due->at(i).cover;
            if (due->at(i).toldBefore)
                told.insert({due->at(i).cover.away.id, due->at(i).cover.substitute.id});
        }
        auto change = sql::loadChangeById(m_store, first.changeId);
        if (!change)
            return change.error();
        auto step = currentStep(first.changeId);
        if (!step)
            return step.error();
        // Not the step awaiting a decision (an open step of an older round): nothing falls due
        // from it; it is claimed all the same, so that it is not looked at again.
        if (!*step || (*step)->id != first.stepId) {
            for (const Cover &cover : std::as_const(covers))
                if (auto c = claim(m_store, actor.workspace.id, cover.id, first.stepId, false,
                                   m_clock.now());
                    !c)
                    return c.error();
            out.examined += int(covers.size());
            continue;
        }
        auto n = notifyStep(actor, *change, **step, covers, told);
        if (!n)
            return n.error();
        out.told += *n;
        out.examined += int(covers.size());
    }
    return out;
}

} // namespace vigilo
