#include "ListActions.h"

#include "SqlUtil.h"
#include "Tr.h"

namespace vigilo::listactions {

Permission permissionFor(ListAction action)
{
    switch (action) {
    case ListAction::Open:
    case ListAction::ExportPack: // an auditor with read access exports packs
    case ListAction::CopyNumber:
    case ListAction::Follow:
        return Permission::Read; // as Subscriptions::followChange
    // Assets: the inventory's rule (AssetInventory::add); changes and their import: create.
    case ListAction::CreateChange:
    case ListAction::AddAssets:
    case ListAction::ImportCsv: return Permission::ChangesCreate;
    }
    return Permission::ManageWorkspace;
}

Status may(const Actor &actor, ListAction action)
{
    if (!actor.member.active)
        return Error::rule(QStringLiteral("permission_denied"),
                           CoreText::tr("%1 is no longer an active member of this workspace.")
                               .arg(actor.member.username),
                           {{QStringLiteral("username"), actor.member.username}});
    const Permission needed = permissionFor(action);
    if (!actor.can(needed))
        return sql::permissionDenied(actor, needed);
    return {};
}

} // namespace vigilo::listactions
