#pragma once
// The approval queue as the core sees it: changes in review, each with its open steps and
// whether the signed-in member may decide now, ordered by planned start (unscheduled last).

#include "Actor.h"
#include "Error.h"

#include <QList>

namespace vigilo {
class Vigilo;
}

namespace vigilo::ui {

struct QueueEntry {
    ChangeRequest change;
    QList<ApprovalStep> openSteps; // waiting or awaiting a decision, in order
    bool canDecide = false;        // ApprovalEngine::canDecide for the actor
};

class ApprovalQueue final {
public:
    // onlyDecidable: just the changes the actor may decide now (the Approval queue page);
    // false: every change in review (the CAB room sees the whole queue).
    static Result<QList<QueueEntry>> load(Vigilo &core, const Actor &actor, bool onlyDecidable);
    // Open steps as one line: "Approver review (0/1) → Admin sign-off".
    static QString describeOpenSteps(const QList<ApprovalStep> &steps);
};

} // namespace vigilo::ui
