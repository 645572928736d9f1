#pragma once
// Evidence packs: one change, from intent to outcome, as a signed PDF/A-3b document that embeds the
// evidence it was printed from (evidence.json), and the checks that a pack is what it says, with
// the database or on an auditor's laptop without it.

#include "Actor.h"
#include "Certificates.h"
#include "Error.h"
#include "PackEvidence.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace vigilo {

class Vigilo;
class PackSigner;

struct EvidencePackResult {
    QString path;
    QString number; // "CHG-00042"
    QString locale; // the locale the pack was printed in, e.g. "de_DE"
    int pages = 0;
    qint64 bytes = 0;
    qint64 auditSeq = 0; // the workspace audit seq the pack covers
    QString headHash;    // the workspace's chain head at auditSeq (signed with the pack)
    int events = 0;      // audit events of the change shown
    QString digest;      // SHA-256 of the embedded evidence JSON (printed on every page)
    CertificateInfo signer;
    QJsonObject toJson() const;
};

// One line of verification: "signature", "certificate", "evidence", "pages", "chain" (offline);
// with the database also "history" and "audit_chain" ("workspace" when it is another one).
struct PackCheck {
    QString name;
    bool ok = false;
    QString message;
    QJsonObject toJson() const;
};

struct PackVerification {
    bool ok = false;
    bool offline = true;
    QString path;
    QString workspace;
    QString number;
    qint64 auditSeq = 0;
    QString recordedDigest; // what the pack prints (and its metadata says)
    QString embeddedDigest; // SHA-256 of the embedded evidence.json
    int laterEvents = 0;    // with the database: events of the change recorded after the export
    CertificateInfo signer;
    QString trust; // TrustVerdict::stateName
    QList<PackCheck> checks;
    bool hasData = false;
    PackData data; // the embedded evidence, parsed (for viewers)
    // True when every check but the certificate's passed.
    bool onlyTrustFailed() const;
    QJsonObject toJson() const;
};

// What a pack records about itself in its XMP metadata.
struct PackStamp {
    QString workspace;
    int number = 0;
    qint64 auditSeq = 0;
    QString locale;
    QString digest;
};

struct PackExport {
    QString locale;                     // default: the workspace's
    const PackSigner *signer = nullptr; // required: every pack is signed
};

class EvidencePack final {
public:
    explicit EvidencePack(Vigilo &core)
        : m_core(core)
    {}

    // Prints and signs the pack of change `number` and writes it to `path` (atomically). Needs a
    // QGuiApplication (QPdfWriter); any role that can read the change may export it.
    Result<EvidencePackResult> exportPdf(const Actor &actor, int number, const QString &path,
                                         const PackExport &options);
    // The same, in memory.
    Result<QByteArray> exportBytes(const Actor &actor, int number, const PackExport &options,
                                   EvidencePackResult *info = nullptr);

    // The records part of the evidence as the database has it now: the change's records and its
    // audit events up to `throughSeq` (0: the workspace's current audit seq).
    Result<QJsonObject> evidence(const Actor &actor, int number, qint64 throughSeq = 0) const;

    // Everything verifyOffline() checks, against the workspace's trust list, plus the records
    // and the workspace's hash chain compared with the database.
    Result<PackVerification> verify(const Actor &actor, const QString &pdfPath) const;
    // No database: the signature, the certificate against `trust`, the embedded evidence against
    // the printed digest, the pages against the evidence, and the history's own chain.
    static Result<PackVerification> verifyOffline(const QString &pdfPath, const TrustList &trust);
    static Result<PackVerification>
    verifyOfflineBytes(const QByteArray &bytes, const TrustList &trust, const QString &path = {});

    // Reads the stamp of a pack (no database); refuses a file that is not a Vigilo pack.
    static Result<PackStamp> readStamp(const QString &pdfPath);

    // The unsigned PDF of `data`'s pages: what export signs and what verification re-renders.
    static Result<QByteArray> renderPages(const PackData &data, int *pages = nullptr);
    // Each page's text as QtPdf extracts it, whitespace removed: what a reader sees.
    static Result<QStringList> pageTexts(const QByteArray &pdf);

private:
    Vigilo &m_core;
};

} // namespace vigilo
