#pragma once
// Workspaces, members and roles, assets, freeze windows.

#include "Actor.h"
#include "Error.h"
#include "Inputs.h"

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
    Result<Member> deactivateMember(const Actor &actor, const QString &username);
    Result<Member> reactivateMember(const Actor &actor, const QString &username);
    Result<QList<Member>> members(const Actor &actor) const;

    Result<Asset> addAsset(const Actor &actor, const QString &name, const QString &kind);
    Result<QList<Asset>> assets(const Actor &actor) const;

    Result<FreezeWindow> addFreezeWindow(const Actor &actor, const FreezeWindowInput &input);
    Result<QList<FreezeWindow>> freezeWindows(const Actor &actor) const;

private:
    Result<Workspace> updateWorkspace(const Actor &caller, const QString &column,
                                      const QString &value, const QString &action);
    Result<Member> setMemberActive(const Actor &caller, const QString &username, bool active);
    Status provisionLogin(const QString &username);
    Result<Member> insertMember(qint64 workspaceId, const QString &username, Role role,
                                const QString &displayName, const QString &by);
    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace vigilo
