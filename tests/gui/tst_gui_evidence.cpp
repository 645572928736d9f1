// Evidence packs in the desktop client: the pack viewer opens a pack with no workspace and no
// database at all (the database is gone before it opens), shows the pages, the verification panel
// and the embedded history as a sortable table, and trusts the signer once the trust bundle is
// loaded; Export evidence pack… from the detail view creates the signing key on first use; a
// batch for an audit sample writes one signed pack per change and a signed manifest, and a
// cancelled batch leaves no file behind. The Activity tab names what changed in words.

#include "GuiBackend.h"
#include "GuiFixture.h"

#include "changes/ChangeListView.h"
#include "detail/ActivityModel.h"
#include "detail/ActivityTab.h"
#include "detail/ChangeDetailView.h"
#include "evidence/EvidenceExport.h"
#include "evidence/EvidenceHistoryModel.h"
#include "evidence/PackViewerWindow.h"
#include "evidence/SigningKeyDialog.h"
#include "main/MainWindow.h"

#include "ChainAnchors.h"
#include "EvidencePack.h"
#include "SigningKey.h"
#include "WorkspaceTrust.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfView>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <functional>

using namespace vigilo;
using vigilo::guitest::GuiWorkspace;
using vigilo::ui::MainWindow;

namespace {

const QString kPassphrase = QStringLiteral("erin-signs-packs");
// Through a team server the server signs with the workspace's key, created by its operator.
const QString kServerKey = QStringLiteral("Acme team server");

// Answers the modal dialogs that come up, in order: each handler acts on the first modal widget
// it accepts, then the next handler waits for its own.
class Answerer : public QObject {
public:
    using Handler = std::function<bool(QWidget *)>; // true: handled
    explicit Answerer(QList<Handler> handlers)
        : m_handlers(std::move(handlers))
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *w = QApplication::activeModalWidget();
            if (!w || m_handlers.isEmpty())
                return;
            if (m_handlers.first()(w))
                m_handlers.removeFirst();
        });
        m_timer.start();
    }
    bool done() const { return m_handlers.isEmpty(); }

private:
    QList<Handler> m_handlers;
    QTimer m_timer;
};

Answerer::Handler saveAs(const QString &path)
{
    return [path](QWidget *w) {
        auto *d = qobject_cast<QFileDialog *>(w);
        if (!d || d->objectName() != QLatin1String("exportPackDialog"))
            return false;
        guitest::chooseFile(d, path);
        return true;
    };
}

Answerer::Handler keyDialog(const QString &passphrase)
{
    return [passphrase](QWidget *w) {
        auto *d = qobject_cast<ui::SigningKeyDialog *>(w);
        if (!d)
            return false;
        d->findChild<QLineEdit *>(QStringLiteral("passphrase"))->setText(passphrase);
        if (auto *repeat = d->findChild<QLineEdit *>(QStringLiteral("repeatPassphrase")))
            repeat->setText(passphrase);
        d->accept();
        return true;
    };
}

Answerer::Handler batchDialog(const QString &folder)
{
    return [folder](QWidget *w) {
        auto *d = qobject_cast<ui::BatchExportDialog *>(w);
        if (!d)
            return false;
        d->folderEdit()->setText(folder);
        d->accept();
        return true;
    };
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QMap<QString, bool> checksOf(const ui::PackViewerWindow &viewer)
{
    QMap<QString, bool> out;
    for (int i = 0; i < viewer.checks()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = viewer.checks()->topLevelItem(i);
        out.insert(item->data(0, Qt::UserRole).toString(), item->data(1, Qt::UserRole).toBool());
    }
    return out;
}

} // namespace

class TestEvidence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void viewerOpensAPackWithoutAnyDatabase();
    void exportFromTheDetailViewCreatesTheKey();
    void batchExportWritesPacksAndASignedManifest();
    void cancelledBatchLeavesNoFiles();
    void activityTabNamesWhatChanged();
    void cleanupTestCase();

private:
    int completedChange(GuiWorkspace &ws, const QString &title);

    std::unique_ptr<GuiWorkspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_out;
};

void TestEvidence::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VigiloTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_evidence"));
    QSettings().clear();
    QVERIFY(m_out.isValid());
}

void TestEvidence::cleanupTestCase()
{
    if (m_window && m_ws->session->isRemote()) // its answers are in before it goes
        (void)m_ws->session->client().call(QStringLiteral("session.whoami"));
    m_window.reset();
    m_ws.reset();
}

int TestEvidence::completedChange(GuiWorkspace &ws, const QString &title)
{
    const int n = ws.inReview(QStringLiteral("erin"), ws.draft(title, 48));
    TransitionInput approve;
    approve.comment = QStringLiteral("Fine by me");
    const Actor erin = ws.as(QStringLiteral("erin"));
    TransitionInput early; // the window opens in two days: starting now is an exception
    early.justification = QStringLiteral("Started ahead of its window by the evidence suite.");
    if (!ws.core().changes().apply(ws.as(QStringLiteral("april")), n, Action::Approve, approve).ok()
        || !ws.core().changes().apply(erin, n, Action::Schedule).ok()
        || !ws.core().changes().apply(erin, n, Action::Start, early).ok())
        return 0;
    TransitionInput close;
    close.closureCode = ClosureCode::Successful;
    close.closureNotes = QStringLiteral("Done as planned.");
    if (!ws.core().changes().apply(erin, n, Action::Complete, close).ok())
        return 0;
    return n;
}

void TestEvidence::viewerOpensAPackWithoutAnyDatabase()
{
    const QString pack = m_out.filePath(QStringLiteral("auditor.pdf"));
    const QString bundle = m_out.filePath(QStringLiteral("CERTS.pem"));
    int events = 0;
    {
        // A workspace somewhere else: a pack and a trust bundle come out of it, then it is gone.
        GuiWorkspace ws(QStringLiteral("erin"));
        QVERIFY2(ws.ok(), qPrintable(ws.error));
        const int n = completedChange(ws, QStringLiteral("Rotate the edge certificate"));
        QVERIFY(n > 0);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto key = SigningKey::generate(QStringLiteral("Erin Engineer"), {}, now.addDays(-1),
                                        now.addYears(1));
        QVERIFY(key.ok());
        QVERIFY(WorkspaceTrust(ws.core())
                    .add(ws.as(QStringLiteral("adam")), (*key)->certificatesPem())
                    .ok());
        PackExport options;
        options.signer = key->get();
        auto written =
            EvidencePack(ws.core()).exportPdf(ws.as(QStringLiteral("erin")), n, pack, options);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        events = written->events;
        auto b = WorkspaceTrust(ws.core()).bundle(ws.as(QStringLiteral("vera")));
        QVERIFY(b.ok());
        QFile f(bundle);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(*b);
    }
    QVERIFY(QFileInfo::exists(pack));

    ui::PackViewerWindow viewer;
    QVERIFY(viewer.openPack(pack));
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QTRY_COMPARE(viewer.document()->status(), QPdfDocument::Status::Ready);
    QVERIFY(viewer.document()->pageCount() >= 2);
    // Without a trust list: intact, but the signer is unknown.
    QMap<QString, bool> checks = checksOf(viewer);
    QCOMPARE(checks.keys(), (QStringList{QStringLiteral("certificate"), QStringLiteral("chain"),
                                         QStringLiteral("evidence"), QStringLiteral("pages"),
                                         QStringLiteral("signature")}));
    QVERIFY(checks.value(QStringLiteral("signature")) && checks.value(QStringLiteral("evidence"))
            && checks.value(QStringLiteral("pages")) && checks.value(QStringLiteral("chain")));
    QVERIFY(!checks.value(QStringLiteral("certificate")));
    QVERIFY(viewer.verification().onlyTrustFailed());
    // With the workspace's trust bundle: verified.
    QVERIFY(viewer.loadTrustBundle(bundle));
    QVERIFY2(viewer.verification().ok, QJsonDocument(viewer.verification().toJson()).toJson());
    for (bool ok : checksOf(viewer))
        QVERIFY(ok);
    QVERIFY(viewer.findChild<QLabel *>(QStringLiteral("packVerdict"))
                ->text()
                .contains(QStringLiteral("Verified")));

    // The history the pack embeds, sortable.
    QTableView *history = viewer.history();
    QCOMPARE(history->model()->rowCount(), events);
    history->sortByColumn(ui::EvidenceHistoryModel::Seq, Qt::DescendingOrder);
    const qint64 first = history->model()->index(0, 0).data().toLongLong();
    const qint64 last = history->model()->index(events - 1, 0).data().toLongLong();
    QVERIFY(first > last);
    history->sortByColumn(ui::EvidenceHistoryModel::When, Qt::AscendingOrder);
    QCOMPARE(history->model()->index(0, 0).data().toLongLong(), last);
    bool words = false;
    for (int r = 0; r < events; ++r)
        words = words
                || history->model()
                       ->index(r, ui::EvidenceHistoryModel::Details)
                       .data()
                       .toString()
                       .contains(QStringLiteral("Status: In progress → Completed"));
    QVERIFY(words);
    // The pages render (QPdfView draws them asynchronously: wait until there is ink).
    const auto inked = [&viewer] {
        const QImage shot = viewer.pdfView()->viewport()->grab().toImage();
        for (int y = 0; y < shot.height(); y += 4)
            for (int x = 0; x < shot.width(); x += 4)
                if (qGray(shot.pixel(x, y)) < 128)
                    return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(inked(), 20000);
    QDir().mkpath(QStringLiteral(VIGILO_GUI_TEST_OUTPUT_DIR));
    viewer.grab().save(QStringLiteral(VIGILO_GUI_TEST_OUTPUT_DIR "/pack-viewer.png"));

    // A changed byte: the viewer says so.
    QByteArray bytes = readAll(pack);
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    const QString tampered = m_out.filePath(QStringLiteral("tampered.pdf"));
    QFile t(tampered);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(bytes);
    t.close();
    ui::PackViewerWindow second; // remembers the bundle
    second.openPack(tampered);
    QVERIFY(!second.verification().ok);
    QVERIFY(!checksOf(second).value(QStringLiteral("signature")));
}

void TestEvidence::exportFromTheDetailViewCreatesTheKey()
{
    m_ws = std::make_unique<GuiWorkspace>(QStringLiteral("erin"));
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->error));
    for (const char *title :
         {"Patch the database hosts", "Renew the API certificate", "Resize the cache cluster"})
        QVERIFY(completedChange(*m_ws, QString::fromUtf8(title)) > 0);
    const bool remote = m_ws->session->isRemote();
    if (test::TestServer *server = m_ws->db.teamServer()) {
        auto key = server->runServerOn(server->serverDatabaseUrl(),
                                       {QStringLiteral("key"), QStringLiteral("create"),
                                        QStringLiteral("--workspace"), QStringLiteral("acme"),
                                        QStringLiteral("--as"), QStringLiteral("alex"),
                                        QStringLiteral("--name"), kServerKey});
        QVERIFY2(key.exitCode == 0, qPrintable(key.out + key.err));
    }
    m_window = std::make_unique<MainWindow>(*m_ws->session);
    QVERIFY(m_window->openWorkspace(QStringLiteral("acme")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The Change menu and the list's context menu offer it too.
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("exportPackAction")));
    QCOMPARE(m_window->changeList()->table()->contextMenuPolicy(), Qt::CustomContextMenu);

    ui::ChangeDetailView *detail = m_window->openChange(1);
    QVERIFY(detail);
    auto *exportButton = detail->findChild<QPushButton *>(QStringLiteral("exportPackButton"));
    QTRY_VERIFY_WITH_TIMEOUT(exportButton->isEnabled(), 15000); // the change's answer is in
    const QString path = m_out.filePath(QStringLiteral("CHG-00001.pdf"));
    if (remote) {
        // The server prints and signs it with the workspace's key: no key is asked for here.
        Answerer answers({saveAs(path)});
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(answers.done());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), 30000);
        const TrustList trust =
            VALUE_OK(WorkspaceTrust(m_ws->core()).list(m_ws->as(QStringLiteral("vera"))));
        auto v = EvidencePack::verifyOffline(path, trust);
        QVERIFY(v.ok());
        QVERIFY2(v->ok, QJsonDocument(v->toJson()).toJson());
        QSKIP("through a team server the workspace's key on the server signs (checked above): no "
              "member's key is created and no anchor log is kept on this workstation");
    }
    Answerer answers({saveAs(path), keyDialog(kPassphrase)});
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(answers.done());
    QVERIFY(QFileInfo::exists(path));

    // Signed with erin's new key, kept encrypted in her data folder.
    const ui::PackSigning probe;
    QVERIFY(probe.keys().has(QStringLiteral("erin")));
    QVERIFY(readAll(probe.keys().keyPath(QStringLiteral("erin")))
                .startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    auto cert = probe.keys().certificate(QStringLiteral("erin"));
    QVERIFY(cert.ok());
    TrustList trust;
    trust.source = QStringLiteral("erin's certificate");
    trust.entries << TrustEntry{*cert, {}, {}, {}, {}, {}};
    auto v = EvidencePack::verifyOffline(path, trust);
    QVERIFY(v.ok());
    QVERIFY2(v->ok, QJsonDocument(v->toJson()).toJson());
    // The chain head it covers went into her anchor log.
    const AnchorLog::Contents log =
        AnchorLog().read(anchors::databaseKey(m_ws->session->store()), QStringLiteral("acme"));
    QCOMPARE(log.anchors.size(), 1);
    QCOMPARE(log.anchors.first().seq, v->auditSeq);
}

void TestEvidence::batchExportWritesPacksAndASignedManifest()
{
    QVERIFY(m_window);
    const QString folder = m_out.filePath(QStringLiteral("sample"));
    QVERIFY(QDir().mkpath(folder));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->visibleChanges().size(), 3, 15000);
    // The key exists now: the session still holds it unlocked, so no dialog asks again.
    Answerer answers({batchDialog(folder)});
    const QStringList files = m_window->exportAuditSample();
    QVERIFY(answers.done());
    const bool remote = m_ws->session->isRemote();
    if (remote) // the server's answers come later
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(folder + QStringLiteral("/manifest.json.p7s")),
                                 90000);
    else
        QCOMPARE(files.size(), 3 + 4);
    const QStringList names =
        QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(names,
             (QStringList{QStringLiteral("CHG-00001.pdf"), QStringLiteral("CHG-00002.pdf"),
                          QStringLiteral("CHG-00003.pdf"), QStringLiteral("manifest.csv"),
                          QStringLiteral("manifest.csv.p7s"), QStringLiteral("manifest.json"),
                          QStringLiteral("manifest.json.p7s")}));
    QCOMPARE(QDir(folder).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());

    // The manifest: number, title, outcome, digest, file; its signature checks out.
    const QByteArray json = readAll(folder + QStringLiteral("/manifest.json"));
    const QJsonArray packs =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("packs")).toArray();
    QCOMPARE(packs.size(), 3);
    for (const QJsonValue &p : packs) {
        const QJsonObject o = p.toObject();
        const QString file = folder + QLatin1Char('/') + o.value(QStringLiteral("file")).toString();
        auto stamp = EvidencePack::readStamp(file);
        QVERIFY(stamp.ok());
        QCOMPARE(o.value(QStringLiteral("digest")).toString(), stamp->digest);
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("successful"));
        QVERIFY(!o.value(QStringLiteral("title")).toString().isEmpty());
    }
    const CmsCheck signature =
        verifyDetachedCms(readAll(folder + QStringLiteral("/manifest.json.p7s")), json);
    QVERIFY2(signature.ok, qPrintable(signature.problem));
    QCOMPARE(signature.signer.commonName, remote ? kServerKey : QStringLiteral("erin"));
    const QByteArray csv = readAll(folder + QStringLiteral("/manifest.csv"));
    QVERIFY(csv.startsWith("number,title,outcome,digest,file\r\nCHG-00001,"));
    QVERIFY(verifyDetachedCms(readAll(folder + QStringLiteral("/manifest.csv.p7s")), csv).ok);
    // An edited manifest fails its signature.
    QByteArray edited = json;
    edited.replace("successful", "unsuccessful");
    QVERIFY(!verifyDetachedCms(readAll(folder + QStringLiteral("/manifest.json.p7s")), edited).ok);
}

void TestEvidence::cancelledBatchLeavesNoFiles()
{
    QVERIFY(m_window);
    const QString folder = m_out.filePath(QStringLiteral("cancelled"));
    QVERIFY(QDir().mkpath(folder));
    // Cancel once the first pack is staged.
    bool cancelled = false;
    QTimer watch;
    watch.setInterval(5);
    connect(&watch, &QTimer::timeout, this, [this, &cancelled] {
        auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("batchProgress"));
        if (progress && progress->value() >= 1 && !cancelled) {
            cancelled = true;
            progress->cancel();
        }
    });
    watch.start();
    Answerer answers({batchDialog(folder)});
    const QStringList files = m_window->exportAuditSample();
    if (m_ws->session->isRemote()) { // the packs come later: until the cancel, and its end
        QTRY_VERIFY_WITH_TIMEOUT(cancelled, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_window->findChild<QProgressDialog *>(QStringLiteral("batchProgress")), 30000);
    }
    watch.stop();
    QVERIFY(cancelled);
    QVERIFY(files.isEmpty());
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestEvidence::activityTabNamesWhatChanged()
{
    QVERIFY(m_window);
    ui::ChangeDetailView *detail = m_window->openChange(2);
    QVERIFY(detail);
    const QAbstractItemModel *activity = detail->activityTab()->model();
    QTRY_VERIFY_WITH_TIMEOUT(activity->rowCount() > 0, 15000); // on a team server: later
    QStringList what, changed;
    for (int r = 0; r < activity->rowCount(); ++r) {
        what << activity->index(r, ui::ActivityModel::What).data().toString();
        changed << activity->index(r, ui::ActivityModel::Changes).data().toString();
    }
    QVERIFY2(what.contains(QStringLiteral("Change closed")),
             qPrintable(what.join(QLatin1Char('|'))));
    QVERIFY(what.contains(QStringLiteral("Approval given")));
    const QString all = changed.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Closure code: – → Successful")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("Status: In progress → Completed")));
    QVERIFY(all.contains(QStringLiteral("Step: Change approval")));
    // No raw JSON.
    QVERIFY(!all.contains(QLatin1Char('{')));
}

QTEST_MAIN(TestEvidence)
#include "tst_gui_evidence.moc"
