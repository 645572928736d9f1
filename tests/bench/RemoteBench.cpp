#include "RemoteBench.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <csignal>

namespace vigilo::bench {

QString latencyProxyPath()
{
    return QString::fromUtf8(VIGILO_LATENCY_PROXY);
}

LatencyProxy::LatencyProxy(quint16 targetPort, int rttMs)
{
    m_process.setProgram(latencyProxyPath());
    m_process.setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                            QStringLiteral("--to"), QStringLiteral("127.0.0.1:%1").arg(targetPort),
                            QStringLiteral("--rtt-ms"), QString::number(rttMs)});
    m_process.start();
    if (!m_process.waitForStarted(-1)) {
        m_error =
            QStringLiteral("cannot start %1: %2").arg(latencyProxyPath(), m_process.errorString());
        return;
    }
    // "latency-proxy: 127.0.0.1:PORT -> 127.0.0.1:TARGET, +30 ms round trip"
    static const QRegularExpression listening(QStringLiteral("^latency-proxy: [^ ]+:(\\d+) ->"));
    const QDeadlineTimer deadline(60000);
    while (m_process.state() == QProcess::Running && !deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(1000))
            continue;
        const auto match = listening.match(QString::fromUtf8(m_process.readLine()));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return;
        }
    }
    m_error = QStringLiteral("latency-proxy did not start: ")
              + QString::fromUtf8(m_process.readAllStandardError());
}

LatencyProxy::~LatencyProxy()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(-1);
        }
    }
}

qint64 LatencyProxy::bursts()
{
    if (m_process.state() != QProcess::Running)
        return -1;
    // Lines about finished connections may come first; the answer is the next "so far" line.
    ::kill(pid_t(m_process.processId()), SIGUSR1);
    static const QRegularExpression soFar(
        QStringLiteral("^latency-proxy: (\\d+) client bursts so far"));
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(1000))
            continue;
        const auto match = soFar.match(QString::fromUtf8(m_process.readLine()));
        if (match.hasMatch())
            return match.captured(1).toLongLong();
    }
    return -1;
}

QHash<QString, QString> enrollmentCodes(const QString &json)
{
    QHash<QString, QString> codes;
    const QJsonArray list = QJsonDocument::fromJson(json.toUtf8())
                                .object()
                                .value(QStringLiteral("enrollment_codes"))
                                .toArray();
    for (const QJsonValue &v : list)
        codes.insert(v[QStringLiteral("username")].toString(),
                     v[QStringLiteral("enrollment_code")].toString());
    return codes;
}

} // namespace vigilo::bench
