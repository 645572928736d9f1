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

} // namespace vigilo
