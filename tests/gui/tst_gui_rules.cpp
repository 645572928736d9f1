// The widgets show the core's answers and nothing else: each button's enabled state and tooltip
// is the core's "can I" (tasks, risk, approvals, comments, attachments) for several roles and
// statuses; a broken database under an open window is shown as an error, never as an empty
// list; every "now" comes from the injected clock (a test clock in 2031, which a team server
// shares); and the rules of the record: Esc in New change and Ctrl+W on an edited tab ask first,
// "Close tab" and "Complete change…" cannot be confused, overrunning changes are flagged, an
// unanswered questionnaire is "Not assessed".

#include "DetailFixture.h"
#include "RawSql.h"
#include "Rules.h"
#include "widgets/AssetPicker.h"
#include "widgets/AssetPickerModel.h"

#include "calendar/CalendarPage.h"
#include "calendar/CalendarView.h"
#include "changes/ChangeListModel.h"
#include "changes/ChangeListView.h"
#include "detail/ActionBar.h"
#include "detail/ActivityTab.h"
#include "detail/ApprovalsTab.h"
#include "detail/AttachmentsTab.h"
#include "detail/ChangeDetailView.h"
#include "detail/CommentsTab.h"
#include "detail/ConflictBanner.h"
#include "detail/DetailsTab.h"
#include "detail/RiskTab.h"
#include "detail/TaskTableModel.h"
#include "detail/TasksTab.h"
#include "main/MainWindow.h"
#include "newchange/NewChangeDialog.h"
#include "queue/ApprovalQueueModel.h"
#include "queue/ApprovalQueuePage.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

using namespace vigilo;
using namespace fixture;
using vigilo::ui::ChangeDetailView;

namespace {

// Years away from the real date: a widget reading the system clock shows up at once.
QDateTime farAway()
{
    return QDateTime(QDate(2031, 6, 16), QTime(10, 0), Qt::UTC);
}

// A widget shows `answer`: enabled when allowed, else disabled with the refusal as its tooltip.
QByteArray showsAnswer(const QWidget *w, const std::optional<Error> &answer, const QString &what)
{
    if (w->isEnabled() == !answer.has_value() && (!answer || w->toolTip() == answer->message))
        return {};
    return (what
            + QStringLiteral(": widget enabled=%1 tooltip \"%2\", core says %3")
                  .arg(w->isEnabled())
                  .arg(w->toolTip(), answer ? answer->code + QStringLiteral(": ") + answer->message
                                            : QStringLiteral("allowed")))
        .toUtf8();
}

// Answers the message box named `name` with `button` once it is up.
std::shared_ptr<bool> answerBox(const QString &name, QMessageBox::StandardButton button)
{
    return onModal(name, [button](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        box->button(button)->click();
    });
}

} // namespace

class TestGuiRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tasksShowTheCoresAnswer();
    void riskShowsTheCoresAnswer();
    void approvalsShowTheCoresAnswer();
    void discussionShowsTheCoresAnswer();
    void approvalQueueIsTheCoresQueue();
    void newChangeFormAsksTheCoresRules();
    void injectedClockEverywhere();
    void recordRules();
    void namesAndNotAssessed();
    void escInNewChangeAsksFirst();
    void ctrlWOnAnEditedTabAsksFirst();
    void storageErrorsAreShownAsErrors();

private:
    // The view once change.open has answered (at once on a database, later through a team
    // server); null when it did not within 15 s.
    std::unique_ptr<ChangeDetailView> open(const Actor &actor, int number);

    DetailWorkspace m_ws;
};

std::unique_ptr<ChangeDetailView> TestGuiRules::open(const Actor &actor, int number)
{
    auto view = std::make_unique<ChangeDetailView>(m_ws.sessionFor(actor), actor, number);
    view->resize(1280, 760);
    if (!answered(view.get()))
        return nullptr;
    return view;
}

void TestGuiRules::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_ws.clock = std::make_shared<test::TestClock>(farAway());
    QVERIFY(m_ws.setUp());
}

void TestGuiRules::cleanupTestCase()
{
    m_ws.others.clear();
    m_ws.session.reset();
    m_ws.ownerSession.reset();
}

// Start / Done / Skip / Generate for owner, engineer and viewer, in a scheduled change and in
// one in progress, for every task selected: what the core answers, exactly.
void TestGuiRules::tasksShowTheCoresAnswer()
{
    const int scheduled = m_ws.create(s("Tasks while scheduled"), 3, 20, {s("db-primary")});
    const int running = m_ws.create(s("Tasks while running"), 4, 20, {s("web-edge")});
    for (int n : {scheduled, running})
        QVERIFY(m_ws.core().runbook().generate(m_ws.eng, n).ok());
    QVERIFY(m_ws.advance(scheduled, ChangeStatus::Scheduled));
    QVERIFY(m_ws.advance(running, ChangeStatus::InProgress));
    QVERIFY(m_ws.core().runbook().start(m_ws.eng, running, 1).ok());
    int checked = 0;
    for (int n : {scheduled, running})
        for (const Actor &who : {m_ws.owner, m_ws.eng, m_ws.viewer}) {
            auto view = open(who, n);
            QVERIFY(view);
            ui::TasksTab *tab = view->tasksTab();
            view->tabs()->setCurrentWidget(tab);
            QVERIFY(answered(tab)); // it reads its list when shown
            const ChangeRequest change = *m_ws.core().changes().get(who, n);
            const QList<ChangeTask> tasks = *m_ws.core().runbook().tasks(who, n);
            QCOMPARE(tab->model()->rowCount(), int(tasks.size()));
            const auto generate = Runbook::generateRefusal(who, change, tasks);
            const QByteArray g =
                showsAnswer(child<QPushButton>(tab, "generateTasks"), generate, s("generate"));
            QVERIFY2(g.isEmpty(), g.constData());
            for (const ChangeTask &t : tasks) {
                tab->selectTask(t.seq);
                for (const auto &a : Runbook::availableTaskActions(who, change, t, tasks)) {
                    const char *name = a.action == Runbook::TaskAction::Start  ? "startTask"
                                       : a.action == Runbook::TaskAction::Done ? "doneTask"
                                                                               : "skipTask";
                    const QByteArray p =
                        showsAnswer(child<QPushButton>(tab, name), a.refusal,
                                    s("%1 task %2 %3 %4")
                                        .arg(who.member.username)
                                        .arg(t.seq)
                                        .arg(QString::fromLatin1(name), toString(change.status)));
                    QVERIFY2(p.isEmpty(), p.constData());
                    ++checked;
                }
            }
        }
    QCOMPARE(checked, 2 * 3 * 3 * 3);
}

// Answer (the radio buttons), Accept and Override for owner, engineer and viewer, in a draft and
// in an approved change.
void TestGuiRules::riskShowsTheCoresAnswer()
{
    const int draft = m_ws.create(s("Risk in a draft"), 5, 20, {s("db-primary")});
    const int approved = m_ws.create(s("Risk once approved"), 6, 20, {s("web-edge")});
    QVERIFY(m_ws.advance(approved, ChangeStatus::Approved));
    const auto questions = *m_ws.core().risk().questions(m_ws.owner);
    for (int i = 0; i < 6; ++i) // a suggestion exists in the draft
        QVERIFY(m_ws.core().risk().answer(m_ws.eng, draft, questions[i].key, 1).ok());
    using RA = RiskAssessment::RiskAction;
    for (int n : {draft, approved})
        for (const Actor &who : {m_ws.owner, m_ws.eng, m_ws.viewer}) {
            auto view = open(who, n);
            QVERIFY(view);
            const ChangeRequest change = *m_ws.core().changes().get(who, n);
            const RiskProfile profile = *m_ws.core().risk().profile(who, n);
            for (const auto &a : RiskAssessment::availableRiskActions(who, change, profile)) {
                const QString what = s("%1 %2 on %3")
                                         .arg(who.member.username)
                                         .arg(int(a.action))
                                         .arg(toString(change.status));
                if (a.action == RA::Answer) {
                    auto *radio = child<QRadioButton>(
                        view.get(), qPrintable(s("risk_%1_0").arg(questions.first().key)));
                    const QByteArray p = showsAnswer(radio, a.refusal, what);
                    QVERIFY2(p.isEmpty(), p.constData());
                    if (a.refusal) // and the note says why
                        QCOMPARE(child<QLabel>(view.get(), "riskLockedNote")->text(),
                                 a.refusal->message);
                } else {
                    const QWidget *w = a.action == RA::Accept
                                           ? static_cast<QWidget *>(
                                               child<QPushButton>(view.get(), "acceptSuggestion"))
                                           : child<QGroupBox>(view.get(), "overrideBox");
                    const QByteArray p = showsAnswer(w, a.refusal, what);
                    QVERIFY2(p.isEmpty(), p.constData());
                }
            }
        }
    // Accepted once, Accept turns into the core's "already accepted".
    QVERIFY(m_ws.core().risk().accept(m_ws.eng, draft).ok());
    auto view = open(m_ws.eng, draft);
    QVERIFY(view);
    auto *accept = child<QPushButton>(view.get(), "acceptSuggestion");
    QVERIFY(!accept->isEnabled());
    QVERIFY2(accept->toolTip().contains(s("already")), qPrintable(accept->toolTip()));
}

// Approve and Reject in the Approvals tab: shown for everyone, enabled only as the core says.
void TestGuiRules::approvalsShowTheCoresAnswer()
{
    const int n = m_ws.create(s("Approvals as answered"), 7, 20, {s("queue-cluster")});
    QVERIFY(m_ws.advance(n, ChangeStatus::Review));
    const int approved = m_ws.create(s("Approved already"), 8, 20, {s("queue-cluster")});
    QVERIFY(m_ws.advance(approved, ChangeStatus::Approved));
    int allowed = 0, refused = 0;
    for (int number : {n, approved})
        for (const Actor &who : {m_ws.appr, m_ws.eng, m_ws.viewer, m_ws.admin}) {
            auto view = open(who, number);
            QVERIFY(view);
            view->tabs()->setCurrentWidget(view->approvalsTab());
            QVERIFY(answered(view->approvalsTab()));
            const ChangeRequest change = *m_ws.core().changes().get(who, number);
            const auto answers = *m_ws.core().approvals().decisionAnswers(who, change);
            for (const Answer<Action> &a : answers) {
                QPushButton *b = a.action == Action::Approve ? view->approvalsTab()->approveButton()
                                                             : view->approvalsTab()->rejectButton();
                const QByteArray p = showsAnswer(
                    b, a.refusal, who.member.username + QLatin1Char(' ') + toString(a.action));
                QVERIFY2(p.isEmpty(), p.constData());
                (a.allowed() ? allowed : refused) += 1;
                // The action bar offers exactly the allowed decisions.
                QCOMPARE(view->actionBar()->button(a.action) != nullptr, a.allowed());
            }
        }
    QVERIFY(allowed >= 4);
    QVERIFY(refused >= 8);
}

void TestGuiRules::discussionShowsTheCoresAnswer()
{
    const int n = m_ws.create(s("Discussed"), 9, 20, {s("db-primary")});
    using DA = Discussion::DiscussionAction;
    for (const Actor &who : {m_ws.eng, m_ws.viewer}) {
        auto view = open(who, n);
        QVERIFY(view);
        const ChangeRequest change = *m_ws.core().changes().get(who, n);
        for (const auto &a : Discussion::availableActions(who, change)) {
            if (a.action == DA::Comment) {
                view->tabs()->setCurrentWidget(view->commentsTab());
                QVERIFY(answered(view->commentsTab()));
                QTest::keyClicks(view->commentsTab()->editor(), s("Looks fine"));
                const QByteArray p =
                    showsAnswer(view->commentsTab()->postButton(), a.refusal, s("post"));
                QVERIFY2(p.isEmpty(), p.constData());
            } else {
                view->tabs()->setCurrentWidget(view->attachmentsTab());
                QVERIFY(answered(view->attachmentsTab()));
                const QByteArray p =
                    showsAnswer(view->attachmentsTab()->addButton(), a.refusal, s("attach"));
                QVERIFY2(p.isEmpty(), p.constData());
                QCOMPARE(view->attachmentsTab()->acceptDrops(), a.allowed());
            }
        }
    }
}

// The Approval queue page shows the core's queue (one query), each row with whether you may
// decide it and, if not, the core's reason.
void TestGuiRules::approvalQueueIsTheCoresQueue()
{
    // The window is the tester's (the workspace owner): one change they may decide, one they
    // requested themselves.
    const int theirs = m_ws.create(s("Queue: requested by erin"), 10, 20, {s("db-primary")});
    QVERIFY(m_ws.advance(theirs, ChangeStatus::Review));
    ChangeDraft own;
    own.title = s("Queue: requested by the tester");
    own.plannedStart = m_ws.day(11, 20);
    own.plannedEnd = m_ws.day(11, 22);
    own.affectedAssets = QStringList{s("web-edge")};
    own.implementationPlan = s("1. Do it");
    own.rollbackPlan = s("Undo it");
    auto created = m_ws.core().changes().create(m_ws.owner, own);
    QVERIFY(created.ok());
    QVERIFY(m_ws.core().changes().apply(m_ws.owner, created->number, Action::Submit).ok());

    ui::MainWindow window(*m_ws.session);
    QVERIFY(window.openWorkspace(s("acme")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.changeList()->isLoading(), 20000); // read asynchronously
    // (On a team server: as the owner's core knows the window's member.)
    const Actor me = m_ws.db.checkActor(*m_ws.session, *window.actor());
    window.showPage(ui::MainWindow::Page::ApprovalQueue);
    window.approvalQueue()->showAllToggle()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!window.approvalQueue()->isLoading(), 15000);
    auto *model = window.approvalQueue()->model();
    const auto queue = *m_ws.core().approvalQueue().load(me, false);
    QCOMPARE(model->rowCount(), int(queue.size()));
    bool sawRefusal = false, sawAllowed = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ApprovalQueueItem &item = model->itemAt(row);
        const ChangeRequest change = *m_ws.core().changes().get(me, item.change.number);
        const auto answers = *m_ws.core().approvals().decisionAnswers(me, change);
        const QString shown = model->index(row, ui::ApprovalQueueModel::Decision).data().toString();
        QCOMPARE(item.canDecide(), answers.first().allowed());
        if (answers.first().allowed()) {
            sawAllowed = sawAllowed || item.change.number == theirs;
        } else {
            QCOMPARE(shown, answers.first().refusal->message);
            sawRefusal = sawRefusal || item.change.number == created->number;
        }
    }
    QVERIFY(sawAllowed);
    QVERIFY(sawRefusal); // the tester's own change: self_approval_forbidden, and it says so
    window.approvalQueue()->showAllToggle()->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(!window.approvalQueue()->isLoading(), 15000);
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->itemAt(row).canDecide());
}

// The New change form's lead-time warning and conflicts preview are the core's rules: at the
// boundary they say what the submit gate will say (lead time from now; freeze windows
// half-open, the fixture's runs from day 30 to day 33).
void TestGuiRules::newChangeFormAsksTheCoresRules()
{
    ui::NewChangeDialog dialog(*m_ws.session, m_ws.owner);
    QSignalSpy updated(&dialog, &ui::NewChangeDialog::conflictsUpdated);
    const QDateTime now = m_ws.clock->now();
    auto leadWarning = [&dialog] {
        for (const QString &w : dialog.warnings())
            if (w.contains(s("lead time")))
                return true;
        return false;
    };
    for (qint64 offset : {qint64(-60), qint64(0), qint64(60)}) {
        const QDateTime start = now.addSecs(24 * 3600 + offset);
        dialog.setPlannedWindow(start, start.addSecs(3600));
        const rules::LeadTime l = rules::leadTime(ChangeType::Normal, 24, start, now);
        QCOMPARE(leadWarning(), !l.met);
    }
    auto *picker = child<ui::AssetPicker>(&dialog, "assetList");
    QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), 15000); // later through a team server
    QVERIFY(picker->add(picker->suggestions()
                            ->model()
                            ->index(0, 0)
                            .data(ui::AssetPickerModel::NameRole)
                            .toString()));
    const QDateTime freezeStart = m_ws.day(30);
    for (qint64 overlap : {qint64(0), qint64(60)}) {
        const int before = int(updated.count());
        dialog.setPlannedWindow(freezeStart.addSecs(-7200), freezeStart.addSecs(overlap));
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() > before, 15000);
        bool freeze = false;
        for (const Conflict &k : dialog.conflicts().conflicts)
            freeze = freeze || k.kind == QLatin1String("freeze");
        QCOMPARE(freeze, overlap > 0);
    }
}

// Every "now" of the window comes from the session's clock: the New change form's default
// window, the Details tab's default window, the calendar's today, the pack's dates (the pack
// is checked in tst_evidence_pack with the core's clock).
void TestGuiRules::injectedClockEverywhere()
{
    Session &session = *m_ws.session;
    const QDate today = farAway().toLocalTime().date();
    // New change: two days ahead of the clock, at the next full hour.
    ui::NewChangeDialog dialog(session, m_ws.owner);
    const QDateTime proposed = child<QDateTimeEdit>(&dialog, "startEdit")->dateTime().toUTC();
    QCOMPARE(proposed.toLocalTime().date(), today.addDays(2));
    QVERIFY(proposed > farAway().addDays(2) && proposed <= farAway().addDays(2).addSecs(3600));
    // A draft without a window: the Details tab proposes one two days from the clock.
    ChangeDraft d;
    d.title = s("Planned later");
    auto created = m_ws.core().changes().create(m_ws.eng, d);
    QVERIFY(created.ok());
    auto view = open(m_ws.owner, created->number);
    QVERIFY(view);
    QCOMPARE(view->detailsTab()->startEdit()->dateTime().date(), today.addDays(2));
    // The calendar opens on the clock's today, and draws its now-line there.
    ui::CalendarPage calendar(session.client(), session.clock());
    calendar.setActor(m_ws.owner);
    QTRY_VERIFY_WITH_TIMEOUT(!calendar.isLoading(), 15000);
    ui::CalendarView *cal = calendar.view();
    QVERIFY2(cal->viewStart() <= farAway() && farAway() < cal->viewEnd(),
             qPrintable(cal->viewStart().toString(Qt::ISODate)));
    cal->stepPage(3);
    cal->scrollToToday();
    QVERIFY(cal->viewStart() <= farAway() && farAway() < cal->viewEnd());
}

void TestGuiRules::recordRules()
{
    // An overrunning change: in progress, its planned end before the clock.
    const int late = m_ws.create(s("Still running"), 2, 2, {s("payments-api")});
    QVERIFY(m_ws.advance(late, ChangeStatus::InProgress));
    const int onTime = m_ws.create(s("Not late"), 12, 2, {s("payments-api")});
    QVERIFY(m_ws.advance(onTime, ChangeStatus::InProgress));
    const QDateTime afterItsEnd = m_ws.day(2, 5); // an hour after the first one's planned end
    m_ws.clock->setNow(afterItsEnd);
    {
        auto view = open(m_ws.owner, late);
        QVERIFY(view);
        QVERIFY(view->change().overrunning);
        QVERIFY(!child<QLabel>(view.get(), "overrunBanner")->isHidden());
        QVERIFY(child<QLabel>(view.get(), "overrunBanner")->text().contains(s("overrunning")));
        auto other = open(m_ws.owner, onTime);
        QVERIFY(other);
        QVERIFY(child<QLabel>(other.get(), "overrunBanner")->isHidden());
    }
    // The list: the overrunning badge.
    ui::MainWindow window(*m_ws.session);
    QVERIFY(window.openWorkspace(s("acme")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.changeList()->isLoading(), 20000); // read asynchronously
    auto *model = window.changeList()->table()->model();
    bool sawLate = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const int number = model->index(row, 0).data(ui::ChangeListModel::NumberRole).toInt();
        const QString status = model->index(row, ui::ChangeListModel::Status).data().toString();
        QCOMPARE(status.contains(s("overrunning")), number == late);
        QCOMPARE(model->index(row, ui::ChangeListModel::Status)
                     .data(ui::ChangeListModel::OverrunningRole)
                     .toBool(),
                 number == late);
        sawLate = sawLate || number == late;
    }
    QVERIFY(sawLate);
    m_ws.clock->setNow(farAway());
}

// The names that cannot be confused, and "Not assessed" for a change without a risk level, in
// its view and in the list.
void TestGuiRules::namesAndNotAssessed()
{
    const int running = m_ws.create(s("Running, to be completed"), 2, 2, {s("payments-api")});
    QVERIFY(m_ws.advance(running, ChangeStatus::InProgress));
    {
        auto view = open(m_ws.owner, running);
        QVERIFY(view);
        QCOMPARE(child<QPushButton>(view.get(), "closeDetail")->text(), s("Close tab"));
        QCOMPARE(view->actionBar()->button(Action::Complete)->text(), s("Complete change…"));
    }
    ChangeDraft d;
    d.title = s("Unassessed");
    auto unassessed = m_ws.core().changes().create(m_ws.eng, d);
    QVERIFY(unassessed.ok());
    {
        auto view = open(m_ws.owner, unassessed->number);
        QVERIFY(view);
        QCOMPARE(child<QLabel>(view.get(), "riskBadge")->text(), s("Not assessed"));
    }
    ui::MainWindow window(*m_ws.session);
    QVERIFY(window.openWorkspace(s("acme")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.changeList()->isLoading(), 20000); // read asynchronously
    auto *model = window.changeList()->table()->model();
    bool sawUnassessed = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const int number = model->index(row, 0).data(ui::ChangeListModel::NumberRole).toInt();
        if (number == unassessed->number) {
            QCOMPARE(model->index(row, ui::ChangeListModel::Risk).data().toString(),
                     s("Not assessed"));
            sawUnassessed = true;
        }
    }
    QVERIFY(sawUnassessed);
    QCOMPARE(window.findChild<QAction *>(s("closeChangeAction"))->text(), s("Close &tab"));
}

// Esc in New change with something typed: Save as draft / Discard / Cancel.
void TestGuiRules::escInNewChangeAsksFirst()
{
    const qint64 before = m_ws.core().changes().list(m_ws.owner)->size();
    {
        // Nothing typed: Esc closes at once.
        ui::NewChangeDialog dialog(*m_ws.session, m_ws.owner);
        dialog.show();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }
    ui::NewChangeDialog dialog(*m_ws.session, m_ws.owner);
    dialog.show();
    // Saving waits for what the form reads as it opens (later through a team server).
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 15000);
    QTest::keyClicks(child<QLineEdit>(&dialog, "titleEdit"), s("Half-typed change"));
    // Cancel: back to the form, nothing lost.
    auto asked = answerBox(s("discardNewChangeBox"), QMessageBox::Cancel);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(*asked);
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, "titleEdit")->text(), s("Half-typed change"));
    // Save as draft: the core creates it.
    asked = answerBox(s("discardNewChangeBox"), QMessageBox::Save);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(*asked);
    // Created at once on a database, once the answer comes through a team server.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 15000);
    QVERIFY(dialog.createdNumber() > 0);
    QCOMPARE(qint64(m_ws.core().changes().list(m_ws.owner)->size()), before + 1);
    // Discard: closed, nothing written.
    ui::NewChangeDialog again(*m_ws.session, m_ws.owner);
    again.show();
    QTRY_VERIFY_WITH_TIMEOUT(!again.isLoading(), 15000);
    QTest::keyClicks(child<QLineEdit>(&again, "titleEdit"), s("Thrown away"));
    asked = answerBox(s("discardNewChangeBox"), QMessageBox::Discard);
    QTest::keyClick(&again, Qt::Key_Escape);
    QVERIFY(*asked);
    QVERIFY(!again.isVisible());
    QCOMPARE(again.result(), int(QDialog::Rejected));
    QCOMPARE(qint64(m_ws.core().changes().list(m_ws.owner)->size()), before + 1);
}

// Ctrl+W on a change tab with unsaved edits: Save / Discard / Cancel.
void TestGuiRules::ctrlWOnAnEditedTabAsksFirst()
{
    const int n = m_ws.create(s("Edited in a tab"), 13, 20, {s("db-primary")});
    ui::MainWindow window(*m_ws.session);
    QVERIFY(window.openWorkspace(s("acme")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.changeList()->isLoading(), 20000); // read asynchronously
    auto edit = [&](const QString &title) {
        ChangeDetailView *view = window.openChange(n);
        QVERIFY(answered(view)); // the form is filled once change.open answered
        auto *field = child<QLineEdit>(view->detailsTab(), "title");
        field->selectAll();
        QTest::keyClicks(field, title); // typed, as a person would
        QVERIFY(view->detailsTab()->isDirty());
    };
    QAction *close = window.findChild<QAction *>(s("closeChangeAction"));
    edit(s("Edited, then kept"));
    // Cancel: the tab and the edit stay.
    auto asked = answerBox(s("unsavedTabBox"), QMessageBox::Cancel);
    close->trigger();
    QVERIFY(*asked);
    QCOMPARE(window.changeTabs()->count(), 2);
    QVERIFY(window.currentDetail()->detailsTab()->isDirty());
    // Discard: the tab closes, nothing is written.
    asked = answerBox(s("unsavedTabBox"), QMessageBox::Discard);
    close->trigger();
    QVERIFY(*asked);
    QCOMPARE(window.changeTabs()->count(), 1);
    QCOMPARE(m_ws.get(n).title, s("Edited in a tab"));
    // Save: through the core, then closed.
    edit(s("Edited and saved"));
    asked = answerBox(s("unsavedTabBox"), QMessageBox::Save);
    QCOMPARE(close->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_W));
    close->trigger();
    QVERIFY(*asked);
    // Saved, then closed: at once on a database, once the answer comes through a team server.
    QTRY_COMPARE_WITH_TIMEOUT(window.changeTabs()->count(), 1, 15000);
    QCOMPARE(m_ws.get(n).title, s("Edited and saved"));
    // No edits: Ctrl+W closes without asking.
    window.openChange(n);
    close->trigger();
    QCOMPARE(window.changeTabs()->count(), 1);
}

// The database breaks under an open window (tables renamed with raw SQL, as a failing disk or a
// bad migration would leave it): each tab says what cannot be read instead of "no tasks", "no
// attachments", "no comments" or "no conflicts".
void TestGuiRules::storageErrorsAreShownAsErrors()
{
    DetailWorkspace ws; // its own database: this one gets broken
    ws.clock = std::make_shared<test::TestClock>(farAway());
    QVERIFY(ws.setUp());
    const int n = ws.create(s("About to lose its tables"), 3, 20, {s("payments-api")});
    QVERIFY(ws.core().runbook().generate(ws.eng, n).ok());
    QVERIFY(ws.core().discussion().addComment(ws.eng, n, s("A note")).ok());
    QVERIFY(ws.core().discussion().attach(ws.eng, n, s("plan.txt"), "plan").ok());
    auto view = std::make_unique<ChangeDetailView>(ws.sessionFor(ws.owner), ws.owner, n);
    QVERIFY(answered(view.get()));
    view->tabs()->setCurrentWidget(view->tasksTab());
    QVERIFY(answered(view->tasksTab()));
    QCOMPARE(view->tasksTab()->model()->rowCount(), 3);
    const QString location = ws.db.ownerLocation();
    QCOMPARE(vigilo::test::rawExec(location,
                                   {s("ALTER TABLE change_tasks RENAME TO change_tasks_lost"),
                                    s("ALTER TABLE comments RENAME TO comments_lost"),
                                    s("ALTER TABLE attachments RENAME TO attachments_lost"),
                                    s("ALTER TABLE freeze_windows RENAME TO freeze_windows_lost"),
                                    s("ALTER TABLE approval_steps RENAME TO approval_steps_lost"),
                                    s("ALTER TABLE risk_answers RENAME TO risk_answers_lost")}),
             QString());
    view->reload();
    QVERIFY(answered(view.get()));
    // Tasks: an error, not "No tasks yet".
    ui::TasksTab *tasks = view->tasksTab();
    QVERIFY(answered(tasks));
    QCOMPARE(tasks->model()->rowCount(), 0);
    QVERIFY2(tasks->hint()->text().contains(s("cannot be read")),
             qPrintable(tasks->hint()->text()));
    QVERIFY(!tasks->hint()->text().contains(s("No tasks yet")));
    QVERIFY(!child<QPushButton>(tasks, "generateTasks")->isEnabled());
    // Comments and attachments (each reads when it is shown).
    view->tabs()->setCurrentWidget(view->commentsTab());
    QVERIFY(answered(view->commentsTab()));
    QVERIFY2(view->commentsTab()->threadText().contains(s("cannot be read")),
             qPrintable(view->commentsTab()->threadText()));
    QVERIFY(!view->commentsTab()->threadText().contains(s("No comments yet")));
    view->tabs()->setCurrentWidget(view->attachmentsTab());
    QVERIFY(answered(view->attachmentsTab()));
    QVERIFY2(view->attachmentsTab()->hint()->text().contains(s("cannot be read")),
             qPrintable(view->attachmentsTab()->hint()->text()));
    // Conflicts: the banner says they cannot be checked.
    QVERIFY(view->conflictBanner()->hasError());
    QVERIFY(!view->conflictBanner()->isHidden());
    // Approvals and risk.
    view->tabs()->setCurrentWidget(view->approvalsTab());
    QVERIFY(answered(view->approvalsTab()));
    QVERIFY2(view->approvalsTab()->summary()->text().contains(s("cannot be read")),
             qPrintable(view->approvalsTab()->summary()->text()));
    QVERIFY2(child<QLabel>(view.get(), "riskLockedNote")->text().contains(s("cannot be read")),
             qPrintable(child<QLabel>(view.get(), "riskLockedNote")->text()));
    // The approval queue page: an error in place of the table.
    ui::MainWindow window(ws.sessionFor(ws.owner));
    QVERIFY(window.openWorkspace(s("acme")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.changeList()->isLoading(), 20000); // read asynchronously
    window.showPage(ui::MainWindow::Page::ApprovalQueue);
    QTRY_VERIFY_WITH_TIMEOUT(!window.approvalQueue()->isLoading(), 15000);
    QVERIFY2(window.approvalQueue()->loadError().contains(s("cannot be read")),
             qPrintable(window.approvalQueue()->loadError()));
    view.reset();
    ws.others.clear();
    ws.session.reset();
    ws.ownerSession.reset();
}

QTEST_MAIN(TestGuiRules)
#include "tst_gui_rules.moc"
