#pragma once
// The conflicts summary's building blocks, shared by Planning::conflictsFor (one window) and
// Planning::calendar (every window in a range): one place says why a window is a problem.

#include "ImpactGraph.h"
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
// "?, ?, ?": n bound values for an IN list.
inline QString placeholders(int n)
{
    QStringList p;
    for (int i = 0; i < n; ++i)
        p << QStringLiteral("?");
    return p.join(QStringLiteral(", "));
}

// An overlapping change on shared assets: number, status, sharedAssets, start, end are set.
QString changeReason(const Conflict &k);
// A freeze window: title, start, end, allowOverride are set; `why` is the window's reason.
QString freezeReason(const Conflict &k, const QString &why);
// The window [start, end) lies outside every maintenance window of `asset`.
Conflict maintenanceConflict(const QString &asset, const QList<MaintenanceWindow> &windows,
                             const QDateTime &start, const QDateTime &end);

// Another active change whose window overlaps, with the assets it works on (for indirect
// conflicts).
struct Overlapping {
    int number = 0;
    QString title;
    QString status;
    QDateTime start;
    QDateTime end;
    QList<qint64> assetIds;
};
// The indirect conflicts of a window whose assets reach `affects` and `reliesOn` (walks from the
// window's own assets; `blocked`: the change's impact exclusions, which do not count) with the
// overlapping changes `others` that share none of its assets, nearest link first. `names` must
// name every asset the walks reached.
QList<Conflict> indirectConflicts(const impact::Walk &affects, const impact::Walk &reliesOn,
                                  const QSet<qint64> &blocked, const QList<Overlapping> &others,
                                  const QHash<qint64, impact::AssetInfo> &names);

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
