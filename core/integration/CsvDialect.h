#pragma once
// The CSV dialects Vigilo reads and writes, and their encodings: RFC 4180 (comma, UTF-8), and
// Excel's in German-speaking locales (semicolon, UTF-8 with a byte order mark so Excel reads the
// umlauts, or Windows-1252 on request). Export takes one explicitly or from the locale; import
// takes the delimiter of the header line and the encoding of the byte order mark unless told.
// No column Vigilo exchanges holds a fractional number, so the decimal comma never arises.

#include "Error.h"

#include <QByteArray>
#include <QChar>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigilo {

enum class CsvEncoding { Utf8, Utf8Bom, Windows1252 };

struct CsvDialect {
    QString name;                       // "rfc4180", "excel-de"
    QChar delimiter = QLatin1Char(','); // between fields
    CsvEncoding encoding = CsvEncoding::Utf8;

    static CsvDialect rfc4180();
    static CsvDialect excelGerman(); // semicolon, UTF-8 with BOM
    // Excel's dialect where the locale speaks German (de_DE, de_AT, de_CH, …), else RFC 4180.
    static CsvDialect forLocale(const QLocale &locale);
    static std::optional<CsvDialect> named(const QString &name);
    static QStringList names();

    static std::optional<CsvEncoding> encodingNamed(const QString &name);
    static QString encodingName(CsvEncoding encoding); // "utf-8", "utf-8-bom", "windows-1252"
    static QStringList encodingNames();

    // The file's bytes for `text`. Windows-1252 cannot hold every character: the first one it
    // cannot is refused (invalid_input) with its line, and nothing is written.
    Result<QByteArray> encode(const QString &text) const;
};

// How a CSV file is read: each part empty means "as the file says".
struct CsvReading {
    std::optional<QChar> delimiter;      // empty: the header line's ("," or ";")
    std::optional<CsvEncoding> encoding; // empty: UTF-8 (a byte order mark is skipped)

    // The text of `bytes`; invalid UTF-8 is refused with a hint to --encoding windows-1252.
    static Result<QString> decode(const QByteArray &bytes, std::optional<CsvEncoding> encoding);
    // "," or ";": whichever splits the first line (outside quotes) into more fields.
    static QChar detectDelimiter(const QString &text);
};

} // namespace vigilo
