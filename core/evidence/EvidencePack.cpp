#include "EvidencePack.h"

#include "MinutesPdf.h"

#include "AtomicFile.h"
#include "Clock.h"
#include "PackDocument.h"
#include "PackText.h"
#include "PackXmp.h"
#include "PageFrame.h"
#include "PdfFile.h"
#include "PdfSignature.h"
#include "SigningKey.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "Vigilo.h"
#include "WorkspaceTrust.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfWriter>

namespace vigilo {

namespace {

Result<evidence::Source> readSource(Vigilo &core, const Actor &actor, int number)
{
    evidence::Source r;
    auto head = sql::run(
        core.store(), QStringLiteral("SELECT audit_seq, audit_head FROM workspaces WHERE id = ?"),
        {actor.workspace.id});
    if (!head)
        return head.error();
    if (head->next()) {
        r.workspaceSeq = head->value(0).toLongLong();
        r.workspaceHead = head->value(1).toString();
    }
    head->finish();
    r.workspace = actor.workspace;
    auto change = core.changes().get(actor, number);
    if (!change)
        return change.error();
    r.change = *change;
    auto steps = core.approvals().stepsOf(r.change.id);
    if (!steps)
        return steps.error();
    r.steps = *steps;
    auto tasks = core.runbook().tasksOf(r.change.id);
    if (!tasks)
        return tasks.error();
    r.tasks = *tasks;
    auto risk = core.risk().profile(actor, number);
    if (!risk)
        return risk.error();
    r.risk = *risk;
    auto comments = core.discussion().comments(actor, number);
    if (!comments)
        return comments.error();
    r.comments = *comments;
    auto attachments = core.discussion().attachments(actor, number);
    if (!attachments)
        return attachments.error();
    r.attachments = *attachments;
    auto events = core.audit().changeHistory(actor, number);
    if (!events)
        return events.error();
    r.events = *events;
    auto impact = core.impact().analyse(actor, number);
    if (!impact)
        return impact.error();
    r.impact = *impact;
    return r;
}

Error notAPack(const QString &path)
{
    return Error::input(
        CoreText::tr("%1 is not a Vigilo evidence pack (no Vigilo metadata found).").arg(path),
        {{QStringLiteral("path"), path}}, QStringLiteral("not_a_pack"));
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::input(CoreText::tr("Cannot read %1: %2").arg(path, f.errorString()),
                            {{QStringLiteral("path"), path}}, QStringLiteral("file_unreadable"));
    return f.readAll();
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

struct Inspection {
    PackVerification v;
    PackStamp stamp;
    QJsonObject embedded;
};

void add(PackVerification &v, const char *name, bool ok, const QString &message)
{
    v.checks << PackCheck{QString::fromLatin1(name), ok, message};
}

Result<Inspection> inspect(const QByteArray &bytes, const TrustList &trust, const QString &path)
{
    Inspection in;
    PackVerification &v = in.v;
    if (!pack::readStampFrom(bytes, &in.stamp))
        return notAPack(path);
    v.path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    v.workspace = in.stamp.workspace;
    v.number = formatChangeNumber(in.stamp.number);
    v.auditSeq = in.stamp.auditSeq;
    v.recordedDigest = in.stamp.digest;

    pdf::Reader reader(bytes);
    QString structure;
    if (!reader.load(&structure)) {
        add(v, "signature", false,
            CoreText::tr("The file's structure is damaged (%1): it is not as Vigilo wrote it.")
                .arg(structure));
        return in;
    }

    // 1. The signature: every byte but its own value, no byte after it.
    const pack::SignatureCheck sig = pack::checkSignature(reader);
    if (!sig.found)
        add(v, "signature", false, CoreText::tr("The pack carries no signature."));
    else if (sig.signatures != 1)
        add(v, "signature", false,
            CoreText::tr("The pack carries %1 signatures; a Vigilo pack has exactly one.")
                .arg(sig.signatures));
    else if (!sig.rangesValid)
        add(v, "signature", false,
            CoreText::tr("The signature's byte ranges do not skip exactly its own value: the "
                         "file was edited."));
    else if (sig.signedEnd < sig.fileBytes)
        add(v, "signature", false,
            CoreText::tr("%1 bytes were appended after the signature (an incremental update): "
                         "the signature covers only the file as it was before them.")
                .arg(sig.fileBytes - sig.signedEnd));
    else if (!sig.coversWholeFile)
        add(v, "signature", false, CoreText::tr("The signature does not cover the whole file."));
    else if (!sig.cms.ok)
        add(v, "signature", false,
            CoreText::tr("The file was changed after it was signed: %1").arg(sig.cms.problem));
    else
        add(v, "signature", true,
            CoreText::tr("Valid signature (%1) over the whole file: every byte is as signed.")
                .arg(sig.subFilter));
    v.signer = sig.cms.signer;

    // The embedded evidence.
    auto json = pack::associatedFile(reader, evidence::fileName());
    Result<PackData> parsed = json ? evidence::parse(*json) : Result<PackData>(json.error());
    if (!parsed) {
        add(v, "certificate", false,
            CoreText::tr("Without the embedded evidence the signer cannot be checked."));
        add(v, "evidence", false, parsed.error().message);
        add(v, "pages", false, CoreText::tr("There is no evidence to compare the pages with."));
        add(v, "chain", false, CoreText::tr("There is no history to check."));
        return in;
    }
    v.hasData = true;
    v.data = *parsed;
    v.embeddedDigest = v.data.digest;
    in.embedded = QJsonDocument::fromJson(*json).object();

    // 2. The certificate: the one the cover names, trusted, valid and unrevoked on the pack's date.
    if (v.signer.isNull()) {
        add(v, "certificate", false, CoreText::tr("The signature carries no certificate."));
        v.trust = TrustVerdict::stateName(TrustVerdict::Invalid);
    } else if (v.signer.fingerprint != v.data.signer.fingerprint) {
        add(v, "certificate", false,
            CoreText::tr("The cover names the certificate %1, but the pack was signed with %2 "
                         "(%3).")
                .arg(v.data.signer.fingerprint, v.signer.fingerprint, v.signer.subject));
        v.trust = TrustVerdict::stateName(TrustVerdict::Invalid);
    } else {
        const TrustVerdict verdict =
            evaluateTrust(v.signer, sig.cms.certificates, trust, v.data.generatedAt);
        v.trust = TrustVerdict::stateName(verdict.state);
        add(v, "certificate", verdict.ok(),
            CoreText::tr("Signed by %1 (SHA-256 %2) on %3. %4")
                .arg(v.signer.commonName.isEmpty() ? v.signer.subject : v.signer.commonName,
                     v.signer.fingerprintText(), isoTime(v.data.generatedAt), verdict.message));
    }

    // 3. The evidence against the printed digest; 4. the pages against the evidence.
    auto pages = EvidencePack::pageTexts(bytes);
    QString digestProblem;
    if (v.embeddedDigest != in.stamp.digest)
        digestProblem = CoreText::tr("the metadata names the digest %1").arg(in.stamp.digest);
    else if (!pages)
        digestProblem = pages.error().message;
    else
        for (int i = 0; i < pages->size() && digestProblem.isEmpty(); ++i)
            if (!pages->at(i).contains(v.embeddedDigest))
                digestProblem = CoreText::tr("page %1 does not print it").arg(i + 1);
    if (digestProblem.isEmpty())
        add(v, "evidence", true,
            CoreText::tr("The embedded evidence (%1, %2 bytes) has the SHA-256 printed on every "
                         "page: %3.")
                .arg(evidence::fileName())
                .arg(json->size())
                .arg(v.embeddedDigest));
    else
        add(v, "evidence", false,
            CoreText::tr("The embedded evidence has the SHA-256 %1, but %2.")
                .arg(v.embeddedDigest, digestProblem));

    if (v.data.layout != evidence::kLayout) {
        add(v, "pages", false,
            CoreText::tr("The pages were laid out by %1 (layout %2); this Vigilo (layout %3) "
                         "cannot re-render them to compare: verify with that version.")
                .arg(v.data.generator)
                .arg(v.data.layout)
                .arg(evidence::kLayout));
    } else if (pages) {
        int count = 0;
        auto rendered = EvidencePack::renderPages(v.data, &count);
        auto expected =
            rendered ? EvidencePack::pageTexts(*rendered) : Result<QStringList>(rendered.error());
        if (!expected) {
            add(v, "pages", false, expected.error().message);
        } else if (expected->size() != pages->size()) {
            add(v, "pages", false,
                CoreText::tr("The pack has %1 pages, but its evidence prints on %2: pages were "
                             "added or removed.")
                    .arg(pages->size())
                    .arg(expected->size()));
        } else {
            int differs = 0;
            for (int i = 0; i < pages->size() && differs == 0; ++i)
                if (pages->at(i) != expected->at(i))
                    differs = i + 1;
            if (differs)
                add(v, "pages", false,
                    CoreText::tr("Page %1 does not show what the embedded evidence says: the "
                                 "page content was changed.")
                        .arg(differs));
            else
                add(v, "pages", true,
                    CoreText::tr("All %1 pages show exactly what the embedded evidence says.")
                        .arg(pages->size()));
        }
    } else {
        add(v, "pages", false, pages.error().message);
    }

    // 5. The history's own chain.
    const ChainCheck chain = evidence::checkChain(v.data);
    add(v, "chain", chain.ok, chain.message);
    return in;
}

void finish(PackVerification &v)
{
    v.ok = !v.checks.isEmpty();
    for (const PackCheck &c : v.checks)
        v.ok = v.ok && c.ok;
}

} // namespace

// Each page's text as QtPdf (PDFium) extracts it, whitespace removed: what a reader sees.
Result<QStringList> EvidencePack::pageTexts(const QByteArray &pdf)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    if (doc.status() != QPdfDocument::Status::Ready)
        return Error::input(CoreText::tr("The pages cannot be read."), {},
                            QStringLiteral("pack_unreadable"));
    QStringList out;
    for (int i = 0; i < doc.pageCount(); ++i) {
        QString text = doc.getAllText(i).text();
        text.removeIf([](QChar c) { return c.isSpace(); });
        out << text;
    }
    return out;
}

QJsonObject EvidencePackResult::toJson() const
{
    return {{QStringLiteral("path"), path},           {QStringLiteral("number"), number},
            {QStringLiteral("locale"), locale},       {QStringLiteral("pages"), pages},
            {QStringLiteral("bytes"), bytes},         {QStringLiteral("audit_seq"), auditSeq},
            {QStringLiteral("chain_head"), headHash}, {QStringLiteral("events"), events},
            {QStringLiteral("digest"), digest},       {QStringLiteral("signer"), signer.toJson()}};
}

QJsonObject PackCheck::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("message"), message}};
}

bool PackVerification::onlyTrustFailed() const
{
    bool others = true, trusted = true;
    for (const PackCheck &c : checks) {
        if (c.name == QLatin1String("certificate"))
            trusted = c.ok;
        else
            others = others && c.ok;
    }
    return others && !trusted;
}

QJsonObject PackVerification::toJson() const
{
    QJsonArray cs;
    for (const PackCheck &c : checks)
        cs.append(c.toJson());
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("offline"), offline},
            {QStringLiteral("path"), path},
            {QStringLiteral("workspace"), workspace},
            {QStringLiteral("number"), number},
            {QStringLiteral("audit_seq"), auditSeq},
            {QStringLiteral("digest"), recordedDigest},
            {QStringLiteral("embedded_digest"), embeddedDigest},
            {QStringLiteral("later_events"), laterEvents},
            {QStringLiteral("signer"), signer.isNull() ? QJsonValue() : signer.toJson()},
            {QStringLiteral("trust"), trust},
            {QStringLiteral("checks"), cs}};
}

Result<QJsonObject> EvidencePack::evidence(const Actor &actor, int number, qint64 throughSeq) const
{
    auto r = readSource(m_core, actor, number);
    if (!r)
        return r.error();
    return evidence::records(*r, throughSeq > 0 ? throughSeq : r->workspaceSeq);
}

Result<QByteArray> EvidencePack::renderPages(const PackData &data, int *pageCount)
{
    const PackText text(data.locale);
    PackStamp stamp;
    stamp.workspace = data.workspace.slug;
    stamp.number = data.change.number;
    stamp.auditSeq = data.auditSeq;
    stamp.locale = text.localeName();
    stamp.digest = data.digest;

    pack::XmpInfo xmp;
    xmp.title = text.t(QT_TRANSLATE_NOOP("EvidencePack", "Evidence pack %1: %2"))
                    .arg(data.change.numberText(), data.change.title);
    xmp.author = data.names.value(data.exportedBy);
    if (xmp.author.isEmpty())
        xmp.author = data.exportedBy;
    xmp.subject = text.t(QT_TRANSLATE_NOOP("EvidencePack",
                                           "Change %1 in workspace %2, from intent to outcome"))
                      .arg(data.change.numberText(), data.workspace.slug);
    xmp.keywords = QStringList{data.change.numberText(), data.workspace.slug,
                               text.t(QT_TRANSLATE_NOOP("EvidencePack", "evidence pack")),
                               text.t(QT_TRANSLATE_NOOP("EvidencePack", "change management")),
                               text.t(QT_TRANSLATE_NOOP("EvidencePack", "audit"))};
    xmp.language = text.localeName().replace(QLatin1Char('_'), QLatin1Char('-'));
    xmp.creatorTool = QStringLiteral("Vigilo ") + QStringLiteral(VIGILO_VERSION);
    xmp.producer = QStringLiteral("Qt ") + QString::fromLatin1(qVersion());
    xmp.created = data.generatedAt;
    xmp.stamp = stamp;

    return pack::writePdf(
        xmp,
        [&](QPdfWriter &writer) {
            PackDocument doc(data, text);
            return doc.paint(writer);
        },
        pageCount);
}

Result<QByteArray> EvidencePack::exportBytes(const Actor &actor, int number,
                                             const PackExport &options, EvidencePackResult *info)
{
    auto check = pack::checkExport(actor, options, m_core.clock());
    if (!check)
        return check.error();
    const auto &[localeName, now, cert] = *check;

    auto source = readSource(m_core, actor, number);
    if (!source)
        return source.error();
    evidence::Context context;
    context.exportedBy = actor.member.username;
    context.generatedAt = now;
    context.locale = PackText(localeName).localeName();
    context.signer = cert;
    auto members = m_core.workspaces().members(actor);
    if (!members)
        return members.error();
    for (const Member &m : *members)
        context.names.insert(m.username, m.displayName);
    const QByteArray json = evidence::bytesOf(evidence::document(*source, context));
    // The pages come from the JSON as it will be embedded, never from the records directly.
    auto data = evidence::parse(json);
    if (!data)
        return data.error();
    int pages = 0;
    auto pdf = renderPages(*data, &pages);
    if (!pdf)
        return pdf.error();
    pack::EmbeddedFile file;
    file.name = evidence::fileName();
    file.description = QStringLiteral("The evidence this pack was printed from (%1, %2)")
                           .arg(evidence::format(), data->change.numberText());
    file.data = json;
    auto signedPdf =
        pack::signWithEvidence(*pdf, file, *options.signer,
                               QStringLiteral("Evidence pack %1 of workspace %2")
                                   .arg(data->change.numberText(), data->workspace.slug),
                               now);
    if (!signedPdf)
        return signedPdf.error();
    if (info) {
        info->number = data->change.numberText();
        info->locale = data->locale;
        info->pages = pages;
        info->bytes = signedPdf->size();
        info->auditSeq = data->auditSeq;
        info->headHash = data->headHash;
        info->events = int(data->events.size());
        info->digest = data->digest;
        info->signer = cert;
    }
    return signedPdf;
}

Result<EvidencePackResult> EvidencePack::exportPdf(const Actor &actor, int number,
                                                   const QString &path, const PackExport &options)
{
    if (path.trimmed().isEmpty())
        return Error::input(CoreText::tr("Say where to write the evidence pack (a .pdf file)."),
                            {{QStringLiteral("field"), QStringLiteral("path")}},
                            QStringLiteral("invalid_input"));
    EvidencePackResult out;
    auto bytes = exportBytes(actor, number, options, &out);
    if (!bytes)
        return bytes.error();
    // Printed, signed and written in one go: a full disk or a vanished folder leaves no truncated
    // pack (and an existing file as it was).
    const QString target = QFileInfo(path).absoluteFilePath();
    VIGILO_TRY(writeFileAtomically(target, *bytes));
    out.path = target;
    return out;
}

Result<PackStamp> EvidencePack::readStamp(const QString &pdfPath)
{
    auto bytes = readFile(pdfPath);
    if (!bytes)
        return bytes.error();
    PackStamp stamp;
    if (!pack::readStampFrom(*bytes, &stamp))
        return notAPack(pdfPath);
    return stamp;
}

Result<PackVerification> EvidencePack::verifyOfflineBytes(const QByteArray &bytes,
                                                          const TrustList &trust,
                                                          const QString &path)
{
    // Minutes of a CAB meeting are signed like packs and checked here too.
    if (PackStamp stamp; !pack::readStampFrom(bytes, &stamp) && MinutesPdf::isMinutes(bytes))
        return MinutesPdf::verifyOfflineBytes(bytes, trust, path);
    auto in = inspect(bytes, trust, path);
    if (!in)
        return in.error();
    finish(in->v);
    return in->v;
}

Result<PackVerification> EvidencePack::verifyOffline(const QString &pdfPath, const TrustList &trust)
{
    auto bytes = readFile(pdfPath);
    if (!bytes)
        return bytes.error();
    return verifyOfflineBytes(*bytes, trust, pdfPath);
}

Result<PackVerification> EvidencePack::verify(const Actor &actor, const QString &pdfPath) const
{
    auto bytes = readFile(pdfPath);
    if (!bytes)
        return bytes.error();
    auto trust = WorkspaceTrust(m_core).list(actor);
    if (!trust)
        return trust.error();
    // Minutes of a CAB meeting: checked against the meeting's stored minutes.
    if (PackStamp stamp; !pack::readStampFrom(*bytes, &stamp) && MinutesPdf::isMinutes(*bytes))
        return MinutesPdf(m_core).verify(actor, *bytes, *trust, pdfPath);
    auto in = inspect(*bytes, *trust, pdfPath);
    if (!in)
        return in.error();
    PackVerification &v = in->v;
    v.offline = false;

    // 6. The records, recomputed from the database as of the pack's audit seq.
    if (in->stamp.workspace != actor.workspace.slug) {
        v.checks << PackCheck{
            QStringLiteral("workspace"), false,
            CoreText::tr("The pack belongs to workspace \"%1\", not \"%2\": verify it "
                         "with -w %1.")
                .arg(in->stamp.workspace, actor.workspace.slug)};
        finish(v);
        return v;
    }
    auto source = readSource(m_core, actor, in->stamp.number);
    if (!source)
        return source.error();
    const QJsonObject now = evidence::records(*source, in->stamp.auditSeq);
    for (const AuditEvent &e : source->events)
        if (e.seq > in->stamp.auditSeq)
            ++v.laterEvents;
    const QString history = QStringLiteral("history");
    const QString snapshot = QStringLiteral("snapshot");
    if (!v.hasData) {
        v.checks << PackCheck{history, false,
                              CoreText::tr("The pack has no evidence to compare with the "
                                           "database.")};
    } else if (source->workspaceSeq < in->stamp.auditSeq) {
        v.checks << PackCheck{history, false,
                              CoreText::tr("The pack covers event #%1 but the workspace's history "
                                           "ends at #%2: the history was cut short.")
                                  .arg(in->stamp.auditSeq)
                                  .arg(source->workspaceSeq)};
    } else if (now.value(history) != in->embedded.value(history)) {
        v.checks << PackCheck{history, false,
                              CoreText::tr("The history of %1 up to event #%2 no longer matches "
                                           "the pack: recorded events were changed or removed.")
                                  .arg(v.number)
                                  .arg(in->stamp.auditSeq)};
    } else if (now.value(snapshot) == in->embedded.value(snapshot)) {
        v.checks << PackCheck{history, true,
                              CoreText::tr("The records in the database match the pack exactly.")};
    } else if (v.laterEvents > 0) {
        v.checks << PackCheck{history, true,
                              CoreText::tr("The history the pack covers is intact; %n events of %1 "
                                           "were recorded after the export.",
                                           nullptr, int(v.laterEvents))
                                  .arg(v.number)};
    } else {
        v.checks << PackCheck{history, false,
                              CoreText::tr("The records of %1 differ from the pack although no "
                                           "event was recorded since: they were changed outside "
                                           "Vigilo.")
                                  .arg(v.number)};
    }

    // 7. The workspace's hash chain, and the chain head the pack signed.
    auto chain = m_core.audit().verify(actor);
    if (!chain)
        return chain.error();
    QString anchorProblem;
    if (v.hasData && source->workspaceSeq >= v.data.auditSeq) {
        auto stored = sql::scalar(
            m_core.store(),
            QStringLiteral("SELECT hash FROM audit_events WHERE workspace_id = ? AND seq = ?"),
            {actor.workspace.id, v.data.auditSeq});
        if (!stored)
            return stored.error();
        if (stored->isNull())
            anchorProblem = CoreText::tr("event #%1, whose hash the pack signed, is missing")
                                .arg(v.data.auditSeq);
        else if (stored->toString() != v.data.headHash)
            anchorProblem = CoreText::tr("event #%1 no longer has the hash the pack signed: the "
                                         "history up to it was rewritten")
                                .arg(v.data.auditSeq);
    }
    if (!chain->ok)
        v.checks << PackCheck{QStringLiteral("audit_chain"), false,
                              CoreText::tr("The audit trail fails verification: %n problems.",
                                           nullptr, int(chain->problems.size()))};
    else if (!anchorProblem.isEmpty())
        v.checks << PackCheck{
            QStringLiteral("audit_chain"), false,
            CoreText::tr("The audit trail's chain is consistent, but %1.").arg(anchorProblem)};
    else
        v.checks << PackCheck{QStringLiteral("audit_chain"), true,
                              CoreText::tr("The audit trail's hash chain is intact (%n events) "
                                           "and holds the chain head the pack signed.",
                                           nullptr, int(chain->eventsChecked))};
    finish(v);
    return v;
}

} // namespace vigilo
