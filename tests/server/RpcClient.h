#pragma once
// A raw JSON-RPC client on a real WebSocket for the server's attack suite: it sends exactly the
// bytes it is given (or well-formed requests) and waits for answers with QSignalSpy (no fixed
// sleeps; every wait ends at the first message).

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSignalSpy>
#include <QWebSocket>

namespace vigilo::test {

class RpcClient final {
public:
    explicit RpcClient(quint16 port)
    {
        m_socket.setMaxAllowedIncomingMessageSize(256 * 1024 * 1024);
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &m) { m_inbox << m; });
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
        connected.wait(10000);
    }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QWebSocket &socket() { return m_socket; }

    void sendRaw(const QString &text) { m_socket.sendTextMessage(text); }
    qint64 send(const QString &method, const QJsonObject &params = {})
    {
        const qint64 id = m_nextId++;
        sendRaw(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                      {QStringLiteral("id"), id},
                                      {QStringLiteral("method"), method},
                                      {QStringLiteral("params"), params}})
                .toJson(QJsonDocument::Compact)));
        return id;
    }
    // The next message (answer or notification), or an empty object after `ms`.
    QJsonObject next(int ms = 20000)
    {
        if (m_inbox.isEmpty()) {
            QSignalSpy got(&m_socket, &QWebSocket::textMessageReceived);
            QSignalSpy closed(&m_socket, &QWebSocket::disconnected);
            while (m_inbox.isEmpty() && closed.isEmpty() && got.wait(ms)) {
            }
        }
        if (m_inbox.isEmpty())
            return {};
        return QJsonDocument::fromJson(m_inbox.takeFirst().toUtf8()).object();
    }
    // The answer to request `id` (notifications before it are kept for nextNotification()).
    QJsonObject answer(qint64 id, int ms = 20000)
    {
        for (int guard = 0; guard < 1000; ++guard) {
            const QJsonObject m = next(ms);
            if (m.isEmpty())
                return m;
            if (!m.contains(QStringLiteral("id"))) {
                m_notifications << m;
                continue;
            }
            if (m.value(QStringLiteral("id")).toInteger() == id
                || m.value(QStringLiteral("id")).isNull())
                return m;
        }
        return {};
    }
    QJsonObject call(const QString &method, const QJsonObject &params = {})
    {
        return answer(send(method, params));
    }
    QJsonObject nextNotification(int ms = 20000)
    {
        while (m_notifications.isEmpty()) {
            const QJsonObject m = next(ms);
            if (m.isEmpty())
                return m;
            if (!m.contains(QStringLiteral("id")))
                m_notifications << m;
        }
        return m_notifications.takeFirst();
    }
    // Waits until the server closes the connection (or `ms` pass).
    bool waitClosed(int ms)
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QSignalSpy closed(&m_socket, &QWebSocket::disconnected);
        return closed.wait(ms) || m_socket.state() == QAbstractSocket::UnconnectedState;
    }
    QJsonObject hello(const QString &token = {})
    {
        QJsonObject p{{QStringLiteral("protocol"), 1}};
        if (!token.isEmpty())
            p.insert(QStringLiteral("token"), token);
        return call(QStringLiteral("hello"), p);
    }

private:
    QWebSocket m_socket;
    qint64 m_nextId = 1;
    QStringList m_inbox;
    QList<QJsonObject> m_notifications;
};

// The Vigilo error code of an answer ("" when it is a result).
inline QString errorCode(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

inline int rpcCode(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt();
}

inline QByteArray show(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).left(1500);
}

} // namespace vigilo::test
