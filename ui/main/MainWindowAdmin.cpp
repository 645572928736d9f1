// Workspace administration from the main window: the menu entry and the one Administration
// window, which follows the workspace the main window shows.
#include "MainWindow.h"

#include "Session.h"
#include "admin/AdministrationWindow.h"
#include "webhooks/WebhookPump.h"

#include <QAction>
#include <QMenu>

namespace vigilo::ui {

void MainWindow::addAdministrationAction(QMenu *menu)
{
    QAction *admin = menu->addAction(tr("Ad&ministration…"));
    admin->setObjectName(QStringLiteral("administrationAction"));
    admin->setToolTip(tr("Members, freeze windows, approval policies, standard templates, the risk "
                         "questionnaire and webhooks of this workspace; a new workspace"));
    connect(admin, &QAction::triggered, this, [this] { openAdministration(); });
    connect(menu, &QMenu::aboutToShow, this,
            [this, admin] { admin->setEnabled(m_actor.has_value()); });
}

AdministrationWindow *MainWindow::openAdministration()
{
    if (!m_actor)
        return nullptr;
    if (!m_admin) {
        m_admin = new AdministrationWindow(
            m_session, *m_actor, findChild<WebhookPump *>(QStringLiteral("webhookPump")), this);
        m_admin->setAttribute(Qt::WA_DeleteOnClose);
        // A workspace created there is opened here; the window follows it (signIn).
        connect(m_admin, &AdministrationWindow::workspaceCreated, this,
                [this](const QString &slug) { openWorkspace(slug); });
    }
    m_admin->show();
    m_admin->raise();
    m_admin->activateWindow();
    return m_admin;
}

AdministrationWindow *MainWindow::administrationWindow() const
{
    return m_admin;
}

} // namespace vigilo::ui
