#include "TablePage.h"

#include "widgets/FlowLayout.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace vigilo::ui {

TablePage::TablePage(const QString &objectName, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(this))
    , m_controls(new QHBoxLayout)
    , m_body(new QStackedWidget(this))
    , m_table(new QTableView(m_body))
    , m_empty(new QLabel(m_body))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(objectName);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    m_title->setFont(big);
    m_title->setObjectName(objectName + QStringLiteral("Title"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);
    m_subtitle->hide();

    // The title and the page's controls side by side; on a narrow screen (1024×768, German
    // labels) the controls wrap below the title.
    auto *head = new FlowLayout(nullptr, 10);
    auto *textBox = new QWidget(this);
    textBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *texts = new QVBoxLayout(textBox);
    texts->setContentsMargins(0, 0, 0, 0);
    texts->setSpacing(2);
    m_title->setParent(textBox);
    m_subtitle->setParent(textBox);
    texts->addWidget(m_title);
    texts->addWidget(m_subtitle);
    head->addWidget(textBox);
    auto *controlBox = new QWidget(this);
    controlBox->setLayout(m_controls);
    m_controls->setContentsMargins(0, 0, 0, 0);
    head->addWidget(controlBox);

    m_empty->setObjectName(objectName + QStringLiteral("Empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_body->addWidget(m_table);
    m_body->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(head);
    m_bodyRow = new QHBoxLayout;
    m_bodyRow->setSpacing(12);
    m_bodyRow->addWidget(m_body, 1);
    layout->addLayout(m_bodyRow, 1);

    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    QHeaderView *cols = m_table->horizontalHeader();
    cols->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    cols->setHighlightSections(false);
    cols->setStretchLastSection(true);
}

void TablePage::addSidePanel(QWidget *panel)
{
    m_bodyRow->addWidget(panel);
}

void TablePage::setModel(QAbstractItemModel *model, int sortRole)
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    // The model's own order (planned start, name) until the user clicks a header.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePage::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TablePage::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateEmptyState);
    updateEmptyState();
}

void TablePage::setSubtitle(const QString &text)
{
    m_subtitle->setText(text);
    m_subtitle->setVisible(!text.isEmpty());
}

void TablePage::setEmptyText(const QString &text)
{
    m_emptyText = text;
    if (m_error.isEmpty())
        m_empty->setText(text);
    updateEmptyState();
}

void TablePage::setLoadError(const QString &message)
{
    m_error = message;
    m_empty->setText(message.isEmpty() ? m_emptyText : message);
    m_empty->setStyleSheet(message.isEmpty() ? QString()
                                             : QStringLiteral("color: #b42318; font-weight: 600;"));
    updateEmptyState();
}

void TablePage::setColumnWidths(const QList<int> &characters)
{
    const int unit = m_table->fontMetrics().averageCharWidth();
    for (int i = 0; i < characters.size(); ++i)
        m_table->horizontalHeader()->resizeSection(i, characters.at(i) * unit + 24);
}

QByteArray TablePage::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void TablePage::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

void TablePage::updateEmptyState()
{
    const bool empty =
        !m_error.isEmpty() || !m_proxy->sourceModel() || m_proxy->sourceModel()->rowCount() == 0;
    m_body->setCurrentWidget(empty && !m_empty->text().isEmpty() ? static_cast<QWidget *>(m_empty)
                                                                 : m_table);
}

} // namespace vigilo::ui
