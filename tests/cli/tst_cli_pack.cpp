// Evidence packs through the real vigilo-cli binary: signing keys (created, imported from PKCS#12,
// kept encrypted in the user's data folder and nowhere in the database), the workspace's trust
// list and its bundle, export-pack and verify-pack with the database and --offline without it
// (pdfsig agreeing), tampering and untrusted or revoked signers, and German messages.
// Through a team server (NAME_server) the server prints and signs with the workspace's key (made
// by its operator, as tst_cli_serversign shows in depth): a member's own keys and anchor log are
// refused there with not_on_server, and everything else holds as on a database.
#include "CliFixture.h"
#include "PdfTools.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

using namespace vigilo::test;

namespace {

const QByteArray kVeraPass = QByteArrayLiteral("vera-secret-1");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The failed checks of a verify-pack --json error.
QStringList failedChecks(const CliResult &r)
{
    QStringList out;
    for (const QJsonValue &v : r.error()
                                   .value(QStringLiteral("details"))
                                   .toObject()
                                   .value(QStringLiteral("failed"))
                                   .toArray())
        out << v.toString();
    return out;
}

// The signer's name in the packs: vera's own key, or the workspace's key on a team server.
QString signerName(const CliSandbox &box)
{
    return box.isServer() ? QStringLiteral("Ops server") : QStringLiteral("Vera Viewer");
}

// A member's own key, anchor log or offline check through --server: refused, nothing written.
QByteArray notOnServer(const CliResult &r)
{
    if (r.exitCode != 2
        || r.error().value(QStringLiteral("code")).toString() != QLatin1String("not_on_server"))
        return r.describe();
    return {};
}

} // namespace

class TestCliPack : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void exportAndVerify();
    void offlineWithoutDatabase();
    void keysStayOutOfTheDatabase();
    void importPkcs12();
    void trustListAndRevocation();
    void auditVerifyHoldsAnchors();
    void packsLookTheSameWithoutSystemFonts();
    void germanMessages();
    void helperFoundWithPlatformSuffix();

private:
    bool completedChange(const CliSandbox &box, QByteArray *why,
                         const QString &closure = QStringLiteral("successful"));
    // `args` as `user` with their passphrase on standard input.
    CliResult runWithKey(const CliSandbox &box, const QString &user, const QStringList &args,
                         const QByteArray &pass = kVeraPass, bool json = true) const;
    // vera (a viewer) creates her key; adam (admin) trusts it.
    bool veraSigns(const CliSandbox &box, QByteArray *why) const;
};

void TestCliPack::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    QVERIFY2(!runTool(QStringLiteral("pdfsig"), {QStringLiteral("-v")}).isEmpty(),
             "poppler-utils is needed (.ci/deps)");
}

CliResult TestCliPack::runWithKey(const CliSandbox &box, const QString &user,
                                  const QStringList &args, const QByteArray &pass, bool json) const
{
    return runCli((json ? QStringList{QStringLiteral("--json")} : QStringList()) + args
                      + QStringList{QStringLiteral("--passphrase-stdin")},
                  box.env(user), pass + '\n');
}

bool TestCliPack::veraSigns(const CliSandbox &box, QByteArray *why) const
{
    if (box.isServer()) {
        // Her own key is refused there; the server's operator makes the workspace's.
        *why = notOnServer(runWithKey(box, QStringLiteral("vera"),
                                      {QStringLiteral("key"), QStringLiteral("create"),
                                       QStringLiteral("--name"), QStringLiteral("Vera Viewer")}));
        if (!why->isEmpty())
            return false;
        const TestServer::Run made = box.server()->runServerOn(
            box.server()->serverDatabaseUrl(),
            {QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--workspace"),
             QStringLiteral("ops"), QStringLiteral("--as"), QStringLiteral("olga"),
             QStringLiteral("--name"), signerName(box), QStringLiteral("--json")});
        if (made.exitCode != 0)
            *why = (made.out + made.err).toUtf8();
        return made.exitCode == 0;
    }
    const CliResult key = runWithKey(box, QStringLiteral("vera"),
                                     {QStringLiteral("key"), QStringLiteral("create"),
                                      QStringLiteral("--name"), QStringLiteral("Vera Viewer")});
    if (key.exitCode != 0) {
        *why = key.describe();
        return false;
    }
    const QString crt = key.json()
                            .object()
                            .value(QStringLiteral("key"))
                            .toObject()
                            .value(QStringLiteral("certificate_file"))
                            .toString();
    const CliResult trust =
        box.run(QStringLiteral("adam"),
                {QStringLiteral("workspace"), QStringLiteral("trust"), QStringLiteral("add"), crt});
    if (trust.exitCode != 0) {
        *why = trust.describe();
        return false;
    }
    return true;
}

bool TestCliPack::completedChange(const CliSandbox &box, QByteArray *why, const QString &closure)
{
    if (!setUpOps(box, why))
        return false;
    const QList<std::pair<QString, QStringList>> steps = {
        {QStringLiteral("erik"), validCreate()},
        {QStringLiteral("erik"), args({"task", "generate", "1"})},
        {QStringLiteral("erik"), args({"change", "submit", "1"})},
        {QStringLiteral("anna"), args({"change", "approve", "1", "--comment", "Freigabe erteilt"})},
        {QStringLiteral("erik"), args({"change", "schedule", "1"})},
        {QStringLiteral("erik"), args({"change", "start", "1", "--justification",
                                       "Ahead of the window: the vendor is on site today"})},
        {QStringLiteral("erik"), args({"task", "start", "1", "1"})},
        {QStringLiteral("erik"), args({"task", "done", "1", "1"})},
        {QStringLiteral("erik"), args({"task", "start", "1", "2"})},
        {QStringLiteral("erik"), args({"task", "done", "1", "2"})},
        {QStringLiteral("erik"), args({"task", "start", "1", "3"})},
        {QStringLiteral("erik"), args({"task", "done", "1", "3"})},
        {QStringLiteral("erik"),
         {QStringLiteral("change"), QStringLiteral("complete"), QStringLiteral("1"),
          QStringLiteral("--closure-code"), closure, QStringLiteral("--closure-notes"),
          QStringLiteral("Done as planned.")}},
    };
    for (const auto &[user, a] : steps) {
        const CliResult r = box.run(user, a);
        if (r.exitCode != 0) {
            *why = r.describe();
            return false;
        }
    }
    return veraSigns(box, why);
}

void TestCliPack::exportAndVerify()
{
    CliSandbox box;
    QVERIFY(box.ok());
    QByteArray why;
    QVERIFY2(completedChange(box, &why), why.constData());
    const QString pdf = box.dir() + QStringLiteral("/CHG-00001.pdf");

    CliResult r = runWithKey(
        box, QStringLiteral("vera"),
        {QStringLiteral("export-pack"), QStringLiteral("CHG-00001"), QStringLiteral("--out"), pdf});
    CLI_EXPECT(r, 0);
    const QJsonObject pack = r.json().object().value(QStringLiteral("evidence_pack")).toObject();
    QCOMPARE(pack.value(QStringLiteral("number")).toString(), QStringLiteral("CHG-00001"));
    QVERIFY(pack.value(QStringLiteral("pages")).toInt() >= 2);
    QCOMPARE(pack.value(QStringLiteral("digest")).toString().size(), 64);
    QCOMPARE(pack.value(QStringLiteral("locale")).toString(), QStringLiteral("en_US"));
    QCOMPARE(pack.value(QStringLiteral("signer"))
                 .toObject()
                 .value(QStringLiteral("common_name"))
                 .toString(),
             signerName(box));
    QString sig;
    QVERIFY2(pdfsigAccepts(pdf, &sig), qPrintable(sig));
    // The evidence is an attachment any PDF tool lists; its SHA-256 is the printed digest.
    QVERIFY(runTool(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), pdf})
                .contains(QStringLiteral("evidence.json")));
    const QString json = box.dir() + QStringLiteral("/evidence.json");
    int exit = -1;
    runTool(QStringLiteral("pdfdetach"),
            {QStringLiteral("-save"), QStringLiteral("1"), QStringLiteral("-o"), json, pdf}, &exit);
    QCOMPARE(exit, 0);
    QCOMPARE(QString::fromLatin1(
                 QCryptographicHash::hash(readAll(json), QCryptographicHash::Sha256).toHex()),
             pack.value(QStringLiteral("digest")).toString());

    // Human output names the file, the digest and the signer.
    r = runWithKey(box, QStringLiteral("vera"),
                   {QStringLiteral("export-pack"), QStringLiteral("1"), QStringLiteral("--out"),
                    pdf, QStringLiteral("--locale"), QStringLiteral("de_DE")},
                   kVeraPass, false);
    CLI_EXPECT(r, 0);
    QVERIFY2(r.out.contains(pdf) && r.out.contains(QStringLiteral("de_DE"))
                 && r.out.contains(signerName(box)),
             r.describe().constData());

    // The German pack through the helper: every page has its localized footer and the digest.
    const QString pdfDe = box.dir() + QStringLiteral("/CHG-00001-de.pdf");
    r = runWithKey(box, QStringLiteral("vera"),
                   {QStringLiteral("export-pack"), QStringLiteral("1"), QStringLiteral("--out"),
                    pdfDe, QStringLiteral("--locale"), QStringLiteral("de_DE")});
    CLI_EXPECT(r, 0);
    const QJsonObject de = r.json().object().value(QStringLiteral("evidence_pack")).toObject();
    const QStringList pages = runTool(QStringLiteral("pdftotext"),
                                      {QStringLiteral("-layout"), pdfDe, QStringLiteral("-")})
                                  .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), de.value(QStringLiteral("pages")).toInt());
    for (int i = 0; i < pages.size(); ++i) {
        QVERIFY2(
            pages.at(i).contains(QStringLiteral("Seite %1 von %2").arg(i + 1).arg(pages.size())),
            qPrintable(pages.at(i)));
        QVERIFY(pages.at(i).contains(de.value(QStringLiteral("digest")).toString()));
        QVERIFY(pages.at(i).contains(QStringLiteral("CHG-00001 · Nachweispaket")));
    }
    QVERIFY(pages.join(QString()).contains(QStringLiteral("Prüfpfad")));

    r = box.runJson(QStringLiteral("vera"), {QStringLiteral("verify-pack"), pdf});
    CLI_EXPECT(r, 0);
    const QJsonObject v = r.json().object().value(QStringLiteral("pack_verification")).toObject();
    QCOMPARE(v.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(v.value(QStringLiteral("checks")).toArray().size(), 7);
    QCOMPARE(v.value(QStringLiteral("trust")).toString(), QStringLiteral("trusted"));
    r = box.run(QStringLiteral("vera"), {QStringLiteral("verify-pack"), pdfDe});
    CLI_EXPECT(r, 0);
    for (const char *check :
         {"signature", "certificate", "evidence", "pages", "chain", "history", "audit_chain"})
        QVERIFY2(r.out.contains(QStringLiteral("[ok]   %1: ").arg(QLatin1String(check))),
                 r.describe().constData());

    // History that moves on after the export still verifies.
    CLI_EXPECT(box.run(QStringLiteral("anna"),
                       {QStringLiteral("comment"), QStringLiteral("add"), QStringLiteral("1"),
                        QStringLiteral("Reviewed at the CAB")}),
               0);
    CLI_EXPECT(box.run(QStringLiteral("vera"), {QStringLiteral("verify-pack"), pdf}), 0);

    // One flipped byte: exit 1, pack_mismatch, the failed check named; pdfsig agrees.
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() / 3] = char(bytes.at(bytes.size() / 3) ^ 0x20);
    QVERIFY(f.seek(0));
    f.write(bytes);
    f.close();
    QVERIFY(!pdfsigAccepts(pdf, &sig));
    r = box.runJson(QStringLiteral("vera"), {QStringLiteral("verify-pack"), pdf});
    CLI_EXPECT_ERROR(r, 1, "pack_mismatch");
    QVERIFY(r.err.contains(QStringLiteral("[FAIL] signature")));
    QVERIFY(failedChecks(r).contains(QStringLiteral("signature")));

    // Not a pack, no such file, a bad locale, a missing --out, --trust without --offline.
    const QString txt = box.dir() + QStringLiteral("/notes.txt");
    QFile t(txt);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("just notes\n");
    t.close();
    CLI_EXPECT_ERROR(box.runJson(QStringLiteral("vera"), {QStringLiteral("verify-pack"), txt}), 2,
                     "not_a_pack");
    CLI_EXPECT_ERROR(box.runJson(QStringLiteral("vera"),
                                 {QStringLiteral("verify-pack"), txt + QStringLiteral(".nope")}),
                     2, "file_not_found");
    CLI_EXPECT_ERROR(
        runWithKey(box, QStringLiteral("vera"),
                   {QStringLiteral("export-pack"), QStringLiteral("1"), QStringLiteral("--out"),
                    pdf, QStringLiteral("--locale"), QStringLiteral("xx_YY")}),
        2, "invalid_locale");
    CLI_EXPECT_ERROR(
        box.runJson(QStringLiteral("vera"), {QStringLiteral("export-pack"), QStringLiteral("1")}),
        2, "usage");
    CLI_EXPECT_ERROR(box.runJson(QStringLiteral("vera"), {QStringLiteral("verify-pack"), pdfDe,
                                                          QStringLiteral("--trust"), txt}),
                     2, "usage");
}

void TestCliPack::offlineWithoutDatabase()
{
    CliSandbox box;
    QVERIFY(box.ok());
    QByteArray why;
    QVERIFY2(completedChange(box, &why, QStringLiteral("unsuccessful")), why.constData());
    const QString pdf = box.dir() + QStringLiteral("/pack.pdf");
    CLI_EXPECT(runWithKey(box, QStringLiteral("vera"),
                          {QStringLiteral("export-pack"), QStringLiteral("1"),
                           QStringLiteral("--out"), pdf}),
               0);
    const QString bundle = box.dir() + QStringLiteral("/CERTS.pem");
    CliResult r = box.runJson(QStringLiteral("vera"),
                              {QStringLiteral("workspace"), QStringLiteral("trust-bundle"),
                               QStringLiteral("--out"), bundle});
    CLI_EXPECT(r, 0);
    const QString digest = r.json()
                               .object()
                               .value(QStringLiteral("trust_bundle"))
                               .toObject()
                               .value(QStringLiteral("digest"))
                               .toString();
    QCOMPARE(digest.size(), 64);
    QVERIFY(readAll(bundle).contains(digest.toLatin1()));

    // The auditor's laptop: no database, no workspace, nobody's keys, a different user.
    QProcessEnvironment auditor;
    auditor.insert(QStringLiteral("VIGILO_DB"), box.dir() + QStringLiteral("/nowhere/none.sqlite"));
    auditor.insert(QStringLiteral("XDG_DATA_HOME"), box.dir() + QStringLiteral("/auditor"));
    auditor.insert(QStringLiteral("HOME"), box.dir() + QStringLiteral("/auditor"));
    auditor.insert(QStringLiteral("VIGILO_USER"), QStringLiteral("auditor"));
    r = runCli({QStringLiteral("verify-pack"), pdf, QStringLiteral("--offline"),
                QStringLiteral("--trust"), bundle},
               auditor);
    CLI_EXPECT(r, 0);
    for (const char *check : {"signature", "certificate", "evidence", "pages", "chain"})
        QVERIFY2(r.out.contains(QStringLiteral("[ok]   %1: ").arg(QLatin1String(check))),
                 r.describe().constData());
    QVERIFY(!r.out.contains(QStringLiteral("history:")));
    QVERIFY(!QFileInfo::exists(box.dir() + QStringLiteral("/nowhere")));

    // Without the bundle: intact, but whose signature is it? Exit 1, pack_untrusted.
    r = runCli(
        {QStringLiteral("--json"), QStringLiteral("verify-pack"), pdf, QStringLiteral("--offline")},
        auditor);
    CLI_EXPECT_ERROR(r, 1, "pack_untrusted");
    QCOMPARE(failedChecks(r), QStringList{QStringLiteral("certificate")});

    // An incremental update appended to the signed file (a new title, here): both refuse it.
    QByteArray bytes = readAll(pdf);
    const qsizetype xref = bytes.lastIndexOf("startxref");
    const QByteArray prev = bytes.mid(xref + 10).trimmed().split('\n').first();
    const QByteArray object = "1 0 obj\n<< /Title (All fine) >>\nendobj\n";
    const qint64 objAt = bytes.size();
    const qint64 xrefAt = objAt + object.size();
    bytes += object + "xref\n1 1\n" + QByteArray::number(objAt).rightJustified(10, '0')
             + " 00000 n \ntrailer\n<< /Size 2 /Root 6 0 R /Prev " + prev + " >>\nstartxref\n"
             + QByteArray::number(xrefAt) + "\n%%EOF\n";
    const QString appended = box.dir() + QStringLiteral("/appended.pdf");
    QFile out(appended);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    QString sig;
    QVERIFY(!pdfsigAccepts(appended, &sig));
    r = runCli({QStringLiteral("--json"), QStringLiteral("verify-pack"), appended,
                QStringLiteral("--offline"), QStringLiteral("--trust"), bundle},
               auditor);
    CLI_EXPECT_ERROR(r, 1, "pack_mismatch");
    QVERIFY2(r.err.contains(QStringLiteral("appended")), r.describe().constData());

    // A damaged bundle is bad input.
    const QString broken = box.dir() + QStringLiteral("/broken.pem");
    QFile b(broken);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(
        "-----BEGIN VIGILO TRUST LIST-----\nnot base64 json\n-----END VIGILO TRUST LIST-----\n");
    b.close();
    CLI_EXPECT_ERROR(runCli({QStringLiteral("--json"), QStringLiteral("verify-pack"), pdf,
                             QStringLiteral("--offline"), QStringLiteral("--trust"), broken},
                            auditor),
                     2, "invalid_trust_bundle");
}

void TestCliPack::keysStayOutOfTheDatabase()
{
    CliSandbox box;
    QVERIFY(box.ok());
    QByteArray why;
    QVERIFY2(setUpOps(box, &why), why.constData());
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate()), 0);
    const QString pdf = box.dir() + QStringLiteral("/x.pdf");

    // No key yet: refused with how to make one.
    CliResult r = runWithKey(
        box, QStringLiteral("erik"),
        {QStringLiteral("export-pack"), QStringLiteral("1"), QStringLiteral("--out"), pdf});
    CLI_EXPECT_ERROR(r, 1, "signing_key_missing");
    QVERIFY(r.err.contains(QStringLiteral("key create")));
    if (box.isServer()) {
        // The server signs: a member's key never travels through it, nor is it made there.
        const QString before = rawFingerprint(box.dbPath());
        for (const QStringList &command :
             {args({"key", "create"}),
              args({"key", "import"}) + QStringList{box.dir() + QStringLiteral("/none.p12")}}) {
            const QByteArray refused =
                notOnServer(runWithKey(box, QStringLiteral("erik"), command, "erik-passphrase"));
            QVERIFY2(refused.isEmpty(), refused.constData());
        }
        const QByteArray shown = notOnServer(
            box.runJson(QStringLiteral("erik"), {QStringLiteral("key"), QStringLiteral("show")}));
        QVERIFY2(shown.isEmpty(), shown.constData());
        QCOMPARE(rawFingerprint(box.dbPath()), before);
        QVERIFY(!QFileInfo::exists(box.dir() + QStringLiteral("/xdg-data/vigilo/keys")));
        QVERIFY(!QFileInfo::exists(pdf));
        return;
    }
    // A passphrase is required, at least 8 characters, never on the command line.
    CLI_EXPECT_ERROR(
        box.runJson(QStringLiteral("erik"), {QStringLiteral("key"), QStringLiteral("create")}), 2,
        "passphrase_required");
    CLI_EXPECT_ERROR(runWithKey(box, QStringLiteral("erik"),
                                {QStringLiteral("key"), QStringLiteral("create")}, "short"),
                     2, "invalid_passphrase");
    const QString fingerprintBefore = rawFingerprint(box.dbPath());
    r = runWithKey(box, QStringLiteral("erik"), {QStringLiteral("key"), QStringLiteral("create")},
                   "erik-passphrase");
    CLI_EXPECT(r, 0);
    const QJsonObject key = r.json().object().value(QStringLiteral("key")).toObject();
    const QString keyFile = key.value(QStringLiteral("key_file")).toString();
    QVERIFY(keyFile.startsWith(box.dir() + QStringLiteral("/xdg-data/vigilo/keys/")));
    // Mode 0600: read and write for its owner, nothing for the group or others.
    const QFileDevice::Permissions mode = QFileInfo(keyFile).permissions();
    QVERIFY(mode.testFlag(QFileDevice::ReadOwner) && mode.testFlag(QFileDevice::WriteOwner));
    QCOMPARE(int(mode & 0x00ff), 0);
    const QByteArray pem = readAll(keyFile);
    QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    // Nothing of the key reached the database.
    QCOMPARE(rawFingerprint(box.dbPath()), fingerprintBefore);
    CLI_EXPECT_ERROR(runWithKey(box, QStringLiteral("erik"),
                                {QStringLiteral("key"), QStringLiteral("create")},
                                "erik-passphrase"),
                     1, "signing_key_exists");

    // The wrong passphrase: refused, nothing written.
    r = runWithKey(
        box, QStringLiteral("erik"),
        {QStringLiteral("export-pack"), QStringLiteral("1"), QStringLiteral("--out"), pdf},
        "not-the-passphrase");
    CLI_EXPECT_ERROR(r, 2, "wrong_passphrase");
    QVERIFY(!QFileInfo::exists(pdf));
    // The passphrase from the environment works as well.
    QProcessEnvironment env = box.env(QStringLiteral("erik"));
    env.insert(QStringLiteral("VIGILO_KEY_PASSPHRASE"), QStringLiteral("erik-passphrase"));
    CLI_EXPECT(
        runCli({QStringLiteral("export-pack"), QStringLiteral("1"), QStringLiteral("--out"), pdf},
               env),
        0);
    QString sig;
    QVERIFY2(pdfsigAccepts(pdf, &sig), qPrintable(sig));
    r = box.runJson(QStringLiteral("erik"), {QStringLiteral("key"), QStringLiteral("show")});
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json()
                 .object()
                 .value(QStringLiteral("key"))
                 .toObject()
                 .value(QStringLiteral("certificate"))
                 .toObject()
                 .value(QStringLiteral("common_name"))
                 .toString(),
             QStringLiteral("erik"));
}

void TestCliPack::importPkcs12()
{
    CliSandbox box;
    QVERIFY(box.ok());
    QByteArray why;
    QVERIFY2(setUpOps(box, &why), why.constData());
    // The organisation's PKI: a CA and a certificate it issued to erik, in a .p12.
    const QString d = box.dir();
    int exit = -1;
    const QList<QStringList> steps = {
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
         QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=ACME Issuing CA"),
         QStringLiteral("-keyout"), d + QStringLiteral("/ca.key"), QStringLiteral("-out"),
         d + QStringLiteral("/ca.pem")},
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=Erik Engineer"),
         QStringLiteral("-keyout"), d + QStringLiteral("/erik.key"), QStringLiteral("-out"),
         d + QStringLiteral("/erik.csr")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
         d + QStringLiteral("/erik.csr"), QStringLiteral("-CA"), d + QStringLiteral("/ca.pem"),
         QStringLiteral("-CAkey"), d + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"),
         QStringLiteral("-days"), QStringLiteral("10"), QStringLiteral("-out"),
         d + QStringLiteral("/erik.pem")},
        {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
         d + QStringLiteral("/erik.key"), QStringLiteral("-in"), d + QStringLiteral("/erik.pem"),
         QStringLiteral("-certfile"), d + QStringLiteral("/ca.pem"), QStringLiteral("-passout"),
         QStringLiteral("pass:p12-password"), QStringLiteral("-out"),
         d + QStringLiteral("/erik.p12")},
    };
    for (const QStringList &s : steps) {
        const QString out = runTool(QStringLiteral("openssl"), s, &exit);
        QVERIFY2(exit == 0, qPrintable(out));
    }
    const QString p12 = d + QStringLiteral("/erik.p12");
    if (box.isServer()) {
        // The organisation's certificate is erik's own key: refused through a server.
        const QByteArray refused = notOnServer(
            runCli({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("import"), p12,
                    QStringLiteral("--passphrase-stdin")},
                   box.env(QStringLiteral("erik")), "p12-password\nerik-passphrase\n"));
        QVERIFY2(refused.isEmpty(), refused.constData());
        QVERIFY(!QFileInfo::exists(d + QStringLiteral("/xdg-data/vigilo/keys")));
        return;
    }
    CLI_EXPECT_ERROR(runCli({QStringLiteral("--json"), QStringLiteral("key"),
                             QStringLiteral("import"), p12, QStringLiteral("--passphrase-stdin")},
                            box.env(QStringLiteral("erik")), "wrong\nerik-passphrase\n"),
                     2, "wrong_passphrase");
    CliResult r = runCli({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("import"),
                          p12, QStringLiteral("--passphrase-stdin")},
                         box.env(QStringLiteral("erik")), "p12-password\nerik-passphrase\n");
    CLI_EXPECT(r, 0);
    const QString fingerprint = r.json()
                                    .object()
                                    .value(QStringLiteral("key"))
                                    .toObject()
                                    .value(QStringLiteral("certificate"))
                                    .toObject()
                                    .value(QStringLiteral("fingerprint"))
                                    .toString();
    const QString expected = runTool(QStringLiteral("openssl"),
                                     {QStringLiteral("x509"), QStringLiteral("-in"),
                                      d + QStringLiteral("/erik.pem"), QStringLiteral("-noout"),
                                      QStringLiteral("-fingerprint"), QStringLiteral("-sha256")})
                                 .section(QLatin1Char('='), 1)
                                 .trimmed()
                                 .remove(QLatin1Char(':'))
                                 .toLower();
    QCOMPARE(fingerprint, expected);

    // The workspace trusts the organisation's CA, not erik's certificate itself: the chain counts.
    CLI_EXPECT(
        box.run(QStringLiteral("adam"), {QStringLiteral("workspace"), QStringLiteral("trust"),
                                         QStringLiteral("add"), d + QStringLiteral("/ca.pem")}),
        0);
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate()), 0);
    const QString pdf = d + QStringLiteral("/erik.pdf");
    CLI_EXPECT(runWithKey(box, QStringLiteral("erik"),
                          {QStringLiteral("export-pack"), QStringLiteral("1"),
                           QStringLiteral("--out"), pdf},
                          "erik-passphrase"),
               0);
    QString sig;
    QVERIFY2(pdfsigAccepts(pdf, &sig), qPrintable(sig));
    r = box.run(QStringLiteral("vera"), {QStringLiteral("verify-pack"), pdf});
    CLI_EXPECT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Erik Engineer")), r.describe().constData());
}

void TestCliPack::trustListAndRevocation()
{
    CliSandbox box;
    QByteArray why;
    QVERIFY(box.ok());
    QVERIFY2(completedChange(box, &why), why.constData());
    const QString pdf = box.dir() + QStringLiteral("/pack.pdf");
    CLI_EXPECT(runWithKey(box, QStringLiteral("vera"),
                          {QStringLiteral("export-pack"), QStringLiteral("1"),
                           QStringLiteral("--out"), pdf}),
               0);
    CliResult r =
        box.runJson(QStringLiteral("vera"),
                    {QStringLiteral("workspace"), QStringLiteral("trust"), QStringLiteral("list")});
    CLI_EXPECT(r, 0);
    const QJsonArray certs = r.json().object().value(QStringLiteral("certificates")).toArray();
    QCOMPARE(certs.size(), 1);
    const QString fp = certs.first().toObject().value(QStringLiteral("fingerprint")).toString();

    // Only admins and owners; a reason is required; every change is audited. (On a team server
    // vera has no certificate of her own: erik offers one made with openssl.)
    QString crt = box.dir() + QStringLiteral("/xdg-data/vigilo/keys/vera.crt");
    if (box.isServer()) {
        crt = box.dir() + QStringLiteral("/other.crt");
        int exit = -1;
        const QString made =
            runTool(QStringLiteral("openssl"),
                    {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                     QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=Someone"),
                     QStringLiteral("-keyout"), box.dir() + QStringLiteral("/other.key"),
                     QStringLiteral("-out"), crt},
                    &exit);
        QVERIFY2(exit == 0, qPrintable(made));
    }
    CLI_EXPECT_ERROR(
        box.runJson(QStringLiteral("erik"), {QStringLiteral("workspace"), QStringLiteral("trust"),
                                             QStringLiteral("add"), crt}),
        1, "permission_denied");
    CLI_EXPECT_ERROR(
        box.runJson(QStringLiteral("erik"),
                    {QStringLiteral("workspace"), QStringLiteral("trust"), QStringLiteral("revoke"),
                     fp, QStringLiteral("--reason"), QStringLiteral("I say so")}),
        1, "permission_denied");
    CLI_EXPECT_ERROR(
        box.runJson(QStringLiteral("adam"), {QStringLiteral("workspace"), QStringLiteral("trust"),
                                             QStringLiteral("revoke"), fp}),
        1, "reason_required");
    // A reason is text like any other: a terminal escape sequence is refused, naming the field,
    // and nothing is revoked; so is a key whose name carries one.
    r = box.runJson(QStringLiteral("adam"),
                    {QStringLiteral("workspace"), QStringLiteral("trust"), QStringLiteral("revoke"),
                     fp, QStringLiteral("--reason"), QStringLiteral("Lost\x1b]0;pwned\x07")});
    CLI_EXPECT_ERROR(r, 2, "invalid_input");
    QCOMPARE(r.error()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("field"))
                 .toString(),
             QStringLiteral("reason"));
    QCOMPARE(rawCount(box.dbPath(), QStringLiteral("trusted_certificates"),
                      QStringLiteral("revoked_at IS NOT NULL")),
             qint64(0));
    r = runWithKey(box, QStringLiteral("erik"),
                   {QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--name"),
                    QStringLiteral("Erik\x1b[2J")});
    if (box.isServer()) // no member's key through a server, whatever its name
        QVERIFY2(notOnServer(r).isEmpty(), r.describe().constData());
    else
        CLI_EXPECT_ERROR(r, 2, "invalid_input");
    QVERIFY(!QFileInfo::exists(box.dir() + QStringLiteral("/xdg-data/vigilo/keys/erik.key")));
    const qint64 events = rawCount(box.dbPath(), QStringLiteral("audit_events"));
    r = box.runJson(QStringLiteral("adam"),
                    {QStringLiteral("workspace"), QStringLiteral("trust"), QStringLiteral("revoke"),
                     fp, QStringLiteral("--reason"), QStringLiteral("Laptop lost on the train"),
                     QStringLiteral("--since"), isoIn(-86400)});
    CLI_EXPECT(r, 0);
    QCOMPARE(rawCount(box.dbPath(), QStringLiteral("audit_events"),
                      QStringLiteral("action = 'trust.revoke'")),
             qint64(1));
    QCOMPARE(rawCount(box.dbPath(), QStringLiteral("audit_events")), events + 1);

    // The pack was signed after the key was lost: with the database and offline, refused.
    r = box.runJson(QStringLiteral("vera"), {QStringLiteral("verify-pack"), pdf});
    CLI_EXPECT_ERROR(r, 1, "pack_untrusted");
    QVERIFY2(r.err.contains(QStringLiteral("Laptop lost on the train")), r.describe().constData());
    const QString bundle = box.dir() + QStringLiteral("/CERTS.pem");
    CLI_EXPECT(box.run(QStringLiteral("vera"),
                       {QStringLiteral("workspace"), QStringLiteral("trust-bundle"),
                        QStringLiteral("--out"), bundle}),
               0);
    r = box.runJson(QStringLiteral("vera"),
                    {QStringLiteral("verify-pack"), pdf, QStringLiteral("--offline"),
                     QStringLiteral("--trust"), bundle});
    CLI_EXPECT_ERROR(r, 1, "pack_untrusted");
    QCOMPARE(r.error()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("trust"))
                 .toString(),
             QStringLiteral("revoked"));
    // Raw SQL cannot bring it back: a revocation is final in the database itself.
    QVERIFY(!rawExec(box.dbPath(), {QStringLiteral("UPDATE trusted_certificates SET revoked_at = "
                                                   "NULL, revoke_reason = NULL")})
                 .isEmpty());
}

void TestCliPack::auditVerifyHoldsAnchors()
{
    CliSandbox box;
    QByteArray why;
    QVERIFY(box.ok());
    QVERIFY2(completedChange(box, &why), why.constData());
    // vera exports a pack (its chain head goes into her anchor log) and publishes an anchor.
    const QString pdf = box.dir() + QStringLiteral("/pack.pdf");
    CLI_EXPECT(runWithKey(box, QStringLiteral("vera"),
                          {QStringLiteral("export-pack"), QStringLiteral("1"),
                           QStringLiteral("--out"), pdf}),
               0);
    const QString published = box.dir() + QStringLiteral("/anchor.json");
    CliResult r = runWithKey(
        box, QStringLiteral("vera"),
        {QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("--out"), published});
    if (box.isServer()) {
        // A member's own anchor log and checks against anchor files are not the server's: refused
        // (the server anchors the chain itself). The chain through the server verifies.
        QVERIFY2(notOnServer(r).isEmpty(), r.describe().constData());
        QVERIFY(!QFileInfo::exists(published));
        for (const QString &option : {QStringLiteral("--anchor"), QStringLiteral("--pack")}) {
            r = box.runJson(QStringLiteral("vera"),
                            {QStringLiteral("audit"), QStringLiteral("verify"), option, pdf});
            QVERIFY2(notOnServer(r).isEmpty(), r.describe().constData());
        }
        CLI_EXPECT(
            box.run(QStringLiteral("vera"), {QStringLiteral("audit"), QStringLiteral("verify")}),
            0);
        return;
    }
    CLI_EXPECT(r, 0);
    const qint64 anchored = r.json()
                                .object()
                                .value(QStringLiteral("anchor"))
                                .toObject()
                                .value(QStringLiteral("seq"))
                                .toInteger();
    QVERIFY(anchored > 0);
    r = box.runJson(QStringLiteral("vera"), {QStringLiteral("audit"), QStringLiteral("verify")});
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json()
                 .object()
                 .value(QStringLiteral("audit_verification"))
                 .toObject()
                 .value(QStringLiteral("anchors"))
                 .toInt(),
             2);
    // Later history is normal.
    CLI_EXPECT(box.run(QStringLiteral("anna"), {QStringLiteral("comment"), QStringLiteral("add"),
                                                QStringLiteral("1"), QStringLiteral("Later")}),
               0);
    CLI_EXPECT(box.run(QStringLiteral("vera"), {QStringLiteral("audit"), QStringLiteral("verify")}),
               0);

    // Someone with write access to the database rewrites who approved, and recomputes the chain.
    QString err =
        rawExec(box.dbPath(),
                rawUnlockAudit(box.dbPath())
                    + QStringList{QStringLiteral("UPDATE audit_events SET actor = 'olga' WHERE "
                                                 "action = 'change.approve'")});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    err = rawRecomputeChain(box.dbPath());
    QVERIFY2(err.isEmpty(), qPrintable(err));
    // For someone who has seen no anchor (emma, on her own workstation), the recomputed chain
    // looks intact: that is the gap anchors close.
    QProcessEnvironment emma = box.env(QStringLiteral("emma"));
    emma.insert(QStringLiteral("XDG_DATA_HOME"), box.dir() + QStringLiteral("/emma-data"));
    CLI_EXPECT(runCli({QStringLiteral("audit"), QStringLiteral("verify")}, emma), 0);
    // vera's own log catches it...
    r = box.runJson(QStringLiteral("vera"), {QStringLiteral("audit"), QStringLiteral("verify")});
    CLI_EXPECT_ERROR(r, 1, "audit_chain_broken");
    QStringList kinds;
    for (const QJsonValue &p : r.error()
                                   .value(QStringLiteral("details"))
                                   .toObject()
                                   .value(QStringLiteral("problems"))
                                   .toArray())
        kinds << p.toObject().value(QStringLiteral("kind")).toString();
    QVERIFY2(kinds.contains(QStringLiteral("rewritten")), r.describe().constData());
    // ...and so do the published anchor and the pack, for anyone.
    r = runCli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify"),
                QStringLiteral("--anchor"), published},
               emma);
    CLI_EXPECT_ERROR(r, 1, "audit_chain_broken");
    r = runCli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify"),
                QStringLiteral("--pack"), pdf},
               emma);
    CLI_EXPECT_ERROR(r, 1, "audit_chain_broken");

    // Cutting the tail back before the anchor and fixing the head: caught as well.
    err = rawExec(box.dbPath(),
                  {QStringLiteral("DELETE FROM audit_events WHERE seq > %1").arg(anchored - 2)});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    err = rawRecomputeChain(box.dbPath());
    QVERIFY2(err.isEmpty(), qPrintable(err));
    r = runCli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify"),
                QStringLiteral("--anchor"), published},
               emma);
    CLI_EXPECT_ERROR(r, 1, "audit_chain_broken");
    QVERIFY2(r.err.contains(QStringLiteral("removed from its end")), r.describe().constData());

    // Editing the anchor log to match the rewritten history breaks the line's signature.
    const QString logPath = box.dir() + QStringLiteral("/xdg-data/vigilo/anchors.jsonl");
    QByteArray log = readAll(logPath);
    const QByteArray seqField = QByteArray("\"seq\":") + QByteArray::number(anchored);
    QVERIFY(log.contains(seqField));
    log.replace(seqField, "\"seq\":1");
    QFile f(logPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(log);
    f.close();
    r = box.runJson(QStringLiteral("vera"), {QStringLiteral("audit"), QStringLiteral("verify")});
    CLI_EXPECT_ERROR(r, 1, "audit_chain_broken");
    QVERIFY2(r.err.contains(QStringLiteral("anchor_damaged")), r.describe().constData());

    // A damaged anchor file is bad input.
    QFile bad(box.dir() + QStringLiteral("/bad.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"anchor\": {}}\n");
    bad.close();
    CLI_EXPECT_ERROR(
        box.runJson(QStringLiteral("emma"), {QStringLiteral("audit"), QStringLiteral("verify"),
                                             QStringLiteral("--anchor"), bad.fileName()}),
        2, "invalid_anchor");
}

void TestCliPack::packsLookTheSameWithoutSystemFonts()
{
    // Issue 17.3: the pack's fonts ship with Vigilo. With fontconfig given an empty configuration
    // the system has no font at all; the pack still has the same fonts, pages and line breaks.
    CliSandbox box;
    QByteArray why;
    QVERIFY(box.ok());
    QVERIFY2(completedChange(box, &why), why.constData());
    const QString normal = box.dir() + QStringLiteral("/normal.pdf");
    const QString bare = box.dir() + QStringLiteral("/no-system-fonts.pdf");
    CLI_EXPECT(
        runWithKey(box, QStringLiteral("vera"),
                   {QStringLiteral("export-pack"), QStringLiteral("1"), QStringLiteral("--out"),
                    normal, QStringLiteral("--locale"), QStringLiteral("de_DE")}),
        0);
    const QString conf = box.dir() + QStringLiteral("/empty-fonts.conf");
    QFile c(conf);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
            "<fontconfig></fontconfig>\n");
    c.close();
    QProcessEnvironment env = box.env(QStringLiteral("vera"));
    env.insert(QStringLiteral("FONTCONFIG_FILE"), conf);
    env.insert(QStringLiteral("FONTCONFIG_PATH"), box.dir());
    // The empty configuration really hides the system's fonts.
    QProcess list;
    list.setProcessEnvironment(env);
    list.start(QStringLiteral("fc-list"), {});
    if (list.waitForFinished(30000))
        QCOMPARE(QString::fromUtf8(list.readAllStandardOutput()).trimmed(), QString());
    CLI_EXPECT(runCli({QStringLiteral("--json"), QStringLiteral("export-pack"), QStringLiteral("1"),
                       QStringLiteral("--out"), bare, QStringLiteral("--locale"),
                       QStringLiteral("de_DE"), QStringLiteral("--passphrase-stdin")},
                      env, kVeraPass + '\n'),
               0);
    // pdffonts: the same embedded fonts (names without the subset tag, type, encoding, flags).
    auto fonts = [](const QString &pdf) {
        QStringList out;
        const QStringList lines =
            runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines.mid(2)) {
            QStringList f = line.simplified().split(QLatin1Char(' '));
            f.removeLast(); // object number and generation
            f.removeLast();
            f[0] = f[0].section(QLatin1Char('+'), -1);
            out << f.join(QLatin1Char(' '));
        }
        out.sort();
        return out;
    };
    const QStringList normalFonts = fonts(normal);
    QVERIFY(!normalFonts.isEmpty());
    for (const QString &f : normalFonts)
        QVERIFY2(f.startsWith(QStringLiteral("DejaVuSans")) && f.contains(QStringLiteral(" yes ")),
                 qPrintable(f));
    QCOMPARE(fonts(bare), normalFonts);
    // The same pages, line for line (the header and footer carry the export's time and digest).
    auto pages = [](const QString &pdf) {
        return runTool(QStringLiteral("pdftotext"),
                       {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    };
    const QStringList a = pages(normal), b = pages(bare);
    QCOMPARE(b.size(), a.size());
    static const QRegularExpression volatileParts(QStringLiteral(
        "[0-9a-f]{64}|\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d|[0-9A-F]{2}(:[0-9A-F]{2}){31}|"
        "\\d{1,2}\\. \\w+ \\d{4}, \\d\\d:\\d\\d|#\\d+"));
    for (int i = 0; i < a.size(); ++i) {
        QStringList la = a.at(i).split(QLatin1Char('\n')), lb = b.at(i).split(QLatin1Char('\n'));
        QCOMPARE(lb.size(), la.size());
        for (int l = 0; l < la.size(); ++l)
            QCOMPARE(QString(lb.at(l)).replace(volatileParts, QStringLiteral("_")).simplified(),
                     QString(la.at(l)).replace(volatileParts, QStringLiteral("_")).simplified());
    }
    // And it verifies like any other.
    CLI_EXPECT(box.run(QStringLiteral("vera"), {QStringLiteral("verify-pack"), bare}), 0);
}

void TestCliPack::germanMessages()
{
    CliSandbox box;
    QVERIFY(box.ok());
    QByteArray why;
    QVERIFY2(setUpOps(box, &why), why.constData());
    QProcessEnvironment env = box.env(QStringLiteral("vera"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    CliResult r = runCli({QStringLiteral("--json"), QStringLiteral("verify-pack"),
                          QStringLiteral("/nonexistent.pdf")},
                         env);
    CLI_EXPECT(r, 2);
    QVERIFY2(r.err.contains(QStringLiteral("keine Datei unter /nonexistent.pdf")),
             r.describe().constData());
    QCOMPARE(r.error().value(QStringLiteral("code")).toString(), QStringLiteral("file_not_found"));
    r = runCli({QStringLiteral("change"), QStringLiteral("show"), QStringLiteral("42")}, env);
    QVERIFY2(
        r.err.contains(QStringLiteral("In diesem Arbeitsbereich gibt es keine Änderung CHG-00042")),
        r.describe().constData());
}

// vigilo-cli runs export-pack in its helper, found with the running program's own suffix (as
// vigilo-cli.exe finds vigilo-cli-pack.exe on Windows): both copied here as NAME.exe.
void TestCliPack::helperFoundWithPlatformSuffix()
{
    CliSandbox box;
    QVERIFY(box.ok());
    QByteArray why;
    QVERIFY2(completedChange(box, &why), why.constData()); // vera has a trusted key
    const QString bin = box.dir() + QStringLiteral("/bin");
    QVERIFY(QDir().mkpath(bin));
    const QString built = QFileInfo(cliPath()).absolutePath();
    // vigilo-cli-net too: on a team server (NAME_server) export-pack runs there.
    for (const char *name : {"vigilo-cli", "vigilo-cli-pack", "vigilo-cli-net"})
        QVERIFY2(QFile::copy(built + QLatin1Char('/') + QLatin1String(name),
                             bin + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".exe")),
                 name);
    const QString pdf = box.dir() + QStringLiteral("/suffix.pdf");
    const CliResult r =
        runProgram(bin + QStringLiteral("/vigilo-cli.exe"),
                   {QStringLiteral("--json"), QStringLiteral("export-pack"), QStringLiteral("1"),
                    QStringLiteral("--out"), pdf, QStringLiteral("--passphrase-stdin")},
                   box.env(QStringLiteral("vera")), kVeraPass + '\n');
    CLI_EXPECT(r, 0);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QCOMPARE(r.json()
                 .object()
                 .value(QStringLiteral("evidence_pack"))
                 .toObject()
                 .value(QStringLiteral("number"))
                 .toString(),
             QStringLiteral("CHG-00001"));
}

QTEST_MAIN(TestCliPack)
#include "tst_cli_pack.moc"
