// The write rules from the outside, through the real vigilo-cli binary on both backends:
// starting outside the planned window needs --justification (an exception in the history),
// reopening needs --reason, a demoted member's next command is refused, and Suggest similar
// never shows another workspace's change.
#include "CliFixture.h"

using namespace vigilo::test;

class TestCliWriteRules : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void startOutsideThePlannedWindowNeedsAJustification();
    void reopenNeedsAReason();
    void demotedMemberIsRefused();
    void similarStaysInItsWorkspace();

private:
    bool scheduled(const QString &title = QStringLiteral("Rotate TLS certificate"));
    QJsonObject lastEvent(const QString &number);
    std::unique_ptr<CliSandbox> m_box;
    QByteArray m_why;
};

void TestCliWriteRules::init()
{
    m_box = std::make_unique<CliSandbox>();
    QVERIFY(m_box->ok());
    QVERIFY2(setUpOps(*m_box, &m_why), m_why.constData());
}

void TestCliWriteRules::cleanup()
{
    m_box.reset();
}

// Creates a change (its window three days ahead) and drives it to scheduled.
bool TestCliWriteRules::scheduled(const QString &title)
{
    const QList<std::pair<QString, QStringList>> steps = {
        {QStringLiteral("erik"), validCreate(title)},
        {QStringLiteral("erik"), args({"change", "submit", "1"})},
        {QStringLiteral("anna"), args({"change", "approve", "1"})},
        {QStringLiteral("erik"), args({"change", "schedule", "1"})},
    };
    for (const auto &[user, command] : steps) {
        const CliResult r = m_box->run(user, command);
        if (r.exitCode != 0) {
            m_why = r.describe();
            return false;
        }
    }
    return true;
}

QJsonObject TestCliWriteRules::lastEvent(const QString &number)
{
    const CliResult r = m_box->runJson(
        QStringLiteral("vera"), {QStringLiteral("change"), QStringLiteral("history"), number});
    const QJsonArray events = r.json().object().value(QStringLiteral("events")).toArray();
    return events.isEmpty() ? QJsonObject() : events.last().toObject();
}

void TestCliWriteRules::startOutsideThePlannedWindowNeedsAJustification()
{
    QVERIFY2(scheduled(), m_why.constData());
    const QString before = rawFingerprint(m_box->dbPath());
    CliResult r = m_box->runJson(QStringLiteral("erik"), args({"change", "start", "1"}));
    CLI_EXPECT_ERROR(r, 1, "outside_planned_window");
    QCOMPARE(r.error()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("when"))
                 .toString(),
             QStringLiteral("before_planned_start"));
    QVERIFY2(r.err.contains(QLatin1String("CHG-00001"))
                 && r.err.contains(QLatin1String("justification")),
             r.describe().constData());
    CLI_EXPECT(
        m_box->run(QStringLiteral("erik"), args({"change", "start", "1", "--justification", ""})),
        2);
    QCOMPARE(rawFingerprint(m_box->dbPath()), before);

    r = m_box->runJson(QStringLiteral("erik"), args({"change", "start", "1", "--justification",
                                                     "The vendor engineer is on site today only"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(statusOf(*m_box, QStringLiteral("1")), QStringLiteral("in_progress"));
    const QJsonObject e = lastEvent(QStringLiteral("1"));
    QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("change.start"));
    const QJsonObject exception = e.value(QStringLiteral("new_values"))
                                      .toObject()
                                      .value(QStringLiteral("exception"))
                                      .toObject();
    QCOMPARE(exception.value(QStringLiteral("rule")).toString(),
             QStringLiteral("outside_planned_window"));
    QCOMPARE(exception.value(QStringLiteral("justification")).toString(),
             QStringLiteral("The vendor engineer is on site today only"));
    CLI_EXPECT(m_box->run(QStringLiteral("olga"), args({"audit", "verify"})), 0);
}

void TestCliWriteRules::reopenNeedsAReason()
{
    QVERIFY2(scheduled(), m_why.constData());
    CLI_EXPECT(m_box->run(QStringLiteral("erik"),
                          args({"change", "start", "1", "--justification", "Ahead of the window"})),
               0);
    CLI_EXPECT(m_box->run(QStringLiteral("erik"),
                          args({"change", "complete", "1", "--closure-code", "successful",
                                "--closure-notes", "Done as planned."})),
               0);
    const QString before = rawFingerprint(m_box->dbPath());
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("erik"),
                                    args({"change", "reopen", "1", "--comment", "again"})),
                     1, "reason_required");
    CLI_EXPECT_ERROR(
        m_box->runJson(QStringLiteral("erik"), args({"change", "reopen", "1", "--reason", "  "})),
        1, "reason_required");
    QCOMPARE(rawFingerprint(m_box->dbPath()), before);
    CLI_EXPECT(m_box->run(QStringLiteral("erik"),
                          args({"change", "reopen", "1", "--reason",
                                "Monitoring shows the old certificate on node B"})),
               0);
    QCOMPARE(statusOf(*m_box, QStringLiteral("1")), QStringLiteral("in_progress"));
    const QJsonObject e = lastEvent(QStringLiteral("1"));
    QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("change.reopen"));
    QCOMPARE(
        e.value(QStringLiteral("new_values")).toObject().value(QStringLiteral("reason")).toString(),
        QStringLiteral("Monitoring shows the old certificate on node B"));
}

// A member demoted by an admin is refused at their next write (each command re-reads the role
// inside its transaction), and the refusal writes nothing.
void TestCliWriteRules::demotedMemberIsRefused()
{
    CLI_EXPECT(m_box->run(QStringLiteral("erik"), validCreate()), 0);
    CLI_EXPECT(m_box->run(QStringLiteral("olga"),
                          args({"member", "set-role", "erik", "--role", "viewer"})),
               0);
    const QString before = rawFingerprint(m_box->dbPath());
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("erik"), args({"change", "submit", "1"})), 1,
                     "permission_denied");
    CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("erik"), validCreate()), 1, "permission_denied");
    QCOMPARE(rawFingerprint(m_box->dbPath()), before);
}

// The reported case: a member of `ops` only asks for changes similar to theirs while another
// workspace of the same database has changes with the same title words.
void TestCliWriteRules::similarStaysInItsWorkspace()
{
    CLI_EXPECT(m_box->run(QStringLiteral("erik"), validCreate()), 0);
    CLI_EXPECT(m_box->run(QStringLiteral("erik"), validCreate(QStringLiteral("Rotate TLS keys"))),
               0);
    CLI_EXPECT(m_box->run(QStringLiteral("olga"),
                          args({"workspace", "create", "globex", "--name", "Globex"})),
               0);
    QProcessEnvironment globex = m_box->env(QStringLiteral("olga"), QStringLiteral("globex"));
    CliResult r = runCli(args({"asset", "add", "web"}), globex);
    CLI_EXPECT(r, 0);
    QStringList secret = validCreate(QStringLiteral("Rotate TLS certificate Globex secret"));
    r = runCli(secret, globex);
    CLI_EXPECT(r, 0);
    r = m_box->runJson(QStringLiteral("erik"), args({"change", "similar", "1"}));
    CLI_EXPECT(r, 0);
    QVERIFY2(!r.out.contains(QLatin1String("Globex")), r.describe().constData());
    QVERIFY2(r.out.contains(QLatin1String("Rotate TLS keys")), r.describe().constData());
    r = m_box->run(QStringLiteral("erik"), args({"change", "similar", "CHG-00001"}));
    CLI_EXPECT(r, 0);
    QVERIFY2(!r.out.contains(QLatin1String("Globex")), r.describe().constData());
}

QTEST_GUILESS_MAIN(TestCliWriteRules)
#include "tst_cli_write_rules.moc"
