#include "ApprovalQueuePage.h"

#include "ApprovalQueueModel.h"
#include "BulkApprovalDialog.h"
#include "changes/BadgeDelegate.h"
#include "widgets/Async.h"

#include "Client.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace vigilo::ui {

ApprovalQueuePage::ApprovalQueuePage(client::Client &client, QWidget *parent)
    : TablePage(QStringLiteral("approvalQueuePage"), tr("Approval queue"), parent)
    , m_client(client)
    , m_model(new ApprovalQueueModel(this))
    , m_showAll(new QCheckBox(tr("Show every change in review"), this))
    , m_approveSelected(new QPushButton(tr("Approve selected…"), this))
{
    m_showAll->setObjectName(QStringLiteral("showAllInReview"));
    controls()->addWidget(m_showAll);
    m_approveSelected->setObjectName(QStringLiteral("approveSelected"));
    controls()->addWidget(m_approveSelected);
    setModel(m_model, ApprovalQueueModel::SortRole);
    table()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalQueuePage::updateBulkButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalQueuePage::updateBulkButton);
    connect(m_approveSelected, &QPushButton::clicked, this, &ApprovalQueuePage::approveSelected);
    table()->setItemDelegateForColumn(ApprovalQueueModel::Risk,
                                      new BadgeDelegate(BadgeDelegate::Kind::Risk, table()));
    setColumnWidths({10, 40, 10, 12, 10, 18, 14, 30, 30});
    connect(m_showAll, &QCheckBox::toggled, this, [this] { reload(); });
    connect(table(), &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT changeActivated(index.data(ApprovalQueueModel::NumberRole).toInt());
    });
}

void ApprovalQueuePage::setActor(const std::optional<Actor> &actor)
{
    m_actor = actor;
    ++m_generation;
    ++m_actorEpoch;
    m_loading = false;
    m_model->setItems({});
    m_bulkRefusal.clear();
    updateBulkButton();
}

QList<int> ApprovalQueuePage::selectedNumbers() const
{
    QModelIndexList rows = table()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<int> numbers;
    for (const QModelIndex &index : std::as_const(rows))
        numbers << index.data(ApprovalQueueModel::NumberRole).toInt();
    return numbers;
}

void ApprovalQueuePage::updateBulkButton()
{
    const int selected = int(table()->selectionModel()->selectedRows().size());
    m_approveSelected->setEnabled(m_actor && m_bulkRefusal.isEmpty() && selected > 0 && !m_loading
                                  && !m_approving);
    m_approveSelected->setToolTip(
        !m_bulkRefusal.isEmpty()
            ? m_bulkRefusal
            : tr("Approve the selected changes with one comment; each must pass the workspace's "
                 "bulk approval guard (Ctrl+click or Shift+click selects several)."));
}

void ApprovalQueuePage::approveSelected()
{
    const QList<int> numbers = selectedNumbers();
    if (!m_actor || numbers.isEmpty() || !m_bulkRefusal.isEmpty() || m_approving)
        return;
    BulkApprovalDialog ask(numbers, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    // One request for the whole selection, as `change approve-many` makes it.
    m_approving = true;
    updateBulkButton();
    const int epoch = m_actorEpoch; // a reload meanwhile does not lose the answer
    onResult(m_client.approveManyAsync(numbers, ask.comment()), this,
             [this, epoch](const Result<QList<BulkApprovalItem>> &result) {
                 m_approving = false;
                 if (epoch != m_actorEpoch)
                     return; // another workspace by now
                 updateBulkButton();
                 if (!result.ok()) {
                     QMessageBox box(QMessageBox::Warning, tr("Bulk approval"),
                                     result.error().message, QMessageBox::Ok, this);
                     box.setObjectName(QStringLiteral("bulkApprovalError"));
                     box.exec();
                     return;
                 }
                 showBulkResult(result.value());
             });
}

void ApprovalQueuePage::showBulkResult(const QList<BulkApprovalItem> &items)
{
    reload();
    bool any = false;
    for (const BulkApprovalItem &item : items)
        any = any || item.change.has_value();
    if (any)
        Q_EMIT changesApproved();
    BulkApprovalResultDialog done(items, this);
    done.exec();
}

QString ApprovalQueuePage::reload()
{
    if (!m_actor)
        return {};
    const bool all = m_showAll->isChecked();
    const int generation = ++m_generation;
    m_loading = true;
    m_lastError.clear();
    setSubtitle(tr("Loading the approval queue…"));
    setEmptyText(tr("Loading…"));
    updateBulkButton();
    // One request, whatever the queue's length.
    onResult(m_client.approvalQueueAsync(all), this,
             [this, generation, all](const Result<client::ApprovalQueueAnswer> &answer) {
                 if (generation != m_generation)
                     return;
                 m_loading = false;
                 if (!answer.ok()) {
                     m_model->setItems({});
                     m_lastError = answer.error().message;
                     setSubtitle({});
                     setLoadError(tr("The approval queue cannot be read: %1").arg(m_lastError));
                     updateBulkButton();
                     Q_EMIT loaded();
                     return;
                 }
                 showQueue(answer.value(), all);
                 Q_EMIT loaded();
             });
    return m_lastError; // filled by now on a database in this process
}

void ApprovalQueuePage::showQueue(const client::ApprovalQueueAnswer &answer, bool all)
{
    setLoadError({});
    // The core decides whether this member may approve in bulk here (no rule in the page); asked
    // again with every reload, as an admin may have switched it since.
    m_bulkRefusal = answer.bulkRefusal ? answer.bulkRefusal->message : QString();
    m_model->setItems(answer.items);
    const int count = int(answer.items.size());
    setSubtitle(all ? tr("Every change in review, by planned start. %n changes.", nullptr, count)
                    : tr("Changes in review that you can decide now, by planned start. "
                         "%n changes.",
                         nullptr, count));
    setEmptyText(all ? tr("No change is waiting for approval.")
                     : tr("Nothing is waiting for your decision. Changes you requested, or "
                          "whose current step needs another role, are not listed here."));
    updateBulkButton();
}

} // namespace vigilo::ui
