#include "DetailFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace vigilo::ui::format {

namespace {
QString withoutSeconds(QString format)
{
    format.remove(QStringLiteral(":ss"));
    format.remove(QStringLiteral(".zzz"));
    return format;
}
} // namespace

QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(QStringLiteral("d{4}[,.]?\\s*"))); // the weekday
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format.trimmed();
}

QString dateTimeFormat()
{
    return dateFormat() + QLatin1Char(' ')
           + withoutSeconds(QLocale().timeFormat(QLocale::ShortFormat));
}

QString date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, dateFormat()) : QString();
}

QString time(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), dateTimeFormat());
}

QString window(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid() || !end.isValid())
        return QCoreApplication::translate("vigilo::ui::format", "Not planned");
    const QDateTime s = start.toLocalTime();
    const QDateTime e = end.toLocalTime();
    const QLocale locale;
    const QString endText =
        s.date() == e.date()
            ? locale.toString(e.time(), withoutSeconds(locale.timeFormat(QLocale::ShortFormat)))
            : locale.toString(e, dateTimeFormat());
    return QStringLiteral("%1 – %2").arg(locale.toString(s, dateTimeFormat()), endText);
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString pill(const QColor &background, const QColor &text)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; "
                          "padding: 2px 10px; font-weight: 600; }")
        .arg(background.name(), text.name());
}

QString inSentence(QString label)
{
    if (!label.isEmpty())
        label[0] = label.at(0).toLower();
    return label;
}

} // namespace vigilo::ui::format
