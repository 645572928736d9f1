#include "ConnectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace vigilo::ui {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to a server"));
    setObjectName(QStringLiteral("connectionDialog"));
    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("db.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setText(QStringLiteral("vigilo"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("tls"));
    m_tls->addItem(tr("Require (encrypted)"), QStringLiteral("require"));
    m_tls->addItem(tr("Verify the server certificate"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Verify the certificate authority"), QStringLiteral("verify-ca"));
    m_tls->addItem(tr("Prefer (encrypt when offered)"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Disable (only on a trusted network)"), QStringLiteral("disable"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember the password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&TLS:"), m_tls);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("You act as this database user: on a server your login is who you are in "
                       "the workspace. The password is never written to Vigilo's settings."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_host, m_database, m_user})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    updateState();
}

void ConnectionDialog::updateState()
{
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty()
                          && !m_database->text().trimmed().isEmpty()
                          && !m_user->text().trimmed().isEmpty());
}

void ConnectionDialog::setLocation(const QString &location)
{
    const QUrl url(location);
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_database->setText(url.path().mid(1));
    m_user->setText(url.userName());
    const int i = m_tls->findData(QUrlQuery(url).queryItemValue(QStringLiteral("sslmode")));
    if (i >= 0)
        m_tls->setCurrentIndex(i);
}

QString ConnectionDialog::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    url.setUserName(m_user->text().trimmed());
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("sslmode"), m_tls->currentData().toString());
    url.setQuery(q);
    return url.toString();
}

QString ConnectionDialog::locationWithPassword() const
{
    QUrl url(location());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    return url.toString();
}

QString ConnectionDialog::password() const
{
    return m_password->text();
}
bool ConnectionDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

QString ConnectionDialog::keychainKey(const QString &location)
{
    const QUrl url(location);
    return QStringLiteral("%1@%2:%3%4")
        .arg(url.userName(), url.host())
        .arg(url.port(5432))
        .arg(url.path());
}

} // namespace vigilo::ui
