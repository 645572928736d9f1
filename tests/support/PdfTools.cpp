#include "PdfTools.h"

#include <QProcess>

namespace vigilo::test {

QString runTool(const QString &program, const QStringList &args, int *exit)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(60000);
    if (exit)
        *exit = p.exitStatus() == QProcess::NormalExit && p.error() != QProcess::FailedToStart
                    ? p.exitCode()
                    : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool pdfsigAccepts(const QString &path, QString *out)
{
    *out = runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nocert"), path});
    return out->contains(QStringLiteral("Signature Validation: Signature is Valid."))
           && out->contains(QStringLiteral("Total document signed"))
           && !out->contains(QStringLiteral("Not total document signed"));
}

} // namespace vigilo::test
