#pragma once
// "Connect to a server": host, port, database, user and TLS mode of a team's PostgreSQL server.
// The password is asked for, or kept in the operating system's keychain when the user says so;
// it never goes into the settings file.

#include "Keychain.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace vigilo::ui {

class ConnectionDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    // Fills the fields from a postgresql:// URL (a password in it is ignored).
    void setLocation(const QString &url);
    // postgresql://user@host:port/db?sslmode=MODE, without the password.
    QString location() const;
    // The location with the password, for opening the Store only (never stored).
    QString locationWithPassword() const;
    QString password() const;
    bool rememberPassword() const;
    // The keychain entry name for a location: "user@host:port/db".
    static QString keychainKey(const QString &location);

private:
    void updateState();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_connect = nullptr;
};

// The system keychain: the library the CLI keeps its session tokens with.
using PasswordStore = client::Keychain;

} // namespace vigilo::ui
