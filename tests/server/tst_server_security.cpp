// vigilo-server attacked over a real socket: no token, forged, expired and revoked tokens,
// another workspace's data and ids, a viewer's writes, actor fields in requests, oversized and
// malformed messages (random and truncated frames), a slow client, replayed requests, brute-force
// sign-in, too many requests, TLS with an unknown and a changed certificate, and events that
// reach only the workspace's members, from every server of the database; one member's sessions
// ended by another only as the core allows (crafted requests included).
#include "CliFixture.h"
#include "CliRunner.h"
#include "LoopbackHttpServer.h"
#include "RawSql.h"
#include "RemoteTransport.h"
#include "RpcClient.h"
#include "TestBackend.h"
#include "TestServer.h"
#include "Webhooks.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSettings>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vigilo::test;

namespace {

QString future(int days)
{
    QDateTime t = QDateTime::currentDateTimeUtc().addDays(days);
    t.setTime(QTime(t.time().hour(), 0));
    return t.toString(Qt::ISODate);
}

QJsonObject draft(const QString &title)
{
    return {{QStringLiteral("workspace"), QStringLiteral("ops")},
            {QStringLiteral("title"), title},
            {QStringLiteral("affected_assets"), QJsonArray{QStringLiteral("web")}},
            {QStringLiteral("planned_start"), future(3)},
            {QStringLiteral("planned_end"), future(4)},
            {QStringLiteral("implementation_plan"), QStringLiteral("1. Do it")},
            {QStringLiteral("rollback_plan"), QStringLiteral("Undo it")}};
}

QString sha256(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool openssl(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    p.waitForFinished(-1);
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A self-signed certificate for 127.0.0.1, and its SHA-256 fingerprint as openssl prints it.
QString makeCertificate(const QString &dir, const QString &name)
{
    const QString cert = dir + QLatin1Char('/') + name + QStringLiteral(".pem");
    const QString key = dir + QLatin1Char('/') + name + QStringLiteral(".key");
    if (!openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                  QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                  QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                  QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                  QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=vigilo-test"), QStringLiteral("-addext"),
                  QStringLiteral("subjectAltName=IP:127.0.0.1")}))
        return {};
    QByteArray out;
    if (!openssl({QStringLiteral("x509"), QStringLiteral("-in"), cert, QStringLiteral("-noout"),
                  QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
                 &out))
        return {};
    return QString::fromLatin1(out).section(QLatin1Char('='), 1).trimmed();
}

// Repeats `attempt` (which has side effects, unlike QTRY's expressions) every 50 ms until it
// returns true or `ms` pass.
template <typename F> bool retryFor(int ms, F attempt)
{
    QDeadlineTimer deadline(ms);
    while (!attempt()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(50);
    }
    return true;
}

} // namespace

class TestServerSecurity : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void noTokenNoAccess();
    void forgedExpiredAndRevokedTokens();
    void anotherWorkspaceStaysClosed();
    void viewersCannotWrite();
    void actorFieldsAreRefused();
    void oversizedMessages();
    void malformedAndRandomFrames();
    void replayedRequests();
    void enrollmentCodes();
    void bruteForceBackOff();
    void slowAndSilentClients();
    void tooManyRequests();
    void theClientPacesItselfToTheBudget();
    void tlsCertificatesArePinned();
    void insecureOnlyOnLoopback();
    void eventsReachMembersOnEveryServer();
    void webhooksAreSentByTheServer();
    void revokingAnothersSessions();

private:
    QJsonObject as(const QString &user, const QString &method, const QJsonObject &params);
    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<TestServer> m_server;
};

void TestServerSecurity::initTestCase()
{
    QVERIFY2(!serverPath().isEmpty(), "built without vigilo-server");
    QVERIFY2(!pgAdminUrl().isEmpty(), "run under .ci/with-postgres (VIGILO_TEST_PG_URL)");
    m_db = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
    m_server = std::make_unique<TestServer>(
        m_db->url(),
        QStringList{QStringLiteral("--set"), QStringLiteral("webhook_delivery=on_request"),
                    QStringLiteral("--set"), QStringLiteral("requests_per_second=1000"),
                    QStringLiteral("--set"), QStringLiteral("burst=1000")});
    QVERIFY2(m_server->ok(), qPrintable(m_server->errorText()));
    // ops: olga (owner), erik (engineer), anna (approver), vera (viewer); other: zed (owner).
    QVERIFY2(
        !m_server->enroll(QStringLiteral("olga"), QStringLiteral("ops"), QStringLiteral("owner"))
             .isEmpty(),
        qPrintable(m_server->errorText()));
    QVERIFY2(
        !m_server->enroll(QStringLiteral("zed"), QStringLiteral("other"), QStringLiteral("owner"))
             .isEmpty(),
        qPrintable(m_server->errorText()));
    for (const auto &[user, role] :
         QList<std::pair<QString, QString>>{{QStringLiteral("erik"), QStringLiteral("engineer")},
                                            {QStringLiteral("anna"), QStringLiteral("approver")},
                                            {QStringLiteral("vera"), QStringLiteral("viewer")}}) {
        const QJsonObject added = as(QStringLiteral("olga"), QStringLiteral("member.add"),
                                     {{QStringLiteral("workspace"), QStringLiteral("ops")},
                                      {QStringLiteral("username"), user},
                                      {QStringLiteral("role"), role}});
        QVERIFY2(added.contains(QStringLiteral("result")), show(added));
        // A new member gets a one-time code with the answer.
        QVERIFY2(!added.value(QStringLiteral("result"))
                      .toObject()
                      .value(QStringLiteral("enrollment_code"))
                      .toString()
                      .isEmpty(),
                 show(added));
    }
    QVERIFY(as(QStringLiteral("olga"), QStringLiteral("asset.add"),
               {{QStringLiteral("workspace"), QStringLiteral("ops")},
                {QStringLiteral("name"), QStringLiteral("web")}})
                .contains(QStringLiteral("result")));
    QVERIFY(as(QStringLiteral("zed"), QStringLiteral("asset.add"),
               {{QStringLiteral("workspace"), QStringLiteral("other")},
                {QStringLiteral("name"), QStringLiteral("vault")}})
                .contains(QStringLiteral("result")));
    QJsonObject secret = draft(QStringLiteral("Secret change of other"));
    secret.insert(QStringLiteral("workspace"), QStringLiteral("other"));
    secret.insert(QStringLiteral("affected_assets"), QJsonArray{QStringLiteral("vault")});
    QVERIFY(as(QStringLiteral("zed"), QStringLiteral("change.create"), secret)
                .contains(QStringLiteral("result")));
    const QJsonObject attached =
        as(QStringLiteral("zed"), QStringLiteral("attachment.add"),
           {{QStringLiteral("workspace"), QStringLiteral("other")},
            {QStringLiteral("number"), 1},
            {QStringLiteral("file_name"), QStringLiteral("keys.txt")},
            {QStringLiteral("content"), QString::fromLatin1(QByteArray("top secret").toBase64())}});
    QVERIFY2(attached.contains(QStringLiteral("result")), show(attached));
    QVERIFY(as(QStringLiteral("erik"), QStringLiteral("change.create"),
               draft(QStringLiteral("Rotate TLS")))
                .contains(QStringLiteral("result")));
}

void TestServerSecurity::cleanupTestCase()
{
    m_server.reset();
    m_db.reset();
}

QJsonObject TestServerSecurity::as(const QString &user, const QString &method,
                                   const QJsonObject &params)
{
    RpcClient c(m_server->port());
    c.hello(m_server->tokenFor(user));
    return c.call(method, params);
}

void TestServerSecurity::noTokenNoAccess()
{
    RpcClient c(m_server->port());
    QVERIFY(c.isOpen());
    // Without hello, and after a hello without a token: nothing but signing in.
    QJsonObject r = c.call(QStringLiteral("change.list"),
                           {{QStringLiteral("workspace"), QStringLiteral("ops")}});
    QCOMPARE(errorCode(r), QStringLiteral("not_signed_in"));
    QCOMPARE(rpcCode(r), -32002);
    QVERIFY(c.hello().contains(QStringLiteral("result")));
    for (const QString &method :
         {QStringLiteral("change.list"), QStringLiteral("workspace.list"),
          QStringLiteral("session.whoami"), QStringLiteral("events.subscribe"),
          QStringLiteral("demo.build")}) {
        r = c.call(method, {{QStringLiteral("workspace"), QStringLiteral("ops")}});
        if (method == QLatin1String("workspace.list") || method == QLatin1String("demo.build")
            || method == QLatin1String("session.whoami"))
            r = c.call(method, {});
        QVERIFY2(errorCode(r) == QLatin1String("not_signed_in"),
                 qPrintable(method + QString::fromUtf8(show(r))));
    }
    // The public ones answer.
    r = c.call(QStringLiteral("database.info"));
    QVERIFY2(r.contains(QStringLiteral("result")), show(r));
}

void TestServerSecurity::forgedExpiredAndRevokedTokens()
{
    RpcClient forged(m_server->port());
    QCOMPARE(errorCode(forged.hello(QStringLiteral("vgs_") + QString(43, QLatin1Char('A')))),
             QStringLiteral("not_signed_in"));

    // Expired: the database says the session ended yesterday.
    const QString expired = m_server->tokenFor(QStringLiteral("anna"));
    RpcClient early(m_server->port());
    QVERIFY(early.hello(expired).contains(QStringLiteral("result")));
    QCOMPARE(
        rawExec(m_db->url(), {QStringLiteral("UPDATE sessions SET expires_at = "
                                             "'2000-01-01T00:00:00.000Z' WHERE token_hash = '%1'")
                                  .arg(sha256(expired))}),
        QString());
    QJsonObject r = early.call(QStringLiteral("change.list"),
                               {{QStringLiteral("workspace"), QStringLiteral("ops")}});
    QVERIFY2(errorCode(r) == QLatin1String("session_expired"), show(r)); // checked per request
    RpcClient late(m_server->port());
    QCOMPARE(errorCode(late.hello(expired)), QStringLiteral("session_expired"));
    m_server->forgetToken(QStringLiteral("anna"));

    // Revoked: erik signs out everywhere from one session; every other one stops at once.
    const QString first = m_server->tokenFor(QStringLiteral("erik"));
    RpcClient second(m_server->port());
    r = second.call(QStringLiteral("session.login"),
                    {{QStringLiteral("username"), QStringLiteral("erik")},
                     {QStringLiteral("password"), TestServer::passwordOf(QStringLiteral("erik"))}});
    QVERIFY2(r.contains(QStringLiteral("result")), show(r));
    RpcClient one(m_server->port());
    QVERIFY(one.hello(first).contains(QStringLiteral("result")));
    r = second.call(QStringLiteral("session.logout_all"));
    QVERIFY2(r.value(QStringLiteral("result")).toObject().value(QStringLiteral("revoked")).toInt()
                 >= 2,
             show(r));
    r = one.call(QStringLiteral("change.list"),
                 {{QStringLiteral("workspace"), QStringLiteral("ops")}});
    QCOMPARE(errorCode(r), QStringLiteral("session_revoked"));
    RpcClient again(m_server->port());
    QCOMPARE(errorCode(again.hello(first)), QStringLiteral("session_revoked"));
    // The log says so.
    QVERIFY(rawCount(m_db->url(), QStringLiteral("account_events"),
                     QStringLiteral("username = 'erik' AND event = 'signout.everywhere'"))
            == 1);
    // erik signs in again for the other tests.
    m_server->forgetToken(QStringLiteral("erik"));
}

void TestServerSecurity::anotherWorkspaceStaysClosed()
{
    const QString token = m_server->tokenFor(QStringLiteral("olga"));
    RpcClient c(m_server->port());
    QVERIFY(c.hello(token).contains(QStringLiteral("result")));
    const QJsonObject other{{QStringLiteral("workspace"), QStringLiteral("other")},
                            {QStringLiteral("number"), 1}};
    for (const QString &method :
         {QStringLiteral("change.get"), QStringLiteral("change.open"),
          QStringLiteral("change.history"), QStringLiteral("comment.list")}) {
        const QJsonObject r = c.call(method, other);
        QVERIFY2(errorCode(r) == QLatin1String("permission_denied"),
                 qPrintable(method + QString::fromUtf8(show(r))));
    }
    QCOMPARE(errorCode(c.call(QStringLiteral("events.subscribe"),
                              {{QStringLiteral("workspace"), QStringLiteral("other")}})),
             QStringLiteral("permission_denied"));
    // other's attachment id, asked for from ops: not there.
    const qint64 id =
        rawScalar(m_db->url(), QStringLiteral("SELECT MAX(id) FROM attachments")).toLongLong();
    QVERIFY(id > 0);
    QJsonObject r =
        c.call(QStringLiteral("attachment.content"),
               {{QStringLiteral("workspace"), QStringLiteral("ops")}, {QStringLiteral("id"), id}});
    QVERIFY2(errorCode(r) == QLatin1String("not_found"), show(r));
    QVERIFY(!show(r).contains("top secret"));
    // The list of workspaces is the member's own; "all" is not for a server.
    r = c.call(QStringLiteral("workspace.list"));
    QCOMPARE(r.value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("workspaces"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(errorCode(c.call(QStringLiteral("workspace.list"), {{QStringLiteral("all"), true}})),
             QStringLiteral("permission_denied"));
}

void TestServerSecurity::viewersCannotWrite()
{
    const QString before = rawFingerprint(m_db->url());
    RpcClient c(m_server->port());
    QVERIFY(c.hello(m_server->tokenFor(QStringLiteral("vera"))).contains(QStringLiteral("result")));
    const QList<std::pair<QString, QJsonObject>> writes = {
        {QStringLiteral("change.create"), draft(QStringLiteral("Viewer's change"))},
        {QStringLiteral("comment.add"),
         {{QStringLiteral("workspace"), QStringLiteral("ops")},
          {QStringLiteral("number"), 1},
          {QStringLiteral("body"), QStringLiteral("hi")}}},
        {QStringLiteral("asset.add"),
         {{QStringLiteral("workspace"), QStringLiteral("ops")},
          {QStringLiteral("name"), QStringLiteral("x")}}},
        {QStringLiteral("member.add"),
         {{QStringLiteral("workspace"), QStringLiteral("ops")},
          {QStringLiteral("username"), QStringLiteral("mallory")},
          {QStringLiteral("role"), QStringLiteral("owner")}}},
        {QStringLiteral("change.apply"),
         {{QStringLiteral("workspace"), QStringLiteral("ops")},
          {QStringLiteral("number"), 1},
          {QStringLiteral("action"), QStringLiteral("cancel")}}},
        {QStringLiteral("webhook.add"),
         {{QStringLiteral("workspace"), QStringLiteral("ops")},
          {QStringLiteral("name"), QStringLiteral("leak")},
          {QStringLiteral("url"), QStringLiteral("https://evil.example.com/")}}},
    };
    for (const auto &[method, params] : writes) {
        const QJsonObject r = c.call(method, params);
        QVERIFY2(errorCode(r) == QLatin1String("permission_denied"),
                 qPrintable(method + QString::fromUtf8(show(r))));
    }
    QCOMPARE(rawFingerprint(m_db->url()), before);
}

void TestServerSecurity::actorFieldsAreRefused()
{
    const QString before = rawFingerprint(m_db->url());
    RpcClient c(m_server->port());
    QVERIFY(c.hello(m_server->tokenFor(QStringLiteral("vera"))).contains(QStringLiteral("result")));
    for (const char *field : {"actor", "as", "username", "user", "member"}) {
        QJsonObject params = draft(QStringLiteral("In someone else's name"));
        params.insert(QLatin1String(field), QStringLiteral("olga"));
        const QJsonObject r = c.call(QStringLiteral("change.create"), params);
        QVERIFY2(errorCode(r) == QLatin1String("unknown_parameter"), show(r));
        QCOMPARE(rpcCode(r), -32602);
    }
    QCOMPARE(rawFingerprint(m_db->url()), before);
}

namespace {
// Opens a WebSocket by hand on a raw TCP connection, sends the header of one masked text frame
// that announces `length` bytes and only 64 KiB of them. True when the server then closes the
// connection (it may say why in a close frame first); `why` says what happened otherwise.
bool serverDropsAnnouncedFrame(quint16 port, quint64 length, QString *why)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(10000)) {
        *why = QStringLiteral("cannot connect: ") + s.errorString();
        return false;
    }
    s.write(QStringLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1:%1\r\nUpgrade: websocket\r\n"
                           "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n")
                .arg(port)
                .toLatin1());
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && s.waitForReadyRead(10000))
        answer += s.readAll();
    if (!answer.startsWith("HTTP/1.1 101")) {
        *why = QStringLiteral("no WebSocket upgrade: ") + QString::fromLatin1(answer.left(200));
        return false;
    }
    QByteArray frame;
    frame.append(char(0x81));       // FIN, text
    frame.append(char(0x80 | 127)); // masked, 64-bit length follows
    for (int shift = 56; shift >= 0; shift -= 8)
        frame.append(char((length >> shift) & 0xff));
    frame.append("\x12\x34\x56\x78", 4); // the mask
    frame.append(QByteArray(64 * 1024, '['));
    s.write(frame);
    QDeadlineTimer deadline(20000);
    while (s.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
        s.waitForDisconnected(int(qMax<qint64>(1, deadline.remainingTime())));
        s.readAll();
    }
    if (s.state() != QAbstractSocket::UnconnectedState) {
        *why = QStringLiteral("the connection is still open 20 s after announcing %1 bytes")
                   .arg(length);
        return false;
    }
    return true;
}
} // namespace

void TestServerSecurity::oversizedMessages()
{
    // Before signing in: 64 KiB.
    RpcClient anonymous(m_server->port());
    QJsonObject r =
        anonymous.call(QStringLiteral("hello"),
                       {{QStringLiteral("protocol"), 1},
                        {QStringLiteral("client"), QString(70 * 1024, QLatin1Char('x'))}});
    QCOMPARE(errorCode(r), QStringLiteral("message_too_large"));
    QVERIFY(anonymous.hello().contains(QStringLiteral("result"))); // still usable
    // Signed in: 1 MiB, an attachment's own limit beyond.
    RpcClient c(m_server->port());
    QVERIFY(c.hello(m_server->tokenFor(QStringLiteral("erik"))).contains(QStringLiteral("result")));
    r = c.call(QStringLiteral("comment.add"),
               {{QStringLiteral("workspace"), QStringLiteral("ops")},
                {QStringLiteral("number"), 1},
                {QStringLiteral("body"), QString(1100 * 1024, QLatin1Char('y'))}});
    QCOMPARE(errorCode(r), QStringLiteral("message_too_large"));
    QCOMPARE(rpcCode(r), -32600);
    const QByteArray file(2 * 1024 * 1024, 'z');
    r = c.call(QStringLiteral("attachment.add"),
               {{QStringLiteral("workspace"), QStringLiteral("ops")},
                {QStringLiteral("number"), 1},
                {QStringLiteral("file_name"), QStringLiteral("big.bin")},
                {QStringLiteral("content"), QString::fromLatin1(file.toBase64())}});
    QVERIFY2(r.contains(QStringLiteral("result")), show(r));
    QCOMPARE(r.value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("attachment"))
                 .toObject()
                 .value(QStringLiteral("size"))
                 .toInteger(),
             qint64(file.size()));
    // A frame beyond every limit: the connection is dropped as soon as the frame's header says
    // how long it is, before the server buffers it (the attacker need not even send it), and the
    // server carries on.
    QString why;
    QVERIFY2(serverDropsAnnouncedFrame(m_server->port(), quint64(300) * 1024 * 1024, &why),
             qPrintable(why));
    QVERIFY(m_server->running());
    QVERIFY(RpcClient(m_server->port()).hello().contains(QStringLiteral("result")));
}

void TestServerSecurity::malformedAndRandomFrames()
{
    RpcClient c(m_server->port());
    QVERIFY(c.hello(m_server->tokenFor(QStringLiteral("erik"))).contains(QStringLiteral("result")));
    const QStringList crafted = {
        QStringLiteral("{"),
        QStringLiteral("not json at all"),
        QStringLiteral("[]"),
        QStringLiteral("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"hello\"}]"),
        QStringLiteral("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"hello\"}"),
        QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"hello\"}"),
        QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":42}"),
        QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"change.list\",\"params\":[1]}"),
        QStringLiteral(
            "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"no.such.method\",\"params\":{}}"),
        QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"change.get\",\"params\":{"
                       "\"workspace\":\"ops\",\"number\":1e300}}"),
        QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"change.get\",\"params\":{"
                       "\"workspace\":[],\"number\":1}}"),
        QString(5000, QLatin1Char('[')) + QString(5000, QLatin1Char(']')),
        QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":\"") + QString(100, QLatin1Char('i'))
            + QStringLiteral("\",\"method\":\"hello\"}"),
        QStringLiteral("\"just a string\""),
        QStringLiteral("null"),
    };
    int errors = 0;
    for (const QString &frame : crafted) {
        c.sendRaw(frame);
        const QJsonObject r = c.next();
        QVERIFY2(r.contains(QStringLiteral("error")),
                 qPrintable(frame.left(80) + QString::fromUtf8(show(r))));
        ++errors;
    }
    QCOMPARE(errors, int(crafted.size()));
    // Random and truncated frames: each gets an error, none crashes the server.
    QRandomGenerator random(20261203);
    const QByteArray valid =
        QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                  {QStringLiteral("id"), 99},
                                  {QStringLiteral("method"), QStringLiteral("change.create")},
                                  {QStringLiteral("params"), draft(QStringLiteral("fuzz"))}})
            .toJson(QJsonDocument::Compact);
    for (int i = 0; i < 150; ++i) {
        QByteArray frame;
        if (i % 3 == 0) {
            frame = valid.left(int(random.bounded(valid.size() - 1)));
        } else {
            frame.resize(int(random.bounded(1, 400)));
            for (char &ch : frame)
                ch = char(random.bounded(32, 127));
            if (i % 3 == 2)
                frame.prepend("{\"jsonrpc\":\"2.0\",\"id\":");
        }
        c.sendRaw(QString::fromLatin1(frame));
        const QJsonObject r = c.next();
        QVERIFY2(r.contains(QStringLiteral("error")),
                 QByteArray(frame.left(120) + " -> " + show(r)).constData());
    }
    QVERIFY(m_server->running());
    // Nothing was created by the noise, and the connection still works.
    const QJsonObject list =
        c.call(QStringLiteral("change.list"), {{QStringLiteral("workspace"), QStringLiteral("ops")},
                                               {QStringLiteral("search"), QStringLiteral("fuzz")}});
    QCOMPARE(list.value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("changes"))
                 .toArray()
                 .size(),
             0);
}

void TestServerSecurity::replayedRequests()
{
    RpcClient erik(m_server->port());
    QVERIFY(
        erik.hello(m_server->tokenFor(QStringLiteral("erik"))).contains(QStringLiteral("result")));
    QJsonObject created =
        erik.call(QStringLiteral("change.create"), draft(QStringLiteral("Replay me")));
    const QString number = created.value(QStringLiteral("result"))
                               .toObject()
                               .value(QStringLiteral("change"))
                               .toObject()
                               .value(QStringLiteral("number"))
                               .toString();
    QVERIFY2(!number.isEmpty(), show(created));
    QVERIFY(erik.call(QStringLiteral("change.apply"),
                      {{QStringLiteral("workspace"), QStringLiteral("ops")},
                       {QStringLiteral("number"), number},
                       {QStringLiteral("action"), QStringLiteral("submit")}})
                .contains(QStringLiteral("result")));
    // The same request, byte for byte, twice on one connection: run once.
    RpcClient anna(m_server->port());
    QVERIFY(
        anna.hello(m_server->tokenFor(QStringLiteral("anna"))).contains(QStringLiteral("result")));
    const QString approve = QString::fromUtf8(
        QJsonDocument(
            QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                        {QStringLiteral("id"), 777},
                        {QStringLiteral("method"), QStringLiteral("change.apply")},
                        {QStringLiteral("params"),
                         QJsonObject{{QStringLiteral("workspace"), QStringLiteral("ops")},
                                     {QStringLiteral("number"), number},
                                     {QStringLiteral("action"), QStringLiteral("approve")}}}})
            .toJson(QJsonDocument::Compact));
    anna.sendRaw(approve);
    QVERIFY2(anna.next().contains(QStringLiteral("result")), "first approval refused");
    anna.sendRaw(approve);
    QJsonObject r = anna.next();
    QCOMPARE(errorCode(r), QStringLiteral("invalid_request"));
    QCOMPARE(r.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("duplicate_id"));
    // Replayed on a new connection of the same session: the rules refuse a second decision.
    RpcClient replay(m_server->port());
    QVERIFY(replay.hello(m_server->tokenFor(QStringLiteral("anna")))
                .contains(QStringLiteral("result")));
    replay.sendRaw(approve);
    r = replay.next();
    QVERIFY2(r.contains(QStringLiteral("error")), show(r));
    QCOMPARE(
        rawScalar(m_db->url(),
                  QStringLiteral("SELECT COUNT(*) FROM approval_decisions d JOIN approval_steps s "
                                 "ON s.id = d.step_id JOIN changes c ON c.id = s.change_id "
                                 "JOIN workspaces w ON w.id = c.workspace_id WHERE w.slug = "
                                 "'ops' AND c.number = %1")
                      .arg(number.mid(4).toInt()))
            .toInt(),
        1);
}

void TestServerSecurity::enrollmentCodes()
{
    const QString code = m_server->enroll(QStringLiteral("newbie"));
    QVERIFY2(!code.isEmpty(), qPrintable(m_server->errorText()));
    auto login = [this](const QString &user, const QString &password, const QString &c) {
        RpcClient client(m_server->port());
        QJsonObject params{{QStringLiteral("username"), user},
                           {QStringLiteral("password"), password}};
        if (!c.isEmpty())
            params.insert(QStringLiteral("enrollment_code"), c);
        return client.call(QStringLiteral("session.login"), params);
    };
    QCOMPARE(errorCode(login(QStringLiteral("newbie"), QStringLiteral("a long password"),
                             QStringLiteral("AAAA-BBBB-CCCC-DDDD"))),
             QStringLiteral("signin_failed"));
    // No password before the code was used.
    QCOMPARE(errorCode(login(QStringLiteral("newbie"), QStringLiteral("a long password"), {})),
             QStringLiteral("signin_failed"));
    const QJsonObject weak = login(QStringLiteral("newbie"), QStringLiteral("short"), code);
    QCOMPARE(errorCode(weak), QStringLiteral("weak_password"));
    QCOMPARE(weak.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("field"))
                 .toString(),
             QStringLiteral("password"));
    // The code survives a refused password, works once (lower case and without dashes too) ...
    QJsonObject ok = login(QStringLiteral("newbie"), QStringLiteral("a long password"),
                           code.toLower().remove(QLatin1Char('-')));
    QVERIFY2(ok.contains(QStringLiteral("result")), show(ok));
    QCOMPARE(errorCode(login(QStringLiteral("newbie"), QStringLiteral("another long one"), code)),
             QStringLiteral("signin_failed"));
    ok = login(QStringLiteral("newbie"), QStringLiteral("a long password"), {});
    QVERIFY2(ok.contains(QStringLiteral("result")), show(ok));
    // ... and not after 72 hours.
    const QString late = m_server->enroll(QStringLiteral("latecomer"));
    QCOMPARE(rawExec(m_db->url(), {QStringLiteral("UPDATE enrollment_codes SET expires_at = "
                                                  "'2000-01-01T00:00:00.000Z' WHERE account_id = "
                                                  "(SELECT id FROM accounts WHERE username = "
                                                  "'latecomer')")}),
             QString());
    QCOMPARE(errorCode(login(QStringLiteral("latecomer"), QStringLiteral("a long password"), late)),
             QStringLiteral("signin_failed"));
    // An admin invites; only the operator resets a password: adding an account that has one
    // prints no code.
    const QJsonObject added = as(QStringLiteral("olga"), QStringLiteral("member.add"),
                                 {{QStringLiteral("workspace"), QStringLiteral("ops")},
                                  {QStringLiteral("username"), QStringLiteral("newbie")},
                                  {QStringLiteral("role"), QStringLiteral("viewer")}});
    QVERIFY2(added.contains(QStringLiteral("result")), show(added));
    QVERIFY2(!added.value(QStringLiteral("result"))
                  .toObject()
                  .contains(QStringLiteral("enrollment_code")),
             show(added));
    // Everything is in the account log, and no code or token is stored in clear.
    QVERIFY(rawCount(m_db->url(), QStringLiteral("account_events"),
                     QStringLiteral("username = 'newbie' AND event = 'password.set'"))
            == 1);
    QCOMPARE(rawCount(m_db->url(), QStringLiteral("enrollment_codes"),
                      QStringLiteral("code_hash = '%1'").arg(code)),
             qint64(0));
}

void TestServerSecurity::bruteForceBackOff()
{
    // A server of its own: the address gets blocked here.
    ScratchDatabase db;
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    TestServer server(db.url());
    QVERIFY2(server.ok(), qPrintable(server.errorText()));
    QVERIFY(!server.tokenFor(QStringLiteral("bob")).isEmpty());
    auto login = [&server](const QString &user, const QString &password) {
        RpcClient client(server.port());
        return client.call(
            QStringLiteral("session.login"),
            {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}});
    };
    const QString right = TestServer::passwordOf(QStringLiteral("bob"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(errorCode(login(QStringLiteral("bob"), QStringLiteral("guess-%1").arg(i))),
                 QStringLiteral("signin_failed"));
    // Blocked: even the right password is not tried.
    QJsonObject r = login(QStringLiteral("bob"), right);
    QCOMPARE(errorCode(r), QStringLiteral("signin_throttled"));
    const QJsonObject details = r.value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("data"))
                                    .toObject()
                                    .value(QStringLiteral("details"))
                                    .toObject();
    QVERIFY2(details.value(QStringLiteral("retry_after_secs")).toInt() >= 1, show(r));
    // Once the block ends, the next failure doubles it.
    QVERIFY(retryFor(10000, [&] {
        return errorCode(login(QStringLiteral("bob"), QStringLiteral("guess-3")))
               == QLatin1String("signin_failed");
    }));
    r = login(QStringLiteral("bob"), right);
    QCOMPARE(errorCode(r), QStringLiteral("signin_throttled"));
    QVERIFY2(r.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("retry_after_secs"))
                     .toInt()
                 >= 2,
             show(r));
    QVERIFY(retryFor(15000, [&] {
        return login(QStringLiteral("bob"), right).contains(QStringLiteral("result"));
    }));
    // Per address: guessing across accounts is blocked too, the right account included.
    for (int i = 0; i < 12; ++i)
        (void)login(QStringLiteral("nobody-%1").arg(i), QStringLiteral("guess"));
    r = login(QStringLiteral("bob"), right);
    QCOMPARE(errorCode(r), QStringLiteral("signin_throttled"));
    // Every failure and every throttled attempt is in the account log.
    QVERIFY(rawCount(db.url(), QStringLiteral("account_events"),
                     QStringLiteral("event = 'signin.failed'"))
            >= 10);
    QVERIFY(rawCount(db.url(), QStringLiteral("account_events"),
                     QStringLiteral("event = 'signin.throttled'"))
            >= 3);
}

namespace {

// A WebSocket frame from a client (masked), of `payload` with the declared length `declared`.
QByteArray clientFrame(const QByteArray &payload, qint64 declared = -1)
{
    if (declared < 0)
        declared = payload.size();
    QByteArray frame;
    frame.append(char(0x81)); // FIN, text
    if (declared < 126) {
        frame.append(char(0x80 | declared));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char((declared >> 8) & 0xff));
        frame.append(char(declared & 0xff));
    }
    const char mask[4] = {0x11, 0x22, 0x33, 0x44};
    frame.append(mask, 4);
    for (int i = 0; i < payload.size(); ++i)
        frame.append(char(payload[i] ^ mask[i % 4]));
    return frame;
}

bool upgrade(QTcpSocket &s, quint16 port)
{
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!s.waitForConnected(10000))
        return false;
    s.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && s.waitForReadyRead(10000))
        answer += s.readAll();
    return answer.startsWith("HTTP/1.1 101");
}

} // namespace

void TestServerSecurity::slowAndSilentClients()
{
    ScratchDatabase db;
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    TestServer server(db.url(),
                      {QStringLiteral("--set"), QStringLiteral("idle_timeout_secs=2"),
                       QStringLiteral("--set"), QStringLiteral("sign_in_timeout_secs=2"),
                       QStringLiteral("--set"), QStringLiteral("handshake_timeout_ms=1500")});
    QVERIFY2(server.ok(), qPrintable(server.errorText()));
    const QString token = server.tokenFor(QStringLiteral("slow"));
    QVERIFY(!token.isEmpty());

    // An HTTP upgrade that never ends.
    QTcpSocket handshake;
    handshake.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(handshake.waitForConnected(10000));
    handshake.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(handshake.state() == QAbstractSocket::UnconnectedState, 15000);

    // Connected, never signed in.
    RpcClient silent(server.port());
    QVERIFY(silent.isOpen());
    QVERIFY(silent.waitClosed(15000));

    // Signed in, then a frame that never completes, one byte at a time.
    QTcpSocket slow;
    QVERIFY(upgrade(slow, server.port()));
    const QByteArray hello =
        QJsonDocument(
            QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                        {QStringLiteral("id"), 1},
                        {QStringLiteral("method"), QStringLiteral("hello")},
                        {QStringLiteral("params"), QJsonObject{{QStringLiteral("protocol"), 1},
                                                               {QStringLiteral("token"), token}}}})
            .toJson(QJsonDocument::Compact);
    slow.write(clientFrame(hello));
    QByteArray greeting;
    while (!greeting.contains("\"username\"") && slow.waitForReadyRead(10000))
        greeting += slow.readAll();
    QVERIFY2(greeting.contains("\"slow\""), greeting.constData());
    const QByteArray partial = clientFrame(QByteArray(1000, 'x'), 1000).left(20);
    slow.write(partial.left(8));
    QTimer trickle;
    int sent = 8;
    QObject::connect(&trickle, &QTimer::timeout, &slow, [&] {
        if (sent < partial.size() && slow.state() == QAbstractSocket::ConnectedState)
            slow.write(partial.mid(sent++, 1));
    });
    trickle.start(300);
    // Meanwhile the server answers others.
    RpcClient other(server.port());
    QVERIFY(other.hello(token).contains(QStringLiteral("result")));
    QTRY_VERIFY_WITH_TIMEOUT(slow.state() == QAbstractSocket::UnconnectedState, 15000);
    QVERIFY(server.running());
}

void TestServerSecurity::tooManyRequests()
{
    ScratchDatabase db;
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    TestServer server(db.url(), {QStringLiteral("--set"), QStringLiteral("requests_per_second=5"),
                                 QStringLiteral("--set"), QStringLiteral("burst=5")});
    QVERIFY2(server.ok(), qPrintable(server.errorText()));
    RpcClient c(server.port());
    QVERIFY(c.hello(server.tokenFor(QStringLiteral("eager"))).contains(QStringLiteral("result")));
    QList<qint64> ids;
    for (int i = 0; i < 30; ++i)
        ids << c.send(QStringLiteral("workspace.list"));
    int limited = 0;
    for (qint64 id : ids) {
        const QJsonObject r = c.answer(id);
        if (errorCode(r) == QLatin1String("rate_limited")) {
            QCOMPARE(rpcCode(r), -32003);
            // The refusal names the request and how long to wait before sending it again.
            QCOMPARE(r.value(QStringLiteral("id")).toInteger(), id);
            const QJsonObject details = r.value(QStringLiteral("error"))
                                            .toObject()
                                            .value(QStringLiteral("data"))
                                            .toObject()
                                            .value(QStringLiteral("details"))
                                            .toObject();
            QCOMPARE(details.value(QStringLiteral("retry_after_ms")).toInt(), 200);
            QCOMPARE(details.value(QStringLiteral("burst")).toInt(), 5);
            ++limited;
        }
    }
    QVERIFY2(limited >= 20, qPrintable(QString::number(limited)));
    // The bucket fills up again.
    QJsonObject last;
    QVERIFY2(retryFor(5000,
                      [&] {
                          last = c.call(QStringLiteral("workspace.list"));
                          return last.contains(QStringLiteral("result"));
                      }),
             show(last).constData());
}

// Vigilo's own client is not refused for a busy screen: it learns the connection's budget from
// the handshake and paces its requests to it; the ones sent before it knew, and refused, go out
// again on their own.
void TestServerSecurity::theClientPacesItselfToTheBudget()
{
    using namespace vigilo;
    ScratchDatabase db;
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    TestServer server(db.url(), {QStringLiteral("--set"), QStringLiteral("requests_per_second=5"),
                                 QStringLiteral("--set"), QStringLiteral("burst=5")});
    QVERIFY2(server.ok(), qPrintable(server.errorText()));
    client::RemoteOptions options;
    options.location = server.location();
    options.token = server.tokenFor(QStringLiteral("eager"));
    options.clientName = QStringLiteral("tst_server_security");
    auto opened = client::RemoteTransport::open(options);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    client::RemoteTransport &transport = **opened;
    const auto burstOf = [&transport](int n) {
        QList<QFuture<Result<QJsonValue>>> calls;
        for (int i = 0; i < n; ++i)
            calls << transport.callAsync(QStringLiteral("workspace.list"), {});
        QStringList failed;
        for (auto &call : calls) {
            if (!QTest::qWaitFor([&call] { return call.isFinished(); }, 30000))
                failed << QStringLiteral("no answer within 30 s");
            else if (!call.result().ok())
                failed << call.result().error().code + QLatin1String(": ")
                              + call.result().error().message;
        }
        return failed;
    };
    // Twelve at once before the handshake answered: the server refuses the ones over its burst
    // of 5, and they are sent again after the wait it names.
    QStringList failed = burstOf(12);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
    QVERIFY2(transport.requestsRetried() > 0, "the first burst was not refused at all");
    // Now the client knows the budget: twelve more wait for their turn and none is refused.
    const qint64 retried = transport.requestsRetried();
    const qint64 sent = transport.requestsSent();
    failed = burstOf(12);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
    QCOMPARE(transport.requestsRetried(), retried);
    QCOMPARE(transport.requestsSent(), sent + 12);
    // A synchronous call (the CLI's) waits its turn the same way.
    for (int i = 0; i < 3; ++i) {
        auto answer = transport.call(QStringLiteral("workspace.list"), {});
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().message));
    }
    QCOMPARE(transport.requestsRetried(), retried);
}

void TestServerSecurity::tlsCertificatesArePinned()
{
    QTemporaryDir dir;
    const QString first = makeCertificate(dir.path(), QStringLiteral("first"));
    const QString second = makeCertificate(dir.path(), QStringLiteral("second"));
    QVERIFY2(!first.isEmpty() && !second.isEmpty(), "openssl could not make certificates");
    QVERIFY(first != second);
    // A second server on the same database, with TLS: the sessions are shared.
    auto tls = std::make_unique<TestServer>(
        m_db->url(),
        QStringList{QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("first.pem")),
                    QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("first.key"))});
    QVERIFY2(tls->ok(), qPrintable(tls->errorText()));
    const quint16 port = tls->port();
    const QString location = QStringLiteral("vigilo://127.0.0.1:%1").arg(port);
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("VIGILO_TOKEN"), m_server->tokenFor(QStringLiteral("olga")));
    const QStringList whoami{QStringLiteral("--json"), QStringLiteral("--db"), location,
                             QStringLiteral("whoami")};

    CliResult r = runCli(whoami, env);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.error().value(QStringLiteral("code")).toString(),
             QStringLiteral("certificate_untrusted"));
    QCOMPARE(r.error()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("fingerprint"))
                 .toString(),
             first);
    QVERIFY2(r.err.contains(first), r.describe().constData());

    r = runCli({QStringLiteral("--json"), QStringLiteral("--db"), location, QStringLiteral("trust"),
                QStringLiteral("--fingerprint"), second},
               env);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.error().value(QStringLiteral("code")).toString(),
             QStringLiteral("fingerprint_mismatch"));
    CLI_EXPECT(runCli(whoami, env), 3); // nothing was pinned

    r = runCli({QStringLiteral("--db"), location, QStringLiteral("trust"),
                QStringLiteral("--fingerprint"), first.toLower().remove(QLatin1Char(':'))},
               env);
    CLI_EXPECT(r, 0);
    r = runCli(whoami, env);
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json()
                 .object()
                 .value(QStringLiteral("whoami"))
                 .toObject()
                 .value(QStringLiteral("username"))
                 .toString(),
             QStringLiteral("olga"));

    // The server comes back with another certificate on the same address: refused.
    tls.reset();
    tls = std::make_unique<TestServer>(
        m_db->url(),
        QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                    QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("second.pem")),
                    QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("second.key"))});
    QVERIFY2(tls->ok(), qPrintable(tls->errorText()));
    QCOMPARE(tls->port(), port);
    r = runCli(whoami, env);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.error().value(QStringLiteral("code")).toString(),
             QStringLiteral("certificate_changed"));
    QVERIFY2(r.err.contains(first) && r.err.contains(second), r.describe().constData());
}

void TestServerSecurity::insecureOnlyOnLoopback()
{
    CliResult r =
        runCli({QStringLiteral("--json"), QStringLiteral("--db"),
                QStringLiteral("vigilo+insecure://10.11.12.13:8443"), QStringLiteral("whoami")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("vigilo://10.11.12.13:8443")), r.describe().constData());
    QProcess server;
    server.start(serverPath(), {QStringLiteral("--db"), m_db->url(), QStringLiteral("--listen"),
                                QStringLiteral("0.0.0.0:0")});
    QVERIFY(server.waitForFinished(-1));
    QCOMPARE(server.exitCode(), 2);
    QVERIFY(QString::fromUtf8(server.readAllStandardError())
                .contains(QLatin1String("TLS is required")));
    // The database login must be the server's own (schema 14): not a superuser ...
    server.start(serverPath(),
                 {QStringLiteral("--check-config"), QStringLiteral("--db"), m_db->url(),
                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8443")});
    QVERIFY(server.waitForFinished(-1));
    QCOMPARE(server.exitCode(), 2);
    QVERIFY(QString::fromUtf8(server.readAllStandardError()).contains(QLatin1String("superuser")));
    // ... but a login in the group vigilo_server.
    server.start(serverPath(),
                 {QStringLiteral("--check-config"), QStringLiteral("--db"), m_db->serverUrl(),
                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8443")});
    QVERIFY(server.waitForFinished(-1));
    QCOMPARE(server.exitCode(), 0);
    QVERIFY(QString::fromUtf8(server.readAllStandardOutput())
                .contains(QLatin1String("Configuration OK")));
}

void TestServerSecurity::eventsReachMembersOnEveryServer()
{
    TestServer second(m_db->url());
    QVERIFY2(second.ok(), qPrintable(second.errorText()));
    RpcClient vera(second.port());
    QVERIFY(
        vera.hello(m_server->tokenFor(QStringLiteral("vera"))).contains(QStringLiteral("result")));
    QVERIFY(vera.call(QStringLiteral("events.subscribe"),
                      {{QStringLiteral("workspace"), QStringLiteral("ops")}})
                .contains(QStringLiteral("result")));
    RpcClient zed(second.port());
    QVERIFY(
        zed.hello(m_server->tokenFor(QStringLiteral("zed"))).contains(QStringLiteral("result")));
    QVERIFY(zed.call(QStringLiteral("events.subscribe"),
                     {{QStringLiteral("workspace"), QStringLiteral("other")}})
                .contains(QStringLiteral("result")));
    // erik writes on the first server; vera, on the second, hears of it.
    const QJsonObject created = as(QStringLiteral("erik"), QStringLiteral("change.create"),
                                   draft(QStringLiteral("Heard everywhere")));
    const QString number = created.value(QStringLiteral("result"))
                               .toObject()
                               .value(QStringLiteral("change"))
                               .toObject()
                               .value(QStringLiteral("number"))
                               .toString();
    QVERIFY2(!number.isEmpty(), show(created));
    const QJsonObject event = vera.nextNotification();
    QCOMPARE(event.value(QStringLiteral("method")).toString(), QStringLiteral("event.change"));
    const QJsonObject p = event.value(QStringLiteral("params")).toObject();
    QCOMPARE(p.value(QStringLiteral("workspace")).toString(), QStringLiteral("ops"));
    QCOMPARE(p.value(QStringLiteral("number")).toString(), number);
    QCOMPARE(p.value(QStringLiteral("version")).toInt(), 1);
    // zed's first event is about their own workspace: nothing of ops reached them before it.
    QJsonObject own = draft(QStringLiteral("In other"));
    own.insert(QStringLiteral("workspace"), QStringLiteral("other"));
    own.insert(QStringLiteral("affected_assets"), QJsonArray{QStringLiteral("vault")});
    QVERIFY(as(QStringLiteral("zed"), QStringLiteral("change.create"), own)
                .contains(QStringLiteral("result")));
    const QJsonObject zedEvent = zed.nextNotification();
    QCOMPARE(zedEvent.value(QStringLiteral("params"))
                 .toObject()
                 .value(QStringLiteral("workspace"))
                 .toString(),
             QStringLiteral("other"));
}

void TestServerSecurity::webhooksAreSentByTheServer()
{
    LoopbackHttpServer receiver;
    QVERIFY(receiver.isListening());
    const QString secret = QStringLiteral("server-side-secret-0123456789");
    // The receiver is on loopback: refused until an admin allows the host, over the socket too
    // (webhook.allow_host; a viewer may not).
    const QJsonObject refused = as(QStringLiteral("vera"), QStringLiteral("webhook.allow_host"),
                                   {{QStringLiteral("workspace"), QStringLiteral("ops")},
                                    {QStringLiteral("host"), QStringLiteral("127.0.0.1")}});
    QVERIFY2(show(refused).contains("permission_denied"), show(refused));
    const QJsonObject allowed = as(QStringLiteral("olga"), QStringLiteral("webhook.allow_host"),
                                   {{QStringLiteral("workspace"), QStringLiteral("ops")},
                                    {QStringLiteral("host"), QStringLiteral("127.0.0.1")}});
    QVERIFY2(allowed.contains(QStringLiteral("result")), show(allowed));
    QJsonObject added =
        as(QStringLiteral("olga"), QStringLiteral("webhook.add"),
           {{QStringLiteral("workspace"), QStringLiteral("ops")},
            {QStringLiteral("name"), QStringLiteral("bus")},
            {QStringLiteral("url"), receiver.url()},
            {QStringLiteral("secret"), secret},
            {QStringLiteral("events"), QJsonArray{QStringLiteral("change.submitted")}}});
    QVERIFY2(added.contains(QStringLiteral("result")), show(added));
    // The secret never leaves the server: not echoed, not listed.
    QVERIFY(!show(added).contains(secret.toUtf8()));
    const QJsonObject listed = as(QStringLiteral("vera"), QStringLiteral("webhook.list"),
                                  {{QStringLiteral("workspace"), QStringLiteral("ops")}});
    QVERIFY2(listed.contains(QStringLiteral("result")) && !show(listed).contains(secret.toUtf8()),
             show(listed));
    // A server that delivers in the background (the first one waits for `webhook deliver`).
    TestServer delivering(m_db->url());
    QVERIFY2(delivering.ok(), qPrintable(delivering.errorText()));
    const QJsonObject created = as(QStringLiteral("erik"), QStringLiteral("change.create"),
                                   draft(QStringLiteral("Announced by webhook")));
    const QString number = created.value(QStringLiteral("result"))
                               .toObject()
                               .value(QStringLiteral("change"))
                               .toObject()
                               .value(QStringLiteral("number"))
                               .toString();
    QVERIFY2(!number.isEmpty(), show(created));
    QVERIFY(as(QStringLiteral("erik"), QStringLiteral("change.apply"),
               {{QStringLiteral("workspace"), QStringLiteral("ops")},
                {QStringLiteral("number"), number},
                {QStringLiteral("action"), QStringLiteral("submit")}})
                .contains(QStringLiteral("result")));
    // Nobody runs `webhook deliver`: the server posts it, signed with the secret it keeps.
    QTRY_VERIFY_WITH_TIMEOUT(!receiver.requests().isEmpty(), 20000);
    const ReceivedRequest hook = receiver.requests().first();
    QCOMPARE(hook.headers.value("x-vigilo-event"), QByteArray("change.submitted"));
    QVERIFY(vigilo::Webhooks::verify(
        secret.toUtf8(), hook.body, QString::fromLatin1(hook.headers.value("x-vigilo-signature"))));
    QVERIFY(hook.body.contains(number.toUtf8()));
    QTRY_COMPARE_WITH_TIMEOUT(rawCount(m_db->url(), QStringLiteral("webhook_deliveries"),
                                       QStringLiteral("delivered_by = 'vigilo-server' AND "
                                                      "http_status = 200")),
                              qint64(1), 10000);
}

// member.revoke_sessions sent by hand: engineers, approvers and viewers are refused, an admin
// cannot end an owner's sessions nor anyone's outside the workspace, bad parameters are refused
// before anything runs; an admin's revocation stops the member's open connection at its next
// request, and deactivating a member ends their sessions too.
void TestServerSecurity::revokingAnothersSessions()
{
    const QJsonObject added = as(QStringLiteral("olga"), QStringLiteral("member.add"),
                                 {{QStringLiteral("workspace"), QStringLiteral("ops")},
                                  {QStringLiteral("username"), QStringLiteral("adele")},
                                  {QStringLiteral("role"), QStringLiteral("admin")}});
    QVERIFY2(added.contains(QStringLiteral("result")), show(added));
    const auto revoke = [](const QString &who) {
        return QJsonObject{{QStringLiteral("workspace"), QStringLiteral("ops")},
                           {QStringLiteral("username"), who}};
    };
    // anna's open connection, which must keep working until an admin ends it.
    RpcClient anna(m_server->port());
    QVERIFY(
        anna.hello(m_server->tokenFor(QStringLiteral("anna"))).contains(QStringLiteral("result")));
    const auto annaWorks = [&anna] {
        return anna
            .call(QStringLiteral("change.list"),
                  {{QStringLiteral("workspace"), QStringLiteral("ops")}})
            .contains(QStringLiteral("result"));
    };
    QVERIFY(annaWorks());
    // Everyone signed in first: signing in is written down, refusals are not.
    for (const QString &user : {QStringLiteral("erik"), QStringLiteral("vera"),
                                QStringLiteral("adele"), QStringLiteral("zed")})
        QVERIFY2(!m_server->tokenFor(user).isEmpty(), qPrintable(m_server->errorText()));
    const QString before = rawFingerprint(m_db->url());
    for (const QString &user : {QStringLiteral("erik"), QStringLiteral("vera")}) {
        const QJsonObject r =
            as(user, QStringLiteral("member.revoke_sessions"), revoke(QStringLiteral("anna")));
        QVERIFY2(errorCode(r) == QLatin1String("permission_denied"), show(r));
    }
    // anna on herself is an approver too; adele on the owner; adele on another workspace's zed.
    QJsonObject r = as(QStringLiteral("anna"), QStringLiteral("member.revoke_sessions"),
                       revoke(QStringLiteral("olga")));
    QVERIFY2(errorCode(r) == QLatin1String("permission_denied"), show(r));
    r = as(QStringLiteral("adele"), QStringLiteral("member.revoke_sessions"),
           revoke(QStringLiteral("olga")));
    QVERIFY2(errorCode(r) == QLatin1String("permission_denied"), show(r));
    r = as(QStringLiteral("adele"), QStringLiteral("member.revoke_sessions"),
           revoke(QStringLiteral("zed")));
    QVERIFY2(errorCode(r) == QLatin1String("not_found"), show(r));
    // Crafted parameters: none, another workspace, an actor field.
    r = as(QStringLiteral("adele"), QStringLiteral("member.revoke_sessions"),
           {{QStringLiteral("workspace"), QStringLiteral("ops")}});
    QVERIFY2(rpcCode(r) == -32602, show(r)); // invalid params, naming the field
    r = as(QStringLiteral("adele"), QStringLiteral("member.revoke_sessions"),
           {{QStringLiteral("workspace"), QStringLiteral("other")},
            {QStringLiteral("username"), QStringLiteral("zed")}});
    QVERIFY2(errorCode(r) == QLatin1String("permission_denied"), show(r));
    QJsonObject withActor = revoke(QStringLiteral("anna"));
    withActor.insert(QStringLiteral("actor"), QStringLiteral("olga"));
    r = as(QStringLiteral("erik"), QStringLiteral("member.revoke_sessions"), withActor);
    QVERIFY2(rpcCode(r) == -32602, show(r)); // invalid params, naming the field
    QVERIFY(annaWorks());
    QCOMPARE(rawScalar(m_db->url(), QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE "
                                                   "action = 'member.revoke_sessions'"))
                 .toLongLong(),
             0);
    const QString after = rawFingerprint(m_db->url());
    QCOMPARE(after, before);

    // adele ends anna's sessions: anna's open connection is refused at its next request.
    r = as(QStringLiteral("adele"), QStringLiteral("member.revoke_sessions"),
           revoke(QStringLiteral("anna")));
    QVERIFY2(r.contains(QStringLiteral("result")), show(r));
    QVERIFY(r.value(QStringLiteral("result")).toObject().value(QStringLiteral("sessions")).toInt()
            >= 1);
    r = anna.call(QStringLiteral("change.list"),
                  {{QStringLiteral("workspace"), QStringLiteral("ops")}});
    QVERIFY2(errorCode(r) == QLatin1String("session_revoked"), show(r));
    RpcClient again(m_server->port());
    QCOMPARE(errorCode(again.hello(m_server->tokenFor(QStringLiteral("anna")))),
             QStringLiteral("session_revoked"));
    m_server->forgetToken(QStringLiteral("anna"));
    QCOMPARE(rawScalar(m_db->url(),
                       QStringLiteral("SELECT actor || ' ' || new_values FROM audit_events WHERE "
                                      "action = 'member.revoke_sessions'"))
                 .toString()
                 .section(QLatin1Char(' '), 0, 0),
             QStringLiteral("adele"));

    // Deactivating anna ends the session she signed in with again.
    RpcClient back(m_server->port());
    QVERIFY(
        back.hello(m_server->tokenFor(QStringLiteral("anna"))).contains(QStringLiteral("result")));
    r = as(QStringLiteral("adele"), QStringLiteral("member.deactivate"),
           revoke(QStringLiteral("anna")));
    QVERIFY2(r.contains(QStringLiteral("result")), show(r));
    r = back.call(QStringLiteral("workspace.list"));
    QVERIFY2(errorCode(r) == QLatin1String("session_revoked"), show(r));
    QCOMPARE(
        errorCode(RpcClient(m_server->port()).hello(m_server->tokenFor(QStringLiteral("anna")))),
        QStringLiteral("session_revoked"));
    m_server->forgetToken(QStringLiteral("anna"));
}

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_server_security.moc"
