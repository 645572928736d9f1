#pragma once
// "Connect to a team server": the server's address (host and port, or a pasted
// vigilo://HOST:PORT), encrypted always except on this machine, and the account (the password,
// or the first time the enrollment code and a password the member chooses). Signing in happens
// in the dialog (ServerSignIn's signInWithPassword): every refusal stays in the dialog next to
// what it is about, and on success the dialog holds the open session; the token is in the
// keychain as `vigilo-cli login` keeps it.

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace vigilo::ui {

class Session;

class TeamServerDialog final : public QDialog {
    Q_OBJECT
public:
    explicit TeamServerDialog(QWidget *parent = nullptr);
    ~TeamServerDialog() override;

    // Fills the address from vigilo://HOST:PORT; `fixed`: the address cannot be changed (the
    // window already is for this server: only the account is asked for).
    void setLocation(const QString &location, bool fixed = false);
    void setUser(const QString &user);
    // Why the last attempt failed, shown above the account fields.
    void setProblem(const QString &message);

    // The address as the fields say (vigilo://HOST:PORT or vigilo+insecure://HOST:PORT).
    QString location() const;
    // After accept(): the signed-in session.
    std::unique_ptr<Session> takeSession();
    // What is shown about the address and about the account; empty when nothing.
    QString addressProblem() const;
    QString problem() const;

    // Signs in with what the fields say; stays open with the reason when that fails.
    void accept() override;

private:
    void updateAddressState();
    void updateAccountState();
    void showAddressProblem(const QString &message);
    void setBusy(bool busy);
    void fitContents();

    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_tls = nullptr;
    QLabel *m_addressProblem = nullptr;
    QLineEdit *m_user = nullptr;
    QCheckBox *m_firstTime = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_signIn = nullptr;
    std::unique_ptr<Session> m_session;
};

} // namespace vigilo::ui
