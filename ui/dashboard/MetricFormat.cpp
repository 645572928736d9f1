#include "MetricFormat.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace vigilo::ui {

namespace {

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

// One decimal below 10, none above or for whole numbers: "3.2", "14", "0".
QString compact(double v)
{
    const bool whole = std::abs(v - std::round(v)) < 0.05;
    return number(v, std::abs(v) < 10.0 && !whole ? 1 : 0);
}

// The locale's day-month order for a short date without the year ("23 Nov" or "Nov 23").
QString dayMonthFormat()
{
    const QString f = QLocale().dateFormat(QLocale::ShortFormat);
    return f.indexOf(QLatin1Char('M')) < f.indexOf(QLatin1Char('d')) ? QStringLiteral("MMM d")
                                                                     : QStringLiteral("d MMM");
}

} // namespace

QString MetricFormat::hours(double h)
{
    if (h < 1.0)
        return tr("%1 min").arg(number(h * 60.0, 0));
    if (h < 48.0)
        return tr("%1 h").arg(compact(h));
    return tr("%1 days").arg(compact(h / 24.0));
}

QString MetricFormat::value(const MetricFigure &f)
{
    if (!f.value)
        return tr("—", "no value: nothing to measure in the period");
    const double v = *f.value;
    if (f.unit == QLatin1String("%"))
        return tr("%1 %").arg(compact(v));
    if (f.unit == QLatin1String("per_week"))
        return tr("%1 / week").arg(compact(v));
    if (f.unit == QLatin1String("hours"))
        return hours(v);
    return number(v, 0); // the success score, 0 to 100
}

QString MetricFormat::title(const QString &key)
{
    if (key == QLatin1String("change_failure_rate"))
        return tr("Change failure rate");
    if (key == QLatin1String("deployment_frequency"))
        return tr("Deployment frequency");
    if (key == QLatin1String("lead_time_median_hours"))
        return tr("Lead time");
    if (key == QLatin1String("lead_time_mean_hours"))
        return tr("Lead time (mean)");
    if (key == QLatin1String("time_to_restore_median_hours"))
        return tr("Time to restore");
    if (key == QLatin1String("emergency_share"))
        return tr("Emergency changes");
    if (key == QLatin1String("change_success_score"))
        return tr("Change success score");
    return key;
}

QString MetricFormat::caption(const MetricFigure &f)
{
    const qint64 n = f.numerator;
    const qint64 d = f.denominator;
    // Phrased without plurals: English has no translation file to pick "change" or "changes".
    if (f.key == QLatin1String("change_failure_rate"))
        return tr("Failed or rolled back: %1 of %2 deployed").arg(n).arg(d);
    if (f.key == QLatin1String("deployment_frequency"))
        return tr("Completed in the period: %1").arg(n);
    if (f.key == QLatin1String("lead_time_median_hours")
        || f.key == QLatin1String("lead_time_mean_hours"))
        return f.key == QLatin1String("lead_time_mean_hours")
                   ? tr("Mean, submission to completion, over %1 completed").arg(n)
                   : tr("Median, submission to completion, over %1 completed").arg(n);
    if (f.key == QLatin1String("time_to_restore_median_hours")) {
        if (d == 0)
            return tr("No rollback in the period");
        return tr("Median, rollback to follow-up; %1 of %2 restored").arg(n).arg(d);
    }
    if (f.key == QLatin1String("emergency_share"))
        return tr("Emergencies: %1 of %2 submitted").arg(n).arg(d);
    if (f.key == QLatin1String("change_success_score"))
        return tr("Out of 100, over %1 deployed").arg(d);
    return {};
}

QString MetricFormat::comparison(const MetricFigure &f, const MetricComparison &c)
{
    if (c.direction == MetricDirection::Unknown || !c.delta)
        return tr("No earlier data");
    if (c.direction == MetricDirection::Same)
        return tr("= same as previous");
    const QString arrow =
        c.direction == MetricDirection::Up ? QStringLiteral("▲") : QStringLiteral("▼");
    const double d = std::abs(*c.delta);
    QString amount;
    if (f.unit == QLatin1String("%"))
        amount = tr("%1 pts").arg(compact(d));
    else if (f.unit == QLatin1String("per_week"))
        amount = tr("%1 / week").arg(compact(d));
    else if (f.unit == QLatin1String("hours"))
        amount = hours(d);
    else
        amount = number(d, 0);
    return tr("%1 %2 vs previous", "▲ 4 pts vs the previous period").arg(arrow, amount);
}

QString MetricFormat::bucketLabel(const QDateTime &from, TrendBucket bucket)
{
    const QDate d = from.toUTC().date();
    return bucket == TrendBucket::Week ? QLocale().toString(d, dayMonthFormat())
                                       : QLocale().toString(d, QStringLiteral("MMM yyyy"));
}

QString MetricFormat::period(const QDateTime &from, const QDateTime &to)
{
    const QDate first = from.toUTC().date();
    const QDate last = to.toUTC().addMSecs(-1).date();
    // The locale's long date without the weekday: "1 June 2026", "June 1, 2026", "1. Juni 2026".
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(QStringLiteral("d{4}[,.]?\\s*")));
    const QString lastText = locale.toString(last, format.trimmed());
    const QString firstText = locale.toString(first, format.trimmed());
    return tr("%1 – %2", "a period of days, both inclusive").arg(firstText, lastText);
}

} // namespace vigilo::ui
