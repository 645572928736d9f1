#include "ImpactTab.h"

#include "ImpactModel.h"
#include "TableStyle.h"
#include "dialogs/ErrorPresenter.h"
#include "dialogs/ReasonDialog.h"
#include "main/Session.h"

#include "Client.h"

#include <QShowEvent>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {
const char *kMutedStyle = "color: #57606a;";
const char *kErrorStyle = "color: #b42318; font-weight: 600;";
} // namespace

ImpactTab::ImpactTab(DetailContext &context, QWidget *parent)
    : DetailTab(context, parent)
{
    setObjectName(QStringLiteral("impactTab"));
    m_model = new ImpactModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("impactTable"));
    m_view->setModel(m_model);
    styleDetailTable(m_view);
    QHeaderView *h = m_view->horizontalHeader();
    h->resizeSection(ImpactModel::Asset, 170);
    h->resizeSection(ImpactModel::Criticality, 90);
    h->resizeSection(ImpactModel::Depth, 90);
    h->resizeSection(ImpactModel::Exclusion, 300);
    // The sentence that explains the item gets the room; the exclusion has its tooltip.
    h->setSectionResizeMode(ImpactModel::Why, QHeaderView::Stretch);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("impactSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QLatin1String(kMutedStyle));
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("impactRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QLatin1String(kMutedStyle));
    m_refusal->hide();

    m_exclude = new QPushButton(tr("&Exclude…"), this);
    m_exclude->setObjectName(QStringLiteral("excludeImpactButton"));
    m_exclude->setToolTip(tr("Mark the selected asset as not affected by this change, with a "
                             "reason (recorded in the history and the evidence pack)"));
    m_include = new QPushButton(tr("&Include again"), this);
    m_include->setObjectName(QStringLiteral("includeImpactButton"));
    m_include->setToolTip(tr("Undo the exclusion: the selected asset counts in the impact again"));
    connect(m_exclude, &QPushButton::clicked, this, &ImpactTab::excludeSelected);
    connect(m_include, &QPushButton::clicked, this, &ImpactTab::includeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImpactTab::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refusal, 1);
    buttons->addStretch();
    buttons->addWidget(m_exclude);
    buttons->addWidget(m_include);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void ImpactTab::load(const ChangeRequest &)
{
    m_stale = true;
    if (isVisible())
        fetch();
}

void ImpactTab::showEvent(QShowEvent *event)
{
    DetailTab::showEvent(event);
    if (m_stale)
        fetch();
}

void ImpactTab::fetch()
{
    m_stale = false;
    // The walk may be long on a large inventory: asked off the GUI thread, shown when it answers.
    const int generation = ++m_generation;
    m_loading = true;
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("Reading the impact of %1…").arg(m_ctx.numberText()));
        m_summary->setStyleSheet(QLatin1String(kMutedStyle));
    }
    updateButtons();
    m_ctx.session.client()
        .impactAsync(m_ctx.number, m_ctx.actor.workspace.slug)
        .then(this, [this, generation](const Result<ImpactReport> &report) {
            if (generation == m_generation)
                showReport(report);
        });
}

void ImpactTab::showReport(const Result<ImpactReport> &report)
{
    m_loading = false;
    const QString keep = selected() ? selected()->asset : QString();
    if (!report.ok()) {
        m_report = ImpactReport{};
        m_model->clear();
        m_summary->setText(tr("The impact of %1 cannot be read: %2")
                               .arg(m_ctx.numberText(), report.error().message));
        m_summary->setStyleSheet(QLatin1String(kErrorStyle));
    } else {
        m_report = *report;
        m_model->setReport(m_report);
        m_summary->setText(summaryText());
        m_summary->setStyleSheet(QLatin1String(kMutedStyle));
        if (!keep.isEmpty())
            select(keep);
    }
    updateButtons();
    emit reportLoaded();
}

QString ImpactTab::summaryText() const
{
    const ImpactReport &r = m_report;
    if (r.touched.isEmpty())
        return tr("%1 names no assets: there is nothing to analyse.").arg(m_ctx.numberText());
    const int excluded = r.excludedCount();
    const int counted = r.affectedCount();
    QStringList parts;
    if (counted == 0 && excluded == 0)
        parts << tr("Nothing else is affected through the relationships of the change's assets.");
    else
        parts << tr("%n assets affected through the relationships.", nullptr, counted);
    if (excluded > 0)
        parts << tr("%n excluded with a reason.", nullptr, excluded);
    if (!r.criticalAffected.isEmpty())
        parts << tr("Critical: %1.").arg(r.criticalAffected.join(QStringLiteral(", ")));
    if (!r.moreText().isEmpty())
        parts << r.moreText();
    return parts.join(QLatin1Char(' '));
}

const ImpactItem *ImpactTab::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->item(rows.first().row());
}

bool ImpactTab::select(const QString &asset)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row)->asset == asset) {
            m_view->selectRow(row);
            return true;
        }
    return false;
}

void ImpactTab::setBusy(bool busy)
{
    m_busy = busy;
    setProperty("busy", busy);
    updateButtons();
}

void ImpactTab::updateButtons()
{
    const ImpactItem *i = selected();
    const bool may = !m_loading && !m_busy && m_report.mayExclude;
    m_exclude->setEnabled(may && i && !i->touched() && !i->excluded);
    m_include->setEnabled(may && i && i->excluded);
    // The core's own words when the member may not curate the impact (role, status).
    const bool refused = !m_loading && m_report.number > 0 && !m_report.mayExclude;
    m_refusal->setText(refused ? m_report.excludeRefusal : QString());
    m_refusal->setVisible(refused && !m_report.excludeRefusal.isEmpty());
    const QString why = refused ? m_report.excludeRefusal : QString();
    m_exclude->setToolTip(why.isEmpty()
                              ? tr("Mark the selected asset as not affected by this change, with a "
                                   "reason (recorded in the history and the evidence pack)")
                              : why);
    if (may && i && i->touched())
        m_exclude->setToolTip(tr("%1 is one of the change's own assets: edit the change's "
                                 "assets on the Details tab instead.")
                                  .arg(i->asset));
}

void ImpactTab::excludeSelected()
{
    const ImpactItem *i = selected();
    if (!i || !m_exclude->isEnabled())
        return;
    const QString asset = i->asset;
    ReasonDialog dialog(tr("Exclude %1 from the impact of %2").arg(asset, m_ctx.numberText()),
                        tr("Why is %1 not affected by this change? %2\n\nThe reason is recorded "
                           "with your name in the change's history and its evidence pack.")
                            .arg(asset, i->explanation),
                        tr("Exclude"), true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setBusy(true);
    m_ctx.session.client()
        .excludeImpactAsync(m_ctx.number, asset, dialog.reason(), m_ctx.actor.workspace.slug)
        .then(this, [this, asset](const Result<ImpactExclusion> &x) {
            setBusy(false);
            if (!x.ok()) {
                ErrorPresenter::show(this, tr("%1 cannot be excluded").arg(asset), x.error());
                load({});
                return;
            }
            emit modified();
        });
}

void ImpactTab::includeSelected()
{
    const ImpactItem *i = selected();
    if (!i || !m_include->isEnabled())
        return;
    const QString asset = i->asset;
    setBusy(true);
    m_ctx.session.client()
        .includeImpactAsync(m_ctx.number, asset, m_ctx.actor.workspace.slug)
        .then(this, [this, asset](const Status &done) {
            setBusy(false);
            if (!done.ok()) {
                ErrorPresenter::show(this, tr("%1 cannot be included again").arg(asset),
                                     done.error());
                load({});
                return;
            }
            emit modified();
        });
}

} // namespace vigilo::ui
