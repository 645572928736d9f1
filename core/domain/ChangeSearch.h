#pragma once
// What a search in the change list matches: the one definition used by the CLI's
// `change list --search` (as SQL in ChangeService::list) and by the GUI's find box (in memory).
// The fields: the number (CHG-00042), the title, and the assignee and the requester by username
// or display name. The text is split into words; every word must occur in one of the fields
// (case-insensitive, anywhere in it).

#include "Entities.h"

#include <QStringList>

namespace vigilo::changesearch {

// The fields, by their wire names (docs/protocol.md and `change list --help` name them).
const QStringList &fieldNames();

// The lower-case words of a search text; empty for blank text.
QStringList words(const QString &text);

// The lower-case fields of a change joined by '\n' (a word never spans two fields).
QString haystack(const ChangeSummary &c);

// Every word occurs in the haystack.
bool matches(const QString &haystack, const QStringList &words);

} // namespace vigilo::changesearch
