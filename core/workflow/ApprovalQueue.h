#pragma once
// The approval queue: every change in review with what the Approval queue page and CAB mode
// show of it, its open steps, and whether the signed-in member may decide it now (and if not,
// why). A constant number of statements however long the queue is.

#include "Actor.h"
#include "Error.h"

#include <QJsonObject>

namespace vigilo {

class ApprovalEngine;
class ChangeService;

struct ApprovalQueueItem {
    ChangeSummary change;
    QList<ApprovalStep> openSteps; // waiting or awaiting a decision, in order, with decisions
    std::optional<Error> refusal;  // why the actor may not decide now; unset: they may
    QString onBehalfOf;            // the member the actor would decide for (a delegation)

    bool canDecide() const { return !refusal.has_value(); }
    // The step awaiting a decision (nullptr when none is).
    const ApprovalStep *pendingStep() const;
    QJsonObject toJson() const;
};

class ApprovalQueue final {
public:
    ApprovalQueue(ChangeService &changes, ApprovalEngine &approvals)
        : m_changes(changes)
        , m_approvals(approvals)
    {}

    // onlyDecidable: the changes `actor` may decide now (the Approval queue page); false: every
    // change in review (the CAB room sees the whole queue). Ordered by planned start, unplanned
    // last, then by number.
    Result<QList<ApprovalQueueItem>> load(const Actor &actor, bool onlyDecidable) const;

private:
    ChangeService &m_changes;
    ApprovalEngine &m_approvals;
};

} // namespace vigilo
