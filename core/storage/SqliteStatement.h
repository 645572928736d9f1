#pragma once
// A statement bound, stepped and read through SQLite's C API on the connection Qt's QSQLITE
// driver opened (the same sqlite3 handle, so the same transaction, busy timeout and pragmas).
// Store::cached hands these out on SQLite instead of QSqlQuery: Qt's driver formats a
// placeholder name for every value bound and rebuilds the column record on every exec, which
// cost as much as SQLite itself when building the 100,000-change demo. Values bind and read
// back exactly as QSQLITE binds and reads them; errors come back as the QSqlError the driver
// would have made, so Store maps them to the same storage errors. PostgreSQL keeps QSqlQuery.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace vigilo {

class SqliteStatement final {
public:
    // The connection's sqlite3 handle, or null when `db` is not an open QSQLITE connection.
    static sqlite3 *handleOf(const QSqlDatabase &db);
    // Prepares `sql` (a single statement) on `db`; null with `error` set when it fails.
    static std::unique_ptr<SqliteStatement> prepare(sqlite3 *db, const QString &sql,
                                                    QSqlError *error);
    ~SqliteStatement(); // finalized: it must go before its connection closes
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Positional, from 0; kept for later runs until bound again (as QSqlQuery keeps them).
    void bindValue(int index, const QVariant &value);
    void addBindValue(const QVariant &value);
    // Resets, binds and steps to the first row; an invalid error when it ran.
    QSqlError exec();
    bool next();
    QVariant value(int index) const;
    int numRowsAffected() const;
    // Resets the statement (no read lock outlives it); the bound values stay.
    void finish();
    QSqlRecord record() const;
    const QString &sql() const { return m_sql; }

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt, const QString &sql);
    QSqlError error(const QString &driverText, int code) const;

    enum class At { Idle, FirstRow, Row, End };
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
    std::vector<QVariant> m_binds; // one per placeholder
    int m_nextBind = 0;            // addBindValue's position
    int m_columns = 0;
    At m_at = At::Idle;
};

} // namespace vigilo
