// Planning::nextFreeSlot and Planning::calendar: the change calendar's core queries.
#include "Planning.h"

#include "Clock.h"
#include "Dialect.h"
#include "FreezeOverlap.h"
#include "ImpactGraph.h"
#include "InputRules.h"
#include "MaintenanceWindows.h"
#include "PlanningText.h"
#include "Rules.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"

#include <QHash>
#include <QMap>
#include <QTimeZone>

#include <algorithm>

namespace vigilo {

namespace {

constexpr qint64 kQuarterHour = 15 * 60;
constexpr int kMaxCalendarDays = 400;

// The next quarter hour at or after t: searches start on tidy times.
QDateTime roundUp(const QDateTime &t)
{
    const qint64 secs = t.toSecsSinceEpoch();
    const qint64 rounded = (secs + kQuarterHour - 1) / kQuarterHour * kQuarterHour;
    return QDateTime::fromSecsSinceEpoch(rounded, Qt::UTC);
}

struct Interval {
    QDateTime start;
    QDateTime end;
};

// Every occurrence of the weekly windows that overlaps [from, to), in UTC, by start. The same
// construction as MaintenanceWindows::covers, so both agree across DST changes.
QList<Interval> occurrences(const QList<MaintenanceWindow> &windows, const QDateTime &from,
                            const QDateTime &to)
{
    QList<Interval> out;
    for (const auto &w : windows) {
        const QTimeZone tz(w.timeZone);
        if (!tz.isValid())
            continue;
        const QDate first = from.toTimeZone(tz).date().addDays(-7);
        const QDate last = to.toTimeZone(tz).date().addDays(1);
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            if (day.dayOfWeek() != w.weekday)
                continue;
            const QDateTime s = QDateTime(day, w.start, tz).toUTC();
            const QDateTime e = s.addSecs(qint64(w.durationMinutes) * 60);
            if (s < to && e > from)
                out << Interval{s, e};
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Interval &a, const Interval &b) { return a.start < b.start; });
    return out;
}

} // namespace

QJsonObject FreeSlot::toJson() const
{
    return {{QStringLiteral("number"), formatChangeNumber(number)},
            {QStringLiteral("planned_start"), jsonTime(start)},
            {QStringLiteral("planned_end"), jsonTime(end)},
            {QStringLiteral("searched_from"), jsonTime(searchedFrom)},
            {QStringLiteral("searched_until"), jsonTime(searchedUntil)}};
}

Result<FreeSlot> Planning::nextFreeSlot(const Actor &actor, int changeNumber,
                                        const QDateTime &notBefore, int horizonDays) const
{
    return nextFreeSlotFor(actor, PlanningForm{}, changeNumber, notBefore, horizonDays);
}

Result<FreeSlot> Planning::nextFreeSlotFor(const Actor &caller, const PlanningForm &form,
                                           int changeNumber, const QDateTime &notBefore,
                                           int horizonDays) const
{
    auto current = sql::currentActor(m_store, caller, Permission::Read);
    if (!current)
        return current.error();
    const Actor &actor = *current;
    VIGILO_TRY(input::checkTime(QStringLiteral("after"), notBefore));
    if (horizonDays < 1 || horizonDays > 366)
        return Error::input(CoreText::tr("The search horizon must be between 1 and 366 days."),
                            {{QStringLiteral("field"), QStringLiteral("horizon_days")}});
    auto resolved = formChange(actor, form, changeNumber);
    if (!resolved)
        return resolved.error();
    const ChangeRequest &c = *resolved;
    const QList<ChangeStatus> movable = {ChangeStatus::Draft, ChangeStatus::Review,
                                         ChangeStatus::Approved, ChangeStatus::Scheduled};
    if (!movable.contains(c.status))
        return Error::rule(QStringLiteral("invalid_transition"),
                           CoreText::tr("%1 is %2: its planned window can no longer move, so there "
                                        "is no free slot to look for.")
                               .arg(c.numberText(), label(c.status)),
                           {{QStringLiteral("status"), toString(c.status)},
                            {QStringLiteral("action"), QStringLiteral("next_slot")}});
    if (!c.plannedStart.isValid() || !c.plannedEnd.isValid()) {
        if (c.number == 0)
            return Error::rule(QStringLiteral("planned_window_required"),
                               CoreText::tr("Give the change a planned window first: the next "
                                            "free slot keeps its length."),
                               {{QStringLiteral("field"), QStringLiteral("planned_start")}});
        return Error::rule(QStringLiteral("planned_window_required"),
                           CoreText::tr("%1 has no planned window yet. Give it one first: the next "
                                        "free slot keeps its length.")
                               .arg(c.numberText()));
    }
    if (form.affectedAssets) {
        VIGILO_TRY(knownAssets(actor, *form.affectedAssets));
    }
    const qint64 duration = c.plannedStart.secsTo(c.plannedEnd);
    const QDateTime now = m_clock.now();

    // The earliest start: not before `notBefore`, now, the lead time, or an upstream's end.
    QDateTime from = now;
    if (notBefore.isValid() && notBefore.toUTC() > from)
        from = notBefore.toUTC();
    // The lead time from a submission now (or the one the change had).
    if (const rules::LeadTime l = rules::leadTime(c, now); l.applies)
        from = std::max(from, l.earliestStart);
    from = roundUp(from);
    QList<int> deps;
    auto noSlot = [&](const QDateTime &searchFrom, const QDateTime &until, const QString &why) {
        QString message =
            c.number == 0
                ? CoreText::tr("There is no window of %1 minutes without conflicts starting "
                               "between %2 and %3.")
                      .arg(duration / 60)
                      .arg(planning::utcText(searchFrom), planning::utcText(until))
                : CoreText::tr("There is no window of %1 minutes without conflicts for %2 "
                               "starting between %3 and %4.")
                      .arg(duration / 60)
                      .arg(c.numberText(), planning::utcText(searchFrom), planning::utcText(until));
        if (!why.isEmpty())
            message += QLatin1Char(' ') + why;
        else
            message += QLatin1Char(' ')
                       + CoreText::tr("Shorten the change, search further ahead, or review the "
                                      "freeze and maintenance windows of its assets.");
        return Error::rule(
            QStringLiteral("no_free_slot"), message,
            {{QStringLiteral("number"), c.number > 0 ? QJsonValue(c.numberText()) : QJsonValue()},
             {QStringLiteral("duration_minutes"), duration / 60},
             {QStringLiteral("searched_from"), jsonTime(searchFrom)},
             {QStringLiteral("searched_until"), jsonTime(until)}});
    };
    for (const auto &d : c.dependencies) {
        deps << d.number;
        auto up = sql::loadChange(m_store, actor.workspace.id, d.number);
        if (!up)
            return up.error();
        const planning::Upstream u{up->number, up->title, up->status, up->plannedStart,
                                   up->plannedEnd};
        if (up->status == ChangeStatus::Completed || up->status == ChangeStatus::Cancelled)
            continue;
        if (isTerminal(up->status) || !up->plannedEnd.isValid()) {
            const auto k = planning::dependencyConflict(u, false, from);
            return noSlot(from, from.addDays(horizonDays), k ? k->reason : QString());
        }
        from = std::max(from, up->plannedEnd);
    }
    const QDateTime until = from.addDays(horizonDays); // the latest start
    const QDateTime searchEnd = until.addSecs(duration);

    // What blocks: active changes on a shared asset and freeze windows, in the search range.
    QList<Interval> blocks;
    auto longest = sql::scalar(
        m_store, QStringLiteral("SELECT longest_window_secs FROM workspaces WHERE id = ?"),
        {actor.workspace.id});
    if (!longest)
        return longest.error();
    if (!c.affectedAssets.isEmpty()) {
        QVariantList binds{actor.workspace.id, Dialect::toDb(searchEnd),
                           Dialect::toDb(from.addSecs(-longest->toLongLong() - 1)),
                           Dialect::toDb(from), c.id};
        for (const QString &a : c.affectedAssets)
            binds << a;
        auto q = sql::run(
            m_store,
            QStringLiteral("SELECT DISTINCT c.planned_start, c.planned_end FROM changes c JOIN "
                           "change_assets ca ON ca.change_id = c.id JOIN assets a ON a.id = "
                           "ca.asset_id WHERE c.workspace_id = ? AND c.planned_start < ? AND "
                           "c.planned_start >= ? AND c.planned_end > ? AND c.id <> ? AND "
                           "c.status IN ")
                + planning::activeStatusesSql() + QStringLiteral(" AND a.name IN (")
                + planning::placeholders(int(c.affectedAssets.size())) + QStringLiteral(")"),
            binds);
        if (!q)
            return q.error();
        while (q->next())
            blocks << Interval{Dialect::fromDb(q->value(0)), Dialect::fromDb(q->value(1))};
    }
    auto f = planning::freezesOverlapping(m_store, actor.workspace.id, from, searchEnd,
                                          c.affectedAssets);
    if (!f)
        return f.error();
    for (const FreezeWindow &w : *f)
        blocks << Interval{w.start, w.end};

    // Where it may go: inside one occurrence of a maintenance window, for each asset with some.
    QList<QList<Interval>> allowed;
    if (!c.affectedAssets.isEmpty()) {
        auto windows = MaintenanceWindows::forAssets(m_store, actor.workspace.id, c.affectedAssets);
        if (!windows)
            return windows.error();
        QMap<QString, QList<MaintenanceWindow>> byAsset;
        for (const auto &w : *windows)
            byAsset[w.asset] << w;
        for (const auto &list : std::as_const(byAsset)) {
            bool longEnough = false;
            for (const MaintenanceWindow &w : list)
                longEnough = longEnough || qint64(w.durationMinutes) * 60 >= duration;
            if (!longEnough)
                return noSlot(from, until,
                              CoreText::tr("No maintenance window of %1 is long enough for it.")
                                  .arg(list.first().asset));
            QList<Interval> fitting;
            for (const Interval &o : occurrences(list, from, searchEnd))
                if (o.start.secsTo(o.end) >= duration)
                    fitting << o;
            allowed << fitting; // may be empty: none opens within the horizon
        }
    }

    // Jump from boundary to boundary: past a blocking window's end, or to the opening of the
    // next maintenance window that fits. Each step only moves forward.
    QDateTime t = from;
    for (int guard = 0; guard < 100000 && t <= until; ++guard) {
        const QDateTime end = t.addSecs(duration);
        QDateTime past;
        for (const Interval &b : std::as_const(blocks))
            if (b.start < end && b.end > t && (!past.isValid() || b.end > past))
                past = b.end;
        if (past.isValid()) {
            t = past;
            continue;
        }
        bool moved = false;
        for (const QList<Interval> &fitting : std::as_const(allowed)) {
            QDateTime candidate;
            for (const Interval &o : fitting) {
                if (o.end.addSecs(-duration) < t)
                    continue; // ends too soon for a start at t or later
                candidate = std::max(t, o.start);
                break; // sorted by start: the first that fits is the earliest
            }
            if (!candidate.isValid())
                return noSlot(from, until, {});
            if (candidate > t) {
                t = candidate;
                moved = true;
                break;
            }
        }
        if (moved)
            continue;
        // The conflicts summary has the last word: the slot is free when it says so.
        auto summary = conflictsFor(actor, t, end, c.affectedAssets, c.id, deps);
        if (!summary)
            return summary.error();
        if (summary->isEmpty())
            return FreeSlot{c.number, t, end, from, until};
        QDateTime next = t.addSecs(kQuarterHour);
        for (const Conflict &k : summary->conflicts)
            if ((k.kind == QLatin1String("change") || k.kind == QLatin1String("freeze"))
                && k.end > next)
                next = k.end;
        t = next;
    }
    return noSlot(from, until, {});
}

Result<CalendarRange> Planning::calendar(const Actor &caller, const QDateTime &fromIn,
                                         const QDateTime &toIn,
                                         const CalendarOptions &options) const
{
    // Errors name the field to correct (calendar.range passes them on).
    const auto field = [](const char *name) {
        return QJsonObject{{QStringLiteral("field"), QLatin1String(name)}};
    };
    if (!fromIn.isValid())
        return Error::input(CoreText::tr("A calendar range needs a start (from)."), field("from"));
    if (!toIn.isValid() || toIn <= fromIn)
        return Error::input(
            CoreText::tr("The end of a calendar range (to) must be after its start (from)."),
            field("to"));
    VIGILO_TRY(input::checkTime(QStringLiteral("from"), fromIn));
    VIGILO_TRY(input::checkTime(QStringLiteral("to"), toIn));
    if (fromIn.daysTo(toIn) > kMaxCalendarDays)
        return Error::input(
            CoreText::tr("The end of a calendar range (to) is at most %1 days after its start.")
                .arg(kMaxCalendarDays),
            field("to"));
    auto current = sql::currentActor(m_store, caller, Permission::Read);
    if (!current)
        return current.error();
    const Actor &actor = *current;
    CalendarRange out;
    out.from = fromIn.toUTC();
    out.to = toIn.toUTC();

    auto assets = sql::run(m_store,
                           QStringLiteral("SELECT id, name, kind, created_at FROM assets WHERE "
                                          "workspace_id = ? ORDER BY name"),
                           {actor.workspace.id});
    if (!assets)
        return assets.error();
    while (assets->next()) {
        Asset a;
        a.id = assets->value(0).toLongLong();
        a.workspaceId = actor.workspace.id;
        a.name = assets->value(1).toString();
        a.kind = assets->value(2).toString();
        a.createdAt = Dialect::fromDb(assets->value(3));
        out.assets << a;
    }

    // Changes that could overlap one in the range: windows overlapping the range widened by the
    // longest window on each side, an index range on (workspace_id, planned_start).
    auto longestValue = sql::scalar(
        m_store, QStringLiteral("SELECT longest_window_secs FROM workspaces WHERE id = ?"),
        {actor.workspace.id});
    if (!longestValue)
        return longestValue.error();
    const qint64 longest = longestValue->toLongLong();
    const QDateTime wideFrom = out.from.addSecs(-longest);
    const QDateTime wideTo = out.to.addSecs(longest);
    const QString inRange =
        QStringLiteral(" c.workspace_id = ? AND c.planned_start < ? AND c.planned_start >= ? "
                       "AND c.planned_end > ? AND c.status NOT IN ('cancelled', 'rejected')");
    const QVariantList rangeBinds{actor.workspace.id, Dialect::toDb(wideTo),
                                  Dialect::toDb(wideFrom.addSecs(-longest - 1)),
                                  Dialect::toDb(wideFrom)};
    QList<CalendarChange> wide;
    QHash<qint64, int> indexOf;
    auto q = sql::run(
        m_store,
        QStringLiteral("SELECT c.id, c.number, c.title, c.status, c.change_type, c.priority, "
                       "c.planned_start, c.planned_end, ma.username, c.version FROM changes c "
                       "LEFT JOIN members ma ON ma.id = c.assignee_id WHERE")
            + inRange + QStringLiteral(" ORDER BY c.planned_start, c.number"),
        rangeBinds);
    if (!q)
        return q.error();
    while (q->next()) {
        CalendarChange k;
        k.id = q->value(0).toLongLong();
        k.number = q->value(1).toInt();
        k.title = q->value(2).toString();
        k.status = parseChangeStatus(q->value(3).toString()).value_or(ChangeStatus::Draft);
        k.changeType = parseChangeType(q->value(4).toString()).value_or(ChangeType::Normal);
        k.priority = parsePriority(q->value(5).toString()).value_or(Priority::Medium);
        k.start = Dialect::fromDb(q->value(6));
        k.end = Dialect::fromDb(q->value(7));
        k.assignee = q->value(8).toString();
        k.version = q->value(9).toInt();
        indexOf.insert(k.id, int(wide.size()));
        wide << k;
    }
    auto a =
        sql::run(m_store,
                 QStringLiteral("SELECT c.id, a.name FROM changes c JOIN change_assets ca ON "
                                "ca.change_id = c.id JOIN assets a ON a.id = ca.asset_id WHERE")
                     + inRange + QStringLiteral(" ORDER BY a.name"),
                 rangeBinds);
    if (!a)
        return a.error();
    while (a->next())
        if (auto it = indexOf.constFind(a->value(0).toLongLong()); it != indexOf.cend())
            wide[*it].assets << a->value(1).toString();
    QHash<qint64, QList<planning::Upstream>> upstreams;
    auto d = sql::run(
        m_store,
        QStringLiteral("SELECT c.id, u.number, u.title, u.status, u.planned_start, "
                       "u.planned_end FROM changes c JOIN change_dependencies cd ON "
                       "cd.change_id = c.id JOIN changes u ON u.id = cd.depends_on_id WHERE")
            + inRange + QStringLiteral(" ORDER BY u.number"),
        rangeBinds);
    if (!d)
        return d.error();
    while (d->next()) {
        const qint64 id = d->value(0).toLongLong();
        planning::Upstream u{
            d->value(1).toInt(), d->value(2).toString(),
            parseChangeStatus(d->value(3).toString()).value_or(ChangeStatus::Draft),
            Dialect::fromDb(d->value(4)), Dialect::fromDb(d->value(5))};
        upstreams[id] << u;
        if (auto it = indexOf.constFind(id); it != indexOf.cend())
            wide[*it].dependsOn << u.number;
    }

    // Freeze windows (with their assets and reasons) overlapping the widened range.
    auto freezeRows =
        planning::freezesOverlapping(m_store, actor.workspace.id, wideFrom, wideTo, std::nullopt);
    if (!freezeRows)
        return freezeRows.error();
    const QList<FreezeWindow> freezes = *freezeRows;

    // Maintenance windows of every asset, and their occurrences in the range.
    auto windows = MaintenanceWindows::forAssets(m_store, actor.workspace.id, {});
    if (!windows)
        return windows.error();
    QMap<QString, QList<MaintenanceWindow>> windowsOf;
    for (const auto &w : *windows)
        windowsOf[w.asset] << w;
    for (auto it = windowsOf.cbegin(); it != windowsOf.cend(); ++it) {
        QStringList described;
        for (const auto &w : it.value())
            described << w.describe();
        for (const Interval &o : occurrences(it.value(), out.from, out.to))
            out.maintenance << MaintenanceOccurrence{it.key(), o.start, o.end,
                                                     described.join(QStringLiteral("; "))};
    }

    // The relationship graph, in memory (kept per connection), for indirect conflicts and
    // service rows: every change in the range walks it, as Planning::conflicts() walks it for one
    // change.
    impact::Walker walker(m_store);
    VIGILO_TRY(walker.load(actor.workspace.id));
    QHash<QString, qint64> assetIdOf;
    QHash<qint64, impact::AssetInfo> assetNames;
    for (const Asset &x : std::as_const(out.assets)) {
        assetIdOf.insert(x.name, x.id);
        assetNames[x.id].name = x.name;
    }
    QHash<qint64, QSet<qint64>> excludedOf; // change id -> its impact exclusions
    auto x = sql::run(m_store,
                      QStringLiteral("SELECT c.id, e.asset_id FROM changes c JOIN "
                                     "impact_exclusions e ON e.change_id = c.id WHERE")
                          + inRange,
                      rangeBinds);
    if (!x)
        return x.error();
    while (x->next())
        excludedOf[x->value(0).toLongLong()].insert(x->value(1).toLongLong());
    auto rootsOf = [&](const CalendarChange &k) {
        QList<qint64> ids;
        for (const QString &name : k.assets)
            ids << assetIdOf.value(name);
        return ids;
    };
    QSet<qint64> serviceIds;
    if (options.services) {
        auto sv = sql::run(m_store,
                           QStringLiteral("SELECT DISTINCT to_asset_id FROM asset_relations WHERE "
                                          "workspace_id = ? AND kind = 'part_of'"),
                           {actor.workspace.id});
        if (!sv)
            return sv.error();
        while (sv->next())
            serviceIds.insert(sv->value(0).toLongLong());
    }
    QMap<QString, ServiceRow> serviceRows;

    // Active changes per asset, by start (wide is sorted by start): overlap search per change.
    QHash<QString, QList<int>> activeOn;
    for (int i = 0; i < wide.size(); ++i)
        if (isActive(wide[i].status))
            for (const QString &name : std::as_const(wide[i].assets))
                activeOn[name] << i;

    for (int i = 0; i < wide.size(); ++i) {
        CalendarChange k = wide[i];
        if (!rules::windowsOverlap(k.start, k.end, out.from, out.to))
            continue;
        if (!isTerminal(k.status)) {
            // The same checks, in the same order, as Planning::conflictsFor.
            QMap<std::pair<QDateTime, int>, Conflict> byOther;
            const QDateTime lowest = k.start.addSecs(-longest - 1);
            for (const QString &name : std::as_const(k.assets)) {
                const QList<int> &list = activeOn.value(name);
                auto it = std::lower_bound(
                    list.cbegin(), list.cend(), lowest,
                    [&](int idx, const QDateTime &t) { return wide[idx].start < t; });
                for (; it != list.cend() && wide[*it].start < k.end; ++it) {
                    const CalendarChange &o = wide[*it];
                    if (o.id == k.id || o.end <= k.start)
                        continue;
                    Conflict &c = byOther[{o.start, o.number}];
                    if (c.kind.isEmpty()) {
                        c.kind = QStringLiteral("change");
                        c.number = o.number;
                        c.title = o.title;
                        c.status = toString(o.status);
                        c.start = o.start;
                        c.end = o.end;
                    }
                    c.sharedAssets << name;
                }
            }
            for (Conflict c : std::as_const(byOther)) {
                c.reason = planning::changeReason(c);
                k.conflicts << c;
            }
            if (!k.assets.isEmpty()) {
                const QSet<qint64> blocked = excludedOf.value(k.id);
                const QList<qint64> roots = rootsOf(k);
                auto affects = walker.walk(roots, impact::Direction::Affects,
                                           ImpactLimits::kDefaultDepth, blocked);
                if (!affects)
                    return affects.error();
                auto relies =
                    walker.walk(roots, impact::Direction::ReliesOn, ImpactLimits::kDefaultDepth);
                if (!relies)
                    return relies.error();
                if (affects->order.size() > roots.size() || relies->order.size() > roots.size()) {
                    QList<planning::Overlapping> others;
                    for (const CalendarChange &o : std::as_const(wide)) {
                        if (o.id == k.id || !isActive(o.status)
                            || !rules::windowsOverlap(o.start, o.end, k.start, k.end))
                            continue;
                        others << planning::Overlapping{o.number, o.title, toString(o.status),
                                                        o.start,  o.end,   rootsOf(o)};
                    }
                    k.conflicts << planning::indirectConflicts(*affects, *relies, blocked, others,
                                                               assetNames);
                }
            }
            for (const FreezeWindow &w : std::as_const(freezes)) {
                if (!rules::windowsOverlap(w.start, w.end, k.start, k.end)
                    || !planning::freezeApplies(w, k.assets))
                    continue;
                Conflict c;
                c.kind = QStringLiteral("freeze");
                c.freezeId = w.id;
                c.title = w.name;
                c.start = w.start;
                c.end = w.end;
                c.allowOverride = w.allowOverride;
                c.reason = planning::freezeReason(c, w.reason);
                k.conflicts << c;
            }
            for (const QString &name : std::as_const(k.assets)) {
                const auto it = windowsOf.constFind(name);
                if (it != windowsOf.cend()
                    && !MaintenanceWindows::covers(it.value(), k.start, k.end))
                    k.conflicts << planning::maintenanceConflict(name, it.value(), k.start, k.end);
            }
            for (const planning::Upstream &u : upstreams.value(k.id))
                if (auto c = planning::dependencyConflict(u, true, k.start))
                    k.conflicts << *c;
        }
        if (options.services && !serviceIds.isEmpty() && !k.assets.isEmpty()) {
            const QSet<qint64> blocked = excludedOf.value(k.id);
            auto affects = walker.walk(rootsOf(k), impact::Direction::Affects,
                                       ImpactLimits::kDefaultDepth, blocked);
            if (!affects)
                return affects.error();
            for (qint64 id : std::as_const(affects->order)) {
                if (!serviceIds.contains(id) || (blocked.contains(id)))
                    continue;
                qint64 root = id;
                while (affects->reached.value(root).depth > 0)
                    root = affects->reached.value(root).parent;
                ServiceRow &row = serviceRows[assetNames.value(id).name];
                row.service = assetNames.value(id).name;
                row.changes << ServiceChange{
                    k.number, assetNames.value(root).name,
                    impact::explain(*affects, id, impact::Direction::Affects, assetNames)};
            }
        }
        out.changes << k;
    }
    out.services = serviceRows.values();
    for (const FreezeWindow &w : std::as_const(freezes))
        if (rules::windowsOverlap(w.start, w.end, out.from, out.to))
            out.freezes << w;
    return out;
}

} // namespace vigilo
