#include "FreezeWindowsPage.h"

#include "FreezeWindowModel.h"
#include "widgets/Async.h"

#include "Client.h"
#include "Clock.h"

namespace vigilo::ui {

FreezeWindowsPage::FreezeWindowsPage(client::Client &client, const Clock &clock, QWidget *parent)
    : TablePage(QStringLiteral("freezeWindowsPage"), tr("Freeze windows"), parent)
    , m_client(client)
    , m_clock(clock)
    , m_model(new FreezeWindowModel(this))
{
    setModel(m_model, FreezeWindowModel::SortRole);
    setColumnWidths({30, 17, 17, 18, 26, 30});
    setEmptyText(tr("No freeze window is defined. Add one with “vigilo-cli freeze add”."));
}

void FreezeWindowsPage::setActor(const std::optional<Actor> &actor)
{
    m_actor = actor;
    ++m_generation;
    m_loading = false;
    m_model->setFreezeWindows({}, {});
}

QString FreezeWindowsPage::reload()
{
    if (!m_actor)
        return {};
    const int generation = ++m_generation;
    m_loading = true;
    m_lastError.clear();
    setSubtitle(tr("Loading the freeze windows…"));
    onResult(m_client.freezeWindowsAsync(), this,
             [this, generation](const Result<QList<FreezeWindow>> &windows) {
                 if (generation != m_generation)
                     return;
                 m_loading = false;
                 if (!windows.ok()) {
                     // An error in place of the table, never "no freeze window".
                     m_lastError = windows.error().message;
                     m_model->setFreezeWindows({}, m_clock.now());
                     setSubtitle({});
                     setLoadError(tr("The freeze windows cannot be read: %1").arg(m_lastError));
                     Q_EMIT loaded();
                     return;
                 }
                 setLoadError({});
                 m_model->setFreezeWindows(windows.value(), m_clock.now());
                 setSubtitle(tr("A freeze window blocks submitting and scheduling changes that "
                                "overlap it; admins may override one that allows it, with a "
                                "justification. %n windows.",
                                nullptr, int(windows->size())));
                 Q_EMIT loaded();
             });
    return m_lastError; // filled by now on a database in this process
}

} // namespace vigilo::ui
