#pragma once
// One write that decides on what it has locked. Every mutation of the core starts with one:
//
//     WriteScope scope(m_store, caller, Permission::ChangesExecute);
//     VIGILO_TRY(scope.begin(number, expectedVersion)); // or begin() when no change is involved
//     const Actor &actor = scope.actor();               // role and active flag as of now
//     const ChangeRequest &change = scope.change();     // read after the lock
//     ...
//     VIGILO_TRY(scope.commit());
//
// begin() opens the write transaction (SQLite: BEGIN IMMEDIATE, which serialises writers),
// takes the workspace's write lock (PostgreSQL: its row, FOR NO KEY UPDATE, which every writer
// of the workspace takes first), reads the actor's role and active flag again and checks the
// permission, and then loads the change: in that order, so a demotion or another writer that
// committed before us is seen, and none can commit between our reading and our writing.
// Writes that need only Permission::Read (a member's own subscriptions, webhook delivery
// bookkeeping) take no workspace lock: viewers may not lock the workspace on a server.

#include "Actor.h"
#include "Error.h"
#include "SqlUtil.h"
#include "Store.h"

#include <optional>

namespace vigilo {

class WriteScope final {
public:
    WriteScope(Store &store, const Actor &caller, Permission permission);
    WriteScope(const WriteScope &) = delete;
    WriteScope &operator=(const WriteScope &) = delete;

    Status begin();
    // begin(), then the change `changeNumber` of the actor's workspace; with `expectedVersion`
    // (what the caller read), refuses with stale_write when the change has moved on.
    // `parts`: how much of the change the write needs (sql::loadChange).
    Status begin(int changeNumber, std::optional<int> expectedVersion = {},
                 sql::ChangeParts parts = sql::ChangeParts::All);
    Status commit();

    // The caller as the database knows them inside the transaction.
    const Actor &actor() const { return m_actor; }
    // The change loaded by begin(number); only valid after it succeeded.
    const ChangeRequest &change() const { return *m_change; }

private:
    Status lockWorkspace();
    Status rereadActor();

    Store &m_store;
    Actor m_actor;
    Permission m_permission;
    Store::Transaction m_tx;
    std::optional<ChangeRequest> m_change;
};

} // namespace vigilo
