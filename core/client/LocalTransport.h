#pragma once
// The client on a database in this process (a SQLite file, or PostgreSQL as a login of its
// own): each call goes through the API's method table as `username`, exactly as vigilo-server
// runs it for a session. Answers come at once; the asynchronous form returns a finished future,
// except for the long reads (the change list) once a reader is enabled: those run on the
// reader's thread and connection (LocalReader).

#include "Client.h"
#include "Clock.h"

#include <memory>

namespace vigilo {
class Store;
class Vigilo;
} // namespace vigilo

namespace vigilo::client {

class LocalReader;

class LocalTransport final : public Transport {
public:
    // Uses `store` (not owned), which must outlive the transport.
    LocalTransport(Store &store, const QString &username, const Clock *clock = nullptr);
    ~LocalTransport() override;

    Result<QJsonValue> call(const QString &method, const QJsonObject &params) override;
    QFuture<Result<QJsonValue>> callAsync(const QString &method,
                                          const QJsonObject &params) override;
    QString location() const override;
    bool isRemote() const override { return false; }

    QString username() const override { return m_username; }
    Vigilo &core() { return *m_core; }
    // The desktop client: the asynchronous long reads go to a second connection to `location`
    // (as given to Store::open) on a thread of their own. Not for an in-memory database.
    void enableReader(const QString &location);

private:
    Store &m_store;
    QString m_username;
    SystemClock m_systemClock;
    const Clock *m_clock;
    std::unique_ptr<Vigilo> m_core;
    std::unique_ptr<LocalReader> m_reader; // destroyed first: it may be reading
};

} // namespace vigilo::client
