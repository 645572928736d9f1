#pragma once
// File ▸ Open… and File ▸ Open Recent: another database opens the way a start of `vigilo`
// opens one. A database already open in another window is brought to the front (the
// single-instance rule); otherwise Vigilo checks that the database opens, then starts a window
// on it (`vigilo --db LOCATION`) and the current window may close.

#include <QString>

#include <functional>

class QWidget;

namespace vigilo::ui {

class OpenDatabase final {
public:
    enum class Outcome {
        AlreadyHere,    // the current window shows it
        BroughtForward, // another Vigilo window had it open and came to the front
        Started,        // a new window on it was started: the current one may close
        Failed,         // it does not open; the user was told why
    };

    // Opens `location` from a window that shows `current`; `user` is who signs in.
    static Outcome open(QWidget *parent, const QString &location, const QString &current,
                        const QString &user);
    // Asks for a SQLite file (File ▸ Open…); empty when cancelled.
    static QString askForFile(QWidget *parent);

    // How a new window is started (default: this program with --db LOCATION, detached).
    // Tests replace it; pass an empty function to restore the default.
    using Starter = std::function<bool(const QString &location)>;
    static void setStarter(Starter starter);
};

} // namespace vigilo::ui
