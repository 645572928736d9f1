#pragma once
// What text, bytes and times the core accepts from a person, a file or another program, and how
// stored text is shown safely on a terminal. Every service that stores text checks it here, so
// the GUI, the CLI and imports refuse the same things with the same messages.

#include "Error.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <optional>

namespace vigilo::input {

// A name, title or other one-line value; or a description, plan, comment or reason that may
// hold line breaks (LF or CR LF) and tabs.
enum class Lines { Single, Multi };

// Common bounds (characters).
constexpr int kMaxName = 200;     // titles, names of workspaces, assets, freeze windows
constexpr int kMaxText = 100000;  // descriptions and plans
constexpr int kMaxNote = 20000;   // comments, reasons, justifications, closure notes
constexpr int kMaxSearch = 200;   // a search in the change list
constexpr int kMaxFileName = 255; // attachment names
constexpr int kMinYear = 1970;    // times: the years the storage and the packs handle
constexpr int kMaxYear = 9999;

// The position (UTF-16 index) of the first character `text` must not hold, or -1: C0 and C1
// control characters and DEL, NUL included, and unpaired surrogates; in a multi-line value a
// line feed, a carriage return directly before a line feed, and a tab are allowed.
qsizetype forbiddenAt(QStringView text, Lines lines);

// invalid_input naming `field` when `value` holds a forbidden character (see forbiddenAt) or
// is longer than `maxLength` characters; the message says which character and where.
Status checkText(const QString &field, const QString &value, int maxLength, Lines lines);

struct TextField {
    QString field;
    const QString &value;
    int maxLength;
    Lines lines;
};
// checkText for each field in order; the first problem is returned.
Status checkTexts(std::initializer_list<TextField> fields);

// invalid_input naming `field` when a valid time lies outside the years kMinYear..kMaxYear (UTC).
// An invalid (unset) time passes: whether one is required is the caller's rule.
Status checkTime(const QString &field, const QDateTime &time);

// A change's minimum lead time: 0 to a year of hours (invalid_input naming min_lead_time_hours).
constexpr int kMaxLeadTimeHours = 24 * 365;
Status checkLeadTimeHours(int hours);

// Where a byte sequence stops being well-formed UTF-8 (Unicode table 3-7: no overlong forms,
// no surrogates, nothing above U+10FFFF). line and column count from 1; the column counts
// characters, as an editor shows it.
struct Utf8Problem {
    qsizetype offset = 0; // of the first byte that is not part of a valid sequence
    int line = 1;
    int column = 1;
    unsigned char byte = 0;
};
std::optional<Utf8Problem> firstInvalidUtf8(QByteArrayView bytes);

// `text` with every character forbiddenAt() refuses made visible ("\x1b", "\x85"; an unpaired
// surrogate as U+FFFD), so that text written by an older build or by SQL cannot drive a
// terminal. A multi-line text keeps its line feeds, CR LF pairs and tabs.
QString visible(QStringView text, Lines lines);

} // namespace vigilo::input
