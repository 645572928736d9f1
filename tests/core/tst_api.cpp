// The API's method table and the client interface, in process on both backends: every request
// is checked against the method's declaration (unknown fields such as `actor` are refused, a bad
// field is named, nothing is written), every answer reads back into the client's typed values
// unchanged, and docs/protocol.md lists exactly the table (`vigilo-server methods`).
#include "Api.h"
#include "AssetMatch.h"
#include "ChangeRows.h"
#include "Client.h"
#include "DemoBuilder.h"
#include "IsoTime.h"
#include "LocalTransport.h"
#include "RemoteTransport.h"
#include "TestServer.h"
#include "TestWorkspace.h"

#include <QFile>
#include <QThread>

#include <array>

using namespace vigilo;
using namespace vigilo::api;
using namespace vigilo::client;
using namespace vigilo::test;

class TestApi : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void protocolDocumentIsTheTable();
    void everyMethodIsDeclared();
    void identityFieldsAreRefused_data();
    void identityFieldsAreRefused();
    void badParametersAreNamed_data();
    void badParametersAreNamed();
    void answersReadBackUnchanged();
    void asynchronousFormAgrees();
    void unknownMethodAndWorkspace();
    void openWorkspaceAnswersTheActor();
    void changeListLayoutsAgree();
    void changeListPages();
    void localReaderReadsOffThread();
    void malformedRowsAreRefused_data();
    void malformedRowsAreRefused();
    void isoTimesAgreeWithQt();
    void inventoryThroughTheClient();
    void pickerMatchesTheSearch();
    void calendarRangeIsTheCoresInOneAnswer();
    void calendarMoveThroughTheClient();
    void formsConflictsAndSimilar();
    void delegationAndSettingsThroughTheClient();

private:
    Client client(const QString &user, const QString &workspace = QStringLiteral("acme"));
    // The rows of a function that writes nothing share one workspace (each row checks that
    // nothing was written); functions that read no database get none. Making a workspace (on
    // PostgreSQL a scratch database) was most of a row's time.
    static bool sharesTheWorkspace(const char *function);
    static bool needsNoWorkspace(const char *function);
    // The change the refused requests name (CHG-00001), made once per workspace.
    void ensureAChange();
    std::unique_ptr<TestWorkspace> m_ws;
    QString m_wsFunction;
    bool m_hasChange = false;
};

bool TestApi::sharesTheWorkspace(const char *function)
{
    return qstrcmp(function, "badParametersAreNamed") == 0
           || qstrcmp(function, "identityFieldsAreRefused") == 0;
}

bool TestApi::needsNoWorkspace(const char *function)
{
    return qstrcmp(function, "malformedRowsAreRefused") == 0
           || qstrcmp(function, "isoTimesAgreeWithQt") == 0;
}

void TestApi::ensureAChange()
{
    if (m_hasChange)
        return;
    VERIFY_OK(m_ws->createChange(m_ws->validDraft()));
    m_hasChange = true;
}

void TestApi::init()
{
    const char *function = QTest::currentTestFunction();
    if (needsNoWorkspace(function))
        return;
    if (m_ws && m_wsFunction == QLatin1String(function) && sharesTheWorkspace(function))
        return; // the previous row wrote nothing
    m_ws = std::make_unique<TestWorkspace>();
    m_wsFunction = QString::fromLatin1(function);
    m_hasChange = false;
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
}

void TestApi::cleanup()
{
    // A failed row may have written: the next row starts afresh.
    if (!sharesTheWorkspace(QTest::currentTestFunction()) || QTest::currentTestFailed())
        m_ws.reset();
}

Client TestApi::client(const QString &user, const QString &workspace)
{
    return Client(std::make_unique<LocalTransport>(m_ws->store(), user, &m_ws->clock()), workspace);
}

void TestApi::protocolDocumentIsTheTable()
{
    QFile doc(QStringLiteral(VIGILO_SOURCE_DIR "/docs/protocol.md"));
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype begin = text.indexOf(QLatin1String("<!-- methods:begin"));
    const qsizetype end = text.indexOf(QLatin1String("<!-- methods:end -->"));
    QVERIFY2(begin >= 0 && end > begin, "docs/protocol.md lacks its methods markers");
    const QString documented = text.mid(text.indexOf(QLatin1Char('\n'), begin) + 1,
                                        end - text.indexOf(QLatin1Char('\n'), begin) - 1);
    const QString table = methodReference();
    QVERIFY(table.contains(QLatin1String("### `change.apply`")));
    if (documented != table) {
        const QStringList a = documented.split(QLatin1Char('\n'));
        const QStringList b = table.split(QLatin1Char('\n'));
        int line = 0;
        while (line < a.size() && line < b.size() && a[line] == b[line])
            ++line;
        QFAIL(qPrintable(QStringLiteral("docs/protocol.md differs from the method table at line "
                                        "%1 of the section:\n  document: %2\n  table:    %3\n"
                                        "Regenerate the section with build/bin/vigilo-server "
                                        "methods.")
                             .arg(line + 1)
                             .arg(a.value(line), b.value(line))));
    }
}

void TestApi::everyMethodIsDeclared()
{
    QSet<QString> names;
    for (const Method &m : methods()) {
        QVERIFY2(!names.contains(m.name), qPrintable(m.name));
        names.insert(m.name);
        QVERIFY2(m.handler, qPrintable(m.name));
        QVERIFY2(!m.summary.isEmpty() && !m.result.isEmpty(), qPrintable(m.name));
        QSet<QString> params;
        for (const Param &p : m.params) {
            QVERIFY2(!params.contains(p.name), qPrintable(m.name + QLatin1Char('.') + p.name));
            params.insert(p.name);
            QVERIFY2(!p.help.isEmpty(), qPrintable(m.name + QLatin1Char('.') + p.name));
            // The acting member is never a parameter.
            for (const char *identity : {"actor", "as", "user", "member"})
                QVERIFY2(p.name != QLatin1String(identity),
                         qPrintable(m.name + QLatin1Char('.') + p.name));
            QVERIFY2(!(m.scope == Scope::Workspace && p.name == QLatin1String("workspace")),
                     qPrintable(m.name));
        }
        QCOMPARE(find(m.name), &m);
    }
    // The server's own methods share the names' space, and in process they say so.
    for (const Method &m : serverMethods()) {
        QVERIFY2(!names.contains(m.name), qPrintable(m.name));
        names.insert(m.name);
        QVERIFY(m.answeredByHost);
    }
    Client c = client(QStringLiteral("engineer"));
    VERIFY_ERROR(c.call(QStringLiteral("pack.export"), {{QStringLiteral("number"), 1}}),
                 "server_only");
    QVERIFY(names.size() >= 60);
}

void TestApi::identityFieldsAreRefused_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonObject>("params");
    QTest::newRow("create as the owner")
        << QStringLiteral("change.create")
        << QJsonObject{{QStringLiteral("title"), QStringLiteral("Mine")},
                       {QStringLiteral("actor"), QStringLiteral("owner")}};
    QTest::newRow("approve as someone else")
        << QStringLiteral("change.apply")
        << QJsonObject{{QStringLiteral("number"), 1},
                       {QStringLiteral("action"), QStringLiteral("approve")},
                       {QStringLiteral("as"), QStringLiteral("approver")}};
    QTest::newRow("add a member in another name")
        << QStringLiteral("member.add")
        << QJsonObject{{QStringLiteral("username"), QStringLiteral("mallory")},
                       {QStringLiteral("role"), QStringLiteral("owner")},
                       {QStringLiteral("requester"), QStringLiteral("owner")}};
    QTest::newRow("comment as the owner")
        << QStringLiteral("comment.add")
        << QJsonObject{{QStringLiteral("number"), 1},
                       {QStringLiteral("body"), QStringLiteral("hi")},
                       {QStringLiteral("member"), QStringLiteral("owner")}};
}

void TestApi::identityFieldsAreRefused()
{
    QFETCH(QString, method);
    QFETCH(QJsonObject, params);
    ensureAChange();
    const QString before = m_ws->fingerprint();
    Client c = client(QStringLiteral("engineer"));
    auto r = c.call(method, params);
    VERIFY_ERROR(r, "unknown_parameter");
    QVERIFY2(r.error().message.contains(QLatin1String("signed-in member")),
             describe(r).constData());
    QVERIFY(r.error().kind() == ErrorKind::Input);
    QCOMPARE(m_ws->fingerprint(), before);
}

void TestApi::badParametersAreNamed_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const auto number = [](const QJsonValue &v) {
        return QJsonObject{{QStringLiteral("number"), v}};
    };
    QTest::newRow("title as a number")
        << QStringLiteral("change.create") << QJsonObject{{QStringLiteral("title"), 42}}
        << QStringLiteral("title") << QStringLiteral("invalid_input");
    QTest::newRow("change as text") << QStringLiteral("change.get") << number(QStringLiteral("two"))
                                    << QStringLiteral("number") << QStringLiteral("invalid_input");
    QTest::newRow("change zero") << QStringLiteral("change.get") << number(0)
                                 << QStringLiteral("number") << QStringLiteral("invalid_input");
    QTest::newRow("change fraction") << QStringLiteral("change.get") << number(1.5)
                                     << QStringLiteral("number") << QStringLiteral("invalid_input");
    QTest::newRow("missing change")
        << QStringLiteral("change.get") << QJsonObject{} << QStringLiteral("number")
        << QStringLiteral("missing_parameter");
    QTest::newRow("unknown action")
        << QStringLiteral("change.apply")
        << QJsonObject{{QStringLiteral("number"), 1},
                       {QStringLiteral("action"), QStringLiteral("delete")}}
        << QStringLiteral("action") << QStringLiteral("invalid_input");
    QTest::newRow("time without zone")
        << QStringLiteral("change.edit")
        << QJsonObject{{QStringLiteral("number"), 1},
                       {QStringLiteral("planned_start"), QStringLiteral("2026-12-01T08:00:00")}}
        << QStringLiteral("planned_start") << QStringLiteral("invalid_input");
    QTest::newRow("assets not a list")
        << QStringLiteral("change.edit")
        << QJsonObject{{QStringLiteral("number"), 1},
                       {QStringLiteral("affected_assets"), QStringLiteral("db-primary")}}
        << QStringLiteral("affected_assets") << QStringLiteral("invalid_input");
    QTest::newRow("lead time out of range")
        << QStringLiteral("change.edit")
        << QJsonObject{{QStringLiteral("number"), 1}, {QStringLiteral("min_lead_time_hours"), -1}}
        << QStringLiteral("min_lead_time_hours") << QStringLiteral("invalid_input");
    QTest::newRow("attachment not base64")
        << QStringLiteral("attachment.add")
        << QJsonObject{{QStringLiteral("number"), 1},
                       {QStringLiteral("file_name"), QStringLiteral("a.txt")},
                       {QStringLiteral("content"), QStringLiteral("not base64 at all!")}}
        << QStringLiteral("content") << QStringLiteral("invalid_input");
    QTest::newRow("flag as text") << QStringLiteral("change.open")
                                  << QJsonObject{{QStringLiteral("number"), 1},
                                                 {QStringLiteral("with_history"),
                                                  QStringLiteral("no")}}
                                  << QStringLiteral("with_history")
                                  << QStringLiteral("invalid_input");
    QTest::newRow("steps not objects")
        << QStringLiteral("policy.add")
        << QJsonObject{{QStringLiteral("name"), QStringLiteral("p")},
                       {QStringLiteral("steps"), QJsonArray{QStringLiteral("CAB;admin;1")}}}
        << QStringLiteral("steps") << QStringLiteral("invalid_input");
    QTest::newRow("conflicts of nothing")
        << QStringLiteral("change.conflicts") << QJsonObject{} << QStringLiteral("planned_start")
        << QStringLiteral("invalid_input");
    QTest::newRow("form's conflicts without an end")
        << QStringLiteral("change.conflicts")
        << QJsonObject{{QStringLiteral("planned_start"), QStringLiteral("2026-12-01T08:00:00Z")},
                       {QStringLiteral("affected_assets"),
                        QJsonArray{QStringLiteral("db-primary")}}}
        << QStringLiteral("planned_end") << QStringLiteral("invalid_input");
    QTest::newRow("form's conflicts ending first")
        << QStringLiteral("change.conflicts")
        << QJsonObject{{QStringLiteral("planned_start"), QStringLiteral("2026-12-01T08:00:00Z")},
                       {QStringLiteral("planned_end"), QStringLiteral("2026-12-01T07:00:00Z")}}
        << QStringLiteral("planned_end") << QStringLiteral("invalid_input");
    QTest::newRow("form's dependencies as text")
        << QStringLiteral("change.conflicts")
        << QJsonObject{{QStringLiteral("planned_start"), QStringLiteral("2026-12-01T08:00:00Z")},
                       {QStringLiteral("planned_end"), QStringLiteral("2026-12-01T09:00:00Z")},
                       {QStringLiteral("depends_on"), QStringLiteral("CHG-00001")}}
        << QStringLiteral("depends_on") << QStringLiteral("invalid_input");
    // The next free slot of a form (a draft, unsaved): the same checks as its conflicts.
    const QJsonObject draftWindow{
        {QStringLiteral("planned_start"), QStringLiteral("2026-12-01T08:00:00Z")},
        {QStringLiteral("planned_end"), QStringLiteral("2026-12-01T09:00:00Z")}};
    const auto withWindow = [draftWindow](const QString &key, const QJsonValue &v) {
        QJsonObject o = draftWindow;
        o.insert(key, v);
        return o;
    };
    QTest::newRow("slot of nothing")
        << QStringLiteral("change.next_slot") << QJsonObject{} << QStringLiteral("planned_start")
        << QStringLiteral("invalid_input");
    QTest::newRow("draft's slot without an end")
        << QStringLiteral("change.next_slot")
        << QJsonObject{{QStringLiteral("planned_start"), QStringLiteral("2026-12-01T08:00:00Z")}}
        << QStringLiteral("planned_end") << QStringLiteral("invalid_input");
    QTest::newRow("draft's slot ending first")
        << QStringLiteral("change.next_slot")
        << withWindow(QStringLiteral("planned_end"), QStringLiteral("2026-12-01T07:00:00Z"))
        << QStringLiteral("planned_end") << QStringLiteral("invalid_input");
    QTest::newRow("draft's slot of an unknown type")
        << QStringLiteral("change.next_slot")
        << withWindow(QStringLiteral("change_type"), QStringLiteral("urgent"))
        << QStringLiteral("change_type") << QStringLiteral("invalid_input");
    QTest::newRow("draft's slot with a negative lead time")
        << QStringLiteral("change.next_slot")
        << withWindow(QStringLiteral("min_lead_time_hours"), -1)
        << QStringLiteral("min_lead_time_hours") << QStringLiteral("invalid_input");
    QTest::newRow("draft's slot on an unknown asset")
        << QStringLiteral("change.next_slot")
        << withWindow(QStringLiteral("affected_assets"), QJsonArray{QStringLiteral("no-such-db")})
        << QStringLiteral("affected_assets") << QStringLiteral("invalid_input");
    QTest::newRow("draft's slot after a word")
        << QStringLiteral("change.next_slot")
        << withWindow(QStringLiteral("after"), QStringLiteral("tomorrow"))
        << QStringLiteral("after") << QStringLiteral("invalid_input");
    QTest::newRow("similar to nothing")
        << QStringLiteral("change.similar") << QJsonObject{} << QStringLiteral("title")
        << QStringLiteral("invalid_input");
    QTest::newRow("unknown list layout")
        << QStringLiteral("change.list")
        << QJsonObject{{QStringLiteral("layout"), QStringLiteral("table")}}
        << QStringLiteral("layout") << QStringLiteral("invalid_input");
    // The inventory's methods (issue 16), crafted as a client could send them.
    QTest::newRow("relationship of no kind")
        << QStringLiteral("asset.relate")
        << QJsonObject{{QStringLiteral("from"), QStringLiteral("payments-api")},
                       {QStringLiteral("kind"), QStringLiteral("owns")},
                       {QStringLiteral("to"), QStringLiteral("db-primary")}}
        << QStringLiteral("kind") << QStringLiteral("invalid_input");
    QTest::newRow("relationship without its other end")
        << QStringLiteral("asset.unrelate")
        << QJsonObject{{QStringLiteral("from"), QStringLiteral("payments-api")},
                       {QStringLiteral("kind"), QStringLiteral("runs_on")}}
        << QStringLiteral("to") << QStringLiteral("missing_parameter");
    QTest::newRow("criticality of no level")
        << QStringLiteral("asset.edit")
        << QJsonObject{{QStringLiteral("name"), QStringLiteral("db-primary")},
                       {QStringLiteral("criticality"), QStringLiteral("urgent")}}
        << QStringLiteral("criticality") << QStringLiteral("invalid_input");
    QTest::newRow("owner as a number")
        << QStringLiteral("asset.add")
        << QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("owner"), 7}}
        << QStringLiteral("owner") << QStringLiteral("invalid_input");
    QTest::newRow("list page of no changes")
        << QStringLiteral("change.list") << QJsonObject{{QStringLiteral("limit"), 0}}
        << QStringLiteral("limit") << QStringLiteral("invalid_input");
    QTest::newRow("list page before no change")
        << QStringLiteral("change.list") << QJsonObject{{QStringLiteral("before"), -5}}
        << QStringLiteral("before") << QStringLiteral("invalid_input");
    QTest::newRow("list page before a word")
        << QStringLiteral("change.list")
        << QJsonObject{{QStringLiteral("before"), QStringLiteral("CHG-00010")}}
        << QStringLiteral("before") << QStringLiteral("invalid_input");
    // A sequence number past what the audit's column holds is refused by name (on PostgreSQL
    // it was a storage error, "integer out of range").
    QTest::newRow("notifications after no sequence number")
        << QStringLiteral("notification.list")
        << QJsonObject{{QStringLiteral("after"), Q_INT64_C(2147483648)}} << QStringLiteral("after")
        << QStringLiteral("invalid_input");
    QTest::newRow("search for no assets")
        << QStringLiteral("asset.search") << QJsonObject{{QStringLiteral("limit"), 0}}
        << QStringLiteral("limit") << QStringLiteral("invalid_input");
    QTest::newRow("inventory not base64")
        << QStringLiteral("asset.import")
        << QJsonObject{{QStringLiteral("data"), QStringLiteral("not base64 at all!")}}
        << QStringLiteral("data") << QStringLiteral("invalid_input");
    QTest::newRow("a huge text") << QStringLiteral("comment.add")
                                 << QJsonObject{{QStringLiteral("number"), 1},
                                                {QStringLiteral("body"),
                                                 QString(300000, QLatin1Char('x'))}}
                                 << QStringLiteral("body") << QStringLiteral("invalid_input");
    // Impact (issue 16): the walk's bounds and an exclusion's fields.
    QTest::newRow("impact depth zero")
        << QStringLiteral("change.impact")
        << QJsonObject{{QStringLiteral("number"), 1}, {QStringLiteral("depth"), 0}}
        << QStringLiteral("depth") << QStringLiteral("invalid_input");
    QTest::newRow("impact limit too large")
        << QStringLiteral("change.impact")
        << QJsonObject{{QStringLiteral("number"), 1}, {QStringLiteral("limit"), 10001}}
        << QStringLiteral("limit") << QStringLiteral("invalid_input");
    QTest::newRow("exclusion without a reason")
        << QStringLiteral("impact.exclude")
        << QJsonObject{{QStringLiteral("number"), 1},
                       {QStringLiteral("asset"), QStringLiteral("db-primary")}}
        << QStringLiteral("reason") << QStringLiteral("missing_parameter");
    QTest::newRow("exclusion of a number")
        << QStringLiteral("impact.exclude")
        << QJsonObject{{QStringLiteral("number"), 1},
                       {QStringLiteral("asset"), 7},
                       {QStringLiteral("reason"), QStringLiteral("cached")}}
        << QStringLiteral("asset") << QStringLiteral("invalid_input");
    QTest::newRow("include without an asset")
        << QStringLiteral("impact.include") << QJsonObject{{QStringLiteral("number"), 1}}
        << QStringLiteral("asset") << QStringLiteral("missing_parameter");
    // The change calendar (calendar.range) and its "what if" (change.conflicts with a window).
    const auto range = [](const QString &from, const QString &to) {
        return QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
    };
    QTest::newRow("calendar ending before it starts")
        << QStringLiteral("calendar.range")
        << range(QStringLiteral("2026-12-08T00:00:00Z"), QStringLiteral("2026-12-01T00:00:00Z"))
        << QStringLiteral("to") << QStringLiteral("invalid_input");
    QTest::newRow("calendar of no time")
        << QStringLiteral("calendar.range")
        << range(QStringLiteral("2026-12-01T00:00:00Z"), QStringLiteral("2026-12-01T00:00:00Z"))
        << QStringLiteral("to") << QStringLiteral("invalid_input");
    QTest::newRow("calendar of two years")
        << QStringLiteral("calendar.range")
        << range(QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("2028-01-01T00:00:00Z"))
        << QStringLiteral("to") << QStringLiteral("invalid_input");
    QTest::newRow("calendar from a word")
        << QStringLiteral("calendar.range")
        << range(QStringLiteral("monday"), QStringLiteral("2026-12-01T00:00:00Z"))
        << QStringLiteral("from") << QStringLiteral("invalid_input");
    QTest::newRow("calendar without an end")
        << QStringLiteral("calendar.range")
        << QJsonObject{{QStringLiteral("from"), QStringLiteral("2026-12-01T00:00:00Z")}}
        << QStringLiteral("to") << QStringLiteral("missing_parameter");
    QTest::newRow("what if without an end")
        << QStringLiteral("change.conflicts")
        << QJsonObject{{QStringLiteral("number"), 1},
                       {QStringLiteral("planned_start"), QStringLiteral("2026-12-01T08:00:00Z")}}
        << QStringLiteral("planned_end") << QStringLiteral("invalid_input");
    QTest::newRow("what if ending first")
        << QStringLiteral("change.conflicts")
        << QJsonObject{{QStringLiteral("number"), 1},
                       {QStringLiteral("planned_start"), QStringLiteral("2026-12-01T08:00:00Z")},
                       {QStringLiteral("planned_end"), QStringLiteral("2026-12-01T07:00:00Z")}}
        << QStringLiteral("planned_end") << QStringLiteral("invalid_input");
    // Delegation and the approval settings (issue 15), crafted as a client could send them.
    const auto delegation = [](const QString &key, const QJsonValue &v) {
        QJsonObject o{{QStringLiteral("substitute"), QStringLiteral("approver2")},
                      {QStringLiteral("from"), QStringLiteral("2026-03-03T09:00:00Z")},
                      {QStringLiteral("to"), QStringLiteral("2026-03-04T09:00:00Z")}};
        if (v.isUndefined())
            o.remove(key);
        else
            o.insert(key, v);
        return o;
    };
    QTest::newRow("delegation without a substitute")
        << QStringLiteral("delegation.set")
        << delegation(QStringLiteral("substitute"), QJsonValue::Undefined)
        << QStringLiteral("substitute") << QStringLiteral("missing_parameter");
    QTest::newRow("delegation from a word")
        << QStringLiteral("delegation.set")
        << delegation(QStringLiteral("from"), QStringLiteral("tomorrow")) << QStringLiteral("from")
        << QStringLiteral("invalid_input");
    QTest::newRow("delegation without an end")
        << QStringLiteral("delegation.set")
        << delegation(QStringLiteral("to"), QJsonValue::Undefined) << QStringLiteral("to")
        << QStringLiteral("missing_parameter");
    QTest::newRow("delegation for a number")
        << QStringLiteral("delegation.set") << delegation(QStringLiteral("for_member"), 7)
        << QStringLiteral("for_member") << QStringLiteral("invalid_input");
    QTest::newRow("clearing a number's delegations")
        << QStringLiteral("delegation.clear") << QJsonObject{{QStringLiteral("substitute"), 7}}
        << QStringLiteral("substitute") << QStringLiteral("invalid_input");
    QTest::newRow("settings changing nothing")
        << QStringLiteral("approval_settings.set") << QJsonObject{}
        << QStringLiteral("distinct_people") << QStringLiteral("invalid_input");
    QTest::newRow("distinct people as text")
        << QStringLiteral("approval_settings.set")
        << QJsonObject{{QStringLiteral("distinct_people"), QStringLiteral("yes")}}
        << QStringLiteral("distinct_people") << QStringLiteral("invalid_input");
    QTest::newRow("bulk guard of no risk level")
        << QStringLiteral("approval_settings.set")
        << QJsonObject{{QStringLiteral("bulk_max_risk"), QStringLiteral("extreme")}}
        << QStringLiteral("bulk_max_risk") << QStringLiteral("invalid_input");
    QTest::newRow("bulk switch as a number")
        << QStringLiteral("approval_settings.set")
        << QJsonObject{{QStringLiteral("bulk_enabled"), 1}} << QStringLiteral("bulk_enabled")
        << QStringLiteral("invalid_input");
    QTest::newRow("what if without a start")
        << QStringLiteral("change.conflicts")
        << QJsonObject{{QStringLiteral("number"), 1},
                       {QStringLiteral("planned_end"), QStringLiteral("2026-12-01T08:00:00Z")}}
        << QStringLiteral("planned_start") << QStringLiteral("invalid_input");
}

void TestApi::badParametersAreNamed()
{
    QFETCH(QString, method);
    QFETCH(QJsonObject, params);
    QFETCH(QString, field);
    QFETCH(QString, code);
    ensureAChange();
    const QString before = m_ws->fingerprint();
    Client c = client(QStringLiteral("admin"));
    auto r = c.call(method, params);
    QVERIFY2(!r.ok(), "a bad parameter was accepted");
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().details.value(QStringLiteral("field")).toString(), field);
    QVERIFY2(r.error().message.contains(field), describe(r).constData());
    QCOMPARE(m_ws->fingerprint(), before);
}

namespace {

template <typename T> QByteArray sameList(const QJsonValue &raw)
{
    auto decoded = decodeList<T>(raw);
    if (!decoded)
        return describe(decoded.error());
    QJsonArray again;
    for (const T &t : *decoded)
        again.append(t.toJson());
    if (again != raw.toArray())
        return "differs: " + QJsonDocument(raw.toArray()).toJson(QJsonDocument::Compact).left(400)
               + "\n  read back as: "
               + QJsonDocument(again).toJson(QJsonDocument::Compact).left(400);
    return {};
}

template <typename T> QByteArray sameObject(const QJsonValue &raw)
{
    auto decoded = decode<T>(raw);
    if (!decoded)
        return describe(decoded.error());
    if (decoded->toJson() != raw.toObject())
        return "differs: " + QJsonDocument(raw.toObject()).toJson(QJsonDocument::Compact).left(600)
               + "\n  read back as: "
               + QJsonDocument(decoded->toJson()).toJson(QJsonDocument::Compact).left(600);
    return {};
}

} // namespace

// Every kind of answer, from a realistic workspace, reads back into the client's typed values
// and writes out again byte for byte: what the CLI prints from a typed value is what the server
// sent.
void TestApi::answersReadBackUnchanged()
{
    DemoOptions o;
    o.changes = 40;
    o.anchor = m_ws->now().date();
    o.extraOwner = QStringLiteral("owner");
    // On PostgreSQL the schema's owner builds the demo (it records history for its people).
    std::unique_ptr<Store> owner;
    if (m_ws->isPostgres()) {
        auto opened = Store::open(m_ws->dbPath(), Store::OpenMode::ExistingOnly);
        VERIFY_OK(opened);
        owner = std::move(opened).value();
    }
    VERIFY_OK(DemoBuilder::build(owner ? *owner : m_ws->store(), o));
    owner.reset();
    Client c = client(QStringLiteral("owner"), QStringLiteral("demo"));
    auto call = [&c](const QString &method, const QJsonObject &params = {}) {
        auto r = c.call(method, params);
        if (!r)
            qWarning("%s: %s", qPrintable(method), describe(r).constData());
        return r.ok() ? r->toObject() : QJsonObject();
    };
    VERIFY_OK(c.addWebhook({QStringLiteral("bus"),
                            QStringLiteral("https://hooks.example.com/x"),
                            {},
                            {},
                            QStringLiteral("json")}));
    VERIFY_OK(c.subscribeDesktop(QStringLiteral("orders-db")));
    VERIFY_OK(
        c.setRiskQuestion(RiskQuestion{QStringLiteral("extra"),
                                       0,
                                       QStringLiteral("Anything else?"),
                                       2,
                                       {{QStringLiteral("No"), 0}, {QStringLiteral("Yes"), 90}}}));

    const QJsonArray list =
        call(QStringLiteral("change.list")).value(QStringLiteral("changes")).toArray();
    QVERIFY(list.size() >= 40);
    QCOMPARE(sameList<ChangeSummary>(list), QByteArray());
    int checked = 0;
    for (const QJsonValue &row : list) {
        const QJsonObject n{{QStringLiteral("number"), row[QLatin1String("number")]}};
        const QJsonObject open = call(QStringLiteral("change.open"), n);
        QCOMPARE(sameObject<ChangeRequest>(open.value(QStringLiteral("change"))), QByteArray());
        QCOMPARE(sameList<ApprovalStep>(open.value(QStringLiteral("approval_steps"))),
                 QByteArray());
        QCOMPARE(sameList<ChangeTask>(open.value(QStringLiteral("tasks"))), QByteArray());
        QCOMPARE(sameObject<ConflictSummary>(open.value(QStringLiteral("conflicts_summary"))),
                 QByteArray());
        QCOMPARE(sameList<AuditEvent>(open.value(QStringLiteral("history"))), QByteArray());
        QCOMPARE(sameList<Comment>(
                     call(QStringLiteral("comment.list"), n).value(QStringLiteral("comments"))),
                 QByteArray());
        QCOMPARE(
            sameList<Attachment>(
                call(QStringLiteral("attachment.list"), n).value(QStringLiteral("attachments"))),
            QByteArray());
        QCOMPARE(
            sameList<SimilarChange>(
                call(QStringLiteral("change.similar"), n).value(QStringLiteral("similar_changes"))),
            QByteArray());
        QCOMPARE(sameObject<RiskProfile>(
                     call(QStringLiteral("risk.show"), n).value(QStringLiteral("risk"))),
                 QByteArray());
        QCOMPARE(
            sameObject<PolicyExplanation>(
                call(QStringLiteral("policy.explain"), n).value(QStringLiteral("explanation"))),
            QByteArray());
        // Impact with paths (the demo has relationships and services), excluded items included.
        QCOMPARE(sameObject<ImpactReport>(
                     call(QStringLiteral("change.impact"), n).value(QStringLiteral("impact"))),
                 QByteArray());
        auto view = readChangeView(QJsonValue(open));
        VERIFY_OK(view);
        QCOMPARE(view->change.number,
                 parseChangeNumber(row[QLatin1String("number")].toString()).value());
        ++checked;
    }
    QCOMPARE(checked, int(list.size()));
    QCOMPARE(sameList<Workspace>(
                 call(QStringLiteral("workspace.list")).value(QStringLiteral("workspaces"))),
             QByteArray());
    QCOMPARE(sameList<Member>(
                 call(QStringLiteral("workspace.members")).value(QStringLiteral("members"))),
             QByteArray());
    QCOMPARE(sameList<Asset>(call(QStringLiteral("asset.list")).value(QStringLiteral("assets"))),
             QByteArray());
    QCOMPARE(sameList<FreezeWindow>(
                 call(QStringLiteral("freeze.list")).value(QStringLiteral("freeze_windows"))),
             QByteArray());
    QCOMPARE(sameList<ApprovalPolicy>(
                 call(QStringLiteral("policy.list")).value(QStringLiteral("policies"))),
             QByteArray());
    QCOMPARE(sameList<ChangeTemplate>(
                 call(QStringLiteral("template.list")).value(QStringLiteral("templates"))),
             QByteArray());
    QCOMPARE(sameList<RiskQuestion>(
                 call(QStringLiteral("risk.questions")).value(QStringLiteral("questions"))),
             QByteArray());
    QCOMPARE(
        sameList<MaintenanceWindow>(
            call(QStringLiteral("maintenance.list")).value(QStringLiteral("maintenance_windows"))),
        QByteArray());
    QCOMPARE(sameList<WebhookEndpoint>(
                 call(QStringLiteral("webhook.list")).value(QStringLiteral("webhooks"))),
             QByteArray());
    QCOMPARE(sameList<Subscription>(
                 call(QStringLiteral("subscription.list")).value(QStringLiteral("subscriptions"))),
             QByteArray());
    QCOMPARE(
        sameList<AuditEvent>(call(QStringLiteral("audit.log")).value(QStringLiteral("events"))),
        QByteArray());
    QCOMPARE(sameObject<AuditVerification>(
                 call(QStringLiteral("audit.verify")).value(QStringLiteral("audit_verification"))),
             QByteArray());
    // The Administration window's one answer holds the same lists, each read back unchanged.
    const QJsonObject admin = call(QStringLiteral("workspace.administration"));
    QCOMPARE(sameObject<AdminRights>(admin.value(QStringLiteral("rights"))), QByteArray());
    QCOMPARE(sameObject<Workspace>(admin.value(QStringLiteral("workspace"))), QByteArray());
    QCOMPARE(admin.value(QStringLiteral("members")),
             call(QStringLiteral("workspace.members")).value(QStringLiteral("members")));
    QCOMPARE(admin.value(QStringLiteral("policies")),
             call(QStringLiteral("policy.list")).value(QStringLiteral("policies")));
    QCOMPARE(admin.value(QStringLiteral("risk_questions")),
             call(QStringLiteral("risk.questions")).value(QStringLiteral("questions")));
    auto administration = readAdministration(QJsonValue(admin));
    VERIFY_OK(administration);
    QCOMPARE(administration->members.size(), call(QStringLiteral("workspace.members"))
                                                 .value(QStringLiteral("members"))
                                                 .toArray()
                                                 .size());
    const QJsonObject metrics =
        call(QStringLiteral("metrics.report"),
             {{QStringLiteral("from"), m_ws->now().addDays(-180).toString(Qt::ISODate)},
              {QStringLiteral("to"), m_ws->now().addDays(30).toString(Qt::ISODate)},
              {QStringLiteral("by"), QStringLiteral("month")}});
    QCOMPARE(sameObject<MetricsReport>(metrics.value(QStringLiteral("metrics"))), QByteArray());
    QCOMPARE(sameObject<MetricsTrend>(metrics.value(QStringLiteral("trend"))), QByteArray());
    const QByteArray csv = "title,change_type,planned_start,planned_end,affected_assets\r\n"
                           "One,normal,2027-01-05T08:00:00Z,2027-01-05T09:00:00Z,orders-db\r\n"
                           "Two,bogus,,,\r\n";
    const QJsonObject preview = call(QStringLiteral("csv.import"),
                                     {{QStringLiteral("data"), QString::fromLatin1(csv.toBase64())},
                                      {QStringLiteral("dry_run"), true}});
    QCOMPARE(sameObject<CsvPreview>(preview.value(QStringLiteral("preview"))), QByteArray());
    QVERIFY(!preview.value(QStringLiteral("preview"))
                 .toObject()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .isEmpty());
}

void TestApi::asynchronousFormAgrees()
{
    VERIFY_OK(m_ws->createChange(m_ws->validDraft()));
    Client c = client(QStringLiteral("approver"));
    auto sync = c.openChange(1);
    VERIFY_OK(sync);
    QFuture<Result<ChangeView>> future = c.openChangeAsync(1);
    QVERIFY(future.isFinished()); // in process: answered at once
    const Result<ChangeView> async = future.result();
    VERIFY_OK(async);
    QCOMPARE(async->change.toJson(), sync->change.toJson());
    QVERIFY(async->availableActions == sync->availableActions);
    auto refused = c.applyAsync(1, Action::Approve).result();
    VERIFY_ERROR(refused, "invalid_transition"); // a draft is not approved
    auto listed = c.changesAsync().result();
    VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
}

void TestApi::unknownMethodAndWorkspace()
{
    Client c = client(QStringLiteral("engineer"));
    VERIFY_ERROR(c.call(QStringLiteral("change.delete"), {{QStringLiteral("number"), 1}}),
                 "unknown_method");
    Client elsewhere = client(QStringLiteral("engineer"), QStringLiteral("nope"));
    VERIFY_ERROR(elsewhere.changes(), "not_found");
    Client nobody = client(QStringLiteral("mallory"));
    VERIFY_ERROR(nobody.changes(), "permission_denied");
    Client noWorkspace = client(QStringLiteral("engineer"), QString());
    VERIFY_ERROR(noWorkspace.changes(), "workspace_required");
    Client anonymous = client(QString());
    VERIFY_ERROR(anonymous.changes(), "not_signed_in");
}

// workspace.open: who the caller is in a workspace, in one answer, as the core signs them in; a
// stranger, a deactivated member and a missing workspace are refused as by any workspace method.
void TestApi::openWorkspaceAnswersTheActor()
{
    const QString slug = m_ws->workspace().slug;
    for (const QString &user : TestWorkspace::memberNames()) {
        Client c = client(user, QString()); // the slug travels in the request
        auto actor = c.openWorkspace(slug);
        VERIFY_OK(actor);
        QCOMPARE(actor->workspace.toJson(), m_ws->workspace().toJson());
        QCOMPARE(actor->member.toJson(), m_ws->as(user).member.toJson());
        QVERIFY(actor->member.role == TestWorkspace::roleOf(user));
        QCOMPARE(c.workspace(), QString()); // asking does not switch the client
        const Result<Actor> async = c.openWorkspaceAsync(slug).result();
        VERIFY_OK(async);
        QCOMPARE(async->member.toJson(), actor->member.toJson());
    }
    VERIFY_ERROR(client(QStringLiteral("mallory")).openWorkspace(slug), "permission_denied");
    VERIFY_ERROR(client(QStringLiteral("engineer")).openWorkspace(QStringLiteral("nope")),
                 "not_found");
    VERIFY_ERROR(client(QString()).openWorkspace(slug), "not_signed_in");
    // The acting member is the session's, never a parameter.
    VERIFY_ERROR(client(QStringLiteral("viewer"))
                     .call(QStringLiteral("workspace.open"),
                           {{QStringLiteral("workspace"), slug},
                            {QStringLiteral("member"), QStringLiteral("owner")}}),
                 "unknown_parameter");
    VERIFY_OK(client(QStringLiteral("owner")).deactivateMember(QStringLiteral("viewer")));
    VERIFY_ERROR(client(QStringLiteral("viewer")).openWorkspaceAsync(slug).result(),
                 "permission_denied");
}

namespace {

QJsonArray summariesJson(const QList<ChangeSummary> &list)
{
    QJsonArray out;
    for (const ChangeSummary &s : list)
        out.append(s.toJson());
    return out;
}

// change.list with `params` in both layouts through `c`: the rows read back into the same
// summaries as the objects, and as what the client's own changesWith() returns. Returns the
// number of changes, -1 after a failure.
int compareLayouts(Client &c, const QJsonObject &params)
{
    QJsonObject asObjects = params;
    asObjects.insert(QStringLiteral("layout"), QStringLiteral("objects"));
    QJsonObject asRows = params;
    asRows.insert(QStringLiteral("layout"), QStringLiteral("rows"));
    const auto objects = c.call(QStringLiteral("change.list"), asObjects);
    const auto plain = c.call(QStringLiteral("change.list"), params); // an old client's request
    const auto rows = c.call(QStringLiteral("change.list"), asRows);
    if (!objects || !rows || !plain) {
        qWarning("change.list failed: %s / %s / %s", describe(objects).constData(),
                 describe(rows).constData(), describe(plain).constData());
        return -1;
    }
    const QJsonValue objectForm = objects->toObject().value(QStringLiteral("changes"));
    const QJsonValue rowForm = rows->toObject().value(QStringLiteral("changes"));
    if (!objectForm.isArray() || !rowForm.isObject()
        || plain->toObject().value(QStringLiteral("changes")) != objectForm) {
        qWarning("the layouts are not objects and rows");
        return -1;
    }
    const QJsonObject table = rowForm.toObject();
    if (table.value(QStringLiteral("columns")).toArray()
        != QJsonArray::fromStringList(changeRowColumns())) {
        qWarning("columns: %s",
                 QJsonDocument(table).toJson(QJsonDocument::Compact).left(300).data());
        return -1;
    }
    const auto fromObjects = decodeList<ChangeSummary>(objectForm);
    const auto fromRows = decodeChangeRows(rowForm);
    const auto fromClient = c.changesWith(params);
    if (!fromObjects || !fromRows || !fromClient) {
        qWarning("decoding failed: %s / %s / %s", describe(fromObjects).constData(),
                 describe(fromRows).constData(), describe(fromClient).constData());
        return -1;
    }
    const QJsonArray expected = summariesJson(*fromObjects);
    if (summariesJson(*fromRows) != expected || summariesJson(*fromClient) != expected
        || expected != objectForm.toArray()) {
        qWarning("the rows read back differently:\n%s\n%s",
                 QJsonDocument(expected).toJson(QJsonDocument::Compact).left(600).data(),
                 QJsonDocument(summariesJson(*fromRows))
                     .toJson(QJsonDocument::Compact)
                     .left(600)
                     .data());
        return -1;
    }
    for (const QJsonValue &row : table.value(QStringLiteral("rows")).toArray())
        if (!row.toArray().first().isDouble()) { // the number travels as an integer
            qWarning("a row's number is not an integer");
            return -1;
        }
    return int(expected.size());
}

} // namespace

// change.list's compact layout (ChangeRows.h) reads back into the same summaries as the objects
// old clients get, with every kind of value (no risk, no assignee, no plan, overrunning), in
// process and, on PostgreSQL, through a real vigilo-server.
void TestApi::changeListLayoutsAgree()
{
    DemoOptions o;
    o.changes = 30;
    o.anchor = m_ws->now().date();
    o.extraOwner = QStringLiteral("owner");
    std::unique_ptr<Store> owner;
    if (m_ws->isPostgres()) {
        auto opened = Store::open(m_ws->dbPath(), Store::OpenMode::ExistingOnly);
        VERIFY_OK(opened);
        owner = std::move(opened).value();
    }
    VERIFY_OK(DemoBuilder::build(owner ? *owner : m_ws->store(), o));
    owner.reset();
    Client c = client(QStringLiteral("owner"), QStringLiteral("demo"));
    // A draft without a plan, a risk or an assignee.
    VERIFY_OK(c.call(QStringLiteral("change.create"),
                     {{QStringLiteral("title"), QStringLiteral("Nur ein Entwurf – ünïcødé")}}));
    auto all = c.changes();
    VERIFY_OK(all);
    const int total = int(all->size()); // the demo adds its CAB's and its recurring ones
    QVERIFY(total > 30);
    const auto has = [&](auto predicate) {
        return std::any_of(all->begin(), all->end(), predicate);
    };
    QVERIFY(has([](const ChangeSummary &s) { return !s.riskLevel; }));
    QVERIFY(has([](const ChangeSummary &s) { return s.riskLevel.has_value(); }));
    QVERIFY(has([](const ChangeSummary &s) { return s.assignee.isEmpty(); }));
    QVERIFY(has([](const ChangeSummary &s) { return !s.assignee.isEmpty(); }));
    QVERIFY(has([](const ChangeSummary &s) { return !s.plannedStart.isValid(); }));
    QVERIFY(has([](const ChangeSummary &s) { return s.plannedStart.isValid(); }));

    const QList<QJsonObject> filters = {
        {},
        {{QStringLiteral("status"), QStringLiteral("review")}},
        {{QStringLiteral("open_only"), true}, {QStringLiteral("limit"), 7}},
        {{QStringLiteral("awaiting_me"), true}},
        {{QStringLiteral("search"), QStringLiteral("Entwurf")}}};
    for (const QJsonObject &f : filters)
        QVERIFY2(compareLayouts(c, f) >= 0, QJsonDocument(f).toJson(QJsonDocument::Compact));
    QCOMPARE(compareLayouts(c, {}), total);
    QCOMPARE(compareLayouts(c, {{QStringLiteral("search"), QStringLiteral("Entwurf")}}), 1);
    if (!m_ws->isPostgres())
        return; // the server runs on PostgreSQL only; the rest above ran on SQLite

    TestServer server(m_ws->dbPath());
    QVERIFY2(server.ok(), qPrintable(server.errorText()));
    RemoteOptions ro;
    ro.location = server.location();
    ro.token = server.tokenFor(QStringLiteral("owner"));
    QVERIFY2(!ro.token.isEmpty(), qPrintable(server.errorText()));
    ro.clientName = QStringLiteral("tst_api");
    auto transport = RemoteTransport::open(ro);
    VERIFY_OK(transport);
    Client remote(std::move(transport).value(), QStringLiteral("demo"));
    for (const QJsonObject &f : filters)
        QVERIFY2(compareLayouts(remote, f) >= 0, QJsonDocument(f).toJson(QJsonDocument::Compact));
    QCOMPARE(compareLayouts(remote, {}), total);
    auto overTheWire = remote.changes();
    VERIFY_OK(overTheWire);
    QCOMPARE(overTheWire->size(), all->size());
    for (qsizetype i = 0; i < all->size(); ++i) {
        QCOMPARE(overTheWire->at(i).number, all->at(i).number);
        QCOMPARE(overTheWire->at(i).title, all->at(i).title);
        QCOMPARE(overTheWire->at(i).updatedAt, all->at(i).updatedAt);
    }
}

// The list page by page (limit, then before = the last number of the page): newest first, no
// change twice, none missing, with a filter too; in process and through a real vigilo-server.
void TestApi::changeListPages()
{
    DemoOptions o;
    o.changes = 30;
    o.anchor = m_ws->now().date();
    o.extraOwner = QStringLiteral("owner");
    std::unique_ptr<Store> owner;
    if (m_ws->isPostgres()) {
        auto opened = Store::open(m_ws->dbPath(), Store::OpenMode::ExistingOnly);
        VERIFY_OK(opened);
        owner = std::move(opened).value();
    }
    VERIFY_OK(DemoBuilder::build(owner ? *owner : m_ws->store(), o));
    owner.reset();
    const auto pagesAgree = [](Client &c, const QJsonObject &filter) -> int {
        auto whole = c.changesWith(filter);
        if (!whole.ok())
            return -1;
        QList<int> paged;
        int before = 0;
        for (int round = 0; round < 100; ++round) {
            QJsonObject page = filter;
            page.insert(QStringLiteral("limit"), 7);
            if (before > 0)
                page.insert(QStringLiteral("before"), before);
            auto rows = c.changesWith(page);
            if (!rows.ok() || rows->size() > 7)
                return -1;
            for (const ChangeSummary &s : *rows)
                paged << s.number;
            if (rows->size() < 7)
                break;
            before = rows->last().number;
        }
        QList<int> expected;
        for (const ChangeSummary &s : *whole)
            expected << s.number;
        if (paged != expected || QSet<int>(paged.begin(), paged.end()).size() != paged.size())
            return -1;
        return int(paged.size());
    };
    Client c = client(QStringLiteral("owner"), QStringLiteral("demo"));
    const int total = pagesAgree(c, {});
    QVERIFY(total > 30);
    const QJsonObject review{{QStringLiteral("status"), QStringLiteral("review")}};
    QVERIFY(pagesAgree(c, review) > 0);
    // The rest after a page: exactly the changes numbered below it.
    auto rest = c.changesWith({{QStringLiteral("before"), 10}});
    VERIFY_OK(rest);
    QCOMPARE(rest->size(), 9);
    QCOMPARE(rest->first().number, 9);
    QCOMPARE(rest->last().number, 1);
    if (!m_ws->isPostgres())
        return; // the server runs on PostgreSQL only

    TestServer server(m_ws->dbPath());
    QVERIFY2(server.ok(), qPrintable(server.errorText()));
    RemoteOptions ro;
    ro.location = server.location();
    ro.token = server.tokenFor(QStringLiteral("owner"));
    QVERIFY2(!ro.token.isEmpty(), qPrintable(server.errorText()));
    ro.clientName = QStringLiteral("tst_api");
    auto transport = RemoteTransport::open(ro);
    VERIFY_OK(transport);
    Client remote(std::move(transport).value(), QStringLiteral("demo"));
    QCOMPARE(pagesAgree(remote, {}), total);
    QVERIFY(pagesAgree(remote, review) > 0);
    auto refused = remote.changesWith({{QStringLiteral("before"), 0}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("before"));
}

// The desktop client's long reads on a database in this process: change.list runs on the
// reader's own connection and thread, and answers as the synchronous call does.
void TestApi::localReaderReadsOffThread()
{
    DemoOptions o;
    o.changes = 30;
    o.anchor = m_ws->now().date();
    o.extraOwner = QStringLiteral("owner");
    std::unique_ptr<Store> owner;
    if (m_ws->isPostgres()) {
        auto opened = Store::open(m_ws->dbPath(), Store::OpenMode::ExistingOnly);
        VERIFY_OK(opened);
        owner = std::move(opened).value();
    }
    VERIFY_OK(DemoBuilder::build(owner ? *owner : m_ws->store(), o));
    owner.reset();
    auto transport =
        std::make_unique<LocalTransport>(m_ws->store(), QStringLiteral("owner"), &m_ws->clock());
    transport->enableReader(m_ws->dbPath());
    Client c(std::move(transport), QStringLiteral("demo"));
    auto whole = c.changes();
    VERIFY_OK(whole);
    QThread *readOn = nullptr;
    auto future = c.changesAsync().then([&readOn](const Result<QList<ChangeSummary>> &r) {
        readOn = QThread::currentThread();
        return r;
    });
    future.waitForFinished();
    const Result<QList<ChangeSummary>> async = future.result();
    VERIFY_OK(async);
    QVERIFY(readOn != nullptr);
    QVERIFY(readOn != QThread::currentThread());
    QCOMPARE(async->size(), whole->size());
    for (qsizetype i = 0; i < whole->size(); ++i) {
        QCOMPARE(async->at(i).number, whole->at(i).number);
        QCOMPARE(async->at(i).version, whole->at(i).version);
    }
    // A write on the window's connection is what the reader reads next.
    VERIFY_OK(c.call(QStringLiteral("change.create"),
                     {{QStringLiteral("title"), QStringLiteral("Read by the reader")}}));
    auto after = c.changesAsync();
    after.waitForFinished();
    VERIFY_OK(after.result());
    QCOMPARE(after.result()->first().title, QStringLiteral("Read by the reader"));
    // Other calls stay on the window's connection: answered at once.
    QVERIFY(c.callAsync(QStringLiteral("workspace.list")).isFinished());
}

void TestApi::malformedRowsAreRefused_data()
{
    QTest::addColumn<QJsonValue>("answer");
    QTest::addColumn<QString>("field"); // empty: the shape itself
    ChangeSummary s;
    s.number = 7;
    s.title = QStringLiteral("Patch");
    s.status = ChangeStatus::Review;
    s.riskLevel = RiskLevel::High;
    s.plannedStart = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    s.plannedEnd = s.plannedStart.addSecs(3600);
    s.requester = QStringLiteral("engineer");
    s.updatedAt = s.plannedStart.addDays(-2);
    s.version = 3;
    const QJsonObject good = changeRows({s, s});
    const QStringList &names = changeRowColumns();
    // The good answer with one value of the second row replaced.
    const auto withValue = [&](const QString &column, const QJsonValue &v) {
        QJsonArray rows = good.value(QStringLiteral("rows")).toArray();
        QJsonArray row = rows.at(1).toArray();
        row.replace(names.indexOf(column), v);
        rows.replace(1, row);
        QJsonObject out = good;
        out.insert(QStringLiteral("rows"), rows);
        return QJsonValue(out);
    };
    auto decodedGood = decodeChangeRows(good);
    QVERIFY(decodedGood.ok() && decodedGood->size() == 2
            && decodedGood->at(1).toJson() == s.toJson());

    QTest::newRow("not an object") << QJsonValue(QJsonArray{}) << QString();
    QTest::newRow("no rows") << QJsonValue(
        QJsonObject{{QStringLiteral("columns"), good.value(QStringLiteral("columns"))}})
                             << QString();
    QJsonArray renamed = good.value(QStringLiteral("columns")).toArray();
    renamed.replace(names.indexOf(QStringLiteral("status")), QStringLiteral("state"));
    QJsonObject withoutStatus = good;
    withoutStatus.insert(QStringLiteral("columns"), renamed);
    QTest::newRow("a column missing") << QJsonValue(withoutStatus) << QStringLiteral("status");
    QJsonObject notArrays = good;
    notArrays.insert(QStringLiteral("rows"), QJsonArray{QStringLiteral("CHG-7")});
    QTest::newRow("a row not an array") << QJsonValue(notArrays) << QStringLiteral("*");
    QJsonArray shortRow = good.value(QStringLiteral("rows")).toArray().at(0).toArray();
    shortRow.removeLast();
    QJsonObject shortRows = good;
    shortRows.insert(QStringLiteral("rows"), QJsonArray{shortRow});
    QTest::newRow("a short row") << QJsonValue(shortRows) << QStringLiteral("*");
    QTest::newRow("number as text")
        << withValue(QStringLiteral("number"), QStringLiteral("CHG-7")) << QStringLiteral("number");
    QTest::newRow("number zero") << withValue(QStringLiteral("number"), 0)
                                 << QStringLiteral("number");
    QTest::newRow("title missing")
        << withValue(QStringLiteral("title"), QJsonValue()) << QStringLiteral("title");
    QTest::newRow("unknown status")
        << withValue(QStringLiteral("status"), QStringLiteral("done")) << QStringLiteral("status");
    QTest::newRow("unknown type") << withValue(QStringLiteral("change_type"), 1)
                                  << QStringLiteral("change_type");
    QTest::newRow("unknown risk") << withValue(QStringLiteral("risk_level"),
                                               QStringLiteral("extreme"))
                                  << QStringLiteral("risk_level");
    QTest::newRow("a time that is not one")
        << withValue(QStringLiteral("planned_start"), QStringLiteral("tomorrow morning"))
        << QStringLiteral("planned_start");
    QTest::newRow("an impossible date")
        << withValue(QStringLiteral("planned_end"), QStringLiteral("2026-02-30T08:00:00Z"))
        << QStringLiteral("planned_end");
    QTest::newRow("overrunning as text")
        << withValue(QStringLiteral("overrunning"), QStringLiteral("yes"))
        << QStringLiteral("overrunning");
    QTest::newRow("assignee as a number")
        << withValue(QStringLiteral("assignee"), 5) << QStringLiteral("assignee");
    QTest::newRow("requester missing")
        << withValue(QStringLiteral("requester"), QJsonValue()) << QStringLiteral("requester");
    QTest::newRow("version a fraction")
        << withValue(QStringLiteral("version"), 1.5) << QStringLiteral("version");
}

// A compact answer that does not hold what it should is a protocol_error naming the row and the
// column, never a list with defaults in it.
void TestApi::malformedRowsAreRefused()
{
    QFETCH(QJsonValue, answer);
    QFETCH(QString, field);
    const auto r = decodeChangeRows(answer);
    QVERIFY2(!r.ok(), "a malformed change list was read");
    QCOMPARE(r.error().code, QStringLiteral("protocol_error"));
    QVERIFY(!r.error().message.isEmpty());
    if (field.isEmpty())
        return;
    QCOMPARE(r.error().details.value(QStringLiteral("field")).toString(), field);
    if (field != QLatin1String("*") && field != QLatin1String("status"))
        QVERIFY2(r.error().message.contains(QStringLiteral("row 2, column \"%1\"").arg(field)),
                 qPrintable(r.error().message));
}

// The fast reader and writer of UTC times (database, wire, client) give what Qt's ISO 8601
// reader and writer give, for the common form and for every other one.
void TestApi::isoTimesAgreeWithQt()
{
    const QStringList texts = {QStringLiteral("2026-12-01T08:00:00Z"),
                               QStringLiteral("2026-12-01T08:00:00.123Z"),
                               QStringLiteral("2026-12-31T23:59:59.999Z"),
                               QStringLiteral("2026-12-01T08:00:00+02:00"),
                               QStringLiteral("2026-12-01T24:00:00Z"),
                               QStringLiteral("2026-02-30T08:00:00Z"),
                               QStringLiteral("2026-12-01T08:60:00Z"),
                               QStringLiteral("2026-12-01T08:00:00.5Z"),
                               QStringLiteral("2026-12-01X08:00:00Z"),
                               QStringLiteral("2026-1a-01T08:00:00Z"),
                               QStringLiteral("0999-01-01T00:00:00Z"),
                               QStringLiteral("tomorrow"),
                               QString()};
    for (const QString &t : texts) {
        const QDateTime qt = QDateTime::fromString(t, Qt::ISODateWithMs).toUTC();
        const QDateTime fast = parseIsoUtc(t);
        QVERIFY2(fast.isValid() == qt.isValid(), qPrintable(t));
        if (qt.isValid()) {
            QCOMPARE(fast, qt);
            QCOMPARE(fast.timeSpec(), Qt::UTC);
        }
    }
    const QList<QDateTime> times = {
        QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC),
        QDateTime(QDate(2026, 12, 1), QTime(8, 0, 5, 789), Qt::UTC),
        QDateTime(QDate(2026, 3, 29), QTime(3, 30), Qt::OffsetFromUTC, 7200),
        QDateTime(QDate(999, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(12345, 1, 1), QTime(0, 0), Qt::UTC)};
    for (const QDateTime &t : times)
        QCOMPARE(isoUtcText(t), t.toUTC().toString(Qt::ISODate));
    QVERIFY(isoUtcText(QDateTime()).isEmpty());
}

// The inventory's calls (issue 16) in both forms: what asset.add stores, asset.show reads back
// with the links both ways; only admins edit and relate; a refused call writes nothing.
void TestApi::inventoryThroughTheClient()
{
    Client admin = client(QStringLiteral("admin"));
    Client engineer = client(QStringLiteral("engineer"));
    AssetInput in;
    in.name = QStringLiteral("k8s-node-07");
    in.kind = QStringLiteral("host");
    in.owner = QStringLiteral("team-platform");
    in.criticality = Criticality::High;
    in.timeZone = QStringLiteral("Europe/Berlin");
    auto added = engineer.addAssetAsync(in).result();
    VERIFY_OK(added);
    QCOMPARE(added->timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(int(added->criticality), int(Criticality::High));
    VERIFY_OK(admin
                  .relateAssetsAsync(QStringLiteral("payments-api"), RelationKind::RunsOn,
                                     QStringLiteral("k8s-node-07"))
                  .result());
    const QString before = m_ws->fingerprint();
    VERIFY_ERROR(engineer.relateAssets(QStringLiteral("db-primary"), RelationKind::RunsOn,
                                       QStringLiteral("k8s-node-07")),
                 "permission_denied");
    AssetUpdate lower;
    lower.criticality = Criticality::Low;
    VERIFY_ERROR(engineer.editAssetAsync(QStringLiteral("k8s-node-07"), lower).result(),
                 "permission_denied");
    VERIFY_ERROR(admin.relateAssets(QStringLiteral("payments-api"), RelationKind::RunsOn,
                                    QStringLiteral("k8s-node-07")),
                 "relation_exists");
    QCOMPARE(m_ws->fingerprint(), before);
    auto detail =
        client(QStringLiteral("viewer")).assetAsync(QStringLiteral("k8s-node-07")).result();
    VERIFY_OK(detail);
    QCOMPARE(detail->incoming.size(), 1);
    QCOMPARE(detail->incoming.first().from, QStringLiteral("payments-api"));
    QCOMPARE(detail->incoming.first().createdBy, QStringLiteral("admin"));
    auto edited = admin.editAssetAsync(QStringLiteral("k8s-node-07"), lower).result();
    VERIFY_OK(edited);
    QCOMPARE(edited->owner, QStringLiteral("team-platform")); // untouched
    VERIFY_OK(admin
                  .unrelateAssetsAsync(QStringLiteral("payments-api"), RelationKind::RunsOn,
                                       QStringLiteral("k8s-node-07"))
                  .result());
    auto all = admin.assetRelations();
    VERIFY_OK(all);
    QVERIFY(all->isEmpty());
    MaintenanceWindow w;
    w.asset = QStringLiteral("k8s-node-07");
    w.weekday = 2;
    w.start = QTime(2, 0);
    w.durationMinutes = 120;
    w.timeZone = "Europe/Berlin";
    VERIFY_ERROR(engineer.addMaintenanceWindowAsync(w).result(), "permission_denied");
    VERIFY_OK(admin.addMaintenanceWindowAsync(w).result());
    auto windows = engineer.maintenanceWindowsAsync(QStringLiteral("k8s-node-07")).result();
    VERIFY_OK(windows);
    QCOMPARE(windows->size(), 1);
}

// The picker's in-memory filter (AssetMatcher) finds the same assets in the same order as the
// core's asset.search, on both backends.
void TestApi::pickerMatchesTheSearch()
{
    Client admin = client(QStringLiteral("admin"));
    const QList<std::array<const char *, 3>> assets = {
        {"pay-gateway", "service", "team-pay"}, {"legacy-payments", "service", ""},
        {"payroll-db", "database", "team-hr"},  {"ledger", "service", "payments-team"},
        {"pgbouncer", "network", "team-dba"},   {"mail", "host", "it-ops"}};
    for (const auto &[name, kind, owner] : assets) {
        AssetInput in;
        in.name = QLatin1String(name);
        in.kind = QLatin1String(kind);
        in.owner = QLatin1String(owner);
        VERIFY_OK(admin.addAsset(in));
    }
    auto all = admin.assetsAsync().result();
    VERIFY_OK(all);
    const AssetMatcher matcher(*all);
    QCOMPARE(matcher.size(), int(all->size()));
    for (const char *text :
         {"pay", "PAY", "ments", "team", "db", "service", "e", " pg ", "zz", ""}) {
        AssetQuery q;
        q.text = QLatin1String(text);
        q.limit = 1000;
        auto found = admin.searchAssets(q);
        VERIFY_OK(found);
        QStringList expected;
        for (const Asset &a : found->assets)
            expected << a.name;
        QStringList mine;
        for (int row : matcher.match(QLatin1String(text)))
            mine << matcher.assets().at(row).name;
        QCOMPARE(mine, expected);
        QCOMPARE(found->total, int(mine.size()));
    }
    QCOMPARE(matcher.indexOf(QStringLiteral("ledger")) >= 0, true);
    QCOMPARE(matcher.indexOf(QStringLiteral("nothing")), -1);
}

// calendar.range: the core's calendar for the range in one answer (read back unchanged), for any
// member down to a viewer; another workspace's changes are never in it, and its members are
// refused.
void TestApi::calendarRangeIsTheCoresInOneAnswer()
{
    auto mine = m_ws->createChange(m_ws->validDraft(QStringLiteral("Rotate keys")));
    VERIFY_OK(mine);
    FreezeWindowInput f;
    f.name = QStringLiteral("Year-end freeze");
    f.start = mine->plannedStart.addSecs(-3600);
    f.end = mine->plannedEnd.addSecs(3600);
    VERIFY_OK(m_ws->core().workspaces().addFreezeWindow(m_ws->admin(), f));
    MaintenanceWindow w;
    w.asset = QStringLiteral("db-primary");
    w.weekday = 2;
    w.start = QTime(2, 0);
    w.durationMinutes = 240;
    w.timeZone = "Europe/Berlin";
    VERIFY_OK(m_ws->core().maintenance().add(m_ws->admin(), w));
    VERIFY_OK(m_ws->core().workspaces().createWorkspace(
        QStringLiteral("globex"), QStringLiteral("Globex"), QStringLiteral("de_DE"),
        QStringLiteral("gustav")));
    auto gustav =
        m_ws->core().workspaces().signIn(QStringLiteral("globex"), QStringLiteral("gustav"));
    VERIFY_OK(gustav);
    VERIFY_OK(m_ws->core().workspaces().addAsset(*gustav, QStringLiteral("payments-api"),
                                                 QStringLiteral("service")));
    ChangeDraft secret = m_ws->validDraft(QStringLiteral("Globex secret change"));
    auto theirs = m_ws->core().changes().create(*gustav, secret);
    VERIFY_OK(theirs);

    const QDateTime from = m_ws->now(), to = m_ws->now().addDays(7);
    Client viewer = client(QStringLiteral("viewer"));
    auto answer = viewer.call(QStringLiteral("calendar.range"),
                              {{QStringLiteral("from"), from.toString(Qt::ISODateWithMs)},
                               {QStringLiteral("to"), to.toString(Qt::ISODateWithMs)},
                               {QStringLiteral("services"), true}});
    VERIFY_OK(answer);
    const QJsonValue raw = answer->toObject().value(QStringLiteral("calendar"));
    QCOMPARE(sameObject<CalendarRange>(raw), QByteArray());
    // Exactly the core's calendar for the viewer.
    auto core = m_ws->core().planning().calendar(m_ws->viewer(), from, to, {true});
    VERIFY_OK(core);
    QCOMPARE(raw.toObject(), core->toJson());
    // The client's asynchronous form reads the same.
    auto typed = viewer.calendarAsync(from, to).result();
    VERIFY_OK(typed);
    QCOMPARE(typed->changes.size(), 1);
    const CalendarChange &shown = typed->changes.first();
    QCOMPARE(shown.number, mine->number);
    QCOMPARE(shown.title, QStringLiteral("Rotate keys"));
    QCOMPARE(shown.start, mine->plannedStart);
    QCOMPARE(shown.version, mine->version);
    QVERIFY(shown.hasConflicts()); // inside the freeze
    QCOMPARE(typed->freezes.size(), 1);
    QVERIFY(!typed->maintenance.isEmpty());
    QCOMPARE(typed->assets.size(), 3);
    // Nothing of Globex: not its change, not its asset, not its title anywhere in the answer.
    const QByteArray text = QJsonDocument(raw.toObject()).toJson();
    QVERIFY(!text.contains("Globex"));
    // Acme's members cannot read Globex's calendar; Globex's owner sees only Globex.
    Client intruder = client(QStringLiteral("owner"), QStringLiteral("globex"));
    auto refused = intruder.calendarAsync(from, to).result();
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().message.contains(QStringLiteral("secret")));
    Client globex = client(QStringLiteral("gustav"), QStringLiteral("globex"));
    auto theirRange = globex.calendarAsync(from, to).result();
    VERIFY_OK(theirRange);
    QCOMPARE(theirRange->changes.size(), 1);
    QCOMPARE(theirRange->changes.first().title, QStringLiteral("Globex secret change"));
    QVERIFY(theirRange->freezes.isEmpty());
}

// The calendar's writes through the client: the "what if" is the core's conflictsFor and writes
// nothing; the move is change.edit with the version the calendar showed (a stale one is refused);
// a viewer cannot move.
void TestApi::calendarMoveThroughTheClient()
{
    auto a = m_ws->createChange(m_ws->validDraft(QStringLiteral("First")));
    VERIFY_OK(a);
    ChangeDraft second = m_ws->validDraft(QStringLiteral("Second"));
    second.plannedStart = a->plannedStart.addSecs(4 * 3600);
    second.plannedEnd = a->plannedEnd.addSecs(4 * 3600);
    auto b = m_ws->createChange(second);
    VERIFY_OK(b);
    VERIFY_OK(m_ws->push(b->number, ChangeStatus::Review)); // active: a move onto it conflicts
    const QDateTime start = *second.plannedStart, end = *second.plannedEnd;
    Client engineer = client(QStringLiteral("engineer"));
    const QString before = m_ws->fingerprint();
    PlanningForm dragged;
    dragged.plannedStart = start;
    dragged.plannedEnd = end;
    auto whatIf = engineer.conflictsAsync(dragged, a->number).result();
    VERIFY_OK(whatIf);
    auto expected = m_ws->core().planning().conflictsFor(m_ws->engineer(), start, end,
                                                         a->affectedAssets, a->id);
    VERIFY_OK(expected);
    QCOMPARE(whatIf->toJson(), expected->toJson());
    QCOMPARE(whatIf->conflicts.first().number, b->number);
    QCOMPARE(m_ws->fingerprint(), before);

    // A viewer may look but not move.
    Client viewer = client(QStringLiteral("viewer"));
    VERIFY_OK(viewer.conflictsAsync(dragged, a->number).result());
    VERIFY_ERROR(viewer.moveChangeAsync(a->number, start, end, a->version).result(),
                 "permission_denied");
    QCOMPARE(m_ws->fingerprint(), before);
    // The move, then the same move from what the calendar showed before it: stale.
    auto moved = engineer.moveChangeAsync(a->number, start, end, a->version).result();
    VERIFY_OK(moved);
    QCOMPARE(moved->plannedStart, start);
    QCOMPARE(m_ws->get(a->number)->plannedEnd, end);
    VERIFY_ERROR(
        engineer.moveChangeAsync(a->number, start.addSecs(3600), end.addSecs(3600), a->version)
            .result(),
        "stale_write");
    QCOMPARE(m_ws->get(a->number)->plannedStart, start);
    // The next free slot through the client is the core's.
    auto slot = engineer.nextFreeSlotAsync({}, a->number).result();
    VERIFY_OK(slot);
    QCOMPARE(slot->toJson(),
             VALUE_OK(m_ws->core().planning().nextFreeSlot(m_ws->engineer(), a->number)).toJson());

    // An unsaved form's next free slot (New change): asked over b on the same assets, it gets
    // the window after b, which the form's conflicts call finds free; nothing is written.
    const QString unchanged = m_ws->fingerprint();
    PlanningForm draft;
    draft.plannedStart = start.addSecs(1800);
    draft.plannedEnd = end.addSecs(1800);
    draft.affectedAssets = b->affectedAssets;
    draft.changeType = ChangeType::Normal;
    auto draftSlot = engineer.nextFreeSlotAsync(draft, 0, *draft.plannedStart).result();
    VERIFY_OK(draftSlot);
    QCOMPARE(draftSlot->toJson(), VALUE_OK(m_ws->core().planning().nextFreeSlotFor(
                                               m_ws->engineer(), draft, 0, *draft.plannedStart))
                                      .toJson());
    QCOMPARE(draftSlot->number, 0);
    QVERIFY(draftSlot->start >= b->plannedEnd);
    QCOMPARE(draftSlot->start.secsTo(draftSlot->end), start.secsTo(end));
    draft.plannedStart = draftSlot->start;
    draft.plannedEnd = draftSlot->end;
    auto free = engineer.conflictsAsync(draft).result();
    VERIFY_OK(free);
    QVERIFY2(free->isEmpty(), QJsonDocument(free->toJson()).toJson().constData());
    // Crafted: a form's fields over a saved change's, and an unknown asset named by its field.
    auto crafted =
        engineer.call(QStringLiteral("change.next_slot"),
                      {{QStringLiteral("number"), formatChangeNumber(b->number)},
                       {QStringLiteral("planned_start"), QStringLiteral("2026-12-01T08:00:00Z")},
                       {QStringLiteral("planned_end"), QStringLiteral("2026-12-01T08:30:00Z")}});
    VERIFY_OK(crafted);
    const QJsonObject craftedSlot =
        crafted->toObject().value(QStringLiteral("next_slot")).toObject();
    QCOMPARE(craftedSlot.value(QStringLiteral("number")).toString(), b->numberText());
    QCOMPARE(parseIsoUtc(craftedSlot.value(QStringLiteral("planned_start")).toString())
                 .secsTo(parseIsoUtc(craftedSlot.value(QStringLiteral("planned_end")).toString())),
             1800);
    auto unknown =
        engineer.call(QStringLiteral("change.next_slot"),
                      {{QStringLiteral("planned_start"), QStringLiteral("2026-12-01T08:00:00Z")},
                       {QStringLiteral("planned_end"), QStringLiteral("2026-12-01T08:30:00Z")},
                       {QStringLiteral("affected_assets"), QJsonArray{QStringLiteral("nope")}}});
    VERIFY_ERROR(unknown, "invalid_input");
    QCOMPARE(unknown.error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("affected_assets"));
    QCOMPARE(m_ws->fingerprint(), unchanged);
}

// change.conflicts and change.similar for a form as it is typed (New change, an edit): the
// same answers the saved change gets, the change being edited left out of its own conflicts.
void TestApi::formsConflictsAndSimilar()
{
    auto first = m_ws->createChange(m_ws->validDraft());
    VERIFY_OK(first);
    // In review: an active change others' windows conflict with.
    VERIFY_OK(m_ws->core().changes().apply(m_ws->engineer(), first->number, Action::Submit));
    const ChangeRequest saved = *first;
    QVERIFY(saved.plannedStart.isValid() && !saved.affectedAssets.isEmpty());
    Client c = client(QStringLiteral("engineer"));
    PlanningForm form;
    form.plannedStart = saved.plannedStart.addSecs(1800);
    form.plannedEnd = saved.plannedEnd.addSecs(1800);
    form.affectedAssets = saved.affectedAssets;
    auto overlapping = c.conflictsAsync(form).result();
    VERIFY_OK(overlapping);
    bool found = false;
    for (const Conflict &k : overlapping->conflicts)
        found = found || (k.kind == QLatin1String("change") && k.number == saved.number);
    QVERIFY(found);
    // Elsewhere: nothing of it.
    form.affectedAssets = QStringList{};
    form.plannedStart = saved.plannedEnd; // touching windows do not overlap
    form.plannedEnd = saved.plannedEnd.addSecs(3600);
    auto apart = c.conflictsAsync(form).result();
    VERIFY_OK(apart);
    for (const Conflict &k : apart->conflicts)
        QVERIFY(k.number != saved.number);
    // The change being edited is not its own conflict; its assets are the saved ones.
    PlanningForm edit;
    edit.plannedStart = saved.plannedStart;
    edit.plannedEnd = saved.plannedEnd;
    auto own = c.conflictsAsync(edit, saved.number).result();
    VERIFY_OK(own);
    for (const Conflict &k : own->conflicts)
        QVERIFY(k.number != saved.number);
    QCOMPARE(own->toJson(), c.conflicts(saved.number)->toJson());
    // Similar to a draft: its title words and assets.
    auto byTitle = c.similarToDraftAsync(saved.title, {}).result();
    VERIFY_OK(byTitle);
    QVERIFY(!byTitle->isEmpty());
    QCOMPARE(byTitle->first().number, saved.number);
    auto byAsset = c.similarToDraftAsync(QString(), saved.affectedAssets).result();
    VERIFY_OK(byAsset);
    QVERIFY(!byAsset->isEmpty());
    QCOMPARE(byAsset->first().number, saved.number);
    QCOMPARE(byAsset->first().sharedAssets, saved.affectedAssets);
    // Words no change has: nothing.
    auto none = c.similarToDraftAsync(QStringLiteral("zzzz qqqq"), {}).result();
    VERIFY_OK(none);
    QVERIFY(none->isEmpty());
}

// Delegation and the approval settings through the typed Client (issue 15): what the core
// allows, refused as the core refuses, each answer read back unchanged, and a write of one
// setting keeps the others (merged inside the write).
void TestApi::delegationAndSettingsThroughTheClient()
{
    TestWorkspace &ws = *m_ws;
    Client admin = client(QStringLiteral("admin"));
    Client approver = client(QStringLiteral("approver"));
    Client engineer = client(QStringLiteral("engineer"));

    auto settings = engineer.approvalSettings();
    VERIFY_OK(settings);
    QVERIFY(settings->distinctPeople);
    auto raw = engineer.call(QStringLiteral("approval_settings.get"));
    VERIFY_OK(raw);
    QCOMPARE(sameObject<ApprovalSettings>(raw->toObject().value(QStringLiteral("settings"))),
             QByteArray());
    ApprovalSettingsChange risk;
    risk.bulkMaxRisk = RiskLevel::Medium;
    risk.bulkAllowEmergency = true;
    const QString before = ws.fingerprint();
    VERIFY_ERROR(approver.setApprovalSettings(risk), "permission_denied");
    QCOMPARE(ws.fingerprint(), before);
    const qint64 events = ws.auditCount();
    auto changed = admin.setApprovalSettings(risk);
    VERIFY_OK(changed);
    QCOMPARE_ENUM(changed->bulk.maxRisk, RiskLevel::Medium);
    QVERIFY(changed->bulk.allowEmergency);
    QCOMPARE(ws.auditCount(), events + 1);
    ApprovalSettingsChange people;
    people.distinctPeople = false;
    auto relaxed = admin.setApprovalSettings(people);
    VERIFY_OK(relaxed);
    QVERIFY(!relaxed->distinctPeople);
    QCOMPARE_ENUM(relaxed->bulk.maxRisk, RiskLevel::Medium); // kept
    QVERIFY(relaxed->bulk.allowEmergency);
    QCOMPARE(ws.auditCount(), events + 2);
    auto read = ws.core().approvalSettings().get(ws.viewer());
    VERIFY_OK(read);
    QCOMPARE(read->toJson(), relaxed->toJson());

    // A delegation of one's own duties; another member's only by an admin.
    const QDateTime from = ws.now().addSecs(3600), to = ws.now().addDays(1);
    VERIFY_ERROR(
        engineer.setDelegation(QStringLiteral("approver2"), from, to, QStringLiteral("approver")),
        "permission_denied");
    auto own = approver.setDelegation(QStringLiteral("approver2"), from, to);
    VERIFY_OK(own);
    QCOMPARE(own->member, QStringLiteral("approver"));
    QCOMPARE(own->substitute, QStringLiteral("approver2"));
    QCOMPARE(own->startsAt, from);
    QCOMPARE(own->endsAt, to);
    auto forOwner =
        admin.setDelegation(QStringLiteral("approver"), from, to, QStringLiteral("owner"));
    VERIFY_OK(forOwner);
    QCOMPARE(forOwner->createdBy, QStringLiteral("admin"));
    auto mine = approver.delegations();
    VERIFY_OK(mine);
    QCOMPARE(mine->size(), 2); // given and received
    VERIFY_ERROR(approver.delegations(true), "permission_denied");
    auto all = admin.call(QStringLiteral("delegation.list"), {{QStringLiteral("all"), true}});
    VERIFY_OK(all);
    QCOMPARE(sameList<Delegation>(all->toObject().value(QStringLiteral("delegations"))),
             QByteArray());
    auto cleared = admin.clearDelegations(QStringLiteral("owner"));
    VERIFY_OK(cleared);
    QCOMPARE(cleared->size(), 1);
    QCOMPARE(cleared->first().id, forOwner->id);
    auto left = admin.delegations(true);
    VERIFY_OK(left);
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->first().id, own->id);
}

QTEST_MAIN(TestApi)
#include "tst_api.moc"
