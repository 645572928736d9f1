#include "PackBatch.h"

#include "AtomicFile.h"

#include "Clock.h"
#include "CsvImport.h"
#include "SigningKey.h"
#include "Tr.h"
#include "Vigilo.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace vigilo {

PackBatch::PackBatch(Vigilo &core, const Actor &actor, const QString &folder,
                     const PackExport &options)
    : m_core(core)
    , m_actor(actor)
    , m_folder(QFileInfo(folder).absoluteFilePath())
    , m_options(options)
{}

PackBatch::~PackBatch() = default;

Status PackBatch::begin()
{
    const QFileInfo dir(m_folder);
    if (!dir.isDir() || !dir.isWritable())
        return Error::input(
            CoreText::tr("The folder %1 does not exist or is not writable.").arg(m_folder),
            {{QStringLiteral("field"), QStringLiteral("folder")}},
            QStringLiteral("file_unwritable"));
    if (!m_options.signer)
        return Error::rule(QStringLiteral("signing_key_missing"),
                           CoreText::tr("Every evidence pack is signed: choose a signing key."));
    // Inside the target folder, so the final moves are renames on one file system.
    m_staging = std::make_unique<QTemporaryDir>(m_folder + QStringLiteral("/.vigilo-batch-XXXXXX"));
    if (!m_staging->isValid())
        return Error::storage(CoreText::tr("Cannot create a staging folder in %1: %2")
                                  .arg(m_folder, m_staging->errorString()),
                              {{QStringLiteral("path"), m_folder}},
                              QStringLiteral("file_unwritable"));
    m_entries.clear();
    m_startedAt = m_core.clock().now().toUTC();
    return {};
}

Result<ManifestEntry> PackBatch::add(int number)
{
    if (!m_staging)
        return Error::storage(CoreText::tr("The batch was not started."));
    EvidencePackResult info;
    auto bytes = EvidencePack(m_core).exportBytes(m_actor, number, m_options, &info);
    if (!bytes)
        return bytes.error();
    ManifestEntry e;
    e.number = info.number;
    e.fileName = info.number + QStringLiteral(".pdf");
    e.digest = info.digest;
    auto change = m_core.changes().get(m_actor, number);
    if (!change)
        return change.error();
    e.title = change->title;
    e.outcome = change->closureCode ? toString(*change->closureCode) : toString(change->status);
    VIGILO_TRY(writeFileAtomically(m_staging->filePath(e.fileName), *bytes));
    m_entries << e;
    return e;
}

QByteArray PackBatch::manifestJson() const
{
    QJsonArray packs;
    for (const ManifestEntry &e : m_entries)
        packs.append(QJsonObject{{QStringLiteral("number"), e.number},
                                 {QStringLiteral("title"), e.title},
                                 {QStringLiteral("outcome"), e.outcome},
                                 {QStringLiteral("digest"), e.digest},
                                 {QStringLiteral("file"), e.fileName}});
    const CertificateInfo &signer = m_options.signer->certificate();
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), QStringLiteral("vigilo-pack-manifest/1")},
                           {QStringLiteral("workspace"), m_actor.workspace.slug},
                           {QStringLiteral("exported_by"), m_actor.member.username},
                           {QStringLiteral("exported_at"), jsonTime(m_startedAt)},
                           {QStringLiteral("signer"), signer.toJson()},
                           {QStringLiteral("packs"), packs}})
        .toJson(QJsonDocument::Indented);
}

QByteArray PackBatch::manifestCsv() const
{
    QStringList lines{QStringLiteral("number,title,outcome,digest,file")};
    for (const ManifestEntry &e : m_entries)
        lines << QStringList{ChangeCsv::quote(e.number), ChangeCsv::quote(e.title),
                             ChangeCsv::quote(e.outcome), ChangeCsv::quote(e.digest),
                             ChangeCsv::quote(e.fileName)}
                     .join(QLatin1Char(','));
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

Result<QStringList> PackBatch::commit()
{
    if (!m_staging)
        return Error::storage(CoreText::tr("The batch was not started."));
    const QList<QPair<QString, QByteArray>> manifests = {
        {QStringLiteral("manifest.json"), manifestJson()},
        {QStringLiteral("manifest.csv"), manifestCsv()}};
    for (const auto &[name, bytes] : manifests) {
        VIGILO_TRY(writeFileAtomically(m_staging->filePath(name), bytes));
        auto signature = m_options.signer->sign(bytes);
        if (!signature)
            return signature.error();
        VIGILO_TRY(
            writeFileAtomically(m_staging->filePath(name + QStringLiteral(".p7s")), *signature));
    }
    QStringList names;
    for (const ManifestEntry &e : m_entries)
        names << e.fileName;
    names << QStringLiteral("manifest.json") << QStringLiteral("manifest.json.p7s")
          << QStringLiteral("manifest.csv") << QStringLiteral("manifest.csv.p7s");
    for (const QString &name : names)
        if (QFileInfo::exists(m_folder + QLatin1Char('/') + name))
            return Error::rule(
                QStringLiteral("file_exists"),
                CoreText::tr("%1 already exists in %2: choose an empty folder.")
                    .arg(name, m_folder),
                {{QStringLiteral("path"), QString(m_folder + QLatin1Char('/') + name)}});
    QStringList moved;
    for (const QString &name : names) {
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
    QStringList out;
    for (const QString &name : moved)
        out << m_folder + QLatin1Char('/') + name;
    return out;
}

void PackBatch::cancel()
{
    m_staging.reset(); // QTemporaryDir removes the folder and what is in it
    m_entries.clear();
}

} // namespace vigilo
