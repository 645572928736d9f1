#pragma once
// The append-only, hash-chained history. record() must run inside the caller's transaction so
// that a mutation and its event commit together.

#include "Actor.h"
#include "Error.h"

#include <QJsonObject>

namespace vigilo {

class Store;
class Clock;

struct AuditProblem {
    qint64 seq = 0;
    qint64 id = 0;
    QString kind; // "altered", "missing", "reordered", "head_mismatch"
    QString message;
    QJsonObject toJson() const;
};

struct AuditVerification {
    bool ok = true;
    qint64 eventsChecked = 0;
    QList<AuditProblem> problems;
    QJsonObject toJson() const;
};

class AuditLog final {
public:
    AuditLog(Store &store, const Clock &clock)
        : m_store(store)
        , m_clock(clock)
    {}

    Status record(qint64 workspaceId, const QString &actor, const QString &action,
                  const QString &entity, qint64 entityId, int changeNumber,
                  const QJsonObject &oldValues, const QJsonObject &newValues);

    Result<QList<AuditEvent>> changeHistory(const Actor &actor, int changeNumber) const;
    Result<QList<AuditEvent>> workspaceHistory(const Actor &actor, int limit = 200) const;
    Result<AuditVerification> verify(const Actor &actor) const;

    // The canonical hash of an event given the previous hash (hex SHA-256).
    static QString hashOf(const AuditEvent &event, const QString &prevHash);
    // The same, with the old and new values already in their compact JSON form.
    static QString hashOf(const AuditEvent &event, const QString &prevHash, const QString &oldText,
                          const QString &newText);
    // What is hashed: QJsonDocument's compact JSON of an array of `strings`, byte for byte,
    // without building the document.
    static QByteArray compactStringArray(const QStringList &strings);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace vigilo
