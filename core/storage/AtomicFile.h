#pragma once
// Files Vigilo writes (evidence packs, CSV, iCalendar, attachments saved from the desktop
// client): whole or not at all.

#include "Error.h"

#include <QByteArray>
#include <QString>

namespace vigilo {

// Writes `bytes` to a temporary file beside `path` and renames it over `path` only when every
// byte is on disk (QSaveFile, unbuffered: with Qt 6.4's buffer, commit() does not notice that
// flushing the last bytes failed and keeps a truncated file). On a full disk or an unwritable
// folder: file_unwritable (exit 3), and `path` is left as it was.
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace vigilo
