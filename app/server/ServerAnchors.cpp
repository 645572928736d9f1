#include "ServerAnchors.h"

#include "Clock.h"
#include "Dialect.h"
#include "ServerKeys.h"
#include "SigningKey.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "Vigilo.h"

#include <QJsonDocument>

#include <cstdio>

namespace vigilo::server {

ServerAnchors::ServerAnchors(Vigilo &core, ServerKeys &keys, const ServerConfig &config,
                             QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_keys(keys)
    , m_every(config.anchorEveryEvents)
    , m_intervalSecs(config.anchorIntervalSecs)
    , m_log(config.stateDir + QStringLiteral("/anchors.jsonl"))
    , m_database(anchors::databaseKey(core.store()))
{
    // Often enough that "at least every interval" holds within a quarter of it.
    m_timer.setInterval(qBound(1, m_intervalSecs / 4, 600) * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ServerAnchors::considerAll);
}

void ServerAnchors::start()
{
    considerAll();
    m_timer.start();
}

void ServerAnchors::considerAll()
{
    considerRows({}, {});
}

void ServerAnchors::consider(qint64 workspaceId)
{
    considerRows(QStringLiteral(" WHERE id = ?"), {workspaceId});
}

ServerAnchors::Last ServerAnchors::lastOf(const QString &slug)
{
    const auto it = m_last.constFind(slug);
    if (it != m_last.constEnd())
        return *it;
    Last last;
    for (const ChainAnchor &a : m_log.read(m_database, slug).anchors)
        if (a.seq > last.seq || (a.seq == last.seq && a.signedAt > last.at))
            last = {a.seq, a.signedAt};
    m_last.insert(slug, last);
    return last;
}

void ServerAnchors::considerRows(const QString &where, const QVariantList &binds)
{
    // Every workspace's head, whoever the last request acted for: with the server's login
    // (schema 14) through the owner's function, which shows heads only.
    Store &store = m_core.store();
    const bool rls = store.dialect().isPostgres() && store.schemaVersion() >= 14;
    auto q = sql::run(store,
                      (rls ? QStringLiteral("SELECT slug, audit_seq, audit_head FROM "
                                            "vigilo_audit_heads()")
                           : QStringLiteral("SELECT slug, audit_seq, audit_head FROM workspaces"))
                          + where,
                      binds);
    if (!q)
        return;
    struct Head {
        QString slug;
        qint64 seq;
        QString hash;
    };
    QList<Head> heads;
    while (q->next())
        heads << Head{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString()};
    q->finish();
    const QDateTime now = m_core.clock().now().toUTC();
    for (const Head &h : heads) {
        if (h.seq <= 0 || !m_keys.has(h.slug))
            continue;
        const Last last = lastOf(h.slug);
        const bool due = h.seq > last.seq
                         && (!last.at.isValid() || h.seq - last.seq >= m_every
                             || last.at.secsTo(now) >= m_intervalSecs);
        if (!due)
            continue;
        auto key = m_keys.keyFor(h.slug);
        if (!key) {
            // Said once per workspace and problem: the server keeps serving.
            if (!m_warned.contains(h.slug + key.error().code)) {
                m_warned.insert(h.slug + key.error().code);
                std::fputs(qPrintable(QStringLiteral("vigilo-server: cannot anchor workspace "
                                                     "%1: %2\n")
                                          .arg(h.slug, key.error().message)),
                           stderr);
            }
            continue;
        }
        ChainAnchor a;
        a.database = m_database;
        a.workspace = h.slug;
        a.seq = h.seq;
        a.hash = h.hash;
        a.signedAt = now;
        a.source = QStringLiteral("server");
        auto record = anchors::sign(a, **key);
        if (!record || !keep(a, *record).ok())
            continue;
    }
}

Status ServerAnchors::keep(const ChainAnchor &anchor, const QByteArray &signedRecord)
{
    VIGILO_TRY(m_log.publish(anchor, signedRecord));
    const Last last = lastOf(anchor.workspace);
    if (anchor.seq >= last.seq)
        m_last.insert(anchor.workspace, {anchor.seq, anchor.signedAt});
    return {};
}

Status ServerAnchors::check(Vigilo &core, const Actor &actor, AuditVerification &v,
                            QJsonObject &extra) const
{
    const AnchorLog::Contents seen = m_log.read(m_database, actor.workspace.slug);
    auto problems = anchors::check(core, actor, seen.anchors);
    if (!problems)
        return problems.error();
    for (const QString &damaged : seen.damaged)
        *problems << AuditProblem{0, 0, QStringLiteral("anchor_damaged"), damaged};
    v.problems << *problems;
    v.ok = v.ok && problems->isEmpty();
    qint64 latest = 0;
    for (const ChainAnchor &a : seen.anchors)
        latest = qMax(latest, a.seq);
    extra.insert(QStringLiteral("anchors"), int(seen.anchors.size()));
    extra.insert(QStringLiteral("latest_anchor_seq"), latest);
    return {};
}

} // namespace vigilo::server
