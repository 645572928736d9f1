#include "ImpactGraph.h"

#include "Dialect.h"
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
    , m_affects(store.prepare(stepSql(store.dialect(), Direction::Affects)))
    , m_reliesOn(store.prepare(stepSql(store.dialect(), Direction::ReliesOn)))
    , m_describe(store.prepare(
          QStringLiteral("SELECT id, name, kind, owner, criticality FROM assets WHERE id IN (%1)")
              .arg(store.dialect().idsFromJson())))
{}

Status Walker::loadAll(qint64 workspaceId)
{
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT from_asset_id, kind, to_asset_id FROM asset_relations WHERE workspace_id = ?"));
    q.addBindValue(workspaceId);
    VIGILO_TRY(m_store.exec(q));
    m_affectsOf.clear();
    m_reliesOf.clear();
    while (q.next()) {
        const qint64 from = q.value(0).toLongLong();
        const RelationKind kind =
            parseRelationKind(q.value(1).toString()).value_or(RelationKind::DependsOn);
        const qint64 to = q.value(2).toLongLong();
        if (kind == RelationKind::PartOf) {
            m_affectsOf[from] << Step{from, kind, to, false};
            m_reliesOf[to] << Step{to, kind, from, true};
        } else {
            m_affectsOf[to] << Step{to, kind, from, true};
            m_reliesOf[from] << Step{from, kind, to, false};
        }
    }
    m_inMemory = true;
    return {};
}

Status Walker::neighbours(const QList<qint64> &frontier, Direction direction, QList<Step> &out)
{
    if (m_inMemory) {
        const auto &adjacency = direction == Direction::Affects ? m_affectsOf : m_reliesOf;
        for (qint64 id : frontier)
            if (auto it = adjacency.constFind(id); it != adjacency.cend())
                out << *it;
        return {};
    }
    QSqlQuery &q = direction == Direction::Affects ? m_affects : m_reliesOn;
    const QString ids = jsonIds(frontier);
    q.bindValue(0, ids);
    q.bindValue(1, ids);
    VIGILO_TRY(m_store.exec(q));
    while (q.next())
        out << Step{q.value(0).toLongLong(),
                    parseRelationKind(q.value(1).toString()).value_or(RelationKind::DependsOn),
                    q.value(2).toLongLong(), q.value(3).toInt() != 0};
    q.finish();
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

Result<QHash<qint64, AssetInfo>> Walker::describe(const QList<qint64> &ids)
{
    QHash<qint64, AssetInfo> out;
    if (ids.isEmpty())
        return out;
    m_describe.bindValue(0, jsonIds(ids));
    VIGILO_TRY(m_store.exec(m_describe));
    while (m_describe.next()) {
        AssetInfo a;
        a.name = m_describe.value(1).toString();
        a.kind = m_describe.value(2).toString();
        a.owner = m_describe.value(3).toString();
        a.criticality =
            parseCriticality(m_describe.value(4).toString()).value_or(Criticality::Medium);
        out.insert(m_describe.value(0).toLongLong(), a);
    }
    m_describe.finish();
    return out;
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
