#include "AtomicFile.h"

#include "Tr.h"

#include <QDir>
#include <QSaveFile>

namespace vigilo {

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && file.write(bytes) == bytes.size()
        && file.commit())
        return {};
    const QString why = file.errorString();
    file.cancelWriting();
    return Error::storage(CoreText::tr("%1 could not be written: %2. Nothing was written there; "
                                       "free some space or choose another folder.")
                              .arg(QDir::toNativeSeparators(path), why),
                          {{QStringLiteral("path"), path}}, QStringLiteral("file_unwritable"));
}

} // namespace vigilo
