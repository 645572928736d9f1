#pragma once
// vigilo-server's front: JSON-RPC 2.0 over WebSocket (TLS from the configuration), one session
// per connection. It authenticates, takes the acting member from the session (never from the
// request), dispatches through the API's method table, and pushes `event.change` to the
// connections that subscribed to a workspace. It holds no state beyond its open connections:
// accounts and sessions live in the database, and PostgreSQL's LISTEN/NOTIFY brings the events
// of every server on the same database.

#include "Accounts.h"
#include "Api.h"
#include "ServerConfig.h"
#include "ServerKeys.h"
#include "Vigilo.h"

#include <QHash>
#include <QObject>
#include <QTranslator>
#include <QWebSocketServer>

#include <memory>

class QWebSocket;

namespace vigilo {
class ChangeWatcher;
}

namespace vigilo::server {

class WebhookPump;
class ServerAnchors;
class ServerSubstitutes;

class Server final : public QObject, private api::Host {
    Q_OBJECT
public:
    Server(const ServerConfig &config, Store &store, const Clock &clock, QObject *parent = nullptr);
    ~Server() override;

    Status listen();
    quint16 port() const { return m_server.serverPort(); }
    int connectionCount() const { return int(m_connections.size()); }

private:
    struct Connection;
    void accept();
    void drop(QWebSocket *socket);
    void receive(Connection *c, const QString &message);
    void process(Connection *c, const QString &message);
    void send(Connection *c, const QByteArray &message);
    void respond(Connection *c, const QJsonValue &id, const Result<QJsonValue> &result);
    Result<QJsonValue> handleOwn(Connection *c, const QString &method, const QJsonObject &params);
    Result<QJsonValue> handleApi(Connection *c, const QString &method, const QJsonObject &params);
    Result<Session> currentSession(Connection *c);
    Result<QJsonValue> whoami(const Session &session);
    Result<QJsonValue> exportPack(Connection *c, const Actor &actor, const QJsonObject &params);
    Result<QJsonValue> signManifest(Connection *c, const Actor &actor, const QJsonObject &params);
    Result<QJsonValue> exportMinutes(const Actor &actor, const QJsonObject &params);
    Result<std::shared_ptr<SigningKey>> signingKey(const Actor &actor);
    Result<QJsonValue> verifyPack(const Actor &actor, const QJsonObject &params);
    Result<QJsonValue> trust(const Actor &actor, const QString &method, const QJsonObject &params);
    // webhook.deliver answers when the deliveries are done.
    void deliver(Connection *c, const QJsonValue &id, const QJsonObject &params);
    void onChange(qint64 workspaceId, int number, qint64 seq);
    void onMeetingEvent(qint64 workspaceId, qint64 seq);
    // This server's connections following the workspace's events.
    QList<Connection *> listenersOf(qint64 workspaceId) const;
    bool takeToken(Connection *c);
    // The catalogue of a client's language (messages in it), or none for English.
    QTranslator *translatorFor(const QString &locale);
    qint64 limitFor(const Connection *c, const QString &message) const;

    // api::Host
    Result<QJsonObject> memberAdded(const Actor &actor, const Member &member) override;
    bool allowsDemo() const override { return m_config.allowDemo; }
    Result<int> revokeSessions(const Actor &actor, const Member &member) override;
    // After a member's sessions ended: this server's connections of theirs hear no more events
    // (their next request is refused: the session is revoked).
    void forgetConnectionsOf(const QString &username);
    Status auditVerified(const Actor &actor, AuditVerification &v, QJsonObject &extra) override;

    ServerConfig m_config;
    Store &m_store;
    const Clock &m_clock;
    Vigilo m_core;
    Accounts m_accounts;
    QWebSocketServer m_server;
    std::unique_ptr<ChangeWatcher> m_watcher;
    std::unique_ptr<WebhookPump> m_pump;
    ServerKeys m_keys;
    std::unique_ptr<ServerAnchors> m_anchors;
    std::unique_ptr<ServerSubstitutes> m_substitutes;
    QHash<QWebSocket *, Connection *> m_connections;
    qint64 m_largestUpload = 0; // the largest message a method with an upload may need
    QHash<QString, std::shared_ptr<QTranslator>> m_translators;
    QStringList m_revokedNow; // accounts whose sessions the current request ended
};

} // namespace vigilo::server
