// The team server signs with the workspace's key (issue 14, deliverables 2 and 5), through a real
// vigilo-server on loopback in front of a fresh PostgreSQL database: `vigilo-server key
// create|import` keeps the key in the server's state folder and publishes its certificate in the
// workspace's trust list; `vigilo-cli export-pack` through the server gets a pack pdfsig and
// `verify-pack --offline --trust` (no database) accept; a key file others can read is refused;
// rotation keeps old packs verifying; the server's signed chain heads catch a recomputed chain
// and a cut tail in `audit verify` through the server.
#include "CliFixture.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace vigilo::test;

namespace {

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool pdfsigAccepts(const QString &path, QString *out)
{
    *out = tool(QStringLiteral("pdfsig"), {QStringLiteral("-nocert"), path});
    return out->contains(QStringLiteral("Signature Validation: Signature is Valid."))
           && out->contains(QStringLiteral("Total document signed"))
           && !out->contains(QStringLiteral("Not total document signed"));
}

QByteArray describe(const TestServer::Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(r.out, r.err)
        .toUtf8();
}

QJsonObject jsonOf(const TestServer::Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// The auditor's laptop: no database, no workspace, nobody's keys.
QProcessEnvironment auditor(const CliSandbox &box)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("VIGILO_DB"), box.dir() + QStringLiteral("/nowhere/none.sqlite"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), box.dir() + QStringLiteral("/auditor"));
    env.insert(QStringLiteral("HOME"), box.dir() + QStringLiteral("/auditor"));
    env.insert(QStringLiteral("VIGILO_USER"), QStringLiteral("auditor"));
    return env;
}

int anchorLines(const TestServer &server)
{
    QFile f(server.stateDir() + QStringLiteral("/anchors.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return int(f.readAll().count('\n'));
}

QStringList problemKinds(const CliResult &r)
{
    QStringList kinds;
    for (const QJsonValue &p : r.error()
                                   .value(QStringLiteral("details"))
                                   .toObject()
                                   .value(QStringLiteral("problems"))
                                   .toArray())
        kinds << p.toObject().value(QStringLiteral("kind")).toString();
    return kinds;
}

} // namespace

class TestCliServerSign : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void serverSignsWithTheWorkspaceKey();
    void keyIsPublishedInAnAdminsName();
    void keyOthersCanReadIsRefused();
    void rotationKeepsOldPacksVerifying();
    void importFromPkcs12();
    void anchorsCatchRewrittenAndCutHistory();
    void anchorsAtLeastEveryInterval();

private:
    bool opsWithChange(const CliSandbox &box, QByteArray *why) const;
    TestServer::Run createKey(const CliSandbox &box, const QStringList &extra = {}) const;
    CliResult exportPack(const CliSandbox &box, const QString &pdf) const;
};

void TestCliServerSign::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    QVERIFY2(QFileInfo(serverPath()).isExecutable(), "this build has no vigilo-server");
    QVERIFY2(qEnvironmentVariable("VIGILO_TEST_BACKEND") == QLatin1String("server"),
             "run with VIGILO_TEST_BACKEND=server under .ci/with-postgres (ctest does)");
    QVERIFY2(!tool(QStringLiteral("pdfsig"), {QStringLiteral("-v")}).isEmpty(),
             "poppler-utils is needed (.ci/deps)");
}

bool TestCliServerSign::opsWithChange(const CliSandbox &box, QByteArray *why) const
{
    if (!box.ok() || !box.isServer()) {
        *why = "no server sandbox";
        return false;
    }
    if (!setUpOps(box, why))
        return false;
    for (const auto &[user, a] : QList<std::pair<QString, QStringList>>{
             {QStringLiteral("erik"), validCreate()},
             {QStringLiteral("erik"), args({"change", "submit", "1"})},
             {QStringLiteral("anna"), args({"change", "approve", "1"})}}) {
        const CliResult r = box.run(user, a);
        if (r.exitCode != 0) {
            *why = r.describe();
            return false;
        }
    }
    return true;
}

TestServer::Run TestCliServerSign::createKey(const CliSandbox &box, const QStringList &extra) const
{
    // As the README's operator does: the server's own login (its config), in the name of the
    // workspace's owner.
    return box.server()->runServerOn(box.server()->serverDatabaseUrl(),
                                     QStringList{QStringLiteral("key"), QStringLiteral("create"),
                                                 QStringLiteral("--workspace"),
                                                 QStringLiteral("ops"), QStringLiteral("--as"),
                                                 QStringLiteral("olga"), QStringLiteral("--json")}
                                         + extra);
}

CliResult TestCliServerSign::exportPack(const CliSandbox &box, const QString &pdf) const
{
    return box.runJson(QStringLiteral("vera"), {QStringLiteral("export-pack"), QStringLiteral("1"),
                                                QStringLiteral("--out"), pdf});
}

void TestCliServerSign::serverSignsWithTheWorkspaceKey()
{
    CliSandbox box;
    QByteArray why;
    QVERIFY2(opsWithChange(box, &why), why.constData());
    const QString pdf = box.dir() + QStringLiteral("/CHG-00001.pdf");

    // No key yet: refused, with what the server's administrator does; no file.
    CliResult r = exportPack(box, pdf);
    CLI_EXPECT_ERROR(r, 1, "signing_key_missing");
    QVERIFY2(r.err.contains(QStringLiteral("vigilo-server key create")), r.describe().constData());
    QVERIFY(!QFileInfo::exists(pdf));

    const qint64 eventsBefore = rawCount(box.dbPath(), QStringLiteral("audit_events"));
    TestServer::Run key = createKey(box, {QStringLiteral("--name"), QStringLiteral("Ops server")});
    QVERIFY2(key.exitCode == 0, describe(key).constData());
    const QJsonObject made = jsonOf(key).value(QStringLiteral("key")).toObject();
    const QString fingerprint = made.value(QStringLiteral("certificate"))
                                    .toObject()
                                    .value(QStringLiteral("fingerprint"))
                                    .toString();
    QCOMPARE(fingerprint.size(), 64);
    // In the server's state folder, readable by the server's user only, encrypted.
    const QString keyFile = made.value(QStringLiteral("key_file")).toString();
    QVERIFY2(keyFile.startsWith(box.server()->stateDir() + QStringLiteral("/keys/")),
             qPrintable(keyFile));
    QCOMPARE(int(QFileInfo(keyFile).permissions() & 0x00ff), 0);
    QCOMPARE(int(QFileInfo(QFileInfo(keyFile).absolutePath()).permissions() & 0x00ff), 0);
    QFile k(keyFile);
    QVERIFY(k.open(QIODevice::ReadOnly));
    QVERIFY(k.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    // Published in the workspace, audited in the operator's name; nothing of the key in it.
    QCOMPARE(rawCount(box.dbPath(), QStringLiteral("trusted_certificates"),
                      QStringLiteral("fingerprint = '%1'").arg(fingerprint)),
             qint64(1));
    QCOMPARE(rawCount(box.dbPath(), QStringLiteral("audit_events"),
                      QStringLiteral("action = 'trust.add' AND actor = 'olga'")),
             qint64(1));
    QCOMPARE(rawCount(box.dbPath(), QStringLiteral("audit_events")), eventsBefore + 1);
    QCOMPARE(rawCount(box.dbPath(), QStringLiteral("trusted_certificates"),
                      QStringLiteral("pem LIKE '%PRIVATE%'")),
             qint64(0));
    // A second create does not silently replace it.
    const TestServer::Run again = createKey(box);
    QVERIFY2(again.exitCode == 1 && again.out.contains(QStringLiteral("signing_key_exists")),
             describe(again).constData());

    // Export through the server: signed by the workspace's key, as the local command says it.
    r = exportPack(box, pdf);
    CLI_EXPECT(r, 0);
    const QJsonObject pack = r.json().object().value(QStringLiteral("evidence_pack")).toObject();
    QCOMPARE(pack.value(QStringLiteral("signer"))
                 .toObject()
                 .value(QStringLiteral("fingerprint"))
                 .toString(),
             fingerprint);
    QString sig;
    QVERIFY2(pdfsigAccepts(pdf, &sig), qPrintable(sig));
    r = box.run(QStringLiteral("vera"),
                {QStringLiteral("export-pack"), QStringLiteral("1"), QStringLiteral("--out"), pdf});
    CLI_EXPECT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("signed by CN=Ops server")), r.describe().constData());
    QVERIFY2(r.out.contains(fingerprint.left(2).toUpper() + QLatin1Char(':')),
             r.describe().constData());

    // Verify through the server: the signer check among the others.
    r = box.run(QStringLiteral("vera"), {QStringLiteral("verify-pack"), pdf});
    CLI_EXPECT(r, 0);
    for (const char *check : {"signature", "certificate", "evidence", "pages", "chain"})
        QVERIFY2(r.out.contains(QStringLiteral("[ok]   %1: ").arg(QLatin1String(check))),
                 r.describe().constData());

    // The trust list and the bundle through the server; the auditor verifies with no database.
    r = box.runJson(QStringLiteral("vera"),
                    {QStringLiteral("workspace"), QStringLiteral("trust"), QStringLiteral("list")});
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json()
                 .object()
                 .value(QStringLiteral("certificates"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("fingerprint"))
                 .toString(),
             fingerprint);
    const QString bundle = box.dir() + QStringLiteral("/CERTS.pem");
    r = box.runJson(QStringLiteral("vera"),
                    {QStringLiteral("workspace"), QStringLiteral("trust-bundle"),
                     QStringLiteral("--out"), bundle});
    CLI_EXPECT(r, 0);
    r = runCli({QStringLiteral("verify-pack"), pdf, QStringLiteral("--offline"),
                QStringLiteral("--trust"), bundle},
               auditor(box));
    CLI_EXPECT(r, 0);
    for (const char *check : {"signature", "certificate", "evidence", "pages", "chain"})
        QVERIFY2(r.out.contains(QStringLiteral("[ok]   %1: ").arg(QLatin1String(check))),
                 r.describe().constData());
    QVERIFY(!QFileInfo::exists(box.dir() + QStringLiteral("/nowhere")));
    // Without the bundle the auditor cannot know whose key it is.
    CLI_EXPECT_ERROR(runCli({QStringLiteral("--json"), QStringLiteral("verify-pack"), pdf,
                             QStringLiteral("--offline")},
                            auditor(box)),
                     1, "pack_untrusted");

    // An admin revokes the server's key: the server stops signing with it.
    r = box.runJson(QStringLiteral("adam"),
                    {QStringLiteral("workspace"), QStringLiteral("trust"), QStringLiteral("revoke"),
                     fingerprint, QStringLiteral("--reason"), QStringLiteral("Server rebuilt")});
    CLI_EXPECT(r, 0);
    CLI_EXPECT_ERROR(exportPack(box, box.dir() + QStringLiteral("/after.pdf")), 1,
                     "signing_key_revoked");
    QVERIFY(!QFileInfo::exists(box.dir() + QStringLiteral("/after.pdf")));
    // ...and a viewer cannot revoke or add anything through it.
    CLI_EXPECT_ERROR(
        box.runJson(QStringLiteral("vera"), {QStringLiteral("workspace"), QStringLiteral("trust"),
                                             QStringLiteral("add"), bundle}),
        1, "permission_denied");
}

void TestCliServerSign::keyIsPublishedInAnAdminsName()
{
    // The server's login sees a workspace only through a member it acts for (schema 14): the
    // trust list changes in an admin's name, never in nobody's, never in an engineer's.
    CliSandbox box;
    QByteArray why;
    QVERIFY2(opsWithChange(box, &why), why.constData());
    const QString serverDb = box.server()->serverDatabaseUrl();
    QVERIFY2(serverDb != box.dbPath(), "the server must not run as the schema's owner");
    TestServer::Run r = box.server()->runServerOn(
        serverDb, {QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--workspace"),
                   QStringLiteral("ops"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QStringLiteral("--as")), describe(r).constData());
    r = box.server()->runServerOn(serverDb, {QStringLiteral("key"), QStringLiteral("create"),
                                             QStringLiteral("--workspace"), QStringLiteral("ops"),
                                             QStringLiteral("--as"), QStringLiteral("erik"),
                                             QStringLiteral("--json")});
    QVERIFY2(r.exitCode != 0 && r.out.contains(QStringLiteral("permission_denied")),
             describe(r).constData());
    QCOMPARE(rawCount(box.dbPath(), QStringLiteral("trusted_certificates")), 0LL);
    QVERIFY(!QFileInfo::exists(box.server()->stateDir() + QStringLiteral("/keys/ops.key")));

    r = createKey(box);
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QCOMPARE(rawCount(box.dbPath(), QStringLiteral("trusted_certificates"),
                      QStringLiteral("added_by = 'olga'")),
             1LL);
    QCOMPARE(rawCount(box.dbPath(), QStringLiteral("audit_events"),
                      QStringLiteral("action = 'trust.add' AND actor = 'olga'")),
             1LL);
}

void TestCliServerSign::keyOthersCanReadIsRefused()
{
    CliSandbox box;
    QByteArray why;
    QVERIFY2(opsWithChange(box, &why), why.constData());
    const TestServer::Run key = createKey(box);
    QVERIFY2(key.exitCode == 0, describe(key).constData());
    const QString keyFile = jsonOf(key)
                                .value(QStringLiteral("key"))
                                .toObject()
                                .value(QStringLiteral("key_file"))
                                .toString();
    const QString pdf = box.dir() + QStringLiteral("/pack.pdf");

    // Made readable by the group and others while the server runs: it signs nothing more.
    QVERIFY(QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                               | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    CliResult r = exportPack(box, pdf);
    CLI_EXPECT_ERROR(r, 1, "signing_key_unprotected");
    QVERIFY2(r.err.contains(QStringLiteral("chmod 600")), r.describe().constData());
    QVERIFY(!QFileInfo::exists(pdf));
    // A server does not even start with it, and --check-config says why.
    TestServer second(box.dbPath(), box.server()->stateSettings());
    QVERIFY(!second.ok());
    QVERIFY2(second.errorText().contains(keyFile), qPrintable(second.errorText()));
    const TestServer::Run check = box.server()->runServer({QStringLiteral("--check-config")});
    QVERIFY2(check.exitCode == 2 && check.err.contains(QStringLiteral("chmod 600")),
             describe(check).constData());

    // The passphrase file likewise.
    QVERIFY(QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QString pass = box.server()->passphraseFile();
    QVERIFY(QFile::setPermissions(pass, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                            | QFileDevice::ReadOther));
    CLI_EXPECT_ERROR(exportPack(box, pdf), 1, "signing_key_unprotected");
    QVERIFY(QFile::setPermissions(pass, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    // Put right, it signs again.
    CLI_EXPECT(exportPack(box, pdf), 0);
    QString sig;
    QVERIFY2(pdfsigAccepts(pdf, &sig), qPrintable(sig));
}

void TestCliServerSign::rotationKeepsOldPacksVerifying()
{
    CliSandbox box;
    QByteArray why;
    QVERIFY2(opsWithChange(box, &why), why.constData());
    TestServer::Run key = createKey(box);
    QVERIFY2(key.exitCode == 0, describe(key).constData());
    const QString oldFp = jsonOf(key)
                              .value(QStringLiteral("key"))
                              .toObject()
                              .value(QStringLiteral("certificate"))
                              .toObject()
                              .value(QStringLiteral("fingerprint"))
                              .toString();
    const QString oldPack = box.dir() + QStringLiteral("/old.pdf");
    CLI_EXPECT(exportPack(box, oldPack), 0);

    key = createKey(box, {QStringLiteral("--replace")});
    QVERIFY2(key.exitCode == 0, describe(key).constData());
    const QString newFp = jsonOf(key)
                              .value(QStringLiteral("key"))
                              .toObject()
                              .value(QStringLiteral("certificate"))
                              .toObject()
                              .value(QStringLiteral("fingerprint"))
                              .toString();
    QVERIFY(newFp != oldFp);
    // The old key is retired, still readable by the server's user only.
    const QStringList retired = QDir(box.server()->stateDir() + QStringLiteral("/keys/retired"))
                                    .entryList({QStringLiteral("*.key")}, QDir::Files);
    QCOMPARE(retired.size(), 1);
    QVERIFY(retired.first().contains(oldFp.left(16)));

    const QString newPack = box.dir() + QStringLiteral("/new.pdf");
    CliResult r = exportPack(box, newPack);
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json()
                 .object()
                 .value(QStringLiteral("evidence_pack"))
                 .toObject()
                 .value(QStringLiteral("signer"))
                 .toObject()
                 .value(QStringLiteral("fingerprint"))
                 .toString(),
             newFp);
    // Both certificates are trusted: both packs verify offline with one bundle, and online.
    const QString bundle = box.dir() + QStringLiteral("/CERTS.pem");
    CLI_EXPECT(box.run(QStringLiteral("olga"),
                       {QStringLiteral("workspace"), QStringLiteral("trust-bundle"),
                        QStringLiteral("--out"), bundle}),
               0);
    for (const QString &pdf : {oldPack, newPack}) {
        CLI_EXPECT(runCli({QStringLiteral("verify-pack"), pdf, QStringLiteral("--offline"),
                           QStringLiteral("--trust"), bundle},
                          auditor(box)),
                   0);
        CLI_EXPECT(box.run(QStringLiteral("vera"), {QStringLiteral("verify-pack"), pdf}), 0);
    }
    QCOMPARE(rawCount(box.dbPath(), QStringLiteral("trusted_certificates"),
                      QStringLiteral("revoked_at IS NULL")),
             qint64(2));
}

void TestCliServerSign::importFromPkcs12()
{
    CliSandbox box;
    QByteArray why;
    QVERIFY2(opsWithChange(box, &why), why.constData());
    // The organisation's PKI: a CA and the certificate it issued for the server, in a .p12.
    const QString d = box.dir();
    auto openssl = [](const QStringList &a) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), a);
        p.waitForFinished(60000);
        return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAll());
    };
    for (const QStringList &step : QList<QStringList>{
             {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
              QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
              QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
              QStringLiteral("/CN=ACME Issuing CA"), QStringLiteral("-keyout"),
              d + QStringLiteral("/ca.key"), QStringLiteral("-out"), d + QStringLiteral("/ca.pem")},
             {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
              QStringLiteral("-nodes"), QStringLiteral("-subj"),
              QStringLiteral("/CN=vigilo.acme.example"), QStringLiteral("-keyout"),
              d + QStringLiteral("/srv.key"), QStringLiteral("-out"),
              d + QStringLiteral("/srv.csr")},
             {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
              d + QStringLiteral("/srv.csr"), QStringLiteral("-CA"), d + QStringLiteral("/ca.pem"),
              QStringLiteral("-CAkey"), d + QStringLiteral("/ca.key"),
              QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("30"),
              QStringLiteral("-out"), d + QStringLiteral("/srv.pem")},
             {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
              d + QStringLiteral("/srv.key"), QStringLiteral("-in"), d + QStringLiteral("/srv.pem"),
              QStringLiteral("-certfile"), d + QStringLiteral("/ca.pem"), QStringLiteral("-out"),
              d + QStringLiteral("/srv.p12"), QStringLiteral("-passout"),
              QStringLiteral("pass:p12-secret")}}) {
        const QString failed = openssl(step);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    // The wrong password: nothing installed, nothing published.
    TestServer::Run r = box.server()->runServer(
        {QStringLiteral("key"), QStringLiteral("import"), d + QStringLiteral("/srv.p12"),
         QStringLiteral("--workspace"), QStringLiteral("ops"), QStringLiteral("--password-stdin")},
        "wrong\n");
    QVERIFY2(r.exitCode != 0, describe(r).constData());
    QCOMPARE(rawCount(box.dbPath(), QStringLiteral("trusted_certificates")), qint64(0));
    QVERIFY(!QFileInfo::exists(box.server()->stateDir() + QStringLiteral("/keys/ops.key")));
    r = box.server()->runServer({QStringLiteral("key"), QStringLiteral("import"),
                                 d + QStringLiteral("/srv.p12"), QStringLiteral("--workspace"),
                                 QStringLiteral("ops"), QStringLiteral("--password-stdin")},
                                "p12-secret\n");
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("vigilo.acme.example")),
             describe(r).constData());
    r = box.server()->runServer({QStringLiteral("key"), QStringLiteral("show"),
                                 QStringLiteral("--workspace"), QStringLiteral("ops")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("ACME Issuing CA")),
             describe(r).constData());
    const QString pdf = d + QStringLiteral("/pack.pdf");
    CLI_EXPECT(exportPack(box, pdf), 0);
    QString sig;
    QVERIFY2(pdfsigAccepts(pdf, &sig), qPrintable(sig));
    CLI_EXPECT(box.run(QStringLiteral("vera"), {QStringLiteral("verify-pack"), pdf}), 0);
}

void TestCliServerSign::anchorsCatchRewrittenAndCutHistory()
{
    // An anchor every 4 events (the default is 1000; the daily one stays an hour away here).
    CliSandbox box({QStringLiteral("--set"), QStringLiteral("anchor_every_events=4"),
                    QStringLiteral("--set"), QStringLiteral("anchor_interval_secs=3600")});
    QByteArray why;
    QVERIFY2(opsWithChange(box, &why), why.constData());
    TestServer &server = *box.server();
    QCOMPARE(anchorLines(server), 0); // no key, no anchors
    const TestServer::Run key = createKey(box);
    QVERIFY2(key.exitCode == 0, describe(key).constData());
    // The first event after the key: the server signs the head at once, as it signed none.
    CLI_EXPECT(box.run(QStringLiteral("anna"), {QStringLiteral("comment"), QStringLiteral("add"),
                                                QStringLiteral("1"), QStringLiteral("First")}),
               0);
    QTRY_VERIFY_WITH_TIMEOUT(anchorLines(server) == 1, 60000);
    QFile log(server.stateDir() + QStringLiteral("/anchors.jsonl"));
    auto lastAnchoredSeq = [&log] {
        if (!log.open(QIODevice::ReadOnly))
            return qint64(-1);
        const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
        log.close();
        return QJsonDocument::fromJson(lines.last())
            .object()
            .value(QStringLiteral("anchor"))
            .toObject()
            .value(QStringLiteral("seq"))
            .toInteger();
    };
    auto headSeq = [&box] {
        return rawScalar(box.dbPath(),
                         QStringLiteral("SELECT audit_seq FROM workspaces WHERE slug = 'ops'"))
            .toLongLong();
    };
    const qint64 first = lastAnchoredSeq();
    QVERIFY(first > 0 && headSeq() - first < 4);
    // Fewer than 4 events after it: no new anchor; the 4th brings one, of exactly that head.
    int note = 0;
    while (headSeq() < first + 4) {
        QCOMPARE(anchorLines(server), 1);
        CLI_EXPECT(box.run(QStringLiteral("anna"),
                           {QStringLiteral("comment"), QStringLiteral("add"), QStringLiteral("1"),
                            QStringLiteral("Note %1").arg(++note)}),
                   0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(anchorLines(server) == 2, 60000);
    const qint64 second = lastAnchoredSeq();
    QCOMPARE(second, first + 4);
    QCOMPARE(int(QFileInfo(log.fileName()).permissions() & 0x00ff), 0);

    CliResult r =
        box.runJson(QStringLiteral("vera"), {QStringLiteral("audit"), QStringLiteral("verify")});
    CLI_EXPECT(r, 0);
    const QJsonObject v = r.json().object().value(QStringLiteral("audit_verification")).toObject();
    QCOMPARE(v.value(QStringLiteral("anchors")).toInt(), 2);
    QCOMPARE(v.value(QStringLiteral("latest_anchor_seq")).toInteger(), second);
    r = box.run(QStringLiteral("vera"), {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.out.contains(QStringLiteral("every chain head the server signed")),
             r.describe().constData());

    // The schema owner rewrites who approved and recomputes the chain: the chain alone looks
    // fine, the server's anchors do not.
    QString err =
        rawExec(box.dbPath(), rawUnlockAudit(box.dbPath())
                                  + QStringList{QStringLiteral("UPDATE audit_events SET actor = "
                                                               "'olga' WHERE action = "
                                                               "'change.approve'")});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    err = rawRecomputeChain(box.dbPath());
    QVERIFY2(err.isEmpty(), qPrintable(err));
    r = box.runJson(QStringLiteral("vera"), {QStringLiteral("audit"), QStringLiteral("verify")});
    CLI_EXPECT_ERROR(r, 1, "audit_chain_broken");
    QVERIFY2(problemKinds(r).contains(QStringLiteral("rewritten")), r.describe().constData());

    // Cutting the tail back before the latest anchor and fixing the head: reported as well.
    err = rawExec(box.dbPath(),
                  {QStringLiteral("DELETE FROM audit_events WHERE seq > %1").arg(second - 2)});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    err = rawRecomputeChain(box.dbPath());
    QVERIFY2(err.isEmpty(), qPrintable(err));
    r = box.runJson(QStringLiteral("vera"), {QStringLiteral("audit"), QStringLiteral("verify")});
    CLI_EXPECT_ERROR(r, 1, "audit_chain_broken");
    QVERIFY2(problemKinds(r).contains(QStringLiteral("history_cut")), r.describe().constData());
    QVERIFY2(r.err.contains(QStringLiteral("removed from its end")), r.describe().constData());

    // An edited line of the server's log breaks its signature: reported, not trusted.
    log.close();
    QVERIFY(log.open(QIODevice::ReadOnly));
    QByteArray text = log.readAll();
    log.close();
    text.replace(QByteArray(QByteArray("\"seq\":") + QByteArray::number(second)),
                 QByteArray("\"seq\":1"));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write(text);
    log.close();
    r = box.runJson(QStringLiteral("vera"), {QStringLiteral("audit"), QStringLiteral("verify")});
    CLI_EXPECT_ERROR(r, 1, "audit_chain_broken");
    QVERIFY2(problemKinds(r).contains(QStringLiteral("anchor_damaged")), r.describe().constData());
}

void TestCliServerSign::anchorsAtLeastEveryInterval()
{
    // However few the events, a growing history is signed at least every interval (here 1 s;
    // the default is a day): the server's timer, not an event count, brings the second anchor.
    CliSandbox box({QStringLiteral("--set"), QStringLiteral("anchor_interval_secs=1")});
    QByteArray why;
    QVERIFY2(opsWithChange(box, &why), why.constData());
    TestServer &server = *box.server();
    const TestServer::Run key = createKey(box);
    QVERIFY2(key.exitCode == 0, describe(key).constData());
    CLI_EXPECT(box.run(QStringLiteral("anna"), {QStringLiteral("comment"), QStringLiteral("add"),
                                                QStringLiteral("1"), QStringLiteral("First")}),
               0);
    QTRY_VERIFY_WITH_TIMEOUT(anchorLines(server) >= 1, 60000);
    const int before = anchorLines(server);
    CLI_EXPECT(box.run(QStringLiteral("anna"), {QStringLiteral("comment"), QStringLiteral("add"),
                                                QStringLiteral("1"), QStringLiteral("Second")}),
               0);
    QTRY_VERIFY_WITH_TIMEOUT(anchorLines(server) == before + 1, 60000);
    // The history holds them all.
    CLI_EXPECT(box.run(QStringLiteral("vera"), {QStringLiteral("audit"), QStringLiteral("verify")}),
               0);
}

QTEST_MAIN(TestCliServerSign)
#include "tst_cli_serversign.moc"
