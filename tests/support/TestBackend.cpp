#include "TestBackend.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

namespace vigilo::test {

namespace {

// Runs before main(): a PostgreSQL run without a server fails loudly instead of skipping.
struct BackendCheck {
    BackendCheck()
    {
        if ((onPostgres() || onServer()) && pgAdminUrl().isEmpty()) {
            std::fprintf(stderr,
                         "FAIL: VIGILO_TEST_BACKEND=%s but VIGILO_TEST_PG_URL is not set.\n"
                         "Run the PostgreSQL suites under .ci/with-postgres, for example:\n"
                         "  .ci/with-postgres ctest --test-dir build --output-on-failure -j2\n",
                         onServer() ? "server" : "postgresql");
            std::fflush(stderr);
            std::exit(2);
        }
    }
};
const BackendCheck backendCheck;

} // namespace

bool onPostgres()
{
    return qEnvironmentVariable("VIGILO_TEST_BACKEND")
               .compare(QLatin1String("postgresql"), Qt::CaseInsensitive)
           == 0;
}

bool onServer()
{
    return qEnvironmentVariable("VIGILO_TEST_BACKEND")
               .compare(QLatin1String("server"), Qt::CaseInsensitive)
           == 0;
}

QString backendLabel()
{
    if (onServer())
        return QStringLiteral("vigilo-server");
    return onPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

QString pgAdminUrl()
{
    return qEnvironmentVariable("VIGILO_TEST_PG_URL");
}

QString pgUrl(const QString &database, const QString &user)
{
    QUrl url(pgAdminUrl());
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

QString pgAdminExec(const QString &sql)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("vigilo-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    QString error;
    {
        const QUrl url(pgAdminUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName().isEmpty() ? QStringLiteral("postgres") : url.userName());
        db.setDatabaseName(url.path().mid(1).isEmpty() ? QStringLiteral("postgres")
                                                       : url.path().mid(1));
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!db.open()) {
            error = QStringLiteral("cannot connect to ") + pgAdminUrl() + QStringLiteral(": ")
                    + db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QString pgServerLogin()
{
    return QStringLiteral("vigilo_app");
}

QString ensurePgServerLogin()
{
    static QString error = [] {
        // Two suites starting together race for the cluster's roles: the loser sees
        // duplicate_object or unique_violation and carries on.
        QString e = pgAdminExec(QStringLiteral(
            "DO $$ BEGIN CREATE ROLE vigilo_server NOLOGIN; EXCEPTION WHEN duplicate_object OR "
            "unique_violation THEN NULL; END $$"));
        if (e.isEmpty())
            e = pgAdminExec(QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN IN ROLE "
                                           "vigilo_server; EXCEPTION WHEN duplicate_object OR "
                                           "unique_violation THEN NULL; END $$")
                                .arg(pgServerLogin()));
        return e;
    }();
    return error;
}

ScratchDatabase::ScratchDatabase()
{
    if (pgAdminUrl().isEmpty()) {
        m_error = QStringLiteral("VIGILO_TEST_PG_URL is not set: run the PostgreSQL suites under "
                                 ".ci/with-postgres");
        return;
    }
    static QAtomicInt counter;
    m_name = QStringLiteral("vigilo_t_%1_%2")
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1));
    (void)pgAdminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    m_error = pgAdminExec(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    if (m_error.isEmpty())
        m_error = ensurePgServerLogin();
    if (!m_error.isEmpty())
        m_name.clear();
}

ScratchDatabase::~ScratchDatabase()
{
    if (m_name.isEmpty())
        return;
    const QString err =
        pgAdminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    if (!err.isEmpty())
        qWarning("could not drop the test database %s: %s", qPrintable(m_name), qPrintable(err));
}

} // namespace vigilo::test
