#include "ServerKeys.h"

#include "SigningKey.h"
#include "Vigilo.h"
#include "WorkspaceTrust.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace vigilo::server {

namespace {

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                             | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                             | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

ServerKeys::ServerKeys(const ServerConfig &config)
    : m_stateDir(config.stateDir)
    , m_passphraseFile(config.signingPassphraseFile)
{}

QString ServerKeys::folder() const
{
    return m_stateDir + QStringLiteral("/keys");
}

QString ServerKeys::keyPath(const QString &slug) const
{
    return KeyStore(folder()).keyPath(slug);
}

QString ServerKeys::certificatePath(const QString &slug) const
{
    return KeyStore(folder()).certificatePath(slug);
}

bool ServerKeys::has(const QString &slug) const
{
    return KeyStore(folder()).has(slug);
}

Status ServerKeys::privateToUs(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::rule(QStringLiteral("signing_key_missing"),
                           tr("%1 does not exist.").arg(path), {{QStringLiteral("path"), path}});
#ifdef Q_OS_UNIX
    if (info.ownerId() != ::getuid())
        return Error::rule(QStringLiteral("signing_key_unprotected"),
                           tr("%1 belongs to another user (uid %2): the server's own user must "
                              "own it (chown it to the user vigilo-server runs as).")
                               .arg(path)
                               .arg(info.ownerId()),
                           {{QStringLiteral("path"), path}});
#endif
    if (info.permissions() & kOthers)
        return Error::rule(
            QStringLiteral("signing_key_unprotected"),
            tr("%1 can be read by other users: the server does not sign with a "
               "key others could copy. Run: chmod %2 %1")
                .arg(path, info.isDir() ? QStringLiteral("700") : QStringLiteral("600")),
            {{QStringLiteral("path"), path}});
    return {};
}

QStringList ServerKeys::problems() const
{
    QStringList out;
    const QDir keys(folder());
    if (!keys.exists())
        return out;
    auto note = [&out](const Status &s) {
        if (!s.ok())
            out << s.error().message;
    };
    note(privateToUs(folder()));
    for (const QString &dir : QStringList{folder(), folder() + QStringLiteral("/retired")})
        for (const QFileInfo &f :
             QDir(dir).entryInfoList({QStringLiteral("*.key")}, QDir::Files | QDir::Hidden))
            note(privateToUs(f.absoluteFilePath()));
    if (!keys.entryList({QStringLiteral("*.key")}, QDir::Files).isEmpty()) {
        if (m_passphraseFile.isEmpty())
            out << tr("%1 holds signing keys but no signing_passphrase_file is set: the server "
                      "cannot unlock them.")
                       .arg(folder());
        else
            note(privateToUs(m_passphraseFile));
    }
    return out;
}

Result<QString> ServerKeys::passphrase() const
{
    if (m_passphraseFile.isEmpty())
        return Error::rule(QStringLiteral("signing_key_missing"),
                           tr("This server has no signing_passphrase_file in its configuration: "
                              "its administrator names a file (mode 600) holding the passphrase "
                              "that protects the workspaces' signing keys."),
                           {{QStringLiteral("key"), QStringLiteral("signing_passphrase_file")}});
    VIGILO_TRY(privateToUs(m_passphraseFile));
    QFile f(m_passphraseFile);
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(tr("Cannot read the signing passphrase file %1: %2")
                                  .arg(m_passphraseFile, f.errorString()),
                              {{QStringLiteral("path"), m_passphraseFile}},
                              QStringLiteral("file_unreadable"));
    const QString pass = QString::fromUtf8(f.readLine()).trimmed();
    VIGILO_TRY(KeyStore::checkPassphrase(pass));
    return pass;
}

Result<std::shared_ptr<SigningKey>> ServerKeys::keyFor(const QString &slug)
{
    if (!has(slug))
        return Error::rule(QStringLiteral("signing_key_missing"),
                           tr("Workspace \"%1\" has no signing key on this server yet: the "
                              "server's administrator creates one with `vigilo-server key create "
                              "--workspace %1` (or imports the organisation's with `vigilo-server "
                              "key import FILE.p12 --workspace %1`).")
                               .arg(slug),
                           {{QStringLiteral("workspace"), slug}});
    // Checked on every use: a key made readable since the last pack signs nothing more.
    VIGILO_TRY(privateToUs(folder()));
    VIGILO_TRY(privateToUs(keyPath(slug)));
    auto pass = passphrase();
    if (!pass)
        return pass.error();
    const QDateTime modified = QFileInfo(keyPath(slug)).lastModified();
    const auto it = m_loaded.constFind(slug);
    if (it != m_loaded.constEnd() && it->modified == modified)
        return it->key;
    auto key = KeyStore(folder()).load(slug, *pass);
    if (!key)
        return key.error();
    std::shared_ptr<SigningKey> shared(std::move(*key));
    m_loaded.insert(slug, {modified, shared});
    return shared;
}

Result<CertificateInfo> ServerKeys::certificate(const QString &slug) const
{
    return KeyStore(folder()).certificate(slug);
}

Result<TrustEntry> ServerKeys::install(Vigilo &core, const Workspace &workspace,
                                       const SigningKey &key, const QString &operatorName,
                                       bool replace)
{
    const QString slug = workspace.slug;
    if (has(slug) && !replace)
        return Error::rule(QStringLiteral("signing_key_exists"),
                           tr("Workspace \"%1\" already has a signing key on this server (%2): "
                              "pass --replace to rotate it; its certificate stays trusted for "
                              "the packs it signed.")
                               .arg(slug, certificatePath(slug)),
                           {{QStringLiteral("workspace"), slug}});
    auto pass = passphrase();
    if (!pass)
        return pass.error();
    if (!QDir().mkpath(folder()))
        return Error::storage(tr("Cannot create the key folder %1.").arg(folder()),
                              {{QStringLiteral("path"), folder()}},
                              QStringLiteral("file_unwritable"));
    QFile::setPermissions(m_stateDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // The certificate first: a key nobody trusts never signs a pack.
    auto entry = WorkspaceTrust(core).publish(workspace, operatorName, key.certificatesPem());
    if (!entry)
        return entry.error();
    if (has(slug)) {
        auto old = certificate(slug);
        const QString retired = folder() + QStringLiteral("/retired");
        const QString stem = QStringLiteral("%1/%2-%3")
                                 .arg(retired, QFileInfo(keyPath(slug)).completeBaseName(),
                                      old ? old->fingerprint.left(16) : QStringLiteral("old"));
        if (!QDir().mkpath(retired)
            || !QFile::setPermissions(retired, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                   | QFileDevice::ExeOwner))
            return Error::storage(tr("Cannot create the folder %1.").arg(retired),
                                  {{QStringLiteral("path"), retired}},
                                  QStringLiteral("file_unwritable"));
        QFile::remove(stem + QStringLiteral(".key"));
        QFile::remove(stem + QStringLiteral(".crt"));
        if (!QFile::copy(keyPath(slug), stem + QStringLiteral(".key"))
            || !QFile::setPermissions(stem + QStringLiteral(".key"),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || !QFile::copy(certificatePath(slug), stem + QStringLiteral(".crt")))
            return Error::storage(tr("Cannot keep the old key in %1.").arg(retired),
                                  {{QStringLiteral("path"), retired}},
                                  QStringLiteral("file_unwritable"));
    }
    VIGILO_TRY(KeyStore(folder()).save(slug, key, *pass));
    m_loaded.remove(slug);
    return entry;
}

} // namespace vigilo::server
