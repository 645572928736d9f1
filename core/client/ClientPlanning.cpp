// The Client's calls on a planning form as it is typed (the New change form, a change's Details
// tab, a bar dragged on the calendar): its conflicts and its next free slot. One form, with an
// optional saved change that fills in what the form does not give and is left out of its own
// conflicts. Nothing is saved.
#include "Client.h"

#include "ClientReplies.h"
#include "IsoTime.h"

#include <QJsonArray>

namespace vigilo::client {

namespace {

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// change.conflicts' and change.next_slot's form fields: only those the form gives.
QJsonObject formParams(const PlanningForm &form, int number)
{
    QJsonObject p;
    if (number > 0)
        p.insert(QStringLiteral("number"), formatChangeNumber(number));
    if (form.plannedStart)
        p.insert(QStringLiteral("planned_start"), timeOrNull(*form.plannedStart));
    if (form.plannedEnd)
        p.insert(QStringLiteral("planned_end"), timeOrNull(*form.plannedEnd));
    if (form.affectedAssets)
        p.insert(QStringLiteral("affected_assets"),
                 QJsonArray::fromStringList(*form.affectedAssets));
    if (form.dependsOn) {
        QJsonArray deps;
        for (int n : *form.dependsOn)
            deps.append(formatChangeNumber(n));
        p.insert(QStringLiteral("depends_on"), deps);
    }
    if (form.changeType)
        p.insert(QStringLiteral("change_type"), toString(*form.changeType));
    if (form.minLeadTimeHours)
        p.insert(QStringLiteral("min_lead_time_hours"), *form.minLeadTimeHours);
    return p;
}

} // namespace

QFuture<Result<ConflictSummary>> Client::conflictsAsync(const PlanningForm &form, int number)
{
    PlanningForm window = form; // change.conflicts takes no lead time
    window.changeType.reset();
    window.minLeadTimeHours.reset();
    return callAsync(QStringLiteral("change.conflicts"), formParams(window, number))
        .then([](const Result<QJsonValue> &r) {
            return field<ConflictSummary>(r, "conflicts_summary");
        });
}

QFuture<Result<FreeSlot>> Client::nextFreeSlotAsync(const PlanningForm &form, int number,
                                                    const QDateTime &notBefore)
{
    QJsonObject p = formParams(form, number);
    if (notBefore.isValid())
        p.insert(QStringLiteral("after"), isoUtcText(notBefore));
    return callAsync(QStringLiteral("change.next_slot"), p).then([](const Result<QJsonValue> &r) {
        return field<FreeSlot>(r, "next_slot");
    });
}

} // namespace vigilo::client
