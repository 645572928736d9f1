// Methods on change requests: create, edit, open, list, the FSM transitions, the runbook,
// comments and attachments.
#include "ApiUtil.h"
#include "ChangeRows.h"
#include "JsonRpc.h"

#include "Clock.h"
#include "Tr.h"
#include "Vigilo.h"

#include <QSet>

namespace vigilo::api {

namespace {

// The draft's fields: what draftParams() (Codecs.cpp) writes.
QList<Param> draftDeclarations(bool create)
{
    const QString clears = create ? QString() : QStringLiteral(" (null clears)");
    return {
        text(QStringLiteral("title"), QStringLiteral("Title")),
        text(QStringLiteral("description"), QStringLiteral("Description")),
        oneOf(QStringLiteral("change_type"), wireNames(allChangeTypes()),
              QStringLiteral("Type (default normal)")),
        oneOf(QStringLiteral("priority"), wireNames(allPriorities()), QStringLiteral("Priority")),
        oneOf(QStringLiteral("risk_level"), wireNames(allRiskLevels()),
              QStringLiteral("Risk level")),
        time(QStringLiteral("planned_start"), QStringLiteral("Planned start") + clears),
        time(QStringLiteral("planned_end"), QStringLiteral("Planned end, exclusive") + clears),
        integer(QStringLiteral("min_lead_time_hours"), 0, 24 * 366,
                QStringLiteral("Minimum hours between submit and planned start")),
        text(QStringLiteral("implementation_plan"),
             QStringLiteral("Numbered steps; a step ending in (optional) is not required")),
        text(QStringLiteral("rollback_plan"), QStringLiteral("Rollback plan")),
        text(QStringLiteral("test_plan"), QStringLiteral("Test plan")),
        text(QStringLiteral("assignee"), QStringLiteral("Who implements it (\"\" unassigns)")),
        textList(QStringLiteral("affected_assets"),
                 QStringLiteral("Asset names (replaces the list)")),
        changeList(QStringLiteral("depends_on"),
                   QStringLiteral("Changes this one waits on (replaces the list)"))};
}

ChangeDraft draftFrom(const Args &a)
{
    ChangeDraft d;
    auto text = [&a](const char *key, std::optional<QString> &slot) {
        if (a.has(QLatin1String(key)))
            slot = a.text(QLatin1String(key));
    };
    text("title", d.title);
    text("description", d.description);
    text("implementation_plan", d.implementationPlan);
    text("rollback_plan", d.rollbackPlan);
    text("test_plan", d.testPlan);
    text("assignee", d.assignee);
    d.changeType = enumArg(a, QStringLiteral("change_type"), &parseChangeType);
    d.priority = enumArg(a, QStringLiteral("priority"), &parsePriority);
    d.riskLevel = enumArg(a, QStringLiteral("risk_level"), &parseRiskLevel);
    if (a.has(QStringLiteral("planned_start")))
        d.plannedStart = a.time(QStringLiteral("planned_start"));
    if (a.has(QStringLiteral("planned_end")))
        d.plannedEnd = a.time(QStringLiteral("planned_end"));
    if (a.has(QStringLiteral("min_lead_time_hours"))
        && !a.isNull(QStringLiteral("min_lead_time_hours")))
        d.minLeadTimeHours = int(a.integer(QStringLiteral("min_lead_time_hours")));
    if (a.has(QStringLiteral("affected_assets")))
        d.affectedAssets = a.textList(QStringLiteral("affected_assets"));
    if (a.has(QStringLiteral("depends_on")))
        d.dependsOn = a.changeList(QStringLiteral("depends_on"));
    return d;
}

QJsonArray actionNames(const QList<Action> &actions)
{
    QJsonArray out;
    for (Action a : actions)
        out.append(toString(a));
    return out;
}

Result<QJsonValue> changeCreate(const Call &c)
{
    const ChangeDraft draft = draftFrom(c.args);
    if (c.args.has(QStringLiteral("template")))
        return one(QStringLiteral("change"),
                   c.core.templates().instantiate(*c.actor, c.args.text(QStringLiteral("template")),
                                                  draft));
    if (!draft.title)
        return Error::input(CoreText::tr("A change needs a title (or a template)."),
                            {{QStringLiteral("field"), QStringLiteral("title")}});
    return one(QStringLiteral("change"), c.core.changes().create(*c.actor, draft));
}

Result<QJsonValue> changeEdit(const Call &c)
{
    std::optional<int> expected;
    if (c.args.has(QStringLiteral("expected_version")))
        expected = int(c.args.integer(QStringLiteral("expected_version")));
    return one(QStringLiteral("change"),
               c.core.changes().edit(*c.actor, c.args.change(), draftFrom(c.args), expected));
}

Result<QJsonValue> changeGet(const Call &c)
{
    return one(QStringLiteral("change"), c.core.changes().get(*c.actor, c.args.change()));
}

// Everything a change's screen shows, in one call. With `partial`, a part that cannot be read
// is named in `unreadable` (with its error) instead of failing the whole answer: the screen
// shows the change and says which part it cannot show.
Result<QJsonValue> changeOpen(const Call &c)
{
    const int number = c.args.change();
    auto change = c.core.changes().get(*c.actor, number);
    if (!change)
        return change.error();
    const bool partial = c.args.boolean(QStringLiteral("partial"), false);
    QJsonObject out{{QStringLiteral("change"), change->toJson()},
                    {QStringLiteral("available_actions"),
                     actionNames(c.core.changes().availableActions(*c.actor, *change))},
                    {QStringLiteral("can_edit"), ChangeService::canEdit(*c.actor, change->status)},
                    {QStringLiteral("role"), toString(c.actor->member.role)}};
    QJsonObject unreadable;
    // Adds one part of the answer, or (partial) says why it cannot be read.
    auto part = [&](const QString &key, const auto &result, auto &&encode) -> std::optional<Error> {
        if (result)
            out.insert(key, encode(*result));
        else if (partial)
            unreadable.insert(key, jsonrpc::errorObject(result.error()));
        else
            return result.error();
        return std::nullopt;
    };
    auto list = [](const auto &items) { return QJsonValue(jsonArray(items)); };
    auto object = [](const auto &item) { return QJsonValue(item.toJson()); };
    if (auto e =
            part(QStringLiteral("approval_steps"), c.core.approvals().stepsOf(change->id), list))
        return *e;
    if (auto e = part(QStringLiteral("tasks"), c.core.runbook().tasksOf(change->id), list))
        return *e;
    // Who may still decide each step of the current round (the distinct-people rule applied):
    // what the Approvals tab shows beside the steps.
    if (change->status == ChangeStatus::Review)
        if (auto e = part(QStringLiteral("eligibility"),
                          c.core.approvals().explain(*c.actor, number), object))
            return *e;
    if (c.args.boolean(QStringLiteral("with_conflicts"), true))
        if (auto e = part(QStringLiteral("conflicts_summary"),
                          c.core.planning().conflicts(*c.actor, number), object))
            return *e;
    if (c.args.boolean(QStringLiteral("with_history"), true))
        if (auto e = part(QStringLiteral("history"), c.core.audit().changeHistory(*c.actor, number),
                          list))
            return *e;
    if (c.args.boolean(QStringLiteral("with_risk"), false))
        if (auto e = part(QStringLiteral("risk"), c.core.risk().profile(*c.actor, number), object))
            return *e;
    // The members the form may assign the change to (only when the caller may edit it).
    if (c.args.boolean(QStringLiteral("with_assignees"), false)
        && ChangeService::canEdit(*c.actor, change->status)) {
        auto members = c.core.workspaces().members(*c.actor);
        if (members) {
            QList<Member> active;
            for (const Member &m : *members)
                if (m.active)
                    active << m;
            out.insert(QStringLiteral("assignees"), jsonArray(active));
        } else if (auto e = part(QStringLiteral("assignees"), members, list)) {
            return *e;
        }
    }
    if (!unreadable.isEmpty())
        out.insert(QStringLiteral("unreadable"), unreadable);
    return QJsonValue(out);
}

Result<QJsonValue> changeListing(const Call &c)
{
    if (!c.args.has(QStringLiteral("filter")))
        return listChanges(c, c.args);
    // A saved filter, with the parameters sent besides it on top.
    auto saved = c.core.savedFilters().get(*c.actor, c.args.text(QStringLiteral("filter")));
    if (!saved)
        return saved.error();
    QJsonObject merged = saved->params;
    const QJsonObject &sent = c.args.json();
    for (auto it = sent.begin(); it != sent.end(); ++it)
        if (it.key() != QLatin1String("filter"))
            merged.insert(it.key(), it.value());
    return listChanges(c, Args(merged));
}

} // namespace

// change.list's parameters, applied by the caller's view: "mine", "assigned to me", "awaiting
// my decision", a planned window overlapping a day.
Result<QJsonValue> listChanges(const Call &c, const Args &a)
{
    ChangeFilter f;
    f.status = enumArg(a, QStringLiteral("status"), &parseChangeStatus);
    f.changeType = enumArg(a, QStringLiteral("change_type"), &parseChangeType);
    f.priority = enumArg(a, QStringLiteral("priority"), &parsePriority);
    f.riskLevel = enumArg(a, QStringLiteral("risk_level"), &parseRiskLevel);
    f.assignee = a.text(QStringLiteral("assignee"));
    f.search = a.text(QStringLiteral("search"));
    f.limit = int(a.integer(QStringLiteral("limit"), 0));
    f.before = int(a.integer(QStringLiteral("before"), 0));
    if (a.has(QStringLiteral("number")))
        f.number = a.change();
    const QString me = c.actor->member.username;
    if (a.boolean(QStringLiteral("mine"))) {
        f.requester = me;
        f.openOnly = true;
    }
    if (a.boolean(QStringLiteral("open_only")))
        f.openOnly = true;
    if (a.boolean(QStringLiteral("assigned_to_me")))
        f.assignee = me;
    f.plannedFrom = a.time(QStringLiteral("planned_from"));
    f.plannedTo = a.time(QStringLiteral("planned_to"));
    if (a.boolean(QStringLiteral("today"))) {
        // The caller's day, at their offset from UTC now (a saved filter stays "today").
        const int offsetSecs = int(a.integer(QStringLiteral("utc_offset_minutes"), 0)) * 60;
        const QDateTime local = c.core.clock().now().toUTC().toOffsetFromUtc(offsetSecs);
        f.plannedFrom = QDateTime(local.date(), QTime(0, 0), Qt::OffsetFromUTC, offsetSecs).toUTC();
        f.plannedTo = f.plannedFrom.addDays(1);
    }
    if (f.plannedFrom.isValid() != f.plannedTo.isValid()
        || (f.plannedFrom.isValid() && f.plannedTo <= f.plannedFrom))
        return Error::input(CoreText::tr("Give both planned_from and planned_to, the end after "
                                         "the start."),
                            {{QStringLiteral("field"), QStringLiteral("planned_to")}});
    const bool awaiting = a.boolean(QStringLiteral("awaiting_me"));
    if (awaiting) // the queue's own limit and order do not apply
        f.status = ChangeStatus::Review;
    // "rows": the compact answer of ChangeRows.h; objects for the clients that do not ask.
    const bool rows = a.text(QStringLiteral("layout")) == QLatin1String("rows");
    auto answer = [rows](const Result<QList<ChangeSummary>> &list) -> Result<QJsonValue> {
        if (!list || !rows)
            return many(QStringLiteral("changes"), list);
        return QJsonValue(QJsonObject{{QStringLiteral("changes"), changeRows(*list)}});
    };
    auto changes = c.core.changes().list(*c.actor, f);
    if (!changes || !awaiting)
        return answer(changes);
    // What the approval queue offers the caller now (their own steps and those of members they
    // stand in for).
    auto queue = c.core.approvalQueue().load(*c.actor, true);
    if (!queue)
        return queue.error();
    QSet<qint64> decidable;
    for (const auto &item : *queue)
        decidable.insert(item.change.id);
    QList<ChangeSummary> out;
    for (const auto &s : std::as_const(*changes))
        if (decidable.contains(s.id))
            out << s;
    return answer(out);
}

namespace {

Result<QJsonValue> changeApply(const Call &c)
{
    const Args &a = c.args;
    TransitionInput in;
    in.comment = a.text(QStringLiteral("comment"));
    in.reason = a.text(QStringLiteral("reason"));
    in.closureCode = enumArg(a, QStringLiteral("closure_code"), &parseClosureCode);
    in.closureNotes = a.text(QStringLiteral("closure_notes"));
    in.overrideJustification = a.text(QStringLiteral("override_freeze"));
    in.justification = a.text(QStringLiteral("justification"));
    if (a.has(QStringLiteral("expected_version")) && !a.isNull(QStringLiteral("expected_version")))
        in.expectedVersion = int(a.integer(QStringLiteral("expected_version")));
    const Action action = parseAction(a.text(QStringLiteral("action"))).value();
    return one(QStringLiteral("change"), c.core.changes().apply(*c.actor, a.change(), action, in));
}

Result<QJsonValue> changeHistory(const Call &c)
{
    return many(QStringLiteral("events"), c.core.audit().changeHistory(*c.actor, c.args.change()));
}

// The steps, and whether the caller may approve or reject now (the core's reason when not): what
// the Approvals tab shows, in one call.
Result<QJsonValue> changeSteps(const Call &c)
{
    auto change = c.core.changes().get(*c.actor, c.args.change());
    if (!change)
        return change.error();
    auto steps = c.core.approvals().steps(*c.actor, change->number);
    if (!steps)
        return steps.error();
    auto answers = c.core.approvals().decisionAnswers(*c.actor, *change);
    if (!answers)
        return answers.error();
    QJsonArray decisions;
    for (const Answer<Action> &a : *answers)
        decisions.append(QJsonObject{{QStringLiteral("action"), toString(a.action)},
                                     {QStringLiteral("refusal"),
                                      a.refusal ? QJsonValue(a.refusal->toJson()) : QJsonValue()}});
    return QJsonValue(QJsonObject{{QStringLiteral("approval_steps"), jsonArray(*steps)},
                                  {QStringLiteral("decisions"), decisions}});
}

Result<QJsonValue> taskGenerate(const Call &c)
{
    return many(QStringLiteral("tasks"), c.core.runbook().generate(*c.actor, c.args.change()));
}

Result<QJsonValue> taskList(const Call &c)
{
    return many(QStringLiteral("tasks"), c.core.runbook().tasks(*c.actor, c.args.change()));
}

Result<QJsonValue> taskAct(const Call &c, TaskStatus target)
{
    Runbook &rb = c.core.runbook();
    const int number = c.args.change();
    const int seq = int(c.args.integer(QStringLiteral("seq")));
    return one(QStringLiteral("task"),
               target == TaskStatus::InProgress ? rb.start(*c.actor, number, seq)
               : target == TaskStatus::Done     ? rb.done(*c.actor, number, seq)
                                                : rb.skip(*c.actor, number, seq));
}

Result<QJsonValue> commentAdd(const Call &c)
{
    return one(QStringLiteral("comment"),
               c.core.discussion().addComment(*c.actor, c.args.change(),
                                              c.args.text(QStringLiteral("body"))));
}

Result<QJsonValue> commentList(const Call &c)
{
    return many(QStringLiteral("comments"),
                c.core.discussion().comments(*c.actor, c.args.change()));
}

Result<QJsonValue> attachmentAdd(const Call &c)
{
    return one(QStringLiteral("attachment"),
               c.core.discussion().attach(*c.actor, c.args.change(),
                                          c.args.text(QStringLiteral("file_name")),
                                          c.args.bytes(QStringLiteral("content")),
                                          c.args.text(QStringLiteral("mime_type"))));
}

Result<QJsonValue> attachmentList(const Call &c)
{
    return many(QStringLiteral("attachments"),
                c.core.discussion().attachments(*c.actor, c.args.change()));
}

Result<QJsonValue> attachmentContent(const Call &c)
{
    auto content =
        c.core.discussion().attachmentContent(*c.actor, c.args.integer(QStringLiteral("id")));
    if (!content)
        return content.error();
    return QJsonValue(
        QJsonObject{{QStringLiteral("content"), QString::fromLatin1(content->toBase64())}});
}

Param expectedVersion()
{
    return integer(QStringLiteral("expected_version"), 1, 2147483647,
                   QStringLiteral("Refuse with stale_write if the change's version moved"));
}

Param seq()
{
    return integer(QStringLiteral("seq"), 1, 100000, QStringLiteral("The task's sequence number"),
                   true);
}

} // namespace

QList<Param> changeViewParams()
{
    return {boolean(QStringLiteral("mine"), QStringLiteral("The caller's own open changes")),
            boolean(QStringLiteral("assigned_to_me"), QStringLiteral("Assigned to the caller")),
            boolean(QStringLiteral("awaiting_me"),
                    QStringLiteral("In review, awaiting the caller's decision (or that of a "
                                   "member they stand in for)")),
            boolean(QStringLiteral("open_only"), QStringLiteral("Not in a terminal status")),
            time(QStringLiteral("planned_from"),
                 QStringLiteral("With planned_to: the planned window overlaps [from, to)")),
            time(QStringLiteral("planned_to"), QStringLiteral("See planned_from")),
            boolean(QStringLiteral("today"),
                    QStringLiteral("Planned window overlaps the caller's today (see "
                                   "utc_offset_minutes)")),
            integer(QStringLiteral("utc_offset_minutes"), -14 * 60, 14 * 60,
                    QStringLiteral("The caller's offset from UTC, for today (default 0)"))};
}

QList<Method> changeMethods()
{
    QList<Param> create = draftDeclarations(true);
    create << text(QStringLiteral("template"),
                   QStringLiteral("Make a pre-approved standard change from this template"));
    QList<Param> edit = QList<Param>{change()} + draftDeclarations(false);
    edit << expectedVersion();
    const QStringList transitionErrors = {QStringLiteral("invalid_transition"),
                                          QStringLiteral("permission_denied"),
                                          QStringLiteral("stale_write"),
                                          QStringLiteral("lead_time_violation"),
                                          QStringLiteral("freeze_window_blocked"),
                                          QStringLiteral("no_eligible_approvers"),
                                          QStringLiteral("validation_failed"),
                                          QStringLiteral("not_eligible_approver"),
                                          QStringLiteral("self_approval_forbidden"),
                                          QStringLiteral("distinct_approver_required"),
                                          QStringLiteral("reason_required"),
                                          QStringLiteral("planned_window_required"),
                                          QStringLiteral("dependencies_unmet"),
                                          QStringLiteral("outside_planned_window"),
                                          QStringLiteral("closure_required"),
                                          QStringLiteral("required_tasks_pending"),
                                          QStringLiteral("rollback_reason_required")};
    const QStringList taskErrors = {
        QStringLiteral("invalid_transition"), QStringLiteral("permission_denied"),
        QStringLiteral("predecessors_pending"), QStringLiteral("task_required")};
    return {
        {QStringLiteral("change.create"),
         Scope::Workspace,
         QStringLiteral("Create a draft change (or a standard change from a template)."),
         create,
         QStringLiteral("{change}"),
         {QStringLiteral("permission_denied"), QStringLiteral("template_inactive")},
         changeCreate},
        {QStringLiteral("change.edit"),
         Scope::Workspace,
         QStringLiteral("Edit a change; editing what was approved sends it back for approval."),
         edit,
         QStringLiteral("{change}"),
         {QStringLiteral("invalid_transition"), QStringLiteral("permission_denied"),
          QStringLiteral("stale_write")},
         changeEdit},
        {QStringLiteral("change.get"),
         Scope::Workspace,
         QStringLiteral("One change."),
         {change()},
         QStringLiteral("{change}"),
         {},
         changeGet},
        {QStringLiteral("change.open"),
         Scope::Workspace,
         QStringLiteral("Everything a change's screen shows, in one round trip: the change, its "
                        "approval steps, tasks, the actions the caller may take, and (unless "
                        "turned off) its conflicts summary and history."),
         {change(),
          boolean(QStringLiteral("with_conflicts"), QStringLiteral("Include the conflicts summary "
                                                                   "(default true)")),
          boolean(QStringLiteral("with_history"), QStringLiteral("Include the audit history "
                                                                 "(default true)")),
          boolean(QStringLiteral("with_risk"),
                  QStringLiteral("Include the risk assessment (default false)")),
          boolean(QStringLiteral("with_assignees"),
                  QStringLiteral("Include the active members the caller may assign the change to, "
                                 "when the caller may edit it (default false)")),
          boolean(QStringLiteral("partial"),
                  QStringLiteral("A part that cannot be read is named in unreadable instead of "
                                 "failing the call (default false)"))},
         QStringLiteral("{change, approval_steps, tasks, available_actions, can_edit, role (the "
                        "caller's), eligibility? (in review: who may still decide each step), "
                        "conflicts_summary?, history?, risk?, assignees?, unreadable? ({part: "
                        "error})}"),
         {},
         changeOpen},
        {QStringLiteral("change.list"),
         Scope::Workspace,
         QStringLiteral("The change list, filtered."),
         QList<Param>{
             oneOf(QStringLiteral("status"), wireNames(allChangeStatuses()),
                   QStringLiteral("Status")),
             oneOf(QStringLiteral("change_type"), wireNames(allChangeTypes()),
                   QStringLiteral("Type")),
             oneOf(QStringLiteral("priority"), wireNames(allPriorities()),
                   QStringLiteral("Priority")),
             oneOf(QStringLiteral("risk_level"), wireNames(allRiskLevels()),
                   QStringLiteral("Risk level")),
             text(QStringLiteral("assignee"), QStringLiteral("Assigned to this user")),
             text(QStringLiteral("search"),
                  QStringLiteral("Words that must each occur in the number, the title, or the "
                                 "assignee or requester (username or display name)")),
             integer(QStringLiteral("limit"), 1, 1000000,
                     QStringLiteral("At most N changes, newest (highest number) first")),
             integer(QStringLiteral("before"), 1, 1000000000,
                     QStringLiteral("Only changes numbered below N: the next page after a page "
                                    "whose last change is N (with limit; pages never repeat a "
                                    "change)")),
             [] {
                 Param p = change(QStringLiteral("number"),
                                  QStringLiteral("This change only: its row, or none when it "
                                                 "is not visible (a live update reads one row)"));
                 p.required = false;
                 return p;
             }()}
             + changeViewParams()
             + QList<Param>{text(QStringLiteral("filter"),
                                 QStringLiteral("Start from this saved filter of the caller's")),
                            oneOf(QStringLiteral("layout"),
                                  {QStringLiteral("objects"), QStringLiteral("rows")},
                                  QStringLiteral("The answer's form: objects (default), or rows: "
                                                 "{columns: [name], rows: [[value]]}, one "
                                                 "array per change, number as an integer"))},
         QStringLiteral("{changes: [change_summary]}, or with layout rows {changes: {columns, "
                        "rows}}"),
         {},
         changeListing},
        {QStringLiteral("change.apply"),
         Scope::Workspace,
         QStringLiteral("One FSM transition: submit, approve, reject, schedule, start, complete, "
                        "rollback, reopen or cancel."),
         {change(),
          oneOf(QStringLiteral("action"), wireNames(allActions()), QStringLiteral("The action"),
                true),
          text(QStringLiteral("comment"), QStringLiteral("A note kept with the audit event")),
          text(QStringLiteral("reason"), QStringLiteral("reject, rollback, reopen, cancel")),
          oneOf(QStringLiteral("closure_code"), wireNames(allClosureCodes()),
                QStringLiteral("complete")),
          text(QStringLiteral("closure_notes"), QStringLiteral("complete")),
          text(QStringLiteral("override_freeze"),
               QStringLiteral("Justification to override an overridable freeze window")),
          text(QStringLiteral("justification"),
               QStringLiteral("start: why the change starts outside its planned window")),
          expectedVersion()},
         QStringLiteral("{change}"),
         transitionErrors,
         changeApply},
        {QStringLiteral("change.history"),
         Scope::Workspace,
         QStringLiteral("The change's audit history, oldest first."),
         {change()},
         QStringLiteral("{events: [audit_event]}"),
         {},
         changeHistory},
        {QStringLiteral("change.steps"),
         Scope::Workspace,
         QStringLiteral("The change's approval steps and decisions, and whether the caller may "
                        "approve or reject it now (refusal: the error the decision would get)."),
         {change()},
         QStringLiteral("{approval_steps: [approval_step], decisions: [{action: approve|reject, "
                        "refusal: error|null}]}"),
         {},
         changeSteps},
        {QStringLiteral("task.generate"),
         Scope::Workspace,
         QStringLiteral("One task per step of the implementation plan."),
         {change()},
         QStringLiteral("{tasks: [task]}"),
         {QStringLiteral("permission_denied"), QStringLiteral("invalid_transition")},
         taskGenerate},
        {QStringLiteral("task.list"),
         Scope::Workspace,
         QStringLiteral("The change's tasks."),
         {change()},
         QStringLiteral("{tasks: [task]}"),
         {},
         taskList},
        {QStringLiteral("task.start"),
         Scope::Workspace,
         QStringLiteral("Start a task (the change must be in progress)."),
         {change(), seq()},
         QStringLiteral("{task}"),
         taskErrors,
         [](const Call &c) { return taskAct(c, TaskStatus::InProgress); }},
        {QStringLiteral("task.done"),
         Scope::Workspace,
         QStringLiteral("Mark a task done."),
         {change(), seq()},
         QStringLiteral("{task}"),
         taskErrors,
         [](const Call &c) { return taskAct(c, TaskStatus::Done); }},
        {QStringLiteral("task.skip"),
         Scope::Workspace,
         QStringLiteral("Skip a task that is not required."),
         {change(), seq()},
         QStringLiteral("{task}"),
         taskErrors,
         [](const Call &c) { return taskAct(c, TaskStatus::Skipped); }},
        {QStringLiteral("comment.add"),
         Scope::Workspace,
         QStringLiteral("Comment on a change."),
         {change(), text(QStringLiteral("body"), QStringLiteral("The comment"), true)},
         QStringLiteral("{comment}"),
         {QStringLiteral("permission_denied")},
         commentAdd},
        {QStringLiteral("comment.list"),
         Scope::Workspace,
         QStringLiteral("A change's comments."),
         {change()},
         QStringLiteral("{comments: [comment]}"),
         {},
         commentList},
        {QStringLiteral("attachment.add"),
         Scope::Workspace,
         QStringLiteral("Attach a file, kept in the database with its size and SHA-256."),
         {change(), text(QStringLiteral("file_name"), QStringLiteral("The file's name"), true),
          bytes(QStringLiteral("content"), Discussion::kMaxAttachmentBytes,
                QStringLiteral("The file's bytes"), true),
          text(QStringLiteral("mime_type"), QStringLiteral("e.g. text/plain"))},
         QStringLiteral("{attachment}"),
         {QStringLiteral("permission_denied")},
         attachmentAdd},
        {QStringLiteral("attachment.list"),
         Scope::Workspace,
         QStringLiteral("A change's attachments (without their bytes)."),
         {change()},
         QStringLiteral("{attachments: [attachment]}"),
         {},
         attachmentList},
        {QStringLiteral("attachment.content"),
         Scope::Workspace,
         QStringLiteral("The bytes of one attachment of the workspace."),
         {integer(QStringLiteral("id"), 1, 9007199254740991LL,
                  QStringLiteral("The attachment's id (from attachment.list)"), true)},
         QStringLiteral("{content: base64}"),
         {},
         attachmentContent},
    };
}

} // namespace vigilo::api
