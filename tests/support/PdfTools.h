#pragma once
// Poppler's command-line tools as the suites read packs and minutes back: pdftotext, pdfsig.

#include <QString>
#include <QStringList>

namespace vigilo::test {

// Runs `program` with `args` (a minute at most) and returns what it printed, stdout and stderr
// merged; `exit` gets its exit code, -1 when it crashed or did not start.
QString runTool(const QString &program, const QStringList &args, int *exit = nullptr);
// pdfsig (without checking the certificate chain) finds one valid signature over the whole file.
bool pdfsigAccepts(const QString &path, QString *out);

} // namespace vigilo::test
