#pragma once
// iCalendar (RFC 5545) export of the planned windows: one VEVENT per scheduled or in-progress
// change with a planned window. The UID "CHG-00012@<slug>.vigilo" is stable across exports,
// so a calendar that re-imports the file updates its events (SEQUENCE is the change's version).

#include "Actor.h"
#include "Error.h"

#include <QByteArray>

namespace vigilo {

class Store;
class Clock;

class CalendarExport final {
public:
    CalendarExport(Store &store, const Clock &clock)
        : m_store(store)
        , m_clock(clock)
    {}

    // The whole VCALENDAR, UTF-8 with CRLF line endings; `events` gets the number of VEVENTs.
    // Any member may export.
    Result<QByteArray> ics(const Actor &actor, int *events = nullptr) const;

    // RFC 5545 building blocks (public for the tests).
    static QString escapeText(const QString &text);         // \\ ; , and newlines
    static QByteArray foldLine(const QString &contentLine); // 75 octets, CRLF-terminated
    static QString utcStamp(const QDateTime &t);            // 20260302T090000Z
    static QString uid(int number, const QString &workspaceSlug);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace vigilo
