#include "SigningKeyDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigilo::ui {

SigningKeyDialog::SigningKeyDialog(const KeyStore &keys, const QString &username,
                                   const QString &displayName, QWidget *parent)
    : QDialog(parent)
    , m_keys(keys)
    , m_user(username)
    , m_create(!keys.has(username))
{
    setObjectName(QStringLiteral("signingKeyDialog"));
    setWindowTitle(m_create ? tr("Create your signing key") : tr("Unlock your signing key"));
    setMinimumWidth(460);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    if (m_create) {
        intro->setText(tr("Evidence packs are signed with your own key. There is none on this "
                          "computer yet: create one (a self-signed certificate, valid for two "
                          "years) or import the one your organisation issued you. The key stays "
                          "in your data folder, encrypted with a passphrase; ask a workspace "
                          "admin to trust its certificate afterwards."));
        m_name = new QLineEdit(displayName.isEmpty() ? username : displayName, this);
        m_name->setObjectName(QStringLiteral("keyName"));
        form->addRow(tr("&Name in the certificate:"), m_name);
    } else {
        intro->setText(tr("Enter the passphrase of %1's signing key to sign evidence packs in "
                          "this session.")
                           .arg(username));
    }
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (m_create) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeatPassphrase"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat it:"), m_repeat);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("keyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_create ? tr("&Create key") : tr("&Unlock"));
    if (m_create) {
        QPushButton *import =
            m_buttons->addButton(tr("&Import PKCS#12…"), QDialogButtonBox::ActionRole);
        import->setObjectName(QStringLiteral("importButton"));
        connect(import, &QPushButton::clicked, this, &SigningKeyDialog::importPkcs12);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SigningKeyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    for (QLineEdit *e : {m_passphrase, m_repeat})
        if (e)
            connect(e, &QLineEdit::textChanged, this, &SigningKeyDialog::updateOk);
    updateOk();
}

void SigningKeyDialog::updateOk()
{
    bool ok = !m_passphrase->text().isEmpty();
    if (m_create)
        ok = ok && m_repeat->text() == m_passphrase->text();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void SigningKeyDialog::accept()
{
    if (m_create) {
        if (auto s = KeyStore::checkPassphrase(m_passphrase->text()); !s.ok()) {
            m_problem->setText(s.error().message);
            m_problem->show();
            return;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto key = SigningKey::generate(m_name->text(), {}, now.addSecs(-300), now.addDays(730));
        Status saved = key ? m_keys.save(m_user, **key, m_passphrase->text()) : key.error();
        if (!saved.ok()) {
            m_problem->setText(saved.error().message);
            m_problem->show();
            return;
        }
        m_key = std::move(*key);
    } else {
        auto key = m_keys.load(m_user, m_passphrase->text());
        if (!key) {
            m_problem->setText(key.error().message);
            m_problem->show();
            m_passphrase->selectAll();
            return;
        }
        m_key = std::move(*key);
    }
    QDialog::accept();
}

void SigningKeyDialog::importPkcs12()
{
    QFileDialog files(this, tr("Import a signing key"), QString(),
                      tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
    files.setObjectName(QStringLiteral("importKeyFileDialog"));
    files.setFileMode(QFileDialog::ExistingFile);
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return;
    QFile f(files.selectedFiles().first());
    if (!f.open(QIODevice::ReadOnly)) {
        m_problem->setText(tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
        m_problem->show();
        return;
    }
    const QByteArray p12 = f.readAll();
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Import a signing key"), tr("Password of %1:").arg(QFileInfo(f).fileName()),
        QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    auto key = SigningKey::fromPkcs12(p12, password);
    if (!key) {
        m_problem->setText(key.error().message);
        m_problem->show();
        return;
    }
    if (auto s = KeyStore::checkPassphrase(m_passphrase->text());
        !s.ok() || m_repeat->text() != m_passphrase->text()) {
        m_problem->setText(tr("Choose the passphrase that will protect the imported key first "
                              "(at least 8 characters, twice)."));
        m_problem->show();
        return;
    }
    if (auto s = m_keys.save(m_user, **key, m_passphrase->text()); !s.ok()) {
        m_problem->setText(s.error().message);
        m_problem->show();
        return;
    }
    m_key = std::move(*key);
    QDialog::accept();
}

const PackSigner *PackSigning::signer(QWidget *parent, const QString &username,
                                      const QString &displayName)
{
    m_created = false;
    if (m_key && m_user == username)
        return m_key.get();
    SigningKeyDialog dialog(m_keys, username, displayName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    m_created = dialog.creating();
    m_key = dialog.takeKey();
    m_user = username;
    return m_key.get();
}

} // namespace vigilo::ui
