#pragma once
// What the desktop client holds while it runs: the open database, the clock, the core and the
// signed-in user's name. Opening and the demo bootstrap live here, not in widgets or main().

#include "Clock.h"
#include "DemoBuilder.h"
#include "Error.h"
#include "Store.h"

#include <QString>

#include <memory>

namespace vigilo {
class ChangeWatcher;
class Vigilo;
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

    // The user named by $VIGILO_USER, else the OS login name.
    static QString defaultUser();
    // $VIGILO_DB, else the per-user data file.
    static QString defaultLocation();

    // Builds the demo workspace (with the user as an extra owner) unless it exists.
    // Returns true when it was built now.
    Result<bool> ensureDemo(const DemoOptions &options = {});

    Vigilo &core() { return *m_core; }
    Store &store() { return *m_store; }
    QString user() const { return m_user; }
    // Tells long-lived views (main window, detail view, CAB mode) that another workstation
    // committed something; made on first use, one per session so the database is polled once.
    ChangeWatcher *watcher();

    // A cheap round trip to the database (SELECT 1): false when the file or server is gone.
    bool isReachable() const;

private:
    Session() = default;

    std::unique_ptr<Store> m_store;
    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<Vigilo> m_core;
    std::unique_ptr<ChangeWatcher> m_watcher;
    QString m_user;
};

} // namespace vigilo::ui
