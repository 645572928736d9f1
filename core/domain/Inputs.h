#pragma once
// What callers hand to the core: drafts, transition arguments and filters.

#include "Domain.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigilo {

// Fields to set on create or edit; an unset optional leaves the field alone. For the planned
// window, an optional holding an invalid QDateTime clears it.
struct ChangeDraft {
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<ChangeType> changeType;
    std::optional<Priority> priority;
    std::optional<RiskLevel> riskLevel;
    std::optional<QDateTime> plannedStart;
    std::optional<QDateTime> plannedEnd;
    std::optional<int> minLeadTimeHours;
    std::optional<QString> implementationPlan;
    std::optional<QString> rollbackPlan;
    std::optional<QString> testPlan;
    std::optional<QString> assignee; // username; empty string unassigns
    std::optional<QStringList> affectedAssets;
    std::optional<QList<int>> dependsOn; // change numbers
};

struct TransitionInput {
    QString comment; // optional note kept with the audit event (and approvals)
    QString reason;  // reject, rollback, reopen, cancel
    std::optional<ClosureCode> closureCode; // complete
    QString closureNotes;                   // complete
    QString overrideJustification;          // submit/schedule through an overridable freeze window
    QString justification; // start before planned_start or after planned_end (an exception)
    std::optional<int> expectedVersion; // optimistic lock: refuse with stale_write if it moved
    // Set only by MeetingService (never from a request): the CAB whose meeting decides the
    // change's CAB step, and what the audit event records of that meeting (attendees, votes).
    QString cab;
    QJsonObject cabDetails;
};

struct ChangeFilter {
    std::optional<ChangeStatus> status;
    std::optional<ChangeType> changeType;
    std::optional<Priority> priority;
    std::optional<RiskLevel> riskLevel;
    QString assignee; // username
    QString search;   // words, each in one of the fields of changesearch (ChangeSearch.h)
    int limit = 0;    // 0: all
    int number = 0;   // this change only (a live update reads its one row); 0: any
    int before = 0;   // only changes numbered below this (the page after one ending there); 0: any
    // Personal views (issue 15).
    QString requester;     // username: "my changes"
    bool openOnly = false; // not in a terminal status (completed, rolled back, ...)
    QDateTime plannedFrom; // with plannedTo: the planned window overlaps [from, to)
    QDateTime plannedTo;
};

struct FreezeWindowInput {
    QString name;
    QDateTime start;
    QDateTime end;
    QString reason;
    bool allowOverride = false;
    QStringList assets; // empty: workspace-wide
};

} // namespace vigilo
