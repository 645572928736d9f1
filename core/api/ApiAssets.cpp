// Methods on the inventory (issue 16): one asset with its links both ways, editing an asset's
// details, relating and unrelating assets, every relationship, the picker's search and the CSV
// import of an inventory. asset.add and asset.list stay with the workspace methods.
#include "ApiUtil.h"

#include "AssetCsv.h"
#include "AssetInventory.h"
#include "Tr.h"
#include "Vigilo.h"

namespace vigilo::api {

namespace {

constexpr qint64 kMaxInventoryCsvBytes = 20 * 1024 * 1024;

QStringList relationKinds()
{
    return wireNames(allRelationKinds());
}

Result<QJsonValue> assetShow(const Call &c)
{
    auto d = c.core.inventory().show(*c.actor, c.args.text(QStringLiteral("name")));
    if (!d)
        return d.error();
    return QJsonValue(d->toJson());
}

Result<QJsonValue> assetEdit(const Call &c)
{
    const Args &a = c.args;
    AssetUpdate up;
    if (a.has(QStringLiteral("kind")))
        up.kind = a.text(QStringLiteral("kind"));
    if (a.has(QStringLiteral("owner")))
        up.owner = a.text(QStringLiteral("owner"));
    up.criticality = enumArg(a, QStringLiteral("criticality"), &parseCriticality);
    if (a.has(QStringLiteral("time_zone")))
        up.timeZone = a.text(QStringLiteral("time_zone"));
    if (up.isEmpty())
        return Error::input(CoreText::tr("Nothing to change: give kind, owner, criticality or "
                                         "time_zone."),
                            {{QStringLiteral("field"), QStringLiteral("kind")}});
    return one(QStringLiteral("asset"),
               c.core.inventory().update(*c.actor, a.text(QStringLiteral("name")), up));
}

RelationKind kindArg(const Args &a)
{
    return enumArg(a, QStringLiteral("kind"), &parseRelationKind).value_or(RelationKind::DependsOn);
}

Result<QJsonValue> assetRelate(const Call &c)
{
    return one(QStringLiteral("relation"),
               c.core.inventory().relate(*c.actor, c.args.text(QStringLiteral("from")),
                                         kindArg(c.args), c.args.text(QStringLiteral("to"))));
}

Result<QJsonValue> assetUnrelate(const Call &c)
{
    const QString from = c.args.text(QStringLiteral("from"));
    const QString to = c.args.text(QStringLiteral("to"));
    const RelationKind kind = kindArg(c.args);
    VIGILO_TRY(c.core.inventory().unrelate(*c.actor, from, kind, to));
    return QJsonValue(QJsonObject{
        {QStringLiteral("removed"), QJsonObject{{QStringLiteral("from"), from},
                                                {QStringLiteral("kind"), toString(kind)},
                                                {QStringLiteral("to"), to}}}});
}

Result<QJsonValue> assetRelations(const Call &c)
{
    return many(QStringLiteral("relations"), c.core.inventory().relations(*c.actor));
}

Result<QJsonValue> assetSearch(const Call &c)
{
    AssetQuery q;
    q.text = c.args.text(QStringLiteral("text"));
    q.kind = c.args.text(QStringLiteral("kind"));
    q.owner = c.args.text(QStringLiteral("owner"));
    q.limit = int(c.args.integer(QStringLiteral("limit"), 50));
    auto r = c.core.inventory().search(*c.actor, q);
    if (!r)
        return r.error();
    return QJsonValue(r->toJson());
}

// Checks every row first; writes only when all are valid and it is not a dry run.
Result<QJsonValue> assetImport(const Call &c)
{
    const QByteArray data = c.args.bytes(QStringLiteral("data"));
    const CsvReading how = csvReadingOf(c.args);
    auto preview = c.core.assetCsv().preview(*c.actor, data, how);
    if (!preview)
        return preview.error();
    if (!preview->valid() || c.args.boolean(QStringLiteral("dry_run")))
        return QJsonValue(QJsonObject{{QStringLiteral("report"), preview->toJson()},
                                      {QStringLiteral("imported"), false}});
    auto done = c.core.assetCsv().import(*c.actor, data, how);
    if (!done)
        return done.error();
    return QJsonValue(QJsonObject{{QStringLiteral("report"), done->toJson()},
                                  {QStringLiteral("imported"), true}});
}

Param assetName(const QString &help)
{
    return text(QStringLiteral("name"), help, true);
}

QList<Param> relationParams()
{
    return {
        text(QStringLiteral("from"),
             QStringLiteral("The asset that runs on, depends on or "
                            "is part of the other"),
             true),
        oneOf(QStringLiteral("kind"), relationKinds(), QStringLiteral("The relationship"), true),
        text(QStringLiteral("to"), QStringLiteral("The other asset"), true)};
}

} // namespace

QList<Method> assetMethods()
{
    return {
        {QStringLiteral("asset.show"),
         Scope::Workspace,
         QStringLiteral("One asset with its relationships both ways."),
         {assetName(QStringLiteral("The asset"))},
         QStringLiteral("{asset, outgoing: [relation], incoming: [relation]}"),
         {QStringLiteral("not_found")},
         assetShow},
        {QStringLiteral("asset.edit"),
         Scope::Workspace,
         QStringLiteral("Change an asset's kind, owner, criticality or time zone (admins); an "
                        "empty owner or time zone clears it."),
         {assetName(QStringLiteral("The asset")),
          text(QStringLiteral("kind"), QStringLiteral("service, host, database, ...")),
          text(QStringLiteral("owner"), QStringLiteral("The team or person responsible")),
          oneOf(QStringLiteral("criticality"), wireNames(allCriticalities()),
                QStringLiteral("How much its failure matters")),
          text(QStringLiteral("time_zone"), QStringLiteral("IANA time zone, e.g. Europe/Berlin"))},
         QStringLiteral("{asset}"),
         {QStringLiteral("not_found"), QStringLiteral("permission_denied")},
         assetEdit},
        {QStringLiteral("asset.relate"),
         Scope::Workspace,
         QStringLiteral("Link two assets: from runs_on, depends_on or part_of to (admins); "
                        "cycles are allowed."),
         relationParams(),
         QStringLiteral("{relation}"),
         {QStringLiteral("not_found"), QStringLiteral("relation_exists"),
          QStringLiteral("permission_denied")},
         assetRelate},
        {QStringLiteral("asset.unrelate"),
         Scope::Workspace,
         QStringLiteral("Remove a link between two assets (admins)."),
         relationParams(),
         QStringLiteral("{removed: {from, kind, to}}"),
         {QStringLiteral("not_found"), QStringLiteral("permission_denied")},
         assetUnrelate},
        {QStringLiteral("asset.relations"),
         Scope::Workspace,
         QStringLiteral("Every relationship between the workspace's assets."),
         {},
         QStringLiteral("{relations: [relation]}"),
         {},
         assetRelations},
        {QStringLiteral("asset.search"),
         Scope::Workspace,
         QStringLiteral("Assets whose name, kind or owner match, name prefixes first."),
         {text(QStringLiteral("text"), QStringLiteral("In name, kind and owner")),
          text(QStringLiteral("kind"), QStringLiteral("Only this kind")),
          text(QStringLiteral("owner"), QStringLiteral("Owner starts with")),
          integer(QStringLiteral("limit"), 1, 1000,
                  QStringLiteral("At most this many (default "
                                 "50)"))},
         QStringLiteral("{assets: [asset], total}"),
         {},
         assetSearch},
        {QStringLiteral("asset.import"),
         Scope::Workspace,
         QStringLiteral("Import assets and relationships from CSV (admins): checks every row, "
                        "writes all of them only when every row is valid and it is not a dry "
                        "run."),
         {bytes(QStringLiteral("data"), kMaxInventoryCsvBytes,
                QStringLiteral("The CSV file's bytes"), true),
          boolean(QStringLiteral("dry_run"), QStringLiteral("Only check and report")),
          oneOf(QStringLiteral("delimiter"), {QStringLiteral(","), QStringLiteral(";")},
                QStringLiteral("Between fields (default: what the header line uses)")),
          oneOf(QStringLiteral("encoding"), CsvDialect::encodingNames(),
                QStringLiteral("The file's encoding (default: UTF-8, with or without BOM)"))},
         QStringLiteral("{report: {valid, rows, created, updated, relations_added, "
                        "relations_kept, errors, ignored_columns}, imported}"),
         {QStringLiteral("permission_denied")},
         assetImport},
    };
}

} // namespace vigilo::api
