#pragma once
// Weekly recurring maintenance windows per asset, in the asset's own time zone. Scheduling a
// change outside them is a warning in the conflicts summary, not a refusal.

#include "Actor.h"
#include "Error.h"

#include <QTime>

namespace vigilo {

class Store;
class Clock;
class AuditLog;

struct MaintenanceWindow {
    qint64 id = 0;
    QString asset;
    int weekday = 1; // 1 = Monday .. 7 = Sunday, in timeZone
    QTime start;     // local time in timeZone
    int durationMinutes = 60;
    QByteArray timeZone;      // IANA id, e.g. "Europe/Berlin"
    QString describe() const; // "Tue 02:00–06:00 Europe/Berlin"
    QJsonObject toJson() const;
};

class MaintenanceWindows final {
public:
    MaintenanceWindows(Store &store, const Clock &clock, AuditLog &audit)
        : m_store(store)
        , m_clock(clock)
        , m_audit(audit)
    {}

    Result<MaintenanceWindow> add(const Actor &actor, const MaintenanceWindow &window);
    // Removes a window of an asset of the caller's workspace (admins, as add; not_found when
    // gone); the audit event keeps the whole window.
    Result<MaintenanceWindow> remove(const Actor &actor, qint64 id);
    // Empty asset: every window of the workspace.
    Result<QList<MaintenanceWindow>> list(const Actor &actor, const QString &asset = {}) const;
    // Every window of the named assets (all assets of the workspace when empty).
    static Result<QList<MaintenanceWindow>> forAssets(Store &store, qint64 workspaceId,
                                                      const QStringList &assets);
    // The window `id` of the workspace, or none (an empty list).
    static Result<QList<MaintenanceWindow>> byId(Store &store, qint64 workspaceId, qint64 id);

    // True when [start, end) lies inside one occurrence of one of the windows.
    static bool covers(const QList<MaintenanceWindow> &windows, const QDateTime &start,
                       const QDateTime &end);

private:
    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace vigilo
