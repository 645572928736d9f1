// Bad input gets a clear error and leaves the database unchanged; awkward text is stored
// verbatim; nothing crosses workspaces.
#include "RawSql.h"
#include "TestWorkspace.h"

using namespace vigilo;
using namespace vigilo::test;

class TestBadInputIsolation : public QObject {
    Q_OBJECT
private slots:
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
};

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
    return {QStringLiteral("empty title"),        QStringLiteral("blank title"),
            QStringLiteral("1 MB title"),         QStringLiteral("end before start"),
            QStringLiteral("end equals start"),   QStringLiteral("unknown asset"),
            QStringLiteral("unknown dependency"), QStringLiteral("unknown assignee"),
            QStringLiteral("negative lead time")};
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
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const QString before = ws.fingerprint();
    auto r = ws.createChange(badDraft(ws, kind));
    QVERIFY2(!r.ok(), "bad input was accepted");
    QCOMPARE(r.error().kind(), ErrorKind::Input);
    QVERIFY(!r.error().message.trimmed().isEmpty());
    QVERIFY2(r.error().message.size() < 2000, "the error message echoes the whole input");
    QCOMPARE(ws.fingerprint(), before);
    // The refused create did not consume a number.
    auto ok = ws.createChange(ws.validDraft());
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
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
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
    auto r = ws.core().changes().edit(ws.engineer(), c->number, edit);
    QVERIFY2(!r.ok(), "bad input was accepted");
    QCOMPARE(r.error().kind(), ErrorKind::Input);
    QVERIFY(!r.error().message.trimmed().isEmpty());
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
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
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
    auto r = ws.core().changes().apply(ws.engineer(), c->number, Action::Submit);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("validation_failed"));
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
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    ChangeDraft d = ws.validDraft(QStringLiteral("Text: ") + text.left(60).simplified());
    d.description = text;
    d.implementationPlan = QStringLiteral("1. ") + text.simplified();
    d.rollbackPlan = text;
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    VERIFY_OK(ws.core().discussion().addComment(ws.engineer(), c->number, text));
    auto read = ws.get(c->number);
    VERIFY_OK(read);
    QCOMPARE(read->title, *d.title);
    QCOMPARE(read->description, text);
    QCOMPARE(read->rollbackPlan, text);
    auto comments = ws.core().discussion().comments(ws.viewer(), c->number);
    VERIFY_OK(comments);
    QCOMPARE(comments->size(), 1);
    QCOMPARE(comments->at(0).body, text);
    // Search finds it, and the schema is intact.
    ChangeFilter f;
    f.search = text.simplified().left(12);
    auto found = ws.core().changes().list(ws.viewer(), f);
    VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->at(0).number, c->number);
    QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("changes")), qint64(1));
    auto v = ws.core().audit().verify(ws.owner());
    VERIFY_OK(v);
    QVERIFY(v->ok);
}

void TestBadInputIsolation::badWorkspaceAndMemberInput()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const QString before = ws.fingerprint();
    auto &svc = ws.core().workspaces();
    for (const QString &slug : {QStringLiteral("Upper"), QStringLiteral("with space"),
                                QStringLiteral("acme'; --"), QString(), QStringLiteral("ünï")}) {
        auto r = svc.createWorkspace(slug, QStringLiteral("X"), QStringLiteral("en_US"),
                                     QStringLiteral("x"));
        QVERIFY2(!r.ok(), qPrintable(slug));
        QCOMPARE(r.error().kind(), ErrorKind::Input);
    }
    // The same slug twice.
    auto dup = svc.createWorkspace(QStringLiteral("acme"), QStringLiteral("Again"),
                                   QStringLiteral("en_US"), QStringLiteral("x"));
    QVERIFY(!dup.ok());
    // Duplicate members and assets.
    QVERIFY(!svc.addMember(ws.owner(), QStringLiteral("engineer"), Role::Viewer).ok());
    QVERIFY(
        !svc.addAsset(ws.owner(), QStringLiteral("payments-api"), QStringLiteral("service")).ok());
    QVERIFY(!svc.addAsset(ws.owner(), QStringLiteral("  "), QStringLiteral("service")).ok());
    QCOMPARE(ws.fingerprint(), before);
}

void TestBadInputIsolation::memberOfOneWorkspaceCannotEnterAnother()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    VERIFY_OK(
        ws.core().workspaces().createWorkspace(QStringLiteral("globex"), QStringLiteral("Globex"),
                                               QStringLiteral("de_DE"), QStringLiteral("gustav")));
    auto intruder =
        ws.core().workspaces().signIn(QStringLiteral("globex"), QStringLiteral("engineer"));
    QVERIFY(!intruder.ok());
    QVERIFY(!intruder.error().message.isEmpty());
    auto ownerThere =
        ws.core().workspaces().signIn(QStringLiteral("globex"), QStringLiteral("owner"));
    QVERIFY(!ownerThere.ok());
    auto unknown =
        ws.core().workspaces().signIn(QStringLiteral("initech"), QStringLiteral("owner"));
    QVERIFY(!unknown.ok());
    auto list = ws.core().workspaces().workspacesOf(QStringLiteral("engineer"));
    VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).slug, QStringLiteral("acme"));
}

void TestBadInputIsolation::changesDoNotCrossWorkspaces()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    VERIFY_OK(
        ws.core().workspaces().createWorkspace(QStringLiteral("globex"), QStringLiteral("Globex"),
                                               QStringLiteral("de_DE"), QStringLiteral("gustav")));
    auto gustav = ws.core().workspaces().signIn(QStringLiteral("globex"), QStringLiteral("gustav"));
    VERIFY_OK(gustav);
    VERIFY_OK(
        ws.core().workspaces().addAsset(*gustav, QStringLiteral("sap"), QStringLiteral("service")));
    ChangeDraft g;
    g.title = QStringLiteral("Globex secret change");
    g.affectedAssets = QStringList{QStringLiteral("sap")};
    VERIFY_OK(ws.core().changes().create(*gustav, g));
    VERIFY_OK(ws.core().changes().create(*gustav, g));
    auto mine = ws.createChange(ws.validDraft(QStringLiteral("Acme change")));
    VERIFY_OK(mine);
    QCOMPARE(mine->number, 1);

    // Acme sees only its own CHG-00001, not Globex's CHG-00002.
    auto other = ws.core().changes().get(ws.owner(), 2);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, QStringLiteral("not_found"));
    auto list = ws.core().changes().list(ws.owner());
    VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).title, QStringLiteral("Acme change"));
    ChangeFilter f;
    f.search = QStringLiteral("secret");
    QVERIFY(VALUE_OK(ws.core().changes().list(ws.owner(), f)).isEmpty());
    // Nor can it use Globex's assets, depend on its changes or act on them.
    const QString before = ws.fingerprint();
    ChangeDraft cross = ws.validDraft();
    cross.affectedAssets = QStringList{QStringLiteral("sap")};
    auto r1 = ws.createChange(cross);
    QVERIFY(!r1.ok());
    QCOMPARE(r1.error().kind(), ErrorKind::Input);
    ChangeDraft dep;
    dep.dependsOn = QList<int>{2};
    auto r2 = ws.core().changes().edit(ws.engineer(), mine->number, dep);
    QVERIFY(!r2.ok());
    QCOMPARE(r2.error().kind(), ErrorKind::Input);
    auto r3 = ws.core().changes().apply(ws.owner(), 2, Action::Cancel);
    QVERIFY(!r3.ok());
    QCOMPARE(r3.error().code, QStringLiteral("not_found"));
    QCOMPARE(ws.fingerprint(), before);
    // Globex's history and members are not Acme's.
    auto members = ws.core().workspaces().members(ws.owner());
    VERIFY_OK(members);
    for (const Member &m : *members)
        QVERIFY(m.username != QLatin1String("gustav"));
    auto history = ws.core().audit().workspaceHistory(ws.owner(), 100000);
    VERIFY_OK(history);
    for (const AuditEvent &e : *history)
        QCOMPARE(e.workspaceId, ws.workspace().id);
}

QTEST_GUILESS_MAIN(TestBadInputIsolation)
#include "tst_badinput_isolation.moc"
