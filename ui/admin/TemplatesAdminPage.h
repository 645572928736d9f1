#pragma once
// Administration ▸ Standard templates: the catalogue of pre-approved standard changes. A change
// made from one (New change ▸ Template) skips review and approval and keeps the template's
// plans and assets. Admins add templates and retire or reactivate them.

#include "AdminPage.h"

namespace vigilo::ui {

class TemplatesAdminPage final : public AdminPage {
    Q_OBJECT
public:
    TemplatesAdminPage(Session &session, QWidget *parent = nullptr);

protected:
    void fill(const client::Administration &admin) override;

private:
    void add();
    void setActive(bool active);
};

} // namespace vigilo::ui
