#pragma once
// What the desktop client holds while it runs: the client (client::Client) every screen may ask,
// the signed-in user's name, and for a database in this process (a SQLite file, a postgresql://
// URL) also the store, the clock and the core. On a team server (vigilo://) there is no store and
// no core: local() is null and only the client answers. Opening and the demo bootstrap live here,
// not in widgets or main().

#include "Clock.h"
#include "DemoBuilder.h"
#include "Error.h"
#include "Store.h"

#include <QString>

#include <memory>

namespace vigilo {
class ChangeWatcher;
class Vigilo;
namespace client {
class Client;
class RemoteTransport;
} // namespace client
} // namespace vigilo

namespace vigilo::ui {

class Session final {
public:
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // `mode`: CreateIfMissing only where creating is meant (the first-run dialog's local
    // workspace, --demo); everything else opens an existing Vigilo database. `clock`: where "now"
    // comes from for every rule and every widget (the system clock unless a test injects a
    // ManualClock).
    static Result<std::unique_ptr<Session>> open(const QString &location, const QString &user,
                                                 Store::OpenMode mode,
                                                 std::shared_ptr<const Clock> clock = {});

    // A session on a team server through `transport` (connected; signed in or not: the first
    // answer says). `user`: the account that signed in. `clock`: what the pages take as "now"
    // (the system clock unless a test injects the one its server runs on).
    static std::unique_ptr<Session> remote(std::unique_ptr<client::RemoteTransport> transport,
                                           const QString &user,
                                           std::shared_ptr<const Clock> clock = {});
    // Whether `location` names a team server (vigilo:// or vigilo+insecure://).
    static bool isServerLocation(const QString &location);

    // The user named by $VIGILO_USER, else the OS login name.
    static QString defaultUser();
    // $VIGILO_DB, else the per-user data file.
    static QString defaultLocation();

    // Builds the demo workspace (with the user as an extra owner) unless it exists.
    // Returns true when it was built now. On a team server through demo.build (one synchronous
    // request: for the start of `vigilo --demo`; a window uses Client::buildDemoAsync).
    Result<bool> ensureDemo(const DemoOptions &options = {});

    // What every screen may ask, on a database or on a server alike.
    client::Client &client() { return *m_client; }
    bool isRemote() const { return m_remote != nullptr; }
    // The team server's connection (its pushed events), null on a database in this process.
    client::RemoteTransport *remoteTransport() const { return m_remote; }
    // The core in this process, null on a team server: screens not yet written against the
    // client check it (and say they are not available on a server) instead of calling core().
    Vigilo *local() const { return m_core.get(); }
    // Only for a session with local() (a database in this process); asserts otherwise.
    Vigilo &core();
    Store &store();
    // Where the session is: the file, the PostgreSQL URL or the server's address.
    QString location() const;
    QString user() const { return m_user; }
    // Where "now" comes from for the pages (the injected clock on a database, the system's on a
    // team server, whose rules use the server's own; a test may inject the one its server runs
    // on).
    const Clock &clock() const { return *m_clock; }
    // Tells long-lived views (main window, detail view, CAB mode) that another workstation
    // committed something; made on first use, one per session so the database is polled once.
    // Null on a team server: there the server pushes event.change (remoteTransport()).
    ChangeWatcher *watcher();

    // A cheap round trip to the database (SELECT 1): false when the file or server is gone.
    bool isReachable() const;

private:
    Session() = default;

    std::unique_ptr<Store> m_store;
    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<Vigilo> m_core;
    std::unique_ptr<ChangeWatcher> m_watcher;
    std::unique_ptr<client::Client> m_client;
    client::RemoteTransport *m_remote = nullptr; // owned by m_client
    QString m_user;
};

} // namespace vigilo::ui
