#pragma once
// Plain records read from and written to storage. Times are UTC; an invalid QDateTime is "unset".

#include "Domain.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigilo {

// ISO 8601 UTC with a "Z" (seconds precision), or null when unset: the JSON form of a time.
QJsonValue jsonTime(const QDateTime &t);

struct Workspace {
    qint64 id = 0;
    QString slug;
    QString name;
    QString locale; // e.g. "de_DE"
    QDateTime createdAt;
    QJsonObject toJson() const;
};

struct Member {
    qint64 id = 0;
    qint64 workspaceId = 0;
    QString username;
    QString displayName;
    Role role = Role::Viewer;
    bool active = true;
    QDateTime createdAt;
    QJsonObject toJson() const;
};

struct Asset {
    qint64 id = 0;
    qint64 workspaceId = 0;
    QString name;
    QString kind; // service, host, database, network, ...
    QDateTime createdAt;
    QString owner;                                 // a team or person; free text, may be empty
    Criticality criticality = Criticality::Medium; // a critical one raises a change's risk
    QString timeZone;                              // IANA id (e.g. "Europe/Berlin"), may be empty
    QJsonObject toJson() const;
};

struct FreezeWindow {
    qint64 id = 0;
    qint64 workspaceId = 0;
    QString name;
    QDateTime start; // [start, end)
    QDateTime end;
    QString reason;
    bool allowOverride = false;
    QStringList assets; // empty: workspace-wide
    QString createdBy;
    QDateTime createdAt;
    QJsonObject toJson() const;
};

// A dependency as shown to people: the upstream change's number and where it is.
struct DependencyRef {
    int number = 0;
    QString title;
    ChangeStatus status = ChangeStatus::Draft;
    QJsonObject toJson() const;
};

struct ChangeRequest {
    qint64 id = 0;
    qint64 workspaceId = 0;
    int number = 0;
    QString title;
    QString description;
    ChangeType changeType = ChangeType::Normal;
    Priority priority = Priority::Medium;
    std::optional<RiskLevel> riskLevel;
    QDateTime plannedStart;
    QDateTime plannedEnd;
    int minLeadTimeHours = 24;
    QString implementationPlan;
    QString rollbackPlan;
    QString testPlan;
    QString assignee;  // username, empty when unassigned
    QString requester; // username
    ChangeStatus status = ChangeStatus::Draft;
    std::optional<ClosureCode> closureCode;
    QString closureNotes;
    QDateTime closedAt;
    QString closedBy;
    QDateTime rolledBackAt;
    QString rolledBackBy;
    QString rollbackReason;
    QDateTime submittedAt;
    QDateTime approvedAt;
    QDateTime startedAt;
    QDateTime cancelledAt;
    QString cancelReason;
    int version = 1;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString templateName;              // the standard template it came from, if any
    QString approvalConditions;        // what a CAB approved it on (approve with conditions)
    QStringList affectedAssets;        // asset names, sorted
    QList<DependencyRef> dependencies; // sorted by number
    // Still in progress after its planned end (rules::isOverrunning): set by the reads of
    // ChangeService with the injected clock, false on a record loaded elsewhere.
    bool overrunning = false;

    bool isStandard() const { return changeType == ChangeType::Standard; }
    QString numberText() const { return formatChangeNumber(number); }
    // A risk level has been set (accepted, overridden or given); else "Not assessed".
    bool riskAssessed() const { return riskLevel.has_value(); }
    QJsonObject toJson() const;
};

// One row of the change list: what the list and filters need, nothing more.
struct ChangeSummary {
    qint64 id = 0;
    int number = 0;
    QString title;
    ChangeStatus status = ChangeStatus::Draft;
    ChangeType changeType = ChangeType::Normal;
    Priority priority = Priority::Medium;
    std::optional<RiskLevel> riskLevel;
    QDateTime plannedStart;
    QDateTime plannedEnd;
    QString assignee;
    QString requester;
    QString assigneeName; // display names (the change list's search matches them)
    QString requesterName;
    QDateTime updatedAt;
    int version = 1;
    bool overrunning = false; // as ChangeRequest::overrunning
    bool riskAssessed() const { return riskLevel.has_value(); }
    QJsonObject toJson() const;
};

struct ChangeTask {
    qint64 id = 0;
    qint64 changeId = 0;
    int seq = 0;
    QString title;
    bool isRequired = true;
    TaskStatus status = TaskStatus::Pending;
    QList<int> predecessors; // seq numbers
    QDateTime startedAt;
    QString startedBy;
    QDateTime finishedAt; // done or skipped
    QString finishedBy;
    QJsonObject toJson() const;
};

struct ApprovalDecision {
    qint64 id = 0;
    qint64 stepId = 0;
    QString member;     // username
    QString onBehalfOf; // the member a substitute decided for (delegation); empty: themself
    bool approved = true;
    QString comment;
    QDateTime decidedAt;
    QJsonObject toJson() const;
};

// A member's substitute for [startsAt, endsAt): decisions due from the member may be taken by
// the substitute on their behalf. Never passed on (the substitute's own substitutes do not
// inherit it).
struct Delegation {
    qint64 id = 0;
    QString member;     // username of who is away
    QString substitute; // username
    QDateTime startsAt;
    QDateTime endsAt;
    QString createdBy;
    QDateTime createdAt;
    QJsonObject toJson() const;
};

// What a sweep for substitutes did (Delegations::tellSubstitutes).
struct SubstituteSweep {
    int examined = 0;  // (delegation, step) pairs looked at
    int told = 0;      // substitutes told (approval.delegated)
    bool more = false; // the batch was full: sweep again
};

struct ApprovalStep {
    qint64 id = 0;
    qint64 changeId = 0;
    int round = 1; // a material edit after approval starts a new round
    int stepOrder = 1;
    QString name;
    Role eligibleRole = Role::Approver; // this role or above may decide
    QStringList eligibleMembers;        // when not empty: only these members
    int requiredApprovals = 1;
    QString
        source; // "matrix:emergency", "matrix:normal", "matrix:normal-high", later "policy:NAME"
    StepStatus status = StepStatus::Waiting;
    QDateTime decidedAt;
    QList<ApprovalDecision> decisions;
    QJsonObject toJson() const;
};

struct Comment {
    qint64 id = 0;
    qint64 changeId = 0;
    QString author;
    QString body;
    QDateTime createdAt;
    QJsonObject toJson() const;
};

struct Attachment {
    qint64 id = 0;
    qint64 changeId = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256; // hex
    QString addedBy;
    QDateTime addedAt;
    QJsonObject toJson() const;
};

struct AuditEvent {
    qint64 id = 0;
    qint64 workspaceId = 0;
    qint64 seq = 0; // gapless per workspace
    QDateTime at;
    QString actor;  // username
    QString action; // "change.submit", "task.done", "member.add", ...
    QString entity; // "change", "task", "member", ...
    qint64 entityId = 0;
    int changeNumber = 0; // 0 when the event is not about a change
    QJsonObject oldValues;
    QJsonObject newValues;
    QString prevHash;
    QString hash;
    QJsonObject toJson() const;
};

} // namespace vigilo
