#pragma once
// Raw SQL on a database through its own QSqlDatabase connection: what an attacker with the
// sqlite3 CLI, or a superuser with psql on the server, could do (drop or disable triggers,
// rewrite rows), and row counts that bypass the core. `path` is a SQLite file or a
// postgresql:// URL (TestWorkspace::dbPath() and CliSandbox::dbPath() give the right one).

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace vigilo::test {

class RawConnection;

// Runs each statement on a fresh connection to `path`; returns the first error text, or empty.
QString rawExec(const QString &path, const QStringList &statements);
// The first column of the first row of `sql`, or an invalid QVariant on error.
QVariant rawScalar(const QString &path, const QString &sql);
qint64 rawCount(const QString &path, const QString &table, const QString &where = {});
// Every table's rows in a stable order, as text: equal fingerprints mean an unchanged database
// (the team server's accounts and sessions aside: signing in writes them).
QString rawFingerprint(const QString &path);
// Statements that switch off the append-only guards of audit_events (SQLite: drop the triggers;
// PostgreSQL: disable the user triggers as the superuser), to prove `audit verify` catches edits.
QStringList rawUnlockAudit(const QString &path);
// The guards back as they were (after the tampering, in a database the suite goes on using).
QStringList rawRelockAudit(const QString &path);
// What someone who rewrites history does next: recomputes every workspace's hash chain (hash,
// prev_hash and the workspace's audit head) from the rows as they are now, so that the chain is
// consistent again and only a signed anchor from before can tell. Run rawUnlockAudit() first.
// Returns the first error text, or empty.
QString rawRecomputeChain(const QString &path);

// A raw connection kept open across statements, as another workstation or a psql session holds
// one: for a transaction left open while the core waits, or a write that will not wait for a
// lock (SQLite: `busyTimeoutMs` 0 fails at once with "database is locked").
class RawSession {
public:
    explicit RawSession(const QString &path, int busyTimeoutMs = 10000);
    ~RawSession();
    RawSession(const RawSession &) = delete;
    RawSession &operator=(const RawSession &) = delete;
    bool isOpen() const;
    QString error() const;
    bool isPostgres() const;
    // Error text of the statement, empty when it succeeded.
    QString exec(const QString &sql, const QVariantList &binds = {}) const;
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;

private:
    std::unique_ptr<RawConnection> m_connection;
};

// A raw connection as one PostgreSQL login (postgresql://USER@HOST:PORT/DB), as psql or any
// other client would have: for checking what the server itself allows that login. With
// `member`, the connection binds that member (vigilo.member) as vigilo-server binds the member
// of a request: raw SQL as a request handler with a bug could run it.
class Login {
public:
    explicit Login(const QString &url, const QString &member = {});
    ~Login();
    Login(const Login &) = delete;
    Login &operator=(const Login &) = delete;
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    // Error text of `sql`, empty when it succeeded; `rows` gets numRowsAffected().
    QString exec(const QString &sql, int *rows = nullptr) const;
    // The first column of the first row, or a text "<error: …>".
    QVariant scalar(const QString &sql) const;

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};

} // namespace vigilo::test
