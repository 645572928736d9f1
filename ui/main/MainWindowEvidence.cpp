// MainWindow: evidence packs — the pack viewer, Export evidence pack… (Change menu, the list's
// context menu, the detail view) and the audit sample.

#include "MainWindow.h"
#include "Shortcuts.h"

#include "Session.h"
#include "changes/ChangeFilterProxy.h"
#include "changes/ChangeListModel.h"
#include "changes/ChangeListView.h"
#include "evidence/EvidenceExport.h"
#include "evidence/PackViewerWindow.h"
#include "evidence/SigningKeyDialog.h"

#include "widgets/Async.h"

#include "Client.h"
#include "WorkspaceTrust.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>

namespace vigilo::ui {

void MainWindow::createEvidenceActions()
{
    m_signing = std::make_unique<PackSigning>();
    m_evidence = std::make_unique<EvidenceExport>(m_session, *m_signing);

    m_openPack = new QAction(tr("Open ev&idence pack…"), this);
    m_openPack->setObjectName(QStringLiteral("openPackAction"));
    m_openPack->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_openPack->setToolTip(
        Shortcuts::hint(tr("View an evidence pack and verify it"), m_openPack->shortcut()));
    connect(m_openPack, &QAction::triggered, this, [this] { openEvidencePack(); });

    m_exportPack = new QAction(tr("E&xport evidence pack…"), this);
    m_exportPack->setObjectName(QStringLiteral("exportPackAction"));
    m_exportPack->setToolTip(tr("A signed PDF of the change from intent to outcome, for auditors"));
    connect(m_exportPack, &QAction::triggered, this,
            [this] { exportEvidencePack(currentChangeNumber()); });

    m_exportSample = new QAction(tr("Export evidence packs for an au&dit sample…"), this);
    m_exportSample->setObjectName(QStringLiteral("exportSampleAction"));
    connect(m_exportSample, &QAction::triggered, this, [this] { exportAuditSample(); });
}

QList<ChangeSummary> MainWindow::visibleChanges() const
{
    QList<ChangeSummary> out;
    const ChangeFilterProxy *proxy = m_changes->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        out << m_changes->model()->changeAt(proxy->mapToSource(proxy->index(row, 0)).row());
    return out;
}

PackViewerWindow *MainWindow::openEvidencePack(const QString &file)
{
    QString path = file;
    if (path.isEmpty()) {
        QFileDialog dialog(this, tr("Open an evidence pack"), QString(),
                           tr("Evidence packs (*.pdf);;All files (*)"));
        dialog.setObjectName(QStringLiteral("openPackDialog"));
        dialog.setFileMode(QFileDialog::ExistingFile);
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return nullptr;
        path = dialog.selectedFiles().first();
    }
    auto *viewer = new PackViewerWindow;
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    // With a workspace open and no bundle chosen, its own trust list says who may sign.
    if (m_actor && m_session.local() && PackViewerWindow::rememberedTrustBundle().isEmpty())
        if (auto trust = WorkspaceTrust(m_session.core()).list(*m_actor); trust.ok())
            viewer->setTrust(*trust);
    if (m_actor && m_session.isRemote() && PackViewerWindow::rememberedTrustBundle().isEmpty()) {
        // On a team server its trust bundle (trust.bundle) says who may sign; the viewer then
        // verifies here, as an auditor would offline.
        const QString source =
            tr("workspace %1 on %2").arg(m_actor->workspace.slug, m_session.location());
        m_session.client().setWorkspace(m_actor->workspace.slug);
        onResult(m_session.client().callAsync(QStringLiteral("trust.bundle")), viewer,
                 [viewer, source](const Result<QJsonValue> &answer) {
                     if (!answer.ok())
                         return; // the viewer keeps saying that no trust list was chosen
                     const QString bundle = answer->toObject()
                                                .value(QStringLiteral("trust_bundle"))
                                                .toObject()
                                                .value(QStringLiteral("bundle"))
                                                .toString();
                     if (auto trust = WorkspaceTrust::readBundle(bundle.toUtf8(), source);
                         trust.ok())
                         viewer->setTrust(*trust);
                 });
    }
    viewer->openPack(path);
    viewer->show();
    return viewer;
}

QString MainWindow::exportEvidencePack(int number)
{
    if (!m_actor || number <= 0)
        return {};
    if (m_session.isRemote()) {
        // The server prints and signs it; the answer comes later.
        const QString asked = m_evidence->exportFromServer(
            this, *m_actor, number, [this, number](const QString &written) {
                if (written.isEmpty())
                    return;
                statusBar()->showMessage(
                    tr("Evidence pack of %1 written to %2, signed by the "
                       "server.")
                        .arg(formatChangeNumber(number), QDir::toNativeSeparators(written)),
                    10000);
            });
        if (!asked.isEmpty())
            statusBar()->showMessage(tr("The server prints and signs the evidence pack of %1…")
                                         .arg(formatChangeNumber(number)));
        return asked;
    }
    const QString path = m_evidence->exportOne(this, *m_actor, number);
    if (!path.isEmpty())
        statusBar()->showMessage(
            m_signing->createdKey()
                ? tr("Evidence pack of %1 written to %2. Your new signing key's certificate is "
                     "%3: ask an admin to trust it.")
                      .arg(formatChangeNumber(number), QDir::toNativeSeparators(path),
                           QDir::toNativeSeparators(
                               m_signing->keys().certificatePath(m_actor->member.username)))
                : tr("Evidence pack of %1 written to %2.")
                      .arg(formatChangeNumber(number), QDir::toNativeSeparators(path)),
            10000);
    return path;
}

QStringList MainWindow::exportAuditSample()
{
    if (!m_actor)
        return {};
    if (m_session.isRemote()) {
        // The server prints and signs the packs and the manifest; the answers come later.
        const bool asked = m_evidence->exportSampleFromServer(
            this, *m_actor, visibleChanges(), [this](const QStringList &files) {
                if (!files.isEmpty())
                    statusBar()->showMessage(
                        tr("Audit sample written: %1 files in %2, signed by the server.")
                            .arg(files.size())
                            .arg(QDir::toNativeSeparators(QFileInfo(files.first()).absolutePath())),
                        10000);
            });
        if (asked)
            statusBar()->showMessage(tr("The server prints and signs the audit sample…"));
        return {};
    }
    const QStringList files = m_evidence->exportBatch(this, *m_actor, visibleChanges());
    if (!files.isEmpty())
        statusBar()->showMessage(
            tr("Audit sample written: %1 files in %2.")
                .arg(files.size())
                .arg(QDir::toNativeSeparators(QFileInfo(files.first()).absolutePath())),
            10000);
    return files;
}

} // namespace vigilo::ui
