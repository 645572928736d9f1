#include "ServerSignIn.h"

#include "TeamServerDialog.h"
#include "main/Session.h"

#include "Keychain.h"
#include "RemoteTransport.h"

#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSslCertificate>

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
                QMessageBox::Warning, TeamServerDialog::tr("Unknown certificate"),
                TeamServerDialog::tr("The certificate of %1 (%2) is not trusted by this system.\n\n"
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
            TeamServerDialog::tr("The session for %1 has ended: sign in again.").arg(location));
    return Session::remote(std::move(transport).value(), username);
}

} // namespace

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
                           TeamServerDialog::tr("You are not signed in to %1: sign in with "
                                                "vigilo-cli --db %1 login USER, or pass a token "
                                                "as $VIGILO_TOKEN.")
                               .arg(location));
    TeamServerDialog dialog(parent);
    dialog.setLocation(location, true);
    dialog.setUser(user);
    if (last)
        dialog.setProblem(last->message);
    if (dialog.exec() == QDialog::Accepted)
        if (auto session = dialog.takeSession())
            return session;
    return last ? *last
                : Error::rule(QStringLiteral("not_signed_in"),
                              TeamServerDialog::tr("You did not sign in to %1.").arg(location));
}

Result<std::unique_ptr<Session>> signInWithPassword(const QString &location, const QString &user,
                                                    const QString &password,
                                                    const QString &enrollmentCode, QWidget *parent)
{
    auto transport = client::RemoteTransport::open(optionsFor(location, {}, true, parent));
    if (!transport)
        return transport.error(); // unreachable, or a certificate refused
    QJsonObject params{{QStringLiteral("username"), user}, {QStringLiteral("password"), password}};
    if (!enrollmentCode.isEmpty())
        params.insert(QStringLiteral("enrollment_code"), enrollmentCode);
    auto answer = (*transport)->call(QStringLiteral("session.login"), params);
    if (!answer)
        return answer.error();
    const QString token = answer->toObject().value(QStringLiteral("token")).toString();
    QString why;
    if (!client::Keychain::write(sessionKeychainKey(location), token, &why))
        QMessageBox::warning(parent, TeamServerDialog::tr("Token not kept"),
                             TeamServerDialog::tr("You are signed in, but the system keychain "
                                                  "could not keep the session (%1): you will be "
                                                  "asked again next time.")
                                 .arg(why));
    return openWithToken(location, token, true, parent);
}

void forgetSessionToken(const QString &location)
{
    if (qEnvironmentVariableIsEmpty("VIGILO_TOKEN"))
        client::Keychain::remove(sessionKeychainKey(location));
}

} // namespace vigilo::ui
