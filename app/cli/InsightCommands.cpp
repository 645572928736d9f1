// metrics, export-ics, export-csv, import-csv: the insight and exchange commands.
#include "Commands.h"

#include "AtomicFile.h"
#include "Client.h"

#include <QFile>
#include <QFileInfo>

namespace vigilo::cli {

namespace {
// lupdate files bare tr() calls in this namespace under "vigilo::cli": translate in that context.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("vigilo::cli", text, comment, n);
}

} // namespace

std::optional<QString> csvOptionError(const ParsedArgs &a)
{
    if (a.has(QStringLiteral("dialect")) && !CsvDialect::named(a.value(QStringLiteral("dialect"))))
        return tr("invalid --dialect \"%1\": use %2")
            .arg(a.value(QStringLiteral("dialect")),
                 CsvDialect::names().join(QStringLiteral(" or ")));
    if (a.has(QStringLiteral("encoding"))
        && !CsvDialect::encodingNamed(a.value(QStringLiteral("encoding"))))
        return tr("invalid --encoding \"%1\": use %2")
            .arg(a.value(QStringLiteral("encoding")),
                 CsvDialect::encodingNames().join(QStringLiteral(", ")));
    return std::nullopt;
}

QList<OptionSpec> csvOptions(bool exporting)
{
    return {valueOpt(QStringLiteral("dialect"), QStringLiteral("excel-de|rfc4180"),
                     exporting ? tr("Semicolons and UTF-8 with BOM for Excel in German, or RFC "
                                    "4180 (default: the one of your locale)")
                               : tr("Read semicolons (excel-de) or commas (rfc4180); default: "
                                    "what the header line uses")),
            valueOpt(QStringLiteral("encoding"), QStringLiteral("utf-8|utf-8-bom|windows-1252"),
                     exporting ? tr("The file's encoding (default: the dialect's)")
                               : tr("The file's encoding (default: UTF-8, with or without BOM)"))};
}

namespace {

QString figureValue(const MetricFigure &f)
{
    if (!f.value)
        return QStringLiteral("-");
    if (f.unit == QLatin1String("%"))
        return tr("%1 %").arg(*f.value, 0, 'f', 1);
    if (f.unit == QLatin1String("per_week"))
        return tr("%1 / week").arg(*f.value, 0, 'f', 2);
    if (f.unit == QLatin1String("hours"))
        return tr("%1 h").arg(*f.value, 0, 'f', 1);
    return QString::number(*f.value, 'f', 1);
}

QString numbersText(const QList<int> &numbers)
{
    QStringList n;
    for (int i = 0; i < numbers.size() && i < 8; ++i)
        n << formatChangeNumber(numbers[i]);
    if (numbers.size() > 8)
        n << tr("… (%1 more)").arg(numbers.size() - 8);
    return n.isEmpty() ? QStringLiteral("-") : n.join(QStringLiteral(", "));
}

QString reportText(const MetricsReport &r, bool definitions)
{
    QString out = tr("Period %1 – %2").arg(formatTime(r.from), formatTime(r.to));
    if (!r.asset.isEmpty())
        out += tr(", asset %1").arg(r.asset);
    if (r.changeType)
        out += tr(", type %1").arg(toString(*r.changeType));
    out += QLatin1Char('\n');
    Table t({tr("FIGURE"), tr("VALUE"), tr("BASIS"), tr("CHANGES")});
    for (const auto &f : r.figures)
        t.addRow({f.name, figureValue(f),
                  f.denominator > 0 ? QStringLiteral("%1/%2").arg(f.numerator).arg(f.denominator)
                                    : QString::number(f.numerator),
                  numbersText(f.changes)});
    out += t.render();
    if (definitions) {
        out += QLatin1Char('\n') + tr("Definitions:") + QLatin1Char('\n');
        for (const auto &f : r.figures)
            out += QStringLiteral("  ") + f.name + QStringLiteral(": ") + f.definition
                   + QLatin1Char('\n');
    }
    return out;
}

int metrics(CliContext &ctx, const ParsedArgs &a)
{
    MetricsQuery q;
    q.to = ctx.clock().now();
    if (a.has(QStringLiteral("to"))) {
        CLI_TRY(t, parseTime(QStringLiteral("to"), a.value(QStringLiteral("to"))));
        q.to = t;
    }
    q.from = q.to.addDays(-28);
    if (a.has(QStringLiteral("from"))) {
        CLI_TRY(f, parseTime(QStringLiteral("from"), a.value(QStringLiteral("from"))));
        q.from = f;
    }
    if (q.from >= q.to)
        return ctx.usageError(tr("--from must be before --to"));
    q.asset = a.value(QStringLiteral("asset"));
    if (a.has(QStringLiteral("type"))) {
        CLI_TRY(v, parseEnum<ChangeType>(QStringLiteral("type"), a.value(QStringLiteral("type")),
                                         &parseChangeType, allChangeTypes()));
        q.changeType = v;
    }
    std::optional<TrendBucket> bucket;
    if (a.has(QStringLiteral("by"))) {
        const QString by = a.value(QStringLiteral("by"));
        if (by == QLatin1String("week"))
            bucket = TrendBucket::Week;
        else if (by == QLatin1String("month"))
            bucket = TrendBucket::Month;
        else
            return ctx.usageError(tr("invalid --by \"%1\": use week or month").arg(by));
    }
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(answer, client->metrics(q, bucket));
    const MetricsReport &report = answer.report;
    if (!bucket || !answer.trend)
        return ctx.out().print({{QStringLiteral("metrics"), report.toJson()}},
                               reportText(report, true).trimmed());
    const MetricsTrend &trend = *answer.trend;
    QString text = reportText(report, true) + QLatin1Char('\n')
                   + (*bucket == TrendBucket::Week ? tr("Per week:") : tr("Per month:"))
                   + QLatin1Char('\n');
    for (const auto &b : trend.buckets)
        text += QLatin1Char('\n') + reportText(b, false);
    return ctx.out().print(
        {{QStringLiteral("metrics"), report.toJson()}, {QStringLiteral("trend"), trend.toJson()}},
        text.trimmed());
}

int exportIcs(CliContext &ctx, const ParsedArgs &a)
{
    const QString path = a.value(QStringLiteral("out"));
    if (path.isEmpty())
        return ctx.usageError(tr("--out needs a file name"));
    CLI_TRY(client, ctx.workspaceClient());
    int events = 0;
    CLI_TRY(ics, client->calendarIcs(&events));
    CLI_CHECK(writeFileAtomically(path, ics));
    return ctx.out().print({{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                            {QStringLiteral("events"), events}},
                           tr("Wrote %n calendar events to %1.", nullptr, events).arg(path));
}

// --dialect and --encoding: what was asked, or an error naming the option and its values.
int exportCsv(CliContext &ctx, const ParsedArgs &a)
{
    const QString path = a.value(QStringLiteral("out"));
    if (path.isEmpty())
        return ctx.usageError(tr("--out needs a file name"));
    if (const auto problem = csvOptionError(a))
        return ctx.usageError(*problem);
    // The dialect asked for, else the one of the user's locale (Excel's in German locales).
    CsvDialect dialect = a.has(QStringLiteral("dialect"))
                             ? *CsvDialect::named(a.value(QStringLiteral("dialect")))
                             : CsvDialect::forLocale(QLocale());
    if (a.has(QStringLiteral("encoding")))
        dialect.encoding = *CsvDialect::encodingNamed(a.value(QStringLiteral("encoding")));
    CLI_TRY(f, changeFilterFrom(a));
    CLI_TRY(client, ctx.workspaceClient());
    int rows = 0;
    CLI_TRY(csv, client->exportCsv(f, dialect, &rows));
    CLI_CHECK(writeFileAtomically(path, csv));
    return ctx.out().print(
        {{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
         {QStringLiteral("rows"), rows},
         {QStringLiteral("dialect"), dialect.name},
         {QStringLiteral("encoding"), CsvDialect::encodingName(dialect.encoding)}},
        tr("Wrote %n changes to %1.", nullptr, rows).arg(path));
}

QString previewText(const CsvPreview &p)
{
    QString out;
    for (auto it = p.aliases.cbegin(); it != p.aliases.cend(); ++it)
        out += tr("Column \"%1\" read as %2.").arg(it.key(), it.value()) + QLatin1Char('\n');
    if (!p.ignoredColumns.isEmpty())
        out += tr("Ignored columns: %1").arg(p.ignoredColumns.join(QStringLiteral(", ")))
               + QLatin1Char('\n');
    Table rows({tr("ROW"), tr("TYPE"), tr("START"), tr("END"), tr("TITLE")});
    for (const auto &r : p.rows)
        rows.addRow({QString::number(r.row),
                     toString(r.draft.changeType.value_or(ChangeType::Normal)),
                     formatTime(r.draft.plannedStart.value_or(QDateTime())),
                     formatTime(r.draft.plannedEnd.value_or(QDateTime())),
                     r.draft.title.value_or(QString())});
    out += rows.render();
    if (!p.errors.isEmpty()) {
        Table errors({tr("ROW"), tr("LINE"), tr("COLUMN"), tr("PROBLEM")});
        for (const auto &e : p.errors)
            errors.addRow(
                {QString::number(e.row), QString::number(e.line), orDash(e.column), e.message});
        out += QLatin1Char('\n') + errors.render();
    }
    return out;
}

int importCsv(CliContext &ctx, const ParsedArgs &a)
{
    const QString path = a.positional(0);
    if (const auto problem = csvOptionError(a))
        return ctx.usageError(*problem);
    // Unless told, the header line says the delimiter and a byte order mark the encoding.
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
    const bool dryRun = a.has(QStringLiteral("dry-run"));
    auto answered = client->importCsv(data, dryRun, how);
    if (!answered.ok()) {
        Error e = answered.error();
        if (e.code == QLatin1String("invalid_utf8")) { // say which file
            e.message = tr("%1: %2").arg(path, e.message);
            e.details.insert(QStringLiteral("path"), path);
        }
        return ctx.out().fail(e);
    }
    const client::CsvImportAnswer &answer = answered.value();
    const CsvPreview &preview = answer.preview;
    if (!preview.valid()) {
        Output::writeErr(previewText(preview));
        return ctx.out().fail(Error::input(
            tr("%n problems in %1; nothing was imported.", nullptr, int(preview.errors.size()))
                .arg(path),
            {{QStringLiteral("errors"), preview.toJson().value(QStringLiteral("errors"))}},
            QStringLiteral("csv_invalid")));
    }
    if (dryRun)
        return ctx.out().print(
            {{QStringLiteral("preview"), preview.toJson()}},
            previewText(preview)
                + tr("Dry run: %n changes would be created; nothing was written.", nullptr,
                     int(preview.rows.size())));
    QStringList numbers;
    for (int n : answer.created)
        numbers << formatChangeNumber(n);
    return ctx.out().print({{QStringLiteral("preview"), preview.toJson()},
                            {QStringLiteral("created"), QJsonArray::fromStringList(numbers)}},
                           tr("Imported %n changes: %1", nullptr, int(numbers.size()))
                               .arg(numbers.join(QStringLiteral(", "))));
}

QList<OptionSpec> listFilters()
{
    return {valueOpt(QStringLiteral("status"), QStringLiteral("S"), names(allChangeStatuses())),
            valueOpt(QStringLiteral("type"), QStringLiteral("T"), names(allChangeTypes())),
            valueOpt(QStringLiteral("priority"), QStringLiteral("P"), names(allPriorities())),
            valueOpt(QStringLiteral("risk"), QStringLiteral("R"), names(allRiskLevels())),
            valueOpt(QStringLiteral("assignee"), QStringLiteral("U"), tr("Assigned to this user")),
            valueOpt(QStringLiteral("search"), QStringLiteral("TEXT"),
                     tr("Words that must each occur in the number, the title, or the assignee or "
                        "requester (username or display name)")),
            valueOpt(QStringLiteral("limit"), QStringLiteral("N"), tr("At most N changes"))};
}

} // namespace

QList<CommandSpec> insightCommands()
{
    return {
        {{QStringLiteral("metrics")},
         {},
         {valueOpt(QStringLiteral("from"), QStringLiteral("T"),
                   tr("Start of the period (default: 28 days before --to)")),
          valueOpt(QStringLiteral("to"), QStringLiteral("T"),
                   tr("End of the period, exclusive (default: now)")),
          valueOpt(QStringLiteral("asset"), QStringLiteral("A"),
                   tr("Only changes touching this asset")),
          valueOpt(QStringLiteral("type"), QStringLiteral("T"), names(allChangeTypes())),
          valueOpt(QStringLiteral("by"), QStringLiteral("week|month"),
                   tr("Also the figures per week or month"))},
         tr("DORA metrics of the workspace: failure rate, frequency, lead time, time to restore."),
         metrics},
        {{QStringLiteral("export-ics")},
         {},
         {requiredOpt(QStringLiteral("out"), QStringLiteral("FILE.ics"),
                      tr("The iCalendar file to write"))},
         tr("Export the scheduled and in-progress changes as an iCalendar file."),
         exportIcs},
        {{QStringLiteral("export-csv")},
         {},
         QList<OptionSpec>{requiredOpt(QStringLiteral("out"), QStringLiteral("FILE.csv"),
                                       tr("The CSV file to write"))}
             + csvOptions(true) + listFilters(),
         tr("Export the (filtered) change list as CSV."),
         exportCsv},
        {{QStringLiteral("import-csv")},
         {{QStringLiteral("FILE"), tr("The CSV file: one new change per row")}},
         QList<OptionSpec>{
             flagOpt(QStringLiteral("dry-run"), tr("Only validate and preview; write nothing"))}
             + csvOptions(false),
         tr("Create changes from a CSV file: all rows or, when any is invalid, none."),
         importCsv},
    };
}

} // namespace vigilo::cli
