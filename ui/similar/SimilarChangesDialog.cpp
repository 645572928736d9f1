#include "SimilarChangesDialog.h"

#include "SimilarModel.h"

#include "Vigilo.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace vigilo::ui {

SimilarChangesDialog::SimilarChangesDialog(Vigilo &core, const Actor &actor, int number,
                                           QWidget *parent)
    : QDialog(parent)
    , m_model(new SimilarModel(this))
{
    build(tr("Changes like %1").arg(formatChangeNumber(number)));
    show(core.planning().similar(actor, number));
}

SimilarChangesDialog::SimilarChangesDialog(Vigilo &core, const Actor &actor,
                                           const QString &draftTitle, QWidget *parent)
    : QDialog(parent)
    , m_model(new SimilarModel(this))
{
    build(tr("Changes like “%1”").arg(draftTitle.trimmed()));
    show(forDraft(core, actor, draftTitle));
}

Result<QList<SimilarChange>> SimilarChangesDialog::forDraft(Vigilo &core, const Actor &actor,
                                                            const QString &title, int limit)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    QStringList words;
    for (const QString &w : title.toLower().split(separators, Qt::SkipEmptyParts))
        if (w.size() >= 3 && !words.contains(w))
            words << w;
    if (words.isEmpty())
        return QList<SimilarChange>{};

    // The saved change sharing the most title words (the newest on a tie) anchors the search.
    QHash<int, int> hits;
    for (const QString &w : std::as_const(words)) {
        ChangeFilter filter;
        filter.search = w;
        filter.limit = 500;
        auto found = core.changes().list(actor, filter);
        if (!found.ok())
            return found.error();
        for (const ChangeSummary &c : std::as_const(found.value()))
            ++hits[c.number];
    }
    int anchor = 0, best = 0;
    for (auto it = hits.cbegin(); it != hits.cend(); ++it)
        if (it.value() > best || (it.value() == best && it.key() > anchor)) {
            anchor = it.key();
            best = it.value();
        }
    if (anchor == 0)
        return QList<SimilarChange>{};

    auto change = core.changes().get(actor, anchor);
    if (!change.ok())
        return change.error();
    SimilarChange first;
    first.number = change->number;
    first.title = change->title;
    first.status = change->status;
    first.closureCode = change->closureCode;
    first.rollbackReason = change->rollbackReason;
    first.sharedAssets = change->affectedAssets;
    first.score = double(best) / double(words.size());
    auto steps = core.approvals().stepsOf(change->id);
    if (!steps.ok())
        return steps.error();
    for (const ApprovalStep &s : std::as_const(steps.value()))
        for (const ApprovalDecision &d : s.decisions)
            if (d.approved && !first.approvers.contains(d.member))
                first.approvers << d.member;

    QList<SimilarChange> result{first};
    auto more = core.planning().similar(actor, anchor, limit - 1);
    if (!more.ok())
        return more.error();
    result << more.value();
    return result;
}

void SimilarChangesDialog::build(const QString &heading)
{
    setObjectName(QStringLiteral("similarChangesDialog"));
    setWindowTitle(tr("Suggest similar"));
    resize(980, 460);
    m_heading = new QLabel(heading, this);
    m_heading->setObjectName(QStringLiteral("similarHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setWeight(QFont::DemiBold);
    m_heading->setFont(big);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("similarNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("similarTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int unit = fontMetrics().averageCharWidth();
    const QList<int> widths = {10, 34, 26, 26, 18, 18, 6};
    for (int i = 0; i < widths.size(); ++i)
        m_table->horizontalHeader()->resizeSection(i, widths.at(i) * unit + 20);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("Open change"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openSimilarButton"));
    open->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, open,
            [open](const QModelIndex &current) { open->setEnabled(current.isValid()); });
    connect(open, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_table->currentIndex();
        if (index.isValid())
            Q_EMIT openRequested(index.data(SimilarModel::NumberRole).toInt());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(SimilarModel::NumberRole).toInt());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

void SimilarChangesDialog::show(const Result<QList<SimilarChange>> &result)
{
    if (!result.ok()) {
        m_note->setText(result.error().message);
        return;
    }
    m_model->setChanges(result.value());
    m_note->setText(result->isEmpty()
                        ? tr("No earlier change shares its assets or title words.")
                        : tr("Same assets or similar titles, best match first. Read how they "
                             "ended: rollbacks and their reasons are the cheapest lessons."));
}

} // namespace vigilo::ui
