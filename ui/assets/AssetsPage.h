#pragma once
// The Assets page: every asset of the workspace with its kind and maintenance windows.

#include "main/TablePage.h"

#include "Actor.h"

#include <QSet>

#include <optional>

class QPushButton;

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
    // Follow / stop following the selected asset on the desktop (subscriptions).
    void toggleFollow();
    QSet<QString> followed() const { return m_followed; }

private:
    QString selectedAsset() const;
    QString followedList() const;
    void updateFollowButton();
    Vigilo &m_core;
    std::optional<Actor> m_actor;
    AssetModel *m_model;
    QPushButton *m_follow;
    QSet<QString> m_followed;
};

} // namespace vigilo::ui
