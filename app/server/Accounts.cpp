#include "Accounts.h"

#include "Dialect.h"
#include "SqlUtil.h"
#include "Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

#include <sodium.h>

namespace vigilo::server {

namespace {

// lupdate files bare tr() calls in this namespace under "vigilo::server": translate in it.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("vigilo::server", text, comment, n);
}

QString randomToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    const QByteArray raw(reinterpret_cast<const char *>(bytes), sizeof bytes);
    sodium_memzero(bytes, sizeof bytes);
    return QStringLiteral("vgs_")
           + QString::fromLatin1(
               raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// 16 characters of Crockford's base32 (80 random bits), in groups of four.
QString randomCode()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    QString out;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char('-');
        out += QLatin1Char(alphabet[bytes[i] & 31]);
    }
    sodium_memzero(bytes, sizeof bytes);
    return out;
}

QString sha256(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// A hash of nothing anyone knows: unknown users cost as much time as known ones.
const QByteArray &dummyHash()
{
    static const QByteArray hash = [] {
        char out[crypto_pwhash_STRBYTES];
        const QByteArray secret = randomToken().toLatin1();
        if (crypto_pwhash_str(out, secret.constData(), quint64(secret.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE)
            != 0)
            return QByteArray();
        return QByteArray(out);
    }();
    return hash;
}

bool verifyHash(const QByteArray &hash, const QString &password)
{
    const QByteArray pw = password.toUtf8();
    if (hash.isEmpty())
        return false;
    return crypto_pwhash_str_verify(hash.constData(), pw.constData(), quint64(pw.size())) == 0;
}

Result<QByteArray> hashPassword(const QString &password)
{
    char out[crypto_pwhash_STRBYTES];
    const QByteArray pw = password.toUtf8();
    if (crypto_pwhash_str(out, pw.constData(), quint64(pw.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return Error::storage(tr("The server ran out of memory while hashing a password."), {},
                              QStringLiteral("internal_error"));
    return QByteArray(out);
}

} // namespace

Accounts::Accounts(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

bool Accounts::initialise()
{
    return sodium_init() >= 0;
}

QString Accounts::hashToken(const QString &token)
{
    return sha256(token);
}

QString Accounts::normaliseCode(const QString &code)
{
    QString out;
    for (QChar c : code.toUpper())
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

Status Accounts::recordEvent(const QString &username, const QString &event, const QString &address,
                             const QJsonObject &details)
{
    VIGILO_TRY(sql::insert(
        m_store,
        QStringLiteral("INSERT INTO account_events (at, username, event, address, details) VALUES "
                       "(?, ?, ?, ?, ?)"),
        {Dialect::toDb(m_clock.now()), username.left(80), event, address.left(80),
         QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))}));
    return {};
}

Result<std::optional<EnrollmentCode>>
Accounts::issueCode(const QString &username, const QString &issuedBy, bool onlyWithoutPassword)
{
    const QDateTime now = m_clock.now();
    Store::Transaction tx(m_store);
    VIGILO_TRY(tx.begin());
    auto row = sql::run(m_store,
                        QStringLiteral("SELECT id, password_hash FROM accounts WHERE username = ?")
                            + m_store.dialect().forUpdate(),
                        {username});
    if (!row)
        return row.error();
    qint64 accountId = 0;
    bool hasPassword = false;
    if (row->next()) {
        accountId = row->value(0).toLongLong();
        hasPassword = !row->value(1).toString().isEmpty();
    }
    row->finish();
    EnrollmentCode code;
    if (accountId == 0) {
        auto id = sql::insert(m_store,
                              QStringLiteral("INSERT INTO accounts (username, created_at) VALUES "
                                             "(?, ?)"),
                              {username, Dialect::toDb(now)});
        if (!id)
            return id.error();
        accountId = *id;
        code.accountCreated = true;
        VIGILO_TRY(recordEvent(username, QStringLiteral("account.create"), {},
                               {{QStringLiteral("by"), issuedBy}}));
    } else if (hasPassword && onlyWithoutPassword) {
        VIGILO_TRY(tx.commit());
        return std::optional<EnrollmentCode>();
    }
    // One valid code at a time.
    VIGILO_TRY(sql::run(m_store,
                        QStringLiteral("UPDATE enrollment_codes SET used_at = ? WHERE account_id "
                                       "= ? AND used_at IS NULL"),
                        {Dialect::toDb(now), accountId}));
    code.code = randomCode();
    code.expiresAt = now.addSecs(qint64(kCodeValidityHours) * 3600);
    VIGILO_TRY(sql::insert(m_store,
                           QStringLiteral("INSERT INTO enrollment_codes (account_id, code_hash, "
                                          "created_by, created_at, expires_at) VALUES (?, ?, ?, "
                                          "?, ?)"),
                           {accountId, sha256(normaliseCode(code.code)), issuedBy,
                            Dialect::toDb(now), Dialect::toDb(code.expiresAt)}));
    VIGILO_TRY(recordEvent(username, QStringLiteral("enrollment_code.issue"), {},
                           {{QStringLiteral("by"), issuedBy},
                            {QStringLiteral("expires_at"), jsonTime(code.expiresAt)},
                            {QStringLiteral("password_reset"), hasPassword}}));
    VIGILO_TRY(tx.commit());
    return std::optional<EnrollmentCode>(code);
}

Result<qint64> Accounts::blockedFor(const QString &key) const
{
    auto until = sql::scalar(
        m_store, QStringLiteral("SELECT blocked_until FROM signin_throttle WHERE key = ?"), {key});
    if (!until)
        return until.error();
    if (until->isNull())
        return qint64(0);
    const qint64 ms = m_clock.now().msecsTo(Dialect::fromDb(*until));
    return ms > 0 ? (ms + 999) / 1000 : 0; // whole seconds, rounded up
}

Status Accounts::registerFailure(const QString &key, int freeFailures)
{
    const QDateTime now = m_clock.now();
    // A key's failures are forgotten an hour after its last one.
    auto row = sql::run(m_store,
                        QStringLiteral("SELECT failures, last_failure_at FROM signin_throttle "
                                       "WHERE key = ?"),
                        {key});
    if (!row)
        return row.error();
    int failures = 0;
    if (row->next() && Dialect::fromDb(row->value(1)).secsTo(now) < 3600)
        failures = row->value(0).toInt();
    row->finish();
    ++failures;
    QVariant blockedUntil;
    if (failures >= freeFailures) {
        const int exponent = qMin(failures - freeFailures, 10);
        blockedUntil =
            Dialect::toDb(now.addSecs(qMin<qint64>(qint64(1) << exponent, kMaxBlockSecs)));
    }
    VIGILO_TRY(
        sql::run(m_store,
                 QStringLiteral(
                     "INSERT INTO signin_throttle (key, failures, last_failure_at, blocked_until) "
                     "VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET failures = "
                     "excluded.failures, last_failure_at = excluded.last_failure_at, "
                     "blocked_until = excluded.blocked_until"),
                 {key, failures, Dialect::toDb(now), blockedUntil}));
    return {};
}

Error Accounts::failed(const QString &username, const QString &address, const QString &reason)
{
    // Recorded in a transaction of its own: the refusal must not roll it back.
    {
        Store::Transaction tx(m_store);
        if (tx.begin().ok()) {
            const bool ok = registerFailure(QString(QStringLiteral("account:") + username.left(80)),
                                            kFreeAccountFailures)
                                .ok()
                            && registerFailure(QString(QStringLiteral("address:") + address),
                                               kFreeAddressFailures)
                                   .ok()
                            && recordEvent(username, QStringLiteral("signin.failed"), address,
                                           {{QStringLiteral("reason"), reason}})
                                   .ok();
            if (ok)
                (void)tx.commit();
        }
    }
    return Error::rule(QStringLiteral("signin_failed"),
                       tr("Sign-in failed: wrong user name, password or enrollment code. An "
                          "enrollment code works once, for 72 hours; ask for a new one if yours "
                          "is used or expired."),
                       {{QStringLiteral("username"), username.left(80)}});
}

Status Accounts::checkPassword(const QString &username, const QString &password) const
{
    if (password.size() < kMinPasswordLength)
        return Error::input(tr("The new password is too short: use at least %1 characters.")
                                .arg(kMinPasswordLength),
                            {{QStringLiteral("field"), QStringLiteral("password")}},
                            QStringLiteral("weak_password"));
    if (password.size() > 1024)
        return Error::input(tr("The new password is too long (at most 1024 characters)."),
                            {{QStringLiteral("field"), QStringLiteral("password")}},
                            QStringLiteral("weak_password"));
    if (password.compare(username, Qt::CaseInsensitive) == 0)
        return Error::input(tr("The new password must not be the user name."),
                            {{QStringLiteral("field"), QStringLiteral("password")}},
                            QStringLiteral("weak_password"));
    return {};
}

Result<SignedIn> Accounts::signIn(const QString &username, const QString &password,
                                  const QString &enrollmentCode, const QString &address,
                                  const QString &client)
{
    const QDateTime now = m_clock.now();
    // Back-off first: a blocked account or address costs the server no hashing.
    qint64 wait = 0;
    const QStringList keys{QStringLiteral("account:") + username.left(80),
                           QStringLiteral("address:") + address};
    for (const QString &key : keys) {
        auto blocked = blockedFor(key);
        if (!blocked)
            return blocked.error();
        wait = qMax(wait, *blocked);
    }
    if (wait > 0) {
        (void)recordEvent(username, QStringLiteral("signin.throttled"), address,
                          {{QStringLiteral("retry_after_secs"), wait}});
        return Error::rule(QStringLiteral("signin_throttled"),
                           tr("Too many failed sign-ins for this account or from this address: "
                              "try again in %n seconds.",
                              nullptr, int(wait)),
                           {{QStringLiteral("retry_after_secs"), wait}});
    }

    auto row = sql::run(m_store,
                        QStringLiteral("SELECT id, password_hash, active FROM accounts WHERE "
                                       "username = ?"),
                        {username});
    if (!row)
        return row.error();
    qint64 accountId = 0;
    QByteArray hash;
    bool active = false;
    if (row->next()) {
        accountId = row->value(0).toLongLong();
        hash = row->value(1).toString().toLatin1();
        active = row->value(2).toInt() != 0;
    }
    row->finish();
    if (accountId == 0 || !active) {
        verifyHash(dummyHash(), password);
        return failed(username, address,
                      accountId == 0 ? QStringLiteral("unknown_account")
                                     : QStringLiteral("account_disabled"));
    }

    qint64 codeId = 0;
    if (!enrollmentCode.isEmpty()) {
        auto code = sql::scalar(
            m_store,
            QStringLiteral("SELECT id FROM enrollment_codes WHERE account_id = ? AND code_hash = "
                           "? AND used_at IS NULL AND expires_at > ?"),
            {accountId, sha256(normaliseCode(enrollmentCode)), Dialect::toDb(now)});
        if (!code)
            return code.error();
        if (code->isNull())
            return failed(username, address, QStringLiteral("bad_enrollment_code"));
        codeId = code->toLongLong();
        VIGILO_TRY(checkPassword(username, password));
    } else if (hash.isEmpty()) {
        verifyHash(dummyHash(), password);
        return failed(username, address, QStringLiteral("no_password_yet"));
    } else if (!verifyHash(hash, password)) {
        return failed(username, address, QStringLiteral("wrong_password"));
    }

    QByteArray newHash;
    if (codeId != 0) {
        auto hashed = hashPassword(password); // before the transaction: it takes a while
        if (!hashed)
            return hashed.error();
        newHash = *hashed;
    }
    Store::Transaction tx(m_store);
    VIGILO_TRY(tx.begin());
    if (codeId != 0) {
        auto used = sql::run(m_store,
                             QStringLiteral("UPDATE enrollment_codes SET used_at = ? WHERE id = ? "
                                            "AND used_at IS NULL"),
                             {Dialect::toDb(now), codeId});
        if (!used)
            return used.error();
        if (used->numRowsAffected() != 1)
            return failed(username, address, QStringLiteral("enrollment_code_raced"));
        VIGILO_TRY(sql::run(m_store,
                            QStringLiteral("UPDATE accounts SET password_hash = ?, password_set_at "
                                           "= ? WHERE id = ?"),
                            {QString::fromLatin1(newHash), Dialect::toDb(now), accountId}));
        VIGILO_TRY(recordEvent(username, QStringLiteral("password.set"), address,
                               {{QStringLiteral("with"), QStringLiteral("enrollment_code")}}));
    }
    VIGILO_TRY(sql::run(m_store, QStringLiteral("DELETE FROM signin_throttle WHERE key = ?"),
                        {QString(QStringLiteral("account:") + username.left(80))}));
    SignedIn out;
    out.token = randomToken();
    out.username = username;
    out.expiresAt = now.addDays(kSessionDays);
    auto sessionId = sql::insert(
        m_store,
        QStringLiteral("INSERT INTO sessions (account_id, token_hash, client, address, "
                       "created_at, last_used_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {accountId, sha256(out.token), client.left(120), address.left(80), Dialect::toDb(now),
         Dialect::toDb(now), Dialect::toDb(out.expiresAt)});
    if (!sessionId)
        return sessionId.error();
    VIGILO_TRY(recordEvent(
        username, QStringLiteral("signin"), address,
        {{QStringLiteral("session"), *sessionId}, {QStringLiteral("client"), client.left(120)}}));
    VIGILO_TRY(tx.commit());
    return out;
}

Result<Session> Accounts::authenticate(const QString &token, const QString &address)
{
    Q_UNUSED(address)
    const QDateTime now = m_clock.now();
    auto row = sql::run(m_store,
                        QStringLiteral("SELECT s.id, s.account_id, a.username, s.created_at, "
                                       "s.expires_at, s.revoked_at, s.last_used_at, a.active, "
                                       "(SELECT MAX(version) FROM vigilo_schema) FROM sessions s "
                                       "JOIN accounts a ON a.id = s.account_id WHERE "
                                       "s.token_hash = ?"),
                        {sha256(token)});
    if (!row)
        return row.error();
    if (!row->next())
        return Error::rule(QStringLiteral("not_signed_in"),
                           tr("This session is not known to the server: sign in again "
                              "(vigilo-cli login USER)."));
    Session s;
    s.id = row->value(0).toLongLong();
    s.accountId = row->value(1).toLongLong();
    s.username = row->value(2).toString();
    s.createdAt = Dialect::fromDb(row->value(3));
    s.expiresAt = Dialect::fromDb(row->value(4));
    const bool revoked = !row->value(5).isNull() || row->value(7).toInt() == 0;
    const QDateTime lastUsed = Dialect::fromDb(row->value(6));
    const int schema = row->value(8).toInt();
    row->finish();
    // A newer server migrated the database under this one: it must not write in a schema it
    // does not know (read along with the session, no extra round trip).
    if (schema > Store::kSchemaVersion)
        return Error::storage(
            tr("The database was migrated by a newer Vigilo (schema version %1; this server "
               "understands up to %2): upgrade vigilo-server.")
                .arg(schema)
                .arg(Store::kSchemaVersion),
            {{QStringLiteral("schema_version"), schema},
             {QStringLiteral("supported_version"), Store::kSchemaVersion}},
            QStringLiteral("schema_too_new"));
    if (revoked)
        return Error::rule(QStringLiteral("session_revoked"),
                           tr("This session was signed out: sign in again (vigilo-cli login "
                              "USER)."));
    if (s.expiresAt <= now)
        return Error::rule(QStringLiteral("session_expired"),
                           tr("This session expired on %1: sign in again (vigilo-cli login "
                              "USER).")
                               .arg(s.expiresAt.toString(Qt::ISODate)));
    if (lastUsed.secsTo(now) >= 3600) {
        s.expiresAt = now.addDays(kSessionDays);
        VIGILO_TRY(sql::run(m_store,
                            QStringLiteral("UPDATE sessions SET last_used_at = ?, expires_at = ? "
                                           "WHERE id = ? AND revoked_at IS NULL"),
                            {Dialect::toDb(now), Dialect::toDb(s.expiresAt), s.id}));
    }
    return s;
}

Status Accounts::signOut(const Session &session, const QString &address)
{
    Store::Transaction tx(m_store);
    VIGILO_TRY(tx.begin());
    VIGILO_TRY(sql::run(m_store,
                        QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND "
                                       "revoked_at IS NULL"),
                        {Dialect::toDb(m_clock.now()), session.id}));
    VIGILO_TRY(recordEvent(session.username, QStringLiteral("signout"), address,
                           {{QStringLiteral("session"), session.id}}));
    return tx.commit();
}

Result<int> Accounts::signOutEverywhere(const Session &session, const QString &address)
{
    Store::Transaction tx(m_store);
    VIGILO_TRY(tx.begin());
    auto q = sql::run(m_store,
                      QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE account_id = ? AND "
                                     "revoked_at IS NULL"),
                      {Dialect::toDb(m_clock.now()), session.accountId});
    if (!q)
        return q.error();
    const int revoked = q->numRowsAffected();
    VIGILO_TRY(recordEvent(session.username, QStringLiteral("signout.everywhere"), address,
                           {{QStringLiteral("sessions"), revoked}}));
    VIGILO_TRY(tx.commit());
    return revoked;
}

Result<int> Accounts::revokeSessionsOf(const QString &username, const QString &by,
                                       const QString &workspace)
{
    Store::Transaction tx(m_store);
    VIGILO_TRY(tx.begin());
    auto q = sql::run(m_store,
                      QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE account_id IN "
                                     "(SELECT id FROM accounts WHERE username = ?) AND "
                                     "revoked_at IS NULL"),
                      {Dialect::toDb(m_clock.now()), username});
    if (!q)
        return q.error();
    const int revoked = q->numRowsAffected();
    VIGILO_TRY(recordEvent(username, QStringLiteral("signout.revoked"), {},
                           {{QStringLiteral("by"), by},
                            {QStringLiteral("workspace"), workspace},
                            {QStringLiteral("sessions"), revoked}}));
    VIGILO_TRY(tx.commit());
    return revoked;
}

} // namespace vigilo::server
