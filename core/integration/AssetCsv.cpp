#include "AssetCsv.h"

#include "AssetInventory.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"

#include <QJsonArray>
#include <QSet>

namespace vigilo {

namespace {

const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> t{
        {QStringLiteral("asset"), QStringLiteral("name")},
        {QStringLiteral("ci"), QStringLiteral("name")},
        {QStringLiteral("type"), QStringLiteral("kind")},
        {QStringLiteral("class"), QStringLiteral("kind")},
        {QStringLiteral("owned_by"), QStringLiteral("owner")},
        {QStringLiteral("business_criticality"), QStringLiteral("criticality")},
        {QStringLiteral("tz"), QStringLiteral("time_zone")},
        {QStringLiteral("timezone"), QStringLiteral("time_zone")},
    };
    return t;
}

// "critical", "High", or ServiceNow's "1 - most critical" .. "4 - not critical".
std::optional<Criticality> criticalityOf(const QString &text)
{
    const QString t = text.trimmed();
    static const QList<Criticality> byRank{Criticality::Critical, Criticality::High,
                                           Criticality::Medium, Criticality::Low};
    if (t.size() >= 1 && t.at(0) >= QLatin1Char('1') && t.at(0) <= QLatin1Char('4')
        && (t.size() == 1 || t.mid(1).trimmed().startsWith(QLatin1Char('-'))))
        return byRank.at(t.at(0).digitValue() - 1);
    return parseCriticality(t);
}

struct Row {
    int row = 0;
    int line = 0;
    AssetInput input;
    bool givenKind = false;
    bool givenOwner = false;
    bool givenCriticality = false;
    bool givenTimeZone = false;
    QList<QPair<RelationKind, QStringList>> links;
};

QString relationColumn(RelationKind k)
{
    return toString(k);
}

} // namespace

QJsonObject AssetCsvReport::toJson() const
{
    QJsonArray e;
    for (const CsvRowError &err : errors)
        e.append(err.toJson());
    return {{QStringLiteral("valid"), valid()},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("created"), QJsonArray::fromStringList(created)},
            {QStringLiteral("updated"), QJsonArray::fromStringList(updated)},
            {QStringLiteral("relations_added"), relationsAdded},
            {QStringLiteral("relations_kept"), relationsKept},
            {QStringLiteral("errors"), e},
            {QStringLiteral("ignored_columns"), QJsonArray::fromStringList(ignoredColumns)}};
}

QStringList AssetCsv::columns()
{
    return {QStringLiteral("name"),        QStringLiteral("kind"),      QStringLiteral("owner"),
            QStringLiteral("criticality"), QStringLiteral("time_zone"), QStringLiteral("runs_on"),
            QStringLiteral("depends_on"),  QStringLiteral("part_of")};
}

Result<AssetCsvReport> AssetCsv::preview(const Actor &actor, const QByteArray &csv,
                                         const CsvReading &how)
{
    return run(actor, csv, how, false);
}

Result<AssetCsvReport> AssetCsv::import(const Actor &actor, const QByteArray &csv,
                                        const CsvReading &how)
{
    auto report = run(actor, csv, how, true);
    if (!report)
        return report.error();
    if (!report->valid()) {
        const CsvRowError &first = report->errors.first();
        return Error::input(
            CoreText::tr("The CSV file has %n invalid rows; nothing was imported. "
                         "First: row %1, %2: %3",
                         nullptr, int(report->errors.size()))
                .arg(first.row)
                .arg(first.column.isEmpty() ? CoreText::tr("(row)") : first.column, first.message),
            {{QStringLiteral("errors"), report->toJson().value(QStringLiteral("errors"))}},
            QStringLiteral("csv_invalid"));
    }
    return report;
}

Result<AssetCsvReport> AssetCsv::run(const Actor &caller, const QByteArray &csv,
                                     const CsvReading &how, bool commit)
{
    auto current = sql::currentActor(m_store, caller, AssetInventory::kImportPermission);
    if (!current)
        return current.error();
    const Actor &actor = *current;
    auto records = ChangeCsv::parse(csv, how);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error::input(CoreText::tr("The CSV file is empty: it needs a header row naming the "
                                         "columns (name is required)."));
    AssetCsvReport report;
    const ChangeCsv::Record header = records->takeFirst();
    QHash<QString, int> columnIndex;
    for (int i = 0; i < header.fields.size(); ++i) {
        QString k = ChangeCsv::columnKey(header.fields[i]);
        k = aliases().value(k, k);
        if (!columns().contains(k)) {
            report.ignoredColumns << header.fields[i];
            continue;
        }
        if (columnIndex.contains(k))
            return Error::input(CoreText::tr("The CSV header names the column %1 twice.").arg(k),
                                {{QStringLiteral("column"), k}});
        columnIndex.insert(k, i);
    }
    if (!columnIndex.contains(QStringLiteral("name")))
        return Error::input(CoreText::tr("The CSV header has no name column (or asset, ci)."),
                            {{QStringLiteral("column"), QStringLiteral("name")}});
    report.rows = int(records->size());

    // 1. Parse and check every row on its own.
    QList<Row> rows;
    QHash<QString, int> firstRowOf;
    for (int r = 0; r < records->size(); ++r) {
        const ChangeCsv::Record &rec = records->at(r);
        Row row;
        row.row = r + 1;
        row.line = rec.line;
        auto err = [&](const QString &column, const QString &message) {
            report.errors << CsvRowError{row.row, row.line, column, message};
        };
        if (rec.fields.size() != header.fields.size())
            err(QString(), CoreText::tr("The row has %1 fields; the header has %2.")
                               .arg(rec.fields.size())
                               .arg(header.fields.size()));
        auto cell = [&](const QString &column) -> QString {
            // An export's neutralised formula ("'=x") reads back as it was, as in the change
            // import.
            return columnIndex.contains(column)
                       ? ChangeCsv::restore(rec.fields.value(columnIndex.value(column)))
                       : QString();
        };
        row.input.name = cell(QStringLiteral("name")).trimmed();
        row.input.kind = cell(QStringLiteral("kind")).trimmed();
        row.input.owner = cell(QStringLiteral("owner")).trimmed();
        row.input.timeZone = cell(QStringLiteral("time_zone")).trimmed();
        row.givenKind = !row.input.kind.isEmpty();
        row.givenOwner = !row.input.owner.isEmpty();
        row.givenTimeZone = !row.input.timeZone.isEmpty();
        const QString crit = cell(QStringLiteral("criticality")).trimmed();
        if (!crit.isEmpty()) {
            row.input.criticality = criticalityOf(crit);
            row.givenCriticality = true;
            if (!row.input.criticality)
                err(QStringLiteral("criticality"),
                    CoreText::tr("\"%1\" is not a criticality (low, medium, high, critical).")
                        .arg(crit.left(80)));
        }
        if (const Status s = AssetInventory::checkInput(row.input); !s)
            err(s.error().details.value(QStringLiteral("field")).toString(), s.error().message);
        if (!row.input.name.isEmpty()) {
            if (firstRowOf.contains(row.input.name))
                err(QStringLiteral("name"), CoreText::tr("%1 is already on row %2 of this file.")
                                                .arg(row.input.name)
                                                .arg(firstRowOf.value(row.input.name)));
            else
                firstRowOf.insert(row.input.name, row.row);
        }
        for (RelationKind k : allRelationKinds()) {
            QStringList targets;
            for (const QString &t : cell(relationColumn(k)).split(QLatin1Char(';')))
                if (!t.trimmed().isEmpty() && !targets.contains(t.trimmed()))
                    targets << t.trimmed();
            if (targets.contains(row.input.name))
                err(relationColumn(k),
                    CoreText::tr("%1 cannot be related to itself.").arg(row.input.name));
            if (!targets.isEmpty())
                row.links.append({k, targets});
        }
        rows << row;
    }
    if (!report.valid())
        return report;

    // 2. Write it all in one transaction (each call nests as a savepoint): assets first, so
    //    relationships may name assets further down; commit only when every row went in.
    Store::Transaction tx(m_store);
    VIGILO_TRY(tx.begin());
    auto rowError = [&](const Row &row, const QString &column, const Error &e) -> Status {
        if (e.kind() == ErrorKind::Storage && e.code != QLatin1String("not_found"))
            return e;
        report.errors << CsvRowError{row.row, row.line, column, e.message};
        return {};
    };
    for (const Row &row : std::as_const(rows)) {
        auto existing = sql::scalar(
            m_store, QStringLiteral("SELECT id FROM assets WHERE workspace_id = ? AND name = ?"),
            {actor.workspace.id, row.input.name});
        if (!existing)
            return existing.error();
        if (existing->isNull()) {
            auto a = m_inventory.add(actor, row.input);
            if (!a)
                VIGILO_TRY(rowError(
                    row, a.error().details.value(QStringLiteral("field")).toString(), a.error()));
            else
                report.created << a->name;
            continue;
        }
        AssetUpdate up;
        if (row.givenKind)
            up.kind = row.input.kind;
        if (row.givenOwner)
            up.owner = row.input.owner;
        if (row.givenCriticality)
            up.criticality = row.input.criticality;
        if (row.givenTimeZone)
            up.timeZone = row.input.timeZone;
        if (up.isEmpty())
            continue;
        auto before = m_inventory.show(actor, row.input.name);
        if (!before)
            return before.error();
        auto after = m_inventory.update(actor, row.input.name, up);
        if (!after)
            VIGILO_TRY(rowError(row,
                                after.error().details.value(QStringLiteral("field")).toString(),
                                after.error()));
        else if (after->kind != before->asset.kind || after->owner != before->asset.owner
                 || after->criticality != before->asset.criticality
                 || after->timeZone != before->asset.timeZone)
            report.updated << after->name;
    }
    for (const Row &row : std::as_const(rows))
        for (const auto &[kind, targets] : row.links)
            for (const QString &target : targets) {
                auto r = m_inventory.relate(actor, row.input.name, kind, target);
                if (r) {
                    ++report.relationsAdded;
                } else if (r.error().code == QLatin1String("relation_exists")) {
                    ++report.relationsKept;
                } else {
                    VIGILO_TRY(rowError(row, relationColumn(kind), r.error()));
                }
            }
    if (commit && report.valid())
        VIGILO_TRY(tx.commit());
    return report; // without commit the transaction rolls back here
}

} // namespace vigilo
