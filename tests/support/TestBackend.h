#pragma once
// Which database the suites run on. ctest registers every core and CLI suite twice: `NAME` on
// SQLite files and `NAME_pg` with VIGILO_TEST_BACKEND=postgresql against the server that
// .ci/with-postgres starts (VIGILO_TEST_PG_URL). On PostgreSQL each fixture gets its own fresh
// database, dropped again when the fixture ends.

#include <QString>

namespace vigilo::test {

// VIGILO_TEST_BACKEND=postgresql. A PostgreSQL run without VIGILO_TEST_PG_URL aborts the suite
// at start-up with a message (a missing server must never look like a pass).
bool onPostgres();
// VIGILO_TEST_BACKEND=server: the CLI suites' third run, through a real vigilo-server in front
// of a scratch PostgreSQL database (also needs VIGILO_TEST_PG_URL).
bool onServer();
// "PostgreSQL" or "SQLite", for messages.
QString backendLabel();
// VIGILO_TEST_PG_URL: postgresql://postgres@127.0.0.1:PORT/postgres (a superuser login).
QString pgAdminUrl();
// postgresql://USER@HOST:PORT/DATABASE on the test server.
QString pgUrl(const QString &database, const QString &user = QStringLiteral("postgres"));

// The login the suites' core, CLI and desktop sessions connect with on PostgreSQL, as
// vigilo-server does: vigilo_app, a member of the group vigilo_server (schema 14), neither
// superuser nor the schema's owner. Members have no login: the core binds the acting member.
QString pgServerLogin();
// Creates the group and the login on the test cluster once per process (roles are the
// cluster's); error text or empty.
QString ensurePgServerLogin();

// A fresh, empty database vigilo_t_<pid>_<n> on the test server (CREATE DATABASE through an
// admin connection); dropped (WITH (FORCE)) by the destructor.
class ScratchDatabase final {
public:
    ScratchDatabase();
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;
    bool ok() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    QString name() const { return m_name; }
    // The superuser address of this database.
    QString url(const QString &user = QStringLiteral("postgres")) const
    {
        return pgUrl(m_name, user);
    }
    // The address the server's role (pgServerLogin) connects to.
    QString serverUrl() const { return pgUrl(m_name, pgServerLogin()); }

private:
    QString m_name;
    QString m_error;
};

// Runs one statement on the test server's maintenance database as the superuser; error text
// or empty.
QString pgAdminExec(const QString &sql);

} // namespace vigilo::test
