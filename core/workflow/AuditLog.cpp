#include "AuditLog.h"

#include "Clock.h"
#include "Dialect.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigilo {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const char *kEventColumns = "id, workspace_id, seq, at, actor, action, entity, entity_id, "
                            "change_number, old_values, new_values, prev_hash, hash ";

AuditEvent readEvent(const CachedQuery &q)
{
    AuditEvent e;
    e.id = q.value(0).toLongLong();
    e.workspaceId = q.value(1).toLongLong();
    e.seq = q.value(2).toLongLong();
    e.at = Dialect::fromDb(q.value(3));
    e.actor = q.value(4).toString();
    e.action = q.value(5).toString();
    e.entity = q.value(6).toString();
    e.entityId = q.value(7).toLongLong();
    e.changeNumber = q.value(8).toInt();
    e.oldValues = parseObject(q.value(9).toString());
    e.newValues = parseObject(q.value(10).toString());
    e.prevHash = q.value(11).toString();
    e.hash = q.value(12).toString();
    return e;
}

} // namespace

QJsonObject AuditProblem::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("message"), message}};
}

QJsonObject AuditVerification::toJson() const
{
    QJsonArray ps;
    for (const auto &p : problems)
        ps.append(p.toJson());
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("events_checked"), eventsChecked},
            {QStringLiteral("problems"), ps}};
}

QString AuditLog::hashOf(const AuditEvent &e, const QString &prevHash)
{
    return hashOf(e, prevHash, compact(e.oldValues), compact(e.newValues));
}

QString AuditLog::hashOf(const AuditEvent &e, const QString &prevHash, const QString &oldText,
                         const QString &newText)
{
    // Only portable fields: database ids are left out so that a workspace moved to another
    // database (vigilo-cli migrate) keeps a chain that verifies.
    const QStringList fields{prevHash,
                             QString::number(e.seq),
                             Dialect::toDb(e.at).toString(),
                             e.actor,
                             e.action,
                             e.entity,
                             QString::number(e.changeNumber),
                             oldText,
                             newText};
    return QString::fromLatin1(
        QCryptographicHash::hash(compactStringArray(fields), QCryptographicHash::Sha256).toHex());
}

QByteArray AuditLog::compactStringArray(const QStringList &strings)
{
    // The hashed form is QJsonDocument's compact JSON of an array of these strings. Written here
    // directly (every event of a 100,000-change demo is hashed: the detour through QJsonArray
    // and CBOR cost a twelfth of its build), byte for byte the same: `"` and `\` escaped, the
    // C0 controls as \b \f \n \r \t or \u00xx (lower-case hex), everything else as UTF-8.
    // A lone surrogate (which QJsonDocument writes as \uxxxx) takes QJsonDocument's own path.
    static constexpr char kHex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(64);
    out.append('[');
    bool first = true;
    for (const QString &s : strings) {
        if (!first)
            out.append(',');
        first = false;
        out.append('"');
        qsizetype plain = 0; // start of the run of characters not yet written
        const QChar *data = s.constData();
        const qsizetype size = s.size();
        auto flush = [&](qsizetype upTo) {
            if (upTo > plain)
                out.append(QStringView(data + plain, upTo - plain).toUtf8());
        };
        for (qsizetype i = 0; i < size; ++i) {
            const char16_t u = data[i].unicode();
            const bool pairStart = QChar::isHighSurrogate(u) && i + 1 < size
                                   && QChar::isLowSurrogate(data[i + 1].unicode());
            const bool pairEnd =
                QChar::isLowSurrogate(u) && i > 0 && QChar::isHighSurrogate(data[i - 1].unicode());
            if (QChar::isSurrogate(u) && !pairStart && !pairEnd)
                return QJsonDocument(QJsonArray::fromStringList(strings))
                    .toJson(QJsonDocument::Compact);
            if (u >= 0x20 && u != u'"' && u != u'\\')
                continue;
            flush(i);
            plain = i + 1;
            out.append('\\');
            switch (u) {
            case u'"': out.append('"'); break;
            case u'\\': out.append('\\'); break;
            case 0x8: out.append('b'); break;
            case 0xc: out.append('f'); break;
            case 0xa: out.append('n'); break;
            case 0xd: out.append('r'); break;
            case 0x9: out.append('t'); break;
            default:
                out.append("u00");
                out.append(kHex[u >> 4]);
                out.append(kHex[u & 0xf]);
            }
        }
        flush(size);
        out.append('"');
    }
    out.append(']');
    return out;
}

Status AuditLog::record(qint64 workspaceId, const QString &actor, const QString &action,
                        const QString &entity, qint64 entityId, int changeNumber,
                        const QJsonObject &oldValues, const QJsonObject &newValues)
{
    AuditEvent e;
    e.workspaceId = workspaceId;
    // The chain's head: read (and on PostgreSQL its row locked: one writer at a time extends the
    // chain) once per transaction; later events of the same transaction continue from the last.
    const QString headKey = QStringLiteral("audit_head/%1").arg(workspaceId);
    const QVariantList known = m_store.transactionValue(headKey).toList();
    if (known.size() == 2) {
        e.seq = known.at(0).toLongLong() + 1;
        e.prevHash = known.at(1).toString();
    } else {
        auto head =
            sql::run(m_store,
                     QStringLiteral("SELECT audit_seq, audit_head FROM workspaces WHERE id = ?")
                         + m_store.dialect().forUpdate(),
                     {workspaceId});
        if (!head)
            return head.error();
        if (!head->next())
            return Error::storage(CoreText::tr("The workspace of this event does not exist."));
        e.seq = head->value(0).toLongLong() + 1;
        e.prevHash = head->value(1).toString();
    }
    e.at = m_clock.now();
    e.actor = actor;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.changeNumber = changeNumber;
    e.oldValues = oldValues;
    e.newValues = newValues;
    const QString oldText = compact(oldValues);
    const QString newText = compact(newValues);
    e.hash = hashOf(e, e.prevHash, oldText, newText);

    auto ins = sql::run(m_store,
                        QStringLiteral("INSERT INTO audit_events (workspace_id, seq, at, actor, "
                                       "action, entity, entity_id, change_number, old_values, "
                                       "new_values, prev_hash, hash) VALUES "
                                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {workspaceId, e.seq, Dialect::toDb(e.at), actor, action, entity, entityId,
                         changeNumber, oldText, newText, e.prevHash, e.hash});
    if (!ins)
        return ins.error();
    auto upd = sql::run(
        m_store, QStringLiteral("UPDATE workspaces SET audit_seq = ?, audit_head = ? WHERE id = ?"),
        {e.seq, e.hash, workspaceId});
    if (!upd)
        return upd.error();
    m_store.setTransactionValue(headKey, QVariantList{e.seq, e.hash});
    return {};
}

Result<QList<AuditEvent>> AuditLog::changeHistory(const Actor &actor, int changeNumber) const
{
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT ") + QLatin1String(kEventColumns)
                          + QStringLiteral("FROM audit_events WHERE workspace_id = ? AND "
                                           "change_number = ? ORDER BY seq"),
                      {actor.workspace.id, changeNumber});
    if (!q)
        return q.error();
    QList<AuditEvent> out;
    while (q->next())
        out << readEvent(*q);
    return out;
}

Result<QList<AuditEvent>> AuditLog::workspaceHistory(const Actor &actor, int limit) const
{
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT ") + QLatin1String(kEventColumns)
                          + QStringLiteral("FROM audit_events WHERE workspace_id = ? "
                                           "ORDER BY seq DESC LIMIT ?"),
                      {actor.workspace.id, limit});
    if (!q)
        return q.error();
    QList<AuditEvent> out;
    while (q->next())
        out << readEvent(*q);
    return out;
}

Result<AuditVerification> AuditLog::verify(const Actor &actor) const
{
    AuditVerification v;
    auto problem = [&v](const AuditEvent &e, const QString &kind, const QString &message) {
        v.ok = false;
        v.problems << AuditProblem{e.seq, e.id, kind, message};
    };
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT ") + QLatin1String(kEventColumns)
                          + QStringLiteral("FROM audit_events WHERE workspace_id = ? ORDER BY seq"),
                      {actor.workspace.id});
    if (!q)
        return q.error();
    qint64 expectedSeq = 1;
    QString prevStoredHash;
    bool prevIntact = true;
    AuditEvent prev;
    while (q->next()) {
        const AuditEvent e = readEvent(*q);
        ++v.eventsChecked;
        if (e.seq > expectedSeq) {
            AuditEvent gap = e;
            gap.seq = expectedSeq;
            gap.id = 0;
            problem(gap, QStringLiteral("missing"),
                    e.seq - expectedSeq == 1
                        ? CoreText::tr("Event #%1 is missing: it was removed from the history.")
                              .arg(expectedSeq)
                        : CoreText::tr("Events #%1 to #%2 are missing: they were removed from "
                                       "the history.")
                              .arg(expectedSeq)
                              .arg(e.seq - 1));
        }
        const bool intact = hashOf(e, e.prevHash) == e.hash;
        if (!intact)
            problem(e, QStringLiteral("altered"),
                    CoreText::tr("Event #%1 (%2 by %3) was altered after it was recorded: its "
                                 "content no longer matches its hash.")
                        .arg(e.seq)
                        .arg(e.action, e.actor));
        if (e.prevHash != prevStoredHash && e.seq == expectedSeq) {
            if (prevIntact && e.seq > 1)
                problem(prev, QStringLiteral("altered"),
                        CoreText::tr("Event #%1 (%2 by %3) was rewritten after it was recorded: "
                                     "event #%4 recorded a different hash for it.")
                            .arg(prev.seq)
                            .arg(prev.action, prev.actor)
                            .arg(e.seq));
            else if (e.seq == 1)
                problem(e, QStringLiteral("reordered"),
                        CoreText::tr("Event #1 does not start the chain."));
        }
        expectedSeq = e.seq + 1;
        prevStoredHash = e.hash;
        prevIntact = intact;
        prev = e;
    }
    q->finish();
    auto head = sql::run(
        m_store, QStringLiteral("SELECT audit_seq, audit_head FROM workspaces WHERE id = ?"),
        {actor.workspace.id});
    if (!head)
        return head.error();
    if (head->next()) {
        const qint64 lastSeq = head->value(0).toLongLong();
        const QString lastHash = head->value(1).toString();
        if (lastSeq >= expectedSeq) {
            AuditEvent gap;
            gap.seq = expectedSeq;
            problem(gap, QStringLiteral("missing"),
                    CoreText::tr("The newest events (#%1 to #%2) are missing: they were removed "
                                 "from the end of the history.")
                        .arg(expectedSeq)
                        .arg(lastSeq));
        } else if (lastSeq == expectedSeq - 1 && lastHash != prevStoredHash) {
            problem(prev, QStringLiteral("head_mismatch"),
                    CoreText::tr("Event #%1 does not match the recorded head of the chain: the "
                                 "latest event was replaced.")
                        .arg(prev.seq));
        }
    }
    return v;
}

} // namespace vigilo
