#include "IsoTime.h"

#include <cstdio>

namespace vigilo {

namespace {

// `count` decimal digits at `from`, or -1.
int digits(QStringView s, qsizetype from, int count)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t ch = s[from + i].unicode();
        if (ch < u'0' || ch > u'9')
            return -1;
        v = v * 10 + int(ch - u'0');
    }
    return v;
}

} // namespace

QString isoUtcText(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime utc = t.toUTC();
    const QDate d = utc.date();
    if (d.year() < 1000 || d.year() > 9999) // what the format gives for other years
        return utc.toString(Qt::ISODate);
    const QTime tm = utc.time();
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(), d.day(),
                  tm.hour(), tm.minute(), tm.second());
    return QString::fromLatin1(buf, 20);
}

QDateTime parseIsoUtc(QStringView s)
{
    const qsizetype n = s.size();
    if ((n == 20 || n == 24) && s[4] == u'-' && s[7] == u'-' && s[10] == u'T' && s[13] == u':'
        && s[16] == u':' && s[n - 1] == u'Z' && (n == 20 || s[19] == u'.')) {
        const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
        const int h = digits(s, 11, 2), mi = digits(s, 14, 2), sec = digits(s, 17, 2);
        const int ms = n == 24 ? digits(s, 20, 3) : 0;
        if (y >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && sec >= 0 && ms >= 0) {
            const QDate date(y, mo, d);
            const QTime time(h, mi, sec, ms);
            if (date.isValid() && time.isValid())
                return QDateTime(date, time, Qt::UTC);
        }
    }
    // Offsets, 24:00, other precisions: Qt's reader (slower, rare).
    return QDateTime::fromString(s.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace vigilo
