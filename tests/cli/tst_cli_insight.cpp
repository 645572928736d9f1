// metrics, export-ics, export-csv and import-csv through the real vigilo-cli binary, on a
// hand-built history: a successful, an unsuccessful, a rolled-back, a cancelled and a scheduled
// change. Checks what each command prints against that history (not against the core's own
// numbers), and that an invalid import writes nothing.
#include "CliFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

using namespace vigilo::test;

namespace {

// The CHG numbers a figure lists, whatever the shape of each entry (text or object).
QSet<QString> numbersOf(const QJsonArray &changes)
{
    QSet<QString> out;
    for (const QJsonValue &v : changes)
        out << (v.isString() ? v.toString()
                             : v.toObject().value(QStringLiteral("number")).toString());
    return out;
}

QJsonObject figure(const QJsonDocument &doc, const QString &key)
{
    const QJsonArray figures = doc.object()
                                   .value(QStringLiteral("metrics"))
                                   .toObject()
                                   .value(QStringLiteral("figures"))
                                   .toArray();
    for (const QJsonValue &f : figures)
        if (f.toObject().value(QStringLiteral("key")).toString() == key)
            return f.toObject();
    return {};
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestCliInsight : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void metricsCountRolledBackAndCancelledDifferently();
    void metricsFilterByAsset();
    void icsHasOneEventPerScheduledChangeWithStableUids();
    void csvExportFollowsTheFilter();
    void csvImportIsAllOrNothing();
    void csvExcelDialect();

private:
    bool run(const QString &user, const QStringList &a);
    QByteArray m_why;
    std::unique_ptr<CliSandbox> m_box;
};

bool TestCliInsight::run(const QString &user, const QStringList &a)
{
    const CliResult r = m_box->run(user, a);
    if (r.exitCode != 0)
        m_why = r.describe();
    return r.exitCode == 0;
}

void TestCliInsight::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    m_box = std::make_unique<CliSandbox>();
    QVERIFY(m_box->ok());
    QVERIFY2(setUpOps(*m_box, &m_why), m_why.constData());
    const QString erik = QStringLiteral("erik"), anna = QStringLiteral("anna");
    // CHG-1 successful, CHG-2 unsuccessful, CHG-3 rolled back (all on web), CHG-4 cancelled,
    // CHG-5 scheduled on db.
    for (int n = 1; n <= 3; ++n) {
        const QString num = QString::number(n);
        QVERIFY2(run(erik, validCreate(QStringLiteral("Web change %1").arg(n))), m_why.constData());
        QVERIFY2(run(erik, {QStringLiteral("change"), QStringLiteral("submit"), num}),
                 m_why.constData());
        QVERIFY2(run(anna, {QStringLiteral("change"), QStringLiteral("approve"), num}),
                 m_why.constData());
        QVERIFY2(run(erik, {QStringLiteral("change"), QStringLiteral("schedule"), num}),
                 m_why.constData());
        QVERIFY2(run(erik, {QStringLiteral("change"), QStringLiteral("start"), num}),
                 m_why.constData());
    }
    QVERIFY2(run(erik, args({"change", "complete", "1", "--closure-code", "successful",
                             "--closure-notes", "Done as planned."})),
             m_why.constData());
    QVERIFY2(run(erik, args({"change", "complete", "2", "--closure-code", "unsuccessful",
                             "--closure-notes", "The new pool size did not hold."})),
             m_why.constData());
    QVERIFY2(run(anna, args({"change", "rollback", "3", "--reason", "Error rate doubled."})),
             m_why.constData());
    QVERIFY2(run(erik, validCreate(QStringLiteral("Not needed after all"))), m_why.constData());
    QVERIFY2(run(erik, args({"change", "submit", "4"})), m_why.constData());
    QVERIFY2(run(erik, args({"change", "cancel", "4", "--reason", "Superseded."})),
             m_why.constData());
    QStringList db =
        validCreate(QStringLiteral("Vacuum the orders table, a \"quoted\"; tricky, title"));
    db[db.indexOf(QStringLiteral("web"))] = QStringLiteral("db");
    QVERIFY2(run(erik, db), m_why.constData());
    QVERIFY2(run(erik, args({"change", "submit", "5"})), m_why.constData());
    QVERIFY2(run(anna, args({"change", "approve", "5"})), m_why.constData());
    QVERIFY2(run(erik, args({"change", "schedule", "5"})), m_why.constData());
}

void TestCliInsight::cleanupTestCase()
{
    m_box.reset();
}

void TestCliInsight::metricsCountRolledBackAndCancelledDifferently()
{
    const CliResult r = m_box->runJson(QStringLiteral("vera"), {QStringLiteral("metrics")});
    CLI_EXPECT(r, 0);
    const QJsonObject cfr = figure(r.json(), QStringLiteral("change_failure_rate"));
    QVERIFY2(!cfr.isEmpty(), r.describe().constData());
    // Unsuccessful (2) and rolled back (3) over completed (1, 2) + rolled back (3); the cancelled
    // change (4) and the scheduled one (5) count nowhere.
    QCOMPARE(cfr.value(QStringLiteral("numerator")).toInt(), 2);
    QCOMPARE(cfr.value(QStringLiteral("denominator")).toInt(), 3);
    QVERIFY(qAbs(cfr.value(QStringLiteral("value")).toDouble() - 200.0 / 3) < 0.1);
    QCOMPARE(numbersOf(cfr.value(QStringLiteral("changes")).toArray()),
             (QSet<QString>{QStringLiteral("CHG-00002"), QStringLiteral("CHG-00003")}));
    QVERIFY(!cfr.value(QStringLiteral("definition")).toString().isEmpty());

    // The text output names the same figure for people.
    const CliResult text = m_box->run(QStringLiteral("vera"), {QStringLiteral("metrics")});
    CLI_EXPECT(text, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Change failure rate")), text.describe().constData());
    QVERIFY2(text.out.contains(QStringLiteral("CHG-00003")), text.describe().constData());

    // A period with nothing in it: zero changes, no division by zero.
    const CliResult empty = m_box->runJson(
        QStringLiteral("vera"),
        args({"metrics", "--from", "2020-01-01T00:00:00Z", "--to", "2020-02-01T00:00:00Z"}));
    CLI_EXPECT(empty, 0);
    QCOMPARE(figure(empty.json(), QStringLiteral("change_failure_rate"))
                 .value(QStringLiteral("denominator"))
                 .toInt(),
             0);

    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("vera"), args({"metrics", "--by", "fortnight"})),
                     2, "usage");
}

void TestCliInsight::metricsFilterByAsset()
{
    const CliResult db = m_box->runJson(QStringLiteral("vera"), args({"metrics", "--asset", "db"}));
    CLI_EXPECT(db, 0);
    // Only CHG-5 touches db and it has not finished: no failures, nothing in the denominator.
    const QJsonObject cfr = figure(db.json(), QStringLiteral("change_failure_rate"));
    QCOMPARE(cfr.value(QStringLiteral("denominator")).toInt(), 0);
    QVERIFY(numbersOf(cfr.value(QStringLiteral("changes")).toArray()).isEmpty());
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("vera"), args({"metrics", "--asset", "nope"})),
                     2, "not_found");
}

void TestCliInsight::icsHasOneEventPerScheduledChangeWithStableUids()
{
    const QString path = m_box->dir() + QStringLiteral("/schedule.ics");
    CLI_EXPECT(m_box->run(QStringLiteral("vera"),
                          {QStringLiteral("export-ics"), QStringLiteral("--out"), path}),
               0);
    const QString first = readAll(path);
    QVERIFY(first.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")));
    QVERIFY(first.endsWith(QStringLiteral("END:VCALENDAR\r\n")));
    // Only CHG-5 is scheduled; the in-progress ones finished or were rolled back.
    QCOMPARE(first.count(QStringLiteral("BEGIN:VEVENT")), 1);
    QVERIFY(first.contains(QStringLiteral("UID:CHG-00005@ops.vigilo")));
    // Text values escaped (RFC 5545 3.3.11): the title's ";" and "," carry a backslash.
    QVERIFY2(first.contains(QStringLiteral("\\;")) && first.contains(QStringLiteral("\\,")),
             qPrintable(first));
    for (const QString &line : first.split(QStringLiteral("\r\n")))
        QVERIFY2(line.toUtf8().size() <= 75, qPrintable(line));

    // Re-export after an edit: same UID, a higher SEQUENCE.
    const auto sequence = [](const QString &ics) {
        const int at = ics.indexOf(QStringLiteral("SEQUENCE:"));
        return at < 0 ? -1
                      : ics.mid(at + 9, ics.indexOf(QStringLiteral("\r\n"), at) - at - 9).toInt();
    };
    QVERIFY2(run(QStringLiteral("olga"),
                 args({"change", "edit", "5", "--description", "Also reindex."})),
             m_why.constData());
    CLI_EXPECT(m_box->run(QStringLiteral("vera"),
                          {QStringLiteral("export-ics"), QStringLiteral("--out"), path}),
               0);
    const QString second = readAll(path);
    QVERIFY(second.contains(QStringLiteral("UID:CHG-00005@ops.vigilo")));
    QVERIFY2(sequence(second) > sequence(first), qPrintable(second));

    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("vera"), {QStringLiteral("export-ics")}), 2,
                     "usage");
}

void TestCliInsight::csvExportFollowsTheFilter()
{
    const QString all = m_box->dir() + QStringLiteral("/all.csv");
    const QString done = m_box->dir() + QStringLiteral("/completed.csv");
    CLI_EXPECT(m_box->run(QStringLiteral("vera"),
                          {QStringLiteral("export-csv"), QStringLiteral("--out"), all}),
               0);
    CLI_EXPECT(m_box->run(QStringLiteral("vera"),
                          {QStringLiteral("export-csv"), QStringLiteral("--out"), done,
                           QStringLiteral("--status"), QStringLiteral("completed")}),
               0);
    const QStringList allRows = readAll(all).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const QStringList doneRows = readAll(done).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(allRows.value(0).startsWith(QStringLiteral("number,title,")));
    // The title with a quote spans one record (RFC 4180: quotes doubled inside a quoted field).
    QCOMPARE(allRows.size(), 1 + 5);
    QVERIFY(readAll(all).contains(
        QStringLiteral("\"Vacuum the orders table, a \"\"quoted\"\"; tricky, title\"")));
    QCOMPARE(doneRows.size(), 1 + 2);
    QVERIFY(doneRows.value(1).startsWith(QStringLiteral("CHG-0000")));
    for (const QString &row : doneRows.mid(1))
        QVERIFY2(row.contains(QStringLiteral(",completed,")), qPrintable(row));
}

void TestCliInsight::csvImportIsAllOrNothing()
{
    const auto count = [this] {
        const CliResult r = m_box->runJson(QStringLiteral("vera"),
                                           {QStringLiteral("change"), QStringLiteral("list")});
        return r.json().object().value(QStringLiteral("changes")).toArray().size();
    };
    const qsizetype before = count();
    QVERIFY(before == 5);
    const QString start = isoIn(10 * 86400), end = isoIn(10 * 86400 + 3600);
    // A ServiceNow-style export: aliases, "3 - Moderate" style values, one bad row.
    const QString bad = m_box->dir() + QStringLiteral("/bad.csv");
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(
                    "short_description,type,risk,start_date,end_date,cmdb_ci,backout_plan\r\n"
                    "Patch web,normal,3 - Moderate,%1,%2,web,Undo it\r\n"
                    "Patch nothing,normal,low,%1,%2,no-such-asset,Undo it\r\n")
                    .arg(start, end)
                    .toUtf8());
    }
    const CliResult refused =
        m_box->runJson(QStringLiteral("erik"), {QStringLiteral("import-csv"), bad});
    CLI_EXPECT_ERROR(refused, 2, "csv_invalid");
    QVERIFY2(QString::fromUtf8(refused.json().toJson()).contains(QStringLiteral("no-such-asset")),
             refused.describe().constData());
    QCOMPARE(count(), before); // nothing written

    const QString good = m_box->dir() + QStringLiteral("/good.csv");
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(
                    "short_description,type,risk,start_date,end_date,cmdb_ci,backout_plan\r\n"
                    "Patch web,normal,3 - Moderate,%1,%2,web,Undo it\r\n"
                    "Patch db,emergency,low,%1,%2,db,Restore the snapshot\r\n")
                    .arg(start, end)
                    .toUtf8());
    }
    const CliResult preview = m_box->runJson(
        QStringLiteral("erik"), {QStringLiteral("import-csv"), good, QStringLiteral("--dry-run")});
    CLI_EXPECT(preview, 0);
    QCOMPARE(count(), before); // a dry run writes nothing either
    const CliResult imported =
        m_box->runJson(QStringLiteral("erik"), {QStringLiteral("import-csv"), good});
    CLI_EXPECT(imported, 0);
    QCOMPARE(count(), before + 2);
    const QJsonObject six = showChange(*m_box, QStringLiteral("CHG-00006"));
    QCOMPARE(six.value(QStringLiteral("title")).toString(), QStringLiteral("Patch web"));
    QCOMPARE(six.value(QStringLiteral("risk_level")).toString(), QStringLiteral("medium"));
    QCOMPARE(showChange(*m_box, QStringLiteral("CHG-00007"))
                 .value(QStringLiteral("change_type"))
                 .toString(),
             QStringLiteral("emergency"));
    // A viewer may not import.
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("vera"), {QStringLiteral("import-csv"), good}),
                     1, "permission_denied");
    QCOMPARE(count(), before + 2);
}

// Excel's German dialect: asked for, or from the locale on export; an Excel-made file (committed
// test data: semicolons, BOM, day-first dates) imports as it is; bad option values exit 2.
void TestCliInsight::csvExcelDialect()
{
    const QString excel = m_box->dir() + QStringLiteral("/excel.csv");
    CliResult r = m_box->runJson(QStringLiteral("vera"),
                                 args({"export-csv", "--dialect", "excel-de", "--out"}) << excel);
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("dialect")).toString(),
             QStringLiteral("excel-de"));
    QCOMPARE(r.json().object().value(QStringLiteral("encoding")).toString(),
             QStringLiteral("utf-8-bom"));
    QFile f(excel);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"
                              "number;title;"),
             bytes.left(30).constData());
    QVERIFY(bytes.contains("\"Vacuum the orders table, a \"\"quoted\"\"; tricky, title\""));
    // A German locale chooses the dialect; --encoding windows-1252 drops the BOM.
    QProcessEnvironment german = m_box->env(QStringLiteral("vera"));
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    const QString byLocale = m_box->dir() + QStringLiteral("/locale.csv");
    r = runCli(args({"--json", "export-csv", "--encoding", "windows-1252", "--out"}) << byLocale,
               german);
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("dialect")).toString(),
             QStringLiteral("excel-de"));
    QVERIFY(readAll(byLocale).startsWith(QStringLiteral("number;title;")));
    // Unknown values name the option and what it takes; nothing is written.
    const QString none = m_box->dir() + QStringLiteral("/none.csv");
    r = m_box->runJson(QStringLiteral("vera"), args({"export-csv", "--dialect", "excel", "--out"})
                                                   << none);
    CLI_EXPECT_ERROR(r, 2, "usage");
    QVERIFY2(r.err.contains(QStringLiteral("--dialect"))
                 || r.out.contains(QStringLiteral("--dialect")),
             r.describe().constData());
    QVERIFY(!QFileInfo::exists(none));
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("erik"),
                                    args({"import-csv", "--encoding", "latin9"}) << excel),
                     2, "usage");

    // The Excel-made file, as it is: its assets and assignee exist here too.
    for (const char *asset : {"payments-api", "db-primary", "edge-fw"})
        QVERIFY2(run(QStringLiteral("adam"), args({"asset", "add", asset})), m_why.constData());
    QVERIFY2(
        run(QStringLiteral("olga"), args({"member", "add", "engineer2", "--role", "engineer"})),
        m_why.constData());
    r = m_box->runJson(QStringLiteral("erik"),
                       {QStringLiteral("import-csv"),
                        QStringLiteral(VIGILO_TEST_DATA_DIR "/excel-de-changes.csv")});
    CLI_EXPECT(r, 0);
    const QJsonArray created = r.json().object().value(QStringLiteral("created")).toArray();
    QCOMPARE(created.size(), 2);
    const QJsonObject first = showChange(*m_box, created.at(0).toString());
    QCOMPARE(first.value(QStringLiteral("title")).toString(),
             QStringLiteral("Zertifikat für Zahlungs-API erneuern"));
    QCOMPARE(first.value(QStringLiteral("planned_start")).toString(),
             QStringLiteral("2026-03-05T10:00:00Z"));
}

QTEST_GUILESS_MAIN(TestCliInsight)
#include "tst_cli_insight.moc"
