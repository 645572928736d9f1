#include "SampleFolder.h"

#include "AtomicFile.h"
#include "Tr.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace vigilo {

SampleFolder::SampleFolder(const QString &folder)
    : m_folder(QFileInfo(folder).absoluteFilePath())
{}

SampleFolder::~SampleFolder() = default;

Status SampleFolder::begin()
{
    const QFileInfo dir(m_folder);
    if (!dir.isDir() || !dir.isWritable())
        return Error::input(
            CoreText::tr("The folder %1 does not exist or is not writable.").arg(m_folder),
            {{QStringLiteral("field"), QStringLiteral("folder")}},
            QStringLiteral("file_unwritable"));
    // Inside the target folder, so the final moves are renames on one file system.
    m_staging = std::make_unique<QTemporaryDir>(m_folder + QStringLiteral("/.vigilo-batch-XXXXXX"));
    if (!m_staging->isValid()) {
        const QString why = m_staging->errorString();
        m_staging.reset();
        return Error::storage(
            CoreText::tr("Cannot create a staging folder in %1: %2").arg(m_folder, why),
            {{QStringLiteral("path"), m_folder}}, QStringLiteral("file_unwritable"));
    }
    m_names.clear();
    return {};
}

Status SampleFolder::put(const QString &name, const QByteArray &bytes)
{
    if (!m_staging)
        return Error::storage(CoreText::tr("The batch was not started."));
    VIGILO_TRY(writeFileAtomically(m_staging->filePath(name), bytes));
    if (!m_names.contains(name))
        m_names << name;
    return {};
}

Result<QStringList> SampleFolder::commit()
{
    if (!m_staging)
        return Error::storage(CoreText::tr("The batch was not started."));
    for (const QString &name : std::as_const(m_names))
        if (QFileInfo::exists(m_folder + QLatin1Char('/') + name))
            return Error::rule(
                QStringLiteral("file_exists"),
                CoreText::tr("%1 already exists in %2: choose an empty folder.")
                    .arg(name, m_folder),
                {{QStringLiteral("path"), QString(m_folder + QLatin1Char('/') + name)}});
    QStringList moved;
    for (const QString &name : std::as_const(m_names)) {
        if (!QFile::rename(m_staging->filePath(name), m_folder + QLatin1Char('/') + name)) {
            // Undo: a batch is all there or not there.
            for (const QString &done : moved)
                QFile::rename(m_folder + QLatin1Char('/') + done, m_staging->filePath(done));
            return Error::storage(CoreText::tr("Cannot move %1 into %2.").arg(name, m_folder),
                                  {{QStringLiteral("path"), m_folder}},
                                  QStringLiteral("file_unwritable"));
        }
        moved << name;
    }
    m_staging.reset();
    m_names.clear();
    QStringList out;
    for (const QString &name : moved)
        out << m_folder + QLatin1Char('/') + name;
    return out;
}

void SampleFolder::cancel()
{
    m_staging.reset(); // QTemporaryDir removes the folder and what is in it
    m_names.clear();
}

} // namespace vigilo
