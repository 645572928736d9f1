#pragma once
// The schema and its migrations, in one place: version N's statements (SQLite spelling).

#include <QStringList>

namespace vigilo {

QStringList schemaStatements(int version);
// SQL condition (over OLD and NEW rows of changes) that is true for a status change the FSM does
// not allow, generated from the C++ table (fsm::moves()); both dialects' guard triggers use it.
QString fsmGuardViolation();
// The team server's question, acting for nobody: per workspace (id, slug), the delegations covering
// the moment (the one bind, `due_at` in the function) that have pending steps to look at, and the
// absent member to act for when they may write. `schema`: "public." inside PostgreSQL's
// owner function (vigilo_substitutes_due, schema 17), empty elsewhere.
QString substitutesDueQuery(const QString &schema, const QString &dueAt);

} // namespace vigilo
