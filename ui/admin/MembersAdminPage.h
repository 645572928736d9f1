#pragma once
// Administration ▸ Members: who belongs to the workspace with which role; admins add members
// (on a team server with a one-time enrollment code), change roles, deactivate and reactivate.
// Members are never deleted: the history names them.

#include "AdminPage.h"

class QComboBox;

namespace vigilo::ui {

class MembersAdminPage final : public AdminPage {
    Q_OBJECT
public:
    MembersAdminPage(Session &session, QWidget *parent = nullptr);

protected:
    void fill(const client::Administration &admin) override;

private:
    void add();
    void changeRole();
    void setActive(bool active);
    QComboBox *roleCombo(Role current, QWidget *parent) const;

    QList<Member> m_members;
};

} // namespace vigilo::ui
