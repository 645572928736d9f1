#pragma once
// What a member may do from the change list: the context menu of a row (open, export an evidence
// pack, copy the number, follow the change) and the first steps an empty workspace offers (plan a
// change, add assets, import changes from CSV). The list asks here and shows the answer; the
// services that do the work check the same permissions inside their write scopes.

#include "Actor.h"
#include "Error.h"

namespace vigilo::listactions {

enum class ListAction { Open, ExportPack, CopyNumber, Follow, CreateChange, AddAssets, ImportCsv };

// The permission an action needs.
Permission permissionFor(ListAction action);
// Allowed, or the refusal (permission_denied) with its message.
Status may(const Actor &actor, ListAction action);

} // namespace vigilo::listactions
