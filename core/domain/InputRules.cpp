#include "InputRules.h"

#include "Tr.h"

namespace vigilo::input {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// Whether the character at `i` may stand in a value; `i` moves past a surrogate pair.
bool allowedAt(QStringView text, qsizetype &i, Lines lines)
{
    const char16_t c = text[i].unicode();
    if (QChar::isHighSurrogate(c)) {
        if (i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i;
            return true;
        }
        return false;
    }
    if (QChar::isLowSurrogate(c))
        return false;
    if (!isControl(c))
        return true;
    if (lines == Lines::Single)
        return false;
    if (c == u'\n' || c == u'\t')
        return true;
    return c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n';
}

} // namespace

qsizetype forbiddenAt(QStringView text, Lines lines)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype at = i;
        if (!allowedAt(text, i, lines))
            return at;
    }
    return -1;
}

Status checkText(const QString &field, const QString &value, int maxLength, Lines lines)
{
    if (value.size() > maxLength)
        return Error::input(CoreText::tr("The %1 is too long (%2 characters; at most %3).")
                                .arg(field)
                                .arg(value.size())
                                .arg(maxLength),
                            {{QStringLiteral("field"), field},
                             {QStringLiteral("length"), int(value.size())},
                             {QStringLiteral("max_length"), maxLength}});
    const qsizetype at = forbiddenAt(value, lines);
    if (at < 0)
        return {};
    const char16_t c = value.at(at).unicode();
    const QString character = QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    const QJsonObject details{{QStringLiteral("field"), field},
                              {QStringLiteral("position"), int(at) + 1},
                              {QStringLiteral("character"), character.toUpper()}};
    if (QChar::isSurrogate(c))
        return Error::input(CoreText::tr("The %1 holds a broken character (an unpaired UTF-16 "
                                         "surrogate at character %2): enter the text again.")
                                .arg(field)
                                .arg(at + 1),
                            details);
    if (lines == Lines::Single && (c == u'\n' || c == u'\r' || c == u'\t'))
        return Error::input(CoreText::tr("The %1 must be a single line: it holds a line break or "
                                         "tab (%2 at character %3). Remove it.")
                                .arg(field, character.toUpper())
                                .arg(at + 1),
                            details);
    return Error::input(CoreText::tr("The %1 holds a control character (%2 at character %3). "
                                     "Remove it: text may hold line breaks and tabs, but no "
                                     "control characters.")
                            .arg(field, character.toUpper())
                            .arg(at + 1),
                        details);
}

Status checkTexts(std::initializer_list<TextField> fields)
{
    for (const TextField &f : fields)
        VIGILO_TRY(checkText(f.field, f.value, f.maxLength, f.lines));
    return {};
}

Status checkLeadTimeHours(int hours)
{
    if (hours >= 0 && hours <= kMaxLeadTimeHours)
        return {};
    return Error::input(CoreText::tr("The minimum lead time must be between 0 and %1 hours.")
                            .arg(kMaxLeadTimeHours),
                        {{QStringLiteral("field"), QStringLiteral("min_lead_time_hours")}});
}

Status checkTime(const QString &field, const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const int year = time.toUTC().date().year();
    if (year >= kMinYear && year <= kMaxYear)
        return {};
    return Error::input(CoreText::tr("The %1 lies in the year %2: Vigilo accepts times from the "
                                     "year %3 to the year %4.")
                            .arg(field)
                            .arg(year)
                            .arg(kMinYear)
                            .arg(kMaxYear),
                        {{QStringLiteral("field"), field},
                         {QStringLiteral("year"), year},
                         {QStringLiteral("min_year"), kMinYear},
                         {QStringLiteral("max_year"), kMaxYear}});
}

std::optional<Utf8Problem> firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    int line = 1;
    int column = 1;
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        int length = 0;
        unsigned char lo = 0x80, hi = 0xbf; // the range of the second byte
        if (b < 0x80)
            length = 1;
        else if (b >= 0xc2 && b <= 0xdf)
            length = 2;
        else if (b == 0xe0) {
            length = 3;
            lo = 0xa0;
        } else if ((b >= 0xe1 && b <= 0xec) || b == 0xee || b == 0xef)
            length = 3;
        else if (b == 0xed) {
            length = 3;
            hi = 0x9f;
        } else if (b == 0xf0) {
            length = 4;
            lo = 0x90;
        } else if (b >= 0xf1 && b <= 0xf3)
            length = 4;
        else if (b == 0xf4) {
            length = 4;
            hi = 0x8f;
        }
        bool ok = length > 0 && i + length <= n;
        for (int k = 1; ok && k < length; ++k) {
            const unsigned char c = p[i + k];
            ok = k == 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xbf);
        }
        if (!ok)
            return Utf8Problem{i, line, column, b};
        if (b == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    return std::nullopt;
}

QString visible(QStringView text, Lines lines)
{
    if (forbiddenAt(text, lines) < 0)
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype at = i;
        if (allowedAt(text, i, lines)) {
            out += text.mid(at, i - at + 1);
            continue;
        }
        const char16_t c = text[at].unicode();
        if (QChar::isSurrogate(c))
            out += QChar(QChar::ReplacementCharacter);
        else
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace vigilo::input
