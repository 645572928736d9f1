// CAB mode on a real vigilo-server (issue 13, items 4 and 7): the chair's window through the same
// client as on a database, one request per action. A meeting created, attendance recorded, started,
// two items decided (one approved, one rejected with a reason), each decision one request; a
// second workstation following the meeting sees each decision from the server's push, without
// polling; the CLI through the same server reads the decisions; the viewer's decision is refused
// with the core's reason; the meeting closed, its minutes PDF printed and signed by the server
// and read back with pdftotext. Screenshots at 1024×768 in English and German.

#include "GuiBackend.h"
#include "GuiFixture.h"
#include "ServerSession.h"

#include "cab/CabAttendanceDialog.h"
#include "cab/CabDecisionDialog.h"
#include "cab/CabWindow.h"
#include "main/MainWindow.h"
#include "main/Session.h"

#include "Catalogue.h"
#include "CliRunner.h"
#include "Client.h"
#include "PdfTools.h"
#include "RemoteTransport.h"
#include "TestServer.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

#include <functional>
#include <memory>

using namespace vigilo;
using vigilo::ui::CabAttendanceDialog;
using vigilo::ui::CabDecisionDialog;
using vigilo::ui::CabWindow;
using vigilo::ui::MainWindow;

namespace {

const QString kBoard = QStringLiteral("Change Board");

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

// Declared after a window on `session`: before the window goes, every answer it waits for has
// come, so that no continuation is left for a window that is gone.
struct Settle {
    ui::Session &session;
    ~Settle() { (void)session.client().call(QStringLiteral("session.whoami")); }
};

} // namespace

class TestGuiServerCab : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cabModeIsThereOnTheServer();
    void meetingRunThroughTheServer();

private:
    std::unique_ptr<ui::Session> remoteSession(const QString &user);
    test::CliResult cli(const QString &user, const QStringList &args) const
    {
        return m_box->runJson(user, args);
    }
    bool run(const QString &user, const QStringList &args)
    {
        const test::CliResult r = m_box->run(user, args);
        if (r.exitCode != 0)
            m_why = r.describe();
        return r.exitCode == 0;
    }
    int submitted(const QString &title, int day);
    // Presses `key` in `window` and confirms the decision with `text`.
    void decideByKey(CabWindow *window, Qt::Key key, const QString &text);
    qint64 requests(ui::Session &s) const { return s.remoteTransport()->requestsSent(); }
    void shoot(QWidget *w, const QString &name)
    {
        QVERIFY(w->grab().save(guitest::outputPath(name)));
    }

    std::unique_ptr<test::CliSandbox> m_box;
    QByteArray m_why;
    int m_first = 0;
    int m_second = 0;
};

std::unique_ptr<ui::Session> TestGuiServerCab::remoteSession(const QString &user)
{
    return guitest::serverSession(m_box->server()->location(), m_box->server()->tokenFor(user),
                                  user);
}

int TestGuiServerCab::submitted(const QString &title, int day)
{
    auto created = cli(
        QStringLiteral("erik"),
        {QStringLiteral("change"), QStringLiteral("create"), QStringLiteral("--title"), title,
         QStringLiteral("--asset"), QStringLiteral("web"), QStringLiteral("--start"), isoIn(day),
         QStringLiteral("--end"), isoIn(day, 2), QStringLiteral("--implementation-plan"),
         QStringLiteral("1. Drain node A\n2. Apply\n3. Restore traffic"),
         QStringLiteral("--rollback-plan"), QStringLiteral("Reinstall the previous version")});
    if (created.exitCode != 0) {
        m_why = created.describe();
        return 0;
    }
    const QString number = jsonOf(created)
                               .value(QStringLiteral("change"))
                               .toObject()
                               .value(QStringLiteral("number"))
                               .toString();
    if (!run(QStringLiteral("erik"), {QStringLiteral("change"), QStringLiteral("submit"), number}))
        return 0;
    return parseChangeNumber(number).value_or(0);
}

void TestGuiServerCab::initTestCase()
{
    qunsetenv("VIGILO_TOKEN");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_box = std::make_unique<test::CliSandbox>();
    QVERIFY2(m_box->ok() && m_box->isServer(),
             "run with VIGILO_TEST_BACKEND=server under .ci/with-postgres");
    QVERIFY2(run(QStringLiteral("olga"),
                 {QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("ops"),
                  QStringLiteral("--name"), QStringLiteral("Operations")}),
             m_why.constData());
    for (const auto &[who, role] :
         {std::pair{"adam", "admin"}, std::pair{"anna", "approver"}, std::pair{"alex", "approver"},
          std::pair{"erik", "engineer"}, std::pair{"vera", "viewer"}})
        QVERIFY2(run(QStringLiteral("olga"),
                     {QStringLiteral("member"), QStringLiteral("add"), QLatin1String(who),
                      QStringLiteral("--role"), QLatin1String(role)}),
                 m_why.constData());
    QVERIFY2(run(QStringLiteral("adam"),
                 {QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("web"),
                  QStringLiteral("--kind"), QStringLiteral("service")}),
             m_why.constData());
    // The board: adam chairs, three voting members, quorum 2; every normal change goes to it.
    QVERIFY2(run(QStringLiteral("adam"),
                 {QStringLiteral("cab"), QStringLiteral("add"), kBoard, QStringLiteral("--chair"),
                  QStringLiteral("adam"), QStringLiteral("--voting"), QStringLiteral("anna"),
                  QStringLiteral("--voting"), QStringLiteral("alex"), QStringLiteral("--voting"),
                  QStringLiteral("olga"), QStringLiteral("--quorum"), QStringLiteral("2"),
                  QStringLiteral("--type"), QStringLiteral("normal")}),
             m_why.constData());
    QVERIFY2(run(QStringLiteral("adam"),
                 {QStringLiteral("policy"), QStringLiteral("add"), QStringLiteral("CAB review"),
                  QStringLiteral("--type"), QStringLiteral("normal"), QStringLiteral("--step"),
                  QStringLiteral("Change Board;cab:Change Board;1")}),
             m_why.constData());
    m_first = submitted(QStringLiteral("Rotate the TLS certificates"), 3);
    QVERIFY2(m_first > 0, m_why.constData());
    m_second = submitted(QStringLiteral("Upgrade the load balancer"), 4);
    QVERIFY2(m_second > 0, m_why.constData());
    // The server signs the minutes with the workspace's key.
    const auto key = m_box->server()->runServer({QStringLiteral("key"), QStringLiteral("create"),
                                                 QStringLiteral("--workspace"),
                                                 QStringLiteral("ops"), QStringLiteral("--json")});
    QVERIFY2(key.exitCode == 0, qPrintable(key.err));
}

void TestGuiServerCab::decideByKey(CabWindow *window, Qt::Key key, const QString &text)
{
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = guitest::activeModal<CabDecisionDialog>();
        if (!dialog)
            return;
        auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("decisionText"));
        edit->setFocus();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        answered = true;
    });
    QTest::keyClick(window, key);
    QVERIFY2(answered, "no confirmation was shown");
}

// The main window opens CAB mode on a server (it used to refuse) and the meetings page comes in
// one request: the meetings and the CABs together.
void TestGuiServerCab::cabModeIsThereOnTheServer()
{
    std::unique_ptr<ui::Session> adam = remoteSession(QStringLiteral("adam"));
    QVERIFY(adam);
    MainWindow window(*adam);
    Settle settle{*adam};
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    auto *action = window.findChild<QAction *>(QStringLiteral("cabModeAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    const qint64 before = requests(*adam);
    CabWindow *cab = window.enterCabMode();
    QVERIFY(cab);
    auto *cabs = cab->findChild<QComboBox *>(QStringLiteral("cabCabs"));
    QTRY_COMPARE_WITH_TIMEOUT(cabs->currentText(), kBoard, 15000);
    QTRY_VERIFY(!cab->isBusy());
    QCOMPARE(requests(*adam) - before, 1);
    QVERIFY(cab->meetingNumbers().isEmpty());
    QVERIFY(cab->findChild<QPushButton *>(QStringLiteral("cabNewMeeting"))->isEnabled());
    cab->close();
}

void TestGuiServerCab::meetingRunThroughTheServer()
{
    std::unique_ptr<ui::Session> adam = remoteSession(QStringLiteral("adam"));
    std::unique_ptr<ui::Session> anna = remoteSession(QStringLiteral("anna"));
    std::unique_ptr<ui::Session> vera = remoteSession(QStringLiteral("vera"));
    QVERIFY(adam && anna && vera);
    MainWindow followerWindow(*anna);
    Settle settleFollower{*anna};
    MainWindow viewerWindow(*vera);
    Settle settleViewer{*vera};
    for (MainWindow *w : {&followerWindow, &viewerWindow})
        QVERIFY(w->openWorkspace(QStringLiteral("ops")));
    // The chair's projector alone on its connection, so that its requests can be counted (a
    // main window would also read the rows the server's events name).
    std::optional<Actor> chairActor;
    {
        MainWindow signIn(*adam);
        QVERIFY(signIn.openWorkspace(QStringLiteral("ops")));
        chairActor = signIn.actor();
        (void)adam->client().call(QStringLiteral("session.whoami")); // its answers are in
    }
    QVERIFY(chairActor);
    CabWindow chair(*adam, *chairActor);
    Settle settleChair{*adam};
    CabWindow *cab = &chair;
    cab->resize(1024, 768);
    cab->show();
    QVERIFY(QTest::qWaitForWindowExposed(cab));

    // The chair creates an ad-hoc meeting: one request answers the whole room.
    QTRY_COMPARE_WITH_TIMEOUT(cab->findChild<QComboBox *>(QStringLiteral("cabCabs"))->currentText(),
                              kBoard, 15000);
    QTRY_VERIFY(!cab->isBusy());
    auto *create = cab->findChild<QPushButton *>(QStringLiteral("cabNewMeeting"));
    QTRY_VERIFY(create->isEnabled());
    qint64 before = requests(*adam);
    create->click();
    QTRY_VERIFY2_WITH_TIMEOUT(cab->meetingNumber() > 0, qPrintable(cab->bannerText()), 15000);
    QTRY_VERIFY(!cab->isBusy());
    QCOMPARE(requests(*adam) - before, 1);
    QVERIFY2(!cab->bannerIsError(), qPrintable(cab->bannerText()));
    const int meeting = cab->meetingNumber();
    QCOMPARE(cab->meetingStatus(), QStringLiteral("planned"));
    QCOMPARE(cab->agendaNumbers(), (QList<int>{m_first, m_second}));

    // Attendance: anna and alex present, each choice one request; the quorum line follows.
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = guitest::activeModal<CabAttendanceDialog>();
        if (!dialog)
            return;
        seen = true;
        for (const char *member : {"anna", "alex"}) {
            const qint64 sent = requests(*adam);
            QVERIFY(dialog->record(QLatin1String(member), QStringLiteral("present")));
            QTRY_VERIFY_WITH_TIMEOUT(
                dialog
                    ->findChild<QComboBox *>(QStringLiteral("status-%1").arg(QLatin1String(member)))
                    ->isEnabled(),
                15000);
            QCOMPARE(requests(*adam) - sent, 1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(dialog->meeting().votingPresent(), 2, 15000);
        QCOMPARE(dialog->errorText(), QString());
        dialog->accept();
    });
    cab->findChild<QPushButton *>(QStringLiteral("cabAttendance"))->click();
    QVERIFY(seen);
    QCOMPARE(cab->quorumText(), QStringLiteral("2 of 3 voting present — quorum met (needs 2)"));

    // The second workstation follows the meeting.
    CabWindow *follower = followerWindow.enterCabMode();
    QVERIFY(follower);
    QTRY_VERIFY_WITH_TIMEOUT(follower->meetingNumbers().contains(meeting), 15000);
    QVERIFY(follower->openMeeting(meeting));
    QTRY_COMPARE_WITH_TIMEOUT(follower->meetingNumber(), meeting, 15000);

    // Start: the agenda is frozen, the first item is on the card.
    before = requests(*adam);
    cab->findChild<QPushButton *>(QStringLiteral("cabStart"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(cab->meetingStatus(), QStringLiteral("in_progress"), 15000);
    QTRY_VERIFY(!cab->isBusy());
    QCOMPARE(requests(*adam) - before, 1);
    QCOMPARE(cab->currentNumber(), m_first);
    QCOMPARE(cab->findChild<QLabel *>(QStringLiteral("cabTitle"))->text(),
             QStringLiteral("Rotate the TLS certificates"));
    QVERIFY(cab->findChild<QLabel *>(QStringLiteral("cabRollback"))
                ->text()
                .contains(QStringLiteral("Reinstall the previous version")));
    // The follower learns of the start from the server (event.meeting), not by polling.
    QTRY_COMPARE_WITH_TIMEOUT(follower->currentNumber(), m_first, 15000);
    shoot(cab, QStringLiteral("cab-server-1024x768.png"));
    {
        // The same room in German, at 1024×768 and on a 1080p projector.
        QTranslator german;
        QVERIFY(loadVigiloCatalogue(german, QLocale(QLocale::German, QLocale::Germany)));
        QCoreApplication::installTranslator(&german);
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
        CabWindow de(*anna, *followerWindow.actor());
        de.resize(1024, 768);
        de.show();
        QVERIFY(QTest::qWaitForWindowExposed(&de));
        QVERIFY(de.openMeeting(meeting));
        QTRY_COMPARE_WITH_TIMEOUT(de.currentNumber(), m_first, 15000);
        QVERIFY2(de.legendText().startsWith(QStringLiteral("1 Genehmigen")),
                 qPrintable(de.legendText()));
        shoot(&de, QStringLiteral("cab-server-de-1024x768.png"));
        de.resize(1920, 1080);
        QTRY_COMPARE(de.size(), QSize(1920, 1080));
        QTRY_VERIFY(de.basePixels() >= 1080 / 45);
        shoot(&de, QStringLiteral("cab-server-de-1920x1080.png"));
        (void)anna->client().call(QStringLiteral("session.whoami")); // its answers are in
    }

    // The viewer's window: a decision is refused with the core's reason, nothing is recorded.
    CabWindow *viewer = viewerWindow.enterCabMode();
    QVERIFY(viewer);
    QTRY_VERIFY_WITH_TIMEOUT(viewer->meetingNumbers().contains(meeting), 15000);
    QVERIFY(viewer->openMeeting(meeting));
    QTRY_COMPARE_WITH_TIMEOUT(viewer->currentNumber(), m_first, 15000);
    decideByKey(viewer, Qt::Key_1, QString());
    QTRY_VERIFY_WITH_TIMEOUT(viewer->bannerIsError(), 15000);
    auto refused =
        cli(QStringLiteral("vera"),
            {QStringLiteral("meeting"), QStringLiteral("decide"), QString::number(meeting),
             QString::number(m_first), QStringLiteral("--decision"), QStringLiteral("approve")});
    QCOMPARE(refused.exitCode, 1);
    const QJsonObject error = jsonOf(refused).value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("permission_denied"));
    QCOMPARE(viewer->bannerText(), error.value(QStringLiteral("message")).toString());
    QCOMPARE(viewer->currentNumber(), m_first);
    viewer->close();

    // Approve the first item: one request; the follower shows it from the server's push.
    before = requests(*adam);
    decideByKey(cab, Qt::Key_1, QStringLiteral("Go ahead after the backup"));
    QTRY_COMPARE_WITH_TIMEOUT(cab->currentNumber(), m_second, 15000);
    QTRY_VERIFY(!cab->isBusy());
    QCOMPARE(requests(*adam) - before, 1);
    QVERIFY2(!cab->bannerIsError(), qPrintable(cab->bannerText()));
    QTRY_COMPARE_WITH_TIMEOUT(follower->currentNumber(), m_second, 15000);

    // Reject the second with a reason.
    before = requests(*adam);
    decideByKey(cab, Qt::Key_3, QStringLiteral("No rollback tested"));
    QTRY_COMPARE_WITH_TIMEOUT(cab->currentNumber(), 0, 15000);
    QTRY_VERIFY(!cab->isBusy());
    QCOMPARE(requests(*adam) - before, 1);
    QVERIFY2(!cab->bannerIsError(), qPrintable(cab->bannerText()));
    QTRY_COMPARE_WITH_TIMEOUT(follower->currentNumber(), 0, 15000);

    // The CLI through the same server reads both decisions.
    auto shown = cli(QStringLiteral("olga"),
                     {QStringLiteral("meeting"), QStringLiteral("show"), QString::number(meeting)});
    QVERIFY2(shown.exitCode == 0, shown.describe().constData());
    const QJsonArray agenda = jsonOf(shown)
                                  .value(QStringLiteral("meeting"))
                                  .toObject()
                                  .value(QStringLiteral("agenda"))
                                  .toArray();
    QCOMPARE(agenda.size(), 2);
    QCOMPARE(agenda.at(0).toObject().value(QStringLiteral("decision")).toString(),
             QStringLiteral("approve"));
    QCOMPARE(agenda.at(1).toObject().value(QStringLiteral("decision")).toString(),
             QStringLiteral("reject"));
    QCOMPARE(agenda.at(1).toObject().value(QStringLiteral("note")).toString(),
             QStringLiteral("No rollback tested"));
    for (const auto &[number, status] :
         {std::pair{m_first, "approved"}, std::pair{m_second, "rejected"}}) {
        auto change = cli(QStringLiteral("olga"), {QStringLiteral("change"), QStringLiteral("show"),
                                                   QString::number(number)});
        QVERIFY2(change.exitCode == 0, change.describe().constData());
        QCOMPARE(jsonOf(change)
                     .value(QStringLiteral("change"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QLatin1String(status));
    }

    // Close: the minutes; the PDF printed and signed by the server.
    before = requests(*adam);
    cab->findChild<QPushButton *>(QStringLiteral("cabClose"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(cab->meetingStatus(), QStringLiteral("closed"), 15000);
    QTRY_VERIFY(!cab->isBusy());
    QCOMPARE(requests(*adam) - before, 1);
    QVERIFY(cab->minutesText().contains(QStringLiteral("No rollback tested")));
    QTRY_COMPARE_WITH_TIMEOUT(follower->meetingStatus(), QStringLiteral("closed"), 15000);
    const QString pdf = QDir(m_box->dir()).filePath(QStringLiteral("minutes.pdf"));
    QVERIFY(cab->exportMinutesPdf(pdf));
    QTRY_VERIFY_WITH_TIMEOUT(!cab->isBusy(), 30000);
    QVERIFY2(!cab->bannerIsError(), qPrintable(cab->bannerText()));
    QVERIFY(QFileInfo::exists(pdf));
    QString text = test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    for (const QString &phrase :
         {kBoard, QStringLiteral("Approved"), QStringLiteral("Go ahead after the backup"),
          QStringLiteral("Rejected"), QStringLiteral("No rollback tested"),
          formatChangeNumber(m_first), formatChangeNumber(m_second)})
        QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(": ") + text));
    follower->close();
}

QTEST_MAIN(TestGuiServerCab)
#include "tst_gui_server_cab.moc"
