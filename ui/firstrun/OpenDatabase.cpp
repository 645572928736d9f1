#include "OpenDatabase.h"

#include "RecentDatabases.h"
#include "main/Session.h"
#include "main/SingleInstance.h"

#include "Store.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>

namespace vigilo::ui {

namespace {

OpenDatabase::Starter &starter()
{
    static OpenDatabase::Starter s;
    return s;
}

bool startWindow(const QString &location)
{
    if (starter())
        return starter()(location);
    return QProcess::startDetached(QApplication::applicationFilePath(),
                                   {QStringLiteral("--db"), location});
}

bool sameDatabase(const QString &a, const QString &b)
{
    if (Store::isPostgresLocation(a) || Store::isPostgresLocation(b) || Session::isServerLocation(a)
        || Session::isServerLocation(b))
        return RecentDatabases::normalized(a) == RecentDatabases::normalized(b);
    const QFileInfo fa(a), fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return fa.absoluteFilePath() == fb.absoluteFilePath();
}

} // namespace

void OpenDatabase::setStarter(Starter s)
{
    starter() = std::move(s);
}

QString OpenDatabase::askForFile(QWidget *parent)
{
    QFileDialog dialog(parent, QApplication::translate("OpenDatabase", "Open a Vigilo database"),
                       QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
                       QApplication::translate("OpenDatabase",
                                               "Vigilo databases (*.sqlite *.db *.vigilo);;All "
                                               "files (*)"));
    dialog.setObjectName(QStringLiteral("openFileDialog"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

OpenDatabase::Outcome OpenDatabase::open(QWidget *parent, const QString &location,
                                         const QString &current, const QString &user)
{
    const QString title = QApplication::translate("OpenDatabase", "Open a database");
    if (location.trimmed().isEmpty())
        return Outcome::Failed;
    if (sameDatabase(location, current))
        return Outcome::AlreadyHere;

    // Another window has it: bring that one forward instead of opening the file twice.
    if (SingleInstance(location).activateRunning(500)) {
        RecentDatabases::add(location);
        return Outcome::BroughtForward;
    }

    if (!Store::isPostgresLocation(location) && !Session::isServerLocation(location)) {
        if (!QFileInfo(location).isFile()) {
            const auto answer = QMessageBox::warning(
                parent, title,
                QApplication::translate("OpenDatabase",
                                        "%1 does not exist any more. Remove it from the list of "
                                        "recent databases?")
                    .arg(QDir::toNativeSeparators(location)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer == QMessageBox::Yes)
                RecentDatabases::remove(location);
            return Outcome::Failed;
        }
        // Check it now, so that a file that is not a Vigilo database is reported here.
        auto probe = Session::open(location, user, Store::OpenMode::ExistingOnly);
        if (!probe.ok()) {
            QMessageBox::warning(parent, title, probe.error().message);
            return Outcome::Failed;
        }
    }
    // A server asks for its password (or finds it, or a team server's token, in the keychain) in
    // the new window.
    if (!startWindow(location)) {
        QMessageBox::warning(
            parent, title,
            QApplication::translate("OpenDatabase", "Vigilo could not start a window for %1.")
                .arg(QDir::toNativeSeparators(location)));
        return Outcome::Failed;
    }
    RecentDatabases::add(location);
    return Outcome::Started;
}

} // namespace vigilo::ui
