#pragma once
// The minutes of a closed CAB meeting as a signed PDF/A-3b document, in the workspace's language
// (or another), signed like evidence packs: the pages are painted from minutes.json, which the
// file embeds as its associated file, with the pack's layout engine, fonts, metadata and
// signature; verification re-renders the pages from the embedded JSON and compares them.

#include "Actor.h"
#include "EvidencePack.h"

#include <QByteArray>
#include <QJsonObject>

namespace vigilo {

class Vigilo;

struct MinutesPdfResult {
    QString path;
    int meeting = 0;
    QString cab;
    QString locale;
    int pages = 0;
    qint64 bytes = 0;
    QString digest; // SHA-256 of the embedded minutes.json (printed on every page)
    CertificateInfo signer;
    QJsonObject toJson() const;
};

class MinutesPdf final {
public:
    explicit MinutesPdf(Vigilo &core)
        : m_core(core)
    {}

    // Prints and signs the minutes of closed meeting `number` (meeting_not_closed before). Needs
    // a QGuiApplication; any member may export them.
    Result<QByteArray> exportBytes(const Actor &actor, int number, const PackExport &options,
                                   MinutesPdfResult *info = nullptr);
    Result<MinutesPdfResult> exportPdf(const Actor &actor, int number, const QString &path,
                                       const PackExport &options);

    // The unsigned pages of an embedded minutes document.
    static Result<QByteArray> renderPages(const QJsonObject &doc, int *pages = nullptr);
    // Whether `bytes` is a PDF carrying minutes.json as its associated file.
    static bool isMinutes(const QByteArray &bytes);
    // No database: the signature, the certificate against `trust`, the embedded minutes against
    // the printed digest, and the pages against the minutes.
    static Result<PackVerification>
    verifyOfflineBytes(const QByteArray &bytes, const TrustList &trust, const QString &path = {});
    // With the database (verify-pack, the server's pack.verify): everything verifyOfflineBytes
    // checks, against the workspace's trust list `trust`, and the embedded minutes against the
    // minutes stored with the meeting.
    Result<PackVerification> verify(const Actor &actor, const QByteArray &bytes,
                                    const TrustList &trust, const QString &path = {}) const;

private:
    Vigilo &m_core;
};

} // namespace vigilo
