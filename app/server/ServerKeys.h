#pragma once
// The workspaces' signing keys on the team server: one per workspace in <state_dir>/keys
// (<slug>.key, PKCS#8 encrypted with the passphrase in signing_passphrase_file; <slug>.crt), a
// folder and files that only the server's own user may read. A replaced key moves to
// keys/retired/; its certificate stays trusted for the packs it signed.

#include "Certificates.h"
#include "Error.h"
#include "ServerConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <memory>

namespace vigilo {
class SigningKey;
class Vigilo;
struct Workspace;
} // namespace vigilo

namespace vigilo::server {

class ServerKeys final {
    Q_DECLARE_TR_FUNCTIONS(vigilo::server::ServerKeys)

public:
    explicit ServerKeys(const ServerConfig &config);

    QString folder() const;
    QString keyPath(const QString &slug) const;
    QString certificatePath(const QString &slug) const;
    bool has(const QString &slug) const;

    // Everything that would let another user read a key: the folder, every key file (retired
    // ones too) and the passphrase file must belong to this user and give nothing to the group
    // or others. One line per problem.
    QStringList problems() const;

    // The key of workspace `slug`, checked and loaded once (again when its file changes).
    Result<std::shared_ptr<SigningKey>> keyFor(const QString &slug);
    Result<CertificateInfo> certificate(const QString &slug) const;

    // Publishes the certificate of `key` in the workspace's trust list (audited as the
    // operator), retires the workspace's current key when `replace`, and installs `key`.
    Result<TrustEntry> install(Vigilo &core, const Workspace &workspace, const SigningKey &key,
                               const QString &operatorName, bool replace);

private:
    Result<QString> passphrase() const;
    // A file (or folder) only this user can read, or the error that says how to fix it.
    static Status privateToUs(const QString &path);

    QString m_stateDir;
    QString m_passphraseFile;
    struct Loaded {
        QDateTime modified;
        std::shared_ptr<SigningKey> key;
    };
    QHash<QString, Loaded> m_loaded;
};

} // namespace vigilo::server
