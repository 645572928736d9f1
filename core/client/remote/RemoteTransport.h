#pragma once
// The client of a team server: JSON-RPC 2.0 over WebSocket, TLS for vigilo://HOST:PORT and
// plain only for vigilo+insecure:// on loopback. The certificate is verified against the
// system's trust store, or against the fingerprint the user confirmed once and pinned; a changed
// certificate is refused. The `hello` handshake goes out with the first request (no extra round
// trip); synchronous calls wait in a local event loop (the CLI), asynchronous ones resolve a
// QFuture when the answer arrives. Server pushes (event.change) come as notification().
// Requests are paced to the connection's budget the server tells in `hello` (rate_limit), so
// that a busy screen waits a moment instead of being refused; a request refused anyway
// (rate_limited: nothing of it was done) is sent again after the wait the server names.

#include "Client.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPromise>
#include <QQueue>
#include <QSslCertificate>
#include <QTimer>
#include <QWebSocket>

#include <functional>
#include <memory>

namespace vigilo::client {

struct RemoteOptions {
    QString location; // vigilo://HOST:PORT or vigilo+insecure://127.0.0.1:PORT
    QString token;    // a session token, or empty (then only hello and session.login work)
    QString clientName;
    QString locale; // messages in this language (e.g. "de_DE"); empty: the server's
    // How long a call may take (building the demo on a busy server takes more than a minute).
    int timeoutMs = 180000;
    // Certificate trust for a server the system's trust store does not vouch for: the pinned
    // SHA-256 fingerprint of "HOST:PORT" (empty: none yet), and whether the user trusts a new
    // one (then it is pinned with `pin`). Unset: an unknown certificate is refused.
    std::function<QString(const QString &server)> pinned;
    std::function<bool(const QString &server, const QString &fingerprint,
                       const QSslCertificate &certificate)>
        confirm;
    std::function<void(const QString &server, const QString &fingerprint)> pin;
};

class RemoteTransport final : public QObject, public Transport {
    Q_OBJECT
public:
    ~RemoteTransport() override;

    // Checks the address and opens the connection (TLS verified as above); hello follows with
    // the first call.
    static Result<std::unique_ptr<RemoteTransport>> open(const RemoteOptions &options);
    // "HOST:PORT" and whether the scheme wants TLS, or the reason the address is refused.
    static Result<QPair<QString, bool>> parseLocation(const QString &location);
    // "AB:CD:…" (SHA-256 of the DER certificate), and the same with any separators dropped.
    static QString fingerprint(const QSslCertificate &certificate);
    static QString normaliseFingerprint(const QString &text);

    Result<QJsonValue> call(const QString &method, const QJsonObject &params) override;
    QFuture<Result<QJsonValue>> callAsync(const QString &method,
                                          const QJsonObject &params) override;
    QString location() const override { return m_options.location; }
    bool isRemote() const override { return true; }
    QString username() const override { return m_username; }
    Status waitFor(const QFuture<void> &answer) override;

    // The handshake's answer (waits for it): protocol, server, username when signed in.
    Result<QJsonObject> hello();
    // The certificate the server presented (TLS only).
    QSslCertificate peerCertificate() const;
    // Requests sent so far, the handshake and any sent again included (tests count round trips
    // with it).
    qint64 requestsSent() const { return m_nextId - 1; }
    // Requests the server refused as over its budget and that were sent again.
    qint64 requestsRetried() const { return m_retried; }
    // False once the server closed the connection (or it broke).
    bool isConnected() const { return !m_closed.has_value(); }

signals:
    void notification(const QString &method, const QJsonObject &params);
    void disconnected(const QString &reason);

private:
    explicit RemoteTransport(const RemoteOptions &options);
    Status connectSocket();
    QFuture<Result<QJsonValue>> send(const QString &method, const QJsonObject &params);
    Result<QJsonValue> wait(QFuture<Result<QJsonValue>> future);
    void receive(const QString &message);
    void failAll(const Error &error);
    // Pacing: the budget's token bucket as the server keeps it (a little below it), the
    // requests waiting for a token, and sending them.
    bool takeToken();
    void flush();
    void learnBudget(const QJsonObject &rateLimit);
    // A request refused as over the budget goes out again (with a new id) after the wait.
    bool sendAgain(qint64 id, const Error &refusal);
    // The handshake answered: the asynchronous calls made before it go on (or fail with it).
    void onHello(const Result<QJsonValue> &greeting);

    RemoteOptions m_options;
    QString m_server; // HOST:PORT
    bool m_tls = false;
    QWebSocket m_socket;
    qint64 m_nextId = 1;
    QHash<qint64, std::shared_ptr<QPromise<Result<QJsonValue>>>> m_pending;
    struct Request {
        QString method;
        QJsonObject params;
        int attempts = 0;
    };
    QHash<qint64, Request> m_requests; // what each pending id asked, to send it again
    QQueue<qint64> m_outbox;           // ids waiting for a token
    QTimer m_flushTimer;
    QElapsedTimer m_connectedFor;
    double m_rate = 0; // requests per second; 0 until the server told its budget
    double m_burst = 0;
    double m_tokens = 0;
    QElapsedTimer m_refill;
    qint64 m_sentSinceConnect = 0;
    qint64 m_retried = 0;
    QFuture<Result<QJsonValue>> m_hello;
    bool m_helloSent = false;
    QList<std::function<void(const Result<QJsonValue> &)>> m_afterHello;
    QString m_username;
    std::optional<Error> m_certificateError;
    std::optional<Error> m_closed;
};

} // namespace vigilo::client
