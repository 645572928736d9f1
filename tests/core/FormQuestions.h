#pragma once
// The planning questions a form asks while it is typed (the New change form, a bar dragged on
// the calendar), asked through the Client as the engineer: on every backend, as the desktop does.

#include "TestWorkspace.h"

namespace vigilo::test {

// The conflicts of a window on `assets` (change.conflicts of a form); `number`: a saved change,
// which fills in what the form does not give and is left out of its own conflicts.
inline Result<ConflictSummary> conflictsFor(TestWorkspace &ws, const QDateTime &start,
                                            const QDateTime &end, const QStringList &assets,
                                            int number = 0)
{
    PlanningForm form;
    form.plannedStart = start;
    form.plannedEnd = end;
    form.affectedAssets = assets;
    return awaited(ws.client(QStringLiteral("engineer")).conflictsAsync(form, number));
}

} // namespace vigilo::test
