#include "ApprovalQueuePage.h"

#include "ApprovalQueueModel.h"
#include "BulkApprovalDialog.h"
#include "changes/BadgeDelegate.h"

#include "Vigilo.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace vigilo::ui {

ApprovalQueuePage::ApprovalQueuePage(Vigilo &core, QWidget *parent)
    : TablePage(QStringLiteral("approvalQueuePage"), tr("Approval queue"), parent)
    , m_core(core)
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
    m_approveSelected->setEnabled(m_actor && m_bulkRefusal.isEmpty() && selected > 0);
    m_approveSelected->setToolTip(
        !m_bulkRefusal.isEmpty()
            ? m_bulkRefusal
            : tr("Approve the selected changes with one comment; each must pass the workspace's "
                 "bulk approval guard (Ctrl+click or Shift+click selects several)."));
}

void ApprovalQueuePage::approveSelected()
{
    const QList<int> numbers = selectedNumbers();
    if (!m_actor || numbers.isEmpty() || !m_bulkRefusal.isEmpty())
        return;
    BulkApprovalDialog ask(numbers, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    // One core call for the whole selection, as `change approve-many` makes it.
    auto result = m_core.bulkApproval().approve(*m_actor, numbers, ask.comment());
    if (!result.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Bulk approval"), result.error().message,
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("bulkApprovalError"));
        box.exec();
        return;
    }
    reload();
    bool any = false;
    for (const BulkApprovalItem &item : std::as_const(*result))
        any = any || item.change.has_value();
    if (any)
        Q_EMIT changesApproved();
    BulkApprovalResultDialog done(*result, this);
    done.exec();
}

QString ApprovalQueuePage::reload()
{
    if (!m_actor)
        return {};
    const bool all = m_showAll->isChecked();
    // One core query, whatever the queue's length.
    auto entries = m_core.approvalQueue().load(*m_actor, !all);
    if (!entries.ok()) {
        m_model->setItems({});
        setLoadError(tr("The approval queue cannot be read: %1").arg(entries.error().message));
        return entries.error().message;
    }
    setLoadError({});
    // The core decides whether this member may approve in bulk here (no rule in the page); asked
    // again with every reload, as an admin may have switched it since.
    const Status may = m_core.bulkApproval().allowed(*m_actor);
    m_bulkRefusal = may.ok() ? QString() : may.error().message;
    m_model->setItems(entries.value());
    setSubtitle(all ? tr("Every change in review, by planned start. %n changes.", nullptr,
                         int(entries->size()))
                    : tr("Changes in review that you can decide now, by planned start. "
                         "%n changes.",
                         nullptr, int(entries->size())));
    setEmptyText(all ? tr("No change is waiting for approval.")
                     : tr("Nothing is waiting for your decision. Changes you requested, or "
                          "whose current step needs another role, are not listed here."));
    return {};
}

} // namespace vigilo::ui
