#include "CliRunner.h"

#include <QProcess>
#include <QTemporaryDir>

namespace vigilo::test {

QJsonDocument CliResult::json() const
{
    QJsonParseError e{};
    const QJsonDocument d = QJsonDocument::fromJson(out.toUtf8(), &e);
    return e.error == QJsonParseError::NoError ? d : QJsonDocument();
}

QJsonObject CliResult::error() const { return json().object().value(QStringLiteral("error")).toObject(); }

QByteArray CliResult::describe() const
{
    return (QStringLiteral("vigilo-cli ") + args.join(QLatin1Char(' ')) + QStringLiteral("\nexit: ")
            + QString::number(exitCode) + (crashed ? QStringLiteral(" (crashed)") : QString())
            + QStringLiteral("\nstdout: ") + out.left(3000) + QStringLiteral("\nstderr: ")
            + err.left(3000))
        .toUtf8();
}

QString cliPath() { return QString::fromUtf8(VIGILO_CLI_PATH); }

CliResult runCli(const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData)
{
    CliResult r;
    r.args = args;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"VIGILO_DB", "VIGILO_WORKSPACE", "VIGILO_USER"})
        e.remove(QString::fromLatin1(name));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    e.insert(env);
    QProcess p;
    p.setProcessEnvironment(e);
    p.setProgram(cliPath());
    p.setArguments(args);
    p.start();
    if (!p.waitForStarted(-1)) {
        r.err = QStringLiteral("could not start ") + cliPath() + QStringLiteral(": ") + p.errorString();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

struct CliSandbox::Impl {
    QTemporaryDir dir;
};

CliSandbox::CliSandbox() : d(new Impl)
{
    m_db = d->dir.filePath(QStringLiteral("vigilo.sqlite"));
}

CliSandbox::~CliSandbox() { delete d; }

bool CliSandbox::ok() const { return d->dir.isValid() && !cliPath().isEmpty(); }

QString CliSandbox::dir() const { return d->dir.path(); }

QProcessEnvironment CliSandbox::env(const QString &user, const QString &workspace) const
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("VIGILO_DB"), m_db);
    if (!workspace.isEmpty())
        e.insert(QStringLiteral("VIGILO_WORKSPACE"), workspace);
    if (!user.isEmpty())
        e.insert(QStringLiteral("VIGILO_USER"), user);
    // Never touch the real per-user data file.
    e.insert(QStringLiteral("XDG_DATA_HOME"), d->dir.filePath(QStringLiteral("xdg-data")));
    e.insert(QStringLiteral("HOME"), d->dir.path());
    return e;
}

CliResult CliSandbox::run(const QString &user, const QStringList &args) const
{
    return runCli(args, env(user));
}

CliResult CliSandbox::runJson(const QString &user, const QStringList &args) const
{
    return runCli(QStringList{QStringLiteral("--json")} + args, env(user));
}

} // namespace vigilo::test
