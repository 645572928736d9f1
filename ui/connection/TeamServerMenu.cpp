#include "TeamServerMenu.h"

#include "ServerSignIn.h"
#include "TeamServerDialog.h"
#include "main/Session.h"
#include "widgets/Async.h"

#include "Client.h"

#include <QAction>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>

namespace vigilo::ui {

namespace {

const QString kLastTeamServer = QStringLiteral("connection/lastTeamServer");

// Ends the session on the server, forgets the kept token, and closes the window. The token is
// forgotten even when the server cannot be told (it ends on its own when it expires).
void signOut(QWidget *window, Session &session, bool everywhere, QList<QAction *> actions)
{
    if (everywhere) {
        QMessageBox ask(QMessageBox::Question, TeamServerDialog::tr("Sign out everywhere"),
                        TeamServerDialog::tr("Sign %1 out of %2 on every computer and in every "
                                             "script? Each of them must sign in again.")
                            .arg(session.user(), session.location()),
                        QMessageBox::Yes | QMessageBox::No, window);
        ask.setObjectName(QStringLiteral("signOutEverywhereBox"));
        ask.setDefaultButton(QMessageBox::No);
        if (ask.exec() != QMessageBox::Yes)
            return;
    }
    for (QAction *a : actions)
        a->setEnabled(false);
    const QString location = session.location();
    auto answer = session.client().callAsync(everywhere ? QStringLiteral("session.logout_all")
                                                        : QStringLiteral("session.logout"));
    onResult(answer, window, [window, location](const Result<QJsonValue> &r) {
        forgetSessionToken(location);
        if (!r)
            QMessageBox::warning(window, TeamServerDialog::tr("Sign out"),
                                 TeamServerDialog::tr("The server did not confirm the sign-out "
                                                      "(%1). This computer no longer keeps your "
                                                      "session; it ends when it expires.")
                                     .arg(r.error().message));
        window->close();
    });
}

} // namespace

void TeamServerMenu::addTo(QMenu *file, QWidget *window, Session &session,
                           std::function<void(const QString &)> open)
{
    QAction *connectAction = file->addAction(TeamServerDialog::tr("Connect to a te&am server…"));
    connectAction->setObjectName(QStringLiteral("connectTeamServerAction"));
    connectAction->setToolTip(
        TeamServerDialog::tr("Sign in to your team's Vigilo server and open it in a new window"));
    QObject::connect(connectAction, &QAction::triggered, window, [window, open] {
        TeamServerDialog dialog(window);
        dialog.setLocation(QSettings().value(kLastTeamServer).toString());
        if (dialog.exec() != QDialog::Accepted)
            return;
        // Signed in, the token kept: the new window finds it and does not ask again.
        dialog.takeSession().reset();
        QSettings().setValue(kLastTeamServer, dialog.location());
        open(dialog.location());
    });
    if (!session.isRemote())
        return;
    file->addSeparator();
    QAction *signOutAction = file->addAction(TeamServerDialog::tr("Sign o&ut"));
    signOutAction->setObjectName(QStringLiteral("signOutAction"));
    signOutAction->setToolTip(TeamServerDialog::tr("Sign out of %1 and close this window; the "
                                                   "next start asks for your password")
                                  .arg(session.location()));
    QAction *everywhereAction = file->addAction(TeamServerDialog::tr("Sign out e&verywhere…"));
    everywhereAction->setObjectName(QStringLiteral("signOutEverywhereAction"));
    everywhereAction->setToolTip(
        TeamServerDialog::tr("End every session of your account on this server, on every "
                             "computer and in every script"));
    const QList<QAction *> both{signOutAction, everywhereAction};
    QObject::connect(signOutAction, &QAction::triggered, window,
                     [window, &session, both] { signOut(window, session, false, both); });
    QObject::connect(everywhereAction, &QAction::triggered, window,
                     [window, &session, both] { signOut(window, session, true, both); });
}

} // namespace vigilo::ui
