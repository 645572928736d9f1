// CAB meetings from the outside (issue 15), through the real vigilo-cli binary on SQLite,
// PostgreSQL and a team server: a whole meeting (agenda built, reordered and frozen, a late
// addition admitted, attendance below quorum refusing a decision, a decision of each kind,
// minutes read back) and the attacks: a non-chair driving, a decision on a change that is not on
// the agenda, a requester voting on their own change, a single approver deciding a CAB's step,
// editing a frozen agenda through the CLI and through raw SQL.
#include "CliFixture.h"
#include "PdfTools.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimeZone>

using namespace vigilo::test;

class TestCliCab : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void wholeMeeting();
    void onlyTheChairDrives();
    void requesterDoesNotVote();
    void frozenAgendaHoldsAgainstRawSql();
    void cabDefinitionIsChecked();
    void minutesAsSignedPdf();
    void conditionsKeptAcrossRounds();

private:
    static constexpr const char *kPass = "vera-passphrase\n";
    bool setUpSigning(QString *bundle);
    CliResult asVeraSigning(const QStringList &a) const;
    bool run(const QString &user, const QStringList &command);
    // CAB "Change Board" (chair adam; voting anna, alex, olga; adviser emma; quorum 2) and a
    // policy that sends every normal change to it.
    bool setUpBoard();
    // A normal change by `user`, submitted: in review with the CAB's step pending.
    bool submitted(const QString &user, const QString &title);
    QJsonObject meeting(const CliResult &r) const
    {
        return r.json().object().value(QStringLiteral("meeting")).toObject();
    }
    QStringList agendaNumbers(const QJsonObject &m) const
    {
        QStringList out;
        for (const QJsonValue &v : m.value(QStringLiteral("agenda")).toArray())
            out << v.toObject().value(QStringLiteral("number")).toString();
        return out;
    }
    std::unique_ptr<CliSandbox> m_box;
    QByteArray m_why;
};

void TestCliCab::init()
{
    m_box = std::make_unique<CliSandbox>();
    QVERIFY(m_box->ok());
    QVERIFY2(setUpOps(*m_box, &m_why), m_why.constData());
}

void TestCliCab::cleanup()
{
    m_box.reset();
}

bool TestCliCab::run(const QString &user, const QStringList &command)
{
    const CliResult r = m_box->run(user, command);
    if (r.exitCode != 0) {
        m_why = r.describe();
        return false;
    }
    return true;
}

bool TestCliCab::setUpBoard()
{
    return run(QStringLiteral("adam"), {QStringLiteral("cab"),
                                        QStringLiteral("add"),
                                        QStringLiteral("Change Board"),
                                        QStringLiteral("--chair"),
                                        QStringLiteral("adam"),
                                        QStringLiteral("--voting"),
                                        QStringLiteral("anna"),
                                        QStringLiteral("--voting"),
                                        QStringLiteral("alex"),
                                        QStringLiteral("--voting"),
                                        QStringLiteral("olga"),
                                        QStringLiteral("--adviser"),
                                        QStringLiteral("emma"),
                                        QStringLiteral("--quorum"),
                                        QStringLiteral("2"),
                                        QStringLiteral("--day"),
                                        QStringLiteral("thu"),
                                        QStringLiteral("--time"),
                                        QStringLiteral("10:00"),
                                        QStringLiteral("--tz"),
                                        QStringLiteral("Europe/Berlin"),
                                        QStringLiteral("--type"),
                                        QStringLiteral("normal")})
           && run(QStringLiteral("adam"),
                  {QStringLiteral("policy"), QStringLiteral("add"), QStringLiteral("CAB review"),
                   QStringLiteral("--type"), QStringLiteral("normal"), QStringLiteral("--step"),
                   QStringLiteral("Change Board;cab:Change Board;1")});
}

bool TestCliCab::submitted(const QString &user, const QString &title)
{
    const CliResult r = m_box->runJson(user, validCreate(title));
    if (r.exitCode != 0) {
        m_why = r.describe();
        return false;
    }
    const QString number = r.json()
                               .object()
                               .value(QStringLiteral("change"))
                               .toObject()
                               .value(QStringLiteral("number"))
                               .toString();
    return run(user, {QStringLiteral("change"), QStringLiteral("submit"), number});
}

void TestCliCab::wholeMeeting()
{
    QVERIFY2(setUpBoard(), m_why.constData());
    for (const char *title : {"Patch web", "Rotate keys", "Move DNS", "Resize disks"})
        QVERIFY2(submitted(QStringLiteral("erik"), QString::fromLatin1(title)), m_why.constData());

    // The CAB's step is decided in a meeting, not by one approver.
    CliResult r = m_box->runJson(QStringLiteral("anna"), args({"change", "approve", "1"}));
    CLI_EXPECT_ERROR(r, 1, "not_eligible_approver");
    QCOMPARE(r.error()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("cab"))
                 .toString(),
             QStringLiteral("Change Board"));

    // The agenda is built from the rule, reordered and re-timed before the start.
    r = m_box->runJson(QStringLiteral("adam"),
                       args({"meeting", "create", "Change Board", "--ad-hoc"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(agendaNumbers(meeting(r)), args({"CHG-00001", "CHG-00002", "CHG-00003", "CHG-00004"}));
    r = m_box->runJson(QStringLiteral("adam"), args({"meeting", "agenda", "1", "--move",
                                                     "CHG-00004=1", "--time-box", "2=25"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(agendaNumbers(meeting(r)), args({"CHG-00004", "CHG-00001", "CHG-00002", "CHG-00003"}));
    QCOMPARE(meeting(r)
                 .value(QStringLiteral("agenda"))
                 .toArray()
                 .at(2)
                 .toObject()
                 .value(QStringLiteral("time_box_minutes"))
                 .toInt(),
             25);

    // Started: frozen. A change that becomes eligible now is a late addition.
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"meeting", "start", "1"})), 0);
    QVERIFY2(submitted(QStringLiteral("emma"), QStringLiteral("Rotate logs")), m_why.constData());
    r = m_box->runJson(QStringLiteral("vera"), args({"meeting", "show", "1"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(meeting(r).value(QStringLiteral("late_additions")).toArray().size(), 1);
    QCOMPARE(agendaNumbers(meeting(r)).size(), 4);
    r = m_box->runJson(QStringLiteral("adam"), args({"meeting", "agenda", "1", "--add", "5"}));
    CLI_EXPECT_ERROR(r, 1, "agenda_frozen");
    r = m_box->runJson(QStringLiteral("adam"),
                       args({"meeting", "decide", "1", "5", "--decision", "approve"}));
    CLI_EXPECT_ERROR(r, 1, "not_on_agenda");

    // Below quorum: refused, nothing written.
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"meeting", "attend", "1", "anna"})), 0);
    const QString before = rawFingerprint(m_box->dbPath());
    r = m_box->runJson(QStringLiteral("adam"),
                       args({"meeting", "decide", "1", "4", "--decision", "approve"}));
    CLI_EXPECT_ERROR(r, 1, "cab_quorum_not_met");
    QCOMPARE(r.error()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("required"))
                 .toInt(),
             2);
    QCOMPARE(rawFingerprint(m_box->dbPath()), before);
    QCOMPARE(statusOf(*m_box, QStringLiteral("4")), QStringLiteral("review"));

    CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                          args({"meeting", "attend", "1", "alex", "--represented-by", "vera"})),
               0);
    r = m_box->runJson(QStringLiteral("vera"), args({"meeting", "now", "1"}));
    CLI_EXPECT(r, 0);
    const QJsonObject now = r.json().object();
    QVERIFY(now.value(QStringLiteral("meeting"))
                .toObject()
                .value(QStringLiteral("quorum"))
                .toObject()
                .value(QStringLiteral("met"))
                .toBool());
    const QJsonObject current = now.value(QStringLiteral("current")).toObject();
    QCOMPARE(current.value(QStringLiteral("change"))
                 .toObject()
                 .value(QStringLiteral("number"))
                 .toString(),
             QStringLiteral("CHG-00004"));
    QVERIFY(
        current.value(QStringLiteral("change")).toObject().contains(QStringLiteral("test_plan")));
    for (const char *key :
         {"risk", "conflicts_summary", "impact", "similar_changes", "timer", "approval_steps"})
        QVERIFY2(current.contains(QLatin1String(key)), key);

    // A decision of each kind.
    CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                          args({"meeting", "decide", "1", "4", "--decision", "approve", "--vote",
                                "anna=approve", "--vote", "alex=approve"})),
               0);
    QCOMPARE(statusOf(*m_box, QStringLiteral("4")), QStringLiteral("approved"));
    CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                          args({"meeting", "decide", "1", "1", "--decision",
                                "approve_with_conditions", "--conditions",
                                "Only after the nightly backup", "--vote", "anna=approve"})),
               0);
    const QJsonObject one = showChange(*m_box, QStringLiteral("1"));
    QCOMPARE(one.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(one.value(QStringLiteral("approval_conditions")).toString(),
             QStringLiteral("Only after the nightly backup"));
    // The conditions are in the change's evidence pack (a signed one: vera's key, trusted by
    // adam). A team server signs no packs yet: there the refusal is checked instead.
    const QString pdf = QDir(m_box->dir()).filePath(QStringLiteral("CHG-00001.pdf"));
    const QByteArray pass = "correct horse battery staple\n";
    if (m_box->isServer()) {
        r = m_box->runJson(
            QStringLiteral("vera"),
            {QStringLiteral("export-pack"), QStringLiteral("1"), QStringLiteral("--out"), pdf});
        CLI_EXPECT_ERROR(r, 1, "signing_key_missing");
    } else {
        r = runCli({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("create"),
                    QStringLiteral("--name"), QStringLiteral("Vera Viewer"),
                    QStringLiteral("--passphrase-stdin")},
                   m_box->env(QStringLiteral("vera")), pass);
        CLI_EXPECT(r, 0);
        const QString crt = r.json()
                                .object()
                                .value(QStringLiteral("key"))
                                .toObject()
                                .value(QStringLiteral("certificate_file"))
                                .toString();
        CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                              {QStringLiteral("workspace"), QStringLiteral("trust"),
                               QStringLiteral("add"), crt}),
                   0);
        r = runCli({QStringLiteral("export-pack"), QStringLiteral("1"), QStringLiteral("--out"),
                    pdf, QStringLiteral("--passphrase-stdin")},
                   m_box->env(QStringLiteral("vera")), pass);
        CLI_EXPECT(r, 0);
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(pdftotext.waitForFinished(60000) && pdftotext.exitCode() == 0,
                 "pdftotext (poppler-utils) is needed");
        const QString packText = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(packText.contains(QLatin1String("Conditions of the approval"))
                     && packText.contains(QLatin1String("Only after the nightly backup")),
                 qPrintable(packText));
    }
    CLI_EXPECT(
        m_box->run(QStringLiteral("adam"), args({"meeting", "decide", "1", "2", "--decision",
                                                 "reject", "--reason", "No rollback tested"})),
        0);
    QCOMPARE(statusOf(*m_box, QStringLiteral("2")), QStringLiteral("rejected"));
    r = m_box->runJson(QStringLiteral("adam"),
                       args({"meeting", "decide", "1", "3", "--decision", "defer"}));
    CLI_EXPECT_ERROR(r, 1, "reason_required");
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"meeting", "decide", "1", "3", "--decision",
                                                        "defer", "--note", "Wait for the vendor"})),
               0);
    QCOMPARE(statusOf(*m_box, QStringLiteral("3")), QStringLiteral("review"));
    r = m_box->runJson(QStringLiteral("adam"),
                       args({"meeting", "decide", "1", "3", "--decision", "approve"}));
    CLI_EXPECT_ERROR(r, 1, "already_decided");
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"meeting", "admit", "1", "5"})), 0);
    CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                          args({"meeting", "decide", "1", "5", "--decision", "needs_information",
                                "--question", "Which log hosts?"})),
               0);
    QCOMPARE(statusOf(*m_box, QStringLiteral("5")), QStringLiteral("review"));
    r = m_box->runJson(QStringLiteral("emma"), args({"comment", "list", "5"}));
    QVERIFY2(r.out.contains(QLatin1String("Which log hosts?")), r.describe().constData());

    // The CAB's decision is the step's, with attendees and votes, in the change's history.
    r = m_box->runJson(QStringLiteral("vera"), args({"change", "history", "4"}));
    CLI_EXPECT(r, 0);
    bool found = false;
    for (const QJsonValue &v : r.json().object().value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("action")).toString() != QLatin1String("change.approve"))
            continue;
        const QJsonObject values = e.value(QStringLiteral("new_values")).toObject();
        QCOMPARE(values.value(QStringLiteral("cab")).toString(), QStringLiteral("Change Board"));
        QCOMPARE(values.value(QStringLiteral("votes")).toArray().size(), 2);
        QCOMPARE(values.value(QStringLiteral("attendees")).toArray().size(), 2);
        QCOMPARE(e.value(QStringLiteral("actor")).toString(), QStringLiteral("adam"));
        found = true;
    }
    QVERIFY2(found, r.describe().constData());

    // Closing writes the minutes.
    r = m_box->runJson(QStringLiteral("adam"), args({"meeting", "minutes", "1"}));
    CLI_EXPECT_ERROR(r, 1, "meeting_not_closed");
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"meeting", "close", "1"})), 0);
    r = m_box->runJson(QStringLiteral("vera"), args({"meeting", "minutes", "1"}));
    CLI_EXPECT(r, 0);
    const QJsonObject minutes = r.json().object().value(QStringLiteral("minutes")).toObject();
    QStringList decisions;
    for (const QJsonValue &v : minutes.value(QStringLiteral("items")).toArray())
        decisions << v.toObject().value(QStringLiteral("decision")).toString();
    QCOMPARE(decisions,
             args({"approve", "approve_with_conditions", "reject", "defer", "needs_information"}));
    const QJsonArray late = minutes.value(QStringLiteral("late_additions")).toArray();
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.at(0).toObject().value(QStringLiteral("fate")).toString(),
             QStringLiteral("admitted"));
    const QString md = QDir(m_box->dir()).filePath(QStringLiteral("minutes.md"));
    CLI_EXPECT(
        m_box->run(QStringLiteral("vera"), {QStringLiteral("meeting"), QStringLiteral("minutes"),
                                            QStringLiteral("1"), QStringLiteral("--out"), md}),
        0);
    QFile f(md);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    for (const char *phrase :
         {"Change Board", "Approved with conditions",
          "Only after the nightly "
          "backup",
          "No rollback tested", "Which log hosts?", "represented by vera", "anna: approve"})
        QVERIFY2(text.contains(QLatin1String(phrase)), qPrintable(text));
    // A folder that is not there: the exit status of every file the CLI cannot write.
    const QString nowhere = QDir(m_box->dir()).filePath(QStringLiteral("no-such/minutes.md"));
    r = m_box->runJson(QStringLiteral("vera"),
                       QStringList{QStringLiteral("meeting"), QStringLiteral("minutes"),
                                   QStringLiteral("1"), QStringLiteral("--out"), nowhere});
    CLI_EXPECT_ERROR(r, 3, "file_unwritable");
    QCOMPARE(r.error()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("path"))
                 .toString(),
             nowhere);
    r = m_box->runJson(QStringLiteral("adam"),
                       args({"meeting", "decide", "1", "3", "--decision", "approve"}));
    CLI_EXPECT_ERROR(r, 1, "meeting_not_in_progress");

    // The deferred change is on the next meeting's agenda.
    r = m_box->runJson(QStringLiteral("adam"), args({"meeting", "create", "Change Board"}));
    CLI_EXPECT(r, 0);
    QCOMPARE(agendaNumbers(meeting(r)), args({"CHG-00003", "CHG-00005"}));
    QCOMPARE(meeting(r).value(QStringLiteral("kind")).toString(), QStringLiteral("slot"));
    r = m_box->runJson(QStringLiteral("vera"), args({"meeting", "list"}));
    CLI_EXPECT(r, 0);
    const QJsonArray meetings = r.json().object().value(QStringLiteral("meetings")).toArray();
    QCOMPARE(meetings.size(), 2);
    QCOMPARE(meetings.at(0).toObject().value(QStringLiteral("items")).toInt(), 2);
    QCOMPARE(meetings.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("closed"));
    r = m_box->runJson(QStringLiteral("vera"), args({"audit", "verify"}));
    CLI_EXPECT(r, 0);
}

void TestCliCab::onlyTheChairDrives()
{
    QVERIFY2(setUpBoard(), m_why.constData());
    QVERIFY2(submitted(QStringLiteral("erik"), QStringLiteral("Patch web")), m_why.constData());
    CliResult r = m_box->runJson(QStringLiteral("anna"),
                                 args({"meeting", "create", "Change Board", "--ad-hoc"}));
    CLI_EXPECT_ERROR(r, 1, "permission_denied");
    CLI_EXPECT(
        m_box->run(QStringLiteral("adam"), args({"meeting", "create", "Change Board", "--ad-hoc"})),
        0);
    for (const QStringList &command :
         {args({"meeting", "start", "1"}), args({"meeting", "attend", "1", "anna"}),
          args({"meeting", "agenda", "1", "--remove", "1"})}) {
        r = m_box->runJson(QStringLiteral("anna"), command);
        CLI_EXPECT_ERROR(r, 1, "permission_denied");
    }
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"meeting", "start", "1"})), 0);
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"meeting", "attend", "1", "anna"})), 0);
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"meeting", "attend", "1", "alex"})), 0);
    const QString before = rawFingerprint(m_box->dbPath());
    r = m_box->runJson(QStringLiteral("anna"),
                       args({"meeting", "decide", "1", "1", "--decision", "approve"}));
    CLI_EXPECT_ERROR(r, 1, "permission_denied");
    r = m_box->runJson(QStringLiteral("vera"),
                       args({"meeting", "decide", "1", "1", "--decision", "approve"}));
    CLI_EXPECT_ERROR(r, 1, "permission_denied");
    // A change that is not on the agenda (a draft).
    CLI_EXPECT(m_box->run(QStringLiteral("erik"), validCreate(QStringLiteral("Draft only"))), 0);
    const QString afterDraft = rawFingerprint(m_box->dbPath());
    r = m_box->runJson(QStringLiteral("adam"),
                       args({"meeting", "decide", "1", "2", "--decision", "approve"}));
    CLI_EXPECT_ERROR(r, 1, "not_on_agenda");
    QCOMPARE(rawFingerprint(m_box->dbPath()), afterDraft);
    QVERIFY(before != afterDraft);
    r = m_box->runJson(QStringLiteral("anna"), args({"meeting", "close", "1"}));
    CLI_EXPECT_ERROR(r, 1, "permission_denied");
}

void TestCliCab::requesterDoesNotVote()
{
    QVERIFY2(setUpBoard(), m_why.constData());
    // anna (a voting member) requests a change; adam (the chair) requests another.
    QVERIFY2(submitted(QStringLiteral("anna"), QStringLiteral("Anna's change")), m_why.constData());
    QVERIFY2(submitted(QStringLiteral("adam"), QStringLiteral("Adam's change")), m_why.constData());
    CLI_EXPECT(
        m_box->run(QStringLiteral("adam"), args({"meeting", "create", "Change Board", "--ad-hoc"})),
        0);
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"meeting", "start", "1"})), 0);
    for (const char *who : {"anna", "alex"})
        CLI_EXPECT(
            m_box->run(QStringLiteral("adam"), {QStringLiteral("meeting"), QStringLiteral("attend"),
                                                QStringLiteral("1"), QString::fromLatin1(who)}),
            0);
    const QString before = rawFingerprint(m_box->dbPath());
    // anna is present, but not for her own change: two present, one counts.
    CliResult r = m_box->runJson(QStringLiteral("adam"),
                                 args({"meeting", "decide", "1", "1", "--decision", "approve"}));
    CLI_EXPECT_ERROR(r, 1, "cab_quorum_not_met");
    QVERIFY(r.error()
                .value(QStringLiteral("details"))
                .toObject()
                .value(QStringLiteral("requester_excluded"))
                .toBool());
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"meeting", "attend", "1", "olga"})), 0);
    const QString withOlga = rawFingerprint(m_box->dbPath());
    r = m_box->runJson(QStringLiteral("adam"), args({"meeting", "decide", "1", "1", "--decision",
                                                     "approve", "--vote", "anna=approve"}));
    CLI_EXPECT_ERROR(r, 1, "self_approval_forbidden");
    // The chair does not record a decision on their own change.
    r = m_box->runJson(QStringLiteral("adam"),
                       args({"meeting", "decide", "1", "2", "--decision", "approve"}));
    CLI_EXPECT_ERROR(r, 1, "self_approval_forbidden");
    // An absent member does not vote either.
    r = m_box->runJson(QStringLiteral("adam"), args({"meeting", "decide", "1", "1", "--decision",
                                                     "approve", "--vote", "emma=approve"}));
    CLI_EXPECT_ERROR(r, 1, "not_eligible_approver");
    QCOMPARE(rawFingerprint(m_box->dbPath()), withOlga);
    QVERIFY(before != withOlga);
    CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                          args({"meeting", "decide", "1", "1", "--decision", "approve", "--vote",
                                "alex=approve", "--vote", "olga=reject"})),
               0);
    QCOMPARE(statusOf(*m_box, QStringLiteral("1")), QStringLiteral("approved"));
}

void TestCliCab::frozenAgendaHoldsAgainstRawSql()
{
    QVERIFY2(setUpBoard(), m_why.constData());
    QVERIFY2(submitted(QStringLiteral("erik"), QStringLiteral("Patch web")), m_why.constData());
    QVERIFY2(submitted(QStringLiteral("erik"), QStringLiteral("Rotate keys")), m_why.constData());
    CLI_EXPECT(
        m_box->run(QStringLiteral("adam"), args({"meeting", "create", "Change Board", "--ad-hoc"})),
        0);
    // Before the start the agenda moves (the chair's edit through raw SQL would too).
    CLI_EXPECT(
        m_box->run(QStringLiteral("adam"), args({"meeting", "agenda", "1", "--remove", "2"})), 0);
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"meeting", "start", "1"})), 0);
    const QString db = m_box->dbPath();
    const QString before = rawFingerprint(db);
    QVERIFY(!rawExec(db, {QStringLiteral("UPDATE cab_agenda_items SET position = 7")}).isEmpty());
    QVERIFY(!rawExec(db, {QStringLiteral("UPDATE cab_agenda_items SET time_box_minutes = 99")})
                 .isEmpty());
    QVERIFY(!rawExec(db, {QStringLiteral("DELETE FROM cab_agenda_items")}).isEmpty());
    QVERIFY(!rawExec(db, {QStringLiteral(
                             "INSERT INTO cab_agenda_items (workspace_id, meeting_id, change_id, "
                             "position, time_box_minutes) SELECT m.workspace_id, m.id, c.id, 2, "
                             "10 FROM cab_meetings m, changes c WHERE c.number = 2")})
                 .isEmpty());
    QCOMPARE(rawFingerprint(db), before);
    CliResult r = m_box->runJson(QStringLiteral("adam"),
                                 args({"meeting", "agenda", "1", "--time-box", "1=30"}));
    CLI_EXPECT_ERROR(r, 1, "agenda_frozen");
    // A decision is final, in the database too.
    for (const char *who : {"anna", "alex"})
        CLI_EXPECT(
            m_box->run(QStringLiteral("adam"), {QStringLiteral("meeting"), QStringLiteral("attend"),
                                                QStringLiteral("1"), QString::fromLatin1(who)}),
            0);
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"meeting", "decide", "1", "1", "--decision",
                                                        "reject", "--reason", "Not now"})),
               0);
    QVERIFY(!rawExec(db, {QStringLiteral("UPDATE cab_agenda_items SET decision = 'approve'")})
                 .isEmpty());
    QCOMPARE(rawScalar(db, QStringLiteral("SELECT decision FROM cab_agenda_items")).toString(),
             QStringLiteral("reject"));
}

void TestCliCab::cabDefinitionIsChecked()
{
    const QString before = rawFingerprint(m_box->dbPath());
    // Only admins define CABs.
    CliResult r = m_box->runJson(
        QStringLiteral("anna"),
        args({"cab", "add", "Board", "--chair", "anna", "--voting", "anna", "--quorum", "1"}));
    CLI_EXPECT_ERROR(r, 1, "permission_denied");
    // A quorum larger than the voting members, a viewer voting, a bad quorum, a bad time zone.
    r = m_box->runJson(QStringLiteral("adam"), args({"cab", "add", "Board", "--chair", "adam",
                                                     "--voting", "anna", "--quorum", "3"}));
    CLI_EXPECT_ERROR(r, 2, "invalid_input");
    QCOMPARE(r.error()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("field"))
                 .toString(),
             QStringLiteral("quorum"));
    r = m_box->runJson(QStringLiteral("adam"), args({"cab", "add", "Board", "--chair", "adam",
                                                     "--voting", "vera", "--quorum", "1"}));
    CLI_EXPECT_ERROR(r, 2, "invalid_input");
    QVERIFY2(r.err.contains(QLatin1String("vera")), r.describe().constData());
    r = m_box->runJson(QStringLiteral("adam"), args({"cab", "add", "Board", "--chair", "adam",
                                                     "--voting", "anna", "--quorum", "half"}));
    CLI_EXPECT_ERROR(r, 2, "invalid_input");
    r = m_box->runJson(
        QStringLiteral("adam"),
        args({"cab", "add", "Board", "--chair", "adam", "--voting", "anna", "--quorum", "50%",
              "--day", "mon", "--time", "10:00", "--tz", "Mars/Olympus"}));
    CLI_EXPECT_ERROR(r, 2, "invalid_input");
    // A policy step naming a CAB that does not exist.
    r = m_box->runJson(QStringLiteral("adam"),
                       args({"policy", "add", "P", "--step", "Board;cab:Nope;1"}));
    QVERIFY2(r.exitCode != 0, r.describe().constData());
    QCOMPARE(rawFingerprint(m_box->dbPath()), before);
    // A good one, listed and shown.
    r = m_box->runJson(
        QStringLiteral("adam"),
        args({"cab", "add", "Board", "--chair", "adam", "--voting", "anna", "--voting", "alex",
              "--quorum", "50%", "--day", "mon", "--time", "10:00", "--tz", "Europe/Berlin"}));
    CLI_EXPECT(r, 0);
    r = m_box->runJson(QStringLiteral("vera"), args({"cab", "list"}));
    CLI_EXPECT(r, 0);
    const QJsonArray cabs = r.json().object().value(QStringLiteral("cabs")).toArray();
    QCOMPARE(cabs.size(), 1);
    QCOMPARE(cabs.at(0)
                 .toObject()
                 .value(QStringLiteral("quorum"))
                 .toObject()
                 .value(QStringLiteral("required"))
                 .toInt(),
             1);
    r = m_box->run(QStringLiteral("vera"), args({"cab", "show", "Board"}));
    CLI_EXPECT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("Europe/Berlin")), r.describe().constData());
    // The next slot is a Monday at 10:00 in Berlin.
    r = m_box->runJson(QStringLiteral("adam"), args({"meeting", "create", "Board"}));
    CLI_EXPECT(r, 0);
    const QDateTime start = QDateTime::fromString(
        meeting(r).value(QStringLiteral("scheduled_start")).toString(), Qt::ISODate);
    const QDateTime berlin = start.toTimeZone(QTimeZone("Europe/Berlin"));
    QCOMPARE(berlin.date().dayOfWeek(), 1);
    QCOMPARE(berlin.time(), QTime(10, 0));
}

#include "tst_cli_cab.moc"

// Who signs: the workspace's key on a server, vera's own key (trusted by an admin) elsewhere.
// `bundle`: the trust bundle an auditor gets.
bool TestCliCab::setUpSigning(QString *bundle)
{
    if (m_box->isServer()) {
        const auto key =
            m_box->server()->runServer(args({"key", "create", "--workspace", "ops", "--json"}));
        if (key.exitCode != 0) {
            m_why = key.err.toUtf8();
            return false;
        }
    } else {
        const CliResult key =
            runCli(args({"--json", "key", "create", "--name", "Vera Viewer", "--passphrase-stdin"}),
                   m_box->env(QStringLiteral("vera")), kPass);
        if (key.exitCode != 0) {
            m_why = key.describe();
            return false;
        }
        const QString crt = key.json()
                                .object()
                                .value(QStringLiteral("key"))
                                .toObject()
                                .value(QStringLiteral("certificate_file"))
                                .toString();
        if (!run(QStringLiteral("adam"), args({"workspace", "trust", "add"}) << crt))
            return false;
    }
    *bundle = QDir(m_box->dir()).filePath(QStringLiteral("CERTS.pem"));
    return run(QStringLiteral("vera"), args({"workspace", "trust-bundle", "--out"}) << *bundle);
}

CliResult TestCliCab::asVeraSigning(const QStringList &a) const
{
    return m_box->isServer() ? m_box->run(QStringLiteral("vera"), a)
                             : runCli(a + QStringList{QStringLiteral("--passphrase-stdin")},
                                      m_box->env(QStringLiteral("vera")), kPass);
}

// The minutes of a closed meeting as a PDF in the workspace's language or another, signed like an
// evidence pack (the member's key on a database, the workspace's key on a server): pdftotext
// reads the decisions, a condition and an attendee back, pdfsig accepts the signature, and
// verify-pack --offline accepts the file and refuses it with one byte flipped.
void TestCliCab::minutesAsSignedPdf()
{
    QVERIFY2(setUpBoard(), m_why.constData());
    for (const char *title : {"Patch web", "Rotate keys"})
        QVERIFY2(submitted(QStringLiteral("erik"), QString::fromLatin1(title)), m_why.constData());
    QString bundle;
    QVERIFY2(setUpSigning(&bundle), m_why.constData());
    const auto exportMinutes = [&](const QString &pdf, const QStringList &extra) {
        return asVeraSigning(args({"--json", "meeting", "minutes", "1", "--pdf"}) << pdf << extra);
    };

    CLI_EXPECT(
        m_box->run(QStringLiteral("adam"), args({"meeting", "create", "Change Board", "--ad-hoc"})),
        0);
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"meeting", "start", "1"})), 0);
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"meeting", "attend", "1", "anna"})), 0);
    CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                          args({"meeting", "attend", "1", "alex", "--represented-by", "vera"})),
               0);
    CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                          args({"meeting", "decide", "1", "1", "--decision",
                                "approve_with_conditions", "--conditions",
                                "Only after the nightly backup", "--vote", "anna=approve"})),
               0);
    // Before the meeting is closed there are no minutes to print, and no file appears.
    const QString early = QDir(m_box->dir()).filePath(QStringLiteral("early.pdf"));
    CLI_EXPECT_ERROR(exportMinutes(early, {}), 1, "meeting_not_closed");
    QVERIFY(!QFileInfo::exists(early));
    CLI_EXPECT(
        m_box->run(QStringLiteral("adam"), args({"meeting", "decide", "1", "2", "--decision",
                                                 "reject", "--reason", "No rollback tested"})),
        0);
    CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"meeting", "close", "1"})), 0);

    const QString en = QDir(m_box->dir()).filePath(QStringLiteral("minutes-en.pdf"));
    CliResult r = exportMinutes(en, {});
    CLI_EXPECT(r, 0);
    const QJsonObject info = r.json().object().value(QStringLiteral("minutes_pdf")).toObject();
    QCOMPARE(info.value(QStringLiteral("meeting")).toInt(), 1);
    QCOMPARE(info.value(QStringLiteral("locale")).toString(), QStringLiteral("en_US"));
    QString text = runTool(QStringLiteral("pdftotext"), {en, QStringLiteral("-")});
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    for (const char *phrase :
         {"Change Board", "Approved with conditions", "Only after the nightly backup", "Rejected",
          "No rollback tested", "represented by vera", "anna: approve", "CHG-00001"})
        QVERIFY2(text.contains(QLatin1String(phrase)),
                 qPrintable(QString::fromUtf8(phrase) + QStringLiteral(": ") + text));
    QString sig;
    QVERIFY2(pdfsigAccepts(en, &sig), qPrintable(sig));
    r = runCli(args({"--json", "verify-pack", "--offline", "--trust"}) << bundle << en);
    CLI_EXPECT(r, 0);

    const QString de = QDir(m_box->dir()).filePath(QStringLiteral("minutes-de.pdf"));
    CLI_EXPECT(exportMinutes(de, args({"--locale", "de_DE"})), 0);
    text = runTool(QStringLiteral("pdftotext"), {de, QStringLiteral("-")});
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    for (const char *phrase :
         {"Protokoll des CAB", "Mit Auflagen genehmigt", "Only after the nightly backup",
          "vertreten durch vera", "Teilnehmende"})
        QVERIFY2(text.contains(QString::fromUtf8(phrase)),
                 qPrintable(QString::fromUtf8(phrase) + QStringLiteral(": ") + text));
    QVERIFY2(!text.contains(QLatin1String("Approved with conditions")), qPrintable(text));
    CLI_EXPECT(runCli(args({"--json", "verify-pack", "--offline", "--trust"}) << bundle << de), 0);

    // One byte flipped inside the signed range: the signature no longer holds.
    QFile f(en);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    const qsizetype at = bytes.indexOf("Change Board");
    QVERIFY(at > 0);
    bytes[at + 100] = char(bytes[at + 100] ^ 0x01);
    const QString flipped = QDir(m_box->dir()).filePath(QStringLiteral("flipped.pdf"));
    QFile g(flipped);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(bytes);
    g.close();
    r = runCli(args({"--json", "verify-pack", "--offline", "--trust"}) << bundle << flipped);
    CLI_EXPECT_ERROR(r, 1, "pack_mismatch");

    // With the database (locally, or the server's pack.verify): the minutes are compared with
    // the meeting's stored minutes.
    const auto minutesCheck = [](const CliResult &res) {
        QJsonObject v = res.json().object().value(QStringLiteral("pack_verification")).toObject();
        if (v.isEmpty())
            v = res.json()
                    .object()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("details"))
                    .toObject();
        const QJsonValue checks = v.value(QStringLiteral("checks"));
        if (checks.isObject()) // a failure's details: checks by name
            return checks.toObject().contains(QStringLiteral("minutes"))
                       ? int(checks[QStringLiteral("minutes")][QStringLiteral("ok")].toBool())
                       : -1;
        for (const QJsonValue &c : checks.toArray())
            if (c.toObject().value(QStringLiteral("name")).toString() == QLatin1String("minutes"))
                return c.toObject().value(QStringLiteral("ok")).toBool() ? 1 : 0;
        return -1;
    };
    r = m_box->runJson(QStringLiteral("vera"), args({"verify-pack"}) << en);
    CLI_EXPECT(r, 0);
    QCOMPARE(minutesCheck(r), 1);
    r = m_box->runJson(QStringLiteral("vera"), args({"verify-pack"}) << de);
    CLI_EXPECT(r, 0);
    QCOMPARE(minutesCheck(r), 1);
    r = m_box->runJson(QStringLiteral("vera"), args({"verify-pack"}) << flipped);
    CLI_EXPECT_ERROR(r, 1, "pack_mismatch");
    // The stored minutes rewritten past the core: the intact document no longer matches them.
    QCOMPARE(rawExec(m_box->dbPath(),
                     {QStringLiteral("UPDATE cab_meetings SET minutes = REPLACE(minutes, "
                                     "'No rollback tested', 'Rollback tested') WHERE number = 1")}),
             QString());
    r = m_box->runJson(QStringLiteral("vera"), args({"verify-pack"}) << en);
    CLI_EXPECT_ERROR(r, 1, "pack_mismatch");
    QCOMPARE(minutesCheck(r), 0);
}

// Approve-with-conditions conditions stand on the change and in its pack; a material edit sends
// the change back to review: its conditions no longer stand on the change, but stay listed as
// of their round, in `change show` and in the pack, beside a later round's.
void TestCliCab::conditionsKeptAcrossRounds()
{
    QVERIFY2(setUpBoard(), m_why.constData());
    QVERIFY2(submitted(QStringLiteral("erik"), QStringLiteral("Patch web")), m_why.constData());
    QString bundle;
    QVERIFY2(setUpSigning(&bundle), m_why.constData());
    const auto decideInMeeting = [&](const char *meeting, const char *conditions) {
        return run(QStringLiteral("adam"), args({"meeting", "create", "Change Board", "--ad-hoc"}))
               && run(QStringLiteral("adam"), args({"meeting", "start", meeting}))
               && run(QStringLiteral("adam"), args({"meeting", "attend", meeting, "anna"}))
               && run(QStringLiteral("adam"), args({"meeting", "attend", meeting, "alex"}))
               && run(QStringLiteral("adam"), args({"meeting", "decide", meeting, "1", "--decision",
                                                    "approve_with_conditions", "--conditions",
                                                    conditions, "--vote", "anna=approve"}));
    };
    const auto shownNow = [&]() {
        const CliResult r = m_box->runJson(QStringLiteral("vera"), args({"change", "show", "1"}));
        return r.json().object();
    };
    const auto conditionsOf = [](const QJsonObject &shown) {
        return shown.value(QStringLiteral("change"))
            .toObject()
            .value(QStringLiteral("approval_conditions"))
            .toString();
    };
    const auto packText = [&](const char *name) {
        const QString pdf = QDir(m_box->dir()).filePath(QString::fromLatin1(name));
        const CliResult r = asVeraSigning(args({"--json", "export-pack", "1", "--out"}) << pdf);
        QString text = r.exitCode == 0
                           ? runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                           : QString::fromUtf8(r.describe());
        return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    };

    QVERIFY2(decideInMeeting("1", "Only after the nightly backup"), m_why.constData());
    QJsonObject shown = shownNow();
    QCOMPARE(conditionsOf(shown), QStringLiteral("Only after the nightly backup"));
    QJsonArray listed = shown.value(QStringLiteral("approval_condition_rounds")).toArray();
    QCOMPARE(listed.size(), 1);
    QVERIFY(listed.at(0).toObject().value(QStringLiteral("current")).toBool());
    QString text = packText("round1.pdf");
    QVERIFY2(text.contains(QLatin1String("Only after the nightly backup")), qPrintable(text));

    // A material edit: approval is requested again; the old conditions no longer stand.
    CLI_EXPECT(
        m_box->run(QStringLiteral("erik"), args({"change", "edit", "1", "--rollback-plan",
                                                 "Restore the snapshot, then check replication"})),
        0);
    QCOMPARE(statusOf(*m_box, QStringLiteral("1")), QStringLiteral("review"));
    shown = shownNow();
    QCOMPARE(conditionsOf(shown), QString());
    listed = shown.value(QStringLiteral("approval_condition_rounds")).toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("round")).toInt(), 1);
    QVERIFY(!listed.at(0).toObject().value(QStringLiteral("current")).toBool());

    // The second round's conditions stand; the first round's stay listed as of their round.
    QVERIFY2(decideInMeeting("2", "Only with the DBA on call"), m_why.constData());
    QCOMPARE(statusOf(*m_box, QStringLiteral("1")), QStringLiteral("approved"));
    shown = shownNow();
    QCOMPARE(conditionsOf(shown), QStringLiteral("Only with the DBA on call"));
    listed = shown.value(QStringLiteral("approval_condition_rounds")).toArray();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("conditions")).toString(),
             QStringLiteral("Only after the nightly backup"));
    QCOMPARE(listed.at(1).toObject().value(QStringLiteral("round")).toInt(), 2);
    QVERIFY(listed.at(1).toObject().value(QStringLiteral("current")).toBool());
    text = packText("round2.pdf");
    for (const char *phrase : {"Only with the DBA on call", "Conditions of approval round 1",
                               "Only after the nightly backup"})
        QVERIFY2(text.contains(QLatin1String(phrase)), qPrintable(text));
    CLI_EXPECT(m_box->run(QStringLiteral("vera"), args({"audit", "verify"})), 0);
}

QTEST_GUILESS_MAIN(TestCliCab)
