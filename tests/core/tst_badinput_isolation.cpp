// Bad input gets a clear error and leaves the database unchanged; awkward text is stored
// verbatim; nothing crosses workspaces. One database per suite (one vigilo-server on the server
// backend), a workspace of its own per test function (TestWorkspace::startOver). Every input and
// every cross-workspace attempt under test goes through the Client as the member (in process on
// SQLite and PostgreSQL, over the server on the server backend); set-up and checks read the core.
#include "RawSql.h"
#include "TestWorkspace.h"

using namespace vigilo;
using namespace vigilo::test;

class TestBadInputIsolation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void badCreateIsRefused_data();
    void badCreateIsRefused();
    void badEditIsRefused_data();
    void badEditIsRefused();
    void submitNeedsPlansAndAssets_data();
    void submitNeedsPlansAndAssets();
    void awkwardTextIsStoredVerbatim_data();
    void awkwardTextIsStoredVerbatim();
    void badWorkspaceAndMemberInput();
    void memberOfOneWorkspaceCannotEnterAnother();
    void changesDoNotCrossWorkspaces();

private:
    std::unique_ptr<TestWorkspace> m_ws;
};

void TestBadInputIsolation::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    // The server backend's calls really cross the network.
    QCOMPARE(m_ws->client(QStringLiteral("engineer")).isRemote(), onServer());
}

void TestBadInputIsolation::init()
{
    QVERIFY2(m_ws->startOver(), qPrintable(m_ws->errorText()));
}

void TestBadInputIsolation::cleanupTestCase()
{
    m_ws.reset();
}

namespace {

// Applies one kind of bad value to a valid draft.
ChangeDraft badDraft(const TestWorkspace &ws, const QString &kind)
{
    ChangeDraft d = ws.validDraft();
    const QDateTime s = *d.plannedStart;
    if (kind == QLatin1String("empty title"))
        d.title = QString();
    else if (kind == QLatin1String("blank title"))
        d.title = QStringLiteral(" \t\n ");
    else if (kind == QLatin1String("1 MB title"))
        d.title = QString(1024 * 1024, QLatin1Char('x'));
    else if (kind == QLatin1String("64 KB title"))
        d.title = QString(64 * 1024, QLatin1Char('x'));
    else if (kind == QLatin1String("end before start"))
        d.plannedEnd = s.addSecs(-3600);
    else if (kind == QLatin1String("end equals start"))
        d.plannedEnd = s;
    else if (kind == QLatin1String("unknown asset"))
        d.affectedAssets =
            QStringList{QStringLiteral("payments-api"), QStringLiteral("no-such-host")};
    else if (kind == QLatin1String("unknown dependency"))
        d.dependsOn = QList<int>{4242};
    else if (kind == QLatin1String("unknown assignee"))
        d.assignee = QStringLiteral("nobody");
    else if (kind == QLatin1String("negative lead time"))
        d.minLeadTimeHours = -1;
    return d;
}

QStringList badKinds()
{
    return {QStringLiteral("empty title"),      QStringLiteral("blank title"),
            QStringLiteral("1 MB title"),       QStringLiteral("64 KB title"),
            QStringLiteral("end before start"), QStringLiteral("end equals start"),
            QStringLiteral("unknown asset"),    QStringLiteral("unknown dependency"),
            QStringLiteral("unknown assignee"), QStringLiteral("negative lead time")};
}

// The same refusal as the core's own (code, field, kind): the Client adds no rule and loses none.
// A team server refuses a message over its limit (1 MiB) before reading it: the 1 MB title
// never reaches the core there (the 64 KB one does).
void compareWithCore(const TestWorkspace &ws, const QString &kind, const Error &viaClient,
                     const Result<ChangeRequest> &viaCore)
{
    if (ws.onTeamServer() && kind == QLatin1String("1 MB title")) {
        QCOMPARE(viaClient.code, QStringLiteral("message_too_large"));
        QCOMPARE(viaClient.kind(), ErrorKind::Input);
        QVERIFY(viaClient.details.value(QStringLiteral("limit")).toInteger() > 64 * 1024);
        QVERIFY(!viaCore.ok());
        return;
    }
    QVERIFY2(!viaCore.ok(), "the core accepted what the Client refused");
    QCOMPARE(viaClient.code, viaCore.error().code);
    QCOMPARE(viaClient.kind(), viaCore.error().kind());
    QCOMPARE(viaClient.details.value(QStringLiteral("field")),
             viaCore.error().details.value(QStringLiteral("field")));
}

} // namespace

void TestBadInputIsolation::badCreateIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &k : badKinds())
        QTest::newRow(qPrintable(k)) << k;
}

void TestBadInputIsolation::badCreateIsRefused()
{
    QFETCH(QString, kind);
    TestWorkspace &ws = *m_ws;
    client::Client &engineer = ws.client(QStringLiteral("engineer"));
    const QString before = ws.fingerprint();
    auto r = engineer.createChange(badDraft(ws, kind));
    QVERIFY2(!r.ok(), "bad input was accepted");
    QCOMPARE(r.error().kind(), ErrorKind::Input);
    QVERIFY(!r.error().message.trimmed().isEmpty());
    QVERIFY2(r.error().message.size() < 2000, "the error message echoes the whole input");
    QCOMPARE(ws.fingerprint(), before);
    compareWithCore(ws, kind, r.error(), ws.createChange(badDraft(ws, kind)));
    QCOMPARE(ws.fingerprint(), before);
    // The refused create did not consume a number.
    auto ok = engineer.createChange(ws.validDraft());
    VERIFY_OK(ok);
    QCOMPARE(ok->number, 1);
}

void TestBadInputIsolation::badEditIsRefused_data()
{
    badCreateIsRefused_data();
}

void TestBadInputIsolation::badEditIsRefused()
{
    QFETCH(QString, kind);
    TestWorkspace &ws = *m_ws;
    auto c = ws.createChange(ws.validDraft());
    VERIFY_OK(c);
    const QString before = ws.fingerprint();
    ChangeDraft full = badDraft(ws, kind);
    // Only the field under test goes into the edit.
    ChangeDraft edit;
    if (kind.contains(QLatin1String("title")))
        edit.title = full.title;
    else if (kind == QLatin1String("end before start")
             || kind == QLatin1String("end equals start")) {
        edit.plannedStart = full.plannedStart;
        edit.plannedEnd = full.plannedEnd;
    } else if (kind == QLatin1String("unknown asset"))
        edit.affectedAssets = full.affectedAssets;
    else if (kind == QLatin1String("unknown dependency"))
        edit.dependsOn = full.dependsOn;
    else if (kind == QLatin1String("unknown assignee"))
        edit.assignee = full.assignee;
    else if (kind == QLatin1String("negative lead time"))
        edit.minLeadTimeHours = full.minLeadTimeHours;
    auto r = ws.client(QStringLiteral("engineer")).editChange(c->number, edit);
    QVERIFY2(!r.ok(), "bad input was accepted");
    QCOMPARE(r.error().kind(), ErrorKind::Input);
    QVERIFY(!r.error().message.trimmed().isEmpty());
    QCOMPARE(ws.fingerprint(), before);
    compareWithCore(ws, kind, r.error(), ws.core().changes().edit(ws.engineer(), c->number, edit));
    QCOMPARE(ws.fingerprint(), before);
}

void TestBadInputIsolation::submitNeedsPlansAndAssets_data()
{
    QTest::addColumn<QString>("missing");
    QTest::newRow("implementation_plan") << QStringLiteral("implementation_plan");
    QTest::newRow("rollback_plan") << QStringLiteral("rollback_plan");
    QTest::newRow("affected_assets") << QStringLiteral("affected_assets");
}

void TestBadInputIsolation::submitNeedsPlansAndAssets()
{
    QFETCH(QString, missing);
    TestWorkspace &ws = *m_ws;
    ChangeDraft d = ws.validDraft();
    if (missing == QLatin1String("implementation_plan"))
        d.implementationPlan = QStringLiteral("  ");
    else if (missing == QLatin1String("rollback_plan"))
        d.rollbackPlan = QString();
    else
        d.affectedAssets = QStringList();
    auto c = ws.createChange(d); // a draft may be incomplete
    VERIFY_OK(c);
    const QString before = ws.fingerprint();
    auto r = ws.client(QStringLiteral("engineer")).apply(c->number, Action::Submit);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("validation_failed"));
    QCOMPARE(r.error().kind(), ErrorKind::Rule);
    QVERIFY2(QJsonDocument(r.error().details).toJson().contains(missing.toUtf8()),
             describe(r.error()).constData());
    QCOMPARE(ws.fingerprint(), before);
}

void TestBadInputIsolation::awkwardTextIsStoredVerbatim_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("SQL metacharacters")
        << QStringLiteral("Robert'); DROP TABLE changes;-- \" OR 1=1 /* % _ \\ ; `x`");
    QTest::newRow("German") << QStringLiteral("Überprüfung der Schlüssel – Größe ändern (ÄÖÜß)");
    QTest::newRow("CJK and emoji") << QStringLiteral("数据库迁移 データベース 데이터베이스 🚀🔥");
    QTest::newRow("RTL and combining") << QStringLiteral("تحديث الخادم — é (e\u0301) ﬁ");
    QTest::newRow("newlines and tabs") << QStringLiteral("line one\n\tline two\r\nline three");
}

void TestBadInputIsolation::awkwardTextIsStoredVerbatim()
{
    QFETCH(QString, text);
    TestWorkspace &ws = *m_ws;
    ChangeDraft d = ws.validDraft(QStringLiteral("Text: ") + text.left(60).simplified());
    d.description = text;
    d.implementationPlan = QStringLiteral("1. ") + text.simplified();
    d.rollbackPlan = text;
    client::Client &engineer = ws.client(QStringLiteral("engineer"));
    client::Client &viewer = ws.client(QStringLiteral("viewer"));
    auto c = engineer.createChange(d);
    VERIFY_OK(c);
    VERIFY_OK(engineer.addComment(c->number, text));
    // Stored verbatim (the core reads the database), and read back verbatim through the Client.
    auto stored = ws.get(c->number);
    VERIFY_OK(stored);
    auto read = viewer.change(c->number);
    VERIFY_OK(read);
    for (const ChangeRequest &x : {*stored, *read}) {
        QCOMPARE(x.title, *d.title);
        QCOMPARE(x.description, text);
        QCOMPARE(x.rollbackPlan, text);
    }
    auto comments = viewer.comments(c->number);
    VERIFY_OK(comments);
    QCOMPARE(comments->size(), 1);
    QCOMPARE(comments->at(0).body, text);
    auto storedComments = ws.core().discussion().comments(ws.viewer(), c->number);
    VERIFY_OK(storedComments);
    QCOMPARE(storedComments->at(0).body, text);
    // Search finds it, and the schema is intact.
    ChangeFilter f;
    f.search = text.simplified().left(12);
    auto found = viewer.changes(f);
    VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->at(0).number, c->number);
    QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("changes"),
                      QStringLiteral("workspace_id = %1").arg(ws.workspace().id)),
             qint64(1));
    auto v = ws.client(QStringLiteral("owner")).verifyAudit();
    VERIFY_OK(v);
    QVERIFY(v->ok);
}

void TestBadInputIsolation::badWorkspaceAndMemberInput()
{
    TestWorkspace &ws = *m_ws;
    const QString before = ws.fingerprint();
    client::Client &owner = ws.client(QStringLiteral("owner"));
    for (const QString &slug : {QStringLiteral("Upper"), QStringLiteral("with space"),
                                QStringLiteral("acme'; --"), QString(), QStringLiteral("ünï")}) {
        auto r = owner.createWorkspace(slug, QStringLiteral("X"), QStringLiteral("en_US"),
                                       QStringLiteral("x"));
        QVERIFY2(!r.ok(), qPrintable(slug));
        QCOMPARE(r.error().kind(), ErrorKind::Input);
    }
    // The same slug twice.
    auto dup = owner.createWorkspace(ws.workspace().slug, QStringLiteral("Again"),
                                     QStringLiteral("en_US"), QStringLiteral("x"));
    QVERIFY(!dup.ok());
    // Duplicate members and assets.
    QVERIFY(!owner.addMember(QStringLiteral("engineer"), Role::Viewer).ok());
    QVERIFY(!owner.addAsset(QStringLiteral("payments-api"), QStringLiteral("service")).ok());
    QVERIFY(!owner.addAsset(QStringLiteral("  "), QStringLiteral("service")).ok());
    QCOMPARE(ws.fingerprint(), before);
}

void TestBadInputIsolation::memberOfOneWorkspaceCannotEnterAnother()
{
    TestWorkspace &ws = *m_ws;
    const QString globex = ws.workspace().slug + QStringLiteral("-globex");
    VERIFY_OK(ws.core().workspaces().createWorkspace(
        globex, QStringLiteral("Globex"), QStringLiteral("de_DE"), QStringLiteral("gustav")));
    auto intruder = ws.client(QStringLiteral("engineer")).openWorkspace(globex);
    QVERIFY(!intruder.ok());
    QVERIFY(!intruder.error().message.isEmpty());
    auto ownerThere = ws.client(QStringLiteral("owner")).openWorkspace(globex);
    QVERIFY(!ownerThere.ok());
    auto unknown = ws.client(QStringLiteral("owner")).openWorkspace(QStringLiteral("initech"));
    QVERIFY(!unknown.ok());
    // The engineer's workspaces: this suite's (one per test function), never globex.
    auto list = ws.client(QStringLiteral("engineer")).workspaces();
    VERIFY_OK(list);
    QStringList slugs;
    for (const Workspace &w : *list)
        slugs << w.slug;
    QVERIFY2(slugs.contains(ws.workspace().slug), qPrintable(slugs.join(u',')));
    QVERIFY2(!slugs.contains(globex), qPrintable(slugs.join(u',')));
    for (const QString &slug : slugs)
        QVERIFY2(slug.startsWith(QLatin1String("acme")), qPrintable(slug));
}

void TestBadInputIsolation::changesDoNotCrossWorkspaces()
{
    TestWorkspace &ws = *m_ws;
    const QString globex = ws.workspace().slug + QStringLiteral("-globex");
    VERIFY_OK(ws.core().workspaces().createWorkspace(
        globex, QStringLiteral("Globex"), QStringLiteral("de_DE"), QStringLiteral("gustav")));
    auto gustav = ws.core().workspaces().signIn(globex, QStringLiteral("gustav"));
    VERIFY_OK(gustav);
    VERIFY_OK(
        ws.core().workspaces().addAsset(*gustav, QStringLiteral("sap"), QStringLiteral("service")));
    ChangeDraft g;
    g.title = QStringLiteral("Globex secret change");
    g.affectedAssets = QStringList{QStringLiteral("sap")};
    VERIFY_OK(ws.core().changes().create(*gustav, g));
    VERIFY_OK(ws.core().changes().create(*gustav, g));
    client::Client &owner = ws.client(QStringLiteral("owner"));
    client::Client &engineer = ws.client(QStringLiteral("engineer"));
    auto mine = engineer.createChange(ws.validDraft(QStringLiteral("Acme change")));
    VERIFY_OK(mine);
    QCOMPARE(mine->number, 1);

    // Acme sees only its own CHG-00001, not Globex's CHG-00002.
    auto other = owner.change(2);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, QStringLiteral("not_found"));
    auto list = owner.changes();
    VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).title, QStringLiteral("Acme change"));
    ChangeFilter f;
    f.search = QStringLiteral("secret");
    QVERIFY(VALUE_OK(owner.changes(f)).isEmpty());
    // Nor can it use Globex's assets, depend on its changes or act on them.
    const QString before = ws.fingerprint();
    ChangeDraft cross = ws.validDraft();
    cross.affectedAssets = QStringList{QStringLiteral("sap")};
    auto r1 = engineer.createChange(cross);
    QVERIFY(!r1.ok());
    QCOMPARE(r1.error().kind(), ErrorKind::Input);
    ChangeDraft dep;
    dep.dependsOn = QList<int>{2};
    auto r2 = engineer.editChange(mine->number, dep);
    QVERIFY(!r2.ok());
    QCOMPARE(r2.error().kind(), ErrorKind::Input);
    auto r3 = owner.apply(2, Action::Cancel);
    QVERIFY(!r3.ok());
    QCOMPARE(r3.error().code, QStringLiteral("not_found"));
    QCOMPARE(ws.fingerprint(), before);
    // Globex's history and members are not Acme's.
    auto members = owner.members();
    VERIFY_OK(members);
    for (const Member &m : *members)
        QVERIFY(m.username != QLatin1String("gustav"));
    auto history = ws.core().audit().workspaceHistory(ws.owner(), 100000);
    VERIFY_OK(history);
    for (const AuditEvent &e : *history)
        QCOMPARE(e.workspaceId, ws.workspace().id);
    auto log = owner.auditLog(100000);
    VERIFY_OK(log);
    QCOMPARE(log->size(), history->size());
    for (const AuditEvent &e : *log)
        QVERIFY2(e.actor != QLatin1String("gustav"), qPrintable(e.action));
}

QTEST_GUILESS_MAIN(TestBadInputIsolation)
#include "tst_badinput_isolation.moc"
