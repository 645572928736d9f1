#include "ChangeListView.h"

#include "BadgeDelegate.h"
#include "ChangeFilterProxy.h"
#include "ChangeListModel.h"
#include "ColumnChooser.h"
#include "EmptyWorkspaceHint.h"
#include "widgets/FlowLayout.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {
template <typename E>
QComboBox *enumCombo(const QString &objectName, const QString &allText, const QList<E> &values,
                     QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(allText);
    for (E v : values)
        combo->addItem(label(v), int(v));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

template <typename E> std::optional<E> selected(const QComboBox *combo)
{
    const QVariant v = combo->currentData();
    return v.isValid() ? std::optional<E>(E(v.toInt())) : std::nullopt;
}
} // namespace

ChangeListView::ChangeListView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChangeListModel(this))
    , m_proxy(new ChangeFilterProxy(this))
    , m_searchTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_searchTimer->setObjectName(QStringLiteral("searchDebounce"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDebounceMs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createFilterBar());
    m_body = new QStackedWidget(this);
    m_table = new QTableView(m_body);
    m_hint = new EmptyWorkspaceHint(m_body);
    m_body->addWidget(m_table);
    m_body->addWidget(m_hint);
    layout->addWidget(m_body);
    setupTable();

    connect(m_searchTimer, &QTimer::timeout, this, &ChangeListView::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    // Enter on a change number opens that change; on other text it applies the search at once
    // instead of waiting for the pause.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        // A bare "42" opens only a listed change (it may be a word of a title); "CHG-42" is
        // meant as a number: the core says whether it exists.
        const QString text = m_search->text().trimmed();
        if (const auto number = parseChangeNumber(text);
            number
            && (m_model->rowOfNumber(*number) >= 0
                || text.startsWith(QLatin1String("chg"), Qt::CaseInsensitive))) {
            Q_EMIT changeActivated(*number);
            return;
        }
        applySearch();
    });
    for (QComboBox *combo : {m_status, m_type, m_priority, m_risk, m_assignee})
        connect(combo, &QComboBox::currentIndexChanged, this, &ChangeListView::applyCombos);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT changeActivated(index.data(ChangeListModel::NumberRole).toInt());
    });
}

QWidget *ChangeListView::createFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("filterBar"));
    // One row on a wide screen; on a narrow one (a 1024×768 projector, German labels) the
    // filters wrap to a second row instead of widening the window.
    auto *row = new FlowLayout(bar, 6);
    row->setContentsMargins(8, 6, 8, 6);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search number, title or people…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // the rest of its row
    row->addWidget(m_search);

    m_status =
        enumCombo(QStringLiteral("statusFilter"), tr("All statuses"), allChangeStatuses(), bar);
    m_type = enumCombo(QStringLiteral("typeFilter"), tr("All types"), allChangeTypes(), bar);
    m_priority =
        enumCombo(QStringLiteral("priorityFilter"), tr("All priorities"), allPriorities(), bar);
    m_risk = enumCombo(QStringLiteral("riskFilter"), tr("All risks"), allRiskLevels(), bar);
    m_risk->addItem(tr("Not assessed"), ChangeFilterProxy::kRiskNotAssessed);
    m_status->setToolTip(tr("Show only changes in this status"));
    m_type->setToolTip(tr("Show only changes of this type"));
    m_priority->setToolTip(tr("Show only changes with this priority"));
    m_risk->setToolTip(tr("Show only changes with this risk level"));
    m_assignee = new QComboBox(bar);
    m_assignee->setObjectName(QStringLiteral("assigneeFilter"));
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_assignee->setToolTip(tr("Show only changes assigned to this person"));
    m_assignee->addItem(tr("All assignees"));
    m_assignee->addItem(tr("Unassigned"), QString());
    for (QComboBox *combo : {m_status, m_type, m_priority, m_risk, m_assignee})
        row->addWidget(combo);

    auto *clear = new QToolButton(bar);
    clear->setObjectName(QStringLiteral("clearFilters"));
    clear->setText(tr("Clear filters"));
    clear->setAutoRaise(true);
    connect(clear, &QToolButton::clicked, this, &ChangeListView::clearFilters);
    row->addWidget(clear);

    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(m_count);
    return bar;
}

void ChangeListView::setupTable()
{
    m_table->setObjectName(QStringLiteral("changeTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setItemDelegateForColumn(ChangeListModel::Status,
                                      new BadgeDelegate(BadgeDelegate::Kind::Status, m_table));
    m_table->setItemDelegateForColumn(ChangeListModel::Risk,
                                      new BadgeDelegate(BadgeDelegate::Kind::Risk, m_table));

    // Fixed row heights and column widths from the font: nothing measures 100,000 rows.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 14);

    QHeaderView *cols = m_table->horizontalHeader();
    cols->setSectionResizeMode(QHeaderView::Interactive);
    cols->setHighlightSections(false);
    cols->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    cols->setStretchLastSection(false);
    const QFontMetrics fm = fontMetrics();
    const auto widthOf = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 28; };
    cols->resizeSection(ChangeListModel::Number, widthOf(QStringLiteral("CHG-00000")));
    cols->resizeSection(ChangeListModel::Title, widthOf(QString(40, QLatin1Char('x'))));
    const auto badgeWidthOf = [this](const QString &sample) {
        QFont bold = font();
        bold.setWeight(QFont::DemiBold);
        return QFontMetrics(bold).horizontalAdvance(sample) + 40;
    };
    int statusWidth = 0;
    for (ChangeStatus s : allChangeStatuses())
        statusWidth = qMax(statusWidth, badgeWidthOf(label(s)));
    // A change still in progress after its planned end reads "In progress, overrunning".
    statusWidth = qMax(
        statusWidth,
        badgeWidthOf(ChangeListModel::tr("%1, overrunning").arg(label(ChangeStatus::InProgress))));
    cols->resizeSection(ChangeListModel::Status, statusWidth);
    cols->resizeSection(ChangeListModel::Type, widthOf(label(ChangeType::Emergency)));
    cols->resizeSection(ChangeListModel::Priority, widthOf(label(vigilo::Priority::Critical)));
    cols->resizeSection(ChangeListModel::Risk, badgeWidthOf(tr("Not assessed")));
    cols->resizeSection(ChangeListModel::PlannedStart,
                        widthOf(QStringLiteral("00/00/0000 00:00 PM")));
    cols->resizeSection(ChangeListModel::Assignee, widthOf(QString(14, QLatin1Char('x'))));
    cols->setSectionResizeMode(ChangeListModel::Title, QHeaderView::Stretch);

    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ChangeListModel::Number, Qt::DescendingOrder);
    // The number identifies the row: it always shows.
    m_columns = new ColumnChooser(cols, QStringLiteral("ChangeList/hiddenColumns"),
                                  {ChangeListModel::Number});
}

void ChangeListView::applySearch()
{
    m_proxy->setSearchText(m_search->text());
    updateCount();
}

void ChangeListView::setChanges(QList<ChangeSummary> changes, bool complete)
{
    const int current = currentNumber();
    fillAssignees(changes, !complete);
    // One sort after the load instead of one per row: the proxy re-sorts on the reset.
    m_proxy->setDynamicSortFilter(false);
    m_model->setChanges(std::move(changes));
    m_proxy->setDynamicSortFilter(true);
    // Keep the selection on the same change across a reload; a change beyond the first page is
    // chosen again when the rest of the list comes.
    m_pendingCurrent = 0;
    if (current > 0 && !selectNumber(current) && !complete)
        m_pendingCurrent = current;
    updateCount();
    updateEmptyHint();
}

void ChangeListView::addChanges(const QList<ChangeSummary> &changes, const QSet<int> &skip)
{
    QSet<QString> names;
    for (const ChangeSummary &c : changes)
        if (!c.assignee.isEmpty())
            names.insert(c.assignee);
    for (const QString &name : std::as_const(names))
        addAssignee(name);
    // One sort after the merge, not a sorted insert per row; the selection and the scroll stay.
    m_proxy->setDynamicSortFilter(false);
    m_model->appendChanges(changes, skip);
    m_proxy->setDynamicSortFilter(true);
    if (m_pendingCurrent > 0 && currentNumber() == 0)
        selectNumber(m_pendingCurrent);
    m_pendingCurrent = 0;
    updateCount();
    updateEmptyHint();
}

void ChangeListView::updateChange(int number, const std::optional<ChangeSummary> &change)
{
    m_model->updateChange(number, change);
    if (change && !change->assignee.isEmpty())
        addAssignee(change->assignee);
    updateCount();
    updateEmptyHint();
}

bool ChangeListView::selectNumber(int number)
{
    const int row = m_model->rowOfNumber(number);
    const QModelIndex shown =
        row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (!shown.isValid())
        return false;
    m_table->setCurrentIndex(shown);
    m_table->scrollTo(shown);
    return true;
}

void ChangeListView::setLoading(bool loading)
{
    setProperty("loading", loading);
    updateEmptyHint();
}

bool ChangeListView::isLoading() const
{
    return property("loading").toBool();
}

void ChangeListView::setEmptyHintAllowed(bool allowed)
{
    m_hintAllowed = allowed;
    updateEmptyHint();
}

bool ChangeListView::isShowingEmptyHint() const
{
    return m_body->currentWidget() == m_hint;
}

void ChangeListView::updateEmptyHint()
{
    // While a team server's answer is on its way ("loading") the list is not known to be empty.
    const bool empty = m_hintAllowed && m_model->rowCount() == 0 && !property("loading").toBool();
    m_body->setCurrentWidget(empty ? static_cast<QWidget *>(m_hint) : m_table);
}

void ChangeListView::addAssignee(const QString &username)
{
    if (m_assignee->findData(username) >= 0)
        return;
    int at = 2; // after "All assignees" and "Unassigned"
    while (at < m_assignee->count()
           && QString::compare(m_assignee->itemData(at).toString(), username, Qt::CaseInsensitive)
                  < 0)
        ++at;
    const QSignalBlocker block(m_assignee);
    m_assignee->insertItem(at, username, username);
}

void ChangeListView::fillAssignees(const QList<ChangeSummary> &changes, bool keepChosen)
{
    QSet<QString> names;
    for (const ChangeSummary &c : changes)
        if (!c.assignee.isEmpty())
            names.insert(c.assignee);
    if (keepChosen && m_assignee->currentIndex() >= 2) // the rest of the list may show them
        names.insert(m_assignee->currentData().toString());
    QStringList sorted(names.begin(), names.end());
    sorted.sort(Qt::CaseInsensitive);
    const QVariant selected = m_assignee->currentData();
    const QSignalBlocker block(m_assignee);
    while (m_assignee->count() > 2)
        m_assignee->removeItem(2);
    for (const QString &name : std::as_const(sorted))
        m_assignee->addItem(name, name);
    const int index = selected.isValid() ? m_assignee->findData(selected) : 0;
    m_assignee->setCurrentIndex(qMax(0, index));
    if (selected.isValid() && index < 0)
        applyCombos(); // the person is gone: show everyone
}

void ChangeListView::clearFilters()
{
    const QSignalBlocker blockSearch(m_search);
    m_searchTimer->stop();
    m_search->clear();
    for (QComboBox *combo : {m_status, m_type, m_priority, m_risk, m_assignee}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    m_proxy->clearFilters();
    updateCount();
}

void ChangeListView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ChangeListView::applyCombos()
{
    m_proxy->setStatus(selected<ChangeStatus>(m_status));
    m_proxy->setChangeType(selected<ChangeType>(m_type));
    m_proxy->setPriority(selected<vigilo::Priority>(m_priority));
    const QVariant risk = m_risk->currentData();
    m_proxy->setRisk(risk.isValid() ? std::optional<int>(risk.toInt()) : std::nullopt);
    const QVariant assignee = m_assignee->currentData();
    m_proxy->setAssignee(assignee.isValid() ? std::optional<QString>(assignee.toString())
                                            : std::nullopt);
    updateCount();
}

void ChangeListView::updateCount()
{
    const int total = totalCount();
    const int visible = visibleCount();
    m_count->setText(m_proxy->isFiltering() ? tr("Showing %1 of %2").arg(visible).arg(total)
                                            : tr("Changes: %1").arg(total));
    Q_EMIT countsChanged(visible, total);
}

int ChangeListView::totalCount() const
{
    return m_model->rowCount();
}
int ChangeListView::visibleCount() const
{
    return m_proxy->rowCount();
}

int ChangeListView::currentNumber() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ChangeListModel::NumberRole).toInt() : 0;
}

QByteArray ChangeListView::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void ChangeListView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
    m_columns->restore(); // the chooser's choice is saved at once: it wins over an older state
}

} // namespace vigilo::ui
