#pragma once
// Tells a long-lived client (the GUI, CAB mode) that another connection committed something:
// PostgreSQL LISTEN/NOTIFY on the audit trail, or SQLite's PRAGMA data_version polled cheaply.

#include <QObject>
#include <QTimer>

namespace vigilo {

class Store;

class ChangeWatcher final : public QObject {
    Q_OBJECT
public:
    // intervalMs: how often SQLite is polled (PostgreSQL pushes).
    explicit ChangeWatcher(Store &store, int intervalMs = 500, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    // Checks now (SQLite) instead of waiting for the timer; tests use it.
    void poll();

signals:
    // Someone else committed. workspaceId and changeNumber are 0 when unknown (SQLite).
    void changed(qint64 workspaceId, int changeNumber);
    // The same from PostgreSQL, with the audit event's sequence number (a team server tells its
    // clients what kind of thing moved: a change, or a CAB meeting).
    void audited(qint64 workspaceId, int changeNumber, qint64 seq);

private:
    Store &m_store;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
    bool m_listening = false;
};

} // namespace vigilo
