#include "Certificates.h"

#include "Entities.h"
#include "Tr.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>

namespace vigilo {

namespace {

template <typename T, void (*F)(T *)> struct Deleter {
    void operator()(T *p) const { F(p); }
};
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;

void freeStack(STACK_OF(X509) * s)
{
    sk_X509_pop_free(s, X509_free);
}
using StackPtr = std::unique_ptr<STACK_OF(X509), Deleter<STACK_OF(X509), freeStack>>;

QString opensslError()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (e == 0)
        return {};
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

QDateTime asn1Time(const ASN1_TIME *t)
{
    struct tm tm {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString nameText(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, int(len));
}

QString commonNameOf(const X509_NAME *name)
{
    const int at = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (at < 0)
        return {};
    const ASN1_STRING *s = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, at));
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, s);
    if (len < 0)
        return {};
    const QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return out;
}

X509Ptr parseDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, long(der.size())));
}

CertificateInfo infoOf(X509 *x)
{
    CertificateInfo c;
    const int len = i2d_X509(x, nullptr);
    if (len <= 0)
        return c;
    c.der.resize(len);
    auto *p = reinterpret_cast<unsigned char *>(c.der.data());
    i2d_X509(x, &p);
    c.fingerprint =
        QString::fromLatin1(QCryptographicHash::hash(c.der, QCryptographicHash::Sha256).toHex());
    c.subject = nameText(X509_get_subject_name(x));
    c.commonName = commonNameOf(X509_get_subject_name(x));
    c.issuer = nameText(X509_get_issuer_name(x));
    const ASN1_INTEGER *serial = X509_get0_serialNumber(x);
    if (BIGNUM *bn = ASN1_INTEGER_to_BN(serial, nullptr)) {
        char *hex = BN_bn2hex(bn);
        c.serial = QString::fromLatin1(hex).toLower();
        OPENSSL_free(hex);
        BN_free(bn);
    }
    c.notBefore = asn1Time(X509_get0_notBefore(x));
    c.notAfter = asn1Time(X509_get0_notAfter(x));
    c.selfSigned = X509_check_issued(x, x) == X509_V_OK;
    return c;
}

QString longDate(const QDateTime &t)
{
    // Unambiguous everywhere: ISO 8601 in UTC.
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

QByteArray CertificateInfo::pem() const
{
    QByteArray out = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    return out + "-----END CERTIFICATE-----\n";
}

QString CertificateInfo::fingerprintText() const
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < fingerprint.size(); i += 2)
        pairs << fingerprint.mid(i, 2).toUpper();
    return pairs.join(QLatin1Char(':'));
}

QJsonObject CertificateInfo::toJson() const
{
    return {{QStringLiteral("fingerprint"), fingerprint},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("common_name"), commonName},
            {QStringLiteral("issuer"), issuer},
            {QStringLiteral("serial"), serial},
            {QStringLiteral("not_before"), jsonTime(notBefore)},
            {QStringLiteral("not_after"), jsonTime(notAfter)},
            {QStringLiteral("self_signed"), selfSigned}};
}

Result<CertificateInfo> CertificateInfo::fromDer(const QByteArray &der)
{
    X509Ptr x = parseDer(der);
    if (!x)
        return Error::input(
            CoreText::tr("This is not an X.509 certificate: %1").arg(opensslError()), {},
            QStringLiteral("invalid_certificate"));
    return infoOf(x.get());
}

Result<QList<CertificateInfo>> CertificateInfo::fromPem(const QByteArray &pem)
{
    QList<CertificateInfo> out;
    static const QRegularExpression block(
        QStringLiteral("-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+)-----END CERTIFICATE-----"));
    for (auto it = block.globalMatch(QString::fromLatin1(pem)); it.hasNext();) {
        const QByteArray der = QByteArray::fromBase64(
            it.next().captured(1).remove(QRegularExpression(QStringLiteral("\\s"))).toLatin1());
        auto info = fromDer(der);
        if (!info)
            return info.error();
        out << *info;
    }
    if (out.isEmpty())
        return Error::input(
            CoreText::tr("No certificate found: expected a PEM file with a \"BEGIN CERTIFICATE\" "
                         "block."),
            {}, QStringLiteral("invalid_certificate"));
    return out;
}

QString CertificateInfo::normalizeFingerprint(const QString &text)
{
    QString hex = text.toLower();
    hex.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    if (hex.startsWith(QLatin1String("sha256:")))
        hex = hex.mid(7);
    static const QRegularExpression full(QStringLiteral("^[0-9a-f]{64}$"));
    return full.match(hex).hasMatch() ? hex : QString();
}

QJsonObject TrustEntry::toJson() const
{
    QJsonObject o = certificate.toJson();
    o.insert(QStringLiteral("added_at"), jsonTime(addedAt));
    o.insert(QStringLiteral("added_by"), addedBy);
    o.insert(QStringLiteral("revoked_at"), jsonTime(revokedAt));
    o.insert(QStringLiteral("revoked_by"), revokedBy.isEmpty() ? QJsonValue() : revokedBy);
    o.insert(QStringLiteral("revoke_reason"), revokeReason.isEmpty() ? QJsonValue() : revokeReason);
    return o;
}

QString TrustVerdict::stateName(State s)
{
    switch (s) {
    case Trusted: return QStringLiteral("trusted");
    case NoTrustList: return QStringLiteral("no_trust_list");
    case Untrusted: return QStringLiteral("untrusted");
    case Expired: return QStringLiteral("expired");
    case NotYetValid: return QStringLiteral("not_yet_valid");
    case Revoked: return QStringLiteral("revoked");
    case Invalid: return QStringLiteral("invalid");
    }
    return QStringLiteral("invalid");
}

TrustVerdict evaluateTrust(const CertificateInfo &signer,
                           const QList<CertificateInfo> &intermediates, const TrustList &trust,
                           const QDateTime &at)
{
    TrustVerdict v;
    X509Ptr leaf = parseDer(signer.der);
    if (!leaf) {
        v.message = CoreText::tr("The signer's certificate cannot be read.");
        return v;
    }
    // Validity on the signing date first: it holds whatever the trust list says.
    if (at.isValid() && signer.notAfter.isValid() && at > signer.notAfter) {
        v.state = TrustVerdict::Expired;
        v.message = CoreText::tr("The certificate had expired on %1, before the pack was signed "
                                 "on %2.")
                        .arg(longDate(signer.notAfter), longDate(at));
        return v;
    }
    if (at.isValid() && signer.notBefore.isValid() && at < signer.notBefore) {
        v.state = TrustVerdict::NotYetValid;
        v.message = CoreText::tr("The certificate was not valid yet when the pack was signed on "
                                 "%1 (valid from %2).")
                        .arg(longDate(at), longDate(signer.notBefore));
        return v;
    }
    if (trust.isEmpty()) {
        v.state = TrustVerdict::NoTrustList;
        v.message = !trust.whenEmpty.isEmpty()
                        ? trust.whenEmpty
                        : CoreText::tr("No trust list to check the certificate against: pass "
                                       "the workspace's trust bundle with --trust CERTS.pem.");
        return v;
    }

    StorePtr store(X509_STORE_new());
    for (const TrustEntry &e : trust.entries)
        if (X509Ptr x = parseDer(e.certificate.der))
            X509_STORE_add_cert(store.get(), x.get());
    StackPtr untrusted(sk_X509_new_null());
    for (const CertificateInfo &c : intermediates)
        if (c.fingerprint != signer.fingerprint)
            if (X509 *x = parseDer(c.der).release())
                sk_X509_push(untrusted.get(), x);
    StoreCtxPtr ctx(X509_STORE_CTX_new());
    X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get());
    // A trusted certificate need not be a self-signed root: a member's self-signed key or an
    // organisation's intermediate CA can be the anchor.
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    if (at.isValid())
        X509_VERIFY_PARAM_set_time(param, time_t(at.toSecsSinceEpoch()));
    const bool chainOk = X509_verify_cert(ctx.get()) == 1;
    const int err = X509_STORE_CTX_get_error(ctx.get());
    if (!chainOk) {
        if (err == X509_V_ERR_CERT_HAS_EXPIRED) {
            v.state = TrustVerdict::Expired;
            v.message = CoreText::tr("A certificate in the signer's chain had expired when the "
                                     "pack was signed on %1.")
                            .arg(longDate(at));
        } else if (err == X509_V_ERR_CERT_NOT_YET_VALID) {
            v.state = TrustVerdict::NotYetValid;
            v.message = CoreText::tr("A certificate in the signer's chain was not valid yet "
                                     "when the pack was signed on %1.")
                            .arg(longDate(at));
        } else {
            v.state = TrustVerdict::Untrusted;
            v.message = CoreText::tr("The certificate %1 (%2) is not in the trust list (%3): %4.")
                            .arg(signer.commonName, signer.fingerprintText(), trust.source,
                                 QString::fromLatin1(X509_verify_cert_error_string(err)));
        }
        return v;
    }
    // Revocation: any certificate of the chain revoked on or before the signing date.
    STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx.get());
    QStringList chainPrints;
    for (int i = 0; i < sk_X509_num(chain); ++i)
        chainPrints << infoOf(sk_X509_value(chain, i)).fingerprint;
    v.anchor = chainPrints.isEmpty() ? QString() : chainPrints.last();
    for (const TrustEntry &e : trust.entries) {
        if (!e.revokedAt.isValid() || !chainPrints.contains(e.certificate.fingerprint))
            continue;
        if (!at.isValid() || e.revokedAt <= at) {
            v.state = TrustVerdict::Revoked;
            v.revocation = e;
            v.message =
                CoreText::tr("The certificate %1 was revoked on %2, before the pack was signed on "
                             "%3: %4")
                    .arg(e.certificate.fingerprintText(), longDate(e.revokedAt), longDate(at),
                         e.revokeReason);
            return v;
        }
    }
    v.state = TrustVerdict::Trusted;
    v.message = CoreText::tr("Trusted by %1; valid on %2 (until %3).")
                    .arg(trust.source, longDate(at), longDate(signer.notAfter));
    for (const TrustEntry &e : trust.entries)
        if (e.revokedAt.isValid() && chainPrints.contains(e.certificate.fingerprint))
            v.message += QLatin1Char(' ')
                         + CoreText::tr("It was revoked later, on %1; the pack was signed before.")
                               .arg(longDate(e.revokedAt));
    return v;
}

CmsCheck verifyDetachedCms(const QByteArray &cmsDer, const QByteArray &content)
{
    CmsCheck out;
    ERR_clear_error();
    const auto *p = reinterpret_cast<const unsigned char *>(cmsDer.constData());
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, long(cmsDer.size())));
    if (!cms) {
        out.problem = CoreText::tr("The signature is not a CMS structure.");
        return out;
    }
    if (STACK_OF(X509) *certs = CMS_get1_certs(cms.get())) {
        for (int i = 0; i < sk_X509_num(certs); ++i)
            out.certificates << infoOf(sk_X509_value(certs, i));
        sk_X509_pop_free(certs, X509_free);
    }
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms.get());
    if (!infos || sk_CMS_SignerInfo_num(infos) != 1) {
        out.problem = CoreText::tr("The signature must have exactly one signer.");
        return out;
    }
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(infos, 0);
    const int tIdx = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (tIdx >= 0) {
        X509_ATTRIBUTE *attr = CMS_signed_get_attr(si, tIdx);
        ASN1_TYPE *t = X509_ATTRIBUTE_get0_type(attr, 0);
        if (t && (t->type == V_ASN1_UTCTIME || t->type == V_ASN1_GENERALIZEDTIME))
            out.signingTime = asn1Time(reinterpret_cast<const ASN1_TIME *>(t->value.ptr));
    }
    BioPtr data(BIO_new_mem_buf(content.constData(), int(content.size())));
    // Only the signature here: the certificate's trust is evaluateTrust()'s question.
    const int ok = CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr,
                              CMS_DETACHED | CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY);
    if (STACK_OF(X509) *signers = CMS_get0_signers(cms.get())) {
        if (sk_X509_num(signers) > 0)
            out.signer = infoOf(sk_X509_value(signers, 0));
        sk_X509_free(signers);
    }
    if (ok != 1) {
        out.problem =
            CoreText::tr("The signature does not match the signed bytes (%1).").arg(opensslError());
        return out;
    }
    if (out.signer.isNull()) {
        out.problem = CoreText::tr("The signature carries no signer certificate.");
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace vigilo
