#include "MinutesPdf.h"

#include "PageFrame.h"

#include "AtomicFile.h"
#include "Clock.h"
#include "Meetings.h"
#include "PackEvidence.h"
#include "PackFonts.h"
#include "PackLayout.h"
#include "PackText.h"
#include "PackXmp.h"
#include "PdfFile.h"
#include "PdfSignature.h"
#include "SigningKey.h"
#include "Tr.h"
#include "Vigilo.h"
#include "WorkspaceService.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>

namespace vigilo {

namespace {

const char *kFileName = "minutes.json";
const char *kFormat = "vigilo-minutes/1";
const char *kInk = "#1b2a3a";
const char *kAccent = "#1f4e79";
const char *kMuted = "#5f6b7a";
const char *kRule = "#c5ced9";

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime timeOf(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(str(o, key), Qt::ISODate);
}

// The minutes' strings are the Markdown's (context "Vigilo"), in the document's language.
QString v(const PackText &t, const char *source, int n = -1)
{
    return t.translate("Vigilo", source, nullptr, n);
}

QString person(const QJsonObject &doc, const QString &username)
{
    const QString name = doc.value(QStringLiteral("names")).toObject().value(username).toString();
    return name.isEmpty() || name == username ? username
                                              : QStringLiteral("%1 (%2)").arg(name, username);
}

void layOut(pack::Flow &flow, const QJsonObject &doc, const PackText &t)
{
    using pack::Rich;
    const QJsonObject mi = doc.value(QStringLiteral("minutes")).toObject();
    const QColor accent(QString::fromLatin1(kAccent));
    const QColor muted(QString::fromLatin1(kMuted));
    const QColor rule(QString::fromLatin1(kRule));
    QFont title = pack::sansFont(15);
    title.setBold(true);
    QFont heading = pack::sansFont(11);
    heading.setBold(true);
    QFont itemHeading = pack::sansFont(9.5);
    itemHeading.setBold(true);
    const QFont body = flow.baseFont();

    flow.paragraph(Rich().add(v(t, QT_TRANSLATE_NOOP("Vigilo", "Minutes of the CAB \"%1\", "
                                                               "meeting %2"))
                                  .arg(str(mi, "cab"))
                                  .arg(mi.value(QStringLiteral("meeting")).toInt()),
                              pack::coloured(accent, true)),
                   title, 0, 2);
    flow.rule(accent, 0.4, 3);
    const auto when = [&](const char *key) {
        const QDateTime at = timeOf(mi, key);
        return at.isValid() ? t.longDateTime(at) + QStringLiteral(" UTC") : QStringLiteral("–");
    };
    Rich facts;
    facts.add(v(t, QT_TRANSLATE_NOOP("Vigilo", "Chair: %1")).arg(person(doc, str(mi, "chair"))))
        .br();
    facts.add(v(t, QT_TRANSLATE_NOOP("Vigilo", "Started: %1")).arg(when("started_at"))).br();
    facts.add(v(t, QT_TRANSLATE_NOOP("Vigilo", "Closed: %1")).arg(when("closed_at"))).br();
    facts.add(v(t, QT_TRANSLATE_N_NOOP("Vigilo", "Quorum: %n voting members"),
                mi.value(QStringLiteral("quorum_required")).toInt()));
    flow.paragraph(facts, body, 0, 3);

    flow.paragraph(Rich().add(v(t, QT_TRANSLATE_NOOP("Vigilo", "Attendees"))), heading, 2, 1.5, 20);
    pack::Table people;
    people.widths = {3, 2, 3};
    people.headerBackground = accent;
    people.border = rule;
    people.zebra = QColor(QStringLiteral("#f3f6f9"));
    for (const QJsonValue &a : mi.value(QStringLiteral("attendees")).toArray()) {
        const QJsonObject o = a.toObject();
        const QString status = str(o, "status");
        const QString state = status == QLatin1String("present")
                                  ? v(t, QT_TRANSLATE_NOOP("Vigilo", "present"))
                              : status == QLatin1String("absent")
                                  ? v(t, QT_TRANSLATE_NOOP("Vigilo", "absent"))
                                  : v(t, QT_TRANSLATE_NOOP("Vigilo", "represented by %1"))
                                        .arg(person(doc, str(o, "delegate")));
        const QString seat = str(o, "seat") == QLatin1String("voting")
                                 ? v(t, QT_TRANSLATE_NOOP("Vigilo", "voting member"))
                                 : v(t, QT_TRANSLATE_NOOP("Vigilo", "adviser"));
        people.rows << QList<pack::Cell>{
            {Rich(person(doc, str(o, "member"))), {}}, {Rich(seat), {}}, {Rich(state), {}}};
    }
    if (people.rows.isEmpty())
        flow.paragraph(Rich(v(t, QT_TRANSLATE_NOOP("Vigilo", "None."))), body, 0, 2);
    else
        flow.table(people);

    flow.paragraph(Rich().add(v(t, QT_TRANSLATE_NOOP("Vigilo", "Decisions"))), heading, 3, 1.5, 20);
    for (const QJsonValue &iv : mi.value(QStringLiteral("items")).toArray()) {
        const QJsonObject i = iv.toObject();
        flow.paragraph(Rich().add(str(i, "number") + QStringLiteral("  ") + str(i, "title")),
                       itemHeading, 2, 1, 14);
        Rich r;
        r.add(v(t, QT_TRANSLATE_NOOP("Vigilo", "Decision: %1"))
                  .arg(t.translate("Vigilo", Meetings::decisionSource(str(i, "decision")), nullptr,
                                   -1)),
              pack::bold());
        if (!str(i, "note").isEmpty())
            r.br().add(v(t, QT_TRANSLATE_NOOP("Vigilo", "Note: %1")).arg(str(i, "note")));
        QStringList votes;
        for (const QJsonValue &vote : i.value(QStringLiteral("votes")).toArray())
            votes << QStringLiteral("%1: %2").arg(person(doc, str(vote.toObject(), "member")),
                                                  str(vote.toObject(), "vote"));
        if (!votes.isEmpty())
            r.br().add(v(t, QT_TRANSLATE_NOOP("Vigilo", "Votes: %1"))
                           .arg(votes.join(QStringLiteral(", "))));
        const int secs = i.value(QStringLiteral("seconds_spent")).toInt();
        r.br().add(v(t, QT_TRANSLATE_N_NOOP("Vigilo", "Time spent: %1 of %n minutes"),
                     i.value(QStringLiteral("time_box_minutes")).toInt())
                       .arg(QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10,
                                                                       QLatin1Char('0'))),
                   pack::coloured(muted));
        flow.paragraph(r, body, 0, 2);
    }

    flow.paragraph(Rich().add(v(t, QT_TRANSLATE_NOOP("Vigilo", "Late additions"))), heading, 3, 1.5,
                   14);
    const QJsonArray late = mi.value(QStringLiteral("late_additions")).toArray();
    Rich lr;
    if (late.isEmpty())
        lr.add(v(t, QT_TRANSLATE_NOOP("Vigilo", "None.")));
    for (qsizetype n = 0; n < late.size(); ++n) {
        const QJsonObject l = late.at(n).toObject();
        const QString fate =
            str(l, "fate") == QLatin1String("admitted")
                ? v(t, QT_TRANSLATE_NOOP("Vigilo", "admitted by the chair: %1"))
                      .arg(t.translate("Vigilo", Meetings::decisionSource(str(l, "decision")),
                                       nullptr, -1))
                : v(t, QT_TRANSLATE_NOOP("Vigilo", "left for the next meeting"));
        if (n > 0)
            lr.br();
        lr.add(QStringLiteral("%1 %2: %3").arg(str(l, "number"), str(l, "title"), fate));
    }
    flow.paragraph(lr, body, 0, 2);
}

Result<int> paint(QPdfWriter &writer, const QJsonObject &doc, const PackText &t,
                  const QString &digest)
{
    const pack::PageGeometry g(writer.resolution());
    pack::loadBundledFonts();
    pack::Flow flow(&writer, g.body, pack::sansFont(8.5));
    flow.setInk(QColor(QString::fromLatin1(kInk)));
    layOut(flow, doc, t);

    const QJsonObject ws = doc.value(QStringLiteral("workspace")).toObject();
    const QJsonObject mi = doc.value(QStringLiteral("minutes")).toObject();
    const QString heading = v(t, QT_TRANSLATE_NOOP("Vigilo", "Minutes of the CAB \"%1\", "
                                                             "meeting %2"))
                                .arg(str(mi, "cab"))
                                .arg(mi.value(QStringLiteral("meeting")).toInt());
    const QString generated = t.t(QT_TRANSLATE_NOOP("EvidencePack", "Generated %1 UTC"))
                                  .arg(t.dateTime(timeOf(doc, "generated_at")));
    pack::PageFrame frame;
    frame.headerLeft = str(ws, "name") + QStringLiteral(" (") + str(ws, "slug") + QLatin1Char(')');
    frame.headerRight = str(mi, "cab");
    frame.footerLeft = heading + QStringLiteral(" · ") + generated;
    frame.digest = digest;
    frame.accent = QColor(QString::fromLatin1(kAccent));
    frame.muted = QColor(QString::fromLatin1(kMuted));
    frame.rule = QColor(QString::fromLatin1(kRule));
    frame.pageNumberInk = frame.muted;
    return pack::paintFramed(writer, flow, g, frame, t);
}

Result<QJsonObject> parseDoc(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument d = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !d.isObject()
        || d.object().value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return Error::input(CoreText::tr("The embedded minutes are not Vigilo minutes."), {},
                            QStringLiteral("evidence_missing"));
    return d.object();
}

void add(PackVerification &out, const char *name, bool ok, const QString &message)
{
    out.checks << PackCheck{QString::fromLatin1(name), ok, message};
}

} // namespace

QJsonObject MinutesPdfResult::toJson() const
{
    return {{QStringLiteral("path"), path},     {QStringLiteral("meeting"), meeting},
            {QStringLiteral("cab"), cab},       {QStringLiteral("locale"), locale},
            {QStringLiteral("pages"), pages},   {QStringLiteral("bytes"), bytes},
            {QStringLiteral("digest"), digest}, {QStringLiteral("signer"), signer.toJson()}};
}

Result<QByteArray> MinutesPdf::renderPages(const QJsonObject &doc, int *pageCount)
{
    const PackText text(str(doc, "locale"));
    const QByteArray json = evidence::bytesOf(doc);
    const QString digest = evidence::digestOf(json);
    const QJsonObject mi = doc.value(QStringLiteral("minutes")).toObject();
    pack::XmpInfo xmp;
    xmp.title = v(text, QT_TRANSLATE_NOOP("Vigilo", "Minutes of the CAB \"%1\", meeting %2"))
                    .arg(str(mi, "cab"))
                    .arg(mi.value(QStringLiteral("meeting")).toInt());
    xmp.author = person(doc, str(doc, "exported_by"));
    xmp.subject = xmp.title;
    xmp.keywords = {str(doc.value(QStringLiteral("workspace")).toObject(), "slug"), str(mi, "cab")};
    xmp.language = text.localeName().replace(QLatin1Char('_'), QLatin1Char('-'));
    xmp.creatorTool = QStringLiteral("Vigilo ") + QStringLiteral(VIGILO_VERSION);
    xmp.producer = QStringLiteral("Qt ") + QString::fromLatin1(qVersion());
    xmp.created = timeOf(doc, "generated_at");
    xmp.stamp.workspace = str(doc.value(QStringLiteral("workspace")).toObject(), "slug");
    xmp.stamp.locale = text.localeName();
    xmp.stamp.digest = digest;
    return pack::writePdf(
        xmp, [&](QPdfWriter &writer) { return paint(writer, doc, text, digest); }, pageCount);
}

Result<QByteArray> MinutesPdf::exportBytes(const Actor &actor, int number,
                                           const PackExport &options, MinutesPdfResult *info)
{
    auto check = pack::checkExport(actor, options, m_core.clock());
    if (!check)
        return check.error();
    const auto &[localeName, now, cert] = *check;
    auto meeting = m_core.meetings().get(actor, number);
    if (!meeting)
        return meeting.error();
    if (meeting->minutes.isEmpty())
        return Error::rule(QStringLiteral("meeting_not_closed"),
                           CoreText::tr("Meeting %1 has no minutes yet: they are written when the "
                                        "chair closes it (meeting close).")
                               .arg(number),
                           {{QStringLiteral("status"), meeting->status}});
    auto members = m_core.workspaces().members(actor);
    if (!members)
        return members.error();
    QJsonObject names;
    for (const Member &m : *members)
        names.insert(m.username, m.displayName);
    const QJsonObject doc{
        {QStringLiteral("format"), QString::fromLatin1(kFormat)},
        {QStringLiteral("workspace"), QJsonObject{{QStringLiteral("slug"), actor.workspace.slug},
                                                  {QStringLiteral("name"), actor.workspace.name}}},
        {QStringLiteral("locale"), PackText(localeName).localeName()},
        {QStringLiteral("generated_at"), now.toString(Qt::ISODate)},
        {QStringLiteral("exported_by"), actor.member.username},
        {QStringLiteral("names"), names},
        {QStringLiteral("signer"), cert.toJson()},
        {QStringLiteral("minutes"), meeting->minutes}};
    const QByteArray json = evidence::bytesOf(doc);
    // The pages come from the JSON as it will be embedded.
    auto parsed = parseDoc(json);
    if (!parsed)
        return parsed.error();
    int pages = 0;
    auto pdf = renderPages(*parsed, &pages);
    if (!pdf)
        return pdf.error();
    pack::EmbeddedFile file;
    file.name = QString::fromLatin1(kFileName);
    file.description = QStringLiteral("The minutes this document was printed from (%1, meeting %2)")
                           .arg(QString::fromLatin1(kFormat))
                           .arg(number);
    file.data = json;
    auto signedPdf = pack::signWithEvidence(*pdf, file, *options.signer,
                                            QStringLiteral("Minutes of meeting %1 of workspace %2")
                                                .arg(number)
                                                .arg(actor.workspace.slug),
                                            now);
    if (!signedPdf)
        return signedPdf.error();
    if (info) {
        info->meeting = number;
        info->cab = meeting->cab.name;
        info->locale = str(*parsed, "locale");
        info->pages = pages;
        info->bytes = signedPdf->size();
        info->digest = evidence::digestOf(json);
        info->signer = cert;
    }
    return signedPdf;
}

Result<MinutesPdfResult> MinutesPdf::exportPdf(const Actor &actor, int number, const QString &path,
                                               const PackExport &options)
{
    if (path.trimmed().isEmpty())
        return Error::input(CoreText::tr("Say where to write the minutes (a .pdf file)."),
                            {{QStringLiteral("field"), QStringLiteral("path")}},
                            QStringLiteral("invalid_input"));
    MinutesPdfResult out;
    auto bytes = exportBytes(actor, number, options, &out);
    if (!bytes)
        return bytes.error();
    const QString target = QFileInfo(path).absoluteFilePath();
    VIGILO_TRY(writeFileAtomically(target, *bytes));
    out.path = target;
    return out;
}

bool MinutesPdf::isMinutes(const QByteArray &bytes)
{
    pdf::Reader reader(bytes);
    QString problem;
    return reader.load(&problem)
           && pack::associatedFile(reader, QString::fromLatin1(kFileName)).ok();
}

Result<PackVerification> MinutesPdf::verifyOfflineBytes(const QByteArray &bytes,
                                                        const TrustList &trust, const QString &path)
{
    PackVerification out;
    out.path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    pdf::Reader reader(bytes);
    QString structure;
    if (!reader.load(&structure)) {
        add(out, "signature", false,
            CoreText::tr("The file's structure is damaged (%1): it is not as Vigilo wrote it.")
                .arg(structure));
        return out;
    }
    const pack::SignatureCheck sig = pack::checkSignature(reader);
    if (!sig.found)
        add(out, "signature", false, CoreText::tr("The pack carries no signature."));
    else if (!sig.ok())
        add(out, "signature", false,
            CoreText::tr("The file was changed after it was signed: %1")
                .arg(sig.cms.ok ? CoreText::tr("The signature does not cover the whole file.")
                                : sig.cms.problem));
    else
        add(out, "signature", true,
            CoreText::tr("Valid signature (%1) over the whole file: every byte is as signed.")
                .arg(sig.subFilter));
    out.signer = sig.cms.signer;
    auto json = pack::associatedFile(reader, QString::fromLatin1(kFileName));
    auto doc = json ? parseDoc(*json) : Result<QJsonObject>(json.error());
    if (!doc) {
        add(out, "evidence", false, doc.error().message);
        out.ok = false;
        return out;
    }
    const QJsonObject mi = doc->value(QStringLiteral("minutes")).toObject();
    out.workspace = str(doc->value(QStringLiteral("workspace")).toObject(), "slug");
    out.number = QStringLiteral("%1 #%2")
                     .arg(str(mi, "cab"))
                     .arg(mi.value(QStringLiteral("meeting")).toInt());
    out.embeddedDigest = evidence::digestOf(*json);
    PackStamp stamp;
    pack::readStampFrom(bytes, &stamp);
    out.recordedDigest = stamp.digest;
    const QString fingerprint = str(doc->value(QStringLiteral("signer")).toObject(), "fingerprint");
    if (out.signer.isNull()) {
        add(out, "certificate", false, CoreText::tr("The signature carries no certificate."));
        out.trust = TrustVerdict::stateName(TrustVerdict::Invalid);
    } else if (out.signer.fingerprint != fingerprint) {
        add(out, "certificate", false,
            CoreText::tr("The cover names the certificate %1, but the pack was signed with %2 "
                         "(%3).")
                .arg(fingerprint, out.signer.fingerprint, out.signer.subject));
        out.trust = TrustVerdict::stateName(TrustVerdict::Invalid);
    } else {
        const TrustVerdict verdict =
            evaluateTrust(out.signer, sig.cms.certificates, trust, timeOf(*doc, "generated_at"));
        out.trust = TrustVerdict::stateName(verdict.state);
        add(out, "certificate", verdict.ok(), verdict.message);
    }
    auto pages = EvidencePack::pageTexts(bytes);
    bool printed = pages.ok() && !pages->isEmpty();
    for (int i = 0; pages && i < pages->size(); ++i)
        printed = printed && pages->at(i).contains(out.embeddedDigest);
    add(out, "evidence", printed,
        printed ? CoreText::tr("The embedded evidence (%1, %2 bytes) has the SHA-256 printed on "
                               "every page: %3.")
                      .arg(QString::fromLatin1(kFileName))
                      .arg(json->size())
                      .arg(out.embeddedDigest)
                : CoreText::tr("The embedded evidence has the SHA-256 %1, but %2.")
                      .arg(out.embeddedDigest, CoreText::tr("page %1 does not print it").arg(1)));
    auto rendered = renderPages(*doc);
    auto expected =
        rendered ? EvidencePack::pageTexts(*rendered) : Result<QStringList>(rendered.error());
    if (!pages || !expected)
        add(out, "pages", false, (!pages ? pages : expected).error().message);
    else if (pages->size() != expected->size())
        add(out, "pages", false,
            CoreText::tr("The pack has %1 pages, but its evidence prints on %2: pages were "
                         "added or removed.")
                .arg(pages->size())
                .arg(expected->size()));
    else if (*pages != *expected) {
        int differs = 1;
        while (differs <= pages->size() && pages->at(differs - 1) == expected->at(differs - 1))
            ++differs;
        add(out, "pages", false,
            CoreText::tr("Page %1 does not show what the embedded evidence says: the "
                         "page content was changed.")
                .arg(differs));
    } else
        add(out, "pages", true,
            CoreText::tr("All %1 pages show exactly what the embedded evidence says.")
                .arg(pages->size()));
    out.ok = true;
    for (const PackCheck &c : out.checks)
        out.ok = out.ok && c.ok;
    return out;
}

Result<PackVerification> MinutesPdf::verify(const Actor &actor, const QByteArray &bytes,
                                            const TrustList &trust, const QString &path) const
{
    auto checked = verifyOfflineBytes(bytes, trust, path);
    if (!checked)
        return checked.error();
    PackVerification out = *checked;
    out.offline = false;
    pdf::Reader reader(bytes);
    QString structure;
    if (!reader.load(&structure))
        return out; // already failed on its structure
    auto json = pack::associatedFile(reader, QString::fromLatin1(kFileName));
    auto doc = json ? parseDoc(*json) : Result<QJsonObject>(json.error());
    if (!doc)
        return out; // already failed on its evidence
    const QJsonObject embedded = doc->value(QStringLiteral("minutes")).toObject();
    const int number = embedded.value(QStringLiteral("meeting")).toInt();
    const QString minutes = QStringLiteral("minutes");
    if (out.workspace != actor.workspace.slug) {
        add(out, "minutes", false,
            CoreText::tr("The minutes belong to workspace \"%1\", not \"%2\": verify them "
                         "with -w %1.")
                .arg(out.workspace, actor.workspace.slug));
    } else if (auto meeting = m_core.meetings().get(actor, number); !meeting) {
        if (meeting.error().kind() == ErrorKind::Storage)
            return meeting.error();
        add(out, "minutes", false,
            CoreText::tr("The workspace has no meeting %1: the minutes do not belong to it.")
                .arg(number));
    } else if (meeting->minutes.isEmpty()) {
        add(out, "minutes", false,
            CoreText::tr("Meeting %1 has no minutes in the database (it is not closed).")
                .arg(number));
    } else if (evidence::bytesOf(meeting->minutes) != evidence::bytesOf(embedded)) {
        add(out, "minutes", false,
            CoreText::tr("The minutes of meeting %1 in the database differ from the document: "
                         "the document or the stored minutes were changed.")
                .arg(number));
    } else {
        add(out, "minutes", true,
            CoreText::tr("The minutes in the database match the document exactly."));
    }
    out.ok = true;
    for (const PackCheck &c : out.checks)
        out.ok = out.ok && c.ok;
    return out;
}

} // namespace vigilo
