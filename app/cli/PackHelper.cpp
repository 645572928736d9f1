// Running vigilo-cli-pack in place of vigilo-cli (export-pack, verify-pack).
#include "Commands.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace vigilo::cli {

namespace {
int g_argc = 0;
char **g_argv = nullptr;
} // namespace

void rememberArguments(int argc, char *argv[])
{
    g_argc = argc;
    g_argv = argv;
}

QString packHelperPath()
{
    return helperPath(QStringLiteral("vigilo-cli-pack"));
}

std::optional<Error> execPackHelper()
{
    return execHelper(QStringLiteral("vigilo-cli-pack"));
}

QString helperPath(const QString &name)
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates{dir + QLatin1Char('/') + name,
                                 dir + QStringLiteral("/../libexec/vigilo/") + name};
    for (const QString &candidate : candidates)
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return dir + QLatin1Char('/') + name;
}

std::optional<Error> execHelper(const QString &name)
{
    const QString helper = helperPath(name);
    if (!QFileInfo(helper).isExecutable() || !g_argv)
        return std::nullopt;
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(helper);
    ::execv(path.constData(), g_argv); // returns only on failure
    return Error::storage(QCoreApplication::translate("vigilo-cli", "cannot run %1").arg(helper),
                          {}, QStringLiteral("helper_missing"));
#else
    QStringList args;
    for (int i = 1; i < g_argc; ++i)
        args << QString::fromLocal8Bit(g_argv[i]);
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(helper, args);
    if (!p.waitForFinished(-1))
        return Error::storage(
            QCoreApplication::translate("vigilo-cli", "cannot run %1").arg(helper), {},
            QStringLiteral("helper_missing"));
    ::exit(p.exitCode());
#endif
}

} // namespace vigilo::cli
