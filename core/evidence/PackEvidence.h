#pragma once
// The evidence a pack embeds (evidence.json) and renders its pages from: the change, its approval
// steps and decisions, tasks, risk answers, comments, attachment digests and its audit events with
// their hashes, plus what the pages print around them (names, the signer, when and by whom it was
// exported). The digest printed on every page is the SHA-256 of exactly these bytes, and the pages
// are painted from PackData parsed back from them, so print and evidence cannot diverge.

#include "Certificates.h"
#include "Entities.h"
#include "Error.h"
#include "Impact.h"
#include "RiskAssessment.h"

#include <QHash>
#include <QJsonObject>

namespace vigilo {

// Something an auditor looks at first, listed on the cover.
struct PackException {
    enum Kind { Emergency, FreezeOverride, OutsideWindow, RiskOverride, Reopened, RolledBack };
    Kind kind = Emergency;
    QDateTime at;
    QString actor;
    QString detail;  // the justification, reason or comment as recorded
    QString subject; // the freeze window(s), the risk levels, the window: what was overridden
};

// Everything a pack shows, parsed from the evidence JSON.
struct PackData {
    QString format;
    Workspace workspace;
    ChangeRequest change;
    QList<ApprovalStep> steps;
    QList<ChangeTask> tasks;
    RiskProfile risk;
    QList<Comment> comments;
    QList<Attachment> attachments;
    QList<AuditEvent> events;      // of this change, up to auditSeq
    QHash<QString, QString> names; // username -> display name
    QString exportedBy;            // username
    QDateTime generatedAt;         // UTC
    QString locale;
    qint64 auditSeq = 0;
    QString headHash; // the workspace's chain head at auditSeq
    CertificateInfo signer;
    QString generator;
    int layout = 0;
    QList<PackException> exceptions;
    // What the change affected through the asset relationships at export (absent in packs made
    // before issue 16: their pages have no Impact section).
    std::optional<ImpactReport> impact;
    QString digest; // SHA-256 of the JSON bytes (not part of the JSON)
};

// What the pack's history chain says on its own (no database).
struct ChainCheck {
    bool ok = false;
    int events = 0;
    int linked = 0; // consecutive pairs whose link was checked
    QString message;
};

namespace evidence {

// The JSON format and the page layout it is rendered with. Bump kLayout whenever what the pages
// print for the same JSON changes (layout, pack strings, their translations): verification
// re-renders the pages and compares them with the file's.
QString format();
constexpr int kLayout = 1;
QString fileName(); // "evidence.json"

// The part the database can recompute: the change's records and its history up to `throughSeq`.
struct Source {
    Workspace workspace;
    ChangeRequest change;
    QList<ApprovalStep> steps;
    QList<ChangeTask> tasks;
    RiskProfile risk;
    QList<Comment> comments;
    QList<Attachment> attachments;
    QList<AuditEvent> events; // every event of the change, all seqs
    qint64 workspaceSeq = 0;
    QString workspaceHead;
    // Printed around the records (the relationships may change later; not recomputed on verify).
    ImpactReport impact;
};
QJsonObject records(const Source &s, qint64 throughSeq);

// What the pages print around the records.
struct Context {
    QHash<QString, QString> names;
    QString exportedBy;
    QDateTime generatedAt;
    QString locale;
    CertificateInfo signer;
};
QJsonObject document(const Source &s, const Context &c);

QByteArray bytesOf(const QJsonObject &doc); // compact, keys sorted
QString digestOf(const QByteArray &bytes);  // SHA-256 hex

Result<PackData> parse(const QByteArray &bytes);
ChainCheck checkChain(const PackData &data);
// The JSON of one history event as the pack records it ("at" with milliseconds, as hashed).
QJsonObject eventJson(const AuditEvent &e);

} // namespace evidence
} // namespace vigilo
