#include "RecentDatabases.h"

#include "main/Session.h"

#include "FileLocation.h"
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
    if (Store::isPostgresLocation(trimmed) || Session::isServerLocation(trimmed)) {
        QUrl url(trimmed);
        url.setPassword({});
        return url.toString();
    }
    const QFileInfo file(trimmed);
    const QString canonical = file.exists() ? file.canonicalFilePath() : QString();
    return canonical.isEmpty() ? file.absoluteFilePath() : canonical;
}

bool RecentDatabases::sameDatabase(const QString &a, const QString &b)
{
    const QString x = normalized(a), y = normalized(b);
    if (x.isEmpty() || y.isEmpty())
        return x == y;
    if (Store::isPostgresLocation(x) || Store::isPostgresLocation(y) || Session::isServerLocation(x)
        || Session::isServerLocation(y))
        return x == y;
    return FileLocation::canonicalKey(x) == FileLocation::canonicalKey(y);
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
    entries.removeIf([&entry](const QString &e) { return sameDatabase(e, entry); });
    entries.prepend(entry);
    QSettings settings;
    settings.setValue(kRecentKey, entries.mid(0, kMaxEntries));
    settings.setValue(kLastKey, entry);
}

void RecentDatabases::remove(const QString &location)
{
    QStringList entries = list();
    entries.removeIf([&location](const QString &e) { return sameDatabase(e, location); });
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
