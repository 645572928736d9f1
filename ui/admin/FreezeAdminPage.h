#pragma once
// Administration ▸ Freeze windows: the periods in which changes are not submitted or scheduled;
// admins add them (workspace-wide or for named assets, with or without override) and remove them.

#include "AdminPage.h"

namespace vigilo::ui {

class FreezeAdminPage final : public AdminPage {
    Q_OBJECT
public:
    FreezeAdminPage(Session &session, QWidget *parent = nullptr);

protected:
    void fill(const client::Administration &admin) override;

private:
    void add();
    void remove();

    QList<FreezeWindow> m_windows;
};

} // namespace vigilo::ui
