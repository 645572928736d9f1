#pragma once
// JSON codecs of the inventory methods (ApiAssets.cpp): readers of their answers for the client,
// and the request parameters of asset.add and asset.edit, next to each other so they cannot
// drift.

#include "AssetCsv.h"
#include "AssetInventory.h"
#include "Error.h"

#include <QJsonObject>
#include <QJsonValue>

namespace vigilo::api {

Result<AssetRelation> decodeRelation(const QJsonValue &v);
Result<QList<AssetRelation>> decodeRelations(const QJsonValue &v);
// {asset, outgoing, incoming}
Result<AssetDetail> decodeAssetDetail(const QJsonValue &v);
// {assets, total}
Result<AssetSearchResult> decodeAssetSearch(const QJsonValue &v);
Result<AssetCsvReport> decodeAssetCsvReport(const QJsonValue &v);

QJsonObject assetInputParams(const AssetInput &input);
QJsonObject assetUpdateParams(const QString &name, const AssetUpdate &update);
QJsonObject assetQueryParams(const AssetQuery &query);

} // namespace vigilo::api
