#include "RecentDatabases.h"

#include "Store.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace vigilo::ui {

namespace {
const QString kRecentKey = QStringLiteral("database/recent");
const QString kLastKey = QStringLiteral("database/last");
} // namespace

QString RecentDatabases::normalized(const QString &location)
{
    const QString trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (Store::isPostgresLocation(trimmed)) {
        QUrl url(trimmed);
        url.setPassword({});
        return url.toString();
    }
    return QFileInfo(trimmed).absoluteFilePath();
}

QStringList RecentDatabases::list()
{
    QStringList entries = QSettings().value(kRecentKey).toStringList();
    entries.removeAll(QString());
    entries.removeDuplicates();
    return entries.mid(0, kMaxEntries);
}

void RecentDatabases::add(const QString &location)
{
    const QString entry = normalized(location);
    if (entry.isEmpty())
        return;
    QStringList entries = list();
    entries.removeAll(entry);
    entries.prepend(entry);
    QSettings settings;
    settings.setValue(kRecentKey, entries.mid(0, kMaxEntries));
    settings.setValue(kLastKey, entry);
}

void RecentDatabases::remove(const QString &location)
{
    QStringList entries = list();
    entries.removeAll(normalized(location));
    QSettings().setValue(kRecentKey, entries);
}

void RecentDatabases::clear()
{
    QSettings().remove(kRecentKey);
}

QString RecentDatabases::last()
{
    return normalized(QSettings().value(kLastKey).toString());
}

} // namespace vigilo::ui
