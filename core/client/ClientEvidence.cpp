// The Client's calls for evidence packs printed and signed by a team server: one pack
// (pack.export) and an audit sample's manifest (pack.manifest).
#include "Client.h"

#include "Api.h"
#include "ClientReplies.h"

#include <QJsonArray>

namespace vigilo::client {

using namespace vigilo::api;

namespace {

QByteArray base64Field(const QJsonObject &o, const char *key)
{
    return QByteArray::fromBase64(o.value(QLatin1String(key)).toString().toLatin1());
}

Result<ServerPack> packAnswer(const Result<QJsonValue> &r)
{
    if (!r)
        return r.error();
    const QJsonObject o = r->toObject();
    const QJsonObject pack = o.value(QStringLiteral("evidence_pack")).toObject();
    ServerPack out;
    out.number = pack.value(QStringLiteral("number")).toString();
    out.digest = pack.value(QStringLiteral("digest")).toString();
    out.pages = pack.value(QStringLiteral("pages")).toInt();
    out.pdf = base64Field(o, "pdf");
    if (out.pdf.isEmpty() || out.digest.isEmpty())
        return malformed(QStringLiteral("evidence_pack"));
    return out;
}

Result<ServerManifest> manifestAnswer(const Result<QJsonValue> &r)
{
    if (!r)
        return r.error();
    const QJsonObject m = r->toObject().value(QStringLiteral("manifest")).toObject();
    ServerManifest out;
    const QList<QPair<const char *, QString>> files = {
        {"json", QStringLiteral("manifest.json")},
        {"json_p7s", QStringLiteral("manifest.json.p7s")},
        {"csv", QStringLiteral("manifest.csv")},
        {"csv_p7s", QStringLiteral("manifest.csv.p7s")}};
    for (const auto &[key, name] : files) {
        const QByteArray bytes = base64Field(m, key);
        if (bytes.isEmpty())
            return malformed(QStringLiteral("manifest"));
        out.files << qMakePair(name, bytes);
    }
    return out;
}

} // namespace

QFuture<Result<ServerPack>> Client::exportPackAsync(int number, const QString &locale)
{
    QJsonObject p{{QStringLiteral("number"), formatChangeNumber(number)}};
    if (!locale.isEmpty())
        p.insert(QStringLiteral("locale"), locale);
    return callAsync(QStringLiteral("pack.export"), p).then(&packAnswer);
}

QFuture<Result<ServerManifest>> Client::packManifestAsync(const QStringList &digests)
{
    return callAsync(QStringLiteral("pack.manifest"),
                     {{QStringLiteral("digests"), QJsonArray::fromStringList(digests)}})
        .then(&manifestAnswer);
}

} // namespace vigilo::client
