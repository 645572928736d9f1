#pragma once
// A throwaway workspace for core tests: a temporary SQLite file (or, with
// VIGILO_TEST_BACKEND=postgresql, a fresh PostgreSQL database), a ManualClock at a fixed date,
// the core facade, one member of every role, a few assets and helpers to build changes.

#include "Clock.h"
#include "ResultCheck.h"
#include "Store.h"
#include "TestBackend.h"
#include "Vigilo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace vigilo::test {

// 2026-03-02T09:00:00Z, a Monday: the fixed "now" of every core suite.
QDateTime fixedNow();

// Every object inside `value` (recursively) that has all of `keys`.
QList<QJsonObject> objectsWithKeys(const QJsonValue &value, const QStringList &keys);

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
    ManualClock &clock() { return m_clock; }
    QDateTime now() const { return m_clock.now(); }
    Store &store() { return *m_store; }
    Vigilo &core() { return *m_core; }
    const Workspace &workspace() const { return m_workspace; }

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

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchDatabase> m_pg;
    QString m_dbPath;
    ManualClock m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Vigilo> m_core;
    Workspace m_workspace;
    QString m_error;
};

} // namespace vigilo::test

// QCOMPARE for the domain's enums, printed by their wire names (vigilo::toString returns a
// QString, which QTest's own toString lookup would trip over).
#define QCOMPARE_ENUM(actual, expected)                                                            \
    QCOMPARE(::vigilo::toString(actual), ::vigilo::toString(expected))
