#pragma once
// Administration ▸ Workspace: its name and slug, the language of its evidence packs (admins
// change both) and a new workspace (anyone signed in; its creator becomes its owner).

#include "AdminPage.h"

class QLabel;

namespace vigilo::ui {

class WorkspaceAdminPage final : public AdminPage {
    Q_OBJECT
public:
    WorkspaceAdminPage(Session &session, QWidget *parent = nullptr);

    // The languages Vigilo writes evidence packs in (its translations), as locale names.
    static QStringList packLanguages();

signals:
    void workspaceCreated(const QString &slug);

protected:
    void fill(const client::Administration &admin) override;

private:
    void rename();
    void setLanguage();
    void createWorkspace();

    Workspace m_workspace;
    QLabel *m_name;
    QLabel *m_slug;
    QLabel *m_language;
    QLabel *m_role;
};

} // namespace vigilo::ui
