// The seed's walk-throughs, driven through the real vigilo-cli binary as a user would:
// submit -> approve -> schedule -> start -> runbook -> close; a rollback; a standard change;
// the demo workspace; JSON field names.
#include "CliFixture.h"
#include "TestServer.h"

#include <QFileInfo>

using namespace vigilo::test;

namespace {
const QString kChange = QStringLiteral("change");
} // namespace

class TestCliWalkthrough : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void createPrintsNumber();
    void fullLifecycleWithRunbook();
    void rollbackWalkthrough();
    void standardChangeIsPreApproved();
    void jsonUsesSeedFieldNames();
    void listFiltersAndSearch();
    void searchMatchesPeopleByName();
    void followAChange();
    void demoWorkspace();
    void awkwardTextRoundTrips();
    void envAndOptionsAgree();
};

void TestCliWalkthrough::initTestCase()
{
    QVERIFY2(!cliPath().isEmpty(), "built without vigilo-cli");
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
}

void TestCliWalkthrough::createPrintsNumber()
{
    CliSandbox box;
    QByteArray why;
    QVERIFY2(setUpOps(box, &why), why.constData());
    CliResult r = box.run(QStringLiteral("erik"), validCreate());
    CLI_EXPECT(r, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("CHG-00001"));
    r = box.run(QStringLiteral("emma"), validCreate(QStringLiteral("Second")));
    CLI_EXPECT(r, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("CHG-00002"));
    // --json: the created change under "change".
    r = box.runJson(QStringLiteral("emma"), validCreate(QStringLiteral("Third")));
    CLI_EXPECT(r, 0);
    const QJsonObject c = r.json().object().value(kChange).toObject();
    QCOMPARE(c.value(QStringLiteral("number")).toString(), QStringLiteral("CHG-00003"));
    QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(c.value(QStringLiteral("requester")).toString(), QStringLiteral("emma"));
}

void TestCliWalkthrough::fullLifecycleWithRunbook()
{
    CliSandbox box;
    QByteArray why;
    QVERIFY2(setUpOps(box, &why), why.constData());
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate()), 0);

    CliResult r = box.run(QStringLiteral("erik"), args({"change", "submit", "CHG-00001"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(statusOf(box, QStringLiteral("CHG-00001")), QStringLiteral("review"));
    r = box.runJson(QStringLiteral("vera"), args({"change", "steps", "1"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("approval_steps")).toArray().size(), 1);

    r = box.run(QStringLiteral("anna"), args({"change", "approve", "1", "--comment", "LGTM"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(statusOf(box, QStringLiteral("1")), QStringLiteral("approved"));
    CLI_EXPECT(box.run(QStringLiteral("erik"), args({"change", "schedule", "CHG-00001"})), 0);
    QCOMPARE(statusOf(box, QStringLiteral("1")), QStringLiteral("scheduled"));

    // Tasks from the implementation plan.
    r = box.runJson(QStringLiteral("erik"), args({"task", "generate", "CHG-00001"}));
    CLI_EXPECT(r, 0);
    r = box.runJson(QStringLiteral("vera"), args({"task", "list", "CHG-00001"}));
    CLI_EXPECT(r, 0);
    const QJsonArray tasks = r.json().object().value(QStringLiteral("tasks")).toArray();
    QCOMPARE(tasks.size(), 3);
    QCOMPARE(tasks.at(0).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Drain node A"));
    QCOMPARE(tasks.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));

    // A task cannot start before the change does.
    r = box.runJson(QStringLiteral("erik"), args({"task", "start", "CHG-00001", "1"}));
    CLI_EXPECT(r, 1);
    // Its window lies ahead: starting now is an exception that needs a justification.
    CLI_EXPECT_ERROR(box.runJson(QStringLiteral("erik"), args({"change", "start", "CHG-00001"})), 1,
                     "outside_planned_window");
    CLI_EXPECT(
        box.run(QStringLiteral("erik"), args({"change", "start", "CHG-00001", "--justification",
                                              "Ahead of the window: the vendor is on site today"})),
        0);
    QCOMPARE(statusOf(box, QStringLiteral("1")), QStringLiteral("in_progress"));
    for (const char *seq : {"1", "2", "3"}) {
        CLI_EXPECT(box.run(QStringLiteral("emma"), {QStringLiteral("task"), QStringLiteral("start"),
                                                    QStringLiteral("1"), QString::fromLatin1(seq)}),
                   0);
        CLI_EXPECT(box.run(QStringLiteral("emma"), {QStringLiteral("task"), QStringLiteral("done"),
                                                    QStringLiteral("1"), QString::fromLatin1(seq)}),
                   0);
    }
    r = box.runJson(QStringLiteral("vera"), args({"task", "list", "1"}));
    for (const QJsonValue &t : r.json().object().value(QStringLiteral("tasks")).toArray())
        QCOMPARE(t.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("done"));

    r = box.runJson(
        QStringLiteral("erik"),
        args({"change", "complete", "CHG-00001", "--closure-code", "successful_with_issues",
              "--closure-notes", "Node B needed a second restart"}));
    CLI_EXPECT(r, 0);
    const QJsonObject c = showChange(box, QStringLiteral("CHG-00001"));
    QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(c.value(QStringLiteral("closure_code")).toString(),
             QStringLiteral("successful_with_issues"));
    QCOMPARE(c.value(QStringLiteral("closure_notes")).toString(),
             QStringLiteral("Node B needed a second restart"));

    // The history tells the story in order, and the chain verifies.
    r = box.runJson(QStringLiteral("vera"), args({"change", "history", "CHG-00001"}));
    CLI_EXPECT(r, 0);
    const QJsonArray events = r.json().object().value(QStringLiteral("events")).toArray();
    QStringList actions;
    for (const QJsonValue &e : events)
        actions << e.toObject().value(QStringLiteral("action")).toString();
    const QStringList milestones = {QStringLiteral("create"),  QStringLiteral("submit"),
                                    QStringLiteral("approve"), QStringLiteral("schedule"),
                                    QStringLiteral("start"),   QStringLiteral("complete")};
    int at = -1;
    for (const QString &m : milestones) {
        int found = -1;
        for (int i = at + 1; i < actions.size(); ++i)
            if (actions.at(i).contains(m)) {
                found = i;
                break;
            }
        QVERIFY2(found > at, qPrintable(m + QStringLiteral(" missing or out of order in ")
                                        + actions.join(QLatin1Char(','))));
        at = found;
    }
    r = box.runJson(QStringLiteral("vera"), args({"audit", "verify"}));
    CLI_EXPECT(r, 0);
}

void TestCliWalkthrough::rollbackWalkthrough()
{
    CliSandbox box;
    QByteArray why;
    QVERIFY2(setUpOps(box, &why), why.constData());
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate()), 0);
    CLI_EXPECT(box.run(QStringLiteral("erik"), args({"change", "submit", "1"})), 0);
    CLI_EXPECT(box.run(QStringLiteral("anna"), args({"change", "approve", "1"})), 0);
    CLI_EXPECT(box.run(QStringLiteral("erik"), args({"change", "schedule", "1"})), 0);
    CLI_EXPECT(
        box.run(QStringLiteral("erik"), args({"change", "start", "1", "--justification",
                                              "Ahead of the window: the vendor is on site today"})),
        0);
    // Engineers may not roll back (changes.approve).
    CliResult r = box.runJson(QStringLiteral("erik"),
                              args({"change", "rollback", "1", "--reason", "broken"}));
    CLI_EXPECT_ERROR(r, 1, "permission_denied");
    r = box.runJson(QStringLiteral("anna"), args({"change", "rollback", "CHG-00001", "--reason",
                                                  "Error rate above 5% after the switch"}));
    CLI_EXPECT(r, 0);
    const QJsonObject c = showChange(box, QStringLiteral("1"));
    QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("rolled_back"));
    QCOMPARE(c.value(QStringLiteral("rolled_back_by")).toString(), QStringLiteral("anna"));
    QCOMPARE(c.value(QStringLiteral("rollback_reason")).toString(),
             QStringLiteral("Error rate above 5% after the switch"));
    const QDateTime at =
        QDateTime::fromString(c.value(QStringLiteral("rolled_back_at")).toString(), Qt::ISODate);
    QVERIFY(at.isValid());
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    // Terminal: it can be neither reopened nor cancelled.
    CLI_EXPECT_ERROR(box.runJson(QStringLiteral("erik"), args({"change", "reopen", "1"})), 1,
                     "invalid_transition");
    CLI_EXPECT_ERROR(box.runJson(QStringLiteral("erik"), args({"change", "cancel", "1"})), 1,
                     "invalid_transition");
}

void TestCliWalkthrough::standardChangeIsPreApproved()
{
    CliSandbox box;
    QByteArray why;
    QVERIFY2(setUpOps(box, &why), why.constData());
    CliResult r = box.run(
        QStringLiteral("erik"),
        {QStringLiteral("change"), QStringLiteral("create"), QStringLiteral("--title"),
         QStringLiteral("Restart cache (standard)"), QStringLiteral("--type"),
         QStringLiteral("standard"), QStringLiteral("--asset"), QStringLiteral("web"),
         QStringLiteral("--start"), isoIn(6 * 3600), QStringLiteral("--end"), isoIn(7 * 3600),
         QStringLiteral("--implementation-plan"), QStringLiteral("- restart"),
         QStringLiteral("--rollback-plan"), QStringLiteral("none needed")});
    CLI_EXPECT(r, 0);
    QCOMPARE(
        showChange(box, QStringLiteral("1")).value(QStringLiteral("min_lead_time_hours")).toInt(),
        4);
    QCOMPARE(showChange(box, QStringLiteral("1")).value(QStringLiteral("is_standard")).toBool(),
             true);
    CLI_EXPECT(box.run(QStringLiteral("erik"), args({"change", "submit", "1"})), 0);
    QCOMPARE(statusOf(box, QStringLiteral("1")), QStringLiteral("approved"));
}

void TestCliWalkthrough::jsonUsesSeedFieldNames()
{
    CliSandbox box;
    QByteArray why;
    QVERIFY2(setUpOps(box, &why), why.constData());
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate()), 0);
    const QJsonObject c = showChange(box, QStringLiteral("CHG-00001"));
    for (const char *key :
         {"number",         "title",           "description",         "change_type",
          "is_standard",    "priority",        "risk_level",          "planned_start",
          "planned_end",    "affected_assets", "min_lead_time_hours", "implementation_plan",
          "rollback_plan",  "test_plan",       "dependencies",        "assignee",
          "requester",      "status",          "closure_code",        "closure_notes",
          "rolled_back_at", "rolled_back_by",  "rollback_reason"})
        QVERIFY2(c.contains(QLatin1String(key)), key);
    QCOMPARE(c.value(QStringLiteral("change_type")).toString(), QStringLiteral("normal"));
    QCOMPARE(c.value(QStringLiteral("min_lead_time_hours")).toInt(), 24);
    QCOMPARE(c.value(QStringLiteral("affected_assets")).toArray(),
             QJsonArray{QStringLiteral("web")});
    QVERIFY(c.value(QStringLiteral("planned_start")).toString().endsWith(QLatin1Char('Z')));
    // Offsets are accepted and stored as UTC.
    CliResult r = box.run(QStringLiteral("erik"),
                          {QStringLiteral("change"), QStringLiteral("edit"), QStringLiteral("1"),
                           QStringLiteral("--start"), QStringLiteral("2031-06-01T10:00:00+02:00"),
                           QStringLiteral("--end"), QStringLiteral("2031-06-01T12:00:00+02:00")});
    CLI_EXPECT(r, 0);
    QCOMPARE(showChange(box, QStringLiteral("1")).value(QStringLiteral("planned_start")).toString(),
             QStringLiteral("2031-06-01T08:00:00Z"));
}

void TestCliWalkthrough::listFiltersAndSearch()
{
    CliSandbox box;
    QByteArray why;
    QVERIFY2(setUpOps(box, &why), why.constData());
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate(QStringLiteral("Patch web servers"))),
               0);
    CLI_EXPECT(
        box.run(QStringLiteral("erik"), validCreate(QStringLiteral("Resize database volume"))), 0);
    CLI_EXPECT(box.run(QStringLiteral("erik"), args({"change", "submit", "2"})), 0);
    CliResult r =
        box.runJson(QStringLiteral("vera"), args({"change", "list", "--status", "review"}));
    CLI_EXPECT(r, 0);
    QJsonArray list = r.json().object().value(QStringLiteral("changes")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("number")).toString(),
             QStringLiteral("CHG-00002"));
    r = box.runJson(QStringLiteral("vera"), args({"change", "list", "--search", "web servers"}));
    CLI_EXPECT(r, 0);
    list = r.json().object().value(QStringLiteral("changes")).toArray();
    QVERIFY2(list.size() == 1, r.describe().constData());
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Patch web servers"));
    // A bad filter value is bad input.
    CLI_EXPECT_ERROR(
        box.runJson(QStringLiteral("vera"), args({"change", "list", "--status", "finished"})), 2,
        "invalid_input");
}

// --search matches what the GUI's find box matches (core/domain/ChangeSearch.h): the number, the
// title, and the assignee and requester by username or display name; each word somewhere.
void TestCliWalkthrough::searchMatchesPeopleByName()
{
    CliSandbox box;
    QByteArray why;
    QVERIFY2(setUpOps(box, &why), why.constData());
    CLI_EXPECT(box.run(QStringLiteral("olga"), args({"member", "add", "nora", "--role", "engineer",
                                                     "--name", "Nora Lindqvist"})),
               0);
    CLI_EXPECT(box.run(QStringLiteral("olga"), args({"member", "add", "piet", "--role", "engineer",
                                                     "--name", "Piet Vermeulen"})),
               0);
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate(QStringLiteral("Patch web servers"))),
               0);
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate(QStringLiteral("Resize volume"))
                                                   << QStringLiteral("--assignee")
                                                   << QStringLiteral("nora")),
               0);
    CLI_EXPECT(box.run(QStringLiteral("piet"), validCreate(QStringLiteral("Renew DNS zone"))), 0);
    const auto numbers = [&box](const QString &search) {
        CliResult r =
            box.runJson(QStringLiteral("vera"), {QStringLiteral("change"), QStringLiteral("list"),
                                                 QStringLiteral("--search"), search});
        if (r.exitCode != 0)
            qWarning("%s", r.describe().constData());
        QStringList out;
        for (const QJsonValue &v : r.json().object().value(QStringLiteral("changes")).toArray())
            out << v.toObject().value(QStringLiteral("number")).toString();
        out.sort();
        return out;
    };
    // The assignee by display name, any case, a part of it.
    QCOMPARE(numbers(QStringLiteral("lindqvist")), QStringList{QStringLiteral("CHG-00002")});
    QCOMPARE(numbers(QStringLiteral("NORA")), QStringList{QStringLiteral("CHG-00002")});
    // The requester by display name and by username; words may come from different fields.
    QCOMPARE(numbers(QStringLiteral("Vermeulen")), QStringList{QStringLiteral("CHG-00003")});
    QCOMPARE(numbers(QStringLiteral("piet dns")), QStringList{QStringLiteral("CHG-00003")});
    QCOMPARE(numbers(QStringLiteral("piet web")), QStringList());
    // The number as shown ("CHG-00002"), and a part of it.
    QCOMPARE(numbers(QStringLiteral("chg-00001")), QStringList{QStringLiteral("CHG-00001")});
    QCOMPARE(numbers(QStringLiteral("erik")),
             (QStringList{QStringLiteral("CHG-00001"), QStringLiteral("CHG-00002")}));
    // LIKE's wildcards are plain characters.
    QCOMPARE(numbers(QStringLiteral("%")), QStringList());
    QCOMPARE(numbers(QStringLiteral("_")), QStringList());
    // The display name shows in the JSON too.
    CliResult r = box.runJson(QStringLiteral("vera"), args({"change", "list", "--search", "nora"}));
    CLI_EXPECT(r, 0);
    const QJsonObject c =
        r.json().object().value(QStringLiteral("changes")).toArray().at(0).toObject();
    QCOMPARE(c.value(QStringLiteral("assignee_name")).toString(), QStringLiteral("Nora Lindqvist"));
}

// Following one change: any member (a viewer too); others' actions on it become notifications,
// with no asset named; stopping ends them; a change that does not exist is refused.
void TestCliWalkthrough::followAChange()
{
    CliSandbox box;
    QByteArray why;
    QVERIFY2(setUpOps(box, &why), why.constData());
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate(QStringLiteral("Patch web servers"))),
               0);
    CLI_EXPECT(box.run(QStringLiteral("erik"), validCreate(QStringLiteral("Resize volume"))), 0);
    CliResult r = box.runJson(QStringLiteral("vera"), args({"notifications"}));
    CLI_EXPECT(r, 0);
    const int start = r.json().object().value(QStringLiteral("latest_seq")).toInt();
    const QString after = QString::number(start);

    r = box.runJson(QStringLiteral("vera"), args({"change", "follow", "CHG-00001"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("following")).toBool(), true);
    CLI_EXPECT(box.run(QStringLiteral("vera"), args({"change", "follow", "1"})), 0); // again: fine
    r = box.runJson(QStringLiteral("vera"), args({"change", "followed"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("numbers")).toArray(),
             QJsonArray{QStringLiteral("CHG-00001")});

    // erik acts on both changes: vera hears of the one she follows only.
    CLI_EXPECT(box.run(QStringLiteral("erik"), args({"change", "submit", "1"})), 0);
    CLI_EXPECT(box.run(QStringLiteral("erik"), args({"change", "submit", "2"})), 0);
    r = box.runJson(QStringLiteral("vera"),
                    {QStringLiteral("notifications"), QStringLiteral("--after"), after});
    CLI_EXPECT(r, 0);
    QJsonArray events = r.json().object().value(QStringLiteral("notifications")).toArray();
    QVERIFY2(!events.isEmpty(), r.describe().constData());
    for (const QJsonValue &v : std::as_const(events)) {
        const QJsonObject e = v.toObject();
        QCOMPARE(e.value(QStringLiteral("change")).toString(), QStringLiteral("CHG-00001"));
        QCOMPARE(e.value(QStringLiteral("actor")).toString(), QStringLiteral("erik"));
    }
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const QJsonValue &v) {
        return v.toObject().value(QStringLiteral("action")).toString()
               == QLatin1String("change.submit");
    }));
    // Nobody else follows it.
    r = box.runJson(QStringLiteral("emma"),
                    {QStringLiteral("notifications"), QStringLiteral("--after"), after});
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("notifications")).toArray().size(), 0);

    // Stopping: no more notifications of it.
    r = box.runJson(QStringLiteral("vera"), args({"change", "follow", "1", "--stop"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("following")).toBool(), false);
    r = box.runJson(QStringLiteral("vera"), args({"notifications"}));
    const QString now =
        QString::number(r.json().object().value(QStringLiteral("latest_seq")).toInt());
    CLI_EXPECT(box.run(QStringLiteral("erik"), args({"change", "cancel", "1"})), 0);
    r = box.runJson(QStringLiteral("vera"),
                    {QStringLiteral("notifications"), QStringLiteral("--after"), now});
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("notifications")).toArray().size(), 0);
    r = box.runJson(QStringLiteral("vera"), args({"change", "followed"}));
    QCOMPARE(r.json().object().value(QStringLiteral("numbers")).toArray().size(), 0);

    // A change that does not exist, a bad number: refused, nothing written.
    CLI_EXPECT_ERROR(box.runJson(QStringLiteral("vera"), args({"change", "follow", "CHG-00099"})),
                     2, "not_found");
    CLI_EXPECT_ERROR(box.runJson(QStringLiteral("vera"), args({"change", "follow", "CHG-x"})), 2,
                     "invalid_input");
}

void TestCliWalkthrough::demoWorkspace()
{
    CliSandbox box;
    // The demo writes history in the names of its fictional people: on a server only the schema
    // owner may do that (members record events as their own login), so there postgres runs it.
    const QString user = box.isPostgres() ? QStringLiteral("postgres") : QStringLiteral("olga");
    CliResult r = box.run(user, args({"init"}));
    CLI_EXPECT(r, 0);
    r = box.runJson(user, args({"demo", "--changes", "30", "--seed", "7"}));
    CLI_EXPECT(r, 0);
    r = runCli(args({"--json", "-w", "demo", "change", "list"}), box.env(user, QString()));
    CLI_EXPECT(r, 0);
    const QJsonArray list = r.json().object().value(QStringLiteral("changes")).toArray();
    QVERIFY2(list.size() >= 10, r.describe().constData());
    QSet<QString> statuses;
    static const QRegularExpression number(QStringLiteral("^CHG-\\d{5}$"));
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        QVERIFY2(number.match(o.value(QStringLiteral("number")).toString()).hasMatch(),
                 qPrintable(o.value(QStringLiteral("number")).toString()));
        QVERIFY(o.contains(QStringLiteral("change_type")));
        QVERIFY(o.contains(QStringLiteral("priority")));
        statuses.insert(o.value(QStringLiteral("status")).toString());
    }
    QVERIFY2(statuses.size() >= 4,
             qPrintable(QStringList(statuses.begin(), statuses.end()).join(QLatin1Char(','))));
    // The demo's history is a valid chain.
    r = runCli(args({"--json", "-w", "demo", "audit", "verify"}), box.env(user, QString()));
    CLI_EXPECT(r, 0);
}

void TestCliWalkthrough::awkwardTextRoundTrips()
{
    CliSandbox box;
    QByteArray why;
    QVERIFY2(setUpOps(box, &why), why.constData());
    const QString title = QStringLiteral("Robert'); DROP TABLE changes;-- Überprüfung 数据库 🚀");
    const QString description = QStringLiteral("\"quoted\" `ticks` $HOME %s \\n — تحديث");
    QStringList a = validCreate(title);
    a << QStringLiteral("--description") << description;
    CliResult r = box.run(QStringLiteral("erik"), a);
    CLI_EXPECT(r, 0);
    const QJsonObject c = showChange(box, QStringLiteral("1"));
    QCOMPARE(c.value(QStringLiteral("title")).toString(), title);
    QCOMPARE(c.value(QStringLiteral("description")).toString(), description);
    r = box.runJson(QStringLiteral("vera"), args({"change", "list"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("changes")).toArray().size(), 1);
    // Human output carries it too.
    r = box.run(QStringLiteral("vera"), args({"change", "show", "1"}));
    CLI_EXPECT(r, 0);
    QVERIFY2(r.out.contains(title), r.describe().constData());
}

void TestCliWalkthrough::envAndOptionsAgree()
{
    CliSandbox box;
    QByteArray why;
    QVERIFY2(setUpOps(box, &why), why.constData());
    // --db, -w and --as instead of the environment.
    // (On a vigilo-server the session token says who acts.)
    QProcessEnvironment none;
    const QStringList as = {QStringLiteral("--as"), QStringLiteral("erik")};
    if (box.isServer())
        none.insert(QStringLiteral("VIGILO_TOKEN"), box.server()->tokenFor(QStringLiteral("erik")));
    CliResult r = runCli(QStringList{QStringLiteral("--db"), box.dbFor(QStringLiteral("erik")),
                                     QStringLiteral("-w"), QStringLiteral("ops")}
                             + (box.isServer() ? QStringList() : as) + validCreate(),
                         none);
    CLI_EXPECT(r, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("CHG-00001"));
    // Options win over the environment.
    QProcessEnvironment env = box.env(QStringLiteral("vera"));
    if (box.isServer()) {
        // On a vigilo-server --as picks nobody: the session acts ...
        r = runCli(
            QStringList{QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("emma")}
                + validCreate(),
            env);
        CLI_EXPECT_ERROR(r, 2, "usage");
        // ... and --db wins over VIGILO_DB, emma's token over vera's.
        env.insert(QStringLiteral("VIGILO_DB"), box.dir() + QStringLiteral("/elsewhere.sqlite"));
        env.insert(QStringLiteral("VIGILO_TOKEN"), box.server()->tokenFor(QStringLiteral("emma")));
        r = runCli(QStringList{QStringLiteral("--db"), box.dbFor(QStringLiteral("emma"))}
                       + validCreate(),
                   env);
    } else {
        // A file, or PostgreSQL through the server's role (members have no login): --as acts.
        r = runCli(QStringList{QStringLiteral("--as"), QStringLiteral("emma")} + validCreate(),
                   env);
    }
    CLI_EXPECT(r, 0);
    QCOMPARE(showChange(box, QStringLiteral("2")).value(QStringLiteral("requester")).toString(),
             QStringLiteral("emma"));
}

QTEST_GUILESS_MAIN(TestCliWalkthrough)
#include "tst_cli_walkthrough.moc"
