// Evidence packs: the same completed change exported from an English and a German workspace and
// read back with poppler (pdftotext, pdfinfo, pdffonts, pdfsig, pdfdetach); the rollback block;
// PDF/A-3 metadata, the embedded evidence and embedded fonts; the signature against pdfsig; every
// kind of tampering (a byte of the pages, of the embedded JSON, of the signature, an appended
// update), the forged closure code re-signed with a trusted key, untrusted, expired and revoked
// certificates; offline verification without any database, and with the database against later,
// tampered and recomputed history.
// Exports go through the Client as the member on the server backend (pack.export: the team
// server prints the pack and signs it with the workspace's key there, which is the test key placed
// in its key folder); on SQLite and PostgreSQL the member's own key signs in process, as the
// desktop does. On the core on every backend: exports signed with another key than the
// workspace's (an intruder's, an expired one; a member's own key does not exist on a server),
// verification (checks of what was exported), the trust list, and everything that takes the
// database apart underneath (own workspaces, as do the tests that need an empty trust list).
// The other tests share two workspaces, an English and a German one: one server each.
#include "ChainAnchors.h"
#include "EvidencePack.h"
#include "PackText.h"
#include "PdfFile.h"
#include "PdfSignature.h"
#include "RawSql.h"
#include "SigningKey.h"
#include "TestWorkspace.h"
#include "WorkspaceTrust.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace vigilo;
using namespace vigilo::test;

namespace {

QString run(const QString &program, const QStringList &args, bool *ok = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool finished = p.waitForFinished(60000);
    if (ok)
        *ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The page layout as text (dates, footers, headings)...
QString pdfText(const QString &path)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
}
// ...and the text in drawing order with lines joined, for "A comes before B" across table cells.
QString pdfFlow(const QString &path)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")})
        .simplified();
}

// pdfsig's verdict: the signature valid and the whole document signed.
bool pdfsigAccepts(const QString &path, QString *out)
{
    *out = run(QStringLiteral("pdfsig"), {QStringLiteral("-nocert"), path});
    return out->contains(QStringLiteral("Signature Validation: Signature is Valid."))
           && out->contains(QStringLiteral("Total document signed"))
           && !out->contains(QStringLiteral("Not total document signed"));
}

// Every string in `needles` occurs in `text`, in this order.
bool inOrder(const QString &text, const QStringList &needles, QByteArray *why)
{
    qsizetype from = 0;
    for (const QString &n : needles) {
        const qsizetype at = text.indexOf(n, from);
        if (at < 0) {
            *why =
                "not found (in order): " + n.toUtf8() + "\nafter: " + text.mid(from, 400).toUtf8();
            qWarning("%s", why->constData());
            return false;
        }
        from = at + n.size();
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const PackCheck *checkNamed(const PackVerification &v, const char *name)
{
    for (const PackCheck &c : v.checks)
        if (c.name == QLatin1String(name))
            return &c;
    return nullptr;
}

QByteArray dump(const PackVerification &v)
{
    return QJsonDocument(v.toJson()).toJson();
}

// The glyphs of a page's content stream, decoded through its fonts' ToUnicode maps: what a
// forger needs to rewrite words on a page.
struct Glyph {
    int line = 0;
    QByteArray font;
    QByteArray hex;
    QChar ch;
};

QHash<QByteArray, QChar> toUnicodeMap(const QByteArray &cmap)
{
    QHash<QByteArray, QChar> map;
    const QRegularExpression range(QStringLiteral(
        "<([0-9A-Fa-f]{4})>\\s*<([0-9A-Fa-f]{4})>\\s*(\\[[^\\]]*\\]|<[0-9A-Fa-f]+>)"));
    for (auto it = range.globalMatch(QString::fromLatin1(cmap)); it.hasNext();) {
        const auto m = it.next();
        const int from = m.captured(1).toInt(nullptr, 16), to = m.captured(2).toInt(nullptr, 16);
        QStringList targets;
        const QString t = m.captured(3);
        if (t.startsWith(QLatin1Char('['))) {
            static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]+)>"));
            for (auto h = hex.globalMatch(t); h.hasNext();)
                targets << h.next().captured(1);
        } else {
            for (int g = from; g <= to; ++g)
                targets << QString::number(t.mid(1, t.size() - 2).toInt(nullptr, 16) + g - from,
                                           16);
        }
        for (int g = from; g <= to && g - from < targets.size(); ++g)
            map.insert(QByteArray::number(g, 16).rightJustified(4, '0').toUpper(),
                       QChar(targets.at(g - from).toInt(nullptr, 16)));
    }
    return map;
}

// Rewrites `from` into `to` (a prefix shorter by dropping letters, e.g. "Unsuccessful" into
// "Successful") on the first page that prints it, in a new revision of the unsigned pages, then
// signs the result the way Vigilo does with `signer`, embedding the original evidence. Returns the
// forged file, or an empty array when the word was not found.
QByteArray forge(const QByteArray &pack, const QString &from, const QString &to,
                 const PackSigner &signer)
{
    pdf::Reader reader(pack);
    QString error;
    if (!reader.load(&error))
        return {};
    auto json = pack::associatedFile(reader, QStringLiteral("evidence.json"));
    if (!json)
        return {};
    // The unsigned pages: the first revision.
    const QByteArray base = pack.left(reader.revisionEnds().first());
    pdf::Reader baseReader(base);
    if (!baseReader.load(&error))
        return {};
    for (int pageNum : baseReader.pages()) {
        const pdf::Object page = baseReader.object(pageNum);
        const pdf::Object fonts = baseReader.resolve(baseReader.resolve(page["Resources"])["Font"]);
        QHash<QByteArray, QHash<QByteArray, QChar>> maps;
        for (size_t i = 0; i < fonts.keys.size(); ++i)
            maps.insert(fonts.keys[i], toUnicodeMap(baseReader.streamData(baseReader.resolve(
                                           baseReader.resolve(fonts.items[i])["ToUnicode"]))));
        const pdf::Object &contentsRef = page["Contents"];
        QList<QByteArray> lines =
            baseReader.streamData(baseReader.resolve(contentsRef)).split('\n');
        QList<Glyph> glyphs;
        QByteArray font;
        static const QRegularExpression tf(QStringLiteral("^/(\\w+) [\\d.]+ Tf"));
        static const QRegularExpression tj(QStringLiteral("<([0-9A-F]{4})> Tj$"));
        for (int l = 0; l < lines.size(); ++l) {
            const QString line = QString::fromLatin1(lines.at(l));
            if (const auto m = tf.match(line); m.hasMatch())
                font = m.captured(1).toLatin1();
            if (const auto m = tj.match(line); m.hasMatch())
                glyphs << Glyph{l, font, m.captured(1).toLatin1(),
                                maps.value(font).value(m.captured(1).toLatin1())};
        }
        // (QPdfWriter's ToUnicode maps the space glyph to a tab.)
        QString text;
        for (const Glyph &g : glyphs)
            text += g.ch == QLatin1Char('\t') ? QChar(QLatin1Char(' ')) : g.ch;
        const qsizetype at = text.indexOf(from);
        if (at < 0)
            continue;
        // Keep the last glyphs of the word, the first of them changed to `to`'s first letter.
        const qsizetype drop = from.size() - to.size();
        const Glyph &first = glyphs.at(at + drop);
        QByteArray replacement;
        for (auto it = maps.value(first.font).constBegin(); it != maps.value(first.font).constEnd();
             ++it)
            if (it.value() == to.at(0))
                replacement = it.key();
        if (replacement.isEmpty())
            return {};
        lines[first.line].replace(QByteArray("<" + first.hex + ">"),
                                  QByteArray("<" + replacement + ">"));
        for (qsizetype k = drop - 1; k >= 0; --k)
            lines.removeAt(glyphs.at(at + k).line);
        pdf::Update update(baseReader);
        update.set(int(contentsRef.integer),
                   pdf::flateStream(pdf::Object::makeDict(), lines.join('\n')));
        pack::EmbeddedFile file{QStringLiteral("evidence.json"), QStringLiteral("evidence"),
                                QStringLiteral("application/json"), *json,
                                QDateTime::currentDateTimeUtc()};
        auto forged = pack::signPdf(update.finish(), file, signer,
                                    {signer.certificate().commonName, QStringLiteral("forged"),
                                     QDateTime::currentDateTimeUtc()});
        return forged ? *forged : QByteArray();
    }
    return {};
}

// The headings and labels of the English pack: none may be left in a German pack. (Recorded
// data stays as recorded: step names and values inside the history's old → new columns.)
const QStringList kEnglishHeadings = {
    QStringLiteral("EVIDENCE PACK"),
    QStringLiteral("Evidence pack"),
    QStringLiteral("About this pack"),
    QStringLiteral("Description and plans"),
    QStringLiteral("Implementation plan"),
    QStringLiteral("Rollback plan"),
    QStringLiteral("Test plan"),
    QStringLiteral("Risk assessment"),
    QStringLiteral("Approval chain"),
    QStringLiteral("Runbook"),
    QStringLiteral("Outcome"),
    QStringLiteral("Closure code"),
    QStringLiteral("Closure notes"),
    QStringLiteral("Closed by"),
    QStringLiteral("Comments"),
    QStringLiteral("Attachments"),
    QStringLiteral("Audit history"),
    QStringLiteral("Planned window"),
    QStringLiteral("Actual window"),
    QStringLiteral("Requester"),
    QStringLiteral("Assignee"),
    QStringLiteral("Affected assets"),
    QStringLiteral("Priority"),
    QStringLiteral("Risk level"),
    QStringLiteral("Change type"),
    QStringLiteral("Workspace"),
    QStringLiteral("Page 1 of"),
    QStringLiteral("Generated"),
    QStringLiteral("Completed"),
    QStringLiteral("Successful"),
    QStringLiteral("Decided by"),
    QStringLiteral("Started"),
    QStringLiteral("Finished"),
    QStringLiteral("When (UTC)"),
    QStringLiteral("Old → new values"),
    QStringLiteral("Built-in matrix"),
    QStringLiteral("Evidence SHA-256"),
    QStringLiteral("Submitted for review"),
    QStringLiteral("Task done"),
};

} // namespace

class TestEvidencePack : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void englishAndGermanPacks();
    void rolledBackChangeShowsRollbackBlock();
    void impactSectionWithPathsAndExclusions();
    void coverListsTheExceptions();
    void metadataAndFonts();
    void datesComeFromTheInjectedClock();
    void longTablesBreakCleanly();
    void signedPackPassesPdfsigAndOfflineCheck();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void forgedClosureCodeFails();
    void untrustedExpiredAndRevokedCertificates();
    void workspaceTrustList();
    void trustRefusesControlCharacters();
    void germanPackVerifiesTheSameWay();
    void verifyWithDatabase();
    void laterHistoryStillVerifies();
    void tamperedHistoryFails();
    void recomputedChainFails();
    void anchorsCatchRecomputedChainAndCutTail();
    void stateChangedOutsideVigiloFails();
    void refusesBadInput();
    void digestIsCanonical();

private:
    // A completed change with a runbook, a comment and an attachment, as in real life.
    int completedChange(TestWorkspace &ws, ClosureCode code = ClosureCode::Successful);
    Result<EvidencePackResult> exportPack(TestWorkspace &ws, const Actor &actor, int number,
                                          const QString &path, const QString &locale = {},
                                          const PackSigner *signer = nullptr);
    // The workspace trusts the test key (as its admin).
    void trustKey(TestWorkspace &ws);
    // Server backend: the test key as the workspace's signing key on its server.
    Status placeServerKey(TestWorkspace &ws);
    TrustList trustList() const;
    // Shared by the tests that leave the database as they found it (the test key trusted).
    std::unique_ptr<TestWorkspace> m_ws; // "acme", English
    std::unique_ptr<TestWorkspace> m_de; // "acme-de", its packs in German
    QTemporaryDir m_out;
    std::unique_ptr<SigningKey> m_key;      // trusted
    std::unique_ptr<SigningKey> m_intruder; // nobody trusts it
};

void TestEvidencePack::initTestCase()
{
    QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts", "pdfsig", "pdfdetach"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 "poppler-utils is needed (.ci/deps)");
    QVERIFY(m_out.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(":/i18n/vigilo_de.qm")),
             "the German catalogue is not embedded");
    // Valid across the test clock (2026-03-02 onwards) and today.
    const QDateTime from(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to = QDateTime::currentDateTimeUtc().addYears(2);
    auto key =
        SigningKey::generate(QStringLiteral("Vera Signer"), QStringLiteral("ACME"), from, to);
    VERIFY_OK(key);
    m_key = std::move(*key);
    auto intruder = SigningKey::generate(QStringLiteral("Mallory"), {}, from, to);
    VERIFY_OK(intruder);
    m_intruder = std::move(*intruder);

    m_ws = std::make_unique<TestWorkspace>(QStringLiteral("acme"));
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    m_de = std::make_unique<TestWorkspace>(QStringLiteral("acme-de"));
    QVERIFY2(m_de->ok(), qPrintable(m_de->errorText()));
    auto german = m_de->client(QStringLiteral("admin")).setPackLanguage(QStringLiteral("de_DE"));
    VERIFY_OK(german);
    QCOMPARE(german->locale, QStringLiteral("de_DE"));
    QCOMPARE(m_de->owner().workspace.locale, QStringLiteral("de_DE"));
    for (TestWorkspace *ws : {m_ws.get(), m_de.get()})
        trustKey(*ws);
}

// Each test starts at the suite's fixed now (tests move the clock on).
void TestEvidencePack::init()
{
    for (TestWorkspace *ws : {m_ws.get(), m_de.get()})
        if (ws)
            ws->clock().setNow(fixedNow());
}

void TestEvidencePack::cleanupTestCase()
{
    m_ws.reset();
    m_de.reset();
}

Result<EvidencePackResult> TestEvidencePack::exportPack(TestWorkspace &ws, const Actor &actor,
                                                        int number, const QString &path,
                                                        const QString &locale,
                                                        const PackSigner *signer)
{
    if (ws.onTeamServer() && !signer) {
        VIGILO_TRY(placeServerKey(ws));
        auto pack = awaited(ws.client(actor.member.username).exportPackAsync(number, locale));
        if (!pack)
            return pack.error();
        if (!writeAll(path, pack->pdf))
            return Error::rule(QStringLiteral("test_setup"),
                               QStringLiteral("cannot write ") + path);
        // What the server says of the pack besides its bytes, read back from them.
        auto read = EvidencePack::verifyOfflineBytes(pack->pdf, {}, path);
        if (!read)
            return read.error();
        EvidencePackResult r;
        r.path = path;
        r.number = pack->number;
        r.pages = pack->pages;
        r.bytes = pack->pdf.size();
        r.digest = pack->digest;
        r.locale = read->data.locale;
        r.auditSeq = read->data.auditSeq;
        r.headHash = read->data.headHash;
        r.events = int(read->data.events.size());
        r.signer = read->data.signer;
        return r;
    }
    PackExport options;
    options.locale = locale;
    options.signer = signer ? signer : m_key.get();
    return vigilo::EvidencePack(ws.core()).exportPdf(actor, number, path, options);
}

Status TestEvidencePack::placeServerKey(TestWorkspace &ws)
{
    // Where `vigilo-server key import` leaves it, under the server's passphrase.
    KeyStore keys(ws.server()->stateDir() + QStringLiteral("/keys"));
    if (keys.has(ws.workspace().slug))
        return {};
    QFile pass(ws.server()->passphraseFile());
    if (!pass.open(QIODevice::ReadOnly))
        return Error::rule(QStringLiteral("test_setup"), pass.fileName());
    return keys.save(ws.workspace().slug, *m_key, QString::fromUtf8(pass.readLine()).trimmed());
}

void TestEvidencePack::trustKey(TestWorkspace &ws)
{
    VERIFY_OK(WorkspaceTrust(ws.core()).add(ws.admin(), m_key->certificatesPem()));
}

TrustList TestEvidencePack::trustList() const
{
    TrustList t;
    t.source = QStringLiteral("the test bundle");
    t.entries << TrustEntry{m_key->certificate(), {}, {}, {}, {}, {}};
    return t;
}

int TestEvidencePack::completedChange(TestWorkspace &ws, ClosureCode code)
{
    auto created = ws.createChange(ws.validDraft());
    if (!created.ok())
        return 0;
    const int n = created->number;
    if (!ws.core().runbook().generate(ws.engineer(), n).ok())
        return 0;
    ws.clock().advanceSecs(600);
    if (!ws.push(n, ChangeStatus::Scheduled).ok())
        return 0;
    ws.clock().setNow(QDateTime(QDate(2026, 3, 5), QTime(10, 5), Qt::UTC));
    if (!ws.push(n, ChangeStatus::InProgress).ok())
        return 0;
    for (int seq = 1; seq <= 3; ++seq) {
        ws.clock().advanceSecs(300);
        if (!ws.core().runbook().start(ws.engineer(), n, seq).ok())
            return 0;
        ws.clock().advanceSecs(600);
        if (!ws.core().runbook().done(ws.engineer(), n, seq).ok())
            return 0;
    }
    if (!ws.core()
             .discussion()
             .addComment(ws.engineer2(), n,
                         QStringLiteral("Traffic back to normal; Grüße from the night shift."))
             .ok())
        return 0;
    if (!ws.core()
             .discussion()
             .attach(ws.engineer(), n, QStringLiteral("handover.txt"),
                     QByteArray("handover notes\n"))
             .ok())
        return 0;
    ws.clock().advanceSecs(300);
    TransitionInput in;
    in.closureCode = code;
    in.closureNotes = QStringLiteral("Certificate renewed; größere Probleme gab es keine.");
    if (!ws.core().changes().apply(ws.engineer(), n, Action::Complete, in).ok())
        return 0;
    return n;
}

void TestEvidencePack::englishAndGermanPacks()
{
    TestWorkspace &en = *m_ws;
    TestWorkspace &de = *m_de;
    const int nEn = completedChange(en);
    const int nDe = completedChange(de);
    QVERIFY(nEn > 0 && nDe > 0);

    // The person exporting runs in English; the German workspace still gets German.
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    const QString enPath = m_out.filePath(QStringLiteral("en.pdf"));
    const QString dePath = m_out.filePath(QStringLiteral("de.pdf"));
    auto enPack = exportPack(en, en.viewer(), nEn, enPath);
    VERIFY_OK(enPack);
    auto dePack = exportPack(de, de.viewer(), nDe, dePath);
    VERIFY_OK(dePack);
    QCOMPARE(enPack->locale, QStringLiteral("en_US"));
    QCOMPARE(dePack->locale, QStringLiteral("de_DE"));
    QVERIFY(enPack->pages >= 2);

    const QString e = pdfText(enPath);
    const QString g = pdfText(dePath);
    const QString eFlow = pdfFlow(enPath);
    const QString gFlow = pdfFlow(dePath);
    QByteArray why;
    // English: headings in order, each with its content.
    QVERIFY2(inOrder(eFlow,
                     {QStringLiteral("EVIDENCE PACK"),
                      formatChangeNumber(nEn),
                      QStringLiteral("Rotate TLS certificate"),
                      QStringLiteral("Completed"),
                      QStringLiteral("Description and plans"),
                      QStringLiteral("Rollback plan"),
                      QStringLiteral("Reinstall the previous certificate"),
                      QStringLiteral("Approval chain"),
                      QStringLiteral("Change approval"),
                      QStringLiteral("Built-in matrix: normal change"),
                      QStringLiteral("Approver (approver)"),
                      QStringLiteral("Looks good"),
                      QStringLiteral("Runbook"),
                      QStringLiteral("Drain node A"),
                      QStringLiteral("Install certificate"),
                      QStringLiteral("Restore traffic"),
                      QStringLiteral("Outcome"),
                      QStringLiteral("Closure"),
                      QStringLiteral("Closure code"),
                      QStringLiteral("Successful"),
                      QStringLiteral("größere Probleme gab es keine"),
                      QStringLiteral("Closed by"),
                      QStringLiteral("Comments"),
                      QStringLiteral("Grüße from the night shift"),
                      QStringLiteral("Attachments"),
                      QStringLiteral("handover.txt"),
                      QStringLiteral("Audit history"),
                      QStringLiteral("change.create"),
                      QStringLiteral("change.submit"),
                      QStringLiteral("change.approve"),
                      QStringLiteral("task.done"),
                      QStringLiteral("change.complete"),
                      QStringLiteral("Status: In progress → Completed")},
                     &why),
             why.constData());
    // English dates: long on the cover, ISO 8601 in tables, never 3/5/2026; page footer.
    QVERIFY2(e.contains(QStringLiteral("March 5, 2026")), qPrintable(e.left(3000)));
    QVERIFY(e.contains(QStringLiteral("2026-03-05 10:")));
    QVERIFY(!e.contains(QRegularExpression(QStringLiteral("\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b"))));
    QVERIFY(e.contains(QStringLiteral("Page 1 of %1").arg(enPack->pages)));
    QVERIFY(e.contains(enPack->digest));
    // Counts read as English plurals (vigilo_en.ts), never "(s)": one approval, n events.
    QVERIFY2(eFlow.contains(QStringLiteral("needs 1 approval:")), qPrintable(eFlow.left(4000)));
    QVERIFY2(eFlow.contains(
                 QRegularExpression(QStringLiteral("\\b([2-9]|[1-9]\\d+) events of this change"))),
             qPrintable(eFlow.mid(eFlow.indexOf(QStringLiteral("Audit history")), 300)));
    QVERIFY(!eFlow.contains(QStringLiteral("(s)")));
    QVERIFY(gFlow.contains(QStringLiteral("benötigt 1 Genehmigung:")));
    QVERIFY(gFlow.contains(
        QRegularExpression(QStringLiteral("\\b([2-9]|[1-9]\\d+) Ereignisse dieser Änderung"))));

    // German: the same structure in German, German dates, umlauts intact.
    QVERIFY2(inOrder(gFlow,
                     {QStringLiteral("NACHWEISPAKET"),
                      formatChangeNumber(nDe),
                      QStringLiteral("Abgeschlossen"),
                      QStringLiteral("Beschreibung und Pläne"),
                      QStringLiteral("Rückfallplan"),
                      QStringLiteral("Reinstall the previous certificate"),
                      QStringLiteral("Genehmigungskette"),
                      QStringLiteral("Änderungsgenehmigung"),
                      QStringLiteral("Eingebaute Matrix: normale Änderung"),
                      QStringLiteral("Looks good"),
                      QStringLiteral("Ablaufplan"),
                      QStringLiteral("Drain node A"),
                      QStringLiteral("Erledigt"),
                      QStringLiteral("Ergebnis"),
                      QStringLiteral("Abschluss"),
                      QStringLiteral("Abschlusscode"),
                      QStringLiteral("Erfolgreich"),
                      QStringLiteral("größere Probleme gab es keine"),
                      QStringLiteral("Abgeschlossen von"),
                      QStringLiteral("Kommentare"),
                      QStringLiteral("Grüße from the night shift"),
                      QStringLiteral("Anhänge"),
                      QStringLiteral("handover.txt"),
                      QStringLiteral("Prüfpfad"),
                      QStringLiteral("Zur Prüfung eingereicht"),
                      QStringLiteral("Genehmigung erteilt"),
                      QStringLiteral("Aufgabe erledigt"),
                      QStringLiteral("Änderung abgeschlossen")},
                     &why),
             why.constData());
    QVERIFY2(g.contains(QStringLiteral("5. März 2026")), qPrintable(g.left(3000)));
    QVERIFY(g.contains(QStringLiteral("Donnerstag")));
    QVERIFY(g.contains(QStringLiteral("2026-03-05 10:")));
    QVERIFY(!g.contains(QRegularExpression(QStringLiteral("\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b"))));
    QVERIFY(g.contains(QStringLiteral("Seite 1 von %1").arg(dePack->pages)));
    QVERIFY(!g.contains(QStringLiteral("March")));
    for (const QString &heading : kEnglishHeadings)
        QVERIFY2(!g.contains(heading),
                 qPrintable(QStringLiteral("English left in the German pack: ") + heading));
}

// Issue 16: the Impact section lists what the change affected through the relationships when
// the pack was exported, each with its path in the pack's language, and the exclusions with who
// and why; the pack still verifies against the database after the relationships change.
void TestEvidencePack::impactSectionWithPathsAndExclusions()
{
    // Assets of its own in the shared workspaces (payments-gw, edge-lb): the other tests' changes
    // keep a pack without an Impact section.
    TestWorkspace &en = *m_ws;
    TestWorkspace &de = *m_de;
    QMap<TestWorkspace *, int> numbers;
    for (TestWorkspace *ws : {&en, &de}) {
        VERIFY_OK(ws->core().workspaces().addAsset(ws->admin(), QStringLiteral("payments-gw"),
                                                   QStringLiteral("service")));
        VERIFY_OK(ws->core().workspaces().addAsset(ws->admin(), QStringLiteral("edge-lb"),
                                                   QStringLiteral("network")));
        AssetInput web{QStringLiteral("checkout-web"), QStringLiteral("service"), {}, {}, {}};
        AssetInput shop{
            QStringLiteral("checkout"), QStringLiteral("service"), {}, Criticality::Critical, {}};
        VERIFY_OK(ws->core().inventory().add(ws->admin(), web));
        VERIFY_OK(ws->core().inventory().add(ws->admin(), shop));
        auto &inv = ws->core().inventory();
        VERIFY_OK(inv.relate(ws->admin(), QStringLiteral("checkout-web"), RelationKind::DependsOn,
                             QStringLiteral("payments-gw")));
        VERIFY_OK(inv.relate(ws->admin(), QStringLiteral("checkout-web"), RelationKind::PartOf,
                             QStringLiteral("checkout")));
        VERIFY_OK(inv.relate(ws->admin(), QStringLiteral("edge-lb"), RelationKind::DependsOn,
                             QStringLiteral("payments-gw")));
        ChangeDraft draft = ws->validDraft();
        draft.affectedAssets = QStringList{QStringLiteral("payments-gw")};
        auto c = ws->createChange(draft);
        VERIFY_OK(c);
        VERIFY_OK(ws->core().impact().exclude(ws->engineer(), c->number, QStringLiteral("edge-lb"),
                                              QStringLiteral("Edge rules are cached for a day")));
        numbers.insert(ws, c->number);
    }
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    const QString enPath = m_out.filePath(QStringLiteral("impact-en.pdf"));
    const QString dePath = m_out.filePath(QStringLiteral("impact-de.pdf"));
    VERIFY_OK(exportPack(en, en.viewer(), numbers.value(&en), enPath));
    VERIFY_OK(exportPack(de, de.viewer(), numbers.value(&de), dePath));
    const QString e = pdfFlow(enPath);
    QByteArray why;
    QVERIFY2(inOrder(e,
                     {QStringLiteral("2 Risk assessment"), QStringLiteral("3 Impact"),
                      QStringLiteral("2 assets affected through the asset relationships"),
                      QStringLiteral("1 excluded by"),
                      QStringLiteral("Critical assets affected: checkout."),
                      QStringLiteral("payments-gw"),
                      QStringLiteral("The change works on this "
                                     "asset."),
                      QStringLiteral("checkout-web depends on payments-gw."),
                      QStringLiteral("edge-lb"), QStringLiteral("Edge rules are cached for a day"),
                      QStringLiteral("checkout includes checkout-web, which depends on "
                                     "payments-gw."),
                      QStringLiteral("4 Approval chain")},
                     &why),
             why.constData());
    // The sentences in the pack's language, from the stored relationships.
    const QString g = pdfFlow(dePath);
    QVERIFY2(g.contains(QStringLiteral("checkout-web hängt von payments-gw ab.")),
             qPrintable(g.mid(g.indexOf(QStringLiteral("checkout-web")) - 200, 800)));
    QVERIFY(g.contains(QStringLiteral("Edge rules are cached for a day")));
    QVERIFY(!g.contains(QStringLiteral("depends on payments-gw")));

    // The relationships change after the export: the pack still verifies (impact is context).
    VERIFY_OK(en.core().inventory().unrelate(en.admin(), QStringLiteral("checkout-web"),
                                             RelationKind::PartOf, QStringLiteral("checkout")));
    auto v = vigilo::EvidencePack(en.core()).verify(en.viewer(), enPath);
    VERIFY_OK(v);
    QVERIFY2(v->ok, dump(*v).constData());
}

void TestEvidencePack::rolledBackChangeShowsRollbackBlock()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.changeIn(ChangeStatus::RolledBack);
    VERIFY_OK(c);
    const QString path = m_out.filePath(QStringLiteral("rolled-back.pdf"));
    VERIFY_OK(exportPack(ws, ws.viewer(), c->number, path));
    const QString t = pdfFlow(path);
    QByteArray why;
    QVERIFY2(inOrder(t,
                     {QStringLiteral("Rolled back"), QStringLiteral("Outcome"),
                      QStringLiteral("Rollback"), QStringLiteral("Reason"),
                      QStringLiteral("Error rate above 5% after the switch"),
                      QStringLiteral("Rolled back by"), QStringLiteral("Approver (approver)"),
                      QStringLiteral("Rolled back at"), QStringLiteral("Audit history"),
                      QStringLiteral("change.rollback")},
                     &why),
             why.constData());
    QVERIFY(!t.contains(QStringLiteral("Closure code")));

    const QString dePath = m_out.filePath(QStringLiteral("rolled-back-de.pdf"));
    VERIFY_OK(exportPack(ws, ws.viewer(), c->number, dePath, QStringLiteral("de_DE")));
    const QString g = pdfFlow(dePath);
    QVERIFY2(inOrder(g,
                     {QStringLiteral("Zurückgerollt"), QStringLiteral("Ergebnis"),
                      QStringLiteral("Rollback"), QStringLiteral("Grund"),
                      QStringLiteral("Error rate above 5% after the switch"),
                      QStringLiteral("Zurückgerollt von")},
                     &why),
             why.constData());
}

void TestEvidencePack::coverListsTheExceptions()
{
    TestWorkspace &ws = *m_ws;
    // An emergency change, submitted through an overridable freeze window, its risk level chosen
    // against the questionnaire, started before its window, closed, then reopened.
    ChangeDraft d = ws.validDraft(QStringLiteral("Hotfix the payment gateway"));
    d.changeType = ChangeType::Emergency;
    d.affectedAssets = QStringList{QStringLiteral("db-primary")};
    FreezeWindowInput freeze;
    freeze.assets = QStringList{QStringLiteral("db-primary")};
    freeze.name = QStringLiteral("Month-end close");
    freeze.start = d.plannedStart->addSecs(-3600);
    freeze.end = d.plannedEnd->addSecs(3600);
    freeze.reason = QStringLiteral("Finance closes the books");
    freeze.allowOverride = true;
    VERIFY_OK(ws.core().workspaces().addFreezeWindow(ws.admin(), freeze));
    auto c = ws.createChange(ws.admin(), d);
    VERIFY_OK(c);
    const int n = c->number;
    auto questions = ws.core().risk().questions(ws.admin());
    VERIFY_OK(questions);
    for (const RiskQuestion &q : *questions)
        VERIFY_OK(ws.core().risk().answer(ws.admin(), n, q.key, 0));
    VERIFY_OK(ws.core().risk().accept(ws.admin(), n, RiskLevel::High,
                                      QStringLiteral("The gateway has failed twice this month")));
    TransitionInput submit;
    submit.overrideJustification = QStringLiteral("Card payments are failing for 3% of users");
    VERIFY_OK(ws.core().changes().apply(ws.admin(), n, Action::Submit, submit));
    VERIFY_OK(ws.push(n, ChangeStatus::Approved));
    VERIFY_OK(ws.core().changes().apply(ws.admin(), n, Action::Schedule, submit));
    VERIFY_OK(ws.push(n, ChangeStatus::Completed));
    TransitionInput reopen;
    reopen.reason = QStringLiteral("Errors came back overnight");
    VERIFY_OK(ws.core().changes().apply(ws.admin(), n, Action::Reopen, reopen));

    const QString path = m_out.filePath(QStringLiteral("exceptions.pdf"));
    VERIFY_OK(exportPack(ws, ws.viewer(), n, path));
    // The cover: everything before the first section (a long list may run onto page 2).
    const QString flow = pdfFlow(path);
    const QString cover = flow.left(flow.indexOf(QStringLiteral("Description and plans")));
    QVERIFY2(!cover.isEmpty(), qPrintable(flow.left(2000)));
    QByteArray why;
    QVERIFY2(inOrder(cover,
                     {QStringLiteral("Exceptions"), QStringLiteral("Emergency change"),
                      QStringLiteral("Risk level chosen against the suggestion: High instead of"),
                      QStringLiteral("The gateway has failed twice this month"),
                      QStringLiteral("Freeze window overridden: Month-end close"),
                      QStringLiteral("Card payments are failing for 3% of users"),
                      QStringLiteral("Started outside the planned window"),
                      QStringLiteral("Reopened after closure"),
                      QStringLiteral("Errors came back overnight")},
                     &why),
             why.constData());
    // Dates on the cover in the long form, nowhere 3/5/2026.
    QVERIFY(!cover.contains(QRegularExpression(QStringLiteral("\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b"))));

    // A rollback is listed too; a change without any exception says so.
    auto rolled = ws.changeIn(ChangeStatus::RolledBack);
    VERIFY_OK(rolled);
    const QString r = m_out.filePath(QStringLiteral("rolled-exception.pdf"));
    VERIFY_OK(exportPack(ws, ws.viewer(), rolled->number, r));
    QVERIFY(pdfText(r)
                .split(QLatin1Char('\f'))
                .first()
                .simplified()
                .contains(QStringLiteral("Rolled back")));
    auto draft = ws.changeIn(ChangeStatus::Draft);
    VERIFY_OK(draft);
    const QString plain = m_out.filePath(QStringLiteral("no-exception.pdf"));
    VERIFY_OK(exportPack(ws, ws.viewer(), draft->number, plain));
    QVERIFY(pdfText(plain).simplified().contains(QStringLiteral("None: no emergency")));
    // The exceptions come from the evidence the pack embeds: the offline check re-renders them.
    auto v = EvidencePack::verifyOffline(path, trustList());
    VERIFY_OK(v);
    QVERIFY2(v->ok, dump(*v).constData());
    // Emergency, two freeze overrides (submit, schedule), the risk level, the early start, the
    // reopening.
    QCOMPARE(v->data.exceptions.size(), 6);
}

// Every date the pack prints or declares is the core's clock, not the system's: the
// footer's "Generated", the XMP dates and the Info dictionary's /CreationDate. And the pack
// still verifies.
void TestEvidencePack::datesComeFromTheInjectedClock()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.changeIn(ChangeStatus::Completed);
    VERIFY_OK(c);
    // Months from today, within the test key's validity and the server's sessions (30 days from
    // the suite's start, on its clock).
    ws.clock().setNow(QDateTime(QDate(2026, 3, 27), QTime(10, 0, 5), Qt::UTC));
    const QString path = m_out.filePath(QStringLiteral("clock.pdf"));
    auto pack = exportPack(ws, ws.admin(), c->number, path);
    VERIFY_OK(pack);
    const QString text = pdfText(path);
    // The change's own dates are from March 2 to 5: the 27th can only be the generation time.
    QVERIFY2(text.contains(QStringLiteral("March 27, 2026"))
                 || text.contains(QStringLiteral("2026-03-27")),
             qPrintable(text.left(2000)));
    const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    QVERIFY2(meta.contains(QStringLiteral("<xmp:CreateDate>2026-03-27T10:00:05Z")),
             qPrintable(meta));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QDateTime local = ws.now().toLocalTime();
    const QByteArray infoDate = QByteArray("/CreationDate (D:")
                                + local.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    QVERIFY2(bytes.contains(infoDate), "the Info dictionary's date is not the core's clock");
    auto verified = vigilo::EvidencePack(ws.core()).verify(ws.admin(), path);
    VERIFY_OK(verified);
    QVERIFY2(verified->ok, dump(*verified).constData());
    auto offline = EvidencePack::verifyOffline(path, trustList());
    VERIFY_OK(offline);
    QVERIFY2(offline->ok, dump(*offline).constData());
}

void TestEvidencePack::metadataAndFonts()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.changeIn(ChangeStatus::Completed);
    VERIFY_OK(c);
    const QString path = m_out.filePath(QStringLiteral("meta.pdf"));
    auto pack = exportPack(ws, ws.admin(), c->number, path);
    VERIFY_OK(pack);

    bool ok = false;
    const QString info = run(QStringLiteral("pdfinfo"), {path}, &ok);
    QVERIFY2(ok, qPrintable(info));
    QVERIFY(info.contains(
        QStringLiteral("Evidence pack %1: Rotate TLS certificate").arg(pack->number)));
    QVERIFY(info.contains(QStringLiteral("A4")));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pack->pages))));
    const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    for (const QString &needle :
         {QStringLiteral("<pdfaid:part>3</pdfaid:part>"),
          QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>"),
          QStringLiteral("<dc:title>"), QStringLiteral("<rdf:li>Admin</rdf:li>"),
          QStringLiteral("<dc:description>"),
          QStringLiteral("<pdf:Keywords>%1; acme; evidence pack").arg(pack->number),
          QStringLiteral("<pdfaExtension:schemas>"),
          QStringLiteral("<vigilo:Workspace>acme</vigilo:Workspace>"),
          QStringLiteral("<vigilo:Change>%1</vigilo:Change>").arg(pack->number),
          QStringLiteral("<vigilo:AuditSeq>%1</vigilo:AuditSeq>").arg(pack->auditSeq),
          QStringLiteral("<vigilo:EvidenceDigest>%1</vigilo:EvidenceDigest>").arg(pack->digest)})
        QVERIFY2(meta.contains(needle), qPrintable(needle + QStringLiteral("\n") + meta));
    // The XMP creation date equals the Info dictionary's (PDF/A).
    const QRegularExpression xmpDate(
        QStringLiteral("<xmp:CreateDate>(\\d{4})-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d):(\\d\\d)Z"));
    const auto m = xmpDate.match(meta);
    QVERIFY(m.hasMatch());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QString infoDate = QStringLiteral("/CreationDate (D:") + m.captured(1) + m.captured(2)
                             + m.captured(3) + m.captured(4) + m.captured(5) + m.captured(6);
    QVERIFY(bytes.contains(infoDate.toLatin1()));
    QVERIFY(bytes.contains("/OutputIntents"));

    const QString fonts = run(QStringLiteral("pdffonts"), {path});
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
    for (const QString &line : lines) {
        QVERIFY2(line.contains(QStringLiteral("DejaVu")), qPrintable(line));
        QVERIFY2(
            line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+yes\\s+"))),
            qPrintable(QStringLiteral("not embedded with a ToUnicode map: ") + line));
    }
}

void TestEvidencePack::longTablesBreakCleanly()
{
    // A comment taller than a page (numbered words and one unbreakable token) and enough
    // short ones for the comments and the history to run over several pages.
    TestWorkspace &ws = *m_ws;
    auto c = ws.changeIn(ChangeStatus::Scheduled);
    VERIFY_OK(c);
    QStringList words;
    for (int i = 1; i <= 1500; ++i)
        words << QStringLiteral("w%1").arg(i, 4, 10, QLatin1Char('0'));
    const QString token =
        QStringLiteral("T") + QString(300, QLatin1Char('x')) + QStringLiteral("END");
    VERIFY_OK(ws.core().discussion().addComment(
        ws.engineer(), c->number, words.join(QLatin1Char(' ')) + QLatin1Char(' ') + token));
    VERIFY_OK(ws.core().discussion().addComment(
        ws.engineer(), c->number,
        QStringLiteral("First line of the handover\r\nSecond\tline of the handover")));
    QStringList notes;
    for (int i = 1; i <= 150; ++i) {
        notes << QStringLiteral("Note %1 ends").arg(i, 3, 10, QLatin1Char('0'));
        ws.clock().advanceSecs(60);
        VERIFY_OK(ws.core().discussion().addComment(i % 2 ? ws.approver() : ws.engineer(),
                                                    c->number, notes.last()));
    }
    const QString path = m_out.filePath(QStringLiteral("long.pdf"));
    auto pack = exportPack(ws, ws.viewer(), c->number, path);
    VERIFY_OK(pack);

    // Every page carries the workspace, the number, "Page X of Y", the time and the digest.
    const QStringList pages = pdfText(path).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), pack->pages);
    QVERIFY(pack->pages >= 6);
    int historyFrom = -1, commentsFrom = -1, attachmentsAt = -1;
    for (int i = 0; i < pages.size(); ++i) {
        const QString &page = pages.at(i);
        QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pack->pages)),
                 qPrintable(page));
        QVERIFY(page.contains(pack->digest));
        QVERIFY(page.contains(pack->number));
        QVERIFY(page.contains(QStringLiteral("(acme)")));
        QVERIFY(page.contains(QStringLiteral("Generated ")));
        if (commentsFrom < 0 && page.contains(QRegularExpression(QStringLiteral("7\\s+Comments"))))
            commentsFrom = i;
        if (attachmentsAt < 0
            && page.contains(QRegularExpression(QStringLiteral("8\\s+Attachments"))))
            attachmentsAt = i;
        if (historyFrom < 0
            && page.contains(QRegularExpression(QStringLiteral("9\\s+Audit history"))))
            historyFrom = i;
    }
    QVERIFY(commentsFrom >= 0 && attachmentsAt > commentsFrom && historyFrom >= attachmentsAt);
    // Tables repeat their header on every page they span.
    for (int i = commentsFrom; i <= attachmentsAt; ++i)
        QVERIFY2(pages.at(i).contains(QStringLiteral("Author, when")),
                 qPrintable(QStringLiteral("page %1").arg(i + 1)));
    int historyTo = historyFrom; // the last page with history rows (the closing line may follow)
    for (int i = historyFrom; i < pages.size(); ++i)
        if (pages.at(i).contains(QStringLiteral("comment.add")))
            historyTo = i;
    QVERIFY(historyTo - historyFrom >= 2);
    for (int i = historyFrom; i <= historyTo; ++i)
        QVERIFY2(pages.at(i).contains(QStringLiteral("When (UTC)"))
                     && pages.at(i).contains(QStringLiteral("What changed")),
                 qPrintable(QStringLiteral("page %1 has no history header:\n").arg(i + 1)
                            + pages.at(i)));

    // Rows keep their order across page breaks; none is lost or drawn twice; the tall cell is
    // wrapped, not cut (every word, in order, in the comments and again in the history).
    const QString flow = pdfFlow(path);
    QByteArray why;
    QVERIFY2(inOrder(flow,
                     QStringList{QStringLiteral("Comments")} + words + notes
                         + QStringList{QStringLiteral("Audit history")} + words + notes,
                     &why),
             why.constData());
    for (const QString &n : notes)
        QCOMPARE(flow.count(n), 2);
    // Stored line breaks stay line breaks (in the comment and in the history's new value).
    QCOMPARE(pdfText(path).count(QRegularExpression(QStringLiteral(
                 "First line of the handover *\n[^\n]*Second line of the handover"))),
             2);
    QCOMPARE(flow.count(QStringLiteral("w0750 ")), 2);
    // Without the page furniture between them, the parts of the unbreakable token join up.
    QString compact = flow;
    compact.remove(QRegularExpression(
        QStringLiteral("Acme Operations \\(acme\\) · %1 · Generated .*? UTC Page \\d+ of \\d+ "
                       "Evidence SHA-256: [0-9a-f]{64}")
            .arg(pack->number)));
    compact.remove(QStringLiteral("Acme Operations (acme) %1 · Evidence pack").arg(pack->number));
    compact.remove(QStringLiteral("# When (UTC) Who Action What changed"));
    compact.remove(QStringLiteral("Author, when Comment"));
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    if (compact.count(token) != 2)
        qWarning("%s",
                 qPrintable(compact.mid(compact.indexOf(QStringLiteral("Txxxxxxxx")) - 200, 1200)));
    QCOMPARE(compact.count(token), 2);

    // Nothing is drawn into the margins: every word lies in the header band, the body or the
    // footer band (A4 in points; body from 24 mm to 26 mm above the foot).
    const QString boxes =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    const qreal pt = 72 / 25.4;
    int checked = 0;
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const auto m = it.next();
        const qreal x0 = m.captured(1).toDouble(), y0 = m.captured(2).toDouble();
        const qreal x1 = m.captured(3).toDouble(), y1 = m.captured(4).toDouble();
        const bool header = y1 < 17 * pt;
        const bool footer = y0 > (297 - 26 + 8) * pt;
        const bool body = y0 > 24 * pt - 1 && y1 < (297 - 26) * pt + 1;
        QVERIFY2(
            header || footer || body,
            qPrintable(QStringLiteral("\"%1\" at y %2..%3").arg(m.captured(5)).arg(y0).arg(y1)));
        QVERIFY2(
            x0 > 18 * pt - 1 && x1 < (210 - 18) * pt + 1,
            qPrintable(QStringLiteral("\"%1\" at x %2..%3").arg(m.captured(5)).arg(x0).arg(x1)));
        ++checked;
    }
    QVERIFY(checked > 1000);

    auto v = vigilo::EvidencePack(ws.core()).verify(ws.viewer(), path);
    VERIFY_OK(v);
    QVERIFY2(v->ok, QJsonDocument(v->toJson()).toJson().constData());
}

void TestEvidencePack::signedPackPassesPdfsigAndOfflineCheck()
{
    TestWorkspace &ws = *m_ws;
    const int n = completedChange(ws);
    QVERIFY(n > 0);
    const QString path = m_out.filePath(QStringLiteral("signed.pdf"));
    auto pack = exportPack(ws, ws.viewer(), n, path);
    VERIFY_OK(pack);
    QCOMPARE(pack->signer.fingerprint, m_key->certificate().fingerprint);

    // poppler, independently: valid, and the whole document signed.
    QString sig;
    QVERIFY2(pdfsigAccepts(path, &sig), qPrintable(sig));
    QVERIFY(sig.contains(QStringLiteral("adbe.pkcs7.detached")));
    QVERIFY(sig.contains(QStringLiteral("Vera Signer")));

    // The cover names the signer and the certificate's fingerprint.
    const QString text = pdfFlow(path);
    QVERIFY2(text.contains(QStringLiteral("Vera Signer")), qPrintable(text.left(3000)));
    QVERIFY(text.simplified()
                .remove(QLatin1Char(' '))
                .contains(m_key->certificate().fingerprintText()));

    // Offline: no database at all (the workspace's files are gone), the test key trusted.
    const QByteArray bytes = readAll(path);
    auto v = EvidencePack::verifyOfflineBytes(bytes, trustList(), path);
    VERIFY_OK(v);
    QVERIFY2(v->ok, dump(*v).constData());
    QStringList names;
    for (const PackCheck &c : v->checks)
        names << c.name;
    QCOMPARE(names, (QStringList{QStringLiteral("signature"), QStringLiteral("certificate"),
                                 QStringLiteral("evidence"), QStringLiteral("pages"),
                                 QStringLiteral("chain")}));
    QCOMPARE(v->embeddedDigest, pack->digest);
    QCOMPARE(v->recordedDigest, pack->digest);
    QCOMPARE(v->trust, QStringLiteral("trusted"));
    QVERIFY(v->hasData);
    QCOMPARE(v->data.change.numberText(), pack->number);
    QCOMPARE(v->data.events.size(), pack->events);

    // Without a trust list the signature still checks out, but nothing says whose it is.
    auto untrusted = EvidencePack::verifyOfflineBytes(bytes, {}, path);
    VERIFY_OK(untrusted);
    QVERIFY(!untrusted->ok);
    QVERIFY(untrusted->onlyTrustFailed());
    QCOMPARE(untrusted->trust, QStringLiteral("no_trust_list"));
}

void TestEvidencePack::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("failedCheck");
    QTest::newRow("a byte of the page content") << "page"
                                                << "signature";
    QTest::newRow("a byte of the embedded JSON") << "json"
                                                 << "signature";
    QTest::newRow("a byte of the signature") << "signature"
                                             << "signature";
    QTest::newRow("an appended incremental update") << "append"
                                                    << "signature";
}

void TestEvidencePack::tamperingIsDetected()
{
    QFETCH(QString, what);
    QFETCH(QString, failedCheck);
    TestWorkspace &ws = *m_ws;
    const int n = completedChange(ws);
    QVERIFY(n > 0);
    const QString path = m_out.filePath(QStringLiteral("tamper-%1.pdf").arg(what));
    VERIFY_OK(exportPack(ws, ws.viewer(), n, path));
    QByteArray bytes = readAll(path);
    pdf::Reader reader(bytes);
    QString error;
    QVERIFY2(reader.load(&error), qPrintable(error));
    if (what == QLatin1String("page")) {
        const pdf::Object page = reader.object(reader.pages().first());
        const pdf::Object contents = reader.resolve(page["Contents"]);
        QVERIFY(contents.kind == pdf::Object::Stream);
        bytes[contents.streamOffset + contents.streamLength / 2] ^= 0x01;
    } else if (what == QLatin1String("json")) {
        const pdf::Object root = reader.resolve(reader.trailer()["Root"]);
        const pdf::Object fs = reader.resolve(reader.resolve(root["AF"]).items.front());
        const pdf::Object ef = reader.resolve(reader.resolve(fs["EF"])["F"]);
        QVERIFY(ef.kind == pdf::Object::Stream);
        bytes[ef.streamOffset + ef.streamLength / 2] ^= 0x01;
    } else if (what == QLatin1String("signature")) {
        const qsizetype at = bytes.lastIndexOf("/Contents <") + 11 + 40;
        bytes[at] = bytes.at(at) == '0' ? '1' : '0';
    } else {
        // A later revision that re-titles the document: the signed bytes are untouched.
        pdf::Update update(reader);
        update.set(int(reader.trailer()["Info"].integer), "<< /Title (Everything was fine) >>");
        bytes = update.finish();
    }
    const QString tampered = m_out.filePath(QStringLiteral("tampered-%1.pdf").arg(what));
    QVERIFY(writeAll(tampered, bytes));

    QString sig;
    QVERIFY2(!pdfsigAccepts(tampered, &sig), qPrintable(sig));
    auto v = EvidencePack::verifyOfflineBytes(bytes, trustList(), tampered);
    VERIFY_OK(v);
    QVERIFY2(!v->ok, dump(*v).constData());
    const PackCheck *c = checkNamed(*v, failedCheck.toLatin1().constData());
    QVERIFY2(c && !c->ok, dump(*v).constData());
    if (what == QLatin1String("append"))
        QVERIFY2(c->message.contains(QStringLiteral("appended")), qPrintable(c->message));

    // With the database as well.
    auto db = vigilo::EvidencePack(ws.core()).verify(ws.viewer(), tampered);
    VERIFY_OK(db);
    QVERIFY(!db->ok);
}

void TestEvidencePack::forgedClosureCodeFails()
{
    // The forgery of issue 14: "Unsuccessful" turned into "Successful" on the page. The file must
    // then be signed again; a trusted insider's key makes the signature and the certificate pass,
    // so the pages themselves must give it away.
    TestWorkspace &ws = *m_ws;
    const int n = completedChange(ws, ClosureCode::Unsuccessful);
    QVERIFY(n > 0);
    const QString path = m_out.filePath(QStringLiteral("unsuccessful.pdf"));
    VERIFY_OK(exportPack(ws, ws.viewer(), n, path));
    QVERIFY(pdfFlow(path).contains(QStringLiteral("Closure code Unsuccessful")));

    const QByteArray forged =
        forge(readAll(path), QStringLiteral("Unsuccessful"), QStringLiteral("Successful"), *m_key);
    QVERIFY2(!forged.isEmpty(), "the forgery could not be made");
    const QString forgedPath = m_out.filePath(QStringLiteral("forged.pdf"));
    QVERIFY(writeAll(forgedPath, forged));
    QVERIFY2(pdfFlow(forgedPath).contains(QStringLiteral("Closure code Successful")),
             qPrintable(pdfFlow(forgedPath)));
    // To poppler the forgery is a validly signed document.
    QString sig;
    QVERIFY2(pdfsigAccepts(forgedPath, &sig), qPrintable(sig));

    auto v = EvidencePack::verifyOfflineBytes(forged, trustList(), forgedPath);
    VERIFY_OK(v);
    QVERIFY2(!v->ok, dump(*v).constData());
    QVERIFY(checkNamed(*v, "signature")->ok);
    QVERIFY(checkNamed(*v, "certificate")->ok);
    QVERIFY(checkNamed(*v, "evidence")->ok);
    QVERIFY2(!checkNamed(*v, "pages")->ok, dump(*v).constData());

    // Signed with the forger's own key, the certificate fails too.
    const QByteArray own = forge(readAll(path), QStringLiteral("Unsuccessful"),
                                 QStringLiteral("Successful"), *m_intruder);
    auto w = EvidencePack::verifyOfflineBytes(own, trustList(), forgedPath);
    VERIFY_OK(w);
    QVERIFY(!checkNamed(*w, "certificate")->ok);
    QVERIFY(!checkNamed(*w, "pages")->ok);

    // And with the database.
    auto db = vigilo::EvidencePack(ws.core()).verify(ws.viewer(), forgedPath);
    VERIFY_OK(db);
    QVERIFY(!db->ok);
    QVERIFY(!checkNamed(*db, "pages")->ok);
}

void TestEvidencePack::untrustedExpiredAndRevokedCertificates()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.changeIn(ChangeStatus::Completed);
    VERIFY_OK(c);

    // Untrusted: signed by a key nobody added (a member's own key: in process on every backend).
    const QString mallory = m_out.filePath(QStringLiteral("mallory.pdf"));
    VERIFY_OK(exportPack(ws, ws.viewer(), c->number, mallory, {}, m_intruder.get()));
    auto v = EvidencePack::verifyOffline(mallory, trustList());
    VERIFY_OK(v);
    QCOMPARE(v->trust, QStringLiteral("untrusted"));
    QVERIFY(v->onlyTrustFailed());

    // Expired: export refuses a certificate that has expired...
    const QDateTime from(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    auto old = SigningKey::generate(QStringLiteral("Old Key"), {}, from, from.addMonths(6));
    VERIFY_OK(old);
    VERIFY_ERROR(exportPack(ws, ws.viewer(), c->number, m_out.filePath(QStringLiteral("x.pdf")), {},
                            old->get()),
                 "certificate_expired");
    // ...and verification reports a pack that another tool signed with it after it expired: the
    // evidence names the expired certificate and the date, the pages are rendered from it.
    const QString fresh = m_out.filePath(QStringLiteral("fresh.pdf"));
    VERIFY_OK(exportPack(ws, ws.viewer(), c->number, fresh));
    pdf::Reader reader(readAll(fresh));
    QString error;
    QVERIFY(reader.load(&error));
    auto json = pack::associatedFile(reader, QStringLiteral("evidence.json"));
    VERIFY_OK(json);
    QJsonObject doc = QJsonDocument::fromJson(*json).object();
    QJsonObject ctx = doc.value(QStringLiteral("context")).toObject();
    ctx.insert(QStringLiteral("signer"), (*old)->certificate().toJson());
    doc.insert(QStringLiteral("context"), ctx);
    const QByteArray oldJson = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    auto data = evidence::parse(oldJson);
    VERIFY_OK(data);
    auto pages = EvidencePack::renderPages(*data);
    VERIFY_OK(pages);
    auto expiredPack = pack::signPdf(*pages,
                                     {QStringLiteral("evidence.json"),
                                      {},
                                      QStringLiteral("application/json"),
                                      oldJson,
                                      data->generatedAt},
                                     **old, {QStringLiteral("Old Key"), {}, data->generatedAt});
    VERIFY_OK(expiredPack);
    TrustList both = trustList();
    both.entries << TrustEntry{(*old)->certificate(), {}, {}, {}, {}, {}};
    auto e = EvidencePack::verifyOfflineBytes(*expiredPack, both);
    VERIFY_OK(e);
    QCOMPARE(e->trust, QStringLiteral("expired"));
    QVERIFY2(e->onlyTrustFailed(), dump(*e).constData());

    // Revoked before the pack was signed: refused. Revoked after: still good, and said so.
    TrustList revoked = trustList();
    revoked.entries.first().revokedAt = ws.now().addDays(-1);
    revoked.entries.first().revokeReason = QStringLiteral("Laptop stolen");
    auto r = EvidencePack::verifyOffline(fresh, revoked);
    VERIFY_OK(r);
    QCOMPARE(r->trust, QStringLiteral("revoked"));
    QVERIFY(checkNamed(*r, "certificate")->message.contains(QStringLiteral("Laptop stolen")));
    revoked.entries.first().revokedAt = ws.now().addDays(1);
    auto later = EvidencePack::verifyOffline(fresh, revoked);
    VERIFY_OK(later);
    QVERIFY2(later->ok, dump(*later).constData());
    QVERIFY(checkNamed(*later, "certificate")->message.contains(QStringLiteral("revoked later")));
}

// The text rules hold for what the trust list and a key keep: a certificate whose common name
// carries a terminal escape sequence (made with openssl, as an attacker would), a revocation
// reason with one, and a key named with one are refused naming the field; nothing is written.
void TestEvidencePack::trustRefusesControlCharacters()
{
    // Its own workspace: the trust list starts empty.
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString crt = dir.filePath(QStringLiteral("mallory.crt"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("mallory.key")),
                   QStringLiteral("-out"), crt, QStringLiteral("-days"), QStringLiteral("30"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=Mallory\x1b]0;pwned\x07")});
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
             openssl.readAll().constData());
    QFile f(crt);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pem = f.readAll();
    auto parsed = CertificateInfo::fromPem(pem);
    VERIFY_OK(parsed);
    QVERIFY(parsed->first().commonName.contains(QChar(0x1b)));

    WorkspaceTrust trust(ws.core());
    const qint64 before = ws.auditCount();
    auto refused = trust.add(ws.admin(), pem);
    VERIFY_ERROR(refused, "invalid_input");
    QCOMPARE(refused.error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("certificate common name"));
    QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("trusted_certificates")), qint64(0));
    QCOMPARE(ws.auditCount(), before);

    VERIFY_OK(trust.add(ws.admin(), m_key->certificatesPem()));
    const QString fp = m_key->certificate().fingerprintText();
    auto badReason = trust.revoke(ws.admin(), fp, QStringLiteral("Lost\x1b[2J"));
    VERIFY_ERROR(badReason, "invalid_input");
    QCOMPARE(badReason.error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("reason"));
    QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("trusted_certificates"),
                      QStringLiteral("revoked_at IS NOT NULL")),
             qint64(0));
    // A reason may span lines.
    VERIFY_OK(trust.revoke(ws.admin(), fp, QStringLiteral("Laptop stolen.\nReported to IT.")));

    const QDateTime from(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    auto key = SigningKey::generate(QStringLiteral("Eve\x1b[31m"), {}, from, from.addYears(1));
    VERIFY_ERROR(key, "invalid_input");
    QCOMPARE(key.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("name"));
}

void TestEvidencePack::workspaceTrustList()
{
    // Its own workspace: the test key is revoked for good.
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    WorkspaceTrust trust(ws.core());
    const QByteArray pem = m_key->certificatesPem();
    // Only admins and owners manage the list; a revocation needs a reason.
    VERIFY_ERROR(trust.add(ws.approver(), pem), "permission_denied");
    VERIFY_ERROR(trust.add(ws.admin(), QByteArray("not a certificate")), "invalid_certificate");
    const qint64 before = ws.auditCount();
    VERIFY_OK(trust.add(ws.admin(), pem));
    QCOMPARE(ws.auditCount(), before + 1);
    VERIFY_ERROR(trust.add(ws.owner(), pem), "certificate_exists");
    const QString fp = m_key->certificate().fingerprintText();
    VERIFY_ERROR(trust.revoke(ws.admin(), fp, QString()), "reason_required");
    VERIFY_ERROR(trust.revoke(ws.admin(), QStringLiteral("12:34"), QStringLiteral("x")),
                 "invalid_input");
    VERIFY_ERROR(trust.revoke(ws.engineer(), fp, QStringLiteral("x")), "permission_denied");

    // Export a pack, then revoke the key as of before it was signed.
    auto c = ws.changeIn(ChangeStatus::Completed);
    VERIFY_OK(c);
    const QString path = m_out.filePath(QStringLiteral("ws-trust.pdf"));
    VERIFY_OK(exportPack(ws, ws.viewer(), c->number, path));
    auto ok = vigilo::EvidencePack(ws.core()).verify(ws.viewer(), path);
    VERIFY_OK(ok);
    QVERIFY2(ok->ok, dump(*ok).constData());
    auto bundleBefore = trust.bundle(ws.viewer());
    VERIFY_OK(bundleBefore);
    VERIFY_OK(trust.revoke(ws.admin(), fp, QStringLiteral("Key left on a train"),
                           ws.now().addSecs(-3600)));
    VERIFY_ERROR(trust.revoke(ws.admin(), fp, QStringLiteral("again")), "already_revoked");
    VERIFY_ERROR(trust.add(ws.admin(), pem), "certificate_exists");
    auto bad = vigilo::EvidencePack(ws.core()).verify(ws.viewer(), path);
    VERIFY_OK(bad);
    QVERIFY(!bad->ok);
    QCOMPARE(bad->trust, QStringLiteral("revoked"));

    // The bundle carries the revocation to the auditor; its digest changes with it.
    auto bundle = trust.bundle(ws.viewer());
    VERIFY_OK(bundle);
    QVERIFY(bundle->contains("-----BEGIN CERTIFICATE-----"));
    QVERIFY(WorkspaceTrust::bundleDigest(*bundle) != WorkspaceTrust::bundleDigest(*bundleBefore));
    auto list = WorkspaceTrust::readBundle(*bundle, QStringLiteral("bundle"));
    VERIFY_OK(list);
    QCOMPARE(list->entries.size(), 1);
    QVERIFY(list->entries.first().revokedAt.isValid());
    auto offline = EvidencePack::verifyOffline(path, *list);
    VERIFY_OK(offline);
    QCOMPARE(offline->trust, QStringLiteral("revoked"));
    auto before2 = WorkspaceTrust::readBundle(*bundleBefore, QStringLiteral("old bundle"));
    VERIFY_OK(before2);
    auto offlineOk = EvidencePack::verifyOffline(path, *before2);
    VERIFY_OK(offlineOk);
    QVERIFY2(offlineOk->ok, dump(*offlineOk).constData());

    // The database refuses to forget or un-revoke a certificate, even to raw SQL.
    QVERIFY(!rawExec(ws.dbPath(), {QStringLiteral("DELETE FROM trusted_certificates")}).isEmpty());
    QVERIFY(!rawExec(ws.dbPath(), {QStringLiteral("UPDATE trusted_certificates SET revoked_at = "
                                                  "NULL, revoke_reason = NULL")})
                 .isEmpty());
    QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("trusted_certificates"),
                      QStringLiteral("revoked_at IS NOT NULL")),
             qint64(1));
}

void TestEvidencePack::germanPackVerifiesTheSameWay()
{
    TestWorkspace &ws = *m_de;
    const int n = completedChange(ws, ClosureCode::Unsuccessful);
    QVERIFY(n > 0);
    const QString path = m_out.filePath(QStringLiteral("de-signed.pdf"));
    auto pack = exportPack(ws, ws.viewer(), n, path);
    VERIFY_OK(pack);
    QCOMPARE(pack->locale, QStringLiteral("de_DE"));
    QString sig;
    QVERIFY2(pdfsigAccepts(path, &sig), qPrintable(sig));
    auto v = EvidencePack::verifyOffline(path, trustList());
    VERIFY_OK(v);
    QVERIFY2(v->ok, dump(*v).constData());
    QVERIFY(pdfFlow(path).contains(QStringLiteral("Nicht erfolgreich")));
    const QByteArray forged = forge(readAll(path), QStringLiteral("Nicht erfolgreich"),
                                    QStringLiteral("erfolgreich"), *m_key);
    QVERIFY(!forged.isEmpty());
    auto f = EvidencePack::verifyOfflineBytes(forged, trustList());
    VERIFY_OK(f);
    QVERIFY(!checkNamed(*f, "pages")->ok);
}

void TestEvidencePack::verifyWithDatabase()
{
    TestWorkspace &ws = *m_ws;
    const int n = completedChange(ws);
    QVERIFY(n > 0);
    const QString path = m_out.filePath(QStringLiteral("fresh-db.pdf"));
    auto pack = exportPack(ws, ws.viewer(), n, path);
    VERIFY_OK(pack);
    auto v = vigilo::EvidencePack(ws.core()).verify(ws.viewer(), path);
    VERIFY_OK(v);
    QVERIFY2(v->ok, dump(*v).constData());
    QVERIFY(!v->offline);
    QCOMPARE(v->checks.size(), 7);
    QVERIFY(checkNamed(*v, "history")->ok);
    QVERIFY(checkNamed(*v, "audit_chain")->ok);
    QCOMPARE(v->recordedDigest, pack->digest);
    QCOMPARE(v->laterEvents, 0);
    auto stamp = EvidencePack::readStamp(path);
    VERIFY_OK(stamp);
    QCOMPARE(stamp->auditSeq, pack->auditSeq);
    QCOMPARE(stamp->locale, QStringLiteral("en_US"));
}

void TestEvidencePack::laterHistoryStillVerifies()
{
    // A pack covers the history up to its audit seq: events recorded later are normal life.
    TestWorkspace &ws = *m_ws;
    const int n = completedChange(ws);
    QVERIFY(n > 0);
    const QString path = m_out.filePath(QStringLiteral("later.pdf"));
    VERIFY_OK(exportPack(ws, ws.viewer(), n, path));
    VERIFY_OK(ws.core().discussion().addComment(ws.approver(), n,
                                                QStringLiteral("Reviewed at the CAB.")));
    TransitionInput why;
    why.reason = QStringLiteral("A follow-up fix is needed");
    VERIFY_OK(ws.core().changes().apply(ws.engineer(), n, Action::Reopen, why));
    auto v = vigilo::EvidencePack(ws.core()).verify(ws.viewer(), path);
    VERIFY_OK(v);
    QVERIFY2(v->ok, dump(*v).constData());
    QCOMPARE(v->laterEvents, 2);
}

void TestEvidencePack::tamperedHistoryFails()
{
    // Its own workspace: the history is rewritten under the core.
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    trustKey(ws);
    const int n = completedChange(ws);
    QVERIFY(n > 0);
    const QString path = m_out.filePath(QStringLiteral("tampered.pdf"));
    VERIFY_OK(exportPack(ws, ws.viewer(), n, path));
    // Someone with the sqlite3 CLI rewrites who approved the change.
    const QString err = rawExec(
        ws.dbPath(),
        rawUnlockAudit(ws.dbPath())
            + QStringList{QStringLiteral(
                "UPDATE audit_events SET actor = 'owner' WHERE action = 'change.approve'")});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    auto v = vigilo::EvidencePack(ws.core()).verify(ws.viewer(), path);
    VERIFY_OK(v);
    QVERIFY(!v->ok);
    QVERIFY2(!checkNamed(*v, "history")->ok, dump(*v).constData());
    // The pack itself is still intact: offline it verifies.
    auto offline = EvidencePack::verifyOffline(path, trustList());
    VERIFY_OK(offline);
    QVERIFY2(offline->ok, dump(*offline).constData());
}

void TestEvidencePack::recomputedChainFails()
{
    // The rewrite issue 14 describes: an event edited with sqlite3 (or by the PostgreSQL schema
    // owner) and the chain recomputed from there. The workspace's own chain is consistent again;
    // the chain head the pack signed is not in it any more.
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    trustKey(ws);
    const int n = completedChange(ws);
    QVERIFY(n > 0);
    const QString path = m_out.filePath(QStringLiteral("recomputed.pdf"));
    VERIFY_OK(exportPack(ws, ws.viewer(), n, path));
    QString err =
        rawExec(ws.dbPath(), rawUnlockAudit(ws.dbPath())
                                 + QStringList{QStringLiteral("UPDATE audit_events SET actor = "
                                                              "'admin' WHERE action = "
                                                              "'workspace.create'")});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    err = rawRecomputeChain(ws.dbPath());
    QVERIFY2(err.isEmpty(), qPrintable(err));
    auto chain = ws.core().audit().verify(ws.owner());
    VERIFY_OK(chain);
    QVERIFY2(chain->ok, "the recomputed chain should look consistent on its own");
    auto v = vigilo::EvidencePack(ws.core()).verify(ws.viewer(), path);
    VERIFY_OK(v);
    QVERIFY(!v->ok);
    QVERIFY2(!checkNamed(*v, "audit_chain")->ok, dump(*v).constData());
    QVERIFY(checkNamed(*v, "audit_chain")->message.contains(QStringLiteral("rewritten")));
}

namespace {
// Keeps the published records in memory (what AnchorLog writes to its file).
struct MemorySink final : AnchorSink {
    QList<QByteArray> records;
    Status publish(const ChainAnchor &, const QByteArray &record) override
    {
        records << record;
        return {};
    }
};
} // namespace

void TestEvidencePack::anchorsCatchRecomputedChainAndCutTail()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.changeIn(ChangeStatus::Completed);
    VERIFY_OK(c);
    MemorySink sink;
    auto anchor = anchors::signHead(ws.core(), ws.viewer(), *m_key, QStringLiteral("test"), sink);
    VERIFY_OK(anchor);
    QCOMPARE(sink.records.size(), 1);
    // The record stands on its own: its signature and the head it names.
    auto read = anchors::verifyRecord(sink.records.first());
    VERIFY_OK(read);
    QCOMPARE(read->seq, anchor->seq);
    QCOMPARE(read->hash, anchor->hash);
    QCOMPARE(read->signer.fingerprint, m_key->certificate().fingerprint);
    QByteArray forgedRecord = sink.records.first();
    forgedRecord.replace(anchor->hash.left(8).toLatin1(), "00000000");
    VERIFY_ERROR(anchors::verifyRecord(forgedRecord), "invalid_anchor");
    auto clean = anchors::check(ws.core(), ws.owner(), {*read});
    VERIFY_OK(clean);
    QVERIFY(clean->isEmpty());

    // History continues: still fine.
    VERIFY_OK(
        ws.core().discussion().addComment(ws.approver(), c->number, QStringLiteral("Later.")));
    auto later = anchors::check(ws.core(), ws.owner(), {*read});
    VERIFY_OK(later);
    QVERIFY(later->isEmpty());

    // An early event edited and every hash after it recomputed: the chain verifies on its own,
    // the anchor does not.
    QString err = rawExec(
        ws.dbPath(), rawUnlockAudit(ws.dbPath())
                         + QStringList{QStringLiteral("UPDATE audit_events SET new_values = "
                                                      "'{\"display_name\":\"\",\"role\":\"owner\","
                                                      "\"username\":\"viewer\"}' WHERE seq = 8")});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    err = rawRecomputeChain(ws.dbPath());
    QVERIFY2(err.isEmpty(), qPrintable(err));
    auto chain = ws.core().audit().verify(ws.owner());
    VERIFY_OK(chain);
    QVERIFY(chain->ok);
    auto rewritten = anchors::check(ws.core(), ws.owner(), {*read});
    VERIFY_OK(rewritten);
    QCOMPARE(rewritten->size(), 1);
    QCOMPARE(rewritten->first().kind, QStringLiteral("rewritten"));
    QCOMPARE(rewritten->first().seq, anchor->seq);

    // The tail cut back before the anchor and the head fixed: the chain verifies, the anchor
    // says events are gone.
    err = rawExec(ws.dbPath(),
                  {QStringLiteral("DELETE FROM audit_events WHERE seq > %1").arg(anchor->seq - 3)});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    err = rawRecomputeChain(ws.dbPath());
    QVERIFY2(err.isEmpty(), qPrintable(err));
    chain = ws.core().audit().verify(ws.owner());
    VERIFY_OK(chain);
    QVERIFY(chain->ok);
    auto cut = anchors::check(ws.core(), ws.owner(), {*read});
    VERIFY_OK(cut);
    QCOMPARE(cut->size(), 1);
    QCOMPARE(cut->first().kind, QStringLiteral("history_cut"));
}

void TestEvidencePack::stateChangedOutsideVigiloFails()
{
    // Its own workspace: the change is rewritten under the core.
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    trustKey(ws);
    auto c = ws.changeIn(ChangeStatus::Completed);
    VERIFY_OK(c);
    const QString path = m_out.filePath(QStringLiteral("state.pdf"));
    VERIFY_OK(exportPack(ws, ws.viewer(), c->number, path));
    QVERIFY(rawExec(ws.dbPath(),
                    {QStringLiteral("UPDATE changes SET closure_notes = 'All fine, honestly.'")})
                .isEmpty());
    auto v = vigilo::EvidencePack(ws.core()).verify(ws.viewer(), path);
    VERIFY_OK(v);
    QVERIFY(!v->ok);
    QVERIFY(!checkNamed(*v, "history")->ok);
    QCOMPARE(v->laterEvents, 0);
}

void TestEvidencePack::refusesBadInput()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.changeIn(ChangeStatus::Draft);
    VERIFY_OK(c);
    const QString x = m_out.filePath(QStringLiteral("x.pdf"));
    VERIFY_ERROR(exportPack(ws, ws.viewer(), c->number, x, QStringLiteral("xx_YY")),
                 "invalid_locale");
    QVERIFY(!exportPack(ws, ws.viewer(), 999, m_out.filePath(QStringLiteral("y.pdf"))).ok());
    // Without a key of the member's (on the core: a team server signs with the workspace's).
    VERIFY_ERROR(vigilo::EvidencePack(ws.core()).exportPdf(ws.viewer(), c->number, x, {}),
                 "signing_key_missing");
    QVERIFY(!QFile::exists(x));
    QFile notPdf(m_out.filePath(QStringLiteral("not.pdf")));
    QVERIFY(notPdf.open(QIODevice::WriteOnly));
    notPdf.write("%PDF-1.4 nothing here\n");
    notPdf.close();
    VERIFY_ERROR(vigilo::EvidencePack(ws.core()).verify(ws.viewer(), notPdf.fileName()),
                 "not_a_pack");
    VERIFY_ERROR(EvidencePack::verifyOffline(notPdf.fileName(), {}), "not_a_pack");
    // A draft exports too: the outcome says it is not finished.
    const QString path = m_out.filePath(QStringLiteral("draft.pdf"));
    VERIFY_OK(exportPack(ws, ws.viewer(), c->number, path));
    QVERIFY(
        pdfFlow(path).contains(QStringLiteral("The change is not finished yet (status: Draft).")));
}

void TestEvidencePack::digestIsCanonical()
{
    TestWorkspace &ws = *m_ws;
    auto c = ws.changeIn(ChangeStatus::Scheduled);
    VERIFY_OK(c);
    auto a = vigilo::EvidencePack(ws.core()).evidence(ws.viewer(), c->number);
    auto b = vigilo::EvidencePack(ws.core()).evidence(ws.owner(), c->number);
    VERIFY_OK(a);
    VERIFY_OK(b);
    QCOMPARE(evidence::bytesOf(*a), evidence::bytesOf(*b));
    const qint64 seq = a->value(QStringLiteral("through_seq")).toInteger();
    // An earlier seq covers fewer events.
    auto earlier = vigilo::EvidencePack(ws.core()).evidence(ws.viewer(), c->number, seq - 1);
    VERIFY_OK(earlier);
    QVERIFY(earlier->value(QStringLiteral("history")) != a->value(QStringLiteral("history")));
    QVERIFY(PackText::isValidLocale(QStringLiteral("de-DE")));
    QVERIFY(!PackText::isValidLocale(QStringLiteral("C")));
}

QTEST_MAIN(TestEvidencePack)
#include "tst_evidence_pack.moc"
