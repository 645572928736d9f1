#include "PackImpact.h"

#include "Dialect.h"

#include <QJsonArray>

namespace vigilo::evidence {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime timeOf(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? Dialect::fromDb(v.toString()) : QDateTime();
}

// Only what the pages print: no sentence in the exporter's language, no "may I" of the exporter.
QJsonObject itemJson(const ImpactItem &i)
{
    QJsonArray path;
    for (const ImpactStep &s : i.path)
        path.append(s.toJson());
    QJsonObject o{{QStringLiteral("asset"), i.asset},
                  {QStringLiteral("criticality"), toString(i.criticality)},
                  {QStringLiteral("depth"), i.depth},
                  {QStringLiteral("path"), path}};
    if (i.excluded)
        o.insert(QStringLiteral("exclusion"),
                 ImpactExclusion{i.asset, i.excludedReason, i.excludedBy, i.excludedAt}.toJson());
    return o;
}

ImpactItem itemFrom(const QJsonObject &o)
{
    ImpactItem i;
    i.asset = str(o, "asset");
    i.criticality = parseCriticality(str(o, "criticality")).value_or(Criticality::Medium);
    i.depth = o.value(QStringLiteral("depth")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("path")).toArray()) {
        const QJsonObject s = v.toObject();
        i.path << ImpactStep{str(s, "from"),
                             parseRelationKind(str(s, "kind")).value_or(RelationKind::DependsOn),
                             str(s, "to")};
    }
    const QJsonObject x = o.value(QStringLiteral("exclusion")).toObject();
    i.excluded = !x.isEmpty();
    i.excludedReason = str(x, "reason");
    i.excludedBy = str(x, "excluded_by");
    i.excludedAt = timeOf(x, "excluded_at");
    return i;
}

} // namespace

QJsonObject impactJson(const ImpactReport &r)
{
    QJsonArray touched, affected, exclusions;
    for (const ImpactItem &i : r.touched)
        touched.append(itemJson(i));
    for (const ImpactItem &i : r.affected)
        affected.append(itemJson(i));
    for (const ImpactExclusion &x : r.exclusions)
        exclusions.append(x.toJson());
    return {{QStringLiteral("max_depth"), r.limits.maxDepth},
            {QStringLiteral("touched"), touched},
            {QStringLiteral("affected"), affected},
            {QStringLiteral("omitted"), r.omitted},
            {QStringLiteral("depth_limited"), r.depthLimited},
            {QStringLiteral("exclusions"), exclusions},
            {QStringLiteral("critical_affected"), QJsonArray::fromStringList(r.criticalAffected)}};
}

ImpactReport impactFrom(const QJsonObject &o)
{
    ImpactReport r;
    r.limits.maxDepth = o.value(QStringLiteral("max_depth")).toInt(ImpactLimits::kDefaultDepth);
    for (const QJsonValue &v : o.value(QStringLiteral("touched")).toArray())
        r.touched << itemFrom(v.toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("affected")).toArray())
        r.affected << itemFrom(v.toObject());
    r.omitted = o.value(QStringLiteral("omitted")).toInt();
    r.depthLimited = o.value(QStringLiteral("depth_limited")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("exclusions")).toArray()) {
        const QJsonObject x = v.toObject();
        r.exclusions << ImpactExclusion{str(x, "asset"), str(x, "reason"), str(x, "excluded_by"),
                                        timeOf(x, "excluded_at")};
    }
    for (const QJsonValue &v : o.value(QStringLiteral("critical_affected")).toArray())
        r.criticalAffected << v.toString();
    return r;
}

} // namespace vigilo::evidence
