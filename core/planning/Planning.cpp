#include "Planning.h"

#include "Clock.h"
#include "Dialect.h"
#include "FreezeOverlap.h"
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

QString placeholders(int n)
{
    QStringList p;
    for (int i = 0; i < n; ++i)
        p << QStringLiteral("?");
    return p.join(QStringLiteral(", "));
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
        k.reason = CoreText::tr("This change depends on %1, which ended %2: it will never "
                                "complete, so this change cannot start.")
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

Result<ConflictSummary> Planning::conflicts(const Actor &actor, int changeNumber) const
{
    auto c = sql::loadChange(m_store, actor.workspace.id, changeNumber);
    if (!c)
        return c.error();
    QList<int> deps;
    for (const auto &d : c->dependencies)
        deps << d.number;
    return conflictsFor(actor, c->plannedStart, c->plannedEnd, c->affectedAssets, c->id, deps);
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
                + placeholders(int(assets.size()))
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

    // Candidates: the most recent changes on each asset and with each word, each an index range.
    constexpr int kPerKey = 100;
    QSet<qint64> candidates;
    {
        QSqlQuery byAsset =
            m_store.prepare(QStringLiteral("SELECT change_id FROM change_assets WHERE asset_id = ? "
                                           "ORDER BY change_id DESC LIMIT ?"));
        for (qint64 a : myAssets) {
            byAsset.bindValue(0, a);
            byAsset.bindValue(1, kPerKey);
            VIGILO_TRY(m_store.exec(byAsset));
            while (byAsset.next())
                candidates.insert(byAsset.value(0).toLongLong());
        }
        QSqlQuery byWord = m_store.prepare(QStringLiteral(
            "SELECT change_id FROM change_words WHERE word = ? ORDER BY change_id DESC LIMIT ?"));
        for (const QString &w : myWords) {
            byWord.bindValue(0, w);
            byWord.bindValue(1, kPerKey);
            VIGILO_TRY(m_store.exec(byWord));
            while (byWord.next())
                candidates.insert(byWord.value(0).toLongLong());
        }
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
    auto q = sql::run(
        m_store, QStringLiteral("SELECT id, number, title, status, closure_code, rollback_reason, "
                                "closed_at, rolled_back_at FROM changes WHERE id IN (")
                     + topIn + QLatin1Char(')'));
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
        SimilarChange s = details.value(r.id);
        s.score = r.score;
        out << s;
    }
    return out;
}

} // namespace vigilo
