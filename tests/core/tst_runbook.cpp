// The runbook: parsing plans into tasks, generating them, the task FSM and the closure gate.
#include "TestWorkspace.h"

using namespace vigilo;
using namespace vigilo::test;

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
    auto tasks = ws.core().runbook().tasks(ws.viewer(), c->number);
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
    auto again = ws.core().runbook().generate(ws.engineer(), c->number);
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
    auto r = ws.core().runbook().start(ws.engineer(), c->number, 1);
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
    Runbook &rb = ws.core().runbook();
    const Actor eng = ws.engineer2();

    // Task 3 waits for 2, which waits for 1.
    QString before = ws.fingerprint();
    auto early = rb.start(eng, c->number, 3);
    QVERIFY(!early.ok());
    QCOMPARE(early.error().kind(), ErrorKind::Rule);
    QCOMPARE(ws.fingerprint(), before);
    // pending -> done directly is not a transition.
    QVERIFY(!rb.done(eng, c->number, 1).ok());
    QCOMPARE(ws.fingerprint(), before);

    const qint64 events = ws.auditCount();
    VERIFY_OK(rb.start(eng, c->number, 1));
    // Starting twice is refused.
    QVERIFY(!rb.start(eng, c->number, 1).ok());
    ws.clock().advanceSecs(300);
    auto done = rb.done(eng, c->number, 1);
    VERIFY_OK(done);
    QCOMPARE_ENUM(done->status, TaskStatus::Done);
    QCOMPARE(done->finishedAt, ws.now());
    QCOMPARE(done->finishedBy, QStringLiteral("engineer2"));
    QVERIFY(!rb.done(eng, c->number, 1).ok());
    QVERIFY(!rb.skip(eng, c->number, 1).ok());

    // 3 still waits for 2; skipping the optional 2 releases it.
    QVERIFY(!rb.start(eng, c->number, 3).ok());
    auto skipped = rb.skip(eng, c->number, 2);
    VERIFY_OK(skipped);
    QCOMPARE_ENUM(skipped->status, TaskStatus::Skipped);
    VERIFY_OK(rb.start(eng, c->number, 3));
    VERIFY_OK(rb.done(eng, c->number, 3));
    // Every task action was audited.
    QCOMPARE(ws.auditCount(), events + 5);

    // Unknown task.
    auto missing = rb.start(eng, c->number, 42);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), ErrorKind::Input);
}

void TestRunbook::skipOnlyWhenNotRequired()
{
    TestWorkspace &ws = *m_ws;
    auto c = changeWithTasks();
    VERIFY_OK(c);
    const QString before = ws.fingerprint();
    auto r = ws.core().runbook().skip(ws.engineer(), c->number, 1);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::Rule);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(ws.fingerprint(), before);
    VERIFY_OK(ws.core().runbook().start(ws.engineer(), c->number, 1));
    VERIFY_OK(ws.core().runbook().done(ws.engineer(), c->number, 1));
    auto optional = ws.core().runbook().skip(ws.engineer(), c->number, 2);
    VERIFY_OK(optional);
    QCOMPARE_ENUM(optional->status, TaskStatus::Skipped);
}

void TestRunbook::requiredTasksGateCompletion()
{
    TestWorkspace &ws = *m_ws;
    auto c = changeWithTasks();
    VERIFY_OK(c);
    Runbook &rb = ws.core().runbook();
    VERIFY_OK(rb.start(ws.engineer(), c->number, 1));
    VERIFY_OK(rb.done(ws.engineer(), c->number, 1));
    TransitionInput close;
    close.closureCode = ClosureCode::Successful;
    close.closureNotes = QStringLiteral("All good.");
    const QString before = ws.fingerprint();
    auto r = ws.core().changes().apply(ws.engineer(), c->number, Action::Complete, close);
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

    VERIFY_OK(rb.skip(ws.engineer(), c->number, 2));
    VERIFY_OK(rb.start(ws.engineer(), c->number, 3));
    // Still in progress is still pending.
    VERIFY_ERROR(ws.core().changes().apply(ws.engineer(), c->number, Action::Complete, close),
                 "required_tasks_pending");
    VERIFY_OK(rb.done(ws.engineer(), c->number, 3));
    auto completed = ws.core().changes().apply(ws.engineer(), c->number, Action::Complete, close);
    VERIFY_OK(completed);
    QCOMPARE_ENUM(completed->status, ChangeStatus::Completed);
    // Tasks cannot be worked once the change is closed.
    QVERIFY(!rb.start(ws.engineer(), c->number, 1).ok());
}

void TestRunbook::regenerateRefusedOnceStarted()
{
    TestWorkspace &ws = *m_ws;
    auto c = changeWithTasks();
    VERIFY_OK(c);
    VERIFY_OK(ws.core().runbook().start(ws.engineer(), c->number, 1));
    const QString before = ws.fingerprint();
    auto r = ws.core().runbook().generate(ws.engineer(), c->number);
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
    VERIFY_ERROR(ws.core().runbook().start(ws.viewer(), c->number, 1), "permission_denied");
    VERIFY_ERROR(ws.core().runbook().skip(ws.viewer(), c->number, 2), "permission_denied");
    VERIFY_ERROR(ws.core().runbook().generate(ws.viewer(), c->number), "permission_denied");
    QCOMPARE(ws.fingerprint(), before);
    // But may read them.
    auto tasks = ws.core().runbook().tasks(ws.viewer(), c->number);
    VERIFY_OK(tasks);
    QCOMPARE(tasks->size(), 3);
}

QTEST_GUILESS_MAIN(TestRunbook)
#include "tst_runbook.moc"
