#pragma once
// How the detail view writes times, windows, sizes and badges: QLocale, the user's time zone.

#include <QColor>
#include <QDateTime>
#include <QString>

namespace vigilo::ui::format {

// The locale's date with the month as a word and a four-digit year, no weekday: "Mar 2, 2026",
// "2 Mar 2026", "2. März 2026" — never a numeric form that reads differently across countries
// ("3/2/26").
QString dateFormat();
// dateFormat() and the locale's short time without seconds (a window is planned in minutes).
QString dateTimeFormat();
// "Mar 2, 2026 9:00 AM" in the user's locale and time zone; empty when unset.
QString time(const QDateTime &utc);
// A date alone in dateFormat().
QString date(const QDate &date);
// "Mar 2, 2026 9:00 AM – 11:00 AM" (the end's date only when it differs); "Not planned" when unset.
QString window(const QDateTime &start, const QDateTime &end);
// "1.5 KB" (QLocale::formattedDataSize).
QString size(qint64 bytes);
// A style sheet for a QLabel shown as a rounded pill.
QString pill(const QColor &background, const QColor &text);

// A label inside a sentence: only its first letter lower-cased, so that German nouns keep
// their capital ("In Prüfung" -> "in Prüfung").
QString inSentence(QString label);

} // namespace vigilo::ui::format
