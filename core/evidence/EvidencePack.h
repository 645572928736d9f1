#pragma once
// Evidence packs: one change, from intent to outcome, as a sealed PDF/A-1b document for
// auditors, and the check that a pack still matches the immutable history.

#include "Actor.h"
#include "Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace vigilo {

class Vigilo;

struct EvidencePackResult {
    QString path;
    QString number; // "CHG-00042"
    QString locale; // the locale the pack was printed in, e.g. "de_DE"
    int pages = 0;
    qint64 bytes = 0;
    qint64 auditSeq = 0;   // the workspace audit seq the pack covers
    int events = 0;        // audit events of the change shown
    QString digest;        // SHA-256 of the canonical evidence JSON (shown on every page)
    QString historyDigest; // SHA-256 of the change's history up to auditSeq
    QString seal;          // SHA-256 of the file with the seal zeroed
    QJsonObject toJson() const;
};

// One check of verify(): "seal", "evidence", "audit_chain" (plus "workspace" when it fails).
struct PackCheck {
    QString name;
    bool ok = false;
    QString message;
    QJsonObject toJson() const;
};

struct PackVerification {
    bool ok = false;
    QString path;
    QString workspace;
    QString number;
    qint64 auditSeq = 0;
    QString recordedDigest;
    QString currentDigest;
    int laterEvents = 0; // events of the change recorded after the export
    QList<PackCheck> checks;
    QJsonObject toJson() const;
};

// What a pack records about itself in its XMP metadata.
struct PackStamp {
    QString workspace;
    int number = 0;
    qint64 auditSeq = 0;
    QString locale;
    QString digest;
    QString historyDigest;
    QString seal;
};

class EvidencePack final {
public:
    explicit EvidencePack(Vigilo &core)
        : m_core(core)
    {}

    // Prints the pack of change `number` to `path` in `locale` (default: the workspace's).
    // Needs a QGuiApplication (QPdfWriter); any role that can read the change may export it.
    Result<EvidencePackResult> exportPdf(const Actor &actor, int number, const QString &path,
                                         const QString &locale = {});

    // The canonical evidence: the change's current records ("snapshot") and its audit events
    // up to `throughSeq` ("history"; 0: the workspace's current audit seq).
    Result<QJsonObject> evidence(const Actor &actor, int number, qint64 throughSeq = 0) const;
    // SHA-256 (hex) of the compact JSON (QJsonObject keys are sorted, so it is canonical).
    static QString digestOf(const QJsonObject &evidence);
    // The digest of the history part alone (what later events cannot change).
    static QString historyDigestOf(const QJsonObject &evidence);

    // (1) the file's seal, (2) the evidence recomputed from the database as of the pack's
    // audit seq, (3) the workspace's hash chain. ok only when every check passes.
    Result<PackVerification> verify(const Actor &actor, const QString &pdfPath) const;

    // Reads the stamp of a pack (no database); refuses a file that is not a Vigilo pack.
    static Result<PackStamp> readStamp(const QString &pdfPath);

private:
    Vigilo &m_core;
};

} // namespace vigilo
