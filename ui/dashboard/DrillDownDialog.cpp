#include "DrillDownDialog.h"

#include "MetricFormat.h"
#include "detail/DetailFormat.h"
#include "widgets/Async.h"

#include "Client.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {
enum Column { Number, Title, Type, Status, Outcome, When, Hours, FollowUp, ColumnCount };
constexpr int kNumberRole = Qt::UserRole + 1;
constexpr int kSortRole = Qt::UserRole + 2;

// Sorts numbers and times by their raw value, not their text.
class Row final : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int c = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(c, kSortRole), b = other.data(c, kSortRole);
        if (a.isValid() && b.isValid())
            return QVariant::compare(a, b) < 0;
        return text(c).localeAwareCompare(other.text(c)) < 0;
    }
};
} // namespace

DrillDownDialog::DrillDownDialog(client::Client &client, const MetricFigure &figure,
                                 const QString &scope, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(tr("%1 — changes behind the figure").arg(MetricFormat::title(figure.key)));
    resize(940, 520);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("drillDownHeading"));
    heading->setTextFormat(Qt::RichText);
    heading->setText(QStringLiteral("<span style='font-size:large; font-weight:600'>%1: %2</span>"
                                    "<br><span>%3</span>")
                         .arg(MetricFormat::title(figure.key).toHtmlEscaped(),
                              MetricFormat::value(figure).toHtmlEscaped(), scope.toHtmlEscaped()));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *definition = new QLabel(figure.definition, this);
    definition->setObjectName(QStringLiteral("drillDownDefinition"));
    definition->setWordWrap(true);
    layout->addWidget(definition);
    m_summary->setObjectName(QStringLiteral("drillDownSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table->setObjectName(QStringLiteral("drillDownTable"));
    m_table->setAccessibleName(tr("Changes behind the figure"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({tr("Change"), tr("Title"), tr("Type"), tr("Status"), tr("Outcome"),
                              tr("Closed or rolled back"), tr("Hours"), tr("Follow-up")});
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open change"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("drillDownOpen"));
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, &DrillDownDialog::activateCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table, &QTreeWidget::itemActivated, this, &DrillDownDialog::activateCurrent);

    if (figure.changes.isEmpty()) {
        fill(figure, {});
        return;
    }
    m_summary->setText(tr("Loading the changes…"));
    onResult(client.changesByNumberAsync(figure.changes), this,
             [this, figure](const Result<QList<ChangeRequest>> &changes) {
                 if (!changes.ok()) {
                     m_summary->setText(
                         tr("The changes cannot be read: %1").arg(changes.error().message));
                     return;
                 }
                 fill(figure, changes.value());
             });
}

void DrillDownDialog::fill(const MetricFigure &figure, const QList<ChangeRequest> &changes)
{
    // Per-change detail the core gives for some figures (hours, follow-up).
    QHash<QString, QJsonObject> items;
    for (const QJsonValue &v : figure.items) {
        const QJsonObject o = v.toObject();
        items.insert(o.value(QStringLiteral("number")).toString(), o);
    }
    const bool hasHours = !items.isEmpty();
    const bool hasFollowUp = figure.key == QLatin1String("time_to_restore_median_hours");
    const QLocale locale;
    for (const ChangeRequest &c : changes) {
        const ChangeRequest *change = &c;
        const int number = c.number;
        auto *row = new Row(m_table);
        const QString numberText = formatChangeNumber(number);
        row->setText(Number, numberText);
        row->setData(Number, kNumberRole, number);
        row->setData(Number, kSortRole, number);
        row->setText(Title, change->title);
        row->setToolTip(Title, change->title);
        row->setText(Type, label(change->changeType));
        row->setText(Status, label(change->status));
        QString outcome;
        QDateTime when = change->closedAt;
        if (change->status == ChangeStatus::RolledBack) {
            outcome = tr("Rolled back");
            when = change->rolledBackAt;
        } else if (change->closureCode) {
            outcome = label(*change->closureCode);
        }
        if (figure.key == QLatin1String("emergency_share"))
            when = change->submittedAt;
        row->setText(Outcome, outcome);
        row->setText(When, format::time(when));
        row->setData(When, kSortRole, when);
        const QJsonObject item = items.value(numberText);
        if (item.contains(QStringLiteral("hours"))) {
            const double h = item.value(QStringLiteral("hours")).toDouble();
            row->setText(Hours, locale.toString(h, 'f', 1));
            row->setData(Hours, kSortRole, h);
            row->setTextAlignment(Hours, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (hasFollowUp) {
            const QJsonValue f = item.value(QStringLiteral("follow_up"));
            row->setText(FollowUp, f.isString() ? f.toString() : tr("none yet"));
        }
    }
    m_table->setColumnHidden(Hours, !hasHours);
    m_table->setColumnHidden(FollowUp, !hasFollowUp);
    if (figure.key == QLatin1String("emergency_share"))
        m_table->headerItem()->setText(When, tr("Submitted"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Number, Qt::AscendingOrder);
    for (int c = 0; c < ColumnCount; ++c)
        if (c != Title)
            m_table->resizeColumnToContents(c);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(Title, QHeaderView::Stretch);
    if (m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(m_table->topLevelItem(0));

    m_open->setEnabled(m_table->topLevelItemCount() > 0);
    const int n = int(changes.size());
    m_summary->setText(n == 0 ? tr("No change is behind this figure in the period.")
                              : tr("Changes behind this figure: %1. Double-click one to open "
                                   "it.")
                                    .arg(n));
}

QList<int> DrillDownDialog::numbers() const
{
    QList<int> out;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i)
        out << m_table->topLevelItem(i)->data(Number, kNumberRole).toInt();
    std::sort(out.begin(), out.end());
    return out;
}

QString DrillDownDialog::summaryText() const
{
    return m_summary->text();
}

void DrillDownDialog::activateCurrent()
{
    QTreeWidgetItem *item = m_table->currentItem();
    if (!item)
        return;
    const int number = item->data(Number, kNumberRole).toInt();
    accept();
    Q_EMIT changeActivated(number);
}

} // namespace vigilo::ui
