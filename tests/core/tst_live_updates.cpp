// Live updates: a ChangeWatcher on one connection hears what another connection commits
// (PostgreSQL LISTEN/NOTIFY with the workspace and change; SQLite PRAGMA data_version), and not
// its own writes on SQLite.
#include "TestWorkspace.h"

#include "ChangeWatcher.h"

#include <QSignalSpy>

using namespace vigilo;
using namespace vigilo::test;

class TestLiveUpdates : public QObject {
    Q_OBJECT

private slots:
    void anotherConnectionsCommitIsHeard();
    void ownWritesAreNotReportedOnSqlite();
};

void TestLiveUpdates::anotherConnectionsCommitIsHeard()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    // A second workstation: its own connection to the same database.
    auto other = Store::open(ws.dbPath(), Store::OpenMode::ExistingOnly);
    VERIFY_OK(other);
    ChangeWatcher watcher(**other, 50);
    QSignalSpy spy(&watcher, &ChangeWatcher::changed);

    auto c = ws.createChange(ws.validDraft());
    VERIFY_OK(c);
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 5000);
    if (ws.isPostgres()) {
        // The server says which workspace and change moved.
        const QList<QVariant> args = spy.last();
        QCOMPARE(args.at(0).toLongLong(), ws.workspace().id);
        QCOMPARE(args.at(1).toInt(), c->number);
    }
    // A decision is heard as well.
    spy.clear();
    VERIFY_OK(ws.core().changes().apply(ws.engineer(), c->number, Action::Submit));
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 5000);
}

void TestLiveUpdates::ownWritesAreNotReportedOnSqlite()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    ChangeWatcher watcher(ws.store(), 50);
    QSignalSpy spy(&watcher, &ChangeWatcher::changed);
    auto own = ws.createChange(ws.validDraft(QStringLiteral("Own change")));
    VERIFY_OK(own);
    watcher.poll();
    if (ws.isPostgres()) {
        // The server notifies every listener, the writer's own connection included (the client
        // refreshes from its own writes anyway): the own change is named.
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 5000);
        QCOMPARE(spy.last().at(1).toInt(), own->number);
        return;
    }
    // A second workstation commits after the own write. Both are polled at once, without waiting:
    // exactly one report, the other workstation's, proves the own write was not reported.
    auto other = Store::open(ws.dbPath(), Store::OpenMode::ExistingOnly);
    VERIFY_OK(other);
    Vigilo otherCore(**other, ws.clock());
    auto engineer2 =
        otherCore.workspaces().signIn(QStringLiteral("acme"), QStringLiteral("engineer2"));
    VERIFY_OK(engineer2);
    VERIFY_OK(otherCore.changes().create(*engineer2, ws.validDraft(QStringLiteral("Theirs"))));
    watcher.poll();
    QCOMPARE(spy.count(), 1);
}

QTEST_GUILESS_MAIN(TestLiveUpdates)
#include "tst_live_updates.moc"
