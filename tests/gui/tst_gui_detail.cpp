// The change detail view on the offscreen platform: every tab over real data, its models under
// QAbstractItemModelTester, the action bar against the FSM and roles, the conflict banner as the
// window is edited, and screenshots of every tab (demo workspace).

// (DialogDriver.h first: GuiFixture.h defines QCOMPARE_ENUM, DetailFixture.h only if missing.)
#include "DialogDriver.h"

#include "DetailFixture.h"
#include "widgets/AssetPicker.h"
#include "widgets/AssetPickerModel.h"

#include "detail/ActionBar.h"
#include "detail/ActivityModel.h"
#include "detail/ActivityTab.h"
#include "detail/ApprovalModels.h"
#include "detail/ApprovalsTab.h"
#include "detail/AttachmentTableModel.h"
#include "detail/AttachmentsTab.h"
#include "detail/ChangeDetailView.h"
#include "detail/CommentsTab.h"
#include "detail/ConflictBanner.h"
#include "detail/DetailsTab.h"
#include "detail/ImpactTab.h"
#include "detail/ListTab.h"
#include "detail/RiskTab.h"
#include "detail/TaskTableModel.h"
#include "detail/TasksTab.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>

#include <csignal>
#include <sys/resource.h>

using namespace vigilo;
using namespace fixture;
using vigilo::ui::ChangeDetailView;

class TestDetail : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void headerAndTabs();
    void tabsLoadRealData();
    void modelsPassTester();
    void actionBarOffersExactlyTheAllowedActions_data();
    void actionBarOffersExactlyTheAllowedActions();
    void detailsEditableOnlyWhileStatusAllows();
    void saveGoesThroughTheCoreAndReportsStaleWrites();
    void riskScoreIsLiveAndAnswersAreSaved();
    void tasksButtonsFollowTheData();
    void commentsAndAttachments();
    void bannerFollowsTheEditedWindow();
    void savesScreenshots();

private:
    // The view of `number` for `actor`, once change.open has answered (at once on a database,
    // later through a team server); null when it did not within 15 s.
    std::unique_ptr<ChangeDetailView> open(const Actor &actor, int number);

    DetailWorkspace m_ws;
    QHash<ChangeStatus, int> m_byStatus;
};

std::unique_ptr<ChangeDetailView> TestDetail::open(const Actor &actor, int number)
{
    auto view = std::make_unique<ChangeDetailView>(m_ws.sessionFor(actor), actor, number);
    view->resize(1280, 760);
    if (!answered(view.get()))
        return nullptr;
    return view;
}

void TestDetail::initTestCase()
{
    QVERIFY(m_ws.setUp());
    const QList<ChangeStatus> statuses = {
        ChangeStatus::Draft,      ChangeStatus::Review,     ChangeStatus::Approved,
        ChangeStatus::Scheduled,  ChangeStatus::InProgress, ChangeStatus::Completed,
        ChangeStatus::RolledBack, ChangeStatus::Rejected,   ChangeStatus::Cancelled};
    int day = 3;
    for (ChangeStatus st : statuses) {
        const int n = m_ws.create(s("Patch the payments API (%1)").arg(toString(st)), day++, 20,
                                  {s("payments-api")});
        QVERIFY2(m_ws.advance(n, st), qPrintable(toString(st)));
        m_byStatus.insert(st, n);
    }
}

void TestDetail::cleanupTestCase()
{
    m_ws.session.reset();
}

void TestDetail::headerAndTabs()
{
    const int n = m_byStatus.value(ChangeStatus::Review);
    auto view = open(m_ws.owner, n); // the most buttons: approve, reject, cancel
    QVERIFY(view);
    QCOMPARE(view->number(), n);
    QCOMPARE(view->tabs()->count(), int(ChangeDetailView::TabCount));
    const QStringList names = {s("Details"),     s("Risk assessment"), s("Impact"),
                               s("Tasks"),       s("Approvals"),       s("Comments"),
                               s("Attachments"), s("Activity")};
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(view->tabs()->tabText(i), names[i]);
    QCOMPARE(child<QLabel>(view.get(), "changeNumber")->text(), formatChangeNumber(n));
    QCOMPARE(child<QLabel>(view.get(), "changeTitle")->text(), m_ws.get(n).title);
    QCOMPARE(child<QLabel>(view.get(), "statusBadge")->text(), label(ChangeStatus::Review));
    QVERIFY(child<QLabel>(view.get(), "people")->text().contains(s("erin")));

    // It lives in the main window's central area: it must not force the window wide.
    for (int i = 0; i < view->tabs()->count(); ++i)
        QVERIFY2(view->tabs()->widget(i)->minimumSizeHint().width() <= 640,
                 qPrintable(s("%1: %2").arg(names[i]).arg(
                     view->tabs()->widget(i)->minimumSizeHint().width())));
    QVERIFY2(view->minimumSizeHint().width() <= 640,
             qPrintable(QString::number(view->minimumSizeHint().width())));

    QSignalSpy closed(view.get(), &ChangeDetailView::closeRequested);
    child<QPushButton>(view.get(), "closeDetail")->click();
    QCOMPARE(closed.count(), 1);
}

void TestDetail::tabsLoadRealData()
{
    const int n = m_byStatus.value(ChangeStatus::InProgress);
    QVERIFY(m_ws.core().runbook().generate(m_ws.eng, n).ok());
    QVERIFY(m_ws.core().discussion().addComment(m_ws.appr, n, s("Looks good, go ahead.")).ok());
    QVERIFY(m_ws.core()
                .discussion()
                .attach(m_ws.eng, n, s("plan.txt"), QByteArray("step one\nstep two\n"))
                .ok());
    auto view = open(m_ws.eng, n);
    QVERIFY(view);
    const ChangeRequest c = m_ws.get(n);

    // Details
    QCOMPARE(child<QLineEdit>(view.get(), "title")->text(), c.title);
    QCOMPARE(child<QPlainTextEdit>(view.get(), "implementationPlan")->toPlainText(),
             c.implementationPlan);
    auto *assets = child<ui::AssetPicker>(view.get(), "assets");
    QCOMPARE(assets->selected(), c.affectedAssets);
    // The inventory is read when the picker is first used (opening stays one request).
    QVERIFY(!assets->isLoaded());
    QTest::mouseClick(assets->searchEdit(), Qt::LeftButton);
    QTRY_VERIFY(assets->isLoaded());
    QCOMPARE(assets->model()->matcher()->size(), 4);
    // Risk: the workspace's questionnaire
    auto profile = m_ws.core().risk().profile(m_ws.eng, n);
    QVERIFY(profile.ok());
    QVERIFY(profile->total > 0);
    auto *firstRadio =
        view->findChild<QRadioButton *>(s("risk_%1_0").arg(profile->questions.first().key));
    QVERIFY(firstRadio);
    // Tasks
    auto tasks = m_ws.core().runbook().tasks(m_ws.eng, n);
    VERIFY_OK(tasks);
    // Each list tab reads its list when it is shown (one request per opened change on a server).
    QCOMPARE(view->tasksTab()->model()->rowCount(), 0);
    view->tabs()->setCurrentWidget(view->tasksTab());
    // (At once on a database, later through a team server.)
    QTRY_COMPARE_WITH_TIMEOUT(view->tasksTab()->model()->rowCount(), int(tasks->size()), 15000);
    QCOMPARE(
        view->tasksTab()->model()->index(1, ui::TaskTableModel::Predecessors).data().toString(),
        s("#1"));
    // Approvals: the one matrix step, approved by arno
    view->tabs()->setCurrentWidget(view->approvalsTab());
    QTRY_COMPARE_WITH_TIMEOUT(view->approvalsTab()->stepModel()->rowCount(), 1, 15000);
    QCOMPARE(view->approvalsTab()->decisionModel()->rowCount(), 1);
    QCOMPARE(view->approvalsTab()
                 ->decisionModel()
                 ->index(0, ui::DecisionTableModel::Member)
                 .data()
                 .toString(),
             s("arno"));
    // Comments
    view->tabs()->setCurrentWidget(view->commentsTab());
    QTRY_COMPARE_WITH_TIMEOUT(view->commentsTab()->commentCount(), 1, 15000);
    QVERIFY(child<QTextBrowser>(view.get(), "commentThread")
                ->toPlainText()
                .contains(s("Looks good, go ahead.")));
    // Attachments: size and SHA-256
    view->tabs()->setCurrentWidget(view->attachmentsTab());
    auto *att = view->attachmentsTab()->model();
    QTRY_COMPARE_WITH_TIMEOUT(att->rowCount(), 1, 15000);
    QCOMPARE(att->index(0, ui::AttachmentTableModel::Name).data().toString(), s("plan.txt"));
    QCOMPARE(
        att->index(0, ui::AttachmentTableModel::Sha256).data().toString(),
        QString::fromLatin1(
            QCryptographicHash::hash("step one\nstep two\n", QCryptographicHash::Sha256).toHex()));
    QCOMPARE(att->index(0, ui::AttachmentTableModel::Size)
                 .data(ui::AttachmentTableModel::SizeRole)
                 .toLongLong(),
             qint64(18));
    // Activity: newest first, with old → new values
    auto history = m_ws.core().audit().changeHistory(m_ws.eng, n);
    VERIFY_OK(history);
    auto *activity = view->activityTab()->model();
    QCOMPARE(activity->rowCount(), int(history->size()));
    QVERIFY(activity->index(0, 0).data(ui::ActivityModel::SeqRole).toLongLong()
            > activity->index(1, 0).data(ui::ActivityModel::SeqRole).toLongLong());
    QCOMPARE(activity->index(0, ui::ActivityModel::What).data().toString(), s("Attachment added"));
    bool sawStatusChange = false;
    for (int r = 0; r < activity->rowCount(); ++r)
        if (activity->index(r, ui::ActivityModel::Changes)
                .data()
                .toString()
                .contains(s("Status: Scheduled → In progress")))
            sawStatusChange = true;
    QVERIFY(sawStatusChange);
}

void TestDetail::modelsPassTester()
{
    const int n = m_byStatus.value(ChangeStatus::InProgress);
    auto view = open(m_ws.eng, n);
    QVERIFY(view);
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester t1(view->tasksTab()->model(), Mode::QtTest);
    QAbstractItemModelTester t2(view->approvalsTab()->stepModel(), Mode::QtTest);
    QAbstractItemModelTester t3(view->approvalsTab()->decisionModel(), Mode::QtTest);
    QAbstractItemModelTester t4(view->attachmentsTab()->model(), Mode::QtTest);
    QAbstractItemModelTester t5(view->activityTab()->model(), Mode::QtTest);
    for (QWidget *tab :
         {static_cast<QWidget *>(view->tasksTab()), static_cast<QWidget *>(view->approvalsTab()),
          static_cast<QWidget *>(view->attachmentsTab())}) {
        view->tabs()->setCurrentWidget(tab);
        view->reload();
        view->reload();
        QVERIFY(answered(view.get()));
    }
    // And empty: a fresh draft has no tasks, steps, decisions or attachments.
    ui::TaskTableModel tasks;
    ui::ApprovalStepModel steps;
    ui::DecisionTableModel decisions;
    ui::AttachmentTableModel attachments;
    ui::ActivityModel activity;
    QAbstractItemModelTester e1(&tasks, Mode::QtTest);
    QAbstractItemModelTester e2(&steps, Mode::QtTest);
    QAbstractItemModelTester e3(&decisions, Mode::QtTest);
    QAbstractItemModelTester e4(&attachments, Mode::QtTest);
    QAbstractItemModelTester e5(&activity, Mode::QtTest);
    tasks.setTasks(VALUE_OK(m_ws.core().runbook().tasks(m_ws.eng, n)));
    tasks.setTasks({});
    auto allSteps = VALUE_OK(m_ws.core().approvals().steps(m_ws.eng, n));
    steps.setSteps(allSteps);
    decisions.setSteps(allSteps);
    steps.setSteps({});
    decisions.setSteps({});
    attachments.setAttachments(VALUE_OK(m_ws.core().discussion().attachments(m_ws.eng, n)));
    attachments.setAttachments({});
    activity.setEvents(VALUE_OK(m_ws.core().audit().changeHistory(m_ws.eng, n)));
    activity.setEvents({});
}

void TestDetail::actionBarOffersExactlyTheAllowedActions_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char *name, ChangeStatus st, const char *user, QStringList expected) {
        QTest::newRow(name) << int(st) << s(user) << expected;
    };
    row("draft/engineer", ChangeStatus::Draft, "erin", {s("submit"), s("cancel")});
    row("draft/viewer", ChangeStatus::Draft, "vera", {});
    row("review/requester", ChangeStatus::Review, "erin", {s("cancel")});
    row("review/approver", ChangeStatus::Review, "alma", {s("approve"), s("reject"), s("cancel")});
    row("review/viewer", ChangeStatus::Review, "vera", {});
    row("approved/engineer", ChangeStatus::Approved, "erin", {s("schedule"), s("cancel")});
    row("scheduled/engineer", ChangeStatus::Scheduled, "erin", {s("start"), s("cancel")});
    row("in_progress/engineer", ChangeStatus::InProgress, "erin", {s("complete")});
    row("in_progress/approver", ChangeStatus::InProgress, "arno", {s("complete"), s("rollback")});
    row("in_progress/viewer", ChangeStatus::InProgress, "vera", {});
    row("completed/engineer", ChangeStatus::Completed, "erin", {s("reopen")});
    row("rolled_back/owner", ChangeStatus::RolledBack, "tester", {});
    row("rejected/owner", ChangeStatus::Rejected, "tester", {});
    row("cancelled/admin", ChangeStatus::Cancelled, "adam", {});
}

void TestDetail::actionBarOffersExactlyTheAllowedActions()
{
    QFETCH(int, status);
    QFETCH(QString, user);
    QFETCH(QStringList, expected);
    const int n = m_byStatus.value(ChangeStatus(status));
    const Actor actor = m_ws.as(user);
    auto view = open(actor, n);
    QVERIFY(view);
    // What the core allows, and what the bar shows: the same, and as expected for the role.
    QStringList core;
    for (Action a : m_ws.core().changes().availableActions(actor, m_ws.get(n)))
        core << toString(a);
    QStringList shown;
    for (Action a : view->actionBar()->actions())
        shown << toString(a);
    QCOMPARE(shown, core);
    QStringList buttons;
    for (QPushButton *b : view->actionBar()->findChildren<QPushButton *>())
        buttons << b->objectName().mid(int(qstrlen("action_")));
    buttons.sort();
    QStringList sortedExpected = expected;
    sortedExpected.sort();
    QCOMPARE(buttons, sortedExpected);
    QStringList sortedCore = core;
    sortedCore.sort();
    QCOMPARE(sortedCore, sortedExpected);
}

void TestDetail::detailsEditableOnlyWhileStatusAllows()
{
    {
        auto view = open(m_ws.eng, m_byStatus.value(ChangeStatus::Draft));
        QVERIFY(view);
        QVERIFY(!child<QLineEdit>(view.get(), "title")->isReadOnly());
        QVERIFY(child<QPushButton>(view.get(), "saveButton")->isVisibleTo(view.get()));
        QVERIFY(!child<QLabel>(view.get(), "reapprovalBanner")->isVisibleTo(view.get()));
    }
    {
        auto view = open(m_ws.eng, m_byStatus.value(ChangeStatus::Scheduled));
        QVERIFY(view);
        QVERIFY(!child<QLineEdit>(view.get(), "title")->isReadOnly());
        auto *banner = child<QLabel>(view.get(), "reapprovalBanner");
        QVERIFY(banner->isVisibleTo(view.get()));
        QVERIFY(banner->text().contains(s("back for approval")));
    }
    for (ChangeStatus st : {ChangeStatus::InProgress, ChangeStatus::Completed}) {
        auto view = open(m_ws.eng, m_byStatus.value(st));
        QVERIFY(view);
        QVERIFY(child<QLineEdit>(view.get(), "title")->isReadOnly());
        QVERIFY(!child<QComboBox>(view.get(), "changeType")->isEnabled());
        QVERIFY(!child<QPushButton>(view.get(), "saveButton")->isVisibleTo(view.get()));
    }
    {
        auto view = open(m_ws.viewer, m_byStatus.value(ChangeStatus::Draft));
        QVERIFY(view);
        QVERIFY(child<QLineEdit>(view.get(), "title")->isReadOnly());
    }
}

void TestDetail::saveGoesThroughTheCoreAndReportsStaleWrites()
{
    const int n = m_ws.create(s("Rotate the edge certificate"), 12, 1, {s("web-edge")});
    auto view = open(m_ws.eng, n);
    QVERIFY(view);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QSignalSpy modified(view.get(), &ChangeDetailView::changeModified);
    auto *title = child<QLineEdit>(view.get(), "title");
    title->selectAll();
    QTest::keyClicks(title, s("Rotate the edge TLS certificate"));
    auto *save = child<QPushButton>(view.get(), "saveButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(modified.count(), 1, 15000);
    QCOMPARE(m_ws.get(n).title, s("Rotate the edge TLS certificate"));
    QVERIFY(!save->isEnabled());

    // Someone else edits meanwhile: the next save is refused as stale and says to reload.
    QTest::keyClicks(title, s(" now"));
    ChangeDraft other;
    other.description = s("Edited on another workstation.");
    QVERIFY(m_ws.core().changes().edit(m_ws.owner, n, other).ok());
    QString shown;
    auto ran = onModal(s("errorMessageBox"), [&shown](QWidget *box) {
        shown = static_cast<QMessageBox *>(box)->windowTitle() + QLatin1Char('\n')
                + static_cast<QMessageBox *>(box)->text() + QLatin1Char('\n')
                + static_cast<QMessageBox *>(box)->informativeText();
        static_cast<QMessageBox *>(box)->accept();
    });
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(*ran);
    QVERIFY2(shown.contains(s("Someone else changed")), qPrintable(shown));
    QVERIFY2(shown.contains(s("Reload")), qPrintable(shown));
    QVERIFY(!shown.contains(s("stale_write")));
    QCOMPARE(m_ws.get(n).title, s("Rotate the edge TLS certificate"));
}

void TestDetail::riskScoreIsLiveAndAnswersAreSaved()
{
    const int n = m_ws.create(s("Resize the queue cluster"), 14, 2, {s("queue-cluster")});
    auto view = open(m_ws.eng, n);
    QVERIFY(view);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    view->tabs()->setCurrentWidget(view->riskTab());
    auto profile = VALUE_OK(m_ws.core().risk().profile(m_ws.eng, n));
    // The questionnaire is there once the profile came (with change.open, or read after it).
    QTRY_VERIFY_WITH_TIMEOUT(
        view->findChild<QRadioButton *>(s("risk_%1_0").arg(profile.questions.first().key)), 15000);
    QVERIFY(!view->riskTab()->shownScore().has_value());
    QHash<QString, RiskAnswer> answers;
    for (int i = 0; i < profile.questions.size(); ++i) {
        const RiskQuestion &q = profile.questions[i];
        const int choice = int(q.choices.size()) - 1; // the riskiest answer everywhere
        // Through a team server the previous answer comes later, and the view reads the change
        // again after it (the questionnaire shown anew): the radio is looked up after that.
        QVERIFY(answered(view.get()));
        auto *radio =
            child<QRadioButton>(view.get(), qPrintable(s("risk_%1_%2").arg(q.key).arg(choice)));
        QTRY_VERIFY_WITH_TIMEOUT(radio->isEnabled(), 15000);
        QTest::mouseClick(radio, Qt::LeftButton);
        RiskAnswer a;
        a.key = q.key;
        a.choice = choice;
        answers.insert(q.key, a);
        const RiskProfile expected = RiskAssessment::evaluate(profile.questions, answers);
        QCOMPARE(view->riskTab()->shownScore(), expected.score);
        // Saved through the core as it was clicked (its answer comes later on a team server).
        QTRY_COMPARE_WITH_TIMEOUT(VALUE_OK(m_ws.core().risk().profile(m_ws.eng, n)).answered, i + 1,
                                  15000);
    }
    QVERIFY(answered(view.get()));
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(view.get(), "acceptSuggestion")->isEnabled(),
                             15000);
    QCOMPARE(child<QProgressBar>(view.get(), "scoreBar")->value(), 100);
    auto *accept = child<QPushButton>(view.get(), "acceptSuggestion");
    QVERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(view.get(), "riskBadge")->text(), s("High risk"),
                              15000);
    QVERIFY(answered(view.get()));
    QCOMPARE(m_ws.get(n).riskLevel, std::optional<RiskLevel>(RiskLevel::High));
    QVERIFY(!accept->isEnabled());

    // Override needs a reason; it is audited by the core.
    auto *level = child<QComboBox>(view.get(), "overrideLevel");
    level->setCurrentIndex(level->findData(int(RiskLevel::Medium)));
    auto *overrideButton = child<QPushButton>(view.get(), "overrideButton");
    QVERIFY(!overrideButton->isEnabled());
    QTest::keyClicks(child<QLineEdit>(view.get(), "overrideReason"),
                     s("Runs on the standby first"));
    QVERIFY(overrideButton->isEnabled());
    QTest::mouseClick(overrideButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        view->activityTab()->model()->index(0, ui::ActivityModel::What).data().toString(),
        s("Risk level overridden"), 15000);
    QCOMPARE(m_ws.get(n).riskLevel, std::optional<RiskLevel>(RiskLevel::Medium));
}

void TestDetail::tasksButtonsFollowTheData()
{
    const int n = m_ws.create(s("Upgrade the payments API"), 15, 3, {s("payments-api")});
    QVERIFY(m_ws.advance(n, ChangeStatus::Scheduled));
    auto view = open(m_ws.eng, n);
    QVERIFY(view);
    ui::TasksTab *tab = view->tasksTab();
    view->tabs()->setCurrentWidget(tab);
    auto *generate = child<QPushButton>(tab, "generateTasks");
    auto *start = child<QPushButton>(tab, "startTask");
    auto *done = child<QPushButton>(tab, "doneTask");
    auto *skip = child<QPushButton>(tab, "skipTask");
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && !view->isLoading(), 15000);
    QVERIFY(generate->isEnabled());
    generate->click();
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 3, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && !view->isLoading(), 15000);
    // Scheduled: nothing runs yet; the optional task can be skipped.
    tab->selectTask(1);
    QVERIFY(!start->isEnabled());
    QVERIFY(!done->isEnabled());
    QVERIFY(!skip->isEnabled()); // required
    // Task 2 waits on task 1: blocked and greyed; selected, Start says why it cannot run.
    QVERIFY(tab->model()->index(1, 0).data(ui::TaskTableModel::BlockedRole).toBool());
    QCOMPARE(tab->model()->index(1, ui::TaskTableModel::Status).data().toString(), s("Blocked"));
    tab->selectTask(2);
    QVERIFY(!start->isEnabled());
    QVERIFY(!start->toolTip().isEmpty());

    QVERIFY(m_ws.advance(n, ChangeStatus::InProgress));
    view->reload();
    QVERIFY(answered(view.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && !view->isLoading(),
                             15000); // the tab reads its list again
    tab->selectTask(1);
    QVERIFY(start->isEnabled());
    QVERIFY(!done->isEnabled());
    QVERIFY(!generate->isEnabled() || true); // all pending: regenerating is still allowed
    start->click();
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && !view->isLoading(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(done->isEnabled(), 15000);
    QCOMPARE_ENUM(VALUE_OK(m_ws.core().runbook().tasks(m_ws.eng, n)).at(0).status,
                  TaskStatus::InProgress);
    QVERIFY(!start->isEnabled());
    QVERIFY(!generate->isEnabled()); // a task left pending: no regeneration
    // The viewer reads the same runbook with every button disabled.
    auto viewerView = open(m_ws.viewer, n);
    QVERIFY(viewerView);
    viewerView->tabs()->setCurrentWidget(viewerView->tasksTab());
    QTRY_COMPARE_WITH_TIMEOUT(viewerView->tasksTab()->model()->rowCount(), 3, 15000);
    viewerView->tasksTab()->selectTask(1);
    QVERIFY(!child<QPushButton>(viewerView->tasksTab(), "doneTask")->isEnabled());
    QVERIFY(!child<QPushButton>(viewerView->tasksTab(), "generateTasks")->isEnabled());
}

void TestDetail::commentsAndAttachments()
{
    const int n = m_byStatus.value(ChangeStatus::Draft);
    auto view = open(m_ws.eng, n);
    QVERIFY(view);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    view->tabs()->setCurrentWidget(view->commentsTab());
    QTRY_VERIFY_WITH_TIMEOUT(!view->commentsTab()->isLoading(), 15000);
    auto *editor = child<QPlainTextEdit>(view.get(), "commentEditor");
    auto *post = child<QPushButton>(view.get(), "postComment");
    QVERIFY(!post->isEnabled());
    QTest::keyClicks(editor, s("Can we do this after the release freeze?"));
    QVERIFY(post->isEnabled());
    const int before = view->commentsTab()->commentCount();
    QTest::mouseClick(post, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view->commentsTab()->commentCount(), before + 1, 15000);
    QVERIFY(editor->toPlainText().isEmpty());
    QCOMPARE(VALUE_OK(m_ws.core().discussion().comments(m_ws.eng, n)).last().body,
             s("Can we do this after the release freeze?"));

    // Attachments: drop a file onto the tab; then a temporary copy and Save as.
    view->tabs()->setCurrentWidget(view->attachmentsTab());
    QTRY_VERIFY_WITH_TIMEOUT(!view->attachmentsTab()->isLoading(), 15000);
    QTemporaryDir files;
    const QString path = files.filePath(s("maintenance-notice.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Payments will be read-only from 22:00 to 23:00 UTC.\n");
    f.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    ui::AttachmentsTab *tab = view->attachmentsTab();
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tab, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tab, &drop);
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, 15000);
    QCOMPARE(tab->model()->index(0, ui::AttachmentTableModel::Size).data().toString(),
             QLocale().formattedDataSize(52));
    QSignalSpy written(tab, &ui::AttachmentsTab::written);
    tab->temporaryCopy(0);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 15000); // a database answers at once
    QVERIFY(written.at(0).at(1).toBool());
    const QString copy = written.at(0).at(0).toString();
    QVERIFY(!copy.isEmpty());
    QFile c(copy);
    QVERIFY(c.open(QIODevice::ReadOnly));
    QCOMPARE(c.readAll(), QByteArray("Payments will be read-only from 22:00 to 23:00 UTC.\n"));
    tab->saveTo(0, files.filePath(s("saved.txt")));
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, 15000);
    QVERIFY(written.at(1).at(1).toBool());
    QVERIFY(QFile::exists(files.filePath(s("saved.txt"))));

    // Saving onto a full disk (this process may write files of 16 bytes for a moment; SIGXFSZ
    // ignored, so the write fails with EFBIG): an error, and the file there stays as it was.
    const QString previous = files.filePath(s("previous.txt"));
    QFile p(previous);
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write("the previous copy\n");
    p.close();
    const QStringList filesBefore = QDir(files.path()).entryList(QDir::Files);
    QString shown;
    vigilo::guitest::onNextModal<QMessageBox>([&shown](QMessageBox *box) {
        shown = box->informativeText();
        box->accept();
    });
    rlimit disk{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &disk), 0);
    const auto xfsz = std::signal(SIGXFSZ, SIG_IGN);
    const rlimit full{16, disk.rlim_max};
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &full), 0);
    tab->saveTo(0, previous);
    // The content comes at once from a database, later from a team server: the limit stays
    // until the copy was written (or not) and the error shown.
    const bool settled =
        QTest::qWaitFor([&] { return written.count() == 3 && !shown.isEmpty(); }, 15000);
    const bool saved = written.count() == 3 && written.at(2).at(1).toBool();
    setrlimit(RLIMIT_FSIZE, &disk);
    std::signal(SIGXFSZ, xfsz);
    QVERIFY(settled);
    QVERIFY(!saved);
    QVERIFY2(shown.contains(previous), qPrintable(shown));
    QVERIFY(p.open(QIODevice::ReadOnly));
    QCOMPARE(p.readAll(), QByteArray("the previous copy\n"));
    QCOMPARE(QDir(files.path()).entryList(QDir::Files), filesBefore); // no partial file left
    QVERIFY(child<QPushButton>(tab, "openAttachment")->isEnabled());
}

void TestDetail::bannerFollowsTheEditedWindow()
{
    // A scheduled change on db-primary on day 20, 10:00–12:00 UTC.
    const int busy = m_ws.create(s("Fail over the primary database"), 20, 10, {s("db-primary")});
    QVERIFY(m_ws.advance(busy, ChangeStatus::Scheduled));
    // A draft on the same asset on day 22: no conflict yet.
    const int n = m_ws.create(s("Vacuum the primary database"), 22, 10, {s("db-primary")});
    auto view = open(m_ws.eng, n);
    QVERIFY(view);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    ui::ConflictBanner *banner = view->conflictBanner();
    QVERIFY(!banner->isVisible());

    // Move the window onto the busy one: the banner names it, with the reason.
    auto *start = child<QDateTimeEdit>(view.get(), "plannedStart");
    auto *end = child<QDateTimeEdit>(view.get(), "plannedEnd");
    end->setDateTime(DetailWorkspace::dayStart(20, 12).toLocalTime());
    start->setDateTime(DetailWorkspace::dayStart(20, 11).toLocalTime());
    QTRY_VERIFY(banner->isVisible());
    QTRY_COMPARE(banner->summary().conflicts.size(), qsizetype(1));
    QCOMPARE(banner->summary().conflicts.first().kind, s("change"));
    QCOMPARE(banner->summary().conflicts.first().number, busy);
    QVERIFY2(banner->lines().first().contains(formatChangeNumber(busy)),
             qPrintable(banner->lines().join(QLatin1Char('\n'))));

    // Into the quarter-end freeze: the freeze window and its reason.
    start->setDateTime(DetailWorkspace::dayStart(31, 9).toLocalTime());
    end->setDateTime(DetailWorkspace::dayStart(31, 11).toLocalTime());
    QTRY_VERIFY(!banner->summary().isEmpty()
                && banner->summary().conflicts.first().kind == s("freeze"));
    QVERIFY(banner->lines().first().contains(s("Quarter-end freeze")));

    // Unticking the asset leaves only the workspace-wide freeze; moving away clears everything.
    start->setDateTime(DetailWorkspace::dayStart(40, 9).toLocalTime());
    end->setDateTime(DetailWorkspace::dayStart(40, 11).toLocalTime());
    QTRY_VERIFY(!banner->isVisible());
    // Nothing was saved: the banner followed the unsaved form.
    QCOMPARE(m_ws.get(n).plannedStart, DetailWorkspace::dayStart(22, 10));
}

void TestDetail::savesScreenshots()
{
    // The demo workspace: realistic changes with history. Pick the richest in-flight change.
    QTemporaryDir dir;
    vigilo::guitest::GuiDatabase db(dir, s("demo.sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    DemoOptions options;
    options.changes = 40;
    options.seed = 7;
    auto opened = db.openDemo(s("tester"), options);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    std::unique_ptr<Session> session = std::move(opened).value();
    session->client().setWorkspace(s("demo"));
    // Prepared through the core (on a team server the owner's connection's).
    Vigilo &core = db.checkCore(*session);
    auto actor = core.workspaces().signIn(s("demo"), s("tester"));
    QVERIFY(actor.ok());
    int best = 0, bestScore = -1;
    const QList<ChangeSummary> all = VALUE_OK(core.changes().list(*actor));
    for (const ChangeSummary &c : all) {
        if (c.status != ChangeStatus::InProgress)
            continue;
        const int score = int(VALUE_OK(core.runbook().tasks(*actor, c.number)).size()) * 3
                          + int(VALUE_OK(core.discussion().comments(*actor, c.number)).size()) * 2
                          + int(VALUE_OK(core.approvals().steps(*actor, c.number)).size()) * 2;
        if (score > bestScore) {
            bestScore = score;
            best = c.number;
        }
    }
    QVERIFY(best > 0);
    QTemporaryDir files;
    const auto attach = [&](const char *name, const QByteArray &bytes) {
        QVERIFY(core.discussion().attach(*actor, best, s(name), bytes).ok());
    };
    attach("runbook-checklist.pdf", QByteArray(148 * 1024, 'x'));
    attach("pre-change-metrics.png", QByteArray(612 * 1024, 'y'));
    attach("vendor-advisory.txt", QByteArray("Upgrade advisory: apply in order.\n"));

    // A draft planned on top of it (same assets, same window): the conflict banner shows, the
    // form is editable, and the questionnaire is mostly answered so a level is suggested.
    int draft = 0;
    for (const ChangeSummary &c : all)
        if (c.status == ChangeStatus::Draft && c.changeType == ChangeType::Normal) {
            draft = c.number;
            break;
        }
    QVERIFY(draft > 0);
    const ChangeRequest busy = VALUE_OK(core.changes().get(*actor, best));
    ChangeDraft overlap;
    overlap.plannedStart = busy.plannedStart.addSecs(3600);
    overlap.plannedEnd = busy.plannedEnd.addSecs(3600);
    overlap.affectedAssets = busy.affectedAssets;
    QVERIFY(core.changes().edit(*actor, draft, overlap).ok());
    const RiskProfile profile = VALUE_OK(core.risk().profile(*actor, draft));
    for (int i = 0; i < profile.requiredAnswers; ++i)
        QVERIFY(
            core.risk().answer(*actor, draft, profile.questions[i].key, i % 3 == 0 ? 2 : 1).ok());

    const QString out = QFileInfo(vigilo::guitest::outputPath(s("detail"))).path();
    const QStringList names = {s("details"),   s("risk"),     s("impact"),      s("tasks"),
                               s("approvals"), s("comments"), s("attachments"), s("activity")};
    ChangeDetailView running(*session, *actor, best);
    ChangeDetailView planned(*session, *actor, draft);
    for (ChangeDetailView *view : {&running, &planned}) {
        view->resize(1280, 760);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QVERIFY(answered(view));
    }
    QTRY_VERIFY_WITH_TIMEOUT(planned.conflictBanner()->isVisible(), 15000);
    for (int i = 0; i < names.size(); ++i) {
        ChangeDetailView &view = i <= ChangeDetailView::Risk ? planned : running;
        view.tabs()->setCurrentIndex(i);
        // A list tab reads its list when shown (its answer later through a team server).
        auto *list = qobject_cast<ui::ListTab *>(view.tabs()->widget(i));
        auto *impact = qobject_cast<ui::ImpactTab *>(view.tabs()->widget(i));
        QTRY_VERIFY_WITH_TIMEOUT(!(list && list->isLoading()) && !(impact && impact->isLoading()),
                                 15000);
        QApplication::processEvents();
        const QString file = out + s("/detail-%1.png").arg(names[i]);
        QVERIFY2(view.grab().save(file, "PNG"), qPrintable(file));
    }
}

QTEST_MAIN(TestDetail)
#include "tst_gui_detail.moc"
