// workspace, member and freeze commands (asset commands: AssetCommands.cpp).
#include "Commands.h"

#include "Client.h"

#include <limits>

namespace vigilo::cli {

namespace {

QString memberRow(const Member &m)
{
    return m.username;
}

int workspaceCreate(CliContext &ctx, const ParsedArgs &a)
{
    if (ctx.user().isEmpty() && !ctx.onServer())
        return ctx.usageError(QCoreApplication::translate(
            "vigilo-cli", "no acting user: pass --as USER or set VIGILO_USER"));
    CLI_TRY(client, ctx.client());
    CLI_TRY(ws, client->createWorkspace(a.positional(0), a.value(QStringLiteral("name")),
                                        a.value(QStringLiteral("locale"), QStringLiteral("en_US")),
                                        a.value(QStringLiteral("owner-name"))));
    return ctx.out().print(
        {{QStringLiteral("workspace"), ws.toJson()}},
        QCoreApplication::translate("vigilo-cli", "Created workspace %1 (%2); %3 is its owner.")
            .arg(ws.slug, ws.name, ctx.user()));
}

int workspaceList(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(client, ctx.client());
    CLI_TRY(list, client->workspaces(a.has(QStringLiteral("all"))));
    Table t({QCoreApplication::translate("vigilo-cli", "SLUG"),
             QCoreApplication::translate("vigilo-cli", "LOCALE"),
             QCoreApplication::translate("vigilo-cli", "CREATED"),
             QCoreApplication::translate("vigilo-cli", "NAME")});
    for (const Workspace &w : list)
        t.addRow({w.slug, w.locale, formatTime(w.createdAt), w.name});
    return ctx.out().print(
        {{QStringLiteral("workspaces"), toJsonArray(list)}},
        list.isEmpty() ? QCoreApplication::translate("vigilo-cli", "No workspaces.") : t.render());
}

int workspaceRename(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(ws, client->renameWorkspace(a.positional(0)));
    return ctx.out().print(
        {{QStringLiteral("workspace"), ws.toJson()}},
        QCoreApplication::translate("vigilo-cli", "Workspace %1 is now called %2.")
            .arg(ws.slug, ws.name));
}

int workspaceSetPackLanguage(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(ws, client->setPackLanguage(a.positional(0)));
    return ctx.out().print(
        {{QStringLiteral("workspace"), ws.toJson()}},
        QCoreApplication::translate("vigilo-cli", "Evidence packs of %1 are now written in %2.")
            .arg(ws.slug, ws.locale));
}

int memberAdd(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(role, parseEnum<Role>(QStringLiteral("role"), a.value(QStringLiteral("role")),
                                  &parseRole, allRoles()));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(added, client->addMember(a.positional(0), role, a.value(QStringLiteral("name"))));
    const Member &m = added.member;
    QJsonObject doc{{QStringLiteral("member"), m.toJson()}};
    QString human = QCoreApplication::translate("vigilo-cli", "Added %1 as %2.")
                        .arg(memberRow(m), toString(m.role));
    if (!added.enrollmentCode.isEmpty()) {
        doc.insert(QStringLiteral("enrollment_code"), added.enrollmentCode);
        doc.insert(QStringLiteral("enrollment_expires_at"), jsonTime(added.enrollmentExpiresAt));
        human += QLatin1Char('\n')
                 + QCoreApplication::translate(
                       "vigilo-cli", "One-time enrollment code for %1 (valid until %2): %3\n"
                                     "They choose their password with: vigilo-cli --db %4 login %1 "
                                     "--enrollment-code %3")
                       .arg(m.username, formatTime(added.enrollmentExpiresAt), added.enrollmentCode,
                            ctx.dbLocation());
    }
    return ctx.out().print(doc, human);
}

int memberSetRole(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(role, parseEnum<Role>(QStringLiteral("role"), a.value(QStringLiteral("role")),
                                  &parseRole, allRoles()));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(m, client->setRole(a.positional(0), role));
    return ctx.out().print({{QStringLiteral("member"), m.toJson()}},
                           QCoreApplication::translate("vigilo-cli", "%1 is now %2.")
                               .arg(m.username, toString(m.role)));
}

int memberDeactivate(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(m, client->deactivateMember(a.positional(0)));
    return ctx.out().print(
        {{QStringLiteral("member"), m.toJson()}},
        QCoreApplication::translate("vigilo-cli", "Deactivated %1.").arg(m.username));
}

int memberReactivate(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(m, client->reactivateMember(a.positional(0)));
    return ctx.out().print(
        {{QStringLiteral("member"), m.toJson()}},
        QCoreApplication::translate("vigilo-cli", "Reactivated %1.").arg(m.username));
}

int memberRevokeSessions(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(r, client->revokeSessions(a.positional(0)));
    return ctx.out().print(
        r.toJson(), QCoreApplication::translate("vigilo-cli", "Signed %1 out everywhere; sessions "
                                                              "ended: %2.")
                        .arg(r.member.username)
                        .arg(r.sessions));
}

int memberList(CliContext &ctx, const ParsedArgs &)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(list, client->members());
    Table t({QCoreApplication::translate("vigilo-cli", "USER"),
             QCoreApplication::translate("vigilo-cli", "ROLE"),
             QCoreApplication::translate("vigilo-cli", "ACTIVE"),
             QCoreApplication::translate("vigilo-cli", "NAME")});
    for (const Member &m : list)
        t.addRow({m.username, toString(m.role),
                  m.active ? QCoreApplication::translate("vigilo-cli", "yes")
                           : QCoreApplication::translate("vigilo-cli", "no"),
                  m.displayName});
    return ctx.out().print({{QStringLiteral("members"), toJsonArray(list)}}, t.render());
}

int freezeAdd(CliContext &ctx, const ParsedArgs &a)
{
    FreezeWindowInput in;
    in.name = a.value(QStringLiteral("name"));
    CLI_TRY(start, parseTime(QStringLiteral("start"), a.value(QStringLiteral("start"))));
    CLI_TRY(end, parseTime(QStringLiteral("end"), a.value(QStringLiteral("end"))));
    if (end <= start)
        return ctx.usageError(QCoreApplication::translate(
            "vigilo-cli", "--end must be after --start (windows are [start, end))"));
    in.start = start;
    in.end = end;
    in.reason = a.value(QStringLiteral("reason"));
    in.allowOverride = a.has(QStringLiteral("allow-override"));
    in.assets = a.all(QStringLiteral("asset"));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(fw, client->addFreezeWindow(in));
    return ctx.out().print(
        {{QStringLiteral("freeze_window"), fw.toJson()}},
        QCoreApplication::translate("vigilo-cli", "Added freeze window \"%1\" [%2, %3).")
            .arg(fw.name, formatTime(fw.start), formatTime(fw.end)));
}

int freezeRemove(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(id,
            parseInt(QStringLiteral("ID"), a.positional(0), 1, std::numeric_limits<int>::max()));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(fw, client->removeFreezeWindow(id));
    return ctx.out().print(
        {{QStringLiteral("removed"), fw.toJson()}},
        QCoreApplication::translate("vigilo-cli", "Removed freeze window %1 \"%2\" [%3, %4).")
            .arg(QString::number(fw.id), fw.name, formatTime(fw.start), formatTime(fw.end)));
}

int freezeList(CliContext &ctx, const ParsedArgs &)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(list, client->freezeWindows());
    Table t({
        QCoreApplication::translate("vigilo-cli", "ID"),
        QCoreApplication::translate("vigilo-cli", "START"),
        QCoreApplication::translate("vigilo-cli", "END"),
        QCoreApplication::translate("vigilo-cli", "OVERRIDE"),
        QCoreApplication::translate("vigilo-cli", "ASSETS"),
        QCoreApplication::translate("vigilo-cli", "NAME"),
    });
    for (const FreezeWindow &f : list)
        t.addRow({QString::number(f.id), formatTime(f.start), formatTime(f.end),
                  f.allowOverride ? QCoreApplication::translate("vigilo-cli", "allowed")
                                  : QCoreApplication::translate("vigilo-cli", "no"),
                  f.assets.isEmpty() ? QCoreApplication::translate("vigilo-cli", "(all)")
                                     : f.assets.join(QLatin1Char(',')),
                  f.reason.isEmpty() ? f.name : f.name + QStringLiteral(" — ") + f.reason});
    return ctx.out().print({{QStringLiteral("freeze_windows"), toJsonArray(list)}},
                           list.isEmpty()
                               ? QCoreApplication::translate("vigilo-cli", "No freeze windows.")
                               : t.render());
}
} // namespace

QList<CommandSpec> workspaceCommands()
{
    const PositionalSpec user{QStringLiteral("USER"),
                              QCoreApplication::translate("vigilo-cli", "The member's user name")};
    const OptionSpec role =
        requiredOpt(QStringLiteral("role"), QStringLiteral("ROLE"), names(allRoles()));
    return {
        {{QStringLiteral("workspace"), QStringLiteral("create")},
         {{QStringLiteral("SLUG"),
           QCoreApplication::translate("vigilo-cli", "Lower-case letters, digits and '-'")}},
         {requiredOpt(QStringLiteral("name"), QStringLiteral("NAME"),
                      QCoreApplication::translate("vigilo-cli", "The workspace's name")),
          valueOpt(QStringLiteral("locale"), QStringLiteral("LOCALE"),
                   QCoreApplication::translate("vigilo-cli", "e.g. de_DE (default en_US)")),
          valueOpt(QStringLiteral("owner-name"), QStringLiteral("NAME"),
                   QCoreApplication::translate("vigilo-cli", "Your display name"))},
         QCoreApplication::translate("vigilo-cli",
                                     "Create a workspace; the acting user becomes its owner."),
         workspaceCreate},
        {{QStringLiteral("workspace"), QStringLiteral("list")},
         {},
         {flagOpt(QStringLiteral("all"),
                  QCoreApplication::translate("vigilo-cli",
                                              "Every workspace in the database, not only yours"))},
         QCoreApplication::translate("vigilo-cli", "List the workspaces you are a member of."),
         workspaceList},
        {{QStringLiteral("workspace"), QStringLiteral("rename")},
         {{QStringLiteral("NAME"), QCoreApplication::translate("vigilo-cli", "The new name")}},
         {},
         QCoreApplication::translate("vigilo-cli", "Rename the workspace (its slug stays)."),
         workspaceRename},
        {{QStringLiteral("workspace"), QStringLiteral("set-pack-language")},
         {{QStringLiteral("LOCALE"),
           QCoreApplication::translate("vigilo-cli", "e.g. de_DE or en_US")}},
         {},
         QCoreApplication::translate(
             "vigilo-cli", "The language of the workspace's evidence packs (its locale)."),
         workspaceSetPackLanguage},
        {{QStringLiteral("member"), QStringLiteral("add")},
         {user},
         {role, valueOpt(QStringLiteral("name"), QStringLiteral("NAME"),
                         QCoreApplication::translate("vigilo-cli", "Display name"))},
         QCoreApplication::translate("vigilo-cli", "Add a member to the workspace."),
         memberAdd},
        {{QStringLiteral("member"), QStringLiteral("set-role")},
         {user},
         {role},
         QCoreApplication::translate("vigilo-cli", "Change a member's role."),
         memberSetRole},
        {{QStringLiteral("member"), QStringLiteral("deactivate")},
         {user},
         {},
         QCoreApplication::translate("vigilo-cli",
                                     "Deactivate a member (history keeps their name)."),
         memberDeactivate},
        {{QStringLiteral("member"), QStringLiteral("reactivate")},
         {user},
         {},
         QCoreApplication::translate("vigilo-cli", "Reactivate a deactivated member."),
         memberReactivate},
        {{QStringLiteral("member"), QStringLiteral("revoke-sessions")},
         {user},
         {},
         QCoreApplication::translate("vigilo-cli",
                                     "Sign a member out everywhere on a team server (a lost "
                                     "laptop): every session of theirs ends."),
         memberRevokeSessions},
        {{QStringLiteral("member"), QStringLiteral("list")},
         {},
         {},
         QCoreApplication::translate("vigilo-cli", "List the members."),
         memberList},
        {{QStringLiteral("freeze"), QStringLiteral("add")},
         {},
         {requiredOpt(QStringLiteral("name"), QStringLiteral("NAME"),
                      QCoreApplication::translate("vigilo-cli", "The window's name")),
          requiredOpt(QStringLiteral("start"), QStringLiteral("T"),
                      QCoreApplication::translate("vigilo-cli", "Start (ISO 8601)")),
          requiredOpt(QStringLiteral("end"), QStringLiteral("T"),
                      QCoreApplication::translate("vigilo-cli", "End, exclusive (ISO 8601)")),
          flagOpt(QStringLiteral("allow-override"),
                  QCoreApplication::translate("vigilo-cli",
                                              "Admins may override it with a justification")),
          repeatOpt(QStringLiteral("asset"), QStringLiteral("A"),
                    QCoreApplication::translate("vigilo-cli",
                                                "Limit to this asset (default: workspace-wide)")),
          valueOpt(QStringLiteral("reason"), QStringLiteral("R"),
                   QCoreApplication::translate("vigilo-cli", "Why the freeze exists"))},
         QCoreApplication::translate("vigilo-cli", "Add a freeze window."),
         freezeAdd},
        {{QStringLiteral("freeze"), QStringLiteral("remove")},
         {{QStringLiteral("ID"),
           QCoreApplication::translate("vigilo-cli", "The window's id (freeze list)")}},
         {},
         QCoreApplication::translate("vigilo-cli", "Remove a freeze window (admins)."),
         freezeRemove},
        {{QStringLiteral("freeze"), QStringLiteral("list")},
         {},
         {},
         QCoreApplication::translate("vigilo-cli", "List the freeze windows."),
         freezeList},
    };
}

} // namespace vigilo::cli
