// The runbook: parsing plans into tasks, generating them, the task FSM and the closure gate.
// Every task action under test goes through the Client as the member (in process on SQLite and
// PostgreSQL, over a real vigilo-server on the server backend); set-up and checks read the core.
#include "TestWorkspace.h"

#include "Client.h"

using namespace vigilo;
using namespace vigilo::test;

namespace {
// The runbook's actions as one member, through the Client.
struct TasksAs {
    client::Client &client;
    Result<ChangeTask> start(int number, int seq)
    {
        return client.moveTask(number, seq, TaskStatus::InProgress);
    }
    Result<ChangeTask> done(int number, int seq)
    {
        return client.moveTask(number, seq, TaskStatus::Done);
    }
    Result<ChangeTask> skip(int number, int seq)
    {
        return client.moveTask(number, seq, TaskStatus::Skipped);
    }
    Result<QList<ChangeTask>> generate(int number) { return client.generateTasks(number); }
    Result<QList<ChangeTask>> tasks(int number) { return client.tasks(number); }
};

TasksAs tasksAs(TestWorkspace &ws, const char *member)
{
    return {ws.client(QString::fromLatin1(member))};
}
} // namespace

class TestRunbook : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void parsePlan_data();
    void parsePlan();
    void generateMakesChainedTasks();
    void taskStartsOnlyWhileChangeInProgress_data();
    void taskStartsOnlyWhileChangeInProgress();
    void taskFsm();
    void skipOnlyWhenNotRequired();
    void requiredTasksGateCompletion();
    void regenerateRefusedOnceStarted();
    void viewerCannotWorkTasks();

private:
    std::unique_ptr<TestWorkspace> m_ws;
    // A change in progress whose plan is: 1 required, 2 optional, 3 required.
    Result<ChangeRequest> changeWithTasks(ChangeStatus status = ChangeStatus::InProgress);
};

void TestRunbook::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
}

void TestRunbook::cleanupTestCase()
{
    m_ws.reset();
}

Result<ChangeRequest> TestRunbook::changeWithTasks(ChangeStatus status)
{
    ChangeDraft d = m_ws->validDraft(QStringLiteral("Runbook change"));
    d.implementationPlan = QStringLiteral("1. Put the node in maintenance\n"
                                          "2. Warm the cache (optional)\n"
                                          "3. Take the node out of maintenance");
    auto c = m_ws->createChange(d);
    if (!c.ok())
        return c.error();
    auto generated = m_ws->core().runbook().generate(m_ws->engineer(), c->number);
    if (!generated.ok())
        return generated.error();
    return m_ws->push(c->number, status);
}

void TestRunbook::parsePlan_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QList<bool>>("required");
    QTest::newRow("numbered") << QStringLiteral("1. Drain node\n2. Patch kernel\n3. Reboot")
                              << QStringList{QStringLiteral("Drain node"),
                                             QStringLiteral("Patch kernel"),
                                             QStringLiteral("Reboot")}
                              << QList<bool>{true, true, true};
    QTest::newRow("numbered with parens and optional")
        << QStringLiteral("1) Snapshot VM\n2) Notify #ops (optional)\n3) Apply patch")
        << QStringList{QStringLiteral("Snapshot VM"), QStringLiteral("Notify #ops"),
                       QStringLiteral("Apply patch")}
        << QList<bool>{true, false, true};
    QTest::newRow("bulleted") << QStringLiteral(
        "- Stop writers\n* Dump schema\n- Restart writers (optional)")
                              << QStringList{QStringLiteral("Stop writers"),
                                             QStringLiteral("Dump schema"),
                                             QStringLiteral("Restart writers")}
                              << QList<bool>{true, true, false};
    QTest::newRow("prose around a list keeps only the list")
        << QStringLiteral("We do this at night.\n\n1. Failover\n2. Verify replication\n\nCall Bob "
                          "if it fails.")
        << QStringList{QStringLiteral("Failover"), QStringLiteral("Verify replication")}
        << QList<bool>{true, true};
    QTest::newRow("plain lines, blank lines ignored")
        << QStringLiteral("Stop service\n\n   \nStart service\n")
        << QStringList{QStringLiteral("Stop service"), QStringLiteral("Start service")}
        << QList<bool>{true, true};
    QTest::newRow("indented, CRLF, two-digit numbers")
        << QStringLiteral("  9. Nine\r\n  10. Ten (optional)\r\n")
        << QStringList{QStringLiteral("Nine"), QStringLiteral("Ten")} << QList<bool>{true, false};
    QTest::newRow("empty") << QString() << QStringList() << QList<bool>();
    QTest::newRow("non-Latin") << QStringLiteral(
        "1. Überprüfen der Zertifikate\n2. 检查日志 (optional)")
                               << QStringList{QStringLiteral("Überprüfen der Zertifikate"),
                                              QStringLiteral("检查日志")}
                               << QList<bool>{true, false};
}

void TestRunbook::parsePlan()
{
    QFETCH(QString, plan);
    QFETCH(QStringList, titles);
    QFETCH(QList<bool>, required);
    const QList<RunbookLine> lines = Runbook::parsePlan(plan);
    QStringList actualTitles;
    QList<bool> actualRequired;
    for (const RunbookLine &l : lines) {
        actualTitles << l.title;
        actualRequired << l.isRequired;
    }
    QCOMPARE(actualTitles, titles);
    QCOMPARE(actualRequired, required);
}

void TestRunbook::generateMakesChainedTasks()
{
    TestWorkspace &ws = *m_ws;
    auto c = changeWithTasks(ChangeStatus::Draft);
    VERIFY_OK(c);
    auto tasks = tasksAs(ws, "viewer").tasks(c->number);
    VERIFY_OK(tasks);
    QCOMPARE(tasks->size(), 3);
    for (int i = 0; i < 3; ++i) {
        const ChangeTask &t = tasks->at(i);
        QCOMPARE(t.seq, i + 1);
        QCOMPARE_ENUM(t.status, TaskStatus::Pending);
        QCOMPARE(t.predecessors, i == 0 ? QList<int>{} : QList<int>{i});
    }
    QCOMPARE(tasks->at(0).title, QStringLiteral("Put the node in maintenance"));
    QVERIFY(tasks->at(0).isRequired);
    QVERIFY(!tasks->at(1).isRequired);
    QVERIFY(tasks->at(2).isRequired);

    // Regenerating while everything is pending replaces the tasks (no duplicates).
    ChangeDraft d;
    d.implementationPlan = QStringLiteral("1. Only step");
    VERIFY_OK(ws.core().changes().edit(ws.engineer(), c->number, d));
    auto again = tasksAs(ws, "engineer").generate(c->number);
    VERIFY_OK(again);
    QCOMPARE(again->size(), 1);
    QCOMPARE(ws.count(QStringLiteral("change_tasks"), QStringLiteral("change_id = %1").arg(c->id)),
             qint64(1));
}

void TestRunbook::taskStartsOnlyWhileChangeInProgress_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("draft") << int(ChangeStatus::Draft) << false;
    QTest::newRow("review") << int(ChangeStatus::Review) << false;
    QTest::newRow("approved") << int(ChangeStatus::Approved) << false;
    QTest::newRow("scheduled") << int(ChangeStatus::Scheduled) << false;
    QTest::newRow("in_progress") << int(ChangeStatus::InProgress) << true;
    QTest::newRow("cancelled") << int(ChangeStatus::Cancelled) << false;
}

void TestRunbook::taskStartsOnlyWhileChangeInProgress()
{
    QFETCH(int, status);
    QFETCH(bool, allowed);
    TestWorkspace &ws = *m_ws;
    auto c = changeWithTasks(ChangeStatus(status));
    VERIFY_OK(c);
    const QString before = ws.fingerprint();
    auto r = tasksAs(ws, "engineer").start(c->number, 1);
    if (allowed) {
        VERIFY_OK(r);
        QCOMPARE_ENUM(r->status, TaskStatus::InProgress);
        QCOMPARE(r->startedAt, ws.now());
        QCOMPARE(r->startedBy, QStringLiteral("engineer"));
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ErrorKind::Rule);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(ws.fingerprint(), before);
    }
}

void TestRunbook::taskFsm()
{
    TestWorkspace &ws = *m_ws;
    auto c = changeWithTasks();
    VERIFY_OK(c);
    TasksAs rb = tasksAs(ws, "engineer2");

    // Task 3 waits for 2, which waits for 1.
    QString before = ws.fingerprint();
    auto early = rb.start(c->number, 3);
    QVERIFY(!early.ok());
    QCOMPARE(early.error().kind(), ErrorKind::Rule);
    QCOMPARE(ws.fingerprint(), before);
    // pending -> done directly is not a transition.
    QVERIFY(!rb.done(c->number, 1).ok());
    QCOMPARE(ws.fingerprint(), before);

    const qint64 events = ws.auditCount();
    VERIFY_OK(rb.start(c->number, 1));
    // Starting twice is refused.
    QVERIFY(!rb.start(c->number, 1).ok());
    ws.clock().advanceSecs(300);
    auto done = rb.done(c->number, 1);
    VERIFY_OK(done);
    QCOMPARE_ENUM(done->status, TaskStatus::Done);
    QCOMPARE(done->finishedAt, ws.now());
    QCOMPARE(done->finishedBy, QStringLiteral("engineer2"));
    QVERIFY(!rb.done(c->number, 1).ok());
    QVERIFY(!rb.skip(c->number, 1).ok());

    // 3 still waits for 2; skipping the optional 2 releases it.
    QVERIFY(!rb.start(c->number, 3).ok());
    auto skipped = rb.skip(c->number, 2);
    VERIFY_OK(skipped);
    QCOMPARE_ENUM(skipped->status, TaskStatus::Skipped);
    VERIFY_OK(rb.start(c->number, 3));
    VERIFY_OK(rb.done(c->number, 3));
    // Every task action was audited.
    QCOMPARE(ws.auditCount(), events + 5);

    // Unknown task.
    auto missing = rb.start(c->number, 42);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), ErrorKind::Input);
}

void TestRunbook::skipOnlyWhenNotRequired()
{
    TestWorkspace &ws = *m_ws;
    auto c = changeWithTasks();
    VERIFY_OK(c);
    const QString before = ws.fingerprint();
    auto r = tasksAs(ws, "engineer").skip(c->number, 1);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::Rule);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(ws.fingerprint(), before);
    VERIFY_OK(tasksAs(ws, "engineer").start(c->number, 1));
    VERIFY_OK(tasksAs(ws, "engineer").done(c->number, 1));
    auto optional = tasksAs(ws, "engineer").skip(c->number, 2);
    VERIFY_OK(optional);
    QCOMPARE_ENUM(optional->status, TaskStatus::Skipped);
}

void TestRunbook::requiredTasksGateCompletion()
{
    TestWorkspace &ws = *m_ws;
    auto c = changeWithTasks();
    VERIFY_OK(c);
    TasksAs rb = tasksAs(ws, "engineer");
    VERIFY_OK(rb.start(c->number, 1));
    VERIFY_OK(rb.done(c->number, 1));
    TransitionInput close;
    close.closureCode = ClosureCode::Successful;
    close.closureNotes = QStringLiteral("All good.");
    const QString before = ws.fingerprint();
    auto r = rb.client.apply(c->number, Action::Complete, close);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("required_tasks_pending"));
    QCOMPARE(r.error().kind(), ErrorKind::Rule);
    QCOMPARE(ws.fingerprint(), before);
    // The details list the pending required task (3) and not the optional one (2) nor the done one.
    QList<int> listed;
    for (const QJsonObject &o :
         objectsWithKeys(QJsonValue(r.error().details), {QStringLiteral("seq")}))
        listed << o.value(QStringLiteral("seq")).toInt();
    QCOMPARE(listed, QList<int>{3});

    VERIFY_OK(rb.skip(c->number, 2));
    VERIFY_OK(rb.start(c->number, 3));
    // Still in progress is still pending.
    VERIFY_ERROR(rb.client.apply(c->number, Action::Complete, close), "required_tasks_pending");
    VERIFY_OK(rb.done(c->number, 3));
    auto completed = rb.client.apply(c->number, Action::Complete, close);
    VERIFY_OK(completed);
    QCOMPARE_ENUM(completed->status, ChangeStatus::Completed);
    // Tasks cannot be worked once the change is closed.
    QVERIFY(!rb.start(c->number, 1).ok());
}

void TestRunbook::regenerateRefusedOnceStarted()
{
    TestWorkspace &ws = *m_ws;
    auto c = changeWithTasks();
    VERIFY_OK(c);
    VERIFY_OK(tasksAs(ws, "engineer").start(c->number, 1));
    const QString before = ws.fingerprint();
    auto r = tasksAs(ws, "engineer").generate(c->number);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(ws.fingerprint(), before);
}

void TestRunbook::viewerCannotWorkTasks()
{
    TestWorkspace &ws = *m_ws;
    auto c = changeWithTasks();
    VERIFY_OK(c);
    const QString before = ws.fingerprint();
    VERIFY_ERROR(tasksAs(ws, "viewer").start(c->number, 1), "permission_denied");
    VERIFY_ERROR(tasksAs(ws, "viewer").skip(c->number, 2), "permission_denied");
    VERIFY_ERROR(tasksAs(ws, "viewer").generate(c->number), "permission_denied");
    QCOMPARE(ws.fingerprint(), before);
    // But may read them.
    auto tasks = tasksAs(ws, "viewer").tasks(c->number);
    VERIFY_OK(tasks);
    QCOMPARE(tasks->size(), 3);
}

QTEST_GUILESS_MAIN(TestRunbook)
#include "tst_runbook.moc"
