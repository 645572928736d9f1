#pragma once
// One open database (a SQLite file now; PostgreSQL behind the same interface later):
// connection, schema migrations and write transactions. No business rule lives here.

#include "Error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>

struct sqlite3;

namespace vigilo {

class Dialect;

class SqliteStatement;

// A statement borrowed from a Store's cache for one run. When the handle goes, its result is
// finished (on SQLite the statement is reset, so no read lock outlives it) and the statement,
// still prepared, goes back to the cache for the next caller. On SQLite it runs through
// SQLite's C API (SqliteStatement), on PostgreSQL through QSqlQuery; values bind and read back
// the same either way.
class CachedQuery final {
public:
    CachedQuery(CachedQuery &&other) noexcept;
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;
    CachedQuery &operator=(CachedQuery &&) = delete;
    ~CachedQuery();

    // Positional, from 0; run with Store::exec.
    void bindValue(int index, const QVariant &value);
    void addBindValue(const QVariant &value);
    bool next();
    QVariant value(int index) const;
    int numRowsAffected() const;
    // The number of rows of a read when the backend knows it (PostgreSQL), or -1.
    int size() const;
    // The current row's column names and values.
    QSqlRecord record() const;
    QString lastQuery() const;
    void finish();

private:
    friend class Store;
    CachedQuery(QSqlQuery *query, SqliteStatement *sqlite, bool *inUse);
    explicit CachedQuery(std::unique_ptr<QSqlQuery> own);
    explicit CachedQuery(std::unique_ptr<SqliteStatement> own);
    QSqlQuery *m_query = nullptr;        // PostgreSQL
    SqliteStatement *m_sqlite = nullptr; // SQLite
    bool *m_inUse = nullptr;             // the cache entry's flag, or null for a one-off
    // A one-off (the cached one is busy further up).
    std::unique_ptr<QSqlQuery> m_ownQuery;
    std::unique_ptr<SqliteStatement> m_ownSqlite;
};

class Store final {
public:
    static constexpr int kSchemaVersion = 23;

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
    // Set by vigilo-server: members are the server's accounts and get no database login (the
    // server is the only process that reads and writes a team's data).
    void setServerMode(bool on) { m_serverMode = on; }
    bool serverMode() const { return m_serverMode; }

    // The member this connection acts for (PostgreSQL: the session setting vigilo.member, which
    // row-level security is keyed to; see PostgresDialect, schema 14). The core binds it where a
    // member's request enters: signing in (every read starts there) and every write scope, so
    // the core on PostgreSQL runs exactly as the server runs it. Empty unbinds: nothing of any
    // workspace is visible then. Sent only when it changes; a no-op on SQLite.
    Status bindMember(const QString &username);
    QString boundMember() const { return m_boundMember; }

    // A query prepared on this connection; `sql` must be a single statement.
    QSqlQuery prepare(const QString &sql) const;
    // The same, prepared once per connection and re-executed afterwards (on PostgreSQL that
    // also saves the PREPARE and DEALLOCATE round trips). A statement still in use further up
    // the call stack gets a one-off copy. A statement that fails to prepare is not kept.
    Result<CachedQuery> cached(const QString &sql);
    // How many statements this connection has prepared for the cache so far, and how many it
    // holds now (tests and benchmarks).
    qint64 statementsPrepared() const { return m_prepared; }
    int statementsCached() const { return int(m_statements.size()); }
    // Runs a prepared query; a failure becomes a storage error naming the statement.
    Status exec(QSqlQuery &query) const;
    Status exec(CachedQuery &query) const;
    Status exec(const QString &sql) const;
    // How many statements exec() has run on this connection (tests count a read's round trips).
    quint64 statementCount() const { return m_executed; }

    // Values that hold only inside the current write transaction, whose lock keeps others from
    // changing them (the audit chain's head): forgotten when it commits or anything rolls back.
    bool inTransaction() const { return m_txDepth > 0; }
    QVariant transactionValue(const QString &key) const { return m_txValues.value(key); }
    void setTransactionValue(const QString &key, const QVariant &value)
    {
        if (inTransaction())
            m_txValues.insert(key, value);
    }

    // What the core derives from the database and keeps between calls on this connection (the
    // asset graph): each user keys its value on something the database says, so writes by other
    // connections and processes are seen. Forgotten with the connection.
    struct Memo {
        virtual ~Memo() = default;
    };
    std::shared_ptr<const Memo> memo(const QString &key) const { return m_memos.value(key); }
    void setMemo(const QString &key, std::shared_ptr<const Memo> memo)
    {
        m_memos.insert(key, std::move(memo));
    }

    // Bulk builds (the demo: thousands of service calls in one commit). Nested transactions
    // then join the outermost one without a savepoint of their own: no SAVEPOINT and RELEASE
    // per call and no sub-journal copy of every page a call touches. A nested part that fails
    // cannot be undone alone, so it dooms the whole transaction: the outermost commit refuses
    // and everything rolls back. Off by default.
    void setSavepoints(bool on) { m_savepoints = on; }
    bool savepoints() const { return m_savepoints; }

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
        bool m_joined = false; // nested without a savepoint (setSavepoints(false))
    };

private:
    Store() = default;
    Status migrate(int targetVersion);
    // BEGIN, COMMIT, SAVEPOINT and RELEASE: prepared once on SQLite; on PostgreSQL they cannot
    // be prepared and go as they are.
    Status execControl(const QString &sql);
    Status backfillTitleWords();     // schema 3 indexes the titles written before it
    Status backfillLongestWindows(); // schema 5 records the longest window per workspace
    static Result<std::unique_ptr<Store>> openImpl(const QString &location, int targetVersion,
                                                   OpenMode mode);
    static Result<std::unique_ptr<Store>> openPostgres(const QString &location, int targetVersion,
                                                       OpenMode mode);
    static Error notVigilo(const QString &location, bool missing);

    struct CachedStatement {
        std::unique_ptr<QSqlQuery> query;        // PostgreSQL
        std::unique_ptr<SqliteStatement> sqlite; // SQLite
        bool inUse = false;
        quint64 lastUse = 0;
    };
    struct StringHash {
        size_t operator()(const QString &s) const { return qHash(s); }
    };
    static constexpr size_t kMaxCachedStatements = 256;
    void evictStatements();

    QString m_location;
    QString m_connectionName;
    std::unordered_map<QString, std::unique_ptr<CachedStatement>, StringHash> m_statements;
    quint64 m_useTick = 0;
    qint64 m_prepared = 0;
    std::unique_ptr<Dialect> m_dialect;
    sqlite3 *m_sqlite = nullptr; // the SQLite connection's handle, once known
    int m_txDepth = 0;
    QHash<QString, QVariant> m_txValues;
    QHash<QString, std::shared_ptr<const Memo>> m_memos;
    mutable quint64 m_executed = 0;
    bool m_networkFs = false;
    bool m_serverMode = false;
    bool m_savepoints = true;
    bool m_doomed = false; // a joined nested transaction failed: the outermost must not commit
    QString m_boundMember;
    bool m_bindingKnown = true; // false after a rollback (which undoes a set_config in it)
};

} // namespace vigilo
