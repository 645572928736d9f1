#pragma once
// Moves workspaces, with their complete history, from one database to another (typically a
// team's SQLite file to their PostgreSQL server). Ids are renumbered; the audit chain, which
// hashes no database ids, verifies on the copy.

#include "Error.h"

#include <QStringList>

namespace vigilo {

class Store;

struct MigrationReport {
    QStringList workspaces;
    qint64 rows = 0;
    qint64 auditEvents = 0;
    QJsonObject toJson() const;
};

class DataMigration final {
public:
    // Copies every workspace of `from` (or only `slugs`) into `to` in one transaction on `to`.
    // Refuses with workspace_exists, writing nothing, when a slug is already taken in `to`.
    // On PostgreSQL, run it as the schema owner: it writes history on behalf of every member.
    // Members get no database login: they sign in to vigilo-server (vigilo-server enroll).
    static Result<MigrationReport> copy(Store &from, Store &to, const QStringList &slugs = {});
};

} // namespace vigilo
