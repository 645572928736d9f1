#pragma once
// What vigilo-bench-remote and vigilo-bench-load share: the latency proxy (tools/latency-proxy)
// run as a child process, a transport that counts the requests a Client sends, and the
// one-time codes of `vigilo-server enroll --all-members`.

#include "Client.h"

#include <QHash>
#include <QProcess>
#include <QString>

#include <memory>

namespace vigilo::bench {

// tools/latency-proxy on a free loopback port in front of 127.0.0.1:`targetPort`, adding `rttMs`
// of round trip. bursts() asks it (SIGUSR1) how many client→server bursts it has forwarded.
class LatencyProxy final {
public:
    LatencyProxy(quint16 targetPort, int rttMs);
    ~LatencyProxy();
    LatencyProxy(const LatencyProxy &) = delete;
    LatencyProxy &operator=(const LatencyProxy &) = delete;

    bool ok() const { return m_port != 0; }
    QString errorText() const { return m_error; }
    quint16 port() const { return m_port; }
    // Every client burst so far (open connections included); -1 when the proxy did not answer.
    qint64 bursts();

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

// The path of tools/latency-proxy in the source tree.
QString latencyProxyPath();

// Passes every call to `inner` (not owned) and counts it in `*requests`.
class CountingTransport final : public client::Transport {
public:
    CountingTransport(client::Transport &inner, qint64 *requests)
        : m_inner(inner)
        , m_requests(requests)
    {}
    Result<QJsonValue> call(const QString &method, const QJsonObject &params) override
    {
        ++*m_requests;
        return m_inner.call(method, params);
    }
    QFuture<Result<QJsonValue>> callAsync(const QString &method, const QJsonObject &params) override
    {
        ++*m_requests;
        return m_inner.callAsync(method, params);
    }
    QString location() const override { return m_inner.location(); }
    bool isRemote() const override { return m_inner.isRemote(); }
    QString username() const override { return m_inner.username(); }
    Status waitFor(const QFuture<void> &answer) override { return m_inner.waitFor(answer); }

private:
    client::Transport &m_inner;
    qint64 *m_requests;
};

// A change's number in an answer ("CHG-00012", or 12).
inline int changeNumber(const QJsonValue &v)
{
    return v.isDouble() ? v.toInt() : v.toString().section(QLatin1Char('-'), -1).toInt();
}

// Parses `vigilo-server enroll --all-members --json`: username → one-time code.
QHash<QString, QString> enrollmentCodes(const QString &json);

} // namespace vigilo::bench
