#pragma once
// Runs the real vigilo-cli binary as a user would: arguments, environment, exit status, output.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace vigilo::test {

struct CliResult {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
    QStringList args;
    QJsonDocument json() const;  // stdout parsed; null document when it is not JSON
    QJsonObject error() const;   // json()["error"]
    QByteArray describe() const; // for QVERIFY2
};

// The path of the vigilo-cli binary (from the build), empty when the build has none.
QString cliPath();

// Runs vigilo-cli with `args`; `env` entries are added to a clean copy of this process's
// environment from which the VIGILO_* variables were removed. No timing assumptions: waits
// until the process ends (the ctest TIMEOUT is the only limit). `inChild` runs in the child
// process before vigilo-cli starts (e.g. setrlimit for a disk that fills up).
CliResult runCli(const QStringList &args, const QProcessEnvironment &env = {},
                 const QByteArray &stdinData = {}, const std::function<void()> &inChild = {});
// The same with arguments and variables as raw bytes (which need not be UTF-8), passed through
// /bin/sh: what a shell script or a file name in another encoding hands the program.
CliResult runCliBytes(const QList<QByteArray> &args, const QProcessEnvironment &env = {},
                      const QList<std::pair<QByteArray, QByteArray>> &rawEnv = {});
// The same for another copy of the program (e.g. one renamed with a platform suffix).
CliResult runProgram(const QString &program, const QStringList &args,
                     const QProcessEnvironment &env = {}, const QByteArray &stdinData = {});

class TestServer;

// A scratch environment for CLI tests: a temporary folder, a database path inside it (or, with
// VIGILO_TEST_BACKEND=postgresql, a fresh database on the test server, its schema created by
// the superuser), and the VIGILO_DB / VIGILO_WORKSPACE / VIGILO_USER variables to pass to
// runCli. On PostgreSQL every run as USER connects as the server's role (pgServerLogin) and acts
// as USER, bound by the core as vigilo-server binds its members: members have no login.
// With VIGILO_TEST_BACKEND=server a vigilo-server runs in front of the fresh database, and a
// run as USER signs in as USER (enrolled by the server's operator on first use) and passes the
// session token as $VIGILO_TOKEN; `--as USER` in a run's arguments picks USER's session.
class CliSandbox final {
public:
    CliSandbox();
    // With VIGILO_TEST_BACKEND=server: extra settings for its vigilo-server ("--set", "K=V").
    explicit CliSandbox(const QStringList &serverArgs);
    ~CliSandbox();
    bool ok() const;
    QString dir() const;
    // The SQLite file, or the superuser URL of the PostgreSQL database (for RawSql).
    QString dbPath() const { return m_db; }
    // What `--db` is for `user`: the file, or the database URL of the server's role.
    QString dbFor(const QString &user) const;
    // The CLI talks SQL to PostgreSQL itself (VIGILO_TEST_BACKEND=postgresql).
    bool isPostgres() const;
    // The CLI talks to a vigilo-server (VIGILO_TEST_BACKEND=server); dbPath() is then the
    // server's database.
    bool isServer() const;
    TestServer *server() const;
    QProcessEnvironment env(const QString &user,
                            const QString &workspace = QStringLiteral("ops")) const;
    // Runs as `user` in workspace `ops` (unless overridden in `args`).
    CliResult run(const QString &user, const QStringList &args) const;
    CliResult runJson(const QString &user, const QStringList &args) const;

private:
    struct Impl;
    Impl *d;
    QString m_db;
};

} // namespace vigilo::test
