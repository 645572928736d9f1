#pragma once
// Runs the real vigilo-cli binary as a user would: arguments, environment, exit status, output.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace vigilo::test {

struct CliResult {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
    QStringList args;
    QJsonDocument json() const; // stdout parsed; null document when it is not JSON
    QJsonObject error() const;  // json()["error"]
    QByteArray describe() const; // for QVERIFY2
};

// The path of the vigilo-cli binary (from the build), empty when the build has none.
QString cliPath();

// Runs vigilo-cli with `args`; `env` entries are added to a clean copy of this process's
// environment from which the VIGILO_* variables were removed. No timing assumptions: waits
// until the process ends (the ctest TIMEOUT is the only limit).
CliResult runCli(const QStringList &args, const QProcessEnvironment &env = {},
                 const QByteArray &stdinData = {});

// A scratch environment for CLI tests: a temporary folder, a database path inside it, and the
// VIGILO_DB / VIGILO_WORKSPACE / VIGILO_USER variables to pass to runCli.
class CliSandbox final {
public:
    CliSandbox();
    ~CliSandbox();
    bool ok() const;
    QString dir() const;
    QString dbPath() const { return m_db; }
    QProcessEnvironment env(const QString &user, const QString &workspace = QStringLiteral("ops")) const;
    // Runs as `user` in workspace `ops` (unless overridden in `args`).
    CliResult run(const QString &user, const QStringList &args) const;
    CliResult runJson(const QString &user, const QStringList &args) const;

private:
    struct Impl;
    Impl *d;
    QString m_db;
};

} // namespace vigilo::test
