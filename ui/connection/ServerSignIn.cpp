#include "ServerSignIn.h"

#include "main/Session.h"

#include "Keychain.h"
#include "RemoteTransport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {

// Pinned certificates are shared with vigilo-cli (its settings file, its key names).
QSettings &trustSettings()
{
    static QSettings s(QStringLiteral("Vigilo"), QStringLiteral("vigilo-cli"));
    return s;
}

QString pinKey(const QString &server)
{
    QString key = server;
    key.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]")), QStringLiteral("_"));
    return QStringLiteral("trusted-servers/") + key;
}

client::RemoteOptions optionsFor(const QString &location, const QString &token, bool interactive,
                                 QWidget *parent)
{
    client::RemoteOptions o;
    o.location = location;
    o.token = token;
    o.clientName = QStringLiteral("vigilo %1").arg(QStringLiteral(VIGILO_VERSION));
    if (QLocale().language() != QLocale::English && QLocale().language() != QLocale::C)
        o.locale = QLocale().name();
    o.pinned = [](const QString &server) {
        return trustSettings().value(pinKey(server)).toString();
    };
    o.pin = [](const QString &server, const QString &fingerprint) {
        trustSettings().setValue(pinKey(server), fingerprint);
        trustSettings().sync();
    };
    if (interactive)
        o.confirm = [parent](const QString &server, const QString &fingerprint,
                             const QSslCertificate &certificate) {
            QMessageBox box(
                QMessageBox::Warning,
                QCoreApplication::translate("vigilo::ui::SignInDialog", "Unknown certificate"),
                QCoreApplication::translate(
                    "vigilo::ui::SignInDialog",
                    "The certificate of %1 (%2) is not trusted by this system.\n\n"
                    "SHA-256 fingerprint:\n%3\n\nTrust it from now on? Do so only "
                    "if the server's operator confirms this fingerprint.")
                    .arg(server, certificate.subjectDisplayName(), fingerprint),
                QMessageBox::Yes | QMessageBox::No, parent);
            box.setObjectName(QStringLiteral("certificateBox"));
            box.setDefaultButton(QMessageBox::No);
            return box.exec() == QMessageBox::Yes;
        };
    return o;
}

// A session over a transport signed in with `token`, or why not.
Result<std::unique_ptr<Session>> openWithToken(const QString &location, const QString &token,
                                               bool interactive, QWidget *parent)
{
    auto transport =
        client::RemoteTransport::open(optionsFor(location, token, interactive, parent));
    if (!transport)
        return transport.error();
    auto hello = (*transport)->hello();
    if (!hello)
        return hello.error();
    const QString username = hello->value(QStringLiteral("username")).toString();
    if (username.isEmpty())
        return Error::rule(
            QStringLiteral("not_signed_in"),
            SignInDialog::tr("The session for %1 has ended: sign in again.").arg(location));
    return Session::remote(std::move(transport).value(), username);
}

} // namespace

SignInDialog::SignInDialog(const QString &location, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to %1").arg(location));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_problem->hide();
    auto *intro = new QLabel(
        tr("Sign in with your account on the team server %1. The first time, enter the "
           "enrollment code your administrator gave you and choose a password (at least 10 "
           "characters).")
            .arg(location),
        this);
    intro->setWordWrap(true);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("signInCode"));
    m_code->setPlaceholderText(tr("only at the first sign-in"));
    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Enrollment code:"), m_code);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    signIn->setObjectName(QStringLiteral("signInButton"));
    signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString SignInDialog::user() const
{
    return m_user->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

QString SignInDialog::enrollmentCode() const
{
    return m_code->text().trimmed();
}

void SignInDialog::setUser(const QString &user)
{
    m_user->setText(user);
}

void SignInDialog::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

QString sessionKeychainKey(const QString &location)
{
    return QStringLiteral("session ") + location;
}

Result<std::unique_ptr<Session>> signInToServer(const QString &location, const QString &user,
                                                bool interactive, QWidget *parent)
{
    auto where = client::RemoteTransport::parseLocation(location);
    if (!where)
        return where.error();
    QString token = qEnvironmentVariable("VIGILO_TOKEN");
    const bool fromEnvironment = !token.isEmpty();
    if (token.isEmpty())
        token = client::Keychain::read(sessionKeychainKey(location)).value_or(QString());
    std::optional<Error> last;
    if (!token.isEmpty()) {
        auto session = openWithToken(location, token, interactive, parent);
        if (session.ok() || session.error().kind() == ErrorKind::Storage || fromEnvironment
            || !interactive)
            return session;
        last = session.error(); // an ended session: ask
    }
    if (!interactive)
        return Error::rule(QStringLiteral("not_signed_in"),
                           SignInDialog::tr("You are not signed in to %1: sign in with "
                                            "vigilo-cli --db %1 login USER, or pass a token as "
                                            "$VIGILO_TOKEN.")
                               .arg(location));
    SignInDialog dialog(location, parent);
    dialog.setUser(user);
    if (last)
        dialog.setProblem(last->message);
    while (dialog.exec() == QDialog::Accepted) {
        if (dialog.user().isEmpty() || dialog.password().isEmpty()) {
            dialog.setProblem(SignInDialog::tr("Enter your user name and your password."));
            continue;
        }
        auto transport =
            client::RemoteTransport::open(optionsFor(location, {}, interactive, parent));
        if (!transport)
            return transport.error(); // unreachable, or a certificate refused
        QJsonObject params{{QStringLiteral("username"), dialog.user()},
                           {QStringLiteral("password"), dialog.password()}};
        if (!dialog.enrollmentCode().isEmpty())
            params.insert(QStringLiteral("enrollment_code"), dialog.enrollmentCode());
        auto answer = (*transport)->call(QStringLiteral("session.login"), params);
        if (!answer) {
            dialog.setProblem(answer.error().message);
            continue;
        }
        const QString newToken = answer->toObject().value(QStringLiteral("token")).toString();
        QString why;
        if (!client::Keychain::write(sessionKeychainKey(location), newToken, &why))
            QMessageBox::warning(parent, SignInDialog::tr("Token not kept"),
                                 SignInDialog::tr("You are signed in, but the system keychain "
                                                  "could not keep the session (%1): you will be "
                                                  "asked again next time.")
                                     .arg(why));
        return openWithToken(location, newToken, interactive, parent);
    }
    return last ? *last
                : Error::rule(QStringLiteral("not_signed_in"),
                              SignInDialog::tr("You did not sign in to %1.").arg(location));
}

} // namespace vigilo::ui
