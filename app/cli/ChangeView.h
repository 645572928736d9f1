#pragma once
// Human renderings of changes, steps, tasks and audit events.

#include "Entities.h"
#include "Planning.h"

#include <QString>

namespace vigilo::cli {

QString changeTable(const QList<ChangeSummary> &changes);
QString changeDetail(const ChangeRequest &change, const QList<ApprovalStep> &steps,
                     const QList<ChangeTask> &tasks);
QString stepsBlock(const QList<ApprovalStep> &steps);
QString tasksTable(const QList<ChangeTask> &tasks);
QString historyLines(const QList<AuditEvent> &events);
QString conflictsBlock(const ConflictSummary &summary);
QString similarTable(const QList<SimilarChange> &similar);

} // namespace vigilo::cli
