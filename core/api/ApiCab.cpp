// Methods on change advisory boards and their meetings (issue 15). meeting.now answers a
// projector in one round trip: the meeting, its current item with everything the room needs,
// attendance, quorum, late additions and the item's timer.
#include "ApiUtil.h"

#include "Clock.h"
#include "Tr.h"
#include "Vigilo.h"

namespace vigilo::api {

namespace {

Error badField(const QString &field, const QString &message)
{
    return Error::input(message, {{QStringLiteral("field"), field}});
}

Result<QJsonValue> meetingAnswer(const Result<Meeting> &m)
{
    if (!m)
        return m.error();
    return QJsonValue(QJsonObject{{QStringLiteral("meeting"), m->toJson()}});
}

int meetingNumber(const Call &c)
{
    return int(c.args.integer(QStringLiteral("meeting")));
}

Result<QJsonValue> roomAnswer(const Call &c, int meetingNo);

// A write's answer: the meeting, or with `room` what meeting.now answers after the write, so
// that the projector takes one round trip per action.
Result<QJsonValue> writeAnswer(const Call &c, const Result<Meeting> &m)
{
    if (!m)
        return m.error();
    if (c.args.boolean(QStringLiteral("room")))
        return roomAnswer(c, m->number);
    return meetingAnswer(m);
}

Result<QJsonValue> cabAdd(const Call &c)
{
    const Args &a = c.args;
    Cab cab;
    cab.name = a.text(QStringLiteral("name"));
    cab.chair = a.text(QStringLiteral("chair"));
    cab.voting = a.textList(QStringLiteral("voting"));
    cab.advisers = a.textList(QStringLiteral("advisers"));
    const QString quorum = a.text(QStringLiteral("quorum")).trimmed();
    bool ok = false;
    if (quorum.endsWith(QLatin1Char('%'))) {
        cab.quorumPercent = quorum.chopped(1).trimmed().toInt(&ok);
        ok = ok && cab.quorumPercent >= 1 && cab.quorumPercent <= 100;
    } else {
        cab.quorumCount = quorum.toInt(&ok);
        ok = ok && cab.quorumCount >= 1;
    }
    if (!ok)
        return badField(QStringLiteral("quorum"),
                        CoreText::tr("The quorum \"%1\" is neither a number of voting members "
                                     "(e.g. 3) nor a share of them (e.g. 50%).")
                            .arg(quorum));
    cab.slotWeekday = int(a.integer(QStringLiteral("slot_weekday"), 0));
    cab.slotTime = a.text(QStringLiteral("slot_time"));
    cab.slotTimeZone = a.text(QStringLiteral("slot_time_zone"), QStringLiteral("UTC"));
    cab.slotMinutes = int(a.integer(QStringLiteral("slot_minutes"), 60));
    if (cab.slotWeekday == 0 && !cab.slotTime.isEmpty())
        return badField(QStringLiteral("slot_weekday"),
                        CoreText::tr("A slot needs its weekday as well as its time."));
    if (a.has(QStringLiteral("agenda_types"))) {
        cab.agendaTypes.clear();
        for (const QString &t : a.textList(QStringLiteral("agenda_types"))) {
            const auto type = parseChangeType(t);
            if (!type)
                return badField(QStringLiteral("agenda_types"),
                                CoreText::tr("Unknown change type \"%1\": use normal or "
                                             "emergency.")
                                    .arg(t));
            if (!cab.agendaTypes.contains(*type))
                cab.agendaTypes << *type;
        }
    }
    cab.agendaWithinDays = int(a.integer(QStringLiteral("agenda_within_days"), 14));
    if (a.has(QStringLiteral("agenda_order")))
        cab.agendaOrder =
            parseAgendaOrder(a.text(QStringLiteral("agenda_order"))).value_or(AgendaOrder::Risk);
    cab.itemMinutes = int(a.integer(QStringLiteral("item_minutes"), 10));
    return one(QStringLiteral("cab"), c.core.cabs().add(*c.actor, cab));
}

Result<QJsonValue> cabList(const Call &c)
{
    return many(QStringLiteral("cabs"), c.core.cabs().list(*c.actor));
}

Result<QJsonValue> cabShow(const Call &c)
{
    return one(QStringLiteral("cab"),
               c.core.cabs().get(*c.actor, c.args.text(QStringLiteral("name"))));
}

Result<QJsonValue> meetingCreate(const Call &c)
{
    return writeAnswer(c, c.core.meetings().create(*c.actor, c.args.text(QStringLiteral("cab")),
                                                   c.args.boolean(QStringLiteral("ad_hoc")),
                                                   c.args.time(QStringLiteral("start"))));
}

Result<QJsonValue> meetingList(const Call &c)
{
    auto meetings = many(QStringLiteral("meetings"),
                         c.core.meetings().list(*c.actor, c.args.text(QStringLiteral("cab"))));
    if (!meetings || !c.args.boolean(QStringLiteral("with_cabs")))
        return meetings;
    // The CAB window's first page: the meetings and the CABs to hold one of, in one round trip.
    auto cabs = many(QStringLiteral("cabs"), c.core.cabs().list(*c.actor));
    if (!cabs)
        return cabs;
    QJsonObject out = meetings->toObject();
    out.insert(QStringLiteral("cabs"), cabs->toObject().value(QStringLiteral("cabs")));
    return QJsonValue(out);
}

Result<QJsonValue> meetingShow(const Call &c)
{
    return meetingAnswer(c.core.meetings().get(*c.actor, meetingNumber(c)));
}

// [{number, N}] pairs of an object list: {number: CHG, <key>: N}.
Result<QList<QPair<int, int>>> pairs(const Args &a, const QString &list, const QString &key)
{
    QList<QPair<int, int>> out;
    for (const QJsonObject &o : a.objectList(list)) {
        const QJsonValue n = o.value(QStringLiteral("number"));
        const auto number =
            n.isString() ? parseChangeNumber(n.toString()) : std::optional<int>(n.toInt());
        const QJsonValue v = o.value(key);
        if (!number || *number <= 0 || !v.isDouble())
            return badField(list, CoreText::tr("Each entry of \"%1\" is {\"number\": CHG, \"%2\": "
                                               "N}.")
                                      .arg(list, key));
        out.append({*number, v.toInt()});
    }
    return out;
}

Result<QJsonValue> meetingAgenda(const Call &c)
{
    const Args &a = c.args;
    const bool editing = a.has(QStringLiteral("add")) || a.has(QStringLiteral("remove"))
                         || a.has(QStringLiteral("moves")) || a.has(QStringLiteral("time_boxes"))
                         || a.boolean(QStringLiteral("rebuild"));
    if (!editing)
        return writeAnswer(c, c.core.meetings().get(*c.actor, meetingNumber(c)));
    AgendaEdit edit;
    edit.add = a.changeList(QStringLiteral("add"));
    edit.remove = a.changeList(QStringLiteral("remove"));
    edit.rebuild = a.boolean(QStringLiteral("rebuild"));
    auto moves = pairs(a, QStringLiteral("moves"), QStringLiteral("position"));
    if (!moves)
        return moves.error();
    auto boxes = pairs(a, QStringLiteral("time_boxes"), QStringLiteral("minutes"));
    if (!boxes)
        return boxes.error();
    edit.moves = *moves;
    edit.timeBoxes = *boxes;
    return writeAnswer(c, c.core.meetings().editAgenda(*c.actor, meetingNumber(c), edit));
}

Result<QJsonValue> meetingStart(const Call &c)
{
    return writeAnswer(c, c.core.meetings().start(*c.actor, meetingNumber(c)));
}

Result<QJsonValue> meetingAttend(const Call &c)
{
    return writeAnswer(c, c.core.meetings().attend(*c.actor, meetingNumber(c),
                                                   c.args.text(QStringLiteral("attendee")),
                                                   c.args.text(QStringLiteral("status")),
                                                   c.args.text(QStringLiteral("delegate"))));
}

Result<QJsonValue> meetingDecide(const Call &c)
{
    DecisionInput in;
    in.decision =
        parseCabDecision(c.args.text(QStringLiteral("decision"))).value_or(CabDecision::Approve);
    in.text = c.args.text(QStringLiteral("text"));
    for (const QJsonObject &o : c.args.objectList(QStringLiteral("votes"))) {
        const QJsonValue member = o.value(QStringLiteral("member"));
        const QJsonValue vote = o.value(QStringLiteral("vote"));
        if (!member.isString() || !vote.isString() || o.size() != 2)
            return badField(QStringLiteral("votes"),
                            CoreText::tr("Each vote is {\"member\": USER, \"vote\": "
                                         "\"approve\"|\"reject\"|\"abstain\"}."));
        in.votes.append({member.toString(), vote.toString()});
    }
    return writeAnswer(c,
                       c.core.meetings().decide(*c.actor, meetingNumber(c), c.args.change(), in));
}

Result<QJsonValue> meetingAdmit(const Call &c)
{
    return writeAnswer(c, c.core.meetings().admit(*c.actor, meetingNumber(c), c.args.change()));
}

Result<QJsonValue> meetingClose(const Call &c)
{
    return writeAnswer(c, c.core.meetings().close(*c.actor, meetingNumber(c)));
}

Result<QJsonValue> meetingMinutes(const Call &c)
{
    auto m = c.core.meetings().get(*c.actor, meetingNumber(c));
    if (!m)
        return m.error();
    if (m->status != QLatin1String("closed"))
        return Error::rule(QStringLiteral("meeting_not_closed"),
                           CoreText::tr("Meeting %1 has no minutes yet: they are written when the "
                                        "chair closes it (meeting close).")
                               .arg(m->number),
                           {{QStringLiteral("status"), m->status}});
    return QJsonValue(
        QJsonObject{{QStringLiteral("minutes"), m->minutes},
                    {QStringLiteral("markdown"),
                     Meetings::minutesMarkdown(m->minutes, QLocale(c.actor->workspace.locale))}});
}

// Everything a projector shows, in one call: meeting.now, and a write's answer with `room`.
Result<QJsonValue> roomAnswer(const Call &c, int meetingNo)
{
    // Read first: a client ignores the events up to it (its own write's among them) and reads
    // the room again for any later one.
    auto seq = c.core.subscriptions().latestSeq(*c.actor);
    if (!seq)
        return seq.error();
    auto m = c.core.meetings().get(*c.actor, meetingNo);
    if (!m)
        return m.error();
    QJsonObject out{{QStringLiteral("meeting"), m->toJson()}, {QStringLiteral("seq"), *seq}};
    const AgendaItem *item = m->currentItem();
    if (!item && m->status == QLatin1String("planned") && !m->agenda.isEmpty())
        item = &m->agenda.first(); // a preview before the meeting starts
    if (!item)
        return QJsonValue(out);
    const int number = item->number;
    auto change = c.core.changes().get(*c.actor, number);
    if (!change)
        return change.error();
    auto steps = c.core.approvals().steps(*c.actor, number);
    if (!steps)
        return steps.error();
    auto risk = c.core.risk().profile(*c.actor, number);
    if (!risk)
        return risk.error();
    auto conflicts = c.core.planning().conflicts(*c.actor, number);
    if (!conflicts)
        return conflicts.error();
    auto impact = c.core.impact().analyse(*c.actor, number);
    if (!impact)
        return impact.error();
    auto similar = c.core.planning().similar(*c.actor, number, 5);
    if (!similar)
        return similar.error();
    const QDateTime now = c.core.clock().now();
    const int elapsed = item->startedAt.isValid() ? int(item->startedAt.secsTo(now)) : 0;
    out.insert(
        QStringLiteral("current"),
        QJsonObject{
            {QStringLiteral("item"), item->toJson()},
            {QStringLiteral("change"), change->toJson()},
            {QStringLiteral("approval_steps"), jsonArray(*steps)},
            {QStringLiteral("risk"), risk->toJson()},
            {QStringLiteral("conflicts_summary"), conflicts->toJson()},
            {QStringLiteral("impact"), impact->toJson()},
            {QStringLiteral("similar_changes"), jsonArray(*similar)},
            {QStringLiteral("timer"),
             QJsonObject{{QStringLiteral("started_at"),
                          item->startedAt.isValid()
                              ? QJsonValue(item->startedAt.toUTC().toString(Qt::ISODate))
                              : QJsonValue()},
                         {QStringLiteral("time_box_minutes"), item->timeBoxMinutes},
                         {QStringLiteral("elapsed_seconds"), elapsed},
                         {QStringLiteral("overrun"), elapsed > item->timeBoxMinutes * 60}}}});
    return QJsonValue(out);
}

Result<QJsonValue> meetingNow(const Call &c)
{
    return roomAnswer(c, meetingNumber(c));
}

// With it, a write answers what meeting.now answers after it (the projector's one round trip).
Param room()
{
    return boolean(QStringLiteral("room"),
                   QStringLiteral("Answer as meeting.now does, after the write (CAB mode)"));
}

Param meeting()
{
    return integer(QStringLiteral("meeting"), 1, 1000000000, QStringLiteral("The meeting's number"),
                   true);
}

} // namespace

QList<Method> cabMethods()
{
    const QStringList decisions = [] {
        QStringList out;
        for (CabDecision d : allCabDecisions())
            out << toString(d);
        return out;
    }();
    const QStringList meetingErrors = {QStringLiteral("permission_denied")};
    return {
        {QStringLiteral("cab.add"),
         Scope::Workspace,
         QStringLiteral("Define a change advisory board (admins)."),
         {text(QStringLiteral("name"), QStringLiteral("The CAB's name"), true),
          text(QStringLiteral("chair"), QStringLiteral("The member who drives its meetings"), true),
          textList(QStringLiteral("voting"),
                   QStringLiteral("Voting members (approvers and above)")),
          textList(QStringLiteral("advisers"), QStringLiteral("Advisers (no vote)")),
          text(QStringLiteral("quorum"),
               QStringLiteral("Voting members needed: a number (3) or a share (50%)"), true),
          integer(QStringLiteral("slot_weekday"), 0, 7,
                  QStringLiteral("The recurring slot's weekday, 1 = Monday; 0: none")),
          text(QStringLiteral("slot_time"), QStringLiteral("The slot's local time, HH:mm")),
          text(QStringLiteral("slot_time_zone"), QStringLiteral("IANA time zone (default UTC)")),
          integer(QStringLiteral("slot_minutes"), 5, 1440,
                  QStringLiteral("The slot's length (default 60)")),
          textList(QStringLiteral("agenda_types"),
                   QStringLiteral("Change types the agenda takes (default normal, emergency)")),
          integer(QStringLiteral("agenda_within_days"), 0, 366,
                  QStringLiteral("Windows starting within N days of the meeting (default 14)")),
          oneOf(QStringLiteral("agenda_order"),
                {QStringLiteral("risk"), QStringLiteral("start"), QStringLiteral("number")},
                QStringLiteral("Agenda order: high risk first (default), by start, by number")),
          integer(QStringLiteral("item_minutes"), 1, 240,
                  QStringLiteral("Each item's time box (default 10)"))},
         QStringLiteral("{cab}"),
         {QStringLiteral("cab_exists"), QStringLiteral("permission_denied")},
         cabAdd},
        {QStringLiteral("cab.list"),
         Scope::Workspace,
         QStringLiteral("The workspace's CABs."),
         {},
         QStringLiteral("{cabs: [cab]}"),
         {},
         cabList},
        {QStringLiteral("cab.show"),
         Scope::Workspace,
         QStringLiteral("One CAB: members, quorum, slot and agenda rule."),
         {text(QStringLiteral("name"), QStringLiteral("The CAB's name"), true)},
         QStringLiteral("{cab}"),
         {},
         cabShow},
        {QStringLiteral("meeting.create"),
         Scope::Workspace,
         QStringLiteral("A meeting of a CAB, for its next slot or ad hoc; its agenda is built "
                        "from the CAB's rule (the chair or an admin)."),
         {text(QStringLiteral("cab"), QStringLiteral("The CAB"), true),
          boolean(QStringLiteral("ad_hoc"), QStringLiteral("An ad hoc (emergency) meeting")),
          time(QStringLiteral("start"),
               QStringLiteral("When it starts (default: the next slot; ad hoc: now)")),
          room()},
         QStringLiteral("{meeting}, or with room: meeting.now's answer"),
         meetingErrors,
         meetingCreate},
        {QStringLiteral("meeting.list"),
         Scope::Workspace,
         QStringLiteral("The latest 100 meetings, newest first."),
         {text(QStringLiteral("cab"), QStringLiteral("Only this CAB's")),
          boolean(QStringLiteral("with_cabs"), QStringLiteral("Also the workspace's CABs"))},
         QStringLiteral("{meetings: [{number, cab, kind, status, scheduled_start, started_at, "
                        "closed_at, items}], cabs?: [cab]}"),
         {},
         meetingList},
        {QStringLiteral("meeting.show"),
         Scope::Workspace,
         QStringLiteral("A meeting: agenda, attendance, quorum, late additions, minutes."),
         {meeting()},
         QStringLiteral("{meeting}"),
         {},
         meetingShow},
        {QStringLiteral("meeting.agenda"),
         Scope::Workspace,
         QStringLiteral("A meeting's agenda; with changes, edits it until the meeting starts "
                        "(the chair)."),
         {meeting(), changeList(QStringLiteral("add"), QStringLiteral("Changes to add")),
          changeList(QStringLiteral("remove"), QStringLiteral("Changes to remove")),
          objectList(QStringLiteral("moves"), QStringLiteral("[{number, position}]")),
          objectList(QStringLiteral("time_boxes"), QStringLiteral("[{number, minutes}]")),
          boolean(QStringLiteral("rebuild"), QStringLiteral("Build it again from the rule first")),
          room()},
         QStringLiteral("{meeting}, or with room: meeting.now's answer"),
         {QStringLiteral("agenda_frozen"), QStringLiteral("not_on_agenda"),
          QStringLiteral("agenda_ineligible"), QStringLiteral("permission_denied")},
         meetingAgenda},
        {QStringLiteral("meeting.start"),
         Scope::Workspace,
         QStringLiteral("Start a meeting: its agenda is frozen (the chair)."),
         {meeting(), room()},
         QStringLiteral("{meeting}, or with room: meeting.now's answer"),
         {QStringLiteral("invalid_transition"), QStringLiteral("permission_denied")},
         meetingStart},
        {QStringLiteral("meeting.attend"),
         Scope::Workspace,
         QStringLiteral("Record a CAB member's attendance (the chair)."),
         {meeting(), text(QStringLiteral("attendee"), QStringLiteral("The CAB member"), true),
          oneOf(
              QStringLiteral("status"),
              {QStringLiteral("present"), QStringLiteral("absent"), QStringLiteral("represented")},
              QStringLiteral("Attendance"), true),
          text(QStringLiteral("delegate"), QStringLiteral("Who represents them")), room()},
         QStringLiteral("{meeting}, or with room: meeting.now's answer"),
         meetingErrors,
         meetingAttend},
        {QStringLiteral("meeting.decide"),
         Scope::Workspace,
         QStringLiteral("The CAB's decision on an agenda item, recorded by the chair as the "
                        "decision of the change's CAB step."),
         {meeting(), change(QStringLiteral("number"), QStringLiteral("The change")),
          oneOf(QStringLiteral("decision"), decisions, QStringLiteral("The decision"), true),
          text(QStringLiteral("text"),
               QStringLiteral("Conditions, reason, deferral note or question")),
          objectList(QStringLiteral("votes"),
                     QStringLiteral("[{member, vote: approve|reject|abstain}]")),
          room()},
         QStringLiteral("{meeting}, or with room: meeting.now's answer"),
         {QStringLiteral("cab_quorum_not_met"), QStringLiteral("not_on_agenda"),
          QStringLiteral("already_decided"), QStringLiteral("meeting_not_in_progress"),
          QStringLiteral("self_approval_forbidden"), QStringLiteral("not_eligible_approver"),
          QStringLiteral("reason_required"), QStringLiteral("permission_denied")},
         meetingDecide},
        {QStringLiteral("meeting.admit"),
         Scope::Workspace,
         QStringLiteral("Admit a late addition to a meeting in progress (the chair)."),
         {meeting(), change(QStringLiteral("number"), QStringLiteral("The change")), room()},
         QStringLiteral("{meeting}, or with room: meeting.now's answer"),
         {QStringLiteral("agenda_ineligible"), QStringLiteral("meeting_not_in_progress"),
          QStringLiteral("permission_denied")},
         meetingAdmit},
        {QStringLiteral("meeting.close"),
         Scope::Workspace,
         QStringLiteral("Close a meeting and write its minutes (the chair)."),
         {meeting(), room()},
         QStringLiteral("{meeting}, or with room: meeting.now's answer"),
         {QStringLiteral("meeting_not_in_progress"), QStringLiteral("permission_denied")},
         meetingClose},
        {QStringLiteral("meeting.minutes"),
         Scope::Workspace,
         QStringLiteral("A closed meeting's minutes, as data and as Markdown."),
         {meeting()},
         QStringLiteral("{minutes, markdown}"),
         {QStringLiteral("meeting_not_closed")},
         meetingMinutes},
        {QStringLiteral("meeting.now"),
         Scope::Workspace,
         QStringLiteral("The meeting now, for a projector: the meeting, and its current item "
                        "with the change, approval steps, risk, conflicts, impact, similar "
                        "changes and timer."),
         {meeting()},
         QStringLiteral("{meeting, seq, current?: {item, change, approval_steps, risk, "
                        "conflicts_summary, impact, similar_changes, timer}}"),
         {},
         meetingNow},
    };
}

} // namespace vigilo::api
