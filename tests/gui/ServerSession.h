#pragma once
// A desktop session of `user` on a team server, signed in with a token the test already holds
// (the sandbox enrolled and signed in its members): what the server GUI suites open windows on.
// Null when the server refuses the connection.

#include "main/Session.h"

#include "RemoteTransport.h"

#include <memory>

namespace vigilo::guitest {

// `clock`: what the window's pages take as "now" (a suite's ManualClock the server shares, see
// GuiDatabase::shareClock()); the system clock by default.
inline std::unique_ptr<ui::Session> serverSession(const QString &location, const QString &token,
                                                  const QString &user,
                                                  std::shared_ptr<const Clock> clock = {})
{
    client::RemoteOptions o;
    o.location = location;
    o.token = token;
    auto transport = client::RemoteTransport::open(o);
    if (!transport.ok())
        return nullptr;
    return ui::Session::remote(std::move(transport).value(), user, std::move(clock));
}

} // namespace vigilo::guitest
