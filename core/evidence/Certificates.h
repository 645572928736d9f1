#pragma once
// X.509 certificates as Vigilo shows and checks them (OpenSSL underneath): what a certificate
// says, detached CMS signatures, and whether a signer's certificate was trusted, unexpired and
// unrevoked on a given date according to a trust list (the workspace's, or an auditor's bundle).

#include "Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace vigilo {

struct CertificateInfo {
    QByteArray der;
    QString fingerprint; // SHA-256 of the DER, lower-case hex without separators
    QString subject;     // one line, RFC 2253
    QString commonName;
    QString issuer;
    QString serial; // hex
    QDateTime notBefore;
    QDateTime notAfter;
    bool selfSigned = false;

    bool isNull() const { return der.isEmpty(); }
    QByteArray pem() const;
    // "AB:CD:…" in pairs: how fingerprints are usually compared by eye.
    QString fingerprintText() const;
    QJsonObject toJson() const;

    static Result<CertificateInfo> fromDer(const QByteArray &der);
    // Every CERTIFICATE block of a PEM text, in order; other blocks are skipped.
    static Result<QList<CertificateInfo>> fromPem(const QByteArray &pem);
    // Accepts "ab:cd:…", "ABCD…" or with spaces; empty when it is not 64 hex digits.
    static QString normalizeFingerprint(const QString &text);
};

// One certificate a workspace (or a bundle) trusts, and its revocation if any.
struct TrustEntry {
    CertificateInfo certificate;
    QDateTime addedAt;
    QString addedBy;
    QDateTime revokedAt; // invalid: not revoked. Signatures made from this time on are refused.
    QString revokedBy;
    QString revokeReason;
    QJsonObject toJson() const;
};

struct TrustList {
    QString source;    // "workspace acme", "bundle FILE"
    QString whenEmpty; // what to do about an empty list (default: pass --trust)
    QList<TrustEntry> entries;
    bool isEmpty() const { return entries.isEmpty(); }
};

// The verdict on a signer's certificate at the time a pack was signed.
struct TrustVerdict {
    enum State { Trusted, NoTrustList, Untrusted, Expired, NotYetValid, Revoked, Invalid };
    State state = Invalid;
    QString message;       // translated, one sentence
    TrustEntry revocation; // when Revoked: the entry that revoked it
    QString anchor;        // fingerprint of the trusted certificate the chain ends at
    bool ok() const { return state == Trusted; }
    static QString stateName(State s);
};

TrustVerdict evaluateTrust(const CertificateInfo &signer,
                           const QList<CertificateInfo> &intermediates, const TrustList &trust,
                           const QDateTime &at);

// A detached CMS SignedData over `content`.
struct CmsCheck {
    bool ok = false; // the signature matches the content and the signer's key
    QString problem; // why not
    CertificateInfo signer;
    QList<CertificateInfo> certificates; // every certificate carried in the CMS
    QDateTime signingTime;               // the signed attribute, when present
};
CmsCheck verifyDetachedCms(const QByteArray &cmsDer, const QByteArray &content);

} // namespace vigilo
