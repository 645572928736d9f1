#include "MaintenanceWindows.h"

#include "AssetInventory.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Dialect.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "WriteScope.h"

#include <QLocale>
#include <QTimeZone>

namespace vigilo {

QString MaintenanceWindow::describe() const
{
    const QTime end = start.addSecs(qint64(durationMinutes) * 60);
    const QString day = QLocale::c().dayName(weekday, QLocale::ShortFormat);
    return QStringLiteral("%1 %2–%3 %4")
        .arg(day, start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")),
             QString::fromLatin1(timeZone));
}

QJsonObject MaintenanceWindow::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("asset"), asset},
            {QStringLiteral("weekday"), weekday},
            {QStringLiteral("start"), start.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("duration_minutes"), durationMinutes},
            {QStringLiteral("time_zone"), QString::fromLatin1(timeZone)},
            {QStringLiteral("description"), describe()}};
}

bool MaintenanceWindows::covers(const QList<MaintenanceWindow> &windows, const QDateTime &start,
                                const QDateTime &end)
{
    for (const auto &w : windows) {
        const QTimeZone tz(w.timeZone);
        if (!tz.isValid())
            continue;
        // Occurrences that could contain `start`: from a week before its local date.
        const QDate first = start.toTimeZone(tz).date().addDays(-7);
        for (int d = 0; d <= 8; ++d) {
            const QDate day = first.addDays(d);
            if (day.dayOfWeek() != w.weekday)
                continue;
            const QDateTime occStart = QDateTime(day, w.start, tz).toUTC();
            const QDateTime occEnd = occStart.addSecs(qint64(w.durationMinutes) * 60);
            if (occStart <= start && end <= occEnd)
                return true;
        }
    }
    return false;
}

Result<MaintenanceWindow> MaintenanceWindows::add(const Actor &caller,
                                                  const MaintenanceWindow &input)
{
    WriteScope scope(m_store, caller, AssetInventory::kManagePermission);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    MaintenanceWindow w = input;
    if (w.weekday < 1 || w.weekday > 7)
        return Error::input(
            CoreText::tr("The weekday must be one of mon, tue, wed, thu, fri, sat, sun."));
    if (!w.start.isValid())
        return Error::input(CoreText::tr("The start time must look like 02:00."));
    if (w.durationMinutes < 1 || w.durationMinutes > 7 * 24 * 60)
        return Error::input(CoreText::tr("The duration must be between 1 minute and 7 days."));
    if (!QTimeZone(w.timeZone).isValid())
        return Error::input(
            CoreText::tr("\"%1\" is not a known time zone; use an IANA name such as "
                         "Europe/Berlin or UTC.")
                .arg(QString::fromLatin1(w.timeZone)));
    auto assetId = sql::assetId(m_store, actor.workspace.id, w.asset);
    if (!assetId)
        return assetId.error();
    auto id = sql::insert(
        m_store,
        QStringLiteral("INSERT INTO maintenance_windows (asset_id, weekday, start_minute, "
                       "duration_minutes, time_zone, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {*assetId, w.weekday, w.start.hour() * 60 + w.start.minute(), w.durationMinutes,
         QString::fromLatin1(w.timeZone), Dialect::toDb(m_clock.now())});
    if (!id)
        return id.error();
    w.id = *id;
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("maintenance.add"),
                              QStringLiteral("maintenance_window"), w.id, 0, {}, w.toJson()));
    VIGILO_TRY(scope.commit());
    return w;
}

Result<MaintenanceWindow> MaintenanceWindows::remove(const Actor &caller, qint64 id)
{
    WriteScope scope(m_store, caller, AssetInventory::kManagePermission);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto found = byId(m_store, actor.workspace.id, id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(
            CoreText::tr("There is no maintenance window %1 in this workspace "
                         "(see `vigilo-cli maintenance list`).")
                .arg(id),
            {{QStringLiteral("field"), QStringLiteral("id")}, {QStringLiteral("id"), id}});
    const MaintenanceWindow w = found->first();
    VIGILO_TRY(
        sql::run(m_store, QStringLiteral("DELETE FROM maintenance_windows WHERE id = ?"), {w.id}));
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("maintenance.remove"),
                              QStringLiteral("maintenance_window"), w.id, 0, w.toJson(), {}));
    VIGILO_TRY(scope.commit());
    return w;
}

namespace {

// The windows of the workspace's assets that match `where` (binds after the workspace).
Result<QList<MaintenanceWindow>> readWindows(Store &store, qint64 workspaceId, const QString &where,
                                             const QVariantList &more)
{
    const QString sqlText =
        QStringLiteral("SELECT m.id, a.name, m.weekday, m.start_minute, m.duration_minutes, "
                       "m.time_zone FROM maintenance_windows m JOIN assets a ON a.id = "
                       "m.asset_id WHERE a.workspace_id = ?")
        + where + QStringLiteral(" ORDER BY a.name, m.weekday, m.start_minute");
    QVariantList binds{workspaceId};
    binds << more;
    auto q = sql::run(store, sqlText, binds);
    if (!q)
        return q.error();
    QList<MaintenanceWindow> out;
    while (q->next()) {
        MaintenanceWindow w;
        w.id = q->value(0).toLongLong();
        w.asset = q->value(1).toString();
        w.weekday = q->value(2).toInt();
        const int minute = q->value(3).toInt();
        w.start = QTime(minute / 60, minute % 60);
        w.durationMinutes = q->value(4).toInt();
        w.timeZone = q->value(5).toString().toLatin1();
        out << w;
    }
    return out;
}

} // namespace

Result<QList<MaintenanceWindow>> MaintenanceWindows::byId(Store &store, qint64 workspaceId,
                                                          qint64 id)
{
    return readWindows(store, workspaceId, QStringLiteral(" AND m.id = ?"), {id});
}

Result<QList<MaintenanceWindow>> MaintenanceWindows::forAssets(Store &store, qint64 workspaceId,
                                                               const QStringList &assets)
{
    if (assets.isEmpty())
        return readWindows(store, workspaceId, {}, {});
    QStringList marks;
    QVariantList binds;
    for (const QString &a : assets) {
        marks << QStringLiteral("?");
        binds << a;
    }
    return readWindows(store, workspaceId,
                       QStringLiteral(" AND a.name IN (") + marks.join(QLatin1Char(','))
                           + QLatin1Char(')'),
                       binds);
}

Result<QList<MaintenanceWindow>> MaintenanceWindows::list(const Actor &actor,
                                                          const QString &asset) const
{
    if (!asset.isEmpty()) {
        auto id = sql::assetId(m_store, actor.workspace.id, asset);
        if (!id)
            return id.error();
        return forAssets(m_store, actor.workspace.id, {asset});
    }
    return forAssets(m_store, actor.workspace.id, {});
}

} // namespace vigilo
