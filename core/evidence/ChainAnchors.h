#pragma once
// Anchors the history cannot outrun. The audit chain is unkeyed: whoever can rewrite the rows can
// recompute every hash after an edit, or cut the tail and fix the head. An anchor is the chain
// head (seq, hash) signed by a member's key at a moment (each evidence pack signs the head it
// covers; `audit anchor` signs the current one) and kept outside the rewritable rows: in an
// append-only log in the member's own data folder, in a file to publish, inside every pack.
// `audit verify` then reports any history that no longer holds an anchor it has seen.
//
// With the team server: the server will sign the head every N events and at least daily with the
// workspace's key, through the same PackSigner interface, and publish the anchor to an
// AnchorSink (its log, a webhook event `audit.anchor`); signHead() is the call to make.

#include "Actor.h"
#include "AuditLog.h"
#include "Certificates.h"
#include "Error.h"

#include <QJsonObject>

namespace vigilo {

class PackSigner;
class Store;
class Vigilo;

struct ChainAnchor {
    QString database;  // where it was taken (see databaseKey); empty in a published file
    QString workspace; // slug
    qint64 seq = 0;
    QString hash;
    QDateTime signedAt;
    QString source; // "pack CHG-00012", "audit anchor"
    CertificateInfo signer;
    QJsonObject toJson() const;
    static ChainAnchor fromJson(const QJsonObject &o);
};

// Where anchors go once signed. The log below is one; the team server will add its own.
class AnchorSink {
public:
    virtual ~AnchorSink() = default;
    virtual Status publish(const ChainAnchor &anchor, const QByteArray &signedRecord) = 0;
};

namespace anchors {

// The same database under every login and spelling: a SQLite file's canonical path, a server's
// postgresql://host:port/database without the user.
QString databaseKey(const Store &store);

// The workspace's head now (no signature yet).
Result<ChainAnchor> currentHead(Vigilo &core, const Actor &actor);
// One signed record: {"anchor": {...}, "signature": base64 CMS over the anchor's compact JSON}.
Result<QByteArray> sign(const ChainAnchor &anchor, const PackSigner &signer);
// Reads a signed record and checks its signature; the signer is filled in from it.
Result<ChainAnchor> verifyRecord(const QByteArray &record);
// Signs the head and publishes it: what each export does, and the server's periodic hook.
Result<ChainAnchor> signHead(Vigilo &core, const Actor &actor, const PackSigner &signer,
                             const QString &source, AnchorSink &sink);

// The anchor a pack carries: its chain head, valid only with the pack's signature intact.
Result<ChainAnchor> fromPack(const QString &pdfPath);

// Whether the workspace's history still holds every anchor: the event at each anchor's seq exists
// and has the anchored hash. One query for all of them.
Result<QList<AuditProblem>> check(Vigilo &core, const Actor &actor,
                                  const QList<ChainAnchor> &anchors);

} // namespace anchors

// The member's own append-only anchor log: one signed JSON record per line, in
// <data>/vigilo/anchors.jsonl (mode 0600).
class AnchorLog final : public AnchorSink {
public:
    explicit AnchorLog(const QString &path = defaultPath())
        : m_path(path)
    {}
    static QString defaultPath();
    QString path() const { return m_path; }
    Status publish(const ChainAnchor &anchor, const QByteArray &signedRecord) override;

    struct Contents {
        QList<ChainAnchor> anchors; // for the database and workspace asked, signatures checked
        QStringList damaged;        // lines whose signature does not check out
    };
    Contents read(const QString &database, const QString &workspace) const;

private:
    QString m_path;
};

} // namespace vigilo
