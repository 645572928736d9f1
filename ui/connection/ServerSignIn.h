#pragma once
// Signing in to a team server (vigilo://HOST:PORT, vigilo+insecure://127.0.0.1:PORT) as
// `vigilo-cli login` does: the token from $VIGILO_TOKEN, else the system keychain (the CLI's
// entry for the server), else the "Connect to a team server" dialog asks for the user and
// password (and the enrollment code the first time), and the new token goes to the keychain. A
// certificate the system does not trust is shown with its fingerprint and pinned once the user
// trusts it; a changed one is refused with the client's message.

#include "Error.h"

#include <QString>

#include <memory>

class QWidget;

namespace vigilo::ui {

class Session;

// The keychain entry of a server's session token: the same as vigilo-cli's.
QString sessionKeychainKey(const QString &location);

// Opens a session on the team server at `location`. Without `interactive` only $VIGILO_TOKEN and
// the keychain are tried. `user`: suggested in the dialog.
Result<std::unique_ptr<Session>> signInToServer(const QString &location, const QString &user,
                                                bool interactive, QWidget *parent = nullptr);

// session.login with the password (and `enrollmentCode` at the first sign-in, when the password
// is the one the member chooses); the new token goes to the keychain. `parent`: where an unknown
// certificate is shown for the user to trust.
Result<std::unique_ptr<Session>> signInWithPassword(const QString &location, const QString &user,
                                                    const QString &password,
                                                    const QString &enrollmentCode, QWidget *parent);

// Forgets the kept token of `location` (signing out; the next start asks again). Nothing when
// the token came from $VIGILO_TOKEN, which the keychain does not hold.
void forgetSessionToken(const QString &location);

} // namespace vigilo::ui
