#pragma once
// Signing in to a team server (vigilo://HOST:PORT, vigilo+insecure://127.0.0.1:PORT) as
// `vigilo-cli login` does: the token from $VIGILO_TOKEN, else the system keychain (the CLI's
// entry for the server), else the sign-in dialog asks for the user and password (and the
// enrollment code the first time), and the new token goes to the keychain. A certificate the
// system does not trust is shown with its fingerprint and pinned once the user trusts it; a
// changed one is refused with the client's message.

#include "Error.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;

namespace vigilo::ui {

class Session;

// The dialog that asks for the account (objectName "signInDialog").
class SignInDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(const QString &location, QWidget *parent = nullptr);

    QString user() const;
    QString password() const;
    QString enrollmentCode() const;
    void setUser(const QString &user);
    // Why the last attempt failed (the server's message), shown above the fields.
    void setProblem(const QString &message);

private:
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_problem = nullptr;
};

// The keychain entry of a server's session token: the same as vigilo-cli's.
QString sessionKeychainKey(const QString &location);

// Opens a session on the team server at `location`. Without `interactive` only $VIGILO_TOKEN and
// the keychain are tried. `user`: suggested in the dialog.
Result<std::unique_ptr<Session>> signInToServer(const QString &location, const QString &user,
                                                bool interactive, QWidget *parent = nullptr);

} // namespace vigilo::ui
