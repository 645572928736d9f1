#pragma once
// Raw SQL on a database through its own QSqlDatabase connection: what an attacker with the
// sqlite3 CLI, or a superuser with psql on the server, could do (drop or disable triggers,
// rewrite rows), and row counts that bypass the core. `path` is a SQLite file or a
// postgresql:// URL (TestWorkspace::dbPath() and CliSandbox::dbPath() give the right one).

#include <QString>
#include <QStringList>
#include <QVariant>

namespace vigilo::test {

// Runs each statement on a fresh connection to `path`; returns the first error text, or empty.
QString rawExec(const QString &path, const QStringList &statements);
// The first column of the first row of `sql`, or an invalid QVariant on error.
QVariant rawScalar(const QString &path, const QString &sql);
qint64 rawCount(const QString &path, const QString &table, const QString &where = {});
// Every table's rows in a stable order, as text: equal fingerprints mean an unchanged database.
QString rawFingerprint(const QString &path);
// Statements that switch off the append-only guards of audit_events (SQLite: drop the triggers;
// PostgreSQL: disable the user triggers as the superuser), to prove `audit verify` catches edits.
QStringList rawUnlockAudit(const QString &path);

} // namespace vigilo::test
