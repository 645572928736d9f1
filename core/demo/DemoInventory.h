#pragma once
// The large inventory of `demo --assets N` (issue 16): N generated assets with about five
// relationships each, shaped like a real estate of business services made of components that
// run on hosts and depend on databases, other components and the network, hooked into the
// demo's hand-made assets so a change on one of those shows a wide impact. Made through the
// core's own inventory calls (every asset and link audited), deterministic per seed.

#include "Actor.h"
#include "Error.h"

namespace vigilo {

class Vigilo;

struct GeneratedInventory {
    int assets = 0;
    int relations = 0;
};

// `count` assets in the workspace of `admin` (an admin of it); 0 makes nothing.
Result<GeneratedInventory> generateInventory(Vigilo &core, const Actor &admin, int count,
                                             quint32 seed);

} // namespace vigilo
