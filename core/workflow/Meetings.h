#pragma once
// CAB meetings (issue 15): created for a CAB's slot or ad hoc; the agenda is built from the CAB's
// rule, edited until the meeting starts and frozen then (a change that becomes eligible later is
// a late addition the chair admits or leaves for the next meeting); attendance and a live
// quorum; the chair records each item's decision (approve, approve with conditions, reject,
// defer, needs information) as the decision of the CAB's approval step, in the change's
// history; closing the meeting writes its minutes.

#include "Actor.h"
#include "Cabs.h"
#include "Entities.h"
#include "Error.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vigilo {

class Store;
class Clock;
class AuditLog;
class ChangeService;
class Discussion;

enum class CabDecision { Approve, ApproveWithConditions, Reject, Defer, NeedsInformation };
QString toString(CabDecision d);
std::optional<CabDecision> parseCabDecision(const QString &s);
QList<CabDecision> allCabDecisions();

struct AgendaItem {
    int position = 0;
    int number = 0; // the change
    QString title;
    ChangeType changeType = ChangeType::Normal;
    std::optional<RiskLevel> riskLevel;
    Priority priority = Priority::Medium;
    QDateTime plannedStart;
    QString requester;
    int timeBoxMinutes = 10;
    bool late = false; // admitted after the meeting started
    std::optional<CabDecision> decision;
    QString note; // conditions, reason, deferral note or question
    QJsonArray votes;
    QJsonArray attendees;
    QString decidedBy;
    QDateTime startedAt;
    QDateTime decidedAt;
    qint64 changeId = 0;
    int secondsSpent() const;
    QJsonObject toJson() const;
};

struct Attendance {
    QString member;
    QString seat;   // voting, adviser
    QString status; // present, absent, represented
    QString delegate;
    QJsonObject toJson() const;
};

struct Meeting {
    qint64 id = 0;
    int number = 0;
    Cab cab;
    QString kind;   // slot, ad_hoc
    QString status; // planned, in_progress, closed
    QDateTime scheduledStart;
    QDateTime startedAt;
    QDateTime closedAt;
    QList<AgendaItem> agenda;
    QList<Attendance> attendance;
    QList<AgendaItem> lateAdditions; // eligible now, not on the agenda (in progress)
    QJsonObject minutes;             // once closed
    int votingPresent() const;       // voting members present or represented
    bool quorumMet() const { return votingPresent() >= cab.quorumRequired(); }
    // The first undecided item, or nullptr.
    const AgendaItem *currentItem() const;
    QJsonObject toJson() const;
};

// One row of the meeting list (one statement for the whole list).
struct MeetingSummary {
    int number = 0;
    QString cab;
    QString kind;
    QString status;
    QDateTime scheduledStart;
    QDateTime startedAt;
    QDateTime closedAt;
    int items = 0; // on the agenda
    QJsonObject toJson() const;
};

struct DecisionInput {
    CabDecision decision = CabDecision::Approve;
    QString text;                         // conditions, reason, note or question
    QList<QPair<QString, QString>> votes; // member -> approve|reject|abstain
};

// The conditions one approval round was approved on (approve with conditions), read from the
// change's history: a material edit sends the change back to review and starts a new round, and
// the earlier round's conditions stay listed as of their round.
struct ConditionRound {
    int round = 1;
    QString conditions;
    QDateTime decidedAt;
    QString decidedBy;
    QString cab;
    int meeting = 0;
    bool current = false; // the round the change is in now
    QJsonObject toJson() const;
};

struct AgendaEdit {
    QList<int> add;                   // change numbers
    QList<int> remove;                // change numbers
    QList<QPair<int, int>> moves;     // change number -> new position (1-based)
    QList<QPair<int, int>> timeBoxes; // change number -> minutes
    bool rebuild = false;             // build it again from the CAB's rule first
};

class Meetings final {
public:
    Meetings(Store &store, const Clock &clock, AuditLog &audit, Cabs &cabs, ChangeService &changes,
             Discussion &discussion)
        : m_store(store)
        , m_clock(clock)
        , m_audit(audit)
        , m_cabs(cabs)
        , m_changes(changes)
        , m_discussion(discussion)
    {}

    // The chair or an admin. `start` invalid: the CAB's next slot (ad hoc: now).
    Result<Meeting> create(const Actor &actor, const QString &cab, bool adHoc,
                           const QDateTime &start);
    Result<Meeting> get(const Actor &actor, int number) const;
    Result<QList<MeetingSummary>> list(const Actor &actor, const QString &cab = {}) const;
    // Only the chair, and only before the meeting starts (agenda_frozen after).
    Result<Meeting> editAgenda(const Actor &actor, int number, const AgendaEdit &edit);
    Result<Meeting> start(const Actor &actor, int number);
    Result<Meeting> attend(const Actor &actor, int number, const QString &member,
                           const QString &status, const QString &delegate);
    Result<Meeting> decide(const Actor &actor, int number, int change, const DecisionInput &in);
    Result<Meeting> admit(const Actor &actor, int number, int change);
    Result<Meeting> close(const Actor &actor, int number);
    // The minutes as Markdown, in the current translation.
    static QString minutesMarkdown(const QJsonObject &minutes, const QLocale &locale);
    // The untranslated label of a decision ("approve", ...; context "Vigilo"): the Markdown in
    // the current translation, the PDF minutes in the workspace's.
    static const char *decisionSource(const QString &decision);
    // Every approval round's conditions, oldest first, from a change's events (in seq order).
    static QList<ConditionRound> conditionRounds(const QList<AuditEvent> &events);

private:
    Result<Meeting> load(qint64 workspaceId, int number, bool withLate) const;
    // Changes the CAB's rule puts on a meeting starting at `start` now, in the rule's order.
    Result<QList<AgendaItem>> eligible(const Cab &cab, qint64 workspaceId,
                                       const QDateTime &start) const;
    Status checkChair(const Actor &actor, const Meeting &m) const;
    Status writeAgenda(qint64 workspaceId, qint64 meetingId, const QList<AgendaItem> &items);
    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
    Cabs &m_cabs;
    ChangeService &m_changes;
    Discussion &m_discussion;
};

} // namespace vigilo
