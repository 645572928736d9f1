#pragma once
// Change advisory boards (issue 15): who sits on them, their quorum, weekly slot and agenda
// rule. Meetings of a CAB live in Meetings.h.

#include "Actor.h"
#include "Error.h"

#include <QJsonObject>

namespace vigilo {

class Store;
class Clock;
class AuditLog;

// What the agenda is built from: changes in review whose pending approval step is the CAB's,
// of these types, whose window starts within `withinDays` of the meeting (or has none yet).
enum class AgendaOrder { Risk, Start, Number };
QString toString(AgendaOrder o);
std::optional<AgendaOrder> parseAgendaOrder(const QString &s);

struct Cab {
    qint64 id = 0;
    QString name;
    QString chair;         // username
    QStringList voting;    // usernames, sorted
    QStringList advisers;  // usernames, sorted
    int quorumCount = 0;   // a number of voting members, or
    int quorumPercent = 0; // a share of the voting members (1-100), one of both set
    int slotWeekday = 0;   // 1 = Monday .. 7 = Sunday; 0: no recurring slot
    QString slotTime;      // "HH:mm" in slotTimeZone
    QString slotTimeZone = QStringLiteral("UTC");
    int slotMinutes = 60;
    QList<ChangeType> agendaTypes{ChangeType::Normal, ChangeType::Emergency};
    int agendaWithinDays = 14;
    AgendaOrder agendaOrder = AgendaOrder::Risk;
    int itemMinutes = 10; // each item's time box
    QDateTime createdAt;

    // How many voting members must be present (or represented) for a decision.
    int quorumRequired() const;
    // The next start of the recurring slot at or after `after` (invalid without a slot).
    QDateTime nextSlot(const QDateTime &after) const;
    QJsonObject toJson() const;
};

class Cabs final {
public:
    Cabs(Store &store, const Clock &clock, AuditLog &audit)
        : m_store(store)
        , m_clock(clock)
        , m_audit(audit)
    {}

    // Admins only; `cab.id` and `createdAt` are ignored.
    Result<Cab> add(const Actor &actor, const Cab &cab);
    Result<QList<Cab>> list(const Actor &actor) const;
    Result<Cab> get(const Actor &actor, const QString &name) const;
    Result<Cab> byId(qint64 workspaceId, qint64 id) const;

private:
    Result<QList<Cab>> load(qint64 workspaceId, const QString &name, qint64 id) const;
    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace vigilo
