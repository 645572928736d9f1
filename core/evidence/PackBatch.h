#pragma once
// An audit sample: one signed pack per change, written into a folder together with a signed
// manifest (manifest.json and manifest.csv: number, title, outcome, digest, file name, each with
// a detached CMS signature, *.p7s, that `openssl cms -verify` checks too). Everything is written
// into a hidden staging folder first and moved into place only when the whole batch is done, so
// a cancelled or failed batch leaves no partial files behind.

#include "Actor.h"
#include "EvidencePack.h"
#include "PackManifest.h"
#include "SampleFolder.h"

namespace vigilo {

class PackBatch final {
public:
    // `folder` must exist and be writable; `options` as for one pack (the signer is required).
    PackBatch(Vigilo &core, const Actor &actor, const QString &folder, const PackExport &options);
    PackBatch(const PackBatch &) = delete;
    PackBatch &operator=(const PackBatch &) = delete;

    Status begin();
    // Exports one change into the staging folder.
    Result<ManifestEntry> add(int number);
    // Signs the manifest and moves every file into the folder. Refuses to overwrite a file.
    Result<QStringList> commit();
    // Drops everything staged so far (also what the destructor does without commit()).
    void cancel();

    const QList<ManifestEntry> &entries() const { return m_entries; }

private:
    Vigilo &m_core;
    Actor m_actor;
    SampleFolder m_folder;
    PackExport m_options;
    QList<ManifestEntry> m_entries;
    QDateTime m_startedAt;
};

} // namespace vigilo
