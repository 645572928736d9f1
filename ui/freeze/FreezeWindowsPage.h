#pragma once
// The Freeze windows page: when changes may not be submitted or scheduled, and for what.

#include "main/TablePage.h"

#include "Actor.h"

#include <optional>

namespace vigilo {
class Vigilo;
}

namespace vigilo::ui {

class FreezeWindowModel;

class FreezeWindowsPage final : public TablePage {
    Q_OBJECT
public:
    explicit FreezeWindowsPage(Vigilo &core, QWidget *parent = nullptr);
    void setActor(const std::optional<Actor> &actor);
    QString reload(); // the core's message on failure
    FreezeWindowModel *model() const { return m_model; }

private:
    Vigilo &m_core;
    std::optional<Actor> m_actor;
    FreezeWindowModel *m_model;
};

} // namespace vigilo::ui
