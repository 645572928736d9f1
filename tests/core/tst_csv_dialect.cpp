// CSV in the dialects people use (core/integration/CsvDialect): a file Excel made in a German
// locale (semicolons, a byte order mark, day-first dates, a quoted field holding ";" and a line
// break) imports without edits; export and import round trips in excel-de, RFC 4180 and
// Windows-1252; what Windows-1252 cannot hold, or a file that is not what it claims, is refused
// with an error naming the encoding, and nothing is written.
#include "TestWorkspace.h"

#include "CsvDialect.h"
#include "CsvImport.h"

#include <QFile>

using namespace vigilo;
using namespace vigilo::test;

namespace {

QByteArray excelFile()
{
    QFile f(QStringLiteral(VIGILO_TEST_DATA_DIR "/excel-de-changes.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

const QString kTitle = QStringLiteral("Größe; Prüfung, “Zertifikat” erneuern");
const QString kDescription = QStringLiteral("Erste Zeile; mit Semikolon\nzweite, mit Komma – €");

} // namespace

class TestCsvDialect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dialectsByNameAndLocale();
    void excelMadeFileImportsWithoutEdits();
    void roundTripInEachDialect_data();
    void roundTripInEachDialect();
    void windows1252RefusesWhatItCannotHold();
    void wrongEncodingWritesNothing();

private:
    // A workspace with one change whose title and description need quoting in every dialect.
    std::unique_ptr<TestWorkspace> source();
};

std::unique_ptr<TestWorkspace> TestCsvDialect::source()
{
    auto ws = std::make_unique<TestWorkspace>();
    if (!ws->ok())
        return ws;
    ChangeDraft d = ws->validDraft(kTitle);
    d.description = kDescription;
    d.affectedAssets = QStringList{QStringLiteral("db-primary"), QStringLiteral("payments-api")};
    (void)ws->createChange(d);
    return ws;
}

void TestCsvDialect::dialectsByNameAndLocale()
{
    QCOMPARE(CsvDialect::forLocale(QLocale(QStringLiteral("de_DE"))).name,
             QStringLiteral("excel-de"));
    QCOMPARE(CsvDialect::forLocale(QLocale(QStringLiteral("de_AT"))).delimiter, QLatin1Char(';'));
    QCOMPARE(CsvDialect::forLocale(QLocale(QStringLiteral("de_CH"))).encoding,
             CsvEncoding::Utf8Bom);
    QCOMPARE(CsvDialect::forLocale(QLocale(QStringLiteral("en_US"))).name,
             QStringLiteral("rfc4180"));
    QCOMPARE(CsvDialect::forLocale(QLocale::c()).delimiter, QLatin1Char(','));
    QVERIFY(CsvDialect::named(QStringLiteral("EXCEL-DE")));
    QVERIFY(!CsvDialect::named(QStringLiteral("excel")));
    QCOMPARE(CsvDialect::encodingNamed(QStringLiteral("Windows-1252")), CsvEncoding::Windows1252);
    QVERIFY(!CsvDialect::encodingNamed(QStringLiteral("latin1")));
    QCOMPARE(CsvReading::detectDelimiter(QStringLiteral("title;\"a,b\";c\r\nx,y")),
             QLatin1Char(';'));
    QCOMPARE(CsvReading::detectDelimiter(QStringLiteral("title,affected_assets\r\nx,a;b;c")),
             QLatin1Char(','));
}

void TestCsvDialect::excelMadeFileImportsWithoutEdits()
{
    const QByteArray file = excelFile();
    QVERIFY2(file.startsWith("\xEF\xBB\xBF"
                             "title;"),
             "tests/data/excel-de-changes.csv is missing");
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto imported = ws.core().csv().import(ws.engineer(), file);
    VERIFY_OK(imported);
    QCOMPARE(imported->created.size(), 2);
    const ChangeRequest first = VALUE_OK(ws.get(imported->created.at(0)));
    QCOMPARE(first.title, QStringLiteral("Zertifikat für Zahlungs-API erneuern"));
    QCOMPARE(first.description, QStringLiteral("Wildcard-Zertifikat läuft am 30. ab; vorher "
                                               "tauschen.\nZweite Zeile mit "
                                               "\"Anführungszeichen\""));
    QCOMPARE_ENUM(first.priority, Priority::High);
    QCOMPARE(first.plannedStart, QDateTime(QDate(2026, 3, 5), QTime(10, 0), Qt::UTC));
    QCOMPARE(first.plannedEnd, QDateTime(QDate(2026, 3, 5), QTime(12, 0), Qt::UTC));
    QCOMPARE(first.affectedAssets,
             QStringList({QStringLiteral("db-primary"), QStringLiteral("payments-api")}));
    QCOMPARE(first.assignee, QStringLiteral("engineer2"));
    const ChangeRequest second = VALUE_OK(ws.get(imported->created.at(1)));
    QCOMPARE(second.title, QStringLiteral("Größere Firewall-Regel prüfen"));
    QCOMPARE(second.description, QStringLiteral("Änderung an edge-fw, Prüfung ÖÜß"));
    QCOMPARE(second.plannedStart, QDateTime(QDate(2026, 3, 6), QTime(8, 30), Qt::UTC));
    // Read as RFC 4180 (commas) the same file is one column: refused, nothing written.
    TestWorkspace strict;
    QVERIFY2(strict.ok(), qPrintable(strict.errorText()));
    CsvReading commas;
    commas.delimiter = QLatin1Char(',');
    QVERIFY(!strict.core().csv().import(strict.engineer(), file, commas).ok());
    QCOMPARE(strict.count(QStringLiteral("changes")), 0);
}

void TestCsvDialect::roundTripInEachDialect_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow("excel-de") << "excel-de"
                              << "utf-8-bom"
                              << QByteArray("\xEF\xBB\xBF"
                                            "number;title;");
    QTest::newRow("rfc4180") << "rfc4180"
                             << "utf-8" << QByteArray("number,title,");
    QTest::newRow("excel-de windows-1252") << "excel-de"
                                           << "windows-1252" << QByteArray("number;title;");
}

void TestCsvDialect::roundTripInEachDialect()
{
    QFETCH(QString, dialect);
    QFETCH(QString, encoding);
    QFETCH(QByteArray, starts);
    auto ws = source();
    QVERIFY2(ws->ok(), qPrintable(ws->errorText()));
    CsvDialect d = *CsvDialect::named(dialect);
    d.encoding = *CsvDialect::encodingNamed(encoding);
    auto csv = ws->core().csv().exportCsv(ws->viewer(), {}, d);
    VERIFY_OK(csv);
    QVERIFY2(csv->startsWith(starts), csv->left(40).toHex().constData());
    if (d.encoding == CsvEncoding::Windows1252) {
        // One byte per character: "ö" is 0xF6, "€" 0x80, "“" 0x93.
        QVERIFY(csv->contains("Gr\xF6\xDF"
                              "e"));
        QVERIFY(csv->contains('\x80') && csv->contains('\x93'));
    }
    // The other workspace reads it back; only the encoding is named for Windows-1252.
    TestWorkspace other(QStringLiteral("beta"));
    QVERIFY2(other.ok(), qPrintable(other.errorText()));
    CsvReading how;
    if (d.encoding == CsvEncoding::Windows1252)
        how.encoding = CsvEncoding::Windows1252;
    auto imported = other.core().csv().import(other.engineer(), *csv, how);
    VERIFY_OK(imported);
    QCOMPARE(imported->created.size(), 1);
    const ChangeRequest back = VALUE_OK(other.get(imported->created.first()));
    const ChangeRequest from = VALUE_OK(ws->get(1));
    QCOMPARE(back.title, kTitle);
    QCOMPARE(back.description, kDescription);
    QCOMPARE(back.affectedAssets, from.affectedAssets);
    QCOMPARE(back.plannedStart, from.plannedStart);
    QCOMPARE(back.plannedEnd, from.plannedEnd);
    QCOMPARE(back.implementationPlan, from.implementationPlan);
}

void TestCsvDialect::windows1252RefusesWhatItCannotHold()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    VERIFY_OK(ws.createChange(ws.validDraft(QStringLiteral("Rotate the key → new HSM"))));
    CsvDialect d = CsvDialect::excelGerman();
    d.encoding = CsvEncoding::Windows1252;
    const auto csv = ws.core().csv().exportCsv(ws.viewer(), {}, d);
    VERIFY_ERROR(csv, "invalid_input");
    QCOMPARE(csv.error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("encoding"));
    QCOMPARE(csv.error().details.value(QStringLiteral("character")).toString(),
             QStringLiteral("→"));
    QVERIFY2(csv.error().message.contains(QStringLiteral("utf-8-bom")),
             qPrintable(csv.error().message));
}

void TestCsvDialect::wrongEncodingWritesNothing()
{
    auto ws = source();
    QVERIFY2(ws->ok(), qPrintable(ws->errorText()));
    CsvDialect d = CsvDialect::excelGerman();
    d.encoding = CsvEncoding::Windows1252;
    auto cp1252 = ws->core().csv().exportCsv(ws->viewer(), {}, d);
    VERIFY_OK(cp1252);
    TestWorkspace other(QStringLiteral("beta"));
    QVERIFY2(other.ok(), qPrintable(other.errorText()));
    const QString before = other.fingerprint();
    // Windows-1252 bytes read as UTF-8: refused with the hint, nothing written.
    const auto asUtf8 = other.core().csv().import(other.engineer(), *cp1252);
    VERIFY_ERROR(asUtf8, "invalid_utf8");
    QVERIFY2(asUtf8.error().message.contains(QStringLiteral("windows-1252")),
             qPrintable(asUtf8.error().message));
    // A byte Windows-1252 does not define (0x81): not such a file either.
    CsvReading how;
    how.encoding = CsvEncoding::Windows1252;
    VERIFY_ERROR(other.core().csv().import(other.engineer(),
                                           "title\r\nA\x81"
                                           "B\r\n",
                                           how),
                 "invalid_input");
    QCOMPARE(other.fingerprint(), before);
}

QTEST_GUILESS_MAIN(TestCsvDialect)
#include "tst_csv_dialect.moc"
