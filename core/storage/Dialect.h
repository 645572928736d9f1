#pragma once
// The SQL differences between SQLite and PostgreSQL, kept in one place.

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace vigilo {

class Dialect {
public:
    virtual ~Dialect() = default;
    virtual QString name() const = 0;
    // Statement that starts a write transaction (SQLite: BEGIN IMMEDIATE).
    virtual QString beginWrite() const = 0;
    // DDL for one schema version, statement by statement (never split on ';').
    virtual QStringList migration(int version) const = 0;
    virtual QStringList connectStatements() const = 0;
    // Appended to a SELECT that reads a row the transaction will update (PostgreSQL locks it;
    // SQLite's BEGIN IMMEDIATE already serialises writers).
    virtual QString forUpdate() const { return {}; }
    // Appended to a SELECT of queue rows a worker claims: PostgreSQL skips rows another client
    // is claiming right now; SQLite's BEGIN IMMEDIATE serialises the claim.
    virtual QString forUpdateSkipLocked() const { return {}; }
    // Case-insensitive LIKE.
    virtual QString ilike() const { return QStringLiteral("LIKE"); }
    virtual bool isPostgres() const { return false; }
    // A change number column as formatChangeNumber writes it ("CHG-00042"), for text searches.
    virtual QString changeNumberText(const QString &column) const
    {
        return QStringLiteral("printf('CHG-%05d', %1)").arg(column);
    }
    // A subquery giving the ids in one bound parameter, a JSON array text ("[3,7,12]"): one
    // prepared statement serves any number of ids (the impact walk binds a level at a time).
    virtual QString idsFromJson() const { return QStringLiteral("SELECT value FROM json_each(?)"); }

    // Times are stored as UTC ISO 8601 with milliseconds: sortable as text.
    static QVariant toDb(const QDateTime &t);
    static QDateTime fromDb(const QVariant &v);
};

class SqliteDialect final : public Dialect {
public:
    QString name() const override { return QStringLiteral("SQLite"); }
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QStringList migration(int version) const override;
    QStringList connectStatements() const override;
};

class PostgresDialect final : public Dialect {
public:
    QString name() const override { return QStringLiteral("PostgreSQL"); }
    QString beginWrite() const override { return QStringLiteral("BEGIN"); }
    QStringList migration(int version) const override;
    QStringList connectStatements() const override;
    // NO KEY UPDATE (what an UPDATE of non-key columns takes): FOR UPDATE would also wait for
    // the KEY SHARE locks that foreign-key checks of concurrent inserts hold on the same row,
    // and two writers upgrading their KEY SHARE on the workspace row deadlock.
    QString forUpdate() const override { return QStringLiteral(" FOR NO KEY UPDATE"); }
    QString forUpdateSkipLocked() const override
    {
        return QStringLiteral(" FOR NO KEY UPDATE SKIP LOCKED");
    }
    QString ilike() const override { return QStringLiteral("ILIKE"); }
    bool isPostgres() const override { return true; }
    QString changeNumberText(const QString &column) const override
    {
        // lpad would cut a sixth digit: numbers past 99999 print in full, like formatChangeNumber.
        return QStringLiteral("('CHG-' || CASE WHEN %1 < 100000 THEN lpad(%1::text, 5, '0') ELSE "
                              "%1::text END)")
            .arg(column);
    }
    QString idsFromJson() const override
    {
        return QStringLiteral("SELECT CAST(jsonb_array_elements_text(CAST(? AS jsonb)) AS bigint)");
    }
};

} // namespace vigilo
