// CAB mode is the meeting (issue 15), on the demo workspace and the offscreen platform: an ad-hoc
// meeting whose agenda is built from the CAB's rule and frozen at its start, a late addition
// admitted, attendance below quorum refusing a decision (the core's refusal shown), a decision of
// each kind by the keys 1 to 5 (each confirmed with its word in large type), a second workstation
// following the meeting within a second, the meeting closed and its minutes shown and exported;
// the German legend and key 1 recording approve in the German UI; the projector laid out at
// 1024×768, 1920×1080 and 3840×2160 with no clipped label or button; F11 from a detail view.

#include "GuiBackend.h"
#include "GuiFixture.h"

#include "cab/CabAgendaTools.h"
#include "cab/CabAttendanceDialog.h"
#include "cab/CabDecisionDialog.h"
#include "cab/CabWindow.h"
#include "detail/ChangeDetailView.h"
#include "evidence/SigningKeyDialog.h"
#include "main/MainWindow.h"

#include "ApprovalPolicies.h"
#include "Catalogue.h"
#include "ChangeWatcher.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTranslator>
#include <QtTest>

using namespace vigilo;
using vigilo::ui::CabAttendanceDialog;
using vigilo::ui::CabDecisionDialog;
using vigilo::ui::CabWindow;
using vigilo::ui::Session;
using vigilo::ui::SigningKeyDialog;

// On a team server the window's answers arrive later: wait until it has them (at once on a
// database). The banner says what went wrong when it does not settle.
#define CAB_SETTLED(w)                                                                             \
    QTRY_VERIFY2_WITH_TIMEOUT(!(w)->isBusy(), qPrintable((w)->bannerText()), 15000)

namespace {
const QString kUser = QStringLiteral("tester"); // an owner of the demo: the CAB's chair
const QString kBoard = QStringLiteral("Change Board");
const QString kRequester = QStringLiteral("yuki.tanaka");
const QString kServerKey = QStringLiteral("Demo team server"); // the workspace's key there

// Every visible label and button of `root` that does not fit its geometry or lies outside its
// parent, described.
QStringList clippedWidgets(QWidget *root)
{
    QStringList out;
    const auto describe = [](QWidget *w, const QString &why) {
        QString text;
        if (auto *l = qobject_cast<QLabel *>(w))
            text = l->text().left(40);
        else if (auto *b = qobject_cast<QPushButton *>(w))
            text = b->text();
        return QStringLiteral("%1 \"%2\" %3: %4")
            .arg(QString::fromLatin1(w->metaObject()->className()), text, w->objectName(), why);
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        auto *label = qobject_cast<QLabel *>(w);
        auto *button = qobject_cast<QPushButton *>(w);
        if ((!label && !button) || !w->isVisibleTo(root))
            continue;
        QWidget *parent = w->parentWidget();
        if (!parent->rect().contains(w->geometry()))
            out << describe(w, QStringLiteral("outside its parent (%1,%2 %3×%4 in %5×%6)")
                                   .arg(w->x())
                                   .arg(w->y())
                                   .arg(w->width())
                                   .arg(w->height())
                                   .arg(parent->width())
                                   .arg(parent->height()));
        if (label && label->text().isEmpty())
            continue;
        if (label && label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height())
                out << describe(w, QStringLiteral("needs %1 px of height, has %2")
                                       .arg(needed)
                                       .arg(label->height()));
            continue;
        }
        const QSize hint = label ? label->minimumSizeHint() : button->sizeHint();
        if (hint.width() > w->width() || hint.height() > w->height())
            out << describe(w, QStringLiteral("needs %1×%2, has %3×%4")
                                   .arg(hint.width())
                                   .arg(hint.height())
                                   .arg(w->width())
                                   .arg(w->height()));
    }
    return out;
}
} // namespace

class TestCab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void meetingsListAndAdHocMeeting();
    void agendaEditedBeforeTheStart();
    void startFreezesTheAgenda();
    void overTimeSaidInWords();
    void lateAdditionAdmitted();
    void attendanceBelowQuorumRefusesADecision();
    void attendanceReachesQuorum();
    void layoutFitsEveryScreen();
    void decisionsOfEachKindFollowedLive();
    void escapeOnTheConfirmationRecordsNothing();
    void closingShowsAndExportsTheMinutes();
    void minutesAsSignedPdf();
    void germanLegendAndKeyOne();
    void fullScreenFromADetailView();

private:
    // The other people's work goes through another connection, as from other workstations.
    Vigilo &prep() { return m_owner->core(); }
    Actor as(const QString &user)
    {
        auto a = prep().workspaces().signIn(QStringLiteral("demo"), user);
        if (!a.ok())
            qFatal("sign in %s: %s", qPrintable(user), qPrintable(a.error().message));
        return a.value();
    }
    // A normal change by yuki.tanaka, submitted: in review with the board's step pending.
    int submitted(const QString &title, int days);
    Meeting meeting(int number)
    {
        auto m = prep().meetings().get(as(kUser), number);
        if (!m.ok())
            qFatal("meeting %d: %s", number, qPrintable(m.error().message));
        return m.value();
    }
    // Presses `key` on `window` and answers the confirmation with `text` (Enter confirms), or
    // cancels it with Esc; returns what the confirmation showed in large type.
    // `votes`: member -> approve|reject|abstain, chosen in the confirmation's vote rows.
    QString decideByKey(CabWindow *window, Qt::Key key, const QString &text, bool cancel = false,
                        const QList<QPair<QString, QString>> &votes = {});
    // Opens the attendance dialog and runs `fill` on it.
    void attendance(const std::function<void(CabAttendanceDialog *)> &fill);
    void saveShot(QWidget *w, const QString &name)
    {
        QVERIFY(w->grab().save(guitest::outputPath(name)));
    }

    QTemporaryDir m_dir;
    guitest::GuiDatabase m_db{m_dir, QStringLiteral("demo.sqlite")};
    std::unique_ptr<Session> m_session; // the chair's workstation
    std::unique_ptr<Session> m_owner; // the database owner on a server; a second session on SQLite
    std::unique_ptr<Session> m_follower;      // a second workstation following the meeting
    std::unique_ptr<Session> m_requesterDesk; // the requester's, through a team server only
    std::unique_ptr<CabWindow> m_cab;
    std::unique_ptr<CabWindow> m_follow;
    QList<int> m_items;
    int m_late = 0;
};

void TestCab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(m_db.ok(), qPrintable(m_db.errorText()));
    DemoOptions options;
    options.changes = 30;
    options.seed = 15;
    auto session = m_db.openDemo(kUser, options);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    m_session = std::move(session).value();
    auto owner = m_db.openOwnerSession();
    QVERIFY2(owner.ok(), qPrintable(owner.ok() ? QString() : owner.error().message));
    m_owner = std::move(owner).value();
    if (!m_owner) {
        auto other = m_db.openSession(kUser);
        QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message));
        m_owner = std::move(other).value();
    }

    // The board: chaired by the tester, four voting members, an adviser, quorum 3; every normal
    // change goes to it.
    Cab board;
    board.name = kBoard;
    board.chair = kUser;
    board.voting = {QStringLiteral("amara.okafor"), QStringLiteral("david.chen"),
                    QStringLiteral("lars.nielsen"), QStringLiteral("priya.raman")};
    board.advisers = {QStringLiteral("tom.becker")};
    board.quorumCount = 3;
    board.agendaTypes = {ChangeType::Normal};
    board.agendaWithinDays = 30;
    board.itemMinutes = 10;
    auto added = prep().cabs().add(as(QStringLiteral("sofia.martin")), board);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    ApprovalPolicy policy;
    policy.name = QStringLiteral("Change Board review");
    policy.position = 1;
    policy.changeTypes = {ChangeType::Normal};
    ApprovalPolicyStep step;
    step.name = kBoard;
    step.eligibleMembers = {QString(kCabPrefix).append(kBoard)};
    policy.steps = {step};
    auto p = prep().policies().add(as(QStringLiteral("sofia.martin")), policy);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    const QStringList titles = {
        QStringLiteral("Rotate the API gateway certificate"),
        QStringLiteral("Upgrade the message broker to 3.13"),
        QStringLiteral("Move the nightly export to the new storage account"),
        QStringLiteral("Enable connection pooling for the orders database"),
        QStringLiteral("Retire the legacy SMTP relay"),
    };
    for (int i = 0; i < titles.size(); ++i)
        m_items << submitted(titles.at(i), 8 + i);
    if (test::TestServer *server = m_db.teamServer()) {
        // Through a team server the server signs the minutes with the workspace's key, as its
        // operator creates it.
        auto key = server->runServerOn(server->serverDatabaseUrl(),
                                       {QStringLiteral("key"), QStringLiteral("create"),
                                        QStringLiteral("--workspace"), QStringLiteral("demo"),
                                        QStringLiteral("--as"), kUser, QStringLiteral("--name"),
                                        kServerKey});
        QVERIFY2(key.exitCode == 0, qPrintable(key.out + key.err));
    }
}

void TestCab::cleanupTestCase()
{
    if (m_session && m_session->isRemote() && m_cab)
        (void)m_session->client().call(QStringLiteral("session.whoami")); // its answers are in
    if (m_follower && m_follow)
        (void)m_follower->client().call(QStringLiteral("session.whoami"));
    m_follow.reset();
    m_cab.reset();
}

int TestCab::submitted(const QString &title, int days)
{
    const Actor who = as(kRequester);
    ChangeDraft d;
    d.title = title;
    d.description = QStringLiteral("%1, as discussed with the service owners. The change is "
                                   "repeated on both sites one after the other.")
                        .arg(title);
    d.changeType = ChangeType::Normal;
    d.priority = Priority::Medium;
    const QDate day = QDate::currentDate().addDays(days);
    d.plannedStart = QDateTime(day, QTime(3, 0), Qt::UTC);
    d.plannedEnd = d.plannedStart->addSecs(2 * 3600);
    d.affectedAssets = QStringList{QStringLiteral("notification-worker")};
    d.implementationPlan = QStringLiteral("1. Drain traffic from site A\n2. Apply the change\n3. "
                                          "Verify\n4. Repeat on site B");
    d.rollbackPlan = QStringLiteral("Revert the deployment and restore traffic.");
    d.testPlan = QStringLiteral("Health checks green for 15 minutes on both sites.");
    d.assignee = QStringLiteral("carlos.mendez");
    if (m_db.throughTeamServer()) {
        // Through a team server: the requester's own workstation on the same server, so that the
        // server tells the windows following a meeting (it pushes what it wrote).
        if (!m_requesterDesk)
            m_requesterDesk = m_db.otherWorkstation(kRequester, QStringLiteral("demo"));
        if (!m_requesterDesk)
            qFatal("%s's workstation on the team server", qPrintable(kRequester));
        auto created = m_requesterDesk->client().createChange(d);
        if (!created.ok())
            qFatal("create: %s", qPrintable(created.error().message));
        auto done = m_requesterDesk->client().apply(created->number, Action::Submit);
        if (!done.ok())
            qFatal("submit: %s", qPrintable(done.error().message));
        return created->number;
    }
    auto created = prep().changes().create(who, d);
    if (!created.ok())
        qFatal("create: %s", qPrintable(created.error().message));
    auto done = prep().changes().apply(who, created->number, Action::Submit);
    if (!done.ok())
        qFatal("submit: %s", qPrintable(done.error().message));
    return created->number;
}

QString TestCab::decideByKey(CabWindow *window, Qt::Key key, const QString &text, bool cancel,
                             const QList<QPair<QString, QString>> &votes)
{
    QString shown;
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = guitest::activeModal<CabDecisionDialog>();
        if (!dialog)
            return;
        shown = dialog->findChild<QLabel *>(QStringLiteral("cabDecisionWord"))->text()
                + QLatin1Char(' ')
                + dialog->findChild<QLabel *>(QStringLiteral("cabDecisionChange"))->text();
        for (const auto &[member, vote] : votes) {
            auto *box = dialog->findChild<QComboBox *>(QStringLiteral("vote-%1").arg(member));
            if (!box) {
                qWarning("no vote row for %s", qPrintable(member));
                continue;
            }
            box->setCurrentIndex(box->findData(vote));
        }
        auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("decisionText"));
        edit->setFocus();
        QTest::keyClicks(edit, text);
        dialog->grab().save(
            guitest::outputPath(QStringLiteral("cab-confirm-%1.png").arg(key - Qt::Key_0)));
        QTest::keyClick(edit, cancel ? Qt::Key_Escape : Qt::Key_Return);
        answered = true;
    });
    QTest::keyClick(window, key);
    if (!answered)
        qWarning("no confirmation was shown");
    // On a team server the decision's answer comes later.
    if (!QTest::qWaitFor([window] { return !window->isBusy(); }, 15000))
        qWarning("no answer to the decision: %s", qPrintable(window->bannerText()));
    return shown;
}

void TestCab::attendance(const std::function<void(CabAttendanceDialog *)> &fill)
{
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = guitest::activeModal<CabAttendanceDialog>();
        if (!dialog)
            return;
        seen = true;
        fill(dialog);
        dialog->accept();
    });
    m_cab->findChild<QPushButton *>(QStringLiteral("cabAttendance"))->click();
    CAB_SETTLED(m_cab);
    QVERIFY(seen);
}

void TestCab::meetingsListAndAdHocMeeting()
{
    m_cab = std::make_unique<CabWindow>(*m_session, as(kUser));
    m_cab->resize(1600, 900);
    m_cab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_cab.get()));
    QCOMPARE(m_cab->meetingNumber(), 0); // the list of meetings first
    auto *cabs = m_cab->findChild<QComboBox *>(QStringLiteral("cabCabs"));
    QTRY_VERIFY_WITH_TIMEOUT(cabs->findText(kBoard) >= 0, 15000);
    CAB_SETTLED(m_cab);
    cabs->setCurrentIndex(cabs->findText(kBoard));
    m_cab->findChild<QPushButton *>(QStringLiteral("cabNewMeeting"))->click();
    CAB_SETTLED(m_cab);
    QVERIFY2(m_cab->meetingNumber() > 0, qPrintable(m_cab->bannerText()));
    QCOMPARE(m_cab->meetingStatus(), QStringLiteral("planned"));
    // Built from the board's rule: the five changes in review with its step pending.
    QList<int> agenda = m_cab->agendaNumbers();
    std::sort(agenda.begin(), agenda.end());
    QCOMPARE(agenda, m_items);
    QCOMPARE(m_cab->currentNumber(), 0); // nothing is decided before the start
    // Back to the list: the new meeting is there.
    m_cab->findChild<QPushButton *>(QStringLiteral("cabBack"))->click();
    CAB_SETTLED(m_cab);
    QVERIFY(m_cab->meetingNumbers().contains(1) || !m_cab->meetingNumbers().isEmpty());
    const int number = m_cab->meetingNumbers().first();
    QVERIFY(m_cab->openMeeting(number));
    CAB_SETTLED(m_cab);
    QCOMPARE(m_cab->meetingNumber(), number);
}

// Before the start the chair edits the agenda in the window: Alt+Up and the Up button move the
// selected item, Remove takes one off, Add puts a change back by its number, a time box is set;
// each edit is the core's (the meeting read back through another connection matches), a number
// that is no change is refused in words, and the core's refusal is shown as its own message.
void TestCab::agendaEditedBeforeTheStart()
{
    QCOMPARE(m_cab->meetingStatus(), QStringLiteral("planned"));
    auto *tools = m_cab->agendaTools();
    QVERIFY(tools->isVisible());
    auto *agenda = m_cab->findChild<QListWidget *>(QStringLiteral("cabAgenda"));
    const auto coreAgenda = [this] {
        QList<int> out;
        for (const AgendaItem &i : meeting(m_cab->meetingNumber()).agenda)
            out << i.number;
        return out;
    };
    QList<int> expected = m_cab->agendaNumbers();
    QCOMPARE(expected.size(), m_items.size());
    QCOMPARE(coreAgenda(), expected);
    // The planned meeting with its tools fits the smallest projector.
    m_cab->resize(1024, 768);
    QTRY_COMPARE(m_cab->size(), QSize(1024, 768));
    QTRY_VERIFY2(clippedWidgets(m_cab.get()).isEmpty(),
                 qPrintable(clippedWidgets(m_cab.get()).join(QStringLiteral("\n"))));
    saveShot(m_cab.get(), QStringLiteral("cab-agenda-planned-1024x768.png"));
    m_cab->resize(1600, 900);

    // The last item, clicked, then Alt+Up: one position up.
    const int last = expected.last();
    QTest::mouseClick(agenda->viewport(), Qt::LeftButton, {},
                      agenda->visualItemRect(agenda->item(agenda->count() - 1)).center());
    QCOMPARE(tools->selectedNumber(), last);
    QTest::keyClick(m_cab.get(), Qt::Key_Up, Qt::AltModifier);
    CAB_SETTLED(m_cab);
    QVERIFY2(!m_cab->bannerIsError(), qPrintable(m_cab->bannerText()));
    expected.move(expected.size() - 1, expected.size() - 2);
    QCOMPARE(m_cab->agendaNumbers(), expected);
    QCOMPARE(coreAgenda(), expected);
    // Still selected: the Up button moves it on.
    QCOMPARE(tools->selectedNumber(), last);
    m_cab->findChild<QPushButton *>(QStringLiteral("cabAgendaUp"))->click();
    CAB_SETTLED(m_cab);
    expected.move(expected.size() - 2, expected.size() - 3);
    QCOMPARE(coreAgenda(), expected);
    // Alt+Down brings it back one.
    QTest::keyClick(m_cab.get(), Qt::Key_Down, Qt::AltModifier);
    CAB_SETTLED(m_cab);
    expected.move(expected.size() - 3, expected.size() - 2);
    QCOMPARE(coreAgenda(), expected);

    // A time box of 25 minutes for the selected item.
    tools->timeBoxEdit()->setValue(25);
    m_cab->findChild<QPushButton *>(QStringLiteral("cabAgendaSetTimeBox"))->click();
    CAB_SETTLED(m_cab);
    QVERIFY2(!m_cab->bannerIsError(), qPrintable(m_cab->bannerText()));
    for (const AgendaItem &i : meeting(m_cab->meetingNumber()).agenda)
        QCOMPARE(i.timeBoxMinutes, i.number == last ? 25 : 10);
    QVERIFY(agenda->item(expected.indexOf(last))->text().contains(QStringLiteral("(25 min)")));

    // Remove the second item, then add it back by number: it goes to the end.
    const int second = expected.at(1);
    tools->select(second);
    m_cab->findChild<QPushButton *>(QStringLiteral("cabAgendaRemove"))->click();
    CAB_SETTLED(m_cab);
    expected.removeAt(1);
    QCOMPARE(coreAgenda(), expected);
    QVERIFY(!m_cab->agendaNumbers().contains(second));
    QTest::keyClicks(tools->addEdit(), formatChangeNumber(second));
    m_cab->findChild<QPushButton *>(QStringLiteral("cabAgendaAdd"))->click();
    CAB_SETTLED(m_cab);
    QVERIFY2(!m_cab->bannerIsError(), qPrintable(m_cab->bannerText()));
    expected << second;
    QCOMPARE(coreAgenda(), expected);
    QCOMPARE(m_cab->agendaNumbers(), expected);

    // Not a change number: said in words, nothing asked of the core.
    const QList<int> before = coreAgenda();
    QTest::keyClicks(tools->addEdit(), QStringLiteral("banana"));
    m_cab->findChild<QPushButton *>(QStringLiteral("cabAgendaAdd"))->click();
    CAB_SETTLED(m_cab);
    QVERIFY(m_cab->bannerIsError());
    QVERIFY2(m_cab->bannerText().contains(QStringLiteral("CHG-00042")),
             qPrintable(m_cab->bannerText()));
    QCOMPARE(coreAgenda(), before);
    // A change the board does not decide (a demo change not waiting for it): the core's refusal,
    // word for word, and the agenda unchanged.
    int outsider = 0;
    for (const ChangeSummary &c : VALUE_OK(prep().changes().list(as(kUser))))
        if (!expected.contains(c.number) && c.status != ChangeStatus::Review) {
            outsider = c.number;
            break;
        }
    QVERIFY(outsider > 0);
    AgendaEdit add;
    add.add = {outsider};
    auto refused = prep().meetings().editAgenda(as(kUser), m_cab->meetingNumber(), add);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("agenda_ineligible"));
    QCOMPARE(tools->addEdit()->text(), QStringLiteral("banana")); // kept, to be corrected
    tools->addEdit()->clear();
    QTest::keyClicks(tools->addEdit(), QString::number(outsider));
    QTest::keyClick(tools->addEdit(), Qt::Key_Return);
    CAB_SETTLED(m_cab);
    QVERIFY(m_cab->bannerIsError());
    QCOMPARE(m_cab->bannerText(), refused.error().message);
    QCOMPARE(coreAgenda(), before);
    // Someone who is not the chair, at their own workstation (the client acts as the session's
    // member): the same tools, the core refuses in its words.
    {
        auto amara = m_db.openSession(QStringLiteral("amara.okafor"));
        QVERIFY2(amara.ok(), qPrintable(amara.ok() ? QString() : amara.error().message));
        CabWindow member(**amara, as(QStringLiteral("amara.okafor")));
        guitest::SettleAnswers settle{**amara};
        QVERIFY(member.openMeeting(m_cab->meetingNumber()));
        CAB_SETTLED(&member);
        QCOMPARE(member.meetingNumber(), m_cab->meetingNumber());
        AgendaEdit remove;
        remove.remove = {expected.first()};
        const bool accepted = member.editAgenda(remove);
        // A database answers at once; a team server once the answer is in (the banner says).
        if (!(*amara)->isRemote())
            QVERIFY(!accepted);
        CAB_SETTLED(&member);
        QVERIFY(member.bannerIsError());
        auto notChair = prep().meetings().editAgenda(as(QStringLiteral("amara.okafor")),
                                                     m_cab->meetingNumber(), remove);
        QVERIFY(!notChair.ok());
        QCOMPARE(member.bannerText(), notChair.error().message);
    }
    QCOMPARE(coreAgenda(), before);
}

void TestCab::startFreezesTheAgenda()
{
    m_cab->findChild<QPushButton *>(QStringLiteral("cabStart"))->click();
    CAB_SETTLED(m_cab);
    QCOMPARE(m_cab->meetingStatus(), QStringLiteral("in_progress"));
    QVERIFY(!m_cab->bannerIsError());
    QVERIFY(m_cab->currentNumber() > 0);
    QCOMPARE(m_cab->currentNumber(), m_cab->agendaNumbers().first());
    QVERIFY(m_cab->findChild<QPushButton *>(QStringLiteral("cabStart"))->isHidden());
    // The agenda tools are gone, and Alt+Up changes nothing.
    QVERIFY(!m_cab->agendaTools()->isVisible());
    const QList<int> frozen = m_cab->agendaNumbers();
    QTest::keyClick(m_cab.get(), Qt::Key_Up, Qt::AltModifier);
    CAB_SETTLED(m_cab);
    QCOMPARE(m_cab->agendaNumbers(), frozen);
    // The card shows the item's plans, test plan, assignee and its risk.
    const auto text = [this](const char *name) {
        return m_cab->findChild<QLabel *>(QLatin1String(name))->text();
    };
    QVERIFY(text("cabTestPlan").contains(QStringLiteral("Health checks green")));
    QVERIFY(text("cabRollback").contains(QStringLiteral("Revert the deployment")));
    QVERIFY(text("cabFacts").contains(QStringLiteral("carlos.mendez")));
    QVERIFY(!text("cabRisk").isEmpty());
    QVERIFY(!text("cabConflicts").isEmpty());
    QVERIFY(!text("cabImpact").isEmpty());
    QVERIFY(!text("cabSimilar").isEmpty());
    // A timer runs against the item's time box.
    QVERIFY2(m_cab->timerText().contains(QStringLiteral("of 10 min")),
             qPrintable(m_cab->timerText()));
    // Frozen: the core refuses an edit from outside the window too.
    AgendaEdit edit;
    edit.remove = {m_items.first()};
    auto refused = prep().meetings().editAgenda(as(kUser), m_cab->meetingNumber(), edit);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("agenda_frozen"));
}

// Past its time box the timer says so in words, not only in colour: a workstation whose clock
// reads eleven minutes later.
void TestCab::overTimeSaidInWords()
{
    auto later = std::make_shared<ManualClock>(QDateTime::currentDateTimeUtc().addSecs(11 * 60));
    auto session = m_db.openSession(kUser, later);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    CabWindow late(**session, as(kUser));
    guitest::SettleAnswers settle{**session};
    QVERIFY(late.openMeeting(m_cab->meetingNumber()));
    // On a team server the room arrives with the server's answer.
    QTRY_VERIFY2_WITH_TIMEOUT(late.timerText().startsWith(QStringLiteral("OVER TIME +0")),
                              qPrintable(late.timerText()), 15000);
    QVERIFY(late.timerText().endsWith(QStringLiteral("(time box 10 min)")));
}

void TestCab::lateAdditionAdmitted()
{
    QVERIFY(m_cab->lateNumbers().isEmpty());
    m_late = submitted(QStringLiteral("Patch the VPN concentrators (found this morning)"), 9);
    // Submitted at another workstation: the window learns of it on its own (watcher, 500 ms; on
    // a team server the server's push).
    QTRY_COMPARE_WITH_TIMEOUT(m_cab->lateNumbers(), QList<int>{m_late}, 2000);
    QVERIFY(!m_cab->agendaNumbers().contains(m_late));
    auto *admit = m_cab->findChild<QPushButton *>(QStringLiteral("cabAdmit-%1").arg(m_late));
    QVERIFY(admit && admit->isVisible());
    // At 1024×768 (a 4:3 projector) the late addition's title is readable: it spans the agenda
    // column's width (not squeezed beside its button into a word per line), nothing is cut.
    m_cab->resize(1024, 768);
    QTRY_COMPARE(m_cab->size(), QSize(1024, 768));
    auto *lateTitle = m_cab->findChild<QLabel *>(QStringLiteral("cabLateTitle-%1").arg(m_late));
    auto *agenda = m_cab->findChild<QListWidget *>(QStringLiteral("cabAgenda"));
    QVERIFY(lateTitle);
    QTRY_VERIFY2(lateTitle->width() * 10 >= agenda->width() * 9,
                 qPrintable(QStringLiteral("title %1 px in a column of %2 px")
                                .arg(lateTitle->width())
                                .arg(agenda->width())));
    QVERIFY2(
        agenda->width() * 3 >= m_cab->width(),
        qPrintable(
            QStringLiteral("agenda column %1 px of %2").arg(agenda->width()).arg(m_cab->width())));
    QTRY_VERIFY2(clippedWidgets(m_cab.get()).isEmpty(),
                 qPrintable(clippedWidgets(m_cab.get()).join(QStringLiteral("\n"))));
    saveShot(m_cab.get(), QStringLiteral("cab-late-1024x768.png"));
    m_cab->resize(1600, 900);
    QTRY_COMPARE(m_cab->size(), QSize(1600, 900));
    admit->click();
    CAB_SETTLED(m_cab);
    QVERIFY2(!m_cab->bannerIsError(), qPrintable(m_cab->bannerText()));
    QCOMPARE(m_cab->agendaNumbers().last(), m_late);
    QVERIFY(m_cab->lateNumbers().isEmpty());
    const Meeting m = meeting(m_cab->meetingNumber());
    QVERIFY(m.agenda.last().late);
}

void TestCab::attendanceBelowQuorumRefusesADecision()
{
    QString quorumInDialog;
    attendance([&](CabAttendanceDialog *dialog) {
        for (const char *member : {"amara.okafor", "david.chen"}) {
            auto *status = dialog->findChild<QComboBox *>(
                QStringLiteral("status-%1").arg(QLatin1String(member)));
            status->setCurrentIndex(status->findData(QStringLiteral("present")));
            // Each choice is recorded at once (on a team server: answered later).
            QTRY_VERIFY_WITH_TIMEOUT(status->isEnabled(), 15000);
        }
        quorumInDialog = dialog->findChild<QLabel *>(QStringLiteral("attendanceQuorum"))->text();
    });
    QCOMPARE(quorumInDialog, QStringLiteral("2 of 4 voting present — quorum NOT met (needs 3)"));
    QCOMPARE(m_cab->quorumText(), quorumInDialog);
    const int current = m_cab->currentNumber();
    decideByKey(m_cab.get(), Qt::Key_1, QString());
    QVERIFY(m_cab->bannerIsError());
    // The core's own refusal, word for word, and nothing recorded.
    DecisionInput input;
    auto refused = prep().meetings().decide(as(kUser), m_cab->meetingNumber(), current, input);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("cab_quorum_not_met"));
    QCOMPARE(m_cab->bannerText(), refused.error().message);
    QCOMPARE(m_cab->currentNumber(), current);
    QVERIFY(!meeting(m_cab->meetingNumber()).agenda.first().decision);
    QTRY_VERIFY2(clippedWidgets(m_cab.get()).isEmpty(),
                 qPrintable(clippedWidgets(m_cab.get()).join(QStringLiteral("\n"))));
    saveShot(m_cab.get(), QStringLiteral("cab-no-quorum.png"));
}

void TestCab::attendanceReachesQuorum()
{
    QString error;
    QStringList clipped;
    attendance([&](CabAttendanceDialog *dialog) {
        // lars.nielsen is represented by tom.becker: chosen in two steps, recorded on the second.
        auto *status = dialog->findChild<QComboBox *>(QStringLiteral("status-lars.nielsen"));
        auto *delegate = dialog->findChild<QComboBox *>(QStringLiteral("delegate-lars.nielsen"));
        // The candidates come with the members' answer (on a team server: later).
        QTRY_VERIFY_WITH_TIMEOUT(delegate->findData(QStringLiteral("tom.becker")) >= 0, 15000);
        status->setCurrentIndex(status->findData(QStringLiteral("represented")));
        QVERIFY(delegate->isEnabled());
        delegate->setCurrentIndex(delegate->findData(QStringLiteral("tom.becker")));
        QTRY_VERIFY_WITH_TIMEOUT(status->isEnabled(), 15000);
        // The adviser is present too.
        auto *adviser = dialog->findChild<QComboBox *>(QStringLiteral("status-tom.becker"));
        adviser->setCurrentIndex(adviser->findData(QStringLiteral("present")));
        QTRY_VERIFY_WITH_TIMEOUT(adviser->isEnabled(), 15000);
        error = dialog->errorText();
        QCoreApplication::sendPostedEvents(); // its layout, settled
        clipped = clippedWidgets(dialog);
        dialog->grab().save(guitest::outputPath(QStringLiteral("cab-attendance.png")));
    });
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("\n"))));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_cab->quorumText(), QStringLiteral("3 of 4 voting present — quorum met (needs 3)"));
    const Meeting m = meeting(m_cab->meetingNumber());
    QVERIFY(m.quorumMet());
    const auto lars =
        std::find_if(m.attendance.begin(), m.attendance.end(),
                     [](const Attendance &a) { return a.member == QLatin1String("lars.nielsen"); });
    QCOMPARE(lars->status, QStringLiteral("represented"));
    QCOMPARE(lars->delegate, QStringLiteral("tom.becker"));
}

void TestCab::layoutFitsEveryScreen()
{
    for (const QSize size : {QSize(1024, 768), QSize(1920, 1080), QSize(3840, 2160)}) {
        m_cab->resize(size);
        QTRY_COMPARE(m_cab->size(), size);
        QTRY_VERIFY2(clippedWidgets(m_cab.get()).isEmpty(),
                     qPrintable(QStringLiteral("%1×%2: %3")
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(clippedWidgets(m_cab.get()).join(QStringLiteral("\n")))));
        // Type grows with the screen: legible from the back of the room.
        QVERIFY(m_cab->basePixels() >= size.height() / 45);
        saveShot(m_cab.get(),
                 QStringLiteral("cab-meeting-%1x%2.png").arg(size.width()).arg(size.height()));
    }
    // The long texts scroll inside their card instead of being cut.
    auto *card = m_cab->findChild<QScrollArea *>(QStringLiteral("cabCard"));
    QVERIFY(card->widget()->height() >= card->widget()->sizeHint().height() - 1
            || card->widget()->hasHeightForWidth());
    // The list of meetings too, at the smallest size.
    m_cab->resize(1024, 768);
    m_cab->findChild<QPushButton *>(QStringLiteral("cabBack"))->click();
    CAB_SETTLED(m_cab);
    QTRY_VERIFY2(clippedWidgets(m_cab.get()).isEmpty(),
                 qPrintable(clippedWidgets(m_cab.get()).join(QStringLiteral("\n"))));
    saveShot(m_cab.get(), QStringLiteral("cab-meetings-1024x768.png"));
    QVERIFY(m_cab->openMeeting(m_cab->meetingNumbers().first()));
    CAB_SETTLED(m_cab);
    m_cab->resize(1600, 900);
}

void TestCab::decisionsOfEachKindFollowedLive()
{
    // A second workstation: its own session on the same database, following the meeting.
    auto follower = m_db.openSession(kUser);
    QVERIFY2(follower.ok(), qPrintable(follower.ok() ? QString() : follower.error().message));
    m_follower = std::move(follower).value();
    m_follow = std::make_unique<CabWindow>(*m_follower, as(kUser));
    m_follow->resize(1280, 800);
    m_follow->show();
    QVERIFY(m_follow->openMeeting(m_cab->meetingNumber()));
    CAB_SETTLED(m_follow);
    QCOMPARE(m_follow->currentNumber(), m_cab->currentNumber());

    const QList<std::tuple<Qt::Key, CabDecision, QString>> decisions = {
        {Qt::Key_1, CabDecision::Approve, QString()},
        {Qt::Key_2, CabDecision::ApproveWithConditions,
         QStringLiteral("Only after the vendor confirms the patch level")},
        {Qt::Key_3, CabDecision::Reject, QStringLiteral("No rollback rehearsal yet")},
        {Qt::Key_4, CabDecision::Defer, QStringLiteral("Wait for the storage migration")},
        {Qt::Key_5, CabDecision::NeedsInformation,
         QStringLiteral("Which customers are notified, and when?")},
    };
    // Who voted how on the conditional approval: recorded with the decision (lars.nielsen's vote
    // is cast by his delegate).
    const QList<QPair<QString, QString>> votes = {
        {QStringLiteral("amara.okafor"), QStringLiteral("approve")},
        {QStringLiteral("david.chen"), QStringLiteral("reject")},
        {QStringLiteral("lars.nielsen"), QStringLiteral("abstain")}};
    QList<int> order;
    for (const auto &[key, decision, text] : decisions) {
        const int number = m_cab->currentNumber();
        QVERIFY(number > 0);
        order << number;
        const QString shown =
            decideByKey(m_cab.get(), key, text, false,
                        key == Qt::Key_2 ? votes : QList<QPair<QString, QString>>());
        // The word in large type, with the change's number, before anything was recorded.
        QCOMPARE(shown, CabDecisionDialog::word(decision).toUpper() + QLatin1Char(' ')
                            + formatChangeNumber(number));
        QVERIFY2(!m_cab->bannerIsError(), qPrintable(m_cab->bannerText()));
        const Meeting m = meeting(m_cab->meetingNumber());
        const auto item = std::find_if(m.agenda.begin(), m.agenda.end(),
                                       [&](const AgendaItem &i) { return i.number == number; });
        QVERIFY(item->decision);
        QCOMPARE_ENUM(*item->decision, decision);
        QCOMPARE(item->note, text);
        if (key == Qt::Key_2) {
            QCOMPARE(item->votes.size(), 3);
            for (const QJsonValue &v : item->votes) {
                const QString member = v.toObject().value(QStringLiteral("member")).toString();
                const auto expected =
                    std::find_if(votes.begin(), votes.end(), [&](const QPair<QString, QString> &p) {
                        return p.first == member;
                    });
                QVERIFY(expected != votes.end());
                QCOMPARE(v.toObject().value(QStringLiteral("vote")).toString(), expected->second);
            }
        } else {
            QVERIFY(item->votes.isEmpty());
        }
        QVERIFY(m_cab->currentNumber() != number);
        // The other workstation shows the same item within a second, on its own.
        QTRY_COMPARE_WITH_TIMEOUT(m_follow->currentNumber(), m_cab->currentNumber(), 1000);
    }
    // The agenda marks each decided item with its decision.
    auto *agenda = m_cab->findChild<QListWidget *>(QStringLiteral("cabAgenda"));
    QVERIFY(agenda->item(0)->text().contains(CabDecisionDialog::pastTense(CabDecision::Approve)));
    // The change carries the outcome: approved, rejected, …
    QCOMPARE_ENUM(VALUE_OK(prep().changes().get(as(kUser), order.at(0))).status,
                  ChangeStatus::Approved);
    QCOMPARE_ENUM(VALUE_OK(prep().changes().get(as(kUser), order.at(2))).status,
                  ChangeStatus::Rejected);
}

void TestCab::escapeOnTheConfirmationRecordsNothing()
{
    const int number = m_cab->currentNumber();
    QCOMPARE(number, m_late); // the admitted late addition is the last item
    decideByKey(m_cab.get(), Qt::Key_3, QStringLiteral("typed, then thought better of it"), true);
    QCOMPARE(m_cab->currentNumber(), number);
    QVERIFY(!meeting(m_cab->meetingNumber()).agenda.last().decision);
    decideByKey(m_cab.get(), Qt::Key_1, QStringLiteral("Urgent and small"));
    QVERIFY2(!m_cab->bannerIsError(), qPrintable(m_cab->bannerText()));
    QCOMPARE(m_cab->currentNumber(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_follow->currentNumber(), 0, 1000);
}

void TestCab::closingShowsAndExportsTheMinutes()
{
    m_cab->findChild<QPushButton *>(QStringLiteral("cabClose"))->click();
    CAB_SETTLED(m_cab);
    QVERIFY2(!m_cab->bannerIsError(), qPrintable(m_cab->bannerText()));
    QCOMPARE(m_cab->meetingStatus(), QStringLiteral("closed"));
    auto *minutes = m_cab->findChild<QWidget *>(QStringLiteral("cabMinutes"));
    QVERIFY(minutes->isVisible());
    const QString shown = m_cab->minutesText();
    for (int number : std::as_const(m_items))
        QVERIFY2(shown.contains(formatChangeNumber(number)), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("Only after the vendor confirms the patch level")));
    QVERIFY(shown.contains(QStringLiteral("lars.nielsen")));
    QVERIFY2(shown.contains(QStringLiteral("amara.okafor: approve"))
                 && shown.contains(QStringLiteral("david.chen: reject")),
             qPrintable(shown));
    saveShot(m_cab.get(), QStringLiteral("cab-minutes.png"));
    // Exported as Markdown, read back: what the core wrote into the history.
    const QString path = m_dir.filePath(QStringLiteral("minutes.md"));
    QVERIFY(m_cab->exportMinutes(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(file.readAll());
    QCOMPARE(md, Meetings::minutesMarkdown(meeting(m_cab->meetingNumber()).minutes, QLocale()));
    QVERIFY(md.contains(QStringLiteral("Which customers are notified, and when?")));
    // The follower shows the minutes too.
    QTRY_COMPARE_WITH_TIMEOUT(m_follow->meetingStatus(), QStringLiteral("closed"), 1000);
    m_follow.reset();
}

// Minutes as PDF…: the file dialog, the chair's signing key created on first use, the core's
// signed minutes written; pdftotext reads the decisions back and pdfsig accepts the signature.
void TestCab::minutesAsSignedPdf()
{
    auto *button = m_cab->findChild<QPushButton *>(QStringLiteral("cabExportMinutesPdf"));
    QVERIFY(button && button->isVisible());
    const QString path = m_dir.filePath(QStringLiteral("minutes.pdf"));
    bool fileAsked = false;
    bool keyAsked = false;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *w = QApplication::activeModalWidget();
        if (auto *files = qobject_cast<QFileDialog *>(w);
            files && files->objectName() == QLatin1String("exportMinutesPdfDialog")) {
            guitest::chooseFile(files, path);
            fileAsked = true;
        } else if (auto *key = qobject_cast<SigningKeyDialog *>(w)) {
            key->findChild<QLineEdit *>(QStringLiteral("passphrase"))
                ->setText(QStringLiteral("the chair signs"));
            if (auto *repeat = key->findChild<QLineEdit *>(QStringLiteral("repeatPassphrase")))
                repeat->setText(QStringLiteral("the chair signs"));
            key->accept();
            keyAsked = true;
        }
    });
    poll.start();
    button->click();
    // Through a team server the server prints and signs them: no key is asked for here.
    QTRY_VERIFY2_WITH_TIMEOUT(!m_cab->isBusy(), qPrintable(m_cab->bannerText()), 30000);
    poll.stop();
    QVERIFY(fileAsked);
    QCOMPARE(keyAsked, !m_session->isRemote());
    QVERIFY2(!m_cab->bannerIsError(), qPrintable(m_cab->bannerText()));
    QVERIFY2(QFileInfo::exists(path), qPrintable(m_cab->bannerText()));
    const auto tool = [](const QString &program, const QStringList &args) {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000))
            return QString();
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    QString text = tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QVERIFY2(text.contains(kBoard), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Only after the vendor confirms the patch level")),
             qPrintable(text));
    for (int number : std::as_const(m_items))
        QVERIFY2(text.contains(formatChangeNumber(number)), qPrintable(text));
    const QString sig = tool(QStringLiteral("pdfsig"), {QStringLiteral("-nocert"), path});
    QVERIFY2(sig.contains(QStringLiteral("Signature Validation: Signature is Valid."))
                 && sig.contains(QStringLiteral("Total document signed")),
             qPrintable(sig));
    QVERIFY2(sig.contains(m_session->isRemote() ? kServerKey : kUser), qPrintable(sig));
}

void TestCab::germanLegendAndKeyOne()
{
    QTranslator german;
    QVERIFY(loadVigiloCatalogue(german, QLocale(QLocale::German, QLocale::Germany)));
    QCoreApplication::installTranslator(&german);
    const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
    const int number = submitted(QStringLiteral("Renew the wildcard certificate"), 10);
    auto created = prep().meetings().create(as(kUser), kBoard, true, QDateTime());
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    const int meetingNumber = created->number;
    // Only the new change on this agenda (the deferred one would be eligible again).
    AgendaEdit edit;
    for (const AgendaItem &i : created->agenda)
        if (i.number != number)
            edit.remove << i.number;
    if (!edit.remove.isEmpty())
        QVERIFY(prep().meetings().editAgenda(as(kUser), meetingNumber, edit).ok());
    QVERIFY(prep().meetings().start(as(kUser), meetingNumber).ok());
    for (const char *member : {"amara.okafor", "david.chen", "priya.raman"})
        QVERIFY(prep()
                    .meetings()
                    .attend(as(kUser), meetingNumber, QLatin1String(member),
                            QStringLiteral("present"), QString())
                    .ok());

    CabWindow window(*m_session, as(kUser));
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    guitest::SettleAnswers settle{*m_session};
    QVERIFY(window.openMeeting(meetingNumber));
    CAB_SETTLED(&window);
    QCOMPARE(window.currentNumber(), number);
    // In German "A" would read as Ablehnen (reject): the keys are digits, each beside its word.
    const QString legend = window.findChild<QLabel *>(QStringLiteral("cabKeys"))->text();
    QVERIFY2(legend.startsWith(QStringLiteral("1 Genehmigen · 2 ")), qPrintable(legend));
    QVERIFY2(legend.contains(QStringLiteral(" · 3 Ablehnen · 4 ")), qPrintable(legend));
    QCOMPARE(legend, window.legendText());
    QTRY_VERIFY2(clippedWidgets(&window).isEmpty(),
                 qPrintable(clippedWidgets(&window).join(QStringLiteral("\n"))));
    saveShot(&window, QStringLiteral("cab-meeting-de-1024x768.png"));

    const QString shown = decideByKey(&window, Qt::Key_1, QString());
    QCOMPARE(shown, QStringLiteral("GENEHMIGEN ") + formatChangeNumber(number));
    QVERIFY2(!window.bannerIsError(), qPrintable(window.bannerText()));
    const Meeting m = meeting(meetingNumber);
    QVERIFY(m.agenda.first().decision);
    QCOMPARE_ENUM(*m.agenda.first().decision, CabDecision::Approve); // approve, not reject
    QCOMPARE_ENUM(VALUE_OK(prep().changes().get(as(kUser), number)).status, ChangeStatus::Approved);
}

void TestCab::fullScreenFromADetailView()
{
    ui::MainWindow window(*m_session);
    guitest::SettleAnswers settle{*m_session};
    QVERIFY(window.openWorkspace(QStringLiteral("demo")));
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ui::ChangeDetailView *detail = window.openChange(m_items.first());
    QVERIFY(detail);
    auto *text = detail->findChild<QPlainTextEdit *>();
    QVERIFY(text);
    text->setFocus();
    QTRY_VERIFY(text->hasFocus());
    QVERIFY(!window.isFullScreen());
    QTest::keyClick(text, Qt::Key_F11);
    QTRY_VERIFY(window.windowState().testFlag(Qt::WindowFullScreen));
    QVERIFY(text->hasFocus());
    QTest::keyClick(text, Qt::Key_F11);
    QTRY_VERIFY(!window.windowState().testFlag(Qt::WindowFullScreen));

    // In CAB mode, opened from the main window: the same key, whatever has focus there.
    CabWindow *cab = window.enterCabMode();
    QVERIFY(cab);
    // The offscreen platform has no window manager to activate it as a click would.
    QApplication::setActiveWindow(cab);
    QTRY_VERIFY(cab->isActiveWindow());
    QVERIFY(cab->windowState().testFlag(Qt::WindowFullScreen));
    QTest::keyClick(cab, Qt::Key_F11);
    QTRY_VERIFY(!cab->windowState().testFlag(Qt::WindowFullScreen));
    QVERIFY(!window.windowState().testFlag(Qt::WindowFullScreen));
    QTest::keyClick(cab, Qt::Key_F11);
    QTRY_VERIFY(cab->windowState().testFlag(Qt::WindowFullScreen));
    QTest::keyClick(cab, Qt::Key_Escape);
    QTRY_VERIFY(window.cabWindow() == nullptr);
}

QTEST_MAIN(TestCab)
#include "tst_gui_cab.moc"
