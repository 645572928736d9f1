#pragma once
// The conflicts summary's building blocks, shared by Planning::conflictsFor (one window) and
// Planning::calendar (every window in a range): one place says why a window is a problem.

#include "MaintenanceWindows.h"
#include "Planning.h"

#include <optional>

namespace vigilo::planning {

// A time in the sentences of conflicts and refusals: "2026-03-02 09:00 UTC".
inline QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}
// The statuses whose windows other changes conflict with, as an SQL list.
inline QString activeStatusesSql()
{
    return QStringLiteral("('review', 'approved', 'scheduled', 'in_progress')");
}

// An overlapping change on shared assets: number, status, sharedAssets, start, end are set.
QString changeReason(const Conflict &k);
// A freeze window: title, start, end, allowOverride are set; `why` is the window's reason.
QString freezeReason(const Conflict &k, const QString &why);
// The window [start, end) lies outside every maintenance window of `asset`.
Conflict maintenanceConflict(const QString &asset, const QList<MaintenanceWindow> &windows,
                             const QDateTime &start, const QDateTime &end);

// Where an upstream change stands, as far as a dependent change's window is concerned.
struct Upstream {
    int number = 0;
    QString title;
    ChangeStatus status = ChangeStatus::Draft;
    QDateTime plannedStart;
    QDateTime plannedEnd;
};
// The conflict an upstream change causes for a window starting at `start`, if any.
std::optional<Conflict> dependencyConflict(const Upstream &up, bool windowed,
                                           const QDateTime &start);

} // namespace vigilo::planning
