#pragma once
// One open database (a SQLite file now; PostgreSQL behind the same interface later):
// connection, schema migrations and write transactions. No business rule lives here.

#include "Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace vigilo {

class Dialect;

class Store final {
public:
    static constexpr int kSchemaVersion = 9;

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // "path/to/file.sqlite" or "postgresql://user@host:port/db". Creates and migrates a new
    // SQLite file; refuses a file written by a newer build (schema_too_new, exit 3).
    static Result<std::unique_ptr<Store>> open(const QString &location);
    // Test hook: open and migrate only up to `version` (to build "older" files).
    static Result<std::unique_ptr<Store>> openAtVersion(const QString &location, int version);

    // The per-user default file: $XDG_DATA_HOME/vigilo/vigilo.sqlite (or the platform's
    // equivalent).
    static QString defaultLocation();

    QString location() const { return m_location; } // passwords redacted
    static bool isPostgresLocation(const QString &location);
    static QString redacted(const QString &location);
    // PostgreSQL: the authenticated login (the acting user on a server); empty on SQLite.
    QString sessionUser() const;
    QString backendName() const; // "SQLite" or "PostgreSQL"
    bool isSqlite() const;
    QSqlDatabase database() const;
    const Dialect &dialect() const { return *m_dialect; }
    int schemaVersion() const;
    // True when a SQLite file sits on a network filesystem (NFS, SMB, sshfs): the rollback
    // journal still works there, but PostgreSQL is the better home for a busy team.
    bool onNetworkFilesystem() const { return m_networkFs; }

    // A query prepared on this connection; `sql` must be a single statement.
    QSqlQuery prepare(const QString &sql) const;
    // Runs a prepared query; a failure becomes a storage error naming the statement.
    Status exec(QSqlQuery &query) const;
    Status exec(const QString &sql) const;

    // Nested write transactions collapse into the outermost one (the demo and batch
    // imports wrap many operations in one commit).
    class Transaction {
    public:
        explicit Transaction(Store &store);
        ~Transaction(); // rolls back unless committed
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        Status begin();
        Status commit();

    private:
        Store &m_store;
        bool m_begun = false;
        bool m_done = false;
    };

private:
    Store() = default;
    Status migrate(int targetVersion);
    Status backfillTitleWords();     // schema 3 indexes the titles written before it
    Status backfillLongestWindows(); // schema 5 records the longest window per workspace
    static Result<std::unique_ptr<Store>> openImpl(const QString &location, int targetVersion);
    static Result<std::unique_ptr<Store>> openPostgres(const QString &location, int targetVersion);

    QString m_location;
    QString m_connectionName;
    std::unique_ptr<Dialect> m_dialect;
    int m_txDepth = 0;
    bool m_networkFs = false;
};

} // namespace vigilo
