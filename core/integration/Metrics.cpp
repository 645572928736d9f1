#include "Metrics.h"

#include "Dialect.h"
#include "InputRules.h"
#include "Rules.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace vigilo {

namespace {

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// A share in percent: `counted` (the CHGs behind it) out of `population`; no value over nothing.
MetricFigure percentFigure(const QString &key, const QString &name, const QList<int> &counted,
                           qint64 population, const QString &definition)
{
    MetricFigure f;
    f.key = key;
    f.name = name;
    f.unit = QStringLiteral("%");
    f.numerator = counted.size();
    f.denominator = population;
    if (population > 0)
        f.value = 100.0 * double(counted.size()) / double(population);
    f.definition = definition;
    f.changes = counted;
    return f;
}

double hoursBetween(const QDateTime &a, const QDateTime &b)
{
    return double(a.msecsTo(b)) / 3600000.0;
}

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

std::optional<double> mean(const QList<double> &values)
{
    if (values.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

// The filter clauses shared by every query (alias c for changes).
void addFilters(const MetricsQuery &q, QString &where, QVariantList &binds)
{
    if (q.changeType) {
        where += QStringLiteral(" AND c.change_type = ?");
        binds << toString(*q.changeType);
    }
    if (!q.asset.isEmpty()) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM change_assets fa JOIN assets fx ON "
                                "fx.id = fa.asset_id WHERE fa.change_id = c.id AND fx.name = ?)");
        binds << q.asset;
    }
}

struct Outcome {
    qint64 id = 0;
    int number = 0;
    ChangeStatus status = ChangeStatus::Completed;
    std::optional<ClosureCode> closure;
    QDateTime submittedAt;
    QDateTime closedAt;
    QDateTime rolledBackAt;
};

QString numberText(int n)
{
    return formatChangeNumber(n);
}

} // namespace

QJsonObject MetricFigure::toJson() const
{
    QJsonArray numbers;
    for (int n : changes)
        numbers.append(formatChangeNumber(n));
    QJsonObject o{{QStringLiteral("key"), key},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("unit"), unit},
                  {QStringLiteral("value"), optionalNumber(value)},
                  {QStringLiteral("numerator"), numerator},
                  {QStringLiteral("denominator"), denominator},
                  {QStringLiteral("definition"), definition},
                  {QStringLiteral("changes"), numbers}};
    if (!items.isEmpty())
        o.insert(QStringLiteral("items"), items);
    return o;
}

const MetricFigure *MetricsReport::figure(const QString &key) const
{
    for (const auto &f : figures)
        if (f.key == key)
            return &f;
    return nullptr;
}

QJsonObject MetricsReport::toJson() const
{
    QJsonArray list;
    for (const auto &f : figures)
        list.append(f.toJson());
    return {{QStringLiteral("from"), jsonTime(from)},
            {QStringLiteral("to"), jsonTime(to)},
            {QStringLiteral("asset"),
             asset.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(asset)},
            {QStringLiteral("change_type"),
             changeType ? QJsonValue(toString(*changeType)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("figures"), list}};
}

QJsonObject MetricsTrend::toJson() const
{
    QJsonArray list;
    for (const auto &b : buckets)
        list.append(b.toJson());
    return {{QStringLiteral("bucket"),
             bucket == TrendBucket::Week ? QStringLiteral("week") : QStringLiteral("month")},
            {QStringLiteral("buckets"), list}};
}

QStringList Metrics::keys()
{
    return {QStringLiteral("change_failure_rate"),          QStringLiteral("deployment_frequency"),
            QStringLiteral("lead_time_median_hours"),       QStringLiteral("lead_time_mean_hours"),
            QStringLiteral("time_to_restore_median_hours"), QStringLiteral("emergency_share"),
            QStringLiteral("change_success_score")};
}

bool Metrics::higherIsBetter(const QString &key)
{
    return key == QLatin1String("deployment_frequency")
           || key == QLatin1String("change_success_score");
}

QDateTime Metrics::bucketStart(const QDateTime &t, TrendBucket bucket)
{
    const QDate d = t.toUTC().date();
    const QDate start =
        bucket == TrendBucket::Week ? d.addDays(1 - d.dayOfWeek()) : QDate(d.year(), d.month(), 1);
    return QDateTime(start, QTime(0, 0), Qt::UTC);
}

MetricsQuery Metrics::recentPeriod(const QDate &today, int weeks, TrendBucket bucket)
{
    MetricsQuery q;
    weeks = std::max(1, weeks);
    q.to = QDateTime(today.addDays(1), QTime(0, 0), Qt::UTC);
    const QDateTime current = bucketStart(QDateTime(today, QTime(0, 0), Qt::UTC), bucket);
    if (bucket == TrendBucket::Week) {
        q.from = current.addDays(-7 * qint64(weeks - 1));
    } else {
        const int months = std::max(1, int(std::lround(double(weeks) * 12.0 / 52.0)));
        q.from = current.addMonths(-(months - 1));
    }
    return q;
}

MetricsQuery Metrics::previousPeriod(const MetricsQuery &query)
{
    MetricsQuery q = query;
    const qint64 length = query.from.msecsTo(query.to);
    q.to = query.from;
    q.from = query.from.addMSecs(-length);
    return q;
}

MetricComparison Metrics::compare(const MetricFigure &current, const MetricFigure *previous)
{
    MetricComparison c;
    if (previous)
        c.previous = previous->value;
    if (!current.value || !c.previous)
        return c;
    c.delta = *current.value - *c.previous;
    const double tolerance = std::max(1e-9, std::abs(*c.previous) * 0.0005);
    if (std::abs(*c.delta) <= tolerance) {
        c.direction = MetricDirection::Same;
        return c;
    }
    c.direction = *c.delta > 0 ? MetricDirection::Up : MetricDirection::Down;
    const bool up = c.direction == MetricDirection::Up;
    c.improved = up == higherIsBetter(current.key);
    c.worsened = !c.improved;
    return c;
}

namespace {

// A period with its start before its end, and an asset filter that names an asset of the
// workspace (a typo must not read as "no changes").
Status checkQuery(Store &store, qint64 workspaceId, const MetricsQuery &query)
{
    if (!query.from.isValid() || !query.to.isValid() || query.to <= query.from)
        return Error::input(CoreText::tr("The metrics period needs a start before its end."),
                            {{QStringLiteral("field"), QStringLiteral("from")}});
    VIGILO_TRY(input::checkTime(QStringLiteral("from"), query.from));
    VIGILO_TRY(input::checkTime(QStringLiteral("to"), query.to));
    if (!query.asset.isEmpty())
        if (auto asset = sql::assetId(store, workspaceId, query.asset); !asset)
            return asset.error();
    return {};
}

} // namespace

Result<MetricsReport> Metrics::report(const Actor &caller, const MetricsQuery &query) const
{
    auto current = sql::currentActor(m_store, caller, Permission::Read);
    if (!current)
        return current.error();
    if (Status valid = checkQuery(m_store, current->workspace.id, query); !valid)
        return valid.error();
    return compute(current->workspace.id, query);
}

Result<MetricsTrend> Metrics::trend(const Actor &caller, const MetricsQuery &query,
                                    TrendBucket bucket) const
{
    auto current = sql::currentActor(m_store, caller, Permission::Read);
    if (!current)
        return current.error();
    if (Status valid = checkQuery(m_store, current->workspace.id, query); !valid)
        return valid.error();
    MetricsTrend out;
    out.bucket = bucket;
    const QDateTime from = query.from.toUTC();
    const QDate d = from.date();
    QDate startDate =
        bucket == TrendBucket::Week ? d.addDays(1 - d.dayOfWeek()) : QDate(d.year(), d.month(), 1);
    QDateTime start(startDate, QTime(0, 0), Qt::UTC);
    int guard = 0;
    while (start < query.to && ++guard <= 1000) {
        const QDateTime next = bucket == TrendBucket::Week ? start.addDays(7) : start.addMonths(1);
        MetricsQuery q = query;
        q.from = std::max(start, from);
        q.to = std::min(next, query.to.toUTC());
        auto r = compute(current->workspace.id, q);
        if (!r)
            return r.error();
        out.buckets << *r;
        start = next;
    }
    return out;
}

Result<MetricsReport> Metrics::compute(qint64 workspaceId, const MetricsQuery &query) const
{
    MetricsReport report;
    report.from = query.from.toUTC();
    report.to = query.to.toUTC();
    report.asset = query.asset;
    report.changeType = query.changeType;
    const QVariant from = Dialect::toDb(report.from);
    const QVariant to = Dialect::toDb(report.to);

    // Outcomes in the period: completed by closed_at, rolled back by rolled_back_at
    // (the (workspace_id, status) index narrows the scan).
    QString where = QStringLiteral(
        " WHERE c.workspace_id = ? AND ((c.status = 'completed' AND c.closed_at >= ? AND "
        "c.closed_at < ?) OR (c.status = 'rolled_back' AND c.rolled_back_at >= ? AND "
        "c.rolled_back_at < ?))");
    QVariantList binds{workspaceId, from, to, from, to};
    addFilters(query, where, binds);
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT c.id, c.number, c.status, c.closure_code, "
                                     "c.submitted_at, c.closed_at, c.rolled_back_at FROM changes c")
                          + where + QStringLiteral(" ORDER BY c.number"),
                      binds);
    if (!q)
        return q.error();
    QList<Outcome> outcomes;
    while (q->next()) {
        Outcome o;
        o.id = q->value(0).toLongLong();
        o.number = q->value(1).toInt();
        o.status = parseChangeStatus(q->value(2).toString()).value_or(ChangeStatus::Completed);
        if (!q->value(3).isNull())
            o.closure = parseClosureCode(q->value(3).toString());
        o.submittedAt = Dialect::fromDb(q->value(4));
        o.closedAt = Dialect::fromDb(q->value(5));
        o.rolledBackAt = Dialect::fromDb(q->value(6));
        outcomes << o;
    }

    QList<int> completed, rolledBack, failures, successful, withIssues;
    for (const auto &o : outcomes) {
        if (o.status == ChangeStatus::RolledBack)
            rolledBack << o.number;
        else
            completed << o.number;
        if (rules::isFailedChange(o.status, o.closure))
            failures << o.number;
        else if (o.closure == ClosureCode::SuccessfulWithIssues)
            withIssues << o.number;
        else
            successful << o.number;
    }
    const qint64 deployed = completed.size() + rolledBack.size();
    std::sort(failures.begin(), failures.end());

    report.figures << percentFigure(
        QStringLiteral("change_failure_rate"), CoreText::tr("Change failure rate"), failures,
        deployed,
        CoreText::tr(
            "Completed changes closed as unsuccessful plus rolled-back changes, divided by all "
            "completed and rolled-back changes of the period (completed by closing time, rolled "
            "back by rollback time). Cancelled and rejected changes are not counted."));
    {
        MetricFigure f;
        f.key = QStringLiteral("deployment_frequency");
        f.name = CoreText::tr("Deployment frequency");
        f.unit = QStringLiteral("per_week");
        const double weeks = double(report.from.msecsTo(report.to)) / (7.0 * 86400000.0);
        f.numerator = completed.size();
        if (weeks > 0)
            f.value = double(completed.size()) / weeks;
        f.definition = CoreText::tr(
            "Completed changes (any closure code) per week: their number divided by the "
            "period's length in weeks.");
        f.changes = completed;
        report.figures << f;
    }
    {
        QList<double> hours;
        QList<int> numbers;
        QJsonArray items;
        for (const auto &o : outcomes) {
            if (o.status != ChangeStatus::Completed || !o.submittedAt.isValid()
                || !o.closedAt.isValid())
                continue;
            const double h = hoursBetween(o.submittedAt, o.closedAt);
            hours << h;
            numbers << o.number;
            items.append(QJsonObject{{QStringLiteral("number"), numberText(o.number)},
                                     {QStringLiteral("hours"), h}});
        }
        MetricFigure med;
        med.key = QStringLiteral("lead_time_median_hours");
        med.name = CoreText::tr("Lead time for changes (median)");
        med.unit = QStringLiteral("hours");
        med.value = median(hours);
        med.numerator = hours.size();
        med.denominator = hours.size();
        med.definition = CoreText::tr(
            "Median hours from submission to closing of the changes completed in the period.");
        med.changes = numbers;
        med.items = items;
        report.figures << med;
        MetricFigure avg = med;
        avg.key = QStringLiteral("lead_time_mean_hours");
        avg.name = CoreText::tr("Lead time for changes (mean)");
        avg.value = mean(hours);
        avg.definition = CoreText::tr(
            "Mean hours from submission to closing of the changes completed in the period.");
        avg.items = {};
        report.figures << avg;
    }
    {
        // Time to restore: each rollback to the completion of its follow-up.
        QList<double> hours;
        QList<int> numbers;
        QJsonArray items;
        for (const auto &o : outcomes) {
            if (o.status != ChangeStatus::RolledBack || !o.rolledBackAt.isValid())
                continue;
            numbers << o.number;
            auto fq = sql::run(
                m_store,
                QStringLiteral(
                    "SELECT c.number, c.closed_at FROM changes c WHERE c.workspace_id = ? AND "
                    "c.status = 'completed' AND NOT ")
                    + rules::failedChangeSql(QStringLiteral("c"))
                    + QStringLiteral(
                        " AND c.closed_at > ? AND c.id <> ? AND EXISTS (SELECT 1 FROM "
                        "change_assets ca JOIN change_assets rb ON rb.asset_id = ca.asset_id "
                        "WHERE ca.change_id = c.id AND rb.change_id = ?) ORDER BY c.closed_at, "
                        "c.number LIMIT 1"),
                {workspaceId, Dialect::toDb(o.rolledBackAt), o.id, o.id});
            if (!fq)
                return fq.error();
            QJsonObject item{{QStringLiteral("number"), numberText(o.number)},
                             {QStringLiteral("rolled_back_at"), jsonTime(o.rolledBackAt)}};
            if (fq->next()) {
                const int followUp = fq->value(0).toInt();
                const QDateTime restored = Dialect::fromDb(fq->value(1));
                const double h = hoursBetween(o.rolledBackAt, restored);
                hours << h;
                item.insert(QStringLiteral("follow_up"), numberText(followUp));
                item.insert(QStringLiteral("restored_at"), jsonTime(restored));
                item.insert(QStringLiteral("hours"), h);
            } else {
                item.insert(QStringLiteral("follow_up"), QJsonValue(QJsonValue::Null));
            }
            items.append(item);
        }
        MetricFigure f;
        f.key = QStringLiteral("time_to_restore_median_hours");
        f.name = CoreText::tr("Time to restore (median)");
        f.unit = QStringLiteral("hours");
        f.value = median(hours);
        f.numerator = hours.size();
        f.denominator = numbers.size();
        f.definition = CoreText::tr(
            "For each change rolled back in the period: hours from the rollback to the closing of "
            "its follow-up, the next change completed (not unsuccessfully) that shares an "
            "affected asset; the median over those with a follow-up. Rollbacks still without a "
            "follow-up are listed but not counted.");
        f.changes = numbers;
        f.items = items;
        report.figures << f;
    }
    {
        QString w = QStringLiteral(
            " WHERE c.workspace_id = ? AND c.submitted_at >= ? AND c.submitted_at < ?");
        QVariantList b{workspaceId, from, to};
        addFilters(query, w, b);
        auto sq = sql::run(m_store,
                           QStringLiteral("SELECT c.number, c.change_type FROM changes c") + w
                               + QStringLiteral(" ORDER BY c.number"),
                           b);
        if (!sq)
            return sq.error();
        QList<int> emergency;
        qint64 all = 0;
        while (sq->next()) {
            ++all;
            if (sq->value(1).toString() == QLatin1String("emergency"))
                emergency << sq->value(0).toInt();
        }
        report.figures << percentFigure(
            QStringLiteral("emergency_share"), CoreText::tr("Emergency-change share"), emergency,
            all,
            CoreText::tr("Emergency changes divided by all changes submitted in the period (by "
                         "submission time, whatever became of them)."));
    }
    {
        MetricFigure f;
        f.key = QStringLiteral("change_success_score");
        f.name = CoreText::tr("Change success score");
        f.unit = QStringLiteral("score");
        f.numerator = successful.size();
        f.denominator = deployed;
        if (deployed > 0)
            f.value = 100.0 * (double(successful.size()) + 0.5 * double(withIssues.size()))
                      / double(deployed);
        f.definition = CoreText::tr(
            "100 × successful changes / (completed + rolled-back changes) of the period, where "
            "a change closed as successful with issues counts half. 100 is a flawless period.");
        QList<int> all = successful + withIssues;
        std::sort(all.begin(), all.end());
        f.changes = all;
        report.figures << f;
    }
    return report;
}

} // namespace vigilo
