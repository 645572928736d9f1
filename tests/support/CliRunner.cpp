#include "CliRunner.h"

#include "Store.h"
#include "TestBackend.h"
#include "TestServer.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace vigilo::test {

QJsonDocument CliResult::json() const
{
    QJsonParseError e{};
    const QJsonDocument d = QJsonDocument::fromJson(out.toUtf8(), &e);
    return e.error == QJsonParseError::NoError ? d : QJsonDocument();
}

QJsonObject CliResult::error() const
{
    return json().object().value(QStringLiteral("error")).toObject();
}

QByteArray CliResult::describe() const
{
    return (QStringLiteral("vigilo-cli ") + args.join(QLatin1Char(' ')) + QStringLiteral("\nexit: ")
            + QString::number(exitCode) + (crashed ? QStringLiteral(" (crashed)") : QString())
            + QStringLiteral("\nstdout: ") + out.left(3000) + QStringLiteral("\nstderr: ")
            + err.left(3000))
        .toUtf8();
}

QString cliPath()
{
    return QString::fromUtf8(VIGILO_CLI_PATH);
}

namespace {

QProcessEnvironment cliEnvironment(const QProcessEnvironment &env)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"VIGILO_DB", "VIGILO_WORKSPACE", "VIGILO_USER"})
        e.remove(QString::fromLatin1(name));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    e.insert(env);
    return e;
}

// Runs `p` (program and arguments set) to its end and collects what it printed.
void finish(QProcess &p, const QByteArray &stdinData, CliResult &r)
{
    p.start();
    if (!p.waitForStarted(-1)) {
        r.err = QStringLiteral("could not start ") + p.program() + QStringLiteral(": ")
                + p.errorString();
        return;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
}

// A shell word that prints `bytes` exactly: $(printf '\ooo...') (every byte octal-escaped, so
// nothing is interpreted; a trailing newline would be lost to $(...), so none is allowed).
QString printfWord(const QByteArray &bytes)
{
    QString escaped;
    for (char c : bytes)
        escaped +=
            QStringLiteral("\\%1").arg(uint(static_cast<unsigned char>(c)), 3, 8, QLatin1Char('0'));
    return QStringLiteral("\"$(printf '%1')\"").arg(escaped);
}

} // namespace

CliResult runCli(const QStringList &args, const QProcessEnvironment &env,
                 const QByteArray &stdinData, const std::function<void()> &inChild)
{
    CliResult r;
    r.args = args;
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(env));
    p.setProgram(cliPath());
    p.setArguments(args);
    if (inChild)
        p.setChildProcessModifier(inChild);
    finish(p, stdinData, r);
    return r;
}

CliResult runProgram(const QString &program, const QStringList &args,
                     const QProcessEnvironment &env, const QByteArray &stdinData)
{
    CliResult r;
    r.args = args;
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(env));
    p.setProgram(program);
    p.setArguments(args);
    finish(p, stdinData, r);
    return r;
}

CliResult runCliBytes(const QList<QByteArray> &args, const QProcessEnvironment &env,
                      const QList<std::pair<QByteArray, QByteArray>> &rawEnv)
{
    CliResult r;
    QString script;
    for (const auto &[name, value] : rawEnv)
        script +=
            QString::fromLatin1(name) + QLatin1Char('=') + printfWord(value) + QStringLiteral(" ");
    script += QStringLiteral("exec \"$0\"");
    for (const QByteArray &a : args) {
        if (a.endsWith('\n'))
            qFatal("runCliBytes: an argument may not end in a newline");
        script += QLatin1Char(' ') + printfWord(a);
        r.args << QString::fromUtf8(a);
    }
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(env));
    p.setProgram(QStringLiteral("/bin/sh"));
    p.setArguments({QStringLiteral("-c"), script, cliPath()});
    finish(p, {}, r);
    return r;
}

struct CliSandbox::Impl {
    QTemporaryDir dir;
    std::unique_ptr<ScratchDatabase> pg;
    std::unique_ptr<TestServer> server;
    QString error;
};

namespace {
// "--as USER" in the arguments: on a server, whose session runs them.
QString takeAs(QStringList &args)
{
    const int at = args.indexOf(QStringLiteral("--as"));
    if (at < 0 || at + 1 >= args.size())
        return {};
    const QString user = args.at(at + 1);
    args.remove(at, 2);
    return user;
}
} // namespace

CliSandbox::CliSandbox()
    : CliSandbox(QStringList())
{}

CliSandbox::CliSandbox(const QStringList &serverArgs)
    : d(new Impl)
{
    if (!onPostgres() && !onServer()) {
        m_db = d->dir.filePath(QStringLiteral("vigilo.sqlite"));
        return;
    }
    d->pg = std::make_unique<ScratchDatabase>();
    if (!d->pg->ok()) {
        d->error = d->pg->errorText();
        qWarning("CliSandbox: %s", qPrintable(d->error));
        return;
    }
    m_db = d->pg->url();
    if (onServer()) {
        // TestServer creates the schema as its owner and runs the server as the server's login;
        // nobody gets a database login. Webhooks go out when a
        // test runs `webhook deliver`, as on a database, not whenever the server likes.
        d->server = std::make_unique<TestServer>(
            m_db,
            QStringList{QStringLiteral("--set"), QStringLiteral("webhook_delivery=on_request")}
                + serverArgs);
        if (!d->server->ok()) {
            d->error = d->server->errorText();
            qWarning("CliSandbox: %s", qPrintable(d->error));
        }
        return;
    }
    // What the DBA does once per server: the schema is created by its owner (the superuser of
    // the test cluster); every run then connects as the server's role and acts as its user
    // (--as / VIGILO_USER): members have no database login.
    auto store = Store::open(m_db, Store::OpenMode::CreateIfMissing);
    if (!store.ok()) {
        d->error = store.error().message;
        qWarning("CliSandbox: %s", qPrintable(d->error));
    }
}

CliSandbox::~CliSandbox()
{
    delete d;
}

bool CliSandbox::ok() const
{
    return d->dir.isValid() && !cliPath().isEmpty() && d->error.isEmpty();
}

bool CliSandbox::isPostgres() const
{
    return d->pg != nullptr && !d->server;
}

bool CliSandbox::isServer() const
{
    return d->server != nullptr;
}

TestServer *CliSandbox::server() const
{
    return d->server.get();
}

QString CliSandbox::dbFor(const QString &user) const
{
    if (d->server)
        return d->server->location();
    if (!d->pg)
        return m_db;
    return user.isEmpty() || user == QLatin1String("postgres") ? d->pg->url() : d->pg->serverUrl();
}

QString CliSandbox::dir() const
{
    return d->dir.path();
}

QProcessEnvironment CliSandbox::env(const QString &user, const QString &workspace) const
{
    QProcessEnvironment e;
    // On PostgreSQL the server's role connects and acts as `user` (VIGILO_USER).
    e.insert(QStringLiteral("VIGILO_DB"), dbFor(user));
    if (!workspace.isEmpty())
        e.insert(QStringLiteral("VIGILO_WORKSPACE"), workspace);
    if (!user.isEmpty())
        e.insert(QStringLiteral("VIGILO_USER"), user);
    if (d->server && !user.isEmpty()) {
        const QString token = d->server->tokenFor(user);
        if (token.isEmpty())
            qWarning("CliSandbox: no session for %s: %s", qPrintable(user),
                     qPrintable(d->server->errorText()));
        e.insert(QStringLiteral("VIGILO_TOKEN"), token);
    }
    // Never touch the real per-user data file.
    e.insert(QStringLiteral("XDG_DATA_HOME"), d->dir.filePath(QStringLiteral("xdg-data")));
    e.insert(QStringLiteral("HOME"), d->dir.path());
    return e;
}

CliResult CliSandbox::run(const QString &user, const QStringList &args) const
{
    QStringList a = args;
    const QString as = d->server ? takeAs(a) : QString();
    return runCli(a, env(as.isEmpty() ? user : as));
}

CliResult CliSandbox::runJson(const QString &user, const QStringList &args) const
{
    return run(user, QStringList{QStringLiteral("--json")} + args);
}

} // namespace vigilo::test
