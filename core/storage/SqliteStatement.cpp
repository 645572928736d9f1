#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlField>
#include <QTime>
#include <QUuid>

#include <sqlite3.h>

namespace vigilo {

namespace {

// As QSqlResultPrivate::isVariantNull: what QSQLITE binds as NULL.
bool isNullValue(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QString: return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray: return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDateTime: return static_cast<const QDateTime *>(v.constData())->isNull();
    case QMetaType::QDate: return static_cast<const QDate *>(v.constData())->isNull();
    case QMetaType::QTime: return static_cast<const QTime *>(v.constData())->isNull();
    case QMetaType::QUuid: return static_cast<const QUuid *>(v.constData())->isNull();
    default: return v.isNull();
    }
}

int bindText(sqlite3_stmt *stmt, int at, const QString &text, bool stable)
{
    return sqlite3_bind_text16(stmt, at, text.utf16(), int(text.size() * sizeof(QChar)),
                               stable ? SQLITE_STATIC : SQLITE_TRANSIENT);
}

// As QSQLiteResult::exec binds a value (the same storage class and text for every type).
int bindOne(sqlite3_stmt *stmt, int at, const QVariant &v)
{
    if (isNullValue(v))
        return sqlite3_bind_null(stmt, at);
    switch (v.typeId()) {
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(v.constData());
        return sqlite3_bind_blob(stmt, at, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::Int:
    case QMetaType::Bool: return sqlite3_bind_int(stmt, at, v.toInt());
    case QMetaType::Double: return sqlite3_bind_double(stmt, at, v.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong: return sqlite3_bind_int64(stmt, at, v.toLongLong());
    case QMetaType::QDateTime:
        return bindText(stmt, at, v.toDateTime().toString(Qt::ISODateWithMs), false);
    case QMetaType::QTime: return bindText(stmt, at, v.toTime().toString(u"hh:mm:ss.zzz"), false);
    case QMetaType::QString: // the value lives in m_binds until it is bound again
        return bindText(stmt, at, *static_cast<const QString *>(v.constData()), true);
    default: return bindText(stmt, at, v.toString(), false);
    }
}

QString driverText(const char *text)
{
    return QCoreApplication::translate("QSQLiteResult", text);
}

} // namespace

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

std::unique_ptr<SqliteStatement> SqliteStatement::prepare(sqlite3 *db, const QString &sql,
                                                          QSqlError *error)
{
    sqlite3_stmt *stmt = nullptr;
    const void *tail = nullptr;
    const int rc = sqlite3_prepare16_v3(db, sql.utf16(), int(sql.size() * sizeof(QChar)),
                                        SQLITE_PREPARE_PERSISTENT, &stmt, &tail);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        *error = QSqlError(driverText("Unable to execute statement"),
                           QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                           QString::number(rc));
        return nullptr;
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(db, stmt, sql));
}

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt, const QString &sql)
    : m_db(db)
    , m_stmt(stmt)
    , m_sql(sql)
    , m_binds(size_t(sqlite3_bind_parameter_count(stmt)))
    , m_columns(sqlite3_column_count(stmt))
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bindValue(int index, const QVariant &value)
{
    if (index >= 0 && size_t(index) >= m_binds.size())
        m_binds.resize(size_t(index) + 1); // refused at exec, as QSQLITE does
    if (index >= 0)
        m_binds[size_t(index)] = value;
}

void SqliteStatement::addBindValue(const QVariant &value)
{
    bindValue(m_nextBind++, value);
}

QSqlError SqliteStatement::error(const QString &text, int code) const
{
    return QSqlError(text, QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::ConnectionError,
                     QString::number(code));
}

QSqlError SqliteStatement::exec()
{
    m_nextBind = 0;
    m_at = At::Idle;
    sqlite3_reset(m_stmt);
    const int params = sqlite3_bind_parameter_count(m_stmt);
    if (size_t(params) != m_binds.size())
        return QSqlError(driverText("Parameter count mismatch"), QString(),
                         QSqlError::StatementError);
    for (int i = 0; i < params; ++i) {
        const int rc = bindOne(m_stmt, i + 1, m_binds[size_t(i)]);
        if (rc != SQLITE_OK)
            return error(driverText("Unable to bind parameters"), rc);
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_at = At::FirstRow;
        return {};
    }
    if (rc == SQLITE_DONE) {
        m_at = At::End;
        return {};
    }
    QSqlError failed = error(driverText("Unable to fetch row"), rc);
    sqlite3_reset(m_stmt);
    return failed;
}

bool SqliteStatement::next()
{
    switch (m_at) {
    case At::FirstRow: m_at = At::Row; return true;
    case At::Row:
        if (sqlite3_step(m_stmt) == SQLITE_ROW)
            return true;
        // The end, or an error (QSqlQuery::next also just stops then).
        m_at = At::End;
        sqlite3_reset(m_stmt);
        return false;
    case At::Idle:
    case At::End: return false;
    }
    return false;
}

QVariant SqliteStatement::value(int index) const
{
    if (m_at != At::Row || index < 0 || index >= m_columns)
        return {};
    // As QSQLiteResultPrivate::fetchNext reads a column (high precision).
    switch (sqlite3_column_type(m_stmt, index)) {
    case SQLITE_INTEGER: return QVariant(qlonglong(sqlite3_column_int64(m_stmt, index)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_stmt, index));
    case SQLITE_NULL: return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, index)),
                                   sqlite3_column_bytes(m_stmt, index)));
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, index)));
    }
    }
}

int SqliteStatement::numRowsAffected() const
{
    return sqlite3_changes(m_db);
}

void SqliteStatement::finish()
{
    if (m_at != At::Idle) {
        sqlite3_reset(m_stmt);
        m_at = At::Idle;
    }
}

QSqlRecord SqliteStatement::record() const
{
    QSqlRecord rec;
    for (int i = 0; i < m_columns; ++i) {
        const QVariant v = value(i);
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, i)), v.metaType());
        field.setValue(v);
        rec.append(field);
    }
    return rec;
}

} // namespace vigilo
