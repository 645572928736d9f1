#include "LocalTransport.h"

#include "Api.h"
#include "LocalReader.h"
#include "Store.h"
#include "Vigilo.h"

namespace vigilo::client {

LocalTransport::LocalTransport(Store &store, const QString &username, const Clock *clock)
    : m_store(store)
    , m_username(username)
    , m_clock(clock ? clock : &m_systemClock)
    , m_core(std::make_unique<Vigilo>(store, *m_clock))
{}

LocalTransport::~LocalTransport()
{
    m_reader.reset();
}

void LocalTransport::enableReader(const QString &location)
{
    if (location.isEmpty() || location == QLatin1String(":memory:"))
        return; // a second connection would see another database
    m_reader = std::make_unique<LocalReader>(location, m_username, *m_clock);
}

Result<QJsonValue> LocalTransport::call(const QString &method, const QJsonObject &params)
{
    return api::dispatch(*m_core, m_username, method, params);
}

QFuture<Result<QJsonValue>> LocalTransport::callAsync(const QString &method,
                                                      const QJsonObject &params)
{
    if (m_reader && LocalReader::readsInBackground(method, params))
        return m_reader->call(method, params);
    return QtFuture::makeReadyFuture(call(method, params));
}

QString LocalTransport::location() const
{
    return m_store.location();
}

} // namespace vigilo::client
