#include "CsvImport.h"

#include "ChangeService.h"
#include "InputRules.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"

#include <QRegularExpression>

#include <algorithm>

namespace vigilo {

namespace {

QString key(const QString &header)
{
    QString k = header.trimmed().toLower();
    k.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return k;
}

const QHash<QString, QString> &aliasTable()
{
    static const QHash<QString, QString> t{
        {QStringLiteral("short_description"), QStringLiteral("title")},
        {QStringLiteral("type"), QStringLiteral("change_type")},
        {QStringLiteral("risk"), QStringLiteral("risk_level")},
        {QStringLiteral("start_date"), QStringLiteral("planned_start")},
        {QStringLiteral("end_date"), QStringLiteral("planned_end")},
        {QStringLiteral("cmdb_ci"), QStringLiteral("affected_assets")},
        {QStringLiteral("change_plan"), QStringLiteral("implementation_plan")},
        {QStringLiteral("backout_plan"), QStringLiteral("rollback_plan")},
        {QStringLiteral("assigned_to"), QStringLiteral("assignee")},
    };
    return t;
}

// "1 - Critical" -> "critical"; "Moderate" -> "moderate".
QString enumText(const QString &value)
{
    QString v = value.trimmed();
    const int dash = v.indexOf(QStringLiteral(" - "));
    if (dash >= 0)
        v = v.mid(dash + 3);
    return key(v);
}

std::optional<QDateTime> parseCsvTime(const QString &text)
{
    static const QRegularExpression zoned(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$)"));
    static const QRegularExpression plain(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(:\d{2})?)$)"));
    const QString t = text.trimmed();
    if (zoned.match(t).hasMatch()) {
        const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (dt.isValid())
            return dt.toUTC();
        return std::nullopt;
    }
    const auto m = plain.match(t);
    if (m.hasMatch()) {
        const QDate d = QDate::fromString(m.captured(1), Qt::ISODate);
        QTime tm =
            QTime::fromString(m.captured(2), m.captured(3).isEmpty() ? QStringLiteral("HH:mm")
                                                                     : QStringLiteral("HH:mm:ss"));
        if (d.isValid() && tm.isValid())
            return QDateTime(d, tm, Qt::UTC);
    }
    // Excel in a German locale writes dates as it shows them: "05.03.2026 10:00" (day first;
    // the dots make the order unambiguous), read as UTC like the plain form above.
    static const QRegularExpression german(
        QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$)"));
    if (const auto g = german.match(t); g.hasMatch()) {
        const QDate d(g.captured(3).toInt(), g.captured(2).toInt(), g.captured(1).toInt());
        const QTime tm(g.captured(4).toInt(), g.captured(5).toInt(), g.captured(6).toInt());
        if (d.isValid() && tm.isValid())
            return QDateTime(d, tm, Qt::UTC);
    }
    return std::nullopt;
}

QString csvTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")) : QString();
}

} // namespace

QJsonObject CsvRowError::toJson() const
{
    return {{QStringLiteral("row"), row},
            {QStringLiteral("line"), line},
            {QStringLiteral("column"), column},
            {QStringLiteral("message"), message}};
}

QJsonObject CsvPreviewRow::toJson() const
{
    QJsonObject o{{QStringLiteral("row"), row},
                  {QStringLiteral("title"), draft.title.value_or(QString())}};
    o.insert(QStringLiteral("change_type"),
             toString(draft.changeType.value_or(ChangeType::Normal)));
    if (draft.priority)
        o.insert(QStringLiteral("priority"), toString(*draft.priority));
    if (draft.riskLevel)
        o.insert(QStringLiteral("risk_level"), toString(*draft.riskLevel));
    if (draft.plannedStart)
        o.insert(QStringLiteral("planned_start"), jsonTime(*draft.plannedStart));
    if (draft.plannedEnd)
        o.insert(QStringLiteral("planned_end"), jsonTime(*draft.plannedEnd));
    if (draft.affectedAssets)
        o.insert(QStringLiteral("affected_assets"),
                 QJsonArray::fromStringList(*draft.affectedAssets));
    if (draft.assignee)
        o.insert(QStringLiteral("assignee"), *draft.assignee);
    return o;
}

QJsonObject CsvPreview::toJson() const
{
    QJsonArray r, e;
    for (const auto &row : rows)
        r.append(row.toJson());
    for (const auto &err : errors)
        e.append(err.toJson());
    QJsonObject a;
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it)
        a.insert(it.key(), it.value());
    return {{QStringLiteral("valid"), valid()},
            {QStringLiteral("rows"), r},
            {QStringLiteral("errors"), e},
            {QStringLiteral("ignored_columns"), QJsonArray::fromStringList(ignoredColumns)},
            {QStringLiteral("aliases"), a}};
}

QJsonObject CsvImportResult::toJson() const
{
    QJsonArray n;
    for (int c : created)
        n.append(formatChangeNumber(c));
    return {{QStringLiteral("created"), n}};
}

QStringList ChangeCsv::exportColumns()
{
    return {QStringLiteral("number"),
            QStringLiteral("title"),
            QStringLiteral("description"),
            QStringLiteral("change_type"),
            QStringLiteral("priority"),
            QStringLiteral("risk_level"),
            QStringLiteral("status"),
            QStringLiteral("planned_start"),
            QStringLiteral("planned_end"),
            QStringLiteral("affected_assets"),
            QStringLiteral("implementation_plan"),
            QStringLiteral("rollback_plan"),
            QStringLiteral("test_plan"),
            QStringLiteral("assignee"),
            QStringLiteral("requester"),
            QStringLiteral("closure_code"),
            QStringLiteral("closed_at"),
            QStringLiteral("rolled_back_at")};
}

QStringList ChangeCsv::importColumns()
{
    return {QStringLiteral("title"),
            QStringLiteral("description"),
            QStringLiteral("change_type"),
            QStringLiteral("priority"),
            QStringLiteral("risk_level"),
            QStringLiteral("planned_start"),
            QStringLiteral("planned_end"),
            QStringLiteral("affected_assets"),
            QStringLiteral("implementation_plan"),
            QStringLiteral("rollback_plan"),
            QStringLiteral("test_plan"),
            QStringLiteral("assignee")};
}

QString ChangeCsv::quote(const QString &field, QChar delimiter)
{
    if (!field.contains(QLatin1Char('"')) && !field.contains(delimiter)
        && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r'))
        && !field.startsWith(QLatin1Char(' ')) && !field.endsWith(QLatin1Char(' ')))
        return field;
    QString f = field;
    f.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + f + QLatin1Char('"');
}

namespace {

// Whether a spreadsheet would read a cell starting at `i` of `cell` as a formula.
bool formulaAt(const QString &cell, qsizetype i)
{
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    if (i >= cell.size())
        return false;
    const QChar c = cell.at(i);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
           || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

QString ChangeCsv::neutralise(const QString &cell)
{
    return formulaAt(cell, 0) ? QLatin1Char('\'') + cell : cell;
}

QString ChangeCsv::restore(const QString &cell)
{
    return cell.startsWith(QLatin1Char('\'')) && formulaAt(cell, 1) ? cell.mid(1) : cell;
}

Result<QList<ChangeCsv::Record>> ChangeCsv::parse(const QByteArray &csv, const CsvReading &how)
{
    auto decoded = CsvReading::decode(csv, how.encoding);
    if (!decoded)
        return decoded.error();
    QString text = std::move(*decoded);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar delimiter = how.delimiter.value_or(CsvReading::detectDelimiter(text));
    QList<Record> out;
    Record rec;
    QString field;
    bool inQuotes = false;
    bool quotedField = false;
    int line = 1;
    rec.line = 1;
    auto endField = [&] {
        rec.fields << field;
        field.clear();
        quotedField = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = rec.fields.size() == 1 && rec.fields.first().isEmpty();
        if (!blank)
            out << rec;
        rec = Record();
        rec.line = line;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (inQuotes) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                field += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"')) {
            if (!field.isEmpty() || quotedField)
                return Error::input(CoreText::tr("CSV line %1: a quote inside an unquoted field; "
                                                 "quote the whole field and double the quote.")
                                        .arg(line),
                                    {{QStringLiteral("line"), line}});
            inQuotes = true;
            quotedField = true;
        } else if (ch == delimiter) {
            endField();
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else {
            if (quotedField)
                return Error::input(
                    CoreText::tr("CSV line %1: text after a closing quote.").arg(line),
                    {{QStringLiteral("line"), line}});
            field += ch;
        }
    }
    if (inQuotes)
        return Error::input(
            CoreText::tr("CSV line %1: a quoted field is never closed.").arg(rec.line),
            {{QStringLiteral("line"), rec.line}});
    if (!field.isEmpty() || !rec.fields.isEmpty() || quotedField)
        endRecord();
    return out;
}

Result<QByteArray> ChangeCsv::exportCsv(const Actor &actor, const ChangeFilter &filter,
                                        const CsvDialect &dialect, int *rowCount) const
{
    auto list = m_changes.list(actor, filter);
    if (!list)
        return list.error();
    QList<ChangeSummary> rows = *list;
    std::sort(rows.begin(), rows.end(),
              [](const ChangeSummary &a, const ChangeSummary &b) { return a.number < b.number; });
    QStringList header;
    for (const QString &c : exportColumns())
        header << quote(c, dialect.delimiter);
    QString out = header.join(dialect.delimiter) + QStringLiteral("\r\n");
    for (const auto &s : rows) {
        auto c = sql::loadChange(m_store, actor.workspace.id, s.number);
        if (!c)
            return c.error();
        const QStringList cells{c->numberText(),
                                c->title,
                                c->description,
                                toString(c->changeType),
                                toString(c->priority),
                                c->riskLevel ? toString(*c->riskLevel) : QString(),
                                toString(c->status),
                                csvTime(c->plannedStart),
                                csvTime(c->plannedEnd),
                                c->affectedAssets.join(QLatin1Char(';')),
                                c->implementationPlan,
                                c->rollbackPlan,
                                c->testPlan,
                                c->assignee,
                                c->requester,
                                c->closureCode ? toString(*c->closureCode) : QString(),
                                csvTime(c->closedAt),
                                csvTime(c->rolledBackAt)};
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << quote(neutralise(cell), dialect.delimiter);
        out += quoted.join(dialect.delimiter) + QStringLiteral("\r\n");
    }
    if (rowCount)
        *rowCount = int(rows.size());
    return dialect.encode(out);
}

Result<CsvPreview> ChangeCsv::preview(const Actor &actor, const QByteArray &csv,
                                      const CsvReading &how)
{
    return run(actor, csv, how, false, nullptr);
}

Result<CsvImportResult> ChangeCsv::import(const Actor &actor, const QByteArray &csv,
                                          const CsvReading &how)
{
    CsvImportResult result;
    auto p = run(actor, csv, how, true, &result.created);
    if (!p)
        return p.error();
    if (!p->valid()) {
        const CsvRowError &first = p->errors.first();
        return Error::input(
            CoreText::tr("The CSV file has %1 invalid row(s); nothing was imported. "
                         "First: row %2, %3: %4")
                .arg(p->errors.size())
                .arg(first.row)
                .arg(first.column.isEmpty() ? CoreText::tr("(row)") : first.column, first.message),
            {{QStringLiteral("errors"), p->toJson().value(QStringLiteral("errors"))}},
            QStringLiteral("csv_invalid"));
    }
    return result;
}

Result<CsvPreview> ChangeCsv::run(const Actor &caller, const QByteArray &csv, const CsvReading &how,
                                  bool commit, QList<int> *created)
{
    auto current = sql::currentActor(m_store, caller, Permission::ChangesCreate);
    if (!current)
        return current.error();
    const Actor &actor = *current;
    auto records = parse(csv, how);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error::input(CoreText::tr("The CSV file is empty: it needs a header row naming the "
                                         "columns (title is required)."));
    CsvPreview preview;
    const Record header = records->takeFirst();
    const QStringList known = importColumns();
    const QStringList exportOnly = exportColumns();
    QHash<QString, int> columnIndex;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString raw = header.fields[i];
        QString k = key(raw);
        if (aliasTable().contains(k)) {
            preview.aliases.insert(raw, aliasTable().value(k));
            k = aliasTable().value(k);
        }
        if (!known.contains(k)) {
            preview.ignoredColumns << raw;
            continue;
        }
        if (columnIndex.contains(k))
            return Error::input(CoreText::tr("The CSV header names the column %1 twice.").arg(k),
                                {{QStringLiteral("column"), k}});
        columnIndex.insert(k, i);
    }
    if (!columnIndex.contains(QStringLiteral("title")))
        return Error::input(
            CoreText::tr("The CSV header has no title column (or short_description)."),
            {{QStringLiteral("column"), QStringLiteral("title")}});

    // 1. Parse and check every row.
    for (int r = 0; r < records->size(); ++r) {
        const Record &rec = records->at(r);
        const int rowNumber = r + 1;
        auto err = [&](const QString &column, const QString &message) {
            preview.errors << CsvRowError{rowNumber, rec.line, column, message};
        };
        if (rec.fields.size() != header.fields.size())
            err(QString(), CoreText::tr("The row has %1 fields; the header has %2.")
                               .arg(rec.fields.size())
                               .arg(header.fields.size()));
        auto cell = [&](const QString &column) -> std::optional<QString> {
            if (!columnIndex.contains(column))
                return std::nullopt;
            return restore(rec.fields.value(columnIndex.value(column)));
        };
        ChangeDraft d;
        const QString title = cell(QStringLiteral("title")).value_or(QString()).trimmed();
        if (title.isEmpty())
            err(QStringLiteral("title"), CoreText::tr("The title is empty."));
        d.title = title;
        if (auto v = cell(QStringLiteral("description")))
            d.description = *v;
        if (auto v = cell(QStringLiteral("change_type")); v && !v->trimmed().isEmpty()) {
            if (auto t = parseChangeType(enumText(*v)))
                d.changeType = *t;
            else
                err(QStringLiteral("change_type"),
                    CoreText::tr("\"%1\" is not a change type (standard, normal, emergency).")
                        .arg(*v));
        }
        if (auto v = cell(QStringLiteral("priority")); v && !v->trimmed().isEmpty()) {
            if (auto p = parsePriority(enumText(*v)))
                d.priority = *p;
            else
                err(QStringLiteral("priority"),
                    CoreText::tr("\"%1\" is not a priority (low, medium, high, critical).")
                        .arg(*v));
        }
        if (auto v = cell(QStringLiteral("risk_level")); v && !v->trimmed().isEmpty()) {
            QString t = enumText(*v);
            if (t == QLatin1String("moderate"))
                t = QStringLiteral("medium");
            if (auto rl = parseRiskLevel(t))
                d.riskLevel = *rl;
            else
                err(QStringLiteral("risk_level"),
                    CoreText::tr("\"%1\" is not a risk level (low, medium, high).").arg(*v));
        }
        for (const QString &column :
             {QStringLiteral("planned_start"), QStringLiteral("planned_end")}) {
            auto v = cell(column);
            if (!v || v->trimmed().isEmpty())
                continue;
            auto t = parseCsvTime(*v);
            if (!t) {
                err(column,
                    CoreText::tr("\"%1\" is not a time: use ISO 8601 with a zone, e.g. "
                                 "2026-12-01T08:00:00Z (or 2026-12-01 08:00:00, read as UTC).")
                        .arg(*v));
                continue;
            }
            if (column == QLatin1String("planned_start"))
                d.plannedStart = *t;
            else
                d.plannedEnd = *t;
        }
        if (auto v = cell(QStringLiteral("affected_assets")); v && !v->trimmed().isEmpty()) {
            QStringList assets;
            for (const QString &a : v->split(QLatin1Char(';'), Qt::SkipEmptyParts))
                if (!a.trimmed().isEmpty() && !assets.contains(a.trimmed()))
                    assets << a.trimmed();
            d.affectedAssets = assets;
        }
        if (auto v = cell(QStringLiteral("implementation_plan")))
            d.implementationPlan = *v;
        if (auto v = cell(QStringLiteral("rollback_plan")))
            d.rollbackPlan = *v;
        if (auto v = cell(QStringLiteral("test_plan")))
            d.testPlan = *v;
        if (auto v = cell(QStringLiteral("assignee")); v && !v->trimmed().isEmpty())
            d.assignee = v->trimmed();
        preview.rows << CsvPreviewRow{rowNumber, d};
    }
    if (!preview.valid())
        return preview;

    // 2. Create every row in one transaction (each create nests as a savepoint): the core's
    //    own rules (assets, assignee, window) report per row; commit only when all succeeded.
    Store::Transaction tx(m_store);
    VIGILO_TRY(tx.begin());
    QList<int> numbers;
    for (int r = 0; r < preview.rows.size(); ++r) {
        auto c = m_changes.create(actor, preview.rows[r].draft);
        if (!c) {
            if (c.error().kind() == ErrorKind::Storage
                && c.error().code != QLatin1String("not_found"))
                return c.error();
            preview.errors << CsvRowError{
                preview.rows[r].row, records->at(r).line,
                c.error().details.value(QStringLiteral("field")).toString(), c.error().message};
            continue;
        }
        numbers << c->number;
    }
    if (commit && preview.valid()) {
        VIGILO_TRY(tx.commit());
        if (created)
            *created = numbers;
    }
    return preview; // without commit the transaction rolls back here
}

} // namespace vigilo
