#include "LocalReader.h"

#include "Api.h"
#include "Store.h"
#include "Vigilo.h"

#include <QPromise>

namespace vigilo::client {

LocalReader::LocalReader(const QString &location, const QString &username, const Clock &clock)
    : m_location(location)
    , m_username(username)
    , m_clock(clock)
    , m_context(new QObject)
{
    m_context->moveToThread(&m_thread);
    // The connection is closed on the thread that opened it, as its event loop ends.
    QObject::connect(
        &m_thread, &QThread::finished, m_context,
        [this] {
            m_core.reset();
            m_store.reset();
        },
        Qt::DirectConnection);
    m_thread.setObjectName(QStringLiteral("vigilo-reader"));
    m_thread.start();
}

LocalReader::~LocalReader()
{
    m_thread.quit();
    m_thread.wait();
    delete m_context; // with the calls never run: their promises end canceled
}

bool LocalReader::readsInBackground(const QString &method, const QJsonObject &params)
{
    return method == QLatin1String("change.list") && !params.contains(QStringLiteral("number"));
}

QFuture<Result<QJsonValue>> LocalReader::call(const QString &method, const QJsonObject &params)
{
    auto promise = std::make_shared<QPromise<Result<QJsonValue>>>();
    QFuture<Result<QJsonValue>> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_context,
        [this, promise, method, params] {
            promise->addResult(run(method, params));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

Result<QJsonValue> LocalReader::run(const QString &method, const QJsonObject &params)
{
    if (!m_core) {
        auto store = Store::open(m_location, Store::OpenMode::ExistingOnly);
        if (!store)
            return store.error();
        m_store = std::move(store).value();
        if (Status bound = m_store->bindMember(m_username); !bound) {
            m_store.reset();
            return bound.error();
        }
        m_core = std::make_unique<Vigilo>(*m_store, m_clock);
    }
    return api::dispatch(*m_core, m_username, method, params);
}

} // namespace vigilo::client
