#pragma once
// One desktop client per database and user: a second `vigilo` on the same database asks the
// first to come to the front and exits, instead of opening the same file twice.
//
// The first instance listens on a QLocalServer (a socket only this OS user may open) named after
// a hash of the user and the database location; the second connects, says "activate" and quits.
// A socket left behind by a crashed instance answers nobody and is replaced.

#include <QObject>
#include <QString>

class QLocalServer;

namespace vigilo::ui {

class SingleInstance final : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString &databaseLocation, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The server name for a database location (stable per OS user and location).
    static QString keyFor(const QString &databaseLocation);

    // Asks a running instance to come forward; true when one answered (this one should exit).
    bool activateRunning(int timeoutMs = 1000);
    // Becomes the instance for this database; false when the socket cannot be created.
    bool listen();
    QString key() const { return m_key; }

Q_SIGNALS:
    // Another start on the same database asked this instance to come to the front.
    void activationRequested();

private:
    QString m_key;
    QLocalServer *m_server = nullptr;
};

} // namespace vigilo::ui
