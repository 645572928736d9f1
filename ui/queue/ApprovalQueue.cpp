#include "ApprovalQueue.h"

#include "Vigilo.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace vigilo::ui {

namespace {
qint64 startKey(const ChangeRequest &c)
{
    return c.plannedStart.isValid() ? c.plannedStart.toMSecsSinceEpoch()
                                    : std::numeric_limits<qint64>::max();
}
} // namespace

Result<QList<QueueEntry>> ApprovalQueue::load(Vigilo &core, const Actor &actor, bool onlyDecidable)
{
    ChangeFilter filter;
    filter.status = ChangeStatus::Review;
    auto inReview = core.changes().list(actor, filter);
    if (!inReview.ok())
        return inReview.error();
    QList<QueueEntry> entries;
    entries.reserve(inReview->size());
    for (const ChangeSummary &summary : std::as_const(inReview.value())) {
        auto change = core.changes().get(actor, summary.number);
        if (!change.ok())
            return change.error();
        QueueEntry entry;
        entry.canDecide = core.approvals().canDecide(actor, change.value());
        if (onlyDecidable && !entry.canDecide)
            continue;
        auto steps = core.approvals().stepsOf(change->id);
        if (!steps.ok())
            return steps.error();
        for (const ApprovalStep &step : std::as_const(steps.value()))
            if (step.status == StepStatus::Waiting || step.status == StepStatus::Pending)
                entry.openSteps << step;
        entry.change = std::move(change).value();
        entries << std::move(entry);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const QueueEntry &a, const QueueEntry &b) {
        const qint64 ka = startKey(a.change), kb = startKey(b.change);
        return ka != kb ? ka < kb : a.change.number < b.change.number;
    });
    return entries;
}

QString ApprovalQueue::describeOpenSteps(const QList<ApprovalStep> &steps)
{
    QStringList parts;
    for (const ApprovalStep &step : steps) {
        int approvals = 0;
        for (const ApprovalDecision &d : step.decisions)
            if (d.approved)
                ++approvals;
        parts << QCoreApplication::translate("vigilo::ui::ApprovalQueue", "%1 (%2/%3, %4+)")
                     .arg(step.name)
                     .arg(approvals)
                     .arg(step.requiredApprovals)
                     .arg(label(step.eligibleRole));
    }
    return parts.isEmpty() ? QCoreApplication::translate("vigilo::ui::ApprovalQueue", "None")
                           : parts.join(QStringLiteral(" → "));
}

} // namespace vigilo::ui
