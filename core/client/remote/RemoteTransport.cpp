#include "RemoteTransport.h"

#include "JsonRpc.h"
#include "Tr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <QtMath>

namespace vigilo::client {

namespace {

Error connectionError(const QString &message, const QJsonObject &details = {},
                      const QString &code = QStringLiteral("connection_failed"))
{
    return Error::storage(message, details, code);
}

bool isLoopbackHost(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

} // namespace

RemoteTransport::RemoteTransport(const RemoteOptions &options)
    : m_options(options)
{
    m_socket.setMaxAllowedIncomingMessageSize(256 * 1024 * 1024);
    m_socket.setMaxAllowedIncomingFrameSize(256 * 1024 * 1024);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &RemoteTransport::flush);
}

RemoteTransport::~RemoteTransport()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

Result<QPair<QString, bool>> RemoteTransport::parseLocation(const QString &location)
{
    const QUrl url(location);
    const QString scheme = url.scheme();
    const bool tls = scheme == QLatin1String("vigilo");
    if ((!tls && scheme != QLatin1String("vigilo+insecure")) || url.host().isEmpty()
        || url.port() <= 0)
        return Error::input(CoreText::tr("\"%1\" is not a server address: use vigilo://HOST:PORT "
                                         "(TLS) or vigilo+insecure://127.0.0.1:PORT (this "
                                         "machine only).")
                                .arg(location.left(200)),
                            {{QStringLiteral("location"), location.left(200)}},
                            QStringLiteral("usage"));
    if (!tls && !isLoopbackHost(url.host()))
        return Error::input(
            CoreText::tr("vigilo+insecure:// works on this machine only (127.0.0.1, ::1 or "
                         "localhost), and %1 is not: use vigilo://%1:%2, which encrypts the "
                         "connection.")
                .arg(url.host())
                .arg(url.port()),
            {{QStringLiteral("location"), location.left(200)}}, QStringLiteral("usage"));
    const QString host = url.host().contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + url.host() + QLatin1Char(']')
                             : url.host();
    return qMakePair(QString(host + QLatin1Char(':') + QString::number(url.port())), tls);
}

QString RemoteTransport::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (int i = 0; i < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QString RemoteTransport::normaliseFingerprint(const QString &text)
{
    QString out;
    for (QChar c : text.toUpper())
        if (c.isDigit() || (c >= QLatin1Char('A') && c <= QLatin1Char('F')))
            out += c;
    return out;
}

Result<std::unique_ptr<RemoteTransport>> RemoteTransport::open(const RemoteOptions &options)
{
    auto where = parseLocation(options.location);
    if (!where)
        return where.error();
    std::unique_ptr<RemoteTransport> t(new RemoteTransport(options));
    t->m_server = where->first;
    t->m_tls = where->second;
    VIGILO_TRY(t->connectSocket());
    return t;
}

Status RemoteTransport::connectSocket()
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &RemoteTransport::receive);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        const QString reason = m_socket.closeReason();
        m_closed = connectionError(
            reason.isEmpty()
                ? CoreText::tr("The server %1 closed the connection.").arg(m_server)
                : CoreText::tr("The server %1 closed the connection: %2").arg(m_server, reason),
            {{QStringLiteral("server"), m_server}});
        failAll(*m_closed);
        emit disconnected(reason);
    });
    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QSslCertificate cert = m_socket.sslConfiguration().peerCertificate();
        if (cert.isNull() && !errors.isEmpty())
            cert = errors.first().certificate();
        const QString fp = fingerprint(cert);
        const QString pinned = m_options.pinned ? m_options.pinned(m_server) : QString();
        if (!pinned.isEmpty() && normaliseFingerprint(pinned) == normaliseFingerprint(fp)) {
            m_socket.ignoreSslErrors();
            return;
        }
        const QJsonObject details{{QStringLiteral("server"), m_server},
                                  {QStringLiteral("fingerprint"), fp}};
        if (!pinned.isEmpty()) {
            m_certificateError = connectionError(
                CoreText::tr("The certificate of %1 changed since you trusted it (trusted: %2; "
                             "now: %3). Someone may be intercepting the connection. If the "
                             "server's certificate was replaced on purpose, check the new "
                             "fingerprint with its operator, then run: vigilo-cli --db %4 trust "
                             "--fingerprint %3")
                    .arg(m_server, pinned, fp, m_options.location),
                details, QStringLiteral("certificate_changed"));
            return;
        }
        if (m_options.confirm && m_options.confirm(m_server, fp, cert)) {
            if (m_options.pin)
                m_options.pin(m_server, fp);
            m_socket.ignoreSslErrors();
            return;
        }
        QStringList reasons;
        for (const QSslError &e : errors)
            reasons << e.errorString();
        m_certificateError = connectionError(
            CoreText::tr("The certificate of %1 is not trusted by this system (%2). Its "
                         "SHA-256 fingerprint is %3. If the server's operator confirms it, "
                         "trust it with: vigilo-cli --db %4 trust --fingerprint %3")
                .arg(m_server, reasons.join(QStringLiteral("; ")), fp, m_options.location),
            details, QStringLiteral("certificate_untrusted"));
    });

    const QString host = m_server.left(m_server.lastIndexOf(QLatin1Char(':')));
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(host.startsWith(QLatin1Char('[')) ? host.mid(1, host.size() - 2) : host);
    url.setPort(m_server.mid(m_server.lastIndexOf(QLatin1Char(':')) + 1).toInt());
    url.setPath(QStringLiteral("/"));
    if (m_tls) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        m_socket.setSslConfiguration(ssl);
    }
    bool done = false;
    QString socketError;
    QMetaObject::Connection opened =
        connect(&m_socket, &QWebSocket::connected, this, [&done] { done = true; });
    QMetaObject::Connection failed =
        connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
                [&done, &socketError, this](QAbstractSocket::SocketError) {
                    socketError = m_socket.errorString();
                    done = true;
                });
    QTimer timeout;
    timeout.setSingleShot(true);
    bool timedOut = false;
    connect(&timeout, &QTimer::timeout, this, [&done, &timedOut] {
        timedOut = true;
        done = true;
    });
    timeout.start(qMin(m_options.timeoutMs, 30000));
    m_socket.open(url);
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    disconnect(opened);
    disconnect(failed);
    if (m_certificateError) {
        m_socket.abort();
        return *m_certificateError;
    }
    if (timedOut || !socketError.isEmpty() || m_socket.state() != QAbstractSocket::ConnectedState) {
        m_socket.abort();
        return connectionError(
            CoreText::tr("Cannot reach the server %1: %2. Check the address and that "
                         "vigilo-server is running there.")
                .arg(m_server, timedOut ? CoreText::tr("no answer") : socketError),
            {{QStringLiteral("server"), m_server}});
    }
    m_connectedFor.start(); // the server's budget for this connection starts full now
    // The handshake goes out now; its answer comes before that of the first call.
    QJsonObject hello{{QStringLiteral("protocol"), api::jsonrpc::kProtocolVersion},
                      {QStringLiteral("client"), m_options.clientName}};
    if (!m_options.token.isEmpty())
        hello.insert(QStringLiteral("token"), m_options.token);
    if (!m_options.locale.isEmpty())
        hello.insert(QStringLiteral("locale"), m_options.locale);
    m_hello = send(QStringLiteral("hello"), hello);
    m_hello.then(this, [this](const Result<QJsonValue> &greeting) { onHello(greeting); });
    m_helloSent = true;
    return {};
}

QFuture<Result<QJsonValue>> RemoteTransport::send(const QString &method, const QJsonObject &params)
{
    auto promise = std::make_shared<QPromise<Result<QJsonValue>>>();
    promise->start();
    QFuture<Result<QJsonValue>> future = promise->future();
    if (m_closed) {
        promise->addResult(*m_closed);
        promise->finish();
        return future;
    }
    const qint64 id = m_nextId++;
    m_pending.insert(id, promise);
    m_requests.insert(id, Request{method, params, 0});
    m_outbox.enqueue(id);
    flush();
    return future;
}

bool RemoteTransport::takeToken()
{
    if (m_rate <= 0)
        return true; // the budget is not known yet (the handshake's answer tells it)
    m_tokens = qMin(m_burst, m_tokens + m_refill.restart() / 1000.0 * m_rate);
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

void RemoteTransport::flush()
{
    while (!m_outbox.isEmpty()) {
        if (m_closed)
            return;
        if (!takeToken()) {
            // The next token: the requests wait in order (the GUI's thread goes on meanwhile).
            m_flushTimer.start(qMax(1, qCeil((1 - m_tokens) / m_rate * 1000)));
            return;
        }
        const qint64 id = m_outbox.dequeue();
        const auto it = m_requests.constFind(id);
        if (it == m_requests.constEnd())
            continue;
        ++m_sentSinceConnect;
        m_socket.sendTextMessage(
            QString::fromUtf8(api::jsonrpc::request(id, it->method, it->params)));
    }
}

void RemoteTransport::learnBudget(const QJsonObject &rateLimit)
{
    const double rate = rateLimit.value(QStringLiteral("requests_per_second")).toDouble();
    const double burst = rateLimit.value(QStringLiteral("burst")).toDouble();
    if (rate <= 0 || burst < 1)
        return;
    // A little under the server's numbers: messages may arrive closer together than they left.
    m_rate = rate * 0.9;
    m_burst = qMax(1.0, burst - 2);
    // The server's bucket was full when the connection opened and each message took a token.
    const double refilled =
        m_connectedFor.isValid() ? m_connectedFor.elapsed() / 1000.0 * m_rate : 0;
    m_tokens = qBound(0.0, m_burst - double(m_sentSinceConnect) + refilled, m_burst);
    m_refill.start();
}

bool RemoteTransport::sendAgain(qint64 id, const Error &refusal)
{
    constexpr int kMaxAttempts = 8;
    auto request = m_requests.find(id);
    if (request == m_requests.end() || request->attempts >= kMaxAttempts)
        return false;
    Request again = *request;
    ++again.attempts;
    m_requests.erase(request);
    auto promise = m_pending.take(id);
    if (!promise)
        return false;
    if (m_rate <= 0) // an older server that did not say its budget in the handshake
        learnBudget(refusal.details);
    m_tokens = 0; // the server's bucket is empty
    m_refill.start();
    // A new id (the server refuses one it has seen), ahead of the requests still waiting.
    const qint64 next = m_nextId++;
    m_pending.insert(next, promise);
    m_requests.insert(next, again);
    ++m_retried;
    const int waitMs =
        qBound(1, refusal.details.value(QStringLiteral("retry_after_ms")).toInt(50), 5000);
    QTimer::singleShot(waitMs, this, [this, next] {
        if (!m_requests.contains(next))
            return;
        m_outbox.prepend(next);
        flush();
    });
    return true;
}

void RemoteTransport::receive(const QString &message)
{
    const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
    if (!o.contains(QStringLiteral("id"))) {
        if (o.value(QStringLiteral("method")).isString())
            emit notification(o.value(QStringLiteral("method")).toString(),
                              o.value(QStringLiteral("params")).toObject());
        return;
    }
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (id.isNull()) {
        // An error the server could not tie to a request (malformed, too large, rate-limited):
        // it belongs to the oldest one still waiting.
        if (!m_pending.isEmpty() && o.contains(QStringLiteral("error"))) {
            qint64 oldest = -1;
            for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
                if (!m_outbox.contains(it.key()) && (oldest < 0 || it.key() < oldest))
                    oldest = it.key();
            if (oldest < 0)
                return;
            const Error error =
                api::jsonrpc::errorFrom(o.value(QStringLiteral("error")).toObject());
            if (error.code == QLatin1String("rate_limited") && sendAgain(oldest, error))
                return;
            m_requests.remove(oldest);
            auto promise = m_pending.take(oldest);
            promise->addResult(error);
            promise->finish();
        }
        return;
    }
    const qint64 key = qint64(id.toDouble());
    if (o.contains(QStringLiteral("error"))) {
        const Error error = api::jsonrpc::errorFrom(o.value(QStringLiteral("error")).toObject());
        if (error.code == QLatin1String("rate_limited") && sendAgain(key, error))
            return;
        m_requests.remove(key);
        if (auto promise = m_pending.take(key)) {
            promise->addResult(error);
            promise->finish();
        }
        return;
    }
    m_requests.remove(key);
    auto promise = m_pending.take(key);
    if (!promise)
        return;
    promise->addResult(o.value(QStringLiteral("result")));
    promise->finish();
}

void RemoteTransport::failAll(const Error &error)
{
    m_flushTimer.stop();
    m_outbox.clear();
    m_requests.clear();
    const auto pending = std::exchange(m_pending, {});
    for (const auto &promise : pending) {
        promise->addResult(error);
        promise->finish();
    }
}

Status RemoteTransport::waitFor(const QFuture<void> &answer)
{
    QTimer timeout;
    timeout.setSingleShot(true);
    bool timedOut = false;
    connect(&timeout, &QTimer::timeout, this, [&timedOut] { timedOut = true; });
    timeout.start(m_options.timeoutMs);
    while (!answer.isFinished() && !timedOut)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!answer.isFinished())
        return connectionError(CoreText::tr("The server %1 did not answer within %2 seconds.")
                                   .arg(m_server)
                                   .arg(m_options.timeoutMs / 1000),
                               {{QStringLiteral("server"), m_server}});
    return {};
}

Result<QJsonValue> RemoteTransport::wait(QFuture<Result<QJsonValue>> future)
{
    const Status waited = waitFor(QFuture<void>(future));
    if (!waited)
        return waited.error();
    return future.result();
}

Result<QJsonObject> RemoteTransport::hello()
{
    auto answer = wait(m_hello);
    if (!answer)
        return answer.error();
    const QJsonObject o = answer->toObject();
    m_username = o.value(QStringLiteral("username")).toString();
    return o;
}

Result<QJsonValue> RemoteTransport::call(const QString &method, const QJsonObject &params)
{
    auto future = send(method, params);
    auto greeting = hello();
    if (!greeting)
        return greeting.error();
    return wait(future);
}

QFuture<Result<QJsonValue>> RemoteTransport::callAsync(const QString &method,
                                                       const QJsonObject &params)
{
    QFuture<Result<QJsonValue>> answer = send(method, params);
    if (m_hello.isFinished()) {
        if (m_hello.result().ok())
            return answer;
        // The handshake's refusal (an expired session, another protocol) is the answer.
        return QtFuture::makeReadyFuture(Result<QJsonValue>(m_hello.result().error()));
    }
    // Neither future is waited for: the call's answer may come after the handshake's, and
    // waiting for it blocked the thread that receives it (the GUI's). A QFuture keeps one
    // continuation only, so the calls made before the handshake answered queue here and
    // onHello() resolves them.
    auto promise = std::make_shared<QPromise<Result<QJsonValue>>>();
    promise->start();
    QFuture<Result<QJsonValue>> out = promise->future();
    m_afterHello.append([this, answer, promise](const Result<QJsonValue> &greeting) mutable {
        if (!greeting) {
            promise->addResult(greeting.error());
            promise->finish();
            return;
        }
        answer.then(this, [promise](const Result<QJsonValue> &result) {
            promise->addResult(result);
            promise->finish();
        });
    });
    return out;
}

void RemoteTransport::onHello(const Result<QJsonValue> &greeting)
{
    if (greeting) {
        m_username = greeting->toObject().value(QStringLiteral("username")).toString();
        learnBudget(greeting->toObject().value(QStringLiteral("rate_limit")).toObject());
    }
    const auto waiting = std::exchange(m_afterHello, {});
    for (const auto &resume : waiting)
        resume(greeting);
}

QSslCertificate RemoteTransport::peerCertificate() const
{
    return m_socket.sslConfiguration().peerCertificate();
}

} // namespace vigilo::client
