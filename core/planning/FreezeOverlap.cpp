#include "FreezeOverlap.h"

#include "Dialect.h"
#include "Rules.h"
#include "SqlUtil.h"

namespace vigilo::planning {

Result<QList<FreezeWindow>> freezesOverlapping(Store &store, qint64 workspaceId,
                                               const QDateTime &start, const QDateTime &end,
                                               const std::optional<QStringList> &assets)
{
    QVariantList binds{workspaceId, Dialect::toDb(end), Dialect::toDb(start)};
    QString scope;
    if (assets) {
        scope = QStringLiteral(" AND (NOT EXISTS (SELECT 1 FROM freeze_window_assets x WHERE "
                               "x.freeze_id = f.id)");
        if (!assets->isEmpty()) {
            QStringList marks;
            for (const QString &a : *assets) {
                marks << QStringLiteral("?");
                binds << a;
            }
            scope += QStringLiteral(" OR EXISTS (SELECT 1 FROM freeze_window_assets x JOIN assets "
                                    "xa ON xa.id = x.asset_id WHERE x.freeze_id = f.id AND "
                                    "xa.name IN (")
                     + marks.join(QStringLiteral(", ")) + QStringLiteral("))");
        }
        scope += QLatin1Char(')');
    }
    auto q = sql::run(
        store,
        QStringLiteral("SELECT f.id, f.name, f.start_at, f.end_at, f.reason, f.allow_override, "
                       "a.name FROM freeze_windows f LEFT JOIN freeze_window_assets fa ON "
                       "fa.freeze_id = f.id LEFT JOIN assets a ON a.id = fa.asset_id WHERE "
                       "f.workspace_id = ? AND ")
            + rules::windowsOverlapSql(QStringLiteral("f.start_at"), QStringLiteral("f.end_at"))
            + scope + QStringLiteral(" ORDER BY f.start_at, f.id, a.name"),
        binds);
    if (!q)
        return q.error();
    QList<FreezeWindow> out;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (out.isEmpty() || out.last().id != id) {
            FreezeWindow w;
            w.id = id;
            w.workspaceId = workspaceId;
            w.name = q->value(1).toString();
            w.start = Dialect::fromDb(q->value(2));
            w.end = Dialect::fromDb(q->value(3));
            w.reason = q->value(4).toString();
            w.allowOverride = q->value(5).toInt() != 0;
            out << w;
        }
        if (!q->value(6).isNull())
            out.last().assets << q->value(6).toString();
    }
    return out;
}

bool freezeApplies(const FreezeWindow &freeze, const QStringList &assets)
{
    if (freeze.assets.isEmpty())
        return true;
    for (const QString &name : freeze.assets)
        if (assets.contains(name))
            return true;
    return false;
}

} // namespace vigilo::planning
