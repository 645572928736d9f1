// Running vigilo-cli-pack in place of vigilo-cli (export-pack, verify-pack).
#include "Commands.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace vigilo::cli {

namespace {
char **g_argv = nullptr;
} // namespace

void rememberArguments(int argc, char *argv[])
{
    Q_UNUSED(argc) // argv ends with a null pointer, as execv wants it
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

bool checksPackLocally(const ParsedArgs &a)
{
    return a.command && a.command->path == QStringList{QStringLiteral("verify-pack")}
           && (a.has(QStringLiteral("offline")) || a.has(QStringLiteral("trust")));
}

QString helperPath(const QString &name)
{
    // Beside this program (the build, Windows and macOS packages) or in ../libexec/vigilo (the
    // Debian package); with this program's suffix (vigilo-cli.exe runs vigilo-cli-pack.exe), or
    // any the platform uses (findExecutable tries PATHEXT on Windows).
    const QString dir = QCoreApplication::applicationDirPath();
    const QString suffix = QFileInfo(QCoreApplication::applicationFilePath()).suffix();
    const QString own = suffix.isEmpty() ? name : name + QLatin1Char('.') + suffix;
    for (const QString &folder :
         {dir, QDir::cleanPath(dir + QStringLiteral("/../libexec/vigilo"))}) {
        const QFileInfo candidate(folder + QLatin1Char('/') + own);
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.canonicalFilePath();
        const QString found = QStandardPaths::findExecutable(name, {folder});
        if (!found.isEmpty())
            return QFileInfo(found).canonicalFilePath();
    }
    return dir + QLatin1Char('/') + own;
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
    // The arguments as Qt read them from the wide command line: never re-decoded through the
    // local 8-bit code page, which would mangle what it cannot represent.
    const QStringList args = QCoreApplication::arguments().mid(1);
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.setInputChannelMode(QProcess::ForwardedInputChannel);
    p.start(helper, args);
    if (!p.waitForFinished(-1))
        return Error::storage(
            QCoreApplication::translate("vigilo-cli", "cannot run %1").arg(helper), {},
            QStringLiteral("helper_missing"));
    ::exit(p.exitCode());
#endif
}

} // namespace vigilo::cli
