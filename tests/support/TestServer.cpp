#include "TestServer.h"

#include "CliRunner.h"
#include "Store.h"
#include "TestBackend.h"
#include "TestClock.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace vigilo::test {

QString serverPath()
{
    return QString::fromUtf8(VIGILO_SERVER_PATH);
}

QString testClockServerPath()
{
    return QString::fromUtf8(VIGILO_SERVER_TESTCLOCK_PATH);
}

QProcessEnvironment TestServer::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    if (!m_clockFile.isEmpty())
        env.insert(QString::fromLatin1(kTestClockFileVariable), m_clockFile);
    return env;
}

TestServer::TestServer(const QString &databaseUrl, const QStringList &extraArgs,
                       const QString &clockFile)
    : m_binary(clockFile.isEmpty() ? serverPath() : testClockServerPath())
    , m_clockFile(clockFile)
    , m_db(databaseUrl)
{
    if (m_binary.isEmpty()) {
        m_error = QStringLiteral("this build has no vigilo-server");
        return;
    }
    QFile pass(passphraseFile());
    if (!m_state.isValid() || !pass.open(QIODevice::WriteOnly)
        || !pass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || pass.write("server-signing-passphrase-for-tests\n") <= 0) {
        m_error = QStringLiteral("cannot prepare the server's state folder");
        return;
    }
    pass.close();
    // As a team runs it (schema 14): the schema's owner (here the cluster's superuser) creates
    // the schema once, and the server connects with a login of the group vigilo_server, neither
    // superuser nor owner, under row-level security keyed to the member it acts for. Operator
    // subcommands (runServer) keep the owner's address, as the README's operators do.
    m_serverDb = databaseUrl;
    if (databaseUrl.startsWith(QLatin1String("postgres"))) {
        if (const QString e = ensurePgServerLogin(); !e.isEmpty()) {
            m_error = QStringLiteral("cannot create the server's login: ") + e;
            return;
        }
        auto schema = Store::open(databaseUrl, Store::OpenMode::CreateIfMissing);
        if (!schema.ok()) {
            m_error =
                QStringLiteral("cannot create the schema as its owner: ") + schema.error().message;
            return;
        }
        QUrl url(databaseUrl);
        url.setUserName(pgServerLogin());
        url.setPassword(QString());
        m_serverDb = url.toString();
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_binary);
    m_process->setArguments(QStringList{QStringLiteral("--db"), m_serverDb,
                                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                        QStringLiteral("--allow-demo")}
                            + stateSettings() + extraArgs);
    m_process->setProcessEnvironment(environment());
    m_process->start();
    if (!m_process->waitForStarted(-1)) {
        m_error = QStringLiteral("cannot start vigilo-server: ") + m_process->errorString();
        return;
    }
    // It prints "... listening on 127.0.0.1:PORT" once it accepts connections (after the
    // schema's migrations): wait for that line, or for the process to end.
    static const QRegularExpression listening(QStringLiteral("listening on [^:]+:(\\d+)"));
    QByteArray out;
    while (m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(-1);
        out += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return;
        }
    }
    m_error = QStringLiteral("vigilo-server ended before listening: ")
              + QString::fromUtf8(out + m_process->readAllStandardError());
}

TestServer::~TestServer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(-1);
        }
    }
}

bool TestServer::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString TestServer::log()
{
    return m_process ? QString::fromUtf8(m_process->readAllStandardError()) : QString();
}

QString TestServer::location() const
{
    return QStringLiteral("vigilo+insecure://127.0.0.1:%1").arg(m_port);
}

QString TestServer::passphraseFile() const
{
    return m_state.filePath(QStringLiteral("signing.pass"));
}

QStringList TestServer::stateSettings() const
{
    return {QStringLiteral("--set"), QStringLiteral("state_dir=") + stateDir(),
            QStringLiteral("--set"), QStringLiteral("signing_passphrase_file=") + passphraseFile()};
}

TestServer::Run TestServer::runServer(const QStringList &args, const QByteArray &stdinData) const
{
    return runServerOn(m_db, args, stdinData);
}

TestServer::Run TestServer::runServerOn(const QString &db, const QStringList &args,
                                        const QByteArray &stdinData) const
{
    QProcess p;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("USER"), QStringLiteral("ops-admin"));
    p.setProcessEnvironment(env);
    p.start(m_binary, QStringList{QStringLiteral("--db"), db} + stateSettings() + args);
    Run r;
    if (!p.waitForStarted(-1))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestServer::passwordOf(const QString &user)
{
    return QStringLiteral("pw-of-%1-for-tests").arg(user);
}

QString TestServer::enroll(const QString &user, const QString &workspace, const QString &role)
{
    QProcess p;
    QStringList args{QStringLiteral("--db"), m_db, QStringLiteral("enroll"), user,
                     QStringLiteral("--json")};
    if (!workspace.isEmpty())
        args << QStringLiteral("--workspace") << workspace;
    if (!role.isEmpty())
        args << QStringLiteral("--role") << role;
    p.setProcessEnvironment(environment());
    p.start(m_binary, args);
    p.waitForFinished(-1);
    const QByteArray out = p.readAllStandardOutput();
    const QJsonObject doc = QJsonDocument::fromJson(out).object();
    const QString code = doc.value(QStringLiteral("enrollment_code")).toString();
    if (code.isEmpty())
        m_lastError = QStringLiteral("enroll %1 failed: ").arg(user) + QString::fromUtf8(out)
                      + QString::fromUtf8(p.readAllStandardError());
    return code;
}

QString TestServer::tokenFor(const QString &user)
{
    if (user.isEmpty())
        return {};
    if (const auto it = m_tokens.constFind(user); it != m_tokens.constEnd())
        return *it;
    const QString code = enroll(user);
    if (code.isEmpty())
        return {};
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent-vigilo-test-home"));
    const CliResult r =
        runCli({QStringLiteral("--db"), location(), QStringLiteral("login"), user,
                QStringLiteral("--enrollment-code"), code, QStringLiteral("--password-stdin"),
                QStringLiteral("--print-token")},
               env, passwordOf(user).toUtf8() + '\n');
    const QString token = r.out.trimmed();
    if (r.exitCode != 0 || token.isEmpty()) {
        m_lastError =
            QStringLiteral("login %1 failed: ").arg(user) + QString::fromUtf8(r.describe());
        return {};
    }
    m_tokens.insert(user, token);
    return token;
}

} // namespace vigilo::test
