#include "Delegations.h"

#include "ApprovalEngine.h"
#include "AuditLog.h"
#include "Clock.h"
#include "Dialect.h"
#include "InputRules.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "WriteScope.h"

namespace vigilo {

namespace {

const char *kColumns = "SELECT d.id, m.username, s.username, d.starts_at, d.ends_at, "
                       "c.username, d.created_at FROM delegations d JOIN members m ON m.id = "
                       "d.member_id JOIN members s ON s.id = d.substitute_id JOIN members c ON "
                       "c.id = d.created_by_id ";

Delegation read(const CachedQuery &q)
{
    Delegation d;
    d.id = q.value(0).toLongLong();
    d.member = q.value(1).toString();
    d.substitute = q.value(2).toString();
    d.startsAt = Dialect::fromDb(q.value(3));
    d.endsAt = Dialect::fromDb(q.value(4));
    d.createdBy = q.value(5).toString();
    d.createdAt = Dialect::fromDb(q.value(6));
    return d;
}

// The member whose duties are handed over: the actor, or (admins and owners) anyone.
Result<Member> whoseDuties(Store &store, const Actor &actor, const QString &member)
{
    const QString who = member.trimmed().isEmpty() ? actor.member.username : member.trimmed();
    if (who == actor.member.username)
        return actor.member;
    if (!actor.can(Permission::ManageWorkspace))
        return Error::rule(QStringLiteral("permission_denied"),
                           CoreText::tr("Only an admin or owner can name a substitute for "
                                        "another member (%1). Name substitutes for your own "
                                        "duties: leave out the member.")
                               .arg(who),
                           {{QStringLiteral("field"), QStringLiteral("for_member")},
                            {QStringLiteral("member"), who}});
    return sql::memberByUsername(store, actor.workspace.id, who);
}

} // namespace

Result<QList<Delegation>> Delegations::query(const QString &where, const QVariantList &binds) const
{
    auto q = sql::run(m_store, QLatin1String(kColumns) + where, binds);
    if (!q)
        return q.error();
    QList<Delegation> out;
    while (q->next())
        out << read(*q);
    return out;
}

Result<Delegation> Delegations::set(const Actor &caller, const QString &member,
                                    const QString &substitute, const QDateTime &from,
                                    const QDateTime &to)
{
    VIGILO_TRY(input::checkTexts(
        {{QStringLiteral("for_member"), member, input::kMaxName, input::Lines::Single},
         {QStringLiteral("substitute"), substitute, input::kMaxName, input::Lines::Single}}));
    const QDateTime now = m_clock.now();
    if (!from.isValid() || !to.isValid())
        return Error::input(CoreText::tr("A delegation needs a start and an end (ISO 8601, e.g. "
                                         "2026-12-24T00:00:00Z)."),
                            {{QStringLiteral("field"),
                              from.isValid() ? QStringLiteral("to") : QStringLiteral("from")}});
    if (to <= from)
        return Error::input(CoreText::tr("The delegation must end after it starts. Give an end "
                                         "later than the start."),
                            {{QStringLiteral("field"), QStringLiteral("to")}});
    if (to <= now)
        return Error::input(CoreText::tr("The delegation would end in the past. Give an end in "
                                         "the future."),
                            {{QStringLiteral("field"), QStringLiteral("to")}});
    if (from.daysTo(to) > kMaxDays)
        return Error::input(CoreText::tr("A delegation lasts at most %n days. Give an earlier "
                                         "end, or set another one later.",
                                         nullptr, kMaxDays),
                            {{QStringLiteral("field"), QStringLiteral("to")}});
    if (substitute.trimmed().isEmpty())
        return Error::input(CoreText::tr("Name the substitute (a member's user name)."),
                            {{QStringLiteral("field"), QStringLiteral("substitute")}});

    WriteScope scope(m_store, caller, Permission::ChangesApprove);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto away = whoseDuties(m_store, actor, member);
    if (!away)
        return away.error();
    auto sub = sql::memberByUsername(m_store, actor.workspace.id, substitute.trimmed());
    if (!sub)
        return sub.error();
    if (sub->id == away->id)
        return Error::input(CoreText::tr("%1 cannot be their own substitute. Name another "
                                         "member.")
                                .arg(away->username),
                            {{QStringLiteral("field"), QStringLiteral("substitute")}});
    if (!sub->active || !roleHas(sub->role, Permission::ChangesApprove))
        return Error::input(CoreText::tr("%1 cannot stand in for approvals: a substitute must be "
                                         "an active member with the approver role or above.")
                                .arg(sub->username),
                            {{QStringLiteral("field"), QStringLiteral("substitute")},
                             {QStringLiteral("role"), toString(sub->role)}});
    if (!away->active || !roleHas(away->role, Permission::ChangesApprove))
        return Error::input(CoreText::tr("%1 has no approvals to hand over (approver role or "
                                         "above needed).")
                                .arg(away->username),
                            {{QStringLiteral("field"), QStringLiteral("for_member")}});
    const QDateTime start = from.toUTC(), end = to.toUTC();
    auto id = sql::insert(m_store,
                          QStringLiteral("INSERT INTO delegations (workspace_id, member_id, "
                                         "substitute_id, starts_at, ends_at, created_by_id, "
                                         "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {actor.workspace.id, away->id, sub->id, Dialect::toDb(start),
                           Dialect::toDb(end), actor.member.id, Dialect::toDb(now)});
    if (!id)
        return id.error();
    Delegation d;
    d.id = *id;
    d.member = away->username;
    d.substitute = sub->username;
    d.startsAt = start;
    d.endsAt = end;
    d.createdBy = actor.member.username;
    d.createdAt = now;
    // The audit event is the substitute's notice: the activity feed and webhooks read it.
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("delegation.set"), QStringLiteral("delegation"), d.id,
                              0, {},
                              {{QStringLiteral("member"), d.member},
                               {QStringLiteral("substitute"), d.substitute},
                               {QStringLiteral("starts_at"), jsonTime(start)},
                               {QStringLiteral("ends_at"), jsonTime(end)}}));
    // Steps already waiting for the member now fall to the substitute, who is told.
    if (auto told = m_approvals.notifyDue(actor, d.id, 0); !told)
        return told.error();
    VIGILO_TRY(scope.commit());
    return d;
}

Result<QList<Delegation>> Delegations::clear(const Actor &caller, const QString &member,
                                             const QString &substitute)
{
    VIGILO_TRY(input::checkTexts(
        {{QStringLiteral("for_member"), member, input::kMaxName, input::Lines::Single},
         {QStringLiteral("substitute"), substitute, input::kMaxName, input::Lines::Single}}));
    WriteScope scope(m_store, caller, Permission::ChangesApprove);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto away = whoseDuties(m_store, actor, member);
    if (!away)
        return away.error();
    const QDateTime now = m_clock.now();
    QString where =
        QStringLiteral("WHERE d.workspace_id = ? AND d.member_id = ? AND d.ends_at > ?");
    QVariantList binds{actor.workspace.id, away->id, Dialect::toDb(now)};
    if (!substitute.trimmed().isEmpty()) {
        where += QStringLiteral(" AND s.username = ?");
        binds << substitute.trimmed();
    }
    auto found = query(where + QStringLiteral(" ORDER BY d.starts_at, d.id"), binds);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(
            CoreText::tr("%1 has no delegation that has not ended; nothing to clear.")
                .arg(away->username),
            {{QStringLiteral("field"), QStringLiteral("for_member")},
             {QStringLiteral("member"), away->username}});
    for (Delegation &d : *found) {
        const bool running = d.startsAt <= now;
        if (running)
            VIGILO_TRY(sql::run(m_store,
                                QStringLiteral("UPDATE delegations SET ends_at = ? WHERE id = ?"),
                                {Dialect::toDb(now), d.id}));
        else
            VIGILO_TRY(
                sql::run(m_store, QStringLiteral("DELETE FROM delegations WHERE id = ?"), {d.id}));
        VIGILO_TRY(m_audit.record(
            actor.workspace.id, actor.member.username, QStringLiteral("delegation.clear"),
            QStringLiteral("delegation"), d.id, 0,
            {{QStringLiteral("member"), d.member},
             {QStringLiteral("substitute"), d.substitute},
             {QStringLiteral("starts_at"), jsonTime(d.startsAt)},
             {QStringLiteral("ends_at"), jsonTime(d.endsAt)}},
            {{QStringLiteral("ends_at"), running ? QJsonValue(jsonTime(now)) : QJsonValue()}}));
        if (running)
            d.endsAt = now;
    }
    VIGILO_TRY(scope.commit());
    return *found;
}

Result<SubstituteSweep> Delegations::tellSubstitutes(const Actor &caller, qint64 delegationId,
                                                     int limit)
{
    // Viewers write nothing (on a server they may not lock the workspace): others' clients or
    // the server tell the substitutes. A cheap read first: the desktop asks every 30 s.
    if (!caller.can(Permission::ChangesCreate))
        return SubstituteSweep{};
    VIGILO_TRY(m_store.bindMember(caller.member.username));
    auto due = m_approvals.substituteNoticesDue(caller.workspace.id, delegationId);
    if (!due)
        return due.error();
    if (!*due)
        return SubstituteSweep{};
    WriteScope scope(m_store, caller, Permission::ChangesCreate);
    VIGILO_TRY(scope.begin());
    auto swept = m_approvals.notifyDue(scope.actor(), delegationId, limit);
    if (!swept)
        return swept.error();
    VIGILO_TRY(scope.commit());
    return swept;
}

Result<QList<Delegation>> Delegations::list(const Actor &actor, bool all) const
{
    auto current = sql::currentActor(m_store, actor, Permission::Read);
    if (!current)
        return current.error();
    const QString now = Dialect::toDb(m_clock.now()).toString();
    if (all) {
        if (!current->can(Permission::ManageWorkspace))
            return sql::permissionDenied(*current, Permission::ManageWorkspace);
        return query(QStringLiteral("WHERE d.workspace_id = ? AND d.ends_at > ? ORDER BY "
                                    "m.username, d.starts_at, d.id"),
                     {actor.workspace.id, now});
    }
    return query(QStringLiteral("WHERE d.workspace_id = ? AND d.ends_at > ? AND (d.member_id = ? "
                                "OR d.substitute_id = ?) ORDER BY m.username, d.starts_at, d.id"),
                 {actor.workspace.id, now, current->member.id, current->member.id});
}

} // namespace vigilo
