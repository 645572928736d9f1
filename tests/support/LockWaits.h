#pragma once
// Knowing, without sleeping, that a connection waits for another one's lock: SQLite calls a
// busy handler when a statement meets a lock (one is installed here on a Store's connection and
// counts the waits); PostgreSQL lists backends waiting for a lock in pg_stat_activity. Tests use
// it to hold a lock, let writers run into it, and release it once all of them wait.

#include <QString>

#include <atomic>

namespace vigilo {
class Store;
}

namespace vigilo::test {

// SQLite: from now on, every time a statement of `store`'s connection finds the database locked,
// `*waits` goes up by one; the statement keeps retrying (as the busy timeout would) for up to
// 30 s. Returns false when the connection is not a SQLite one.
bool countLockWaits(Store &store, std::atomic<int> *waits);

// PostgreSQL: how many backends connected to the database at `location` wait for a lock now
// (-1 on error).
int postgresLockWaiters(const QString &location);

} // namespace vigilo::test
