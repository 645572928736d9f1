// Every refusal of the contract through the real binary: the Troubleshooting errors and the
// other rule codes (exit 1), bad usage and invalid input (exit 2), storage failures (exit 3),
// each with its --json error document, and nothing written by a refused command.
#include "CliFixture.h"

#include <QFile>
#include <QFileInfo>

using namespace vigilo::test;

namespace {

// Drives change `n` along the happy path as the ops members would.
bool drive(const CliSandbox &box, const QString &n, const QString &to, QByteArray *why)
{
    const QList<std::pair<QString, QStringList>> path = {
        {QStringLiteral("review"), {QStringLiteral("erik"), QStringLiteral("submit")}},
        {QStringLiteral("approved"), {QStringLiteral("anna"), QStringLiteral("approve")}},
        {QStringLiteral("scheduled"), {QStringLiteral("erik"), QStringLiteral("schedule")}},
        {QStringLiteral("in_progress"), {QStringLiteral("erik"), QStringLiteral("start")}},
    };
    for (const auto &[status, who] : path) {
        if (statusOf(box, n) == to)
            return true;
        QStringList command{QStringLiteral("change"), who.at(1), n};
        if (who.at(1) == QLatin1String("start")) // the planned windows lie ahead
            command << QStringLiteral("--justification") << QStringLiteral("Ahead of the window");
        const CliResult r = box.run(who.at(0), command);
        if (r.exitCode != 0) {
            *why = r.describe();
            return false;
        }
    }
    return statusOf(box, n) == to;
}
} // namespace

class TestCliErrors : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    // Troubleshooting
    void leadTimeViolation();
    void noEligibleApprovers();
    void freezeWindowBlocked();
    void closureRequired();
    void dependenciesUnmet();
    // The other rule codes
    void ruleRefusals_data();
    void ruleRefusals();
    void staleWrite();
    void notEligibleApprover();
    void auditVerifyReportsTampering();
    // Exit 2
    void badUsage_data();
    void badUsage();
    void badInput_data();
    void badInput();
    void workspaceIsolation();
    // Exit 3
    void storageFailures_data();
    void storageFailures();
    void schemaTooNew();

private:
    // The rows of these functions write nothing (badInput: nothing but its one valid change
    // afterwards, numbered after the last), so they share one sandbox: making one (a database,
    // on the server run a vigilo-server, the members and assets through the CLI) is most of a
    // row's time.
    static bool sharesTheSandbox(const char *function);
    std::unique_ptr<CliSandbox> m_box;
    QString m_boxFunction; // the function whose rows use m_box
    int m_created = 0;     // changes badInput's rows created in m_box
};

bool TestCliErrors::sharesTheSandbox(const char *function)
{
    return qstrcmp(function, "badUsage") == 0 || qstrcmp(function, "badInput") == 0
           || qstrcmp(function, "storageFailures") == 0;
}

void TestCliErrors::initTestCase()
{
    QVERIFY2(!cliPath().isEmpty(), "built without vigilo-cli");
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
}

void TestCliErrors::init()
{
    const char *function = QTest::currentTestFunction();
    if (m_box && m_boxFunction == QLatin1String(function) && sharesTheSandbox(function))
        return; // the previous row of this function left it as it found it
    m_box = std::make_unique<CliSandbox>();
    m_boxFunction = QString::fromLatin1(function);
    m_created = 0;
    QByteArray why;
    QVERIFY2(setUpOps(*m_box, &why), why.constData());
}

void TestCliErrors::cleanup()
{
    // A failed row may have left anything behind: the next row starts afresh.
    if (!sharesTheSandbox(QTest::currentTestFunction()) || QTest::currentTestFailed())
        m_box.reset();
}

void TestCliErrors::leadTimeViolation()
{
    const CliSandbox &box = *m_box;
    CliResult r =
        box.run(QStringLiteral("erik"),
                {QStringLiteral("change"), QStringLiteral("create"), QStringLiteral("--title"),
                 QStringLiteral("Too soon"), QStringLiteral("--asset"), QStringLiteral("web"),
                 QStringLiteral("--start"), isoIn(2 * 3600), QStringLiteral("--end"),
                 isoIn(3 * 3600), QStringLiteral("--implementation-plan"), QStringLiteral("1. do"),
                 QStringLiteral("--rollback-plan"), QStringLiteral("undo")});
    CLI_EXPECT(r, 0);
    const QString before = rawFingerprint(box.dbPath());
    r = box.runJson(QStringLiteral("erik"), args({"change", "submit", "CHG-00001"}));
    CLI_EXPECT_ERROR(r, 1, "lead_time_violation");
    QVERIFY(r.err.contains(QLatin1String("lead_time_violation")));
    QCOMPARE(rawFingerprint(box.dbPath()), before);
    // Troubleshooting: lower the lead time (engineers can), then it goes through.
    CLI_EXPECT(
        box.run(QStringLiteral("erik"), args({"change", "edit", "1", "--lead-time-hours", "1"})),
        0);
    CLI_EXPECT(box.run(QStringLiteral("erik"), args({"change", "submit", "1"})), 0);
}

void TestCliErrors::noEligibleApprovers()
{
    const CliSandbox &box = *m_box;
    // A workspace where the owner is alone: nobody else may approve.
    CLI_EXPECT(
        box.run(QStringLiteral("sole"), args({"workspace", "create", "solo", "--name", "Solo"})),
        0);
    QProcessEnvironment env = box.env(QStringLiteral("sole"), QStringLiteral("solo"));
    CLI_EXPECT(runCli(args({"asset", "add", "web"}), env), 0);
    CLI_EXPECT(runCli(validCreate(), env), 0);
    const QString before = rawFingerprint(box.dbPath());
    CliResult r = runCli(args({"--json", "change", "submit", "1"}), env);
    CLI_EXPECT_ERROR(r, 1, "no_eligible_approvers");
    QCOMPARE(rawFingerprint(box.dbPath()), before);
}

void TestCliErrors::freezeWindowBlocked()
{
    const CliSandbox &box = *m_box;
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate()), 0);
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate(QStringLiteral("Second"))), 0);
    CLI_EXPECT(box.run(QStringLiteral("adam"),
                       {QStringLiteral("freeze"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("Year-end freeze"), QStringLiteral("--start"),
                        isoIn(2 * 86400), QStringLiteral("--end"), isoIn(5 * 86400),
                        QStringLiteral("--reason"), QStringLiteral("Finance close")}),
               0);
    QString before = rawFingerprint(box.dbPath());
    CliResult r = box.runJson(QStringLiteral("erik"), args({"change", "submit", "1"}));
    CLI_EXPECT_ERROR(r, 1, "freeze_window_blocked");
    QVERIFY2(r.err.contains(QLatin1String("Year-end freeze"))
                 || r.out.contains(QLatin1String("Year-end freeze")),
             r.describe().constData());
    // The window does not allow overrides: not even the owner gets through.
    r = box.runJson(QStringLiteral("olga"),
                    args({"change", "submit", "1", "--override-freeze", "CEO says so"}));
    CLI_EXPECT_ERROR(r, 1, "freeze_window_blocked");
    QCOMPARE(rawFingerprint(box.dbPath()), before);
    QCOMPARE(statusOf(box, QStringLiteral("1")), QStringLiteral("draft"));

    // An overridable one: an engineer is refused, an admin with a justification passes, audited.
    CLI_EXPECT(
        box.run(QStringLiteral("adam"),
                {QStringLiteral("freeze"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Soft freeze"), QStringLiteral("--start"), isoIn(6 * 86400),
                 QStringLiteral("--end"), isoIn(8 * 86400), QStringLiteral("--allow-override"),
                 QStringLiteral("--asset"), QStringLiteral("db")}),
        0);
    CLI_EXPECT(box.run(QStringLiteral("erik"),
                       {QStringLiteral("change"), QStringLiteral("edit"), QStringLiteral("2"),
                        QStringLiteral("--asset"), QStringLiteral("db"), QStringLiteral("--start"),
                        isoIn(10 * 86400), QStringLiteral("--end"), isoIn(10 * 86400 + 3600)}),
               0);
    CLI_EXPECT(box.run(QStringLiteral("erik"), args({"change", "submit", "2"})), 0);
    CLI_EXPECT(box.run(QStringLiteral("anna"), args({"change", "approve", "2"})), 0);
    // Moving the window into the soft freeze after approval sends it back for approval...
    CLI_EXPECT(box.run(QStringLiteral("erik"),
                       {QStringLiteral("change"), QStringLiteral("edit"), QStringLiteral("2"),
                        QStringLiteral("--start"), isoIn(7 * 86400), QStringLiteral("--end"),
                        isoIn(7 * 86400 + 3600)}),
               0);
    QCOMPARE(statusOf(box, QStringLiteral("2")), QStringLiteral("review"));
    CLI_EXPECT(box.run(QStringLiteral("alex"), args({"change", "approve", "2"})), 0);
    // ... and scheduling into the freeze is refused.
    before = rawFingerprint(box.dbPath());
    r = box.runJson(QStringLiteral("erik"),
                    args({"change", "schedule", "2", "--override-freeze", "urgent"}));
    QVERIFY2(r.exitCode == 1, r.describe().constData());
    QCOMPARE(rawFingerprint(box.dbPath()), before);
    r = box.runJson(QStringLiteral("adam"), args({"change", "schedule", "2"}));
    CLI_EXPECT_ERROR(r, 1, "freeze_window_blocked");
    r = box.runJson(QStringLiteral("adam"), args({"change", "schedule", "2", "--override-freeze",
                                                  "Vendor deadline, approved by CAB 2026-11"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(statusOf(box, QStringLiteral("2")), QStringLiteral("scheduled"));
    r = box.runJson(QStringLiteral("vera"), args({"change", "history", "2"}));
    QVERIFY2(r.out.contains(QLatin1String("Vendor deadline, approved by CAB 2026-11")),
             r.describe().constData());
}

void TestCliErrors::closureRequired()
{
    const CliSandbox &box = *m_box;
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate()), 0);
    QByteArray why;
    QVERIFY2(drive(box, QStringLiteral("1"), QStringLiteral("in_progress"), &why), why.constData());
    const QString before = rawFingerprint(box.dbPath());
    CliResult r = box.runJson(QStringLiteral("erik"), args({"change", "complete", "1"}));
    CLI_EXPECT_ERROR(r, 1, "closure_required");
    r = box.runJson(QStringLiteral("erik"),
                    args({"change", "complete", "1", "--closure-code", "successful"}));
    CLI_EXPECT_ERROR(r, 1, "closure_required");
    QCOMPARE(rawFingerprint(box.dbPath()), before);
    // An unknown closure code is invalid input.
    r = box.runJson(QStringLiteral("erik"), args({"change", "complete", "1", "--closure-code",
                                                  "great", "--closure-notes", "x"}));
    QVERIFY2(r.exitCode == 2, r.describe().constData());
    QCOMPARE(rawFingerprint(box.dbPath()), before);
    // With tasks: required_tasks_pending names them.
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate(QStringLiteral("With tasks"))), 0);
    CLI_EXPECT(box.run(QStringLiteral("erik"), args({"task", "generate", "2"})), 0);
    QVERIFY2(drive(box, QStringLiteral("2"), QStringLiteral("in_progress"), &why), why.constData());
    r = box.runJson(QStringLiteral("erik"), args({"change", "complete", "2", "--closure-code",
                                                  "successful", "--closure-notes", "done"}));
    CLI_EXPECT_ERROR(r, 1, "required_tasks_pending");
    QVERIFY2(r.out.contains(QLatin1String("Drain node A"))
                 || r.err.contains(QLatin1String("Drain node A")),
             r.describe().constData());
}

void TestCliErrors::dependenciesUnmet()
{
    const CliSandbox &box = *m_box;
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate(QStringLiteral("Upstream"))), 0);
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate(QStringLiteral("Upstream two"))), 0);
    CLI_EXPECT(box.run(QStringLiteral("erik"), args({"change", "submit", "2"})), 0);
    QStringList a = validCreate(QStringLiteral("Downstream"));
    a << QStringLiteral("--depends-on") << QStringLiteral("CHG-00001")
      << QStringLiteral("--depends-on") << QStringLiteral("2");
    CLI_EXPECT(box.run(QStringLiteral("erik"), a), 0);
    QByteArray why;
    QVERIFY2(drive(box, QStringLiteral("3"), QStringLiteral("scheduled"), &why), why.constData());
    const QString before = rawFingerprint(box.dbPath());
    CliResult r = box.runJson(QStringLiteral("erik"), args({"change", "start", "CHG-00003"}));
    CLI_EXPECT_ERROR(r, 1, "dependencies_unmet");
    QMap<QString, QString> blockers;
    const auto collect = [&](const QJsonValue &v, const auto &self) -> void {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.contains(QStringLiteral("number")) && o.contains(QStringLiteral("status")))
                blockers.insert(o.value(QStringLiteral("number")).toString(),
                                o.value(QStringLiteral("status")).toString());
            for (const QJsonValue &c : o)
                self(c, self);
        } else if (v.isArray()) {
            for (const QJsonValue &c : v.toArray())
                self(c, self);
        }
    };
    collect(r.error().value(QStringLiteral("details")), collect);
    QMap<QString, QString> expected;
    expected.insert(QStringLiteral("CHG-00001"), QStringLiteral("draft"));
    expected.insert(QStringLiteral("CHG-00002"), QStringLiteral("review"));
    QCOMPARE(blockers, expected);
    // People see each blocker too.
    QVERIFY2(r.err.contains(QLatin1String("CHG-00001"))
                 && r.err.contains(QLatin1String("CHG-00002")),
             r.describe().constData());
    QCOMPARE(rawFingerprint(box.dbPath()), before);
    // Cancelling both releases the gate.
    CLI_EXPECT(
        box.run(QStringLiteral("erik"), args({"change", "cancel", "1", "--reason", "not needed"})),
        0);
    CLI_EXPECT(box.run(QStringLiteral("erik"), args({"change", "cancel", "2"})), 0);
    CLI_EXPECT(
        box.run(QStringLiteral("erik"), args({"change", "start", "3", "--justification",
                                              "Ahead of the window: the vendor is on site today"})),
        0);
}

void TestCliErrors::ruleRefusals_data()
{
    QTest::addColumn<QString>("prepareTo"); // status of CHG-00001 before the command
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("code");
    QTest::newRow("viewer creates") << QString() << QStringLiteral("vera") << validCreate()
                                    << QStringLiteral("permission_denied");
    QTest::newRow("viewer submits")
        << QStringLiteral("draft") << QStringLiteral("vera") << args({"change", "submit", "1"})
        << QStringLiteral("permission_denied");
    QTest::newRow("engineer approves")
        << QStringLiteral("review") << QStringLiteral("emma") << args({"change", "approve", "1"})
        << QStringLiteral("permission_denied");
    QTest::newRow("viewer adds a member")
        << QString() << QStringLiteral("vera") << args({"member", "add", "zed", "--role", "owner"})
        << QStringLiteral("permission_denied");
    QTest::newRow("approve a draft")
        << QStringLiteral("draft") << QStringLiteral("anna") << args({"change", "approve", "1"})
        << QStringLiteral("invalid_transition");
    QTest::newRow("start an approved change")
        << QStringLiteral("approved") << QStringLiteral("erik") << args({"change", "start", "1"})
        << QStringLiteral("invalid_transition");
    QTest::newRow("reopen a draft")
        << QStringLiteral("draft") << QStringLiteral("erik") << args({"change", "reopen", "1"})
        << QStringLiteral("invalid_transition");
    QTest::newRow("cancel in progress")
        << QStringLiteral("in_progress") << QStringLiteral("erik")
        << args({"change", "cancel", "1"}) << QStringLiteral("invalid_transition");
    QTest::newRow("reject without reason")
        << QStringLiteral("review") << QStringLiteral("anna") << args({"change", "reject", "1"})
        << QStringLiteral("reason_required");
    QTest::newRow("rollback without reason")
        << QStringLiteral("in_progress") << QStringLiteral("anna")
        << args({"change", "rollback", "1"}) << QStringLiteral("rollback_reason_required");
    QTest::newRow("engineer approves own change")
        << QStringLiteral("review") << QStringLiteral("erik")
        << args({"--as", "erik", "change", "approve", "1"}) << QStringLiteral("permission_denied");
    QTest::newRow("schedule without window")
        << QStringLiteral("nowindow") << QStringLiteral("erik") << args({"change", "schedule", "1"})
        << QStringLiteral("planned_window_required");
    QTest::newRow("submit without plans")
        << QStringLiteral("noplans") << QStringLiteral("erik") << args({"change", "submit", "1"})
        << QStringLiteral("validation_failed");
}

void TestCliErrors::ruleRefusals()
{
    QFETCH(QString, prepareTo);
    QFETCH(QString, user);
    QFETCH(QStringList, command);
    QFETCH(QString, code);
    const CliSandbox &box = *m_box;
    QByteArray why;
    if (prepareTo == QLatin1String("nowindow")) {
        CLI_EXPECT(
            box.run(QStringLiteral("erik"),
                    args({"change", "create", "--title", "Hotfix", "--type", "emergency", "--asset",
                          "web", "--implementation-plan", "1. fix", "--rollback-plan", "revert"})),
            0);
        QVERIFY2(drive(box, QStringLiteral("1"), QStringLiteral("approved"), &why),
                 why.constData());
    } else if (prepareTo == QLatin1String("noplans")) {
        CLI_EXPECT(box.run(QStringLiteral("erik"),
                           args({"change", "create", "--title", "Bare", "--asset", "web"})),
                   0);
    } else if (!prepareTo.isEmpty()) {
        CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate()), 0);
        QVERIFY2(drive(box, QStringLiteral("1"), prepareTo, &why), why.constData());
    }
    const QString before = rawFingerprint(box.dbPath());
    const CliResult r = box.runJson(user, command);
    CLI_EXPECT_ERROR(r, 1, qPrintable(code));
    QVERIFY2(r.error().value(QStringLiteral("code")).toString() == code, r.describe().constData());
    QCOMPARE(rawFingerprint(box.dbPath()), before);
}

void TestCliErrors::staleWrite()
{
    const CliSandbox &box = *m_box;
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate()), 0);
    const int version =
        showChange(box, QStringLiteral("1")).value(QStringLiteral("version")).toInt();
    QVERIFY(version >= 1);
    CLI_EXPECT(box.run(QStringLiteral("emma"),
                       args({"change", "edit", "1", "--description", "meanwhile"})),
               0);
    const QString before = rawFingerprint(box.dbPath());
    CliResult r =
        box.runJson(QStringLiteral("erik"),
                    {QStringLiteral("change"), QStringLiteral("edit"), QStringLiteral("1"),
                     QStringLiteral("--title"), QStringLiteral("Mine"),
                     QStringLiteral("--expect-version"), QString::number(version)});
    CLI_EXPECT_ERROR(r, 1, "stale_write");
    r = box.runJson(QStringLiteral("erik"),
                    {QStringLiteral("change"), QStringLiteral("submit"), QStringLiteral("1"),
                     QStringLiteral("--expect-version"), QString::number(version)});
    CLI_EXPECT_ERROR(r, 1, "stale_write");
    QCOMPARE(rawFingerprint(box.dbPath()), before);
}

void TestCliErrors::notEligibleApprover()
{
    const CliSandbox &box = *m_box;
    QStringList a = validCreate(QStringLiteral("Migrate primary database"));
    a << QStringLiteral("--risk") << QStringLiteral("high");
    CLI_EXPECT(box.run(QStringLiteral("erik"), a), 0);
    CLI_EXPECT(box.run(QStringLiteral("erik"), args({"change", "submit", "1"})), 0);
    CLI_EXPECT(box.run(QStringLiteral("anna"), args({"change", "approve", "1"})), 0);
    QCOMPARE(statusOf(box, QStringLiteral("1")), QStringLiteral("review"));
    const QString before = rawFingerprint(box.dbPath());
    CliResult r = box.runJson(QStringLiteral("alex"), args({"change", "approve", "1"}));
    CLI_EXPECT_ERROR(r, 1, "not_eligible_approver");
    QCOMPARE(rawFingerprint(box.dbPath()), before);
    // Self-approval by an approver who requested the change.
    CLI_EXPECT(box.run(QStringLiteral("alex"), validCreate(QStringLiteral("Alex's own"))), 0);
    CLI_EXPECT(box.run(QStringLiteral("alex"), args({"change", "submit", "2"})), 0);
    r = box.runJson(QStringLiteral("alex"), args({"change", "approve", "2"}));
    CLI_EXPECT_ERROR(r, 1, "self_approval_forbidden");
    CLI_EXPECT(box.run(QStringLiteral("adam"), args({"change", "approve", "1"})), 0);
    QCOMPARE(statusOf(box, QStringLiteral("1")), QStringLiteral("approved"));
}

void TestCliErrors::auditVerifyReportsTampering()
{
    const CliSandbox &box = *m_box;
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate()), 0);
    CLI_EXPECT(box.runJson(QStringLiteral("vera"), args({"audit", "verify"})), 0);
    const QString err = rawExec(
        box.dbPath(),
        rawUnlockAudit(box.dbPath())
            + QStringList{
                QStringLiteral(
                    "UPDATE audit_events SET new_values = '{\"role\":\"owner\"}' WHERE seq = 3"),
            });
    QVERIFY2(err.isEmpty(), qPrintable(err));
    CliResult r = box.runJson(QStringLiteral("vera"), args({"audit", "verify"}));
    QVERIFY2(r.exitCode != 0, r.describe().constData());
    QCOMPARE(r.exitCode, 1);
    const QJsonObject e = r.error();
    QVERIFY2(!e.value(QStringLiteral("code")).toString().isEmpty(), r.describe().constData());
    bool named = false;
    for (const QJsonValue &p :
         e.value(QStringLiteral("details")).toObject().value(QStringLiteral("problems")).toArray())
        named = named
                || (p.toObject().value(QStringLiteral("seq")).toInt() == 3
                    && p.toObject().value(QStringLiteral("kind")).toString()
                           == QLatin1String("altered"));
    QVERIFY2(named, r.describe().constData());
    QVERIFY2(r.err.contains(QLatin1String("#3")) || r.err.contains(QLatin1String("seq=3")),
             r.describe().constData());
    // Human mode too.
    r = box.run(QStringLiteral("vera"), args({"audit", "verify"}));
    QCOMPARE(r.exitCode, 1);
}

void TestCliErrors::badUsage_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("unknown command") << args({"frobnicate"});
    QTest::newRow("unknown subcommand") << args({"change", "explode", "1"});
    QTest::newRow("unknown option") << args({"change", "list", "--colour", "red"});
    QTest::newRow("missing --title") << args({"change", "create", "--asset", "web"});
    QTest::newRow("missing positional") << args({"change", "submit"});
    QTest::newRow("extra positional") << args({"change", "submit", "1", "2"});
    QTest::newRow("option without value") << args({"change", "create", "--title"});
    QTest::newRow("member add without role") << args({"member", "add", "zed"});
}

void TestCliErrors::badUsage()
{
    QFETCH(QStringList, command);
    const CliSandbox &box = *m_box;
    const QString before = rawFingerprint(box.dbPath());
    const CliResult r = box.runJson(QStringLiteral("erik"), command);
    CLI_EXPECT(r, 2);
    QVERIFY2(r.json().isObject(), r.describe().constData());
    QVERIFY2(!r.error().value(QStringLiteral("code")).toString().isEmpty(),
             r.describe().constData());
    QVERIFY2(!r.error().value(QStringLiteral("message")).toString().isEmpty(),
             r.describe().constData());
    QVERIFY2(r.err.contains(QLatin1String("vigilo-cli")), r.describe().constData());
    QCOMPARE(rawFingerprint(box.dbPath()), before);
    // Without --json stdout stays clean.
    const CliResult human = box.run(QStringLiteral("erik"), command);
    CLI_EXPECT(human, 2);
    QVERIFY2(human.out.isEmpty(), human.describe().constData());
}

void TestCliErrors::badInput_data()
{
    QTest::addColumn<QStringList>("command");
    const QString s = isoIn(3 * 86400);
    const QString e = isoIn(3 * 86400 + 3600);
    auto create = [&](const QStringList &extra) {
        return QStringList{QStringLiteral("change"), QStringLiteral("create")} + extra;
    };
    const QString t = QStringLiteral("--title");
    const QString T = QStringLiteral("A title");
    QTest::newRow("empty title") << create({t, QString()});
    QTest::newRow("blank title") << create({t, QStringLiteral("   ")});
    // Linux caps one argument at 128 KiB, so the "huge title" is 100,000 characters.
    QTest::newRow("huge title") << create({t, QString(100000, QLatin1Char('x'))});
    QTest::newRow("end before start")
        << create({t, T, QStringLiteral("--start"), e, QStringLiteral("--end"), s});
    QTest::newRow("malformed start")
        << create({t, T, QStringLiteral("--start"), QStringLiteral("tomorrow 9am"),
                   QStringLiteral("--end"), e});
    QTest::newRow("time without zone")
        << create({t, T, QStringLiteral("--start"), QStringLiteral("2031-01-01T10:00:00"),
                   QStringLiteral("--end"), e});
    QTest::newRow("impossible date")
        << create({t, T, QStringLiteral("--start"), QStringLiteral("2031-02-30T10:00:00Z"),
                   QStringLiteral("--end"), e});
    QTest::newRow("unknown asset")
        << create({t, T, QStringLiteral("--asset"), QStringLiteral("mainframe")});
    QTest::newRow("unknown dependency")
        << create({t, T, QStringLiteral("--depends-on"), QStringLiteral("CHG-00099")});
    QTest::newRow("bad type") << create({t, T, QStringLiteral("--type"), QStringLiteral("urgent")});
    QTest::newRow("bad priority") << create(
        {t, T, QStringLiteral("--priority"), QStringLiteral("p1")});
    QTest::newRow("bad lead time")
        << create({t, T, QStringLiteral("--lead-time-hours"), QStringLiteral("soon")});
    QTest::newRow("unknown CHG") << args({"change", "show", "CHG-00999"});
    QTest::newRow("malformed CHG") << args({"change", "show", "CHG-12x"});
    QTest::newRow("unknown task") << args({"task", "start", "CHG-00999", "1"});
    QTest::newRow("bad role") << args({"member", "add", "zed", "--role", "superuser"});
    QTest::newRow("bad workspace slug")
        << args({"workspace", "create", "Bad Slug!", "--name", "x"});
    QTest::newRow("freeze ends before start")
        << QStringList{QStringLiteral("freeze"),  QStringLiteral("add"),
                       QStringLiteral("--name"),  QStringLiteral("F"),
                       QStringLiteral("--start"), e,
                       QStringLiteral("--end"),   s};
}

void TestCliErrors::badInput()
{
    QFETCH(QStringList, command);
    const CliSandbox &box = *m_box;
    const QString before = rawFingerprint(box.dbPath());
    const QString user =
        command.value(0) == QLatin1String("freeze") || command.value(0) == QLatin1String("member")
            ? QStringLiteral("adam")
            : QStringLiteral("erik");
    const CliResult r = box.runJson(user, command);
    CLI_EXPECT(r, 2);
    QVERIFY2(r.json().isObject(), r.describe().constData());
    const QJsonObject e = r.error();
    QVERIFY2(!e.value(QStringLiteral("code")).toString().isEmpty(), r.describe().constData());
    QVERIFY2(!e.value(QStringLiteral("message")).toString().isEmpty(), r.describe().constData());
    QVERIFY2(e.value(QStringLiteral("message")).toString().size() < 2000,
             "the message echoes the whole input");
    QVERIFY2(e.value(QStringLiteral("details")).isObject(), r.describe().constData());
    QVERIFY2(!r.err.trimmed().isEmpty(), r.describe().constData());
    QCOMPARE(rawFingerprint(box.dbPath()), before);
    // A refused create does not consume a number: the next one follows the last created.
    const CliResult next = box.run(QStringLiteral("erik"), validCreate());
    CLI_EXPECT(next, 0);
    ++m_created;
    QCOMPARE(next.out.trimmed(), QStringLiteral("CHG-%1").arg(m_created, 5, 10, QLatin1Char('0')));
}

void TestCliErrors::workspaceIsolation()
{
    const CliSandbox &box = *m_box;
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate(QStringLiteral("Ops secret"))), 0);
    CLI_EXPECT(box.run(QStringLiteral("gina"),
                       args({"workspace", "create", "globex", "--name", "Globex"})),
               0);
    // gina (globex owner) cannot read ops; erik (ops engineer) cannot enter globex.
    const QString before = rawFingerprint(box.dbPath());
    CliResult r = runCli(args({"--json", "change", "show", "1"}),
                         box.env(QStringLiteral("gina"), QStringLiteral("ops")));
    QVERIFY2(r.exitCode == 1 || r.exitCode == 2, r.describe().constData());
    QVERIFY2(!r.out.contains(QLatin1String("Ops secret")), r.describe().constData());
    QVERIFY(!r.error().value(QStringLiteral("code")).toString().isEmpty());
    r = runCli(args({"--json", "change", "list"}),
               box.env(QStringLiteral("erik"), QStringLiteral("globex")));
    QVERIFY2(r.exitCode == 1 || r.exitCode == 2, r.describe().constData());
    r = runCli(args({"--json", "change", "list"}),
               box.env(QStringLiteral("gina"), QStringLiteral("globex")));
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("changes")).toArray().size(), 0);
    QCOMPARE(rawFingerprint(box.dbPath()), before);
}

void TestCliErrors::storageFailures_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QStringList>("command");
    QTest::newRow("folder that cannot exist, init")
        << QStringLiteral("/proc/nope/x.sqlite") << args({"init"});
    QTest::newRow("folder that cannot exist, list")
        << QStringLiteral("/proc/nope/x.sqlite") << args({"change", "list"});
    QTest::newRow("a directory") << QStringLiteral("@dir") << args({"change", "list"});
    QTest::newRow("missing file") << QStringLiteral("@missing") << args({"change", "list"});
    QTest::newRow("not a database") << QStringLiteral("@garbage") << args({"change", "list"});
}

void TestCliErrors::storageFailures()
{
    QFETCH(QString, location);
    QFETCH(QStringList, command);
    const CliSandbox &box = *m_box;
    if (location == QLatin1String("@dir")) {
        location = box.dir();
    } else if (location == QLatin1String("@missing")) {
        location = box.dir() + QStringLiteral("/nothing-here.sqlite");
    } else if (location == QLatin1String("@garbage")) {
        location = box.dir() + QStringLiteral("/garbage.sqlite");
        QFile f(location);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'z'));
    }
    const QByteArray garbageBefore = location.endsWith(QLatin1String("garbage.sqlite"))
                                         ? [&] { QFile f(location); f.open(QIODevice::ReadOnly); return f.readAll(); }()
                                         : QByteArray();
    QProcessEnvironment env = box.env(QStringLiteral("erik"));
    const CliResult r = runCli(
        QStringList{QStringLiteral("--json"), QStringLiteral("--db"), location} + command, env);
    CLI_EXPECT(r, 3);
    QVERIFY2(r.json().isObject(), r.describe().constData());
    QVERIFY2(!r.error().value(QStringLiteral("code")).toString().isEmpty(),
             r.describe().constData());
    QVERIFY2(!r.error().value(QStringLiteral("message")).toString().isEmpty(),
             r.describe().constData());
    QVERIFY2(!r.err.trimmed().isEmpty(), r.describe().constData());
    if (location.endsWith(QLatin1String("nothing-here.sqlite")))
        QVERIFY2(!QFile::exists(location), "a read command created a database file");
    if (!garbageBefore.isEmpty()) {
        QFile f(location);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.readAll() == garbageBefore, "the CLI wrote into a file that is not a database");
    }
}

void TestCliErrors::schemaTooNew()
{
    const CliSandbox &box = *m_box;
    (void)box.env(QStringLiteral("erik")); // on a server: erik signs in before the change
    const QString err =
        rawExec(box.dbPath(), {QStringLiteral("UPDATE vigilo_schema SET version = 99")});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QString before = rawFingerprint(box.dbPath());
    CliResult r = box.runJson(QStringLiteral("erik"), args({"change", "list"}));
    CLI_EXPECT_ERROR(r, 3, "schema_too_new");
    r = box.runJson(QStringLiteral("erik"), args({"init"}));
    CLI_EXPECT_ERROR(r, 3, "schema_too_new");
    QCOMPARE(rawFingerprint(box.dbPath()), before);
}

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
