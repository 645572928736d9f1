#pragma once
// The walk through the asset graph behind impact analysis, indirect conflicts and the
// calendar's service rows (internal to the core). One place says what "affects" means:
//
//   A depends_on X, A runs_on X  ->  X affects A      (what relies on X)
//   X part_of S                  ->  X affects S      (the service X is a component of)
//
// Direction::Affects follows that from the roots; Direction::ReliesOn follows it backwards (what
// the roots rely on: what they depend on and run on, and the components of a service). The walk
// goes level by level (breadth first), so every asset is reached by a shortest path; it reads one
// level from the workspace's graph in memory (see Walker::load), or with one execution of a
// statement per level, binding the level's ids as one JSON array. Assets in `blocked` are reached
// but not walked through (excluded ones).

#include "Error.h"
#include "Impact.h"
#include "Store.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>

#include <memory>

namespace vigilo {
namespace impact {

enum class Direction { Affects, ReliesOn };

// How an asset was reached: from `parent` (one step closer to the roots) through the stored
// relationship "from kind to", where from/to are this asset and the parent.
struct Reach {
    int depth = 0;     // 0 for a root
    qint64 parent = 0; // 0 for a root
    RelationKind kind = RelationKind::DependsOn;
    bool nodeIsFrom = true; // the stored relationship reads "this kind parent"
};

struct Walk {
    QHash<qint64, Reach> reached; // roots included, at depth 0
    QList<qint64> order;          // breadth-first order (roots first)
    bool depthLimited = false;    // more lay beyond maxDepth
};

// Name and details of the assets a walk reached.
struct AssetInfo {
    QString name;
    QString kind;
    QString owner;
    Criticality criticality = Criticality::Medium;
};

// One step of a walk as read: the asset already reached, the relationship's kind, the asset it
// leads to, and whether that new asset is the stored relationship's `from`.
struct Step {
    qint64 known = 0;
    RelationKind kind = RelationKind::DependsOn;
    qint64 next = 0;
    bool nextIsFrom = true;
};

// A workspace's relationships and assets in memory, as of one value of workspaces.graph_version
// (schema 20: the triggers of both dialects move it on every write to assets or asset_relations,
// by any connection or process). Immutable once loaded; shared by the walks of one connection.
struct Graph final : Store::Memo {
    qint64 version = -1;
    QHash<qint64, QList<Step>> affectsOf; // asset -> steps to what it affects
    QHash<qint64, QList<Step>> reliesOf;  // asset -> steps to what it relies on
    QHash<qint64, AssetInfo> assets;      // every asset of the workspace
};

class Walker final {
public:
    explicit Walker(Store &store);
    // Walks (and describes) from the workspace's graph in memory: kept on the connection and
    // read again only when graph_version moved, so a walk reads one number from the database.
    // Inside a write transaction whose own writes moved the counter, the graph is not loaded
    // (it could be rolled back) and walks read the database level by level.
    Status load(qint64 workspaceId);
    Result<Walk> walk(const QList<qint64> &roots, Direction direction, int maxDepth,
                      const QSet<qint64> &blocked = {});
    // Reads the names and details of `ids` for assets() (one query; none with the graph in
    // memory, which holds every asset's).
    Status describe(const QList<qint64> &ids);
    // The assets described (with the graph in memory: every asset of the workspace).
    const QHash<qint64, AssetInfo> &assets() const
    {
        return m_graph ? m_graph->assets : m_described;
    }

private:
    Status neighbours(const QList<qint64> &frontier, Direction direction, QList<Step> &out);
    Store &m_store;
    std::shared_ptr<const Graph> m_graph;
    QHash<qint64, AssetInfo> m_described;
};

// The relationships from `node` back to its root, as stored ("from kind to"), nearest first.
QList<ImpactStep> pathOf(const Walk &walk, qint64 node, const QHash<qint64, AssetInfo> &info);
// The sentence that explains how `node` was reached, read from the side that relies on the
// other: for Affects "checkout-web depends on payments-api, which runs on k8s-node-07.", for
// ReliesOn (root first) "checkout-web depends on payments-api, which runs on k8s-node-07."
QString explain(const Walk &walk, qint64 node, Direction direction,
                const QHash<qint64, AssetInfo> &info);

} // namespace impact
} // namespace vigilo
