#include "Runbook.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Dialect.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "WriteScope.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace vigilo {

namespace {

const char *kTaskSelect =
    "SELECT t.id, t.change_id, t.seq, t.title, t.is_required, t.status, "
    "t.started_at, ms.username, t.finished_at, mf.username FROM change_tasks t "
    "LEFT JOIN members ms ON ms.id = t.started_by_id "
    "LEFT JOIN members mf ON mf.id = t.finished_by_id ";

ChangeTask readTask(const CachedQuery &q)
{
    ChangeTask t;
    t.id = q.value(0).toLongLong();
    t.changeId = q.value(1).toLongLong();
    t.seq = q.value(2).toInt();
    t.title = q.value(3).toString();
    t.isRequired = q.value(4).toInt() != 0;
    t.status = parseTaskStatus(q.value(5).toString()).value_or(TaskStatus::Pending);
    t.startedAt = Dialect::fromDb(q.value(6));
    t.startedBy = q.value(7).toString();
    t.finishedAt = Dialect::fromDb(q.value(8));
    t.finishedBy = q.value(9).toString();
    return t;
}

} // namespace

QList<RunbookLine> Runbook::parsePlan(const QString &plan)
{
    static const QRegularExpression item(
        QStringLiteral("^\\s*(?:\\d{1,3}[.)]|[-*•+]|\\[[ xX]?\\])\\s+(.*\\S)\\s*$"));
    static const QRegularExpression optional(QStringLiteral("\\s*\\((?:optional)\\)\\s*$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression lineBreak(QStringLiteral("\\r?\\n"));
    const QStringList lines = plan.split(lineBreak);
    QStringList picked;
    for (const QString &line : lines) {
        const auto m = item.match(line);
        if (m.hasMatch())
            picked << m.captured(1);
    }
    if (picked.isEmpty())
        for (const QString &line : lines)
            if (!line.trimmed().isEmpty())
                picked << line.trimmed();
    QList<RunbookLine> out;
    for (QString title : picked) {
        RunbookLine l;
        const auto m = optional.match(title);
        if (m.hasMatch()) {
            l.isRequired = false;
            title.truncate(m.capturedStart());
        }
        l.title = title.trimmed().left(500);
        if (!l.title.isEmpty())
            out << l;
    }
    return out;
}

Result<QList<ChangeTask>> Runbook::tasksOf(qint64 changeId) const
{
    auto q = sql::run(m_store,
                      QLatin1String(kTaskSelect)
                          + QStringLiteral("WHERE t.change_id = ? ORDER BY t.seq"),
                      {changeId});
    if (!q)
        return q.error();
    QList<ChangeTask> out;
    while (q->next())
        out << readTask(*q);
    q->finish();
    auto p =
        sql::run(m_store,
                 QStringLiteral("SELECT tp.task_id, pt.seq FROM task_predecessors tp JOIN "
                                "change_tasks pt ON pt.id = tp.predecessor_id JOIN change_tasks "
                                "t ON t.id = tp.task_id WHERE t.change_id = ? ORDER BY pt.seq"),
                 {changeId});
    if (!p)
        return p.error();
    while (p->next())
        for (auto &t : out)
            if (t.id == p->value(0).toLongLong())
                t.predecessors << p->value(1).toInt();
    return out;
}

Result<QList<ChangeTask>> Runbook::tasks(const Actor &actor, int changeNumber) const
{
    auto c = sql::loadChange(m_store, actor.workspace.id, changeNumber);
    if (!c)
        return c.error();
    return tasksOf(c->id);
}

Result<QList<ChangeTask>> Runbook::generate(const Actor &caller, int changeNumber)
{
    WriteScope scope(m_store, caller, Permission::ChangesCreate);
    VIGILO_TRY(scope.begin(changeNumber, {}, sql::ChangeParts::Record));
    const Actor &actor = scope.actor();
    const ChangeRequest *c = &scope.change();
    auto existing = tasksOf(c->id);
    if (!existing)
        return existing.error();
    if (auto refused = generateRefusal(actor, *c, *existing))
        return *refused;
    const QList<RunbookLine> lines = parsePlan(c->implementationPlan);
    QStringList oldTitles;
    for (const auto &t : *existing)
        oldTitles << t.title;
    VIGILO_TRY(
        sql::run(m_store, QStringLiteral("DELETE FROM change_tasks WHERE change_id = ?"), {c->id}));
    qint64 previous = 0;
    int seq = 0;
    QStringList newTitles;
    for (const RunbookLine &l : lines) {
        auto id = sql::insert(m_store,
                              QStringLiteral("INSERT INTO change_tasks (change_id, seq, title, "
                                             "is_required, status) VALUES (?, ?, ?, ?, 'pending')"),
                              {c->id, ++seq, l.title, l.isRequired ? 1 : 0});
        if (!id)
            return id.error();
        if (previous)
            VIGILO_TRY(sql::run(m_store,
                                QStringLiteral("INSERT INTO task_predecessors (task_id, "
                                               "predecessor_id) VALUES (?, ?)"),
                                {*id, previous}));
        previous = *id;
        newTitles << (l.isRequired ? l.title : l.title + QStringLiteral(" (optional)"));
    }
    VIGILO_TRY(m_audit.record(
        actor.workspace.id, actor.member.username, QStringLiteral("task.generate"),
        QStringLiteral("change"), c->id, c->number,
        oldTitles.isEmpty()
            ? QJsonObject()
            : QJsonObject{{QStringLiteral("tasks"), QJsonArray::fromStringList(oldTitles)}},
        {{QStringLiteral("tasks"), QJsonArray::fromStringList(newTitles)}}));
    VIGILO_TRY(scope.commit());
    return tasksOf(c->id);
}

Result<ChangeTask> Runbook::start(const Actor &actor, int changeNumber, int seq)
{
    return act(actor, changeNumber, seq, TaskAction::Start);
}

Result<ChangeTask> Runbook::done(const Actor &actor, int changeNumber, int seq)
{
    return act(actor, changeNumber, seq, TaskAction::Done);
}

Result<ChangeTask> Runbook::skip(const Actor &actor, int changeNumber, int seq)
{
    return act(actor, changeNumber, seq, TaskAction::Skip);
}

Result<ChangeTask> Runbook::act(const Actor &caller, int changeNumber, int seq, TaskAction action)
{
    WriteScope scope(m_store, caller, Permission::ChangesExecute);
    VIGILO_TRY(scope.begin(changeNumber, {}, sql::ChangeParts::State));
    const Actor &actor = scope.actor();
    const ChangeRequest *c = &scope.change();
    auto all = tasksOf(c->id);
    if (!all)
        return all.error();
    const ChangeTask *found = nullptr;
    for (const auto &t : *all)
        if (t.seq == seq)
            found = &t;
    if (!found)
        return Error::notFound(CoreText::tr("%1 has no task #%2 (see `vigilo-cli task list %1`).")
                                   .arg(c->numberText())
                                   .arg(seq),
                               {{QStringLiteral("seq"), seq}});
    ChangeTask t = *found;
    const ChangeTask before = t;
    const QString actionName = action == TaskAction::Start  ? QStringLiteral("start")
                               : action == TaskAction::Done ? QStringLiteral("done")
                                                            : QStringLiteral("skip");
    if (auto refused = taskRefusal(actor, *c, t, *all, action))
        return *refused;
    const QDateTime now = m_clock.now();
    switch (action) {
    case TaskAction::Start:
        t.status = TaskStatus::InProgress;
        t.startedAt = now;
        t.startedBy = actor.member.username;
        break;
    case TaskAction::Done:
        t.status = TaskStatus::Done;
        t.finishedAt = now;
        t.finishedBy = actor.member.username;
        break;
    case TaskAction::Skip:
        t.status = TaskStatus::Skipped;
        t.finishedAt = now;
        t.finishedBy = actor.member.username;
        break;
    }
    // Starting stamps the start, anything else the finish: by the actor, now.
    auto updated = sql::run(
        m_store,
        action == TaskAction::Start
            ? QStringLiteral("UPDATE change_tasks SET status = ?, started_at = ?, started_by_id = "
                             "? WHERE id = ? AND status = ?")
            : QStringLiteral("UPDATE change_tasks SET status = ?, finished_at = ?, "
                             "finished_by_id = ? WHERE id = ? AND status = ?"),
        {toString(t.status), Dialect::toDb(now), actor.member.id, t.id, toString(before.status)});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return Error::rule(QStringLiteral("stale_write"),
                           CoreText::tr("Someone else updated task #%1 a moment ago. Reload the "
                                        "runbook and try again.")
                               .arg(seq));
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("task.") + actionName, QStringLiteral("task"), t.id,
                              c->number,
                              {{QStringLiteral("seq"), seq},
                               {QStringLiteral("title"), t.title},
                               {QStringLiteral("status"), toString(before.status)}},
                              {{QStringLiteral("seq"), seq},
                               {QStringLiteral("title"), t.title},
                               {QStringLiteral("status"), toString(t.status)}}));
    VIGILO_TRY(scope.commit());
    return t;
}

QList<int> Runbook::pendingPredecessors(const ChangeTask &task, const QList<ChangeTask> &tasks)
{
    QList<int> out;
    for (int p : task.predecessors)
        for (const auto &o : tasks)
            if (o.seq == p && o.status != TaskStatus::Done && o.status != TaskStatus::Skipped)
                out << o.seq;
    return out;
}

std::optional<Error> Runbook::taskRefusal(const Actor &actor, const ChangeRequest &c,
                                          const ChangeTask &t, const QList<ChangeTask> &tasks,
                                          TaskAction action)
{
    if (!actor.can(Permission::ChangesExecute))
        return sql::permissionDenied(actor, Permission::ChangesExecute);
    const int seq = t.seq;
    const QString actionName = action == TaskAction::Start  ? QStringLiteral("start")
                               : action == TaskAction::Done ? QStringLiteral("done")
                                                            : QStringLiteral("skip");
    if (c.status != ChangeStatus::InProgress && action != TaskAction::Skip)
        return Error::rule(QStringLiteral("invalid_transition"),
                           CoreText::tr("Tasks run only while their change is in progress; %1 is "
                                        "%2. Start the change first.")
                               .arg(c.numberText(), label(c.status)),
                           {{QStringLiteral("status"), toString(c.status)}});
    if (action == TaskAction::Skip && isTerminal(c.status))
        return Error::rule(QStringLiteral("invalid_transition"),
                           CoreText::tr("%1 is %2: its tasks can no longer change.")
                               .arg(c.numberText(), label(c.status)),
                           {{QStringLiteral("status"), toString(c.status)}});
    const TaskStatus from =
        action == TaskAction::Done ? TaskStatus::InProgress : TaskStatus::Pending;
    if (t.status != from)
        return Error::rule(
            QStringLiteral("invalid_transition"),
            CoreText::tr("Task #%1 is %2; it cannot be marked \"%3\" from there.")
                .arg(seq)
                .arg(label(t.status), actionName),
            {{QStringLiteral("seq"), seq}, {QStringLiteral("status"), toString(t.status)}});
    if (action == TaskAction::Start) {
        const QList<int> waiting = pendingPredecessors(t, tasks);
        if (!waiting.isEmpty()) {
            QJsonArray blockers;
            QStringList names;
            for (const auto &o : tasks)
                if (waiting.contains(o.seq)) {
                    blockers.append(QJsonObject{{QStringLiteral("seq"), o.seq},
                                                {QStringLiteral("title"), o.title},
                                                {QStringLiteral("status"), toString(o.status)}});
                    names << QStringLiteral("#%1").arg(o.seq);
                }
            return Error::rule(QStringLiteral("predecessors_pending"),
                               CoreText::tr("Task #%1 waits on %2, not done or skipped yet. Finish "
                                            "them first.")
                                   .arg(seq)
                                   .arg(names.join(QStringLiteral(", "))),
                               {{QStringLiteral("blockers"), blockers}});
        }
    }
    if (action == TaskAction::Skip && t.isRequired)
        return Error::rule(QStringLiteral("task_required"),
                           CoreText::tr("Task #%1 is required and cannot be skipped. Only "
                                        "optional tasks can be skipped.")
                               .arg(seq),
                           {{QStringLiteral("seq"), seq}});
    return std::nullopt;
}

QList<Answer<Runbook::TaskAction>> Runbook::availableTaskActions(const Actor &actor,
                                                                 const ChangeRequest &change,
                                                                 const ChangeTask &task,
                                                                 const QList<ChangeTask> &tasks)
{
    QList<Answer<TaskAction>> out;
    for (TaskAction a : allTaskActions())
        out << Answer<TaskAction>{a, taskRefusal(actor, change, task, tasks, a)};
    return out;
}

std::optional<Error> Runbook::generateRefusal(const Actor &actor, const ChangeRequest &c,
                                              const QList<ChangeTask> &tasks)
{
    if (!actor.can(Permission::ChangesCreate))
        return sql::permissionDenied(actor, Permission::ChangesCreate);
    if (isTerminal(c.status))
        return Error::rule(QStringLiteral("invalid_transition"),
                           CoreText::tr("%1 is %2: its runbook can no longer change.")
                               .arg(c.numberText(), label(c.status)),
                           {{QStringLiteral("status"), toString(c.status)}});
    if (parsePlan(c.implementationPlan).isEmpty())
        return Error::rule(QStringLiteral("validation_failed"),
                           CoreText::tr("%1 has no implementation plan to turn into tasks. Write "
                                        "the plan as a numbered list first.")
                               .arg(c.numberText()),
                           {{QStringLiteral("missing"), QStringLiteral("implementation_plan")}});
    for (const auto &t : tasks)
        if (t.status != TaskStatus::Pending)
            return Error::rule(QStringLiteral("invalid_transition"),
                               CoreText::tr("Task #%1 of %2 has already been worked on, so the "
                                            "runbook cannot be generated again.")
                                   .arg(t.seq)
                                   .arg(c.numberText()),
                               {{QStringLiteral("seq"), t.seq}});
    return std::nullopt;
}

} // namespace vigilo
