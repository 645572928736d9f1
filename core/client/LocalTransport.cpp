#include "LocalTransport.h"

#include "Api.h"
#include "Store.h"
#include "Vigilo.h"

namespace vigilo::client {

LocalTransport::LocalTransport(Store &store, const QString &username, const Clock *clock)
    : m_store(store)
    , m_username(username)
    , m_core(std::make_unique<Vigilo>(store, clock ? *clock : m_systemClock))
{}

LocalTransport::~LocalTransport() = default;

Result<QJsonValue> LocalTransport::call(const QString &method, const QJsonObject &params)
{
    return api::dispatch(*m_core, m_username, method, params);
}

QFuture<Result<QJsonValue>> LocalTransport::callAsync(const QString &method,
                                                      const QJsonObject &params)
{
    return QtFuture::makeReadyFuture(call(method, params));
}

QString LocalTransport::location() const
{
    return m_store.location();
}

} // namespace vigilo::client
