#include "Planning.h"

#include "Clock.h"
#include "Dialect.h"
#include "FreezeOverlap.h"
#include "ImpactGraph.h"
#include "MaintenanceWindows.h"
#include "PlanningText.h"
#include "Rules.h"
#include "SqlUtil.h"
#include "Store.h"
#include "TextIndex.h"
#include "Tr.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace vigilo {

namespace {

// The indirect conflicts of a window on `assets`: both walks from the assets, then every other
// active change overlapping the window, matched in memory against what the walks reached.
Result<QList<Conflict>> indirectFor(Store &store, qint64 workspaceId, const QDateTime &start,
                                    const QDateTime &end, const QDateTime &earliest,
                                    const QStringList &assets, qint64 excludeChangeId)
{
    QVariantList binds{workspaceId};
    for (const QString &a : assets)
        binds << a;
    auto ids = sql::run(store,
                        QStringLiteral("SELECT id FROM assets WHERE workspace_id = ? AND name IN (")
                            + planning::placeholders(int(assets.size())) + QLatin1Char(')'),
                        binds);
    if (!ids)
        return ids.error();
    QList<qint64> roots;
    while (ids->next())
        roots << ids->value(0).toLongLong();
    if (roots.isEmpty())
        return QList<Conflict>();
    QSet<qint64> blocked;
    if (excludeChangeId != 0) {
        auto x = sql::run(
            store, QStringLiteral("SELECT asset_id FROM impact_exclusions WHERE change_id = ?"),
            {excludeChangeId});
        if (!x)
            return x.error();
        while (x->next())
            blocked.insert(x->value(0).toLongLong());
    }
    impact::Walker walker(store);
    VIGILO_TRY(walker.load(workspaceId));
    auto affects =
        walker.walk(roots, impact::Direction::Affects, ImpactLimits::kDefaultDepth, blocked);
    if (!affects)
        return affects.error();
    auto relies = walker.walk(roots, impact::Direction::ReliesOn, ImpactLimits::kDefaultDepth);
    if (!relies)
        return relies.error();
    if (affects->order.size() == roots.size() && relies->order.size() == roots.size())
        return QList<Conflict>(); // no relationships: nothing indirect
    auto q = sql::run(
        store,
        QStringLiteral("SELECT c.number, c.title, c.status, c.planned_start, c.planned_end, "
                       "ca.asset_id FROM changes c JOIN change_assets ca ON ca.change_id = c.id "
                       "WHERE c.workspace_id = ? AND c.planned_start < ? AND c.planned_start >= ? "
                       "AND c.planned_end > ? AND c.id <> ? AND c.status IN ")
            + planning::activeStatusesSql() + QStringLiteral(" ORDER BY c.planned_start, c.number"),
        {workspaceId, Dialect::toDb(end), Dialect::toDb(earliest), Dialect::toDb(start),
         excludeChangeId});
    if (!q)
        return q.error();
    QList<planning::Overlapping> others;
    while (q->next()) {
        const int number = q->value(0).toInt();
        if (others.isEmpty() || others.last().number != number) {
            planning::Overlapping o;
            o.number = number;
            o.title = q->value(1).toString();
            o.status = q->value(2).toString();
            o.start = Dialect::fromDb(q->value(3));
            o.end = Dialect::fromDb(q->value(4));
            others << o;
        }
        others.last().assetIds << q->value(5).toLongLong();
    }
    if (others.isEmpty())
        return QList<Conflict>();
    QSet<qint64> seen;
    QList<qint64> reached;
    for (const impact::Walk *w : {&*affects, &*relies})
        for (qint64 id : w->order)
            if (!seen.contains(id)) {
                seen.insert(id);
                reached << id;
            }
    VIGILO_TRY(walker.describe(reached));
    return planning::indirectConflicts(*affects, *relies, blocked, others, walker.assets());
}

} // namespace

namespace planning {

QString changeReason(const Conflict &k)
{
    return CoreText::tr("%1 (%2) works on %3 from %4 to %5, overlapping this window.")
        .arg(formatChangeNumber(k.number),
             label(parseChangeStatus(k.status).value_or(ChangeStatus::Review)),
             k.sharedAssets.join(QStringLiteral(", ")), planning::utcText(k.start),
             planning::utcText(k.end));
}

QString freezeReason(const Conflict &k, const QString &why)
{
    QString reason =
        (k.allowOverride ? CoreText::tr("Freeze window \"%1\" (%2 to %3) covers this window; an "
                                        "admin may override it with a justification.")
                         : CoreText::tr("Freeze window \"%1\" (%2 to %3) covers this window and "
                                        "cannot be overridden."))
            .arg(k.title, planning::utcText(k.start), planning::utcText(k.end));
    if (!why.isEmpty())
        reason += QLatin1Char(' ') + CoreText::tr("Reason: %1").arg(why);
    return reason;
}

Conflict maintenanceConflict(const QString &asset, const QList<MaintenanceWindow> &windows,
                             const QDateTime &start, const QDateTime &end)
{
    QStringList described;
    for (const auto &w : windows)
        described << w.describe();
    Conflict k;
    k.kind = QStringLiteral("maintenance");
    k.title = asset;
    k.start = start;
    k.end = end;
    k.sharedAssets << asset;
    k.reason = CoreText::tr("The window falls outside the maintenance windows of %1 (%2).")
                   .arg(asset, described.join(QStringLiteral("; ")));
    return k;
}

QList<Conflict> indirectConflicts(const impact::Walk &affects, const impact::Walk &reliesOn,
                                  const QSet<qint64> &blocked, const QList<Overlapping> &others,
                                  const QHash<qint64, impact::AssetInfo> &names)
{
    QList<Conflict> out;
    for (const Overlapping &o : others) {
        bool direct = false;
        for (qint64 id : o.assetIds)
            direct = direct || affects.reached.value(id, impact::Reach{-1}).depth == 0;
        if (direct)
            continue; // a shared asset: a direct conflict, reported as such
        QStringList matched;
        qint64 best = 0;
        int bestDepth = 0;
        bool bestAffected = false;
        auto consider = [&](qint64 id, int depth, bool affected) {
            const QString name = names.value(id).name;
            if (best == 0 || depth < bestDepth || (depth == bestDepth && affected && !bestAffected)
                || (depth == bestDepth && affected == bestAffected
                    && name < names.value(best).name)) {
                best = id;
                bestDepth = depth;
                bestAffected = affected;
            }
            if (!matched.contains(name))
                matched << name;
        };
        for (qint64 id : o.assetIds) {
            const auto a = affects.reached.constFind(id);
            if (a != affects.reached.cend() && a->depth > 0 && !blocked.contains(id))
                consider(id, a->depth, true);
            const auto r = reliesOn.reached.constFind(id);
            if (r != reliesOn.reached.cend() && r->depth > 0)
                consider(id, r->depth, false);
        }
        if (best == 0)
            continue;
        matched.sort();
        Conflict k;
        k.kind = QStringLiteral("change");
        k.number = o.number;
        k.title = o.title;
        k.status = o.status;
        k.start = o.start;
        k.end = o.end;
        k.sharedAssets = matched;
        k.indirect = true;
        const QString status = label(parseChangeStatus(o.status).value_or(ChangeStatus::Review));
        const QString theirs = names.value(best).name;
        if (bestAffected) {
            k.via = QStringLiteral("affected");
            k.path = impact::pathOf(affects, best, names);
            k.explanation = impact::explain(affects, best, impact::Direction::Affects, names);
            k.reason = CoreText::tr("%1 (%2) works on %3 from %4 to %5, which this change "
                                    "affects: %6")
                           .arg(formatChangeNumber(o.number), status, theirs, utcText(o.start),
                                utcText(o.end), k.explanation);
        } else {
            k.via = QStringLiteral("relied_on");
            k.path = impact::pathOf(reliesOn, best, names);
            std::reverse(k.path.begin(), k.path.end());
            k.explanation = impact::explain(reliesOn, best, impact::Direction::ReliesOn, names);
            k.reason = CoreText::tr("%1 (%2) works on %3 from %4 to %5, which this change "
                                    "relies on: %6")
                           .arg(formatChangeNumber(o.number), status, theirs, utcText(o.start),
                                utcText(o.end), k.explanation);
        }
        out << k;
    }
    return out;
}

std::optional<Conflict> dependencyConflict(const Upstream &up, bool windowed,
                                           const QDateTime &start)
{
    if (up.status == ChangeStatus::Completed || up.status == ChangeStatus::Cancelled)
        return std::nullopt;
    Conflict k;
    k.kind = QStringLiteral("dependency");
    k.number = up.number;
    k.title = up.title;
    k.status = toString(up.status);
    k.start = up.plannedStart;
    k.end = up.plannedEnd;
    const QString number = formatChangeNumber(up.number);
    if (isTerminal(up.status))
        k.reason = CoreText::tr("This change depends on %1, which has ended (status: %2) and "
                                "will never complete: this change cannot start.")
                       .arg(number, label(up.status));
    else if (!up.plannedEnd.isValid())
        k.reason = CoreText::tr("This change depends on %1 (%2), which has no planned window "
                                "yet.")
                       .arg(number, label(up.status));
    else if (windowed && up.plannedEnd > start)
        k.reason = CoreText::tr("This change depends on %1 (%2), which is planned to end at "
                                "%3, after this change starts.")
                       .arg(number, label(up.status), planning::utcText(up.plannedEnd));
    else
        return std::nullopt;
    return k;
}

} // namespace planning

QJsonObject Conflict::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kind},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("start"), jsonTime(start)},
                  {QStringLiteral("end"), jsonTime(end)},
                  {QStringLiteral("shared_assets"), QJsonArray::fromStringList(sharedAssets)},
                  {QStringLiteral("reason"), reason}};
    if (kind == QLatin1String("freeze")) {
        o.insert(QStringLiteral("allow_override"), allowOverride);
    } else {
        o.insert(QStringLiteral("number"), formatChangeNumber(number));
        o.insert(QStringLiteral("status"), status);
    }
    if (kind == QLatin1String("change"))
        o.insert(QStringLiteral("indirect"), indirect);
    if (indirect) {
        QJsonArray p;
        for (const ImpactStep &s : path)
            p.append(s.toJson());
        o.insert(QStringLiteral("via"), via);
        o.insert(QStringLiteral("path"), p);
        o.insert(QStringLiteral("explanation"), explanation);
    }
    return o;
}

QJsonObject ConflictSummary::toJson() const
{
    QJsonArray a;
    for (const auto &c : conflicts)
        a.append(c.toJson());
    return {{QStringLiteral("conflicts"), a}, {QStringLiteral("count"), int(conflicts.size())}};
}

bool SimilarChange::failed() const
{
    return rules::isFailedChange(status, closureCode);
}

QJsonObject SimilarChange::toJson() const
{
    return {{QStringLiteral("number"), formatChangeNumber(number)},
            {QStringLiteral("title"), title},
            {QStringLiteral("status"), toString(status)},
            {QStringLiteral("closure_code"),
             closureCode ? QJsonValue(toString(*closureCode)) : QJsonValue()},
            {QStringLiteral("rollback_reason"), rollbackReason},
            {QStringLiteral("failed"), failed()},
            {QStringLiteral("ended_at"), jsonTime(endedAt)},
            {QStringLiteral("shared_assets"), QJsonArray::fromStringList(sharedAssets)},
            {QStringLiteral("score"), score},
            {QStringLiteral("approvers"), QJsonArray::fromStringList(approvers)}};
}

Result<ConflictSummary> Planning::conflictsFor(const Actor &actor, const QDateTime &start,
                                               const QDateTime &end, const QStringList &assets,
                                               qint64 excludeChangeId,
                                               const QList<int> &dependsOn) const
{
    ConflictSummary summary;
    const bool windowed = start.isValid() && end.isValid() && end > start;
    if (windowed && !assets.isEmpty()) {
        // Overlapping windows start before our end and at most the longest window before our
        // start: an index range on (workspace_id, planned_start).
        auto longest = sql::scalar(
            m_store, QStringLiteral("SELECT longest_window_secs FROM workspaces WHERE id = ?"),
            {actor.workspace.id});
        if (!longest)
            return longest.error();
        const QDateTime earliest = start.addSecs(-longest->toLongLong() - 1);
        auto indirect =
            indirectFor(m_store, actor.workspace.id, start, end, earliest, assets, excludeChangeId);
        if (!indirect)
            return indirect.error();
        QVariantList binds{actor.workspace.id, Dialect::toDb(end), Dialect::toDb(earliest),
                           Dialect::toDb(start), excludeChangeId};
        for (const QString &a : assets)
            binds << a;
        auto q = sql::run(
            m_store,
            QStringLiteral("SELECT c.number, c.title, c.status, c.planned_start, c.planned_end, "
                           "a.name FROM changes c JOIN change_assets ca ON ca.change_id = c.id "
                           "JOIN assets a ON a.id = ca.asset_id WHERE c.workspace_id = ? AND "
                           "c.planned_start < ? AND c.planned_start >= ? AND c.planned_end > ? "
                           "AND c.id <> ? AND c.status IN ")
                + planning::activeStatusesSql() + QStringLiteral(" AND a.name IN (")
                + planning::placeholders(int(assets.size()))
                + QStringLiteral(") ORDER BY c.planned_start, c.number, a.name"),
            binds);
        if (!q)
            return q.error();
        while (q->next()) {
            const int number = q->value(0).toInt();
            if (!summary.conflicts.isEmpty() && summary.conflicts.last().number == number) {
                summary.conflicts.last().sharedAssets << q->value(5).toString();
                continue;
            }
            Conflict k;
            k.kind = QStringLiteral("change");
            k.number = number;
            k.title = q->value(1).toString();
            k.status = q->value(2).toString();
            k.start = Dialect::fromDb(q->value(3));
            k.end = Dialect::fromDb(q->value(4));
            k.sharedAssets << q->value(5).toString();
            summary.conflicts << k;
        }
        for (auto &k : summary.conflicts)
            k.reason = planning::changeReason(k);
        summary.conflicts << *indirect;
    }
    if (windowed) {
        auto freezes =
            planning::freezesOverlapping(m_store, actor.workspace.id, start, end, assets);
        if (!freezes)
            return freezes.error();
        for (const FreezeWindow &f : *freezes) {
            Conflict k;
            k.kind = QStringLiteral("freeze");
            k.freezeId = f.id;
            k.title = f.name;
            k.start = f.start;
            k.end = f.end;
            k.allowOverride = f.allowOverride;
            k.reason = planning::freezeReason(k, f.reason);
            summary.conflicts << k;
        }
    }
    if (windowed && !assets.isEmpty()) {
        auto windows = MaintenanceWindows::forAssets(m_store, actor.workspace.id, assets);
        if (!windows)
            return windows.error();
        QMap<QString, QList<MaintenanceWindow>> byAsset;
        for (const auto &w : *windows)
            byAsset[w.asset] << w;
        for (auto it = byAsset.cbegin(); it != byAsset.cend(); ++it) {
            if (MaintenanceWindows::covers(it.value(), start, end))
                continue;
            summary.conflicts << planning::maintenanceConflict(it.key(), it.value(), start, end);
        }
    }
    for (int n : dependsOn) {
        auto up = sql::loadChange(m_store, actor.workspace.id, n);
        if (!up)
            return up.error();
        const planning::Upstream u{up->number, up->title, up->status, up->plannedStart,
                                   up->plannedEnd};
        if (auto k = planning::dependencyConflict(u, windowed, start))
            summary.conflicts << *k;
    }
    return summary;
}

Result<QList<SimilarChange>> Planning::similar(const Actor &actor, int changeNumber,
                                               int limit) const
{
    auto self = sql::scalar(
        m_store, QStringLiteral("SELECT id FROM changes WHERE workspace_id = ? AND number = ?"),
        {actor.workspace.id, changeNumber});
    if (!self)
        return self.error();
    if (self->isNull())
        return Error::notFound(CoreText::tr("There is no change %1 in this workspace.")
                                   .arg(formatChangeNumber(changeNumber)),
                               {{QStringLiteral("number"), formatChangeNumber(changeNumber)}});
    const qint64 id = self->toLongLong();

    // What the change is about: its assets and its title words.
    QSet<qint64> myAssets;
    QSet<QString> myWords;
    {
        auto q = sql::run(m_store,
                          QStringLiteral("SELECT asset_id FROM change_assets WHERE change_id = ?"),
                          {id});
        if (!q)
            return q.error();
        while (q->next())
            myAssets.insert(q->value(0).toLongLong());
        auto w = sql::run(
            m_store, QStringLiteral("SELECT word FROM change_words WHERE change_id = ?"), {id});
        if (!w)
            return w.error();
        while (w->next())
            myWords.insert(w->value(0).toString());
    }
    return similarTo(actor, myAssets, myWords, id, limit);
}

Result<QList<SimilarChange>> Planning::similarFor(const Actor &actor, const QString &title,
                                                  const QStringList &assets, int limit) const
{
    // A draft's assets by name (unknown names match nothing), its title words as stored ones.
    QSet<qint64> myAssets;
    for (const QString &name : assets) {
        auto a = sql::scalar(
            m_store, QStringLiteral("SELECT id FROM assets WHERE workspace_id = ? AND name = ?"),
            {actor.workspace.id, name});
        if (!a)
            return a.error();
        if (!a->isNull())
            myAssets.insert(a->toLongLong());
    }
    return similarTo(actor, myAssets, titleWords(title), 0, limit);
}

Result<QList<SimilarChange>> Planning::similarTo(const Actor &actor, const QSet<qint64> &myAssets,
                                                 const QSet<QString> &myWords, qint64 id,
                                                 int limit) const
{
    // Candidates: the most recent changes of this workspace on each asset and with each word,
    // each an index range (change_assets_asset; the change_words primary key).
    constexpr int kPerKey = 100;
    QSet<qint64> candidates;
    for (qint64 a : myAssets) {
        auto byAsset =
            sql::run(m_store,
                     QStringLiteral("SELECT ca.change_id FROM change_assets ca JOIN changes c ON "
                                    "c.id = ca.change_id WHERE ca.asset_id = ? AND "
                                    "c.workspace_id = ? ORDER BY ca.change_id DESC LIMIT ?"),
                     {a, actor.workspace.id, kPerKey});
        if (!byAsset)
            return byAsset.error();
        while (byAsset->next())
            candidates.insert(byAsset->value(0).toLongLong());
    }
    for (const QString &w : myWords) {
        auto byWord = sql::run(m_store,
                               QStringLiteral("SELECT change_id FROM change_words WHERE "
                                              "workspace_id = ? AND word = ? ORDER BY change_id "
                                              "DESC LIMIT ?"),
                               {actor.workspace.id, w, kPerKey});
        if (!byWord)
            return byWord.error();
        while (byWord->next())
            candidates.insert(byWord->value(0).toLongLong());
    }
    candidates.remove(id);
    if (candidates.isEmpty())
        return QList<SimilarChange>();
    QStringList idList;
    for (qint64 c : candidates)
        idList << QString::number(c);
    const QString in = idList.join(QLatin1Char(','));

    QHash<qint64, QSet<qint64>> theirAssets;
    QHash<qint64, QSet<QString>> theirWords;
    {
        auto q = sql::run(
            m_store,
            QStringLiteral("SELECT change_id, asset_id FROM change_assets WHERE change_id IN (")
                + in + QLatin1Char(')'));
        if (!q)
            return q.error();
        while (q->next())
            theirAssets[q->value(0).toLongLong()].insert(q->value(1).toLongLong());
        auto w = sql::run(
            m_store, QStringLiteral("SELECT change_id, word FROM change_words WHERE change_id IN (")
                         + in + QLatin1Char(')'));
        if (!w)
            return w.error();
        while (w->next())
            theirWords[w->value(0).toLongLong()].insert(w->value(1).toString());
    }
    auto jaccardOf = [](const auto &a, const auto &b) {
        if (a.isEmpty() && b.isEmpty())
            return 0.0;
        int inter = 0;
        for (const auto &x : a)
            inter += b.contains(x) ? 1 : 0;
        return double(inter) / double(a.size() + b.size() - inter);
    };
    struct Scored {
        qint64 id;
        double score;
    };
    QList<Scored> ranked;
    for (qint64 c : candidates) {
        const double score = 0.6 * jaccardOf(myAssets, theirAssets.value(c))
                             + 0.4 * jaccardOf(myWords, theirWords.value(c));
        if (score > 0)
            ranked << Scored{c, score};
    }
    std::sort(ranked.begin(), ranked.end(), [](const Scored &x, const Scored &y) {
        return x.score != y.score ? x.score > y.score : x.id > y.id;
    });
    if (limit > 0 && ranked.size() > limit)
        ranked = ranked.mid(0, limit);
    if (ranked.isEmpty())
        return QList<SimilarChange>();

    // Details, shared asset names and approvers for the few that made the list.
    QStringList top;
    for (const auto &r : ranked)
        top << QString::number(r.id);
    const QString topIn = top.join(QLatin1Char(','));
    QHash<qint64, SimilarChange> details;
    auto q =
        sql::run(m_store,
                 QStringLiteral("SELECT id, number, title, status, closure_code, rollback_reason, "
                                "closed_at, rolled_back_at FROM changes WHERE workspace_id = ? AND "
                                "id IN (")
                     + topIn + QLatin1Char(')'),
                 {actor.workspace.id});
    if (!q)
        return q.error();
    while (q->next()) {
        SimilarChange s;
        s.number = q->value(1).toInt();
        s.title = q->value(2).toString();
        s.status = parseChangeStatus(q->value(3).toString()).value_or(ChangeStatus::Draft);
        if (!q->value(4).isNull())
            s.closureCode = parseClosureCode(q->value(4).toString());
        s.rollbackReason = q->value(5).toString();
        s.endedAt = Dialect::fromDb(q->value(6).isNull() ? q->value(7) : q->value(6));
        details.insert(q->value(0).toLongLong(), s);
    }
    QStringList mine;
    for (qint64 a : myAssets)
        mine << QString::number(a);
    auto names =
        sql::run(m_store, QStringLiteral(
                              "SELECT ca.change_id, a.name FROM change_assets ca JOIN assets a ON "
                              "a.id = ca.asset_id WHERE ca.change_id IN (")
                              + topIn + QStringLiteral(") AND ca.asset_id IN (")
                              + (mine.isEmpty() ? QStringLiteral("0") : mine.join(QLatin1Char(',')))
                              + QStringLiteral(") ORDER BY a.name"));
    if (!names)
        return names.error();
    while (names->next()) {
        auto it = details.find(names->value(0).toLongLong());
        if (it != details.end())
            it->sharedAssets << names->value(1).toString();
    }
    auto ap = sql::run(
        m_store, QStringLiteral("SELECT st.change_id, m.username FROM approval_decisions d "
                                "JOIN approval_steps st ON st.id = d.step_id JOIN members m ON "
                                "m.id = d.member_id WHERE d.approved = 1 AND st.change_id IN (")
                     + topIn + QStringLiteral(") ORDER BY d.decided_at"));
    if (!ap)
        return ap.error();
    while (ap->next()) {
        auto it = details.find(ap->value(0).toLongLong());
        if (it != details.end() && !it->approvers.contains(ap->value(1).toString()))
            it->approvers << ap->value(1).toString();
    }
    QList<SimilarChange> out;
    for (const auto &r : ranked) {
        if (!details.contains(r.id))
            continue; // not a change of this workspace
        SimilarChange s = details.value(r.id);
        s.score = r.score;
        out << s;
    }
    return out;
}

} // namespace vigilo
