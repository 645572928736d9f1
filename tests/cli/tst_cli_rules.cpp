// The core's "can I" rules and the rules of the record through the real binary: what the CLI
// refuses is the core's answer word for word, an accepted risk level cannot be accepted again,
// an unanswered questionnaire is "not assessed", and a change still in progress after its
// planned end is overrunning (the binary's clock is the system clock).
#include "CliFixture.h"

#include "Clock.h"
#include "Store.h"
#include "Vigilo.h"

using namespace vigilo;
using namespace vigilo::test;

namespace {

// A change of erik's in progress whose planned window ended a week ago: made through the core
// with a clock ten days back (the window ahead at submission, "now" inside it at the start).
Result<ChangeRequest> overrunningChange(const CliSandbox &box)
{
    auto store = Store::open(box.dbPath(), Store::OpenMode::ExistingOnly);
    if (!store)
        return store.error();
    const QDateTime then = QDateTime::currentDateTimeUtc().addDays(-10);
    ManualClock clock(QDateTime(then.date(), QTime(8, 0), Qt::UTC));
    Vigilo core(**store, clock);
    auto erik = core.workspaces().signIn(QStringLiteral("ops"), QStringLiteral("erik"));
    auto anna = core.workspaces().signIn(QStringLiteral("ops"), QStringLiteral("anna"));
    if (!erik || !anna)
        return (erik ? anna : erik).error();
    ChangeDraft d;
    d.title = QStringLiteral("Resize the database volume");
    d.plannedStart = clock.now().addSecs(30 * 3600);
    d.plannedEnd = clock.now().addSecs(33 * 3600);
    d.affectedAssets = QStringList{QStringLiteral("db")};
    d.implementationPlan = QStringLiteral("1. Snapshot\n2. Resize\n3. Verify (optional)");
    d.rollbackPlan = QStringLiteral("Restore the snapshot");
    auto c = core.changes().create(*erik, d);
    if (!c)
        return c.error();
    if (auto t = core.runbook().generate(*erik, c->number); !t)
        return t.error();
    for (const auto &[who, action] :
         {std::pair{*erik, Action::Submit}, std::pair{*anna, Action::Approve},
          std::pair{*erik, Action::Schedule}}) {
        auto r = core.changes().apply(who, c->number, action);
        if (!r)
            return r.error();
    }
    clock.setNow(d.plannedStart->addSecs(3600)); // inside the window
    return core.changes().apply(*erik, c->number, Action::Start);
}

} // namespace

class TestCliRules : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void taskRefusalIsTheCoresAnswer();
    void riskAcceptedTwiceIsRefused();
    void notAssessedInTextAndJson();
    void overrunningInShowAndList();

private:
    std::unique_ptr<CliSandbox> m_box;
};

void TestCliRules::init()
{
    m_box = std::make_unique<CliSandbox>();
    QVERIFY2(m_box->ok(), "sandbox");
    QByteArray why;
    QVERIFY2(setUpOps(*m_box, &why), why.constData());
}

void TestCliRules::cleanup()
{
    m_box.reset();
}

// `task start` on a task whose predecessor is pending, and as a viewer: the CLI's refusal is
// the answer the Implementation tasks tab shows, and nothing is written.
void TestCliRules::taskRefusalIsTheCoresAnswer()
{
    auto c = overrunningChange(*m_box);
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
    const QString n = c->numberText();
    auto answerFor = [&](const QString &user, int seq) {
        auto store = Store::open(m_box->dbPath(), Store::OpenMode::ExistingOnly);
        SystemClock clock;
        Vigilo core(**store, clock);
        auto who = core.workspaces().signIn(QStringLiteral("ops"), user);
        auto change = core.changes().get(*who, c->number);
        auto tasks = core.runbook().tasks(*who, c->number);
        return Runbook::taskRefusal(*who, *change, (*tasks)[seq - 1], *tasks,
                                    Runbook::TaskAction::Start);
    };
    const QString before = rawFingerprint(m_box->dbPath());
    for (const auto &[user, seq, code] :
         {std::tuple{QStringLiteral("erik"), 2, "predecessors_pending"},
          std::tuple{QStringLiteral("vera"), 1, "permission_denied"}}) {
        const auto answer = answerFor(user, seq);
        QVERIFY(answer.has_value());
        QCOMPARE(answer->code, QString::fromLatin1(code));
        const CliResult r = m_box->runJson(
            user, {QStringLiteral("task"), QStringLiteral("start"), n, QString::number(seq)});
        CLI_EXPECT_ERROR(r, 1, code);
        QCOMPARE(r.error().value(QStringLiteral("message")).toString(), answer->message);
    }
    QCOMPARE(rawFingerprint(m_box->dbPath()), before);
    // What the core allows goes through.
    QVERIFY(!answerFor(QStringLiteral("erik"), 1).has_value());
    CLI_EXPECT(m_box->run(QStringLiteral("erik"), {QStringLiteral("task"), QStringLiteral("start"),
                                                   n, QStringLiteral("1")}),
               0);
}

// Accepting the suggestion twice would audit a decision that changes nothing: refused.
void TestCliRules::riskAcceptedTwiceIsRefused()
{
    const CliResult created = m_box->run(QStringLiteral("erik"), validCreate());
    CLI_EXPECT(created, 0);
    const QString n = QStringLiteral("1");
    for (const char *key : {"impact_if_fails", "users_affected", "tested_preprod",
                            "rollback_tested", "complexity", "done_before"})
        CLI_EXPECT(
            m_box->run(QStringLiteral("erik"), {QStringLiteral("risk"), QStringLiteral("answer"), n,
                                                QString::fromLatin1(key), QStringLiteral("1")}),
            0);
    CLI_EXPECT(
        m_box->run(QStringLiteral("erik"), {QStringLiteral("risk"), QStringLiteral("accept"), n}),
        0);
    const QString before = rawFingerprint(m_box->dbPath());
    const CliResult again = m_box->runJson(QStringLiteral("erik"),
                                           {QStringLiteral("risk"), QStringLiteral("accept"), n});
    CLI_EXPECT_ERROR(again, 1, "risk_already_accepted");
    QCOMPARE(rawFingerprint(m_box->dbPath()), before);
}

void TestCliRules::notAssessedInTextAndJson()
{
    CLI_EXPECT(m_box->run(QStringLiteral("erik"), validCreate()), 0);
    const QJsonObject change = showChange(*m_box, QStringLiteral("1"));
    QVERIFY(change.contains(QStringLiteral("risk_level")));
    QVERIFY(change.value(QStringLiteral("risk_level")).isNull());
    QCOMPARE(change.value(QStringLiteral("risk_assessed")).toBool(true), false);
    const CliResult list =
        m_box->runJson(QStringLiteral("vera"), {QStringLiteral("change"), QStringLiteral("list")});
    CLI_EXPECT(list, 0);
    const QJsonObject row =
        list.json().object().value(QStringLiteral("changes")).toArray().first().toObject();
    QCOMPARE(row.value(QStringLiteral("risk_assessed")).toBool(true), false);
    for (const QStringList &args :
         {QStringList{QStringLiteral("change"), QStringLiteral("show"), QStringLiteral("1")},
          QStringList{QStringLiteral("change"), QStringLiteral("list")}}) {
        const CliResult text = m_box->run(QStringLiteral("vera"), args);
        CLI_EXPECT(text, 0);
        QVERIFY2(text.out.contains(QStringLiteral("not assessed")), text.describe().constData());
    }
}

void TestCliRules::overrunningInShowAndList()
{
    auto c = overrunningChange(*m_box);
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
    CLI_EXPECT(m_box->run(QStringLiteral("erik"), validCreate()), 0); // a draft: not overrunning
    const QJsonObject shown = showChange(*m_box, c->numberText());
    QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(shown.value(QStringLiteral("overrunning")).toBool(), true);
    const CliResult list =
        m_box->runJson(QStringLiteral("vera"), {QStringLiteral("change"), QStringLiteral("list")});
    CLI_EXPECT(list, 0);
    int overrunning = 0;
    for (const QJsonValue &v : list.json().object().value(QStringLiteral("changes")).toArray()) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.contains(QStringLiteral("overrunning")));
        if (o.value(QStringLiteral("overrunning")).toBool()) {
            ++overrunning;
            QCOMPARE(o.value(QStringLiteral("number")).toString(), c->numberText());
        }
    }
    QCOMPARE(overrunning, 1);
    const CliResult text =
        m_box->run(QStringLiteral("vera"),
                   {QStringLiteral("change"), QStringLiteral("show"), c->numberText()});
    CLI_EXPECT(text, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Overrunning")), text.describe().constData());
    const CliResult table =
        m_box->run(QStringLiteral("vera"), {QStringLiteral("change"), QStringLiteral("list")});
    QVERIFY2(table.out.contains(QStringLiteral("in_progress (overrunning)")),
             table.describe().constData());
}

QTEST_GUILESS_MAIN(TestCliRules)
#include "tst_cli_rules.moc"
