#pragma once
// How the dashboard writes the core's metric figures: values with their units, the short
// definitions on the cards, the comparison with the previous period and bucket labels.
// Everything here is presentation; the figures themselves come from vigilo::Metrics.

#include "Metrics.h"

#include <QCoreApplication>
#include <QString>

namespace vigilo::ui {

class MetricFormat final {
    Q_DECLARE_TR_FUNCTIONS(MetricFormat)
public:
    // "12.5 %", "3.2 per week", "36 h", "2.5 days", "87"; "—" when the figure has no value.
    static QString value(const MetricFigure &figure);
    // A number of hours: "45 min", "36 h" under two days, else "2.5 days".
    static QString hours(double hours);
    // The card's title (shorter than the core's name where that is long).
    static QString title(const QString &key);
    // One line under the value: what the figure counts, in plain words.
    static QString caption(const MetricFigure &figure);
    // "▲ 4.2 pts vs previous period", "▼ 1.1 per week …", "= as in the previous period", or
    // "No previous data" when there is nothing to compare with.
    static QString comparison(const MetricFigure &figure, const MetricComparison &c);
    // The axis label of a bucket starting at `from`: "23 Nov" for weeks, "Nov 2026" for months.
    static QString bucketLabel(const QDateTime &from, TrendBucket bucket);
    // "7 Sep – 27 Nov 2026" for [from, to) (the last day shown is the one before `to`).
    static QString period(const QDateTime &from, const QDateTime &to);
};

} // namespace vigilo::ui
