#pragma once
// The client on a database in this process (a SQLite file, or PostgreSQL as a login of its
// own): each call goes through the API's method table as `username`, exactly as vigilo-server
// runs it for a session. Answers come at once; the asynchronous form returns a finished future.

#include "Client.h"
#include "Clock.h"

#include <memory>

namespace vigilo {
class Store;
class Vigilo;
} // namespace vigilo

namespace vigilo::client {

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

private:
    Store &m_store;
    QString m_username;
    SystemClock m_systemClock;
    std::unique_ptr<Vigilo> m_core;
};

} // namespace vigilo::client
