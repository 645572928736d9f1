#pragma once
// Who signs a pack. PackSigner is the interface (bytes in, a detached CMS signature out, plus the
// certificate it was made with), so the team server can later sign with the workspace's key
// through the same call. SigningKey is a member's own key on this machine; KeyStore keeps it in
// the user's data folder as passphrase-encrypted PKCS#8, never in the shared database.

#include "Certificates.h"
#include "Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace vigilo {

class PackSigner {
public:
    virtual ~PackSigner() = default;
    // The certificate the signature can be checked with.
    virtual const CertificateInfo &certificate() const = 0;
    // Intermediate certificates to carry in the signature (an organisation's CA chain).
    virtual QList<CertificateInfo> chain() const { return {}; }
    // A detached CMS SignedData (DER) over `content`, SHA-256, with a signing-time attribute.
    virtual Result<QByteArray> sign(const QByteArray &content) const = 0;
};

class SigningKey final : public PackSigner {
public:
    ~SigningKey() override;
    SigningKey(const SigningKey &) = delete;
    SigningKey &operator=(const SigningKey &) = delete;

    // A new ECDSA P-256 key with a self-signed certificate (digital signature, non-repudiation).
    static Result<std::unique_ptr<SigningKey>> generate(const QString &commonName,
                                                        const QString &organization,
                                                        const QDateTime &notBefore,
                                                        const QDateTime &notAfter);
    // A key and certificate from an organisation's PKI (PKCS#12, e.g. .p12/.pfx).
    static Result<std::unique_ptr<SigningKey>> fromPkcs12(const QByteArray &p12,
                                                          const QString &password);
    // What KeyStore wrote: the encrypted PKCS#8 key and the certificates (leaf first).
    static Result<std::unique_ptr<SigningKey>> fromPem(const QByteArray &encryptedKey,
                                                       const QByteArray &certificates,
                                                       const QString &passphrase);

    // PKCS#8, AES-256-CBC with PBKDF2-HMAC-SHA256 (OpenSSL's PEM "ENCRYPTED PRIVATE KEY").
    Result<QByteArray> encryptedKey(const QString &passphrase) const;
    QByteArray certificatesPem() const; // leaf, then the chain

    const CertificateInfo &certificate() const override { return m_info; }
    QList<CertificateInfo> chain() const override { return m_chain; }
    Result<QByteArray> sign(const QByteArray &content) const override;

private:
    struct Impl;
    explicit SigningKey(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
    CertificateInfo m_info;
    QList<CertificateInfo> m_chain;
};

// A member's keys on this machine: <data>/vigilo/keys/<username>.key (mode 0600, encrypted) and
// <username>.crt (their certificate, public). The folder is made 0700.
class KeyStore final {
public:
    explicit KeyStore(const QString &folder = defaultFolder())
        : m_folder(folder)
    {}
    // $XDG_DATA_HOME/vigilo/keys (the per-user data folder, beside the default database).
    static QString defaultFolder();
    QString folder() const { return m_folder; }
    QString keyPath(const QString &username) const;
    QString certificatePath(const QString &username) const;

    bool has(const QString &username) const;
    // Replaces any earlier key of `username` (atomically: the old files stay on failure).
    Status save(const QString &username, const SigningKey &key, const QString &passphrase) const;
    Result<std::unique_ptr<SigningKey>> load(const QString &username,
                                             const QString &passphrase) const;
    // The certificate alone: no passphrase needed.
    Result<CertificateInfo> certificate(const QString &username) const;

    // A passphrase that protects a key: at least 8 characters.
    static Status checkPassphrase(const QString &passphrase);

private:
    QString m_folder;
};

} // namespace vigilo
