#pragma once
// Rules for where a database file is, for every platform Vigilo builds on: one canonical form of
// a local path (the single-instance key, the recent-files list), and whether a path is on a
// network file system (SQLite's locking then depends on the file server). The rules are pure
// functions of their inputs, so they are tested here with Windows and macOS sample paths; the
// *onThisMachine functions ask the operating system.

#include <QString>

namespace vigilo::FileLocation {

enum class Platform { Linux, Windows, MacOS };

Platform hostPlatform();

// Whether the usual file systems of `platform` ignore the case of file names (NTFS; APFS and
// HFS+ as macOS formats them by default).
Qt::CaseSensitivity fileNameCase(Platform platform);

// One spelling of an absolute path, for comparing: '/' separators (Windows' '\' too), "." and
// ".." resolved, a UNC prefix kept as "//server/share", and folded to one case where file
// names ignore case. Two spellings of one file give one key.
QString pathKey(const QString &absolutePath, Platform platform);

// pathKey() of `path` on this machine: made absolute, with symbolic links resolved when the
// file exists.
QString canonicalKey(const QString &path);

// \\server\share\… or //server/share/…: a network location by its form alone.
bool isUncPath(const QString &path);

// Whether a file system type names a network file system: Linux's names (/proc/mounts: nfs,
// cifs, smb3, fuse.sshfs, …) and macOS's statfs f_fstypename (smbfs, afpfs, webdav, nfs).
bool isNetworkFileSystemType(const QString &type);

// The classification: a UNC path, a network file system type, or (Windows) a drive the system
// reports as remote (a mapped network drive, GetDriveTypeW == DRIVE_REMOTE).
bool isNetworkLocation(const QString &path, const QString &fileSystemType, bool remoteDrive);

// isNetworkLocation() for `path` on this machine (the folder that holds the file).
bool onNetworkFileSystem(const QString &path);

} // namespace vigilo::FileLocation
