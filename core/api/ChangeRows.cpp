#include "ChangeRows.h"

#include "Codecs.h"
#include "IsoTime.h"
#include "Tr.h"

#include <QHash>
#include <QJsonArray>

namespace vigilo::api {

namespace {

enum Column {
    Number,
    Title,
    Status,
    Type,
    Priority_,
    Risk,
    PlannedStart,
    PlannedEnd,
    Overrunning,
    Assignee,
    Requester,
    UpdatedAt,
    Version,
    ColumnCount
};

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoUtcText(t)) : QJsonValue(QJsonValue::Null);
}

Error badValue(qsizetype row, const QString &column)
{
    return Error::storage(
        CoreText::tr("The server's change list holds a value this client "
                     "cannot read in row %1, column \"%2\". Check that the "
                     "address is a Vigilo server of the same version.")
            .arg(row + 1)
            .arg(column),
        {{QStringLiteral("field"), column}, {QStringLiteral("row"), int(row + 1)}},
        QStringLiteral("protocol_error"));
}

// A text column holding one of an enum's wire names.
template <typename E>
bool readEnum(const QJsonValue &v, std::optional<E> (*parse)(const QString &), E &out)
{
    if (!v.isString())
        return false;
    const auto e = parse(v.toString());
    if (!e)
        return false;
    out = *e;
    return true;
}

// null, or a valid time.
bool readTime(const QJsonValue &v, QDateTime &out)
{
    if (v.isNull())
        return true;
    if (!v.isString())
        return false;
    out = parseIsoUtc(v.toString());
    return out.isValid();
}

bool readOptionalText(const QJsonValue &v, QString &out)
{
    if (v.isNull())
        return true;
    if (!v.isString())
        return false;
    out = v.toString();
    return true;
}

// An integer in [min, max] (JSON numbers are doubles).
bool readInt(const QJsonValue &v, int min, int &out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d < min || d > 2147483647.0 || d != double(qint64(d)))
        return false;
    out = int(d);
    return true;
}

} // namespace

const QStringList &changeRowColumns()
{
    static const QStringList columns = {
        QStringLiteral("number"),        QStringLiteral("title"),
        QStringLiteral("status"),        QStringLiteral("change_type"),
        QStringLiteral("priority"),      QStringLiteral("risk_level"),
        QStringLiteral("planned_start"), QStringLiteral("planned_end"),
        QStringLiteral("overrunning"),   QStringLiteral("assignee"),
        QStringLiteral("requester"),     QStringLiteral("updated_at"),
        QStringLiteral("version")};
    return columns;
}

QJsonObject changeRows(const QList<ChangeSummary> &changes)
{
    QJsonArray rows;
    QJsonObject people; // username -> display name
    for (const ChangeSummary &s : changes) {
        QJsonArray row;
        row.append(s.number);
        row.append(s.title);
        row.append(toString(s.status));
        row.append(toString(s.changeType));
        row.append(toString(s.priority));
        row.append(s.riskLevel ? QJsonValue(toString(*s.riskLevel)) : QJsonValue());
        row.append(timeOrNull(s.plannedStart));
        row.append(timeOrNull(s.plannedEnd));
        row.append(s.overrunning);
        row.append(textOrNull(s.assignee));
        row.append(s.requester);
        row.append(timeOrNull(s.updatedAt));
        row.append(s.version);
        rows.append(row);
        if (!s.assignee.isEmpty() && !s.assigneeName.isEmpty())
            people.insert(s.assignee, s.assigneeName);
        if (!s.requesterName.isEmpty())
            people.insert(s.requester, s.requesterName);
    }
    // Display names once per person, not once per row.
    return {{QStringLiteral("columns"), QJsonArray::fromStringList(changeRowColumns())},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("people"), people}};
}

Result<QList<ChangeSummary>> decodeChangeRows(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const QJsonValue columnsValue = o.value(QStringLiteral("columns"));
    const QJsonValue rowsValue = o.value(QStringLiteral("rows"));
    if (!value.isObject() || !columnsValue.isArray() || !rowsValue.isArray())
        return malformed(QStringLiteral("{columns, rows}"));
    const QStringList &names = changeRowColumns();
    const QJsonArray columns = columnsValue.toArray();
    qsizetype at[ColumnCount];
    std::fill(std::begin(at), std::end(at), qsizetype(-1));
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const qsizetype k = names.indexOf(columns.at(i).toString());
        if (k >= 0 && at[k] < 0)
            at[k] = i;
    }
    for (int k = 0; k < ColumnCount; ++k)
        if (at[k] < 0)
            return Error::storage(CoreText::tr("The server's change list lacks the column "
                                               "\"%1\". Check that the address is a Vigilo server "
                                               "of the same version.")
                                      .arg(names.at(k)),
                                  {{QStringLiteral("field"), names.at(k)}},
                                  QStringLiteral("protocol_error"));
    const QJsonArray rows = rowsValue.toArray();
    // Display names (optional: an older server sends none; a name that is not text is ignored).
    QHash<QString, QString> people;
    const QJsonObject peopleObject = o.value(QStringLiteral("people")).toObject();
    for (auto it = peopleObject.begin(); it != peopleObject.end(); ++it)
        people.insert(it.key(), it.value().toString());
    QList<ChangeSummary> out;
    out.reserve(rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonValue rowValue = rows.at(r);
        if (!rowValue.isArray())
            return badValue(r, QStringLiteral("*"));
        const QJsonArray row = rowValue.toArray();
        if (row.size() != columns.size())
            return badValue(r, QStringLiteral("*"));
        ChangeSummary s;
        int failed = -1;
        if (!readInt(row.at(at[Number]), 1, s.number))
            failed = Number;
        else if (const QJsonValue t = row.at(at[Title]); t.isString())
            s.title = t.toString();
        else
            failed = Title;
        if (failed < 0 && !readEnum(row.at(at[Status]), &parseChangeStatus, s.status))
            failed = Status;
        if (failed < 0 && !readEnum(row.at(at[Type]), &parseChangeType, s.changeType))
            failed = Type;
        if (failed < 0 && !readEnum(row.at(at[Priority_]), &parsePriority, s.priority))
            failed = Priority_;
        if (failed < 0) {
            const QJsonValue risk = row.at(at[Risk]);
            RiskLevel level = RiskLevel::Low;
            if (risk.isNull())
                s.riskLevel.reset();
            else if (readEnum(risk, &parseRiskLevel, level))
                s.riskLevel = level;
            else
                failed = Risk;
        }
        if (failed < 0 && !readTime(row.at(at[PlannedStart]), s.plannedStart))
            failed = PlannedStart;
        if (failed < 0 && !readTime(row.at(at[PlannedEnd]), s.plannedEnd))
            failed = PlannedEnd;
        if (failed < 0) {
            const QJsonValue over = row.at(at[Overrunning]);
            if (over.isBool())
                s.overrunning = over.toBool();
            else
                failed = Overrunning;
        }
        if (failed < 0 && !readOptionalText(row.at(at[Assignee]), s.assignee))
            failed = Assignee;
        if (failed < 0) {
            const QJsonValue req = row.at(at[Requester]);
            if (req.isString())
                s.requester = req.toString();
            else
                failed = Requester;
        }
        if (failed < 0 && !readTime(row.at(at[UpdatedAt]), s.updatedAt))
            failed = UpdatedAt;
        if (failed < 0 && !readInt(row.at(at[Version]), 1, s.version))
            failed = Version;
        if (failed >= 0)
            return badValue(r, names.at(failed));
        if (!people.isEmpty()) {
            s.assigneeName = people.value(s.assignee);
            s.requesterName = people.value(s.requester);
        }
        out.append(std::move(s));
    }
    return out;
}

} // namespace vigilo::api
