#pragma once
// The certificates a workspace trusts to sign its evidence packs. Admins and owners add and revoke
// them (audited: trust.add, trust.revoke); every member reads the list; the trust bundle is what
// an auditor takes away to verify packs offline (the certificates, their revocations and a
// digest of the whole list).

#include "Actor.h"
#include "Certificates.h"
#include "Error.h"

namespace vigilo {

class Vigilo;

class WorkspaceTrust final {
public:
    explicit WorkspaceTrust(Vigilo &core)
        : m_core(core)
    {}

    // The first certificate of `pem` (a member's .crt, an organisation's CA).
    Result<TrustEntry> add(const Actor &actor, const QByteArray &pem);
    // From `since` on (default: now) signatures made with it are refused. A revocation is final.
    Result<TrustEntry> revoke(const Actor &actor, const QString &fingerprint, const QString &reason,
                              const QDateTime &since = {});
    Result<TrustList> list(const Actor &actor) const;

    // The bundle for auditors: a PEM text with a readable header, the machine-readable list
    // (certificates, revocations) as a "VIGILO TRUST LIST" block, and every certificate.
    Result<QByteArray> bundle(const Actor &actor) const;
    // Reads a bundle, or any PEM file of certificates (then nothing is revoked).
    static Result<TrustList> readBundle(const QByteArray &pem, const QString &source);
    // The digest an admin reads out to an auditor: SHA-256 of the list block's JSON.
    static QString bundleDigest(const QByteArray &bundle);

private:
    Vigilo &m_core;
};

} // namespace vigilo
