#include "MeetingCodecs.h"

#include "IsoTime.h"

#include <QJsonArray>

namespace vigilo::api {

namespace {

QDateTime timeOf(const QJsonValue &v)
{
    return v.isString() ? parseIsoUtc(v.toString()) : QDateTime();
}

QStringList textsOf(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

int numberOf(const QJsonValue &v)
{
    return v.isDouble() ? v.toInt() : parseChangeNumber(v.toString()).value_or(0);
}

template <typename T> QList<T> itemsOf(const QJsonValue &v)
{
    QList<T> out;
    for (const QJsonValue &item : v.toArray()) {
        T t;
        read(item.toObject(), t);
        out << t;
    }
    return out;
}

} // namespace

void read(const QJsonObject &o, AgendaItem &i)
{
    i.position = o.value(QStringLiteral("position")).toInt();
    i.number = numberOf(o.value(QStringLiteral("number")));
    i.title = o.value(QStringLiteral("title")).toString();
    i.changeType = parseChangeType(o.value(QStringLiteral("change_type")).toString())
                       .value_or(ChangeType::Normal);
    i.riskLevel = parseRiskLevel(o.value(QStringLiteral("risk_level")).toString());
    i.priority =
        parsePriority(o.value(QStringLiteral("priority")).toString()).value_or(Priority::Medium);
    i.plannedStart = timeOf(o.value(QStringLiteral("planned_start")));
    i.requester = o.value(QStringLiteral("requester")).toString();
    i.timeBoxMinutes = o.value(QStringLiteral("time_box_minutes")).toInt(10);
    i.late = o.value(QStringLiteral("late")).toBool();
    i.decision = parseCabDecision(o.value(QStringLiteral("decision")).toString());
    i.note = o.value(QStringLiteral("note")).toString();
    i.votes = o.value(QStringLiteral("votes")).toArray();
    i.attendees = o.value(QStringLiteral("attendees")).toArray();
    i.decidedBy = o.value(QStringLiteral("decided_by")).toString();
    i.startedAt = timeOf(o.value(QStringLiteral("started_at")));
    i.decidedAt = timeOf(o.value(QStringLiteral("decided_at")));
}

void read(const QJsonObject &o, Attendance &a)
{
    a.member = o.value(QStringLiteral("member")).toString();
    a.seat = o.value(QStringLiteral("seat")).toString();
    a.status = o.value(QStringLiteral("status")).toString();
    a.delegate = o.value(QStringLiteral("delegate")).toString();
}

void read(const QJsonObject &o, Meeting &m)
{
    m.number = o.value(QStringLiteral("number")).toInt();
    m.cab.name = o.value(QStringLiteral("cab")).toString();
    m.cab.chair = o.value(QStringLiteral("chair")).toString();
    m.kind = o.value(QStringLiteral("kind")).toString();
    m.status = o.value(QStringLiteral("status")).toString();
    m.scheduledStart = timeOf(o.value(QStringLiteral("scheduled_start")));
    m.startedAt = timeOf(o.value(QStringLiteral("started_at")));
    m.closedAt = timeOf(o.value(QStringLiteral("closed_at")));
    m.agenda = itemsOf<AgendaItem>(o.value(QStringLiteral("agenda")));
    m.attendance = itemsOf<Attendance>(o.value(QStringLiteral("attendance")));
    m.lateAdditions = itemsOf<AgendaItem>(o.value(QStringLiteral("late_additions")));
    m.minutes = o.value(QStringLiteral("minutes")).toObject();
    // The CAB as far as the room needs it: its voting seats and the quorum it requires.
    m.cab.voting.clear();
    for (const Attendance &a : std::as_const(m.attendance))
        (a.seat == QLatin1String("voting") ? m.cab.voting : m.cab.advisers) << a.member;
    m.cab.quorumCount =
        o.value(QStringLiteral("quorum")).toObject().value(QStringLiteral("required")).toInt();
}

void read(const QJsonObject &o, MeetingSummary &s)
{
    s.number = o.value(QStringLiteral("number")).toInt();
    s.cab = o.value(QStringLiteral("cab")).toString();
    s.kind = o.value(QStringLiteral("kind")).toString();
    s.status = o.value(QStringLiteral("status")).toString();
    s.scheduledStart = timeOf(o.value(QStringLiteral("scheduled_start")));
    s.startedAt = timeOf(o.value(QStringLiteral("started_at")));
    s.closedAt = timeOf(o.value(QStringLiteral("closed_at")));
    s.items = o.value(QStringLiteral("items")).toInt();
}

void read(const QJsonObject &o, Cab &c)
{
    c.name = o.value(QStringLiteral("name")).toString();
    c.chair = o.value(QStringLiteral("chair")).toString();
    c.voting = textsOf(o.value(QStringLiteral("voting_members")));
    c.advisers = textsOf(o.value(QStringLiteral("advisers")));
    const QJsonObject quorum = o.value(QStringLiteral("quorum")).toObject();
    c.quorumCount = quorum.value(QStringLiteral("count")).toInt();
    c.quorumPercent = quorum.value(QStringLiteral("percent")).toInt();
    const QJsonObject slot = o.value(QStringLiteral("slot")).toObject();
    c.slotWeekday = slot.value(QStringLiteral("weekday")).toInt();
    c.slotTime = slot.value(QStringLiteral("time")).toString();
    c.slotTimeZone = slot.value(QStringLiteral("time_zone")).toString(QStringLiteral("UTC"));
    c.slotMinutes = slot.value(QStringLiteral("minutes")).toInt(60);
    const QJsonObject rule = o.value(QStringLiteral("agenda_rule")).toObject();
    c.agendaTypes.clear();
    for (const QString &t : textsOf(rule.value(QStringLiteral("change_types"))))
        if (auto type = parseChangeType(t))
            c.agendaTypes << *type;
    c.agendaWithinDays = rule.value(QStringLiteral("within_days")).toInt(14);
    c.agendaOrder = parseAgendaOrder(rule.value(QStringLiteral("order")).toString())
                        .value_or(AgendaOrder::Risk);
    c.itemMinutes = rule.value(QStringLiteral("item_minutes")).toInt(10);
    c.createdAt = timeOf(o.value(QStringLiteral("created_at")));
}

QJsonObject decisionParams(const DecisionInput &input)
{
    QJsonObject p{{QStringLiteral("decision"), toString(input.decision)}};
    if (!input.text.isEmpty())
        p.insert(QStringLiteral("text"), input.text);
    if (!input.votes.isEmpty()) {
        QJsonArray votes;
        for (const auto &[member, vote] : input.votes)
            votes.append(
                QJsonObject{{QStringLiteral("member"), member}, {QStringLiteral("vote"), vote}});
        p.insert(QStringLiteral("votes"), votes);
    }
    return p;
}

QJsonObject agendaEditParams(const AgendaEdit &edit)
{
    const auto numbers = [](const QList<int> &list) {
        QJsonArray out;
        for (int n : list)
            out.append(formatChangeNumber(n));
        return out;
    };
    const auto pairs = [](const QList<QPair<int, int>> &list, const QString &key) {
        QJsonArray out;
        for (const auto &[number, value] : list)
            out.append(
                QJsonObject{{QStringLiteral("number"), formatChangeNumber(number)}, {key, value}});
        return out;
    };
    QJsonObject p;
    if (!edit.add.isEmpty())
        p.insert(QStringLiteral("add"), numbers(edit.add));
    if (!edit.remove.isEmpty())
        p.insert(QStringLiteral("remove"), numbers(edit.remove));
    if (!edit.moves.isEmpty())
        p.insert(QStringLiteral("moves"), pairs(edit.moves, QStringLiteral("position")));
    if (!edit.timeBoxes.isEmpty())
        p.insert(QStringLiteral("time_boxes"), pairs(edit.timeBoxes, QStringLiteral("minutes")));
    if (edit.rebuild)
        p.insert(QStringLiteral("rebuild"), true);
    return p;
}

} // namespace vigilo::api
