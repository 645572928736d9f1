// MainWindow: the change list — read asynchronously (on a database in this process on the local
// reader's thread, on a team server as its answer arrives), the first screenful first and the
// rest merged in behind it; the context menu of a row (open, suggest similar, export an evidence
// pack, copy the number, follow; each enabled as the core answers), live updates that read one
// changed row again (change.list with the number filter) instead of the whole list, and the
// first steps of an empty workspace (new change, add assets, import changes from CSV).

#include "MainWindow.h"

#include "Session.h"
#include "assets/AssetsPage.h"
#include "changes/ChangeListModel.h"
#include "changes/ChangeListView.h"
#include "changes/EmptyWorkspaceHint.h"
#include "views/PersonalViewsPanel.h"
#include "widgets/Async.h"

#include "Client.h"
#include "ListActions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace vigilo::ui {

using listactions::ListAction;

namespace {
// The first page: more than a screenful at any window size, and read in a few milliseconds.
constexpr int kFirstPage = 200;
} // namespace

void MainWindow::reloadChanges()
{
    if (!m_actor)
        return;
    m_stale[int(Page::Changes)] = false;
    // A personal view lists what its own query says; otherwise every change.
    const QJsonObject params =
        m_views && m_views->isActive() ? m_views->activeParams() : QJsonObject();
    const quint64 load = ++m_listLoad;
    m_liveDuringLoad.clear();
    m_liveRows.clear();
    m_changes->setLoading(true);
    statusBar()->showMessage(tr("Loading the changes…"));
    loadChangesPage(load, params, 0);
}

void MainWindow::loadChangesPage(quint64 load, const QJsonObject &params, int before)
{
    // Pages newest first (the list's default order) by number: a page never repeats a row,
    // and a change created meanwhile arrives as a live update. A view with its own limit is one
    // page.
    const bool paged = !params.contains(QStringLiteral("limit"));
    QJsonObject page = params;
    if (paged && before > 0)
        page.insert(QStringLiteral("before"), before);
    else if (paged)
        page.insert(QStringLiteral("limit"), kFirstPage);
    const QString slug = m_actor->workspace.slug;
    // Nothing runs once the window is gone (the answer may come after it closed).
    onResult(
        m_session.client().changesWithAsync(page), this,
        [this, load, params, before, paged, slug](const Result<QList<ChangeSummary>> &rows) {
            if (load != m_listLoad || !m_actor || m_actor->workspace.slug != slug)
                return; // a newer load, or another workspace by now
            if (!rows.ok()) {
                m_changes->setLoading(false);
                statusBar()->showMessage(rows.error().message);
                QMessageBox::warning(this, tr("Changes cannot be loaded"), rows.error().message);
                return;
            }
            const bool first = before == 0;
            const bool more = first && paged && rows->size() == kFirstPage;
            if (first) {
                m_changes->setChanges(rows.value(), !more); // keeps the sort, filters, selection
                // Live updates read before the page came: the newer of the two stays.
                for (auto it = m_liveRows.cbegin(); it != m_liveRows.cend(); ++it) {
                    const int row = m_changes->model()->rowOfNumber(it.key());
                    if (!it.value() || row < 0
                        || m_changes->model()->changeAt(row).version <= it.value()->version)
                        m_changes->updateChange(it.key(), it.value());
                }
            } else
                m_changes->addChanges(rows.value(), m_liveDuringLoad);
            if (more) {
                emit changesFirstShown();
                loadChangesPage(load, params, rows->last().number);
                return;
            }
            m_liveDuringLoad.clear();
            m_liveRows.clear();
            m_changes->setLoading(false);
            if (m_views && m_views->isActive())
                statusBar()->showMessage(tr("%1: %n changes", nullptr, m_changes->totalCount())
                                             .arg(m_views->activeTitle()),
                                         5000);
            else
                statusBar()->clearMessage();
            if (first)
                emit changesFirstShown();
            emit changesLoaded();
        });
}

void MainWindow::setupChangeList()
{
    QTableView *table = m_changes->table();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &MainWindow::showChangeListMenu);

    EmptyWorkspaceHint *hint = m_changes->emptyHint();
    connect(hint, &EmptyWorkspaceHint::newChangeRequested, this, &MainWindow::newChange);
    connect(hint, &EmptyWorkspaceHint::addAssetsRequested, this, [this] {
        showPage(Page::Assets);
        m_assets->offerToAdd();
    });
    connect(hint, &EmptyWorkspaceHint::importCsvRequested, this, [this] { importChangesCsv(); });
}

QMenu *MainWindow::createChangeRowMenu(int number, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("changeListMenu"));
    if (!m_actor || number <= 0)
        return menu;
    // Each entry as the core answers for this member; a refusal is the disabled entry's tooltip.
    const auto allow = [this](QAction *action, ListAction what) {
        const Status allowed = listactions::may(*m_actor, what);
        action->setEnabled(allowed.ok());
        action->setToolTip(allowed.ok() ? QString() : allowed.error().message);
    };
    QAction *open = menu->addAction(tr("&Open %1").arg(formatChangeNumber(number)));
    open->setObjectName(QStringLiteral("rowOpenAction"));
    allow(open, ListAction::Open);
    connect(open, &QAction::triggered, this, [this, number] { openChange(number); });
    menu->addAction(m_similar);
    menu->addSeparator();
    QAction *exportPack = menu->addAction(tr("E&xport evidence pack…"));
    exportPack->setObjectName(QStringLiteral("rowExportPackAction"));
    allow(exportPack, ListAction::ExportPack);
    connect(exportPack, &QAction::triggered, this, [this, number] { exportEvidencePack(number); });
    QAction *copy = menu->addAction(tr("&Copy number"));
    copy->setObjectName(QStringLiteral("rowCopyNumberAction"));
    allow(copy, ListAction::CopyNumber);
    connect(copy, &QAction::triggered, this, [this, number] {
        QGuiApplication::clipboard()->setText(formatChangeNumber(number));
        statusBar()->showMessage(tr("%1 copied.").arg(formatChangeNumber(number)), 3000);
    });
    QAction *follow = menu->addAction(tr("&Follow"));
    follow->setObjectName(QStringLiteral("rowFollowAction"));
    follow->setCheckable(true);
    follow->setChecked(m_followed.contains(number));
    allow(follow, ListAction::Follow);
    if (follow->isEnabled())
        follow->setToolTip(
            tr("Notify me of what others do with %1").arg(formatChangeNumber(number)));
    connect(follow, &QAction::toggled, this, [this, number](bool on) { setFollowing(number, on); });
    menu->setToolTipsVisible(true);
    return menu;
}

void MainWindow::loadFollowed()
{
    m_followed.clear();
    if (!m_actor)
        return;
    const QString slug = m_actor->workspace.slug;
    onResult(m_session.client().followedChangesAsync(), this,
             [this, slug](const Result<QList<int>> &numbers) {
                 if (!m_actor || m_actor->workspace.slug != slug || !numbers.ok())
                     return; // the menu then offers Follow for every change; following is harmless
                 m_followed = QSet<int>(numbers->cbegin(), numbers->cend());
             });
}

void MainWindow::setFollowing(int number, bool follow)
{
    if (!m_actor)
        return;
    QJsonObject params{{QStringLiteral("number"), formatChangeNumber(number)}};
    if (!follow)
        params.insert(QStringLiteral("stop"), true);
    const QString slug = m_actor->workspace.slug;
    onResult(m_session.client().callAsync(QStringLiteral("change.follow"), params), this,
             [this, slug, number, follow](const Result<QJsonValue> &answer) {
                 if (!m_actor || m_actor->workspace.slug != slug)
                     return;
                 if (!answer.ok()) {
                     QMessageBox::warning(this, tr("Follow"), answer.error().message);
                     return;
                 }
                 if (follow)
                     m_followed.insert(number);
                 else
                     m_followed.remove(number);
                 statusBar()->showMessage(
                     follow ? tr("You follow %1: you are notified of what others do with it.")
                                  .arg(formatChangeNumber(number))
                            : tr("You no longer follow %1.").arg(formatChangeNumber(number)),
                     5000);
             });
}

void MainWindow::showChangeListMenu(const QPoint &pos)
{
    QTableView *table = m_changes->table();
    const QModelIndex index = table->indexAt(pos);
    if (!index.isValid())
        return;
    table->setCurrentIndex(index);
    QMenu *menu = createChangeRowMenu(m_changes->currentNumber(), this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(table->viewport()->mapToGlobal(pos));
}

void MainWindow::refreshChangeRow(int number)
{
    if (!m_actor)
        return;
    // A personal view lists what its own query says: read it whole.
    if (number <= 0 || (m_views && m_views->isActive())) {
        reloadChanges();
        return;
    }
    // The live update of the list: one change (change.list with the number filter).
    ChangeFilter one;
    one.number = number;
    const QString slug = m_actor->workspace.slug;
    onResult(m_session.client().changesAsync(one), this,
             [this, slug, number](const Result<QList<ChangeSummary>> &rows) {
                 if (!m_actor || m_actor->workspace.slug != slug)
                     return; // another workspace by now
                 if (!rows.ok()) {
                     statusBar()->showMessage(rows.error().message, 10000);
                     return;
                 }
                 const std::optional<ChangeSummary> row =
                     rows->isEmpty() ? std::nullopt : std::optional<ChangeSummary>(rows->first());
                 if (m_changes->isLoading()) { // the pages still to come must not undo it
                     m_liveDuringLoad.insert(number);
                     m_liveRows.insert(number, row);
                 }
                 m_changes->updateChange(number, row);
             });
}

void MainWindow::refreshFromAudit()
{
    if (!m_actor)
        return;
    // More events than this since the last look: the whole list is read instead.
    constexpr int kPage = 100;
    const QString slug = m_actor->workspace.slug;
    onResult(m_session.client().auditLogAsync(kPage), this,
             [this, slug](const Result<QList<AuditEvent>> &events) {
                 if (!m_actor || m_actor->workspace.slug != slug)
                     return;
                 const qint64 seen = m_seenSeq;
                 if (!events.ok()) {
                     reloadChanges();
                     return;
                 }
                 QSet<int> numbers;
                 bool covered = seen >= 0 && events->size() < kPage; // every event is in the page
                 for (const AuditEvent &e : *events) {
                     m_seenSeq = qMax(m_seenSeq, e.seq);
                     if (e.seq <= seen)
                         covered = true; // the page reaches back to what the list already shows
                     else if (e.changeNumber > 0)
                         numbers.insert(e.changeNumber);
                 }
                 if (!covered) {
                     reloadChanges();
                     return;
                 }
                 for (int number : std::as_const(numbers))
                     refreshChangeRow(number);
             });
}

void MainWindow::importChangesCsv()
{
    if (!m_actor)
        return;
    QFileDialog dialog(this, tr("Import changes from CSV"), QString(),
                       tr("CSV files (*.csv);;All files (*)"));
    dialog.setObjectName(QStringLiteral("importCsvDialog"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QFile file(dialog.selectedFiles().first());
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import changes from CSV"),
                             tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()));
        return;
    }
    const QByteArray data = file.readAll();
    // The dry run first: nothing is written unless the whole file is valid and the user agrees.
    onResult(m_session.client().importCsvAsync(data, true), this,
             [this, data](const Result<client::CsvImportAnswer> &preview) {
                 confirmCsvImport(data, preview);
             });
}

void MainWindow::confirmCsvImport(const QByteArray &data,
                                  const Result<client::CsvImportAnswer> &preview)
{
    if (!preview.ok()) {
        QMessageBox::warning(this, tr("Import changes from CSV"), preview.error().message);
        return;
    }
    if (!preview->preview.valid()) {
        QStringList lines;
        for (const CsvRowError &e : preview->preview.errors.mid(0, 10))
            lines << (e.column.isEmpty()
                          ? tr("Row %1: %2").arg(e.row).arg(e.message)
                          : tr("Row %1, %2: %3").arg(e.row).arg(e.column, e.message));
        QMessageBox::warning(this, tr("Import changes from CSV"),
                             tr("Nothing was imported: the file has %n problems.", nullptr,
                                int(preview->preview.errors.size()))
                                 + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
        return;
    }
    const int count = int(preview->preview.rows.size());
    QMessageBox ask(QMessageBox::Question, tr("Import changes from CSV"),
                    tr("Import %n changes as drafts?", nullptr, count),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("importCsvConfirm"));
    if (ask.exec() != QMessageBox::Yes)
        return;
    onResult(
        m_session.client().importCsvAsync(data, false), this,
        [this](const Result<client::CsvImportAnswer> &imported) {
            if (!imported.ok()) {
                QMessageBox::warning(this, tr("Import changes from CSV"), imported.error().message);
                return;
            }
            m_stale.fill(true);
            reloadChanges();
            statusBar()->showMessage(
                tr("%n changes imported as drafts.", nullptr, int(imported->created.size())), 8000);
        });
}

} // namespace vigilo::ui
