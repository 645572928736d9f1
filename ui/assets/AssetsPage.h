#pragma once
// The Assets page: every asset of the workspace with its kind and maintenance windows.

#include "main/TablePage.h"

#include "Actor.h"

#include <optional>

namespace vigilo {
class Vigilo;
}

namespace vigilo::ui {

class AssetModel;

class AssetsPage final : public TablePage {
    Q_OBJECT
public:
    explicit AssetsPage(Vigilo &core, QWidget *parent = nullptr);
    void setActor(const std::optional<Actor> &actor);
    QString reload(); // the core's message on failure
    AssetModel *model() const { return m_model; }

private:
    Vigilo &m_core;
    std::optional<Actor> m_actor;
    AssetModel *m_model;
};

} // namespace vigilo::ui
