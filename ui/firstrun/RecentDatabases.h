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
    // The form kept in the settings: an absolute file path, or a server URL without password.
    static QString normalized(const QString &location);
};

} // namespace vigilo::ui
