#pragma once
// The databases this user opened lately (File ▸ Open Recent) and the one to open next time
// ("database/last"), in QSettings. Server addresses are kept without their password.

#include <QString>
#include <QStringList>

namespace vigilo::ui {

class RecentDatabases final {
public:
    static constexpr int kMaxEntries = 8;

    // Most recent first; at most kMaxEntries.
    static QStringList list();
    // Puts `location` first (without a password) and makes it the one opened next time.
    static void add(const QString &location);
    static void remove(const QString &location);
    // Empties File ▸ Open Recent (the database opened next time stays).
    static void clear();
    // The database opened last, without a password; empty when none was remembered.
    static QString last();
    // The form kept in the settings: a canonical file path (symbolic links resolved when the
    // file exists), or a server URL without password.
    static QString normalized(const QString &location);
    // Whether two locations name one database: one file however spelled (in any case where file
    // names ignore case), or one server URL.
    static bool sameDatabase(const QString &a, const QString &b);
};

} // namespace vigilo::ui
