#pragma once
// Reads for the desktop client on a connection of their own, on a thread of their own: the
// change list of 100,000 changes is read and decoded there while the window stays responsive.
// QSqlDatabase belongs to the thread that opened it, so the reader opens the same database
// again (SQLite: a second connection to the file, reading beside the writer; PostgreSQL: a
// second login) the first time it is asked, as the same member, through the same method table.

#include "Clock.h"
#include "Error.h"

#include <QFuture>
#include <QJsonObject>
#include <QJsonValue>
#include <QThread>

#include <memory>

namespace vigilo {
class Store;
class Vigilo;
} // namespace vigilo

namespace vigilo::client {

class LocalReader final {
public:
    // `location`: as given to Store::open (with its password: the reader logs in itself).
    // `clock` must outlive the reader.
    LocalReader(const QString &location, const QString &username, const Clock &clock);
    // Waits for the call in progress; calls still queued end canceled.
    ~LocalReader();
    LocalReader(const LocalReader &) = delete;
    LocalReader &operator=(const LocalReader &) = delete;

    // Runs `method` on the reader's thread, one call after the other in the order asked. The
    // future finishes there: a .then() without a context decodes there too.
    QFuture<Result<QJsonValue>> call(const QString &method, const QJsonObject &params);

    // Whether `method` only reads and may take long enough to be worth the reader: the change
    // list, not the one row a live update reads again (answered at once, never queued behind a
    // long read).
    static bool readsInBackground(const QString &method, const QJsonObject &params);

private:
    Result<QJsonValue> run(const QString &method, const QJsonObject &params);

    const QString m_location;
    const QString m_username;
    const Clock &m_clock;
    QThread m_thread;
    QObject *m_context; // lives on m_thread
    // Made and used on m_thread only.
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Vigilo> m_core;
};

} // namespace vigilo::client
