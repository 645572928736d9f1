#pragma once
// An audit sample from a team server: the server prints and signs each pack with the workspace's
// key (pack.export) and signs the sample's manifest (pack.manifest); the desktop only saves the
// bytes. One request at a time behind a progress dialog that can be cancelled; everything is
// staged and moved into the folder only when the whole sample is there (SampleFolder), so a
// cancelled or failed sample leaves no file, and a failed pack is named.

#include "SampleFolder.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QProgressDialog;
class QWidget;

namespace vigilo {
struct Error;
namespace client {
class Client;
}
} // namespace vigilo

namespace vigilo::ui {

class ServerSampleExport final : public QObject {
    Q_OBJECT
public:
    struct Request {
        QString folder;
        QString locale;     // empty: the workspace's
        QList<int> numbers; // the changes, unless usePeriod
        bool usePeriod = false;
        QDate from, to; // inclusive, when usePeriod
    };
    // Deletes itself once finished. `parent`: the window the dialogs belong to.
    ServerSampleExport(client::Client &client, Request request, QWidget *parent);
    void start();

signals:
    // The files written, or none when cancelled or refused (the user was told why).
    void finished(const QStringList &files);

private:
    void exportAll(QList<int> numbers);
    void next();
    void saveManifest();
    void fail(const QString &title, const Error &error);
    void cancel();
    // Cancelled (then cleaned up) or finished: nothing more to do.
    bool stopped();
    void finish(const QStringList &files);

    client::Client &m_client;
    Request m_request;
    QPointer<QWidget> m_parent;
    QPointer<QProgressDialog> m_progress;
    SampleFolder m_folder;
    QList<int> m_numbers;
    QStringList m_digests;
    int m_index = 0;
    bool m_done = false;
};

} // namespace vigilo::ui
