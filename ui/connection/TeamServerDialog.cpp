#include "TeamServerDialog.h"

#include "ServerSignIn.h"
#include "main/Session.h"

#include "RemoteTransport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {

constexpr int kDefaultPort = 8443; // vigilo-server's default --listen port

const QString kSecure = QStringLiteral("vigilo");
const QString kInsecure = QStringLiteral("vigilo+insecure");

QLabel *problemLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #cf222e;"));
    label->setAccessibleName(TeamServerDialog::tr("Problem"));
    label->hide();
    return label;
}

// "scheme://host:port" with nothing else, so that the keychain entry and the recent list name
// one server one way.
QString canonical(const QString &scheme, const QString &host, int port)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setPort(port);
    return url.toString();
}

bool isUrl(const QString &text)
{
    return text.contains(QStringLiteral("://"));
}

} // namespace

TeamServerDialog::TeamServerDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("teamServerDialog"));
    setWindowTitle(tr("Connect to a team server"));
    auto *intro = new QLabel(tr("Sign in to your team's Vigilo server with the account or the "
                                "enrollment code your administrator gave you."),
                             this);
    intro->setWordWrap(true);

    auto *server = new QGroupBox(tr("Server"), this);
    m_address = new QLineEdit(server);
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->setPlaceholderText(tr("vigilo.example.com or vigilo://HOST:PORT"));
    m_address->setToolTip(tr("The server's host name, or the whole address your administrator "
                             "sent (vigilo://HOST:PORT)."));
    m_port = new QSpinBox(server);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_tls = new QCheckBox(tr("&Encrypted (TLS)"), server);
    m_tls->setObjectName(QStringLiteral("serverTls"));
    m_tls->setChecked(true);
    m_addressProblem = problemLabel(QStringLiteral("addressProblem"), this);
    auto *serverForm = new QFormLayout(server);
    serverForm->addRow(tr("Server &address:"), m_address);
    serverForm->addRow(tr("&Port:"), m_port);
    serverForm->addRow(QString(), m_tls);

    auto *account = new QGroupBox(tr("Account"), this);
    m_user = new QLineEdit(account);
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_firstTime = new QCheckBox(tr("&First sign-in: I have an enrollment code"), account);
    m_firstTime->setObjectName(QStringLiteral("signInFirstTime"));
    m_code = new QLineEdit(account);
    m_code->setObjectName(QStringLiteral("signInCode"));
    m_code->setPlaceholderText(tr("from your administrator, valid for 72 hours"));
    m_password = new QLineEdit(account);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(account);
    m_repeat->setObjectName(QStringLiteral("signInRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_codeLabel = new QLabel(tr("Enrollment &code:"), account);
    m_codeLabel->setBuddy(m_code);
    m_passwordLabel = new QLabel(account);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel = new QLabel(tr("&Repeat the password:"), account);
    m_repeatLabel->setBuddy(m_repeat);
    auto *accountForm = new QFormLayout(account);
    accountForm->addRow(tr("&User:"), m_user);
    accountForm->addRow(QString(), m_firstTime);
    accountForm->addRow(m_codeLabel, m_code);
    accountForm->addRow(m_passwordLabel, m_password);
    accountForm->addRow(m_repeatLabel, m_repeat);

    m_problem = problemLabel(QStringLiteral("signInProblem"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(server);
    layout->addWidget(m_addressProblem);
    layout->addWidget(account);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_address, &QLineEdit::textChanged, this, [this] {
        m_addressProblem->hide();
        updateAddressState();
    });
    connect(m_firstTime, &QCheckBox::toggled, this, [this] { updateAccountState(); });
    updateAddressState();
    updateAccountState();
    setMinimumWidth(520);
}

TeamServerDialog::~TeamServerDialog() = default;

void TeamServerDialog::setLocation(const QString &location, bool fixed)
{
    const QUrl url(location.trimmed());
    if (url.host().isEmpty()) {
        m_address->setText(location.trimmed());
    } else {
        m_address->setText(url.host());
        if (url.port() > 0)
            m_port->setValue(url.port());
        m_tls->setChecked(url.scheme() != kInsecure);
    }
    m_address->setReadOnly(fixed);
    m_port->setEnabled(!fixed);
    updateAddressState();
    if (fixed) {
        m_tls->setEnabled(false);
        m_user->setFocus(Qt::OtherFocusReason);
    }
}

void TeamServerDialog::setUser(const QString &user)
{
    m_user->setText(user);
    if (!user.isEmpty() && m_address->isReadOnly())
        m_password->setFocus(Qt::OtherFocusReason);
}

void TeamServerDialog::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    fitContents();
}

// A message of several lines makes the dialog taller instead of squeezing the fields.
void TeamServerDialog::fitContents()
{
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

QString TeamServerDialog::location() const
{
    const QString text = m_address->text().trimmed();
    if (text.isEmpty())
        return {};
    if (isUrl(text)) {
        const QUrl url(text);
        // Anything but a bare server address is left as typed, for the client to refuse.
        if (url.host().isEmpty() || url.port() <= 0 || !url.userInfo().isEmpty()
            || (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery())
            return text;
        return canonical(url.scheme(), url.host(), url.port());
    }
    // "host:port" typed into the address field: the port field follows it.
    QString host = text;
    int port = m_port->value();
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && text.count(QLatin1Char(':')) == 1) {
        bool ok = false;
        const int typed = text.mid(colon + 1).toInt(&ok);
        if (ok) {
            host = text.left(colon);
            port = typed;
        }
    }
    return canonical(m_tls->isChecked() ? kSecure : kInsecure, host, port);
}

std::unique_ptr<Session> TeamServerDialog::takeSession()
{
    return std::move(m_session);
}

QString TeamServerDialog::addressProblem() const
{
    return m_addressProblem->isHidden() ? QString() : m_addressProblem->text();
}

QString TeamServerDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

// Unencrypted only where the client allows it (this machine): the rule is
// RemoteTransport::parseLocation's, asked with the insecure scheme.
void TeamServerDialog::updateAddressState()
{
    const QString text = m_address->text().trimmed();
    const bool url = isUrl(text);
    const bool fixed = m_address->isReadOnly();
    m_port->setEnabled(!url && !fixed);
    QString host = text;
    if (!url && text.count(QLatin1Char(':')) == 1)
        host = text.left(text.indexOf(QLatin1Char(':')));
    const bool loopback =
        !url && !host.isEmpty()
        && client::RemoteTransport::parseLocation(canonical(kInsecure, host, kDefaultPort)).ok();
    if (!loopback && !url)
        m_tls->setChecked(true);
    m_tls->setEnabled(loopback && !fixed);
    m_tls->setToolTip(url ? tr("The address says whether the connection is encrypted: "
                               "vigilo:// is, vigilo+insecure:// is not.")
                          : tr("Unencrypted connections are allowed only to this computer "
                               "(127.0.0.1, ::1 or localhost)."));
}

void TeamServerDialog::updateAccountState()
{
    const bool first = m_firstTime->isChecked();
    m_codeLabel->setVisible(first);
    m_code->setVisible(first);
    m_repeatLabel->setVisible(first);
    m_repeat->setVisible(first);
    m_passwordLabel->setText(first ? tr("Choose a pass&word:") : tr("Pass&word:"));
    m_password->setPlaceholderText(first ? tr("at least 10 characters") : QString());
    fitContents();
}

void TeamServerDialog::showAddressProblem(const QString &message)
{
    m_addressProblem->setText(tr("Server address: %1").arg(message));
    m_addressProblem->show();
    fitContents();
    m_address->setFocus(Qt::OtherFocusReason);
}

void TeamServerDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_firstTime),
                       static_cast<QWidget *>(m_code), static_cast<QWidget *>(m_password),
                       static_cast<QWidget *>(m_repeat), static_cast<QWidget *>(m_signIn)})
        w->setEnabled(!busy);
    if (busy)
        m_address->setEnabled(false);
    else {
        m_address->setEnabled(true);
        updateAddressState();
    }
    if (busy)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QApplication::restoreOverrideCursor();
}

void TeamServerDialog::accept()
{
    if (!m_signIn->isEnabled())
        return; // an attempt is under way
    setProblem({});
    m_addressProblem->hide();
    const QString where = location();
    if (where.isEmpty()) {
        showAddressProblem(tr("enter the server's host name or its vigilo:// address."));
        return;
    }
    if (auto parsed = client::RemoteTransport::parseLocation(where); !parsed) {
        showAddressProblem(parsed.error().message);
        return;
    }
    const bool first = m_firstTime->isChecked();
    const QString user = m_user->text().trimmed();
    QString missing;
    QLineEdit *field = nullptr;
    if (user.isEmpty()) {
        missing = tr("User: enter your user name.");
        field = m_user;
    } else if (first && m_code->text().trimmed().isEmpty()) {
        missing = tr("Enrollment code: enter the code your administrator gave you.");
        field = m_code;
    } else if (m_password->text().isEmpty()) {
        missing = first ? tr("Password: choose a password.") : tr("Password: enter your password.");
        field = m_password;
    } else if (first && m_repeat->text() != m_password->text()) {
        missing = tr("Repeat the password: the two passwords differ.");
        field = m_repeat;
    }
    if (field) {
        setProblem(missing);
        field->setFocus(Qt::OtherFocusReason);
        return;
    }

    setBusy(true);
    auto session = signInWithPassword(where, user, m_password->text(),
                                      first ? m_code->text().trimmed() : QString(), this);
    setBusy(false);
    if (!session) {
        const Error &e = session.error();
        // Unreachable, or a certificate refused: about the address. Anything else: the account.
        if (e.kind() == ErrorKind::Storage)
            showAddressProblem(e.message);
        else {
            setProblem(e.message);
            m_password->selectAll();
            m_password->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    m_session = std::move(session).value();
    m_address->setText(where); // what was signed in to, as the keychain names it
    QDialog::accept();
}

} // namespace vigilo::ui
