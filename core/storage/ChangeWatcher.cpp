#include "ChangeWatcher.h"

#include "Dialect.h"
#include "Store.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace vigilo {

ChangeWatcher::ChangeWatcher(Store &store, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    QSqlDriver *driver = m_store.database().driver();
    if (m_store.dialect().isPostgres() && driver
        && driver->subscribeToNotification(QStringLiteral("vigilo_events"))) {
        m_listening = true;
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource source,
                       const QVariant &payload) {
                    const QStringList parts = payload.toString().split(QLatin1Char(':'));
                    Q_UNUSED(source)
                    emit changed(parts.value(0).toLongLong(), parts.value(1).toInt());
                    emit audited(parts.value(0).toLongLong(), parts.value(1).toInt(),
                                 parts.value(2).toLongLong());
                });
        return;
    }
    poll(); // remember where we start
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_timer.start();
}

ChangeWatcher::~ChangeWatcher()
{
    if (m_listening && m_store.database().driver())
        m_store.database().driver()->unsubscribeFromNotification(QStringLiteral("vigilo_events"));
}

void ChangeWatcher::poll()
{
    if (m_listening)
        return;
    // data_version changes only when another connection commits: our own writes do not count.
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 v = q.value(0).toLongLong();
    q.finish();
    if (m_lastVersion >= 0 && v != m_lastVersion)
        emit changed(0, 0);
    m_lastVersion = v;
}

} // namespace vigilo
