#include "WorkspaceService.h"

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
#include <QLocale>
#include <QRegularExpression>

namespace vigilo {

namespace {

const int kMaxName = input::kMaxName;

Workspace readWorkspace(const CachedQuery &q)
{
    Workspace w;
    w.id = q.value(0).toLongLong();
    w.slug = q.value(1).toString();
    w.name = q.value(2).toString();
    w.locale = q.value(3).toString();
    w.createdAt = Dialect::fromDb(q.value(4));
    return w;
}

const char *kWorkspaceColumns = "SELECT id, slug, name, locale, created_at FROM workspaces ";

// A workspace always keeps at least one active owner.
Result<int> activeOwners(Store &store, qint64 workspaceId)
{
    auto n = sql::scalar(store,
                         QStringLiteral("SELECT COUNT(*) FROM members WHERE workspace_id = ? AND "
                                        "role = 'owner' AND active = 1"),
                         {workspaceId});
    if (!n)
        return n.error();
    return n->toInt();
}

Error notMember(const QString &username, const QString &slug)
{
    return Error::rule(
        QStringLiteral("permission_denied"),
        CoreText::tr("%1 is not a member of workspace \"%2\". Ask one of its "
                     "admins to add you (`vigilo-cli member add %1 --role "
                     "ROLE`), or act as another user with --as.")
            .arg(username, slug),
        {{QStringLiteral("username"), username}, {QStringLiteral("workspace"), slug}});
}

Status validUsername(const QString &username)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (!re.match(username).hasMatch())
        return Error::input(
            CoreText::tr("\"%1\" is not a valid user name: use 1 to 64 letters, digits, '.', "
                         "'_', '@' or '-'.")
                .arg(username.left(80)),
            {{QStringLiteral("field"), QStringLiteral("username")}});
    return {};
}

// `field` names the value in details (and in the messages of input::checkText).
Status validName(const QString &what, const QString &value,
                 const QString &field = QStringLiteral("name"))
{
    if (value.trimmed().isEmpty())
        return Error::input(CoreText::tr("The %1 must not be empty.").arg(what),
                            {{QStringLiteral("field"), field}});
    return input::checkText(field, value, kMaxName, input::Lines::Single);
}

Status validLocale(const QString &loc)
{
    if (QLocale(loc).language() == QLocale::C && loc != QLatin1String("C"))
        return Error::input(CoreText::tr("\"%1\" is not a known locale; use a name like en_US or "
                                         "de_DE.")
                                .arg(loc.left(40)),
                            {{QStringLiteral("field"), QStringLiteral("locale")}});
    return {};
}

} // namespace

QJsonObject AdminRights::toJson() const
{
    QJsonObject o{{QStringLiteral("role"), toString(role)},
                  {QStringLiteral("manage_workspace"), manageWorkspace},
                  {QStringLiteral("grant_owner"), grantOwner}};
    if (!refusal.isEmpty())
        o.insert(QStringLiteral("refusal"), refusal);
    return o;
}

QJsonObject SessionRevocation::toJson() const
{
    return {{QStringLiteral("member"), member.toJson()}, {QStringLiteral("sessions"), sessions}};
}

Status WorkspaceService::provisionLogin(const QString &username)
{
    // Members hold no database login (schema 14): the server, or an operator's connection,
    // acts for them with the member bound. Nothing to provision.
    Q_UNUSED(username);
    return {};
}

Result<Workspace> WorkspaceService::createWorkspace(const QString &slug, const QString &name,
                                                    const QString &locale,
                                                    const QString &ownerUsername,
                                                    const QString &ownerDisplayName)
{
    static const QRegularExpression slugRe(
        QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"));
    if (!slugRe.match(slug).hasMatch())
        return Error::input(
            CoreText::tr("\"%1\" is not a valid workspace slug: use lower-case letters, digits "
                         "and '-' (for example \"platform-team\").")
                .arg(slug.left(80)),
            {{QStringLiteral("field"), QStringLiteral("slug")}});
    VIGILO_TRY(validName(CoreText::tr("workspace name"), name));
    VIGILO_TRY(input::checkTexts(
        {{QStringLiteral("display_name"), ownerDisplayName, kMaxName, input::Lines::Single},
         {QStringLiteral("locale"), locale, 40, input::Lines::Single}}));
    VIGILO_TRY(validUsername(ownerUsername));
    const QString loc = locale.isEmpty() ? QStringLiteral("en_US") : locale;
    VIGILO_TRY(validLocale(loc));

    // The creator acts (PostgreSQL: the first owner of a memberless workspace is the bound one).
    VIGILO_TRY(m_store.bindMember(ownerUsername));
    Store::Transaction tx(m_store);
    VIGILO_TRY(tx.begin());
    // PostgreSQL: a workspace of others is invisible here (row-level security); the owner's
    // function says whether the slug is taken, and nothing else.
    // (Databases built at an older schema by tests have no such function yet.)
    auto exists =
        m_store.dialect().isPostgres() && m_store.schemaVersion() >= 14
            ? sql::scalar(
                m_store, QStringLiteral("SELECT CASE WHEN vigilo_slug_taken(?) THEN 1 END"), {slug})
            : sql::scalar(m_store, QStringLiteral("SELECT id FROM workspaces WHERE slug = ?"),
                          {slug});
    if (!exists)
        return exists.error();
    if (!exists->isNull())
        return Error::rule(
            QStringLiteral("workspace_exists"),
            CoreText::tr("A workspace \"%1\" already exists. Choose another slug.").arg(slug),
            {{QStringLiteral("slug"), slug}});
    const QDateTime now = m_clock.now();
    auto wsId =
        sql::insert(m_store,
                    QStringLiteral("INSERT INTO workspaces (slug, name, locale, created_at) "
                                   "VALUES (?, ?, ?, ?)"),
                    {slug, name.trimmed(), loc, Dialect::toDb(now)});
    if (!wsId)
        return wsId.error();
    auto memberId = sql::insert(
        m_store,
        QStringLiteral("INSERT INTO members (workspace_id, username, display_name, role, active, "
                       "created_at) VALUES (?, ?, ?, 'owner', 1, ?)"),
        {*wsId, ownerUsername, ownerDisplayName.trimmed(), Dialect::toDb(now)});
    if (!memberId)
        return memberId.error();
    VIGILO_TRY(provisionLogin(ownerUsername));
    VIGILO_TRY(m_audit.record(*wsId, ownerUsername, QStringLiteral("workspace.create"),
                              QStringLiteral("workspace"), *wsId, 0, {},
                              {{QStringLiteral("slug"), slug},
                               {QStringLiteral("name"), name.trimmed()},
                               {QStringLiteral("locale"), loc},
                               {QStringLiteral("owner"), ownerUsername}}));
    VIGILO_TRY(tx.commit());
    Workspace w;
    w.id = *wsId;
    w.slug = slug;
    w.name = name.trimmed();
    w.locale = loc;
    w.createdAt = now;
    return w;
}

Result<QList<Workspace>> WorkspaceService::workspaces() const
{
    auto q = sql::run(m_store, QLatin1String(kWorkspaceColumns) + QStringLiteral("ORDER BY slug"));
    if (!q)
        return q.error();
    QList<Workspace> out;
    while (q->next())
        out << readWorkspace(*q);
    return out;
}

Result<QList<Workspace>> WorkspaceService::workspacesOf(const QString &username) const
{
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT w.id, w.slug, w.name, w.locale, w.created_at FROM "
                                     "workspaces w JOIN members m ON m.workspace_id = w.id "
                                     "WHERE m.username = ? AND m.active = 1 ORDER BY w.slug"),
                      {username});
    if (!q)
        return q.error();
    QList<Workspace> out;
    while (q->next())
        out << readWorkspace(*q);
    return out;
}

Result<Workspace> WorkspaceService::workspace(const QString &slug) const
{
    auto q = sql::run(m_store, QLatin1String(kWorkspaceColumns) + QStringLiteral("WHERE slug = ?"),
                      {slug});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(
            CoreText::tr("There is no workspace \"%1\". Pick one with -w SLUG (see `vigilo-cli "
                         "workspace list`) or create it with `vigilo-cli workspace create`.")
                .arg(slug),
            {{QStringLiteral("workspace"), slug}});
    return readWorkspace(*q);
}

Result<Workspace> WorkspaceService::renameWorkspace(const Actor &actor, const QString &name)
{
    VIGILO_TRY(validName(CoreText::tr("workspace name"), name));
    return updateWorkspace(actor, QStringLiteral("name"), name.trimmed(),
                           QStringLiteral("workspace.rename"));
}

Result<Workspace> WorkspaceService::setPackLanguage(const Actor &actor, const QString &locale)
{
    const QString loc = locale.trimmed().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (loc.isEmpty())
        return Error::input(CoreText::tr("The language of evidence packs must not be empty: use a "
                                         "name like en_US or de_DE."),
                            {{QStringLiteral("field"), QStringLiteral("locale")}});
    VIGILO_TRY(input::checkText(QStringLiteral("locale"), loc, 40, input::Lines::Single));
    VIGILO_TRY(validLocale(loc));
    return updateWorkspace(actor, QStringLiteral("locale"), loc,
                           QStringLiteral("workspace.pack_language"));
}

// `column` is one of the two literals above, never input.
Result<Workspace> WorkspaceService::updateWorkspace(const Actor &caller, const QString &column,
                                                    const QString &value, const QString &action)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto current =
        sql::scalar(m_store, QStringLiteral("SELECT %1 FROM workspaces WHERE id = ?").arg(column),
                    {actor.workspace.id});
    if (!current)
        return current.error();
    const QString old = current->toString();
    if (old != value) {
        VIGILO_TRY(sql::run(m_store,
                            QStringLiteral("UPDATE workspaces SET %1 = ? WHERE id = ?").arg(column),
                            {value, actor.workspace.id}));
        VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username, action,
                                  QStringLiteral("workspace"), actor.workspace.id, 0,
                                  {{column, old}}, {{column, value}}));
    }
    VIGILO_TRY(scope.commit());
    return workspace(actor.workspace.slug);
}

Result<AdminRights> WorkspaceService::adminRights(const Actor &actor) const
{
    AdminRights rights;
    rights.role = actor.member.role;
    // As a write would see it: the role and active flag in the database now.
    auto fresh = sql::currentActor(m_store, actor, Permission::ManageWorkspace);
    if (!fresh) {
        if (fresh.error().code != QLatin1String("permission_denied"))
            return fresh.error();
        rights.refusal = fresh.error().message;
        return rights;
    }
    rights.role = fresh->member.role;
    rights.manageWorkspace = true;
    rights.grantOwner = fresh->member.role == Role::Owner;
    return rights;
}

Result<Actor> WorkspaceService::signIn(const QString &slug, const QString &username) const
{
    if (slug.isEmpty())
        return Error::input(
            CoreText::tr("No workspace given. Pass -w SLUG or set VIGILO_WORKSPACE."), {},
            QStringLiteral("usage"));
    // Every request of a member starts here: on PostgreSQL row-level security shows this
    // connection only what `username` may see from now on (until another member is bound).
    VIGILO_TRY(m_store.bindMember(username));
    auto ws = workspace(slug);
    if (!ws) {
        // PostgreSQL hides a workspace from who is not in it: say so as on a file (slugs are
        // unique across workspaces, so that it exists is no secret).
        if (ws.error().code == QLatin1String("not_found") && m_store.dialect().isPostgres()
            && m_store.schemaVersion() >= 14) {
            auto taken =
                sql::scalar(m_store, QStringLiteral("SELECT vigilo_slug_taken(?)"), {slug});
            if (taken && taken->toBool())
                return notMember(username, slug);
        }
        return ws.error();
    }
    auto member = sql::memberByUsername(m_store, ws->id, username);
    if (!member) {
        if (member.error().code == QLatin1String("not_found"))
            return notMember(username, slug);
        return member.error();
    }
    if (!member->active)
        return Error::rule(QStringLiteral("permission_denied"),
                           CoreText::tr("%1 has been deactivated in workspace \"%2\". An admin can "
                                        "reactivate them.")
                               .arg(username, slug),
                           {{QStringLiteral("username"), username}});
    return Actor{*ws, *member};
}

Result<Member> WorkspaceService::addMember(const Actor &caller, const QString &username, Role role,
                                           const QString &displayName)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    VIGILO_TRY(validUsername(username));
    VIGILO_TRY(input::checkText(QStringLiteral("display_name"), displayName, kMaxName,
                                input::Lines::Single));
    if (role == Role::Owner && actor.member.role != Role::Owner)
        return Error::rule(QStringLiteral("permission_denied"),
                           CoreText::tr("Only an owner can make someone an owner."));
    auto member =
        insertMember(actor.workspace.id, username, role, displayName, actor.member.username);
    if (!member)
        return member.error();
    VIGILO_TRY(scope.commit());
    return member;
}

Result<Member> WorkspaceService::enrollMember(const Workspace &workspace, const QString &username,
                                              Role role, const QString &operatorName)
{
    VIGILO_TRY(validUsername(username));
    return insertMember(workspace.id, username, role, {}, operatorName);
}

Result<Member> WorkspaceService::insertMember(qint64 workspaceId, const QString &username,
                                              Role role, const QString &displayName,
                                              const QString &by)
{
    Store::Transaction tx(m_store);
    VIGILO_TRY(tx.begin());
    auto existing = sql::memberByUsername(m_store, workspaceId, username);
    if (existing)
        return Error::rule(QStringLiteral("member_exists"),
                           CoreText::tr("%1 is already a member of this workspace (as %2).")
                               .arg(username, label(existing->role)),
                           {{QStringLiteral("username"), username}});
    const QDateTime now = m_clock.now();
    auto id = sql::insert(
        m_store,
        QStringLiteral("INSERT INTO members (workspace_id, username, display_name, "
                       "role, active, created_at) VALUES (?, ?, ?, ?, 1, ?)"),
        {workspaceId, username, displayName.trimmed(), toString(role), Dialect::toDb(now)});
    if (!id)
        return id.error();
    VIGILO_TRY(provisionLogin(username));
    VIGILO_TRY(m_audit.record(workspaceId, by, QStringLiteral("member.add"),
                              QStringLiteral("member"), *id, 0, {},
                              {{QStringLiteral("username"), username},
                               {QStringLiteral("display_name"), displayName.trimmed()},
                               {QStringLiteral("role"), toString(role)}}));
    VIGILO_TRY(tx.commit());
    return sql::memberById(m_store, *id);
}

Result<Member> WorkspaceService::setRole(const Actor &caller, const QString &username, Role role)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto m = sql::memberByUsername(m_store, actor.workspace.id, username);
    if (!m)
        return m.error();
    if ((role == Role::Owner || m->role == Role::Owner) && actor.member.role != Role::Owner)
        return Error::rule(QStringLiteral("permission_denied"),
                           CoreText::tr("Only an owner can grant or take away the owner role."));
    if (m->role == Role::Owner && role != Role::Owner) {
        auto owners = activeOwners(m_store, actor.workspace.id);
        if (!owners)
            return owners.error();
        if (*owners <= 1)
            return Error::rule(
                QStringLiteral("last_owner"),
                CoreText::tr("%1 is the last owner. Make someone else an owner first.")
                    .arg(username));
    }
    VIGILO_TRY(sql::run(m_store, QStringLiteral("UPDATE members SET role = ? WHERE id = ?"),
                        {toString(role), m->id}));
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("member.role"), QStringLiteral("member"), m->id, 0,
                              {{QStringLiteral("role"), toString(m->role)}},
                              {{QStringLiteral("role"), toString(role)}}));
    VIGILO_TRY(scope.commit());
    return sql::memberById(m_store, m->id);
}

Result<Member> WorkspaceService::deactivateMember(const Actor &caller, const QString &username,
                                                  const SessionRevoker &revoke)
{
    return setMemberActive(caller, username, false, revoke);
}

Result<Member> WorkspaceService::reactivateMember(const Actor &caller, const QString &username)
{
    return setMemberActive(caller, username, true);
}

Result<Member> WorkspaceService::setMemberActive(const Actor &caller, const QString &username,
                                                 bool active, const SessionRevoker &revoke)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto m = sql::memberByUsername(m_store, actor.workspace.id, username);
    if (!m)
        return m.error();
    // An admin neither locks an owner out nor lets one back in (as with the owner role itself).
    if (m->role == Role::Owner && actor.member.role != Role::Owner)
        return Error::rule(QStringLiteral("permission_denied"),
                           active ? CoreText::tr("Only an owner can reactivate an owner.")
                                  : CoreText::tr("Only an owner can deactivate an owner."));
    if (m->active == active)
        return *m; // nothing changes, nothing is recorded
    if (!active && m->role == Role::Owner) {
        auto owners = activeOwners(m_store, actor.workspace.id);
        if (!owners)
            return owners.error();
        if (*owners <= 1)
            return Error::rule(
                QStringLiteral("last_owner"),
                CoreText::tr("%1 is the last owner and cannot be deactivated.").arg(username));
    }
    VIGILO_TRY(sql::run(m_store,
                        active ? QStringLiteral("UPDATE members SET active = 1 WHERE id = ?")
                               : QStringLiteral("UPDATE members SET active = 0 WHERE id = ?"),
                        {m->id}));
    QJsonObject values{{QStringLiteral("active"), active}};
    if (!active && revoke) {
        auto ended = revoke(*m);
        if (!ended)
            return ended.error();
        values.insert(QStringLiteral("sessions_revoked"), *ended);
    }
    VIGILO_TRY(m_audit.record(
        actor.workspace.id, actor.member.username,
        active ? QStringLiteral("member.reactivate") : QStringLiteral("member.deactivate"),
        QStringLiteral("member"), m->id, 0, {{QStringLiteral("active"), !active}}, values));
    VIGILO_TRY(scope.commit());
    return sql::memberById(m_store, m->id);
}

QString WorkspaceService::sessionRevocationRefusal(const AdminRights &rights, const Member &target)
{
    if (!rights.manageWorkspace)
        return rights.refusal.isEmpty()
                   ? CoreText::tr("Signing members out needs the admin role or higher; your role "
                                  "is %1.")
                         .arg(label(rights.role))
                   : rights.refusal;
    if (target.role == Role::Owner && !rights.grantOwner)
        return CoreText::tr("Only an owner can sign an owner out everywhere.");
    return {};
}

Result<SessionRevocation> WorkspaceService::revokeSessions(const Actor &caller,
                                                           const QString &username,
                                                           const SessionRevoker &revoke)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto m = sql::memberByUsername(m_store, actor.workspace.id, username);
    if (!m)
        return m.error(); // only members of the caller's workspace
    AdminRights rights;
    rights.role = actor.member.role;
    rights.manageWorkspace = true; // the write scope checked it
    rights.grantOwner = actor.member.role == Role::Owner;
    const QString refusal = sessionRevocationRefusal(rights, *m);
    if (!refusal.isEmpty())
        return Error::rule(QStringLiteral("permission_denied"), refusal,
                           {{QStringLiteral("username"), username}});
    if (!revoke)
        return Error::rule(QStringLiteral("server_only"),
                           CoreText::tr("There are no sessions to end: members sign in only to a "
                                        "team server (--db vigilo://HOST:PORT)."));
    auto ended = revoke(*m);
    if (!ended)
        return ended.error();
    VIGILO_TRY(m_audit.record(
        actor.workspace.id, actor.member.username, QStringLiteral("member.revoke_sessions"),
        QStringLiteral("member"), m->id, 0, {},
        {{QStringLiteral("username"), m->username}, {QStringLiteral("sessions"), *ended}}));
    VIGILO_TRY(scope.commit());
    return SessionRevocation{*m, *ended};
}

Result<QList<Member>> WorkspaceService::members(const Actor &actor) const
{
    auto q = sql::run(
        m_store, QStringLiteral("SELECT id FROM members WHERE workspace_id = ? ORDER BY username"),
        {actor.workspace.id});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    QList<Member> out;
    for (qint64 id : ids) {
        auto m = sql::memberById(m_store, id);
        if (!m)
            return m.error();
        out << *m;
    }
    return out;
}

Result<Asset> WorkspaceService::addAsset(const Actor &caller, const QString &name,
                                         const QString &kind)
{
    // One set of asset rules: the inventory's (name, kind, details; engineer+).
    AssetInput input;
    input.name = name;
    input.kind = kind;
    return AssetInventory(m_store, m_clock, m_audit).add(caller, input);
}

Result<QList<Asset>> WorkspaceService::assets(const Actor &actor) const
{
    return AssetInventory(m_store, m_clock, m_audit).list(actor);
}

Result<FreezeWindow> WorkspaceService::addFreezeWindow(const Actor &caller,
                                                       const FreezeWindowInput &input)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    VIGILO_TRY(validName(CoreText::tr("freeze window name"), input.name));
    VIGILO_TRY(input::checkText(QStringLiteral("reason"), input.reason, input::kMaxNote,
                                input::Lines::Multi));
    if (!input.start.isValid() || !input.end.isValid())
        return Error::input(CoreText::tr("A freeze window needs a start and an end time."));
    VIGILO_TRY(input::checkTime(QStringLiteral("start"), input.start));
    VIGILO_TRY(input::checkTime(QStringLiteral("end"), input.end));
    if (input.end <= input.start)
        return Error::input(CoreText::tr("The freeze window ends before it starts: the end must be "
                                         "after the start."),
                            {{QStringLiteral("field"), QStringLiteral("end")}});
    QList<qint64> assetIds;
    for (const QString &a : input.assets) {
        auto id = sql::assetId(m_store, actor.workspace.id, a);
        if (!id)
            return id.error();
        if (!assetIds.contains(*id))
            assetIds << *id;
    }
    const QDateTime now = m_clock.now();
    auto id =
        sql::insert(m_store,
                    QStringLiteral("INSERT INTO freeze_windows (workspace_id, name, start_at, "
                                   "end_at, reason, allow_override, created_by_id, created_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {actor.workspace.id, input.name.trimmed(), Dialect::toDb(input.start),
                     Dialect::toDb(input.end), input.reason, input.allowOverride ? 1 : 0,
                     actor.member.id, Dialect::toDb(now)});
    if (!id)
        return id.error();
    for (qint64 a : assetIds)
        VIGILO_TRY(sql::run(m_store,
                            QStringLiteral("INSERT INTO freeze_window_assets (freeze_id, asset_id) "
                                           "VALUES (?, ?)"),
                            {*id, a}));
    FreezeWindow f;
    f.id = *id;
    f.workspaceId = actor.workspace.id;
    f.name = input.name.trimmed();
    f.start = input.start.toUTC();
    f.end = input.end.toUTC();
    f.reason = input.reason;
    f.allowOverride = input.allowOverride;
    f.assets = input.assets;
    f.assets.sort();
    f.assets.removeDuplicates();
    f.createdBy = actor.member.username;
    f.createdAt = now;
    QJsonObject values = f.toJson();
    values.remove(QStringLiteral("id"));
    values.remove(QStringLiteral("created_at"));
    values.remove(QStringLiteral("created_by"));
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("freeze.add"), QStringLiteral("freeze_window"), *id, 0,
                              {}, values));
    VIGILO_TRY(scope.commit());
    return f;
}

Result<QList<FreezeWindow>> WorkspaceService::freezeWindows(const Actor &actor) const
{
    return readFreezeWindows(actor.workspace.id);
}

Result<QList<FreezeWindow>> WorkspaceService::readFreezeWindows(qint64 workspaceId, qint64 id) const
{
    const QString only = id > 0 ? QStringLiteral(" AND f.id = ?") : QString();
    QVariantList binds{workspaceId};
    if (id > 0)
        binds << id;
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT f.id, f.name, f.start_at, f.end_at, f.reason, "
                                     "f.allow_override, m.username, f.created_at FROM "
                                     "freeze_windows f LEFT JOIN members m ON m.id = "
                                     "f.created_by_id WHERE f.workspace_id = ?")
                          + only + QStringLiteral(" ORDER BY f.start_at"),
                      binds);
    if (!q)
        return q.error();
    QList<FreezeWindow> out;
    while (q->next()) {
        FreezeWindow f;
        f.id = q->value(0).toLongLong();
        f.workspaceId = workspaceId;
        f.name = q->value(1).toString();
        f.start = Dialect::fromDb(q->value(2));
        f.end = Dialect::fromDb(q->value(3));
        f.reason = q->value(4).toString();
        f.allowOverride = q->value(5).toInt() != 0;
        f.createdBy = q->value(6).toString();
        f.createdAt = Dialect::fromDb(q->value(7));
        out << f;
    }
    q->finish();
    auto a = sql::run(m_store,
                      QStringLiteral("SELECT fa.freeze_id, a.name FROM freeze_window_assets fa "
                                     "JOIN assets a ON a.id = fa.asset_id JOIN freeze_windows f "
                                     "ON f.id = fa.freeze_id WHERE f.workspace_id = ?")
                          + only + QStringLiteral(" ORDER BY a.name"),
                      binds);
    if (!a)
        return a.error();
    while (a->next())
        for (auto &f : out)
            if (f.id == a->value(0).toLongLong())
                f.assets << a->value(1).toString();
    return out;
}

Result<FreezeWindow> WorkspaceService::removeFreezeWindow(const Actor &caller, qint64 id)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto found = id > 0 ? readFreezeWindows(actor.workspace.id, id) : QList<FreezeWindow>();
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(
            CoreText::tr("There is no freeze window %1 in this workspace (see "
                         "`vigilo-cli freeze list`).")
                .arg(id),
            {{QStringLiteral("field"), QStringLiteral("id")}, {QStringLiteral("id"), id}});
    const FreezeWindow f = found->first();
    VIGILO_TRY(sql::run(
        m_store, QStringLiteral("DELETE FROM freeze_window_assets WHERE freeze_id = ?"), {f.id}));
    VIGILO_TRY(sql::run(m_store,
                        QStringLiteral("DELETE FROM freeze_windows WHERE id = ? AND workspace_id "
                                       "= ?"),
                        {f.id, actor.workspace.id}));
    // The whole window stays in the history (a change may have been refused or overridden
    // against it).
    QJsonObject values = f.toJson();
    values.remove(QStringLiteral("id"));
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("freeze.remove"), QStringLiteral("freeze_window"),
                              f.id, 0, values, {}));
    VIGILO_TRY(scope.commit());
    return f;
}

} // namespace vigilo
