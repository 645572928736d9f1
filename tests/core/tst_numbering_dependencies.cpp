// CHG numbers (gapless per workspace, never reused, safe with two writers) and dependencies
// (no self, no cycles, same workspace only, and the start gate listing each blocker). The
// refused creates, the dependency edits and the start gate go through the Client as the member
// (in process on SQLite and PostgreSQL, over a real vigilo-server on the server backend);
// set-up, the two-writer and cross-workspace cases and the checks read the core.
#include "RawSql.h"
#include "TestWorkspace.h"

#include "Client.h"

#include <thread>

using namespace vigilo;
using namespace vigilo::test;

namespace {

ChangeDraft dependingOn(const TestWorkspace &ws, const QList<int> &numbers, const QString &title)
{
    ChangeDraft d = ws.validDraft(title);
    d.dependsOn = numbers;
    return d;
}

} // namespace

class TestNumberingDependencies : public QObject {
    Q_OBJECT
private slots:
    void numbersAreGaplessAndFormatted();
    void refusedCreateDoesNotConsumeANumber();
    void workspacesNumberIndependently();
    void numbersAreNeverReused();
    void concurrentWritersGetDistinctNumbers();
    void parseAndFormatNumbers_data();
    void parseAndFormatNumbers();

    void dependenciesAreListedWithStatus();
    void selfDependencyIsRefused();
    void cyclesAreRefused();
    void startGateListsEachBlocker();
    void completedOrCancelledUpstreamReleasesTheGate();
};

void TestNumberingDependencies::numbersAreGaplessAndFormatted()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    for (int i = 1; i <= 12; ++i) {
        auto c = ws.createChange(ws.validDraft(QStringLiteral("Change %1").arg(i)));
        VERIFY_OK(c);
        QCOMPARE(c->number, i);
        QCOMPARE(c->numberText(), QStringLiteral("CHG-%1").arg(i, 5, 10, QLatin1Char('0')));
        QCOMPARE(c->toJson().value(QStringLiteral("number")).toString(), c->numberText());
    }
    QCOMPARE(formatChangeNumber(12), QStringLiteral("CHG-00012"));
}

void TestNumberingDependencies::refusedCreateDoesNotConsumeANumber()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    client::Client &engineer = ws.client(QStringLiteral("engineer"));
    VERIFY_OK(engineer.createChange(ws.validDraft()));
    ChangeDraft bad = ws.validDraft();
    bad.title = QString();
    QVERIFY(!engineer.createChange(bad).ok());
    ChangeDraft badAsset = ws.validDraft();
    badAsset.affectedAssets = QStringList{QStringLiteral("ghost")};
    QVERIFY(!engineer.createChange(badAsset).ok());
    VERIFY_ERROR(ws.client(QStringLiteral("viewer")).createChange(ws.validDraft()),
                 "permission_denied");
    auto next = engineer.createChange(ws.validDraft());
    VERIFY_OK(next);
    QCOMPARE(next->number, 2);
}

void TestNumberingDependencies::workspacesNumberIndependently()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    VERIFY_OK(
        ws.core().workspaces().createWorkspace(QStringLiteral("globex"), QStringLiteral("Globex"),
                                               QStringLiteral("en_GB"), QStringLiteral("gustav")));
    auto gustav = ws.core().workspaces().signIn(QStringLiteral("globex"), QStringLiteral("gustav"));
    VERIFY_OK(gustav);
    ChangeDraft g;
    g.title = QStringLiteral("Globex change");
    QList<int> acme, globex;
    for (int i = 0; i < 3; ++i) {
        auto a = ws.createChange(ws.validDraft());
        VERIFY_OK(a);
        acme << a->number;
        auto b = ws.core().changes().create(*gustav, g);
        VERIFY_OK(b);
        globex << b->number;
    }
    QCOMPARE(acme, (QList<int>{1, 2, 3}));
    QCOMPARE(globex, (QList<int>{1, 2, 3}));
}

void TestNumberingDependencies::numbersAreNeverReused()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto first = ws.changeIn(ChangeStatus::Cancelled);
    VERIFY_OK(first);
    auto second = ws.changeIn(ChangeStatus::Rejected);
    VERIFY_OK(second);
    auto third = ws.createChange(ws.validDraft());
    VERIFY_OK(third);
    QCOMPARE(third->number, 3);
    QCOMPARE(rawCount(ws.dbPath(), QStringLiteral("changes")), qint64(3));
}

void TestNumberingDependencies::concurrentWritersGetDistinctNumbers()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const QString path = ws.dbPath();
    const int perWriter = 8;
    QStringList errors[2];
    QList<int> numbers[2];
    // Two writers, each with its own connection (as two workstations would have).
    auto writer = [&](int w) {
        auto store = Store::open(path, Store::OpenMode::ExistingOnly);
        if (!store.ok()) {
            errors[w] << QString::fromUtf8(describe(store.error()));
            return;
        }
        ManualClock clock(fixedNow());
        Vigilo core(**store, clock);
        auto actor =
            core.workspaces().signIn(QStringLiteral("acme"), w == 0 ? QStringLiteral("engineer")
                                                                    : QStringLiteral("engineer2"));
        if (!actor.ok()) {
            errors[w] << QString::fromUtf8(describe(actor.error()));
            return;
        }
        ChangeDraft d;
        d.affectedAssets = QStringList{QStringLiteral("payments-api")};
        for (int i = 0; i < perWriter; ++i) {
            d.title = QStringLiteral("Writer %1 change %2").arg(w).arg(i);
            auto c = core.changes().create(*actor, d);
            if (c.ok())
                numbers[w] << c->number;
            else
                errors[w] << QString::fromUtf8(describe(c.error()));
        }
    };
    std::thread a(writer, 0);
    std::thread b(writer, 1);
    a.join();
    b.join();
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0].join(QLatin1Char('\n'))));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1].join(QLatin1Char('\n'))));
    QList<int> all = numbers[0] + numbers[1];
    std::sort(all.begin(), all.end());
    QList<int> expected;
    for (int i = 1; i <= 2 * perWriter; ++i)
        expected << i;
    QCOMPARE(all, expected);
    auto v = ws.core().audit().verify(ws.owner());
    VERIFY_OK(v);
    QVERIFY(v->ok);
}

void TestNumberingDependencies::parseAndFormatNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("number"); // 0: rejected
    QTest::newRow("full") << QStringLiteral("CHG-00012") << 12;
    QTest::newRow("bare") << QStringLiteral("12") << 12;
    QTest::newRow("lower case short") << QStringLiteral("chg-42") << 42;
    QTest::newRow("spaces") << QStringLiteral(" CHG-00007 ") << 7;
    QTest::newRow("zero") << QStringLiteral("CHG-00000") << 0;
    QTest::newRow("negative") << QStringLiteral("-3") << 0;
    QTest::newRow("garbage") << QStringLiteral("CHG-12a") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestNumberingDependencies::parseAndFormatNumbers()
{
    QFETCH(QString, text);
    QFETCH(int, number);
    const std::optional<int> n = parseChangeNumber(text);
    QCOMPARE(n.value_or(0), number);
}

void TestNumberingDependencies::dependenciesAreListedWithStatus()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto up1 = ws.changeIn(ChangeStatus::Review);
    VERIFY_OK(up1);
    auto up2 = ws.createChange(ws.validDraft(QStringLiteral("Upstream two")));
    VERIFY_OK(up2);
    auto down =
        ws.createChange(dependingOn(ws, {up2->number, up1->number}, QStringLiteral("Downstream")));
    VERIFY_OK(down);
    QCOMPARE(down->dependencies.size(), 2);
    QCOMPARE(down->dependencies.at(0).number, up1->number);
    QCOMPARE_ENUM(down->dependencies.at(0).status, ChangeStatus::Review);
    QCOMPARE(down->dependencies.at(1).number, up2->number);
    QCOMPARE(down->dependencies.at(1).title, QStringLiteral("Upstream two"));
    const QJsonArray deps = down->toJson().value(QStringLiteral("dependencies")).toArray();
    QCOMPARE(deps.size(), 2);
    QCOMPARE(deps.at(0).toObject().value(QStringLiteral("number")).toString(),
             QStringLiteral("CHG-00001"));
    QCOMPARE(deps.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("review"));
    // Removing a dependency.
    ChangeDraft e;
    e.dependsOn = QList<int>{up2->number};
    auto edited = ws.client(QStringLiteral("engineer")).editChange(down->number, e);
    VERIFY_OK(edited);
    QCOMPARE(edited->dependencies.size(), 1);
    QCOMPARE(ws.count(QStringLiteral("change_dependencies")), qint64(1));
}

void TestNumberingDependencies::selfDependencyIsRefused()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.createChange(ws.validDraft());
    VERIFY_OK(c);
    const QString before = ws.fingerprint();
    ChangeDraft e;
    e.dependsOn = QList<int>{c->number};
    auto r = ws.client(QStringLiteral("engineer")).editChange(c->number, e);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::Input);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(ws.fingerprint(), before);
}

void TestNumberingDependencies::cyclesAreRefused()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto a = ws.createChange(ws.validDraft(QStringLiteral("A")));
    VERIFY_OK(a);
    auto b = ws.createChange(dependingOn(ws, {a->number}, QStringLiteral("B needs A")));
    VERIFY_OK(b);
    auto c = ws.createChange(dependingOn(ws, {b->number}, QStringLiteral("C needs B")));
    VERIFY_OK(c);
    const QString before = ws.fingerprint();
    // A -> C would close A -> C -> B -> A.
    ChangeDraft e;
    e.dependsOn = QList<int>{c->number};
    auto r = ws.client(QStringLiteral("engineer")).editChange(a->number, e);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::Input);
    QVERIFY(!r.error().message.isEmpty());
    // Two-node cycle.
    e.dependsOn = QList<int>{b->number};
    QVERIFY(!ws.client(QStringLiteral("engineer")).editChange(a->number, e).ok());
    QCOMPARE(ws.fingerprint(), before);
    // A diamond is not a cycle.
    auto d =
        ws.createChange(dependingOn(ws, {b->number, c->number}, QStringLiteral("D needs B and C")));
    VERIFY_OK(d);
}

void TestNumberingDependencies::startGateListsEachBlocker()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto inReview = ws.changeIn(ChangeStatus::Review);
    VERIFY_OK(inReview);
    auto scheduled = ws.changeIn(ChangeStatus::Scheduled);
    VERIFY_OK(scheduled);
    auto done = ws.changeIn(ChangeStatus::Completed);
    VERIFY_OK(done);
    auto down = ws.changeIn(ChangeStatus::Scheduled, ws.engineer(),
                            dependingOn(ws, {inReview->number, scheduled->number, done->number},
                                        QStringLiteral("Needs three")));
    VERIFY_OK(down);
    const QString before = ws.fingerprint();
    auto r = ws.client(QStringLiteral("engineer")).apply(down->number, Action::Start);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("dependencies_unmet"));
    QCOMPARE(r.error().kind(), ErrorKind::Rule);
    QCOMPARE(ws.fingerprint(), before);
    // Each blocker by number and current status; the completed one is not a blocker.
    QMap<QString, QString> blockers;
    for (const QJsonObject &o : objectsWithKeys(
             QJsonValue(r.error().details), {QStringLiteral("number"), QStringLiteral("status")}))
        blockers.insert(o.value(QStringLiteral("number")).toString(),
                        o.value(QStringLiteral("status")).toString());
    QMap<QString, QString> expected;
    expected.insert(inReview->numberText(), QStringLiteral("review"));
    expected.insert(scheduled->numberText(), QStringLiteral("scheduled"));
    QCOMPARE(blockers, expected);
    QVERIFY2(r.error().message.contains(inReview->numberText()), qPrintable(r.error().message));
}

void TestNumberingDependencies::completedOrCancelledUpstreamReleasesTheGate()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto up1 = ws.changeIn(ChangeStatus::InProgress);
    VERIFY_OK(up1);
    auto up2 = ws.changeIn(ChangeStatus::Approved);
    VERIFY_OK(up2);
    auto down =
        ws.changeIn(ChangeStatus::Scheduled, ws.engineer(),
                    dependingOn(ws, {up1->number, up2->number}, QStringLiteral("Downstream")));
    VERIFY_OK(down);
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).apply(down->number, Action::Start),
                 "dependencies_unmet");
    VERIFY_OK(ws.push(up1->number, ChangeStatus::Completed));
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).apply(down->number, Action::Start),
                 "dependencies_unmet");
    VERIFY_OK(ws.push(up2->number, ChangeStatus::Cancelled));
    ws.clock().setNow(down->plannedStart); // inside its planned window
    auto started = ws.client(QStringLiteral("engineer")).apply(down->number, Action::Start);
    VERIFY_OK(started);
    QCOMPARE_ENUM(started->status, ChangeStatus::InProgress);
    QCOMPARE(started->startedAt, ws.now());
}

QTEST_GUILESS_MAIN(TestNumberingDependencies)
#include "tst_numbering_dependencies.moc"
