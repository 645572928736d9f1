// PostgreSQL's own rules behind vigilo-server (issue 13, deliverable 5), attacked with raw SQL
// and psql. Members hold no database login; the server connects as a login of the group
// vigilo_server (here vigilo_app: neither superuser nor the schema's owner) and binds the acting
// member (vigilo.member) on its connection; row-level security is keyed to that binding. A
// request handler with a bug runs arbitrary SQL here: bound as a member of one workspace it
// cannot read or write another, it cannot change history, move a change past the FSM and its
// approvals, set the counters, or manage what only admins manage; no PUBLIC right exists;
// SECURITY DEFINER functions cannot be fooled by a temporary `members` table; and a database of
// the old model (members with logins) is moved over: those logins lose their way in.
// PostgreSQL only (registered as tst_pg_authority_pg).
#include "RawSql.h"
#include "TestServer.h"
#include "TestWorkspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

#include <memory>
#include <tuple>

using namespace vigilo;
using namespace vigilo::test;

class TestPgAuthority : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void serverRoleIsNeitherSuperuserNorOwner();
    void noPublicRights();
    void readPoliciesCallNothingPerRow();
    void membersCannotLogIn();
    void unboundSeesNothing();
    void boundMemberStaysInTheirWorkspace();
    void historyOnlyGrows();
    void fsmAndApprovalsHold();
    void typeFlipCannotSkipApproval();
    void countersOnlyThroughTheCore();
    void adminThingsStayWithAdmins();
    void securityDefinerIgnoresTempTables();
    void coreActsThroughTheBinding();
    void moveOverRevokesMemberLogins();

private:
    // A raw connection of the server's role with `member` bound, as a request handler has.
    std::unique_ptr<Login> serverAs(const QString &member) const;
    QString where(int number) const
    {
        return QStringLiteral(" WHERE workspace_id = %1 AND number = %2")
            .arg(m_ws->workspace().id)
            .arg(number);
    }
    static std::tuple<int, QString, QString> psql(const QString &url, const QString &sql);

    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_globex = 0;
    int m_draft = 0; // eve's draft in acme
    QString globexSql() const { return QString::number(m_globex); }
};

void TestPgAuthority::initTestCase()
{
    QVERIFY2(onPostgres(),
             "tst_pg_authority tests the PostgreSQL server's own rules: run it as "
             "tst_pg_authority_pg (VIGILO_TEST_BACKEND=postgresql under .ci/with-postgres)");
}

void TestPgAuthority::init()
{
    // acme (TestWorkspace: its core runs as the server's role) with eve (engineer) and vic
    // (viewer); globex, a second workspace of gustav's that nobody of acme is in.
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
    auto draft = m_ws->createChange(m_ws->as(QStringLiteral("eve")),
                                    m_ws->validDraft(QStringLiteral("Eve's draft")));
    VERIFY_OK(draft);
    m_draft = draft->number;
}

void TestPgAuthority::cleanup()
{
    m_ws.reset();
}

std::unique_ptr<Login> TestPgAuthority::serverAs(const QString &member) const
{
    return std::make_unique<Login>(m_ws->dbUrlAs(member), member);
}

std::tuple<int, QString, QString> TestPgAuthority::psql(const QString &url, const QString &sql)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (program.isEmpty())
        return {-1, QString(), QStringLiteral("psql is not installed (postgresql-client)")};
    QProcess p;
    p.start(program, {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                      QStringLiteral("-At"), QStringLiteral("-d"), url, QStringLiteral("-c"), sql});
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestPgAuthority::serverRoleIsNeitherSuperuserNorOwner()
{
    auto server = serverAs(QString());
    QVERIFY2(server->isOpen(), qPrintable(server->error()));
    QCOMPARE(server->scalar(QStringLiteral("SELECT session_user")).toString(), pgServerLogin());
    QCOMPARE(server
                 ->scalar(QStringLiteral("SELECT rolsuper OR rolcreaterole OR rolbypassrls FROM "
                                         "pg_roles WHERE rolname = session_user"))
                 .toBool(),
             false);
    QCOMPARE(server
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = "
                                         "'public' AND tableowner = session_user"))
                 .toLongLong(),
             0LL);
    // Every table forces row-level security (the owner's too).
    QCOMPARE(rawScalar(m_ws->dbPath(),
                       QStringLiteral("SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON "
                                      "n.oid = c.relnamespace WHERE n.nspname = 'public' AND "
                                      "c.relkind = 'r' AND NOT (c.relrowsecurity AND "
                                      "c.relforcerowsecurity)"))
                 .toLongLong(),
             0LL);
}

// Schema 23: a policy FOR ALL applies to reads too; a write check there as a function call
// (vigilo_can_write(workspace_id)) ran once per row of every read (10,000 calls for the change
// list). Every such check the server's role reads through is now a set of workspaces (the
// webhook endpoints' policy, which adds the member's own endpoints, keeps its calls: a small
// table).
void TestPgAuthority::readPoliciesCallNothingPerRow()
{
    const QString db = m_ws->dbPath();
    QCOMPARE(rawScalar(db, QStringLiteral(
                               "SELECT string_agg(tablename || '.' || policyname, ', ') FROM "
                               "pg_policies WHERE schemaname = 'public' AND 'vigilo_server' = ANY "
                               "(roles) AND cmd IN ('ALL', 'SELECT') AND qual ~ "
                               "'^vigilo_can_(write|manage)\\('"))
                 .toString(),
             QString());
    // The rewritten checks are there (not merely gone): changes and a child table.
    QCOMPARE(rawScalar(db, QStringLiteral("SELECT qual FROM pg_policies WHERE policyname = "
                                          "'changes_write'"))
                 .toString(),
             QStringLiteral("(workspace_id IN ( SELECT vigilo_writable_workspaces() AS "
                            "vigilo_writable_workspaces))"));
    QVERIFY(rawScalar(db, QStringLiteral("SELECT with_check FROM pg_policies WHERE policyname = "
                                         "'change_assets_write'"))
                .toString()
                .startsWith(QStringLiteral("(vigilo_change_workspace(change_id) IN ( SELECT "
                                           "vigilo_writable_workspaces()")));
}

void TestPgAuthority::noPublicRights()
{
    const QString db = m_ws->dbPath();
    // Tables (and every privilege on them), sequences, functions, the schema, the database.
    QCOMPARE(rawScalar(
                 db, QStringLiteral("SELECT string_agg(c.relname, ', ') FROM pg_class c JOIN "
                                    "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
                                    "'public' AND c.relkind IN ('r', 'v') AND "
                                    "has_table_privilege('public', c.oid, 'SELECT, INSERT, UPDATE, "
                                    "DELETE, TRUNCATE, REFERENCES, TRIGGER')"))
                 .toString(),
             QString());
    QCOMPARE(rawScalar(db, QStringLiteral(
                               "SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                               "c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'"))
                     .toLongLong()
                 > 20,
             true);
    QCOMPARE(rawScalar(db, QStringLiteral("SELECT string_agg(c.relname, ', ') FROM pg_class c "
                                          "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
                                          "n.nspname = 'public' AND c.relkind = 'S' AND "
                                          "has_sequence_privilege('public', c.oid, 'USAGE, "
                                          "SELECT, UPDATE')"))
                 .toString(),
             QString());
    QCOMPARE(rawScalar(db, QStringLiteral("SELECT string_agg(p.proname, ', ') FROM pg_proc p JOIN "
                                          "pg_namespace n ON n.oid = p.pronamespace WHERE "
                                          "n.nspname = 'public' AND "
                                          "has_function_privilege('public', p.oid, 'EXECUTE')"))
                 .toString(),
             QString());
    QCOMPARE(
        rawScalar(db, QStringLiteral("SELECT has_schema_privilege('public', 'public', 'USAGE') OR "
                                     "has_schema_privilege('public', 'public', 'CREATE') OR "
                                     "has_database_privilege('public', current_database(), "
                                     "'CONNECT') OR has_database_privilege('public', "
                                     "current_database(), 'TEMPORARY')"))
            .toBool(),
        false);
    // The login-provisioning function of the old model is gone.
    QCOMPARE(rawScalar(db, QStringLiteral("SELECT to_regprocedure('vigilo_provision_login(text)') "
                                          "IS NULL"))
                 .toBool(),
             true);
    // The old member group keeps nothing either.
    QCOMPARE(rawScalar(db, QStringLiteral("SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON "
                                          "n.oid = c.relnamespace WHERE n.nspname = 'public' AND "
                                          "c.relkind = 'r' AND "
                                          "has_table_privilege('vigilo_member', c.oid, 'SELECT, "
                                          "INSERT, UPDATE, DELETE')"))
                 .toLongLong(),
             0LL);
}

void TestPgAuthority::membersCannotLogIn()
{
    // Nobody of acme has a role to log in with: not eve, not the owner.
    for (const QString &member : {QStringLiteral("eve"), QStringLiteral("owner")}) {
        auto [code, out, err] =
            psql(m_ws->dbUrlAs(QStringLiteral("postgres"))
                     .replace(QStringLiteral("postgres@"), member + QLatin1Char('@')),
                 QStringLiteral("SELECT 1"));
        QVERIFY2(code != 0 && err.contains(QLatin1String("does not exist")),
                 qPrintable(member + QStringLiteral(": ") + out + err));
    }
    // A login that is not the server's (say, someone's old or new role) cannot even connect.
    const QString outsider =
        QStringLiteral("vigilo_outsider_%1").arg(QCoreApplication::applicationPid());
    QCOMPARE(pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(outsider)), QString());
    auto [code, out, err] = psql(pgUrl(QUrl(m_ws->dbPath()).path().mid(1), outsider),
                                 QStringLiteral("SELECT COUNT(*) FROM changes"));
    (void)pgAdminExec(QStringLiteral("DROP ROLE %1").arg(outsider));
    QVERIFY2(code != 0 && err.contains(QLatin1String("permission denied for database")),
             qPrintable(out + err));
}

void TestPgAuthority::unboundSeesNothing()
{
    // A handler that forgot to bind its member (or a connection before any request).
    auto server = serverAs(QString());
    QVERIFY2(server->isOpen(), qPrintable(server->error()));
    for (const QString &table :
         {QStringLiteral("workspaces"), QStringLiteral("members"), QStringLiteral("changes"),
          QStringLiteral("assets"), QStringLiteral("audit_events"), QStringLiteral("comments")})
        QCOMPARE(server->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong(), 0LL);
    const QString err = server->exec(
        QStringLiteral("INSERT INTO assets (workspace_id, name, kind, created_at) VALUES (%1, "
                       "'planted', 'host', '2026-01-01T00:00:00.000Z')")
            .arg(m_ws->workspace().id));
    QVERIFY2(err.contains(QLatin1String("row-level security")), qPrintable(err));
}

void TestPgAuthority::boundMemberStaysInTheirWorkspace()
{
    // The issue's demand: raw SQL as the server's role with member A of workspace 1 bound
    // reads and writes nothing of workspace 2 — even the owner of acme.
    QVERIFY(rawCount(m_ws->dbPath(), QStringLiteral("changes"),
                     QStringLiteral("workspace_id = ") + globexSql())
            > 0);
    for (const QString &member : {QStringLiteral("eve"), QStringLiteral("owner")}) {
        auto server = serverAs(member);
        QVERIFY2(server->isOpen(), qPrintable(server->error()));
        for (const QString &table :
             {QStringLiteral("changes"), QStringLiteral("assets"), QStringLiteral("members"),
              QStringLiteral("audit_events"), QStringLiteral("change_words")})
            QCOMPARE(server
                         ->scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE workspace_id = "
                                                 "%2")
                                      .arg(table, globexSql()))
                         .toLongLong(),
                     0LL);
        QCOMPARE(server
                     ->scalar(QStringLiteral("SELECT COUNT(*) FROM workspaces WHERE id = ")
                              + globexSql())
                     .toLongLong(),
                 0LL);
        // Their own workspace they do see.
        QVERIFY(server
                    ->scalar(QStringLiteral("SELECT COUNT(*) FROM changes WHERE workspace_id "
                                            "= %1")
                                 .arg(m_ws->workspace().id))
                    .toLongLong()
                >= 1);
        const QString before = rawFingerprint(m_ws->dbPath());
        QString err = server->exec(
            QStringLiteral("INSERT INTO assets (workspace_id, name, kind, created_at) VALUES "
                           "(%1, 'planted', 'host', '2026-01-01T00:00:00.000Z')")
                .arg(globexSql()));
        QVERIFY2(err.contains(QLatin1String("row-level security")), qPrintable(err));
        err = server->exec(
            QStringLiteral("INSERT INTO members (workspace_id, username, role, created_at) VALUES "
                           "(%1, '%2', 'owner', '2026-01-01T00:00:00.000Z')")
                .arg(globexSql(), member));
        QVERIFY2(err.contains(QLatin1String("row-level security")), qPrintable(err));
        err = server->exec(
            QStringLiteral("INSERT INTO audit_events (workspace_id, seq, at, actor, action, "
                           "entity, prev_hash, hash) VALUES (%1, 999, "
                           "'2026-01-01T00:00:00.000Z', '%2', 'x', 'x', '', '')")
                .arg(globexSql(), member));
        QVERIFY2(err.contains(QLatin1String("row-level security")), qPrintable(err));
        err = server->exec(QStringLiteral("SELECT vigilo_take_change_number(%1)").arg(globexSql()));
        QVERIFY2(err.contains(QLatin1String("may not write")), qPrintable(err));
        int rows = -1;
        err =
            server->exec(QStringLiteral("UPDATE changes SET title = 'owned' WHERE workspace_id = ")
                             + globexSql(),
                         &rows);
        QVERIFY2(err.isEmpty() && rows == 0, qPrintable(err));
        err = server->exec(QStringLiteral("DELETE FROM change_assets WHERE change_id IN (SELECT id "
                                          "FROM changes WHERE workspace_id = %1)")
                               .arg(globexSql()),
                           &rows);
        QVERIFY2(err.isEmpty() && rows == 0, qPrintable(err));
        QCOMPARE(rawFingerprint(m_ws->dbPath()), before);
    }
}

void TestPgAuthority::historyOnlyGrows()
{
    // Even bound as acme's owner the server's role cannot rewrite or remove history, nor
    // record it in someone else's name, nor switch the guards off.
    auto server = serverAs(QStringLiteral("owner"));
    QVERIFY2(server->isOpen(), qPrintable(server->error()));
    const QString before = rawFingerprint(m_ws->dbPath());
    for (const QString &sql :
         {QStringLiteral("UPDATE audit_events SET actor = 'mallory'"),
          QStringLiteral("DELETE FROM audit_events"), QStringLiteral("TRUNCATE audit_events"),
          QStringLiteral("UPDATE account_events SET username = 'mallory'"),
          QStringLiteral("DELETE FROM account_events"),
          QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER"),
          QStringLiteral("ALTER TABLE changes DISABLE TRIGGER USER"),
          QStringLiteral("ALTER TABLE changes NO FORCE ROW LEVEL SECURITY"),
          QStringLiteral("DROP TABLE audit_events"), QStringLiteral("DELETE FROM changes"),
          QStringLiteral("UPDATE vigilo_schema SET version = 99")}) {
        const QString err = server->exec(sql);
        QVERIFY2(err.contains(QLatin1String("permission denied"))
                     || err.contains(QLatin1String("must be owner")),
                 qPrintable(sql + QStringLiteral(" -> ") + err));
    }
    const QString err = server->exec(
        QStringLiteral("INSERT INTO audit_events (workspace_id, seq, at, actor, action, entity, "
                       "prev_hash, hash) VALUES (%1, 999, '2026-01-01T00:00:00.000Z', 'eve', "
                       "'change.approve', 'change', '', '')")
            .arg(m_ws->workspace().id));
    QVERIFY2(err.contains(QLatin1String("row-level security")), qPrintable(err));
    QCOMPARE(rawFingerprint(m_ws->dbPath()), before);
    auto v = m_ws->core().audit().verify(m_ws->owner());
    VERIFY_OK(v);
    QVERIFY(v->ok);
}

void TestPgAuthority::fsmAndApprovalsHold()
{
    auto eve = serverAs(QStringLiteral("eve"));
    QVERIFY2(eve->isOpen(), qPrintable(eve->error()));
    const QString before = rawFingerprint(m_ws->dbPath());
    // Moves the FSM does not allow.
    for (const QString &to : {QStringLiteral("completed"), QStringLiteral("in_progress"),
                              QStringLiteral("scheduled"), QStringLiteral("rolled_back")}) {
        const QString err =
            eve->exec(QStringLiteral("UPDATE changes SET status = '%1'").arg(to) + where(m_draft));
        QVERIFY2(err.contains(QLatin1String("not allowed by the change FSM")),
                 qPrintable(to + QStringLiteral(" -> ") + err));
    }
    // A change is born a draft: not inserted as completed (the old guard fired on UPDATE only).
    const QString insert =
        QStringLiteral("INSERT INTO changes (workspace_id, number, title, change_type, priority, "
                       "min_lead_time_hours, requester_id, status, created_at, updated_at) SELECT "
                       "%1, 900, 'Done already', 'normal', 'low', 24, id, '%2', "
                       "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' FROM members "
                       "WHERE workspace_id = %1 AND username = 'eve'")
            .arg(m_ws->workspace().id);
    for (const QString &status : {QStringLiteral("completed"), QStringLiteral("approved")}) {
        const QString err = eve->exec(insert.arg(status));
        QVERIFY2(err.contains(QLatin1String("created as a draft")),
                 qPrintable(status + QStringLiteral(" -> ") + err));
    }
    QCOMPARE(rawFingerprint(m_ws->dbPath()), before);
    // Her change in review: approving it by hand (review -> approved is a legal FSM move) is
    // refused while its steps are not decided.
    VERIFY_OK(
        m_ws->core().changes().apply(m_ws->as(QStringLiteral("eve")), m_draft, Action::Submit));
    QCOMPARE_ENUM(m_ws->statusOf(m_draft), ChangeStatus::Review);
    const QString reviewed = rawFingerprint(m_ws->dbPath());
    QString err =
        eve->exec(QStringLiteral("UPDATE changes SET status = 'approved'") + where(m_draft));
    QVERIFY2(err.contains(QLatin1String("not approved by its steps")), qPrintable(err));
    // Nor by marking the step approved first (no decision of anyone but herself counts).
    err = eve->exec(QStringLiteral("UPDATE approval_steps SET status = 'approved' WHERE "
                                   "change_id = (SELECT id FROM changes")
                    + where(m_draft) + QLatin1Char(')'));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    err = eve->exec(
        QStringLiteral("INSERT INTO approval_decisions (step_id, member_id, approved, "
                       "decided_at) SELECT s.id, c.requester_id, 1, "
                       "'2026-01-01T00:00:00.000Z' FROM approval_steps s JOIN changes "
                       "c ON c.id = s.change_id")
        + where(m_draft).replace(QStringLiteral("workspace_id"), QStringLiteral("c.workspace_id")));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    err = eve->exec(QStringLiteral("UPDATE changes SET status = 'approved'") + where(m_draft));
    QVERIFY2(err.contains(QLatin1String("not approved by its steps")), qPrintable(err));
    (void)reviewed;
    QCOMPARE_ENUM(m_ws->statusOf(m_draft), ChangeStatus::Review);
}

void TestPgAuthority::typeFlipCannotSkipApproval()
{
    // The issue's trick: flip a change to standard (which skips review), push it through, and
    // flip it back. Allowed while a draft (the core lets a draft change its type) ...
    auto eve = serverAs(QStringLiteral("eve"));
    QVERIFY2(eve->isOpen(), qPrintable(eve->error()));
    VERIFY_OK(
        m_ws->core().changes().apply(m_ws->as(QStringLiteral("eve")), m_draft, Action::Submit));
    const QString before = rawFingerprint(m_ws->dbPath());
    // ... but not in review, approved or later.
    QString err = eve->exec(QStringLiteral("UPDATE changes SET change_type = 'standard', "
                                           "is_standard = 1")
                            + where(m_draft));
    QVERIFY2(err.contains(QLatin1String("not allowed in status review")), qPrintable(err));
    err = eve->exec(QStringLiteral("UPDATE changes SET is_standard = 1") + where(m_draft));
    QVERIFY2(err.contains(QLatin1String("is_standard must match")), qPrintable(err));
    QCOMPARE(rawFingerprint(m_ws->dbPath()), before);
    // A standard change approved on submit cannot become normal while approved.
    ChangeDraft standard = m_ws->validDraft(QStringLiteral("Standard by type"));
    standard.changeType = ChangeType::Standard;
    auto created = m_ws->createChange(m_ws->as(QStringLiteral("eve")), standard);
    VERIFY_OK(created);
    auto submitted = m_ws->core().changes().apply(m_ws->as(QStringLiteral("eve")), created->number,
                                                  Action::Submit);
    VERIFY_OK(submitted);
    QCOMPARE_ENUM(m_ws->statusOf(created->number), ChangeStatus::Approved);
    err = eve->exec(QStringLiteral("UPDATE changes SET change_type = 'normal', is_standard = 0")
                    + where(created->number));
    QVERIFY2(err.contains(QLatin1String("not allowed in status approved")), qPrintable(err));
}

void TestPgAuthority::countersOnlyThroughTheCore()
{
    auto owner = serverAs(QStringLiteral("owner"));
    QVERIFY2(owner->isOpen(), qPrintable(owner->error()));
    const QString before = rawFingerprint(m_ws->dbPath());
    for (const QString &set :
         {QStringLiteral("next_change_number = 500"), QStringLiteral("longest_window_secs = 0")}) {
        const QString err = owner->exec(QStringLiteral("UPDATE workspaces SET %1 WHERE id = %2")
                                            .arg(set)
                                            .arg(m_ws->workspace().id));
        QVERIFY2(err.contains(QLatin1String("permission denied")), qPrintable(set + err));
    }
    // The function only raises the longest window.
    QCOMPARE(
        owner->exec(QStringLiteral("SELECT vigilo_note_window(%1, 0)").arg(m_ws->workspace().id)),
        QString());
    QCOMPARE(rawFingerprint(m_ws->dbPath()), before);
    // A viewer takes no number.
    auto vic = serverAs(QStringLiteral("vic"));
    const QString err =
        vic->exec(QStringLiteral("SELECT vigilo_take_change_number(%1)").arg(m_ws->workspace().id));
    QVERIFY2(err.contains(QLatin1String("may not write")), qPrintable(err));
    QCOMPARE(rawFingerprint(m_ws->dbPath()), before);
}

void TestPgAuthority::adminThingsStayWithAdmins()
{
    VERIFY_OK(m_ws->core().workspaces().addFreezeWindow(
        m_ws->admin(), FreezeWindowInput{QStringLiteral("Year end"),
                                         m_ws->now().addDays(10),
                                         m_ws->now().addDays(12),
                                         QStringLiteral("closing"),
                                         false,
                                         {}}));
    MaintenanceWindow window;
    window.asset = TestWorkspace::assetNames().first();
    window.weekday = 2;
    window.start = QTime(2, 0);
    window.durationMinutes = 60;
    window.timeZone = "UTC";
    VERIFY_OK(m_ws->core().maintenance().add(m_ws->admin(), window));
    const QString ws = QString::number(m_ws->workspace().id);
    const QString before = rawFingerprint(m_ws->dbPath());
    auto eve = serverAs(QStringLiteral("eve"));
    QVERIFY2(eve->isOpen(), qPrintable(eve->error()));
    // An engineer inserts no template and removes no freeze window.
    QString err = eve->exec(
        QStringLiteral("INSERT INTO change_templates (workspace_id, name, title, created_at) "
                       "VALUES (%1, 'yolo', 'Anything goes', '2026-01-01T00:00:00.000Z')")
            .arg(ws));
    QVERIFY2(err.contains(QLatin1String("row-level security")), qPrintable(err));
    // (Admins remove freeze windows since schema 21: the policy hides every row from her.)
    int rows = -1;
    err = eve->exec(QStringLiteral("DELETE FROM freeze_windows"), &rows);
    QVERIFY2(err.isEmpty() && rows == 0, qPrintable(err));
    err = eve->exec(QStringLiteral("DELETE FROM freeze_window_assets"), &rows);
    QVERIFY2(err.isEmpty() && rows == 0, qPrintable(err));
    // Nor does she touch a maintenance window (admins change them, as the core decides).
    err = eve->exec(QStringLiteral("DELETE FROM maintenance_windows"), &rows);
    QVERIFY2(err.isEmpty() && rows == 0, qPrintable(err));
    err = eve->exec(QStringLiteral("INSERT INTO maintenance_windows (asset_id, weekday, "
                                   "start_minute, duration_minutes, time_zone, created_at) SELECT "
                                   "id, 1, 0, 60, 'UTC', '2026-01-01T00:00:00.000Z' FROM assets "
                                   "WHERE workspace_id = %1")
                        .arg(ws));
    QVERIFY2(err.contains(QLatin1String("row-level security")), qPrintable(err));
    err = eve->exec(QStringLiteral("UPDATE freeze_windows SET end_at = start_at || 'x'"), &rows);
    QVERIFY2(err.isEmpty() && rows == 0, qPrintable(err));
    // An admin does not make themselves owner.
    auto admin = serverAs(QStringLiteral("admin"));
    err = admin->exec(QStringLiteral("UPDATE members SET role = 'owner' WHERE username = 'admin'"));
    QVERIFY2(err.contains(QLatin1String("row-level security")), qPrintable(err));
    // A viewer adds no workspace webhook endpoint.
    auto vic = serverAs(QStringLiteral("vic"));
    err =
        vic->exec(QStringLiteral("INSERT INTO webhook_endpoints (workspace_id, name, url, secret, "
                                 "created_at) VALUES (%1, 'leak', 'https://example.org/', 's', "
                                 "'2026-01-01T00:00:00.000Z')")
                      .arg(ws));
    QVERIFY2(err.contains(QLatin1String("row-level security")), qPrintable(err));
    QCOMPARE(rawFingerprint(m_ws->dbPath()), before);
}

void TestPgAuthority::securityDefinerIgnoresTempTables()
{
    // Every SECURITY DEFINER function fixes its search_path with pg_temp last.
    QCOMPARE(rawScalar(m_ws->dbPath(),
                       QStringLiteral("SELECT string_agg(p.proname, ', ') FROM pg_proc p JOIN "
                                      "pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname "
                                      "= 'public' AND p.prosecdef AND NOT COALESCE(p.proconfig "
                                      "@> ARRAY['search_path=pg_catalog, public, pg_temp'], "
                                      "false)"))
                 .toString(),
             QString());
    QVERIFY(rawScalar(m_ws->dbPath(), QStringLiteral("SELECT COUNT(*) FROM pg_proc p JOIN "
                                                     "pg_namespace n ON n.oid = p.pronamespace "
                                                     "WHERE n.nspname = 'public' AND p.prosecdef"))
                .toLongLong()
            >= 10);
    auto vic = serverAs(QStringLiteral("vic"));
    QVERIFY2(vic->isOpen(), qPrintable(vic->error()));
    const QString shadow = QStringLiteral(
        "CREATE TEMP TABLE members (id bigint, workspace_id bigint, username text, role text, "
        "active int)");
    // The server's role may not even create temporary tables ...
    QVERIFY2(vic->exec(shadow).contains(QLatin1String("permission denied")),
             "the server's role created a temporary table");
    // ... and where an operator allowed it, the shadow changes nothing.
    const QString dbName = QUrl(m_ws->dbPath()).path().mid(1);
    QCOMPARE(
        rawExec(
            m_ws->dbPath(),
            {QStringLiteral("GRANT TEMPORARY ON DATABASE %1 TO %2").arg(dbName, pgServerLogin())}),
        QString());
    auto vic2 = serverAs(QStringLiteral("vic"));
    QCOMPARE(vic2->exec(shadow), QString());
    QCOMPARE(vic2->exec(QStringLiteral("INSERT INTO pg_temp.members VALUES (1, %1, 'vic', "
                                       "'owner', 1), (2, %2, 'vic', 'owner', 1)")
                            .arg(m_ws->workspace().id)
                            .arg(m_globex)),
             QString());
    // With pg_temp first (what an attacker sets), the unqualified `members` is the shadow ...
    QCOMPARE(vic2->exec(QStringLiteral("SET search_path = pg_temp, public")), QString());
    QCOMPARE(vic2->scalar(QStringLiteral("SELECT COUNT(*) FROM members WHERE workspace_id = ")
                          + globexSql())
                 .toLongLong(),
             1LL);
    // ... but the definer functions and policies read the real one.
    QCOMPARE(vic2->scalar(QStringLiteral("SELECT vigilo_can_manage(%1)").arg(m_globex)).toBool(),
             false);
    QCOMPARE(vic2->scalar(QStringLiteral("SELECT vigilo_can_write(%1)").arg(m_ws->workspace().id))
                 .toBool(),
             false);
    QCOMPARE(vic2->scalar(QStringLiteral("SELECT COUNT(*) FROM public.workspaces")).toLongLong(),
             1LL);
    const QString err = vic2->exec(
        QStringLiteral("INSERT INTO public.assets (workspace_id, name, kind, created_at) VALUES "
                       "(%1, 'vic-box', 'host', '2026-01-01T00:00:00.000Z')")
            .arg(m_ws->workspace().id));
    QVERIFY2(err.contains(QLatin1String("row-level security")), qPrintable(err));
    (void)rawExec(
        m_ws->dbPath(),
        {QStringLiteral("REVOKE TEMPORARY ON DATABASE %1 FROM %2").arg(dbName, pgServerLogin())});
}

void TestPgAuthority::coreActsThroughTheBinding()
{
    // The core of the _pg suites runs as the server runs it: the server's role, with the
    // member of each call bound.
    Store &store = m_ws->store();
    QCOMPARE(store.sessionUser(), pgServerLogin());
    VERIFY_OK(m_ws->core().changes().get(m_ws->as(QStringLiteral("eve")), m_draft));
    QCOMPARE(store.boundMember(), QStringLiteral("eve"));
    auto q = store.prepare(QStringLiteral("SELECT current_setting('vigilo.member', true)"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("eve"));
    q.finish();
    // eve cannot sign in to globex (she does not see it), gustav can.
    auto refused =
        m_ws->core().workspaces().signIn(QStringLiteral("globex"), QStringLiteral("eve"));
    QVERIFY(!refused.ok());
    VERIFY_OK(m_ws->core().workspaces().signIn(QStringLiteral("globex"), QStringLiteral("gustav")));
    QCOMPARE(store.boundMember(), QStringLiteral("gustav"));
    // A write binds its actor whatever was bound before.
    VERIFY_OK(m_ws->core().discussion().addComment(m_ws->as(QStringLiteral("eve")), m_draft,
                                                   QStringLiteral("bound as eve")));
    QCOMPARE(rawScalar(m_ws->dbPath(), QStringLiteral("SELECT actor FROM audit_events WHERE action "
                                                      "= 'comment.add' ORDER BY id DESC LIMIT 1"))
                 .toString(),
             QStringLiteral("eve"));
}

void TestPgAuthority::moveOverRevokesMemberLogins()
{
    // A database of the old model (schema 11, before the server's role): its members were
    // logins in vigilo_member. Moving to schema 14 takes their way in away.
    ScratchDatabase db;
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    const QString legacy =
        QStringLiteral("vigilo_legacy_%1").arg(QCoreApplication::applicationPid());
    {
        auto old = Store::openAtVersion(db.url(), 11);
        VERIFY_OK(old);
        ManualClock clock(fixedNow());
        Vigilo core(**old, clock);
        VERIFY_OK(core.workspaces().createWorkspace(
            QStringLiteral("legacy"), QStringLiteral("Legacy"), QStringLiteral("en_US"), legacy));
        // What `member add` did then: a login in the member group.
        QCOMPARE(
            rawExec(db.url(), {QStringLiteral("SELECT vigilo_provision_login('%1')").arg(legacy)}),
            QString());
    }
    auto [code, out, err] = psql(db.url(legacy), QStringLiteral("SELECT COUNT(*) FROM changes"));
    QVERIFY2(code == 0, qPrintable(err)); // the old model: a member reads tables with psql
    {
        auto moved = Store::open(db.url(), Store::OpenMode::ExistingOnly);
        VERIFY_OK(moved);
        QCOMPARE((*moved)->schemaVersion(), Store::kSchemaVersion);
    }
    std::tie(code, out, err) = psql(db.url(legacy), QStringLiteral("SELECT 1"));
    const bool canLogin =
        rawScalar(
            db.url(),
            QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(legacy))
            .toBool();
    const bool inGroup = rawScalar(db.url(), QStringLiteral("SELECT pg_has_role('%1', "
                                                            "'vigilo_member', 'MEMBER')")
                                                 .arg(legacy))
                             .toBool();
    (void)pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(legacy));
    QVERIFY2(code != 0 && err.contains(QLatin1String("not permitted to log in")),
             qPrintable(out + err));
    QVERIFY(!canLogin);
    QVERIFY(!inGroup);
    // The data is still there, for the server to serve; the operator (with the owner's --db)
    // gives every member an account and a one-time code.
    QCOMPARE(rawCount(db.url(), QStringLiteral("workspaces"), QStringLiteral("slug = 'legacy'")),
             1LL);
    QProcess enroll;
    enroll.start(serverPath(), {QStringLiteral("--db"), db.url(), QStringLiteral("enroll"),
                                QStringLiteral("--all-members"), QStringLiteral("--json")});
    QVERIFY(enroll.waitForFinished(120000));
    const QByteArray printed = enroll.readAllStandardOutput();
    QVERIFY2(enroll.exitCode() == 0, enroll.readAllStandardError().constData());
    const QJsonArray codes = QJsonDocument::fromJson(printed)
                                 .object()
                                 .value(QStringLiteral("enrollment_codes"))
                                 .toArray();
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first().toObject().value(QStringLiteral("username")).toString(), legacy);
    QVERIFY(
        !codes.first().toObject().value(QStringLiteral("enrollment_code")).toString().isEmpty());
    // The server's own login cannot list the members of every workspace.
    enroll.start(serverPath(), {QStringLiteral("--db"), db.serverUrl(), QStringLiteral("enroll"),
                                QStringLiteral("--all-members")});
    QVERIFY(enroll.waitForFinished(120000));
    QCOMPARE(enroll.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestPgAuthority)
#include "tst_pg_authority.moc"
