#include "ServerLogin.h"

#include "ConnectionDialog.h"
#include "main/Session.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QUrl>

namespace vigilo::ui {

namespace {

QString withPassword(const QString &location, const QString &password)
{
    QUrl url(location);
    url.setPassword(password);
    return url.toString();
}

} // namespace

Result<std::unique_ptr<Session>> openServerSession(const QString &location, const QString &user,
                                                   bool interactive, Store::OpenMode mode,
                                                   QWidget *parent)
{
    QString target = location;
    if (QUrl(location).password().isEmpty()) {
        if (auto stored = PasswordStore::read(ConnectionDialog::keychainKey(location)))
            target = withPassword(location, *stored);
    }
    auto session = Session::open(target, user, mode);
    if (session.ok() || !interactive || session.error().code != QLatin1String("connection_failed"))
        return session;
    // Ask: the dialog shows why the last attempt failed.
    ConnectionDialog dialog(parent);
    dialog.setLocation(location);
    Error last = session.error();
    while (true) {
        QMessageBox::warning(parent, QApplication::translate("ServerLogin", "Cannot connect"),
                             last.message);
        if (dialog.exec() != QDialog::Accepted)
            return last;
        auto retry = Session::open(dialog.locationWithPassword(), user, mode);
        if (retry.ok()) {
            if (dialog.rememberPassword() && !dialog.password().isEmpty())
                PasswordStore::write(ConnectionDialog::keychainKey(dialog.location()),
                                     dialog.password());
            return retry;
        }
        last = retry.error();
    }
}

bool connectToServer(QWidget *parent, const QString &user)
{
    QSettings settings;
    ConnectionDialog dialog(parent);
    const QString previous = settings.value(QStringLiteral("connection/lastServer")).toString();
    if (!previous.isEmpty())
        dialog.setLocation(previous);
    while (dialog.exec() == QDialog::Accepted) {
        auto probe =
            Session::open(dialog.locationWithPassword(), user, Store::OpenMode::ExistingOnly);
        if (!probe.ok()) {
            QMessageBox::warning(parent, QApplication::translate("ServerLogin", "Cannot connect"),
                                 probe.error().message);
            continue;
        }
        probe.value().reset();
        // The settings keep the address only; the password goes to the keychain or nowhere.
        settings.setValue(QStringLiteral("connection/lastServer"), dialog.location());
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (dialog.rememberPassword() && !dialog.password().isEmpty())
            PasswordStore::write(ConnectionDialog::keychainKey(dialog.location()),
                                 dialog.password());
        else if (!dialog.password().isEmpty())
            env.insert(QStringLiteral("PGPASSWORD"), dialog.password());
        child.setProcessEnvironment(env);
        child.setProgram(QApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--db"), dialog.location()});
        if (!child.startDetached()) {
            QMessageBox::warning(
                parent, QApplication::translate("ServerLogin", "Cannot connect"),
                QApplication::translate("ServerLogin",
                                        "Vigilo could not start a window for the server."));
            return false;
        }
        return true;
    }
    return false;
}

} // namespace vigilo::ui
