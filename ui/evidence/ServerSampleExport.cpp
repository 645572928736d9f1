#include "ServerSampleExport.h"

#include "EvidenceExport.h"
#include "dialogs/ErrorPresenter.h"
#include "widgets/Async.h"

#include "Client.h"

#include <QProgressDialog>

namespace vigilo::ui {

ServerSampleExport::ServerSampleExport(client::Client &client, Request request, QWidget *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_parent(parent)
    , m_folder(m_request.folder)
{}

void ServerSampleExport::start()
{
    if (!m_request.usePeriod) {
        exportAll(m_request.numbers);
        return;
    }
    // The server filters by the planned window; only the changes starting in the period count.
    onResult(m_client.changesWithAsync(periodParams(m_request.from, m_request.to)), this,
             [this](const Result<QList<ChangeSummary>> &r) {
                 if (!r) {
                     fail(tr("The changes could not be read"), r.error());
                     return;
                 }
                 exportAll(startingIn(*r, m_request.from, m_request.to));
             });
}

void ServerSampleExport::exportAll(QList<int> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    const QString title = tr("The audit sample was not exported");
    if (numbers.isEmpty()) {
        fail(title, Error::input(tr("There is no change in the sample: widen the filter or the "
                                    "period.")));
        return;
    }
    if (Status s = m_folder.begin(); !s.ok()) {
        fail(title, s.error());
        return;
    }
    m_numbers = numbers;
    m_progress = new QProgressDialog(tr("Exporting evidence packs…"), tr("Cancel"), 0,
                                     int(numbers.size()) + 1, m_parent);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, this, &ServerSampleExport::cancel);
    m_progress->setValue(0);
    m_progress->show();
    next();
}

bool ServerSampleExport::stopped()
{
    // The Cancel button emits canceled(); QProgressDialog::cancel() only sets wasCanceled().
    if (!m_done && m_progress && m_progress->wasCanceled())
        cancel();
    return m_done;
}

void ServerSampleExport::next()
{
    if (stopped())
        return;
    if (m_index >= m_numbers.size()) {
        saveManifest();
        return;
    }
    const int number = m_numbers.at(m_index);
    if (m_progress)
        m_progress->setLabelText(tr("Exporting %1 (%2 of %3)…")
                                     .arg(formatChangeNumber(number))
                                     .arg(m_index + 1)
                                     .arg(m_numbers.size()));
    onResult(m_client.exportPackAsync(number, m_request.locale), this,
             [this, number](const Result<client::ServerPack> &pack) {
                 if (stopped())
                     return;
                 const QString title =
                     tr("The evidence pack of %1 was not exported").arg(formatChangeNumber(number));
                 if (!pack) {
                     fail(title, pack.error());
                     return;
                 }
                 if (Status s = m_folder.put(formatChangeNumber(number) + QStringLiteral(".pdf"),
                                             pack->pdf);
                     !s.ok()) {
                     fail(title, s.error());
                     return;
                 }
                 m_digests << pack->digest;
                 ++m_index;
                 if (m_progress)
                     m_progress->setValue(m_index);
                 next();
             });
}

void ServerSampleExport::saveManifest()
{
    if (stopped())
        return;
    if (m_progress)
        m_progress->setLabelText(tr("The server signs the manifest…"));
    onResult(m_client.packManifestAsync(m_digests), this,
             [this](const Result<client::ServerManifest> &manifest) {
                 if (stopped())
                     return;
                 const QString title = tr("The audit sample was not exported");
                 if (!manifest) {
                     fail(title, manifest.error());
                     return;
                 }
                 for (const auto &[name, bytes] : manifest->files)
                     if (Status s = m_folder.put(name, bytes); !s.ok()) {
                         fail(title, s.error());
                         return;
                     }
                 auto files = m_folder.commit();
                 if (!files) {
                     fail(title, files.error());
                     return;
                 }
                 finish(*files);
             });
}

void ServerSampleExport::fail(const QString &title, const Error &error)
{
    if (m_done)
        return;
    m_folder.cancel(); // no pack and no manifest of a sample that is not whole
    QWidget *parent = m_parent;
    finish({});
    ErrorPresenter::show(parent, title, error);
}

void ServerSampleExport::cancel()
{
    if (m_done)
        return;
    m_folder.cancel();
    finish({});
}

void ServerSampleExport::finish(const QStringList &files)
{
    m_done = true;
    if (m_progress) {
        disconnect(m_progress, nullptr, this, nullptr);
        m_progress->close();
    }
    emit finished(files);
    deleteLater();
}

} // namespace vigilo::ui
