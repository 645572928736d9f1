#pragma once
// Internal helpers shared by the core's services: running statements and loading records.
// Not part of the public API.

#include "Actor.h"
#include "Error.h"
#include "Store.h"

#include <QSqlQuery>
#include <QVariantList>

#include <utility>

namespace vigilo {

namespace sql {

// Binds (in order) and executes one statement, prepared once per connection (Store::cached).
// The result is finished when the returned handle goes.
Result<CachedQuery> run(Store &store, const QString &sql, const QVariantList &binds = {});
// INSERT ... RETURNING id (works on SQLite >= 3.35 and PostgreSQL).
Result<qint64> insert(Store &store, const QString &sql, const QVariantList &binds);
// A single value (first column of the first row), or a null QVariant when there is no row.
Result<QVariant> scalar(Store &store, const QString &sql, const QVariantList &binds = {});

QVariant nullable(const QString &s); // NULL for an empty string
QVariant nullableId(qint64 id);      // NULL for 0

Result<Member> memberByUsername(Store &store, qint64 workspaceId, const QString &username);
Result<Member> memberById(Store &store, qint64 id);
Result<qint64> assetId(Store &store, qint64 workspaceId, const QString &name);

// How much of a change loadChange reads: All (with its affected assets and dependencies),
// Record (its own columns), State (id, workspace, number, status and version only) — for callers
// that need no more, one or two cheaper statements.
enum class ChangeParts { All, Record, State };
Result<ChangeRequest> loadChange(Store &store, qint64 workspaceId, int number,
                                 ChangeParts parts = ChangeParts::All);
Result<ChangeRequest> loadChangeById(Store &store, qint64 changeId);

// Bumps version and updated_at of a change at `baseVersion`; refuses with stale_write (naming
// the version the row is at now) when it has moved on.
Status touchChange(Store &store, qint64 changeId, int baseVersion, const QDateTime &now);
// The refusal of a write based on version `expected` of a change now at `current`.
Error staleWrite(int expected, int current);

// Keeps only the keys whose values differ: (old, new) for the audit event.
std::pair<QJsonObject, QJsonObject> diff(const QJsonObject &before, const QJsonObject &after);

Error permissionDenied(const Actor &actor, Permission permission);
// The caller as the database knows them now (role and active flag re-read), refused with
// permission_denied when deactivated or lacking `permission`. Mutations get it through
// WriteScope (inside their transaction, after the lock), so a session opened before a
// demotion cannot act on the old role.
Result<Actor> currentActor(Store &store, const Actor &caller, Permission permission);

} // namespace sql
} // namespace vigilo
