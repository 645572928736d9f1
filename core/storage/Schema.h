#pragma once
// The schema and its migrations, in one place: version N's statements (SQLite spelling).

#include <QStringList>

namespace vigilo {

QStringList schemaStatements(int version);
// SQL condition (over OLD and NEW rows of changes) that is true for a status change the FSM does
// not allow, generated from the C++ table (fsm::moves()); both dialects' guard triggers use it.
QString fsmGuardViolation();

} // namespace vigilo
