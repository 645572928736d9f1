// asset add/list/show/edit/relate/unrelate/relations, import-assets and change impact: the
// inventory and impact commands (issue 16).
#include "Commands.h"

#include "Client.h"
#include "Vigilo.h"

#include <QFile>

namespace vigilo::cli {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("vigilo::cli", text, comment, n);
}

// The option names of the three relationship kinds: --runs-on, --depends-on, --part-of.
QString optionOf(RelationKind k)
{
    return toString(k).replace(QLatin1Char('_'), QLatin1Char('-'));
}

// Exactly one of --runs-on/--depends-on/--part-of with one asset.
std::optional<std::pair<RelationKind, QString>> relationFrom(const ParsedArgs &a)
{
    std::optional<std::pair<RelationKind, QString>> found;
    for (RelationKind k : allRelationKinds()) {
        const QStringList values = a.all(optionOf(k));
        if (values.isEmpty())
            continue;
        if (found || values.size() > 1)
            return std::nullopt;
        found = std::make_pair(k, values.first());
    }
    return found;
}

Result<std::optional<Criticality>> criticalityFrom(const ParsedArgs &a)
{
    if (!a.has(QStringLiteral("criticality")))
        return std::optional<Criticality>();
    auto c = parseEnum<Criticality>(QStringLiteral("criticality"),
                                    a.value(QStringLiteral("criticality")), &parseCriticality,
                                    allCriticalities());
    if (!c)
        return c.error();
    return std::optional<Criticality>(*c);
}

QString assetsTable(const QList<Asset> &list)
{
    Table t({tr("NAME"), tr("KIND"), tr("CRITICALITY"), tr("TIME ZONE"), tr("OWNER")});
    for (const Asset &x : list)
        t.addRow({x.name, x.kind, toString(x.criticality), orDash(x.timeZone), orDash(x.owner)});
    return t.render();
}

QString detailText(const AssetDetail &d)
{
    QString out = d.asset.name + QStringLiteral(" (") + d.asset.kind + QStringLiteral(")\n");
    out += field(tr("Owner"), orDash(d.asset.owner));
    out += field(tr("Criticality"), toString(d.asset.criticality));
    out += field(tr("Time zone"), orDash(d.asset.timeZone));
    out += tr("Relies on:") + QLatin1Char('\n');
    for (const AssetRelation &r : d.outgoing)
        out += QStringLiteral("  ") + r.sentence() + QLatin1Char('\n');
    if (d.outgoing.isEmpty())
        out += QStringLiteral("  -\n");
    out += tr("Relied on by:") + QLatin1Char('\n');
    for (const AssetRelation &r : d.incoming)
        out += QStringLiteral("  ") + r.sentence() + QLatin1Char('\n');
    if (d.incoming.isEmpty())
        out += QStringLiteral("  -\n");
    return out;
}

int assetAdd(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(criticality, criticalityFrom(a));
    AssetInput in;
    in.name = a.positional(0);
    in.kind = a.value(QStringLiteral("kind"));
    in.owner = a.value(QStringLiteral("owner"));
    in.criticality = criticality;
    in.timeZone = a.value(QStringLiteral("tz"));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(asset, client->addAsset(in));
    return ctx.out().print({{QStringLiteral("asset"), asset.toJson()}},
                           tr("Added asset %1 (%2).").arg(asset.name, asset.kind));
}

int assetList(CliContext &ctx, const ParsedArgs &a)
{
    const bool filtered = a.has(QStringLiteral("search")) || a.has(QStringLiteral("kind"))
                          || a.has(QStringLiteral("owner")) || a.has(QStringLiteral("limit"));
    AssetQuery q;
    q.text = a.value(QStringLiteral("search"));
    q.kind = a.value(QStringLiteral("kind"));
    q.owner = a.value(QStringLiteral("owner"));
    if (a.has(QStringLiteral("limit"))) {
        CLI_TRY(limit,
                parseInt(QStringLiteral("--limit"), a.value(QStringLiteral("limit")), 1, 1000));
        q.limit = limit;
    } else if (filtered) {
        q.limit = 1000;
    }
    AssetSearchResult found;
    CLI_TRY(client, ctx.workspaceClient());
    if (filtered) {
        CLI_TRY(r, client->searchAssets(q));
        found = r;
    } else {
        CLI_TRY(list, client->assets());
        found.assets = list;
        found.total = int(list.size());
    }
    QString human = found.assets.isEmpty() ? tr("No assets.") : assetsTable(found.assets);
    if (found.total > found.assets.size())
        human += QLatin1Char('\n')
                 + tr("%1 of %2 matching assets shown.").arg(found.assets.size()).arg(found.total);
    return ctx.out().print(found.toJson(), human);
}

int assetShow(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(detail, client->asset(a.positional(0)));
    return ctx.out().print(detail.toJson(), detailText(detail));
}

int assetEdit(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(criticality, criticalityFrom(a));
    AssetUpdate up;
    if (a.has(QStringLiteral("kind")))
        up.kind = a.value(QStringLiteral("kind"));
    if (a.has(QStringLiteral("owner")))
        up.owner = a.value(QStringLiteral("owner"));
    up.criticality = criticality;
    if (a.has(QStringLiteral("tz")))
        up.timeZone = a.value(QStringLiteral("tz"));
    if (up.isEmpty())
        return ctx.usageError(tr("nothing to change: give --kind, --owner, --criticality or --tz"));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(asset, client->editAsset(a.positional(0), up));
    return ctx.out().print(
        {{QStringLiteral("asset"), asset.toJson()}},
        tr("Updated asset %1 (%2, %3).").arg(asset.name, asset.kind, toString(asset.criticality)));
}

int relationUsage(CliContext &ctx)
{
    return ctx.usageError(tr("name one relationship: --runs-on B, --depends-on B or --part-of B"));
}

int assetRelate(CliContext &ctx, const ParsedArgs &a)
{
    const auto rel = relationFrom(a);
    if (!rel)
        return relationUsage(ctx);
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(r, client->relateAssets(a.positional(0), rel->first, rel->second));
    return ctx.out().print({{QStringLiteral("relation"), r.toJson()}},
                           tr("Related: %1.").arg(r.sentence()));
}

int assetUnrelate(CliContext &ctx, const ParsedArgs &a)
{
    const auto rel = relationFrom(a);
    if (!rel)
        return relationUsage(ctx);
    CLI_TRY(client, ctx.workspaceClient());
    CLI_CHECK(client->unrelateAssets(a.positional(0), rel->first, rel->second));
    AssetRelation r;
    r.from = a.positional(0);
    r.kind = rel->first;
    r.to = rel->second;
    return ctx.out().print(
        {{QStringLiteral("removed"), QJsonObject{{QStringLiteral("from"), r.from},
                                                 {QStringLiteral("kind"), toString(r.kind)},
                                                 {QStringLiteral("to"), r.to}}}},
        tr("Removed: %1.").arg(r.sentence()));
}

int assetRelations(CliContext &ctx, const ParsedArgs &)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(list, client->assetRelations());
    Table t({tr("FROM"), tr("KIND"), tr("TO")});
    for (const AssetRelation &r : list)
        t.addRow({r.from, toString(r.kind), r.to});
    return ctx.out().print({{QStringLiteral("relations"), toJsonArray(list)}},
                           list.isEmpty() ? tr("No relationships.") : t.render());
}

QString reportText(const AssetCsvReport &r)
{
    QString out;
    for (const CsvRowError &e : r.errors)
        out +=
            tr("row %1 (line %2)%3: %4\n")
                .arg(e.row)
                .arg(e.line)
                .arg(e.column.isEmpty() ? QString() : QStringLiteral(", ") + e.column, e.message);
    if (!r.ignoredColumns.isEmpty())
        out += tr("Ignored columns: %1\n").arg(r.ignoredColumns.join(QStringLiteral(", ")));
    return out;
}

int importAssets(CliContext &ctx, const ParsedArgs &a)
{
    const QString path = a.positional(0);
    if (const auto problem = csvOptionError(a))
        return ctx.usageError(*problem);
    CsvReading how;
    if (a.has(QStringLiteral("dialect")))
        how.delimiter = CsvDialect::named(a.value(QStringLiteral("dialect")))->delimiter;
    if (a.has(QStringLiteral("encoding")))
        how.encoding = CsvDialect::encodingNamed(a.value(QStringLiteral("encoding")));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.out().fail(Error::input(tr("cannot read %1: %2").arg(path, file.errorString()),
                                           {{QStringLiteral("path"), path}}));
    const QByteArray data = file.readAll();
    CLI_TRY(client, ctx.workspaceClient());
    const bool dry = a.has(QStringLiteral("dry-run"));
    CLI_TRY(answer, client->importAssets(data, dry, how));
    const AssetCsvReport &report = answer.report;
    if (!report.valid()) {
        Output::writeErr(reportText(report));
        return ctx.out().fail(Error::input(
            tr("%n problems in %1; nothing was imported.", nullptr, int(report.errors.size()))
                .arg(path),
            {{QStringLiteral("errors"), report.toJson().value(QStringLiteral("errors"))}},
            QStringLiteral("csv_invalid")));
    }
    const QString summary = tr("Assets: %1 created, %2 updated. Relationships: %3 added, %4 "
                               "already there.")
                                .arg(report.created.size())
                                .arg(report.updated.size())
                                .arg(report.relationsAdded)
                                .arg(report.relationsKept);
    if (dry)
        return ctx.out().print({{QStringLiteral("preview"), report.toJson()}},
                               reportText(report) + tr("Dry run: ") + summary
                                   + tr(" Nothing was written."));
    return ctx.out().print({{QStringLiteral("import"), report.toJson()}},
                           reportText(report) + tr("Imported: ") + summary);
}

QString impactText(const ImpactReport &r)
{
    QStringList own;
    for (const ImpactItem &i : r.touched)
        own << i.asset;
    int counted = 0;
    for (const ImpactItem &i : r.affected)
        counted += i.excluded ? 0 : 1;
    QString out = tr("%1 works on %2; it affects %n other assets (followed up to %3 steps).\n",
                     nullptr, counted + r.omitted)
                      .arg(formatChangeNumber(r.number),
                           own.isEmpty() ? tr("no assets") : own.join(QStringLiteral(", ")))
                      .arg(r.limits.maxDepth);
    Table t({tr("DEPTH"), tr("ASSET"), tr("KIND"), tr("CRITICALITY"), tr("WHY")});
    for (const QList<ImpactItem> *items : {&r.touched, &r.affected})
        for (const ImpactItem &i : *items) {
            QString why = i.explanation;
            if (i.excluded)
                why = tr("EXCLUDED by %1 (%2): %3 — %4")
                          .arg(i.excludedBy, formatTime(i.excludedAt), i.excludedReason, why);
            t.addRow({QString::number(i.depth), i.asset, i.kind, toString(i.criticality), why});
        }
    out += t.render();
    if (!r.moreText().isEmpty())
        out += QLatin1Char('\n') + r.moreText();
    for (const ImpactExclusion &x : r.exclusions) {
        bool shown = false;
        for (const ImpactItem &i : r.affected)
            shown = shown || (i.asset == x.asset && i.excluded);
        if (!shown)
            out += QLatin1Char('\n')
                   + tr("Excluded, no longer affected: %1 (by %2: %3)")
                         .arg(x.asset, x.excludedBy, x.reason);
    }
    return out;
}

int changeImpact(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    const bool exclude = a.has(QStringLiteral("exclude"));
    const bool include = a.has(QStringLiteral("include"));
    if (exclude && include)
        return ctx.usageError(tr("use --exclude or --include, not both"));
    if (a.has(QStringLiteral("reason")) && !exclude)
        return ctx.usageError(tr("--reason goes with --exclude ASSET"));
    ImpactLimits limits;
    if (a.has(QStringLiteral("depth"))) {
        CLI_TRY(d, parseInt(QStringLiteral("--depth"), a.value(QStringLiteral("depth")), 1, 20));
        limits.maxDepth = d;
    }
    if (a.has(QStringLiteral("limit"))) {
        CLI_TRY(n, parseInt(QStringLiteral("--limit"), a.value(QStringLiteral("limit")), 1, 10000));
        limits.maxItems = n;
    }
    // Through the client: on a database file and on a team server alike.
    CLI_TRY(client, ctx.workspaceClient());
    if (exclude) {
        CLI_TRY(x, client->excludeImpact(number, a.value(QStringLiteral("exclude")),
                                         a.value(QStringLiteral("reason"))));
        return ctx.out().print({{QStringLiteral("exclusion"), x.toJson()}},
                               tr("Excluded %1 from the impact of %2: %3")
                                   .arg(x.asset, formatChangeNumber(number), x.reason));
    }
    if (include) {
        const QString asset = a.value(QStringLiteral("include"));
        CLI_CHECK(client->includeImpact(number, asset));
        return ctx.out().print(
            {{QStringLiteral("included"), asset}},
            tr("%1 counts in the impact of %2 again.").arg(asset, formatChangeNumber(number)));
    }
    CLI_TRY(report, client->impact(number, limits));
    return ctx.out().print({{QStringLiteral("impact"), report.toJson()}}, impactText(report));
}

QList<OptionSpec> detailOptions()
{
    return {valueOpt(QStringLiteral("kind"), QStringLiteral("KIND"),
                     tr("service, host, database, network, certificate... (default service)")),
            valueOpt(QStringLiteral("owner"), QStringLiteral("OWNER"),
                     tr("The team or person responsible")),
            valueOpt(QStringLiteral("criticality"), QStringLiteral("C"),
                     names(allCriticalities()) + tr(" (default medium)")),
            valueOpt(QStringLiteral("tz"), QStringLiteral("ZONE"),
                     tr("Its time zone, e.g. Europe/Berlin"))};
}

QList<OptionSpec> relationOptions()
{
    return {valueOpt(QStringLiteral("runs-on"), QStringLiteral("B"), tr("A runs on B (a host)")),
            valueOpt(QStringLiteral("depends-on"), QStringLiteral("B"), tr("A depends on B")),
            valueOpt(QStringLiteral("part-of"), QStringLiteral("B"),
                     tr("A is part of B (a service made of components)"))};
}

} // namespace

QList<CommandSpec> assetCommands()
{
    const PositionalSpec name{QStringLiteral("NAME"), tr("The asset's name")};
    const PositionalSpec from{QStringLiteral("A"), tr("The asset that runs on, depends on or is "
                                                      "part of the other")};
    return {
        {{QStringLiteral("asset"), QStringLiteral("add")},
         {{QStringLiteral("NAME"), tr("Unique in the workspace")}},
         detailOptions(),
         tr("Add an asset."),
         assetAdd},
        {{QStringLiteral("asset"), QStringLiteral("list")},
         {},
         {valueOpt(QStringLiteral("search"), QStringLiteral("TEXT"),
                   tr("In name, kind and owner (name prefixes first)")),
          valueOpt(QStringLiteral("kind"), QStringLiteral("KIND"), tr("Only this kind")),
          valueOpt(QStringLiteral("owner"), QStringLiteral("OWNER"), tr("Owner starts with")),
          valueOpt(QStringLiteral("limit"), QStringLiteral("N"), tr("At most N (1 to 1000)"))},
         tr("List or search the assets."),
         assetList},
        {{QStringLiteral("asset"), QStringLiteral("show")},
         {name},
         {},
         tr("Show an asset with its relationships both ways."),
         assetShow},
        {{QStringLiteral("asset"), QStringLiteral("edit")},
         {name},
         detailOptions(),
         tr("Change an asset's kind, owner, criticality or time zone (admins)."),
         assetEdit},
        {{QStringLiteral("asset"), QStringLiteral("relate")},
         {from},
         relationOptions(),
         tr("Link two assets: A --runs-on B, --depends-on B or --part-of B (admins)."),
         assetRelate},
        {{QStringLiteral("asset"), QStringLiteral("unrelate")},
         {from},
         relationOptions(),
         tr("Remove a link between two assets (admins)."),
         assetUnrelate},
        {{QStringLiteral("asset"), QStringLiteral("relations")},
         {},
         {},
         tr("List every relationship between assets."),
         assetRelations},
        {{QStringLiteral("import-assets")},
         {{QStringLiteral("FILE"), tr("CSV: name, kind, owner, criticality, time_zone, runs_on, "
                                      "depends_on, part_of")}},
         QList<OptionSpec>{flagOpt(QStringLiteral("dry-run"),
                                   tr("Check and show what would happen; write nothing"))}
             + csvOptions(false),
         tr("Import assets and their relationships from CSV (all rows or none; admins)."),
         importAssets},
    };
}

QList<CommandSpec> impactCommands()
{
    return {
        {{QStringLiteral("change"), QStringLiteral("impact")},
         {changeArg()},
         {valueOpt(QStringLiteral("depth"), QStringLiteral("N"),
                   tr("Follow relationships up to N steps (default 6)")),
          valueOpt(QStringLiteral("limit"), QStringLiteral("N"),
                   tr("List at most N affected assets (default 100)")),
          valueOpt(QStringLiteral("exclude"), QStringLiteral("ASSET"),
                   tr("Mark an affected asset as not affected (needs --reason)")),
          valueOpt(QStringLiteral("reason"), QStringLiteral("R"), tr("Why it is not affected")),
          valueOpt(QStringLiteral("include"), QStringLiteral("ASSET"), tr("Undo an exclusion"))},
         tr("What the change affects through the asset relationships, and why."),
         changeImpact},
    };
}

} // namespace vigilo::cli
