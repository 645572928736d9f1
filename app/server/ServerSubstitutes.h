#pragma once
// Time passes on the team server: every substitute_sweep_secs it tells the substitutes of
// delegations that have started of the decisions now due from the members they stand in for
// (Delegations::tellSubstitutes, acting for each delegation's absent member). Several servers on
// one database tell each substitute once: the core claims each notice.

#include <QObject>
#include <QTimer>

namespace vigilo {
class Vigilo;
}

namespace vigilo::server {

class ServerSubstitutes final : public QObject {
    Q_OBJECT
public:
    ServerSubstitutes(Vigilo &core, int intervalSecs, QObject *parent = nullptr);
    // Sweeps now and then on the timer.
    void start();
    // One sweep of every workspace; returns how many substitutes were told.
    int sweep();

private:
    Vigilo &m_core;
    QTimer m_timer;
};

} // namespace vigilo::server
