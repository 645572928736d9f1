// The change calendar's range as calendar.range answers it: only the fields the calendar draws.
#include "Planning.h"

#include <QJsonArray>

namespace vigilo {

QJsonObject CalendarChange::toJson() const
{
    QJsonArray deps;
    for (int n : dependsOn)
        deps.append(formatChangeNumber(n));
    QJsonArray found;
    for (const Conflict &c : conflicts)
        found.append(c.toJson());
    return {{QStringLiteral("number"), formatChangeNumber(number)},
            {QStringLiteral("title"), title},
            {QStringLiteral("status"), toString(status)},
            {QStringLiteral("change_type"), toString(changeType)},
            {QStringLiteral("priority"), toString(priority)},
            {QStringLiteral("planned_start"), jsonTime(start)},
            {QStringLiteral("planned_end"), jsonTime(end)},
            {QStringLiteral("assignee"), assignee},
            {QStringLiteral("version"), version},
            {QStringLiteral("affected_assets"), QJsonArray::fromStringList(assets)},
            {QStringLiteral("depends_on"), deps},
            {QStringLiteral("conflicts"), found}};
}

QJsonObject MaintenanceOccurrence::toJson() const
{
    return {{QStringLiteral("asset"), asset},
            {QStringLiteral("start"), jsonTime(start)},
            {QStringLiteral("end"), jsonTime(end)},
            {QStringLiteral("description"), description}};
}

QJsonObject ServiceRow::toJson() const
{
    QJsonArray list;
    for (const ServiceChange &c : changes)
        list.append(QJsonObject{{QStringLiteral("number"), formatChangeNumber(c.number)},
                                {QStringLiteral("asset"), c.asset},
                                {QStringLiteral("explanation"), c.explanation}});
    return {{QStringLiteral("service"), service}, {QStringLiteral("changes"), list}};
}

QJsonObject CalendarRange::toJson() const
{
    QJsonArray assetList, changeList, freezeList, maintenanceList, serviceList;
    for (const Asset &a : assets)
        assetList.append(
            QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("kind"), a.kind}});
    for (const CalendarChange &c : changes)
        changeList.append(c.toJson());
    for (const FreezeWindow &f : freezes)
        freezeList.append(f.toJson());
    for (const MaintenanceOccurrence &m : maintenance)
        maintenanceList.append(m.toJson());
    for (const ServiceRow &s : services)
        serviceList.append(s.toJson());
    return {{QStringLiteral("from"), jsonTime(from)},
            {QStringLiteral("to"), jsonTime(to)},
            {QStringLiteral("assets"), assetList},
            {QStringLiteral("changes"), changeList},
            {QStringLiteral("freeze_windows"), freezeList},
            {QStringLiteral("maintenance"), maintenanceList},
            {QStringLiteral("services"), serviceList}};
}

} // namespace vigilo
