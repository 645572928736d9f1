// Methods on workspaces, members, assets, freeze windows, the audit trail and the database.
#include "ApiUtil.h"
#include "AssetInventory.h"

#include "DemoBuilder.h"
#include "Store.h"
#include "Tr.h"
#include "Vigilo.h"

namespace vigilo::api {

namespace {

Result<QJsonValue> databaseInfo(const Call &c)
{
    const Store &store = c.core.store();
    if (store.schemaVersion() > Store::kSchemaVersion)
        return Error::storage(
            CoreText::tr("This database was written by a newer Vigilo (schema version %1; this "
                         "build understands up to %2). Install a newer Vigilo to open it.")
                .arg(store.schemaVersion())
                .arg(Store::kSchemaVersion),
            {{QStringLiteral("schema_version"), store.schemaVersion()},
             {QStringLiteral("supported_version"), Store::kSchemaVersion}},
            QStringLiteral("schema_too_new"));
    return QJsonValue(QJsonObject{{QStringLiteral("backend"), store.backendName()},
                                  {QStringLiteral("schema_version"), store.schemaVersion()}});
}

Result<QJsonValue> workspaceCreate(const Call &c)
{
    const Args &a = c.args;
    return one(QStringLiteral("workspace"),
               c.core.workspaces().createWorkspace(
                   a.text(QStringLiteral("slug")), a.text(QStringLiteral("name")),
                   a.text(QStringLiteral("locale"), QStringLiteral("en_US")), c.username,
                   a.text(QStringLiteral("owner_name"))));
}

Result<QJsonValue> workspaceList(const Call &c)
{
    if (c.args.boolean(QStringLiteral("all"))) {
        if (c.host)
            return Error::rule(QStringLiteral("permission_denied"),
                               CoreText::tr("On a server you see only the workspaces you are a "
                                            "member of."));
        return many(QStringLiteral("workspaces"), c.core.workspaces().workspaces());
    }
    return many(QStringLiteral("workspaces"), c.core.workspaces().workspacesOf(c.username));
}

Result<QJsonValue> workspaceRename(const Call &c)
{
    return one(QStringLiteral("workspace"),
               c.core.workspaces().renameWorkspace(*c.actor, c.args.text(QStringLiteral("name"))));
}

Result<QJsonValue> workspaceSetPackLanguage(const Call &c)
{
    return one(QStringLiteral("workspace"), c.core.workspaces().setPackLanguage(
                                                *c.actor, c.args.text(QStringLiteral("locale"))));
}

// The Administration window's one question: what the caller may do and everything it manages.
Result<QJsonValue> workspaceAdministration(const Call &c)
{
    const Actor &actor = *c.actor;
    auto rights = c.core.workspaces().adminRights(actor);
    if (!rights)
        return rights.error();
    auto workspace = c.core.workspaces().workspace(actor.workspace.slug);
    if (!workspace)
        return workspace.error();
    auto members = c.core.workspaces().members(actor);
    if (!members)
        return members.error();
    auto freezes = c.core.workspaces().freezeWindows(actor);
    if (!freezes)
        return freezes.error();
    auto policies = c.core.policies().list(actor);
    if (!policies)
        return policies.error();
    auto templates = c.core.templates().list(actor);
    if (!templates)
        return templates.error();
    auto questions = c.core.risk().questions(actor);
    if (!questions)
        return questions.error();
    return QJsonValue(QJsonObject{{QStringLiteral("rights"), rights->toJson()},
                                  {QStringLiteral("workspace"), workspace->toJson()},
                                  {QStringLiteral("members"), jsonArray(*members)},
                                  {QStringLiteral("freeze_windows"), jsonArray(*freezes)},
                                  {QStringLiteral("policies"), jsonArray(*policies)},
                                  {QStringLiteral("templates"), jsonArray(*templates)},
                                  {QStringLiteral("risk_questions"), jsonArray(*questions)},
                                  {QStringLiteral("required_answers"),
                                   RiskAssessment::requiredAnswers(int(questions->size()))}});
}

// Who the caller is in the workspace, as the dispatcher signed them in: what a client asks when
// it opens or switches to a workspace (one round trip; a non-member is refused there).
Result<QJsonValue> workspaceOpen(const Call &c)
{
    return QJsonValue(QJsonObject{{QStringLiteral("workspace"), c.actor->workspace.toJson()},
                                  {QStringLiteral("member"), c.actor->member.toJson()}});
}

Result<QJsonValue> members(const Call &c)
{
    return many(QStringLiteral("members"), c.core.workspaces().members(*c.actor));
}

Result<QJsonValue> memberAdd(const Call &c)
{
    const Args &a = c.args;
    auto m = c.core.workspaces().addMember(*c.actor, a.text(QStringLiteral("username")),
                                           parseRole(a.text(QStringLiteral("role"))).value(),
                                           a.text(QStringLiteral("name")));
    if (!m)
        return m.error();
    QJsonObject out{{QStringLiteral("member"), m->toJson()}};
    if (c.host) {
        auto extra = c.host->memberAdded(*c.actor, *m);
        if (!extra)
            return extra.error();
        for (auto it = extra->constBegin(); it != extra->constEnd(); ++it)
            out.insert(it.key(), it.value());
    }
    return QJsonValue(out);
}

Result<QJsonValue> memberSetRole(const Call &c)
{
    return one(QStringLiteral("member"),
               c.core.workspaces().setRole(*c.actor, c.args.text(QStringLiteral("username")),
                                           parseRole(c.args.text(QStringLiteral("role"))).value()));
}

// The host's way to end a member's sessions (none in process: there are no sessions there).
SessionRevoker revokerOf(const Call &c)
{
    if (!c.host)
        return {};
    api::Host *host = c.host;
    const Actor actor = *c.actor;
    return [host, actor](const Member &m) { return host->revokeSessions(actor, m); };
}

Result<QJsonValue> memberDeactivate(const Call &c)
{
    return one(QStringLiteral("member"),
               c.core.workspaces().deactivateMember(
                   *c.actor, c.args.text(QStringLiteral("username")), revokerOf(c)));
}

Result<QJsonValue> memberRevokeSessions(const Call &c)
{
    auto r = c.core.workspaces().revokeSessions(*c.actor, c.args.text(QStringLiteral("username")),
                                                revokerOf(c));
    if (!r)
        return r.error();
    return QJsonValue(r->toJson());
}

Result<QJsonValue> memberReactivate(const Call &c)
{
    return one(QStringLiteral("member"), c.core.workspaces().reactivateMember(
                                             *c.actor, c.args.text(QStringLiteral("username"))));
}

Result<QJsonValue> assetAdd(const Call &c)
{
    AssetInput in;
    in.name = c.args.text(QStringLiteral("name"));
    in.kind = c.args.text(QStringLiteral("kind"), QStringLiteral("service"));
    in.owner = c.args.text(QStringLiteral("owner"));
    in.criticality = enumArg(c.args, QStringLiteral("criticality"), &parseCriticality);
    in.timeZone = c.args.text(QStringLiteral("time_zone"));
    return one(QStringLiteral("asset"), c.core.inventory().add(*c.actor, in));
}

Result<QJsonValue> assetList(const Call &c)
{
    return many(QStringLiteral("assets"), c.core.workspaces().assets(*c.actor));
}

Result<QJsonValue> freezeAdd(const Call &c)
{
    const Args &a = c.args;
    FreezeWindowInput in;
    in.name = a.text(QStringLiteral("name"));
    in.start = a.time(QStringLiteral("start"));
    in.end = a.time(QStringLiteral("end"));
    in.reason = a.text(QStringLiteral("reason"));
    in.allowOverride = a.boolean(QStringLiteral("allow_override"));
    in.assets = a.textList(QStringLiteral("assets"));
    return one(QStringLiteral("freeze_window"), c.core.workspaces().addFreezeWindow(*c.actor, in));
}

Result<QJsonValue> freezeRemove(const Call &c)
{
    return one(QStringLiteral("removed"), c.core.workspaces().removeFreezeWindow(
                                              *c.actor, c.args.integer(QStringLiteral("id"))));
}

Result<QJsonValue> freezeList(const Call &c)
{
    return many(QStringLiteral("freeze_windows"), c.core.workspaces().freezeWindows(*c.actor));
}

Result<QJsonValue> auditVerify(const Call &c)
{
    auto v = c.core.audit().verify(*c.actor);
    if (!v)
        return v.error();
    QJsonObject extra;
    if (c.host)
        VIGILO_TRY(c.host->auditVerified(*c.actor, *v, extra));
    QJsonObject out = v->toJson();
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return QJsonValue(QJsonObject{{QStringLiteral("audit_verification"), out}});
}

Result<QJsonValue> auditLog(const Call &c)
{
    return many(QStringLiteral("events"),
                c.core.audit().workspaceHistory(*c.actor,
                                                int(c.args.integer(QStringLiteral("limit"), 200))));
}

Result<QJsonValue> demoBuild(const Call &c)
{
    if (c.host && !c.host->allowsDemo())
        return Error::rule(QStringLiteral("permission_denied"),
                           CoreText::tr("This server does not build demo workspaces (start it "
                                        "with --allow-demo to let it)."));
    DemoOptions o;
    o.changes = int(c.args.integer(QStringLiteral("changes"), o.changes));
    o.assets = int(c.args.integer(QStringLiteral("assets"), o.assets));
    o.seed = quint32(c.args.integer(QStringLiteral("seed"), o.seed));
    if (c.args.has(QStringLiteral("anchor"))) {
        o.anchor = QDate::fromString(c.args.text(QStringLiteral("anchor")), Qt::ISODate);
        if (!o.anchor.isValid())
            return Error::input(CoreText::tr("The anchor \"%1\" is not a date like 2026-12-01.")
                                    .arg(c.args.text(QStringLiteral("anchor")).left(40)),
                                {{QStringLiteral("field"), QStringLiteral("anchor")}});
    }
    o.extraOwner = c.username;
    auto report = DemoBuilder::build(c.core.store(), o);
    if (!report)
        return report.error();
    return QJsonValue(
        QJsonObject{{QStringLiteral("demo"),
                     QJsonObject{{QStringLiteral("slug"), report->slug},
                                 {QStringLiteral("changes"), report->changes},
                                 {QStringLiteral("members"), report->members},
                                 {QStringLiteral("assets"), report->assets},
                                 {QStringLiteral("relations"), report->relations},
                                 {QStringLiteral("audit_events"), report->auditEvents}}}});
}

Param username(const QString &help)
{
    return text(QStringLiteral("username"), help, true);
}

} // namespace

QList<Method> workspaceMethods()
{
    const QStringList roles = wireNames(allRoles());
    return {
        {QStringLiteral("database.info"),
         Scope::Public,
         QStringLiteral("The storage behind the API: backend and schema version."),
         {},
         QStringLiteral("{backend, schema_version}"),
         {},
         databaseInfo},
        {QStringLiteral("workspace.create"),
         Scope::Account,
         QStringLiteral("Create a workspace; the caller becomes its owner."),
         {text(QStringLiteral("slug"), QStringLiteral("Lower-case letters, digits and '-'"), true),
          text(QStringLiteral("name"), QStringLiteral("The workspace's name"), true),
          text(QStringLiteral("locale"), QStringLiteral("e.g. de_DE (default en_US)")),
          text(QStringLiteral("owner_name"), QStringLiteral("The caller's display name"))},
         QStringLiteral("{workspace}"),
         {QStringLiteral("workspace_exists")},
         workspaceCreate},
        {QStringLiteral("workspace.list"),
         Scope::Account,
         QStringLiteral("The workspaces the caller is an active member of."),
         {boolean(QStringLiteral("all"),
                  QStringLiteral("Every workspace of the database (in process only)"))},
         QStringLiteral("{workspaces: [workspace]}"),
         {QStringLiteral("permission_denied")},
         workspaceList},
        {QStringLiteral("workspace.rename"),
         Scope::Workspace,
         QStringLiteral("Rename the workspace; its slug stays (admins)."),
         {text(QStringLiteral("name"), QStringLiteral("The new name"), true)},
         QStringLiteral("{workspace}"),
         {QStringLiteral("permission_denied")},
         workspaceRename},
        {QStringLiteral("workspace.set_pack_language"),
         Scope::Workspace,
         QStringLiteral("The language of the workspace's evidence packs when an export names none "
                        "(the workspace's locale; admins)."),
         {text(QStringLiteral("locale"), QStringLiteral("e.g. de_DE or en_US"), true)},
         QStringLiteral("{workspace}"),
         {QStringLiteral("permission_denied")},
         workspaceSetPackLanguage},
        {QStringLiteral("workspace.administration"),
         Scope::Workspace,
         QStringLiteral("What the caller may administer in the workspace (and the core's reason "
                        "when not), with the members, freeze windows, approval policies, "
                        "standard templates and risk questions, in one answer."),
         {},
         QStringLiteral("{rights: {role, manage_workspace, grant_owner, refusal?}, workspace, "
                        "members, freeze_windows, policies, templates, risk_questions, "
                        "required_answers}"),
         {},
         workspaceAdministration},
        {QStringLiteral("workspace.open"),
         Scope::Workspace,
         QStringLiteral("Open the workspace: the workspace and the caller's membership (role), in "
                        "one answer. Refused when the caller is not an active member."),
         {},
         QStringLiteral("{workspace, member}"),
         {QStringLiteral("permission_denied"), QStringLiteral("not_found")},
         workspaceOpen},
        {QStringLiteral("workspace.members"),
         Scope::Workspace,
         QStringLiteral("The workspace's members and their roles."),
         {},
         QStringLiteral("{members: [member]}"),
         {},
         members},
        {QStringLiteral("member.add"),
         Scope::Workspace,
         QStringLiteral("Add a member (admins; only owners make owners). On a server, a member "
                        "without a password yet gets a one-time enrollment code (72 h)."),
         {username(QStringLiteral("The new member's user name")),
          oneOf(QStringLiteral("role"), roles, QStringLiteral("The role"), true),
          text(QStringLiteral("name"), QStringLiteral("Display name"))},
         QStringLiteral("{member, enrollment_code?, enrollment_expires_at?}"),
         {QStringLiteral("member_exists"), QStringLiteral("permission_denied")},
         memberAdd},
        {QStringLiteral("member.set_role"),
         Scope::Workspace,
         QStringLiteral("Change a member's role (admins)."),
         {username(QStringLiteral("The member")),
          oneOf(QStringLiteral("role"), roles, QStringLiteral("The new role"), true)},
         QStringLiteral("{member}"),
         {QStringLiteral("last_owner"), QStringLiteral("permission_denied")},
         memberSetRole},
        {QStringLiteral("member.deactivate"),
         Scope::Workspace,
         QStringLiteral("Deactivate a member; history keeps their name (admins; owners only by "
                        "owners). On a team server their sessions end at once."),
         {username(QStringLiteral("The member"))},
         QStringLiteral("{member}"),
         {QStringLiteral("last_owner"), QStringLiteral("permission_denied")},
         memberDeactivate},
        {QStringLiteral("member.revoke_sessions"),
         Scope::Workspace,
         QStringLiteral("Sign a member out everywhere on a team server (a lost laptop): every "
                        "session of their account ends, in every workspace; they sign in again "
                        "with their password. Admins; an owner only by an owner. In process "
                        "there are no sessions: server_only."),
         {username(QStringLiteral("The member"))},
         QStringLiteral("{member, sessions}"),
         {QStringLiteral("permission_denied"), QStringLiteral("server_only")},
         memberRevokeSessions},
        {QStringLiteral("member.reactivate"),
         Scope::Workspace,
         QStringLiteral("Reactivate a deactivated member (admins; owners only by owners)."),
         {username(QStringLiteral("The member"))},
         QStringLiteral("{member}"),
         {QStringLiteral("permission_denied")},
         memberReactivate},
        {QStringLiteral("asset.add"),
         Scope::Workspace,
         QStringLiteral("Add an asset."),
         {text(QStringLiteral("name"), QStringLiteral("Unique in the workspace"), true),
          text(QStringLiteral("kind"), QStringLiteral("service, host, database, ... (default "
                                                      "service)")),
          text(QStringLiteral("owner"), QStringLiteral("The team or person responsible")),
          oneOf(QStringLiteral("criticality"), wireNames(allCriticalities()),
                QStringLiteral("low, medium (default), high or critical")),
          text(QStringLiteral("time_zone"), QStringLiteral("IANA time zone, e.g. Europe/Berlin"))},
         QStringLiteral("{asset}"),
         {QStringLiteral("asset_exists"), QStringLiteral("permission_denied")},
         assetAdd},
        {QStringLiteral("asset.list"),
         Scope::Workspace,
         QStringLiteral("The workspace's assets."),
         {},
         QStringLiteral("{assets: [asset]}"),
         {},
         assetList},
        {QStringLiteral("freeze.add"),
         Scope::Workspace,
         QStringLiteral("Add a freeze window (admins)."),
         {text(QStringLiteral("name"), QStringLiteral("The window's name"), true),
          time(QStringLiteral("start"), QStringLiteral("Start"), true),
          time(QStringLiteral("end"), QStringLiteral("End, exclusive"), true),
          text(QStringLiteral("reason"), QStringLiteral("Why the freeze exists")),
          boolean(QStringLiteral("allow_override"),
                  QStringLiteral("Admins may override it with a justification")),
          textList(QStringLiteral("assets"), QStringLiteral("Limit to these assets (default: "
                                                            "workspace-wide)"))},
         QStringLiteral("{freeze_window}"),
         {QStringLiteral("permission_denied")},
         freezeAdd},
        {QStringLiteral("freeze.remove"),
         Scope::Workspace,
         QStringLiteral("Remove a freeze window (admins); the audit event keeps the whole "
                        "window."),
         {integer(QStringLiteral("id"), 1, 9007199254740991LL,
                  QStringLiteral("The window's id (freeze.list)"), true)},
         QStringLiteral("{removed: freeze_window}"),
         {QStringLiteral("permission_denied")},
         freezeRemove},
        {QStringLiteral("freeze.list"),
         Scope::Workspace,
         QStringLiteral("The workspace's freeze windows."),
         {},
         QStringLiteral("{freeze_windows: [freeze_window]}"),
         {},
         freezeList},
        {QStringLiteral("audit.verify"),
         Scope::Workspace,
         QStringLiteral("Check the workspace's hash-chained audit trail (on a team server also "
                        "against the chain heads the server signed)."),
         {},
         QStringLiteral("{audit_verification: {ok, events_checked, problems, anchors?, "
                        "latest_anchor_seq?}}"),
         {},
         auditVerify},
        {QStringLiteral("audit.log"),
         Scope::Workspace,
         QStringLiteral("The workspace's latest audit events."),
         {integer(QStringLiteral("limit"), 1, 1000000, QStringLiteral("At most N (default 200)"))},
         QStringLiteral("{events: [audit_event]}"),
         {},
         auditLog},
        {QStringLiteral("demo.build"),
         Scope::Account,
         QStringLiteral("Build the realistic demo workspace \"demo\"; the caller becomes one of "
                        "its owners (a server builds it only when started with --allow-demo)."),
         {integer(QStringLiteral("changes"), 0, 100000,
                  QStringLiteral("How many changes (default 60)")),
          integer(QStringLiteral("assets"), 0, 50000,
                  QStringLiteral("Generated assets on top of the hand-made inventory, with about "
                                 "five relationships each (default 0)")),
          integer(QStringLiteral("seed"), 0, 4294967295LL,
                  QStringLiteral("Seed; the same seed gives the same demo (default 42)")),
          text(QStringLiteral("anchor"),
               QStringLiteral("\"Today\" for the demo, e.g. 2026-12-01"))},
         QStringLiteral("{demo: {slug, changes, members, assets, relations, audit_events}}"),
         {QStringLiteral("workspace_exists"), QStringLiteral("permission_denied")},
         demoBuild},
    };
}

} // namespace vigilo::api
