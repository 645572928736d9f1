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

    // Whether opening may create Vigilo's schema. Only what creates by contract passes
    // CreateIfMissing (vigilo-cli init, demo and migrate --to; the desktop client's first-run
    // "create a local workspace" and --demo); every other caller opens an existing database.
    enum class OpenMode {
        // A Vigilo database must be there: a missing or empty SQLite file, or a PostgreSQL
        // database without Vigilo's schema, is refused with not_a_vigilo_database (exit 3) and
        // nothing is written (no file, no folder, no table). An older schema is still upgraded.
        ExistingOnly,
        // Creates the SQLite file (and the per-user folder) and installs the schema when missing.
        CreateIfMissing,
    };

    // "path/to/file.sqlite" or "postgresql://user@host:port/db", migrated to this build's
    // schema; refuses a database written by a newer build (schema_too_new, exit 3) and a SQLite
    // file of another program (not_a_vigilo_database).
    static Result<std::unique_ptr<Store>> open(const QString &location, OpenMode mode);
    // Test hook: open (creating when needed) and migrate only up to `version` (to build "older"
    // files).
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
    // How many statements exec() has run on this connection (tests count a read's round trips).
    quint64 statementCount() const { return m_statements; }

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
    static Result<std::unique_ptr<Store>> openImpl(const QString &location, int targetVersion,
                                                   OpenMode mode);
    static Result<std::unique_ptr<Store>> openPostgres(const QString &location, int targetVersion,
                                                       OpenMode mode);
    static Error notVigilo(const QString &location, bool missing);

    QString m_location;
    QString m_connectionName;
    std::unique_ptr<Dialect> m_dialect;
    int m_txDepth = 0;
    mutable quint64 m_statements = 0;
    bool m_networkFs = false;
};

} // namespace vigilo
