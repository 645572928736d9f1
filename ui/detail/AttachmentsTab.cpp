#include "AttachmentsTab.h"

#include "AttachmentTableModel.h"
#include "TableStyle.h"
#include "dialogs/ErrorPresenter.h"
#include "widgets/Async.h"

#include "AtomicFile.h"
#include "Client.h"
#include "Discussion.h"

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
    : ListTab(context, parent)
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
    // The hash elided in the middle (its tooltip has it whole): the name keeps its room at 1024.
    m_view->setTextElideMode(Qt::ElideMiddle);
    h->resizeSection(AttachmentTableModel::Sha256, 240);
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

void AttachmentsTab::showChange()
{
    // The core's answer: may this member attach files to this change now?
    m_refusal =
        Discussion::discussionRefusal(m_ctx.actor, change(), Discussion::DiscussionAction::Attach);
    updateButtons();
}

void AttachmentsTab::fetch(int generation)
{
    onResult(m_ctx.client().attachmentsAsync(m_ctx.number, m_ctx.actor.workspace.slug), this,
             [this, generation](const Result<QList<Attachment>> &list) {
                 if (finishFetch(generation))
                     showAttachments(list);
             });
}

void AttachmentsTab::showLoading(bool loading)
{
    updateButtons();
    if (loading && isLoading()) {
        m_hint->setText(tr("Reading the attachments of %1…").arg(m_ctx.numberText()));
        m_hint->setStyleSheet(QStringLiteral("color: #57606a;"));
    }
}

void AttachmentsTab::showAttachments(const Result<QList<Attachment>> &list)
{
    m_model->setAttachments(list.ok() ? *list : QList<Attachment>{});
    if (!list.ok()) {
        // An error, never "no attachments".
        m_hint->setText(tr("The attachments of %1 cannot be read: %2")
                            .arg(m_ctx.numberText(), list.error().message));
        m_hint->setStyleSheet(QStringLiteral("color: #b42318; font-weight: 600;"));
    } else {
        m_hint->setText(!m_refusal ? tr("Drop files here to attach them. They are kept in the "
                                        "database with their size and SHA-256.")
                                   : tr("Files kept with this change, with their size and "
                                        "SHA-256. %1")
                                         .arg(m_refusal->message));
        m_hint->setStyleSheet(QStringLiteral("color: #57606a;"));
    }
    if (m_model->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0),
                                                  QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
    updateButtons();
    emit loaded();
}

int AttachmentsTab::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AttachmentsTab::updateButtons()
{
    const bool busy = isBusy();
    const bool mayAttach = change().number > 0 && !m_refusal; // known once a change is loaded
    m_add->setEnabled(mayAttach && !busy);
    m_add->setToolTip(m_refusal ? m_refusal->message : QString());
    setAcceptDrops(mayAttach && !busy);
    const bool selected = selectedRow() >= 0;
    m_open->setEnabled(selected && !busy);
    m_save->setEnabled(selected && !busy);
}

void AttachmentsTab::addFiles(const QStringList &paths)
{
    if (isBusy())
        return;
    addNext(paths, 0);
}

// One file at a time: its answer sends the next; the last one reloads the view once.
void AttachmentsTab::addNext(QStringList paths, int added)
{
    if (paths.isEmpty()) {
        if (added > 0)
            emit modified();
        emit attached(added);
        return;
    }
    const QString path = paths.takeFirst();
    const QString name = QFileInfo(path).fileName();
    const QString title = tr("%1 cannot be attached").arg(name);
    // Too large for the core: refused before the file is read into memory.
    if (auto tooLarge = Discussion::sizeRefusal(name, QFileInfo(path).size())) {
        ErrorPresenter::show(this, title, *tooLarge);
        addNext(paths, added);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ErrorPresenter::show(this, title,
                             Error::input(tr("The file %1 cannot be read: %2. Check that it "
                                             "exists and that you may read it.")
                                              .arg(path, file.errorString())));
        addNext(paths, added);
        return;
    }
    const QByteArray bytes = file.read(Discussion::kMaxAttachmentBytes + 1);
    beginWrite();
    onResult(m_ctx.client().attachAsync(m_ctx.number, name, bytes,
                                        QMimeDatabase().mimeTypeForFile(path).name(),
                                        m_ctx.actor.workspace.slug),
             this, [this, paths, added, title](const Result<Attachment> &result) {
                 endWrite();
                 if (!result.ok())
                     ErrorPresenter::show(this, title, result.error());
                 addNext(paths, added + (result.ok() ? 1 : 0));
             });
}

void AttachmentsTab::add()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files to %1").arg(m_ctx.numberText()),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!paths.isEmpty())
        addFiles(paths);
}

void AttachmentsTab::writeCopy(const Attachment &a, const QString &path, bool open)
{
    const QString fileName = a.fileName;
    beginWrite();
    onResult(m_ctx.client().attachmentContentAsync(a.id, m_ctx.actor.workspace.slug), this,
             [this, fileName, path, open](const Result<QByteArray> &bytes) {
                 endWrite();
                 if (!bytes.ok()) {
                     ErrorPresenter::show(this, tr("%1 cannot be read").arg(fileName),
                                          bytes.error());
                     emit written(path, false);
                     return;
                 }
                 // Written whole or not at all: a full disk leaves the old file (or none), never
                 // a truncated one for a viewer to open.
                 if (Status done = writeFileAtomically(path, *bytes); !done) {
                     ErrorPresenter::show(this,
                                          open ? tr("%1 cannot be opened").arg(fileName)
                                               : tr("The file cannot be saved"),
                                          done.error());
                     emit written(path, false);
                     return;
                 }
                 emit written(path, true);
                 if (open)
                     QDesktopServices::openUrl(QUrl::fromLocalFile(path));
             });
}

void AttachmentsTab::temporaryCopy(int row, bool open)
{
    const Attachment *a = m_model->attachment(row);
    if (!a || isBusy())
        return;
    if (!m_temp)
        m_temp = std::make_unique<QTemporaryDir>();
    // One folder per attachment id: two files of the same name do not overwrite each other.
    const QString dir = m_temp->filePath(QString::number(a->id));
    QDir().mkpath(dir);
    writeCopy(*a, dir + QLatin1Char('/') + QFileInfo(a->fileName).fileName(), open);
}

void AttachmentsTab::open()
{
    temporaryCopy(selectedRow(), true);
}

void AttachmentsTab::saveTo(int row, const QString &path)
{
    const Attachment *a = m_model->attachment(row);
    if (a && !isBusy())
        writeCopy(*a, path, false);
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
