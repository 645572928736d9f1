#pragma once
// Who is acting, in which workspace. Every core call takes one; nothing crosses workspaces.

#include "Entities.h"

namespace vigilo {

struct Actor {
    Workspace workspace;
    Member member;
    bool can(Permission p) const { return member.active && roleHas(member.role, p); }
};

} // namespace vigilo
