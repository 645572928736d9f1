// Workspace administration through the real binary, on SQLite, PostgreSQL and a server: rename,
// the language of evidence packs, reactivating a member, removing freeze and maintenance windows,
// signing a member out everywhere (a team server's sessions; refused elsewhere); audited, refused
// for engineers and viewers, bad input refused with the field named, and nothing written by a
// refusal.
#include "CliFixture.h"
#include "TestServer.h"

using namespace vigilo::test;

namespace {

qlonglong auditCount(const CliSandbox &box, const QString &action, const QString &actor = {})
{
    QString sql =
        QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = '%1'").arg(action);
    if (!actor.isEmpty())
        sql += QStringLiteral(" AND actor = '%1'").arg(actor);
    return rawScalar(box.dbPath(), sql).toLongLong();
}

QJsonObject workspaceOps(const CliSandbox &box, const QString &user)
{
    const CliResult r = box.runJson(user, {QStringLiteral("workspace"), QStringLiteral("list")});
    for (const QJsonValue &v : r.json().object().value(QStringLiteral("workspaces")).toArray())
        if (v.toObject().value(QStringLiteral("slug")).toString() == QLatin1String("ops"))
            return v.toObject();
    return {};
}

// The field a refusal of bad input names.
QString fieldOf(const CliResult &r)
{
    return r.error()
        .value(QStringLiteral("details"))
        .toObject()
        .value(QStringLiteral("field"))
        .toString();
}

// The id of the first object in `list` (freeze list / maintenance list --json).
qint64 firstId(const CliResult &r, const QString &list)
{
    return qint64(r.json()
                      .object()
                      .value(list)
                      .toArray()
                      .first()
                      .toObject()
                      .value(QStringLiteral("id"))
                      .toDouble());
}

QString auditValues(const CliSandbox &box, const QString &action)
{
    return rawScalar(box.dbPath(),
                     QStringLiteral("SELECT old_values || ' ' || new_values || ' ' || actor FROM "
                                    "audit_events WHERE action = '%1' ORDER BY seq DESC")
                         .arg(action))
        .toString();
}

} // namespace

class TestCliAdmin : public QObject {
    Q_OBJECT

    std::unique_ptr<CliSandbox> m_box;

private slots:
    void init()
    {
        m_box = std::make_unique<CliSandbox>();
        QVERIFY(m_box->ok());
        QByteArray why;
        QVERIFY2(setUpOps(*m_box, &why), why.constData());
    }

    void cleanup() { m_box.reset(); }

    void renameIsAuditedAndKeepsTheSlug()
    {
        const CliResult r = m_box->runJson(QStringLiteral("adam"),
                                           args({"workspace", "rename", "Platform operations"}));
        CLI_EXPECT(r, 0);
        QCOMPARE(r.json()
                     .object()
                     .value(QStringLiteral("workspace"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Platform operations"));
        QCOMPARE(workspaceOps(*m_box, QStringLiteral("vera")).value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("Platform operations")));
        QCOMPARE(auditCount(*m_box, QStringLiteral("workspace.rename"), QStringLiteral("adam")), 1);
        const QString values =
            rawScalar(m_box->dbPath(),
                      QStringLiteral("SELECT old_values || new_values FROM audit_events WHERE "
                                     "action = 'workspace.rename'"))
                .toString();
        QVERIFY2(values.contains(QLatin1String("Operations"))
                     && values.contains(QLatin1String("Platform operations")),
                 qPrintable(values));
        // The chain still verifies after the new event.
        CLI_EXPECT(m_box->run(QStringLiteral("olga"), args({"audit", "verify"})), 0);
    }

    void packLanguageIsTheWorkspacesLocale()
    {
        QCOMPARE(workspaceOps(*m_box, QStringLiteral("olga")).value(QStringLiteral("locale")),
                 QJsonValue(QStringLiteral("en_US")));
        CLI_EXPECT(
            m_box->run(QStringLiteral("olga"), args({"workspace", "set-pack-language", "de-DE"})),
            0);
        QCOMPARE(workspaceOps(*m_box, QStringLiteral("erik")).value(QStringLiteral("locale")),
                 QJsonValue(QStringLiteral("de_DE")));
        QCOMPARE(
            auditCount(*m_box, QStringLiteral("workspace.pack_language"), QStringLiteral("olga")),
            1);
        QCOMPARE(rawScalar(m_box->dbPath(),
                           QStringLiteral("SELECT locale FROM workspaces WHERE slug = 'ops'"))
                     .toString(),
                 QStringLiteral("de_DE"));
        // The same language again changes nothing and records nothing.
        CLI_EXPECT(
            m_box->run(QStringLiteral("olga"), args({"workspace", "set-pack-language", "de_DE"})),
            0);
        QCOMPARE(auditCount(*m_box, QStringLiteral("workspace.pack_language")), 1);
    }

    void engineersAndViewersAreRefused_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("engineer") << QStringLiteral("erik");
        QTest::newRow("approver") << QStringLiteral("anna");
        QTest::newRow("viewer") << QStringLiteral("vera");
    }

    void engineersAndViewersAreRefused()
    {
        QFETCH(QString, user);
        const QString before = rawFingerprint(m_box->dbPath());
        CLI_EXPECT_ERROR(m_box->runJson(user, args({"workspace", "rename", "Mine now"})), 1,
                         "permission_denied");
        CLI_EXPECT_ERROR(m_box->runJson(user, args({"workspace", "set-pack-language", "de_DE"})), 1,
                         "permission_denied");
        CLI_EXPECT_ERROR(m_box->runJson(user, args({"member", "reactivate", "emma"})), 1,
                         "permission_denied");
        QCOMPARE(rawFingerprint(m_box->dbPath()), before);
        QCOMPARE(workspaceOps(*m_box, user).value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("Operations")));
    }

    void badInputNamesTheFieldAndWritesNothing()
    {
        const QString before = rawFingerprint(m_box->dbPath());
        CliResult r = m_box->runJson(QStringLiteral("olga"), args({"workspace", "rename", "  "}));
        CLI_EXPECT(r, 2);
        QCOMPARE(fieldOf(r), QStringLiteral("name"));
        r = m_box->runJson(QStringLiteral("olga"), args({"workspace", "rename", "Two\nlines"}));
        CLI_EXPECT(r, 2);
        r = m_box->runJson(QStringLiteral("olga"),
                           args({"workspace", "set-pack-language", "klingon_XX"}));
        CLI_EXPECT(r, 2);
        QCOMPARE(fieldOf(r), QStringLiteral("locale"));
        QVERIFY2(r.err.contains(QLatin1String("de_DE")), r.describe().constData());
        QCOMPARE(rawFingerprint(m_box->dbPath()), before);
    }

    void deactivatedMemberIsReactivated()
    {
        CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"member", "deactivate", "emma"})), 0);
        CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("emma"), args({"change", "list"})), 1,
                         "permission_denied");
        const CliResult r =
            m_box->runJson(QStringLiteral("adam"), args({"member", "reactivate", "emma"}));
        CLI_EXPECT(r, 0);
        QCOMPARE(r.json()
                     .object()
                     .value(QStringLiteral("member"))
                     .toObject()
                     .value(QStringLiteral("active"))
                     .toBool(),
                 true);
        CLI_EXPECT(m_box->run(QStringLiteral("emma"), args({"change", "list"})), 0);
        QCOMPARE(auditCount(*m_box, QStringLiteral("member.reactivate"), QStringLiteral("adam")),
                 1);
        // Reactivating an active member is no event.
        CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"member", "reactivate", "emma"})), 0);
        QCOMPARE(auditCount(*m_box, QStringLiteral("member.reactivate")), 1);
        // An unknown member is named.
        CLI_EXPECT_ERROR(
            m_box->runJson(QStringLiteral("adam"), args({"member", "reactivate", "nobody"})), 2,
            "not_found");
    }

    void onlyOwnersReactivateOwners()
    {
        CLI_EXPECT(
            m_box->run(QStringLiteral("olga"), args({"member", "add", "otto", "--role", "owner"})),
            0);
        // An admin cannot lock an owner out, although olga would remain.
        QString before = rawFingerprint(m_box->dbPath());
        CLI_EXPECT_ERROR(
            m_box->runJson(QStringLiteral("adam"), args({"member", "deactivate", "otto"})), 1,
            "permission_denied");
        QCOMPARE(rawFingerprint(m_box->dbPath()), before);
        CLI_EXPECT(m_box->run(QStringLiteral("olga"), args({"member", "deactivate", "otto"})), 0);
        before = rawFingerprint(m_box->dbPath());
        CLI_EXPECT_ERROR(
            m_box->runJson(QStringLiteral("adam"), args({"member", "reactivate", "otto"})), 1,
            "permission_denied");
        QCOMPARE(rawFingerprint(m_box->dbPath()), before);
        CLI_EXPECT(m_box->run(QStringLiteral("olga"), args({"member", "reactivate", "otto"})), 0);
    }

    void freezeWindowIsRemovedByAdminsOnly()
    {
        CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                              {QStringLiteral("freeze"), QStringLiteral("add"),
                               QStringLiteral("--name"), QStringLiteral("Year end"),
                               QStringLiteral("--start"), isoIn(5 * 86400), QStringLiteral("--end"),
                               isoIn(7 * 86400), QStringLiteral("--asset"), QStringLiteral("web"),
                               QStringLiteral("--reason"), QStringLiteral("Closing the books")}),
                   0);
        const CliResult listed = m_box->runJson(QStringLiteral("vera"), args({"freeze", "list"}));
        CLI_EXPECT(listed, 0);
        const qint64 id = firstId(listed, QStringLiteral("freeze_windows"));
        QVERIFY(id > 0);
        // The human list names the id to remove.
        const CliResult human = m_box->run(QStringLiteral("vera"), args({"freeze", "list"}));
        QVERIFY2(human.out.contains(QStringLiteral("ID")), human.describe().constData());
        const QString idText = QString::number(id);

        // Engineers, approvers and viewers are refused; nothing is written.
        const QString before = rawFingerprint(m_box->dbPath());
        for (const QString &user :
             {QStringLiteral("erik"), QStringLiteral("anna"), QStringLiteral("vera")})
            CLI_EXPECT_ERROR(
                m_box->runJson(user, {QStringLiteral("freeze"), QStringLiteral("remove"), idText}),
                1, "permission_denied");
        // Bad input names the argument.
        const CliResult bad =
            m_box->runJson(QStringLiteral("adam"), args({"freeze", "remove", "year-end"}));
        CLI_EXPECT(bad, 2);
        QVERIFY2(bad.err.contains(QLatin1String("ID")), bad.describe().constData());
        QCOMPARE(rawFingerprint(m_box->dbPath()), before);

        const CliResult removed = m_box->runJson(
            QStringLiteral("adam"), {QStringLiteral("freeze"), QStringLiteral("remove"), idText});
        CLI_EXPECT(removed, 0);
        QCOMPARE(removed.json()
                     .object()
                     .value(QStringLiteral("removed"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Year end"));
        QCOMPARE(m_box->runJson(QStringLiteral("vera"), args({"freeze", "list"}))
                     .json()
                     .object()
                     .value(QStringLiteral("freeze_windows"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(
            rawScalar(m_box->dbPath(), QStringLiteral("SELECT COUNT(*) FROM freeze_window_assets"))
                .toLongLong(),
            0);
        // The audit event keeps the whole window: who removed what.
        QCOMPARE(auditCount(*m_box, QStringLiteral("freeze.remove"), QStringLiteral("adam")), 1);
        const QString values = auditValues(*m_box, QStringLiteral("freeze.remove"));
        QVERIFY2(values.contains(QLatin1String("Year end"))
                     && values.contains(QLatin1String("Closing the books"))
                     && values.contains(QLatin1String("web")),
                 qPrintable(values));
        CLI_EXPECT(m_box->run(QStringLiteral("olga"), args({"audit", "verify"})), 0);
        // Gone: not found, nothing written.
        CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("adam"), {QStringLiteral("freeze"),
                                                                 QStringLiteral("remove"), idText}),
                         2, "not_found");
        QCOMPARE(auditCount(*m_box, QStringLiteral("freeze.remove")), 1);
    }

    void freezeWindowOfAnotherWorkspaceIsNotFound()
    {
        // olga's second workspace has a freeze window; adam (admin of ops only) cannot reach it,
        // not even through ops, where olga herself cannot either.
        CLI_EXPECT(m_box->run(QStringLiteral("olga"),
                              args({"workspace", "create", "lab", "--name", "Lab"})),
                   0);
        QProcessEnvironment lab = m_box->env(QStringLiteral("olga"), QStringLiteral("lab"));
        CliResult added = runCli({QStringLiteral("--json"), QStringLiteral("freeze"),
                                  QStringLiteral("add"), QStringLiteral("--name"),
                                  QStringLiteral("Lab freeze"), QStringLiteral("--start"),
                                  isoIn(5 * 86400), QStringLiteral("--end"), isoIn(6 * 86400)},
                                 lab);
        CLI_EXPECT(added, 0);
        const QString id = QString::number(qint64(added.json()
                                                      .object()
                                                      .value(QStringLiteral("freeze_window"))
                                                      .toObject()
                                                      .value(QStringLiteral("id"))
                                                      .toDouble()));
        const QString before = rawFingerprint(m_box->dbPath());
        for (const QString &user : {QStringLiteral("adam"), QStringLiteral("olga")})
            CLI_EXPECT_ERROR(
                m_box->runJson(user, {QStringLiteral("freeze"), QStringLiteral("remove"), id}), 2,
                "not_found");
        QCOMPARE(rawFingerprint(m_box->dbPath()), before);
    }

    void maintenanceWindowIsRemovedByAdminsOnly()
    {
        CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                              args({"maintenance", "add", "db", "--day", "tue", "--start", "02:00",
                                    "--duration", "120", "--tz", "Europe/Berlin"})),
                   0);
        const CliResult listed =
            m_box->runJson(QStringLiteral("vera"), args({"maintenance", "list"}));
        CLI_EXPECT(listed, 0);
        const QString id = QString::number(firstId(listed, QStringLiteral("maintenance_windows")));
        const QString before = rawFingerprint(m_box->dbPath());
        for (const QString &user :
             {QStringLiteral("erik"), QStringLiteral("anna"), QStringLiteral("vera")})
            CLI_EXPECT_ERROR(
                m_box->runJson(user, {QStringLiteral("maintenance"), QStringLiteral("remove"), id}),
                1, "permission_denied");
        CLI_EXPECT(m_box->runJson(QStringLiteral("adam"), args({"maintenance", "remove", "0"})), 2);
        QCOMPARE(rawFingerprint(m_box->dbPath()), before);

        const CliResult removed = m_box->runJson(
            QStringLiteral("adam"), {QStringLiteral("maintenance"), QStringLiteral("remove"), id});
        CLI_EXPECT(removed, 0);
        QCOMPARE(removed.json()
                     .object()
                     .value(QStringLiteral("removed"))
                     .toObject()
                     .value(QStringLiteral("asset"))
                     .toString(),
                 QStringLiteral("db"));
        QCOMPARE(
            rawScalar(m_box->dbPath(), QStringLiteral("SELECT COUNT(*) FROM maintenance_windows"))
                .toLongLong(),
            0);
        QCOMPARE(auditCount(*m_box, QStringLiteral("maintenance.remove"), QStringLiteral("adam")),
                 1);
        QVERIFY(auditValues(*m_box, QStringLiteral("maintenance.remove"))
                    .contains(QLatin1String("Europe/Berlin")));
        CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("adam"), {QStringLiteral("maintenance"),
                                                                 QStringLiteral("remove"), id}),
                         2, "not_found");
        CLI_EXPECT(m_box->run(QStringLiteral("olga"), args({"audit", "verify"})), 0);
    }

    // Sessions exist only on a team server: elsewhere the command is refused (after the core's
    // rule), on a server it ends them.
    void revokeSessions()
    {
        if (m_box->isServer())
            revokeSessionsOnTheServer();
        else
            revokeSessionsWithoutAServer();
    }

private:
    void revokeSessionsWithoutAServer()
    {
        const QString before = rawFingerprint(m_box->dbPath());
        // The core's rule first: an engineer is refused as anywhere else ...
        CLI_EXPECT_ERROR(
            m_box->runJson(QStringLiteral("erik"), args({"member", "revoke-sessions", "emma"})), 1,
            "permission_denied");
        // ... and an admin is told that sessions exist only on a team server.
        const CliResult r =
            m_box->runJson(QStringLiteral("adam"), args({"member", "revoke-sessions", "emma"}));
        CLI_EXPECT_ERROR(r, 1, "server_only");
        QVERIFY2(r.err.contains(QLatin1String("vigilo://")), r.describe().constData());
        QCOMPARE(rawFingerprint(m_box->dbPath()), before);
    }

    void revokeSessionsOnTheServer()
    {
        TestServer &server = *m_box->server();
        // emma is signed in (the sandbox keeps her token).
        CLI_EXPECT(m_box->run(QStringLiteral("emma"), args({"change", "list"})), 0);

        // Engineers, approvers and viewers may not; emma's session lives on.
        for (const QString &user :
             {QStringLiteral("erik"), QStringLiteral("anna"), QStringLiteral("vera")})
            CLI_EXPECT_ERROR(
                m_box->runJson(user, {QStringLiteral("member"), QStringLiteral("revoke-sessions"),
                                      QStringLiteral("emma")}),
                1, "permission_denied");
        CLI_EXPECT(m_box->run(QStringLiteral("emma"), args({"change", "list"})), 0);
        QCOMPARE(auditCount(*m_box, QStringLiteral("member.revoke_sessions")), 0);

        // adam (admin) signs her out everywhere: her token is refused on the next request.
        const CliResult r =
            m_box->runJson(QStringLiteral("adam"), args({"member", "revoke-sessions", "emma"}));
        CLI_EXPECT(r, 0);
        QVERIFY2(r.json().object().value(QStringLiteral("sessions")).toInt() >= 1,
                 r.describe().constData());
        CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("emma"), args({"change", "list"})), 1,
                         "session_revoked");
        // Audited: who, whom, how many.
        QCOMPARE(
            auditCount(*m_box, QStringLiteral("member.revoke_sessions"), QStringLiteral("adam")),
            1);
        const QString values = auditValues(*m_box, QStringLiteral("member.revoke_sessions"));
        QVERIFY2(values.contains(QLatin1String("emma"))
                     && values.contains(QLatin1String("\"sessions\"")),
                 qPrintable(values));
        // She signs in again with her password.
        server.forgetToken(QStringLiteral("emma"));
        CLI_EXPECT(m_box->run(QStringLiteral("emma"), args({"change", "list"})), 0);

        // An admin cannot sign an owner out; an owner can.
        CLI_EXPECT(
            m_box->run(QStringLiteral("olga"), args({"member", "add", "otto", "--role", "owner"})),
            0);
        CLI_EXPECT(m_box->run(QStringLiteral("otto"), args({"change", "list"})), 0);
        CLI_EXPECT_ERROR(
            m_box->runJson(QStringLiteral("adam"), args({"member", "revoke-sessions", "otto"})), 1,
            "permission_denied");
        CLI_EXPECT(m_box->run(QStringLiteral("otto"), args({"change", "list"})), 0);
        CLI_EXPECT(m_box->run(QStringLiteral("olga"), args({"member", "revoke-sessions", "otto"})),
                   0);
        CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("otto"), args({"change", "list"})), 1,
                         "session_revoked");

        // Not across workspaces: zoe is no member of ops.
        CLI_EXPECT(m_box->run(QStringLiteral("zoe"),
                              args({"workspace", "create", "zoo", "--name", "Zoo"})),
                   0);
        CLI_EXPECT_ERROR(
            m_box->runJson(QStringLiteral("adam"), args({"member", "revoke-sessions", "zoe"})), 2,
            "not_found");
        CLI_EXPECT(runCli({QStringLiteral("workspace"), QStringLiteral("list")},
                          m_box->env(QStringLiteral("zoe"), QStringLiteral("zoo"))),
                   0);

        // Deactivating a member ends their sessions too, and says how many.
        CLI_EXPECT(m_box->run(QStringLiteral("emma"), args({"change", "list"})), 0);
        CLI_EXPECT(m_box->run(QStringLiteral("adam"), args({"member", "deactivate", "emma"})), 0);
        CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("emma"), args({"workspace", "list"})), 1,
                         "session_revoked");
        QVERIFY(auditValues(*m_box, QStringLiteral("member.deactivate"))
                    .contains(QLatin1String("sessions_revoked")));
        CLI_EXPECT(m_box->run(QStringLiteral("olga"), args({"audit", "verify"})), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "tst_cli_admin.moc"
