#pragma once
// The implementation tasks of a change and their FSM.

#include "Actor.h"
#include "Answer.h"
#include "Error.h"

namespace vigilo {

class Store;
class Clock;
class AuditLog;

struct RunbookLine {
    QString title;
    bool isRequired = true;
};

class Runbook final {
public:
    enum class TaskAction { Start, Done, Skip };
    static QList<TaskAction> allTaskActions()
    {
        return {TaskAction::Start, TaskAction::Done, TaskAction::Skip};
    }

    Runbook(Store &store, const Clock &clock, AuditLog &audit)
        : m_store(store)
        , m_clock(clock)
        , m_audit(audit)
    {}

    // One task per numbered or bulleted line (every non-empty line when none is);
    // a line ending in "(optional)" is not required.
    static QList<RunbookLine> parsePlan(const QString &implementationPlan);

    // Replaces the tasks (refused once a task has left `pending`); each task's predecessor is
    // the one before it.
    Result<QList<ChangeTask>> generate(const Actor &actor, int changeNumber);
    Result<QList<ChangeTask>> tasks(const Actor &actor, int changeNumber) const;
    Result<QList<ChangeTask>> tasksOf(qint64 changeId) const;
    Result<ChangeTask> start(const Actor &actor, int changeNumber, int seq);
    Result<ChangeTask> done(const Actor &actor, int changeNumber, int seq);
    Result<ChangeTask> skip(const Actor &actor, int changeNumber, int seq);

    // The rules start(), done(), skip() and generate() decide by, for the toolbar to ask first
    // (no SQL: `tasks` are every task of `change`). Each answer carries the refusal the write
    // would give.
    static QList<Answer<TaskAction>> availableTaskActions(const Actor &actor,
                                                          const ChangeRequest &change,
                                                          const ChangeTask &task,
                                                          const QList<ChangeTask> &tasks);
    static std::optional<Error> taskRefusal(const Actor &actor, const ChangeRequest &change,
                                            const ChangeTask &task, const QList<ChangeTask> &tasks,
                                            TaskAction action);
    static std::optional<Error> generateRefusal(const Actor &actor, const ChangeRequest &change,
                                                const QList<ChangeTask> &tasks);
    // The predecessors of a pending task that are not done or skipped (it waits on them).
    static QList<int> pendingPredecessors(const ChangeTask &task, const QList<ChangeTask> &tasks);

private:
    Result<ChangeTask> act(const Actor &actor, int changeNumber, int seq, TaskAction action);
    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace vigilo
