#pragma once
// The implementation tasks of a change and their FSM.

#include "Actor.h"
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

private:
    enum class TaskAction { Start, Done, Skip };
    Result<ChangeTask> act(const Actor &actor, int changeNumber, int seq, TaskAction action);
    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace vigilo
