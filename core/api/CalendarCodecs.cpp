// Reads calendar.range's answer (CalendarRange::toJson) back for the client.
#include "Codecs.h"

#include "IsoTime.h"

namespace vigilo::api {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime tm(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? parseIsoUtc(v.toString()) : QDateTime();
}

int number(const QJsonValue &v)
{
    return parseChangeNumber(v.toString()).value_or(0);
}

QJsonArray array(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}

CalendarChange readChange(const QJsonObject &o)
{
    CalendarChange c;
    c.number = number(o.value(QStringLiteral("number")));
    c.title = str(o, "title");
    c.status = parseChangeStatus(str(o, "status")).value_or(ChangeStatus::Draft);
    c.changeType = parseChangeType(str(o, "change_type")).value_or(ChangeType::Normal);
    c.priority = parsePriority(str(o, "priority")).value_or(Priority::Medium);
    c.start = tm(o, "planned_start");
    c.end = tm(o, "planned_end");
    c.assignee = str(o, "assignee");
    c.version = o.value(QStringLiteral("version")).toInt(1);
    for (const QJsonValue &v : array(o, "affected_assets"))
        c.assets << v.toString();
    for (const QJsonValue &v : array(o, "depends_on"))
        c.dependsOn << number(v);
    for (const QJsonValue &v : array(o, "conflicts")) {
        Conflict k;
        read(v.toObject(), k);
        c.conflicts << k;
    }
    return c;
}

} // namespace

void read(const QJsonObject &o, CalendarRange &r)
{
    r.from = tm(o, "from");
    r.to = tm(o, "to");
    for (const QJsonValue &v : array(o, "assets")) {
        Asset a;
        a.name = str(v.toObject(), "name");
        a.kind = str(v.toObject(), "kind");
        r.assets << a;
    }
    for (const QJsonValue &v : array(o, "changes"))
        r.changes << readChange(v.toObject());
    for (const QJsonValue &v : array(o, "freeze_windows")) {
        FreezeWindow f;
        read(v.toObject(), f);
        r.freezes << f;
    }
    for (const QJsonValue &v : array(o, "maintenance")) {
        const QJsonObject m = v.toObject();
        r.maintenance << MaintenanceOccurrence{str(m, "asset"), tm(m, "start"), tm(m, "end"),
                                               str(m, "description")};
    }
    for (const QJsonValue &v : array(o, "services")) {
        const QJsonObject s = v.toObject();
        ServiceRow row;
        row.service = str(s, "service");
        for (const QJsonValue &c : array(s, "changes")) {
            const QJsonObject x = c.toObject();
            row.changes << ServiceChange{number(x.value(QStringLiteral("number"))), str(x, "asset"),
                                         str(x, "explanation")};
        }
        r.services << row;
    }
}

} // namespace vigilo::api
