#include "ImpactGraph.h"

#include "Dialect.h"
#include "SqlUtil.h"
#include "Store.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace vigilo::impact {

namespace {

// Each row: the asset already reached, the relationship's kind, the asset it leads to, and
// whether that new asset is the relationship's `from`.
QString stepSql(const Dialect &d, Direction direction)
{
    const QString ids = d.idsFromJson();
    if (direction == Direction::Affects)
        return QStringLiteral("SELECT r.to_asset_id, r.kind, r.from_asset_id, 1 FROM "
                              "asset_relations r WHERE r.to_asset_id IN (%1) AND r.kind IN "
                              "('depends_on', 'runs_on') UNION ALL SELECT r.from_asset_id, "
                              "r.kind, r.to_asset_id, 0 FROM asset_relations r WHERE "
                              "r.from_asset_id IN (%1) AND r.kind = 'part_of'")
            .arg(ids);
    return QStringLiteral("SELECT r.from_asset_id, r.kind, r.to_asset_id, 0 FROM asset_relations "
                          "r WHERE r.from_asset_id IN (%1) AND r.kind IN ('depends_on', "
                          "'runs_on') UNION ALL SELECT r.to_asset_id, r.kind, r.from_asset_id, 1 "
                          "FROM asset_relations r WHERE r.to_asset_id IN (%1) AND r.kind = "
                          "'part_of'")
        .arg(ids);
}

QString jsonIds(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

Walker::Walker(Store &store)
    : m_store(store)
{}

namespace {

RelationKind kindOf(const QVariant &v)
{
    return parseRelationKind(v.toString()).value_or(RelationKind::DependsOn);
}

Result<std::shared_ptr<Graph>> readGraph(Store &store, qint64 workspaceId, qint64 version)
{
    auto g = std::make_shared<Graph>();
    g->version = version;
    auto rel = store.cached(QStringLiteral(
        "SELECT from_asset_id, kind, to_asset_id FROM asset_relations WHERE workspace_id = ?"));
    if (!rel)
        return rel.error();
    CachedQuery &q = *rel;
    q.bindValue(0, workspaceId);
    VIGILO_TRY(store.exec(q));
    while (q.next()) {
        const qint64 from = q.value(0).toLongLong();
        const RelationKind kind = kindOf(q.value(1));
        const qint64 to = q.value(2).toLongLong();
        if (kind == RelationKind::PartOf) {
            g->affectsOf[from] << Step{from, kind, to, false};
            g->reliesOf[to] << Step{to, kind, from, true};
        } else {
            g->affectsOf[to] << Step{to, kind, from, true};
            g->reliesOf[from] << Step{from, kind, to, false};
        }
    }
    q.finish();
    auto assets = store.cached(QStringLiteral(
        "SELECT id, name, kind, owner, criticality FROM assets WHERE workspace_id = ?"));
    if (!assets)
        return assets.error();
    CachedQuery &a = *assets;
    a.bindValue(0, workspaceId);
    VIGILO_TRY(store.exec(a));
    while (a.next())
        g->assets.insert(
            a.value(0).toLongLong(),
            AssetInfo{a.value(1).toString(), a.value(2).toString(), a.value(3).toString(),
                      parseCriticality(a.value(4).toString()).value_or(Criticality::Medium)});
    a.finish();
    return g;
}

} // namespace

Status Walker::load(qint64 workspaceId)
{
    auto version =
        sql::scalar(m_store, QStringLiteral("SELECT graph_version FROM workspaces WHERE id = ?"),
                    {workspaceId});
    if (!version)
        return version.error();
    const qint64 now = version->toLongLong();
    const QString key = QStringLiteral("impact.graph/%1").arg(workspaceId);
    auto kept = std::static_pointer_cast<const Graph>(m_store.memo(key));
    if (kept && kept->version == now) {
        m_graph = kept;
        return {};
    }
    // The counter is read before the graph: a write in between leaves a graph newer than its
    // key, read again next time; never an older one. A transaction's own writes may still roll
    // back: not kept, and not worth a whole read for one walk.
    if (m_store.inTransaction()) {
        m_graph.reset();
        return {};
    }
    auto g = readGraph(m_store, workspaceId, now);
    if (!g)
        return g.error();
    m_graph = *g;
    m_store.setMemo(key, m_graph);
    return {};
}

Status Walker::neighbours(const QList<qint64> &frontier, Direction direction, QList<Step> &out)
{
    if (m_graph) {
        const auto &adjacency =
            direction == Direction::Affects ? m_graph->affectsOf : m_graph->reliesOf;
        for (qint64 id : frontier)
            if (auto it = adjacency.constFind(id); it != adjacency.cend())
                out << *it;
        return {};
    }
    auto q = m_store.cached(stepSql(m_store.dialect(), direction));
    if (!q)
        return q.error();
    const QString ids = jsonIds(frontier);
    q->bindValue(0, ids);
    q->bindValue(1, ids);
    VIGILO_TRY(m_store.exec(*q));
    while (q->next())
        out << Step{q->value(0).toLongLong(), kindOf(q->value(1)), q->value(2).toLongLong(),
                    q->value(3).toInt() != 0};
    q->finish();
    return {};
}

Result<Walk> Walker::walk(const QList<qint64> &roots, Direction direction, int maxDepth,
                          const QSet<qint64> &blocked)
{
    Walk w;
    QList<qint64> frontier;
    for (qint64 r : roots)
        if (!w.reached.contains(r)) {
            w.reached.insert(r, Reach{});
            frontier << r;
        }
    std::sort(frontier.begin(), frontier.end());
    w.order = frontier;
    QList<Step> steps;
    for (int depth = 1; !frontier.isEmpty(); ++depth) {
        QList<qint64> open;
        for (qint64 id : frontier)
            if (!blocked.contains(id))
                open << id;
        if (open.isEmpty())
            break;
        steps.clear();
        VIGILO_TRY(neighbours(open, direction, steps));
        QHash<qint64, Reach> level;
        for (const Step &s : std::as_const(steps)) {
            if (w.reached.contains(s.next))
                continue;
            const Reach r{depth, s.known, s.kind, s.nextIsFrom};
            auto it = level.find(s.next);
            // Several parents on the same level: the lowest id, then the first kind, so the path
            // shown does not depend on the order the database returns rows in.
            if (it == level.end())
                level.insert(s.next, r);
            else if (r.parent < it->parent || (r.parent == it->parent && r.kind < it->kind))
                *it = r;
        }
        if (level.isEmpty())
            break;
        if (depth > maxDepth) {
            w.depthLimited = true;
            break;
        }
        frontier = level.keys();
        std::sort(frontier.begin(), frontier.end());
        for (qint64 id : std::as_const(frontier)) {
            w.reached.insert(id, level.value(id));
            w.order << id;
        }
    }
    return w;
}

Status Walker::describe(const QList<qint64> &ids)
{
    if (m_graph || ids.isEmpty())
        return {};
    auto q = m_store.cached(
        QStringLiteral("SELECT id, name, kind, owner, criticality FROM assets WHERE id IN (%1)")
            .arg(m_store.dialect().idsFromJson()));
    if (!q)
        return q.error();
    CachedQuery &d = *q;
    d.bindValue(0, jsonIds(ids));
    VIGILO_TRY(m_store.exec(d));
    while (d.next())
        m_described.insert(
            d.value(0).toLongLong(),
            AssetInfo{d.value(1).toString(), d.value(2).toString(), d.value(3).toString(),
                      parseCriticality(d.value(4).toString()).value_or(Criticality::Medium)});
    d.finish();
    return {};
}

QList<ImpactStep> pathOf(const Walk &walk, qint64 node, const QHash<qint64, AssetInfo> &info)
{
    QList<ImpactStep> steps;
    qint64 at = node;
    for (int guard = 0; guard < 1000; ++guard) {
        const Reach r = walk.reached.value(at);
        if (r.depth == 0)
            break;
        const QString here = info.value(at).name;
        const QString there = info.value(r.parent).name;
        steps << (r.nodeIsFrom ? ImpactStep{here, r.kind, there} : ImpactStep{there, r.kind, here});
        at = r.parent;
    }
    return steps;
}

QString explain(const Walk &walk, qint64 node, Direction direction,
                const QHash<qint64, AssetInfo> &info)
{
    QList<ImpactStep> steps = pathOf(walk, node, info);
    if (steps.isEmpty())
        return {};
    if (direction == Direction::Affects)
        return Impact::explain(info.value(node).name, steps);
    // ReliesOn reads from the root: reverse the steps and start at the root.
    std::reverse(steps.begin(), steps.end());
    qint64 root = node;
    while (walk.reached.value(root).depth > 0)
        root = walk.reached.value(root).parent;
    return Impact::explain(info.value(root).name, steps);
}

} // namespace vigilo::impact
