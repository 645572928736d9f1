// Subscriptions: a member follows one change on the desktop (schema 19, change_follows).

#include "Subscriptions.h"

#include "Clock.h"
#include "Dialect.h"
#include "SqlUtil.h"
#include "Store.h"
#include "WriteScope.h"

#include <QJsonDocument>

namespace vigilo {

Status Subscriptions::followChange(const Actor &caller, int number)
{
    WriteScope scope(m_store, caller, Permission::Read);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto change = sql::loadChange(m_store, actor.workspace.id, number, sql::ChangeParts::State);
    if (!change)
        return change.error();
    auto known = sql::scalar(
        m_store,
        QStringLiteral("SELECT COUNT(*) FROM change_follows WHERE member_id = ? AND change_id = ?"),
        {actor.member.id, change->id});
    if (!known)
        return known.error();
    if (known->toInt() == 0) {
        auto added = sql::insert(
            m_store,
            QStringLiteral("INSERT INTO change_follows (workspace_id, "
                           "member_id, change_id, created_at) VALUES (?, ?, "
                           "?, ?)"),
            {actor.workspace.id, actor.member.id, change->id, Dialect::toDb(m_clock.now())});
        if (!added)
            return added.error();
    }
    return scope.commit();
}

Status Subscriptions::unfollowChange(const Actor &caller, int number)
{
    WriteScope scope(m_store, caller, Permission::Read);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto change = sql::loadChange(m_store, actor.workspace.id, number, sql::ChangeParts::State);
    if (!change)
        return change.error();
    auto removed = sql::run(
        m_store, QStringLiteral("DELETE FROM change_follows WHERE member_id = ? AND change_id = ?"),
        {actor.member.id, change->id});
    if (!removed)
        return removed.error();
    return scope.commit();
}

Result<QList<int>> Subscriptions::followedChanges(const Actor &actor) const
{
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT c.number FROM change_follows f JOIN changes c ON "
                                     "c.id = f.change_id WHERE f.member_id = ? AND "
                                     "f.workspace_id = ? ORDER BY c.number"),
                      {actor.member.id, actor.workspace.id});
    if (!q)
        return q.error();
    QList<int> out;
    while (q->next())
        out << q->value(0).toInt();
    return out;
}

Result<QList<SubscriptionEvent>>
Subscriptions::followedEventsSince(const Actor &actor, qint64 afterSeq, int limit) const
{
    auto q = sql::run(
        m_store,
        QStringLiteral("SELECT ev.seq, ev.at, ev.actor, ev.action, ev.change_number, c.title, "
                       "c.status, ev.new_values FROM audit_events ev JOIN changes c ON "
                       "c.workspace_id = ev.workspace_id AND c.number = ev.change_number JOIN "
                       "change_follows f ON f.change_id = c.id AND f.member_id = ? WHERE "
                       "ev.workspace_id = ? AND ev.seq > ? AND ev.change_number > 0 AND "
                       "ev.actor <> ? AND ev.action <> 'approval.delegated' ORDER BY ev.seq "
                       "LIMIT ?"),
        {actor.member.id, actor.workspace.id, afterSeq, actor.member.username, limit});
    if (!q)
        return q.error();
    QList<SubscriptionEvent> out;
    while (q->next()) {
        SubscriptionEvent e;
        e.seq = q->value(0).toLongLong();
        e.at = Dialect::fromDb(q->value(1));
        e.actor = q->value(2).toString();
        e.action = q->value(3).toString();
        e.changeNumber = q->value(4).toInt();
        e.title = q->value(5).toString();
        const QJsonObject nv = QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object();
        e.status = nv.value(QStringLiteral("status")).toString(q->value(6).toString());
        out << e;
    }
    return out;
}

} // namespace vigilo
