#pragma once
// The Freeze windows page: when changes may not be submitted or scheduled, and for what. Reads
// freeze.list through client::Client, on a database and on a team server alike.

#include "main/TablePage.h"

#include "Actor.h"

#include <optional>

namespace vigilo {
class Clock;
namespace client {
class Client;
}
} // namespace vigilo

namespace vigilo::ui {

class FreezeWindowModel;

class FreezeWindowsPage final : public TablePage {
    Q_OBJECT
public:
    // `clock`: to tell past, active and upcoming windows apart.
    FreezeWindowsPage(client::Client &client, const Clock &clock, QWidget *parent = nullptr);
    void setActor(const std::optional<Actor> &actor);
    // One request; the core's message on failure when the answer came at once.
    QString reload();
    bool isLoading() const { return m_loading; }
    FreezeWindowModel *model() const { return m_model; }

Q_SIGNALS:
    void loaded(); // an answer arrived and the page shows it (or its error)

private:
    client::Client &m_client;
    const Clock &m_clock;
    std::optional<Actor> m_actor;
    FreezeWindowModel *m_model;
    int m_generation = 0;
    bool m_loading = false;
    QString m_lastError;
};

} // namespace vigilo::ui
