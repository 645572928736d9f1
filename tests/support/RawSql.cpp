#include "RawSql.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

#include "AuditLog.h"
#include "Dialect.h"
#include "Store.h"

#include <QJsonDocument>

namespace vigilo::test {

// A connection that lives for one helper call (or a RawSession) and is removed afterwards.
class RawConnection {
public:
    explicit RawConnection(const QString &path, int busyTimeoutMs = 10000)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("vigilo-test-raw-%1").arg(counter.fetchAndAddRelaxed(1));
        m_postgres = Store::isPostgresLocation(path);
        if (m_postgres) {
            // The superuser (or the URL's login): what someone with psql on the server can do.
            const QUrl url(path);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(url.userName());
            db.setConnectOptions(QStringLiteral("connect_timeout=10"));
            m_open = db.open();
            if (m_open) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
            }
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
            m_open = db.open();
        }
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
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
    bool isPostgres() const { return m_postgres; }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
    bool m_postgres = false;
};

namespace {

// PostgreSQL: every user table, trigger (with its enabled state) and policy, rows ordered by
// their text so that physical order (which an UPDATE changes) does not matter.
// The team server's accounts and sessions change when someone signs in (the `_server` suites
// sign their people in on first use), not when a command runs: the fingerprint leaves them out.
bool isSignInTable(const QString &table)
{
    static const QStringList tables = {
        QStringLiteral("accounts"), QStringLiteral("sessions"), QStringLiteral("enrollment_codes"),
        QStringLiteral("signin_throttle"), QStringLiteral("account_events")};
    return tables.contains(table);
}

QString pgFingerprint(const RawConnection &c)
{
    QStringList tables;
    {
        QSqlQuery q(c.db());
        q.exec(QStringLiteral(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"));
        while (q.next())
            tables << q.value(0).toString();
    }
    QString out;
    {
        QSqlQuery q(c.db());
        q.exec(QStringLiteral(
            "SELECT c.relname || '.' || t.tgname || ':' || t.tgenabled FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = "
            "c.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal ORDER BY 1"));
        while (q.next())
            out += QStringLiteral("## trigger ") + q.value(0).toString() + QLatin1Char('\n');
        q.exec(
            QStringLiteral("SELECT tablename || '.' || policyname || ':' || cmd FROM pg_policies "
                           "WHERE schemaname = 'public' ORDER BY 1"));
        while (q.next())
            out += QStringLiteral("## policy ") + q.value(0).toString() + QLatin1Char('\n');
    }
    for (const QString &t : tables) {
        out += QStringLiteral("## ") + t + QLatin1Char('\n');
        if (isSignInTable(t))
            continue;
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT x::text FROM public.\"%1\" x ORDER BY 1").arg(t))) {
            out += QStringLiteral("<error: ") + q.lastError().text() + QStringLiteral(">\n");
            continue;
        }
        while (q.next())
            out += q.value(0).toString() + QLatin1Char('\n');
    }
    return out;
}

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
    if (c.isPostgres())
        return pgFingerprint(c);
    QStringList tables;
    {
        QSqlQuery q(c.db());
        q.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type IN ('table','trigger','index') "
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

QStringList rawUnlockAudit(const QString &path)
{
    if (Store::isPostgresLocation(path))
        return {QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER")};
    return {QStringLiteral("DROP TRIGGER audit_events_no_update"),
            QStringLiteral("DROP TRIGGER audit_events_no_delete")};
}

QStringList rawRelockAudit(const QString &path)
{
    if (Store::isPostgresLocation(path))
        return {QStringLiteral("ALTER TABLE audit_events ENABLE TRIGGER USER")};
    // The guards as the schema creates them (its first step).
    QStringList out;
    for (const QString &statement : SqliteDialect().migration(1))
        if (statement.contains(QLatin1String("TRIGGER audit_events_no_")))
            out << statement;
    return out;
}

QString rawRecomputeChain(const QString &path)
{
    RawConnection c(path);
    if (!c.isOpen())
        return c.error();
    QSqlQuery read(c.db());
    if (!read.exec(QStringLiteral("SELECT id, workspace_id, seq, at, actor, action, entity, "
                                  "change_number, old_values, new_values FROM audit_events "
                                  "ORDER BY workspace_id, seq")))
        return read.lastError().text();
    struct Row {
        qint64 id, workspace;
        AuditEvent e;
    };
    QList<Row> rows;
    while (read.next()) {
        Row r{read.value(0).toLongLong(), read.value(1).toLongLong(), {}};
        r.e.seq = read.value(2).toLongLong();
        r.e.at = Dialect::fromDb(read.value(3));
        r.e.actor = read.value(4).toString();
        r.e.action = read.value(5).toString();
        r.e.entity = read.value(6).toString();
        r.e.changeNumber = read.value(7).toInt();
        r.e.oldValues = QJsonDocument::fromJson(read.value(8).toString().toUtf8()).object();
        r.e.newValues = QJsonDocument::fromJson(read.value(9).toString().toUtf8()).object();
        rows << r;
    }
    read.finish();
    QSqlQuery update(c.db());
    update.prepare(QStringLiteral("UPDATE audit_events SET prev_hash = ?, hash = ? WHERE id = ?"));
    QSqlQuery head(c.db());
    head.prepare(
        QStringLiteral("UPDATE workspaces SET audit_head = ?, audit_seq = ? WHERE id = ?"));
    QString prev;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i == 0 || rows.at(i - 1).workspace != rows.at(i).workspace)
            prev = QStringLiteral(""); // the first event's prev_hash: empty, not NULL
        const QString hash = AuditLog::hashOf(rows.at(i).e, prev);
        update.addBindValue(prev);
        update.addBindValue(hash);
        update.addBindValue(rows.at(i).id);
        if (!update.exec())
            return update.lastError().text();
        prev = hash;
        if (i + 1 == rows.size() || rows.at(i + 1).workspace != rows.at(i).workspace) {
            head.addBindValue(hash);
            head.addBindValue(rows.at(i).e.seq);
            head.addBindValue(rows.at(i).workspace);
            if (!head.exec())
                return head.lastError().text();
        }
    }
    return {};
}

Login::Login(const QString &url, const QString &member)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("raw-login-%1").arg(counter.fetchAndAddRelaxed(1));
    const QUrl u(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setDatabaseName(u.path().mid(1));
    db.setUserName(u.userName());
    m_open = db.open();
    m_error = db.lastError().text();
    if (m_open && !member.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT set_config('vigilo.member', ?, false)"));
        q.addBindValue(member);
        if (!q.exec()) {
            m_open = false;
            m_error = q.lastError().text();
        }
    }
}

Login::~Login()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QString Login::exec(const QString &sql, int *rows) const
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    if (!q.exec(sql))
        return q.lastError().text();
    if (rows)
        *rows = q.numRowsAffected();
    return {};
}

QVariant Login::scalar(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    if (!q.exec(sql) || !q.next())
        return QVariant(
            QString(QStringLiteral("<error: ") + q.lastError().text() + QLatin1Char('>')));
    return q.value(0);
}

RawSession::RawSession(const QString &path, int busyTimeoutMs)
    : m_connection(std::make_unique<RawConnection>(path, busyTimeoutMs))
{}

RawSession::~RawSession() = default;

bool RawSession::isOpen() const
{
    return m_connection->isOpen();
}

QString RawSession::error() const
{
    return m_connection->error();
}

bool RawSession::isPostgres() const
{
    return m_connection->isPostgres();
}

QString RawSession::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_connection->db());
    if (binds.isEmpty()) // BEGIN, COMMIT and SET cannot be prepared on PostgreSQL
        return q.exec(sql) ? QString() : q.lastError().text();
    if (!q.prepare(sql))
        return q.lastError().text();
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return q.lastError().text();
    return {};
}

QVariant RawSession::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_connection->db());
    if (!q.prepare(sql))
        return {};
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

} // namespace vigilo::test
