#pragma once
// The team server's accounts: Argon2id password hashes (libsodium), one-time enrollment codes
// (72 h, single use), session tokens (32 random bytes, stored as SHA-256, 30 days sliding,
// revocable, "sign out everywhere"), exponential back-off after failed sign-ins per account and
// per address, and an append-only log of all of it (account_events). Everything lives in the
// database, so several servers on one database share it.

#include "Clock.h"
#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace vigilo {
class Store;
}

namespace vigilo::server {

struct EnrollmentCode {
    QString code; // "K7QF-2M9X-PD4T-8WZC"; only ever shown here
    QDateTime expiresAt;
    bool accountCreated = false;
};

struct SignedIn {
    QString token; // only ever shown here
    QString username;
    QDateTime expiresAt;
};

struct Session {
    qint64 id = 0;
    qint64 accountId = 0;
    QString username;
    QDateTime createdAt;
    QDateTime expiresAt;
};

class Accounts final {
    // tr() in the members translates in the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(vigilo::server::Accounts)

public:
    static constexpr int kCodeValidityHours = 72;
    static constexpr int kSessionDays = 30;
    static constexpr int kMinPasswordLength = 10;
    // Failures before a key is blocked, and the longest block.
    static constexpr int kFreeAccountFailures = 3;
    static constexpr int kFreeAddressFailures = 10;
    static constexpr int kMaxBlockSecs = 15 * 60;

    Accounts(Store &store, const Clock &clock);

    // libsodium must be initialised once before anything else (false: it could not be).
    static bool initialise();

    // A new one-time code for `username` (the account is created when missing). Unused codes
    // of the account stop working. With `onlyWithoutPassword`, an account that already has a
    // password gets no code: a workspace admin may invite people, only the server's operator
    // resets a password.
    Result<std::optional<EnrollmentCode>>
    issueCode(const QString &username, const QString &issuedBy, bool onlyWithoutPassword);
    // Signs in with the password, or with an enrollment code and the new password it sets.
    Result<SignedIn> signIn(const QString &username, const QString &password,
                            const QString &enrollmentCode, const QString &address,
                            const QString &client);
    // The session a token names: refused when unknown, expired, revoked or its account is
    // disabled. Slides the expiry at most once an hour.
    Result<Session> authenticate(const QString &token, const QString &address = {});
    Status signOut(const Session &session, const QString &address);
    Result<int> signOutEverywhere(const Session &session, const QString &address);
    // Another's "sign out everywhere" (member.revoke_sessions, member.deactivate), after the core
    // allowed it: every live session of `username`'s account ends; logged with who and where.
    Result<int> revokeSessionsOf(const QString &username, const QString &by,
                                 const QString &workspace);

    static QString hashToken(const QString &token);
    static QString normaliseCode(const QString &code);

private:
    Status recordEvent(const QString &username, const QString &event, const QString &address,
                       const QJsonObject &details = {});
    Status registerFailure(const QString &key, int freeFailures);
    Result<qint64> blockedFor(const QString &key) const;
    Error failed(const QString &username, const QString &address, const QString &reason);
    Status checkPassword(const QString &username, const QString &password) const;
    Store &m_store;
    const Clock &m_clock;
};

} // namespace vigilo::server
