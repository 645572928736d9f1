#pragma once
// A minimal HTTP/1.1 receiver on 127.0.0.1 for webhook tests: answers each POST with the next
// status of a script (then 200), records method, path, headers and the exact body bytes, and
// closes the connection after every answer.

#include <QHash>
#include <QList>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QWaitCondition>

namespace vigilo::test {

struct ReceivedRequest {
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    int answeredWith = 0;
};

class LoopbackHttpServer final : public QObject {
public:
    explicit LoopbackHttpServer(QList<int> statuses = {})
        : m_statuses(std::move(statuses))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = QStringLiteral("/hook")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
    }
    QList<ReceivedRequest> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const int headerEnd = buf.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        ReceivedRequest r;
        const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                 lines[i].mid(colon + 1).trimmed());
        }
        const int length = r.headers.value("content-length").toInt();
        if (buf.size() < headerEnd + 4 + length)
            return; // wait for the rest of the body
        r.body = buf.mid(headerEnd + 4, length);
        m_buffers.remove(s);
        r.answeredWith = m_statuses.isEmpty() ? 200 : m_statuses.takeFirst();
        {
            QMutexLocker lock(&m_mutex);
            m_requests << r;
        }
        const QByteArray text = r.answeredWith == 200 ? "OK" : "Server Error";
        s->write(
            "HTTP/1.1 " + QByteArray::number(r.answeredWith) + ' ' + text
            + "\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<int> m_statuses;
    QList<ReceivedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    mutable QMutex m_mutex;
};

// The same receiver on a thread of its own, for tests that block while another process (the
// vigilo-cli binary) delivers to it.
class LoopbackHttpThread final : public QThread {
public:
    explicit LoopbackHttpThread(QList<int> statuses = {})
        : m_statuses(std::move(statuses))
    {
        start();
        QMutexLocker lock(&m_mutex);
        while (!m_server)
            m_ready.wait(&m_mutex);
    }
    ~LoopbackHttpThread() override
    {
        quit();
        wait();
    }
    QString url() const { return m_server->url(); }
    QList<ReceivedRequest> requests() const { return m_server->requests(); }

protected:
    void run() override
    {
        LoopbackHttpServer server(m_statuses);
        {
            QMutexLocker lock(&m_mutex);
            m_server = &server;
            m_ready.wakeAll();
        }
        exec();
    }

private:
    QList<int> m_statuses;
    LoopbackHttpServer *m_server = nullptr;
    QMutex m_mutex;
    QWaitCondition m_ready;
};

} // namespace vigilo::test
