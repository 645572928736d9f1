#pragma once
// The change FSM as one table: every status move the product makes, by an action or by a
// material edit. ChangeService reads its "from" statuses here, and the database guard triggers
// (storage/Schema.cpp, fsmGuardViolation) are generated from it, so the two cannot drift.

#include "Domain.h"
#include "Error.h"

#include <QList>

#include <optional>

namespace vigilo::fsm {

// Which change types a move applies to (standard changes skip review and approval).
enum class Types { Any, StandardOnly, NotStandard };

struct Move {
    ChangeStatus from;
    ChangeStatus to;
    Types types = Types::Any;
    std::optional<Action> action; // none: a material edit sends the change back
};

// Every move, in a stable order (action moves first, in Action order, then edit moves).
const QList<Move> &moves();
// The statuses `action` starts from (what ChangeService checks before anything else).
QList<ChangeStatus> fromStatuses(Action action);
// The refusal of `action` on change `numberText` in `status` (invalid_transition).
Error invalidTransition(const QString &numberText, ChangeStatus status, Action action);
// Whether a change of `type` may move from `from` to `to` (by any action or edit).
bool allows(ChangeStatus from, ChangeStatus to, ChangeType type);

} // namespace vigilo::fsm
