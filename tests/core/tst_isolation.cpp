// Nothing crosses workspaces, for every read of the core: a second workspace in the same
// database gets look-alike data (the same asset names, the same CHG numbers, the same title
// words, overlapping windows and freezes, history, comments, tasks and decisions), and every read
// of the first workspace answers exactly what it answered before that data existed. Also: the
// title-word index carries its workspace, and the database refuses a row that claims another.
// The reads go through the Client as an acme member (in process on SQLite and PostgreSQL, over a
// real vigilo-server on the server backend), and so do the attacks a member can make over the
// protocol: another workspace's slug, change numbers and row ids in their own requests, refused
// alike on every backend. The evidence pack's content is read on the core (a team server prints
// packs itself: tst_evidence_pack); set-up and raw SQL stay on the core.
#include "Dialect.h"
#include "EvidencePack.h"
#include "RawSql.h"
#include "TestWorkspace.h"

using namespace vigilo;
using namespace vigilo::test;

namespace {

QString text(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson()
                                         : QJsonDocument(v.toObject()).toJson());
}

template <typename T> QString listJson(const QList<T> &items)
{
    QJsonArray a;
    for (const T &i : items)
        a.append(i.toJson());
    return text(a);
}

} // namespace

class TestIsolation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void readsDoNotCrossWorkspaces_data();
    void readsDoNotCrossWorkspaces();
    void similarIgnoresAnotherWorkspacesTitles();
    void requestsNamingAnotherWorkspaceAreRefused_data();
    void requestsNamingAnotherWorkspaceAreRefused();
    void titleWordsCarryTheirWorkspace();
    void upgradeFromVersion6();

private:
    // Every read of acme, as text.
    QMap<QString, QString> readAll();
    bool addLookAlikes();

    std::unique_ptr<TestWorkspace> m_ws;
    QMap<QString, QString> m_before;
    QMap<QString, QString> m_after;
    int m_completed = 0; // acme's completed change
    int m_planned = 0;   // acme's scheduled change
    Actor m_gustav;
    // Globex's rows with ids of their own, which acme's members must not reach by id.
    qint64 m_globexFreeze = 0;
    qint64 m_globexMaintenance = 0;
    qint64 m_globexAttachment = 0;
    int m_globexOnly = 0; // a CHG number Globex has and acme has not
};

void TestIsolation::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>();
    TestWorkspace &ws = *m_ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    // Acme: a completed change (with tasks, comments, decisions), a scheduled one, a draft.
    auto done = ws.changeIn(ChangeStatus::Completed, ws.engineer(),
                            ws.validDraft(QStringLiteral("Rotate TLS certificate on the edge")));
    VERIFY_OK(done);
    m_completed = done->number;
    VERIFY_OK(ws.core().discussion().addComment(ws.approver(), m_completed,
                                                QStringLiteral("Checked the chain.")));
    auto planned = ws.changeIn(ChangeStatus::Scheduled, ws.engineer(),
                               ws.validDraft(QStringLiteral("Rotate TLS certificate on the API")));
    VERIFY_OK(planned);
    m_planned = planned->number;
    VERIFY_OK(ws.createChange(ws.validDraft(QStringLiteral("Patch the database hosts"))));
    FreezeWindowInput freeze;
    freeze.name = QStringLiteral("Acme quarter end");
    freeze.start = ws.now().addDays(20);
    freeze.end = ws.now().addDays(22);
    VERIFY_OK(ws.core().workspaces().addFreezeWindow(ws.owner(), freeze));
    m_before = readAll();
    QVERIFY(!m_before.isEmpty());
    QVERIFY(addLookAlikes());
    m_after = readAll();
}

void TestIsolation::cleanupTestCase()
{
    m_ws.reset();
}

// Globex, in the same database: what a query without its workspace filter would pick up.
bool TestIsolation::addLookAlikes()
{
    TestWorkspace &ws = *m_ws;
    Vigilo &core = ws.core();
    auto made =
        core.workspaces().createWorkspace(QStringLiteral("globex"), QStringLiteral("Globex"),
                                          QStringLiteral("de_DE"), QStringLiteral("gustav"));
    if (!made.ok())
        return false;
    auto gustav = core.workspaces().signIn(QStringLiteral("globex"), QStringLiteral("gustav"));
    if (!gustav.ok())
        return false;
    m_gustav = *gustav;
    for (const QString &name : {QStringLiteral("gabi"), QStringLiteral("gerd")})
        if (!core.workspaces().addMember(m_gustav, name, Role::Approver).ok())
            return false;
    for (const QString &asset : TestWorkspace::assetNames()) // the same names as acme's
        if (!core.workspaces().addAsset(m_gustav, asset, QStringLiteral("service")).ok())
            return false;
    MaintenanceWindow mw;
    mw.asset = QStringLiteral("payments-api");
    mw.weekday = 2;
    mw.start = QTime(3, 0);
    mw.durationMinutes = 60;
    mw.timeZone = "UTC";
    auto maintenance = core.maintenance().add(m_gustav, mw);
    if (!maintenance.ok())
        return false;
    m_globexMaintenance = maintenance->id;
    FreezeWindowInput freeze;
    freeze.name = QStringLiteral("Globex freeze");
    freeze.start = ws.now().addDays(2);
    freeze.end = ws.now().addDays(5);
    freeze.allowOverride = true;
    auto globexFreeze = core.workspaces().addFreezeWindow(m_gustav, freeze);
    if (!globexFreeze.ok())
        return false;
    m_globexFreeze = globexFreeze->id;
    const Actor gabi = *core.workspaces().signIn(QStringLiteral("globex"), QStringLiteral("gabi"));
    // The same titles, windows and assets as acme's changes, through every status.
    for (const QString &title :
         {QStringLiteral("Rotate TLS certificate on the edge Globex"),
          QStringLiteral("Rotate TLS certificate on the API Globex"),
          QStringLiteral("Patch the database hosts Globex"), QStringLiteral("Globex rollback")}) {
        ChangeDraft d = ws.validDraft(title);
        auto c = core.changes().create(m_gustav, d);
        if (!c.ok())
            return false;
        m_globexOnly = c->number;
        TransitionInput in;
        in.overrideJustification = QStringLiteral("Globex runs through its own freeze");
        if (!core.changes().apply(m_gustav, c->number, Action::Submit, in).ok())
            return false;
        if (!core.changes().apply(gabi, c->number, Action::Approve).ok())
            return false;
        if (!core.changes().apply(m_gustav, c->number, Action::Schedule, in).ok())
            return false;
        if (title.startsWith(QLatin1String("Patch")))
            continue; // stays scheduled
        if (!core.runbook().generate(m_gustav, c->number).ok())
            return false;
        if (!core.discussion().addComment(gabi, c->number, QStringLiteral("Globex note")).ok())
            return false;
        if (!m_globexAttachment) {
            auto file = core.discussion().attach(gabi, c->number, QStringLiteral("globex.log"),
                                                 QByteArray("Globex secret\n"));
            if (!file.ok())
                return false;
            m_globexAttachment = file->id;
        }
        in.justification = QStringLiteral("Globex starts early");
        if (!core.changes().apply(m_gustav, c->number, Action::Start, in).ok())
            return false;
        if (title.contains(QLatin1String("rollback"))) {
            TransitionInput rb;
            rb.reason = QStringLiteral("Globex broke");
            if (!core.changes().apply(gabi, c->number, Action::Rollback, rb).ok())
                return false;
            continue;
        }
        auto tasks = core.runbook().tasks(m_gustav, c->number);
        if (!tasks.ok())
            return false;
        for (const ChangeTask &t : *tasks) {
            if (!core.runbook().start(m_gustav, c->number, t.seq).ok()
                || !core.runbook().done(m_gustav, c->number, t.seq).ok())
                return false;
        }
        TransitionInput close;
        close.closureCode = ClosureCode::Unsuccessful;
        close.closureNotes = QStringLiteral("Globex failed");
        if (!core.changes().apply(m_gustav, c->number, Action::Complete, close).ok())
            return false;
    }
    return true;
}

QMap<QString, QString> TestIsolation::readAll()
{
    TestWorkspace &ws = *m_ws;
    client::Client &viewer = ws.client(QStringLiteral("viewer"));
    QMap<QString, QString> out;
    auto add = [&](const QString &name, const auto &result, auto toText) {
        out.insert(name,
                   result.ok() ? toText(*result) : QStringLiteral("error ") + result.error().code);
    };
    for (int n : {m_completed, m_planned}) {
        const QString num = formatChangeNumber(n);
        add(QStringLiteral("similar ") + num, viewer.similar(n),
            [](const auto &v) { return listJson(v); });
        add(QStringLiteral("conflicts ") + num, viewer.conflicts(n),
            [](const auto &v) { return text(v.toJson()); });
        add(QStringLiteral("history ") + num, viewer.changeHistory(n),
            [](const auto &v) { return listJson(v); });
        add(QStringLiteral("evidence ") + num, EvidencePack(ws.core()).evidence(ws.viewer(), n),
            [](const QJsonObject &v) { return text(v); });
        add(QStringLiteral("risk profile ") + num, viewer.riskProfile(n),
            [](const auto &v) { return text(v.toJson()); });
        add(QStringLiteral("steps ") + num, viewer.approvalSteps(n),
            [](const auto &v) { return listJson(v); });
        add(QStringLiteral("tasks ") + num, viewer.tasks(n),
            [](const auto &v) { return listJson(v); });
        add(QStringLiteral("comments ") + num, viewer.comments(n),
            [](const auto &v) { return listJson(v); });
        add(QStringLiteral("change ") + num, viewer.change(n),
            [](const auto &v) { return text(v.toJson()); });
    }
    PlanningForm draftWindow;
    draftWindow.plannedStart = ws.now().addDays(3);
    draftWindow.plannedEnd = ws.now().addDays(4);
    draftWindow.affectedAssets = TestWorkspace::assetNames();
    add(QStringLiteral("conflicts of a draft window"), awaited(viewer.conflictsAsync(draftWindow)),
        [](const auto &v) { return text(v.toJson()); });
    add(QStringLiteral("calendar"),
        awaited(viewer.calendarAsync(ws.now().addDays(-30), ws.now().addDays(60))),
        [](const CalendarRange &r) {
            QStringList lines;
            for (const auto &a : r.assets)
                lines << QStringLiteral("asset ") + a.name;
            for (const auto &c : r.changes)
                lines << QStringLiteral("change %1 %2 %3 %4")
                             .arg(c.number)
                             .arg(c.title, c.assets.join(QLatin1Char(',')))
                             .arg(c.conflicts.size());
            for (const auto &f : r.freezes)
                lines << QStringLiteral("freeze ") + f.name;
            for (const auto &m : r.maintenance)
                lines << QStringLiteral("maintenance ") + m.asset + m.description;
            return lines.join(QLatin1Char('\n'));
        });
    MetricsQuery mq;
    mq.from = ws.now().addDays(-90);
    mq.to = ws.now().addDays(90);
    add(QStringLiteral("metrics"), viewer.metrics(mq),
        [](const client::MetricsAnswer &v) { return text(v.report.toJson()); });
    mq.asset = QStringLiteral("payments-api");
    add(QStringLiteral("metrics of an asset"), viewer.metrics(mq),
        [](const client::MetricsAnswer &v) { return text(v.report.toJson()); });
    auto titles = [](const QList<ChangeSummary> &v) {
        QStringList l;
        for (const auto &s : v)
            l << QStringLiteral("%1 %2").arg(s.number).arg(s.title);
        return l.join(QLatin1Char('\n'));
    };
    ChangeFilter search;
    search.search = QStringLiteral("TLS");
    add(QStringLiteral("search"), viewer.changes(search), titles);
    add(QStringLiteral("list"), viewer.changes(), titles);
    add(QStringLiteral("csv export"), viewer.exportCsv(),
        [](const QByteArray &v) { return QString::fromUtf8(v); });
    add(QStringLiteral("ics export"), viewer.calendarIcs(),
        [](const QByteArray &v) { return QString::fromUtf8(v); });
    add(QStringLiteral("workspace history"), viewer.auditLog(1000),
        [](const auto &v) { return listJson(v); });
    add(QStringLiteral("assets"), viewer.assets(), [](const QList<Asset> &v) {
        QStringList l;
        for (const auto &a : v)
            l << a.name;
        return l.join(QLatin1Char(','));
    });
    add(QStringLiteral("freeze windows"), viewer.freezeWindows(),
        [](const auto &v) { return listJson(v); });
    add(QStringLiteral("maintenance windows"), viewer.maintenanceWindows(),
        [](const auto &v) { return listJson(v); });
    add(QStringLiteral("members"), viewer.members(), [](const QList<Member> &v) {
        QStringList l;
        for (const auto &m : v)
            l << m.username;
        return l.join(QLatin1Char(','));
    });
    add(QStringLiteral("audit verify"), ws.client(QStringLiteral("owner")).verifyAudit(),
        [](const auto &v) { return text(v.toJson()); });
    return out;
}

void TestIsolation::readsDoNotCrossWorkspaces_data()
{
    QTest::addColumn<QString>("read");
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestIsolation::readsDoNotCrossWorkspaces()
{
    QFETCH(QString, read);
    const QString before = m_before.value(read);
    const QString after = m_after.value(read);
    QVERIFY2(!before.startsWith(QLatin1String("error ")), qPrintable(before));
    QVERIFY2(!after.contains(QLatin1String("Globex")) && !after.contains(QLatin1String("gustav"))
                 && !after.contains(QLatin1String("gabi")),
             qPrintable(read + QStringLiteral(" shows Globex's data:\n") + after.left(3000)));
    QCOMPARE(after, before);
}

// The reported case, from the outside: a member of acme only asks for changes similar to
// theirs and gets no Globex change, though Globex's titles share every word.
void TestIsolation::similarIgnoresAnotherWorkspacesTitles()
{
    TestWorkspace &ws = *m_ws;
    auto similar = ws.client(QStringLiteral("engineer")).similar(m_planned);
    VERIFY_OK(similar);
    QVERIFY(!similar->isEmpty()); // acme's own certificate rotation is similar
    for (const SimilarChange &s : *similar)
        QVERIFY2(!s.title.contains(QLatin1String("Globex")), qPrintable(s.title));
    // And Globex's member does not see acme's changes in theirs (signed in again, as every
    // request is: on PostgreSQL that binds gustav, and the engineer bound above sees nothing).
    client::Client &gustav = ws.client(QStringLiteral("gustav"));
    gustav.setWorkspace(QStringLiteral("globex"));
    auto theirs = gustav.similar(2);
    VERIFY_OK(theirs);
    QVERIFY(!theirs->isEmpty());
    for (const SimilarChange &s : *theirs)
        QVERIFY2(s.title.contains(QLatin1String("Globex")), qPrintable(s.title));
}

void TestIsolation::requestsNamingAnotherWorkspaceAreRefused_data()
{
    // Who asks (a member of acme; "gustav" is Globex's owner), the method and its parameters as
    // a crafted request would carry them, in the asker's own name; the refusal's code (empty: a
    // read that answers, with nothing of Globex's in it).
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("code");
    const QString globex = QStringLiteral("globex");
    const QString acme = m_ws->workspace().slug;
    const QString theirs = formatChangeNumber(m_globexOnly);
    QTest::newRow("acme's viewer lists Globex's changes")
        << QStringLiteral("viewer") << QStringLiteral("change.list")
        << QJsonObject{{QStringLiteral("workspace"), globex}}
        << QStringLiteral("permission_denied");
    QTest::newRow("acme's owner creates a change in Globex")
        << QStringLiteral("owner") << QStringLiteral("change.create")
        << QJsonObject{{QStringLiteral("workspace"), globex},
                       {QStringLiteral("title"), QStringLiteral("Smuggled")}}
        << QStringLiteral("permission_denied");
    QTest::newRow("Globex's owner reads acme's change")
        << QStringLiteral("gustav") << QStringLiteral("change.get")
        << QJsonObject{{QStringLiteral("workspace"), acme}, {QStringLiteral("number"), 1}}
        << QStringLiteral("permission_denied");
    QTest::newRow("a number only Globex has")
        << QStringLiteral("owner") << QStringLiteral("change.get")
        << QJsonObject{{QStringLiteral("number"), theirs}} << QStringLiteral("not_found");
    QTest::newRow("cancelling a number only Globex has")
        << QStringLiteral("owner") << QStringLiteral("change.apply")
        << QJsonObject{{QStringLiteral("number"), theirs},
                       {QStringLiteral("action"), QStringLiteral("cancel")},
                       {QStringLiteral("reason"), QStringLiteral("Smuggled")}}
        << QStringLiteral("not_found");
    QTest::newRow("commenting a number only Globex has")
        << QStringLiteral("engineer") << QStringLiteral("comment.add")
        << QJsonObject{{QStringLiteral("number"), theirs},
                       {QStringLiteral("body"), QStringLiteral("Smuggled")}}
        << QStringLiteral("not_found");
    QTest::newRow("depending on a number only Globex has")
        << QStringLiteral("engineer") << QStringLiteral("change.edit")
        << QJsonObject{{QStringLiteral("number"), formatChangeNumber(m_planned)},
                       {QStringLiteral("depends_on"), QJsonArray{theirs}}}
        << QStringLiteral("not_found");
    QTest::newRow("generating the runbook of a number only Globex has")
        << QStringLiteral("engineer") << QStringLiteral("task.generate")
        << QJsonObject{{QStringLiteral("number"), theirs}} << QStringLiteral("not_found");
    QTest::newRow("accepting the risk of a number only Globex has")
        << QStringLiteral("approver") << QStringLiteral("risk.accept")
        << QJsonObject{{QStringLiteral("number"), theirs}} << QStringLiteral("not_found");
    QTest::newRow("reading the history of a number only Globex has")
        << QStringLiteral("viewer") << QStringLiteral("change.history")
        << QJsonObject{{QStringLiteral("number"), theirs}} << QString(); // answers no events
    QTest::newRow("reading the attachments of a number only Globex has")
        << QStringLiteral("viewer") << QStringLiteral("attachment.list")
        << QJsonObject{{QStringLiteral("number"), theirs}} << QStringLiteral("not_found");
    QTest::newRow("removing Globex's freeze window by id")
        << QStringLiteral("owner") << QStringLiteral("freeze.remove")
        << QJsonObject{{QStringLiteral("id"), m_globexFreeze}} << QStringLiteral("not_found");
    QTest::newRow("removing Globex's maintenance window by id")
        << QStringLiteral("owner") << QStringLiteral("maintenance.remove")
        << QJsonObject{{QStringLiteral("id"), m_globexMaintenance}} << QStringLiteral("not_found");
    QTest::newRow("reading Globex's attachment by id")
        << QStringLiteral("owner") << QStringLiteral("attachment.content")
        << QJsonObject{{QStringLiteral("id"), m_globexAttachment}} << QStringLiteral("not_found");
    QTest::newRow("changing the role of Globex's member")
        << QStringLiteral("owner") << QStringLiteral("member.set_role")
        << QJsonObject{{QStringLiteral("username"), QStringLiteral("gabi")},
                       {QStringLiteral("role"), QStringLiteral("viewer")}}
        << QStringLiteral("not_found");
    QTest::newRow("deactivating Globex's member")
        << QStringLiteral("owner") << QStringLiteral("member.deactivate")
        << QJsonObject{{QStringLiteral("username"), QStringLiteral("gustav")}}
        << QStringLiteral("not_found");
}

// Another workspace's slug, CHG numbers and row ids in a member's own requests, sent through the
// Client with that member's session (in process, or over the network with their token): each is
// refused with the same code on every backend, and nothing is written anywhere.
void TestIsolation::requestsNamingAnotherWorkspaceAreRefused()
{
    QFETCH(QString, member);
    QFETCH(QString, method);
    QFETCH(QJsonObject, params);
    QFETCH(QString, code);
    TestWorkspace &ws = *m_ws;
    QVERIFY(m_globexFreeze && m_globexMaintenance && m_globexAttachment && m_globexOnly);
    client::Client &client = ws.client(member);
    if (member == QLatin1String("gustav"))
        client.setWorkspace(QStringLiteral("globex"));
    QVERIFY(!ws.onTeamServer() || client.isRemote());
    const QString before = ws.fingerprint();
    auto r = client.call(method, params);
    if (code.isEmpty()) {
        VERIFY_OK(r);
        const QList<QJsonObject> rows = objectsWithKeys(*r, {QStringLiteral("action")});
        QVERIFY2(rows.isEmpty(), QJsonDocument(r->toObject()).toJson().constData());
        QCOMPARE(ws.fingerprint(), before);
        return;
    }
    if (r.ok())
        QFAIL(qPrintable(method + QStringLiteral(" went through: ")
                         + QString::fromUtf8(QJsonDocument(r->toObject()).toJson())));
    QVERIFY2(r.error().code == code, describe(r.error()).constData());
    QCOMPARE(r.error().kind(),
             code == QLatin1String("not_found") ? ErrorKind::Input : ErrorKind::Rule);
    QVERIFY(!r.error().message.trimmed().isEmpty());
    const QByteArray said = describe(r.error());
    QVERIFY2(!said.contains("Globex") && !said.contains("Smuggled"), said.constData());
    QCOMPARE(ws.fingerprint(), before);
}

// Every title word row names the workspace of its change, and the database refuses a row that
// claims another workspace's change (the index cannot be made to leak by a crafted row).
void TestIsolation::titleWordsCarryTheirWorkspace()
{
    TestWorkspace &ws = *m_ws;
    const QString path = ws.dbPath();
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT COUNT(*) FROM change_words w JOIN changes c "
                                            "ON c.id = w.change_id WHERE c.workspace_id <> "
                                            "w.workspace_id"))
                 .toInt(),
             0);
    QVERIFY(rawCount(path, QStringLiteral("change_words"),
                     QStringLiteral("workspace_id = %1").arg(m_gustav.workspace.id))
            > 0);
    const QString before = rawFingerprint(path);
    // On SQLite anyone who can write the file can do anything (PRODUCT.md): the check is the
    // foreign key every Vigilo connection enforces.
    QStringList statements;
    if (!ws.isPostgres())
        statements << QStringLiteral("PRAGMA foreign_keys = ON");
    statements << QStringLiteral("INSERT INTO change_words (workspace_id, word, change_id) SELECT "
                                 "%1, 'smuggled', id FROM changes WHERE workspace_id = %2 LIMIT 1")
                      .arg(ws.workspace().id)
                      .arg(m_gustav.workspace.id);
    const QString err = rawExec(path, statements);
    QVERIFY2(err.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive)
                 || err.contains(QLatin1String("foreign key"), Qt::CaseInsensitive),
             qPrintable(err));
    QCOMPARE(rawFingerprint(path), before);
}

// A database of schema 6 (title words without their workspace, and an FSM guard from before the
// C++ table generated it): schema 7 gives every word row its change's workspace, Suggest similar
// then stays within it, and the guard is the one generated now (the old, permissive one let a
// completed change go back to draft through raw SQL).
void TestIsolation::upgradeFromVersion6()
{
    std::unique_ptr<ScratchDatabase> pg;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString location = dir.filePath(QStringLiteral("v6.sqlite"));
    if (onPostgres()) {
        pg = std::make_unique<ScratchDatabase>();
        QVERIFY2(pg->ok(), qPrintable(pg->errorText()));
        location = pg->url();
    }
    {
        auto old = Store::openAtVersion(location, 6);
        VERIFY_OK(old);
        QCOMPARE((*old)->schemaVersion(), 6);
        ManualClock clock(fixedNow());
        Vigilo core(**old, clock);
        VERIFY_OK(core.workspaces().createWorkspace(QStringLiteral("acme"), QStringLiteral("Acme"),
                                                    QStringLiteral("en_US"),
                                                    QStringLiteral("alice")));
        VERIFY_OK(
            core.workspaces().createWorkspace(QStringLiteral("globex"), QStringLiteral("Globex"),
                                              QStringLiteral("en_US"), QStringLiteral("gustav")));
    }
    // Rows as a schema-6 build wrote them: the same title words in both workspaces.
    const QString t = Dialect::toDb(fixedNow()).toString();
    auto change = [&](const QString &slug, int number, const QString &title,
                      const QString &status) {
        return QStringLiteral("INSERT INTO changes (workspace_id, number, title, change_type, "
                              "priority, min_lead_time_hours, requester_id, status, created_at, "
                              "updated_at) SELECT w.id, %2, '%3', 'normal', 'medium', 0, m.id, "
                              "'%4', '%5', '%5' FROM workspaces w JOIN members m ON "
                              "m.workspace_id = w.id WHERE w.slug = '%1'")
            .arg(slug)
            .arg(number)
            .arg(title, status, t);
    };
    auto words = [](const QString &slug, int number, const QStringList &ws) {
        QStringList out;
        for (const QString &w : ws)
            out << QStringLiteral("INSERT INTO change_words (word, change_id) SELECT '%1', c.id "
                                  "FROM changes c JOIN workspaces w ON w.id = c.workspace_id "
                                  "WHERE w.slug = '%2' AND c.number = %3")
                       .arg(w, slug)
                       .arg(number);
        return out;
    };
    QStringList rows;
    rows << change(QStringLiteral("acme"), 1, QStringLiteral("Rotate certificate edge"),
                   QStringLiteral("draft"))
         << change(QStringLiteral("acme"), 2, QStringLiteral("Rotate certificate api"),
                   QStringLiteral("completed"))
         << change(QStringLiteral("globex"), 1, QStringLiteral("Rotate certificate globex"),
                   QStringLiteral("draft"))
         << words(QStringLiteral("acme"), 1,
                  {QStringLiteral("rotate"), QStringLiteral("certificate"), QStringLiteral("edge")})
         << words(QStringLiteral("acme"), 2,
                  {QStringLiteral("rotate"), QStringLiteral("certificate"), QStringLiteral("api")})
         << words(QStringLiteral("globex"), 1,
                  {QStringLiteral("rotate"), QStringLiteral("certificate"),
                   QStringLiteral("globex")});
    // The guard as an older build left it: it allowed every status change.
    if (onPostgres())
        rows << QStringLiteral("CREATE OR REPLACE FUNCTION vigilo_fsm_guard() RETURNS trigger "
                               "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$");
    else
        rows << QStringLiteral("DROP TRIGGER changes_fsm_guard")
             << QStringLiteral("CREATE TRIGGER changes_fsm_guard BEFORE UPDATE OF status ON "
                               "changes WHEN 0 BEGIN SELECT RAISE(ABORT, 'old guard'); END");
    const QString wrote = rawExec(location, rows);
    QVERIFY2(wrote.isEmpty(), qPrintable(wrote));

    auto store = Store::open(location, Store::OpenMode::ExistingOnly);
    VERIFY_OK(store);
    QCOMPARE((*store)->schemaVersion(), Store::kSchemaVersion);
    // Every word row names its change's workspace; none was lost.
    QCOMPARE(rawScalar(location, QStringLiteral("SELECT COUNT(*) FROM change_words")).toInt(), 9);
    QCOMPARE(rawScalar(location, QStringLiteral("SELECT COUNT(*) FROM change_words w JOIN "
                                                "changes c ON c.id = w.change_id WHERE "
                                                "c.workspace_id <> w.workspace_id"))
                 .toInt(),
             0);
    ManualClock clock(fixedNow());
    Vigilo core(**store, clock);
    auto alice = core.workspaces().signIn(QStringLiteral("acme"), QStringLiteral("alice"));
    VERIFY_OK(alice);
    auto similar = core.planning().similar(*alice, 1);
    VERIFY_OK(similar);
    QStringList titles;
    for (const SimilarChange &s : *similar)
        titles << s.title;
    QCOMPARE(titles, QStringList{QStringLiteral("Rotate certificate api")});
    // The regenerated guard refuses what the C++ table does not allow, on raw SQL too.
    const QString refused =
        rawExec(location,
                {QStringLiteral("UPDATE changes SET status = 'draft' WHERE status = 'completed'")});
    QVERIFY2(refused.contains(QLatin1String("FSM")), qPrintable(refused));
    QCOMPARE(rawScalar(location, QStringLiteral("SELECT COUNT(*) FROM changes WHERE status = "
                                                "'completed'"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestIsolation)
#include "tst_isolation.moc"
