#pragma once
// Conflicts summary (the seed's conflicts-summary) and Suggest similar.

#include "Actor.h"
#include "Entities.h"
#include "Error.h"
#include "Impact.h"

#include <QSet>

namespace vigilo {

class Store;
class Clock;

// One reason a planned window is a problem. kind: "change" (overlapping window on a shared
// asset, or with `indirect` on an asset linked to ours through the relationships), "freeze"
// (overlapping freeze window), "dependency" (an upstream change that starts later or is not
// scheduled).
struct Conflict {
    QString kind;
    int number = 0; // for change and dependency
    qint64 freezeId = 0;
    QString title;  // change title or freeze window name
    QString status; // wire name, for changes
    QDateTime start;
    QDateTime end;
    QStringList sharedAssets;
    bool allowOverride = false; // for freeze windows
    QString reason;             // translated sentence saying why
    // Indirect change conflicts (issue 16): the other change shares no asset with this one but
    // works on one this change affects (via "affected") or one this change's assets rely on
    // (via "relied_on"); sharedAssets then lists those assets of theirs, `path` the stored
    // relationships of the shortest link (from the affected asset back to ours, or from ours out
    // to theirs) and `explanation` its sentence.
    bool indirect = false;
    QString via;
    QList<ImpactStep> path;
    QString explanation;
    QJsonObject toJson() const;
};

struct ConflictSummary {
    QList<Conflict> conflicts;
    bool isEmpty() const { return conflicts.isEmpty(); }
    QJsonObject toJson() const;
};

struct SimilarChange {
    int number = 0;
    QString title;
    ChangeStatus status = ChangeStatus::Draft;
    std::optional<ClosureCode> closureCode;
    QString rollbackReason;
    QDateTime endedAt; // closed or rolled back
    QStringList sharedAssets;
    double score = 0; // 0..1
    QStringList approvers;
    // Rolled back or closed as unsuccessful (rules::isFailedChange).
    bool failed() const;
    QJsonObject toJson() const;
};

// A change's planning fields as a form holds them, unsaved: the New change form, a change's
// Details tab, a bar dragged on the calendar. What is unset is the saved change's when the form
// names one, else none; a window set to invalid times is "no window".
struct PlanningForm {
    std::optional<QDateTime> plannedStart;
    std::optional<QDateTime> plannedEnd;
    std::optional<QStringList> affectedAssets;
    std::optional<QList<int>> dependsOn;  // upstream change numbers
    std::optional<ChangeType> changeType; // for the lead time
    std::optional<int> minLeadTimeHours;  // unset on a draft: the type's default
};

// The earliest window without conflicts for a change or a form (Planning::nextFreeSlot).
struct FreeSlot {
    int number = 0;          // 0 for a form without a saved change
    QDateTime start;         // UTC
    QDateTime end;           // start + the change's planned duration
    QDateTime searchedFrom;  // the earliest start considered (lead time and notBefore applied)
    QDateTime searchedUntil; // the latest start considered (the horizon)
    QJsonObject toJson() const;
};

// One change's planned window in a calendar range, with what the conflicts summary says of it.
struct CalendarChange {
    qint64 id = 0;
    int number = 0;
    QString title;
    ChangeStatus status = ChangeStatus::Draft;
    ChangeType changeType = ChangeType::Normal;
    Priority priority = Priority::Medium;
    QDateTime start; // UTC, [start, end)
    QDateTime end;
    QString assignee;
    int version = 1;
    QStringList assets;        // sorted
    QList<int> dependsOn;      // upstream change numbers
    QList<Conflict> conflicts; // as Planning::conflicts() reports them; empty for closed changes
    bool hasConflicts() const { return !conflicts.isEmpty(); }
    QJsonObject toJson() const; // without the database id (CalendarJson.cpp)
};

// One occurrence of an asset's weekly maintenance window, in UTC.
struct MaintenanceOccurrence {
    QString asset;
    QDateTime start;
    QDateTime end;
    QString description; // "Tue 02:00–06:00 Europe/Berlin"
    QJsonObject toJson() const;
};

// A change under a service row of the calendar: it works on an asset that affects the service.
struct ServiceChange {
    int number = 0;
    QString asset;       // the change's own asset that affects the service (the closest one)
    QString explanation; // "payments-api is part of checkout." (empty when it is the service)
};

// A service (an asset other assets are part of) with the changes in the range that affect it.
struct ServiceRow {
    QString service;
    QList<ServiceChange> changes; // by the changes' order in CalendarRange::changes
    QJsonObject toJson() const;
};

// Everything the change calendar draws for [from, to): read in a few indexed queries.
struct CalendarRange {
    QDateTime from;
    QDateTime to;
    QList<Asset> assets; // every asset of the workspace, by name
    QList<CalendarChange>
        changes; // windows overlapping the range (not cancelled or rejected), by start
    QList<FreezeWindow> freezes; // overlapping the range, by start
    QList<MaintenanceOccurrence>
        maintenance; // occurrences overlapping the range, by asset and start
    // With CalendarOptions::services: every service with the changes of the range that affect
    // it (through its components and what they run on or depend on), by service name.
    QList<ServiceRow> services;
    // calendar.range's answer: only what the calendar draws (assets as name and kind).
    QJsonObject toJson() const;
};

struct CalendarOptions {
    bool services = false; // fill CalendarRange::services
};

class Planning final {
public:
    // How far ahead nextFreeSlot looks by default.
    static constexpr int kDefaultHorizonDays = 90;

    Planning(Store &store, const Clock &clock)
        : m_store(store)
        , m_clock(clock)
    {}

    Result<ConflictSummary> conflicts(const Actor &actor, int changeNumber) const;
    // For a form as it is typed; with changeNumber, that change is left out of its own
    // conflicts and fills in what the form does not give (PlanningForm.cpp).
    Result<ConflictSummary> conflicts(const Actor &actor, const PlanningForm &form,
                                      int changeNumber = 0) const;
    // For an unsaved draft (the form as it is typed): excludeChangeId is the change itself.
    Result<ConflictSummary> conflictsFor(const Actor &actor, const QDateTime &start,
                                         const QDateTime &end, const QStringList &assets,
                                         qint64 excludeChangeId = 0,
                                         const QList<int> &dependsOn = {}) const;
    Result<QList<SimilarChange>> similar(const Actor &actor, int changeNumber,
                                         int limit = 10) const;
    // For an unsaved draft (the New change form): saved changes sharing its assets (by name)
    // or its title words, scored as similar() scores them.
    Result<QList<SimilarChange>> similarFor(const Actor &actor, const QString &title,
                                            const QStringList &assets, int limit = 10) const;

    // The earliest start, at or after `notBefore` (default: now) and after the change's lead
    // time from now, at which the change's window (its planned duration) has no conflict of
    // any kind: no active change on a shared asset, no freeze window, inside a maintenance
    // window of every asset that has them, after its upstream changes end. Starts within
    // `horizonDays` of the search's beginning; refuses with no_free_slot when none exists.
    Result<FreeSlot> nextFreeSlot(const Actor &actor, int changeNumber,
                                  const QDateTime &notBefore = {},
                                  int horizonDays = kDefaultHorizonDays) const;
    // The same search for a form (its window's length, assets, dependencies, type and lead
    // time), with the saved change `changeNumber` (0: none) filling in what it does not give.
    Result<FreeSlot> nextFreeSlotFor(const Actor &actor, const PlanningForm &form,
                                     int changeNumber = 0, const QDateTime &notBefore = {},
                                     int horizonDays = kDefaultHorizonDays) const;

    // The change calendar's contents for [from, to) (at most 400 days).
    // Changes' conflicts include indirect ones, as conflicts() reports them.
    Result<CalendarRange> calendar(const Actor &actor, const QDateTime &from, const QDateTime &to,
                                   const CalendarOptions &options = {}) const;

private:
    // The change the form describes: the saved change `changeNumber` (0: a new one, a draft
    // with id 0) with the form's fields over its own; the window checked (both ends, end after
    // start), errors naming the field.
    Result<ChangeRequest> formChange(const Actor &actor, const PlanningForm &form,
                                     int changeNumber) const;
    // invalid_input naming affected_assets for a name that is no asset of the workspace.
    Status knownAssets(const Actor &actor, const QStringList &names) const;
    // Ranks the candidates for these assets and words; `excludeId`: the change itself.
    Result<QList<SimilarChange>> similarTo(const Actor &actor, const QSet<qint64> &assets,
                                           const QSet<QString> &words, qint64 excludeId,
                                           int limit) const;
    Store &m_store;
    const Clock &m_clock;
};

} // namespace vigilo
