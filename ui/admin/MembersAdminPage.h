#pragma once
// Administration ▸ Members: who belongs to the workspace with which role; admins add members
// (on a team server with a one-time enrollment code), change roles, deactivate and reactivate,
// and on a team server sign a member out everywhere.
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
    void refineButtons() override;

private:
    void add();
    void revokeSessions();
    void changeRole();
    void setActive(bool active);
    QComboBox *roleCombo(Role current, QWidget *parent) const;

    QList<Member> m_members;
    QPushButton *m_revoke = nullptr;
};

} // namespace vigilo::ui
