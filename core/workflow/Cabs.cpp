#include "Cabs.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Dialect.h"
#include "InputRules.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "WriteScope.h"

#include <QJsonArray>
#include <QTimeZone>

#include <cmath>

namespace vigilo {

QString toString(AgendaOrder o)
{
    switch (o) {
    case AgendaOrder::Risk: return QStringLiteral("risk");
    case AgendaOrder::Start: return QStringLiteral("start");
    case AgendaOrder::Number: return QStringLiteral("number");
    }
    return QStringLiteral("risk");
}

std::optional<AgendaOrder> parseAgendaOrder(const QString &s)
{
    for (AgendaOrder o : {AgendaOrder::Risk, AgendaOrder::Start, AgendaOrder::Number})
        if (toString(o) == s)
            return o;
    return std::nullopt;
}

int Cab::quorumRequired() const
{
    if (quorumCount > 0)
        return quorumCount;
    return qMax(1, int(std::ceil(voting.size() * quorumPercent / 100.0)));
}

QDateTime Cab::nextSlot(const QDateTime &after) const
{
    if (slotWeekday < 1)
        return {};
    const QTimeZone tz(slotTimeZone.toUtf8());
    const QTime time = QTime::fromString(slotTime, QStringLiteral("HH:mm"));
    const QDate from = after.toTimeZone(tz).date();
    for (int i = 0; i < 15; ++i) {
        const QDate d = from.addDays(i);
        if (d.dayOfWeek() != slotWeekday)
            continue;
        const QDateTime start(d, time, tz);
        if (start >= after)
            return start.toUTC();
    }
    return {};
}

QJsonObject Cab::toJson() const
{
    QJsonArray types;
    for (ChangeType t : agendaTypes)
        types.append(toString(t));
    QJsonObject quorum{{QStringLiteral("required"), quorumRequired()}};
    if (quorumCount > 0)
        quorum.insert(QStringLiteral("count"), quorumCount);
    else
        quorum.insert(QStringLiteral("percent"), quorumPercent);
    QJsonObject slot;
    if (slotWeekday > 0)
        slot = {{QStringLiteral("weekday"), slotWeekday},
                {QStringLiteral("time"), slotTime},
                {QStringLiteral("time_zone"), slotTimeZone},
                {QStringLiteral("minutes"), slotMinutes}};
    return {{QStringLiteral("name"), name},
            {QStringLiteral("chair"), chair},
            {QStringLiteral("voting_members"), QJsonArray::fromStringList(voting)},
            {QStringLiteral("advisers"), QJsonArray::fromStringList(advisers)},
            {QStringLiteral("quorum"), quorum},
            {QStringLiteral("slot"), slotWeekday > 0 ? QJsonValue(slot) : QJsonValue()},
            {QStringLiteral("agenda_rule"),
             QJsonObject{{QStringLiteral("change_types"), types},
                         {QStringLiteral("status"), QStringLiteral("review")},
                         {QStringLiteral("within_days"), agendaWithinDays},
                         {QStringLiteral("order"), toString(agendaOrder)},
                         {QStringLiteral("item_minutes"), itemMinutes}}},
            {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate)}};
}

namespace {

Error badField(const QString &field, const QString &message)
{
    return Error::input(message, {{QStringLiteral("field"), field}});
}

Status checkCab(const Cab &c)
{
    VIGILO_TRY(
        input::checkText(QStringLiteral("name"), c.name, input::kMaxName, input::Lines::Single));
    if (c.name.trimmed().isEmpty())
        return badField(QStringLiteral("name"), CoreText::tr("Give the CAB a name."));
    if (c.chair.isEmpty())
        return badField(QStringLiteral("chair"),
                        CoreText::tr("Name the CAB's chair (--chair USER): only the chair drives "
                                     "its meetings."));
    if (c.voting.isEmpty())
        return badField(QStringLiteral("voting"),
                        CoreText::tr("A CAB needs at least one voting member (--voting USER)."));
    if ((c.quorumCount > 0) == (c.quorumPercent > 0))
        return badField(QStringLiteral("quorum"),
                        CoreText::tr("Give the quorum as a number of voting members (e.g. 3) or "
                                     "as a share of them (e.g. 50%)."));
    if (c.quorumCount > c.voting.size())
        return badField(QStringLiteral("quorum"),
                        CoreText::tr("The quorum (%1) is larger than the number of voting "
                                     "members (%2).")
                            .arg(c.quorumCount)
                            .arg(c.voting.size()));
    if (c.quorumPercent > 100)
        return badField(QStringLiteral("quorum"), CoreText::tr("A quorum share is at most 100%."));
    for (const QString &a : c.advisers)
        if (c.voting.contains(a))
            return badField(
                QStringLiteral("advisers"),
                CoreText::tr("%1 is both a voting member and an adviser; choose one.").arg(a));
    if (c.slotWeekday != 0) {
        if (c.slotWeekday < 1 || c.slotWeekday > 7)
            return badField(QStringLiteral("slot_weekday"),
                            CoreText::tr("The slot's weekday is 1 (Monday) to 7 (Sunday)."));
        if (!QTime::fromString(c.slotTime, QStringLiteral("HH:mm")).isValid())
            return badField(QStringLiteral("slot_time"),
                            CoreText::tr("The slot's time is HH:MM, e.g. 10:00."));
        if (!QTimeZone(c.slotTimeZone.toUtf8()).isValid())
            return badField(QStringLiteral("slot_time_zone"),
                            CoreText::tr("Unknown time zone \"%1\": use an IANA name such as "
                                         "Europe/Berlin.")
                                .arg(c.slotTimeZone));
        if (c.slotMinutes < 5 || c.slotMinutes > 1440)
            return badField(QStringLiteral("slot_minutes"),
                            CoreText::tr("The slot lasts 5 to 1440 minutes."));
    }
    if (c.agendaTypes.isEmpty() || c.agendaTypes.contains(ChangeType::Standard))
        return badField(QStringLiteral("agenda_types"),
                        CoreText::tr("The agenda takes normal and/or emergency changes (standard "
                                     "changes are pre-approved)."));
    if (c.agendaWithinDays < 0 || c.agendaWithinDays > 366)
        return badField(QStringLiteral("agenda_within_days"),
                        CoreText::tr("The agenda looks 0 to 366 days ahead."));
    if (c.itemMinutes < 1 || c.itemMinutes > 240)
        return badField(QStringLiteral("item_minutes"),
                        CoreText::tr("An item's time box is 1 to 240 minutes."));
    return {};
}

} // namespace

Result<Cab> Cabs::add(const Actor &caller, const Cab &input)
{
    Cab c = input;
    c.name = c.name.trimmed();
    c.voting.removeDuplicates();
    c.advisers.removeDuplicates();
    VIGILO_TRY(checkCab(c));
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    const qint64 ws = actor.workspace.id;
    auto exists = sql::scalar(
        m_store, QStringLiteral("SELECT id FROM cabs WHERE workspace_id = ? AND name = ?"),
        {ws, c.name});
    if (!exists)
        return exists.error();
    if (!exists->isNull())
        return Error::rule(QStringLiteral("cab_exists"),
                           CoreText::tr("A CAB named \"%1\" already exists.").arg(c.name),
                           {{QStringLiteral("field"), QStringLiteral("name")}});
    auto chair = sql::memberByUsername(m_store, ws, c.chair);
    if (!chair)
        return chair.error();
    if (!chair->active || !roleHas(chair->role, Permission::ChangesApprove))
        return badField(QStringLiteral("chair"),
                        CoreText::tr("%1 cannot chair a CAB: the chair records its decisions and "
                                     "must be an active approver, admin or owner.")
                            .arg(c.chair));
    QList<QPair<qint64, QString>> seats;
    for (const QString &u : c.voting) {
        auto m = sql::memberByUsername(m_store, ws, u);
        if (!m)
            return m.error();
        if (!m->active || !roleHas(m->role, Permission::ChangesApprove))
            return badField(QStringLiteral("voting"),
                            CoreText::tr("%1 is %2 and cannot vote on approvals; voting members "
                                         "are approvers, admins or owners.")
                                .arg(u, label(m->role)));
        seats.append({m->id, QStringLiteral("voting")});
    }
    for (const QString &u : c.advisers) {
        auto m = sql::memberByUsername(m_store, ws, u);
        if (!m)
            return m.error();
        seats.append({m->id, QStringLiteral("adviser")});
    }
    const QDateTime now = m_clock.now();
    auto id = sql::insert(
        m_store,
        QStringLiteral("INSERT INTO cabs (workspace_id, name, chair_id, quorum_count, "
                       "quorum_percent, slot_weekday, slot_time, slot_time_zone, slot_minutes, "
                       "agenda_types, agenda_within_days, agenda_order, item_minutes, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {ws, c.name, chair->id, c.quorumCount > 0 ? QVariant(c.quorumCount) : QVariant(),
         c.quorumPercent > 0 ? QVariant(c.quorumPercent) : QVariant(),
         c.slotWeekday > 0 ? QVariant(c.slotWeekday) : QVariant(), c.slotTime, c.slotTimeZone,
         c.slotMinutes,
         [&] {
             QStringList t;
             for (ChangeType x : c.agendaTypes)
                 t << toString(x);
             return t.join(QLatin1Char(','));
         }(),
         c.agendaWithinDays, toString(c.agendaOrder), c.itemMinutes, Dialect::toDb(now)});
    if (!id)
        return id.error();
    for (const auto &[memberId, kind] : seats)
        VIGILO_TRY(sql::run(m_store,
                            QStringLiteral("INSERT INTO cab_members (workspace_id, cab_id, "
                                           "member_id, kind) VALUES (?, ?, ?, ?)"),
                            {ws, *id, memberId, kind}));
    c.id = *id;
    c.createdAt = now;
    std::sort(c.voting.begin(), c.voting.end());
    std::sort(c.advisers.begin(), c.advisers.end());
    VIGILO_TRY(m_audit.record(ws, actor.member.username, QStringLiteral("cab.add"),
                              QStringLiteral("cab"), *id, 0, {}, c.toJson()));
    VIGILO_TRY(scope.commit());
    return c;
}

Result<QList<Cab>> Cabs::load(qint64 workspaceId, const QString &name, qint64 id) const
{
    auto q = sql::run(
        m_store,
        QStringLiteral("SELECT b.id, b.name, m.username, b.quorum_count, b.quorum_percent, "
                       "b.slot_weekday, b.slot_time, b.slot_time_zone, b.slot_minutes, "
                       "b.agenda_types, b.agenda_within_days, b.agenda_order, b.item_minutes, "
                       "b.created_at FROM cabs b JOIN members m ON m.id = b.chair_id WHERE "
                       "b.workspace_id = ? AND (? = '' OR b.name = ?) AND (? = 0 OR b.id = ?) "
                       "ORDER BY b.name"),
        {workspaceId, name, name, id, id});
    if (!q)
        return q.error();
    QList<Cab> out;
    QHash<qint64, int> index;
    while (q->next()) {
        Cab c;
        c.id = q->value(0).toLongLong();
        c.name = q->value(1).toString();
        c.chair = q->value(2).toString();
        c.quorumCount = q->value(3).toInt();
        c.quorumPercent = q->value(4).toInt();
        c.slotWeekday = q->value(5).toInt();
        c.slotTime = q->value(6).toString();
        c.slotTimeZone = q->value(7).toString();
        c.slotMinutes = q->value(8).toInt();
        c.agendaTypes.clear();
        for (const QString &t : q->value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (auto type = parseChangeType(t))
                c.agendaTypes << *type;
        c.agendaWithinDays = q->value(10).toInt();
        c.agendaOrder = parseAgendaOrder(q->value(11).toString()).value_or(AgendaOrder::Risk);
        c.itemMinutes = q->value(12).toInt();
        c.createdAt = Dialect::fromDb(q->value(13));
        index.insert(c.id, int(out.size()));
        out << c;
    }
    q->finish();
    auto seats = sql::run(m_store,
                          QStringLiteral("SELECT cm.cab_id, m.username, cm.kind FROM cab_members "
                                         "cm JOIN members m ON m.id = cm.member_id WHERE "
                                         "cm.workspace_id = ? ORDER BY m.username"),
                          {workspaceId});
    if (!seats)
        return seats.error();
    while (seats->next()) {
        const auto it = index.constFind(seats->value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        Cab &c = out[*it];
        (seats->value(2).toString() == QLatin1String("voting") ? c.voting : c.advisers)
            << seats->value(1).toString();
    }
    return out;
}

Result<QList<Cab>> Cabs::list(const Actor &actor) const
{
    return load(actor.workspace.id, {}, 0);
}

Result<Cab> Cabs::get(const Actor &actor, const QString &name) const
{
    auto all = load(actor.workspace.id, name, 0);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return Error::notFound(
            CoreText::tr("There is no CAB \"%1\" in this workspace. See cab list.").arg(name),
            {{QStringLiteral("field"), QStringLiteral("cab")}});
    return all->first();
}

Result<Cab> Cabs::byId(qint64 workspaceId, qint64 id) const
{
    auto all = load(workspaceId, {}, id);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return Error::notFound(CoreText::tr("There is no such CAB in this workspace."));
    return all->first();
}

} // namespace vigilo
