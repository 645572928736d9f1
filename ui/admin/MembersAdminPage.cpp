#include "MembersAdminPage.h"

#include "AdminForm.h"
#include "main/Session.h"

#include "WorkspaceService.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace vigilo::ui {

MembersAdminPage::MembersAdminPage(Session &session, QWidget *parent)
    : AdminPage(session, QStringLiteral("membersAdminPage"), tr("Members"),
                tr("Each role has the rights of those below it: viewer (reads), engineer (creates "
                   "and carries out changes), approver (decides), admin (manages the workspace), "
                   "owner. A deactivated member can no longer sign in to this workspace; the "
                   "history keeps their name."),
                parent)
{
    makeTable(QStringLiteral("memberTable"), {tr("Member"), tr("Name"), tr("Role"), tr("Status")});
    addButton(tr("&Add…"), QStringLiteral("addMemberButton"), Needs::Rights, [this] { add(); });
    addButton(tr("Change &role…"), QStringLiteral("changeRoleButton"), Needs::RightsAndSelection,
              [this] { changeRole(); });
    addButton(tr("&Deactivate"), QStringLiteral("deactivateMemberButton"),
              Needs::RightsAndSelection, [this] { setActive(false); });
    addButton(tr("Rea&ctivate"), QStringLiteral("reactivateMemberButton"),
              Needs::RightsAndSelection, [this] { setActive(true); });
    // Sessions exist only on a team server: elsewhere the button is not there at all.
    m_revoke = addButton(tr("Sign out &everywhere…"), QStringLiteral("revokeSessionsButton"),
                         Needs::RightsAndSelection, [this] { revokeSessions(); });
    m_revoke->setVisible(session.isRemote());
}

void MembersAdminPage::refineButtons()
{
    if (!m_revoke)
        return;
    const QString username = selectedKey().toString();
    for (const Member &m : std::as_const(m_members))
        if (m.username == username) {
            // The core's rule for this member, with its reason when it refuses.
            const QString refusal = WorkspaceService::sessionRevocationRefusal(rights(), m);
            m_revoke->setEnabled(refusal.isEmpty());
            m_revoke->setToolTip(refusal.isEmpty()
                                     ? tr("End every session of %1 on this server").arg(username)
                                     : refusal);
            return;
        }
    m_revoke->setEnabled(false);
}

void MembersAdminPage::revokeSessions()
{
    const QString username = selectedKey().toString();
    if (username.isEmpty())
        return;
    QMessageBox ask(QMessageBox::Question, tr("Sign out everywhere"),
                    tr("Sign %1 out everywhere?").arg(username),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("revokeSessionsConfirm"));
    ask.setInformativeText(tr("Every session of %1 on this server ends at once, in every "
                              "workspace: on a lost laptop, too. They sign in again with their "
                              "password; the audit trail records who signed them out.")
                               .arg(username));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return;
    onResult(client().revokeSessionsAsync(username), this,
             [this, username](const Result<SessionRevocation> &r) {
                 report(outcome(r), tr("%1 cannot be signed out").arg(username),
                        r.ok() ? tr("%1 is signed out everywhere; sessions ended: %2.")
                                     .arg(username)
                                     .arg(r->sessions)
                               : QString());
             });
}

void MembersAdminPage::fill(const client::Administration &admin)
{
    const QVariant selected = selectedKey();
    m_members = admin.members;
    table()->setRowCount(0);
    for (const Member &m : std::as_const(m_members)) {
        addRow({adminCell(m.username), adminCell(m.displayName), adminCell(label(m.role)),
                adminCell(m.active ? tr("active") : tr("deactivated"))},
               m.username);
        if (m.username == selected.toString())
            table()->selectRow(table()->rowCount() - 1);
    }
    table()->resizeColumnsToContents();
}

QComboBox *MembersAdminPage::roleCombo(Role current, QWidget *parent) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("roleCombo"));
    // Only owners make owners: the core refuses it to anyone else, so it is not offered.
    for (Role r : allRoles())
        if (r != Role::Owner || rights().grantOwner)
            combo->addItem(label(r), int(r));
    combo->setCurrentIndex(qMax(0, combo->findData(int(current))));
    return combo;
}

void MembersAdminPage::add()
{
    AdminForm form(QStringLiteral("addMemberDialog"), tr("Add a member"), this);
    auto *user = new QLineEdit(&form);
    user->setObjectName(QStringLiteral("usernameEdit"));
    user->setPlaceholderText(tr("their sign-in name, e.g. jdoe"));
    auto *name = new QLineEdit(&form);
    name->setObjectName(QStringLiteral("displayNameEdit"));
    QComboBox *role = roleCombo(Role::Engineer, &form);
    form.addRow(tr("&User name:"), user);
    form.addRow(tr("&Full name:"), name);
    form.addRow(tr("&Role:"), role);
    client::MemberAdded added;
    form.setSubmit(
        [this, user, name, role]() {
            return client().addMemberAsync(
                user->text().trimmed(), Role(role->currentData().toInt()), name->text().trimmed());
        },
        [&added](const Result<client::MemberAdded> &r) { added = *r; });
    if (form.exec() != QDialog::Accepted)
        return;
    confirm(tr("%1 is now a member (%2).").arg(added.member.username, label(added.member.role)));
    if (added.enrollmentCode.isEmpty())
        return;
    // Shown once: the server keeps only its hash.
    QMessageBox box(QMessageBox::Information, tr("Enrollment code"),
                    tr("Give %1 this one-time enrollment code to set their password on the "
                       "server. It is shown only now.")
                        .arg(added.member.username),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("enrollmentCodeBox"));
    box.setInformativeText(
        tr("Code: %1\nValid until: %2")
            .arg(added.enrollmentCode,
                 QLocale().toString(added.enrollmentExpiresAt.toLocalTime(), QLocale::LongFormat)));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void MembersAdminPage::changeRole()
{
    const QString username = selectedKey().toString();
    Role current = Role::Viewer;
    for (const Member &m : std::as_const(m_members))
        if (m.username == username)
            current = m.role;
    AdminForm form(QStringLiteral("changeRoleDialog"), tr("Change the role of %1").arg(username),
                   this);
    QComboBox *role = roleCombo(current, &form);
    form.addRow(tr("&Role:"), role);
    form.setSubmit(
        [this, username, role]() {
            return client().setRoleAsync(username, Role(role->currentData().toInt()));
        },
        [this](const Result<Member> &r) {
            confirm(tr("%1 is now %2.").arg(r->username, label(r->role)));
        });
    form.exec();
}

void MembersAdminPage::setActive(bool active)
{
    const QString username = selectedKey().toString();
    if (active) {
        reportWhenAnswered(client().reactivateMemberAsync(username),
                           tr("%1 cannot be reactivated").arg(username),
                           tr("%1 can sign in again.").arg(username));
    } else {
        reportWhenAnswered(client().deactivateMemberAsync(username),
                           tr("%1 cannot be deactivated").arg(username),
                           tr("%1 is deactivated.").arg(username));
    }
}

} // namespace vigilo::ui
