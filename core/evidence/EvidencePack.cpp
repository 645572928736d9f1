#include "EvidencePack.h"

#include "AtomicFile.h"
#include "Clock.h"
#include "PackDocument.h"
#include "PackSeal.h"
#include "PackText.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "Vigilo.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfWriter>

namespace vigilo {

namespace {

const QString kFormat = QStringLiteral("vigilo-evidence/1");

QJsonArray toArray(const QList<QJsonObject> &objects)
{
    QJsonArray a;
    for (const QJsonObject &o : objects)
        a.append(o);
    return a;
}

// The records that make up the evidence (snapshot and history) for one change.
struct Records {
    Workspace workspace;
    ChangeRequest change;
    QList<ApprovalStep> steps;
    QList<ChangeTask> tasks;
    RiskProfile risk;
    QList<Comment> comments;
    QList<Attachment> attachments;
    QList<AuditEvent> events; // every event of the change, all seqs
    qint64 workspaceSeq = 0;
};

Result<Records> readRecords(Vigilo &core, const Actor &actor, int number)
{
    Records r;
    auto seq =
        sql::scalar(core.store(), QStringLiteral("SELECT audit_seq FROM workspaces WHERE id = ?"),
                    {actor.workspace.id});
    if (!seq)
        return seq.error();
    r.workspaceSeq = seq->toLongLong();
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
    return r;
}

// The snapshot holds only what this change's own audited actions change: the upstream changes'
// status or an edited risk questionnaire must not make an old pack look tampered with.
QJsonObject snapshotOf(const Records &r)
{
    QJsonObject change = r.change.toJson();
    // Derived flags, not the record (overrunning depends on when you look).
    change.remove(QStringLiteral("overrunning"));
    change.remove(QStringLiteral("risk_assessed"));
    QJsonArray deps;
    for (const DependencyRef &d : r.change.dependencies)
        deps.append(formatChangeNumber(d.number));
    change.insert(QStringLiteral("dependencies"), deps);

    QList<QJsonObject> steps, tasks, comments, attachments;
    for (const ApprovalStep &s : r.steps)
        steps << s.toJson();
    for (const ChangeTask &t : r.tasks)
        tasks << t.toJson();
    for (const Comment &c : r.comments)
        comments << c.toJson();
    for (const Attachment &a : r.attachments)
        attachments << a.toJson();
    QStringList keys = r.risk.answers.keys();
    keys.sort();
    QJsonArray answers;
    for (const QString &k : keys) {
        const RiskAnswer &a = r.risk.answers.value(k);
        answers.append(QJsonObject{{QStringLiteral("question"), a.key},
                                   {QStringLiteral("choice"), a.choice},
                                   {QStringLiteral("answered_by"), a.answeredBy},
                                   {QStringLiteral("answered_at"), jsonTime(a.answeredAt)}});
    }
    return {{QStringLiteral("change"), change},
            {QStringLiteral("approval_steps"), toArray(steps)},
            {QStringLiteral("tasks"), toArray(tasks)},
            {QStringLiteral("risk_answers"), answers},
            {QStringLiteral("comments"), toArray(comments)},
            {QStringLiteral("attachments"), toArray(attachments)}};
}

QJsonObject eventJson(const AuditEvent &e)
{
    return {{QStringLiteral("seq"), e.seq},       {QStringLiteral("at"), jsonTime(e.at)},
            {QStringLiteral("actor"), e.actor},   {QStringLiteral("action"), e.action},
            {QStringLiteral("entity"), e.entity}, {QStringLiteral("entity_id"), e.entityId},
            {QStringLiteral("old"), e.oldValues}, {QStringLiteral("new"), e.newValues},
            {QStringLiteral("hash"), e.hash}};
}

QJsonObject evidenceOf(const Records &r, qint64 throughSeq)
{
    QJsonArray history;
    for (const AuditEvent &e : r.events)
        if (e.seq <= throughSeq)
            history.append(eventJson(e));
    return {{QStringLiteral("format"), kFormat},
            {QStringLiteral("workspace"), r.workspace.slug},
            {QStringLiteral("change"), r.change.numberText()},
            {QStringLiteral("through_seq"), throughSeq},
            {QStringLiteral("history"), history},
            {QStringLiteral("snapshot"), snapshotOf(r)}};
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

QJsonObject EvidencePackResult::toJson() const
{
    return {{QStringLiteral("path"), path},
            {QStringLiteral("number"), number},
            {QStringLiteral("locale"), locale},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("audit_seq"), auditSeq},
            {QStringLiteral("events"), events},
            {QStringLiteral("digest"), digest},
            {QStringLiteral("history_digest"), historyDigest},
            {QStringLiteral("seal"), seal}};
}

QJsonObject PackCheck::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("message"), message}};
}

QJsonObject PackVerification::toJson() const
{
    QJsonArray cs;
    for (const PackCheck &c : checks)
        cs.append(c.toJson());
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("path"), path},
            {QStringLiteral("workspace"), workspace},
            {QStringLiteral("number"), number},
            {QStringLiteral("audit_seq"), auditSeq},
            {QStringLiteral("recorded_digest"), recordedDigest},
            {QStringLiteral("current_digest"), currentDigest},
            {QStringLiteral("later_events"), laterEvents},
            {QStringLiteral("checks"), cs}};
}

QString EvidencePack::digestOf(const QJsonObject &evidence)
{
    return sha256(QJsonDocument(evidence).toJson(QJsonDocument::Compact));
}

QString EvidencePack::historyDigestOf(const QJsonObject &evidence)
{
    QJsonObject h = evidence;
    h.remove(QStringLiteral("snapshot"));
    return digestOf(h);
}

Result<QJsonObject> EvidencePack::evidence(const Actor &actor, int number, qint64 throughSeq) const
{
    auto r = readRecords(m_core, actor, number);
    if (!r)
        return r.error();
    return evidenceOf(*r, throughSeq > 0 ? throughSeq : r->workspaceSeq);
}

Result<EvidencePackResult> EvidencePack::exportPdf(const Actor &actor, int number,
                                                   const QString &path, const QString &locale)
{
    const QString localeName =
        locale.trimmed().isEmpty() ? actor.workspace.locale : locale.trimmed();
    if (!PackText::isValidLocale(localeName))
        return Error::input(
            CoreText::tr("Unknown locale \"%1\": use a name like de_DE or en_US.").arg(localeName),
            {{QStringLiteral("locale"), localeName}}, QStringLiteral("invalid_locale"));
    if (path.trimmed().isEmpty())
        return Error::input(CoreText::tr("Say where to write the evidence pack (a .pdf file)."), {},
                            QStringLiteral("invalid_input"));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::storage(CoreText::tr("Printing an evidence pack needs a QGuiApplication."),
                              {}, QStringLiteral("no_gui_application"));

    auto records = readRecords(m_core, actor, number);
    if (!records)
        return records.error();
    const Records &r = *records;
    const QJsonObject ev = evidenceOf(r, r.workspaceSeq);

    PackData data;
    data.workspace = r.workspace;
    data.change = r.change;
    data.steps = r.steps;
    data.tasks = r.tasks;
    data.risk = r.risk;
    data.comments = r.comments;
    data.attachments = r.attachments;
    for (const AuditEvent &e : r.events)
        if (e.seq <= r.workspaceSeq)
            data.events << e;
    data.exportedBy = actor.member.username;
    data.generatedAt = m_core.clock().now();
    data.auditSeq = r.workspaceSeq;
    data.digest = digestOf(ev);
    if (auto members = m_core.workspaces().members(actor); members.ok())
        for (const Member &m : *members)
            data.names.insert(m.username, m.displayName);

    const PackText text(localeName);
    PackStamp stamp;
    stamp.workspace = r.workspace.slug;
    stamp.number = number;
    stamp.auditSeq = r.workspaceSeq;
    stamp.locale = text.localeName();
    stamp.digest = data.digest;
    stamp.historyDigest = historyDigestOf(ev);

    pack::XmpInfo xmp;
    xmp.title = text.t(QT_TRANSLATE_NOOP("EvidencePack", "Evidence pack %1: %2"))
                    .arg(r.change.numberText(), r.change.title);
    xmp.author = data.names.value(actor.member.username);
    if (xmp.author.isEmpty())
        xmp.author = actor.member.username;
    xmp.subject = text.t(QT_TRANSLATE_NOOP("EvidencePack",
                                           "Change %1 in workspace %2, from intent to outcome"))
                      .arg(r.change.numberText(), r.workspace.slug);
    xmp.keywords = QStringList{r.change.numberText(), r.workspace.slug,
                               text.t(QT_TRANSLATE_NOOP("EvidencePack", "evidence pack")),
                               text.t(QT_TRANSLATE_NOOP("EvidencePack", "change management")),
                               text.t(QT_TRANSLATE_NOOP("EvidencePack", "audit"))};
    xmp.language = text.localeName().replace(QLatin1Char('_'), QLatin1Char('-'));
    xmp.creatorTool = QStringLiteral("Vigilo ") + QStringLiteral(VIGILO_VERSION);
    xmp.producer = QStringLiteral("Qt ") + QString::fromLatin1(qVersion());
    xmp.created = data.generatedAt; // the injected clock, like every time on the pages
    xmp.stamp = stamp;

    const QString target = QFileInfo(path).absoluteFilePath();
    EvidencePackResult out;
    // Printed into memory, sealed there, then written in one go with QSaveFile: a full disk or a
    // vanished folder leaves no truncated pack (and an existing file as it was).
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(xmp.title);
        writer.setCreator(xmp.creatorTool);
        writer.setDocumentXmpMetadata(pack::xmpPacket(xmp));
        PackDocument doc(data, text);
        auto pages = doc.paint(writer);
        if (!pages)
            return pages.error();
        out.pages = *pages;
        out.path = target;
        out.number = r.change.numberText();
        out.locale = text.localeName();
        out.auditSeq = r.workspaceSeq;
        out.events = int(data.events.size());
        out.digest = data.digest;
        out.historyDigest = stamp.historyDigest;
    } // the writer completes the PDF when it goes out of scope; seal it afterwards
    QByteArray bytes = pdf.data();
    auto seal = pack::sealBytes(bytes);
    if (!seal)
        return seal.error();
    VIGILO_TRY(writeFileAtomically(target, bytes));
    out.seal = *seal;
    out.bytes = bytes.size();
    return out;
}

Result<PackStamp> EvidencePack::readStamp(const QString &pdfPath)
{
    QFile f(pdfPath);
    if (!f.open(QIODevice::ReadOnly))
        return Error::input(CoreText::tr("Cannot read %1: %2").arg(pdfPath, f.errorString()),
                            {{QStringLiteral("path"), pdfPath}}, QStringLiteral("file_unreadable"));
    PackStamp stamp;
    if (!pack::readStampFrom(f.readAll(), &stamp))
        return Error::input(
            CoreText::tr("%1 is not a Vigilo evidence pack (no Vigilo metadata found).")
                .arg(pdfPath),
            {{QStringLiteral("path"), pdfPath}}, QStringLiteral("not_a_pack"));
    return stamp;
}

Result<PackVerification> EvidencePack::verify(const Actor &actor, const QString &pdfPath) const
{
    QFile f(pdfPath);
    if (!f.open(QIODevice::ReadOnly))
        return Error::input(CoreText::tr("Cannot read %1: %2").arg(pdfPath, f.errorString()),
                            {{QStringLiteral("path"), pdfPath}}, QStringLiteral("file_unreadable"));
    const QByteArray bytes = f.readAll();
    f.close();
    PackStamp stamp;
    if (!pack::readStampFrom(bytes, &stamp))
        return Error::input(
            CoreText::tr("%1 is not a Vigilo evidence pack (no Vigilo metadata found).")
                .arg(pdfPath),
            {{QStringLiteral("path"), pdfPath}}, QStringLiteral("not_a_pack"));

    PackVerification v;
    v.path = QFileInfo(pdfPath).absoluteFilePath();
    v.workspace = stamp.workspace;
    v.number = formatChangeNumber(stamp.number);
    v.auditSeq = stamp.auditSeq;
    v.recordedDigest = stamp.digest;

    // 1. The seal: any byte changed after export breaks it.
    const pack::SealCheck seal = pack::checkSeal(bytes);
    if (!seal.found)
        v.checks << PackCheck{QStringLiteral("seal"), false,
                              CoreText::tr("The file carries no integrity seal.")};
    else if (seal.recorded != seal.computed)
        v.checks << PackCheck{
            QStringLiteral("seal"), false,
            CoreText::tr("The file was altered after export: its bytes no longer match "
                         "its seal.")};
    else
        v.checks << PackCheck{QStringLiteral("seal"), true,
                              CoreText::tr("The file is byte for byte as exported.")};

    // 2. The evidence, recomputed from the database as of the pack's audit seq.
    if (stamp.workspace != actor.workspace.slug) {
        v.checks << PackCheck{
            QStringLiteral("workspace"), false,
            CoreText::tr("The pack belongs to workspace \"%1\", not \"%2\": verify it "
                         "with -w %1.")
                .arg(stamp.workspace, actor.workspace.slug)};
    } else {
        auto records = readRecords(m_core, actor, stamp.number);
        if (!records)
            return records.error();
        const QJsonObject ev = evidenceOf(*records, stamp.auditSeq);
        v.currentDigest = digestOf(ev);
        for (const AuditEvent &e : records->events)
            if (e.seq > stamp.auditSeq)
                ++v.laterEvents;
        if (records->workspaceSeq < stamp.auditSeq) {
            v.checks << PackCheck{
                QStringLiteral("evidence"), false,
                CoreText::tr("The pack covers event #%1 but the workspace's history "
                             "ends at #%2: the history was cut short.")
                    .arg(stamp.auditSeq)
                    .arg(records->workspaceSeq)};
        } else if (v.currentDigest == stamp.digest) {
            v.checks << PackCheck{
                QStringLiteral("evidence"), true,
                CoreText::tr("The evidence in the database matches the pack exactly.")};
        } else if (historyDigestOf(ev) != stamp.historyDigest) {
            v.checks << PackCheck{
                QStringLiteral("evidence"), false,
                CoreText::tr("The history of %1 up to event #%2 no longer matches the "
                             "pack: recorded events were changed or removed.")
                    .arg(v.number)
                    .arg(stamp.auditSeq)};
        } else if (v.laterEvents > 0) {
            v.checks << PackCheck{
                QStringLiteral("evidence"), true,
                CoreText::tr("The history the pack covers is intact; %1 event(s) of %2 "
                             "were recorded after the export.")
                    .arg(v.laterEvents)
                    .arg(v.number)};
        } else {
            v.checks << PackCheck{
                QStringLiteral("evidence"), false,
                CoreText::tr("The records of %1 differ from the pack although no event "
                             "was recorded since: they were changed outside Vigilo.")
                    .arg(v.number)};
        }
    }

    // 3. The workspace's hash chain.
    auto chain = m_core.audit().verify(actor);
    if (!chain)
        return chain.error();
    if (chain->ok)
        v.checks << PackCheck{QStringLiteral("audit_chain"), true,
                              CoreText::tr("The audit trail's hash chain is intact (%1 events).")
                                  .arg(chain->eventsChecked)};
    else
        v.checks << PackCheck{QStringLiteral("audit_chain"), false,
                              CoreText::tr("The audit trail fails verification: %1 problem(s).")
                                  .arg(chain->problems.size())};

    v.ok = true;
    for (const PackCheck &c : v.checks)
        v.ok = v.ok && c.ok;
    return v;
}

} // namespace vigilo
