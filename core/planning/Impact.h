#pragma once
// Impact analysis (issue 16): for a change, every asset it works on and everything affected
// through the relationships, each with the shortest path that explains it.
//
// What is affected by an asset X: what depends on X, what runs on X, and the services X is part
// of; then, step by step, what is affected by those. Cycles (two services depending on each
// other) are walked once per asset. The walk is bounded: `maxDepth` steps from the change's own
// assets and at most `maxItems` affected assets listed (closest first, then critical first, then
// by name), with "and N more" for the rest, so a hub asset does not pull in 600 unexplained
// items.
//
// A person can exclude an affected asset with a reason (engineer+, while the change can still be
// edited; audited with the change's history): it stays in the list, marked excluded with who and
// why, and the walk does not go on through it. critical_asset_impacted (a risk condition) counts
// only assets that are not excluded.

#include "Actor.h"
#include "Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace vigilo {

class Store;
class Clock;
class AuditLog;

struct ImpactLimits {
    static constexpr int kDefaultDepth = 6;
    static constexpr int kDefaultItems = 100;
    int maxDepth = kDefaultDepth; // 1..20 steps from the change's own assets
    int maxItems = kDefaultItems; // 1..10000 affected assets listed
};

// One relationship on a path, as stored: `from` `kind` `to`.
struct ImpactStep {
    QString from;
    RelationKind kind = RelationKind::DependsOn;
    QString to;
    QJsonObject toJson() const;
};

struct ImpactItem {
    qint64 assetId = 0;
    QString asset;
    QString kind;
    QString owner;
    Criticality criticality = Criticality::Medium;
    int depth = 0; // 0: the change works on it; n: n relationships away
    // From this asset back to one of the change's own assets, the shortest way (empty at depth 0).
    QList<ImpactStep> path;
    // "checkout-web depends on payments-api, which runs on k8s-node-07." (translated)
    QString explanation;
    bool excluded = false;
    QString excludedReason;
    QString excludedBy;
    QDateTime excludedAt;
    bool touched() const { return depth == 0; }
    QJsonObject toJson() const;
};

// An exclusion as recorded, also when the asset is no longer affected (the graph changed since).
struct ImpactExclusion {
    QString asset;
    QString reason;
    QString excludedBy;
    QDateTime excludedAt;
    QJsonObject toJson() const;
};

struct ImpactReport {
    int number = 0;
    ImpactLimits limits;
    QList<ImpactItem> touched;  // the change's own assets, by name
    QList<ImpactItem> affected; // listed affected assets (excluded ones always listed)
    int omitted = 0;            // affected assets found but not listed (the item limit)
    // The walk stopped at maxDepth while more assets lay further away: omitted is then a lower
    // bound ("and at least N more").
    bool depthLimited = false;
    QList<ImpactExclusion> exclusions; // every exclusion of the change, by asset
    // Affected assets that are critical and not excluded (listed or not), by name.
    QStringList criticalAffected;
    // Whether the asking member may exclude or include items now (analyse() only: engineer+ while
    // the change can be edited), and the core's refusal when not.
    bool mayExclude = false;
    QString excludeRefusal;

    // Affected assets that count (not excluded), listed or omitted; and the excluded ones listed.
    int affectedCount() const;
    int excludedCount() const;

    // "and 412 more", "and at least 412 more (the analysis stops 6 steps away)", or "more assets
    // may be affected further than 6 steps away"; empty when the list is complete.
    QString moreText() const;
    QJsonObject toJson() const;
};

class Impact final {
public:
    Impact(Store &store, const Clock &clock, AuditLog &audit)
        : m_store(store)
        , m_clock(clock)
        , m_audit(audit)
    {}

    // Any member.
    Result<ImpactReport> analyse(const Actor &actor, int changeNumber,
                                 const ImpactLimits &limits = {}) const;
    // engineer+, while the change can be edited (draft, review, approved, scheduled). Refuses a
    // reason that is empty (reason_required), one of the change's own assets (invalid_input: edit
    // the change's assets instead), an asset the change does not affect (not_impacted) and one
    // already excluded (already_excluded). Audited as impact.exclude in the change's history.
    Result<ImpactExclusion> exclude(const Actor &actor, int changeNumber, const QString &asset,
                                    const QString &reason);
    // Undoes an exclusion (same rules; not_found when there is none). Audited as impact.include.
    Status include(const Actor &actor, int changeNumber, const QString &asset);

    // The analysis without an actor, for the core's own readers (risk conditions, evidence).
    static Result<ImpactReport> compute(Store &store, qint64 workspaceId, qint64 changeId,
                                        const ImpactLimits &limits = {});
    static Status checkLimits(const ImpactLimits &limits);

    // The sentence for a chain of relationships that starts at `start`, each step sharing an asset
    // with the one before: "checkout-web depends on payments-api, which runs on k8s-node-07."
    // `tr` translates a source string of context "Vigilo" (default: the installed translator; an
    // evidence pack passes its own language's).
    using Translate = std::function<QString(const char *source)>;
    static QString explain(const QString &start, const QList<ImpactStep> &steps,
                           const Translate &tr = {});

private:
    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace vigilo
