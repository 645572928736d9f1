#include "AttachmentsTab.h"

#include "AttachmentTableModel.h"
#include "TableStyle.h"
#include "dialogs/ErrorPresenter.h"
#include "main/Session.h"

#include "AtomicFile.h"
#include "Vigilo.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace vigilo::ui {

AttachmentsTab::AttachmentsTab(DetailContext &context, QWidget *parent)
    : DetailTab(context, parent)
{
    setObjectName(QStringLiteral("attachmentsTab"));
    setAcceptDrops(false); // until the core says this member may attach (load)
    m_model = new AttachmentTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("attachmentTable"));
    m_view->setModel(m_model);
    styleDetailTable(m_view);
    m_view->setAcceptDrops(false); // the tab takes the drop
    QHeaderView *h = m_view->horizontalHeader();
    h->resizeSection(AttachmentTableModel::Size, 90);
    h->resizeSection(AttachmentTableModel::Sha256, 500);
    h->resizeSection(AttachmentTableModel::AddedBy, 130);
    h->resizeSection(AttachmentTableModel::AddedAt, 150);
    h->setSectionResizeMode(AttachmentTableModel::Name, QHeaderView::Stretch);
    connect(m_view, &QTableView::doubleClicked, this, &AttachmentsTab::open);

    m_add = new QPushButton(tr("&Add files…"), this);
    m_add->setObjectName(QStringLiteral("addAttachment"));
    m_add->setEnabled(false);
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openAttachment"));
    m_save = new QPushButton(tr("&Save as…"), this);
    m_save->setObjectName(QStringLiteral("saveAttachment"));
    connect(m_add, &QPushButton::clicked, this, &AttachmentsTab::add);
    connect(m_open, &QPushButton::clicked, this, &AttachmentsTab::open);
    connect(m_save, &QPushButton::clicked, this, &AttachmentsTab::saveAs);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("attachmentHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #57606a;"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hint, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttachmentsTab::updateButtons);
    updateButtons();
}

void AttachmentsTab::load(const ChangeRequest &change)
{
    // The core's answer: may this member attach files to this change now?
    const auto refusal =
        Discussion::discussionRefusal(m_ctx.actor, change, Discussion::DiscussionAction::Attach);
    m_add->setEnabled(!refusal);
    m_add->setToolTip(refusal ? refusal->message : QString());
    setAcceptDrops(!refusal);
    auto list = m_ctx.core().discussion().attachments(m_ctx.actor, m_ctx.number);
    m_model->setAttachments(list.ok() ? *list : QList<Attachment>{});
    if (!list.ok()) {
        // An error, never "no attachments".
        m_hint->setText(tr("The attachments of %1 cannot be read: %2")
                            .arg(m_ctx.numberText(), list.error().message));
        m_hint->setStyleSheet(QStringLiteral("color: #b42318; font-weight: 600;"));
    } else {
        m_hint->setText(!refusal ? tr("Drop files here to attach them. They are kept in the "
                                      "database with their size and SHA-256.")
                                 : tr("Files kept with this change, with their size and "
                                      "SHA-256. %1")
                                       .arg(refusal->message));
        m_hint->setStyleSheet(QStringLiteral("color: #57606a;"));
    }
    if (m_model->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0),
                                                  QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
    updateButtons();
}

int AttachmentsTab::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AttachmentsTab::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_open->setEnabled(selected);
    m_save->setEnabled(selected);
}

int AttachmentsTab::addFiles(const QStringList &paths)
{
    int added = 0;
    QMimeDatabase mimes;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ErrorPresenter::show(this, tr("%1 cannot be attached").arg(QFileInfo(path).fileName()),
                                 Error::input(tr("The file %1 cannot be read: %2. Check that it "
                                                 "exists and that you may read it.")
                                                  .arg(path, file.errorString())));
            continue;
        }
        const QByteArray bytes = file.readAll();
        auto result =
            m_ctx.core().discussion().attach(m_ctx.actor, m_ctx.number, QFileInfo(path).fileName(),
                                             bytes, mimes.mimeTypeForFile(path).name());
        if (!result.ok()) {
            ErrorPresenter::show(this, tr("%1 cannot be attached").arg(QFileInfo(path).fileName()),
                                 result.error());
            continue;
        }
        ++added;
    }
    if (added > 0)
        emit modified();
    return added;
}

void AttachmentsTab::add()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files to %1").arg(m_ctx.numberText()),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!paths.isEmpty())
        addFiles(paths);
}

std::optional<QByteArray> AttachmentsTab::content(int row)
{
    const Attachment *a = m_model->attachment(row);
    if (!a)
        return std::nullopt;
    auto bytes = m_ctx.core().discussion().attachmentContent(m_ctx.actor, a->id);
    if (!bytes.ok()) {
        ErrorPresenter::show(this, tr("%1 cannot be read").arg(a->fileName), bytes.error());
        return std::nullopt;
    }
    return *bytes;
}

QString AttachmentsTab::temporaryCopy(int row)
{
    const auto bytes = content(row);
    if (!bytes)
        return {};
    if (!m_temp)
        m_temp = std::make_unique<QTemporaryDir>();
    // One folder per attachment id: two files of the same name do not overwrite each other.
    const Attachment *a = m_model->attachment(row);
    const QString dir = m_temp->filePath(QString::number(a->id));
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + QFileInfo(a->fileName).fileName();
    // Written whole or not at all: a full disk leaves no truncated copy for the viewer to open.
    if (Status written = writeFileAtomically(path, *bytes); !written) {
        ErrorPresenter::show(this, tr("%1 cannot be opened").arg(a->fileName), written.error());
        return {};
    }
    return path;
}

void AttachmentsTab::open()
{
    const QString path = temporaryCopy(selectedRow());
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

bool AttachmentsTab::saveTo(int row, const QString &path)
{
    const auto bytes = content(row);
    if (!bytes)
        return false;
    // Written whole or not at all: a full disk leaves the old file (or none), never a truncated
    // one.
    if (Status written = writeFileAtomically(path, *bytes); !written) {
        ErrorPresenter::show(this, tr("The file cannot be saved"), written.error());
        return false;
    }
    return true;
}

void AttachmentsTab::saveAs()
{
    const Attachment *a = m_model->attachment(selectedRow());
    if (!a)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save %1").arg(a->fileName),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) + QLatin1Char('/')
            + a->fileName);
    if (!path.isEmpty())
        saveTo(selectedRow(), path);
}

void AttachmentsTab::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls())
        if (!url.isLocalFile())
            return;
    event->acceptProposedAction();
}

void AttachmentsTab::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace vigilo::ui
