#include "PackManifest.h"

#include "EvidencePack.h"
#include "SigningKey.h"

#include "CsvImport.h"
#include "Vigilo.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vigilo::manifest {

Result<ManifestEntry> entryFor(Vigilo &core, const Actor &actor, const EvidencePackResult &info)
{
    ManifestEntry e;
    e.number = info.number;
    e.fileName = info.number + QStringLiteral(".pdf");
    e.digest = info.digest;
    const auto number = parseChangeNumber(info.number);
    auto change = core.changes().get(actor, number.value_or(0));
    if (!change)
        return change.error();
    e.title = change->title;
    e.outcome = change->closureCode ? toString(*change->closureCode) : toString(change->status);
    return e;
}

QByteArray json(const Actor &actor, const QDateTime &exportedAt, const CertificateInfo &signer,
                const QList<ManifestEntry> &entries)
{
    QJsonArray packs;
    for (const ManifestEntry &e : entries)
        packs.append(QJsonObject{{QStringLiteral("number"), e.number},
                                 {QStringLiteral("title"), e.title},
                                 {QStringLiteral("outcome"), e.outcome},
                                 {QStringLiteral("digest"), e.digest},
                                 {QStringLiteral("file"), e.fileName}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), QStringLiteral("vigilo-pack-manifest/1")},
                           {QStringLiteral("workspace"), actor.workspace.slug},
                           {QStringLiteral("exported_by"), actor.member.username},
                           {QStringLiteral("exported_at"), jsonTime(exportedAt)},
                           {QStringLiteral("signer"), signer.toJson()},
                           {QStringLiteral("packs"), packs}})
        .toJson(QJsonDocument::Indented);
}

QByteArray csv(const QList<ManifestEntry> &entries)
{
    QStringList lines{QStringLiteral("number,title,outcome,digest,file")};
    for (const ManifestEntry &e : entries)
        lines << QStringList{ChangeCsv::quote(e.number), ChangeCsv::quote(e.title),
                             ChangeCsv::quote(e.outcome), ChangeCsv::quote(e.digest),
                             ChangeCsv::quote(e.fileName)}
                     .join(QLatin1Char(','));
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

Result<ManifestFiles> signedFiles(const Actor &actor, const QDateTime &exportedAt,
                                  const PackSigner &signer, const QList<ManifestEntry> &entries)
{
    ManifestFiles out;
    const ManifestFiles manifests = {
        {QStringLiteral("manifest.json"), json(actor, exportedAt, signer.certificate(), entries)},
        {QStringLiteral("manifest.csv"), csv(entries)}};
    for (const auto &[name, bytes] : manifests) {
        auto signature = signer.sign(bytes);
        if (!signature)
            return signature.error();
        out << qMakePair(name, bytes) << qMakePair(name + QStringLiteral(".p7s"), *signature);
    }
    return out;
}

} // namespace vigilo::manifest
