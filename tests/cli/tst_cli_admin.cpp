// Workspace administration through the real binary, on SQLite, PostgreSQL and a server: rename,
// the language of evidence packs, reactivating a member; audited, refused for engineers and
// viewers, bad input refused with the field named, and nothing written by a refusal.
#include "CliFixture.h"

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
};

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "tst_cli_admin.moc"
