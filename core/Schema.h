#pragma once
// The schema and its migrations, in one place: version N's statements (SQLite spelling).

#include <QStringList>

namespace vigilo {

QStringList schemaStatements(int version);
// The status changes the FSM allows, as "old>new" (used by the database guard triggers).
QStringList fsmGuardTransitions();

} // namespace vigilo
