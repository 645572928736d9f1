#include "ApprovalQueuePage.h"

#include "ApprovalQueueModel.h"
#include "changes/BadgeDelegate.h"

#include "Vigilo.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QTableView>

namespace vigilo::ui {

ApprovalQueuePage::ApprovalQueuePage(Vigilo &core, QWidget *parent)
    : TablePage(QStringLiteral("approvalQueuePage"), tr("Approval queue"), parent)
    , m_core(core)
    , m_model(new ApprovalQueueModel(this))
    , m_showAll(new QCheckBox(tr("Show every change in review"), this))
{
    m_showAll->setObjectName(QStringLiteral("showAllInReview"));
    controls()->addWidget(m_showAll);
    setModel(m_model, ApprovalQueueModel::SortRole);
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
    m_model->setItems(entries.value());
    setSubtitle(all ? tr("Every change in review, by planned start. %n change(s).", nullptr,
                         int(entries->size()))
                    : tr("Changes in review that you can decide now, by planned start. "
                         "%n change(s).",
                         nullptr, int(entries->size())));
    setEmptyText(all ? tr("No change is waiting for approval.")
                     : tr("Nothing is waiting for your decision. Changes you requested, or "
                          "whose current step needs another role, are not listed here."));
    return {};
}

} // namespace vigilo::ui
