#pragma once
// The File menu's team-server entries: "Connect to a team server…" (the dialog signs in, then a
// window on the server opens with the kept token), and on a team server "Sign out" and "Sign out
// everywhere" (session.logout / session.logout_all; the kept token is removed and the window
// closes, so the next start asks again).

#include <functional>

class QMenu;
class QString;
class QWidget;

namespace vigilo::ui {

class Session;

class TeamServerMenu final {
public:
    // Adds the entries to `file`; `window` shows `session` and closes after signing out;
    // `open` opens a location as File ▸ Open Recent does.
    static void addTo(QMenu *file, QWidget *window, Session &session,
                      std::function<void(const QString &location)> open);
};

} // namespace vigilo::ui
