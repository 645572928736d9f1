#pragma once
// The FSM table of PRODUCT.md, written out independently of the core so tests can compare.

#include "Domain.h"

#include <QHash>
#include <QList>

#include <optional>

namespace vigilo::test {

// The status an action leads to from `from`, or nullopt when PRODUCT.md does not allow it.
// Approve leads to approved when the change has a single step (the fixture's default).
inline std::optional<ChangeStatus> expectedTarget(Action action, ChangeStatus from)
{
    using S = ChangeStatus;
    switch (action) {
    case Action::Submit: return from == S::Draft ? std::optional(S::Review) : std::nullopt;
    case Action::Approve: return from == S::Review ? std::optional(S::Approved) : std::nullopt;
    case Action::Reject: return from == S::Review ? std::optional(S::Rejected) : std::nullopt;
    case Action::Schedule: return from == S::Approved ? std::optional(S::Scheduled) : std::nullopt;
    case Action::Start: return from == S::Scheduled ? std::optional(S::InProgress) : std::nullopt;
    case Action::Complete:
        return from == S::InProgress ? std::optional(S::Completed) : std::nullopt;
    case Action::Rollback:
        return from == S::InProgress ? std::optional(S::RolledBack) : std::nullopt;
    case Action::Reopen: return from == S::Completed ? std::optional(S::InProgress) : std::nullopt;
    case Action::Cancel:
        return (from == S::Draft || from == S::Review || from == S::Approved
                || from == S::Scheduled)
                   ? std::optional(S::Cancelled)
                   : std::nullopt;
    }
    return std::nullopt;
}

// The one status an action is tested from in role tests (the first allowed one).
inline ChangeStatus firstFromStatus(Action action)
{
    for (int s = 0; s <= int(ChangeStatus::Cancelled); ++s)
        if (expectedTarget(action, ChangeStatus(s)))
            return ChangeStatus(s);
    return ChangeStatus::Draft;
}

// The least role PRODUCT.md gives each action's permission.
inline Role minimumRole(Action action)
{
    switch (action) {
    case Action::Submit:
    case Action::Cancel:
    case Action::Schedule:
    case Action::Start:
    case Action::Complete:
    case Action::Reopen: return Role::Engineer;
    case Action::Approve:
    case Action::Reject:
    case Action::Rollback: return Role::Approver;
    }
    return Role::Owner;
}

} // namespace vigilo::test
