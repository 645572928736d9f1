// The Client's inventory calls (issue 16): assets with their details and relationships, the
// picker's search, the CSV import and maintenance windows, synchronous and asynchronous.
#include "Client.h"

#include "Api.h"
#include "ClientReplies.h"

namespace vigilo::client {

using namespace vigilo::api;

namespace {

Result<AssetDetail> detailOf(const Result<QJsonValue> &r)
{
    if (!r)
        return r.error();
    return decodeAssetDetail(*r);
}

Result<AssetRelation> relationOf(const Result<QJsonValue> &r)
{
    if (!r)
        return r.error();
    return decodeRelation(r->toObject().value(QStringLiteral("relation")));
}

QJsonObject relationParams(const QString &from, RelationKind kind, const QString &to)
{
    return {{QStringLiteral("from"), from},
            {QStringLiteral("kind"), toString(kind)},
            {QStringLiteral("to"), to}};
}

QJsonObject nameParam(const QString &name)
{
    return {{QStringLiteral("name"), name}};
}

} // namespace

Result<Asset> Client::addAsset(const AssetInput &input)
{
    return field<Asset>(call(QStringLiteral("asset.add"), assetInputParams(input)), "asset");
}

QFuture<Result<Asset>> Client::addAssetAsync(const AssetInput &input)
{
    return callAsync(QStringLiteral("asset.add"), assetInputParams(input))
        .then([](const Result<QJsonValue> &r) { return field<Asset>(r, "asset"); });
}

QFuture<Result<QList<Asset>>> Client::assetsAsync(const QString &slug)
{
    QJsonObject p;
    if (!slug.isEmpty())
        p.insert(QStringLiteral("workspace"), slug);
    return callAsync(QStringLiteral("asset.list"), p).then([](const Result<QJsonValue> &r) {
        return listField<Asset>(r, "assets");
    });
}

Result<AssetDetail> Client::asset(const QString &name)
{
    return detailOf(call(QStringLiteral("asset.show"), nameParam(name)));
}

QFuture<Result<AssetDetail>> Client::assetAsync(const QString &name)
{
    return callAsync(QStringLiteral("asset.show"), nameParam(name))
        .then([](const Result<QJsonValue> &r) { return detailOf(r); });
}

Result<Asset> Client::editAsset(const QString &name, const AssetUpdate &update)
{
    return field<Asset>(call(QStringLiteral("asset.edit"), assetUpdateParams(name, update)),
                        "asset");
}

QFuture<Result<Asset>> Client::editAssetAsync(const QString &name, const AssetUpdate &update)
{
    return callAsync(QStringLiteral("asset.edit"), assetUpdateParams(name, update))
        .then([](const Result<QJsonValue> &r) { return field<Asset>(r, "asset"); });
}

Result<AssetRelation> Client::relateAssets(const QString &from, RelationKind kind,
                                           const QString &to)
{
    return relationOf(call(QStringLiteral("asset.relate"), relationParams(from, kind, to)));
}

QFuture<Result<AssetRelation>> Client::relateAssetsAsync(const QString &from, RelationKind kind,
                                                         const QString &to)
{
    return callAsync(QStringLiteral("asset.relate"), relationParams(from, kind, to))
        .then([](const Result<QJsonValue> &r) { return relationOf(r); });
}

Status Client::unrelateAssets(const QString &from, RelationKind kind, const QString &to)
{
    return done(call(QStringLiteral("asset.unrelate"), relationParams(from, kind, to)));
}

QFuture<Status> Client::unrelateAssetsAsync(const QString &from, RelationKind kind,
                                            const QString &to)
{
    return callAsync(QStringLiteral("asset.unrelate"), relationParams(from, kind, to))
        .then([](const Result<QJsonValue> &r) { return done(r); });
}

Result<QList<AssetRelation>> Client::assetRelations()
{
    auto r = call(QStringLiteral("asset.relations"));
    if (!r)
        return r.error();
    return decodeRelations(r->toObject().value(QStringLiteral("relations")));
}

Result<AssetSearchResult> Client::searchAssets(const AssetQuery &query)
{
    auto r = call(QStringLiteral("asset.search"), assetQueryParams(query));
    if (!r)
        return r.error();
    return decodeAssetSearch(*r);
}

namespace {

Result<AssetImportAnswer> importAnswer(const Result<QJsonValue> &r)
{
    if (!r)
        return r.error();
    auto report = decodeAssetCsvReport(r->toObject().value(QStringLiteral("report")));
    if (!report)
        return report.error();
    return AssetImportAnswer{*report, r->toObject().value(QStringLiteral("imported")).toBool()};
}

} // namespace

Result<AssetImportAnswer> Client::importAssets(const QByteArray &data, bool dryRun,
                                               const CsvReading &how)
{
    return importAnswer(call(QStringLiteral("asset.import"), csvImportParams(data, dryRun, how)));
}

QFuture<Result<AssetImportAnswer>> Client::importAssetsAsync(const QByteArray &data, bool dryRun,
                                                             const CsvReading &how)
{
    return callAsync(QStringLiteral("asset.import"), csvImportParams(data, dryRun, how))
        .then(&importAnswer);
}

QFuture<Result<MaintenanceWindow>> Client::addMaintenanceWindowAsync(const MaintenanceWindow &w)
{
    return callAsync(QStringLiteral("maintenance.add"), maintenanceParams(w))
        .then([](const Result<QJsonValue> &r) {
            return field<MaintenanceWindow>(r, "maintenance_window");
        });
}

QFuture<Result<QList<MaintenanceWindow>>> Client::maintenanceWindowsAsync(const QString &asset)
{
    QJsonObject p;
    if (!asset.isEmpty())
        p.insert(QStringLiteral("asset"), asset);
    return callAsync(QStringLiteral("maintenance.list"), p).then([](const Result<QJsonValue> &r) {
        return listField<MaintenanceWindow>(r, "maintenance_windows");
    });
}

Result<MaintenanceWindow> Client::removeMaintenanceWindow(qint64 id)
{
    return field<MaintenanceWindow>(
        call(QStringLiteral("maintenance.remove"), {{QStringLiteral("id"), id}}), "removed");
}

QFuture<Result<MaintenanceWindow>> Client::removeMaintenanceWindowAsync(qint64 id)
{
    return callAsync(QStringLiteral("maintenance.remove"), {{QStringLiteral("id"), id}})
        .then([](const Result<QJsonValue> &r) { return field<MaintenanceWindow>(r, "removed"); });
}

} // namespace vigilo::client
