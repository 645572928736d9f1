#include "Session.h"

#include "ChangeWatcher.h"
#include "Client.h"
#include "LocalTransport.h"
#include "RemoteTransport.h"
#include "Store.h"
#include "Vigilo.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace vigilo::ui {

Session::~Session()
{
    m_watcher.reset(); // polls the store
    m_client.reset();  // a local transport uses the store
    m_core.reset();    // the core's services hold references to the store
    m_store.reset();
}

Result<std::unique_ptr<Session>> Session::open(const QString &location, const QString &user,
                                               Store::OpenMode mode,
                                               std::shared_ptr<const Clock> clock)
{
    auto store = Store::open(location, mode);
    if (!store.ok())
        return store.error();
    std::unique_ptr<Session> session(new Session);
    session->m_store = std::move(store).value();
    session->m_clock = clock ? std::move(clock) : std::make_shared<SystemClock>();
    session->m_core = std::make_unique<Vigilo>(*session->m_store, *session->m_clock);
    // Members hold no database login (a PostgreSQL connection is the server's role or the
    // schema owner's): who acts is the name given, as on a file. On PostgreSQL the connection
    // is bound to that member, so that row-level security shows the reads their workspaces.
    VIGILO_TRY(session->m_store->bindMember(user));
    session->m_user = user;
    auto transport = std::make_unique<client::LocalTransport>(*session->m_store, session->m_user,
                                                              session->m_clock.get());
    // The change list is read on a connection and a thread of its own: the window stays
    // responsive while 100,000 changes load.
    transport->enableReader(location);
    session->m_client = std::make_unique<client::Client>(std::move(transport));
    return session;
}

std::unique_ptr<Session> Session::remote(std::unique_ptr<client::RemoteTransport> transport,
                                         const QString &user, std::shared_ptr<const Clock> clock)
{
    std::unique_ptr<Session> session(new Session);
    session->m_remote = transport.get();
    session->m_user = user;
    // What the pages compare times with.
    session->m_clock = clock ? std::move(clock) : std::make_shared<SystemClock>();
    session->m_client = std::make_unique<client::Client>(std::move(transport));
    return session;
}

bool Session::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("vigilo://"))
           || location.startsWith(QLatin1String("vigilo+insecure://"));
}

// A screen that reaches for the core on a team server is a programming error: say which.
Vigilo &Session::core()
{
    if (!m_core)
        qFatal("Session::core() on a team server session: check Session::local() first");
    return *m_core;
}

Store &Session::store()
{
    if (!m_store)
        qFatal("Session::store() on a team server session: check Session::local() first");
    return *m_store;
}

QString Session::location() const
{
    return m_store ? m_store->location() : m_client->location();
}

QString Session::defaultUser()
{
    for (const char *name : {"VIGILO_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name).trimmed();
        if (!user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    // No login variables (a service, a container): ask the account database.
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return {};
}

QString Session::defaultLocation()
{
    const QString fromEnv = qEnvironmentVariable("VIGILO_DB");
    return fromEnv.isEmpty() ? Store::defaultLocation() : fromEnv;
}

Result<bool> Session::ensureDemo(const DemoOptions &options)
{
    if (!m_core) {
        // A team server builds it when its operator allows demos (demo.build), else says why not.
        client::DemoRequest request;
        request.changes = options.changes;
        request.assets = options.assets;
        request.seed = options.seed;
        if (options.anchor.isValid())
            request.anchor = options.anchor.toString(Qt::ISODate);
        auto built = m_client->buildDemo(request);
        if (!built.ok())
            return built.error().code == QLatin1String("workspace_exists") ? Result<bool>(false)
                                                                           : built.error();
        return true;
    }
    const auto existing = m_core->workspaces().workspace(QStringLiteral("demo"));
    if (existing.ok())
        return false;
    if (existing.error().code != QLatin1String("not_found"))
        return existing.error();
    DemoOptions withUser = options;
    if (withUser.extraOwner.isEmpty())
        withUser.extraOwner = m_user;
    auto report = DemoBuilder::build(*m_store, withUser);
    if (!report.ok())
        return report.error();
    return true;
}

} // namespace vigilo::ui

namespace vigilo::ui {

ChangeWatcher *Session::watcher()
{
    if (!m_store)
        return nullptr;
    if (!m_watcher)
        m_watcher = std::make_unique<ChangeWatcher>(*m_store);
    return m_watcher.get();
}

bool Session::isReachable() const
{
    if (m_remote)
        return m_remote->isConnected();
    if (m_store->isSqlite() && !QFileInfo::exists(m_store->location()))
        return false;
    QSqlQuery q(m_store->database());
    const bool ok = q.exec(QStringLiteral("SELECT 1")) && q.next();
    q.finish();
    return ok;
}

} // namespace vigilo::ui
