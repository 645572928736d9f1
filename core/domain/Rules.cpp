#include "Rules.h"

namespace vigilo::rules {

LeadTime leadTime(ChangeType type, int minLeadTimeHours, const QDateTime &plannedStart,
                  const QDateTime &measuredFrom)
{
    LeadTime l;
    l.measuredFrom = measuredFrom.toUTC();
    if (type == ChangeType::Emergency || !plannedStart.isValid() || !measuredFrom.isValid())
        return l;
    l.applies = true;
    l.earliestStart = l.measuredFrom.addSecs(qint64(minLeadTimeHours) * 3600);
    l.hoursAvailable = l.measuredFrom.secsTo(plannedStart) / 3600.0;
    l.met = plannedStart >= l.earliestStart;
    return l;
}

LeadTime leadTime(const ChangeRequest &change, const QDateTime &now)
{
    const QDateTime from =
        change.submittedAt.isValid() ? change.submittedAt : riskAsOf(change, now);
    return leadTime(change.changeType, change.minLeadTimeHours, change.plannedStart, from);
}

bool windowsOverlap(const QDateTime &aStart, const QDateTime &aEnd, const QDateTime &bStart,
                    const QDateTime &bEnd)
{
    return aStart.isValid() && aEnd.isValid() && bStart.isValid() && bEnd.isValid() && aStart < bEnd
           && bStart < aEnd;
}

QString windowsOverlapSql(const QString &startColumn, const QString &endColumn)
{
    return QStringLiteral("%1 < ? AND %2 > ?").arg(startColumn, endColumn);
}

bool isFailedChange(ChangeStatus status, const std::optional<ClosureCode> &closure)
{
    return status == ChangeStatus::RolledBack
           || (status == ChangeStatus::Completed && closure == ClosureCode::Unsuccessful);
}

QString failedChangeSql(const QString &alias)
{
    return QStringLiteral("(%1.status = 'rolled_back' OR (%1.status = 'completed' AND "
                          "%1.closure_code = 'unsuccessful'))")
        .arg(alias);
}

bool isOverrunning(ChangeStatus status, const QDateTime &plannedEnd, const QDateTime &now)
{
    return status == ChangeStatus::InProgress && plannedEnd.isValid() && now >= plannedEnd;
}

QDateTime riskAsOf(const ChangeRequest &change, const QDateTime &now)
{
    if (!isTerminal(change.status))
        return now;
    if (change.submittedAt.isValid())
        return change.submittedAt;
    for (const QDateTime &ended :
         {change.closedAt, change.rolledBackAt, change.cancelledAt, change.updatedAt})
        if (ended.isValid())
            return ended;
    return now;
}

} // namespace vigilo::rules
