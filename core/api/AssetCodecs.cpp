#include "AssetCodecs.h"

#include "Codecs.h"
#include "IsoTime.h"

#include <QJsonArray>

namespace vigilo::api {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonObject &o, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        out << v.toString();
    return out;
}

AssetRelation relationOf(const QJsonObject &o)
{
    AssetRelation r;
    r.from = str(o, "from");
    r.kind = parseRelationKind(str(o, "kind")).value_or(RelationKind::DependsOn);
    r.to = str(o, "to");
    r.createdBy = str(o, "created_by");
    const QJsonValue at = o.value(QStringLiteral("created_at"));
    if (at.isString())
        r.createdAt = parseIsoUtc(at.toString());
    return r;
}

Result<QList<AssetRelation>> relationList(const QJsonValue &v)
{
    if (!v.isArray())
        return malformed(QStringLiteral("list of relations"));
    QList<AssetRelation> out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isObject())
            return malformed(QStringLiteral("relation"));
        out << relationOf(item.toObject());
    }
    return out;
}

} // namespace

Result<AssetRelation> decodeRelation(const QJsonValue &v)
{
    if (!v.isObject())
        return malformed(QStringLiteral("relation"));
    return relationOf(v.toObject());
}

Result<QList<AssetRelation>> decodeRelations(const QJsonValue &v)
{
    return relationList(v);
}

Result<AssetDetail> decodeAssetDetail(const QJsonValue &v)
{
    if (!v.isObject())
        return malformed(QStringLiteral("asset detail"));
    const QJsonObject o = v.toObject();
    auto asset = decode<Asset>(o.value(QStringLiteral("asset")));
    if (!asset)
        return asset.error();
    auto out = relationList(o.value(QStringLiteral("outgoing")));
    if (!out)
        return out.error();
    auto in = relationList(o.value(QStringLiteral("incoming")));
    if (!in)
        return in.error();
    return AssetDetail{*asset, *out, *in};
}

Result<AssetSearchResult> decodeAssetSearch(const QJsonValue &v)
{
    if (!v.isObject())
        return malformed(QStringLiteral("asset search"));
    const QJsonObject o = v.toObject();
    auto assets = decodeList<Asset>(o.value(QStringLiteral("assets")));
    if (!assets)
        return assets.error();
    AssetSearchResult r;
    r.assets = *assets;
    r.total = o.value(QStringLiteral("total")).toInt();
    return r;
}

Result<AssetCsvReport> decodeAssetCsvReport(const QJsonValue &v)
{
    if (!v.isObject())
        return malformed(QStringLiteral("import report"));
    const QJsonObject o = v.toObject();
    auto errors = decodeList<CsvRowError>(o.value(QStringLiteral("errors")));
    if (!errors)
        return errors.error();
    AssetCsvReport r;
    r.rows = o.value(QStringLiteral("rows")).toInt();
    r.created = strings(o, "created");
    r.updated = strings(o, "updated");
    r.relationsAdded = o.value(QStringLiteral("relations_added")).toInt();
    r.relationsKept = o.value(QStringLiteral("relations_kept")).toInt();
    r.errors = *errors;
    r.ignoredColumns = strings(o, "ignored_columns");
    return r;
}

QJsonObject assetInputParams(const AssetInput &in)
{
    QJsonObject p{{QStringLiteral("name"), in.name}};
    if (!in.kind.isEmpty())
        p.insert(QStringLiteral("kind"), in.kind);
    if (!in.owner.isEmpty())
        p.insert(QStringLiteral("owner"), in.owner);
    if (in.criticality)
        p.insert(QStringLiteral("criticality"), toString(*in.criticality));
    if (!in.timeZone.isEmpty())
        p.insert(QStringLiteral("time_zone"), in.timeZone);
    return p;
}

QJsonObject assetUpdateParams(const QString &name, const AssetUpdate &up)
{
    QJsonObject p{{QStringLiteral("name"), name}};
    if (up.kind)
        p.insert(QStringLiteral("kind"), *up.kind);
    if (up.owner)
        p.insert(QStringLiteral("owner"), *up.owner);
    if (up.criticality)
        p.insert(QStringLiteral("criticality"), toString(*up.criticality));
    if (up.timeZone)
        p.insert(QStringLiteral("time_zone"), *up.timeZone);
    return p;
}

QJsonObject assetQueryParams(const AssetQuery &q)
{
    QJsonObject p{{QStringLiteral("limit"), q.limit}};
    if (!q.text.isEmpty())
        p.insert(QStringLiteral("text"), q.text);
    if (!q.kind.isEmpty())
        p.insert(QStringLiteral("kind"), q.kind);
    if (!q.owner.isEmpty())
        p.insert(QStringLiteral("owner"), q.owner);
    return p;
}

} // namespace vigilo::api
