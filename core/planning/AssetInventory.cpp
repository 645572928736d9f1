#include "AssetInventory.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Dialect.h"
#include "InputRules.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "WriteScope.h"

#include <QJsonArray>
#include <QTimeZone>

namespace vigilo {

namespace {

constexpr int kMaxName = input::kMaxName;
constexpr int kMaxKind = 40;
constexpr int kMaxOwner = 100;
constexpr int kMaxSearch = 200;

const char *kAssetColumns = "id, workspace_id, name, kind, created_at, owner, criticality, "
                            "time_zone";

Asset readAsset(const CachedQuery &q)
{
    Asset a;
    a.id = q.value(0).toLongLong();
    a.workspaceId = q.value(1).toLongLong();
    a.name = q.value(2).toString();
    a.kind = q.value(3).toString();
    a.createdAt = Dialect::fromDb(q.value(4));
    a.owner = q.value(5).toString();
    a.criticality = parseCriticality(q.value(6).toString()).value_or(Criticality::Medium);
    a.timeZone = q.value(7).toString();
    return a;
}

Error badField(const QString &field, const QString &message)
{
    return Error::input(message, {{QStringLiteral("field"), field}});
}

Status checkName(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return badField(QStringLiteral("name"), CoreText::tr("The asset name must not be empty."));
    if (n.size() > kMaxName)
        return badField(QStringLiteral("name"),
                        CoreText::tr("The asset name is too long (%1 characters; at most %2).")
                            .arg(n.size())
                            .arg(kMaxName));
    // The characters of the text as given (the length is the trimmed text's, above): trimming
    // would hide a trailing NEL, which counts as a space.
    return input::checkText(QStringLiteral("name"), name, int(name.size()), input::Lines::Single);
}

Status checkKind(const QString &kind)
{
    if (kind.trimmed().size() > kMaxKind)
        return badField(QStringLiteral("kind"),
                        CoreText::tr("The asset kind is too long (at most 40 characters)."));
    return input::checkText(QStringLiteral("kind"), kind, int(kind.size()), input::Lines::Single);
}

Status checkOwner(const QString &owner)
{
    if (owner.trimmed().size() > kMaxOwner)
        return badField(QStringLiteral("owner"),
                        CoreText::tr("The owner is too long (%1 characters; at most %2).")
                            .arg(owner.trimmed().size())
                            .arg(kMaxOwner));
    return input::checkText(QStringLiteral("owner"), owner, int(owner.size()),
                            input::Lines::Single);
}

Status checkTimeZone(const QString &tz)
{
    const QString t = tz.trimmed();
    if (t.isEmpty() || QTimeZone::isTimeZoneIdAvailable(t.toUtf8()))
        return {};
    return badField(QStringLiteral("time_zone"),
                    CoreText::tr("\"%1\" is not a time zone this system knows: use an IANA name "
                                 "such as Europe/Berlin, America/New_York or UTC.")
                        .arg(t.left(80)));
}

QString normalisedKind(const QString &kind)
{
    const QString k = kind.trimmed().toLower();
    return k.isEmpty() ? QStringLiteral("service") : k;
}

// The fields an admin edits, as the audit trail shows them.
QJsonObject detailsOf(const Asset &a)
{
    return {{QStringLiteral("kind"), a.kind},
            {QStringLiteral("owner"), a.owner},
            {QStringLiteral("criticality"), toString(a.criticality)},
            {QStringLiteral("time_zone"), a.timeZone}};
}

const char *kRelationSelect =
    "SELECT r.id, f.name, r.kind, t.name, m.username, r.created_at FROM asset_relations r "
    "JOIN assets f ON f.id = r.from_asset_id JOIN assets t ON t.id = r.to_asset_id "
    "LEFT JOIN members m ON m.id = r.created_by_id ";

AssetRelation readRelation(const CachedQuery &q)
{
    AssetRelation r;
    r.id = q.value(0).toLongLong();
    r.from = q.value(1).toString();
    r.kind = parseRelationKind(q.value(2).toString()).value_or(RelationKind::DependsOn);
    r.to = q.value(3).toString();
    r.createdBy = q.value(4).toString();
    r.createdAt = Dialect::fromDb(q.value(5));
    return r;
}

Result<QList<AssetRelation>> readRelations(Store &store, const QString &where,
                                           const QVariantList &binds)
{
    auto q = sql::run(store, QLatin1String(kRelationSelect) + where, binds);
    if (!q)
        return q.error();
    QList<AssetRelation> out;
    while (q->next())
        out << readRelation(*q);
    return out;
}

Result<Asset> assetByName(Store &store, qint64 workspaceId, const QString &name)
{
    auto q = sql::run(store,
                      QStringLiteral("SELECT ") + QLatin1String(kAssetColumns)
                          + QStringLiteral(" FROM assets WHERE workspace_id = ? AND name = ?"),
                      {workspaceId, name});
    if (!q)
        return q.error();
    if (!q->next()) {
        q->finish();
        auto id = sql::assetId(store, workspaceId, name); // the usual not_found message
        if (!id)
            return id.error();
        return Error::notFound(CoreText::tr("The asset %1 no longer exists.").arg(name));
    }
    return readAsset(*q);
}

// "50%_x" -> "50\%\_x": LIKE wildcards typed by a person match themselves.
QString likeEscaped(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return t;
}

} // namespace

QString AssetRelation::sentence() const
{
    switch (kind) {
    case RelationKind::DependsOn: return CoreText::tr("%1 depends on %2").arg(from, to);
    case RelationKind::RunsOn: return CoreText::tr("%1 runs on %2").arg(from, to);
    case RelationKind::PartOf: return CoreText::tr("%1 is part of %2").arg(from, to);
    }
    return {};
}

QJsonObject AssetRelation::toJson() const
{
    return {{QStringLiteral("from"), from},
            {QStringLiteral("kind"), toString(kind)},
            {QStringLiteral("to"), to},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("created_at"), jsonTime(createdAt)}};
}

QJsonObject AssetDetail::toJson() const
{
    QJsonArray out, in;
    for (const AssetRelation &r : outgoing)
        out.append(r.toJson());
    for (const AssetRelation &r : incoming)
        in.append(r.toJson());
    return {{QStringLiteral("asset"), asset.toJson()},
            {QStringLiteral("outgoing"), out},
            {QStringLiteral("incoming"), in}};
}

QJsonObject AssetSearchResult::toJson() const
{
    QJsonArray a;
    for (const Asset &x : assets)
        a.append(x.toJson());
    return {{QStringLiteral("assets"), a}, {QStringLiteral("total"), total}};
}

Status AssetInventory::checkInput(const AssetInput &input)
{
    VIGILO_TRY(checkName(input.name));
    VIGILO_TRY(checkKind(input.kind));
    VIGILO_TRY(checkOwner(input.owner));
    return checkTimeZone(input.timeZone);
}

Status AssetInventory::checkUpdate(const AssetUpdate &update)
{
    if (update.kind) {
        if (update.kind->trimmed().isEmpty())
            return badField(QStringLiteral("kind"),
                            CoreText::tr("The asset kind must not be empty: use a word such as "
                                         "service, host or database."));
        VIGILO_TRY(checkKind(*update.kind));
    }
    if (update.owner)
        VIGILO_TRY(checkOwner(*update.owner));
    if (update.timeZone)
        VIGILO_TRY(checkTimeZone(*update.timeZone));
    return {};
}

InventoryRights AssetInventory::rightsOf(const Actor &actor)
{
    InventoryRights r;
    r.add = actor.can(kAddPermission);
    r.manage = actor.can(kManagePermission);
    r.importCsv = actor.can(kImportPermission);
    const QString role = label(actor.member.role);
    if (!actor.member.active) {
        r.addRefusal = r.manageRefusal = r.importRefusal =
            CoreText::tr("Your membership of this workspace is deactivated.");
        return r;
    }
    if (!r.add)
        r.addRefusal = CoreText::tr("Adding assets needs the engineer role or higher; your role "
                                    "is %1.")
                           .arg(role);
    if (!r.manage)
        r.manageRefusal = CoreText::tr("Editing assets, their relationships and maintenance "
                                       "windows needs the admin role or higher; your role is %1.")
                              .arg(role);
    if (!r.importCsv)
        r.importRefusal = CoreText::tr("Importing assets and their relationships from CSV needs "
                                       "the admin role or higher; your role is %1.")
                              .arg(role);
    return r;
}

Result<Asset> AssetInventory::add(const Actor &caller, const AssetInput &input)
{
    WriteScope scope(m_store, caller, kAddPermission);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    VIGILO_TRY(checkInput(input));
    Asset a;
    a.workspaceId = actor.workspace.id;
    a.name = input.name.trimmed();
    a.kind = normalisedKind(input.kind);
    a.owner = input.owner.trimmed();
    a.criticality = input.criticality.value_or(Criticality::Medium);
    a.timeZone = input.timeZone.trimmed();
    auto existing = sql::scalar(
        m_store, QStringLiteral("SELECT id FROM assets WHERE workspace_id = ? AND name = ?"),
        {actor.workspace.id, a.name});
    if (!existing)
        return existing.error();
    if (!existing->isNull())
        return Error::rule(
            QStringLiteral("asset_exists"),
            CoreText::tr("An asset named \"%1\" already exists in this workspace.").arg(a.name),
            {{QStringLiteral("asset"), a.name}});
    a.createdAt = m_clock.now();
    auto id = sql::insert(m_store,
                          QStringLiteral("INSERT INTO assets (workspace_id, name, kind, owner, "
                                         "criticality, time_zone, created_at) VALUES (?, ?, ?, ?, "
                                         "?, ?, ?)"),
                          {actor.workspace.id, a.name, a.kind, a.owner, toString(a.criticality),
                           a.timeZone, Dialect::toDb(a.createdAt)});
    if (!id)
        return id.error();
    a.id = *id;
    QJsonObject values{{QStringLiteral("name"), a.name}, {QStringLiteral("kind"), a.kind}};
    // Only what differs from the defaults, so an asset added by name and kind is recorded as
    // it always was.
    if (!a.owner.isEmpty())
        values.insert(QStringLiteral("owner"), a.owner);
    if (a.criticality != Criticality::Medium)
        values.insert(QStringLiteral("criticality"), toString(a.criticality));
    if (!a.timeZone.isEmpty())
        values.insert(QStringLiteral("time_zone"), a.timeZone);
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("asset.add"), QStringLiteral("asset"), a.id, 0, {},
                              values));
    VIGILO_TRY(scope.commit());
    return a;
}

Result<Asset> AssetInventory::update(const Actor &caller, const QString &name,
                                     const AssetUpdate &update)
{
    WriteScope scope(m_store, caller, kManagePermission);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    VIGILO_TRY(checkUpdate(update));
    auto before = assetByName(m_store, actor.workspace.id, name);
    if (!before)
        return before.error();
    Asset after = *before;
    if (update.kind)
        after.kind = normalisedKind(*update.kind);
    if (update.owner)
        after.owner = update.owner->trimmed();
    if (update.criticality)
        after.criticality = *update.criticality;
    if (update.timeZone)
        after.timeZone = update.timeZone->trimmed();
    auto [oldValues, newValues] = sql::diff(detailsOf(*before), detailsOf(after));
    if (newValues.isEmpty())
        return *before; // nothing changed: nothing written
    VIGILO_TRY(sql::run(m_store,
                        QStringLiteral("UPDATE assets SET kind = ?, owner = ?, criticality = ?, "
                                       "time_zone = ? WHERE id = ? AND workspace_id = ?"),
                        {after.kind, after.owner, toString(after.criticality), after.timeZone,
                         after.id, actor.workspace.id}));
    oldValues.insert(QStringLiteral("name"), after.name);
    newValues.insert(QStringLiteral("name"), after.name);
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("asset.update"), QStringLiteral("asset"), after.id, 0,
                              oldValues, newValues));
    VIGILO_TRY(scope.commit());
    return after;
}

Result<AssetDetail> AssetInventory::show(const Actor &actor, const QString &name) const
{
    AssetDetail d;
    auto a = assetByName(m_store, actor.workspace.id, name);
    if (!a)
        return a.error();
    d.asset = *a;
    auto out = readRelations(m_store,
                             QStringLiteral("WHERE r.from_asset_id = ? ORDER BY r.kind, "
                                            "t.name"),
                             {a->id});
    if (!out)
        return out.error();
    d.outgoing = *out;
    auto in = readRelations(
        m_store, QStringLiteral("WHERE r.to_asset_id = ? ORDER BY r.kind, f.name"), {a->id});
    if (!in)
        return in.error();
    d.incoming = *in;
    return d;
}

Result<QList<Asset>> AssetInventory::list(const Actor &actor) const
{
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT ") + QLatin1String(kAssetColumns)
                          + QStringLiteral(" FROM assets WHERE workspace_id = ? ORDER BY name"),
                      {actor.workspace.id});
    if (!q)
        return q.error();
    QList<Asset> out;
    while (q->next())
        out << readAsset(*q);
    return out;
}

Result<AssetRelation> AssetInventory::relate(const Actor &caller, const QString &from,
                                             RelationKind kind, const QString &to)
{
    WriteScope scope(m_store, caller, kManagePermission);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    if (from.trimmed() == to.trimmed())
        return Error::input(CoreText::tr("%1 cannot be related to itself: name two different "
                                         "assets.")
                                .arg(from.trimmed()),
                            {{QStringLiteral("field"), QStringLiteral("to")}});
    auto fromId = sql::assetId(m_store, actor.workspace.id, from.trimmed());
    if (!fromId)
        return fromId.error();
    auto toId = sql::assetId(m_store, actor.workspace.id, to.trimmed());
    if (!toId)
        return toId.error();
    AssetRelation r;
    r.from = from.trimmed();
    r.kind = kind;
    r.to = to.trimmed();
    auto existing =
        sql::scalar(m_store,
                    QStringLiteral("SELECT id FROM asset_relations WHERE "
                                   "from_asset_id = ? AND kind = ? AND to_asset_id = ?"),
                    {*fromId, toString(kind), *toId});
    if (!existing)
        return existing.error();
    if (!existing->isNull())
        return Error::rule(QStringLiteral("relation_exists"),
                           CoreText::tr("This relationship already exists: %1.").arg(r.sentence()),
                           {{QStringLiteral("from"), r.from},
                            {QStringLiteral("kind"), toString(kind)},
                            {QStringLiteral("to"), r.to}});
    r.createdBy = actor.member.username;
    r.createdAt = m_clock.now();
    auto id = sql::insert(m_store,
                          QStringLiteral("INSERT INTO asset_relations (workspace_id, "
                                         "from_asset_id, kind, to_asset_id, created_by_id, "
                                         "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                          {actor.workspace.id, *fromId, toString(kind), *toId, actor.member.id,
                           Dialect::toDb(r.createdAt)});
    if (!id)
        return id.error();
    r.id = *id;
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("asset.relate"), QStringLiteral("asset"), *fromId, 0,
                              {},
                              {{QStringLiteral("from"), r.from},
                               {QStringLiteral("kind"), toString(kind)},
                               {QStringLiteral("to"), r.to}}));
    VIGILO_TRY(scope.commit());
    return r;
}

Status AssetInventory::unrelate(const Actor &caller, const QString &from, RelationKind kind,
                                const QString &to)
{
    WriteScope scope(m_store, caller, kManagePermission);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto fromId = sql::assetId(m_store, actor.workspace.id, from.trimmed());
    if (!fromId)
        return fromId.error();
    auto toId = sql::assetId(m_store, actor.workspace.id, to.trimmed());
    if (!toId)
        return toId.error();
    auto q = sql::run(m_store,
                      QStringLiteral("DELETE FROM asset_relations WHERE workspace_id = ? AND "
                                     "from_asset_id = ? AND kind = ? AND to_asset_id = ?"),
                      {actor.workspace.id, *fromId, toString(kind), *toId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0) {
        AssetRelation r;
        r.from = from.trimmed();
        r.kind = kind;
        r.to = to.trimmed();
        return Error::notFound(CoreText::tr("There is no such relationship: %1. See `vigilo-cli "
                                            "asset show %2`.")
                                   .arg(r.sentence(), r.from),
                               {{QStringLiteral("from"), r.from},
                                {QStringLiteral("kind"), toString(kind)},
                                {QStringLiteral("to"), r.to}});
    }
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("asset.unrelate"), QStringLiteral("asset"), *fromId, 0,
                              {{QStringLiteral("from"), from.trimmed()},
                               {QStringLiteral("kind"), toString(kind)},
                               {QStringLiteral("to"), to.trimmed()}},
                              {}));
    return scope.commit();
}

Result<QList<AssetRelation>> AssetInventory::relations(const Actor &actor) const
{
    return readRelations(m_store,
                         QStringLiteral("WHERE r.workspace_id = ? ORDER BY f.name, r.kind, t.name"),
                         {actor.workspace.id});
}

Result<AssetSearchResult> AssetInventory::search(const Actor &actor, const AssetQuery &query) const
{
    if (query.limit < 1 || query.limit > 1000)
        return badField(QStringLiteral("limit"),
                        CoreText::tr("An asset search returns 1 to 1,000 assets (%1 was asked "
                                     "for).")
                            .arg(query.limit));
    const QString text = query.text.trimmed();
    if (text.size() > kMaxSearch || query.kind.size() > kMaxSearch
        || query.owner.size() > kMaxSearch)
        return badField(QStringLiteral("text"),
                        CoreText::tr("A search is at most %1 characters.").arg(kMaxSearch));
    const QString like = m_store.dialect().ilike();
    const QString esc = QStringLiteral(" ESCAPE '\\'");
    QString where = QStringLiteral(" FROM assets WHERE workspace_id = ?");
    QVariantList binds{actor.workspace.id};
    if (!text.isEmpty()) {
        where += QStringLiteral(" AND (name %1 ?%2 OR kind %1 ?%2 OR owner %1 ?%2)").arg(like, esc);
        const QString sub = QLatin1Char('%') + likeEscaped(text) + QLatin1Char('%');
        binds << sub << sub << sub;
    }
    if (!query.kind.trimmed().isEmpty()) {
        where += QStringLiteral(" AND kind = ?");
        binds << query.kind.trimmed().toLower();
    }
    if (!query.owner.trimmed().isEmpty()) {
        where += QStringLiteral(" AND owner %1 ?%2").arg(like, esc);
        binds << QString(likeEscaped(query.owner.trimmed()) + QLatin1Char('%'));
    }
    AssetSearchResult result;
    auto total = sql::scalar(m_store, QStringLiteral("SELECT COUNT(*)") + where, binds);
    if (!total)
        return total.error();
    result.total = total->toInt();
    if (result.total == 0)
        return result;
    // Rank: name starts with the text, the name holds it, then kind or owner matches.
    QString rank = QStringLiteral("0");
    QVariantList pageBinds;
    if (!text.isEmpty()) {
        rank = QStringLiteral("CASE WHEN name %1 ?%2 THEN 0 WHEN name %1 ?%2 THEN 1 ELSE 2 END")
                   .arg(like, esc);
        pageBinds << QString(likeEscaped(text) + QLatin1Char('%'))
                  << QString(QLatin1Char('%') + likeEscaped(text) + QLatin1Char('%'));
    }
    pageBinds << binds << query.limit;
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT ") + QLatin1String(kAssetColumns)
                          + QStringLiteral(", ") + rank + QStringLiteral(" AS match_rank") + where
                          + QStringLiteral(" ORDER BY match_rank, name LIMIT ?"),
                      pageBinds);
    if (!q)
        return q.error();
    while (q->next())
        result.assets << readAsset(*q);
    return result;
}

} // namespace vigilo
