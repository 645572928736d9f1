#include "WriteScope.h"

#include "Dialect.h"
#include "SqlUtil.h"
#include "Tr.h"

namespace vigilo {

WriteScope::WriteScope(Store &store, const Actor &caller, Permission permission)
    : m_store(store)
    , m_actor(caller)
    , m_permission(permission)
    , m_tx(store)
{}

Status WriteScope::begin()
{
    VIGILO_TRY(m_tx.begin());
    // The write runs for its actor whatever was bound before (PostgreSQL row-level security).
    VIGILO_TRY(m_store.bindMember(m_actor.member.username));
    if (m_permission != Permission::Read)
        VIGILO_TRY(lockWorkspace());
    return rereadActor();
}

Status WriteScope::begin(int changeNumber, std::optional<int> expectedVersion,
                         sql::ChangeParts parts)
{
    VIGILO_TRY(begin());
    auto loaded = sql::loadChange(m_store, m_actor.workspace.id, changeNumber, parts);
    if (!loaded)
        return loaded.error();
    if (expectedVersion && *expectedVersion != loaded->version)
        return sql::staleWrite(*expectedVersion, loaded->version);
    m_change = std::move(loaded).value();
    return {};
}

Status WriteScope::commit()
{
    return m_tx.commit();
}

Status WriteScope::lockWorkspace()
{
    // SQLite: BEGIN IMMEDIATE has taken the database's write lock already.
    if (!m_store.dialect().isPostgres())
        return {};
    auto locked = sql::scalar(m_store,
                              QStringLiteral("SELECT id FROM workspaces WHERE id = ?")
                                  + m_store.dialect().forUpdate(),
                              {m_actor.workspace.id});
    if (!locked)
        return locked.error();
    if (!locked->isNull())
        return {};
    // Row-level security hides the row from a login that may not write here: say why.
    VIGILO_TRY(rereadActor());
    return Error::notFound(CoreText::tr("The workspace \"%1\" does not exist or may not be "
                                        "written by this login.")
                               .arg(m_actor.workspace.slug),
                           {{QStringLiteral("workspace"), m_actor.workspace.slug}});
}

Status WriteScope::rereadActor()
{
    auto fresh = sql::currentActor(m_store, m_actor, m_permission);
    if (!fresh)
        return fresh.error();
    m_actor = *fresh;
    return {};
}

} // namespace vigilo
