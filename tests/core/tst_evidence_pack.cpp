// Evidence packs: the same completed change exported from an English and a German workspace and
// read back with poppler (pdftotext, pdfinfo, pdffonts); the rollback block; PDF/A metadata and
// embedded fonts; verify-pack against a flipped byte, later history and tampered history.
#include "EvidencePack.h"
#include "PackText.h"
#include "RawSql.h"
#include "TestWorkspace.h"

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
    void englishAndGermanPacks();
    void rolledBackChangeShowsRollbackBlock();
    void metadataAndFonts();
    void datesComeFromTheInjectedClock();
    void longTablesBreakCleanly();
    void verifyFreshPack();
    void verifyFailsAfterFlippedByte();
    void laterHistoryStillVerifies();
    void tamperedHistoryFails();
    void stateChangedOutsideVigiloFails();
    void refusesBadInput();
    void digestIsCanonical();

private:
    // A completed change with a runbook, a comment and an attachment, as in real life.
    int completedChange(TestWorkspace &ws);
    QTemporaryDir m_out;
};

void TestEvidencePack::initTestCase()
{
    QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 "poppler-utils is needed (.ci/deps)");
    QVERIFY(m_out.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(":/i18n/vigilo_de.qm")),
             "the German catalogue is not embedded");
}

int TestEvidencePack::completedChange(TestWorkspace &ws)
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
    in.closureCode = ClosureCode::Successful;
    in.closureNotes = QStringLiteral("Certificate renewed; größere Probleme gab es keine.");
    if (!ws.core().changes().apply(ws.engineer(), n, Action::Complete, in).ok())
        return 0;
    return n;
}

void TestEvidencePack::englishAndGermanPacks()
{
    TestWorkspace en(QStringLiteral("acme"));
    TestWorkspace de(QStringLiteral("acme-de"));
    QVERIFY2(en.ok() && de.ok(), qPrintable(en.errorText() + de.errorText()));
    QVERIFY(
        rawExec(de.dbPath(), {QStringLiteral("UPDATE workspaces SET locale = 'de_DE'")}).isEmpty());
    QCOMPARE(de.owner().workspace.locale, QStringLiteral("de_DE"));
    const int nEn = completedChange(en);
    const int nDe = completedChange(de);
    QVERIFY(nEn > 0 && nDe > 0);

    // The person exporting runs in English; the German workspace still gets German.
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    const QString enPath = m_out.filePath(QStringLiteral("en.pdf"));
    const QString dePath = m_out.filePath(QStringLiteral("de.pdf"));
    auto enPack = vigilo::EvidencePack(en.core()).exportPdf(en.viewer(), nEn, enPath);
    VERIFY_OK(enPack);
    auto dePack = vigilo::EvidencePack(de.core()).exportPdf(de.viewer(), nDe, dePath);
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
                      QStringLiteral("CHG-00001"),
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
                      QStringLiteral("status: in_progress → completed")},
                     &why),
             why.constData());
    // English dates: long on the cover, M/d/yyyy in tables; page footer.
    QVERIFY2(e.contains(QStringLiteral("March 5, 2026")), qPrintable(e.left(3000)));
    QVERIFY(e.contains(QStringLiteral("3/5/2026")));
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
                      QStringLiteral("CHG-00001"),
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
    QVERIFY(g.contains(QStringLiteral("05.03.2026")));
    QVERIFY(g.contains(QStringLiteral("Seite 1 von %1").arg(dePack->pages)));
    QVERIFY(!g.contains(QStringLiteral("March")));
    for (const QString &heading : kEnglishHeadings)
        QVERIFY2(!g.contains(heading),
                 qPrintable(QStringLiteral("English left in the German pack: ") + heading));
}

void TestEvidencePack::rolledBackChangeShowsRollbackBlock()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.changeIn(ChangeStatus::RolledBack);
    VERIFY_OK(c);
    const QString path = m_out.filePath(QStringLiteral("rolled-back.pdf"));
    VERIFY_OK(vigilo::EvidencePack(ws.core()).exportPdf(ws.viewer(), c->number, path));
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
    VERIFY_OK(vigilo::EvidencePack(ws.core()).exportPdf(ws.viewer(), c->number, dePath,
                                                        QStringLiteral("de_DE")));
    const QString g = pdfFlow(dePath);
    QVERIFY2(inOrder(g,
                     {QStringLiteral("Zurückgerollt"), QStringLiteral("Ergebnis"),
                      QStringLiteral("Rollback"), QStringLiteral("Grund"),
                      QStringLiteral("Error rate above 5% after the switch"),
                      QStringLiteral("Zurückgerollt von")},
                     &why),
             why.constData());
}

// Every date the pack prints or declares is the core's clock, years away from the system's: the
// footer's "Generated", the XMP dates and the Info dictionary's /CreationDate. And the pack
// still verifies.
void TestEvidencePack::datesComeFromTheInjectedClock()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.changeIn(ChangeStatus::Completed);
    VERIFY_OK(c);
    ws.clock().setNow(QDateTime(QDate(2031, 6, 16), QTime(10, 0, 5), Qt::UTC));
    const QString path = m_out.filePath(QStringLiteral("clock.pdf"));
    auto pack = vigilo::EvidencePack(ws.core()).exportPdf(ws.admin(), c->number, path);
    VERIFY_OK(pack);
    const QString text = pdfText(path);
    // The change's own dates are in 2026: 2031 can only be the generation time.
    QVERIFY2(text.contains(QStringLiteral("2031")), qPrintable(text.left(2000)));
    const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    QVERIFY2(meta.contains(QStringLiteral("<xmp:CreateDate>2031-06-16T10:00:05Z")),
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
    QVERIFY(verified->ok);
}

void TestEvidencePack::metadataAndFonts()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.changeIn(ChangeStatus::Completed);
    VERIFY_OK(c);
    const QString path = m_out.filePath(QStringLiteral("meta.pdf"));
    auto pack = vigilo::EvidencePack(ws.core()).exportPdf(ws.admin(), c->number, path);
    VERIFY_OK(pack);

    bool ok = false;
    const QString info = run(QStringLiteral("pdfinfo"), {path}, &ok);
    QVERIFY2(ok, qPrintable(info));
    QVERIFY(info.contains(QStringLiteral("Evidence pack CHG-00001: Rotate TLS certificate")));
    QVERIFY(info.contains(QStringLiteral("A4")));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pack->pages))));
    const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    for (const QString &needle :
         {QStringLiteral("<pdfaid:part>1</pdfaid:part>"),
          QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>"),
          QStringLiteral("<dc:title>"), QStringLiteral("<rdf:li>Admin</rdf:li>"),
          QStringLiteral("<dc:description>"),
          QStringLiteral("<pdf:Keywords>CHG-00001; acme; evidence pack"),
          QStringLiteral("<pdfaExtension:schemas>"),
          QStringLiteral("<vigilo:Workspace>acme</vigilo:Workspace>"),
          QStringLiteral("<vigilo:Change>CHG-00001</vigilo:Change>"),
          QStringLiteral("<vigilo:AuditSeq>%1</vigilo:AuditSeq>").arg(pack->auditSeq),
          QStringLiteral("<vigilo:EvidenceDigest>%1</vigilo:EvidenceDigest>").arg(pack->digest),
          QStringLiteral("<vigilo:Seal>%1</vigilo:Seal>").arg(pack->seal)})
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
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
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
    auto pack = vigilo::EvidencePack(ws.core()).exportPdf(ws.viewer(), c->number, path);
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
        QVERIFY(page.contains(QStringLiteral("CHG-00001")));
        QVERIFY(page.contains(QStringLiteral("(acme)")));
        QVERIFY(page.contains(QStringLiteral("Generated ")));
        if (commentsFrom < 0 && page.contains(QRegularExpression(QStringLiteral("6\\s+Comments"))))
            commentsFrom = i;
        if (attachmentsAt < 0
            && page.contains(QRegularExpression(QStringLiteral("7\\s+Attachments"))))
            attachmentsAt = i;
        if (historyFrom < 0
            && page.contains(QRegularExpression(QStringLiteral("8\\s+Audit history"))))
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
                     && pages.at(i).contains(QStringLiteral("Old → new values")),
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
    compact.remove(QRegularExpression(QStringLiteral(
        "Acme Operations \\(acme\\) · CHG-00001 · Generated .*? UTC Page \\d+ of \\d+ "
        "Evidence SHA-256: [0-9a-f]{64}")));
    compact.remove(QStringLiteral("Acme Operations (acme) CHG-00001 · Evidence pack"));
    compact.remove(QStringLiteral("# When (UTC) Who Action Old → new values"));
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

void TestEvidencePack::verifyFreshPack()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const int n = completedChange(ws);
    QVERIFY(n > 0);
    const QString path = m_out.filePath(QStringLiteral("fresh.pdf"));
    auto pack = vigilo::EvidencePack(ws.core()).exportPdf(ws.viewer(), n, path);
    VERIFY_OK(pack);
    auto v = vigilo::EvidencePack(ws.core()).verify(ws.viewer(), path);
    VERIFY_OK(v);
    QVERIFY2(v->ok, QJsonDocument(v->toJson()).toJson().constData());
    QCOMPARE(v->checks.size(), 3);
    QCOMPARE(v->recordedDigest, pack->digest);
    QCOMPARE(v->currentDigest, pack->digest);
    QCOMPARE(v->laterEvents, 0);
    auto stamp = EvidencePack::readStamp(path);
    VERIFY_OK(stamp);
    QCOMPARE(stamp->auditSeq, pack->auditSeq);
    QCOMPARE(stamp->locale, QStringLiteral("en_US"));
}

void TestEvidencePack::verifyFailsAfterFlippedByte()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.changeIn(ChangeStatus::Completed);
    VERIFY_OK(c);
    const QString path = m_out.filePath(QStringLiteral("flipped.pdf"));
    VERIFY_OK(vigilo::EvidencePack(ws.core()).exportPdf(ws.viewer(), c->number, path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const qsizetype at = bytes.size() / 2;
    bytes[at] = char(bytes.at(at) ^ 0x01);
    QVERIFY(f.seek(0));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();
    auto v = vigilo::EvidencePack(ws.core()).verify(ws.viewer(), path);
    VERIFY_OK(v);
    QVERIFY(!v->ok);
    QCOMPARE(v->checks.first().name, QStringLiteral("seal"));
    QVERIFY(!v->checks.first().ok);
}

void TestEvidencePack::laterHistoryStillVerifies()
{
    // A pack covers the history up to its audit seq: events recorded later are normal life.
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const int n = completedChange(ws);
    QVERIFY(n > 0);
    const QString path = m_out.filePath(QStringLiteral("later.pdf"));
    VERIFY_OK(vigilo::EvidencePack(ws.core()).exportPdf(ws.viewer(), n, path));
    VERIFY_OK(ws.core().discussion().addComment(ws.approver(), n,
                                                QStringLiteral("Reviewed at the CAB.")));
    TransitionInput why;
    why.reason = QStringLiteral("A follow-up fix is needed");
    VERIFY_OK(ws.core().changes().apply(ws.engineer(), n, Action::Reopen, why));
    auto v = vigilo::EvidencePack(ws.core()).verify(ws.viewer(), path);
    VERIFY_OK(v);
    QVERIFY2(v->ok, QJsonDocument(v->toJson()).toJson().constData());
    QCOMPARE(v->laterEvents, 2);
    QVERIFY(v->currentDigest != v->recordedDigest);
}

void TestEvidencePack::tamperedHistoryFails()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const int n = completedChange(ws);
    QVERIFY(n > 0);
    const QString path = m_out.filePath(QStringLiteral("tampered.pdf"));
    VERIFY_OK(vigilo::EvidencePack(ws.core()).exportPdf(ws.viewer(), n, path));
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
    bool evidenceFailed = false;
    for (const PackCheck &c : v->checks)
        evidenceFailed = evidenceFailed || (c.name == QLatin1String("evidence") && !c.ok);
    QVERIFY2(evidenceFailed, QJsonDocument(v->toJson()).toJson().constData());
}

void TestEvidencePack::stateChangedOutsideVigiloFails()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.changeIn(ChangeStatus::Completed);
    VERIFY_OK(c);
    const QString path = m_out.filePath(QStringLiteral("state.pdf"));
    VERIFY_OK(vigilo::EvidencePack(ws.core()).exportPdf(ws.viewer(), c->number, path));
    QVERIFY(rawExec(ws.dbPath(),
                    {QStringLiteral("UPDATE changes SET closure_notes = 'All fine, honestly.'")})
                .isEmpty());
    auto v = vigilo::EvidencePack(ws.core()).verify(ws.viewer(), path);
    VERIFY_OK(v);
    QVERIFY(!v->ok);
    QCOMPARE(v->laterEvents, 0);
}

void TestEvidencePack::refusesBadInput()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.changeIn(ChangeStatus::Draft);
    VERIFY_OK(c);
    VERIFY_ERROR(vigilo::EvidencePack(ws.core()).exportPdf(ws.viewer(), c->number,
                                                           m_out.filePath(QStringLiteral("x.pdf")),
                                                           QStringLiteral("xx_YY")),
                 "invalid_locale");
    QVERIFY(!vigilo::EvidencePack(ws.core())
                 .exportPdf(ws.viewer(), 999, m_out.filePath(QStringLiteral("y.pdf")))
                 .ok());
    QFile notPdf(m_out.filePath(QStringLiteral("not.pdf")));
    QVERIFY(notPdf.open(QIODevice::WriteOnly));
    notPdf.write("%PDF-1.4 nothing here\n");
    notPdf.close();
    VERIFY_ERROR(vigilo::EvidencePack(ws.core()).verify(ws.viewer(), notPdf.fileName()),
                 "not_a_pack");
    // A draft exports too: the outcome says it is not finished.
    const QString path = m_out.filePath(QStringLiteral("draft.pdf"));
    VERIFY_OK(vigilo::EvidencePack(ws.core()).exportPdf(ws.viewer(), c->number, path));
    QVERIFY(
        pdfFlow(path).contains(QStringLiteral("The change is not finished yet (status: Draft).")));
}

void TestEvidencePack::digestIsCanonical()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.changeIn(ChangeStatus::Scheduled);
    VERIFY_OK(c);
    auto a = vigilo::EvidencePack(ws.core()).evidence(ws.viewer(), c->number);
    auto b = vigilo::EvidencePack(ws.core()).evidence(ws.owner(), c->number);
    VERIFY_OK(a);
    VERIFY_OK(b);
    QCOMPARE(EvidencePack::digestOf(*a), EvidencePack::digestOf(*b));
    QCOMPARE(EvidencePack::digestOf(*a).size(), 64);
    const qint64 seq = a->value(QStringLiteral("through_seq")).toInteger();
    // An earlier seq covers fewer events, so a different history digest.
    auto earlier = vigilo::EvidencePack(ws.core()).evidence(ws.viewer(), c->number, seq - 1);
    VERIFY_OK(earlier);
    QVERIFY(EvidencePack::historyDigestOf(*earlier) != EvidencePack::historyDigestOf(*a));
    QVERIFY(PackText::isValidLocale(QStringLiteral("de-DE")));
    QVERIFY(!PackText::isValidLocale(QStringLiteral("C")));
}

QTEST_MAIN(TestEvidencePack)
#include "tst_evidence_pack.moc"
