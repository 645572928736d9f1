// Methods on metrics and exchange: DORA figures, iCalendar and CSV.
#include "ApiUtil.h"

#include "Tr.h"
#include "Vigilo.h"

namespace vigilo::api {

CsvReading csvReadingOf(const Args &a)
{
    CsvReading how;
    if (a.has(QStringLiteral("delimiter")))
        how.delimiter = a.text(QStringLiteral("delimiter")).at(0);
    if (a.has(QStringLiteral("encoding")))
        how.encoding = CsvDialect::encodingNamed(a.text(QStringLiteral("encoding")));
    return how;
}

namespace {

constexpr qint64 kMaxCsvBytes = 20 * 1024 * 1024;
constexpr int kMaxChangesAtOnce = 2000;

// The changes behind a dashboard figure, in one round trip.
Result<QJsonValue> changesByNumber(const Call &c)
{
    const QList<int> numbers = c.args.changeList(QStringLiteral("numbers"));
    if (numbers.size() > kMaxChangesAtOnce)
        return Error::input(
            CoreText::tr("Ask for at most %1 changes at once.").arg(kMaxChangesAtOnce),
            {{QStringLiteral("field"), QStringLiteral("numbers")}});
    QJsonArray out;
    for (int number : numbers) {
        auto change = c.core.changes().get(*c.actor, number);
        if (!change)
            return change.error();
        out.append(change->toJson());
    }
    return QJsonValue(QJsonObject{{QStringLiteral("changes"), out}});
}

Result<QJsonValue> metrics(const Call &c)
{
    const Args &a = c.args;
    MetricsQuery q;
    q.from = a.time(QStringLiteral("from"));
    q.to = a.time(QStringLiteral("to"));
    q.asset = a.text(QStringLiteral("asset"));
    q.changeType = enumArg(a, QStringLiteral("change_type"), &parseChangeType);
    auto report = c.core.metrics().report(*c.actor, q);
    if (!report)
        return report.error();
    QJsonObject out{{QStringLiteral("metrics"), report->toJson()}};
    if (a.has(QStringLiteral("by"))) {
        const TrendBucket bucket = a.text(QStringLiteral("by")) == QLatin1String("month")
                                       ? TrendBucket::Month
                                       : TrendBucket::Week;
        auto trend = c.core.metrics().trend(*c.actor, q, bucket);
        if (!trend)
            return trend.error();
        out.insert(QStringLiteral("trend"), trend->toJson());
    }
    return QJsonValue(out);
}

Result<QJsonValue> ics(const Call &c)
{
    int events = 0;
    auto data = c.core.calendar().ics(*c.actor, &events);
    if (!data)
        return data.error();
    return QJsonValue(QJsonObject{{QStringLiteral("ics"), QString::fromUtf8(*data)},
                                  {QStringLiteral("events"), events}});
}

Result<QJsonValue> csvExport(const Call &c)
{
    const Args &a = c.args;
    ChangeFilter f;
    f.status = enumArg(a, QStringLiteral("status"), &parseChangeStatus);
    f.changeType = enumArg(a, QStringLiteral("change_type"), &parseChangeType);
    f.priority = enumArg(a, QStringLiteral("priority"), &parsePriority);
    f.riskLevel = enumArg(a, QStringLiteral("risk_level"), &parseRiskLevel);
    f.assignee = a.text(QStringLiteral("assignee"));
    f.search = a.text(QStringLiteral("search"));
    f.limit = int(a.integer(QStringLiteral("limit"), 0));
    // The declarations admit only known names.
    CsvDialect dialect =
        CsvDialect::named(a.text(QStringLiteral("dialect"))).value_or(CsvDialect::rfc4180());
    if (a.has(QStringLiteral("encoding")))
        dialect.encoding = CsvDialect::encodingNamed(a.text(QStringLiteral("encoding")))
                               .value_or(dialect.encoding);
    int rows = 0;
    auto data = c.core.csv().exportCsv(*c.actor, f, dialect, &rows);
    if (!data)
        return data.error();
    return QJsonValue(
        QJsonObject{{QStringLiteral("csv"), QString::fromLatin1(data->toBase64())},
                    {QStringLiteral("rows"), rows},
                    {QStringLiteral("dialect"), dialect.name},
                    {QStringLiteral("encoding"), CsvDialect::encodingName(dialect.encoding)}});
}

// Previews, then imports when every row is valid and it is not a dry run: all rows or none.
Result<QJsonValue> csvImport(const Call &c)
{
    const QByteArray data = c.args.bytes(QStringLiteral("data"));
    const CsvReading how = csvReadingOf(c.args);
    auto preview = c.core.csv().preview(*c.actor, data, how);
    if (!preview)
        return preview.error();
    QJsonObject out{{QStringLiteral("preview"), preview->toJson()},
                    {QStringLiteral("created"), QJsonArray()}};
    if (!preview->valid() || c.args.boolean(QStringLiteral("dry_run")))
        return QJsonValue(out);
    auto result = c.core.csv().import(*c.actor, data, how);
    if (!result)
        return result.error();
    out.insert(QStringLiteral("created"), result->toJson().value(QStringLiteral("created")));
    return QJsonValue(out);
}

QList<Param> filterDeclarations()
{
    return {
        oneOf(QStringLiteral("status"), wireNames(allChangeStatuses()), QStringLiteral("Status")),
        oneOf(QStringLiteral("change_type"), wireNames(allChangeTypes()), QStringLiteral("Type")),
        oneOf(QStringLiteral("priority"), wireNames(allPriorities()), QStringLiteral("Priority")),
        oneOf(QStringLiteral("risk_level"), wireNames(allRiskLevels()),
              QStringLiteral("Risk level")),
        text(QStringLiteral("assignee"), QStringLiteral("Assigned to this user")),
        text(QStringLiteral("search"),
             QStringLiteral("Words that must each occur in the number, the title, or the assignee "
                            "or requester (username or display name)")),
        integer(QStringLiteral("limit"), 1, 1000000, QStringLiteral("At most N changes"))};
}

} // namespace

QList<Method> insightMethods()
{
    return {
        {QStringLiteral("metrics.report"),
         Scope::Workspace,
         QStringLiteral("DORA figures of a period, optionally per week or month."),
         {time(QStringLiteral("from"), QStringLiteral("Start of the period"), true),
          time(QStringLiteral("to"), QStringLiteral("End of the period, exclusive"), true),
          text(QStringLiteral("asset"), QStringLiteral("Only changes touching this asset")),
          oneOf(QStringLiteral("change_type"), wireNames(allChangeTypes()),
                QStringLiteral("Only this type")),
          oneOf(QStringLiteral("by"), {QStringLiteral("week"), QStringLiteral("month")},
                QStringLiteral("Also the figures per week or month"))},
         QStringLiteral("{metrics, trend?}"),
         {},
         metrics},
        {QStringLiteral("change.get_many"),
         Scope::Workspace,
         QStringLiteral("Several changes by number, in the order asked (the changes behind a "
                        "dashboard figure); at most 2000."),
         {changeList(QStringLiteral("numbers"), QStringLiteral("The changes"))},
         QStringLiteral("{changes: [change]}"),
         {QStringLiteral("not_found")},
         changesByNumber},
        {QStringLiteral("calendar.ics"),
         Scope::Workspace,
         QStringLiteral("The scheduled and in-progress changes as an iCalendar document."),
         {},
         QStringLiteral("{ics: text, events}"),
         {},
         ics},
        {QStringLiteral("csv.export"),
         Scope::Workspace,
         QStringLiteral("The filtered change list as a CSV file in the dialect and encoding "
                        "asked for."),
         filterDeclarations()
             + QList<Param>{oneOf(QStringLiteral("dialect"), CsvDialect::names(),
                                  QStringLiteral("rfc4180 (default) or excel-de (semicolons, "
                                                 "UTF-8 with BOM)")),
                            oneOf(QStringLiteral("encoding"), CsvDialect::encodingNames(),
                                  QStringLiteral("The file's encoding (default: the dialect's)"))},
         QStringLiteral("{csv: base64, rows, dialect, encoding}"),
         {},
         csvExport},
        {QStringLiteral("csv.import"),
         Scope::Workspace,
         QStringLiteral("Create changes from CSV: previews every row, and imports all of them "
                        "only when every row is valid and it is not a dry run."),
         {bytes(QStringLiteral("data"), kMaxCsvBytes, QStringLiteral("The CSV file's bytes"), true),
          boolean(QStringLiteral("dry_run"), QStringLiteral("Only validate and preview")),
          oneOf(QStringLiteral("delimiter"), {QStringLiteral(","), QStringLiteral(";")},
                QStringLiteral("Between fields (default: what the header line uses)")),
          oneOf(QStringLiteral("encoding"), CsvDialect::encodingNames(),
                QStringLiteral("The file's encoding (default: UTF-8, with or without BOM)"))},
         QStringLiteral("{preview: {valid, rows, errors, ignored_columns, aliases}, created: "
                        "[CHG]}"),
         {QStringLiteral("permission_denied")},
         csvImport},
    };
}

} // namespace vigilo::api
