#include "Server.h"

#include "SampleLedger.h"

#include "MinutesPdf.h"

#include "ChainAnchors.h"
#include "ChangeWatcher.h"
#include "Dialect.h"
#include "EvidencePack.h"
#include "JsonRpc.h"
#include "ServerAnchors.h"
#include "ServerSubstitutes.h"
#include "SigningKey.h"
#include "SqlUtil.h"
#include "Store.h"
#include "WebhookPump.h"
#include "WebhookSender.h"
#include "WorkspaceTrust.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QQueue>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>
#include <QtMath>

#include <cstdio>
#include <exception>
#include <utility>

namespace vigilo::server {

namespace {

constexpr int kRememberedIds = 4096;
constexpr int kRefusalsBeforeClose = 200;

QString serverName()
{
    return QStringLiteral("vigilo-server %1").arg(QStringLiteral(VIGILO_VERSION));
}

bool isHostMethod(const QString &name)
{
    const api::Method *m = api::find(name);
    return m && m->answeredByHost;
}

// What a remote client may see of an error: no SQL statement text.
Error forClient(Error e)
{
    e.details.remove(QStringLiteral("statement"));
    return e;
}

} // namespace

struct Server::Connection {
    QWebSocket *socket = nullptr;
    QString address;
    QString client;
    QString locale; // the client's language, from hello
    QString token;
    QString username; // of the last authenticated request
    bool helloDone = false;
    QTimer idle;
    QTimer signInDeadline;
    double tokens = 0;
    QElapsedTimer refill;
    QSet<QString> seenIds;
    QQueue<QString> idOrder;
    QSet<qint64> workspaces; // subscribed to their events
    int refusals = 0;
    bool closing = false;
    SampleLedger samples; // the packs exported here, for pack.manifest
};

Server::Server(const ServerConfig &config, Store &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(store)
    , m_clock(clock)
    , m_core(store, clock)
    , m_accounts(store, clock)
    , m_server(QStringLiteral("vigilo-server"),
               config.tls() ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode)
    , m_keys(config)
{
    for (const api::Method &m : api::methods() + api::serverMethods()) {
        qint64 upload = 0;
        for (const api::Param &p : m.params)
            if (p.type == api::Param::Type::Bytes)
                upload += p.maxLength / 3 * 4 + 8;
        m_largestUpload = qMax(m_largestUpload, upload + m_config.maxMessageBytes);
    }
}

Server::~Server()
{
    m_server.close();
    for (Connection *c : std::as_const(m_connections)) {
        c->socket->abort();
        c->socket->deleteLater();
        delete c;
    }
    m_connections.clear();
}

Status Server::listen()
{
    m_server.setHandshakeTimeout(m_config.handshakeTimeoutMs);
    m_server.setMaxPendingConnections(qMin(m_config.maxConnections, 1000));
    if (m_config.tls()) {
        auto ssl = m_config.sslConfiguration();
        if (!ssl)
            return ssl.error();
        m_server.setSslConfiguration(*ssl);
    }
    const QHostAddress address = m_config.host() == QLatin1String("localhost")
                                     ? QHostAddress(QHostAddress::LocalHost)
                                     : QHostAddress(m_config.host());
    if (!m_server.listen(address, m_config.port()))
        return Error::storage(
            tr("cannot listen on %1: %2").arg(m_config.listen, m_server.errorString()),
            {{QStringLiteral("listen"), m_config.listen}}, QStringLiteral("connection_failed"));
    connect(&m_server, &QWebSocketServer::newConnection, this, &Server::accept);
    m_watcher = std::make_unique<ChangeWatcher>(m_store, 1000);
    connect(m_watcher.get(), &ChangeWatcher::audited, this, &Server::onChange);
    m_pump = std::make_unique<WebhookPump>(m_core, m_config.webhookIntervalSecs);
    connect(m_watcher.get(), &ChangeWatcher::changed, m_pump.get(), &WebhookPump::soon);
    if (m_config.webhookDelivery == QLatin1String("background"))
        m_pump->start();
    m_anchors = std::make_unique<ServerAnchors>(m_core, m_keys, m_config);
    connect(m_watcher.get(), &ChangeWatcher::changed, m_anchors.get(),
            [this](qint64 workspaceId, int) { m_anchors->consider(workspaceId); });
    m_anchors->start();
    m_substitutes = std::make_unique<ServerSubstitutes>(m_core, m_config.substituteSweepSecs);
    m_substitutes->start();
    return {};
}

void Server::accept()
{
    while (QWebSocket *socket = m_server.nextPendingConnection()) {
        if (m_connections.size() >= m_config.maxConnections) {
            socket->close(QWebSocketProtocol::CloseCodeBadOperation,
                          tr("too many connections; try again later"));
            socket->deleteLater();
            continue;
        }
        auto *c = new Connection;
        c->socket = socket;
        c->address = socket->peerAddress().toString();
        c->tokens = m_config.burst;
        c->refill.start();
        socket->setMaxAllowedIncomingMessageSize(quint64(m_largestUpload));
        socket->setMaxAllowedIncomingFrameSize(quint64(m_largestUpload));
        m_connections.insert(socket, c);
        // Closed when no complete message arrives for a while (a slow client sending a frame
        // byte by byte never completes one), and when nobody signs in.
        c->idle.setSingleShot(true);
        c->idle.setInterval(m_config.idleTimeoutSecs * 1000);
        connect(&c->idle, &QTimer::timeout, socket, [socket] {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          tr("idle for too long; reconnect when you need the server"));
        });
        c->idle.start();
        c->signInDeadline.setSingleShot(true);
        c->signInDeadline.setInterval(m_config.signInTimeoutSecs * 1000);
        connect(&c->signInDeadline, &QTimer::timeout, socket, [socket] {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          tr("sign in first (hello with a token, or session.login)"));
        });
        c->signInDeadline.start();
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, c](const QString &message) { receive(c, message); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, c](const QByteArray &) {
            respond(c, QJsonValue::Null,
                    api::jsonrpc::protocolError(QStringLiteral("invalid_request"),
                                                tr("Send JSON-RPC requests as text messages.")));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
    }
}

void Server::drop(QWebSocket *socket)
{
    Connection *c = m_connections.take(socket);
    if (!c)
        return;
    c->closing = true;
    c->idle.stop();
    c->signInDeadline.stop();
    socket->deleteLater();
    // Later: the signal may come from inside this connection's own request.
    QMetaObject::invokeMethod(
        this, [c] { delete c; }, Qt::QueuedConnection);
}

QTranslator *Server::translatorFor(const QString &locale)
{
    if (locale.isEmpty() || QLocale(locale).language() == QLocale::English
        || QLocale(locale).language() == QLocale::C)
        return nullptr;
    const QString language = QLocale(locale).name();
    auto it = m_translators.find(language);
    if (it == m_translators.end()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(QLocale(locale), QStringLiteral("vigilo"), QStringLiteral("_"),
                              QStringLiteral(":/i18n")))
            translator.reset();
        it = m_translators.insert(language, translator);
    }
    return it->get();
}

bool Server::takeToken(Connection *c)
{
    const double elapsed = c->refill.restart() / 1000.0;
    c->tokens = qMin<double>(m_config.burst, c->tokens + elapsed * m_config.requestsPerSecond);
    if (c->tokens < 1)
        return false;
    c->tokens -= 1;
    return true;
}

qint64 Server::limitFor(const Connection *c, const QString &message) const
{
    if (c->username.isEmpty())
        return m_config.maxAnonymousMessageBytes;
    // An upload may be larger; the method must come before the params (as our clients and
    // QJsonDocument write them) so that a large message is judged before it is parsed.
    static const QRegularExpression method(
        QStringLiteral(R"re("method"\s*:\s*"([a-z_.]{1,64})")re"));
    const auto match = method.match(message.left(512));
    if (match.hasMatch())
        if (const api::Method *m = api::find(match.captured(1))) {
            qint64 upload = 0;
            for (const api::Param &p : m->params)
                if (p.type == api::Param::Type::Bytes)
                    upload += p.maxLength / 3 * 4 + 8;
            return m_config.maxMessageBytes + upload;
        }
    return m_config.maxMessageBytes;
}

void Server::receive(Connection *c, const QString &message)
{
    if (c->closing)
        return;
    c->idle.start();
    // The answer speaks the client's language (Qt's translators are global: installed for this
    // request only).
    QTranslator *translator = translatorFor(c->locale);
    if (translator)
        QCoreApplication::installTranslator(translator);
    const auto uninstall = qScopeGuard([translator] {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    });
    try {
        process(c, message);
    } catch (const std::exception &e) {
        respond(
            c, QJsonValue::Null,
            Error::storage(tr("The server could not answer: %1").arg(QString::fromUtf8(e.what())),
                           {}, QStringLiteral("internal_error")));
    } catch (...) {
        respond(c, QJsonValue::Null,
                Error::storage(tr("The server could not answer."), {},
                               QStringLiteral("internal_error")));
    }
    if (c->refusals > kRefusalsBeforeClose && !c->closing) {
        c->closing = true;
        c->socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                         tr("too many refused requests"));
    }
}

void Server::process(Connection *c, const QString &message)
{
    using api::jsonrpc::protocolError;
    // A refusal before the message is parsed still names the request when its id can be read
    // (our clients write it first), so that the client knows which one to send again.
    static const QRegularExpression idRe(QStringLiteral(R"re("id"\s*:\s*(\d{1,15}))re"));
    const auto readId = [&message] {
        const auto id = idRe.match(message.left(512));
        return id.hasMatch() ? QJsonValue(id.captured(1).toLongLong()) : QJsonValue::Null;
    };
    if (!takeToken(c)) {
        ++c->refusals;
        // Nothing of the request was done: the client may send it again after the wait.
        respond(c, readId(),
                Error::rule(QStringLiteral("rate_limited"),
                            tr("Too many requests on this connection: at most %1 per second.")
                                .arg(m_config.requestsPerSecond),
                            {{QStringLiteral("requests_per_second"), m_config.requestsPerSecond},
                             {QStringLiteral("burst"), m_config.burst},
                             {QStringLiteral("retry_after_ms"),
                              qCeil(1000.0 / m_config.requestsPerSecond)}}));
        return;
    }
    const qint64 limit = limitFor(c, message);
    const qint64 size = message.size() > limit / 3 ? message.toUtf8().size() : message.size();
    if (size > limit) {
        ++c->refusals;
        respond(c, readId(),
                protocolError(QStringLiteral("message_too_large"),
                              tr("The message is %1 bytes; this server takes at most %2 bytes "
                                 "(sign in first for larger ones).")
                                  .arg(size)
                                  .arg(limit),
                              {{QStringLiteral("limit"), limit}, {QStringLiteral("size"), size}}));
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(message.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        ++c->refusals;
        respond(c, QJsonValue::Null,
                protocolError(QStringLiteral("parse_error"),
                              tr("The message is not JSON: %1 at offset %2.")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset)));
        return;
    }
    if (!doc.isObject()) {
        ++c->refusals;
        respond(c, QJsonValue::Null,
                protocolError(QStringLiteral("invalid_request"),
                              tr("Send one JSON-RPC 2.0 request object per message (batches are "
                                 "not supported).")));
        return;
    }
    const QJsonObject request = doc.object();
    const QJsonValue id = request.value(QStringLiteral("id"));
    const bool idOk = (id.isString() && id.toString().size() <= 64)
                      || (id.isDouble() && id.toDouble() == double(qint64(id.toDouble())));
    const QJsonValue replyId = idOk ? id : QJsonValue(QJsonValue::Null);
    if (request.value(QStringLiteral("jsonrpc")).toString() != QLatin1String("2.0") || !idOk
        || !request.value(QStringLiteral("method")).isString()
        || (request.contains(QStringLiteral("params"))
            && !request.value(QStringLiteral("params")).isObject())) {
        ++c->refusals;
        respond(c, replyId,
                protocolError(QStringLiteral("invalid_request"),
                              tr("A request needs \"jsonrpc\": \"2.0\", an \"id\" (a number or a "
                                 "short string), a \"method\" and \"params\" as an object.")));
        return;
    }
    // A request id is used once per connection: a replayed request is refused, not run again.
    const QString idKey =
        QString::fromUtf8(QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact));
    if (c->seenIds.contains(idKey)) {
        ++c->refusals;
        respond(c, replyId,
                protocolError(QStringLiteral("invalid_request"),
                              tr("The request id %1 was already used on this connection: a "
                                 "repeated request is not run again.")
                                  .arg(idKey.mid(1, idKey.size() - 2)),
                              {{QStringLiteral("reason"), QStringLiteral("duplicate_id")}}));
        return;
    }
    c->seenIds.insert(idKey);
    c->idOrder.enqueue(idKey);
    if (c->idOrder.size() > kRememberedIds)
        c->seenIds.remove(c->idOrder.dequeue());

    const QString method = request.value(QStringLiteral("method")).toString();
    const QJsonObject params = request.value(QStringLiteral("params")).toObject();
    if (method == QLatin1String("webhook.deliver"))
        return deliver(c, replyId, params);
    const Result<QJsonValue> result =
        isHostMethod(method) ? handleOwn(c, method, params) : handleApi(c, method, params);
    if (!result.ok())
        ++c->refusals;
    else
        c->refusals = 0;
    respond(c, replyId, result);
}

void Server::send(Connection *c, const QByteArray &message)
{
    if (c->closing)
        return;
    c->socket->sendTextMessage(QString::fromUtf8(message));
    // Into the kernel now, not when the event loop next comes round: a server busy with a queue
    // of requests left a frame half sent for seconds, and the client's WebSocket gives up on a
    // frame that stalls for 5 s ("Timeout when reading data from socket", seen under load).
    c->socket->flush();
}

void Server::respond(Connection *c, const QJsonValue &id, const Result<QJsonValue> &result)
{
    if (result.ok())
        send(c, api::jsonrpc::result(id, result.value()));
    else
        send(c, api::jsonrpc::failure(id, forClient(result.error())));
}

Result<Session> Server::currentSession(Connection *c)
{
    if (c->token.isEmpty())
        return Error::rule(QStringLiteral("not_signed_in"),
                           tr("Sign in first: send hello with your token, or session.login "
                              "(vigilo-cli login USER)."));
    // Checked on every request: a revoked or expired session stops at once.
    auto session = m_accounts.authenticate(c->token, c->address);
    if (!session) {
        c->token.clear();
        c->username.clear();
        return session.error();
    }
    c->username = session->username;
    c->signInDeadline.stop();
    return session;
}

Result<QJsonValue> Server::handleOwn(Connection *c, const QString &method,
                                     const QJsonObject &params)
{
    const api::Method *m = api::find(method);
    VIGILO_TRY(api::validate(*m, params));
    if (method == QLatin1String("hello")) {
        const int protocol = params.value(QStringLiteral("protocol")).toInt();
        if (protocol != api::jsonrpc::kProtocolVersion)
            return Error::rule(
                QStringLiteral("protocol_mismatch"),
                tr("This server speaks protocol version %1 and the client %2: "
                   "install matching versions of Vigilo.")
                    .arg(api::jsonrpc::kProtocolVersion)
                    .arg(protocol),
                {{QStringLiteral("server_protocol"), api::jsonrpc::kProtocolVersion}});
        c->helloDone = true;
        c->client = params.value(QStringLiteral("client")).toString().left(120);
        c->locale = params.value(QStringLiteral("locale")).toString().left(20);
        // The connection's request budget: a client paces itself to it instead of being refused.
        QJsonObject out{
            {QStringLiteral("protocol"), api::jsonrpc::kProtocolVersion},
            {QStringLiteral("server"), serverName()},
            {QStringLiteral("rate_limit"),
             QJsonObject{{QStringLiteral("requests_per_second"), m_config.requestsPerSecond},
                         {QStringLiteral("burst"), m_config.burst}}}};
        if (params.contains(QStringLiteral("token"))) {
            c->token = params.value(QStringLiteral("token")).toString();
            auto session = currentSession(c);
            if (!session)
                return session.error();
            out.insert(QStringLiteral("username"), session->username);
            out.insert(QStringLiteral("expires_at"), jsonTime(session->expiresAt));
        }
        return QJsonValue(out);
    }
    if (method == QLatin1String("session.login")) {
        auto signedIn = m_accounts.signIn(
            params.value(QStringLiteral("username")).toString(),
            params.value(QStringLiteral("password")).toString(),
            params.value(QStringLiteral("enrollment_code")).toString(), c->address, c->client);
        if (!signedIn)
            return signedIn.error();
        c->token = signedIn->token;
        c->username = signedIn->username;
        c->signInDeadline.stop();
        return QJsonValue(
            QJsonObject{{QStringLiteral("token"), signedIn->token},
                        {QStringLiteral("username"), signedIn->username},
                        {QStringLiteral("expires_at"), jsonTime(signedIn->expiresAt)}});
    }
    auto session = currentSession(c);
    if (!session)
        return session.error();
    if (method == QLatin1String("session.whoami"))
        return whoami(*session);
    if (method == QLatin1String("session.logout")) {
        VIGILO_TRY(m_accounts.signOut(*session, c->address));
        c->token.clear();
        c->username.clear();
        return QJsonValue(QJsonObject{{QStringLiteral("signed_out"), true}});
    }
    if (method == QLatin1String("session.logout_all")) {
        auto revoked = m_accounts.signOutEverywhere(*session, c->address);
        if (!revoked)
            return revoked.error();
        c->token.clear();
        c->username.clear();
        return QJsonValue(QJsonObject{{QStringLiteral("revoked"), *revoked}});
    }
    if (method == QLatin1String("pack.export") || method == QLatin1String("pack.verify")
        || method == QLatin1String("pack.manifest")
        || method == QLatin1String("meeting.minutes_pdf")) {
        auto actor = m_core.workspaces().signIn(
            params.value(QStringLiteral("workspace")).toString(), session->username);
        if (!actor)
            return actor.error();
        if (method == QLatin1String("meeting.minutes_pdf"))
            return exportMinutes(*actor, params);
        if (method == QLatin1String("pack.manifest"))
            return signManifest(c, *actor, params);
        return method == QLatin1String("pack.export") ? exportPack(c, *actor, params)
                                                      : verifyPack(*actor, params);
    }
    if (method.startsWith(QLatin1String("trust."))) {
        auto actor = m_core.workspaces().signIn(
            params.value(QStringLiteral("workspace")).toString(), session->username);
        if (!actor)
            return actor.error();
        return trust(*actor, method, params);
    }
    if (method == QLatin1String("events.subscribe")) {
        auto actor = m_core.workspaces().signIn(
            params.value(QStringLiteral("workspace")).toString(), session->username);
        if (!actor)
            return actor.error();
        c->workspaces.insert(actor->workspace.id);
        return QJsonValue(QJsonObject{{QStringLiteral("subscribed"), actor->workspace.slug}});
    }
    return Error::input(tr("There is no method \"%1\".").arg(method.left(80)), {},
                        QStringLiteral("unknown_method"));
}

// Evidence packs are printed and checked in a scratch folder of the server; only the bytes and
// the results travel. The server signs with the workspace's key (ServerKeys) and keeps the chain
// head the pack covers in its anchor log.
Result<std::shared_ptr<SigningKey>> Server::signingKey(const Actor &actor)
{
    auto key = m_keys.keyFor(actor.workspace.slug);
    if (!key)
        return key.error();
    const CertificateInfo &cert = (*key)->certificate();
    // An admin revoked the server's key: rotate it first (vigilo-server key create --replace).
    auto revoked = sql::run(m_store,
                            QStringLiteral("SELECT revoked_at FROM trusted_certificates WHERE "
                                           "workspace_id = ? AND fingerprint = ?"),
                            {actor.workspace.id, cert.fingerprint});
    if (!revoked)
        return revoked.error();
    const bool isRevoked = revoked->next() && !revoked->value(0).isNull();
    revoked->finish();
    if (isRevoked)
        return Error::rule(QStringLiteral("signing_key_revoked"),
                           tr("The server's signing key for workspace \"%1\" (%2) was revoked: "
                              "the server's administrator makes a new one with `vigilo-server "
                              "key create --workspace %1 --replace`.")
                               .arg(actor.workspace.slug, cert.fingerprintText()),
                           {{QStringLiteral("fingerprint"), cert.fingerprint}});
    return key;
}

// Minutes are printed in memory and signed with the workspace's key, like packs.
Result<QJsonValue> Server::exportMinutes(const Actor &actor, const QJsonObject &params)
{
    auto key = signingKey(actor);
    if (!key)
        return key.error();
    const api::Args args(params);
    PackExport options;
    options.locale = args.text(QStringLiteral("locale"));
    options.signer = key->get();
    MinutesPdfResult info;
    auto pdf = MinutesPdf(m_core).exportBytes(
        actor, int(args.integer(QStringLiteral("meeting"), 0)), options, &info);
    if (!pdf)
        return pdf.error();
    QJsonObject result = info.toJson();
    result.remove(QStringLiteral("path"));
    return QJsonValue(QJsonObject{{QStringLiteral("minutes_pdf"), result},
                                  {QStringLiteral("pdf"), QString::fromLatin1(pdf->toBase64())}});
}

Result<QJsonValue> Server::exportPack(Connection *c, const Actor &actor, const QJsonObject &params)
{
    auto key = signingKey(actor);
    if (!key)
        return key.error();
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::storage(tr("The server has no room for a temporary file."), {},
                              QStringLiteral("internal_error"));
    const api::Args args(params);
    const QString path = dir.filePath(QStringLiteral("pack.pdf"));
    PackExport options;
    options.locale = args.text(QStringLiteral("locale"));
    options.signer = key->get();
    auto pack = EvidencePack(m_core).exportPdf(actor, args.change(), path, options);
    if (!pack)
        return pack.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(
            tr("The server cannot read the pack it printed: %1").arg(file.errorString()), {},
            QStringLiteral("internal_error"));
    // The chain head the pack signed, kept outside the database as well.
    ChainAnchor anchor;
    anchor.database = anchors::databaseKey(m_store);
    anchor.workspace = actor.workspace.slug;
    anchor.seq = pack->auditSeq;
    anchor.hash = pack->headHash;
    anchor.signedAt = m_clock.now().toUTC();
    anchor.source = QStringLiteral("pack %1").arg(pack->number);
    if (auto record = anchors::sign(anchor, **key); record && m_anchors)
        VIGILO_TRY(m_anchors->keep(anchor, *record));
    // Its line of a sample's manifest, as the pack was printed (pack.manifest signs only these).
    auto entry = manifest::entryFor(m_core, actor, *pack);
    if (!entry)
        return entry.error();
    c->samples.record(actor, *entry, m_clock.now());
    QJsonObject result = pack->toJson();
    result.remove(QStringLiteral("path"));
    return QJsonValue(
        QJsonObject{{QStringLiteral("evidence_pack"), result},
                    {QStringLiteral("pdf"), QString::fromLatin1(file.readAll().toBase64())}});
}

// An audit sample's manifest for packs this connection exported, signed with the workspace's key.
Result<QJsonValue> Server::signManifest(Connection *c, const Actor &actor,
                                        const QJsonObject &params)
{
    QDateTime startedAt;
    auto entries = c->samples.entries(actor, api::Args(params).textList(QStringLiteral("digests")),
                                      &startedAt);
    if (!entries)
        return entries.error();
    auto key = signingKey(actor);
    if (!key)
        return key.error();
    auto files = manifest::signedFiles(actor, startedAt, **key, *entries);
    if (!files)
        return files.error();
    QJsonObject out{{QStringLiteral("packs"), int(entries->size())},
                    {QStringLiteral("signer"), (*key)->certificate().toJson()}};
    const QStringList keys = {QStringLiteral("json"), QStringLiteral("json_p7s"),
                              QStringLiteral("csv"), QStringLiteral("csv_p7s")};
    for (int i = 0; i < files->size() && i < keys.size(); ++i)
        out.insert(keys.at(i), QString::fromLatin1(files->at(i).second.toBase64()));
    return QJsonValue(QJsonObject{{QStringLiteral("manifest"), out}});
}

Result<QJsonValue> Server::trust(const Actor &actor, const QString &method,
                                 const QJsonObject &params)
{
    const api::Args args(params);
    WorkspaceTrust trust(m_core);
    if (method == QLatin1String("trust.list")) {
        auto list = trust.list(actor);
        if (!list)
            return list.error();
        QJsonArray certs;
        for (const TrustEntry &e : list->entries)
            certs.append(e.toJson());
        return QJsonValue(QJsonObject{{QStringLiteral("certificates"), certs}});
    }
    if (method == QLatin1String("trust.bundle")) {
        auto bundle = trust.bundle(actor);
        if (!bundle)
            return bundle.error();
        return QJsonValue(QJsonObject{
            {QStringLiteral("trust_bundle"),
             QJsonObject{{QStringLiteral("bundle"), QString::fromUtf8(*bundle)},
                         {QStringLiteral("digest"), WorkspaceTrust::bundleDigest(*bundle)}}}});
    }
    Result<TrustEntry> entry =
        method == QLatin1String("trust.add")
            ? trust.add(actor, args.bytes(QStringLiteral("pem")))
            : trust.revoke(actor, args.text(QStringLiteral("fingerprint")),
                           args.text(QStringLiteral("reason")), args.time(QStringLiteral("since")));
    if (!entry)
        return entry.error();
    return QJsonValue(QJsonObject{{QStringLiteral("certificate"), entry->toJson()}});
}

Status Server::auditVerified(const Actor &actor, AuditVerification &v, QJsonObject &extra)
{
    if (!m_anchors)
        return {};
    return m_anchors->check(m_core, actor, v, extra);
}

Result<QJsonValue> Server::verifyPack(const Actor &actor, const QJsonObject &params)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::storage(tr("The server has no room for a temporary file."), {},
                              QStringLiteral("internal_error"));
    const QString path = dir.filePath(QStringLiteral("pack.pdf"));
    QSaveFile file(path);
    const QByteArray pdf = api::Args(params).bytes(QStringLiteral("pdf"));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Error::storage(
            tr("The server cannot keep the pack to check it: %1").arg(file.errorString()), {},
            QStringLiteral("internal_error"));
    auto v = EvidencePack(m_core).verify(actor, path);
    if (!v)
        return v.error();
    QJsonObject result = v->toJson();
    result.remove(QStringLiteral("path"));
    return QJsonValue(QJsonObject{{QStringLiteral("pack_verification"), result}});
}

void Server::deliver(Connection *c, const QJsonValue &id, const QJsonObject &params)
{
    const api::Method *m = api::find(QStringLiteral("webhook.deliver"));
    if (Status valid = api::validate(*m, params); !valid.ok())
        return respond(c, id, valid.error());
    auto session = currentSession(c);
    if (!session)
        return respond(c, id, session.error());
    auto actor = m_core.workspaces().signIn(params.value(QStringLiteral("workspace")).toString(),
                                            session->username);
    if (!actor)
        return respond(c, id, actor.error());
    QPointer<QWebSocket> socket = c->socket;
    m_pump->deliverFor(
        *actor, params.value(QStringLiteral("max")).toInt(100),
        params.value(QStringLiteral("timeout_secs")).toInt(30) * 1000,
        [this, socket, id](const DeliveryRun &run) {
            Connection *c = socket ? m_connections.value(socket) : nullptr;
            if (c)
                respond(c, id,
                        QJsonValue(QJsonObject{{QStringLiteral("delivery_run"), run.toJson()}}));
        });
}

Result<QJsonValue> Server::whoami(const Session &session)
{
    VIGILO_TRY(m_store.bindMember(session.username)); // their own memberships, nobody else's
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT w.slug, w.name, m.role FROM members m JOIN "
                                     "workspaces w ON w.id = m.workspace_id WHERE m.username = ? "
                                     "AND m.active = 1 ORDER BY w.slug"),
                      {session.username});
    if (!q)
        return q.error();
    QJsonArray workspaces;
    while (q->next())
        workspaces.append(QJsonObject{{QStringLiteral("slug"), q->value(0).toString()},
                                      {QStringLiteral("name"), q->value(1).toString()},
                                      {QStringLiteral("role"), q->value(2).toString()}});
    return QJsonValue(
        QJsonObject{{QStringLiteral("username"), session.username},
                    {QStringLiteral("session"),
                     QJsonObject{{QStringLiteral("created_at"), jsonTime(session.createdAt)},
                                 {QStringLiteral("expires_at"), jsonTime(session.expiresAt)}}},
                    {QStringLiteral("workspaces"), workspaces}});
}

Result<QJsonValue> Server::handleApi(Connection *c, const QString &method,
                                     const QJsonObject &params)
{
    const api::Method *m = api::find(method);
    if (!m)
        return Error::input(tr("There is no method \"%1\".").arg(method.left(80)),
                            {{QStringLiteral("method"), method.left(80)}},
                            QStringLiteral("unknown_method"));
    QString username;
    if (m->scope != api::Scope::Public) {
        auto session = currentSession(c);
        if (!session)
            return session.error();
        username = session->username;
    }
    m_revokedNow.clear();
    auto result = api::dispatch(m_core, username, method, params, this);
    // Only once the write committed: the sessions are gone, so are this server's connections.
    const QStringList revoked = std::exchange(m_revokedNow, {});
    if (result.ok())
        for (const QString &who : revoked)
            forgetConnectionsOf(who);
    return result;
}

Result<int> Server::revokeSessions(const Actor &actor, const Member &member)
{
    auto ended =
        m_accounts.revokeSessionsOf(member.username, actor.member.username, actor.workspace.slug);
    if (ended)
        m_revokedNow << member.username;
    return ended;
}

void Server::forgetConnectionsOf(const QString &username)
{
    for (Connection *c : std::as_const(m_connections))
        if (c->username == username)
            c->workspaces.clear(); // its next request is refused as signed out (session_revoked)
}

void Server::onChange(qint64 workspaceId, int number, qint64 seq)
{
    if (number <= 0) {
        onMeetingEvent(workspaceId, seq);
        return;
    }
    const QList<Connection *> listeners = listenersOf(workspaceId);
    if (listeners.isEmpty())
        return;
    // Read as a member who listens (row-level security): the event names nothing they cannot
    // see anyway.
    if (!m_store.bindMember(listeners.first()->username).ok())
        return;
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT w.slug, c.version FROM workspaces w LEFT JOIN "
                                     "changes c ON c.workspace_id = w.id AND c.number = ? WHERE "
                                     "w.id = ?"),
                      {number, workspaceId});
    if (!q || !q->next())
        return;
    const QByteArray message = api::jsonrpc::notification(
        QStringLiteral("event.change"), {{QStringLiteral("workspace"), q->value(0).toString()},
                                         {QStringLiteral("number"), formatChangeNumber(number)},
                                         {QStringLiteral("version"), q->value(1).toInt()},
                                         {QStringLiteral("seq"), seq}});
    q->finish();
    for (Connection *c : std::as_const(listeners))
        send(c, message);
}

QList<Server::Connection *> Server::listenersOf(qint64 workspaceId) const
{
    QList<Connection *> listeners;
    for (Connection *c : std::as_const(m_connections))
        if (c->workspaces.contains(workspaceId) && !c->closing)
            listeners << c;
    return listeners;
}

// A CAB meeting moved without a change (created, started, attendance, agenda, closed): the
// workstations following it read the room again (event.meeting).
void Server::onMeetingEvent(qint64 workspaceId, qint64 seq)
{
    const QList<Connection *> listeners = listenersOf(workspaceId);
    if (listeners.isEmpty() || seq <= 0)
        return;
    if (!m_store.bindMember(listeners.first()->username).ok())
        return;
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT w.slug, m.number FROM audit_events a JOIN workspaces "
                                     "w ON w.id = a.workspace_id JOIN cab_meetings m ON m.id = "
                                     "a.entity_id AND m.workspace_id = a.workspace_id WHERE "
                                     "a.workspace_id = ? AND a.seq = ? AND a.entity = "
                                     "'cab_meeting'"),
                      {workspaceId, seq});
    if (!q || !q->next())
        return;
    const QByteArray message = api::jsonrpc::notification(
        QStringLiteral("event.meeting"), {{QStringLiteral("workspace"), q->value(0).toString()},
                                          {QStringLiteral("meeting"), q->value(1).toInt()},
                                          {QStringLiteral("seq"), seq}});
    q->finish();
    for (Connection *c : listeners)
        send(c, message);
}

Result<QJsonObject> Server::memberAdded(const Actor &actor, const Member &member)
{
    auto code = m_accounts.issueCode(member.username, actor.member.username, true);
    if (!code)
        return code.error();
    if (!*code)
        return QJsonObject{};
    return QJsonObject{{QStringLiteral("enrollment_code"), (*code)->code},
                       {QStringLiteral("enrollment_expires_at"), jsonTime((*code)->expiresAt)}};
}

} // namespace vigilo::server
