#include "RawSql.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace vigilo::test {

namespace {

// A connection that lives for one helper call and is removed afterwards.
class RawConnection {
public:
    explicit RawConnection(const QString &path)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("vigilo-test-raw-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};

} // namespace

QString rawExec(const QString &path, const QStringList &statements)
{
    RawConnection c(path);
    if (!c.isOpen())
        return c.error();
    for (const QString &sql : statements) {
        QSqlQuery q(c.db());
        if (!q.exec(sql))
            return q.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
    }
    return {};
}

QVariant rawScalar(const QString &path, const QString &sql)
{
    RawConnection c(path);
    if (!c.isOpen())
        return {};
    QVariant v;
    {
        QSqlQuery q(c.db());
        if (q.exec(sql) && q.next())
            v = q.value(0);
    }
    return v;
}

qint64 rawCount(const QString &path, const QString &table, const QString &where)
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM ") + table;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    const QVariant v = rawScalar(path, sql);
    return v.isValid() ? v.toLongLong() : -1;
}

QString rawFingerprint(const QString &path)
{
    RawConnection c(path);
    if (!c.isOpen())
        return QStringLiteral("<cannot open: ") + c.error() + QLatin1Char('>');
    QStringList tables;
    {
        QSqlQuery q(c.db());
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table','trigger','index') "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        while (q.next())
            tables << q.value(0).toString();
    }
    QString out;
    for (const QString &t : tables) {
        out += QStringLiteral("## ") + t + QLatin1Char('\n');
        QSqlQuery q(c.db());
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(t)))
            continue; // triggers and indexes: their presence is enough
        while (q.next()) {
            const QSqlRecord r = q.record();
            QStringList cells;
            for (int i = 0; i < r.count(); ++i)
                cells << (r.isNull(i) ? QStringLiteral("NULL") : r.value(i).toString());
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace vigilo::test
