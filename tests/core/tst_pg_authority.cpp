// What the PostgreSQL server enforces by itself, even for someone who bypasses Vigilo with psql:
// a member reads and writes only their own workspaces (row-level security), history cannot be
// changed or deleted by anyone but the schema owner, a change cannot jump to a status the FSM does
// not allow, a viewer cannot write at all, nobody records history in someone else's name — and
// the acting user is the database login (the CLI refuses --as someone else).
// PostgreSQL only: on SQLite the file's owner has every right and the suite skips.
#include "CliRunner.h"
#include "RawSql.h"
#include "TestWorkspace.h"

#include <QAtomicInt>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <memory>

using namespace vigilo;
using namespace vigilo::test;

class TestPgAuthority : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void memberSeesOnlyOwnWorkspaces();
    void historyCannotBeChanged();
    void fsmHoldsInTheServer();
    void viewerCannotWrite();
    void historyOnlyInOwnName();
    void coreActsAsTheLogin();
    void cliActsAsTheLogin();
    void psqlSession();

private:
    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_globex = 0;
    int m_draft = 0; // eve's draft in acme
    QString globexSql() const { return QString::number(m_globex); }
};

void TestPgAuthority::initTestCase()
{
    // Registered only as tst_pg_authority_pg: on SQLite whoever can open the file has every
    // right, so there is nothing to test there, and a run on SQLite is a mistake, not a pass.
    QVERIFY2(onPostgres(),
             "tst_pg_authority tests the PostgreSQL server's own rules: run it as "
             "tst_pg_authority_pg (VIGILO_TEST_BACKEND=postgresql under .ci/with-postgres)");
}

void TestPgAuthority::init()
{
    // The workspace is created by postgres (the superuser of the test cluster) as the core
    // would be by a DBA; its members get their logins from `member add` (the core provisions
    // them), eve as engineer and vic as viewer. globex is a second workspace eve is not in.
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    VERIFY_OK(m_ws->addMember(QStringLiteral("eve"), Role::Engineer));
    VERIFY_OK(m_ws->addMember(QStringLiteral("vic"), Role::Viewer));
    auto globex = m_ws->core().workspaces().createWorkspace(
        QStringLiteral("globex"), QStringLiteral("Globex"), QStringLiteral("de_DE"),
        QStringLiteral("gustav"));
    VERIFY_OK(globex);
    m_globex = globex->id;
    auto gustav =
        m_ws->core().workspaces().signIn(QStringLiteral("globex"), QStringLiteral("gustav"));
    VERIFY_OK(gustav);
    VERIFY_OK(m_ws->core().workspaces().addAsset(*gustav, QStringLiteral("sap"),
                                                 QStringLiteral("service")));
    ChangeDraft secret;
    secret.title = QStringLiteral("Globex secret merger cut-over");
    secret.affectedAssets = QStringList{QStringLiteral("sap")};
    VERIFY_OK(m_ws->core().changes().create(*gustav, secret));
    // eve's own draft in acme, written through a Store connected as eve.
    auto eveStore =
        Store::open(m_ws->dbUrlAs(QStringLiteral("eve")), Store::OpenMode::ExistingOnly);
    VERIFY_OK(eveStore);
    ManualClock clock(fixedNow());
    Vigilo eveCore(**eveStore, clock);
    auto eve = eveCore.workspaces().signIn(QStringLiteral("acme"), QStringLiteral("eve"));
    VERIFY_OK(eve);
    auto draft = eveCore.changes().create(*eve, m_ws->validDraft(QStringLiteral("Eve's draft")));
    VERIFY_OK(draft);
    m_draft = draft->number;
}

void TestPgAuthority::cleanup()
{
    m_ws.reset();
}

void TestPgAuthority::memberSeesOnlyOwnWorkspaces()
{
    Login eve(m_ws->dbUrlAs(QStringLiteral("eve")));
    QVERIFY2(eve.isOpen(), qPrintable(eve.error()));
    // The superuser sees globex's rows; eve sees none of them, even asking by id.
    QVERIFY(rawCount(m_ws->dbPath(), QStringLiteral("changes"),
                     QStringLiteral("workspace_id = ") + globexSql())
            > 0);
    for (const QString &table : {QStringLiteral("changes"), QStringLiteral("assets"),
                                 QStringLiteral("members"), QStringLiteral("audit_events")})
        QCOMPARE(eve.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE workspace_id = %2")
                                .arg(table, globexSql()))
                     .toLongLong(),
                 0LL);
    QCOMPARE(eve.scalar(QStringLiteral("SELECT COUNT(*) FROM workspaces WHERE slug = 'globex'"))
                 .toLongLong(),
             0LL);
    QCOMPARE(
        eve.scalar(QStringLiteral(
                       "SELECT COUNT(*) FROM change_words w JOIN changes c ON c.id = w.change_id "
                       "WHERE c.workspace_id = %1")
                       .arg(globexSql()))
            .toLongLong(),
        0LL);
    // Her own workspace she does see.
    QVERIFY(eve.scalar(QStringLiteral("SELECT COUNT(*) FROM changes WHERE workspace_id = %1")
                           .arg(m_ws->workspace().id))
                .toLongLong()
            >= 1);
    // Nor can she write there.
    const QString before = rawFingerprint(m_ws->dbPath());
    QString err = eve.exec(
        QStringLiteral("INSERT INTO assets (workspace_id, name, kind, created_at) VALUES (%1, "
                       "'planted', 'host', '2026-01-01T00:00:00.000Z')")
            .arg(globexSql()));
    QVERIFY2(err.contains(QLatin1String("row-level security")), qPrintable(err));
    int rows = -1;
    err = eve.exec(QStringLiteral("UPDATE changes SET title = 'owned' WHERE workspace_id = %1")
                       .arg(globexSql()),
                   &rows);
    QVERIFY2(err.isEmpty() && rows == 0, qPrintable(err));
    err = eve.exec(QStringLiteral("DELETE FROM changes WHERE workspace_id = %1").arg(globexSql()),
                   &rows);
    QVERIFY2(err.isEmpty() && rows == 0, qPrintable(err));
    QCOMPARE(rawFingerprint(m_ws->dbPath()), before);
}

void TestPgAuthority::historyCannotBeChanged()
{
    Login eve(m_ws->dbUrlAs(QStringLiteral("eve")));
    QVERIFY2(eve.isOpen(), qPrintable(eve.error()));
    const QString before = rawFingerprint(m_ws->dbPath());
    for (const QString &sql :
         {QStringLiteral("UPDATE audit_events SET actor = 'mallory'"),
          QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE actor = 'eve'"),
          QStringLiteral("DELETE FROM audit_events WHERE actor = 'eve'"),
          QStringLiteral("TRUNCATE audit_events"),
          QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER"),
          QStringLiteral("DROP TABLE audit_events")}) {
        const QString err = eve.exec(sql);
        QVERIFY2(err.contains(QLatin1String("permission denied"))
                     || err.contains(QLatin1String("must be owner")),
                 qPrintable(sql + QStringLiteral(" -> ") + err));
    }
    // An admin of the workspace (not the schema owner) cannot either.
    Login admin(m_ws->dbUrlAs(QStringLiteral("admin")));
    QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
    const QString err = admin.exec(QStringLiteral("DELETE FROM audit_events"));
    QVERIFY2(err.contains(QLatin1String("permission denied")), qPrintable(err));
    QCOMPARE(rawFingerprint(m_ws->dbPath()), before);
    auto v = m_ws->core().audit().verify(m_ws->owner());
    VERIFY_OK(v);
    QVERIFY(v->ok);
}

void TestPgAuthority::fsmHoldsInTheServer()
{
    Login eve(m_ws->dbUrlAs(QStringLiteral("eve")));
    QVERIFY2(eve.isOpen(), qPrintable(eve.error()));
    const QString where = QStringLiteral(" WHERE workspace_id = %1 AND number = %2")
                              .arg(m_ws->workspace().id)
                              .arg(m_draft);
    QCOMPARE(eve.scalar(QStringLiteral("SELECT status FROM changes") + where).toString(),
             QStringLiteral("draft"));
    const QString before = rawFingerprint(m_ws->dbPath());
    // (draft -> approved is a legal move: standard changes skip review.)
    for (const QString &to :
         {QStringLiteral("completed"), QStringLiteral("in_progress"), QStringLiteral("scheduled"),
          QStringLiteral("rolled_back"), QStringLiteral("rejected")}) {
        const QString err =
            eve.exec(QStringLiteral("UPDATE changes SET status = '%1'").arg(to) + where);
        QVERIFY2(err.contains(QLatin1String("not allowed by the change FSM")),
                 qPrintable(to + QStringLiteral(" -> ") + err));
    }
    // Even the superuser goes through the trigger (only disabling it would help, and that is
    // the schema owner's privilege).
    const QString err = rawExec(
        m_ws->dbPath(), {QStringLiteral("UPDATE changes SET status = 'completed'") + where});
    QVERIFY2(err.contains(QLatin1String("not allowed by the change FSM")), qPrintable(err));
    QCOMPARE(rawFingerprint(m_ws->dbPath()), before);
    // A write that does not move the status passes: the trigger guards moves, not edits.
    int rows = 0;
    QCOMPARE(eve.exec(QStringLiteral("UPDATE changes SET title = 'Eve''s draft, renamed'") + where,
                      &rows),
             QString());
    QCOMPARE(rows, 1);
}

void TestPgAuthority::viewerCannotWrite()
{
    Login vic(m_ws->dbUrlAs(QStringLiteral("vic")));
    QVERIFY2(vic.isOpen(), qPrintable(vic.error()));
    const QString ws = QString::number(m_ws->workspace().id);
    // Vic reads his workspace ...
    QVERIFY(vic.scalar(QStringLiteral("SELECT COUNT(*) FROM changes WHERE workspace_id = ") + ws)
                .toLongLong()
            >= 1);
    const QString before = rawFingerprint(m_ws->dbPath());
    // ... and writes nothing in it.
    for (const QString &sql :
         {QStringLiteral("INSERT INTO assets (workspace_id, name, kind, created_at) VALUES (%1, "
                         "'vic-box', 'host', "
                         "'2026-01-01T00:00:00.000Z')")
              .arg(ws),
          QStringLiteral("INSERT INTO members (workspace_id, username, display_name, role, active, "
                         "created_at) "
                         "VALUES (%1, 'vic2', 'Vic 2', 'owner', 1, '2026-01-01T00:00:00.000Z')")
              .arg(ws),
          QStringLiteral("INSERT INTO audit_events (workspace_id, seq, at, actor, action, entity, "
                         "prev_hash, hash) "
                         "VALUES (%1, 999, '2026-01-01T00:00:00.000Z', 'vic', 'x', 'x', '', '')")
              .arg(ws),
          QStringLiteral(
              "INSERT INTO comments (change_id, author_id, body, created_at) SELECT c.id, m.id, "
              "'hi', "
              "'2026-01-01T00:00:00.000Z' FROM changes c, members m WHERE c.workspace_id = %1 AND "
              "m.username = 'vic' AND m.workspace_id = %1")
              .arg(ws)}) {
        const QString err = vic.exec(sql);
        QVERIFY2(err.contains(QLatin1String("row-level security"))
                     || err.contains(QLatin1String("permission denied")),
                 qPrintable(sql + QStringLiteral(" -> ") + err));
    }
    // UPDATE and DELETE see no row they may touch.
    for (const QString &sql :
         {QStringLiteral("UPDATE changes SET title = 'vic was here'"),
          QStringLiteral("UPDATE members SET role = 'owner' WHERE username = 'vic'"),
          QStringLiteral("UPDATE workspaces SET name = 'Vic Inc'"),
          QStringLiteral("DELETE FROM change_assets"), QStringLiteral("DELETE FROM assets")}) {
        int rows = -1;
        const QString err = vic.exec(sql, &rows);
        QVERIFY2((err.isEmpty() && rows == 0) || err.contains(QLatin1String("permission denied")),
                 qPrintable(sql + QStringLiteral(" -> ") + err + QStringLiteral(" rows ")
                            + QString::number(rows)));
    }
    QCOMPARE(rawFingerprint(m_ws->dbPath()), before);
}

void TestPgAuthority::historyOnlyInOwnName()
{
    Login eve(m_ws->dbUrlAs(QStringLiteral("eve")));
    QVERIFY2(eve.isOpen(), qPrintable(eve.error()));
    const QString before = rawFingerprint(m_ws->dbPath());
    const QString err = eve.exec(
        QStringLiteral(
            "INSERT INTO audit_events (workspace_id, seq, at, actor, action, entity, prev_hash, "
            "hash) "
            "VALUES (%1, 999, '2026-01-01T00:00:00.000Z', 'owner', 'member.add', 'member', '', '')")
            .arg(m_ws->workspace().id));
    QVERIFY2(err.contains(QLatin1String("row-level security")), qPrintable(err));
    QCOMPARE(rawFingerprint(m_ws->dbPath()), before);
}

void TestPgAuthority::coreActsAsTheLogin()
{
    // Through the core connected as eve: her own workspace works, globex does not exist for her.
    auto store = Store::open(m_ws->dbUrlAs(QStringLiteral("eve")), Store::OpenMode::ExistingOnly);
    VERIFY_OK(store);
    QCOMPARE((*store)->sessionUser(), QStringLiteral("eve"));
    ManualClock clock(fixedNow());
    Vigilo core(**store, clock);
    auto eve = core.workspaces().signIn(QStringLiteral("acme"), QStringLiteral("eve"));
    VERIFY_OK(eve);
    QVERIFY(!core.workspaces().signIn(QStringLiteral("globex"), QStringLiteral("eve")).ok());
    QVERIFY(!core.workspaces().signIn(QStringLiteral("globex"), QStringLiteral("gustav")).ok());
    auto list = core.changes().list(*eve);
    VERIFY_OK(list);
    for (const ChangeSummary &s : *list)
        QVERIFY(!s.title.contains(QLatin1String("Globex")));
    // An approver's decision cannot be made by eve's login under another name: the history
    // would have to name the login, and the server refuses anything else.
    auto asApprover = core.workspaces().signIn(QStringLiteral("acme"), QStringLiteral("approver"));
    if (asApprover.ok()) {
        auto c = m_ws->changeIn(ChangeStatus::Review);
        VERIFY_OK(c);
        const QString before = rawFingerprint(m_ws->dbPath());
        auto r = core.changes().apply(*asApprover, c->number, Action::Approve);
        QVERIFY2(!r.ok(), "eve's login approved in the approver's name");
        QCOMPARE(rawFingerprint(m_ws->dbPath()), before);
    }
}

void TestPgAuthority::cliActsAsTheLogin()
{
    const QString eveUrl = m_ws->dbUrlAs(QStringLiteral("eve"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_ws->dir());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_ws->dir());
    CliResult r = runCli({QStringLiteral("--json"), QStringLiteral("--db"), eveUrl,
                          QStringLiteral("-w"), QStringLiteral("acme"), QStringLiteral("--as"),
                          QStringLiteral("alan"), QStringLiteral("change"), QStringLiteral("list")},
                         env);
    QVERIFY2(r.exitCode == 2, r.describe().constData());
    QCOMPARE(r.error().value(QStringLiteral("code")).toString(), QStringLiteral("usage"));
    QVERIFY2(r.err.contains(QLatin1String("eve")), r.describe().constData());
    // VIGILO_USER names someone else: the login still wins.
    env.insert(QStringLiteral("VIGILO_USER"), QStringLiteral("approver"));
    r = runCli({QStringLiteral("--json"), QStringLiteral("--db"), eveUrl, QStringLiteral("-w"),
                QStringLiteral("acme"), QStringLiteral("comment"), QStringLiteral("add"),
                QString::number(m_draft), QStringLiteral("From the CLI")},
               env);
    if (r.exitCode == 0) {
        QCOMPARE(rawScalar(m_ws->dbPath(),
                           QStringLiteral("SELECT actor FROM audit_events WHERE action = "
                                          "'comment.add' ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("eve"));
    } else {
        // No comment command in this build: create a change instead.
        r = runCli({QStringLiteral("--json"), QStringLiteral("--db"), eveUrl, QStringLiteral("-w"),
                    QStringLiteral("acme"), QStringLiteral("change"), QStringLiteral("create"),
                    QStringLiteral("--title"), QStringLiteral("Made by eve's login"),
                    QStringLiteral("--asset"), QStringLiteral("payments-api")},
                   env);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(rawScalar(m_ws->dbPath(),
                           QStringLiteral("SELECT actor FROM audit_events WHERE action = "
                                          "'change.create' ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("eve"));
    }
}

void TestPgAuthority::psqlSession()
{
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    QVERIFY2(!psql.isEmpty(), "psql is not installed (postgresql-client; .ci/deps installs it)");
    const QString eveUrl = m_ws->dbUrlAs(QStringLiteral("eve"));
    const auto run = [&](const QString &sql) {
        QProcess p;
        p.start(psql,
                {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                 QStringLiteral("-At"), QStringLiteral("-d"), eveUrl, QStringLiteral("-c"), sql});
        p.waitForFinished(30000);
        return std::make_tuple(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
                               QString::fromUtf8(p.readAllStandardError()));
    };
    const QString before = rawFingerprint(m_ws->dbPath());
    auto [code, out, err] = run(QStringLiteral("SELECT session_user"));
    QVERIFY2(code == 0 && out == QLatin1String("eve"), qPrintable(out + err));
    std::tie(code, out, err) =
        run(QStringLiteral("SELECT COUNT(*) FROM changes WHERE workspace_id = ") + globexSql());
    QVERIFY2(code == 0 && out == QLatin1String("0"), qPrintable(out + err));
    std::tie(code, out, err) = run(QStringLiteral("UPDATE audit_events SET actor = 'mallory'"));
    QVERIFY2(code != 0 && err.contains(QLatin1String("permission denied")), qPrintable(out + err));
    std::tie(code, out, err) =
        run(QStringLiteral(
                "UPDATE changes SET status = 'completed' WHERE workspace_id = %1 AND number = %2")
                .arg(m_ws->workspace().id)
                .arg(m_draft));
    QVERIFY2(code != 0 && err.contains(QLatin1String("not allowed by the change FSM")),
             qPrintable(out + err));
    QCOMPARE(rawFingerprint(m_ws->dbPath()), before);
}

QTEST_GUILESS_MAIN(TestPgAuthority)
#include "tst_pg_authority.moc"
