#include "SigningKey.h"

#include "InputRules.h"
#include "Tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace vigilo {

namespace {

template <typename T, void (*F)(T *)> struct Deleter {
    void operator()(T *p) const { F(p); }
};
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using P12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12, PKCS12_free>>;
using CtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;

QString opensslError()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (e == 0)
        return QStringLiteral("unknown error");
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(len));
}

QByteArray derOf(X509 *x)
{
    const int len = i2d_X509(x, nullptr);
    QByteArray der(len > 0 ? len : 0, '\0');
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    if (len > 0)
        i2d_X509(x, &p);
    return der;
}

X509Ptr fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, long(der.size())));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Error keyError(const QString &message, const QString &code = QStringLiteral("key_invalid"))
{
    return Error::input(message, {}, code);
}

} // namespace

struct SigningKey::Impl {
    KeyPtr key;
    X509Ptr cert;
};

SigningKey::SigningKey(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{
    auto info = CertificateInfo::fromDer(derOf(d->cert.get()));
    if (info)
        m_info = *info;
}

SigningKey::~SigningKey() = default;

Result<std::unique_ptr<SigningKey>> SigningKey::generate(const QString &commonName,
                                                         const QString &organization,
                                                         const QDateTime &notBefore,
                                                         const QDateTime &notAfter)
{
    if (commonName.trimmed().isEmpty())
        return keyError(CoreText::tr("A signing key needs a name for its certificate."),
                        QStringLiteral("invalid_input"));
    VIGILO_TRY(input::checkTexts(
        {{QStringLiteral("name"), commonName, input::kMaxName, input::Lines::Single},
         {QStringLiteral("organization"), organization, input::kMaxName, input::Lines::Single}}));
    if (!notBefore.isValid() || !notAfter.isValid() || notAfter <= notBefore)
        return keyError(CoreText::tr("The certificate's validity must end after it starts."),
                        QStringLiteral("invalid_input"));
    auto impl = std::make_unique<Impl>();
    EVP_PKEY *raw = EVP_EC_gen("P-256");
    if (!raw)
        return Error::storage(CoreText::tr("Cannot create a key: %1").arg(opensslError()));
    impl->key.reset(raw);
    impl->cert.reset(X509_new());
    X509 *x = impl->cert.get();
    X509_set_version(x, 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x));
    BN_free(bn);
    ASN1_TIME_set(X509_getm_notBefore(x), time_t(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(x), time_t(notAfter.toSecsSinceEpoch()));
    X509_NAME *name = X509_get_subject_name(x);
    const QByteArray cn = commonName.trimmed().toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    if (!organization.trimmed().isEmpty()) {
        const QByteArray o = organization.trimmed().toUtf8();
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(o.constData()), -1, -1,
                                   0);
    }
    X509_set_issuer_name(x, name);
    X509_set_pubkey(x, impl->key.get());
    const bool ext = addExtension(x, NID_basic_constraints, "critical,CA:FALSE")
                     && addExtension(x, NID_key_usage, "critical,digitalSignature,nonRepudiation")
                     && addExtension(x, NID_subject_key_identifier, "hash");
    if (!ext || X509_sign(x, impl->key.get(), EVP_sha256()) <= 0)
        return Error::storage(CoreText::tr("Cannot create a certificate: %1").arg(opensslError()));
    return std::unique_ptr<SigningKey>(new SigningKey(std::move(impl)));
}

Result<std::unique_ptr<SigningKey>> SigningKey::fromPkcs12(const QByteArray &p12Bytes,
                                                           const QString &password)
{
    BioPtr bio(BIO_new_mem_buf(p12Bytes.constData(), int(p12Bytes.size())));
    P12Ptr p12(d2i_PKCS12_bio(bio.get(), nullptr));
    if (!p12)
        return keyError(CoreText::tr("This is not a PKCS#12 file (.p12 or .pfx)."));
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *ca = nullptr;
    const QByteArray pass = password.toUtf8();
    if (PKCS12_parse(p12.get(), pass.constData(), &key, &cert, &ca) != 1) {
        ERR_clear_error();
        return Error::input(CoreText::tr("The PKCS#12 file cannot be opened with this password."),
                            {}, QStringLiteral("wrong_passphrase"));
    }
    auto impl = std::make_unique<Impl>();
    impl->key.reset(key);
    impl->cert.reset(cert);
    if (!key || !cert) {
        sk_X509_pop_free(ca, X509_free);
        return keyError(
            CoreText::tr("The PKCS#12 file holds no private key with its certificate."));
    }
    if (X509_check_private_key(cert, key) != 1) {
        sk_X509_pop_free(ca, X509_free);
        return keyError(CoreText::tr("The PKCS#12 file's key does not belong to its certificate."));
    }
    auto out = std::unique_ptr<SigningKey>(new SigningKey(std::move(impl)));
    for (int i = 0; ca && i < sk_X509_num(ca); ++i)
        if (auto info = CertificateInfo::fromDer(derOf(sk_X509_value(ca, i))))
            out->m_chain << *info;
    sk_X509_pop_free(ca, X509_free);
    return out;
}

Result<std::unique_ptr<SigningKey>> SigningKey::fromPem(const QByteArray &encryptedKey,
                                                        const QByteArray &certificates,
                                                        const QString &passphrase)
{
    auto certs = CertificateInfo::fromPem(certificates);
    if (!certs)
        return certs.error();
    BioPtr bio(BIO_new_mem_buf(encryptedKey.constData(), int(encryptedKey.size())));
    QByteArray pass = passphrase.toUtf8();
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, pass.data());
    if (!key) {
        ERR_clear_error();
        return Error::input(CoreText::tr("Wrong passphrase for the signing key."), {},
                            QStringLiteral("wrong_passphrase"));
    }
    auto impl = std::make_unique<Impl>();
    impl->key.reset(key);
    impl->cert = fromDer(certs->first().der);
    if (!impl->cert || X509_check_private_key(impl->cert.get(), key) != 1) {
        ERR_clear_error();
        return keyError(CoreText::tr("The signing key does not belong to its certificate."));
    }
    auto out = std::unique_ptr<SigningKey>(new SigningKey(std::move(impl)));
    out->m_chain = certs->mid(1);
    return out;
}

Result<QByteArray> SigningKey::encryptedKey(const QString &passphrase) const
{
    // PBES2 with scrypt (N = 2^14, r = 8, p = 1: 16 MiB and some 50 ms per try; OpenSSL reads
    // up to its 32 MiB default)
    // and AES-256-CBC: a copied key file resists guessing.
    X509_ALGOR *pbe = PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, 0, nullptr, 1 << 14, 8, 1);
    PKCS8_PRIV_KEY_INFO *info = EVP_PKEY2PKCS8(d->key.get());
    const QByteArray pass = passphrase.toUtf8();
    X509_SIG *p8 =
        pbe && info ? PKCS8_set0_pbe(pass.constData(), int(pass.size()), info, pbe) : nullptr;
    PKCS8_PRIV_KEY_INFO_free(info);
    if (!p8) {
        X509_ALGOR_free(pbe);
        return Error::storage(CoreText::tr("Cannot encrypt the key: %1").arg(opensslError()));
    }
    BioPtr bio(BIO_new(BIO_s_mem()));
    const bool written = PEM_write_bio_PKCS8(bio.get(), p8) == 1;
    X509_SIG_free(p8);
    if (!written)
        return Error::storage(CoreText::tr("Cannot encrypt the key: %1").arg(opensslError()));
    return bioBytes(bio.get());
}

QByteArray SigningKey::certificatesPem() const
{
    QByteArray out = m_info.pem();
    for (const CertificateInfo &c : m_chain)
        out += c.pem();
    return out;
}

Result<QByteArray> SigningKey::sign(const QByteArray &content) const
{
    BioPtr data(BIO_new_mem_buf(content.constData(), int(content.size())));
    STACK_OF(X509) *chain = sk_X509_new_null();
    for (const CertificateInfo &c : m_chain)
        if (X509 *x = fromDer(c.der).release())
            sk_X509_push(chain, x);
    CmsPtr cms(CMS_sign(d->cert.get(), d->key.get(), chain, data.get(),
                        CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP));
    sk_X509_pop_free(chain, X509_free);
    if (!cms)
        return Error::storage(CoreText::tr("Cannot sign: %1").arg(opensslError()), {},
                              QStringLiteral("signing_failed"));
    const int len = i2d_CMS_ContentInfo(cms.get(), nullptr);
    QByteArray der(len > 0 ? len : 0, '\0');
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    if (len <= 0 || i2d_CMS_ContentInfo(cms.get(), &p) != len)
        return Error::storage(CoreText::tr("Cannot sign: %1").arg(opensslError()), {},
                              QStringLiteral("signing_failed"));
    return der;
}

QString KeyStore::defaultFolder()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/vigilo/keys");
}

namespace {
// Usernames are identifiers, but a file name must never leave the folder.
QString fileStem(const QString &username)
{
    QString s = username;
    s.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._@-]")), QStringLiteral("_"));
    if (s.startsWith(QLatin1Char('.')))
        s.prepend(QLatin1Char('_'));
    return s;
}
} // namespace

QString KeyStore::keyPath(const QString &username) const
{
    return m_folder + QLatin1Char('/') + fileStem(username) + QStringLiteral(".key");
}

QString KeyStore::certificatePath(const QString &username) const
{
    return m_folder + QLatin1Char('/') + fileStem(username) + QStringLiteral(".crt");
}

bool KeyStore::has(const QString &username) const
{
    return QFileInfo::exists(keyPath(username)) && QFileInfo::exists(certificatePath(username));
}

Status KeyStore::checkPassphrase(const QString &passphrase)
{
    if (passphrase.size() < 8)
        return Error::input(CoreText::tr("The passphrase must have at least 8 characters."),
                            {{QStringLiteral("field"), QStringLiteral("passphrase")}},
                            QStringLiteral("invalid_passphrase"));
    return {};
}

Status KeyStore::save(const QString &username, const SigningKey &key,
                      const QString &passphrase) const
{
    VIGILO_TRY(checkPassphrase(passphrase));
    auto encrypted = key.encryptedKey(passphrase);
    if (!encrypted)
        return encrypted.error();
    if (!QDir().mkpath(m_folder))
        return Error::storage(CoreText::tr("Cannot create the key folder %1.").arg(m_folder),
                              {{QStringLiteral("path"), m_folder}},
                              QStringLiteral("file_unwritable"));
    QFile::setPermissions(m_folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QList<QPair<QString, QByteArray>> files = {
        {keyPath(username), *encrypted}, {certificatePath(username), key.certificatesPem()}};
    for (const auto &[path, bytes] : files) {
        QSaveFile f(path); // unbuffered: see AtomicFile.h
        if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return Error::storage(CoreText::tr("Cannot write %1: %2").arg(path, f.errorString()),
                                  {{QStringLiteral("path"), path}},
                                  QStringLiteral("file_unwritable"));
        // The key is readable by its owner only, before a byte of it is written.
        f.setPermissions(path == keyPath(username)
                             ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
                             : QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                   | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        if (f.write(bytes) != bytes.size() || !f.commit())
            return Error::storage(CoreText::tr("Cannot write %1: %2").arg(path, f.errorString()),
                                  {{QStringLiteral("path"), path}},
                                  QStringLiteral("file_unwritable"));
    }
    return {};
}

Result<std::unique_ptr<SigningKey>> KeyStore::load(const QString &username,
                                                   const QString &passphrase) const
{
    if (!has(username))
        return Error::rule(
            QStringLiteral("signing_key_missing"),
            CoreText::tr("%1 has no signing key on this computer: create one with "
                         "\"vigilo-cli key create\" or import your organisation's with "
                         "\"vigilo-cli key import FILE.p12\".")
                .arg(username),
            {{QStringLiteral("user"), username}, {QStringLiteral("folder"), m_folder}});
    QFile k(keyPath(username));
    QFile c(certificatePath(username));
    if (!k.open(QIODevice::ReadOnly) || !c.open(QIODevice::ReadOnly))
        return Error::storage(CoreText::tr("Cannot read the signing key in %1.").arg(m_folder),
                              {{QStringLiteral("path"), m_folder}},
                              QStringLiteral("file_unreadable"));
    return SigningKey::fromPem(k.readAll(), c.readAll(), passphrase);
}

Result<CertificateInfo> KeyStore::certificate(const QString &username) const
{
    QFile c(certificatePath(username));
    if (!c.open(QIODevice::ReadOnly))
        return Error::rule(QStringLiteral("signing_key_missing"),
                           CoreText::tr("%1 has no signing key on this computer.").arg(username),
                           {{QStringLiteral("user"), username}});
    auto certs = CertificateInfo::fromPem(c.readAll());
    if (!certs)
        return certs.error();
    return certs->first();
}

} // namespace vigilo
