#pragma once
// A throwaway workspace for core tests: a temporary SQLite file (or, with
// VIGILO_TEST_BACKEND=postgresql, a fresh PostgreSQL database), a settable clock at a fixed date,
// the core facade, one member of every role, a few assets and helpers to build changes.
// With VIGILO_TEST_BACKEND=server the same PostgreSQL database gets a vigilo-server in front of
// it (vigilo-server-testclock, on this workspace's clock): client(member) then acts through it.

#include "Client.h"
#include "Clock.h"
#include "ResultCheck.h"
#include "Store.h"
#include "TestBackend.h"
#include "TestClock.h"
#include "TestServer.h"
#include "Vigilo.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

namespace vigilo::test {

// 2026-03-02T09:00:00Z, a Monday: the fixed "now" of every core suite.
QDateTime fixedNow();

// Every object inside `value` (recursively) that has all of `keys`.
QList<QJsonObject> objectsWithKeys(const QJsonValue &value, const QStringList &keys);

// The answer of a Client's asynchronous call, waiting in an event loop: on a team server the
// answer arrives through this thread's events, so QFuture::result() alone would never return.
template <typename T> T awaited(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        loop.exec();
    }
    return future.result();
}

class TestWorkspace final {
public:
    // Creates the file, the workspace `slug` and its members and assets; check ok() after.
    explicit TestWorkspace(const QString &slug = QStringLiteral("acme"), bool withMembers = true);
    ~TestWorkspace();

    bool ok() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }

    QString dir() const { return m_dir.path(); }
    // The database's location: the SQLite file, or the superuser URL of the PostgreSQL database
    // (Store::open, RawSql and vigilo-cli --db accept either).
    QString dbPath() const { return m_dbPath; }
    bool isPostgres() const { return m_pg != nullptr; }
    // PostgreSQL: the URL a connection acting for `login` uses (members have no login: the
    // server's role, with `login` bound by the core; "postgres": the owner); on SQLite the file.
    QString dbUrlAs(const QString &login) const;
    // Set or moved, it moves the team server's clock too (server backend).
    TestClock &clock() { return m_clock; }
    QDateTime now() const { return m_clock.now(); }
    Store &store() { return *m_store; }
    Vigilo &core() { return *m_core; }
    const Workspace &workspace() const { return m_workspace; }

    // The team server in front of the database (VIGILO_TEST_BACKEND=server), else null.
    TestServer *server() const { return m_server.get(); }
    bool onTeamServer() const { return m_server != nullptr; }
    // `username` acting through the one Client interface, as the CLI and the desktop do: on a
    // database in process (LocalTransport on this workspace's store and clock, as vigilo-cli
    // --as), on the server backend over the network, signed in with its own session. Kept for
    // the workspace's life. The calls that test a rule go through it, so every backend tests
    // the Client path and the server's answers; set-up and checks may stay on core().
    client::Client &client(const QString &username);

    // Members by username: owner, admin, approver, approver2, engineer, engineer2, viewer.
    Actor as(const QString &username) const;
    Actor owner() const { return as(QStringLiteral("owner")); }
    Actor admin() const { return as(QStringLiteral("admin")); }
    Actor approver() const { return as(QStringLiteral("approver")); }
    Actor approver2() const { return as(QStringLiteral("approver2")); }
    Actor engineer() const { return as(QStringLiteral("engineer")); }
    Actor engineer2() const { return as(QStringLiteral("engineer2")); }
    Actor viewer() const { return as(QStringLiteral("viewer")); }
    static QStringList memberNames();
    static Role roleOf(const QString &username);

    // Assets: "payments-api" (service), "db-primary" (database), "edge-fw" (network).
    static QStringList assetNames();

    // A valid normal, medium-priority change: title, plans with numbered steps, one asset and a
    // two-hour window three days ahead (well past the 24 h lead time).
    ChangeDraft validDraft(const QString &title = QStringLiteral("Rotate TLS certificate")) const;
    // Creates validDraft() as `requester` (engineer by default) and returns the change.
    Result<ChangeRequest> createChange(const ChangeDraft &draft);
    Result<ChangeRequest> createChange(const Actor &requester, const ChangeDraft &draft);
    // Creates a valid change and drives it along the happy path to `target` (every status
    // reachable: rejected via reject, cancelled from draft, rolled_back via rollback).
    Result<ChangeRequest> changeIn(ChangeStatus target, const Actor &requester,
                                   const ChangeDraft &draft);
    Result<ChangeRequest> changeIn(ChangeStatus target);
    // Drives an existing change forward from its current status to `target`.
    Result<ChangeRequest> push(int number, ChangeStatus target);

    Result<ChangeRequest> get(int number) const;
    ChangeStatus statusOf(int number) const;

    // Raw counts through the core's own connection.
    qint64 count(const QString &table, const QString &where = {}) const;
    qint64 auditCount() const { return count(QStringLiteral("audit_events")); }
    // The whole database as text (through a separate connection).
    QString fingerprint() const;

    Result<Member> addMember(const QString &username, Role role);

    // A clean slate in the same database, behind the same server (one per suite, started once):
    // a new workspace (the first slug, "-2", "-3", ...) with the same members and assets, the
    // clock back at fixedNow(); as(), the helpers and every client() act there from now on.
    // For the init() of a suite whose functions each want a workspace of their own.
    bool startOver();
    // The same with the new workspace's slug chosen by the caller.
    bool startOver(const QString &slug);

private:
    // Creates the workspace `slug` (owner "owner") and, withMembers, its members and assets;
    // the error's text, or empty.
    QString populate(const QString &slug, bool withMembers);

    QTemporaryDir m_dir;
    std::unique_ptr<ScratchDatabase> m_pg;
    QString m_dbPath;
    TestClock m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Vigilo> m_core;
    Workspace m_workspace;
    std::unique_ptr<TestServer> m_server;
    std::map<QString, std::unique_ptr<client::Client>> m_clients;
    QString m_firstSlug;
    int m_rounds = 1;
    QString m_error;
};

} // namespace vigilo::test

// QCOMPARE for the domain's enums, printed by their wire names (vigilo::toString returns a
// QString, which QTest's own toString lookup would trip over).
#define QCOMPARE_ENUM(actual, expected)                                                            \
    QCOMPARE(::vigilo::toString(actual), ::vigilo::toString(expected))
