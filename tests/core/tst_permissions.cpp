// Roles and permissions: every action for every role, creating and editing, workspace
// management, and deactivated members. Every call under test goes through the Client as the
// member (in process on SQLite and PostgreSQL, over a real vigilo-server on the server
// backend); set-up and checks read the core.
#include "FsmTable.h"
#include "TestWorkspace.h"

using namespace vigilo;
using namespace vigilo::test;

class TestPermissions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void roleHierarchy();
    void actionByRole_data();
    void actionByRole();
    void createAndEditByRole_data();
    void createAndEditByRole();
    void everyoneMayRead_data();
    void everyoneMayRead();
    void workspaceManagementByRole_data();
    void workspaceManagementByRole();
    void deactivatedMemberIsLockedOut();
    void roleChangeTakesEffect();

private:
    std::unique_ptr<TestWorkspace> m_ws;
};

void TestPermissions::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
}

void TestPermissions::cleanupTestCase()
{
    m_ws.reset();
}

void TestPermissions::roleHierarchy()
{
    // PRODUCT.md: viewer (read) < engineer (create, execute) < approver (+approve)
    // < admin (+manage, override freeze) < owner.
    struct Row {
        Role role;
        bool create, execute, approve, manage, override_;
    };
    const Row rows[] = {
        {Role::Viewer, false, false, false, false, false},
        {Role::Engineer, true, true, false, false, false},
        {Role::Approver, true, true, true, false, false},
        {Role::Admin, true, true, true, true, true},
        {Role::Owner, true, true, true, true, true},
    };
    for (const Row &r : rows) {
        QVERIFY(roleHas(r.role, Permission::Read));
        QCOMPARE(roleHas(r.role, Permission::ChangesCreate), r.create);
        QCOMPARE(roleHas(r.role, Permission::ChangesExecute), r.execute);
        QCOMPARE(roleHas(r.role, Permission::ChangesApprove), r.approve);
        QCOMPARE(roleHas(r.role, Permission::ManageWorkspace), r.manage);
        QCOMPARE(roleHas(r.role, Permission::OverrideFreeze), r.override_);
    }
}

void TestPermissions::actionByRole_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("member");
    for (Action a : allActions())
        for (const QString &m :
             {QStringLiteral("viewer"), QStringLiteral("engineer"), QStringLiteral("approver"),
              QStringLiteral("admin"), QStringLiteral("owner")})
            QTest::addRow("%s by %s", qPrintable(toString(a)), qPrintable(m)) << int(a) << m;
}

void TestPermissions::actionByRole()
{
    QFETCH(int, action);
    QFETCH(QString, member);
    const Action a = Action(action);
    TestWorkspace &ws = *m_ws;
    // The requester is engineer2, so no member under test decides their own change.
    const ChangeStatus from = firstFromStatus(a);
    auto c = ws.changeIn(from, ws.engineer2(), ws.validDraft(QStringLiteral("Role matrix")));
    VERIFY_OK(c);
    const QString before = ws.fingerprint();

    TransitionInput in;
    in.reason = QStringLiteral("Because the role matrix says so");
    in.closureCode = ClosureCode::Successful;
    in.closureNotes = QStringLiteral("Closed by the role matrix");
    // The fixture's clock stands before the planned window: an early start, justified.
    in.justification = QStringLiteral("Started ahead of its window by the role matrix");
    QCOMPARE_ENUM(ws.as(member).member.role, TestWorkspace::roleOf(member));
    client::Client &client = ws.client(member);
    auto r = client.apply(c->number, a, in);
    const bool allowed = roleAtLeast(TestWorkspace::roleOf(member), minimumRole(a));
    if (allowed) {
        VERIFY_OK(r);
        QCOMPARE_ENUM(r->status, *expectedTarget(a, from));
    } else {
        QVERIFY2(!r.ok(), "a role without the permission succeeded");
        QCOMPARE(r.error().code, QStringLiteral("permission_denied"));
        QCOMPARE(r.error().kind(), ErrorKind::Rule);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(ws.fingerprint(), before);
    }
    // The toolbar offers exactly what is allowed.
    auto current = client.openChange(c->number, false, false);
    VERIFY_OK(current);
    if (!allowed)
        QVERIFY(!current->availableActions.contains(a));
}

void TestPermissions::createAndEditByRole_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("viewer") << QStringLiteral("viewer") << false;
    QTest::newRow("engineer") << QStringLiteral("engineer") << true;
    QTest::newRow("approver") << QStringLiteral("approver") << true;
    QTest::newRow("admin") << QStringLiteral("admin") << true;
    QTest::newRow("owner") << QStringLiteral("owner") << true;
}

void TestPermissions::createAndEditByRole()
{
    QFETCH(QString, member);
    QFETCH(bool, allowed);
    TestWorkspace &ws = *m_ws;
    client::Client &client = ws.client(member);
    QString before = ws.fingerprint();
    auto created = client.createChange(ws.validDraft(QStringLiteral("Created by ") + member));
    if (!allowed) {
        VERIFY_ERROR(created, "permission_denied");
        QCOMPARE(ws.fingerprint(), before);
    } else {
        VERIFY_OK(created);
        QCOMPARE(created->requester, member);
        QCOMPARE_ENUM(created->status, ChangeStatus::Draft);
    }
    auto other = ws.createChange(ws.engineer2(), ws.validDraft());
    VERIFY_OK(other);
    before = ws.fingerprint();
    ChangeDraft edit;
    edit.description = QStringLiteral("Edited by ") + member;
    auto edited = client.editChange(other->number, edit);
    if (!allowed) {
        VERIFY_ERROR(edited, "permission_denied");
        QCOMPARE(ws.fingerprint(), before);
    } else {
        VERIFY_OK(edited);
        QCOMPARE(edited->description, *edit.description);
    }
}

void TestPermissions::everyoneMayRead_data()
{
    QTest::addColumn<QString>("member");
    for (const QString &m : TestWorkspace::memberNames())
        QTest::newRow(qPrintable(m)) << m;
}

void TestPermissions::everyoneMayRead()
{
    QFETCH(QString, member);
    TestWorkspace &ws = *m_ws;
    auto c = ws.createChange(ws.validDraft(QStringLiteral("Readable by all")));
    VERIFY_OK(c);
    client::Client &client = ws.client(member);
    VERIFY_OK(client.change(c->number));
    auto list = client.changes();
    VERIFY_OK(list);
    QVERIFY(!list->isEmpty());
    VERIFY_OK(client.changeHistory(c->number));
    VERIFY_OK(client.approvalSteps(c->number));
    VERIFY_OK(client.tasks(c->number));
    VERIFY_OK(client.members());
    VERIFY_OK(client.assets());
}

void TestPermissions::workspaceManagementByRole_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("viewer") << QStringLiteral("viewer") << false;
    QTest::newRow("engineer") << QStringLiteral("engineer") << false;
    QTest::newRow("approver") << QStringLiteral("approver") << false;
    QTest::newRow("admin") << QStringLiteral("admin") << true;
    QTest::newRow("owner") << QStringLiteral("owner") << true;
}

void TestPermissions::workspaceManagementByRole()
{
    QFETCH(QString, member);
    QFETCH(bool, allowed);
    TestWorkspace &ws = *m_ws;
    client::Client &client = ws.client(member);
    const QString before = ws.fingerprint();
    auto added = client.addMember(QStringLiteral("new-") + member, Role::Viewer);
    FreezeWindowInput f;
    f.name = QStringLiteral("Freeze by ") + member;
    f.start = ws.now().addDays(30);
    f.end = ws.now().addDays(31);
    auto freeze = client.addFreezeWindow(f);
    if (!allowed) {
        VERIFY_ERROR(added, "permission_denied");
        VERIFY_ERROR(freeze, "permission_denied");
        VERIFY_ERROR(client.setRole(QStringLiteral("viewer"), Role::Owner), "permission_denied");
        VERIFY_ERROR(client.deactivateMember(QStringLiteral("engineer2")), "permission_denied");
        QCOMPARE(ws.fingerprint(), before);
    } else {
        VERIFY_OK(added);
        VERIFY_OK(freeze);
    }
}

void TestPermissions::deactivatedMemberIsLockedOut()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.createChange(ws.engineer(), ws.validDraft());
    VERIFY_OK(c);
    const Actor stale = ws.engineer(); // signed in before the deactivation
    client::Client &staleClient = ws.client(QStringLiteral("engineer"));
    VERIFY_OK(staleClient.change(c->number)); // a session at work before the deactivation
    auto deactivated =
        ws.client(QStringLiteral("admin")).deactivateMember(QStringLiteral("engineer"));
    VERIFY_OK(deactivated);
    QVERIFY(!deactivated->active);
    auto signIn = ws.core().workspaces().signIn(ws.workspace().slug, QStringLiteral("engineer"));
    QVERIFY(!signIn.ok());
    QVERIFY(!signIn.error().message.isEmpty());
    // A session opened before cannot act either: neither an Actor the core handed out before
    // nor a client that was already talking.
    const QString before = ws.fingerprint();
    auto r = ws.core().changes().apply(stale, c->number, Action::Submit);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("permission_denied"));
    // On a team server member.deactivate also ends the member's sessions (docs/protocol.md):
    // the open connection is refused as signed out before the core is asked.
    auto viaClient = staleClient.apply(c->number, Action::Submit);
    QVERIFY(!viaClient.ok());
    QCOMPARE(viaClient.error().code, ws.onTeamServer() ? QStringLiteral("session_revoked")
                                                       : QStringLiteral("permission_denied"));
    QCOMPARE(ws.fingerprint(), before);
    // History still names them: the member row is kept.
    QCOMPARE(ws.count(QStringLiteral("members"), QStringLiteral("username = 'engineer'")),
             qint64(1));
    QCOMPARE(VALUE_OK(ws.get(c->number)).requester, QStringLiteral("engineer"));
}

void TestPermissions::roleChangeTakesEffect()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.changeIn(ChangeStatus::Review, ws.engineer2(), ws.validDraft());
    VERIFY_OK(c);
    client::Client &engineer = ws.client(QStringLiteral("engineer"));
    VERIFY_ERROR(engineer.apply(c->number, Action::Approve), "permission_denied");
    VERIFY_OK(
        ws.client(QStringLiteral("owner")).setRole(QStringLiteral("engineer"), Role::Approver));
    auto r = engineer.apply(c->number, Action::Approve);
    VERIFY_OK(r);
    QCOMPARE_ENUM(r->status, ChangeStatus::Approved);
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
