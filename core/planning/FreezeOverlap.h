#pragma once
// The one query that says which freeze windows a window runs into: the submit and schedule
// gates, the conflicts summary (and with it the New change preview and the conflict banner),
// the next free slot and the calendar all read freeze windows through it.

#include "Entities.h"
#include "Error.h"

#include <optional>

namespace vigilo {

class Store;

namespace planning {

// The freeze windows of the workspace that overlap [start, end) (half-open: a freeze window
// that ends when the window starts, or starts when it ends, does not), ordered by start, each
// with its asset names. `assets`: a freeze window limited to assets counts only when it names
// one of them (workspace-wide ones always count); nullopt: every freeze window, whatever it
// covers (the calendar draws them all). One statement.
Result<QList<FreezeWindow>> freezesOverlapping(Store &store, qint64 workspaceId,
                                               const QDateTime &start, const QDateTime &end,
                                               const std::optional<QStringList> &assets);
// The asset rule of freezesOverlapping() for a window already read: workspace-wide, or naming
// one of `assets`.
bool freezeApplies(const FreezeWindow &freeze, const QStringList &assets);

} // namespace planning
} // namespace vigilo
