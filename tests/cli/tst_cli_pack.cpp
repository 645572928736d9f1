// export-pack and verify-pack through the real vigilo-cli binary: exit statuses, JSON documents,
// a flipped byte, not-a-pack files, bad locales, and CLI messages in German under a German locale.
#include "CliFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace vigilo::test;

class TestCliPack : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void exportAndVerify();
    void germanMessages();
    void helperFoundWithPlatformSuffix();

private:
    bool completedChange(const CliSandbox &box, QByteArray *why);
};

void TestCliPack::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
}

bool TestCliPack::completedChange(const CliSandbox &box, QByteArray *why)
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
        {QStringLiteral("erik"), args({"change", "complete", "1", "--closure-code", "successful",
                                       "--closure-notes", "Done as planned."})},
    };
    for (const auto &[user, a] : steps) {
        const CliResult r = box.run(user, a);
        if (r.exitCode != 0) {
            *why = r.describe();
            return false;
        }
    }
    return true;
}

void TestCliPack::exportAndVerify()
{
    CliSandbox box;
    QVERIFY(box.ok());
    QByteArray why;
    QVERIFY2(completedChange(box, &why), why.constData());
    const QString pdf = box.dir() + QStringLiteral("/CHG-00001.pdf");

    CliResult r = box.runJson(
        QStringLiteral("vera"),
        {QStringLiteral("export-pack"), QStringLiteral("CHG-00001"), QStringLiteral("--out"), pdf});
    CLI_EXPECT(r, 0);
    const QJsonObject pack = r.json().object().value(QStringLiteral("evidence_pack")).toObject();
    QCOMPARE(pack.value(QStringLiteral("number")).toString(), QStringLiteral("CHG-00001"));
    QVERIFY(pack.value(QStringLiteral("pages")).toInt() >= 2);
    QCOMPARE(pack.value(QStringLiteral("digest")).toString().size(), 64);
    QCOMPARE(pack.value(QStringLiteral("locale")).toString(), QStringLiteral("en_US"));
    QVERIFY(QFileInfo(pdf).size() > 1000);

    // Human output names the file, the page count and the digest.
    r = box.run(QStringLiteral("vera"),
                {QStringLiteral("export-pack"), QStringLiteral("1"), QStringLiteral("--out"), pdf,
                 QStringLiteral("--locale"), QStringLiteral("de_DE")});
    CLI_EXPECT(r, 0);
    QVERIFY2(r.out.contains(pdf) && r.out.contains(QStringLiteral("de_DE")),
             r.describe().constData());

    // The German pack through the helper: every page has its localized footer and the digest.
    const QString pdfDe = box.dir() + QStringLiteral("/CHG-00001-de.pdf");
    r = box.runJson(QStringLiteral("vera"),
                    {QStringLiteral("export-pack"), QStringLiteral("1"), QStringLiteral("--out"),
                     pdfDe, QStringLiteral("--locale"), QStringLiteral("de_DE")});
    CLI_EXPECT(r, 0);
    const QJsonObject de = r.json().object().value(QStringLiteral("evidence_pack")).toObject();
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-layout"), pdfDe, QStringLiteral("-")});
    QVERIFY2(text.waitForFinished(60000) && text.exitCode() == 0,
             "pdftotext (poppler-utils) is needed");
    const QStringList pages = QString::fromUtf8(text.readAllStandardOutput())
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
    QCOMPARE(v.value(QStringLiteral("checks")).toArray().size(), 3);

    // History that moves on after the export still verifies.
    CLI_EXPECT(box.run(QStringLiteral("anna"),
                       {QStringLiteral("comment"), QStringLiteral("add"), QStringLiteral("1"),
                        QStringLiteral("Reviewed at the CAB")}),
               0);
    CLI_EXPECT(box.run(QStringLiteral("vera"), {QStringLiteral("verify-pack"), pdf}), 0);

    // One flipped byte: exit 1, pack_mismatch, the failed check in the details.
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() / 3] = char(bytes.at(bytes.size() / 3) ^ 0x20);
    QVERIFY(f.seek(0));
    f.write(bytes);
    f.close();
    r = box.runJson(QStringLiteral("vera"), {QStringLiteral("verify-pack"), pdf});
    CLI_EXPECT_ERROR(r, 1, "pack_mismatch");
    QVERIFY(r.err.contains(QStringLiteral("[FAIL] seal")));

    // Not a pack, no such file, a bad locale, a missing --out.
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
        box.runJson(QStringLiteral("vera"),
                    {QStringLiteral("export-pack"), QStringLiteral("1"), QStringLiteral("--out"),
                     pdf, QStringLiteral("--locale"), QStringLiteral("xx_YY")}),
        2, "invalid_locale");
    CLI_EXPECT_ERROR(
        box.runJson(QStringLiteral("vera"), {QStringLiteral("export-pack"), QStringLiteral("1")}),
        2, "usage");
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
    QVERIFY2(completedChange(box, &why), why.constData());
    const QString bin = box.dir() + QStringLiteral("/bin");
    QVERIFY(QDir().mkpath(bin));
    const QString built = QFileInfo(cliPath()).absolutePath();
    // vigilo-cli-net too: on a team server (NAME_server) export-pack runs there.
    for (const char *name : {"vigilo-cli", "vigilo-cli-pack", "vigilo-cli-net"})
        QVERIFY2(QFile::copy(built + QLatin1Char('/') + QLatin1String(name),
                             bin + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".exe")),
                 name);
    const QString pdf = box.dir() + QStringLiteral("/suffix.pdf");
    const CliResult r = runProgram(bin + QStringLiteral("/vigilo-cli.exe"),
                                   {QStringLiteral("--json"), QStringLiteral("export-pack"),
                                    QStringLiteral("1"), QStringLiteral("--out"), pdf},
                                   box.env(QStringLiteral("vera")));
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
