#include "ChainAnchors.h"

#include "Clock.h"
#include "Dialect.h"
#include "EvidencePack.h"
#include "PdfFile.h"
#include "PdfSignature.h"
#include "SigningKey.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "Vigilo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUrl>

namespace vigilo {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString signerName(const ChainAnchor &a)
{
    return a.signer.commonName.isEmpty() ? a.signer.subject : a.signer.commonName;
}

} // namespace

QJsonObject ChainAnchor::toJson() const
{
    return {{QStringLiteral("database"), database},
            {QStringLiteral("workspace"), workspace},
            {QStringLiteral("seq"), seq},
            {QStringLiteral("hash"), hash},
            {QStringLiteral("signed_at"), jsonTime(signedAt)},
            {QStringLiteral("source"), source}};
}

ChainAnchor ChainAnchor::fromJson(const QJsonObject &o)
{
    ChainAnchor a;
    a.database = o.value(QStringLiteral("database")).toString();
    a.workspace = o.value(QStringLiteral("workspace")).toString();
    a.seq = o.value(QStringLiteral("seq")).toInteger();
    a.hash = o.value(QStringLiteral("hash")).toString();
    a.signedAt = Dialect::fromDb(o.value(QStringLiteral("signed_at")).toString());
    a.source = o.value(QStringLiteral("source")).toString();
    return a;
}

namespace anchors {

QString databaseKey(const Store &store)
{
    const QString location = store.location();
    if (Store::isPostgresLocation(location)) {
        const QUrl url(location);
        return QStringLiteral("postgresql://%1:%2%3")
            .arg(url.host())
            .arg(url.port(5432))
            .arg(url.path());
    }
    const QFileInfo file(location);
    return file.canonicalFilePath().isEmpty() ? file.absoluteFilePath() : file.canonicalFilePath();
}

Result<ChainAnchor> currentHead(Vigilo &core, const Actor &actor)
{
    auto q = sql::run(core.store(),
                      QStringLiteral("SELECT audit_seq, audit_head FROM workspaces WHERE id = ?"),
                      {actor.workspace.id});
    if (!q)
        return q.error();
    ChainAnchor a;
    if (q->next()) {
        a.seq = q->value(0).toLongLong();
        a.hash = q->value(1).toString();
    }
    q->finish();
    a.database = databaseKey(core.store());
    a.workspace = actor.workspace.slug;
    a.signedAt = core.clock().now().toUTC();
    return a;
}

Result<QByteArray> sign(const ChainAnchor &anchor, const PackSigner &signer)
{
    const QByteArray content = QJsonDocument(anchor.toJson()).toJson(QJsonDocument::Compact);
    auto cms = signer.sign(content);
    if (!cms)
        return cms.error();
    return QJsonDocument(
               QJsonObject{{QStringLiteral("anchor"), anchor.toJson()},
                           {QStringLiteral("signature"), QString::fromLatin1(cms->toBase64())}})
        .toJson(QJsonDocument::Compact);
}

Result<ChainAnchor> verifyRecord(const QByteArray &record)
{
    const QJsonObject o = QJsonDocument::fromJson(record).object();
    const QJsonObject a = o.value(QStringLiteral("anchor")).toObject();
    const QByteArray cms =
        QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1());
    if (a.isEmpty() || cms.isEmpty())
        return Error::input(CoreText::tr("This is not a signed Vigilo chain anchor."),
                            {{QStringLiteral("field"), QStringLiteral("anchor")}},
                            QStringLiteral("invalid_anchor"));
    const CmsCheck check = verifyDetachedCms(cms, QJsonDocument(a).toJson(QJsonDocument::Compact));
    if (!check.ok)
        return Error::input(
            CoreText::tr("The chain anchor's signature does not match it: %1").arg(check.problem),
            {{QStringLiteral("field"), QStringLiteral("anchor")}},
            QStringLiteral("invalid_anchor"));
    ChainAnchor out = ChainAnchor::fromJson(a);
    out.signer = check.signer;
    if (out.seq <= 0 || out.hash.size() != 64)
        return Error::input(CoreText::tr("The chain anchor names no chain head."),
                            {{QStringLiteral("field"), QStringLiteral("anchor")}},
                            QStringLiteral("invalid_anchor"));
    return out;
}

Result<ChainAnchor> signHead(Vigilo &core, const Actor &actor, const PackSigner &signer,
                             const QString &source, AnchorSink &sink)
{
    auto head = currentHead(core, actor);
    if (!head)
        return head.error();
    head->source = source;
    head->signer = signer.certificate();
    auto record = sign(*head, signer);
    if (!record)
        return record.error();
    VIGILO_TRY(sink.publish(*head, *record));
    return *head;
}

Result<ChainAnchor> fromPack(const QString &pdfPath)
{
    QFile f(pdfPath);
    if (!f.open(QIODevice::ReadOnly))
        return Error::input(CoreText::tr("Cannot read %1: %2").arg(pdfPath, f.errorString()),
                            {{QStringLiteral("path"), pdfPath}}, QStringLiteral("file_unreadable"));
    pdf::Reader reader(f.readAll());
    QString error;
    if (!reader.load(&error))
        return Error::input(
            CoreText::tr("%1 is not a readable evidence pack: %2").arg(pdfPath, error),
            {{QStringLiteral("path"), pdfPath}}, QStringLiteral("not_a_pack"));
    const pack::SignatureCheck sig = pack::checkSignature(reader);
    if (!sig.ok())
        return Error::input(CoreText::tr("The pack %1 is not intact (its signature does not "
                                         "cover it as it is): its chain head cannot serve as an "
                                         "anchor.")
                                .arg(pdfPath),
                            {{QStringLiteral("path"), pdfPath}}, QStringLiteral("pack_mismatch"));
    auto json = pack::associatedFile(reader, evidence::fileName());
    if (!json)
        return json.error();
    auto data = evidence::parse(*json);
    if (!data)
        return data.error();
    ChainAnchor a;
    a.workspace = data->workspace.slug;
    a.seq = data->auditSeq;
    a.hash = data->headHash;
    a.signedAt = data->generatedAt;
    a.source = QStringLiteral("pack %1").arg(data->change.numberText());
    a.signer = sig.cms.signer;
    return a;
}

Result<QList<AuditProblem>> check(Vigilo &core, const Actor &actor, const QList<ChainAnchor> &list)
{
    QList<AuditProblem> problems;
    if (list.isEmpty())
        return problems;
    auto seq =
        sql::scalar(core.store(), QStringLiteral("SELECT audit_seq FROM workspaces WHERE id = ?"),
                    {actor.workspace.id});
    if (!seq)
        return seq.error();
    const qint64 last = seq->toLongLong();
    // The anchored events, in one statement (chunks keep the bind list reasonable).
    QHash<qint64, QString> stored;
    QList<qint64> seqs;
    for (const ChainAnchor &a : list)
        if (a.seq <= last && !seqs.contains(a.seq))
            seqs << a.seq;
    for (qsizetype from = 0; from < seqs.size(); from += 500) {
        const QList<qint64> chunk = seqs.mid(from, 500);
        QStringList marks;
        QVariantList binds{actor.workspace.id};
        for (qint64 s : chunk) {
            marks << QStringLiteral("?");
            binds << s;
        }
        auto q =
            sql::run(core.store(),
                     QStringLiteral("SELECT seq, hash FROM audit_events WHERE workspace_id = ? "
                                    "AND seq IN (%1)")
                         .arg(marks.join(QStringLiteral(", "))),
                     binds);
        if (!q)
            return q.error();
        while (q->next())
            stored.insert(q->value(0).toLongLong(), q->value(1).toString());
    }
    QSet<QString> reported;
    for (const ChainAnchor &a : list) {
        const QString key = QString::number(a.seq) + a.hash;
        if (reported.contains(key))
            continue;
        AuditProblem p;
        p.seq = a.seq;
        if (a.seq > last) {
            p.kind = QStringLiteral("history_cut");
            p.message = CoreText::tr("The history ends at event #%1, but %2 signed its head at "
                                     "event #%3 on %4 (%5): events were removed from its end.")
                            .arg(last)
                            .arg(signerName(a))
                            .arg(a.seq)
                            .arg(iso(a.signedAt), a.source);
        } else if (!stored.contains(a.seq)) {
            p.kind = QStringLiteral("anchor_missing");
            p.message = CoreText::tr("Event #%1, whose hash %2 signed on %3 (%4), is missing.")
                            .arg(a.seq)
                            .arg(signerName(a), iso(a.signedAt), a.source);
        } else if (stored.value(a.seq) != a.hash) {
            p.kind = QStringLiteral("rewritten");
            p.message = CoreText::tr("Event #%1 no longer has the hash %2 signed on %3 (%4): the "
                                     "history up to it was rewritten and its chain recomputed.")
                            .arg(a.seq)
                            .arg(signerName(a), iso(a.signedAt), a.source);
        } else {
            continue;
        }
        reported.insert(key);
        problems << p;
    }
    return problems;
}

} // namespace anchors

QString AnchorLog::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/vigilo/anchors.jsonl");
}

Status AnchorLog::publish(const ChainAnchor &, const QByteArray &signedRecord)
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir))
        return Error::storage(CoreText::tr("Cannot create the folder %1.").arg(dir),
                              {{QStringLiteral("path"), dir}}, QStringLiteral("file_unwritable"));
    QFile f(m_path);
    const bool existed = f.exists();
    if (!f.open(QIODevice::Append | QIODevice::WriteOnly))
        return Error::storage(
            CoreText::tr("Cannot append to the anchor log %1: %2").arg(m_path, f.errorString()),
            {{QStringLiteral("path"), m_path}}, QStringLiteral("file_unwritable"));
    if (!existed)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(signedRecord + '\n') != signedRecord.size() + 1 || !f.flush())
        return Error::storage(
            CoreText::tr("Cannot append to the anchor log %1: %2").arg(m_path, f.errorString()),
            {{QStringLiteral("path"), m_path}}, QStringLiteral("file_unwritable"));
    return {};
}

AnchorLog::Contents AnchorLog::read(const QString &database, const QString &workspace) const
{
    Contents out;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    int lineNo = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        // Cheap filter before the signature check: only this database's workspace.
        const QJsonObject a =
            QJsonDocument::fromJson(line).object().value(QStringLiteral("anchor")).toObject();
        if (!a.isEmpty()
            && (a.value(QStringLiteral("database")).toString() != database
                || a.value(QStringLiteral("workspace")).toString() != workspace))
            continue;
        auto anchor = anchors::verifyRecord(line);
        if (!anchor)
            out.damaged << CoreText::tr("%1, line %2: %3")
                               .arg(m_path)
                               .arg(lineNo)
                               .arg(anchor.error().message);
        else
            out.anchors << *anchor;
    }
    return out;
}

} // namespace vigilo
