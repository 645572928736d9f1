#include "WorkspaceTrust.h"

#include "Clock.h"
#include "Dialect.h"
#include "InputRules.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "Vigilo.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace vigilo {

namespace {

const QByteArray kListBegin = QByteArrayLiteral("-----BEGIN VIGILO TRUST LIST-----");
const QByteArray kListEnd = QByteArrayLiteral("-----END VIGILO TRUST LIST-----");

const char *kColumns = "fingerprint, pem, added_by, added_at, revoked_at, revoked_by, "
                       "revoke_reason";

Result<TrustEntry> entryOf(const CachedQuery &q)
{
    auto certs = CertificateInfo::fromPem(q.value(1).toString().toLatin1());
    if (!certs)
        return certs.error();
    TrustEntry e;
    e.certificate = certs->first();
    e.addedBy = q.value(2).toString();
    e.addedAt = Dialect::fromDb(q.value(3));
    e.revokedAt = Dialect::fromDb(q.value(4));
    e.revokedBy = q.value(5).toString();
    e.revokeReason = q.value(6).toString();
    return e;
}

QByteArray wrap(const QByteArray &b64)
{
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    return out;
}

QByteArray listJson(const QByteArray &bundle)
{
    const qsizetype begin = bundle.indexOf(kListBegin);
    const qsizetype end = bundle.indexOf(kListEnd, begin);
    if (begin < 0 || end < 0)
        return {};
    QByteArray b64 = bundle.mid(begin + kListBegin.size(), end - begin - kListBegin.size());
    b64 = b64.simplified().replace(' ', "");
    return QByteArray::fromBase64(b64);
}

} // namespace

Result<TrustEntry> WorkspaceTrust::add(const Actor &caller, const QByteArray &pem)
{
    auto cert = trustable(pem);
    if (!cert)
        return cert.error();
    Store &store = m_core.store();
    Store::Transaction tx(store);
    VIGILO_TRY(tx.begin());
    auto current = sql::currentActor(store, caller, Permission::ManageWorkspace);
    if (!current)
        return current.error();
    auto entry = insert(current->workspace.id, current->member.username, *cert, false);
    if (!entry)
        return entry.error();
    VIGILO_TRY(tx.commit());
    return entry;
}

Result<TrustEntry> WorkspaceTrust::publish(const Workspace &workspace, const QString &operatorName,
                                           const QByteArray &pem)
{
    auto cert = trustable(pem);
    if (!cert)
        return cert.error();
    Store::Transaction tx(m_core.store());
    VIGILO_TRY(tx.begin());
    auto entry = insert(workspace.id, operatorName, *cert, true);
    if (!entry)
        return entry.error();
    VIGILO_TRY(tx.commit());
    return entry;
}

Result<CertificateInfo> WorkspaceTrust::trustable(const QByteArray &pem)
{
    auto certs = CertificateInfo::fromPem(pem);
    if (!certs)
        return certs.error();
    const CertificateInfo cert = certs->first();
    // The names are shown on covers, in the trust list and on terminals: a crafted certificate
    // does not bring control characters into the workspace (the subject is RFC 2253-escaped).
    VIGILO_TRY(input::checkTexts({{QStringLiteral("certificate common name"), cert.commonName,
                                   input::kMaxName, input::Lines::Single},
                                  {QStringLiteral("certificate subject"), cert.subject,
                                   input::kMaxNote, input::Lines::Single}}));
    return cert;
}

Result<TrustEntry> WorkspaceTrust::insert(qint64 workspaceId, const QString &by,
                                          const CertificateInfo &cert, bool trustedIsFine)
{
    Store &store = m_core.store();
    auto existing = sql::run(store,
                             QStringLiteral("SELECT ") + QLatin1String(kColumns)
                                 + QStringLiteral(" FROM trusted_certificates WHERE "
                                                  "workspace_id = ? AND fingerprint = ?"),
                             {workspaceId, cert.fingerprint});
    if (!existing)
        return existing.error();
    if (existing->next()) {
        const bool revoked = !existing->value(4).isNull();
        auto entry = entryOf(*existing);
        existing->finish();
        if (trustedIsFine && !revoked && entry)
            return entry;
        return Error::rule(QStringLiteral("certificate_exists"),
                           revoked ? CoreText::tr("The certificate %1 was revoked in this "
                                                  "workspace; a revoked certificate is not "
                                                  "trusted again.")
                                         .arg(cert.fingerprintText())
                                   : CoreText::tr("The certificate %1 is already trusted in this "
                                                  "workspace.")
                                         .arg(cert.fingerprintText()),
                           {{QStringLiteral("fingerprint"), cert.fingerprint}});
    }
    existing->finish();
    const QDateTime now = m_core.clock().now();
    auto id = sql::insert(
        store,
        QStringLiteral("INSERT INTO trusted_certificates (workspace_id, fingerprint, subject, "
                       "common_name, not_before, not_after, pem, added_by, added_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {workspaceId, cert.fingerprint, cert.subject, cert.commonName,
         Dialect::toDb(cert.notBefore), Dialect::toDb(cert.notAfter),
         QString::fromLatin1(cert.pem()), by, Dialect::toDb(now)});
    if (!id)
        return id.error();
    VIGILO_TRY(m_core.audit().record(workspaceId, by, QStringLiteral("trust.add"),
                                     QStringLiteral("certificate"), *id, 0, {},
                                     {{QStringLiteral("fingerprint"), cert.fingerprint},
                                      {QStringLiteral("subject"), cert.subject},
                                      {QStringLiteral("not_after"), jsonTime(cert.notAfter)}}));
    TrustEntry e;
    e.certificate = cert;
    e.addedAt = now;
    e.addedBy = by;
    return e;
}

Result<TrustEntry> WorkspaceTrust::revoke(const Actor &caller, const QString &fingerprintText,
                                          const QString &reason, const QDateTime &since)
{
    const QString fingerprint = CertificateInfo::normalizeFingerprint(fingerprintText);
    if (fingerprint.isEmpty())
        return Error::input(CoreText::tr("\"%1\" is not a SHA-256 fingerprint: expected 64 hex "
                                         "digits (colons allowed), as `workspace trust list` "
                                         "shows them.")
                                .arg(fingerprintText),
                            {{QStringLiteral("field"), QStringLiteral("fingerprint")}});
    if (reason.trimmed().isEmpty())
        return Error::rule(QStringLiteral("reason_required"),
                           CoreText::tr("Say why the certificate is revoked (--reason): the "
                                        "reason is kept in the audit trail and the trust "
                                        "bundle."),
                           {{QStringLiteral("field"), QStringLiteral("reason")}});
    VIGILO_TRY(
        input::checkText(QStringLiteral("reason"), reason, input::kMaxNote, input::Lines::Multi));
    Store &store = m_core.store();
    Store::Transaction tx(store);
    VIGILO_TRY(tx.begin());
    auto current = sql::currentActor(store, caller, Permission::ManageWorkspace);
    if (!current)
        return current.error();
    const Actor &actor = *current;
    auto q = sql::run(store,
                      QStringLiteral("SELECT ") + QLatin1String(kColumns)
                          + QStringLiteral(", id FROM trusted_certificates WHERE workspace_id = ? "
                                           "AND fingerprint = ?"),
                      {actor.workspace.id, fingerprint});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(
            CoreText::tr("No trusted certificate %1 in this workspace (see `vigilo-cli "
                         "workspace trust list`).")
                .arg(fingerprint),
            {{QStringLiteral("fingerprint"), fingerprint}});
    auto entry = entryOf(*q);
    const qint64 id = q->value(7).toLongLong();
    q->finish();
    if (!entry)
        return entry.error();
    if (entry->revokedAt.isValid())
        return Error::rule(
            QStringLiteral("already_revoked"),
            CoreText::tr("The certificate %1 was already revoked on %2.")
                .arg(entry->certificate.fingerprintText(), entry->revokedAt.toString(Qt::ISODate)),
            {{QStringLiteral("fingerprint"), fingerprint}});
    const QDateTime now = m_core.clock().now();
    const QDateTime at = since.isValid() ? since.toUTC() : now;
    if (at > now)
        return Error::input(CoreText::tr("A revocation cannot start in the future (--since)."),
                            {{QStringLiteral("field"), QStringLiteral("since")}});
    VIGILO_TRY(sql::run(store,
                        QStringLiteral("UPDATE trusted_certificates SET revoked_at = ?, "
                                       "revoked_by = ?, revoke_reason = ? WHERE id = ?"),
                        {Dialect::toDb(at), actor.member.username, reason.trimmed(), id}));
    VIGILO_TRY(m_core.audit().record(actor.workspace.id, actor.member.username,
                                     QStringLiteral("trust.revoke"), QStringLiteral("certificate"),
                                     id, 0, {{QStringLiteral("revoked_at"), QJsonValue()}},
                                     {{QStringLiteral("fingerprint"), fingerprint},
                                      {QStringLiteral("subject"), entry->certificate.subject},
                                      {QStringLiteral("revoked_at"), jsonTime(at)},
                                      {QStringLiteral("reason"), reason.trimmed()}}));
    VIGILO_TRY(tx.commit());
    entry->revokedAt = at;
    entry->revokedBy = actor.member.username;
    entry->revokeReason = reason.trimmed();
    return *entry;
}

Result<TrustList> WorkspaceTrust::list(const Actor &actor) const
{
    auto q = sql::run(m_core.store(),
                      QStringLiteral("SELECT ") + QLatin1String(kColumns)
                          + QStringLiteral(" FROM trusted_certificates WHERE workspace_id = ? "
                                           "ORDER BY added_at, id"),
                      {actor.workspace.id});
    if (!q)
        return q.error();
    TrustList out;
    out.source = CoreText::tr("the trust list of workspace \"%1\"").arg(actor.workspace.slug);
    out.whenEmpty = CoreText::tr("Workspace \"%1\" trusts no certificate yet: an admin adds the "
                                 "signer's with `vigilo-cli workspace trust add CERT.pem`.")
                        .arg(actor.workspace.slug);
    while (q->next()) {
        auto e = entryOf(*q);
        if (!e)
            return e.error();
        out.entries << *e;
    }
    return out;
}

Result<QByteArray> WorkspaceTrust::bundle(const Actor &actor) const
{
    auto trust = list(actor);
    if (!trust)
        return trust.error();
    QJsonArray certs;
    int revoked = 0;
    for (const TrustEntry &e : trust->entries) {
        QJsonObject o = e.toJson();
        o.insert(QStringLiteral("der"), QString::fromLatin1(e.certificate.der.toBase64()));
        certs.append(o);
        revoked += e.revokedAt.isValid() ? 1 : 0;
    }
    const QDateTime now = m_core.clock().now();
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("vigilo-trust/1")},
                                  {QStringLiteral("workspace"), actor.workspace.slug},
                                  {QStringLiteral("exported_at"), jsonTime(now)},
                                  {QStringLiteral("exported_by"), actor.member.username},
                                  {QStringLiteral("certificates"), certs}})
            .toJson(QJsonDocument::Compact);
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    QByteArray out = "Vigilo trust bundle\n";
    out += "Workspace: " + actor.workspace.slug.toUtf8() + " (" + actor.workspace.name.toUtf8()
           + ")\n";
    out += "Exported: " + now.toUTC().toString(Qt::ISODate).toUtf8() + " by "
           + actor.member.username.toUtf8() + '\n';
    out += "Certificates: " + QByteArray::number(trust->entries.size())
           + ", revoked: " + QByteArray::number(revoked) + '\n';
    out += "List digest (SHA-256): " + digest.toLatin1() + "\n\n";
    out += kListBegin + '\n' + wrap(json.toBase64()) + kListEnd + "\n\n";
    for (const TrustEntry &e : trust->entries) {
        out += "Subject: " + e.certificate.subject.toUtf8() + '\n';
        out += "SHA-256: " + e.certificate.fingerprintText().toLatin1() + '\n';
        if (e.revokedAt.isValid())
            out += "Revoked: " + e.revokedAt.toUTC().toString(Qt::ISODate).toUtf8() + " ("
                   + e.revokeReason.toUtf8() + ")\n";
        out += e.certificate.pem() + '\n';
    }
    return out;
}

QString WorkspaceTrust::bundleDigest(const QByteArray &bundle)
{
    const QByteArray json = listJson(bundle);
    if (json.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
}

Result<TrustList> WorkspaceTrust::readBundle(const QByteArray &pem, const QString &source)
{
    TrustList out;
    out.source = source;
    if (pem.contains(kListBegin)) {
        const QJsonDocument doc = QJsonDocument::fromJson(listJson(pem));
        if (doc.object().value(QStringLiteral("format")).toString()
            != QLatin1String("vigilo-trust/1"))
            return Error::input(
                CoreText::tr("%1 has a damaged Vigilo trust list: export it again with "
                             "`vigilo-cli workspace trust-bundle`.")
                    .arg(source),
                {{QStringLiteral("field"), QStringLiteral("trust")}},
                QStringLiteral("invalid_trust_bundle"));
        for (const QJsonValue &v : doc.object().value(QStringLiteral("certificates")).toArray()) {
            const QJsonObject o = v.toObject();
            auto cert = CertificateInfo::fromDer(
                QByteArray::fromBase64(o.value(QStringLiteral("der")).toString().toLatin1()));
            if (!cert)
                return cert.error();
            TrustEntry e;
            e.certificate = *cert;
            e.addedAt = Dialect::fromDb(o.value(QStringLiteral("added_at")).toString());
            e.addedBy = o.value(QStringLiteral("added_by")).toString();
            if (o.value(QStringLiteral("revoked_at")).isString())
                e.revokedAt = Dialect::fromDb(o.value(QStringLiteral("revoked_at")).toString());
            e.revokedBy = o.value(QStringLiteral("revoked_by")).toString();
            e.revokeReason = o.value(QStringLiteral("revoke_reason")).toString();
            out.entries << e;
        }
        return out;
    }
    auto certs = CertificateInfo::fromPem(pem);
    if (!certs)
        return certs.error();
    for (const CertificateInfo &c : *certs)
        out.entries << TrustEntry{c, {}, {}, {}, {}, {}};
    return out;
}

} // namespace vigilo
