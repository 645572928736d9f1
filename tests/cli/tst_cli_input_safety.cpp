// Input and output that cannot hurt (issue 12, deliverable 4), through the real vigilo-cli on
// both backends: control characters refused on the way in and escaped on the way out, arguments
// and CSV files that are not UTF-8, the years the storage holds, a bounded search, spreadsheet
// formulas in CSV, the iCalendar event count, reads that never create a schema, files written
// whole or not at all on a full disk, and webhook addresses.
#include "CliFixture.h"
#include "TestBackend.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <sys/resource.h>

using namespace vigilo::test;

namespace {

// Bytes a terminal would act on: C0 controls other than LF and TAB, DEL, and C1 controls (as
// UTF-8: C2 80..C2 9F).
QByteArray controlBytesIn(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray found;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            found += char(c);
        if (c == 0xc2 && i + 1 < utf8.size()) {
            const auto n = static_cast<unsigned char>(utf8[i + 1]);
            if (n >= 0x80 && n <= 0x9f)
                found += utf8.mid(i, 2);
        }
    }
    return found;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A disk that fills up after `bytes`: the limit every file the process (and its helpers)
// writes is held to; writing past it fails with EFBIG instead of killing the process.
std::function<void()> diskFullAfter(rlim_t bytes)
{
    return [bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, bytes};
        setrlimit(RLIMIT_FSIZE, &limit);
    };
}

// Submits, approves and schedules change `number` as the ops members would.
bool schedule(const CliSandbox &box, const QString &number, QByteArray *why)
{
    const QList<std::pair<QString, QString>> steps = {
        {QStringLiteral("erik"), QStringLiteral("submit")},
        {QStringLiteral("anna"), QStringLiteral("approve")},
        {QStringLiteral("erik"), QStringLiteral("schedule")}};
    for (const auto &[who, verb] : steps) {
        const CliResult r = box.run(who, {QStringLiteral("change"), verb, number});
        if (r.exitCode != 0) {
            *why = r.describe();
            return false;
        }
    }
    return true;
}

} // namespace

class TestCliInputSafety : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void controlCharactersAreRefused();
    void controlCharactersFromTheDatabaseArePrintedEscaped();
    void argumentsThatAreNotUtf8AreRefused();
    void csvThatIsNotUtf8IsRefusedWithLineAndColumn();
    void csvExportNeutralisesFormulasAndImportRestoresThem();
    void exportIcsReportsTheEventsItWrote();
    void yearsTheStorageHolds();
    void aLongSearchIsAnInputError();
    void webhookAddressesNeedAnAllowedHost();
    void aFullDiskLeavesNoTruncatedFile();
    void readCommandsNeverCreateASchema();

private:
    std::unique_ptr<CliSandbox> m_box;
};

void TestCliInputSafety::init()
{
    m_box = std::make_unique<CliSandbox>();
    QVERIFY(m_box->ok());
    QByteArray why;
    QVERIFY2(setUpOps(*m_box, &why), why.constData());
}

void TestCliInputSafety::cleanup()
{
    m_box.reset();
}

void TestCliInputSafety::controlCharactersAreRefused()
{
    const CliSandbox &box = *m_box;
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate()), 0);
    const QString before = rawFingerprint(box.dbPath());
    const QList<std::pair<QStringList, QString>> attempts = {
        {validCreate(QStringLiteral("Evil \x1b]0;owned\x07 title")), QStringLiteral("title")},
        {validCreate(QStringLiteral("Clear \x1b[2J screen")), QStringLiteral("title")},
        {validCreate(QStringLiteral("Two\nlines")), QStringLiteral("title")},
        {args({"comment", "add", "1", "bell \x07 here"}), QStringLiteral("body")},
        {{QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("cache") + QChar(0x9b)},
         QStringLiteral("name")},
        {args({"change", "reject", "1", "--reason", "over\rwritten"}), QStringLiteral("reason")},
    };
    for (const auto &[command, field] : attempts) {
        const CliResult r = box.runJson(QStringLiteral("erik"), command);
        CLI_EXPECT_ERROR(r, 2, "invalid_input");
        QCOMPARE(r.error()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 field);
        QCOMPARE(controlBytesIn(r.err), QByteArray()); // the error does not echo them raw
    }
    QCOMPARE(rawFingerprint(box.dbPath()), before);
}

// Rows written by an older build or straight into the database: printed escaped, never raw.
void TestCliInputSafety::controlCharactersFromTheDatabaseArePrintedEscaped()
{
    const CliSandbox &box = *m_box;
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate()), 0);
    // On a team server dbPath() is the server's PostgreSQL database.
    const QString chr =
        box.isPostgres() || box.isServer() ? QStringLiteral("chr") : QStringLiteral("char");
    const QString evil = QStringLiteral("'Evil ' || %1(27) || '[2J' || %1(7) || ' x' || %1(13) || "
                                        "'y' || %1(155) || 'z' || %1(10) || 'CHG-00099 forged'")
                             .arg(chr);
    const QString error = rawExec(
        box.dbPath(),
        {QStringLiteral("UPDATE changes SET title = %1, description = %1").arg(evil),
         QStringLiteral("UPDATE assets SET name = 'web' || %1(27) || '[31m' WHERE name = 'web'")
             .arg(chr)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QStringList &command :
         {args({"change", "list"}), args({"change", "show", "1"}), args({"asset", "list"}),
          args({"change", "history", "1"}), args({"change", "list", "--search", "Evil"})}) {
        const CliResult r = box.run(QStringLiteral("vera"), command);
        CLI_EXPECT(r, 0);
        QVERIFY2(controlBytesIn(r.out).isEmpty(), r.describe().constData());
        QVERIFY2(controlBytesIn(r.err).isEmpty(), r.describe().constData());
    }
    const CliResult list = box.run(QStringLiteral("vera"), args({"change", "list"}));
    QVERIFY2(list.out.contains(QStringLiteral("Evil \\x1b[2J\\x07 x\\x0dy\\x9bz\\x0aCHG-00099")),
             list.describe().constData());
    // One row per change: the line feed in the title does not forge a second one.
    QCOMPARE(list.out.count(QLatin1Char('\n')), 2);
    // JSON escapes them the JSON way and keeps the text exact.
    const CliResult json = box.runJson(QStringLiteral("vera"), args({"change", "show", "1"}));
    CLI_EXPECT(json, 0);
    QVERIFY(controlBytesIn(json.out).isEmpty());
    QVERIFY(showChange(box, QStringLiteral("1"))
                .value(QStringLiteral("title"))
                .toString()
                .contains(QStringLiteral("\x1b[2J\x07")));
}

void TestCliInputSafety::argumentsThatAreNotUtf8AreRefused()
{
    const CliSandbox &box = *m_box;
    const QString before = rawFingerprint(box.dbPath());
    const QProcessEnvironment env = box.env(QStringLiteral("erik"));
    // Latin-1 "Größe" as the title's value.
    CliResult r = runCliBytes({"--json", "change", "create", "--title",
                               "Gr\xf6\xdf"
                               "e anpassen",
                               "--asset", "web"},
                              env);
    CLI_EXPECT_ERROR(r, 2, "invalid_utf8");
    const QJsonObject details = r.error().value(QStringLiteral("details")).toObject();
    QCOMPARE(details.value(QStringLiteral("argument")).toInt(), 5);
    QCOMPARE(details.value(QStringLiteral("field")).toString(), QStringLiteral("--title"));
    QCOMPARE(details.value(QStringLiteral("offset")).toInt(), 2);
    QVERIFY2(r.err.contains(QStringLiteral("--title")), r.describe().constData());
    // A positional argument, an overlong encoding and a lone surrogate are no better.
    r = runCliBytes({"--json", "comment", "add", "1", "slash \xc0\xaf"}, env);
    CLI_EXPECT_ERROR(r, 2, "invalid_utf8");
    r = runCliBytes({"--json", "asset", "add", "surrogate-\xed\xa0\x80"}, env);
    CLI_EXPECT_ERROR(r, 2, "invalid_utf8");
    // Nor is the acting user from the environment.
    QProcessEnvironment noUser = env;
    noUser.remove(QStringLiteral("VIGILO_USER"));
    r = runCliBytes({"--json", "asset", "add", "cache"}, noUser, {{"VIGILO_USER", "j\xfcrgen"}});
    CLI_EXPECT_ERROR(r, 2, "invalid_utf8");
    QVERIFY2(r.err.contains(QStringLiteral("VIGILO_USER")), r.describe().constData());
    QCOMPARE(rawFingerprint(box.dbPath()), before);
    // The same bytes in UTF-8 go through.
    CLI_EXPECT(runCliBytes({"asset", "add",
                            "gr\xc3\xb6\xc3\x9f"
                            "e"},
                           env),
               0);
}

void TestCliInputSafety::csvThatIsNotUtf8IsRefusedWithLineAndColumn()
{
    const CliSandbox &box = *m_box;
    const QString path = QDir(box.dir()).filePath(QStringLiteral("changes.csv"));
    QVERIFY(writeFile(path, "title,description,affected_assets\r\n"
                            "Patch the gateway,fine,web\r\n"
                            "Rotate keys,Key gr\xf6\xdf"
                            "e 2048,web\r\n"));
    const QString before = rawFingerprint(box.dbPath());
    const CliResult r = box.runJson(QStringLiteral("erik"), {QStringLiteral("import-csv"), path});
    CLI_EXPECT_ERROR(r, 2, "invalid_utf8");
    const QJsonObject details = r.error().value(QStringLiteral("details")).toObject();
    QCOMPARE(details.value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(details.value(QStringLiteral("column")).toInt(), 19);
    QCOMPARE(details.value(QStringLiteral("path")).toString(), path);
    QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("line 3, column 19")),
             r.describe().constData());
    QCOMPARE(rawFingerprint(box.dbPath()), before);
}

void TestCliInputSafety::csvExportNeutralisesFormulasAndImportRestoresThem()
{
    const CliSandbox &box = *m_box;
    const QString title = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Open\")");
    const QString rollback = QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
    QStringList create = validCreate(title);
    create << QStringLiteral("--description") << QStringLiteral("+1 extra step")
           << QStringLiteral("--test-plan") << QStringLiteral("-check the logs");
    create[create.indexOf(QStringLiteral("--rollback-plan")) + 1] = rollback;
    CLI_EXPECT(box.run(QStringLiteral("erik"), create), 0);
    const QString path = QDir(box.dir()).filePath(QStringLiteral("export.csv"));
    const CliResult exported = box.runJson(
        QStringLiteral("vera"), {QStringLiteral("export-csv"), QStringLiteral("--out"), path});
    CLI_EXPECT(exported, 0);
    QCOMPARE(exported.json().object().value(QStringLiteral("rows")).toInt(), 1);
    const QString csv = QString::fromUtf8(readFile(path));
    QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral(",'+1 extra step,")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral(",'@SUM(1+1)*cmd|' /C calc'!A0,")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral(",'-check the logs,")), qPrintable(csv));
    QVERIFY2(!csv.contains(QStringLiteral(",=")) && !csv.contains(QStringLiteral(",@")),
             qPrintable(csv));

    // Imported into another workspace, the texts come back as they were.
    CLI_EXPECT(
        box.run(QStringLiteral("olga"), args({"workspace", "create", "copy", "--name", "Copy"})),
        0);
    const QProcessEnvironment copy = box.env(QStringLiteral("olga"), QStringLiteral("copy"));
    CLI_EXPECT(runCli(args({"asset", "add", "web"}), copy), 0);
    CLI_EXPECT(runCli({QStringLiteral("import-csv"), path}, copy), 0);
    const CliResult shown = runCli(args({"--json", "change", "show", "1"}), copy);
    CLI_EXPECT(shown, 0);
    const QJsonObject c = shown.json().object().value(QStringLiteral("change")).toObject();
    QCOMPARE(c.value(QStringLiteral("title")).toString(), title);
    QCOMPARE(c.value(QStringLiteral("description")).toString(), QStringLiteral("+1 extra step"));
    QCOMPARE(c.value(QStringLiteral("rollback_plan")).toString(), rollback);
    QCOMPARE(c.value(QStringLiteral("test_plan")).toString(), QStringLiteral("-check the logs"));
}

void TestCliInputSafety::exportIcsReportsTheEventsItWrote()
{
    const CliSandbox &box = *m_box;
    CLI_EXPECT(
        box.run(QStringLiteral("erik"), validCreate(QStringLiteral("Fix BEGIN:VEVENT parsing"))),
        0);
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate(QStringLiteral("Unscheduled draft"))),
               0);
    QByteArray why;
    QVERIFY2(schedule(box, QStringLiteral("1"), &why), why.constData());
    const QString path = QDir(box.dir()).filePath(QStringLiteral("changes.ics"));
    const CliResult json = box.runJson(
        QStringLiteral("vera"), {QStringLiteral("export-ics"), QStringLiteral("--out"), path});
    CLI_EXPECT(json, 0);
    QCOMPARE(json.json().object().value(QStringLiteral("events")).toInt(), 1);
    QCOMPARE(json.json().object().value(QStringLiteral("file")).toString(), path);
    const CliResult text = box.run(QStringLiteral("vera"),
                                   {QStringLiteral("export-ics"), QStringLiteral("--out"), path});
    CLI_EXPECT(text, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Wrote 1 calendar event to")),
             text.describe().constData());
    QCOMPARE(readFile(path).count("\r\nBEGIN:VEVENT\r\n"), qsizetype(1));
}

void TestCliInputSafety::yearsTheStorageHolds()
{
    const CliSandbox &box = *m_box;
    // Until 2097: 2.2 billion seconds, more than a PostgreSQL integer held.
    QStringList longOne = validCreate(QStringLiteral("Decommission the mainframe"));
    longOne[longOne.indexOf(QStringLiteral("--end")) + 1] = QStringLiteral("2097-12-31T18:00:00Z");
    CLI_EXPECT(box.run(QStringLiteral("erik"), longOne), 0);
    QCOMPARE(showChange(box, QStringLiteral("1")).value(QStringLiteral("planned_end")).toString(),
             QStringLiteral("2097-12-31T18:00:00Z"));
    CLI_EXPECT(box.run(QStringLiteral("erik"), args({"change", "conflicts", "1"})), 0);
    const QString before = rawFingerprint(box.dbPath());
    QStringList ancient = validCreate();
    ancient[ancient.indexOf(QStringLiteral("--start")) + 1] =
        QStringLiteral("0999-01-01T00:00:00Z");
    const CliResult r = box.runJson(QStringLiteral("erik"), ancient);
    CLI_EXPECT_ERROR(r, 2, "invalid_input");
    QCOMPARE(r.error()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("field"))
                 .toString(),
             QStringLiteral("planned_start"));
    const CliResult freeze = box.runJson(
        QStringLiteral("adam"),
        {QStringLiteral("freeze"), QStringLiteral("add"), QStringLiteral("--name"),
         QStringLiteral("Old"), QStringLiteral("--start"), QStringLiteral("1960-01-01T00:00:00Z"),
         QStringLiteral("--end"), QStringLiteral("2027-01-01T00:00:00Z")});
    CLI_EXPECT_ERROR(freeze, 2, "invalid_input");
    QCOMPARE(rawFingerprint(box.dbPath()), before);
}

void TestCliInputSafety::aLongSearchIsAnInputError()
{
    const CliSandbox &box = *m_box;
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate()), 0);
    const CliResult r =
        box.runJson(QStringLiteral("vera"),
                    {QStringLiteral("change"), QStringLiteral("list"), QStringLiteral("--search"),
                     QString(100 * 1024, QLatin1Char('a'))});
    CLI_EXPECT_ERROR(r, 2, "invalid_input");
    QCOMPARE(r.error()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("field"))
                 .toString(),
             QStringLiteral("search"));
    QVERIFY2(r.err.size() < 500, "the error echoes the whole search");
    const CliResult csv =
        box.runJson(QStringLiteral("vera"),
                    {QStringLiteral("export-csv"), QStringLiteral("--out"),
                     QDir(box.dir()).filePath(QStringLiteral("x.csv")), QStringLiteral("--search"),
                     QString(100 * 1024, QLatin1Char('a'))});
    CLI_EXPECT_ERROR(csv, 2, "invalid_input");
    QVERIFY(!QFileInfo::exists(QDir(box.dir()).filePath(QStringLiteral("x.csv"))));
    CLI_EXPECT(box.run(QStringLiteral("vera"), args({"change", "list", "--search", "Rotate"})), 0);
}

void TestCliInputSafety::webhookAddressesNeedAnAllowedHost()
{
    const CliSandbox &box = *m_box;
    const QString before = rawFingerprint(box.dbPath());
    for (const char *url : {"http://169.254.169.254/latest/meta-data/", "http://2130706433:8080/",
                            "http://[::ffff:10.0.0.1]/", "http://metadata.google.internal/",
                            "http://localhost:9000/hook"}) {
        const CliResult r =
            box.runJson(QStringLiteral("adam"), args({"webhook", "add", "bus", "--url", url}));
        CLI_EXPECT_ERROR(r, 2, "address_not_allowed");
        QCOMPARE(r.error()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("url"));
        QVERIFY2(r.err.contains(QStringLiteral("allow-host")), r.describe().constData());
    }
    CLI_EXPECT_ERROR(box.runJson(QStringLiteral("erik"),
                                 args({"subscribe", "web", "--webhook", "http://10.0.0.1/mine"})),
                     2, "address_not_allowed");
    CLI_EXPECT_ERROR(
        box.runJson(QStringLiteral("erik"), args({"webhook", "allow-host", "10.0.0.1"})), 1,
        "permission_denied");
    QCOMPARE(rawFingerprint(box.dbPath()), before);

    CLI_EXPECT(box.run(QStringLiteral("adam"), args({"webhook", "allow-host", "10.0.0.1"})), 0);
    CLI_EXPECT(box.run(QStringLiteral("erik"),
                       args({"subscribe", "web", "--webhook", "http://10.0.0.1/mine"})),
               0);
    CLI_EXPECT(box.run(QStringLiteral("adam"),
                       args({"webhook", "add", "bus", "--url", "http://[::ffff:10.0.0.1]/"})),
               0);
    const CliResult hosts = box.runJson(QStringLiteral("vera"), args({"webhook", "allowed-hosts"}));
    CLI_EXPECT(hosts, 0);
    QCOMPARE(hosts.json().object().value(QStringLiteral("allowed_hosts")).toArray(),
             QJsonArray{QStringLiteral("10.0.0.1")});
    CLI_EXPECT(box.run(QStringLiteral("adam"), args({"webhook", "disallow-host", "10.0.0.1"})), 0);
    CLI_EXPECT_ERROR(box.runJson(QStringLiteral("adam"),
                                 args({"webhook", "add", "again", "--url", "http://10.0.0.1/"})),
                     2, "address_not_allowed");
    const CliResult log =
        box.runJson(QStringLiteral("olga"), args({"audit", "log", "--limit", "20"}));
    CLI_EXPECT(log, 0);
    QStringList actions;
    for (const QJsonValue &e : log.json().object().value(QStringLiteral("events")).toArray())
        actions << e.toObject().value(QStringLiteral("action")).toString();
    QVERIFY2(actions.contains(QStringLiteral("webhook.allow_host"))
                 && actions.contains(QStringLiteral("webhook.disallow_host")),
             qPrintable(actions.join(QLatin1Char(' '))));
}

// A full disk, for real and for any user: the child's file size limit (RLIMIT_FSIZE, with
// SIGXFSZ ignored so that the write fails with EFBIG) is reached on the first bytes. The export
// fails with exit 3, the file that was there stays as it was, no partial file is left behind.
void TestCliInputSafety::aFullDiskLeavesNoTruncatedFile()
{
    const CliSandbox &box = *m_box;
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate()), 0);
    QByteArray why;
    QVERIFY2(schedule(box, QStringLiteral("1"), &why), why.constData());
    // Packs are signed (h5-evidence): erik creates his key, adam trusts it. On a team server the
    // server signs with the workspace's key (tst_cli_serversign): a member's own key is refused
    // there, and the server's operator creates the workspace's key instead.
    QProcessEnvironment erik = box.env(QStringLiteral("erik"));
    erik.insert(QStringLiteral("VIGILO_KEY_PASSPHRASE"), QStringLiteral("erik-secret-1"));
    const CliResult key = runCli(args({"--json", "key", "create"}), erik);
    if (box.isServer()) {
        CLI_EXPECT_ERROR(key, 2, "not_on_server");
        const TestServer::Run made = box.server()->runServerOn(
            box.server()->serverDatabaseUrl(),
            args({"key", "create", "--workspace", "ops", "--as", "olga", "--json"}));
        QVERIFY2(made.exitCode == 0, qPrintable(made.out + made.err));
    } else {
        CLI_EXPECT(key, 0);
        const QString crt = key.json()
                                .object()
                                .value(QStringLiteral("key"))
                                .toObject()
                                .value(QStringLiteral("certificate_file"))
                                .toString();
        CLI_EXPECT(
            box.run(QStringLiteral("adam"), args({"workspace", "trust", "add"}) + QStringList{crt}),
            0);
    }
    QDir dir(box.dir());
    QVERIFY(dir.mkdir(QStringLiteral("out")));
    dir.cd(QStringLiteral("out"));
    const QList<std::pair<QStringList, QString>> exports = {
        {args({"export-pack", "1", "--out"}), dir.filePath(QStringLiteral("pack.pdf"))},
        {args({"export-csv", "--out"}), dir.filePath(QStringLiteral("changes.csv"))},
        {args({"export-ics", "--out"}), dir.filePath(QStringLiteral("changes.ics"))},
    };
    for (const auto &[command, path] : exports) {
        QVERIFY(writeFile(path, "the previous export\n"));
        const CliResult r =
            runCli(QStringList{QStringLiteral("--json")} + command + QStringList{path}, erik, {},
                   diskFullAfter(16));
        CLI_EXPECT(r, 3);
        QVERIFY2(!r.error().value(QStringLiteral("message")).toString().isEmpty(),
                 r.describe().constData());
        QCOMPARE(readFile(path), QByteArray("the previous export\n"));
        QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden).size(),
                 int(exports.indexOf({command, path})) + 1); // no temporary file left
    }
    // With room, the same exports go through, and the pack verifies.
    for (const auto &[command, path] : exports)
        CLI_EXPECT(runCli(command + QStringList{path}, erik), 0);
    CLI_EXPECT(box.run(QStringLiteral("vera"),
                       {QStringLiteral("verify-pack"), dir.filePath(QStringLiteral("pack.pdf"))}),
               0);
    QVERIFY(readFile(dir.filePath(QStringLiteral("pack.pdf"))).trimmed().endsWith("%%EOF"));
}

// Only init (and demo, migrate --to) create: every other command, pointed at a database without
// Vigilo's schema, refuses with not_a_vigilo_database (exit 3) and writes nothing there.
void TestCliInputSafety::readCommandsNeverCreateASchema()
{
    const QList<QStringList> commands = {
        args({"change", "list"}),
        args({"workspace", "list"}),
        args({"audit", "verify"}),
        args({"change", "show", "1"}),
        args({"metrics"}),
        args({"webhook", "list"}),
        args({"asset", "add", "web"}),
        args({"workspace", "create", "ops", "--name", "Ops"}),
    };
    // The first command that does not refuse as it should, described; empty when all do.
    auto refusals = [&](const QString &db, const QString &user) -> QByteArray {
        for (const QStringList &command : commands) {
            QProcessEnvironment env = m_box->env(user);
            env.insert(QStringLiteral("VIGILO_DB"), db);
            const CliResult r = runCli(QStringList{QStringLiteral("--json")} + command, env);
            if (r.exitCode != 3
                || r.error().value(QStringLiteral("code")).toString()
                       != QLatin1String("not_a_vigilo_database")
                || r.error().value(QStringLiteral("message")).toString().isEmpty())
                return r.describe();
        }
        return {};
    };
    // On the team server run the same file case: $VIGILO_DB naming a file wins over the session
    // in $VIGILO_TOKEN, and the CLI is as careful there. (vigilo-server itself creates the schema
    // of its own empty database by design: the server owns it.)
    if (!m_box->isPostgres()) {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("new/vigilo.sqlite"));
        const QByteArray missingFile = refusals(missing, QStringLiteral("olga"));
        QVERIFY2(missingFile.isEmpty(), missingFile.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("new"))));
        const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(writeFile(empty, {}));
        const QByteArray emptyFile = refusals(empty, QStringLiteral("olga"));
        QVERIFY2(emptyFile.isEmpty(), emptyFile.constData());
        QCOMPARE(QFileInfo(empty).size(), qint64(0));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no journal either
        QProcessEnvironment env = m_box->env(QStringLiteral("olga"));
        env.insert(QStringLiteral("VIGILO_DB"), empty);
        CLI_EXPECT(runCli(args({"init"}), env), 0);
        CLI_EXPECT(runCli(args({"workspace", "list"}), env), 0);
        return;
    }
    const QString tables = QStringLiteral(
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'");
    ScratchDatabase bare;
    QVERIFY2(bare.ok(), qPrintable(bare.errorText()));
    const QByteArray bareDatabase = refusals(bare.url(), QStringLiteral("postgres"));
    QVERIFY2(bareDatabase.isEmpty(), bareDatabase.constData());
    QCOMPARE(rawScalar(bare.url(), tables).toInt(), 0);
    // template1, which every new database copies, is left alone too.
    const QString template1 = pgUrl(QStringLiteral("template1"));
    const QByteArray templateDatabase = refusals(template1, QStringLiteral("postgres"));
    QVERIFY2(templateDatabase.isEmpty(), templateDatabase.constData());
    QCOMPARE(rawScalar(template1, tables).toInt(), 0);
    QProcessEnvironment env = m_box->env(QStringLiteral("postgres"));
    env.insert(QStringLiteral("VIGILO_DB"), bare.url());
    CLI_EXPECT(runCli(args({"init"}), env), 0);
    QVERIFY(rawScalar(bare.url(), tables).toInt() > 20);
}

QTEST_GUILESS_MAIN(TestCliInputSafety)
#include "tst_cli_input_safety.moc"
