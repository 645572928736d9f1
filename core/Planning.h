#pragma once
// Conflicts summary (the seed's conflicts-summary) and Suggest similar.

#include "Actor.h"
#include "Error.h"

namespace vigilo {

class Store;
class Clock;

// One reason a planned window is a problem. kind: "change" (overlapping window on a shared
// asset), "freeze" (overlapping freeze window), "dependency" (an upstream change that starts
// later or is not scheduled).
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
    QJsonObject toJson() const;
};

class Planning final {
public:
    Planning(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    Result<ConflictSummary> conflicts(const Actor &actor, int changeNumber) const;
    // For an unsaved draft (the form as it is typed): excludeChangeId is the change itself.
    Result<ConflictSummary> conflictsFor(const Actor &actor, const QDateTime &start,
                                         const QDateTime &end, const QStringList &assets,
                                         qint64 excludeChangeId = 0,
                                         const QList<int> &dependsOn = {}) const;
    Result<QList<SimilarChange>> similar(const Actor &actor, int changeNumber, int limit = 10) const;

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace vigilo
