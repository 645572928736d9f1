#pragma once
// The member's signing key in the desktop client: unlocks it with its passphrase, or, when there
// is none on this computer yet, creates one (a self-signed certificate) or imports the
// organisation's PKCS#12. The key file stays in the user's data folder, encrypted (KeyStore).

#include "SigningKey.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vigilo::ui {

class SigningKeyDialog final : public QDialog {
    Q_OBJECT
public:
    SigningKeyDialog(const KeyStore &keys, const QString &username, const QString &displayName,
                     QWidget *parent = nullptr);

    bool creating() const { return m_create; }
    // After accept(): the unlocked (or new) key.
    std::unique_ptr<SigningKey> takeKey() { return std::move(m_key); }

    void accept() override;

private:
    void updateOk();
    void importPkcs12();

    const KeyStore &m_keys;
    QString m_user;
    bool m_create = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::unique_ptr<SigningKey> m_key;
};

// The key for this session: asked for once, kept in memory until the window closes.
class PackSigning final {
public:
    explicit PackSigning(KeyStore keys = KeyStore())
        : m_keys(std::move(keys))
    {}
    // The unlocked key of `username`, asking when needed; null when the user cancelled.
    const PackSigner *signer(QWidget *parent, const QString &username, const QString &displayName);
    const KeyStore &keys() const { return m_keys; }
    // Whether the last signer() call created a new key (its certificate needs trusting).
    bool createdKey() const { return m_created; }

private:
    KeyStore m_keys;
    QString m_user;
    std::unique_ptr<SigningKey> m_key;
    bool m_created = false;
};

} // namespace vigilo::ui
