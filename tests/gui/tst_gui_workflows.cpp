// The seed's workflows, done by clicking in the real detail view and its dialogs (offscreen):
// Submitting a change (from the draft the New change form made), Executing a scheduled change,
// Rolling back — and a refusal shown as the core's translated message, never as its code.

#include "DetailFixture.h"

#include "detail/ActionBar.h"
#include "detail/ChangeDetailView.h"
#include "detail/RiskTab.h"
#include "detail/TaskTableModel.h"
#include "detail/TasksTab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>

using namespace vigilo;
using namespace fixture;
using vigilo::ui::ChangeDetailView;

class TestWorkflows : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void submittingAChange();
    void executingAScheduledChange();
    void closingWithPendingTasksShowsTheTranslatedRefusal();
    void rollingBack();
    void freezeOverrideAsksForAJustification();

private:
    std::unique_ptr<ChangeDetailView> show(const Actor &actor, int number);
    QPushButton *actionButton(ChangeDetailView *view, Action action);
    void clickTask(ChangeDetailView *view, int seq);

    DetailWorkspace m_ws;
};

void TestWorkflows::initTestCase()
{
    QVERIFY(m_ws.setUp());
}

void TestWorkflows::cleanupTestCase()
{
    m_ws.session.reset();
}

std::unique_ptr<ChangeDetailView> TestWorkflows::show(const Actor &actor, int number)
{
    auto view = std::make_unique<ChangeDetailView>(m_ws.sessionFor(actor), actor, number);
    view->resize(1280, 760);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qFatal("view not exposed");
    // change.open answers at once on a database, later through a team server.
    if (!answered(view.get()))
        qFatal("change.open of %d not answered", number);
    return view;
}

QPushButton *TestWorkflows::actionButton(ChangeDetailView *view, Action action)
{
    return view->findChild<QPushButton *>(s("action_%1").arg(toString(action)));
}

void TestWorkflows::clickTask(ChangeDetailView *view, int seq)
{
    QTableView *table = view->tasksTab()->view();
    const int row = view->tasksTab()->model()->rowOfSeq(seq);
    const QRect rect = table->visualRect(view->tasksTab()->model()->index(row, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestWorkflows::submittingAChange()
{
    // The New change form made the draft; the rest of the workflow happens on the detail page.
    const int n = m_ws.create(s("Add an index to the payments ledger"), 0, 0, {s("db-primary")},
                              s("1. Create the index concurrently\n2. Check the query plan"));
    auto view = show(m_ws.eng, n);

    // Risk assessment: answer the questionnaire by clicking; the score follows.
    view->tabs()->setCurrentWidget(view->riskTab());
    auto profile = VALUE_OK(m_ws.core().risk().profile(m_ws.eng, n));
    for (const RiskQuestion &q : profile.questions) {
        QRadioButton *radio = nullptr;
        // There once the profile came; off while the previous answer is under way.
        QTRY_VERIFY_WITH_TIMEOUT(
            (radio = view->findChild<QRadioButton *>(s("risk_%1_0").arg(q.key)))
                && radio->isEnabled(),
            15000);
        QTest::mouseClick(radio, Qt::LeftButton);
    }
    QCOMPARE(view->riskTab()->shownScore(), std::optional<int>(0));
    auto *accept = child<QPushButton>(view.get(), "acceptSuggestion");
    QTRY_VERIFY_WITH_TIMEOUT(accept->isEnabled(), 15000);
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_ws.get(n).riskLevel, std::optional<RiskLevel>(RiskLevel::Low),
                              15000);
    QVERIFY(answered(view.get()));

    // Planned window on the Details tab, then Save.
    view->tabs()->setCurrentIndex(ChangeDetailView::Details);
    auto *hasWindow = child<QCheckBox>(view.get(), "hasWindow");
    QTest::mouseClick(hasWindow, Qt::LeftButton, {}, QPoint(8, hasWindow->height() / 2));
    QVERIFY(hasWindow->isChecked());
    child<QDateTimeEdit>(view.get(), "plannedStart")
        ->setDateTime(DetailWorkspace::dayStart(5, 21).toLocalTime());
    child<QDateTimeEdit>(view.get(), "plannedEnd")
        ->setDateTime(DetailWorkspace::dayStart(5, 22).toLocalTime());
    QTest::mouseClick(child<QPushButton>(view.get(), "saveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_ws.get(n).plannedStart, DetailWorkspace::dayStart(5, 21), 15000);
    QVERIFY(answered(view.get()));

    // Generate implementation tasks.
    view->tabs()->setCurrentWidget(view->tasksTab());
    QVERIFY(answered(view->tasksTab()));
    QTest::mouseClick(child<QPushButton>(view.get(), "generateTasks"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view->tasksTab()->model()->rowCount(), 2, 15000);
    QVERIFY(answered(view.get()));

    // Submit for review: approval steps appear.
    QTest::mouseClick(actionButton(view.get(), Action::Submit), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(view.get(), "statusBadge")->text(),
                              label(ChangeStatus::Review), 15000);
    QVERIFY(answered(view.get()));
    QCOMPARE_ENUM(m_ws.get(n).status, ChangeStatus::Review);
    QCOMPARE(child<QLabel>(view.get(), "statusBadge")->text(), label(ChangeStatus::Review));
    QVERIFY(VALUE_OK(m_ws.core().approvals().steps(m_ws.eng, n)).size() >= 1);
    QVERIFY(!actionButton(view.get(), Action::Submit));

    // An approver opens it and approves with a comment.
    auto approverView = show(m_ws.appr, n);
    auto ran = onModal(s("reasonDialog"), [](QWidget *dialog) {
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "reason"), s("Index build is online."));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(actionButton(approverView.get(), Action::Approve), Qt::LeftButton);
    QTRY_VERIFY(*ran);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(approverView.get(), "statusBadge")->text(),
                              label(ChangeStatus::Approved), 15000);
    QCOMPARE_ENUM(m_ws.get(n).status, ChangeStatus::Approved);
    const auto steps = VALUE_OK(m_ws.core().approvals().steps(m_ws.eng, n));
    QCOMPARE(steps.last().decisions.last().comment, s("Index build is online."));
}

void TestWorkflows::executingAScheduledChange()
{
    const int n = m_ws.create(s("Patch the payments API nodes"), 4, 22, {s("payments-api")});
    QVERIFY(m_ws.advance(n, ChangeStatus::Scheduled));
    auto view = show(m_ws.eng, n);
    QSignalSpy modified(view.get(), &ChangeDetailView::changeModified);

    // Start, days before the planned window: the core refuses with outside_planned_window and
    // the view asks for a justification (required), then the FSM moves to in progress.
    auto justified = onModal(s("reasonDialog"), [](QWidget *dialog) {
        QAbstractButton *ok = okButton(dialog);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "reason"),
                         s("The vendor engineer is on site today only."));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(actionButton(view.get(), Action::Start), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(*justified, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(view.get(), "statusBadge")->text(),
                              label(ChangeStatus::InProgress), 15000);
    QVERIFY(answered(view.get()));
    QCOMPARE_ENUM(m_ws.get(n).status, ChangeStatus::InProgress);
    const QList<AuditEvent> started = *m_ws.core().audit().changeHistory(m_ws.eng, n);
    const QJsonObject exception = started.last().newValues.value(s("exception")).toObject();
    QCOMPARE(exception.value(s("justification")).toString(),
             s("The vendor engineer is on site today only."));
    QCOMPARE(child<QLabel>(view.get(), "statusBadge")->text(), label(ChangeStatus::InProgress));
    QVERIFY(m_ws.get(n).startedAt.isValid());

    // Walk down the runbook: generate it, then Start / Done each task in order; skip the optional.
    view->tabs()->setCurrentWidget(view->tasksTab());
    QVERIFY(answered(view->tasksTab()));
    auto *generate = child<QPushButton>(view.get(), "generateTasks");
    if (view->tasksTab()->model()->rowCount() == 0)
        QTest::mouseClick(generate, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view->tasksTab()->model()->rowCount(), 3, 15000);
    auto *start = child<QPushButton>(view.get(), "startTask");
    auto *done = child<QPushButton>(view.get(), "doneTask");
    auto *skip = child<QPushButton>(view.get(), "skipTask");
    const QList<ChangeTask> tasks = VALUE_OK(m_ws.core().runbook().tasks(m_ws.eng, n));
    // Each click waits for the answer to the one before (through a team server it comes later;
    // the tab keeps its buttons off meanwhile and reads its list again).
    const auto idle = [&view] {
        return QTest::qWaitFor(
            [&view] { return !view->isLoading() && !view->tasksTab()->isBusy(); }, 15000);
    };
    for (const ChangeTask &t : tasks) {
        QVERIFY(idle());
        clickTask(view.get(), t.seq);
        if (!t.isRequired) {
            QVERIFY(skip->isEnabled());
            QTest::mouseClick(skip, Qt::LeftButton);
            continue;
        }
        QVERIFY2(start->isEnabled(), qPrintable(s("task %1").arg(t.seq)));
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(idle());
        clickTask(view.get(), t.seq);
        QVERIFY(done->isEnabled());
        QTest::mouseClick(done, Qt::LeftButton);
    }
    QVERIFY(idle());
    const QList<ChangeTask> finished = VALUE_OK(m_ws.core().runbook().tasks(m_ws.eng, n));
    for (const ChangeTask &t : finished) {
        QCOMPARE_ENUM(t.status, t.isRequired ? TaskStatus::Done : TaskStatus::Skipped);
        QCOMPARE(t.finishedBy, s("erin"));
    }

    // Close change: the closure dialog needs a code and notes before OK.
    auto ran = onModal(s("closeChangeDialog"), [](QWidget *dialog) {
        QAbstractButton *ok = okButton(dialog);
        QVERIFY(!ok->isEnabled());
        auto *code = child<QComboBox>(dialog, "closureCode");
        code->setCurrentIndex(code->findData(int(ClosureCode::SuccessfulWithIssues)));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "closureNotes"),
                         s("Patched all nodes; node 3 needed a second restart."));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(actionButton(view.get(), Action::Complete), Qt::LeftButton);
    QTRY_VERIFY(*ran);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(view.get(), "statusBadge")->text(),
                              label(ChangeStatus::Completed), 15000);
    QVERIFY(answered(view.get()));
    const ChangeRequest c = m_ws.get(n);
    QCOMPARE_ENUM(c.status, ChangeStatus::Completed);
    QCOMPARE(c.closureCode, std::optional<ClosureCode>(ClosureCode::SuccessfulWithIssues));
    QCOMPARE(c.closureNotes, s("Patched all nodes; node 3 needed a second restart."));
    QCOMPARE(c.closedBy, s("erin"));
    QCOMPARE(child<QLabel>(view.get(), "statusBadge")->text(), label(ChangeStatus::Completed));
    QVERIFY(modified.count() >= 8); // start, generate, 2×(start, done), skip, close
    // The action bar now offers what the FSM allows from completed: Reopen.
    QCOMPARE(view->actionBar()->actions().size(), qsizetype(1));
    QVERIFY(view->actionBar()->actions().first() == Action::Reopen);

    // Reopen asks why (required): the reason goes into the history.
    auto reopened = onModal(s("reasonDialog"), [](QWidget *dialog) {
        QAbstractButton *ok = okButton(dialog);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "reason"),
                         s("Node 3 still serves the old package."));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(actionButton(view.get(), Action::Reopen), Qt::LeftButton);
    QTRY_VERIFY(*reopened);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(view.get(), "statusBadge")->text(),
                              label(ChangeStatus::InProgress), 15000);
    QVERIFY(answered(view.get()));
    QCOMPARE_ENUM(m_ws.get(n).status, ChangeStatus::InProgress);
    const QList<AuditEvent> history = *m_ws.core().audit().changeHistory(m_ws.eng, n);
    QCOMPARE(history.last().action, s("change.reopen"));
    QCOMPARE(history.last().newValues.value(s("reason")).toString(),
             s("Node 3 still serves the old package."));
}

void TestWorkflows::closingWithPendingTasksShowsTheTranslatedRefusal()
{
    const int n = m_ws.create(s("Rebalance the queue cluster"), 6, 22, {s("queue-cluster")});
    QVERIFY(m_ws.advance(n, ChangeStatus::InProgress));
    QVERIFY(m_ws.core().runbook().generate(m_ws.eng, n).ok());
    auto view = show(m_ws.eng, n);

    QString title, text;
    auto closed = onModal(s("closeChangeDialog"), [](QWidget *dialog) {
        auto *code = child<QComboBox>(dialog, "closureCode");
        code->setCurrentIndex(code->findData(int(ClosureCode::Successful)));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "closureNotes"), s("All fine."));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    auto refused = onModal(s("errorMessageBox"), [&title, &text](QWidget *box) {
        auto *mb = static_cast<QMessageBox *>(box);
        title = mb->windowTitle();
        text = mb->text() + QLatin1Char('\n') + mb->informativeText();
        mb->accept();
    });
    QTest::mouseClick(actionButton(view.get(), Action::Complete), Qt::LeftButton);
    QTRY_VERIFY(*closed);
    QTRY_VERIFY_WITH_TIMEOUT(*refused, 15000);

    // The core's message, word for word, with what to do next; never the code.
    TransitionInput in;
    in.closureCode = ClosureCode::Successful;
    in.closureNotes = s("All fine.");
    auto expected = m_ws.core().changes().apply(m_ws.eng, n, Action::Complete, in);
    QVERIFY(!expected.ok());
    QCOMPARE(expected.error().code, s("required_tasks_pending"));
    QVERIFY2(text.contains(expected.error().message), qPrintable(text));
    QVERIFY(text.contains(s("Finish them")));
    QCOMPARE(title, s("%1 cannot be completed").arg(formatChangeNumber(n)));
    QVERIFY(!text.contains(s("required_tasks_pending")) && !title.contains(s("required_tasks")));
    QCOMPARE_ENUM(m_ws.get(n).status, ChangeStatus::InProgress);
}

void TestWorkflows::rollingBack()
{
    const int n = m_ws.create(s("Switch the edge to HTTP/3"), 7, 22, {s("web-edge")});
    QVERIFY(m_ws.advance(n, ChangeStatus::InProgress));
    auto view = show(m_ws.appr, n);

    bool okWasDisabled = false;
    auto ran = onModal(s("reasonDialog"), [&okWasDisabled](QWidget *dialog) {
        QAbstractButton *ok = okButton(dialog);
        okWasDisabled = !ok->isEnabled(); // the reason is mandatory
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "reason"),
                         s("Handshake errors on older Android clients."));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(actionButton(view.get(), Action::Rollback), Qt::LeftButton);
    QTRY_VERIFY(*ran);
    QVERIFY(okWasDisabled);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(view.get(), "statusBadge")->text(),
                              label(ChangeStatus::RolledBack), 15000);
    QVERIFY(answered(view.get()));
    const ChangeRequest c = m_ws.get(n);
    QCOMPARE_ENUM(c.status, ChangeStatus::RolledBack);
    QCOMPARE(c.rolledBackBy, s("arno"));
    QVERIFY(c.rolledBackAt.isValid());
    QCOMPARE(c.rollbackReason, s("Handshake errors on older Android clients."));
    QCOMPARE(child<QLabel>(view.get(), "statusBadge")->text(), label(ChangeStatus::RolledBack));
    QVERIFY(child<QLabel>(view.get(), "people")->text().contains(s("Rolled back by arno")));
    QVERIFY(view->actionBar()->actions().isEmpty()); // terminal
}

void TestWorkflows::freezeOverrideAsksForAJustification()
{
    // Approved inside the quarter-end freeze (allow_override): the admin schedules with a reason.
    const int n = m_ws.create(s("Emergency fix for the settlement job"), 0, 0, {s("payments-api")});
    ChangeDraft d;
    d.plannedStart = DetailWorkspace::dayStart(31, 2);
    d.plannedEnd = DetailWorkspace::dayStart(31, 3);
    QVERIFY(m_ws.core().changes().edit(m_ws.eng, n, d).ok());
    TransitionInput in;
    in.overrideJustification = s("Submitted before the freeze was announced.");
    QVERIFY(m_ws.core().changes().apply(m_ws.admin, n, Action::Submit, in).ok());
    QVERIFY(m_ws.core().changes().apply(m_ws.appr, n, Action::Approve).ok());

    auto view = show(m_ws.admin, n);
    QString listed;
    auto ran = onModal(s("freezeOverrideDialog"), [&listed](QWidget *dialog) {
        listed = child<QLabel>(dialog, "freezeWindows")->text();
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "justification"),
                         s("Settlement fails nightly; finance signed off."));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(actionButton(view.get(), Action::Schedule), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(*ran, 15000);
    QVERIFY2(listed.contains(s("Quarter-end freeze")), qPrintable(listed));
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(view.get(), "statusBadge")->text(),
                              label(ChangeStatus::Scheduled), 15000);
    QCOMPARE_ENUM(m_ws.get(n).status, ChangeStatus::Scheduled);
}

QTEST_MAIN(TestWorkflows)
#include "tst_gui_workflows.moc"
