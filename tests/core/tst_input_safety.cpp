// Input and output that cannot hurt (issue 12, deliverable 4), in the core on both backends:
// control characters and broken text refused by every service that stores text, times the
// storage holds (years 1970-9999; a window until 2097 on PostgreSQL), a bounded search, CSV
// formulas neutralised and restored, CSV that is not UTF-8 refused with its line and column, an
// exact iCalendar event count, a database without Vigilo's schema never given one by a read, and
// webhook addresses that may not reach loopback, private or metadata hosts (also when a name
// resolves to one at delivery time). The calls that store, search, export, import and deliver
// go through the Client as the member (in process on SQLite and PostgreSQL, over a real
// vigilo-server on the server backend, where the server itself delivers); set-up, the pure
// rules, the schema checks and the read-back checks use the core.
#include "AddressRules.h"
#include "InputRules.h"
#include "LoopbackHttpServer.h"
#include "MemberDeliveries.h"
#include "RawSql.h"
#include "TestWorkspace.h"
#include "WebhookSender.h"

#include "Client.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <functional>

using namespace vigilo;
using namespace vigilo::test;

namespace {

// `who` acting through the Client (in process on SQLite and PostgreSQL, over a real
// vigilo-server on the server backend): the calls that test a rule go through it.
client::Client &as(TestWorkspace &ws, const char *who)
{
    return ws.client(QString::fromLatin1(who));
}

// What a row's call works on: the suite's workspace, the row's own change (in the status the row
// asks for) and a tag that keeps the names the row gives apart from the other rows'.
struct Row {
    TestWorkspace &ws;
    int number = 0;
    QString tag;
};

// One way of handing the core a text: the field the error must name, the call, and the status
// the row's change is brought to first.
struct TextEntry {
    QString field;
    std::function<Status(const Row &, const QString &)> call;
    ChangeStatus at = ChangeStatus::Draft;
};

template <typename T> Status statusOf(const Result<T> &r)
{
    if (r.ok())
        return {};
    return r.error();
}

// Every service entry point that stores a text a person gives, keyed by a row name.
QMap<QString, TextEntry> textEntries()
{
    QMap<QString, TextEntry> e;
    auto change = [](const Row &r, const std::function<void(ChangeDraft &)> &set) {
        ChangeDraft d = r.ws.validDraft();
        set(d);
        return statusOf(as(r.ws, "engineer").createChange(d));
    };
    e[QStringLiteral("change title")] = {
        QStringLiteral("title"), [=](const Row &r, const QString &t) {
            return change(r, [&](ChangeDraft &d) { d.title = QStringLiteral("Patch ") + t; });
        }};
    e[QStringLiteral("change description")] = {
        QStringLiteral("description"), [=](const Row &r, const QString &t) {
            return change(r, [&](ChangeDraft &d) { d.description = t; });
        }};
    e[QStringLiteral("implementation plan")] = {
        QStringLiteral("implementation_plan"), [=](const Row &r, const QString &t) {
            return change(
                r, [&](ChangeDraft &d) { d.implementationPlan = QStringLiteral("1. ") + t; });
        }};
    e[QStringLiteral("rollback plan")] = {
        QStringLiteral("rollback_plan"), [=](const Row &r, const QString &t) {
            return change(r, [&](ChangeDraft &d) { d.rollbackPlan = t; });
        }};
    e[QStringLiteral("test plan")] = {QStringLiteral("test_plan"),
                                      [=](const Row &r, const QString &t) {
                                          return change(r, [&](ChangeDraft &d) { d.testPlan = t; });
                                      }};
    e[QStringLiteral("edited title")] = {
        QStringLiteral("title"), [](const Row &r, const QString &t) {
            ChangeDraft d;
            d.title = QStringLiteral("Edited ") + t;
            return statusOf(as(r.ws, "engineer").editChange(r.number, d));
        }};
    auto apply = [](const Row &r, const char *who, Action action,
                    const std::function<void(TransitionInput &)> &set) {
        TransitionInput in;
        set(in);
        return statusOf(as(r.ws, who).apply(r.number, action, in));
    };
    e[QStringLiteral("reject reason")] = {QStringLiteral("reason"),
                                          [=](const Row &r, const QString &t) {
                                              return apply(
                                                  r, "approver", Action::Reject,
                                                  [&](TransitionInput &in) { in.reason = t; });
                                          },
                                          ChangeStatus::Review};
    e[QStringLiteral("submit comment")] = {
        QStringLiteral("comment"), [=](const Row &r, const QString &t) {
            return apply(r, "engineer", Action::Submit,
                         [&](TransitionInput &in) { in.comment = t; });
        }};
    e[QStringLiteral("closure notes")] = {
        QStringLiteral("closure_notes"),
        [=](const Row &r, const QString &t) {
            return apply(r, "engineer", Action::Complete, [&](TransitionInput &in) {
                in.closureCode = ClosureCode::Successful;
                in.closureNotes = t;
            });
        },
        ChangeStatus::InProgress};
    e[QStringLiteral("freeze override justification")] = {
        QStringLiteral("override_justification"), [=](const Row &r, const QString &t) {
            return apply(r, "admin", Action::Submit,
                         [&](TransitionInput &in) { in.overrideJustification = t; });
        }};
    e[QStringLiteral("comment")] = {
        QStringLiteral("body"), [](const Row &r, const QString &t) {
            return statusOf(
                as(r.ws, "engineer").addComment(r.number, QStringLiteral("Note: ") + t));
        }};
    e[QStringLiteral("attachment name")] = {
        QStringLiteral("file_name"), [](const Row &r, const QString &t) {
            return statusOf(
                as(r.ws, "engineer")
                    .attach(r.number, QStringLiteral("log") + t + QStringLiteral(".txt"), "data"));
        }};
    e[QStringLiteral("workspace name")] = {
        QStringLiteral("name"), [](const Row &r, const QString &t) {
            return statusOf(as(r.ws, "owner")
                                .createWorkspace(QStringLiteral("globex-") + r.tag,
                                                 QStringLiteral("Globex ") + t,
                                                 QStringLiteral("en_US")));
        }};
    e[QStringLiteral("owner display name")] = {
        QStringLiteral("display_name"), [](const Row &r, const QString &t) {
            return statusOf(as(r.ws, "owner")
                                .createWorkspace(QStringLiteral("globex-") + r.tag,
                                                 QStringLiteral("Globex"), QStringLiteral("en_US"),
                                                 QStringLiteral("Gustav ") + t));
        }};
    e[QStringLiteral("member display name")] = {
        QStringLiteral("display_name"), [](const Row &r, const QString &t) {
            return statusOf(as(r.ws, "owner")
                                .addMember(QStringLiteral("newbie") + r.tag, Role::Viewer,
                                           QStringLiteral("New ") + t));
        }};
    e[QStringLiteral("asset name")] = {
        QStringLiteral("name"), [](const Row &r, const QString &t) {
            return statusOf(
                as(r.ws, "engineer")
                    .addAsset(QStringLiteral("cache") + r.tag + t, QStringLiteral("service")));
        }};
    e[QStringLiteral("asset kind")] = {
        QStringLiteral("kind"), [](const Row &r, const QString &t) {
            return statusOf(
                as(r.ws, "engineer")
                    .addAsset(QStringLiteral("cache") + r.tag, QStringLiteral("service") + t));
        }};
    auto freeze = [](const Row &r, const QString &name, const QString &reason) {
        FreezeWindowInput f;
        f.name = name;
        f.reason = reason;
        f.start = r.ws.now().addDays(10);
        f.end = r.ws.now().addDays(11);
        return statusOf(as(r.ws, "admin").addFreezeWindow(f));
    };
    e[QStringLiteral("freeze name")] = {QStringLiteral("name"),
                                        [=](const Row &r, const QString &t) {
                                            return freeze(r, QStringLiteral("Freeze ") + t, {});
                                        }};
    e[QStringLiteral("freeze reason")] = {
        QStringLiteral("reason"), [=](const Row &r, const QString &t) {
            return freeze(r, QStringLiteral("Freeze"), QStringLiteral("Because ") + t);
        }};
    auto tmpl = [](const Row &r, const std::function<void(ChangeTemplate &)> &set) {
        ChangeTemplate t;
        t.name = QStringLiteral("cert-rotation-") + r.tag;
        t.title = QStringLiteral("Rotate the certificate");
        t.implementationPlan = QStringLiteral("1. Fetch\n2. Install");
        t.rollbackPlan = QStringLiteral("Reinstall the old one");
        t.assets = QStringList{QStringLiteral("edge-fw")};
        set(t);
        return statusOf(as(r.ws, "admin").addTemplate(t));
    };
    e[QStringLiteral("template name")] = {
        QStringLiteral("name"), [=](const Row &r, const QString &t) {
            return tmpl(r, [&](ChangeTemplate &c) { c.name += t; });
        }};
    e[QStringLiteral("template title")] = {
        QStringLiteral("title"), [=](const Row &r, const QString &t) {
            return tmpl(r, [&](ChangeTemplate &c) { c.title += t; });
        }};
    e[QStringLiteral("template plan")] = {
        QStringLiteral("rollback_plan"), [=](const Row &r, const QString &t) {
            return tmpl(r, [&](ChangeTemplate &c) { c.rollbackPlan += t; });
        }};
    auto policy = [](const Row &r, const QString &name, const QString &step) {
        ApprovalPolicy p;
        p.name = name;
        ApprovalPolicyStep s;
        s.name = step;
        p.steps << s;
        return statusOf(as(r.ws, "admin").addPolicy(p));
    };
    e[QStringLiteral("policy name")] = {
        QStringLiteral("name"), [=](const Row &r, const QString &t) {
            return policy(r, QStringLiteral("High %1 ").arg(r.tag) + t, QStringLiteral("CAB"));
        }};
    e[QStringLiteral("policy step")] = {
        QStringLiteral("step"), [=](const Row &r, const QString &t) {
            return policy(r, QStringLiteral("High %1").arg(r.tag), QStringLiteral("CAB ") + t);
        }};
    auto question = [](const Row &r, const QString &text, const QString &choice) {
        RiskQuestion q;
        q.key = QStringLiteral("blast_radius_") + r.tag;
        q.text = text;
        q.weight = 3;
        q.choices = {RiskChoice{QStringLiteral("Small"), 0}, RiskChoice{choice, 100}};
        return statusOf(as(r.ws, "admin").setRiskQuestion(q));
    };
    e[QStringLiteral("risk question")] = {
        QStringLiteral("text"), [=](const Row &r, const QString &t) {
            return question(r, QStringLiteral("How far? ") + t, QStringLiteral("Far"));
        }};
    e[QStringLiteral("risk choice")] = {
        QStringLiteral("choice"), [=](const Row &r, const QString &t) {
            return question(r, QStringLiteral("How far?"), QStringLiteral("Far ") + t);
        }};
    e[QStringLiteral("risk reason")] = {
        QStringLiteral("reason"), [](const Row &r, const QString &t) {
            return statusOf(
                as(r.ws, "engineer")
                    .acceptRisk(r.number, RiskLevel::High, QStringLiteral("Because ") + t));
        }};
    e[QStringLiteral("webhook secret")] = {
        QStringLiteral("secret"), [](const Row &r, const QString &t) {
            WebhookEndpointInput in;
            in.name = QStringLiteral("bus-") + r.tag;
            in.url = QStringLiteral("https://hooks.example.com/x");
            in.secret = QStringLiteral("0123456789abcdef") + t;
            return statusOf(as(r.ws, "admin").addWebhook(in));
        }};
    e[QStringLiteral("list search")] = {QStringLiteral("search"),
                                        [](const Row &r, const QString &t) {
                                            ChangeFilter f;
                                            f.search = QStringLiteral("cert") + t;
                                            return statusOf(as(r.ws, "viewer").changes(f));
                                        }};
    return e;
}

// Characters no stored text may hold, and the character the error must name.
QList<std::pair<QString, QString>> forbiddenCharacters()
{
    return {{QStringLiteral("ESC"), QStringLiteral("\x1b[31m")},
            {QStringLiteral("NUL"), QString(QChar(0))},
            {QStringLiteral("BEL"), QStringLiteral("\x07")},
            {QStringLiteral("DEL"), QStringLiteral("\x7f")},
            {QStringLiteral("C1 CSI"), QString(QChar(0x9b))},
            {QStringLiteral("C1 NEL"), QString(QChar(0x85))},
            {QStringLiteral("lone CR"), QStringLiteral("a\rb")},
            {QStringLiteral("lone surrogate"), QString(QChar(0xd800))}};
}

} // namespace

class TestInputSafety : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void inputRules();
    void controlCharactersAreRefusedEverywhere_data();
    void controlCharactersAreRefusedEverywhere();
    void singleLineFieldsRefuseLineBreaks();
    void multiLineTextKeepsLineBreaksAndTabs();
    void timesOutsideTheStoredYearsAreRefused();
    void aWindowUntil2097IsStored();
    void aLongSearchIsAnInputError();
    void csvFormulasAreNeutralisedAndRestored();
    void csvImportRefusesBytesThatAreNotUtf8();
    void icsCountsItsEvents();
    void readsNeverCreateASchema();
    void addressRules_data();
    void addressRules();
    void webhookAddressesNeedAnAllowedHost();
    void deliveryChecksTheResolvedAddress();

private:
    // The workspace (and on the server backend the vigilo-server) every text entry row shares;
    // the other tests make their own, as they count what the whole workspace holds.
    std::unique_ptr<TestWorkspace> m_rows;
};

void TestInputSafety::initTestCase()
{
    m_rows = std::make_unique<TestWorkspace>();
    QVERIFY2(m_rows->ok(), qPrintable(m_rows->errorText()));
}

void TestInputSafety::cleanupTestCase()
{
    m_rows.reset();
}

void TestInputSafety::inputRules()
{
    using input::Lines;
    QCOMPARE(input::forbiddenAt(u"plain text", Lines::Single), -1);
    QCOMPARE(input::forbiddenAt(u"two\nlines\tand CR LF\r\n", Lines::Multi), -1);
    QCOMPARE(input::forbiddenAt(u"two\nlines", Lines::Single), 3);
    QCOMPARE(input::forbiddenAt(u"a\rb", Lines::Multi), 1);
    QCOMPARE(input::forbiddenAt(u"emoji 🚀 ok", Lines::Single), -1); // a surrogate pair is fine
    QCOMPARE(input::forbiddenAt(QString(QChar(0xdc00)), Lines::Single), 0);
    QCOMPARE(input::visible(u"red \x1b[31m\x07 bell\r\n", Lines::Multi),
             QStringLiteral("red \\x1b[31m\\x07 bell\r\n"));
    QCOMPARE(input::visible(u"cell\nbreak", Lines::Single), QStringLiteral("cell\\x0a"
                                                                           "break"));

    // The UTF-8 check agrees with Qt's decoder, and says where the first bad byte is.
    const QList<QByteArray> samples = {
        "plain",        "\xc3\xa4 umlaut", "\xf0\x9f\x9a\x80",    "bad \xff",
        "\xc0\xaf",     "\xed\xa0\x80",    "\xf4\x90\x80\x80",    "cut \xe2\x82",
        "\xe0\x80\x80", "ok\nline2 \x80",  "\xf8\x88\x80\x80\x80"};
    for (const QByteArray &s : samples) {
        QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = d(s);
        Q_UNUSED(decoded);
        QCOMPARE(input::firstInvalidUtf8(s).has_value(), d.hasError());
    }
    const auto bad = input::firstInvalidUtf8("ok\nline2 \xc3\xa4\xff");
    QVERIFY(bad.has_value());
    QCOMPARE(bad->line, 2);
    QCOMPARE(bad->column, 8); // "line2 ä" is 7 characters
    QCOMPARE(bad->offset, qsizetype(11));
    QCOMPARE(int(bad->byte), 0xff);

    VERIFY_OK(input::checkTime(QStringLiteral("t"),
                               QDateTime(QDate(9999, 12, 31), QTime(23, 59), Qt::UTC)));
    VERIFY_OK(
        input::checkTime(QStringLiteral("t"), QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC)));
    VERIFY_ERROR(input::checkTime(QStringLiteral("t"),
                                  QDateTime(QDate(1969, 12, 31), QTime(23, 0), Qt::UTC)),
                 "invalid_input");
    VERIFY_ERROR(
        input::checkTime(QStringLiteral("t"), QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC)),
        "invalid_input");
}

void TestInputSafety::controlCharactersAreRefusedEverywhere_data()
{
    QTest::addColumn<QString>("entry");
    const auto entries = textEntries();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestInputSafety::controlCharactersAreRefusedEverywhere()
{
    QFETCH(QString, entry);
    const TextEntry e = textEntries().value(entry);
    QVERIFY(m_rows);
    TestWorkspace &ws = *m_rows;
    // The row's own change, in the status its call acts on.
    auto c = ws.changeIn(e.at, ws.engineer(), ws.validDraft());
    VERIFY_OK(c);
    const Row row{ws, c->number, QString::number(c->number)};
    // The same call with harmless text goes through, so the refusals below are about the text
    // (which is checked before anything else: a second call fails on nothing but it).
    VERIFY_OK(e.call(row, QStringLiteral("fine")));
    const QString before = ws.fingerprint();
    for (const auto &[name, text] : forbiddenCharacters()) {
        // In the middle of the value: trimming (which takes U+0085 as a space) must not hide it.
        Status refused = e.call(row, QStringLiteral("a") + text + QStringLiteral("z"));
        QVERIFY2(!refused.ok(), qPrintable(name + QStringLiteral(" was accepted")));
        QCOMPARE(refused.error().code, QStringLiteral("invalid_input"));
        QCOMPARE(refused.error().kind(), ErrorKind::Input);
        QCOMPARE(refused.error().details.value(QStringLiteral("field")).toString(), e.field);
        QVERIFY2(refused.error().message.contains(e.field), qPrintable(refused.error().message));
        QVERIFY2(refused.error().details.contains(QStringLiteral("character")), qPrintable(name));
        QCOMPARE(ws.fingerprint(), before);
    }
}

void TestInputSafety::singleLineFieldsRefuseLineBreaks()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const QString before = ws.fingerprint();
    for (const QString &title : {QStringLiteral("First line\nCHG-00099  approved  forged row"),
                                 QStringLiteral("Tab\tinside")}) {
        ChangeDraft d = ws.validDraft(title);
        auto r = as(ws, "engineer").createChange(d);
        VERIFY_ERROR(r, "invalid_input");
        QCOMPARE(r.error().details.value(QStringLiteral("field")).toString(),
                 QStringLiteral("title"));
    }
    VERIFY_ERROR(
        as(ws, "engineer").addAsset(QStringLiteral("web\nforged"), QStringLiteral("service")),
        "invalid_input");
    QCOMPARE(ws.fingerprint(), before);
}

void TestInputSafety::multiLineTextKeepsLineBreaksAndTabs()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    ChangeDraft d = ws.validDraft();
    const QString text = QStringLiteral("Steps:\r\n\t1. drain\n\t2. patch — Größe 🚀");
    d.description = text;
    d.rollbackPlan = text;
    auto c = as(ws, "engineer").createChange(d);
    VERIFY_OK(c);
    auto read = ws.get(c->number);
    VERIFY_OK(read);
    QCOMPARE(read->description, text);
    QCOMPARE(read->rollbackPlan, text);
}

void TestInputSafety::timesOutsideTheStoredYearsAreRefused()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.createChange(ws.validDraft());
    VERIFY_OK(c);
    const QString before = ws.fingerprint();
    const QDateTime start = *ws.validDraft().plannedStart;
    {
        ChangeDraft d;
        d.plannedEnd = QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
        auto r = as(ws, "engineer").editChange(c->number, d);
        VERIFY_ERROR(r, "invalid_input");
        QCOMPARE(r.error().details.value(QStringLiteral("field")).toString(),
                 QStringLiteral("planned_end"));
    }
    {
        ChangeDraft d = ws.validDraft();
        d.plannedStart = QDateTime(QDate(1969, 7, 20), QTime(20, 17), Qt::UTC);
        d.plannedEnd = start;
        auto r = as(ws, "engineer").createChange(d);
        VERIFY_ERROR(r, "invalid_input");
        QCOMPARE(r.error().details.value(QStringLiteral("field")).toString(),
                 QStringLiteral("planned_start"));
    }
    {
        FreezeWindowInput f;
        f.name = QStringLiteral("Forever");
        f.start = start;
        f.end = QDateTime(QDate(12000, 1, 1), QTime(0, 0), Qt::UTC);
        auto r = as(ws, "admin").addFreezeWindow(f);
        VERIFY_ERROR(r, "invalid_input");
        QCOMPARE(r.error().details.value(QStringLiteral("field")).toString(),
                 QStringLiteral("end"));
    }
    QCOMPARE(ws.fingerprint(), before);
    MetricsQuery q;
    q.from = QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
    q.to = ws.now();
    VERIFY_ERROR(as(ws, "viewer").metrics(q), "invalid_input");
}

// A window from now until 2097 is 2.2 billion seconds: more than PostgreSQL's integer held.
void TestInputSafety::aWindowUntil2097IsStored()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    ChangeDraft d = ws.validDraft(QStringLiteral("Decommission the mainframe"));
    d.plannedEnd = QDateTime(QDate(2097, 12, 31), QTime(18, 0), Qt::UTC);
    auto c = as(ws, "engineer").createChange(d);
    VERIFY_OK(c);
    QCOMPARE(ws.get(c->number)->plannedEnd, *d.plannedEnd);
    ChangeDraft longer;
    longer.plannedEnd = QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
    VERIFY_OK(as(ws, "engineer").editChange(c->number, longer));
    // The conflicts search is bounded by that longest window, and still answers.
    VERIFY_OK(as(ws, "engineer").createChange(ws.validDraft(QStringLiteral("Patch in between"))));
    auto conflicts = as(ws, "viewer").conflicts(2);
    VERIFY_OK(conflicts);
    QVERIFY(conflicts->conflicts.isEmpty()); // both are drafts: nothing active to collide with
    QCOMPARE(rawScalar(ws.dbPath(), QStringLiteral("SELECT longest_window_secs FROM workspaces"))
                 .toLongLong(),
             d.plannedStart->secsTo(*longer.plannedEnd));
    if (ws.isPostgres())
        QCOMPARE(rawScalar(ws.dbPath(), QStringLiteral("SELECT data_type FROM "
                                                       "information_schema.columns WHERE "
                                                       "table_name = 'workspaces' AND "
                                                       "column_name = 'longest_window_secs'"))
                     .toString(),
                 QStringLiteral("bigint"));
}

void TestInputSafety::aLongSearchIsAnInputError()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    VERIFY_OK(ws.createChange(ws.validDraft()));
    ChangeFilter f;
    f.search = QString(100 * 1024, QLatin1Char('a'));
    auto r = as(ws, "viewer").changes(f);
    VERIFY_ERROR(r, "invalid_input");
    QCOMPARE(r.error().kind(), ErrorKind::Input);
    QCOMPARE(r.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("search"));
    QVERIFY(r.error().message.size() < 300);
    f.search = QStringLiteral("Rotate") + QString(input::kMaxSearch - 6, QLatin1Char(' '));
    auto atTheLimit = as(ws, "viewer").changes(f);
    VERIFY_OK(atTheLimit);
    QCOMPARE(atTheLimit->size(), 1);
}

void TestInputSafety::csvFormulasAreNeutralisedAndRestored()
{
    // Every string survives neutralise + restore; formulas gain exactly one apostrophe.
    for (const QString &s :
         {QStringLiteral("=1+1"), QStringLiteral("+SUM(A1)"), QStringLiteral("-2"),
          QStringLiteral("@cmd"), QStringLiteral("\tTab"), QStringLiteral("\r\nCR"),
          QStringLiteral("'=already"), QStringLiteral("''=twice"), QStringLiteral("'quoted'"),
          QStringLiteral("plain"), QString(), QStringLiteral("'"), QStringLiteral("a=b")}) {
        QCOMPARE(ChangeCsv::restore(ChangeCsv::neutralise(s)), s);
    }
    QCOMPARE(ChangeCsv::neutralise(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    QCOMPARE(ChangeCsv::neutralise(QStringLiteral("plain")), QStringLiteral("plain"));

    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    ChangeDraft d = ws.validDraft(QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")"));
    d.description = QStringLiteral("+cmd|' /C calc'!A0");
    d.implementationPlan = QStringLiteral("-1. drain\n2. patch");
    d.rollbackPlan = QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
    d.testPlan = QStringLiteral("\tindented check");
    auto c = as(ws, "engineer").createChange(d);
    VERIFY_OK(c);
    int rows = 0;
    auto csv = as(ws, "viewer").exportCsv({}, CsvDialect::rfc4180(), &rows);
    VERIFY_OK(csv);
    QCOMPARE(rows, 1);
    const QString text = QString::fromUtf8(*csv);
    QVERIFY2(
        text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(",'+cmd|' /C calc'!A0,")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\"'-1. drain\n2. patch\"")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(",'@SUM(1+1)*cmd|' /C calc'!A0,")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(",'\tindented check,")), qPrintable(text));
    // No cell starts with a formula character.
    auto records = ChangeCsv::parse(*csv);
    VERIFY_OK(records);
    for (const auto &rec : *records)
        for (const QString &cell : rec.fields)
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)),
                     qPrintable(cell));

    // Imported into another workspace (the owner's new one), the export gives the same texts back.
    client::Client &owner = as(ws, "owner");
    VERIFY_OK(owner.createWorkspace(QStringLiteral("copy"), QStringLiteral("Copy"),
                                    QStringLiteral("en_US")));
    owner.setWorkspace(QStringLiteral("copy"));
    const auto addAsset = owner.addAsset(QStringLiteral("payments-api"), QStringLiteral("service"));
    const auto imported = owner.importCsv(*csv, /*dryRun=*/false);
    owner.setWorkspace(ws.workspace().slug);
    VERIFY_OK(addAsset);
    VERIFY_OK(imported);
    QCOMPARE(imported->created.size(), 1);
    auto cora = ws.core().workspaces().signIn(QStringLiteral("copy"), QStringLiteral("owner"));
    VERIFY_OK(cora);
    auto copy = ws.core().changes().get(*cora, imported->created.first());
    VERIFY_OK(copy);
    QCOMPARE(copy->title, *d.title);
    QCOMPARE(copy->description, *d.description);
    QCOMPARE(copy->implementationPlan, *d.implementationPlan);
    QCOMPARE(copy->rollbackPlan, *d.rollbackPlan);
    QCOMPARE(copy->testPlan, *d.testPlan);
}

void TestInputSafety::csvImportRefusesBytesThatAreNotUtf8()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const QString before = ws.fingerprint();
    // Latin-1 "Größe" on line 3: the ö (0xf6) is the 19th character of that line.
    const QByteArray latin1 = "title,description\r\n"
                              "Patch the gateway,fine\r\n"
                              "Rotate keys,Key gr\xf6\xdf"
                              "e 2048\r\n";
    auto r = as(ws, "engineer").importCsv(latin1, /*dryRun=*/true);
    VERIFY_ERROR(r, "invalid_utf8");
    QCOMPARE(r.error().kind(), ErrorKind::Input);
    QCOMPARE(r.error().details.value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(r.error().details.value(QStringLiteral("column")).toInt(), 19);
    QVERIFY2(r.error().message.contains(QStringLiteral("line 3, column 19")),
             qPrintable(r.error().message));
    VERIFY_ERROR(as(ws, "engineer").importCsv(latin1, false), "invalid_utf8");
    // A byte order mark is fine and not counted as a column.
    const QByteArray bom = "\xEF\xBB\xBFtitle\r\nBad \xff\r\n";
    auto withBom = as(ws, "engineer").importCsv(bom, false);
    VERIFY_ERROR(withBom, "invalid_utf8");
    QCOMPARE(withBom.error().details.value(QStringLiteral("column")).toInt(), 5);
    // NUL and ESC in a cell are refused per row, naming the column.
    const QByteArray nul = QByteArray("title,description\r\nPatch,with ") + '\0'
                           + QByteArray(" nul\r\nEscape,\x1b[2J\r\n");
    auto p = as(ws, "engineer").importCsv(nul, /*dryRun=*/true);
    VERIFY_OK(p);
    QCOMPARE(p->preview.errors.size(), 2);
    QCOMPARE(p->preview.errors.at(0).column, QStringLiteral("description"));
    QCOMPARE(p->preview.errors.at(1).row, 2);
    // Not a dry run: the core refuses the file; csv.import answers with the preview and creates
    // nothing (its documented answer for an invalid file).
    VERIFY_ERROR(ws.core().csv().import(ws.engineer(), nul), "csv_invalid");
    auto refused = as(ws, "engineer").importCsv(nul, /*dryRun=*/false);
    VERIFY_OK(refused);
    QVERIFY(!refused->preview.valid());
    QVERIFY(refused->created.isEmpty());
    QCOMPARE(ws.fingerprint(), before);
}

void TestInputSafety::icsCountsItsEvents()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    // A title that looks like the start of an event must not count as one.
    auto c = ws.changeIn(ChangeStatus::Scheduled, ws.engineer(),
                         ws.validDraft(QStringLiteral("Fix BEGIN:VEVENT parsing in the feed")));
    VERIFY_OK(c);
    int events = -1;
    auto ics = as(ws, "viewer").calendarIcs(&events);
    VERIFY_OK(ics);
    QCOMPARE(events, 1);
    QVERIFY(ics->count("BEGIN:VEVENT") >= 2); // the count a text search would give is wrong
}

// A read never gives a database Vigilo's schema: on SQLite a missing path or an empty file, on
// PostgreSQL a database without the schema (and template1, which every new database copies).
void TestInputSafety::readsNeverCreateASchema()
{
    if (!onPostgres()) {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/vigilo.sqlite"));
        auto r = Store::open(missing, Store::OpenMode::ExistingOnly);
        VERIFY_ERROR(r, "not_a_vigilo_database");
        QCOMPARE(r.error().kind(), ErrorKind::Storage);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
        const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
        {
            QFile f(empty);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        auto e = Store::open(empty, Store::OpenMode::ExistingOnly);
        VERIFY_ERROR(e, "not_a_vigilo_database");
        QCOMPARE(QFileInfo(empty).size(), qint64(0));
        QVERIFY(!QFileInfo::exists(empty + QStringLiteral("-journal")));
        // Creating is what CreateIfMissing (init) is for.
        VERIFY_OK(Store::open(empty, Store::OpenMode::CreateIfMissing));
        VERIFY_OK(Store::open(empty, Store::OpenMode::ExistingOnly));
        return;
    }
    ScratchDatabase bare;
    QVERIFY2(bare.ok(), qPrintable(bare.errorText()));
    const QString tables = QStringLiteral(
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'");
    auto r = Store::open(bare.url(), Store::OpenMode::ExistingOnly);
    VERIFY_ERROR(r, "not_a_vigilo_database");
    QCOMPARE(rawScalar(bare.url(), tables).toInt(), 0);
    const QString template1 = pgUrl(QStringLiteral("template1"));
    VERIFY_ERROR(Store::open(template1, Store::OpenMode::ExistingOnly), "not_a_vigilo_database");
    QCOMPARE(rawScalar(template1, tables).toInt(), 0);
    VERIFY_OK(Store::open(bare.url(), Store::OpenMode::CreateIfMissing));
    QVERIFY(rawScalar(bare.url(), tables).toInt() > 20);
}

void TestInputSafety::addressRules_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("range"); // empty: allowed
    const QList<std::pair<const char *, const char *>> cases = {
        {"127.0.0.1", "loopback"},
        {"127.1", "loopback"},
        {"2130706433", "loopback"},
        {"0x7f000001", "loopback"},
        {"0177.0.0.1", "loopback"},
        {"0x7f.0.0.1", "loopback"},
        {"127.0.0.1.", "loopback"},
        {"[::1]", "loopback"},
        {"::ffff:127.0.0.1", "loopback"},
        {"::ffff:7f00:1", "loopback"},
        {"::127.0.0.1", "loopback"},
        {"64:ff9b::7f00:1", "loopback"},
        {"2002:7f00:1::", "loopback"},
        {"0.0.0.0", "unspecified"},
        {"0", "unspecified"},
        {"::", "unspecified"},
        {"10.1.2.3", "private"},
        {"172.16.0.1", "private"},
        {"172.31.255.255", "private"},
        {"192.168.1.1", "private"},
        {"::ffff:192.168.1.1", "private"},
        {"169.254.169.254", "cloud_metadata"},
        {"0xa9fea9fe", "cloud_metadata"},
        {"::ffff:169.254.169.254", "cloud_metadata"},
        {"100.100.100.200", "cloud_metadata"},
        {"169.254.1.1", "link_local"},
        {"fe80::1", "link_local"},
        {"fe80::1%eth0", "link_local"},
        {"fc00::1", "unique_local"},
        {"fd00:ec2::254", "unique_local"},
        {"100.64.0.1", "carrier_grade_nat"},
        {"224.0.0.1", "multicast"},
        {"ff02::1", "multicast"},
        {"255.255.255.255", "reserved"},
        {"93.184.216.34", ""},
        {"8.8.8.8", ""},
        {"172.32.0.1", ""},
        {"2606:4700:4700::1111", ""},
        {"::ffff:8.8.8.8", ""},
    };
    for (const auto &[host, range] : cases)
        QTest::newRow(host) << QString::fromLatin1(host) << QString::fromLatin1(range);
}

void TestInputSafety::addressRules()
{
    QFETCH(QString, host);
    QFETCH(QString, range);
    const auto ip = address::parseIp(host);
    QVERIFY2(ip.has_value(), "not read as an address");
    const auto r = address::forbiddenRange(*ip);
    QCOMPARE(r ? r->kind : QString(), range);
    const QString url = QStringLiteral("http://h/");
    const Status checked = address::checkHost(QStringLiteral("url"), url, host, {});
    QCOMPARE(checked.ok(), range.isEmpty());
    if (!range.isEmpty()) {
        QCOMPARE(checked.error().code, QStringLiteral("address_not_allowed"));
        QCOMPARE(checked.error().kind(), ErrorKind::Input);
        // An allow-list entry in any spelling of the same address lets it through.
        VERIFY_OK(address::checkHost(QStringLiteral("url"), url, host, {ip->toString()}));
        VERIFY_OK(address::checkResolved(url, QStringLiteral("hooks.example.com"), {ip->toString()},
                                         {ip->toString()}));
        VERIFY_ERROR(address::checkResolved(url, QStringLiteral("hooks.example.com"),
                                            {QStringLiteral("93.184.216.34"), ip->toString()}, {}),
                     "address_not_allowed");
    } else {
        VERIFY_OK(
            address::checkResolved(url, QStringLiteral("hooks.example.com"), {ip->toString()}, {}));
    }
}

void TestInputSafety::webhookAddressesNeedAnAllowedHost()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    client::Client &admin = as(ws, "admin");
    auto endpoint = [](const QString &url) {
        WebhookEndpointInput in;
        in.name = QStringLiteral("bus");
        in.url = url;
        in.secret = QStringLiteral("0123456789abcdef-secret");
        return in;
    };
    const QString before = ws.fingerprint();
    for (const QString &url :
         {QStringLiteral("http://127.0.0.1:8080/hook"), QStringLiteral("http://2130706433/"),
          QStringLiteral("http://0x7f.1/"), QStringLiteral("http://[::ffff:127.0.0.1]/"),
          QStringLiteral("http://169.254.169.254/latest/meta-data/"),
          QStringLiteral("http://metadata.google.internal/computeMetadata/v1/"),
          QStringLiteral("http://localhost:9000/"), QStringLiteral("http://api.localhost/"),
          QStringLiteral("http://printer.local/"), QStringLiteral("http://jenkins:8080/"),
          QStringLiteral("https://10.0.0.5/"), QStringLiteral("http://[fd00::1]/"),
          QStringLiteral("http://evil.example@127.0.0.1/")}) {
        auto r = admin.addWebhook(endpoint(url));
        QVERIFY2(!r.ok(), qPrintable(url));
        QCOMPARE(r.error().code, QStringLiteral("address_not_allowed"));
        QCOMPARE(r.error().details.value(QStringLiteral("field")).toString(),
                 QStringLiteral("url"));
        auto s = as(ws, "engineer").subscribeWebhook(QStringLiteral("db-primary"), url);
        QVERIFY2(!s.ok(), qPrintable(url));
        QCOMPARE(s.error().code, QStringLiteral("address_not_allowed"));
    }
    QCOMPARE(ws.fingerprint(), before);
    VERIFY_OK(admin.addWebhook(endpoint(QStringLiteral("https://hooks.example.com/x"))));

    // Only admins allow a host; the allow-list is audited and shared by endpoints and
    // subscriptions; taking a host off refuses it again.
    VERIFY_ERROR(as(ws, "engineer").allowWebhookHost(QStringLiteral("10.0.0.5")),
                 "permission_denied");
    VERIFY_ERROR(admin.allowWebhookHost(QStringLiteral("not a host")), "invalid_input");
    auto allowed = admin.allowWebhookHost(QStringLiteral("0x0a000005"));
    VERIFY_OK(allowed);
    QCOMPARE(*allowed, QStringLiteral("10.0.0.5"));
    VERIFY_ERROR(as(ws, "owner").allowWebhookHost(QStringLiteral("10.0.0.5")),
                 "host_already_allowed");
    auto hook = endpoint(QStringLiteral("https://10.0.0.5/"));
    hook.name = QStringLiteral("internal");
    VERIFY_OK(admin.addWebhook(hook));
    VERIFY_OK(as(ws, "engineer")
                  .subscribeWebhook(QStringLiteral("db-primary"),
                                    QStringLiteral("http://10.0.0.5:8443/mine")));
    auto hosts = as(ws, "viewer").allowedWebhookHosts();
    VERIFY_OK(hosts);
    QCOMPARE(*hosts, QStringList{QStringLiteral("10.0.0.5")});
    VERIFY_OK(admin.disallowWebhookHost(QStringLiteral("10.0.0.5")));
    hook.name = QStringLiteral("again");
    VERIFY_ERROR(admin.addWebhook(hook), "address_not_allowed");
    VERIFY_ERROR(admin.disallowWebhookHost(QStringLiteral("10.0.0.5")), "not_found");
    auto history = ws.core().audit().workspaceHistory(ws.owner(), 100);
    VERIFY_OK(history);
    QStringList actions;
    for (const AuditEvent &e : *history)
        actions << e.action;
    QVERIFY(actions.contains(QStringLiteral("webhook.allow_host")));
    QVERIFY(actions.contains(QStringLiteral("webhook.disallow_host")));
    if (ws.isPostgres()) {
        // The database itself: the server's role acting for an engineer cannot put a host on
        // the list; acting for a viewer it reads it.
        Login engineer(ws.dbUrlAs(QStringLiteral("engineer")), QStringLiteral("engineer"));
        QVERIFY2(engineer.isOpen(), qPrintable(engineer.error()));
        const QString denied = engineer.exec(
            QStringLiteral("INSERT INTO webhook_allowed_hosts (workspace_id, host, created_at) "
                           "VALUES (%1, '169.254.169.254', '2026-03-02T09:00:00.000Z')")
                .arg(ws.workspace().id));
        QVERIFY2(denied.contains(QLatin1String("row-level security")), qPrintable(denied));
        VERIFY_OK(admin.allowWebhookHost(QStringLiteral("hooks.internal.example")));
        Login viewer(ws.dbUrlAs(QStringLiteral("viewer")), QStringLiteral("viewer"));
        QVERIFY2(viewer.isOpen(), qPrintable(viewer.error()));
        QCOMPARE(
            viewer.scalar(QStringLiteral("SELECT COUNT(*) FROM webhook_allowed_hosts")).toInt(), 1);
        int rows = -1;
        QVERIFY(viewer.exec(QStringLiteral("DELETE FROM webhook_allowed_hosts"), &rows).isEmpty()
                || rows <= 0);
        QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("webhook_allowed_hosts")), qint64(1));
    }
}

// At delivery time the sender resolves a name itself and refuses an address that is not
// allowed, before connecting. Here the name is localhost, allowed when the endpoint was added
// and taken off the list afterwards: its address (loopback) is what refuses the delivery; the
// receiver on loopback gets nothing.
void TestInputSafety::deliveryChecksTheResolvedAddress()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    Webhooks &w = ws.core().webhooks(); // the read-back checks
    client::Client &admin = as(ws, "admin");
    LoopbackHttpServer receiver;
    VERIFY_OK(admin.allowWebhookHost(QStringLiteral("localhost")));
    WebhookEndpointInput in;
    in.name = QStringLiteral("local");
    in.url = QStringLiteral("http://localhost:%1/hook").arg(receiver.port());
    in.secret = QStringLiteral("0123456789abcdef-secret");
    VERIFY_OK(admin.addWebhook(in));
    VERIFY_OK(admin.disallowWebhookHost(QStringLiteral("localhost")));
    // An endpoint written straight into the database (by an older build or by SQL).
    const QString metadata =
        QStringLiteral(
            "INSERT INTO webhook_endpoints (workspace_id, name, url, secret, events, format, "
            "active, "
            "created_at) VALUES (%1, 'imds', 'http://169.254.169.254/latest/meta-data/', "
            "'0123456789abcdef-secret', '', 'json', 1, '2026-03-01T00:00:00.000Z')")
            .arg(ws.workspace().id);
    const QString inserted = rawExec(ws.dbPath(), {metadata});
    QVERIFY2(inserted.isEmpty(), qPrintable(inserted));

    VERIFY_OK(ws.changeIn(ChangeStatus::Review));
    MemberDeliveries sender(ws, QStringLiteral("admin"));
    auto run = sender.runOnce(10);
    VERIFY_OK(run);
    QCOMPARE(run->claimed, 2);
    QCOMPARE(run->delivered, 0);
    QCOMPARE(run->failed, 2); // refused, not retried
    QCOMPARE(receiver.requests().size(), 0);
    auto log = w.log(ws.admin());
    VERIFY_OK(log);
    QCOMPARE(log->size(), 2);
    for (const DeliveryAttempt &a : *log) {
        QCOMPARE(a.httpStatus, 0);
        if (a.endpointName == QLatin1String("local"))
            QVERIFY2(a.error.contains(QStringLiteral("resolves to"))
                         && a.error.contains(QStringLiteral("loopback")),
                     qPrintable(a.error));
        else
            QVERIFY2(a.error.contains(QStringLiteral("169.254.169.254")), qPrintable(a.error));
    }
    // Allowed again, by the addresses localhost has (every one must be allowed), a retry reaches
    // the receiver: on 127.0.0.1, with the name in the Host header.
    VERIFY_OK(admin.allowWebhookHost(QStringLiteral("127.0.0.1")));
    VERIFY_OK(admin.allowWebhookHost(QStringLiteral("::1")));
    auto outbox = w.outbox(ws.admin(), QStringLiteral("failed"));
    VERIFY_OK(outbox);
    for (const OutboxItem &item : *outbox)
        if (item.endpointName == QLatin1String("local"))
            VERIFY_OK(admin.retryDelivery(item.id));
    auto again = sender.runOnce(10);
    VERIFY_OK(again);
    QVERIFY2(again->delivered == 1, QJsonDocument(again->toJson()).toJson().constData());
    QCOMPARE(receiver.requests().size(), 1);
    QCOMPARE(receiver.requests().first().headers.value("host"),
             QByteArray("localhost:") + QByteArray::number(receiver.port()));
}

QTEST_GUILESS_MAIN(TestInputSafety)
#include "tst_input_safety.moc"
