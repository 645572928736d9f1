#include "CsvDialect.h"

#include "InputRules.h"

#include "Tr.h"

#include <QStringDecoder>

namespace vigilo {

namespace {

// Windows-1252 0x80..0x9F; 0 where the code page leaves the byte undefined.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::optional<char> toCp1252(char16_t c)
{
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        return char(c);
    for (int i = 0; i < 32; ++i)
        if (kCp1252High[i] == c && c != 0)
            return char(0x80 + i);
    return std::nullopt;
}

const QByteArray kBom("\xEF\xBB\xBF");

} // namespace

CsvDialect CsvDialect::rfc4180()
{
    return {QStringLiteral("rfc4180"), QLatin1Char(','), CsvEncoding::Utf8};
}

CsvDialect CsvDialect::excelGerman()
{
    return {QStringLiteral("excel-de"), QLatin1Char(';'), CsvEncoding::Utf8Bom};
}

CsvDialect CsvDialect::forLocale(const QLocale &locale)
{
    return locale.language() == QLocale::German ? excelGerman() : rfc4180();
}

std::optional<CsvDialect> CsvDialect::named(const QString &name)
{
    for (const CsvDialect &d : {rfc4180(), excelGerman()})
        if (d.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return d;
    return std::nullopt;
}

QStringList CsvDialect::names()
{
    return {rfc4180().name, excelGerman().name};
}

std::optional<CsvEncoding> CsvDialect::encodingNamed(const QString &name)
{
    for (CsvEncoding e : {CsvEncoding::Utf8, CsvEncoding::Utf8Bom, CsvEncoding::Windows1252})
        if (encodingName(e).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return e;
    return std::nullopt;
}

QString CsvDialect::encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8: return QStringLiteral("utf-8");
    case CsvEncoding::Utf8Bom: return QStringLiteral("utf-8-bom");
    case CsvEncoding::Windows1252: return QStringLiteral("windows-1252");
    }
    return {};
}

QStringList CsvDialect::encodingNames()
{
    return {encodingName(CsvEncoding::Utf8), encodingName(CsvEncoding::Utf8Bom),
            encodingName(CsvEncoding::Windows1252)};
}

Result<QByteArray> CsvDialect::encode(const QString &text) const
{
    if (encoding == CsvEncoding::Utf8)
        return text.toUtf8();
    if (encoding == CsvEncoding::Utf8Bom)
        return QByteArray(kBom + text.toUtf8());
    QByteArray out;
    out.reserve(text.size());
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            ++line;
        const std::optional<char> b = toCp1252(c.unicode());
        if (!b) {
            // A character outside the code page (or half of one outside the BMP).
            const bool pair = c.isHighSurrogate() && i + 1 < text.size();
            const QString shown = pair ? text.mid(i, 2) : QString(c);
            return Error::input(
                CoreText::tr("Windows-1252 cannot hold “%1” (line %2 of the CSV); export with "
                             "--encoding utf-8-bom, which Excel also reads, or without the "
                             "character.")
                    .arg(shown)
                    .arg(line),
                {{QStringLiteral("field"), QStringLiteral("encoding")},
                 {QStringLiteral("line"), line},
                 {QStringLiteral("character"), shown}});
        }
        out += *b;
    }
    return out;
}

Result<QString> CsvReading::decode(const QByteArray &bytes, std::optional<CsvEncoding> encoding)
{
    if (encoding == CsvEncoding::Windows1252) {
        QString text;
        text.reserve(bytes.size());
        for (char ch : bytes) {
            const auto b = uchar(ch);
            const char16_t c = b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b);
            if (c == 0 && b != 0)
                return Error::input(
                    CoreText::tr("The CSV file has the byte 0x%1, which Windows-1252 does not "
                                 "define: it is not a Windows-1252 file. Try --encoding utf-8.")
                        .arg(b, 2, 16, QLatin1Char('0')),
                    {{QStringLiteral("field"), QStringLiteral("encoding")}});
            text += QChar(c);
        }
        return text;
    }
    const qsizetype bom = bytes.startsWith(kBom) ? kBom.size() : 0;
    if (const auto bad = input::firstInvalidUtf8(QByteArrayView(bytes).sliced(bom)))
        return Error::input(
            CoreText::tr("The CSV file is not UTF-8: line %1, column %2 holds the byte 0x%3. Save "
                         "it as UTF-8 (in a spreadsheet: \"CSV UTF-8\") and import it again, or "
                         "import it with --encoding windows-1252 if Excel saved it in that code "
                         "page.")
                .arg(bad->line)
                .arg(bad->column)
                .arg(uint(bad->byte), 2, 16, QLatin1Char('0')),
            {{QStringLiteral("field"), QStringLiteral("encoding")},
             {QStringLiteral("line"), bad->line},
             {QStringLiteral("column"), bad->column},
             {QStringLiteral("offset"), qint64(bad->offset + bom)}},
            QStringLiteral("invalid_utf8"));
    QString text = QString::fromUtf8(QByteArrayView(bytes).sliced(bom));
    return text;
}

QChar CsvReading::detectDelimiter(const QString &text)
{
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace vigilo
