#include "ServerConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

namespace vigilo::server {

namespace {

// lupdate files bare tr() calls in this namespace under "vigilo::server": translate in it.
QString tr(const char *text)
{
    return QCoreApplication::translate("vigilo::server", text);
}

bool parseBool(const QString &v, bool *ok)
{
    const QString t = v.trimmed().toLower();
    *ok = true;
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1")
        || t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0")
        || t == QLatin1String("off"))
        return false;
    *ok = false;
    return false;
}

Result<QSslKey> readKey(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::input(tr("cannot read the TLS key %1: %2").arg(path, f.errorString()),
                            {{QStringLiteral("tls_key"), path}});
    const QByteArray pem = f.readAll();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return Error::input(
        tr("%1 is not a PEM private key (RSA or EC, without a passphrase).").arg(path),
        {{QStringLiteral("tls_key"), path}});
}

} // namespace

QStringList ServerConfig::keys()
{
    return {QStringLiteral("db"),
            QStringLiteral("listen"),
            QStringLiteral("tls_cert"),
            QStringLiteral("tls_key"),
            QStringLiteral("allow_demo"),
            QStringLiteral("max_connections"),
            QStringLiteral("max_message_bytes"),
            QStringLiteral("idle_timeout_secs"),
            QStringLiteral("sign_in_timeout_secs"),
            QStringLiteral("handshake_timeout_ms"),
            QStringLiteral("requests_per_second"),
            QStringLiteral("burst"),
            QStringLiteral("webhook_interval_secs"),
            QStringLiteral("webhook_delivery"),
            QStringLiteral("state_dir"),
            QStringLiteral("signing_passphrase_file"),
            QStringLiteral("anchor_every_events"),
            QStringLiteral("anchor_interval_secs"),
            QStringLiteral("substitute_sweep_secs")};
}

QString ServerConfig::defaultStateDir()
{
    const QString systemd = qEnvironmentVariable("STATE_DIRECTORY").section(QLatin1Char(':'), 0, 0);
    return systemd.isEmpty() ? QStringLiteral("/var/lib/vigilo") : systemd;
}

Status ServerConfig::set(const QString &key, const QString &rawValue)
{
    const QString value = rawValue.trimmed();
    auto number = [&](qint64 min, qint64 max, auto &slot) -> Status {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < min || n > max)
            return Error::input(tr("%1 must be a whole number from %2 to %3, not \"%4\".")
                                    .arg(key)
                                    .arg(min)
                                    .arg(max)
                                    .arg(value),
                                {{QStringLiteral("key"), key}});
        slot = decltype(slot + 0)(n);
        return {};
    };
    if (key == QLatin1String("db"))
        db = value;
    else if (key == QLatin1String("listen"))
        listen = value;
    else if (key == QLatin1String("tls_cert"))
        tlsCert = value;
    else if (key == QLatin1String("tls_key"))
        tlsKey = value;
    else if (key == QLatin1String("allow_demo")) {
        bool ok = false;
        allowDemo = parseBool(value, &ok);
        if (!ok)
            return Error::input(tr("allow_demo must be true or false, not \"%1\".").arg(value),
                                {{QStringLiteral("key"), key}});
    } else if (key == QLatin1String("max_connections"))
        return number(1, 100000, maxConnections);
    else if (key == QLatin1String("max_message_bytes"))
        return number(64 * 1024, 64 * 1024 * 1024, maxMessageBytes);
    else if (key == QLatin1String("idle_timeout_secs"))
        return number(1, 86400, idleTimeoutSecs);
    else if (key == QLatin1String("sign_in_timeout_secs"))
        return number(1, 3600, signInTimeoutSecs);
    else if (key == QLatin1String("handshake_timeout_ms"))
        return number(100, 600000, handshakeTimeoutMs);
    else if (key == QLatin1String("requests_per_second")) {
        bool ok = false;
        const double d = value.toDouble(&ok);
        if (!ok || d <= 0 || d > 100000)
            return Error::input(
                tr("requests_per_second must be a number above 0, not \"%1\".").arg(value),
                {{QStringLiteral("key"), key}});
        requestsPerSecond = d;
    } else if (key == QLatin1String("burst"))
        return number(1, 100000, burst);
    else if (key == QLatin1String("webhook_interval_secs"))
        return number(1, 86400, webhookIntervalSecs);
    else if (key == QLatin1String("state_dir")) {
        if (value.isEmpty())
            return Error::input(tr("state_dir needs a folder (e.g. /var/lib/vigilo)."),
                                {{QStringLiteral("key"), key}});
        stateDir = value;
    } else if (key == QLatin1String("signing_passphrase_file"))
        signingPassphraseFile = value;
    else if (key == QLatin1String("anchor_every_events"))
        return number(1, 100000000, anchorEveryEvents);
    else if (key == QLatin1String("anchor_interval_secs"))
        return number(1, 30 * 86400, anchorIntervalSecs);
    else if (key == QLatin1String("substitute_sweep_secs"))
        return number(1, 3600, substituteSweepSecs);
    else if (key == QLatin1String("webhook_delivery")) {
        if (value != QLatin1String("background") && value != QLatin1String("on_request"))
            return Error::input(
                tr("webhook_delivery must be background or on_request, not \"%1\".").arg(value),
                {{QStringLiteral("key"), key}});
        webhookDelivery = value;
    } else
        return Error::input(
            tr("unknown setting \"%1\"; known: %2").arg(key, keys().join(QStringLiteral(", "))),
            {{QStringLiteral("key"), key}});
    return {};
}

Result<ServerConfig> ServerConfig::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error::input(tr("cannot read the configuration %1: %2").arg(path, f.errorString()),
                            {{QStringLiteral("config"), path}});
    ServerConfig c;
    c.source = path;
    int lineNumber = 0;
    while (!f.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error::input(
                tr("%1, line %2: expected \"key = value\"").arg(path).arg(lineNumber),
                {{QStringLiteral("config"), path}, {QStringLiteral("line"), lineNumber}});
        const Status s = c.set(line.left(eq).trimmed(), line.mid(eq + 1));
        if (!s.ok())
            return Error::input(
                tr("%1, line %2: %3").arg(path).arg(lineNumber).arg(s.error().message),
                {{QStringLiteral("config"), path}, {QStringLiteral("line"), lineNumber}});
    }
    return c;
}

QString ServerConfig::host() const
{
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    QString h = colon < 0 ? listen : listen.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    return h;
}

quint16 ServerConfig::port() const
{
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint p = colon < 0 ? 0 : listen.mid(colon + 1).toUInt(&ok);
    return ok && p <= 65535 ? quint16(p) : 0;
}

bool ServerConfig::loopback() const
{
    const QString h = host();
    if (h == QLatin1String("localhost"))
        return true;
    const QHostAddress a(h);
    return !a.isNull() && a.isLoopback();
}

QStringList ServerConfig::problems() const
{
    QStringList out;
    if (db.isEmpty())
        out << tr("no database: pass --db postgresql://USER@HOST:PORT/DATABASE (or db = ... in "
                  "the configuration)");
    else if (!db.startsWith(QLatin1String("postgresql://"))
             && !db.startsWith(QLatin1String("postgres://")))
        out << tr("the database must be PostgreSQL (postgresql://USER@HOST:PORT/DATABASE), not "
                  "\"%1\"")
                   .arg(db.left(80));
    const QString h = host();
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint p = colon < 0 ? 0 : listen.mid(colon + 1).toUInt(&portOk);
    if (h.isEmpty() || colon < 0 || !portOk || p > 65535
        || (h != QLatin1String("localhost") && QHostAddress(h).isNull()))
        out << tr("listen must be HOST:PORT with an IP address (or localhost), e.g. "
                  "127.0.0.1:8443 or 0.0.0.0:8443, not \"%1\"")
                   .arg(listen);
    else if (!loopback() && !tls())
        out << tr("TLS is required on the non-loopback address %1: pass --tls-cert FILE "
                  "--tls-key FILE")
                   .arg(listen);
    if (tls()) {
        if (tlsCert.isEmpty() || tlsKey.isEmpty())
            out << tr("TLS needs both a certificate (--tls-cert) and its key (--tls-key)");
        else if (auto ssl = sslConfiguration(); !ssl)
            out << ssl.error().message;
    }
    return out;
}

Result<QSslConfiguration> ServerConfig::sslConfiguration() const
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(tlsCert, QSsl::Pem);
    if (chain.isEmpty())
        return Error::input(tr("%1 holds no PEM certificate (or cannot be read).").arg(tlsCert),
                            {{QStringLiteral("tls_cert"), tlsCert}});
    auto key = readKey(tlsKey);
    if (!key)
        return key.error();
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(*key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove who they are by session
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    return ssl;
}

} // namespace vigilo::server
