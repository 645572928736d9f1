#pragma once
// The schema and its migrations, in one place: version N's statements (SQLite spelling).

#include <QStringList>

namespace vigilo {

QStringList schemaStatements(int version);
// The status changes the FSM allows, as "old>new" (used by the database guard triggers).
QStringList fsmGuardTransitions();
// SQL condition (over OLD and NEW rows of changes) that is true for a status change the FSM does
// not allow; both dialects' guard triggers use it.
QString fsmGuardViolation();

} // namespace vigilo
