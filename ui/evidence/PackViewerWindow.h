#pragma once
// The evidence pack viewer, what an auditor installs Vigilo for: the pack's pages (QtPdf) beside
// a verification panel (signature, signer, trust, evidence digest, pages, chain) and the history
// the pack embeds as a sortable table. It needs no workspace and no database: the trust comes from
// a trust bundle (workspace trust-bundle), or from the open workspace's own list.

#include "Certificates.h"
#include "EvidencePack.h"

#include <QMainWindow>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace vigilo::ui {

class EvidenceHistoryModel;

class PackViewerWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit PackViewerWindow(QWidget *parent = nullptr);
    ~PackViewerWindow() override;

    // Shows the pack and verifies it; false (with a message in the panel) when it cannot be read.
    bool openPack(const QString &path);
    // Verifies again against `trust` (an auditor's bundle, the workspace's list).
    void setTrust(const TrustList &trust);
    bool loadTrustBundle(const QString &path);
    // The last trust bundle used is remembered for the next pack.
    static QString rememberedTrustBundle();

    const PackVerification &verification() const { return m_verification; }
    QString path() const { return m_path; }
    QPdfDocument *document() const { return m_document; }
    QPdfView *pdfView() const { return m_view; }
    QTreeWidget *checks() const { return m_checks; }
    QTableView *history() const { return m_history; }
    QSortFilterProxyModel *historyProxy() const { return m_proxy; }

private:
    void verify();
    void showVerification();
    void chooseTrustBundle();
    void chooseFile();

    QString m_path;
    TrustList m_trust;
    PackVerification m_verification;
    QPdfDocument *m_document = nullptr;
    QPdfView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_trustSource = nullptr;
    QLabel *m_checkDetail = nullptr;
    QTreeWidget *m_checks = nullptr;
    QTableView *m_history = nullptr;
    EvidenceHistoryModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QPushButton *m_trustButton = nullptr;
};

} // namespace vigilo::ui
