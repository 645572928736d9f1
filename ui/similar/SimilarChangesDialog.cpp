#include "SimilarChangesDialog.h"

#include "SimilarModel.h"

#include "widgets/Async.h"

#include "Client.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vigilo::ui {

SimilarChangesDialog::SimilarChangesDialog(client::Client &client, int number, QWidget *parent)
    : QDialog(parent)
    , m_model(new SimilarModel(this))
{
    build(tr("Changes like %1").arg(formatChangeNumber(number)));
    onResult(client.similarAsync(number), this,
             [this](const Result<QList<SimilarChange>> &r) { show(r); });
}

SimilarChangesDialog::SimilarChangesDialog(client::Client &client, const QString &draftTitle,
                                           const QStringList &draftAssets, QWidget *parent)
    : QDialog(parent)
    , m_model(new SimilarModel(this))
{
    build(tr("Changes like “%1”").arg(draftTitle.trimmed()));
    onResult(client.similarToDraftAsync(draftTitle.trimmed(), draftAssets), this,
             [this](const Result<QList<SimilarChange>> &r) { show(r); });
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
    // Until the answer comes (at once on a database, later from a team server).
    m_note->setText(tr("Looking for similar changes…"));

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
    m_loaded = true;
    if (!result.ok()) {
        m_note->setForegroundRole(QPalette::WindowText);
        m_note->setText(tr("Similar changes cannot be read: %1").arg(result.error().message));
        Q_EMIT loaded();
        return;
    }
    m_model->setChanges(result.value());
    m_note->setText(result->isEmpty()
                        ? tr("No earlier change shares its assets or title words.")
                        : tr("Same assets or similar titles, best match first. Read how they "
                             "ended: rollbacks and their reasons are the cheapest lessons."));
    Q_EMIT loaded();
}

} // namespace vigilo::ui
