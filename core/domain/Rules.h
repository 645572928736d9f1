#pragma once
// Rules about a change's record that several parts of the product ask about, each written once:
// lead time, overlapping windows, what counts as a failed change, when a change overruns, and
// the moment a closed change's risk conditions are judged at. Pure functions: no SQL, no clock
// (callers pass "now" from the injected Clock).

#include "Entities.h"

#include <QDateTime>
#include <QString>

namespace vigilo::rules {

// Lead time is measured from submission to the planned start (PRODUCT.md). A change not yet
// submitted is measured from `now`: the earliest it could be submitted.
struct LeadTime {
    bool applies = false;      // false for emergency changes and changes without a planned start
    QDateTime measuredFrom;    // submission, or now
    QDateTime earliestStart;   // measuredFrom + the change's minimum lead time
    double hoursAvailable = 0; // from measuredFrom to the planned start
    bool met = true;
};
LeadTime leadTime(ChangeType type, int minLeadTimeHours, const QDateTime &plannedStart,
                  const QDateTime &measuredFrom);
// For a stored change: measured from its submission when it has one, else from riskAsOf() (now
// for an open change).
LeadTime leadTime(const ChangeRequest &change, const QDateTime &now);

// Half-open windows [aStart, aEnd) and [bStart, bEnd) overlap: touching windows do not.
bool windowsOverlap(const QDateTime &aStart, const QDateTime &aEnd, const QDateTime &bStart,
                    const QDateTime &bEnd);
// The same condition in SQL, for a row window (startColumn, endColumn) against two bound
// parameters in the order (end, start): "startColumn < ? AND endColumn > ?".
QString windowsOverlapSql(const QString &startColumn, const QString &endColumn);

// A failed change: rolled back, or completed with the closure code "unsuccessful". Counted as
// a failure by the change failure rate, flagged by Suggest similar and raised as a risk
// condition on similar changes.
bool isFailedChange(ChangeStatus status, const std::optional<ClosureCode> &closure);
// The same as a SQL condition over a changes row aliased `alias`.
QString failedChangeSql(const QString &alias);

// A change still in progress after its planned end.
bool isOverrunning(ChangeStatus status, const QDateTime &plannedEnd, const QDateTime &now);

// The moment a change's risk conditions are judged at: now while it is open; for a closed change
// (completed, rolled back, rejected, cancelled) the moment it was submitted, or, when it never
// was, the moment it ended. What the record said then does not change a year later.
QDateTime riskAsOf(const ChangeRequest &change, const QDateTime &now);

} // namespace vigilo::rules
