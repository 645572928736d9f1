#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#include "FileLocation.h"
#include "Store.h"

namespace vigilo::ui {

namespace {
const QByteArray kActivate = QByteArrayLiteral("activate\n");

QString osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}
} // namespace

SingleInstance::SingleInstance(const QString &databaseLocation, QObject *parent)
    : QObject(parent)
    , m_key(keyFor(databaseLocation))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::keyFor(const QString &databaseLocation)
{
    // One key per file however it is spelled: canonical, and in one case where file names
    // ignore case (Windows, macOS).
    QString location = databaseLocation;
    if (!Store::isPostgresLocation(location))
        location = FileLocation::canonicalKey(location);
    const QByteArray hash = QCryptographicHash::hash(
        (osUser() + QLatin1Char('\n') + location).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("vigilo-") + QString::fromLatin1(hash.toHex().left(24));
}

bool SingleInstance::activateRunning(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kActivate);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The first instance closes the connection once it has read the request.
    socket.waitForDisconnected(timeoutMs);
    return true;
}

bool SingleInstance::listen()
{
    if (m_server)
        return true;
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_key)) {
        // A socket file left by an instance that crashed: nobody answers on it.
        QLocalServer::removeServer(m_key);
        if (!server->listen(m_key)) {
            delete server;
            return false;
        }
    }
    m_server = server;
    connect(server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            auto read = [this, client] {
                if (!client->canReadLine())
                    return;
                const QByteArray line = client->readLine();
                client->disconnectFromServer();
                if (line == kActivate)
                    Q_EMIT activationRequested();
            };
            connect(client, &QLocalSocket::readyRead, this, read);
            read(); // the request may already be buffered
        }
    });
    return true;
}

} // namespace vigilo::ui
