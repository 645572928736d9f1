#pragma once
// DORA-style delivery metrics over a workspace's change history: read-only, any member may read.
//
// Every figure is computed over one half-open period [from, to) in UTC, optionally narrowed to
// the changes touching one asset and/or of one change type. Which changes fall in the period:
//  - outcome figures (change failure rate, success score, lead time, deployment frequency):
//    completed changes by closed_at, rolled-back changes by rolled_back_at; cancelled (and
//    rejected) changes never count: they were not deployed.
//  - emergency share: changes by submitted_at.
//  - time to restore: rolled-back changes by rolled_back_at; the follow-up is the first change
//    (of any type) completed after the rollback, not unsuccessfully, sharing an affected asset.
// A figure without data (an empty denominator) has no value instead of dividing by zero.

#include "Actor.h"
#include "Error.h"

#include <QJsonArray>

namespace vigilo {

class Store;
class Clock;

struct MetricFigure {
    QString key;                 // stable: "change_failure_rate", "deployment_frequency", ...
    QString name;                // translated
    QString unit;                // "%", "per_week", "hours", "score"
    std::optional<double> value; // unset when there is nothing to measure
    qint64 numerator = 0;        // what was counted (changes, failures, ...), see the definition
    qint64 denominator = 0;      // the population the value is taken over
    QString definition;          // translated, says exactly what is counted
    QList<int> changes;          // the CHG numbers behind the figure (drill-down)
    QJsonArray items;            // per-change detail where useful (hours, follow-up, ...)
    QJsonObject toJson() const;
};

struct MetricsQuery {
    QDateTime from; // inclusive, UTC
    QDateTime to;   // exclusive, UTC
    QString asset;  // asset name; empty: every change
    std::optional<ChangeType> changeType;
};

struct MetricsReport {
    QDateTime from;
    QDateTime to;
    QString asset;
    std::optional<ChangeType> changeType;
    QList<MetricFigure> figures;
    const MetricFigure *figure(const QString &key) const;
    QJsonObject toJson() const;
};

enum class TrendBucket { Week, Month };

struct MetricsTrend {
    TrendBucket bucket = TrendBucket::Week;
    QList<MetricsReport> buckets; // in time order, each clipped to the query's period
    QJsonObject toJson() const;
};

// How a figure moved against the previous period, and whether that is good news.
enum class MetricDirection { Unknown, Same, Up, Down };

struct MetricComparison {
    std::optional<double> previous; // the previous period's value
    std::optional<double> delta;    // current - previous, when both exist
    MetricDirection direction = MetricDirection::Unknown;
    bool improved = false; // moved the good way (down for failure rate, up for deployments, ...)
    bool worsened = false;
};

class Metrics final {
public:
    Metrics(Store &store, const Clock &clock)
        : m_store(store)
        , m_clock(clock)
    {}

    // The figures' keys, in display order.
    static QStringList keys();

    // Whether a higher value of the figure is better (deployment frequency, success score) or
    // worse (failure rate, lead and restore times, emergency share).
    static bool higherIsBetter(const QString &key);
    // The start of the ISO week (Monday 00:00 UTC) or calendar month (1st, 00:00 UTC) holding t.
    static QDateTime bucketStart(const QDateTime &t, TrendBucket bucket);
    // "The last N weeks" through the end of `today` (UTC), as whole buckets: `weeks` ISO weeks,
    // or for month buckets the round(weeks * 12 / 52) calendar months (at least one) ending
    // with today's. Filters are left empty.
    static MetricsQuery recentPeriod(const QDate &today, int weeks, TrendBucket bucket);
    // The period of the same length that ends where `query` starts, with the same filters.
    static MetricsQuery previousPeriod(const MetricsQuery &query);
    // Compares a figure with the previous period's; changes smaller than 0.05 % of the
    // previous value (or 1e-9 when it is zero) count as Same.
    static MetricComparison compare(const MetricFigure &current, const MetricFigure *previous);

    Result<MetricsReport> report(const Actor &actor, const MetricsQuery &query) const;
    // The same figures per ISO week (Monday 00:00 UTC) or calendar month (UTC), the first and
    // last bucket clipped to [from, to).
    Result<MetricsTrend> trend(const Actor &actor, const MetricsQuery &query,
                               TrendBucket bucket) const;

private:
    Result<MetricsReport> compute(qint64 workspaceId, const MetricsQuery &query) const;

    Store &m_store;
    [[maybe_unused]] const Clock &m_clock; // for the injected clock; unused so far
};

} // namespace vigilo
