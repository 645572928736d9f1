#include "PackBatch.h"

#include "Clock.h"
#include "SigningKey.h"
#include "Tr.h"
#include "Vigilo.h"

namespace vigilo {

PackBatch::PackBatch(Vigilo &core, const Actor &actor, const QString &folder,
                     const PackExport &options)
    : m_core(core)
    , m_actor(actor)
    , m_folder(folder)
    , m_options(options)
{}

Status PackBatch::begin()
{
    VIGILO_TRY(m_folder.begin());
    if (!m_options.signer) {
        m_folder.cancel();
        return Error::rule(QStringLiteral("signing_key_missing"),
                           CoreText::tr("Every evidence pack is signed: choose a signing key."));
    }
    m_entries.clear();
    m_startedAt = m_core.clock().now().toUTC();
    return {};
}

Result<ManifestEntry> PackBatch::add(int number)
{
    if (!m_folder.started())
        return Error::storage(CoreText::tr("The batch was not started."));
    EvidencePackResult info;
    auto bytes = EvidencePack(m_core).exportBytes(m_actor, number, m_options, &info);
    if (!bytes)
        return bytes.error();
    auto entry = manifest::entryFor(m_core, m_actor, info);
    if (!entry)
        return entry.error();
    VIGILO_TRY(m_folder.put(entry->fileName, *bytes));
    m_entries << *entry;
    return entry;
}

Result<QStringList> PackBatch::commit()
{
    if (!m_folder.started())
        return Error::storage(CoreText::tr("The batch was not started."));
    auto files = manifest::signedFiles(m_actor, m_startedAt, *m_options.signer, m_entries);
    if (!files)
        return files.error();
    for (const auto &[name, bytes] : std::as_const(*files))
        VIGILO_TRY(m_folder.put(name, bytes));
    return m_folder.commit();
}

void PackBatch::cancel()
{
    m_folder.cancel();
    m_entries.clear();
}

} // namespace vigilo
