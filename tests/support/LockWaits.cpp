#include "LockWaits.h"

#include "RawSql.h"
#include "Store.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace vigilo::test {

namespace {

int onBusy(void *waits, int attempt)
{
    if (attempt == 0)
        static_cast<std::atomic<int> *>(waits)->fetch_add(1);
    if (attempt > 30000)
        return 0; // give up, as a 30 s busy timeout would
    sqlite3_sleep(1);
    return 1;
}

} // namespace

bool countLockWaits(Store &store, std::atomic<int> *waits)
{
    const QVariant handle = store.database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.data());
    return db && sqlite3_busy_handler(db, &onBusy, waits) == SQLITE_OK;
}

int postgresLockWaiters(const QString &location)
{
    const QVariant n =
        rawScalar(location, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                           "current_database() AND wait_event_type = 'Lock'"));
    return n.isValid() ? n.toInt() : -1;
}

} // namespace vigilo::test
