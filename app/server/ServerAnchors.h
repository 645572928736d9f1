#pragma once
// Anchors the history cannot outrun, kept by the team server: it signs each workspace's chain
// head with the workspace's key every anchor_every_events events and at least every
// anchor_interval_secs while the history grows (and the head each pack it exports covers), into
// its own append-only log <state_dir>/anchors.jsonl, outside the rows anyone with the database
// could rewrite. audit.verify through the server checks the history against that log.

#include "AuditLog.h"
#include "ChainAnchors.h"
#include "ServerConfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace vigilo {
class Vigilo;
}

namespace vigilo::server {

class ServerKeys;

class ServerAnchors final : public QObject {
    Q_OBJECT

public:
    ServerAnchors(Vigilo &core, ServerKeys &keys, const ServerConfig &config,
                  QObject *parent = nullptr);

    QString logPath() const { return m_log.path(); }
    // Checks every workspace now and then on a timer.
    void start();
    // Signs the head of workspace `workspaceId` when it is due (after its events).
    void consider(qint64 workspaceId);
    // Keeps a head the server signed elsewhere (a pack's) in the log.
    Status keep(const ChainAnchor &anchor, const QByteArray &signedRecord);
    // Appends to `v` every anchor of the log the workspace's history no longer holds (and every
    // damaged line); `extra` gets the number of anchors and the latest anchored event.
    Status check(Vigilo &core, const Actor &actor, AuditVerification &v, QJsonObject &extra) const;

private:
    void considerAll();
    void considerRows(const QString &where, const QVariantList &binds);
    struct Last {
        qint64 seq = 0;
        QDateTime at; // invalid: never anchored
    };
    Last lastOf(const QString &slug);

    Vigilo &m_core;
    ServerKeys &m_keys;
    int m_every;
    int m_intervalSecs;
    AnchorLog m_log;
    QString m_database;
    QHash<QString, Last> m_last;
    QSet<QString> m_warned;
    QTimer m_timer;
};

} // namespace vigilo::server
