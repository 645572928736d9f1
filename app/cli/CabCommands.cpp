// cab add/list/show and meeting create/list/show/agenda/start/attend/decide/admit/close/minutes/
// now: change advisory boards and their meetings (issue 15), through the API's cab.* and
// meeting.* methods (locally and on a server alike).
#include "Commands.h"

#include "AtomicFile.h"
#include "Client.h"

#include <QJsonDocument>

namespace vigilo::cli {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("vigilo::cli", text, comment, n);
}

PositionalSpec pos(const char *name, const char *help)
{
    return {QString::fromLatin1(name), tr(help)};
}

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

QString cabText(const QJsonObject &c)
{
    const QJsonObject quorum = c.value(QStringLiteral("quorum")).toObject();
    const QJsonObject rule = c.value(QStringLiteral("agenda_rule")).toObject();
    const QJsonObject slot = c.value(QStringLiteral("slot")).toObject();
    QString out = str(c, "name") + QLatin1Char('\n');
    out += field(tr("Chair"), str(c, "chair")) + QLatin1Char('\n');
    out += field(tr("Voting members"),
                 strings(c.value(QStringLiteral("voting_members"))).join(QStringLiteral(", ")))
           + QLatin1Char('\n');
    out += field(tr("Advisers"),
                 orDash(strings(c.value(QStringLiteral("advisers"))).join(QStringLiteral(", "))))
           + QLatin1Char('\n');
    out += field(tr("Quorum"), quorum.contains(QStringLiteral("percent"))
                                   ? tr("%1% of the voting members (%n now)", nullptr,
                                        quorum.value(QStringLiteral("required")).toInt())
                                         .arg(quorum.value(QStringLiteral("percent")).toInt())
                                   : tr("%n voting members", nullptr,
                                        quorum.value(QStringLiteral("required")).toInt()))
           + QLatin1Char('\n');
    out +=
        field(tr("Slot"), slot.isEmpty() ? QStringLiteral("-")
                                         : tr("weekday %1 at %2 (%3), %4 minutes")
                                               .arg(str(slot, "weekday"), str(slot, "time"),
                                                    str(slot, "time_zone"), str(slot, "minutes")))
        + QLatin1Char('\n');
    out +=
        field(tr("Agenda rule"),
              tr("%1 changes in review within %2 days, ordered by %3; %4 minutes an item")
                  .arg(strings(rule.value(QStringLiteral("change_types"))).join(QLatin1Char('|')),
                       str(rule, "within_days"), str(rule, "order"), str(rule, "item_minutes")))
        + QLatin1Char('\n');
    return out;
}

QString itemsTable(const QJsonArray &items)
{
    Table t(
        {tr("#"), tr("CHANGE"), tr("RISK"), tr("START"), tr("BOX"), tr("DECISION"), tr("TITLE")});
    for (const QJsonValue &v : items) {
        const QJsonObject i = v.toObject();
        QString decision = orDash(str(i, "decision"));
        if (i.value(QStringLiteral("late")).toBool())
            decision += tr(" (late)");
        t.addRow({str(i, "position"), str(i, "number"), orDash(str(i, "risk_level")),
                  orDash(str(i, "planned_start")), tr("%1 min").arg(str(i, "time_box_minutes")),
                  decision, str(i, "title")});
    }
    return t.render();
}

QString meetingText(const QJsonObject &m)
{
    const QJsonObject quorum = m.value(QStringLiteral("quorum")).toObject();
    QString out = tr("Meeting %1 of the CAB \"%2\" (%3)\n")
                      .arg(str(m, "number"), str(m, "cab"), str(m, "status"));
    out += field(tr("Chair"), str(m, "chair")) + QLatin1Char('\n');
    out += field(tr("Scheduled"), str(m, "scheduled_start")) + QLatin1Char('\n');
    out += field(tr("Quorum"),
                 tr("%1 of %2 voting members present: %3")
                     .arg(str(quorum, "present"), str(quorum, "required"),
                          quorum.value(QStringLiteral("met")).toBool() ? tr("met") : tr("not met")))
           + QLatin1Char('\n');
    if (!str(m, "current_item").isEmpty())
        out += field(tr("Current item"), str(m, "current_item")) + QLatin1Char('\n');
    out +=
        tr("Agenda%1:\n")
            .arg(m.value(QStringLiteral("agenda_frozen")).toBool() ? tr(" (frozen)") : QString());
    const QJsonArray agenda = m.value(QStringLiteral("agenda")).toArray();
    out += agenda.isEmpty() ? tr("  (empty)\n") : indentLines(itemsTable(agenda), 2);
    out += tr("Attendance:\n");
    for (const QJsonValue &v : m.value(QStringLiteral("attendance")).toArray()) {
        const QJsonObject a = v.toObject();
        out += QStringLiteral("  %1 (%2): %3%4\n")
                   .arg(str(a, "member"), str(a, "seat"), str(a, "status"),
                        str(a, "delegate").isEmpty() ? QString()
                                                     : tr(" by %1").arg(str(a, "delegate")));
    }
    const QJsonArray late = m.value(QStringLiteral("late_additions")).toArray();
    if (!late.isEmpty()) {
        out += tr("Late additions (admit with meeting admit):\n");
        for (const QJsonValue &v : late)
            out += QStringLiteral("  %1 %2\n")
                       .arg(str(v.toObject(), "number"), str(v.toObject(), "title"));
    }
    return out;
}

int printMeeting(CliContext &ctx, const Result<QJsonValue> &answer, const QString &headline = {})
{
    if (!answer)
        return ctx.out().fail(answer.error());
    const QJsonObject o = answer->toObject();
    return ctx.out().print(o,
                           headline + meetingText(o.value(QStringLiteral("meeting")).toObject()));
}

Result<int> meetingArg(const ParsedArgs &a)
{
    return parseInt(QStringLiteral("MEETING"), a.positional(0), 1, 1000000000);
}

int cabAdd(CliContext &ctx, const ParsedArgs &a)
{
    QJsonObject p{
        {QStringLiteral("name"), a.positional(0)},
        {QStringLiteral("chair"), a.value(QStringLiteral("chair"))},
        {QStringLiteral("voting"), QJsonArray::fromStringList(a.all(QStringLiteral("voting")))},
        {QStringLiteral("quorum"), a.value(QStringLiteral("quorum"))}};
    if (a.has(QStringLiteral("adviser")))
        p.insert(QStringLiteral("advisers"),
                 QJsonArray::fromStringList(a.all(QStringLiteral("adviser"))));
    if (a.has(QStringLiteral("day"))) {
        const QStringList days = {QStringLiteral("mon"), QStringLiteral("tue"),
                                  QStringLiteral("wed"), QStringLiteral("thu"),
                                  QStringLiteral("fri"), QStringLiteral("sat"),
                                  QStringLiteral("sun")};
        const int day = int(days.indexOf(a.value(QStringLiteral("day")).toLower().left(3)));
        if (day < 0)
            return ctx.out().fail(
                Error::input(tr("invalid --day \"%1\": use mon, tue, wed, thu, fri, sat or sun")
                                 .arg(a.value(QStringLiteral("day"))),
                             {{QStringLiteral("option"), QStringLiteral("--day")}}));
        p.insert(QStringLiteral("slot_weekday"), day + 1);
    }
    if (a.has(QStringLiteral("time")))
        p.insert(QStringLiteral("slot_time"), a.value(QStringLiteral("time")));
    if (a.has(QStringLiteral("tz")))
        p.insert(QStringLiteral("slot_time_zone"), a.value(QStringLiteral("tz")));
    if (a.has(QStringLiteral("length"))) {
        CLI_TRY(n,
                parseInt(QStringLiteral("--length"), a.value(QStringLiteral("length")), 5, 1440));
        p.insert(QStringLiteral("slot_minutes"), n);
    }
    if (a.has(QStringLiteral("type"))) {
        QStringList types;
        for (const QString &t : a.all(QStringLiteral("type")))
            types << t.split(QLatin1Char(','), Qt::SkipEmptyParts);
        p.insert(QStringLiteral("agenda_types"), QJsonArray::fromStringList(types));
    }
    if (a.has(QStringLiteral("within-days"))) {
        CLI_TRY(n, parseInt(QStringLiteral("--within-days"), a.value(QStringLiteral("within-days")),
                            0, 366));
        p.insert(QStringLiteral("agenda_within_days"), n);
    }
    if (a.has(QStringLiteral("order")))
        p.insert(QStringLiteral("agenda_order"), a.value(QStringLiteral("order")));
    if (a.has(QStringLiteral("item-minutes"))) {
        CLI_TRY(n, parseInt(QStringLiteral("--item-minutes"),
                            a.value(QStringLiteral("item-minutes")), 1, 240));
        p.insert(QStringLiteral("item_minutes"), n);
    }
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(answer, client->call(QStringLiteral("cab.add"), p));
    const QJsonObject o = answer.toObject();
    return ctx.out().print(o,
                           tr("Added CAB ") + cabText(o.value(QStringLiteral("cab")).toObject()));
}

int cabList(CliContext &ctx, const ParsedArgs &)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(answer, client->call(QStringLiteral("cab.list")));
    const QJsonObject o = answer.toObject();
    Table t({tr("NAME"), tr("CHAIR"), tr("VOTING"), tr("QUORUM"), tr("SLOT")});
    for (const QJsonValue &v : o.value(QStringLiteral("cabs")).toArray()) {
        const QJsonObject c = v.toObject();
        const QJsonObject slot = c.value(QStringLiteral("slot")).toObject();
        t.addRow({str(c, "name"), str(c, "chair"),
                  QString::number(c.value(QStringLiteral("voting_members")).toArray().size()),
                  str(c.value(QStringLiteral("quorum")).toObject(), "required"),
                  slot.isEmpty()
                      ? QStringLiteral("-")
                      : QStringLiteral("%1 %2 %3")
                            .arg(str(slot, "weekday"), str(slot, "time"), str(slot, "time_zone"))});
    }
    return ctx.out().print(o, t.isEmpty() ? tr("No CABs yet (cab add).\n") : t.render());
}

int cabShow(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(answer,
            client->call(QStringLiteral("cab.show"), {{QStringLiteral("name"), a.positional(0)}}));
    const QJsonObject o = answer.toObject();
    return ctx.out().print(o, cabText(o.value(QStringLiteral("cab")).toObject()));
}

int meetingCreate(CliContext &ctx, const ParsedArgs &a)
{
    QJsonObject p{{QStringLiteral("cab"), a.positional(0)}};
    if (a.has(QStringLiteral("ad-hoc")))
        p.insert(QStringLiteral("ad_hoc"), true);
    if (a.has(QStringLiteral("start"))) {
        CLI_TRY(t, parseTime(QStringLiteral("--start"), a.value(QStringLiteral("start"))));
        p.insert(QStringLiteral("start"), t.toUTC().toString(Qt::ISODate));
    }
    CLI_TRY(client, ctx.workspaceClient());
    return printMeeting(ctx, client->call(QStringLiteral("meeting.create"), p),
                        tr("Created meeting:\n"));
}

int meetingList(CliContext &ctx, const ParsedArgs &a)
{
    QJsonObject p;
    if (a.has(QStringLiteral("cab")))
        p.insert(QStringLiteral("cab"), a.value(QStringLiteral("cab")));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(answer, client->call(QStringLiteral("meeting.list"), p));
    const QJsonObject o = answer.toObject();
    Table t({tr("NUMBER"), tr("CAB"), tr("STATUS"), tr("SCHEDULED"), tr("ITEMS")});
    for (const QJsonValue &v : o.value(QStringLiteral("meetings")).toArray()) {
        const QJsonObject m = v.toObject();
        t.addRow({str(m, "number"), str(m, "cab"), str(m, "status"), str(m, "scheduled_start"),
                  str(m, "items")});
    }
    return ctx.out().print(o, t.isEmpty() ? tr("No meetings yet (meeting create).\n") : t.render());
}

int meetingSimple(CliContext &ctx, const ParsedArgs &a, const QString &method,
                  const QString &headline)
{
    CLI_TRY(number, meetingArg(a));
    CLI_TRY(client, ctx.workspaceClient());
    return printMeeting(ctx, client->call(method, {{QStringLiteral("meeting"), number}}), headline);
}

// "CHG=N" pairs of --move and --time-box.
Result<QJsonArray> pairsOf(const ParsedArgs &a, const QString &option, const QString &key)
{
    QJsonArray out;
    for (const QString &spec : a.all(option)) {
        const QStringList parts = spec.split(QLatin1Char('='));
        bool ok = false;
        const int n = parts.value(1).toInt(&ok);
        auto change = parseChange(parts.value(0));
        if (parts.size() != 2 || !ok || !change)
            return Error::input(
                tr("invalid --%1 \"%2\": expected CHG=N, e.g. CHG-00012=2").arg(option, spec),
                {{QStringLiteral("option"), QString(QStringLiteral("--") + option)}});
        out.append(QJsonObject{{QStringLiteral("number"), *change}, {key, n}});
    }
    return out;
}

int meetingAgenda(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, meetingArg(a));
    QJsonObject p{{QStringLiteral("meeting"), number}};
    for (const char *option : {"add", "remove"}) {
        const QString name = QLatin1String(option);
        if (!a.has(name))
            continue;
        QJsonArray list;
        for (const QString &v : a.all(name)) {
            CLI_TRY(change, parseChange(v));
            list.append(change);
        }
        p.insert(name, list);
    }
    CLI_TRY(moves, pairsOf(a, QStringLiteral("move"), QStringLiteral("position")));
    CLI_TRY(boxes, pairsOf(a, QStringLiteral("time-box"), QStringLiteral("minutes")));
    if (!moves.isEmpty())
        p.insert(QStringLiteral("moves"), moves);
    if (!boxes.isEmpty())
        p.insert(QStringLiteral("time_boxes"), boxes);
    if (a.has(QStringLiteral("rebuild")))
        p.insert(QStringLiteral("rebuild"), true);
    CLI_TRY(client, ctx.workspaceClient());
    return printMeeting(ctx, client->call(QStringLiteral("meeting.agenda"), p));
}

int meetingAttend(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, meetingArg(a));
    QString status = QStringLiteral("present");
    QJsonObject p{{QStringLiteral("meeting"), number},
                  {QStringLiteral("attendee"), a.positional(1)}};
    if (a.has(QStringLiteral("absent")) && a.has(QStringLiteral("represented-by")))
        return ctx.out().fail(Error::input(tr("Use --absent or --represented-by, not both.")));
    if (a.has(QStringLiteral("absent")))
        status = QStringLiteral("absent");
    if (a.has(QStringLiteral("represented-by"))) {
        status = QStringLiteral("represented");
        p.insert(QStringLiteral("delegate"), a.value(QStringLiteral("represented-by")));
    }
    p.insert(QStringLiteral("status"), status);
    CLI_TRY(client, ctx.workspaceClient());
    return printMeeting(ctx, client->call(QStringLiteral("meeting.attend"), p));
}

int meetingDecide(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, meetingArg(a));
    CLI_TRY(change, parseChange(a.positional(1)));
    QJsonObject p{{QStringLiteral("meeting"), number},
                  {QStringLiteral("number"), change},
                  {QStringLiteral("decision"), a.value(QStringLiteral("decision"))}};
    QStringList texts;
    for (const char *option : {"conditions", "reason", "note", "question"})
        if (a.has(QLatin1String(option)))
            texts << a.value(QLatin1String(option));
    if (texts.size() > 1)
        return ctx.out().fail(Error::input(tr(
            "Give one of --conditions, --reason, --note or --question, as the decision needs.")));
    if (!texts.isEmpty())
        p.insert(QStringLiteral("text"), texts.first());
    QJsonArray votes;
    for (const QString &spec : a.all(QStringLiteral("vote"))) {
        const QStringList parts = spec.split(QLatin1Char('='));
        if (parts.size() != 2 || parts[0].trimmed().isEmpty())
            return ctx.out().fail(Error::input(
                tr("invalid --vote \"%1\": expected USER=approve|reject|abstain").arg(spec),
                {{QStringLiteral("option"), QStringLiteral("--vote")}}));
        votes.append(QJsonObject{{QStringLiteral("member"), parts[0].trimmed()},
                                 {QStringLiteral("vote"), parts[1].trimmed()}});
    }
    if (!votes.isEmpty())
        p.insert(QStringLiteral("votes"), votes);
    CLI_TRY(client, ctx.workspaceClient());
    return printMeeting(ctx, client->call(QStringLiteral("meeting.decide"), p),
                        tr("Recorded the CAB's decision on %1.\n").arg(formatChangeNumber(change)));
}

int meetingAdmit(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, meetingArg(a));
    CLI_TRY(change, parseChange(a.positional(1)));
    CLI_TRY(client, ctx.workspaceClient());
    return printMeeting(
        ctx,
        client->call(QStringLiteral("meeting.admit"),
                     {{QStringLiteral("meeting"), number}, {QStringLiteral("number"), change}}),
        tr("Admitted %1 to the agenda.\n").arg(formatChangeNumber(change)));
}

int meetingMinutes(CliContext &ctx, const ParsedArgs &a)
{
    if (a.has(QStringLiteral("pdf")))
        return meetingMinutesPdf(ctx, a);
    CLI_TRY(number, meetingArg(a));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(answer,
            client->call(QStringLiteral("meeting.minutes"), {{QStringLiteral("meeting"), number}}));
    const QJsonObject o = answer.toObject();
    const QString markdown = o.value(QStringLiteral("markdown")).toString();
    if (a.has(QStringLiteral("out"))) {
        // Whole or not at all, as every file the CLI writes.
        CLI_CHECK(writeFileAtomically(a.value(QStringLiteral("out")), markdown.toUtf8()));
        return ctx.out().print(o,
                               tr("Wrote the minutes to %1\n").arg(a.value(QStringLiteral("out"))));
    }
    return ctx.out().print(o, markdown);
}

int meetingNow(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, meetingArg(a));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(answer,
            client->call(QStringLiteral("meeting.now"), {{QStringLiteral("meeting"), number}}));
    const QJsonObject o = answer.toObject();
    QString text = meetingText(o.value(QStringLiteral("meeting")).toObject());
    const QJsonObject current = o.value(QStringLiteral("current")).toObject();
    if (!current.isEmpty()) {
        const QJsonObject change = current.value(QStringLiteral("change")).toObject();
        const QJsonObject timer = current.value(QStringLiteral("timer")).toObject();
        text += tr("Now: %1 %2\n").arg(str(change, "number"), str(change, "title"));
        text += field(tr("Requester"), str(change, "requester")) + QLatin1Char('\n');
        text += field(tr("Assignee"), orDash(str(change, "assignee"))) + QLatin1Char('\n');
        text += field(tr("Risk"), orDash(str(change, "risk_level"))) + QLatin1Char('\n');
        text += field(tr("Time"),
                      tr("%1 s of %2 min")
                          .arg(str(timer, "elapsed_seconds"), str(timer, "time_box_minutes")))
                + QLatin1Char('\n');
    }
    return ctx.out().print(o, text);
}

OptionSpec required(OptionSpec o)
{
    o.required = true;
    return o;
}

} // namespace

QList<CommandSpec> cabCommands()
{
    using namespace std::placeholders;
    const PositionalSpec meeting = pos("MEETING", "The meeting's number");
    return {
        {{QStringLiteral("cab"), QStringLiteral("add")},
         {pos("NAME", "The CAB's name")},
         {requiredOpt(QStringLiteral("chair"), QStringLiteral("USER"),
                      tr("Who drives its meetings")),
          required(repeatOpt(QStringLiteral("voting"), QStringLiteral("USER"),
                             tr("A voting member (approver or above)"))),
          repeatOpt(QStringLiteral("adviser"), QStringLiteral("USER"), tr("An adviser (no vote)")),
          requiredOpt(QStringLiteral("quorum"), QStringLiteral("N|P%"),
                      tr("Voting members needed: a number, or a share such as 50%")),
          valueOpt(QStringLiteral("day"), QStringLiteral("mon..sun"), tr("The weekly slot's day")),
          valueOpt(QStringLiteral("time"), QStringLiteral("HH:MM"), tr("The slot's local time")),
          valueOpt(QStringLiteral("tz"), QStringLiteral("ZONE"),
                   tr("The slot's IANA time zone (default UTC)")),
          valueOpt(QStringLiteral("length"), QStringLiteral("MINUTES"),
                   tr("The slot's length (default 60)")),
          repeatOpt(QStringLiteral("type"), QStringLiteral("TYPE"),
                    tr("Change types on the agenda (default normal, emergency)")),
          valueOpt(QStringLiteral("within-days"), QStringLiteral("N"),
                   tr("Windows starting within N days of the meeting (default 14)")),
          valueOpt(QStringLiteral("order"), QStringLiteral("risk|start|number"),
                   tr("Agenda order (default risk: high risk first)")),
          valueOpt(QStringLiteral("item-minutes"), QStringLiteral("N"),
                   tr("Each item's time box (default 10)"))},
         tr("Define a change advisory board (admins). A policy step \"NAME;cab:CAB;1\" is then "
            "decided in its meetings."),
         cabAdd},
        {{QStringLiteral("cab"), QStringLiteral("list")},
         {},
         {},
         tr("The workspace's CABs."),
         cabList},
        {{QStringLiteral("cab"), QStringLiteral("show")},
         {pos("NAME", "The CAB's name")},
         {},
         tr("One CAB: members, quorum, slot and agenda rule."),
         cabShow},
        {{QStringLiteral("meeting"), QStringLiteral("create")},
         {pos("CAB", "The CAB")},
         {flagOpt(QStringLiteral("ad-hoc"), tr("An ad hoc (emergency) meeting, now by default")),
          valueOpt(QStringLiteral("start"), QStringLiteral("T"),
                   tr("When it starts (default: the CAB's next slot)"))},
         tr("Create a meeting; its agenda is built from the CAB's rule."),
         meetingCreate},
        {{QStringLiteral("meeting"), QStringLiteral("list")},
         {},
         {valueOpt(QStringLiteral("cab"), QStringLiteral("CAB"), tr("Only this CAB's"))},
         tr("The latest meetings, newest first."),
         meetingList},
        {{QStringLiteral("meeting"), QStringLiteral("show")},
         {meeting},
         {},
         tr("A meeting: agenda, attendance, quorum and late additions."),
         std::bind(meetingSimple, _1, _2, QStringLiteral("meeting.show"), QString())},
        {{QStringLiteral("meeting"), QStringLiteral("agenda")},
         {meeting},
         {repeatOpt(QStringLiteral("add"), QStringLiteral("CHG"), tr("Put a change on the agenda")),
          repeatOpt(QStringLiteral("remove"), QStringLiteral("CHG"), tr("Take a change off")),
          repeatOpt(QStringLiteral("move"), QStringLiteral("CHG=POS"), tr("Move an item")),
          repeatOpt(QStringLiteral("time-box"), QStringLiteral("CHG=MIN"),
                    tr("Set an item's time box")),
          flagOpt(QStringLiteral("rebuild"), tr("Build the agenda again from the CAB's rule"))},
         tr("Show a meeting's agenda, or edit it until the meeting starts (the chair)."),
         meetingAgenda},
        {{QStringLiteral("meeting"), QStringLiteral("start")},
         {meeting},
         {},
         tr("Start a meeting: its agenda is frozen (the chair)."),
         std::bind(meetingSimple, _1, _2, QStringLiteral("meeting.start"),
                   tr("Started; the agenda is frozen.\n"))},
        {{QStringLiteral("meeting"), QStringLiteral("attend")},
         {meeting, pos("USER", "The CAB member")},
         {flagOpt(QStringLiteral("absent"), tr("Record them absent")),
          valueOpt(QStringLiteral("represented-by"), QStringLiteral("USER"),
                   tr("Record them represented by a delegate"))},
         tr("Record a CAB member's attendance: present unless told otherwise (the chair)."),
         meetingAttend},
        {{QStringLiteral("meeting"), QStringLiteral("decide")},
         {meeting, changeArg()},
         {requiredOpt(
              QStringLiteral("decision"),
              QStringLiteral("approve|approve_with_conditions|reject|defer|needs_information"),
              tr("The CAB's decision")),
          valueOpt(QStringLiteral("conditions"), QStringLiteral("TEXT"),
                   tr("The conditions of an approval")),
          valueOpt(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("Why it is rejected")),
          valueOpt(QStringLiteral("note"), QStringLiteral("TEXT"), tr("Why it is deferred")),
          valueOpt(QStringLiteral("question"), QStringLiteral("TEXT"),
                   tr("What the requester must answer")),
          repeatOpt(QStringLiteral("vote"), QStringLiteral("USER=approve|reject|abstain"),
                    tr("A voting member's vote"))},
         tr("Record the CAB's decision on an agenda item (the chair; quorum required)."),
         meetingDecide},
        {{QStringLiteral("meeting"), QStringLiteral("admit")},
         {meeting, changeArg()},
         {},
         tr("Admit a late addition to a meeting in progress (the chair)."),
         meetingAdmit},
        {{QStringLiteral("meeting"), QStringLiteral("close")},
         {meeting},
         {},
         tr("Close a meeting and write its minutes (the chair)."),
         std::bind(meetingSimple, _1, _2, QStringLiteral("meeting.close"),
                   tr("Closed; the minutes are written.\n"))},
        {{QStringLiteral("meeting"), QStringLiteral("minutes")},
         {meeting},
         {valueOpt(QStringLiteral("out"), QStringLiteral("FILE.md"),
                   tr("Write the Markdown to a file")),
          valueOpt(QStringLiteral("pdf"), QStringLiteral("FILE.pdf"),
                   tr("Write the minutes as a signed PDF, like an evidence pack")),
          valueOpt(QStringLiteral("locale"), QStringLiteral("LOCALE"),
                   tr("Language of the PDF (default: the workspace's)")),
          flagOpt(QStringLiteral("passphrase-stdin"),
                  tr("With --pdf: read your key's passphrase from standard input"))},
         tr("A closed meeting's minutes (Markdown; --json for the data; --pdf signed)."),
         meetingMinutes},
        {{QStringLiteral("meeting"), QStringLiteral("now")},
         {meeting},
         {},
         tr("The meeting now: its current item with everything the room needs (--json)."),
         meetingNow},
    };
}

} // namespace vigilo::cli
