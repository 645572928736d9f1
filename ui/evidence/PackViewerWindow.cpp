#include "PackViewerWindow.h"

#include "EvidenceHistoryModel.h"
#include "PackFonts.h"
#include "WorkspaceTrust.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {
const char *kTrustKey = "packViewer/trustBundle";

QString checkTitle(const QString &name)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("signature"),
         QT_TRANSLATE_NOOP("vigilo::ui::PackViewerWindow", "Signature")},
        {QStringLiteral("certificate"),
         QT_TRANSLATE_NOOP("vigilo::ui::PackViewerWindow", "Signer and trust")},
        {QStringLiteral("evidence"),
         QT_TRANSLATE_NOOP("vigilo::ui::PackViewerWindow", "Evidence digest")},
        {QStringLiteral("pages"), QT_TRANSLATE_NOOP("vigilo::ui::PackViewerWindow", "Pages")},
        {QStringLiteral("chain"),
         QT_TRANSLATE_NOOP("vigilo::ui::PackViewerWindow", "History chain")},
    };
    const auto it = titles.constFind(name);
    return it == titles.constEnd()
               ? name
               : QCoreApplication::translate("vigilo::ui::PackViewerWindow", *it);
}
} // namespace

PackViewerWindow::PackViewerWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("packViewer"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setWindowTitle(tr("Evidence pack viewer"));
    resize(1200, 800);
    // Verification re-renders the pages with the fonts packs are printed with.
    pack::loadBundledFonts();

    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("packView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);

    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("verificationPanel"));
    m_title = new QLabel(panel);
    m_title->setObjectName(QStringLiteral("packTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict = new QLabel(panel);
    m_verdict->setObjectName(QStringLiteral("packVerdict"));
    m_verdict->setWordWrap(true);
    m_checks = new QTreeWidget(panel);
    m_checks->setObjectName(QStringLiteral("checkList"));
    m_checks->setColumnCount(2);
    m_checks->setHeaderLabels({tr("Check"), tr("Result")});
    m_checks->setRootIsDecorated(false);
    m_checks->setWordWrap(true);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->header()->setStretchLastSection(true);
    // The selected check's whole message (the list shows one line of each).
    m_checkDetail = new QLabel(panel);
    m_checkDetail->setObjectName(QStringLiteral("checkDetail"));
    m_checkDetail->setWordWrap(true);
    m_checkDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_checks, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_checkDetail->setText(item ? item->text(1) : QString());
    });
    m_trustSource = new QLabel(panel);
    m_trustSource->setObjectName(QStringLiteral("trustSource"));
    m_trustSource->setWordWrap(true);
    m_trustButton = new QPushButton(tr("Use a &trust bundle…"), panel);
    m_trustButton->setObjectName(QStringLiteral("trustBundleButton"));
    connect(m_trustButton, &QPushButton::clicked, this, &PackViewerWindow::chooseTrustBundle);

    m_model = new EvidenceHistoryModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EvidenceHistoryModel::SortRole);
    m_history = new QTableView(panel);
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setModel(m_proxy);
    m_history->setSortingEnabled(true);
    m_history->sortByColumn(EvidenceHistoryModel::Seq, Qt::AscendingOrder);
    m_history->verticalHeader()->hide();
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setWordWrap(false);

    auto *history = new QLabel(tr("History embedded in the pack"), panel);
    QFont bold = history->font();
    bold.setBold(true);
    history->setFont(bold);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(m_title);
    layout->addWidget(m_verdict);
    layout->addWidget(m_checks, 2);
    layout->addWidget(m_checkDetail);
    layout->addWidget(m_trustSource);
    layout->addWidget(m_trustButton, 0, Qt::AlignLeft);
    layout->addWidget(history);
    layout->addWidget(m_history, 3);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open evidence pack…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &PackViewerWindow::chooseFile);
    QAction *trust = file->addAction(tr("Use a &trust bundle…"));
    connect(trust, &QAction::triggered, this, &PackViewerWindow::chooseTrustBundle);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);

    const QString remembered = rememberedTrustBundle();
    if (!remembered.isEmpty() && QFileInfo::exists(remembered)) {
        QFile f(remembered);
        if (f.open(QIODevice::ReadOnly))
            if (auto list = WorkspaceTrust::readBundle(
                    f.readAll(), tr("the trust bundle %1").arg(QFileInfo(remembered).fileName()));
                list.ok())
                m_trust = *list;
    }
}

PackViewerWindow::~PackViewerWindow() = default;

QString PackViewerWindow::rememberedTrustBundle()
{
    return QSettings().value(QLatin1String(kTrustKey)).toString();
}

bool PackViewerWindow::openPack(const QString &path)
{
    m_path = QFileInfo(path).absoluteFilePath();
    setWindowTitle(tr("%1 — Evidence pack viewer").arg(QFileInfo(path).fileName()));
    m_document->close();
    m_document->load(m_path);
    verify();
    return m_verification.hasData || !m_verification.checks.isEmpty();
}

void PackViewerWindow::setTrust(const TrustList &trust)
{
    m_trust = trust;
    if (!m_path.isEmpty())
        verify();
    else
        showVerification();
}

bool PackViewerWindow::loadTrustBundle(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_trustSource->setText(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return false;
    }
    auto list = WorkspaceTrust::readBundle(
        f.readAll(), tr("the trust bundle %1").arg(QFileInfo(path).fileName()));
    if (!list) {
        m_trustSource->setText(list.error().message);
        return false;
    }
    QSettings().setValue(QLatin1String(kTrustKey), QFileInfo(path).absoluteFilePath());
    setTrust(*list);
    return true;
}

void PackViewerWindow::verify()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto v = EvidencePack::verifyOffline(m_path, m_trust);
    QApplication::restoreOverrideCursor();
    if (v) {
        m_verification = *v;
    } else {
        m_verification = PackVerification();
        m_verification.path = m_path;
        m_verification.checks << PackCheck{QStringLiteral("pack"), false, v.error().message};
    }
    showVerification();
}

void PackViewerWindow::showVerification()
{
    const PackVerification &v = m_verification;
    if (v.hasData)
        m_title->setText(QStringLiteral("<b>%1</b> %2<br>%3")
                             .arg(v.data.change.numberText().toHtmlEscaped(),
                                  v.data.change.title.toHtmlEscaped(),
                                  tr("Workspace %1, history up to event #%2")
                                      .arg(v.data.workspace.name.toHtmlEscaped())
                                      .arg(v.auditSeq)));
    else
        m_title->setText(QFileInfo(m_path).fileName().toHtmlEscaped());
    if (v.ok)
        m_verdict->setText(
            tr("<span style='color:#2e7d32'><b>Verified.</b></span> Signed, trusted, unaltered; "
               "the pages show exactly the evidence embedded in the file."));
    else if (v.onlyTrustFailed())
        m_verdict->setText(tr("<span style='color:#e65100'><b>Intact, but the signer is not "
                              "trusted.</b></span> Load the workspace's trust bundle to check "
                              "who signed it."));
    else
        m_verdict->setText(tr("<span style='color:#c62828'><b>Does not verify.</b></span> The "
                              "file was altered or is not a Vigilo evidence pack; see below."));
    m_checks->clear();
    QTreeWidgetItem *firstFailed = nullptr;
    for (const PackCheck &c : v.checks) {
        auto *item = new QTreeWidgetItem(m_checks, {checkTitle(c.name), c.message});
        item->setData(0, Qt::UserRole, c.name);
        item->setData(1, Qt::UserRole, c.ok);
        item->setIcon(0, style()->standardIcon(c.ok ? QStyle::SP_DialogApplyButton
                                                    : QStyle::SP_MessageBoxCritical));
        item->setToolTip(1, c.message);
        if (!c.ok && !firstFailed)
            firstFailed = item;
    }
    // The first failed check is what to read first; else the signer.
    m_checks->setCurrentItem(
        firstFailed ? firstFailed
                    : m_checks->topLevelItem(qMin(1, m_checks->topLevelItemCount() - 1)));
    m_trustSource->setText(m_trust.isEmpty() ? tr("No trust list loaded.")
                                             : tr("Trust: %1; certificates in it: %2.")
                                                   .arg(m_trust.source)
                                                   .arg(m_trust.entries.size()));
    m_model->setEvents(v.hasData ? v.data.events : QList<AuditEvent>(),
                       v.hasData ? v.data.names : QHash<QString, QString>());
    m_history->resizeColumnsToContents();
}

void PackViewerWindow::chooseTrustBundle()
{
    QFileDialog dialog(this, tr("Use a trust bundle"), QString(),
                       tr("Trust bundles and certificates (*.pem *.crt);;All files (*)"));
    dialog.setObjectName(QStringLiteral("trustBundleDialog"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        loadTrustBundle(dialog.selectedFiles().first());
}

void PackViewerWindow::chooseFile()
{
    QFileDialog dialog(this, tr("Open an evidence pack"), QString(),
                       tr("Evidence packs (*.pdf);;All files (*)"));
    dialog.setObjectName(QStringLiteral("openPackDialog"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        openPack(dialog.selectedFiles().first());
}

} // namespace vigilo::ui
