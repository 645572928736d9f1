#pragma once
// vigilo-server's settings: a config file of `key = value` lines (# comments), overridden by the
// command line. check() says everything that is wrong at once.

#include "Error.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QStringList>

namespace vigilo::server {

struct ServerConfig {
    // tr() in the members translates in the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(vigilo::server::ServerConfig)

public:
    QString db; // postgresql://USER@HOST:PORT/DATABASE
    QString listen = QStringLiteral("127.0.0.1:8443");
    QString tlsCert;        // PEM certificate (chain) file
    QString tlsKey;         // PEM private key file
    bool allowDemo = false; // demo.build: only on a server for trials
    int maxConnections = 500;
    qint64 maxMessageBytes = 1024 * 1024;        // every request but large uploads
    qint64 maxAnonymousMessageBytes = 64 * 1024; // before signing in
    int idleTimeoutSecs = 300;                   // no complete message for this long: closed
    int signInTimeoutSecs = 60;                  // not signed in after this long: closed
    int handshakeTimeoutMs = 10000;
    double requestsPerSecond = 20; // token bucket per connection
    int burst = 40;
    int webhookIntervalSecs = 15;
    // "background": the server posts due deliveries itself; "on_request": only when a member
    // runs `webhook deliver` (from cron, or a test that wants each attempt in its hands).
    QString webhookDelivery = QStringLiteral("background");
    // The server's own state (signing keys, its anchor log): only the server's user reads it.
    // Default: $STATE_DIRECTORY (systemd's StateDirectory=), else /var/lib/vigilo.
    QString stateDir = defaultStateDir();
    // A file holding the passphrase that encrypts the workspaces' signing keys (mode 0600,
    // owned by the server's user). Without it the server signs nothing.
    QString signingPassphraseFile;
    int anchorEveryEvents = 1000;   // sign a workspace's chain head after this many events
    int anchorIntervalSecs = 86400; // and at least this often while its history grows
    // How often substitutes are told of decisions due since their delegations started.
    int substituteSweepSecs = 60;
    QString source; // the config file, for messages

    // Reads `path` (key = value). Unknown keys are errors: a typo must not pass silently.
    static Result<ServerConfig> fromFile(const QString &path);
    // Applies one setting by its config-file key; the command line uses the same keys.
    Status set(const QString &key, const QString &value);
    static QStringList keys();
    static QString defaultStateDir();

    QString host() const;
    quint16 port() const;
    bool loopback() const;
    bool tls() const { return !tlsCert.isEmpty() || !tlsKey.isEmpty(); }
    // Every problem at once (missing database, bad address, TLS missing on a non-loopback
    // address, unreadable certificate or key, limits out of range).
    QStringList problems() const;
    // The TLS settings from tlsCert and tlsKey.
    Result<QSslConfiguration> sslConfiguration() const;
};

} // namespace vigilo::server
