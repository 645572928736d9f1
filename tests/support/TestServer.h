#pragma once
// A real vigilo-server for the `_server` suites and tst_server_security: started on a loopback
// port (the system picks it) in front of a PostgreSQL database, stopped by the destructor.
// Members get their accounts the way a team's do: the operator's `vigilo-server enroll`
// prints a one-time code, `vigilo-cli login --enrollment-code` sets the password and returns
// the session token.

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace vigilo::test {

// The vigilo-server binary from the build (empty when the build has none).
QString serverPath();
// vigilo-server-testclock: the same server reading its time from a file (TestClock.h).
QString testClockServerPath();

class TestServer final {
public:
    // `settings`: extra `--set KEY=VALUE` (limits, timeouts) and flags for the server.
    // `clockFile`: run vigilo-server-testclock on the time in that file (TestClock writes it),
    // for the server and its subcommands alike; empty: the shipped server on the system's clock.
    explicit TestServer(const QString &databaseUrl, const QStringList &extraArgs = {},
                        const QString &clockFile = {});
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    // Why it did not start, else why the last enroll() or tokenFor() failed.
    QString errorText() const { return m_error.isEmpty() ? m_lastError : m_error; }
    quint16 port() const { return m_port; }
    // vigilo+insecure://127.0.0.1:PORT
    QString location() const;
    QString databaseUrl() const { return m_db; }
    bool running() const;
    // What the server wrote to stderr so far (for failure messages).
    QString log();

    // `vigilo-server enroll USER [--workspace SLUG --role ROLE] --json`: the one-time code, or
    // empty (errorText() says why).
    QString enroll(const QString &user, const QString &workspace = {}, const QString &role = {});
    // A session token for `user` (enrolled and signed in on first use; cached).
    QString tokenFor(const QString &user);
    // Forgets the cached token (after the test signed `user` out): the next tokenFor() signs in.
    void forgetToken(const QString &user) { m_tokens.remove(user); }
    static QString passwordOf(const QString &user);

    // The server's own state folder (signing keys, anchor log; a scratch folder, mode 0700) and
    // the file with the passphrase of its keys (mode 0600), given to it as settings.
    QString stateDir() const { return m_state.path(); }
    QString passphraseFile() const;
    // Those settings, for another server or a subcommand on the same state.
    QStringList stateSettings() const;
    // `vigilo-server --db DB <state settings> ARGS` as the server's operator: exit status and
    // output (e.g. `key create --workspace ops --json`).
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run runServer(const QStringList &args, const QByteArray &stdinData = {}) const;
    // The same with another database address (e.g. serverDatabaseUrl(), the server's login).
    Run runServerOn(const QString &db, const QStringList &args,
                    const QByteArray &stdinData = {}) const;
    // The address the server itself connects with: the login in vigilo_server on PostgreSQL.
    QString serverDatabaseUrl() const { return m_serverDb; }

private:
    QProcessEnvironment environment() const;

    QString m_binary;
    QString m_clockFile;
    QString m_db;
    QString m_serverDb;
    QString m_error;
    QString m_lastError;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
    QHash<QString, QString> m_tokens;
    QTemporaryDir m_state;
};

} // namespace vigilo::test
