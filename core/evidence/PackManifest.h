#pragma once
// The manifest of an audit sample: one line per pack (number, title, outcome, digest, file name)
// as manifest.json and manifest.csv, each with a detached CMS signature (*.p7s) that `openssl cms
// -verify` checks too. Written by PackBatch on a database and by vigilo-server (pack.manifest) for
// the packs it printed and signed.

#include "Actor.h"
#include "Certificates.h"
#include "Error.h"

#include <QDateTime>
#include <QList>

namespace vigilo {

class PackSigner;
class Vigilo;
struct EvidencePackResult;

struct ManifestEntry {
    QString number;
    QString title;
    QString outcome; // the closure code when closed, else the status ("rolled_back", …)
    QString digest;  // the pack's evidence digest
    QString fileName;
};

// The four files of a signed manifest, by name (manifest.json, manifest.json.p7s, manifest.csv,
// manifest.csv.p7s), in that order.
using ManifestFiles = QList<QPair<QString, QByteArray>>;

namespace manifest {

// The line of the pack `info` just exported: the change's title and outcome as the core has it.
Result<ManifestEntry> entryFor(Vigilo &core, const Actor &actor, const EvidencePackResult &info);
QByteArray json(const Actor &actor, const QDateTime &exportedAt, const CertificateInfo &signer,
                const QList<ManifestEntry> &entries);
QByteArray csv(const QList<ManifestEntry> &entries);
// Both manifests, each signed by `signer`.
Result<ManifestFiles> signedFiles(const Actor &actor, const QDateTime &exportedAt,
                                  const PackSigner &signer, const QList<ManifestEntry> &entries);

} // namespace manifest

} // namespace vigilo
