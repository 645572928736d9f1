#pragma once
// UTC times as ISO 8601 text without the locale machinery: a list of 10,000 changes writes and
// reads three of them per change (database, wire, client).

#include <QDateTime>
#include <QStringView>

namespace vigilo {

// "yyyy-MM-ddTHH:mm:ssZ": the text of toUTC().toString(Qt::ISODate); empty for an invalid time.
QString isoUtcText(const QDateTime &t);

// "yyyy-MM-ddTHH:mm:ss[.zzz]Z" read directly, any other ISO 8601 text through
// QDateTime::fromString; in UTC, invalid for text that is not a time.
QDateTime parseIsoUtc(QStringView text);

} // namespace vigilo
