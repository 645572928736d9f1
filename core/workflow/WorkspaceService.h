#pragma once
// Workspaces, members and roles, assets, freeze windows.

#include "Actor.h"
#include "Error.h"
#include "Inputs.h"

#include <functional>

namespace vigilo {

class Store;
class Clock;
class AuditLog;

// What the caller may administer in their workspace, as the core decides it: the Administration
// window offers exactly this and shows `refusal` (the core's words) when it offers nothing.
struct AdminRights {
    Role role = Role::Viewer;
    bool manageWorkspace = false; // members, freeze windows, policies, templates, risk, name
    bool grantOwner = false;      // make or unmake owners
    QString refusal;              // why not, when !manageWorkspace
    QJsonObject toJson() const;
};

// Ends every session of a member's account on a team server, inside the core's write, and says
// how many it ended (vigilo-server's accounts; in process there are no sessions).
using SessionRevoker = std::function<Result<int>(const Member &member)>;

// What member.revoke_sessions did: whose sessions, and how many ended.
struct SessionRevocation {
    Member member;
    int sessions = 0;
    QJsonObject toJson() const;
};

class WorkspaceService final {
public:
    WorkspaceService(Store &store, const Clock &clock, AuditLog &audit)
        : m_store(store)
        , m_clock(clock)
        , m_audit(audit)
    {}

    // The acting user becomes the owner. slug: lower-case letters, digits and '-'.
    Result<Workspace> createWorkspace(const QString &slug, const QString &name,
                                      const QString &locale, const QString &ownerUsername,
                                      const QString &ownerDisplayName = {});
    Result<QList<Workspace>> workspaces() const;
    Result<QList<Workspace>> workspacesOf(const QString &username) const;
    Result<Workspace> workspace(const QString &slug) const;
    // Renames the caller's workspace (admins); the slug stays.
    Result<Workspace> renameWorkspace(const Actor &actor, const QString &name);
    // The language the workspace's evidence packs are written in when an export names none
    // (the workspace's locale, e.g. de_DE; admins).
    Result<Workspace> setPackLanguage(const Actor &actor, const QString &locale);
    Result<AdminRights> adminRights(const Actor &actor) const;
    // Resolves the acting member; refuses an unknown workspace, a non-member or a deactivated one.
    Result<Actor> signIn(const QString &slug, const QString &username) const;

    Result<Member> addMember(const Actor &actor, const QString &username, Role role,
                             const QString &displayName = {});
    // The server's operator (vigilo-server enroll, on the server's machine) adds a member
    // without being one; the audit event names `operatorName`.
    Result<Member> enrollMember(const Workspace &workspace, const QString &username, Role role,
                                const QString &operatorName);
    Result<Member> setRole(const Actor &actor, const QString &username, Role role);
    // With `revoke` (on a team server), the member's sessions end in the same write: a
    // deactivated member is signed out at once, and the audit event says how many sessions.
    Result<Member> deactivateMember(const Actor &actor, const QString &username,
                                    const SessionRevoker &revoke = {});
    Result<Member> reactivateMember(const Actor &actor, const QString &username);
    Result<QList<Member>> members(const Actor &actor) const;
    // "Sign out everywhere" for another member (a lost laptop): admins and owners of the
    // workspace, an owner's sessions only by an owner, only members of the caller's workspace
    // (not_found otherwise). `revoke` ends them inside the write; audited with who, whom and how
    // many sessions.
    Result<SessionRevocation> revokeSessions(const Actor &actor, const QString &username,
                                             const SessionRevoker &revoke);
    // The rule of revokeSessions for a screen: empty when `rights` (adminRights' answer) allow
    // signing `target` out everywhere, else the reason.
    static QString sessionRevocationRefusal(const AdminRights &rights, const Member &target);

    Result<Asset> addAsset(const Actor &actor, const QString &name, const QString &kind);
    Result<QList<Asset>> assets(const Actor &actor) const;

    Result<FreezeWindow> addFreezeWindow(const Actor &actor, const FreezeWindowInput &input);
    Result<QList<FreezeWindow>> freezeWindows(const Actor &actor) const;
    // Removes a freeze window of the caller's workspace (admins; not_found when gone). The
    // audit event keeps the whole window, so a change submitted against it stays explained.
    Result<FreezeWindow> removeFreezeWindow(const Actor &actor, qint64 id);

private:
    Result<Workspace> updateWorkspace(const Actor &caller, const QString &column,
                                      const QString &value, const QString &action);
    Result<Member> setMemberActive(const Actor &caller, const QString &username, bool active,
                                   const SessionRevoker &revoke = {});
    // `id` 0: every window of the workspace.
    Result<QList<FreezeWindow>> readFreezeWindows(qint64 workspaceId, qint64 id = 0) const;
    Status provisionLogin(const QString &username);
    Result<Member> insertMember(qint64 workspaceId, const QString &username, Role role,
                                const QString &displayName, const QString &by);
    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace vigilo
