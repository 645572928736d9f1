#include "Meetings.h"

#include "ApprovalPolicies.h"
#include "AuditLog.h"
#include "ChangeService.h"
#include "Clock.h"
#include "Dialect.h"
#include "Discussion.h"
#include "InputRules.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "WriteScope.h"

#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace vigilo {

QString toString(CabDecision d)
{
    switch (d) {
    case CabDecision::Approve: return QStringLiteral("approve");
    case CabDecision::ApproveWithConditions: return QStringLiteral("approve_with_conditions");
    case CabDecision::Reject: return QStringLiteral("reject");
    case CabDecision::Defer: return QStringLiteral("defer");
    case CabDecision::NeedsInformation: return QStringLiteral("needs_information");
    }
    return QStringLiteral("approve");
}

QList<CabDecision> allCabDecisions()
{
    return {CabDecision::Approve, CabDecision::ApproveWithConditions, CabDecision::Reject,
            CabDecision::Defer, CabDecision::NeedsInformation};
}

std::optional<CabDecision> parseCabDecision(const QString &s)
{
    for (CabDecision d : allCabDecisions())
        if (toString(d) == s)
            return d;
    return std::nullopt;
}

namespace {

QString decisionLabel(const QString &d)
{
    return CoreText::tr(Meetings::decisionSource(d));
}

int riskRank(const std::optional<RiskLevel> &r)
{
    if (!r)
        return 1; // not assessed: between high and medium, it needs a look
    switch (*r) {
    case RiskLevel::High: return 0;
    case RiskLevel::Medium: return 2;
    case RiskLevel::Low: return 3;
    }
    return 3;
}

Error meetingNotFound(int number)
{
    return Error::notFound(
        CoreText::tr("There is no meeting %1 in this workspace. See meeting list.").arg(number),
        {{QStringLiteral("field"), QStringLiteral("meeting")}});
}

} // namespace

int AgendaItem::secondsSpent() const
{
    if (!startedAt.isValid() || !decidedAt.isValid())
        return 0;
    return int(qMax<qint64>(0, startedAt.secsTo(decidedAt)));
}

QJsonObject AgendaItem::toJson() const
{
    return {
        {QStringLiteral("position"), position},
        {QStringLiteral("number"), formatChangeNumber(number)},
        {QStringLiteral("title"), title},
        {QStringLiteral("change_type"), toString(changeType)},
        {QStringLiteral("risk_level"), riskLevel ? QJsonValue(toString(*riskLevel)) : QJsonValue()},
        {QStringLiteral("priority"), toString(priority)},
        {QStringLiteral("planned_start"), jsonTime(plannedStart)},
        {QStringLiteral("requester"), requester},
        {QStringLiteral("time_box_minutes"), timeBoxMinutes},
        {QStringLiteral("late"), late},
        {QStringLiteral("decision"), decision ? QJsonValue(toString(*decision)) : QJsonValue()},
        {QStringLiteral("note"), note},
        {QStringLiteral("votes"), votes},
        {QStringLiteral("attendees"), attendees},
        {QStringLiteral("decided_by"), decidedBy.isEmpty() ? QJsonValue() : decidedBy},
        {QStringLiteral("started_at"), jsonTime(startedAt)},
        {QStringLiteral("decided_at"), jsonTime(decidedAt)},
        {QStringLiteral("seconds_spent"), secondsSpent()}};
}

QJsonObject Attendance::toJson() const
{
    return {{QStringLiteral("member"), member},
            {QStringLiteral("seat"), seat},
            {QStringLiteral("status"), status},
            {QStringLiteral("delegate"), delegate.isEmpty() ? QJsonValue() : delegate}};
}

int Meeting::votingPresent() const
{
    int n = 0;
    for (const Attendance &a : attendance)
        if (a.seat == QLatin1String("voting") && a.status != QLatin1String("absent"))
            ++n;
    return n;
}

const AgendaItem *Meeting::currentItem() const
{
    if (status != QLatin1String("in_progress"))
        return nullptr;
    for (const AgendaItem &i : agenda)
        if (!i.decision)
            return &i;
    return nullptr;
}

QJsonObject Meeting::toJson() const
{
    QJsonArray items, attending, late;
    for (const AgendaItem &i : agenda)
        items.append(i.toJson());
    for (const Attendance &a : attendance)
        attending.append(a.toJson());
    for (const AgendaItem &i : lateAdditions)
        late.append(i.toJson());
    const AgendaItem *current = currentItem();
    QJsonObject o{
        {QStringLiteral("number"), number},
        {QStringLiteral("cab"), cab.name},
        {QStringLiteral("chair"), cab.chair},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("status"), status},
        {QStringLiteral("scheduled_start"), jsonTime(scheduledStart)},
        {QStringLiteral("started_at"), jsonTime(startedAt)},
        {QStringLiteral("closed_at"), jsonTime(closedAt)},
        {QStringLiteral("agenda_frozen"), status != QLatin1String("planned")},
        {QStringLiteral("quorum"), QJsonObject{{QStringLiteral("required"), cab.quorumRequired()},
                                               {QStringLiteral("present"), votingPresent()},
                                               {QStringLiteral("met"), quorumMet()}}},
        {QStringLiteral("agenda"), items},
        {QStringLiteral("attendance"), attending},
        {QStringLiteral("late_additions"), late},
        {QStringLiteral("current_item"),
         current ? QJsonValue(formatChangeNumber(current->number)) : QJsonValue()}};
    if (!minutes.isEmpty())
        o.insert(QStringLiteral("minutes"), minutes);
    return o;
}

Result<QList<AgendaItem>> Meetings::eligible(const Cab &cab, qint64 workspaceId,
                                             const QDateTime &start) const
{
    auto q = sql::run(
        m_store,
        QStringLiteral("SELECT c.id, c.number, c.title, c.change_type, c.risk_level, c.priority, "
                       "c.planned_start, r.username FROM changes c JOIN approval_steps s ON "
                       "s.change_id = c.id AND s.status = 'pending' JOIN members r ON r.id = "
                       "c.requester_id WHERE c.workspace_id = ? AND c.status = 'review' AND "
                       "s.eligible_members = ?"),
        {workspaceId, QString(kCabPrefix).append(cab.name)});
    if (!q)
        return q.error();
    const QDateTime limit = start.addDays(cab.agendaWithinDays);
    QList<AgendaItem> out;
    while (q->next()) {
        AgendaItem i;
        i.changeId = q->value(0).toLongLong();
        i.number = q->value(1).toInt();
        i.title = q->value(2).toString();
        i.changeType = parseChangeType(q->value(3).toString()).value_or(ChangeType::Normal);
        if (!q->value(4).isNull())
            i.riskLevel = parseRiskLevel(q->value(4).toString());
        i.priority = parsePriority(q->value(5).toString()).value_or(Priority::Medium);
        i.plannedStart = Dialect::fromDb(q->value(6));
        i.requester = q->value(7).toString();
        i.timeBoxMinutes = cab.itemMinutes;
        if (!cab.agendaTypes.contains(i.changeType))
            continue;
        if (i.plannedStart.isValid() && i.plannedStart >= limit)
            continue;
        out << i;
    }
    const AgendaOrder order = cab.agendaOrder;
    std::sort(out.begin(), out.end(), [order](const AgendaItem &a, const AgendaItem &b) {
        const QDateTime far = QDateTime::fromSecsSinceEpoch(253402300799LL, Qt::UTC);
        const QDateTime sa = a.plannedStart.isValid() ? a.plannedStart : far;
        const QDateTime sb = b.plannedStart.isValid() ? b.plannedStart : far;
        if (order == AgendaOrder::Risk && riskRank(a.riskLevel) != riskRank(b.riskLevel))
            return riskRank(a.riskLevel) < riskRank(b.riskLevel);
        if (order != AgendaOrder::Number && sa != sb)
            return sa < sb;
        return a.number < b.number;
    });
    for (int i = 0; i < out.size(); ++i)
        out[i].position = i + 1;
    return out;
}

Result<Meeting> Meetings::load(qint64 ws, int number, bool withLate) const
{
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT id, cab_id, kind, scheduled_start, status, "
                                     "started_at, closed_at, minutes FROM cab_meetings WHERE "
                                     "workspace_id = ? AND number = ?"),
                      {ws, number});
    if (!q)
        return q.error();
    if (!q->next())
        return meetingNotFound(number);
    Meeting m;
    m.id = q->value(0).toLongLong();
    m.number = number;
    const qint64 cabId = q->value(1).toLongLong();
    m.kind = q->value(2).toString();
    m.scheduledStart = Dialect::fromDb(q->value(3));
    m.status = q->value(4).toString();
    m.startedAt = Dialect::fromDb(q->value(5));
    m.closedAt = Dialect::fromDb(q->value(6));
    const QByteArray minutes = q->value(7).toString().toUtf8();
    if (!minutes.isEmpty())
        m.minutes = QJsonDocument::fromJson(minutes).object();
    q->finish();
    auto cab = m_cabs.byId(ws, cabId);
    if (!cab)
        return cab.error();
    m.cab = *cab;
    auto items = sql::run(
        m_store,
        QStringLiteral("SELECT i.position, c.number, c.title, c.change_type, c.risk_level, "
                       "c.priority, c.planned_start, r.username, i.time_box_minutes, i.late, "
                       "i.decision, i.note, i.votes, i.attendees, d.username, i.started_at, "
                       "i.decided_at, c.id FROM cab_agenda_items i JOIN changes c ON c.id = "
                       "i.change_id JOIN members r ON r.id = c.requester_id LEFT JOIN members d "
                       "ON d.id = i.decided_by_id WHERE i.meeting_id = ? ORDER BY i.position"),
        {m.id});
    if (!items)
        return items.error();
    while (items->next()) {
        AgendaItem i;
        i.position = items->value(0).toInt();
        i.number = items->value(1).toInt();
        i.title = items->value(2).toString();
        i.changeType = parseChangeType(items->value(3).toString()).value_or(ChangeType::Normal);
        if (!items->value(4).isNull())
            i.riskLevel = parseRiskLevel(items->value(4).toString());
        i.priority = parsePriority(items->value(5).toString()).value_or(Priority::Medium);
        i.plannedStart = Dialect::fromDb(items->value(6));
        i.requester = items->value(7).toString();
        i.timeBoxMinutes = items->value(8).toInt();
        i.late = items->value(9).toInt() != 0;
        if (!items->value(10).isNull())
            i.decision = parseCabDecision(items->value(10).toString());
        i.note = items->value(11).toString();
        i.votes = QJsonDocument::fromJson(items->value(12).toString().toUtf8()).array();
        i.attendees = QJsonDocument::fromJson(items->value(13).toString().toUtf8()).array();
        i.decidedBy = items->value(14).toString();
        i.startedAt = Dialect::fromDb(items->value(15));
        i.decidedAt = Dialect::fromDb(items->value(16));
        i.changeId = items->value(17).toLongLong();
        m.agenda << i;
    }
    items->finish();
    auto seats = sql::run(
        m_store,
        QStringLiteral("SELECT m.username, cm.kind, a.status, dl.username FROM cab_members cm "
                       "JOIN members m ON m.id = cm.member_id LEFT JOIN cab_attendance a ON "
                       "a.meeting_id = ? AND a.member_id = cm.member_id LEFT JOIN members dl ON "
                       "dl.id = a.delegate_id WHERE cm.cab_id = ? ORDER BY cm.kind DESC, "
                       "m.username"),
        {m.id, cabId});
    if (!seats)
        return seats.error();
    while (seats->next()) {
        Attendance a;
        a.member = seats->value(0).toString();
        a.seat = seats->value(1).toString();
        a.status = seats->value(2).isNull() ? QStringLiteral("absent") : seats->value(2).toString();
        a.delegate = seats->value(3).toString();
        m.attendance << a;
    }
    seats->finish();
    if (withLate && m.status == QLatin1String("in_progress")) {
        auto now = eligible(m.cab, ws, m.scheduledStart);
        if (!now)
            return now.error();
        for (const AgendaItem &i : *now) {
            const bool onAgenda =
                std::any_of(m.agenda.begin(), m.agenda.end(),
                            [&](const AgendaItem &a) { return a.number == i.number; });
            if (!onAgenda)
                m.lateAdditions << i;
        }
    }
    return m;
}

Status Meetings::checkChair(const Actor &actor, const Meeting &m) const
{
    if (actor.member.username != m.cab.chair)
        return Error::rule(QStringLiteral("permission_denied"),
                           CoreText::tr("Only the chair of the CAB \"%1\" (%2) drives its "
                                        "meetings.")
                               .arg(m.cab.name, m.cab.chair),
                           {{QStringLiteral("chair"), m.cab.chair}});
    return {};
}

Status Meetings::writeAgenda(qint64 ws, qint64 meetingId, const QList<AgendaItem> &items)
{
    VIGILO_TRY(sql::run(
        m_store, QStringLiteral("DELETE FROM cab_agenda_items WHERE meeting_id = ?"), {meetingId}));
    for (int i = 0; i < items.size(); ++i)
        VIGILO_TRY(sql::run(m_store,
                            QStringLiteral("INSERT INTO cab_agenda_items (workspace_id, "
                                           "meeting_id, change_id, position, time_box_minutes) "
                                           "VALUES (?, ?, ?, ?, ?)"),
                            {ws, meetingId, items[i].changeId, i + 1, items[i].timeBoxMinutes}));
    return {};
}

Result<Meeting> Meetings::create(const Actor &caller, const QString &cabName, bool adHoc,
                                 const QDateTime &requestedStart)
{
    WriteScope scope(m_store, caller, Permission::ChangesApprove);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    const qint64 ws = actor.workspace.id;
    auto cab = m_cabs.get(actor, cabName);
    if (!cab)
        return cab.error();
    if (actor.member.username != cab->chair && !actor.can(Permission::ManageWorkspace))
        return Error::rule(QStringLiteral("permission_denied"),
                           CoreText::tr("Only the chair of the CAB \"%1\" (%2) or an admin "
                                        "creates its meetings.")
                               .arg(cab->name, cab->chair));
    const QDateTime now = m_clock.now();
    QDateTime start = requestedStart;
    if (!start.isValid())
        start = adHoc ? now : cab->nextSlot(now);
    if (!start.isValid())
        return Error::input(CoreText::tr("The CAB \"%1\" has no recurring slot: give the "
                                         "meeting's start (--start) or hold it ad hoc (--ad-hoc).")
                                .arg(cab->name),
                            {{QStringLiteral("field"), QStringLiteral("start")}});
    auto last = sql::scalar(
        m_store,
        QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM cab_meetings WHERE workspace_id = ?"),
        {ws});
    if (!last)
        return last.error();
    const int number = last->toInt() + 1;
    auto id =
        sql::insert(m_store,
                    QStringLiteral("INSERT INTO cab_meetings (workspace_id, number, cab_id, "
                                   "kind, scheduled_start, created_at) VALUES (?, ?, ?, ?, "
                                   "?, ?)"),
                    {ws, number, cab->id, adHoc ? QStringLiteral("ad_hoc") : QStringLiteral("slot"),
                     Dialect::toDb(start.toUTC()), Dialect::toDb(now)});
    if (!id)
        return id.error();
    auto agenda = eligible(*cab, ws, start);
    if (!agenda)
        return agenda.error();
    VIGILO_TRY(writeAgenda(ws, *id, *agenda));
    QJsonArray numbers;
    for (const AgendaItem &i : *agenda)
        numbers.append(formatChangeNumber(i.number));
    VIGILO_TRY(m_audit.record(
        ws, actor.member.username, QStringLiteral("meeting.create"), QStringLiteral("cab_meeting"),
        *id, 0, {},
        {{QStringLiteral("meeting"), number},
         {QStringLiteral("cab"), cab->name},
         {QStringLiteral("kind"), adHoc ? QStringLiteral("ad_hoc") : QStringLiteral("slot")},
         {QStringLiteral("scheduled_start"), jsonTime(start)},
         {QStringLiteral("agenda"), numbers}}));
    auto out = load(ws, number, false);
    if (!out)
        return out.error();
    VIGILO_TRY(scope.commit());
    return out;
}

Result<Meeting> Meetings::get(const Actor &actor, int number) const
{
    return load(actor.workspace.id, number, true);
}

Result<QList<MeetingSummary>> Meetings::list(const Actor &actor, const QString &cab) const
{
    auto q = sql::run(
        m_store,
        QStringLiteral("SELECT m.number, b.name, m.kind, m.status, m.scheduled_start, "
                       "m.started_at, m.closed_at, (SELECT COUNT(*) FROM cab_agenda_items i WHERE "
                       "i.meeting_id = m.id) FROM cab_meetings m JOIN cabs b ON b.id = m.cab_id "
                       "WHERE m.workspace_id = ? AND (? = '' OR b.name = ?) ORDER BY m.number "
                       "DESC LIMIT 100"),
        {actor.workspace.id, cab, cab});
    if (!q)
        return q.error();
    QList<MeetingSummary> out;
    while (q->next()) {
        MeetingSummary m;
        m.number = q->value(0).toInt();
        m.cab = q->value(1).toString();
        m.kind = q->value(2).toString();
        m.status = q->value(3).toString();
        m.scheduledStart = Dialect::fromDb(q->value(4));
        m.startedAt = Dialect::fromDb(q->value(5));
        m.closedAt = Dialect::fromDb(q->value(6));
        m.items = q->value(7).toInt();
        out << m;
    }
    return out;
}

QJsonObject MeetingSummary::toJson() const
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("cab"), cab},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("status"), status},
            {QStringLiteral("scheduled_start"), jsonTime(scheduledStart)},
            {QStringLiteral("started_at"), jsonTime(startedAt)},
            {QStringLiteral("closed_at"), jsonTime(closedAt)},
            {QStringLiteral("items"), items}};
}

Result<Meeting> Meetings::editAgenda(const Actor &caller, int number, const AgendaEdit &edit)
{
    WriteScope scope(m_store, caller, Permission::ChangesApprove);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    const qint64 ws = actor.workspace.id;
    auto m = load(ws, number, false);
    if (!m)
        return m.error();
    VIGILO_TRY(checkChair(actor, *m));
    if (m->status != QLatin1String("planned"))
        return Error::rule(QStringLiteral("agenda_frozen"),
                           CoreText::tr("The agenda of meeting %1 was frozen when it started. A "
                                        "change that became eligible since is a late addition: "
                                        "admit it (meeting admit) or leave it for the next "
                                        "meeting.")
                               .arg(number),
                           {{QStringLiteral("meeting"), number}});
    const QList<AgendaItem> before = m->agenda;
    QList<AgendaItem> items = m->agenda;
    auto candidates = eligible(m->cab, ws, m->scheduledStart);
    if (!candidates)
        return candidates.error();
    if (edit.rebuild)
        items = *candidates;
    auto indexOf = [&](int change) {
        for (int i = 0; i < items.size(); ++i)
            if (items[i].number == change)
                return i;
        return -1;
    };
    auto notOnAgenda = [&](int change) {
        return Error::rule(QStringLiteral("not_on_agenda"),
                           CoreText::tr("%1 is not on the agenda of meeting %2.")
                               .arg(formatChangeNumber(change))
                               .arg(number),
                           {{QStringLiteral("change"), formatChangeNumber(change)}});
    };
    for (int change : edit.remove) {
        const int i = indexOf(change);
        if (i < 0)
            return notOnAgenda(change);
        items.removeAt(i);
    }
    for (int change : edit.add) {
        if (indexOf(change) >= 0)
            continue;
        const auto it = std::find_if(candidates->begin(), candidates->end(),
                                     [&](const AgendaItem &c) { return c.number == change; });
        if (it == candidates->end())
            return Error::rule(QStringLiteral("agenda_ineligible"),
                               CoreText::tr("%1 cannot go on the agenda of the CAB \"%2\": only "
                                            "changes in review whose pending approval step is "
                                            "this CAB's are decided in its meetings.")
                                   .arg(formatChangeNumber(change), m->cab.name),
                               {{QStringLiteral("change"), formatChangeNumber(change)}});
        items << *it;
    }
    for (const auto &[change, position] : edit.moves) {
        const int i = indexOf(change);
        if (i < 0)
            return notOnAgenda(change);
        if (position < 1 || position > items.size())
            return Error::input(CoreText::tr("Position %1 is outside the agenda (1 to %2).")
                                    .arg(position)
                                    .arg(items.size()),
                                {{QStringLiteral("field"), QStringLiteral("position")}});
        items.move(i, position - 1);
    }
    for (const auto &[change, minutes] : edit.timeBoxes) {
        const int i = indexOf(change);
        if (i < 0)
            return notOnAgenda(change);
        if (minutes < 1 || minutes > 240)
            return Error::input(CoreText::tr("An item's time box is 1 to 240 minutes."),
                                {{QStringLiteral("field"), QStringLiteral("time_box")}});
        items[i].timeBoxMinutes = minutes;
    }
    VIGILO_TRY(writeAgenda(ws, m->id, items));
    auto numbers = [](const QList<AgendaItem> &list) {
        QJsonArray a;
        for (const AgendaItem &i : list)
            a.append(QStringLiteral("%1 (%2 min)")
                         .arg(formatChangeNumber(i.number))
                         .arg(i.timeBoxMinutes));
        return a;
    };
    VIGILO_TRY(m_audit.record(
        ws, actor.member.username, QStringLiteral("meeting.agenda"), QStringLiteral("cab_meeting"),
        m->id, 0, {{QStringLiteral("agenda"), numbers(before)}},
        {{QStringLiteral("meeting"), number}, {QStringLiteral("agenda"), numbers(items)}}));
    auto out = load(ws, number, false);
    if (!out)
        return out.error();
    VIGILO_TRY(scope.commit());
    return out;
}

Result<Meeting> Meetings::start(const Actor &caller, int number)
{
    WriteScope scope(m_store, caller, Permission::ChangesApprove);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    const qint64 ws = actor.workspace.id;
    auto m = load(ws, number, false);
    if (!m)
        return m.error();
    VIGILO_TRY(checkChair(actor, *m));
    if (m->status != QLatin1String("planned"))
        return Error::rule(QStringLiteral("invalid_transition"),
                           CoreText::tr("Meeting %1 has already started.").arg(number),
                           {{QStringLiteral("status"), m->status}});
    const QDateTime now = m_clock.now();
    VIGILO_TRY(sql::run(m_store,
                        QStringLiteral("UPDATE cab_meetings SET status = 'in_progress', "
                                       "started_at = ? WHERE id = ?"),
                        {Dialect::toDb(now), m->id}));
    VIGILO_TRY(sql::run(m_store,
                        QStringLiteral("UPDATE cab_agenda_items SET started_at = ? WHERE "
                                       "meeting_id = ? AND position = 1"),
                        {Dialect::toDb(now), m->id}));
    QJsonArray numbers;
    for (const AgendaItem &i : m->agenda)
        numbers.append(formatChangeNumber(i.number));
    VIGILO_TRY(m_audit.record(ws, actor.member.username, QStringLiteral("meeting.start"),
                              QStringLiteral("cab_meeting"), m->id, 0,
                              {{QStringLiteral("status"), QStringLiteral("planned")}},
                              {{QStringLiteral("meeting"), number},
                               {QStringLiteral("status"), QStringLiteral("in_progress")},
                               {QStringLiteral("frozen_agenda"), numbers}}));
    auto out = load(ws, number, true);
    if (!out)
        return out.error();
    VIGILO_TRY(scope.commit());
    return out;
}

Result<Meeting> Meetings::attend(const Actor &caller, int number, const QString &member,
                                 const QString &status, const QString &delegate)
{
    WriteScope scope(m_store, caller, Permission::ChangesApprove);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    const qint64 ws = actor.workspace.id;
    auto m = load(ws, number, false);
    if (!m)
        return m.error();
    VIGILO_TRY(checkChair(actor, *m));
    if (m->status == QLatin1String("closed"))
        return Error::rule(
            QStringLiteral("invalid_transition"),
            CoreText::tr("Meeting %1 is closed; its attendance is in the minutes.").arg(number));
    const auto seat = std::find_if(m->attendance.begin(), m->attendance.end(),
                                   [&](const Attendance &a) { return a.member == member; });
    if (seat == m->attendance.end())
        return Error::input(CoreText::tr("%1 is not a member of the CAB \"%2\"; attendance is "
                                         "recorded for its voting members and advisers.")
                                .arg(member, m->cab.name),
                            {{QStringLiteral("field"), QStringLiteral("member")}});
    if (status != QLatin1String("present") && status != QLatin1String("absent")
        && status != QLatin1String("represented"))
        return Error::input(
            CoreText::tr("Attendance is present, absent or represented (by a delegate)."),
            {{QStringLiteral("field"), QStringLiteral("status")}});
    QVariant delegateId;
    if (status == QLatin1String("represented")) {
        if (delegate.isEmpty() || delegate == member)
            return Error::input(CoreText::tr("Name the delegate who represents %1 (another "
                                             "member of the workspace).")
                                    .arg(member),
                                {{QStringLiteral("field"), QStringLiteral("delegate")}});
        auto d = sql::memberByUsername(m_store, ws, delegate);
        if (!d)
            return d.error();
        if (!d->active)
            return Error::input(
                CoreText::tr("%1 is deactivated and cannot represent anyone.").arg(delegate),
                {{QStringLiteral("field"), QStringLiteral("delegate")}});
        delegateId = d->id;
    } else if (!delegate.isEmpty()) {
        return Error::input(CoreText::tr("A delegate goes with \"represented\" only."),
                            {{QStringLiteral("field"), QStringLiteral("delegate")}});
    }
    auto who = sql::memberByUsername(m_store, ws, member);
    if (!who)
        return who.error();
    VIGILO_TRY(sql::run(m_store,
                        QStringLiteral("DELETE FROM cab_attendance WHERE meeting_id = ? AND "
                                       "member_id = ?"),
                        {m->id, who->id}));
    VIGILO_TRY(sql::run(m_store,
                        QStringLiteral("INSERT INTO cab_attendance (workspace_id, meeting_id, "
                                       "member_id, status, delegate_id) VALUES (?, ?, ?, ?, ?)"),
                        {ws, m->id, who->id, status, delegateId}));
    VIGILO_TRY(m_audit.record(
        ws, actor.member.username, QStringLiteral("meeting.attend"), QStringLiteral("cab_meeting"),
        m->id, 0, {{QStringLiteral("status"), seat->status}},
        {{QStringLiteral("meeting"), number},
         {QStringLiteral("member"), member},
         {QStringLiteral("status"), status},
         {QStringLiteral("delegate"), delegate.isEmpty() ? QJsonValue() : delegate}}));
    auto out = load(ws, number, true);
    if (!out)
        return out.error();
    VIGILO_TRY(scope.commit());
    return out;
}

Result<Meeting> Meetings::decide(const Actor &caller, int number, int changeNumber,
                                 const DecisionInput &in)
{
    const QString text = in.text.trimmed();
    VIGILO_TRY(
        input::checkText(QStringLiteral("text"), text, input::kMaxNote, input::Lines::Multi));
    WriteScope scope(m_store, caller, Permission::ChangesApprove);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    const qint64 ws = actor.workspace.id;
    auto m = load(ws, number, true);
    if (!m)
        return m.error();
    VIGILO_TRY(checkChair(actor, *m));
    const QString numberText = formatChangeNumber(changeNumber);
    if (m->status != QLatin1String("in_progress"))
        return Error::rule(QStringLiteral("meeting_not_in_progress"),
                           CoreText::tr("Meeting %1 is %2: decisions are taken while it is in "
                                        "progress (meeting start).")
                               .arg(number)
                               .arg(m->status),
                           {{QStringLiteral("status"), m->status}});
    const auto item = std::find_if(m->agenda.begin(), m->agenda.end(),
                                   [&](const AgendaItem &i) { return i.number == changeNumber; });
    if (item == m->agenda.end()) {
        const bool late =
            std::any_of(m->lateAdditions.begin(), m->lateAdditions.end(),
                        [&](const AgendaItem &i) { return i.number == changeNumber; });
        return Error::rule(
            QStringLiteral("not_on_agenda"),
            late ? CoreText::tr("%1 is a late addition to meeting %2: the chair "
                                "admits it first (meeting admit).")
                       .arg(numberText)
                       .arg(number)
                 : CoreText::tr("%1 is not on the agenda of meeting %2.")
                       .arg(numberText)
                       .arg(number),
            {{QStringLiteral("change"), numberText}, {QStringLiteral("late_addition"), late}});
    }
    if (item->decision)
        return Error::rule(QStringLiteral("already_decided"),
                           CoreText::tr("Meeting %1 has decided on %2 already (%3); a CAB "
                                        "decision is final.")
                               .arg(number)
                               .arg(numberText, toString(*item->decision)),
                           {{QStringLiteral("decision"), toString(*item->decision)}});
    if (actor.member.username == item->requester)
        return Error::rule(QStringLiteral("self_approval_forbidden"),
                           CoreText::tr("You requested %1, so you cannot record the CAB's "
                                        "decision on it. Another chair has to.")
                               .arg(numberText),
                           {{QStringLiteral("requester"), item->requester}});
    // Who may vote on this item: voting members present or represented, except its requester.
    QJsonArray attendees;
    int quorumPresent = 0;
    bool requesterSits = false;
    for (const Attendance &a : m->attendance) {
        if (a.status == QLatin1String("absent"))
            continue;
        attendees.append(a.toJson());
        if (a.seat != QLatin1String("voting"))
            continue;
        if (a.member == item->requester)
            requesterSits = true;
        else
            ++quorumPresent;
    }
    const int required = m->cab.quorumRequired();
    if (quorumPresent < required)
        return Error::rule(
            QStringLiteral("cab_quorum_not_met"),
            CoreText::tr("The CAB \"%1\" needs %2 voting members present or represented to "
                         "decide on %3; %4 are. Record who is present (meeting attend) first.")
                .arg(m->cab.name)
                .arg(required)
                .arg(numberText)
                .arg(quorumPresent),
            {{QStringLiteral("required"), required},
             {QStringLiteral("present"), quorumPresent},
             {QStringLiteral("requester_excluded"), requesterSits}});
    QJsonArray votes;
    QStringList voters;
    for (const auto &[voter, vote] : in.votes) {
        if (voter == item->requester)
            return Error::rule(
                QStringLiteral("self_approval_forbidden"),
                CoreText::tr("%1 requested %2 and does not vote on it.").arg(voter, numberText),
                {{QStringLiteral("requester"), voter}});
        const auto seat =
            std::find_if(m->attendance.begin(), m->attendance.end(),
                         [&who = voter](const Attendance &a) { return a.member == who; });
        if (seat == m->attendance.end() || seat->seat != QLatin1String("voting")
            || seat->status == QLatin1String("absent"))
            return Error::rule(QStringLiteral("not_eligible_approver"),
                               CoreText::tr("%1 is not a voting member present (or represented) "
                                            "at meeting %2 and cannot vote.")
                                   .arg(voter)
                                   .arg(number),
                               {{QStringLiteral("field"), QStringLiteral("votes")},
                                {QStringLiteral("member"), voter}});
        if (vote != QLatin1String("approve") && vote != QLatin1String("reject")
            && vote != QLatin1String("abstain"))
            return Error::input(CoreText::tr("A vote is approve, reject or abstain (\"%1\" for "
                                             "%2).")
                                    .arg(vote, voter),
                                {{QStringLiteral("field"), QStringLiteral("votes")}});
        if (voters.contains(voter))
            return Error::input(CoreText::tr("%1 votes once.").arg(voter),
                                {{QStringLiteral("field"), QStringLiteral("votes")}});
        voters << voter;
        QJsonObject v{{QStringLiteral("member"), voter}, {QStringLiteral("vote"), vote}};
        if (seat->status == QLatin1String("represented"))
            v.insert(QStringLiteral("cast_by"), seat->delegate);
        votes.append(v);
    }
    if (text.isEmpty() && in.decision != CabDecision::Approve) {
        QString field, message;
        switch (in.decision) {
        case CabDecision::ApproveWithConditions:
            field = QStringLiteral("conditions");
            message = CoreText::tr("Write the conditions of the approval (--conditions).");
            break;
        case CabDecision::Reject:
            field = QStringLiteral("reason");
            message = CoreText::tr("Say why the CAB rejects %1 (--reason).").arg(numberText);
            break;
        case CabDecision::Defer:
            field = QStringLiteral("note");
            message = CoreText::tr("Say why %1 is deferred (--note).").arg(numberText);
            break;
        default:
            field = QStringLiteral("question");
            message = CoreText::tr("Ask the requester what the CAB needs to know (--question).");
            break;
        }
        return Error::rule(QStringLiteral("reason_required"), message,
                           {{QStringLiteral("field"), field}});
    }
    const QJsonObject meetingDetails{{QStringLiteral("cab"), m->cab.name},
                                     {QStringLiteral("meeting"), number},
                                     {QStringLiteral("cab_decision"), toString(in.decision)},
                                     {QStringLiteral("attendees"), attendees},
                                     {QStringLiteral("votes"), votes}};
    switch (in.decision) {
    case CabDecision::Approve:
    case CabDecision::ApproveWithConditions: {
        TransitionInput t;
        t.comment = text;
        t.cab = m->cab.name;
        t.cabDetails = meetingDetails;
        if (in.decision == CabDecision::ApproveWithConditions)
            t.cabDetails.insert(QStringLiteral("approval_conditions"), text);
        auto changed = m_changes.apply(actor, changeNumber, Action::Approve, t);
        if (!changed)
            return changed.error();
        VIGILO_TRY(sql::run(m_store,
                            QStringLiteral("UPDATE changes SET approval_conditions = ? WHERE id "
                                           "= ?"),
                            {in.decision == CabDecision::ApproveWithConditions ? text : QString(),
                             item->changeId}));
        break;
    }
    case CabDecision::Reject: {
        TransitionInput t;
        t.reason = text;
        t.cab = m->cab.name;
        t.cabDetails = meetingDetails;
        auto changed = m_changes.apply(actor, changeNumber, Action::Reject, t);
        if (!changed)
            return changed.error();
        break;
    }
    case CabDecision::Defer:
    case CabDecision::NeedsInformation: {
        // The change stays in review with the CAB's step pending (the FSM has no way back to
        // draft): it is on the next meeting's agenda; the requester gets the question as a
        // comment on the change.
        auto change = sql::loadChange(m_store, ws, changeNumber, sql::ChangeParts::State);
        if (!change)
            return change.error();
        if (change->status != ChangeStatus::Review)
            return Error::rule(QStringLiteral("invalid_transition"),
                               CoreText::tr("%1 is no longer in review.").arg(numberText));
        QJsonObject details = meetingDetails;
        details.insert(in.decision == CabDecision::Defer ? QStringLiteral("note")
                                                         : QStringLiteral("question"),
                       text);
        VIGILO_TRY(m_audit.record(ws, actor.member.username,
                                  in.decision == CabDecision::Defer
                                      ? QStringLiteral("change.cab_defer")
                                      : QStringLiteral("change.cab_needs_information"),
                                  QStringLiteral("change"), change->id, changeNumber, {}, details));
        if (in.decision == CabDecision::NeedsInformation) {
            auto comment = m_discussion.addComment(
                actor, changeNumber,
                CoreText::tr("Question of the CAB \"%1\" (meeting %2) to %3: %4")
                    .arg(m->cab.name)
                    .arg(number)
                    .arg(item->requester, text));
            if (!comment)
                return comment.error();
        }
        break;
    }
    }
    const QDateTime now = m_clock.now();
    VIGILO_TRY(sql::run(
        m_store,
        QStringLiteral("UPDATE cab_agenda_items SET decision = ?, note = ?, votes = ?, attendees "
                       "= ?, decided_by_id = ?, decided_at = ?, started_at = COALESCE(started_at, "
                       "?) WHERE meeting_id = ? AND change_id = ?"),
        {toString(in.decision), text,
         QString::fromUtf8(QJsonDocument(votes).toJson(QJsonDocument::Compact)),
         QString::fromUtf8(QJsonDocument(attendees).toJson(QJsonDocument::Compact)),
         actor.member.id, Dialect::toDb(now), Dialect::toDb(now), m->id, item->changeId}));
    // The next undecided item's clock starts now.
    for (const AgendaItem &next : m->agenda)
        if (!next.decision && next.number != changeNumber) {
            VIGILO_TRY(sql::run(m_store,
                                QStringLiteral("UPDATE cab_agenda_items SET started_at = ? "
                                               "WHERE meeting_id = ? AND change_id = ? AND "
                                               "started_at IS NULL"),
                                {Dialect::toDb(now), m->id, next.changeId}));
            break;
        }
    auto out = load(ws, number, true);
    if (!out)
        return out.error();
    VIGILO_TRY(scope.commit());
    return out;
}

Result<Meeting> Meetings::admit(const Actor &caller, int number, int changeNumber)
{
    WriteScope scope(m_store, caller, Permission::ChangesApprove);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    const qint64 ws = actor.workspace.id;
    auto m = load(ws, number, true);
    if (!m)
        return m.error();
    VIGILO_TRY(checkChair(actor, *m));
    if (m->status != QLatin1String("in_progress"))
        return Error::rule(QStringLiteral("meeting_not_in_progress"),
                           CoreText::tr("Late additions are admitted while meeting %1 is in "
                                        "progress; before it starts, edit the agenda (meeting "
                                        "agenda --add).")
                               .arg(number),
                           {{QStringLiteral("status"), m->status}});
    const auto late = std::find_if(m->lateAdditions.begin(), m->lateAdditions.end(),
                                   [&](const AgendaItem &i) { return i.number == changeNumber; });
    if (late == m->lateAdditions.end())
        return Error::rule(QStringLiteral("agenda_ineligible"),
                           CoreText::tr("%1 is not a late addition to meeting %2: it is on the "
                                        "agenda already, or the CAB \"%3\" does not decide it.")
                               .arg(formatChangeNumber(changeNumber))
                               .arg(number)
                               .arg(m->cab.name),
                           {{QStringLiteral("change"), formatChangeNumber(changeNumber)}});
    const bool idle = m->currentItem() == nullptr;
    const QDateTime now = m_clock.now();
    VIGILO_TRY(sql::run(m_store,
                        QStringLiteral("INSERT INTO cab_agenda_items (workspace_id, meeting_id, "
                                       "change_id, position, time_box_minutes, late, started_at) "
                                       "VALUES (?, ?, ?, ?, ?, 1, ?)"),
                        {ws, m->id, late->changeId, int(m->agenda.size()) + 1, m->cab.itemMinutes,
                         idle ? Dialect::toDb(now) : QVariant()}));
    VIGILO_TRY(
        m_audit.record(ws, actor.member.username, QStringLiteral("meeting.admit"),
                       QStringLiteral("cab_meeting"), m->id, changeNumber, {},
                       {{QStringLiteral("meeting"), number},
                        {QStringLiteral("late_addition"), formatChangeNumber(changeNumber)}}));
    auto out = load(ws, number, true);
    if (!out)
        return out.error();
    VIGILO_TRY(scope.commit());
    return out;
}

Result<Meeting> Meetings::close(const Actor &caller, int number)
{
    WriteScope scope(m_store, caller, Permission::ChangesApprove);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    const qint64 ws = actor.workspace.id;
    auto m = load(ws, number, true);
    if (!m)
        return m.error();
    VIGILO_TRY(checkChair(actor, *m));
    if (m->status != QLatin1String("in_progress"))
        return Error::rule(QStringLiteral("meeting_not_in_progress"),
                           CoreText::tr("Meeting %1 is %2: only a meeting in progress is closed.")
                               .arg(number)
                               .arg(m->status),
                           {{QStringLiteral("status"), m->status}});
    const QDateTime now = m_clock.now();
    QJsonArray attendees, items, late;
    for (const Attendance &a : m->attendance)
        attendees.append(a.toJson());
    for (const AgendaItem &i : m->agenda) {
        QJsonObject o = i.toJson();
        if (!i.decision)
            o.insert(QStringLiteral("fate"), QStringLiteral("next_meeting"));
        items.append(o);
        if (i.late)
            late.append(
                QJsonObject{{QStringLiteral("number"), formatChangeNumber(i.number)},
                            {QStringLiteral("title"), i.title},
                            {QStringLiteral("fate"), QStringLiteral("admitted")},
                            {QStringLiteral("decision"),
                             i.decision ? QJsonValue(toString(*i.decision)) : QJsonValue()}});
    }
    for (const AgendaItem &i : m->lateAdditions)
        late.append(QJsonObject{{QStringLiteral("number"), formatChangeNumber(i.number)},
                                {QStringLiteral("title"), i.title},
                                {QStringLiteral("fate"), QStringLiteral("next_meeting")}});
    const QJsonObject minutes{{QStringLiteral("meeting"), number},
                              {QStringLiteral("cab"), m->cab.name},
                              {QStringLiteral("chair"), m->cab.chair},
                              {QStringLiteral("kind"), m->kind},
                              {QStringLiteral("workspace"), actor.workspace.name},
                              {QStringLiteral("scheduled_start"), jsonTime(m->scheduledStart)},
                              {QStringLiteral("started_at"), jsonTime(m->startedAt)},
                              {QStringLiteral("closed_at"), jsonTime(now)},
                              {QStringLiteral("quorum_required"), m->cab.quorumRequired()},
                              {QStringLiteral("attendees"), attendees},
                              {QStringLiteral("items"), items},
                              {QStringLiteral("late_additions"), late}};
    VIGILO_TRY(sql::run(m_store,
                        QStringLiteral("UPDATE cab_meetings SET status = 'closed', closed_at = "
                                       "?, minutes = ? WHERE id = ?"),
                        {Dialect::toDb(now),
                         QString::fromUtf8(QJsonDocument(minutes).toJson(QJsonDocument::Compact)),
                         m->id}));
    VIGILO_TRY(m_audit.record(ws, actor.member.username, QStringLiteral("meeting.close"),
                              QStringLiteral("cab_meeting"), m->id, 0,
                              {{QStringLiteral("status"), QStringLiteral("in_progress")}},
                              {{QStringLiteral("status"), QStringLiteral("closed")},
                               {QStringLiteral("minutes"), minutes}}));
    auto out = load(ws, number, false);
    if (!out)
        return out.error();
    VIGILO_TRY(scope.commit());
    return out;
}

QJsonObject ConditionRound::toJson() const
{
    return {{QStringLiteral("round"), round},
            {QStringLiteral("conditions"), conditions},
            {QStringLiteral("decided_at"), jsonTime(decidedAt)},
            {QStringLiteral("decided_by"), decidedBy},
            {QStringLiteral("cab"), cab},
            {QStringLiteral("meeting"), meeting},
            {QStringLiteral("current"), current}};
}

QList<ConditionRound> Meetings::conditionRounds(const QList<AuditEvent> &events)
{
    QList<ConditionRound> out;
    int round = 1;
    for (const AuditEvent &e : events) {
        if (e.action == QLatin1String("change.edit")
            && e.newValues.contains(QStringLiteral("reapproval")))
            ++round;
        const QString conditions =
            e.newValues.value(QStringLiteral("approval_conditions")).toString();
        if (e.action != QLatin1String("change.approve") || conditions.isEmpty())
            continue;
        ConditionRound r;
        r.round = round;
        r.conditions = conditions;
        r.decidedAt = e.at;
        r.decidedBy = e.actor;
        r.cab = e.newValues.value(QStringLiteral("cab")).toString();
        r.meeting = e.newValues.value(QStringLiteral("meeting")).toInt();
        out << r;
    }
    for (ConditionRound &r : out)
        r.current = r.round == round;
    return out;
}

const char *Meetings::decisionSource(const QString &d)
{
    if (d == QLatin1String("approve"))
        return QT_TRANSLATE_NOOP("Vigilo", "Approved");
    if (d == QLatin1String("approve_with_conditions"))
        return QT_TRANSLATE_NOOP("Vigilo", "Approved with conditions");
    if (d == QLatin1String("reject"))
        return QT_TRANSLATE_NOOP("Vigilo", "Rejected");
    if (d == QLatin1String("defer"))
        return QT_TRANSLATE_NOOP("Vigilo", "Deferred to the next meeting");
    if (d == QLatin1String("needs_information"))
        return QT_TRANSLATE_NOOP("Vigilo", "Needs information from the requester");
    return QT_TRANSLATE_NOOP("Vigilo", "Not decided (next meeting)");
}

QString Meetings::minutesMarkdown(const QJsonObject &mi, const QLocale &locale)
{
    auto when = [&](const QString &key) {
        const QDateTime t = QDateTime::fromString(mi.value(key).toString(), Qt::ISODate);
        return t.isValid() ? locale.toString(t.toUTC(), QLocale::LongFormat) : QStringLiteral("-");
    };
    QString out;
    out += QStringLiteral("# ")
           + CoreText::tr("Minutes of the CAB \"%1\", meeting %2")
                 .arg(mi.value(QStringLiteral("cab")).toString())
                 .arg(mi.value(QStringLiteral("meeting")).toInt())
           + QStringLiteral("\n\n");
    out += QStringLiteral("- ")
           + CoreText::tr("Chair: %1").arg(mi.value(QStringLiteral("chair")).toString())
           + QLatin1Char('\n');
    out += QStringLiteral("- ")
           + CoreText::tr("Started: %1").arg(when(QStringLiteral("started_at")))
           + QLatin1Char('\n');
    out += QStringLiteral("- ") + CoreText::tr("Closed: %1").arg(when(QStringLiteral("closed_at")))
           + QLatin1Char('\n');
    out += QStringLiteral("- ")
           + CoreText::tr("Quorum: %n voting members", nullptr,
                          mi.value(QStringLiteral("quorum_required")).toInt())
           + QStringLiteral("\n\n## ") + CoreText::tr("Attendees") + QStringLiteral("\n\n");
    for (const QJsonValue &v : mi.value(QStringLiteral("attendees")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString status = a.value(QStringLiteral("status")).toString();
        QString state = status == QLatin1String("present") ? CoreText::tr("present")
                        : status == QLatin1String("absent")
                            ? CoreText::tr("absent")
                            : CoreText::tr("represented by %1")
                                  .arg(a.value(QStringLiteral("delegate")).toString());
        out += QStringLiteral("- %1 (%2): %3\n")
                   .arg(a.value(QStringLiteral("member")).toString(),
                        a.value(QStringLiteral("seat")).toString() == QLatin1String("voting")
                            ? CoreText::tr("voting member")
                            : CoreText::tr("adviser"),
                        state);
    }
    out += QStringLiteral("\n## ") + CoreText::tr("Decisions") + QStringLiteral("\n\n");
    for (const QJsonValue &v : mi.value(QStringLiteral("items")).toArray()) {
        const QJsonObject i = v.toObject();
        out += QStringLiteral("### %1 %2\n\n")
                   .arg(i.value(QStringLiteral("number")).toString(),
                        i.value(QStringLiteral("title")).toString());
        out += QStringLiteral("- ")
               + CoreText::tr("Decision: %1")
                     .arg(decisionLabel(i.value(QStringLiteral("decision")).toString()))
               + QLatin1Char('\n');
        if (!i.value(QStringLiteral("note")).toString().isEmpty())
            out += QStringLiteral("- ")
                   + CoreText::tr("Note: %1").arg(i.value(QStringLiteral("note")).toString())
                   + QLatin1Char('\n');
        QStringList votes;
        for (const QJsonValue &vote : i.value(QStringLiteral("votes")).toArray())
            votes << QStringLiteral("%1: %2").arg(
                vote.toObject().value(QStringLiteral("member")).toString(),
                vote.toObject().value(QStringLiteral("vote")).toString());
        if (!votes.isEmpty())
            out += QStringLiteral("- ")
                   + CoreText::tr("Votes: %1").arg(votes.join(QStringLiteral(", ")))
                   + QLatin1Char('\n');
        const int secs = i.value(QStringLiteral("seconds_spent")).toInt();
        out += QStringLiteral("- ")
               + CoreText::tr("Time spent: %1 of %n minutes", nullptr,
                              i.value(QStringLiteral("time_box_minutes")).toInt())
                     .arg(QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10,
                                                                     QLatin1Char('0')))
               + QStringLiteral("\n\n");
    }
    out += QStringLiteral("## ") + CoreText::tr("Late additions") + QStringLiteral("\n\n");
    const QJsonArray late = mi.value(QStringLiteral("late_additions")).toArray();
    if (late.isEmpty())
        out += CoreText::tr("None.") + QLatin1Char('\n');
    for (const QJsonValue &v : late) {
        const QJsonObject l = v.toObject();
        const QString fate =
            l.value(QStringLiteral("fate")).toString() == QLatin1String("admitted")
                ? CoreText::tr("admitted by the chair: %1")
                      .arg(decisionLabel(l.value(QStringLiteral("decision")).toString()))
                : CoreText::tr("left for the next meeting");
        out += QStringLiteral("- %1 %2: %3\n")
                   .arg(l.value(QStringLiteral("number")).toString(),
                        l.value(QStringLiteral("title")).toString(), fate);
    }
    return out;
}

} // namespace vigilo
