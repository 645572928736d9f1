#include "Impact.h"

#include "AuditLog.h"
#include "ChangeService.h"
#include "Clock.h"
#include "Dialect.h"
#include "ImpactGraph.h"
#include "InputRules.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "WriteScope.h"

#include <QJsonArray>

#include <algorithm>

namespace vigilo {

namespace {

constexpr int kMaxReason = 2000;

int severity(Criticality c)
{
    return int(c);
}

struct Phrase {
    const char *first; // "%1 depends on %2"
    const char *next;  // ", which depends on %1"
};

// The phrase for one step read from `a` (the side that relies on the other) to `b`.
Phrase phraseFor(const ImpactStep &step, const QString &a)
{
    const bool forward = step.from == a;
    switch (step.kind) {
    case RelationKind::DependsOn:
        return forward ? Phrase{QT_TRANSLATE_NOOP("Vigilo", "%1 depends on %2"),
                                QT_TRANSLATE_NOOP("Vigilo", ", which depends on %1")}
                       : Phrase{QT_TRANSLATE_NOOP("Vigilo", "%1 is needed by %2"),
                                QT_TRANSLATE_NOOP("Vigilo", ", which is needed by %1")};
    case RelationKind::RunsOn:
        return forward ? Phrase{QT_TRANSLATE_NOOP("Vigilo", "%1 runs on %2"),
                                QT_TRANSLATE_NOOP("Vigilo", ", which runs on %1")}
                       : Phrase{QT_TRANSLATE_NOOP("Vigilo", "%1 hosts %2"),
                                QT_TRANSLATE_NOOP("Vigilo", ", which hosts %1")};
    case RelationKind::PartOf:
        return forward ? Phrase{QT_TRANSLATE_NOOP("Vigilo", "%1 is part of %2"),
                                QT_TRANSLATE_NOOP("Vigilo", ", which is part of %1")}
                       : Phrase{QT_TRANSLATE_NOOP("Vigilo", "%1 includes %2"),
                                QT_TRANSLATE_NOOP("Vigilo", ", which includes %1")};
    }
    return {"", ""};
}

Result<QList<ImpactExclusion>> exclusionsOf(Store &store, qint64 changeId,
                                            QHash<qint64, int> *indexByAsset)
{
    auto q = sql::run(
        store,
        QStringLiteral("SELECT e.asset_id, a.name, e.reason, m.username, e.excluded_at FROM "
                       "impact_exclusions e JOIN assets a ON a.id = e.asset_id JOIN members m ON "
                       "m.id = e.excluded_by_id WHERE e.change_id = ? ORDER BY a.name"),
        {changeId});
    if (!q)
        return q.error();
    QList<ImpactExclusion> out;
    while (q->next()) {
        if (indexByAsset)
            indexByAsset->insert(q->value(0).toLongLong(), int(out.size()));
        out << ImpactExclusion{q->value(1).toString(), q->value(2).toString(),
                               q->value(3).toString(), Dialect::fromDb(q->value(4))};
    }
    return out;
}

// Whether the change can still be curated: the statuses in which it can be edited.
Status checkEditable(const ChangeRequest &c)
{
    if (ChangeService::editableStatuses().contains(c.status))
        return {};
    return Error::rule(QStringLiteral("invalid_transition"),
                       CoreText::tr("%1 is %2: its impact can no longer be curated. Exclusions "
                                    "can be changed while a change is a draft, in review, "
                                    "approved or scheduled.")
                           .arg(c.numberText(), label(c.status)),
                       {{QStringLiteral("status"), toString(c.status)},
                        {QStringLiteral("action"), QStringLiteral("impact.exclude")}});
}

} // namespace

QJsonObject ImpactStep::toJson() const
{
    return {{QStringLiteral("from"), from},
            {QStringLiteral("kind"), toString(kind)},
            {QStringLiteral("to"), to}};
}

QJsonObject ImpactItem::toJson() const
{
    QJsonArray p;
    for (const ImpactStep &s : path)
        p.append(s.toJson());
    QJsonObject o{{QStringLiteral("asset"), asset},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("owner"), owner},
                  {QStringLiteral("criticality"), toString(criticality)},
                  {QStringLiteral("depth"), depth},
                  {QStringLiteral("touched"), touched()},
                  {QStringLiteral("path"), p},
                  {QStringLiteral("explanation"), explanation},
                  {QStringLiteral("excluded"), excluded}};
    if (excluded) {
        o.insert(QStringLiteral("excluded_reason"), excludedReason);
        o.insert(QStringLiteral("excluded_by"), excludedBy);
        o.insert(QStringLiteral("excluded_at"), jsonTime(excludedAt));
    }
    return o;
}

QJsonObject ImpactExclusion::toJson() const
{
    return {{QStringLiteral("asset"), asset},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("excluded_by"), excludedBy},
            {QStringLiteral("excluded_at"), jsonTime(excludedAt)}};
}

QString ImpactReport::moreText() const
{
    if (omitted == 0 && !depthLimited)
        return {};
    if (omitted == 0)
        return CoreText::tr("more assets may be affected further than %1 steps away")
            .arg(limits.maxDepth);
    if (depthLimited)
        return CoreText::tr("and at least %n more (the analysis stops %1 steps away)", nullptr,
                            omitted)
            .arg(limits.maxDepth);
    return CoreText::tr("and %n more", nullptr, omitted);
}

QJsonObject ImpactReport::toJson() const
{
    QJsonArray t, a, e;
    for (const ImpactItem &i : touched)
        t.append(i.toJson());
    for (const ImpactItem &i : affected)
        a.append(i.toJson());
    for (const ImpactExclusion &x : exclusions)
        e.append(x.toJson());
    return {{QStringLiteral("number"), formatChangeNumber(number)},
            {QStringLiteral("max_depth"), limits.maxDepth},
            {QStringLiteral("max_items"), limits.maxItems},
            {QStringLiteral("touched"), t},
            {QStringLiteral("affected"), a},
            {QStringLiteral("omitted"), omitted},
            {QStringLiteral("depth_limited"), depthLimited},
            {QStringLiteral("more"), moreText()},
            {QStringLiteral("exclusions"), e},
            {QStringLiteral("critical_affected"), QJsonArray::fromStringList(criticalAffected)},
            {QStringLiteral("may_exclude"), mayExclude},
            {QStringLiteral("exclude_refusal"), excludeRefusal}};
}

int ImpactReport::excludedCount() const
{
    return int(std::count_if(affected.cbegin(), affected.cend(),
                             [](const ImpactItem &i) { return i.excluded; }));
}

int ImpactReport::affectedCount() const
{
    return int(affected.size()) - excludedCount() + omitted;
}

QString Impact::explain(const QString &start, const QList<ImpactStep> &steps, const Translate &tr)
{
    const auto t = [&](const char *source) {
        return tr ? tr(source) : QCoreApplication::translate("Vigilo", source);
    };
    if (steps.isEmpty())
        return {};
    QString at = start;
    QString text;
    for (int i = 0; i < steps.size(); ++i) {
        const ImpactStep &s = steps[i];
        const Phrase p = phraseFor(s, at);
        const QString other = s.from == at ? s.to : s.from;
        text += i == 0 ? t(p.first).arg(at, other) : t(p.next).arg(other);
        at = other;
    }
    return text + QLatin1Char('.');
}

Status Impact::checkLimits(const ImpactLimits &limits)
{
    if (limits.maxDepth < 1 || limits.maxDepth > 20)
        return Error::input(CoreText::tr("The depth of an impact analysis is 1 to 20 steps (%1 was "
                                         "asked for).")
                                .arg(limits.maxDepth),
                            {{QStringLiteral("field"), QStringLiteral("depth")}});
    if (limits.maxItems < 1 || limits.maxItems > 10000)
        return Error::input(CoreText::tr("An impact analysis lists 1 to 10,000 assets (%1 was "
                                         "asked for).")
                                .arg(limits.maxItems),
                            {{QStringLiteral("field"), QStringLiteral("limit")}});
    return {};
}

Result<ImpactReport> Impact::compute(Store &store, qint64 workspaceId, qint64 changeId,
                                     const ImpactLimits &limits)
{
    VIGILO_TRY(checkLimits(limits));
    ImpactReport report;
    report.limits = limits;
    auto number = sql::scalar(
        store, QStringLiteral("SELECT number FROM changes WHERE id = ? AND workspace_id = ?"),
        {changeId, workspaceId});
    if (!number)
        return number.error();
    if (number->isNull())
        return Error::notFound(CoreText::tr("The change no longer exists."));
    report.number = number->toInt();

    QList<qint64> roots;
    {
        auto q = sql::run(store,
                          QStringLiteral("SELECT asset_id FROM change_assets WHERE change_id = ?"),
                          {changeId});
        if (!q)
            return q.error();
        while (q->next())
            roots << q->value(0).toLongLong();
    }
    QHash<qint64, int> excludedIndex;
    auto exclusions = exclusionsOf(store, changeId, &excludedIndex);
    if (!exclusions)
        return exclusions.error();
    report.exclusions = *exclusions;
    QSet<qint64> blocked;
    for (auto it = excludedIndex.cbegin(); it != excludedIndex.cend(); ++it)
        blocked.insert(it.key());

    impact::Walker walker(store);
    VIGILO_TRY(walker.load(workspaceId));
    auto walk = walker.walk(roots, impact::Direction::Affects, limits.maxDepth, blocked);
    if (!walk)
        return walk.error();
    VIGILO_TRY(walker.describe(walk->order));

    // Thousands may be affected (a hub host) and at most maxItems are listed: rank light entries
    // and build the items (details, path, sentence) of the listed ones only.
    struct Ranked {
        qint64 id;
        int depth;
        Criticality criticality;
        const QString *name;
        bool excluded;
    };
    QList<Ranked> affected;
    affected.reserve(walk->order.size());
    const QHash<qint64, impact::AssetInfo> &infos = walker.assets();
    static const impact::AssetInfo kUnknown;
    const auto infoOf = [&](qint64 id) -> const impact::AssetInfo & {
        const auto it = infos.constFind(id);
        return it == infos.cend() ? kUnknown : *it;
    };
    const auto itemOf = [&](qint64 id, int depth) {
        const impact::AssetInfo &a = infoOf(id);
        ImpactItem item;
        item.assetId = id;
        item.asset = a.name;
        item.kind = a.kind;
        item.owner = a.owner;
        item.criticality = a.criticality;
        item.depth = depth;
        return item;
    };
    for (qint64 id : std::as_const(walk->order)) {
        const int depth = walk->reached.value(id).depth;
        if (depth == 0) {
            ImpactItem item = itemOf(id, 0);
            item.explanation = CoreText::tr("The change works on %1.").arg(item.asset);
            report.touched << item;
            continue;
        }
        const impact::AssetInfo &a = infoOf(id);
        const bool excluded = excludedIndex.contains(id);
        if (!excluded && a.criticality == Criticality::Critical)
            report.criticalAffected << a.name;
        affected << Ranked{id, depth, a.criticality, &a.name, excluded};
    }
    std::sort(report.touched.begin(), report.touched.end(),
              [](const ImpactItem &x, const ImpactItem &y) { return x.asset < y.asset; });
    std::sort(affected.begin(), affected.end(), [](const Ranked &x, const Ranked &y) {
        if (x.depth != y.depth)
            return x.depth < y.depth;
        if (x.criticality != y.criticality)
            return severity(x.criticality) > severity(y.criticality);
        return *x.name < *y.name;
    });
    for (int i = 0; i < affected.size(); ++i) {
        const Ranked &k = affected[i];
        if (i >= limits.maxItems && !k.excluded) // excluded ones are never hidden
            continue;
        ImpactItem item = itemOf(k.id, k.depth);
        item.path = impact::pathOf(*walk, k.id, infos);
        item.explanation = explain(item.asset, item.path);
        if (k.excluded) {
            const ImpactExclusion &e = report.exclusions.at(excludedIndex.value(k.id));
            item.excluded = true;
            item.excludedReason = e.reason;
            item.excludedBy = e.excludedBy;
            item.excludedAt = e.excludedAt;
        }
        report.affected << item;
    }
    report.omitted = int(affected.size() - report.affected.size());
    report.depthLimited = walk->depthLimited;
    report.criticalAffected.sort();
    return report;
}

Result<ImpactReport> Impact::analyse(const Actor &actor, int changeNumber,
                                     const ImpactLimits &limits) const
{
    VIGILO_TRY(checkLimits(limits));
    auto change =
        sql::loadChange(m_store, actor.workspace.id, changeNumber, sql::ChangeParts::State);
    if (!change)
        return change.error();
    auto report = compute(m_store, actor.workspace.id, change->id, limits);
    if (!report)
        return report.error();
    // The same rules exclude() and include() apply, as an answer to "may I?".
    Status allowed = actor.can(Permission::ChangesCreate)
                         ? checkEditable(*change)
                         : Status(sql::permissionDenied(actor, Permission::ChangesCreate));
    report->mayExclude = allowed.ok();
    if (!allowed)
        report->excludeRefusal = allowed.error().message;
    return report;
}

Result<ImpactExclusion> Impact::exclude(const Actor &caller, int changeNumber, const QString &asset,
                                        const QString &reason)
{
    WriteScope scope(m_store, caller, Permission::ChangesCreate);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error::rule(QStringLiteral("reason_required"),
                           CoreText::tr("Say why %1 is not affected: an exclusion needs a reason, "
                                        "which the change's history keeps.")
                               .arg(asset),
                           {{QStringLiteral("field"), QStringLiteral("reason")}});
    if (why.size() > kMaxReason)
        return Error::input(CoreText::tr("The reason is too long (%1 characters; at most %2).")
                                .arg(why.size())
                                .arg(kMaxReason),
                            {{QStringLiteral("field"), QStringLiteral("reason")}});
    VIGILO_TRY(input::checkText(QStringLiteral("reason"), reason, int(reason.size()),
                                input::Lines::Multi));
    auto change = sql::loadChange(m_store, actor.workspace.id, changeNumber);
    if (!change)
        return change.error();
    VIGILO_TRY(checkEditable(*change));
    auto assetId = sql::assetId(m_store, actor.workspace.id, asset);
    if (!assetId)
        return assetId.error();
    if (change->affectedAssets.contains(asset))
        return Error::input(
            CoreText::tr("%1 is one of the assets %2 works on, not an asset it "
                         "affects through others. To leave it out, edit the "
                         "change's assets.")
                .arg(asset, change->numberText()),
            {{QStringLiteral("field"), QStringLiteral("asset")}, {QStringLiteral("asset"), asset}});
    auto already = sql::scalar(
        m_store,
        QStringLiteral("SELECT reason FROM impact_exclusions WHERE change_id = ? AND asset_id = ?"),
        {change->id, *assetId});
    if (!already)
        return already.error();
    if (!already->isNull())
        return Error::rule(QStringLiteral("already_excluded"),
                           CoreText::tr("%1 is already excluded from the impact of %2 (\"%3\"). "
                                        "Include it again first to give another reason.")
                               .arg(asset, change->numberText(), already->toString()),
                           {{QStringLiteral("asset"), asset}});
    auto report = compute(m_store, actor.workspace.id, change->id, {});
    if (!report)
        return report.error();
    bool reached = false;
    for (const ImpactItem &i : report->affected)
        reached = reached || i.assetId == *assetId;
    if (!reached && report->omitted > 0) {
        // Beyond the listed items: walk again with no item limit to know.
        auto all =
            compute(m_store, actor.workspace.id, change->id, {ImpactLimits::kDefaultDepth, 10000});
        if (!all)
            return all.error();
        for (const ImpactItem &i : all->affected)
            reached = reached || i.assetId == *assetId;
    }
    if (!reached)
        return Error::rule(QStringLiteral("not_impacted"),
                           CoreText::tr("%1 is not affected by %2 (within %3 steps of its "
                                        "assets), so there is nothing to exclude.")
                               .arg(asset, change->numberText())
                               .arg(ImpactLimits::kDefaultDepth),
                           {{QStringLiteral("asset"), asset}});
    const QDateTime now = m_clock.now();
    VIGILO_TRY(sql::run(
        m_store,
        QStringLiteral("INSERT INTO impact_exclusions (workspace_id, change_id, "
                       "asset_id, reason, excluded_by_id, excluded_at) VALUES (?, "
                       "?, ?, ?, ?, ?)"),
        {actor.workspace.id, change->id, *assetId, why, actor.member.id, Dialect::toDb(now)}));
    VIGILO_TRY(m_audit.record(
        actor.workspace.id, actor.member.username, QStringLiteral("impact.exclude"),
        QStringLiteral("change"), change->id, change->number, {},
        {{QStringLiteral("excluded_asset"), asset}, {QStringLiteral("reason"), why}}));
    VIGILO_TRY(scope.commit());
    return ImpactExclusion{asset, why, actor.member.username, now};
}

Status Impact::include(const Actor &caller, int changeNumber, const QString &asset)
{
    WriteScope scope(m_store, caller, Permission::ChangesCreate);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto change = sql::loadChange(m_store, actor.workspace.id, changeNumber);
    if (!change)
        return change.error();
    VIGILO_TRY(checkEditable(*change));
    auto assetId = sql::assetId(m_store, actor.workspace.id, asset);
    if (!assetId)
        return assetId.error();
    auto reason = sql::scalar(
        m_store,
        QStringLiteral("SELECT reason FROM impact_exclusions WHERE change_id = ? AND asset_id = ?"),
        {change->id, *assetId});
    if (!reason)
        return reason.error();
    if (reason->isNull())
        return Error::notFound(CoreText::tr("%1 is not excluded from the impact of %2.")
                                   .arg(asset, change->numberText()),
                               {{QStringLiteral("asset"), asset}});
    VIGILO_TRY(sql::run(
        m_store,
        QStringLiteral("DELETE FROM impact_exclusions WHERE change_id = ? AND asset_id = ?"),
        {change->id, *assetId}));
    VIGILO_TRY(m_audit.record(
        actor.workspace.id, actor.member.username, QStringLiteral("impact.include"),
        QStringLiteral("change"), change->id, change->number,
        {{QStringLiteral("excluded_asset"), asset}, {QStringLiteral("reason"), reason->toString()}},
        {}));
    return scope.commit();
}

} // namespace vigilo
