// Where database files are (core/storage/FileLocation): one key per file however it is spelled,
// case-folded where the platform's file names ignore case (Windows, macOS), UNC paths kept; and
// which locations are on a network file system (UNC paths, mapped network drives, Linux and
// macOS network file system types). Sample paths of each platform, and real files here.
#include "FileLocation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigilo::FileLocation;

class TestFileLocation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pathKeys_data();
    void pathKeys();
    void caseOfFileNames();
    void uncPaths();
    void networkLocations_data();
    void networkLocations();
    void realFilesHere();
};

void TestFileLocation::pathKeys_data()
{
    QTest::addColumn<int>("platform");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::addColumn<QString>("key");
    const int win = int(Platform::Windows), mac = int(Platform::MacOS), lnx = int(Platform::Linux);
    QTest::newRow("windows case and separators")
        << win << "C:\\Users\\Ann\\Ops.sqlite"
        << "c:/users/ann/OPS.SQLITE" << true << "c:/users/ann/ops.sqlite";
    QTest::newRow("windows dot-dot")
        << win << "C:\\Data\\old\\..\\Vigilo\\team.sqlite"
        << "C:/DATA/vigilo/TEAM.sqlite" << true << "c:/data/vigilo/team.sqlite";
    QTest::newRow("windows unc") << win << "\\\\FileServer\\Share\\Ops.sqlite"
                                 << "//fileserver/share/ops.sqlite" << true
                                 << "//fileserver/share/ops.sqlite";
    QTest::newRow("windows other drive") << win << "C:\\ops.sqlite"
                                         << "D:\\ops.sqlite" << false << "c:/ops.sqlite";
    QTest::newRow("macos case") << mac << "/Users/Ann/Vigilo/Ops.sqlite"
                                << "/users/ann/vigilo/ops.sqlite" << true
                                << "/users/ann/vigilo/ops.sqlite";
    QTest::newRow("macos umlaut case")
        << mac << "/Volumes/Team/Änderungen.sqlite"
        << "/volumes/team/änderungen.sqlite" << true << "/volumes/team/änderungen.sqlite";
    QTest::newRow("linux keeps case") << lnx << "/srv/Ops.sqlite"
                                      << "/srv/ops.sqlite" << false << "/srv/Ops.sqlite";
    QTest::newRow("linux double slash")
        << lnx << "/srv//share/./ops.sqlite"
        << "/srv/share/ops.sqlite" << true << "/srv/share/ops.sqlite";
    QTest::newRow("linux backslash is a name") << lnx << "/srv/a\\b.sqlite"
                                               << "/srv/a/b.sqlite" << false << "/srv/a\\b.sqlite";
}

void TestFileLocation::pathKeys()
{
    QFETCH(int, platform);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QFETCH(QString, key);
    const Platform p = Platform(platform);
    QCOMPARE(pathKey(a, p), key);
    QCOMPARE(pathKey(a, p) == pathKey(b, p), same);
}

void TestFileLocation::caseOfFileNames()
{
    QCOMPARE(fileNameCase(Platform::Windows), Qt::CaseInsensitive);
    QCOMPARE(fileNameCase(Platform::MacOS), Qt::CaseInsensitive);
    QCOMPARE(fileNameCase(Platform::Linux), Qt::CaseSensitive);
#if defined(Q_OS_LINUX)
    QCOMPARE(hostPlatform(), Platform::Linux);
#endif
}

void TestFileLocation::uncPaths()
{
    QVERIFY(isUncPath(QStringLiteral("\\\\server\\share\\ops.sqlite")));
    QVERIFY(isUncPath(QStringLiteral("//server/share/ops.sqlite")));
    QVERIFY(!isUncPath(QStringLiteral("/srv/share/ops.sqlite")));
    QVERIFY(!isUncPath(QStringLiteral("///srv/ops.sqlite")));
    QVERIFY(!isUncPath(QStringLiteral("C:\\ops.sqlite")));
    QVERIFY(!isUncPath(QStringLiteral("//")));
}

void TestFileLocation::networkLocations_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("remoteDrive");
    QTest::addColumn<bool>("network");
    QTest::newRow("linux nfs") << "/mnt/team/ops.sqlite"
                               << "nfs4" << false << true;
    QTest::newRow("linux cifs") << "/mnt/smb/ops.sqlite"
                                << "cifs" << false << true;
    QTest::newRow("linux sshfs") << "/home/a/remote/ops.sqlite"
                                 << "fuse.sshfs" << false << true;
    QTest::newRow("linux ext4") << "/home/a/ops.sqlite"
                                << "ext4" << false << false;
    QTest::newRow("linux tmpfs") << "/tmp/ops.sqlite"
                                 << "tmpfs" << false << false;
    QTest::newRow("macos smbfs") << "/Volumes/Team/ops.sqlite"
                                 << "smbfs" << false << true;
    QTest::newRow("macos afpfs") << "/Volumes/Old/ops.sqlite"
                                 << "afpfs" << false << true;
    QTest::newRow("macos webdav") << "/Volumes/dav/ops.sqlite"
                                  << "webdav" << false << true;
    QTest::newRow("macos apfs") << "/Users/ann/ops.sqlite"
                                << "apfs" << false << false;
    QTest::newRow("windows unc") << "\\\\server\\share\\ops.sqlite"
                                 << "NTFS" << false << true;
    QTest::newRow("windows unc slashes") << "//server/share/ops.sqlite"
                                         << "" << false << true;
    QTest::newRow("windows mapped drive") << "Z:\\team\\ops.sqlite"
                                          << "NTFS" << true << true;
    QTest::newRow("windows local drive") << "C:\\data\\ops.sqlite"
                                         << "NTFS" << false << false;
}

void TestFileLocation::networkLocations()
{
    QFETCH(QString, path);
    QFETCH(QString, type);
    QFETCH(bool, remoteDrive);
    QFETCH(bool, network);
    QCOMPARE(isNetworkLocation(path, type, remoteDrive), network);
}

void TestFileLocation::realFilesHere()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("ops.sqlite"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::link(file, dir.filePath(QStringLiteral("alias.sqlite"))));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    // A symbolic link and a roundabout spelling give the file's key.
    const QString key = canonicalKey(file);
    QCOMPARE(canonicalKey(dir.filePath(QStringLiteral("alias.sqlite"))), key);
    QCOMPARE(canonicalKey(dir.filePath(QStringLiteral("sub/../ops.sqlite"))), key);
    // A file not created yet still has one key.
    QCOMPARE(canonicalKey(dir.filePath(QStringLiteral("sub/../new.sqlite"))),
             canonicalKey(dir.filePath(QStringLiteral("new.sqlite"))));
    // The temporary folder is local.
    QVERIFY(!onNetworkFileSystem(file));
}

QTEST_GUILESS_MAIN(TestFileLocation)
#include "tst_file_location.moc"
