#include "AssetsPage.h"

#include "AssetModel.h"

#include "Vigilo.h"

namespace vigilo::ui {

AssetsPage::AssetsPage(Vigilo &core, QWidget *parent)
    : TablePage(QStringLiteral("assetsPage"), tr("Assets"), parent)
    , m_core(core)
    , m_model(new AssetModel(this)) {
    setModel(m_model, AssetModel::SortRole);
    setColumnWidths({28, 14, 40});
    setEmptyText(tr("This workspace has no assets yet. Add one with "
                    "“vigilo-cli asset add NAME --kind service”."));
}

void AssetsPage::setActor(const std::optional<Actor> &actor) {
    m_actor = actor;
    m_model->setAssets({}, {});
}

QString AssetsPage::reload() {
    if (!m_actor) return {};
    auto assets = m_core.workspaces().assets(*m_actor);
    if (!assets.ok()) return assets.error().message;
    auto windows = m_core.maintenance().list(*m_actor);
    if (!windows.ok()) return windows.error().message;
    m_model->setAssets(assets.value(), windows.value());
    setSubtitle(tr("What changes touch. Scheduling outside an asset's maintenance windows is "
                   "flagged as a conflict. %n asset(s).",
                   nullptr, int(assets->size())));
    return {};
}

} // namespace vigilo::ui
