#include "FreezeWindowsPage.h"

#include "FreezeWindowModel.h"

#include "Clock.h"
#include "Vigilo.h"

namespace vigilo::ui {

FreezeWindowsPage::FreezeWindowsPage(Vigilo &core, QWidget *parent)
    : TablePage(QStringLiteral("freezeWindowsPage"), tr("Freeze windows"), parent)
    , m_core(core)
    , m_model(new FreezeWindowModel(this))
{
    setModel(m_model, FreezeWindowModel::SortRole);
    setColumnWidths({30, 17, 17, 18, 26, 30});
    setEmptyText(tr("No freeze window is defined. Add one with “vigilo-cli freeze add”."));
}

void FreezeWindowsPage::setActor(const std::optional<Actor> &actor)
{
    m_actor = actor;
    m_model->setFreezeWindows({}, {});
}

QString FreezeWindowsPage::reload()
{
    if (!m_actor)
        return {};
    auto windows = m_core.workspaces().freezeWindows(*m_actor);
    if (!windows.ok()) {
        // An error in place of the table, never "no freeze window".
        m_model->setFreezeWindows({}, m_core.clock().now());
        setLoadError(tr("The freeze windows cannot be read: %1").arg(windows.error().message));
        return windows.error().message;
    }
    setLoadError({});
    m_model->setFreezeWindows(windows.value(), m_core.clock().now());
    setSubtitle(tr("A freeze window blocks submitting and scheduling changes that overlap it; "
                   "admins may override one that allows it, with a justification. "
                   "%n window(s).",
                   nullptr, int(windows->size())));
    return {};
}

} // namespace vigilo::ui
