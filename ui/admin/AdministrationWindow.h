#pragma once
// File ▸ Administration…: one window with its pages listed on the left (Workspace, Members,
// Freeze windows, Approval policies, Standard templates, Risk questionnaire, Webhooks). It asks
// the core once (workspace.administration) what the signed-in member may do and what exists,
// through the client, so it works on a database file, on PostgreSQL and on a team server alike;
// each page offers exactly what the core allows and shows the core's reason when it does not.

#include "Actor.h"
#include "Error.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace vigilo::client {
struct Administration;
}

namespace vigilo::ui {

class AdminPage;
class Session;
class WebhookPump;

class AdministrationWindow final : public QDialog {
    Q_OBJECT
public:
    enum class Page { Workspace, Members, FreezeWindows, Policies, Templates, Risk, Webhooks };

    AdministrationWindow(Session &session, const Actor &actor, WebhookPump *pump,
                         QWidget *parent = nullptr);

    // Another workspace (the main window switched): the pages follow it.
    void setActor(const Actor &actor);
    // Asks the core again; loaded() when the answer is shown.
    void reload();
    void showPage(Page page);
    AdminPage *page(Page page) const;
    bool isLoading() const { return m_loading; }
    // The load error shown instead of the pages' contents, empty when none.
    QString loadError() const;

signals:
    void loaded();
    // A new workspace was created here; its creator is its owner.
    void workspaceCreated(const QString &slug);

private:
    void present(const client::Administration &admin);

    Session &m_session;
    Actor m_actor;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    QLabel *m_heading;
    QLabel *m_error;
    QList<AdminPage *> m_pageList;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace vigilo::ui
