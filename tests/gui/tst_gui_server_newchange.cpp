// The main window's remaining actions on a real vigilo-server (issue 13, item 4: "a screen never
// knows which it has"): New change without a template (its conflicts preview shows the change
// already planned on the same asset, the CLI through the server sees the new change), Suggest
// similar for a draft and for a saved change, Export evidence pack (the server prints and signs
// it; pdfsig, `vigilo-cli verify-pack` and pdftotext agree), the audit sample for a period (the
// server signs each pack and the manifest; a failed pack is named and leaves no file), and
// windows and dialogs closed while a server call is outstanding (nothing runs for them
// afterwards, nothing crashes).

#include "DialogDriver.h"
#include "GuiBackend.h"
#include "GuiFixture.h"
#include "ServerSession.h"

#include "evidence/EvidenceExport.h"
#include "evidence/SigningKeyDialog.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "newchange/NewChangeDialog.h"
#include "similar/SimilarChangesDialog.h"
#include "similar/SimilarModel.h"
#include "widgets/AssetPicker.h"

#include "Catalogue.h"
#include "Certificates.h"
#include "CliRunner.h"
#include "Client.h"
#include "EvidencePack.h"
#include "RemoteTransport.h"
#include "TestServer.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

#include <functional>
#include <memory>

using namespace vigilo;
using vigilo::guitest::onNextModal;
using vigilo::ui::MainWindow;

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

QString isoIn(int days, int hours = 0)
{
    return QDateTime::currentDateTimeUtc()
        .addDays(days)
        .addSecs(hours * 3600)
        .toString(Qt::ISODate);
}

QJsonObject jsonOf(const test::CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Every answer sent before it has come once a synchronous call answered: nothing is left for
// a window that goes afterwards.
void settle(ui::Session &session)
{
    (void)session.client().call(QStringLiteral("session.whoami"));
    QCoreApplication::processEvents();
}

struct Settle {
    ui::Session &session;
    ~Settle() { settle(session); }
};

QList<int> similarNumbers(const ui::SimilarChangesDialog &dialog)
{
    QList<int> out;
    for (int row = 0; row < dialog.model()->rowCount(); ++row)
        out << dialog.model()->index(row, 0).data(ui::SimilarModel::NumberRole).toInt();
    return out;
}

} // namespace

class TestGuiServerNewChange : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void newChangeWithoutATemplate();
    void suggestSimilarOnTheServer();
    void nextFreeSlotOnTheServer();
    void evidencePackExportedThroughTheServer();
    void auditSampleThroughTheServer();
    void auditSampleFailureLeavesNothing();
    void auditSampleCancelledLeavesNothing();
    void closingWhileTheServerAnswers();
    void screenshots();

private:
    std::unique_ptr<ui::Session> remoteSession(const QString &user);
    test::CliResult cli(const QString &user, const QStringList &args) const
    {
        return m_box->runJson(user, args);
    }
    // Fills the form for a change overlapping m_planned on web-frontend; true once the
    // preview lists m_planned.
    bool fillOverlapping(ui::NewChangeDialog &dialog, const QString &title);
    std::unique_ptr<test::CliSandbox> m_box;
    int m_planned = 0; // erin's change on web-frontend, day 10, two hours
    QDateTime m_plannedStart;
};

std::unique_ptr<ui::Session> TestGuiServerNewChange::remoteSession(const QString &user)
{
    return guitest::serverSession(m_box->server()->location(), m_box->server()->tokenFor(user),
                                  user);
}

void TestGuiServerNewChange::initTestCase()
{
    qunsetenv("VIGILO_TOKEN");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_box = std::make_unique<test::CliSandbox>();
    QVERIFY2(m_box->ok() && m_box->isServer(),
             "run with VIGILO_TEST_BACKEND=server under .ci/with-postgres");
    auto r = m_box->run(QStringLiteral("olga"),
                        {QStringLiteral("workspace"), QStringLiteral("create"),
                         QStringLiteral("ops"), QStringLiteral("--name"), QStringLiteral("Ops")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    for (const auto &[who, role] : {std::pair{"erin", "engineer"}, std::pair{"vic", "viewer"}}) {
        auto added =
            m_box->run(QStringLiteral("olga"),
                       {QStringLiteral("member"), QStringLiteral("add"), QLatin1String(who),
                        QStringLiteral("--role"), QLatin1String(role)});
        QVERIFY2(added.exitCode == 0, added.describe().constData());
    }
    for (const char *asset : {"web-frontend", "db-primary"}) {
        auto added =
            m_box->run(QStringLiteral("olga"),
                       {QStringLiteral("asset"), QStringLiteral("add"), QLatin1String(asset),
                        QStringLiteral("--kind"), QStringLiteral("service")});
        QVERIFY2(added.exitCode == 0, added.describe().constData());
    }
    const QDateTime start = QDateTime::fromString(isoIn(10), Qt::ISODate);
    m_plannedStart = QDateTime(start.date(), QTime(start.time().hour(), 0), Qt::UTC);
    auto created =
        cli(QStringLiteral("erin"),
            {QStringLiteral("change"), QStringLiteral("create"), QStringLiteral("--title"),
             QStringLiteral("Rotate the TLS certificates"), QStringLiteral("--start"),
             m_plannedStart.toString(Qt::ISODate), QStringLiteral("--end"),
             m_plannedStart.addSecs(7200).toString(Qt::ISODate), QStringLiteral("--rollback-plan"),
             QStringLiteral("Restore the previous certificates"),
             QStringLiteral("--implementation-plan"), QStringLiteral("Follow the runbook"),
             QStringLiteral("--asset"), QStringLiteral("web-frontend")});
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    m_planned = parseChangeNumber(jsonOf(created)
                                      .value(QStringLiteral("change"))
                                      .toObject()
                                      .value(QStringLiteral("number"))
                                      .toString())
                    .value_or(0);
    QVERIFY(m_planned > 0);
    auto submitted =
        cli(QStringLiteral("erin"),
            {QStringLiteral("change"), QStringLiteral("submit"), formatChangeNumber(m_planned)});
    QVERIFY2(submitted.exitCode == 0, submitted.describe().constData());
    // The workspace's signing key on the server, as its operator creates it.
    auto key = m_box->server()->runServerOn(
        m_box->server()->serverDatabaseUrl(),
        {QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--workspace"),
         QStringLiteral("ops"), QStringLiteral("--as"), QStringLiteral("olga"),
         QStringLiteral("--name"), QStringLiteral("Ops server")});
    QVERIFY2(key.exitCode == 0, qPrintable(key.out + key.err));
}

bool TestGuiServerNewChange::fillOverlapping(ui::NewChangeDialog &dialog, const QString &title)
{
    auto *create = child<QPushButton>(&dialog, "createButton");
    QTest::keyClicks(child<QLineEdit>(&dialog, "titleEdit"), title);
    // The templates and members come from the server: Create waits for them.
    if (!QTest::qWaitFor([create] { return create->isEnabled(); }, 15000))
        return false;
    auto *picker = child<ui::AssetPicker>(&dialog, "assetList");
    if (!QTest::qWaitFor([picker] { return picker->isLoaded(); }, 15000))
        return false;
    if (!picker->add(QStringLiteral("web-frontend")))
        return false;
    dialog.setPlannedWindow(m_plannedStart.addSecs(3600), m_plannedStart.addSecs(3 * 3600));
    return QTest::qWaitFor(
        [&dialog, this] {
            for (const Conflict &c : dialog.conflicts().conflicts)
                if (c.kind == QLatin1String("change") && c.number == m_planned)
                    return true;
            return false;
        },
        15000);
}

// New change on the server, without a template: the preview shows the overlap, Create makes the
// draft, and the CLI through the same server reads it.
void TestGuiServerNewChange::newChangeWithoutATemplate()
{
    std::unique_ptr<ui::Session> erin = remoteSession(QStringLiteral("erin"));
    QVERIFY(erin);
    MainWindow window(*erin);
    Settle settled{*erin};
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    QVERIFY(window.actor());
    ui::NewChangeDialog dialog(*erin, *window.actor(), &window);
    dialog.show();
    QVERIFY(fillOverlapping(dialog, QStringLiteral("Renew the frontend certificate")));
    auto *list = child<QListWidget>(&dialog, "conflictList");
    QVERIFY(list->count() >= 1);
    QVERIFY2(list->item(0)->text().contains(formatChangeNumber(m_planned)),
             qPrintable(list->item(0)->text()));
    QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
    const int number = dialog.createdNumber();
    QVERIFY(number > m_planned);

    auto shown = cli(QStringLiteral("erin"), {QStringLiteral("change"), QStringLiteral("show"),
                                              formatChangeNumber(number)});
    QVERIFY2(shown.exitCode == 0, shown.describe().constData());
    const QJsonObject change = jsonOf(shown).value(QStringLiteral("change")).toObject();
    QCOMPARE(change.value(QStringLiteral("title")).toString(),
             QStringLiteral("Renew the frontend certificate"));
    QCOMPARE(change.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(change.value(QStringLiteral("requester")).toString(), QStringLiteral("erin"));
    QCOMPARE(change.value(QStringLiteral("affected_assets")).toArray().size(), 1);

    // A viewer's form: the server's refusal is shown, nothing is created.
    std::unique_ptr<ui::Session> vic = remoteSession(QStringLiteral("vic"));
    QVERIFY(vic);
    MainWindow vicWindow(*vic);
    Settle vicSettled{*vic};
    QVERIFY(vicWindow.openWorkspace(QStringLiteral("ops")));
    ui::NewChangeDialog refused(*vic, *vicWindow.actor(), &vicWindow);
    refused.show();
    QTest::keyClicks(child<QLineEdit>(&refused, "titleEdit"), QStringLiteral("Not mine to plan"));
    auto *create = child<QPushButton>(&refused, "createButton");
    QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), 15000);
    QTest::mouseClick(create, Qt::LeftButton);
    auto *messages = child<QLabel>(&refused, "validationLabel");
    QTRY_VERIFY_WITH_TIMEOUT(messages->text().contains(QStringLiteral("&#10006;"))
                                 && create->text() != ui::NewChangeDialog::tr("Creating…"),
                             15000);
    QVERIFY(refused.isVisible());
    QCOMPARE(refused.createdNumber(), 0);
    auto listed = cli(QStringLiteral("erin"), {QStringLiteral("change"), QStringLiteral("list")});
    QVERIFY2(!listed.out.contains(QStringLiteral("Not mine to plan")), qPrintable(listed.out));
}

// "Next free slot" for a form never saved, answered by the server: asked inside a freeze on
// db-primary, the window moves past it and past the change in review after it on db-primary;
// the button waits for the answer, and the conflicts call through the server finds it free.
void TestGuiServerNewChange::nextFreeSlotOnTheServer()
{
    const QDateTime s = m_plannedStart.addDays(2);
    auto created = cli(QStringLiteral("erin"),
                       {QStringLiteral("change"), QStringLiteral("create"),
                        QStringLiteral("--title"), QStringLiteral("Resize the database volume"),
                        QStringLiteral("--start"), s.toString(Qt::ISODate), QStringLiteral("--end"),
                        s.addSecs(7200).toString(Qt::ISODate), QStringLiteral("--rollback-plan"),
                        QStringLiteral("Shrink it back"), QStringLiteral("--implementation-plan"),
                        QStringLiteral("Follow the runbook"), QStringLiteral("--asset"),
                        QStringLiteral("db-primary")});
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    const QString blocker = jsonOf(created)
                                .value(QStringLiteral("change"))
                                .toObject()
                                .value(QStringLiteral("number"))
                                .toString();
    auto submitted =
        cli(QStringLiteral("erin"), {QStringLiteral("change"), QStringLiteral("submit"), blocker});
    QVERIFY2(submitted.exitCode == 0, submitted.describe().constData());
    auto frozen = cli(QStringLiteral("olga"),
                      {QStringLiteral("freeze"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("Database freeze"), QStringLiteral("--start"),
                       s.addSecs(-10 * 3600).toString(Qt::ISODate), QStringLiteral("--end"),
                       s.addSecs(3600).toString(Qt::ISODate), QStringLiteral("--asset"),
                       QStringLiteral("db-primary")});
    QVERIFY2(frozen.exitCode == 0, frozen.describe().constData());

    std::unique_ptr<ui::Session> erin = remoteSession(QStringLiteral("erin"));
    QVERIFY(erin);
    MainWindow window(*erin);
    Settle settled{*erin};
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    ui::NewChangeDialog dialog(*erin, *window.actor(), &window);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "titleEdit"), QStringLiteral("Upgrade PostgreSQL"));
    auto *picker = child<ui::AssetPicker>(&dialog, "assetList");
    QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), 15000);
    QVERIFY(picker->add(QStringLiteral("db-primary")));
    dialog.setPlannedWindow(s.addSecs(-6 * 3600), s.addSecs(-4 * 3600));
    auto *next = child<QPushButton>(&dialog, "nextFreeSlotButton");
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 15000);
    QSignalSpy answered(&dialog, &ui::NewChangeDialog::nextSlotAnswered);
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(!next->isEnabled()); // until the server answers
    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 15000);
    const QString note = child<QLabel>(&dialog, "nextSlotNote")->text();
    QCOMPARE(*dialog.draft().plannedStart, s.addSecs(2 * 3600));
    QCOMPARE(*dialog.draft().plannedEnd, s.addSecs(4 * 3600));
    QVERIFY2(note.contains(QStringLiteral("Moved")), qPrintable(note));
    QVERIFY(next->isEnabled());

    // Free by the conflicts call through the server, and in the preview.
    PlanningForm form;
    form.plannedStart = s.addSecs(2 * 3600);
    form.plannedEnd = s.addSecs(4 * 3600);
    form.affectedAssets = QStringList{QStringLiteral("db-primary")};
    auto free = erin->client().conflictsAsync(form);
    QTRY_VERIFY_WITH_TIMEOUT(free.isFinished(), 15000);
    const Result<ConflictSummary> atSlot = free.result();
    QVERIFY2(atSlot.ok(), atSlot.ok() ? "" : qPrintable(atSlot.error().message));
    QVERIFY(atSlot->isEmpty());
    // The asked window was inside the freeze.
    form.plannedStart = s.addSecs(-6 * 3600);
    form.plannedEnd = s.addSecs(-4 * 3600);
    auto asked = erin->client().conflictsAsync(form);
    QTRY_VERIFY_WITH_TIMEOUT(asked.isFinished(), 15000);
    QVERIFY(asked.result().ok());
    QCOMPARE(asked.result()->conflicts.size(), 1);
    QCOMPARE(asked.result()->conflicts.first().kind, QStringLiteral("freeze"));
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog.conflicts().isEmpty()
            && child<QLabel>(&dialog, "conflictTitle")->text().contains(QStringLiteral("none")),
        15000);
}

// Suggest similar through change.similar: for a draft's title and for a saved change.
void TestGuiServerNewChange::suggestSimilarOnTheServer()
{
    std::unique_ptr<ui::Session> erin = remoteSession(QStringLiteral("erin"));
    QVERIFY(erin);
    erin->client().setWorkspace(QStringLiteral("ops"));
    {
        ui::SimilarChangesDialog draft(erin->client(), QStringLiteral("Rotate certificates"), {});
        QTRY_VERIFY_WITH_TIMEOUT(draft.isLoaded(), 15000);
        QVERIFY(similarNumbers(draft).contains(m_planned));
    }
    // A saved change on the same asset finds it too.
    auto created = cli(QStringLiteral("erin"),
                       {QStringLiteral("change"), QStringLiteral("create"),
                        QStringLiteral("--title"), QStringLiteral("Patch the frontend"),
                        QStringLiteral("--asset"), QStringLiteral("web-frontend")});
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    const int saved = parseChangeNumber(jsonOf(created)
                                            .value(QStringLiteral("change"))
                                            .toObject()
                                            .value(QStringLiteral("number"))
                                            .toString())
                          .value_or(0);
    ui::SimilarChangesDialog byNumber(erin->client(), saved);
    QTRY_VERIFY_WITH_TIMEOUT(byNumber.isLoaded(), 15000);
    QVERIFY(similarNumbers(byNumber).contains(m_planned));
    QVERIFY(!similarNumbers(byNumber).contains(saved));
    settle(*erin);
}

// Export evidence pack on the server: the server prints and signs it, the window saves it.
void TestGuiServerNewChange::evidencePackExportedThroughTheServer()
{
    std::unique_ptr<ui::Session> erin = remoteSession(QStringLiteral("erin"));
    QVERIFY(erin);
    MainWindow window(*erin);
    Settle settled{*erin};
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pack.pdf"));
    onNextModal<QFileDialog>([path](QFileDialog *files) { guitest::chooseFile(files, path); });
    QCOMPARE(window.exportEvidencePack(m_planned), path);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)), 15000);

    const QString sig = tool(QStringLiteral("pdfsig"), {QStringLiteral("-nocert"), path});
    QVERIFY2(sig.contains(QStringLiteral("Signature Validation: Signature is Valid."))
                 && sig.contains(QStringLiteral("Total document signed")),
             qPrintable(sig));
    auto verified = m_box->run(QStringLiteral("erin"), {QStringLiteral("verify-pack"), path});
    QVERIFY2(verified.exitCode == 0, verified.describe().constData());
    const QString text = tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY2(text.contains(formatChangeNumber(m_planned)), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Rotate the TLS certificates")));
}

// The audit sample on a server: the period is filtered on the server, the server prints and
// signs each pack and the manifest; pdfsig, pdftotext, the packs' stamps and the manifest's CMS
// signature agree. A digest the connection did not export is refused (crafted JSON-RPC).
void TestGuiServerNewChange::auditSampleThroughTheServer()
{
    // A second change the day after m_planned, and one outside the period.
    for (int day : {1, 5}) {
        const QDateTime start = m_plannedStart.addDays(day);
        auto created =
            cli(QStringLiteral("erin"),
                {QStringLiteral("change"), QStringLiteral("create"), QStringLiteral("--title"),
                 QStringLiteral("Sample change on day +%1").arg(day), QStringLiteral("--start"),
                 start.toString(Qt::ISODate), QStringLiteral("--end"),
                 start.addSecs(3600).toString(Qt::ISODate), QStringLiteral("--asset"),
                 QStringLiteral("db-primary")});
        QVERIFY2(created.exitCode == 0, created.describe().constData());
    }
    // What the CLI says starts in [day 10, day 11].
    const QDate from = m_plannedStart.date();
    const QDate to = from.addDays(1);
    QStringList expected;
    for (const QJsonValue &v :
         jsonOf(cli(QStringLiteral("erin"), {QStringLiteral("change"), QStringLiteral("list")}))
             .value(QStringLiteral("changes"))
             .toArray()) {
        const QDateTime start = QDateTime::fromString(
            v.toObject().value(QStringLiteral("planned_start")).toString(), Qt::ISODate);
        if (start.isValid() && start.toUTC().date() >= from && start.toUTC().date() <= to)
            expected << v.toObject().value(QStringLiteral("number")).toString();
    }
    std::sort(expected.begin(), expected.end());
    QVERIFY2(expected.size() >= 2 && expected.size() <= 3, qPrintable(expected.join(u',')));

    std::unique_ptr<ui::Session> erin = remoteSession(QStringLiteral("erin"));
    QVERIFY(erin);
    MainWindow window(*erin);
    Settle settled{*erin};
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    auto *action = window.findChild<QAction *>(QStringLiteral("exportSampleAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled()); // offered on a server
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("sample"));
    QVERIFY(QDir().mkpath(folder));
    onNextModal<ui::BatchExportDialog>([&](ui::BatchExportDialog *d) {
        d->folderEdit()->setText(folder);
        d->periodButton()->setChecked(true);
        d->fromEdit()->setDate(from);
        d->toEdit()->setDate(to);
        d->accept();
    });
    QVERIFY(window.exportAuditSample().isEmpty()); // the answers come later
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(folder + QStringLiteral("/manifest.json")), 90000);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.statusBar()->currentMessage().contains(QStringLiteral("signed by the server")),
        15000);

    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    QStringList wanted;
    for (const QString &n : expected)
        wanted << n + QStringLiteral(".pdf");
    wanted << QStringLiteral("manifest.csv") << QStringLiteral("manifest.csv.p7s")
           << QStringLiteral("manifest.json") << QStringLiteral("manifest.json.p7s");
    QCOMPARE(names, wanted);
    QCOMPARE(QDir(folder).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList()); // no staging folder left

    QFile jsonFile(folder + QStringLiteral("/manifest.json"));
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QByteArray json = jsonFile.readAll();
    const QJsonObject manifest = QJsonDocument::fromJson(json).object();
    QCOMPARE(manifest.value(QStringLiteral("workspace")).toString(), QStringLiteral("ops"));
    QCOMPARE(manifest.value(QStringLiteral("exported_by")).toString(), QStringLiteral("erin"));
    const QJsonArray packs = manifest.value(QStringLiteral("packs")).toArray();
    QCOMPARE(packs.size(), expected.size());
    for (int i = 0; i < packs.size(); ++i) {
        const QJsonObject o = packs.at(i).toObject();
        QCOMPARE(o.value(QStringLiteral("number")).toString(), expected.at(i));
        const QString file = folder + QLatin1Char('/') + o.value(QStringLiteral("file")).toString();
        auto stamp = EvidencePack::readStamp(file);
        QVERIFY2(stamp.ok(), qPrintable(file));
        QCOMPARE(o.value(QStringLiteral("digest")).toString(), stamp->digest);
        const QString sig = tool(QStringLiteral("pdfsig"), {QStringLiteral("-nocert"), file});
        QVERIFY2(sig.contains(QStringLiteral("Signature Validation: Signature is Valid.")),
                 qPrintable(sig));
        const QString text = tool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
        QVERIFY2(text.contains(expected.at(i)), qPrintable(text.left(300)));
        QVERIFY(text.contains(o.value(QStringLiteral("title")).toString()));
    }
    // Signed by the server's key for the workspace, not by a member's.
    QFile p7s(folder + QStringLiteral("/manifest.json.p7s"));
    QVERIFY(p7s.open(QIODevice::ReadOnly));
    const CmsCheck signature = verifyDetachedCms(p7s.readAll(), json);
    QVERIFY2(signature.ok, qPrintable(signature.problem));
    QCOMPARE(signature.signer.fingerprint, manifest.value(QStringLiteral("signer"))
                                               .toObject()
                                               .value(QStringLiteral("fingerprint"))
                                               .toString());
    QVERIFY2(signature.signer.commonName.contains(QStringLiteral("Ops server")),
             qPrintable(signature.signer.commonName));
    QFile csv(folder + QStringLiteral("/manifest.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvHead = "number,title,outcome,digest,file\r\n" + expected.first().toUtf8();
    QVERIFY(csv.readAll().startsWith(csvHead));

    // From outside the window: the server signs no manifest for a digest it did not export here.
    erin->client().setWorkspace(QStringLiteral("ops"));
    auto forged = erin->client().call(
        QStringLiteral("pack.manifest"),
        {{QStringLiteral("digests"), QJsonArray{QString(64, QLatin1Char('a'))}}});
    QVERIFY(!forged.ok());
    QCOMPARE(forged.error().code, QStringLiteral("invalid_input"));
    QCOMPARE(forged.error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("digests"));
    auto empty = erin->client().call(QStringLiteral("pack.manifest"), {});
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, QStringLiteral("invalid_input"));
}

// A pack the server refuses (a change that does not exist) names the change, and leaves no file.
void TestGuiServerNewChange::auditSampleFailureLeavesNothing()
{
    std::unique_ptr<ui::Session> erin = remoteSession(QStringLiteral("erin"));
    QVERIFY(erin);
    MainWindow window(*erin);
    Settle settled{*erin};
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("failed"));
    QVERIFY(QDir().mkpath(folder));
    QString said;
    onNextModal<ui::BatchExportDialog>([&](ui::BatchExportDialog *d) {
        d->folderEdit()->setText(folder);
        d->accept();
        onNextModal<QMessageBox>([&said](QMessageBox *box) {
            said = box->text();
            box->accept();
        });
    });
    // The list as filtered (once the server's answer is in), with a change the server does not
    // have at its end.
    QTRY_VERIFY_WITH_TIMEOUT(!window.visibleChanges().isEmpty(), 20000);
    QList<ChangeSummary> sample = window.visibleChanges();
    ChangeSummary missing;
    missing.number = 99999;
    sample << missing;
    ui::PackSigning signing;
    ui::EvidenceExport evidence(*erin, signing);
    QStringList written{QStringLiteral("not called")};
    QVERIFY(evidence.exportSampleFromServer(&window, window.actor().value(), sample,
                                            [&written](const QStringList &f) { written = f; }));
    QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 90000);
    QVERIFY2(said.contains(QStringLiteral("CHG-99999")), qPrintable(said));
    QCOMPARE(written, QStringList());
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

// Cancelled once the first pack is saved: nothing is left in the folder, and nothing more runs.
void TestGuiServerNewChange::auditSampleCancelledLeavesNothing()
{
    std::unique_ptr<ui::Session> erin = remoteSession(QStringLiteral("erin"));
    QVERIFY(erin);
    MainWindow window(*erin);
    Settle settled{*erin};
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    QTRY_VERIFY_WITH_TIMEOUT(window.visibleChanges().size() >= 2, 20000);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("cancelled"));
    QVERIFY(QDir().mkpath(folder));
    onNextModal<ui::BatchExportDialog>([&](ui::BatchExportDialog *d) {
        d->folderEdit()->setText(folder);
        d->accept();
    });
    bool cancelled = false;
    QTimer watch;
    watch.setInterval(5);
    connect(&watch, &QTimer::timeout, this, [&window, &cancelled] {
        auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("batchProgress"));
        if (progress && progress->value() >= 1 && !cancelled) {
            cancelled = true;
            progress->cancel();
        }
    });
    watch.start();
    ui::PackSigning signing;
    ui::EvidenceExport evidence(*erin, signing);
    QStringList written{QStringLiteral("not called")};
    QVERIFY(evidence.exportSampleFromServer(&window, window.actor().value(),
                                            window.visibleChanges(),
                                            [&written](const QStringList &f) { written = f; }));
    QTRY_VERIFY_WITH_TIMEOUT(cancelled, 60000);
    watch.stop();
    QTRY_COMPARE(written, QStringList());
    settle(*erin); // an answer on its way arrives, and is dropped
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

// Windows and dialogs that go before the server answered: their continuations never run (a
// Debug build's Qt asserted with then(context, ...) when the context went first).
void TestGuiServerNewChange::closingWhileTheServerAnswers()
{
    std::unique_ptr<ui::Session> erin = remoteSession(QStringLiteral("erin"));
    QVERIFY(erin);
    client::RemoteTransport *transport = erin->remoteTransport();
    {
        // The list, the followed changes and the audit position are on their way.
        auto window = std::make_unique<MainWindow>(*erin);
        QVERIFY(window->openWorkspace(QStringLiteral("ops")));
        // And a pack the server is printing.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("late.pdf"));
        onNextModal<QFileDialog>([path](QFileDialog *files) { guitest::chooseFile(files, path); });
        QCOMPARE(window->exportEvidencePack(m_planned), path);
        window.reset();
        settle(*erin);
        QVERIFY(!QFileInfo::exists(path)); // nobody was there to save it
    }
    {
        // A New change form closed while its conflicts preview was asked for.
        MainWindow window(*erin);
        QVERIFY(window.openWorkspace(QStringLiteral("ops")));
        settle(*erin);
        auto dialog = std::make_unique<ui::NewChangeDialog>(*erin, *window.actor(), &window);
        settle(*erin); // the templates and members came
        const qint64 before = transport->requestsSent();
        dialog->setPlannedWindow(m_plannedStart, m_plannedStart.addSecs(3600));
        QTRY_VERIFY_WITH_TIMEOUT(transport->requestsSent() > before, 5000); // after the pause
        dialog.reset();
        settle(*erin);
    }
    // Still answering: the session is intact.
    QVERIFY(erin->client().call(QStringLiteral("session.whoami")).ok());
}

// The New change dialog on the server at 1024x768, in English and German.
void TestGuiServerNewChange::screenshots()
{
    std::unique_ptr<ui::Session> erin = remoteSession(QStringLiteral("erin"));
    QVERIFY(erin);
    MainWindow window(*erin);
    Settle settled{*erin};
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    const auto shoot = [&](const QString &suffix) {
        ui::NewChangeDialog dialog(*erin, *window.actor(), &window);
        dialog.resize(1000, 720); // the largest a 1024x768 screen shows whole
        dialog.show();
        QVERIFY(fillOverlapping(dialog, QStringLiteral("Renew the frontend certificate")));
        QApplication::processEvents();
        QVERIFY(dialog.grab().save(
            guitest::outputPath(QStringLiteral("newchange-server%1.png").arg(suffix))));
        settle(*erin);
    };
    shoot(QString());
    QTranslator german;
    QVERIFY(loadVigiloCatalogue(german, QLocale(QLocale::German, QLocale::Germany)));
    QCoreApplication::installTranslator(&german);
    const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
    shoot(QStringLiteral("-de"));
}

QTEST_MAIN(TestGuiServerNewChange)
#include "tst_gui_server_newchange.moc"
