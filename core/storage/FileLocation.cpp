#include "FileLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#endif
#ifdef Q_OS_MACOS
#include <sys/mount.h>
#include <sys/param.h>
#endif

namespace vigilo::FileLocation {

Platform hostPlatform()
{
#if defined(Q_OS_WIN)
    return Platform::Windows;
#elif defined(Q_OS_MACOS)
    return Platform::MacOS;
#else
    return Platform::Linux;
#endif
}

Qt::CaseSensitivity fileNameCase(Platform platform)
{
    return platform == Platform::Linux ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

bool isUncPath(const QString &path)
{
    // Two separators, then a server name (not a third separator: "///x" is a plain path).
    const auto sep = [](QChar c) { return c == QLatin1Char('/') || c == QLatin1Char('\\'); };
    return path.size() > 2 && sep(path.at(0)) && sep(path.at(1)) && !sep(path.at(2));
}

QString pathKey(const QString &absolutePath, Platform platform)
{
    QString path = absolutePath;
    if (platform == Platform::Windows)
        path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const bool unc = isUncPath(path);
    // QDir::cleanPath keeps a leading "//" only on Windows builds: clean the rest ourselves.
    path = QDir::cleanPath(unc ? path.mid(1) : path);
    if (unc)
        path.prepend(QLatin1Char('/'));
    return fileNameCase(platform) == Qt::CaseInsensitive ? path.toCaseFolded() : path;
}

QString canonicalKey(const QString &path)
{
    const QFileInfo file(path);
    const QString canonical = file.exists() ? file.canonicalFilePath() : QString();
    return pathKey(canonical.isEmpty() ? file.absoluteFilePath() : canonical, hostPlatform());
}

bool isNetworkFileSystemType(const QString &type)
{
    static const QStringList network = {
        // Linux (/proc/mounts)
        QStringLiteral("nfs"), QStringLiteral("nfs4"), QStringLiteral("cifs"),
        QStringLiteral("smb"), QStringLiteral("smb2"), QStringLiteral("smb3"),
        QStringLiteral("fuse.sshfs"), QStringLiteral("9p"), QStringLiteral("afs"),
        QStringLiteral("ceph"), QStringLiteral("glusterfs"), QStringLiteral("davfs"),
        QStringLiteral("fuse.davfs2"),
        // macOS (statfs f_fstypename)
        QStringLiteral("smbfs"), QStringLiteral("afpfs"), QStringLiteral("webdav"),
        QStringLiteral("ftp"), QStringLiteral("osxfuse")};
    return network.contains(type.trimmed().toLower());
}

bool isNetworkLocation(const QString &path, const QString &fileSystemType, bool remoteDrive)
{
    return isUncPath(path) || remoteDrive || isNetworkFileSystemType(fileSystemType);
}

namespace {

QString folderOf(const QString &path)
{
    return QFileInfo(path).absolutePath();
}

#ifdef Q_OS_WIN
bool isRemoteDrive(const QString &folder)
{
    // A mapped network drive: the drive's root as the system sees it ("Z:\").
    const QString root = QDir::toNativeSeparators(QStorageInfo(folder).rootPath());
    if (root.isEmpty())
        return false;
    return GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE;
}
#endif

QString fileSystemType(const QString &folder)
{
#ifdef Q_OS_MACOS
    struct statfs info;
    if (statfs(QFile::encodeName(folder).constData(), &info) == 0)
        return QString::fromUtf8(info.f_fstypename);
#endif
    return QString::fromUtf8(QStorageInfo(folder).fileSystemType());
}

} // namespace

bool onNetworkFileSystem(const QString &path)
{
    const QString folder = folderOf(path);
#ifdef Q_OS_WIN
    const bool remote = isRemoteDrive(folder);
#else
    const bool remote = false;
#endif
    return isNetworkLocation(QDir::fromNativeSeparators(path), fileSystemType(folder), remote);
}

} // namespace vigilo::FileLocation
