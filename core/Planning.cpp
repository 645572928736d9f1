#include "Planning.h"

#include "Clock.h"
#include "Dialect.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace vigilo {

namespace {

QString fmt(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")); }

QString placeholders(int n)
{
    QStringList p;
    for (int i = 0; i < n; ++i)
        p << QStringLiteral("?");
    return p.join(QStringLiteral(", "));
}

QSet<QString> titleWords(const QString &title)
{
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QSet<QString> out;
    for (const QString &w : title.toLower().split(split, Qt::SkipEmptyParts))
        if (w.size() >= 3)
            out.insert(w);
    return out;
}

double jaccard(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 0;
    const int inter = QSet<QString>(a).intersect(b).size();
    return double(inter) / double(QSet<QString>(a).unite(b).size());
}

} // namespace

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

QJsonObject SimilarChange::toJson() const
{
    return {{QStringLiteral("number"), formatChangeNumber(number)},
            {QStringLiteral("title"), title},
            {QStringLiteral("status"), toString(status)},
            {QStringLiteral("closure_code"),
             closureCode ? QJsonValue(toString(*closureCode)) : QJsonValue()},
            {QStringLiteral("rollback_reason"), rollbackReason},
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
        QVariantList binds{actor.workspace.id};
        for (const QString &a : assets)
            binds << a;
        binds << excludeChangeId << Dialect::toDb(end) << Dialect::toDb(start);
        auto q = sql::run(
            m_store,
            QStringLiteral("SELECT c.number, c.title, c.status, c.planned_start, c.planned_end, "
                           "a.name FROM assets a JOIN change_assets ca ON ca.asset_id = a.id "
                           "JOIN changes c ON c.id = ca.change_id WHERE a.workspace_id = ? AND "
                           "a.name IN (")
                + placeholders(int(assets.size()))
                + QStringLiteral(") AND c.id <> ? AND c.status IN ('review', 'approved', "
                                 "'scheduled', 'in_progress') AND c.planned_start < ? AND "
                                 "c.planned_end > ? ORDER BY c.planned_start, c.number, a.name"),
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
            k.reason = CoreText::tr("%1 (%2) works on %3 from %4 to %5, overlapping this window.")
                           .arg(formatChangeNumber(k.number),
                                label(parseChangeStatus(k.status).value_or(ChangeStatus::Review)),
                                k.sharedAssets.join(QStringLiteral(", ")), fmt(k.start), fmt(k.end));
    }
    if (windowed) {
        QVariantList binds{actor.workspace.id, Dialect::toDb(end), Dialect::toDb(start)};
        QString assetClause = QStringLiteral("NOT EXISTS (SELECT 1 FROM freeze_window_assets fa "
                                             "WHERE fa.freeze_id = f.id)");
        if (!assets.isEmpty()) {
            assetClause += QStringLiteral(" OR EXISTS (SELECT 1 FROM freeze_window_assets fa JOIN "
                                          "assets a ON a.id = fa.asset_id WHERE fa.freeze_id = f.id "
                                          "AND a.name IN (")
                           + placeholders(int(assets.size())) + QStringLiteral("))");
            for (const QString &a : assets)
                binds << a;
        }
        auto q = sql::run(m_store,
                          QStringLiteral("SELECT f.id, f.name, f.start_at, f.end_at, f.reason, "
                                         "f.allow_override FROM freeze_windows f WHERE "
                                         "f.workspace_id = ? AND f.start_at < ? AND f.end_at > ? "
                                         "AND (")
                              + assetClause + QStringLiteral(") ORDER BY f.start_at"),
                          binds);
        if (!q)
            return q.error();
        while (q->next()) {
            Conflict k;
            k.kind = QStringLiteral("freeze");
            k.freezeId = q->value(0).toLongLong();
            k.title = q->value(1).toString();
            k.start = Dialect::fromDb(q->value(2));
            k.end = Dialect::fromDb(q->value(3));
            k.allowOverride = q->value(5).toInt() != 0;
            const QString why = q->value(4).toString();
            k.reason = (k.allowOverride
                            ? CoreText::tr("Freeze window \"%1\" (%2 to %3) covers this window; an "
                                           "admin may override it with a justification.")
                            : CoreText::tr("Freeze window \"%1\" (%2 to %3) covers this window and "
                                           "cannot be overridden."))
                           .arg(k.title, fmt(k.start), fmt(k.end));
            if (!why.isEmpty())
                k.reason += QLatin1Char(' ') + CoreText::tr("Reason: %1").arg(why);
            summary.conflicts << k;
        }
    }
    for (int n : dependsOn) {
        auto up = sql::loadChange(m_store, actor.workspace.id, n);
        if (!up)
            return up.error();
        if (up->status == ChangeStatus::Completed || up->status == ChangeStatus::Cancelled)
            continue;
        Conflict k;
        k.kind = QStringLiteral("dependency");
        k.number = up->number;
        k.title = up->title;
        k.status = toString(up->status);
        k.start = up->plannedStart;
        k.end = up->plannedEnd;
        if (isTerminal(up->status))
            k.reason = CoreText::tr("This change depends on %1, which ended %2: it will never "
                                    "complete, so this change cannot start.")
                           .arg(up->numberText(), label(up->status));
        else if (!up->plannedEnd.isValid())
            k.reason = CoreText::tr("This change depends on %1 (%2), which has no planned window "
                                    "yet.")
                           .arg(up->numberText(), label(up->status));
        else if (windowed && up->plannedEnd > start)
            k.reason = CoreText::tr("This change depends on %1 (%2), which is planned to end at "
                                    "%3, after this change starts.")
                           .arg(up->numberText(), label(up->status), fmt(up->plannedEnd));
        else
            continue;
        summary.conflicts << k;
    }
    return summary;
}

Result<QList<SimilarChange>> Planning::similar(const Actor &actor, int changeNumber, int limit) const
{
    auto c = sql::loadChange(m_store, actor.workspace.id, changeNumber);
    if (!c)
        return c.error();
    const QSet<QString> words = titleWords(c->title);
    const QSet<QString> assets(c->affectedAssets.begin(), c->affectedAssets.end());

    // Candidates: changes sharing an asset, and changes sharing the title's longest word.
    QHash<qint64, SimilarChange> candidates;
    QHash<qint64, QSet<QString>> candidateAssets;
    QHash<qint64, QString> candidateTitles;
    auto collect = [&](QSqlQuery &q) {
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            SimilarChange &s = candidates[id];
            s.number = q.value(1).toInt();
            s.title = q.value(2).toString();
            s.status = parseChangeStatus(q.value(3).toString()).value_or(ChangeStatus::Draft);
            if (!q.value(4).isNull())
                s.closureCode = parseClosureCode(q.value(4).toString());
            s.rollbackReason = q.value(5).toString();
        }
    };
    const QString cols = QStringLiteral("SELECT DISTINCT c.id, c.number, c.title, c.status, "
                                        "c.closure_code, c.rollback_reason FROM changes c ");
    if (!assets.isEmpty()) {
        QVariantList binds{c->id};
        for (const QString &a : c->affectedAssets)
            binds << a;
        binds << actor.workspace.id;
        auto q = sql::run(m_store,
                          cols + QStringLiteral("JOIN change_assets ca ON ca.change_id = c.id JOIN "
                                                "assets a ON a.id = ca.asset_id WHERE c.id <> ? AND "
                                                "a.name IN (")
                              + placeholders(int(assets.size()))
                              + QStringLiteral(") AND c.workspace_id = ? ORDER BY c.number DESC "
                                               "LIMIT 500"),
                          binds);
        if (!q)
            return q.error();
        collect(*q);
    }
    if (!words.isEmpty()) {
        QString longest;
        for (const QString &w : words)
            if (w.size() > longest.size() || (w.size() == longest.size() && w < longest))
                longest = w;
        auto q = sql::run(m_store,
                          cols + QStringLiteral("WHERE c.workspace_id = ? AND c.id <> ? AND "
                                                "lower(c.title) LIKE ? ORDER BY c.number DESC LIMIT 500"),
                          {actor.workspace.id, c->id, QString(QLatin1Char('%') + longest + QLatin1Char('%'))});
        if (!q)
            return q.error();
        collect(*q);
    }
    if (candidates.isEmpty())
        return QList<SimilarChange>();

    QStringList ids;
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it)
        ids << QString::number(it.key());
    auto a = sql::run(m_store,
                      QStringLiteral("SELECT ca.change_id, a.name FROM change_assets ca JOIN assets a "
                                     "ON a.id = ca.asset_id WHERE ca.change_id IN (")
                          + ids.join(QLatin1Char(',')) + QStringLiteral(")"));
    if (!a)
        return a.error();
    while (a->next())
        candidateAssets[a->value(0).toLongLong()].insert(a->value(1).toString());

    QList<SimilarChange> ranked;
    QHash<int, qint64> idOfNumber;
    for (auto it = candidates.begin(); it != candidates.end(); ++it) {
        SimilarChange s = it.value();
        const QSet<QString> &theirs = candidateAssets.value(it.key());
        const double assetScore = jaccard(assets, theirs);
        const double titleScore = jaccard(words, titleWords(s.title));
        s.score = 0.6 * assetScore + 0.4 * titleScore;
        if (s.score <= 0)
            continue;
        QStringList shared = QSet<QString>(assets).intersect(theirs).values();
        shared.sort();
        s.sharedAssets = shared;
        idOfNumber.insert(s.number, it.key());
        ranked << s;
    }
    std::sort(ranked.begin(), ranked.end(), [](const SimilarChange &x, const SimilarChange &y) {
        return x.score != y.score ? x.score > y.score : x.number > y.number;
    });
    if (limit > 0 && ranked.size() > limit)
        ranked = ranked.mid(0, limit);
    if (ranked.isEmpty())
        return ranked;
    QStringList top;
    for (const auto &s : ranked)
        top << QString::number(idOfNumber.value(s.number));
    auto ap = sql::run(m_store,
                       QStringLiteral("SELECT st.change_id, m.username FROM approval_decisions d "
                                      "JOIN approval_steps st ON st.id = d.step_id JOIN members m ON "
                                      "m.id = d.member_id WHERE d.approved = 1 AND st.change_id IN (")
                           + top.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY d.decided_at"));
    if (!ap)
        return ap.error();
    while (ap->next()) {
        const qint64 id = ap->value(0).toLongLong();
        for (auto &s : ranked)
            if (idOfNumber.value(s.number) == id && !s.approvers.contains(ap->value(1).toString()))
                s.approvers << ap->value(1).toString();
    }
    return ranked;
}

} // namespace vigilo
