// Nothing crosses workspaces, for every read of the core: a second workspace in the same
// database gets look-alike data (the same asset names, the same CHG numbers, the same title
// words, overlapping windows and freezes, history, comments, tasks and decisions), and every read
// of the first workspace answers exactly what it answered before that data existed. Also: the
// title-word index carries its workspace, and the database refuses a row that claims another.
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
    if (!core.maintenance().add(m_gustav, mw).ok())
        return false;
    FreezeWindowInput freeze;
    freeze.name = QStringLiteral("Globex freeze");
    freeze.start = ws.now().addDays(2);
    freeze.end = ws.now().addDays(5);
    freeze.allowOverride = true;
    if (!core.workspaces().addFreezeWindow(m_gustav, freeze).ok())
        return false;
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
    Vigilo &core = ws.core();
    const Actor viewer = ws.viewer();
    QMap<QString, QString> out;
    auto add = [&](const QString &name, const auto &result, auto toText) {
        out.insert(name,
                   result.ok() ? toText(*result) : QStringLiteral("error ") + result.error().code);
    };
    for (int n : {m_completed, m_planned}) {
        const QString num = formatChangeNumber(n);
        add(QStringLiteral("similar ") + num, core.planning().similar(viewer, n),
            [](const auto &v) { return listJson(v); });
        add(QStringLiteral("conflicts ") + num, core.planning().conflicts(viewer, n),
            [](const auto &v) { return text(v.toJson()); });
        add(QStringLiteral("history ") + num, core.audit().changeHistory(viewer, n),
            [](const auto &v) { return listJson(v); });
        add(QStringLiteral("evidence ") + num, EvidencePack(core).evidence(viewer, n),
            [](const QJsonObject &v) { return text(v); });
        add(QStringLiteral("risk profile ") + num, core.risk().profile(viewer, n),
            [](const auto &v) { return text(v.toJson()); });
        add(QStringLiteral("steps ") + num, core.approvals().steps(viewer, n),
            [](const auto &v) { return listJson(v); });
        add(QStringLiteral("tasks ") + num, core.runbook().tasks(viewer, n),
            [](const auto &v) { return listJson(v); });
        add(QStringLiteral("comments ") + num, core.discussion().comments(viewer, n),
            [](const auto &v) { return listJson(v); });
        add(QStringLiteral("change ") + num, core.changes().get(viewer, n),
            [](const auto &v) { return text(v.toJson()); });
    }
    add(QStringLiteral("conflicts of a draft window"),
        core.planning().conflictsFor(viewer, ws.now().addDays(3), ws.now().addDays(4),
                                     TestWorkspace::assetNames()),
        [](const auto &v) { return text(v.toJson()); });
    add(QStringLiteral("calendar"),
        core.planning().calendar(viewer, ws.now().addDays(-30), ws.now().addDays(60)),
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
    add(QStringLiteral("metrics"), core.metrics().report(viewer, mq),
        [](const auto &v) { return text(v.toJson()); });
    mq.asset = QStringLiteral("payments-api");
    add(QStringLiteral("metrics of an asset"), core.metrics().report(viewer, mq),
        [](const auto &v) { return text(v.toJson()); });
    ChangeFilter search;
    search.search = QStringLiteral("TLS");
    add(QStringLiteral("search"), core.changes().list(viewer, search),
        [](const QList<ChangeSummary> &v) {
            QStringList l;
            for (const auto &s : v)
                l << QStringLiteral("%1 %2").arg(s.number).arg(s.title);
            return l.join(QLatin1Char('\n'));
        });
    add(QStringLiteral("list"), core.changes().list(viewer), [](const QList<ChangeSummary> &v) {
        QStringList l;
        for (const auto &s : v)
            l << QStringLiteral("%1 %2").arg(s.number).arg(s.title);
        return l.join(QLatin1Char('\n'));
    });
    add(QStringLiteral("csv export"), core.csv().exportCsv(viewer),
        [](const QByteArray &v) { return QString::fromUtf8(v); });
    add(QStringLiteral("ics export"), core.calendar().ics(viewer),
        [](const QByteArray &v) { return QString::fromUtf8(v); });
    add(QStringLiteral("workspace history"), core.audit().workspaceHistory(viewer, 1000),
        [](const auto &v) { return listJson(v); });
    add(QStringLiteral("assets"), core.workspaces().assets(viewer), [](const QList<Asset> &v) {
        QStringList l;
        for (const auto &a : v)
            l << a.name;
        return l.join(QLatin1Char(','));
    });
    add(QStringLiteral("freeze windows"), core.workspaces().freezeWindows(viewer),
        [](const auto &v) { return listJson(v); });
    add(QStringLiteral("maintenance windows"), core.maintenance().list(viewer),
        [](const auto &v) { return listJson(v); });
    add(QStringLiteral("members"), core.workspaces().members(viewer), [](const QList<Member> &v) {
        QStringList l;
        for (const auto &m : v)
            l << m.username;
        return l.join(QLatin1Char(','));
    });
    add(QStringLiteral("audit verify"), core.audit().verify(ws.owner()),
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
    auto similar = ws.core().planning().similar(ws.engineer(), m_planned);
    VERIFY_OK(similar);
    QVERIFY(!similar->isEmpty()); // acme's own certificate rotation is similar
    for (const SimilarChange &s : *similar)
        QVERIFY2(!s.title.contains(QLatin1String("Globex")), qPrintable(s.title));
    // And Globex's member does not see acme's changes in theirs (signed in again, as every
    // request is: on PostgreSQL that binds gustav, and the engineer bound above sees nothing).
    auto gustav = ws.core().workspaces().signIn(QStringLiteral("globex"), QStringLiteral("gustav"));
    VERIFY_OK(gustav);
    auto theirs = ws.core().planning().similar(*gustav, 2);
    VERIFY_OK(theirs);
    for (const SimilarChange &s : *theirs)
        QVERIFY2(s.title.contains(QLatin1String("Globex")), qPrintable(s.title));
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
