#include "CabAgendaTools.h"

#include "Domain.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigilo::ui {

CabAgendaTools::CabAgendaTools(QListWidget *agenda, QWidget *parent)
    : QWidget(parent)
    , m_agenda(agenda)
    , m_up(new QPushButton(QStringLiteral("▲"), this))
    , m_down(new QPushButton(QStringLiteral("▼"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_timeBox(new QSpinBox(this))
    , m_setTimeBox(new QPushButton(tr("Set time box"), this))
    , m_add(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("Add"), this))
{
    setObjectName(QStringLiteral("cabAgendaTools"));
    m_up->setObjectName(QStringLiteral("cabAgendaUp"));
    m_up->setAccessibleName(tr("Up"));
    m_up->setToolTip(tr("Move the selected item up (Alt+Up)"));
    m_down->setObjectName(QStringLiteral("cabAgendaDown"));
    m_down->setAccessibleName(tr("Down"));
    m_down->setToolTip(tr("Move the selected item down (Alt+Down)"));
    m_remove->setObjectName(QStringLiteral("cabAgendaRemove"));
    m_remove->setToolTip(tr("Take the selected change off the agenda"));
    m_timeBox->setObjectName(QStringLiteral("cabAgendaTimeBox"));
    m_timeBox->setRange(1, 240);
    m_timeBox->setSuffix(tr(" min"));
    m_timeBox->setAccessibleName(tr("Time box of the selected item"));
    m_setTimeBox->setObjectName(QStringLiteral("cabAgendaSetTimeBox"));
    m_add->setObjectName(QStringLiteral("cabAgendaAddNumber"));
    m_add->setPlaceholderText(tr("CHG-00042 or 42"));
    m_add->setAccessibleName(tr("Change to add to the agenda"));
    m_addButton->setObjectName(QStringLiteral("cabAgendaAdd"));
    for (QPushButton *b : {m_up, m_down, m_remove, m_setTimeBox, m_addButton})
        b->setFocusPolicy(Qt::NoFocus); // the window keeps the keys

    // Three rows, each as wide as the agenda: nothing is cut at 1024×768, in any language.
    auto *moves = new QHBoxLayout;
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    moves->addWidget(m_remove, 1);
    auto *timeBox = new QHBoxLayout;
    timeBox->addWidget(m_timeBox, 1);
    timeBox->addWidget(m_setTimeBox);
    auto *add = new QHBoxLayout;
    add->addWidget(m_add, 1);
    add->addWidget(m_addButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(moves);
    layout->addLayout(timeBox);
    layout->addLayout(add);

    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_remove, &QPushButton::clicked, this, &CabAgendaTools::removeSelected);
    connect(m_setTimeBox, &QPushButton::clicked, this, &CabAgendaTools::setTimeBox);
    connect(m_addButton, &QPushButton::clicked, this, &CabAgendaTools::addChange);
    connect(m_add, &QLineEdit::returnPressed, this, &CabAgendaTools::addChange);
    connect(m_agenda, &QListWidget::itemSelectionChanged, this, &CabAgendaTools::updateButtons);
    updateButtons();
}

int CabAgendaTools::selectedNumber() const
{
    const QList<QListWidgetItem *> items = m_agenda->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toInt();
}

int CabAgendaTools::positionOf(int number) const
{
    for (int row = 0; row < m_agenda->count(); ++row)
        if (m_agenda->item(row)->data(Qt::UserRole).toInt() == number)
            return row + 1;
    return 0;
}

void CabAgendaTools::select(int number)
{
    const int position = positionOf(number);
    if (position > 0)
        m_agenda->setCurrentRow(position - 1);
    updateButtons();
}

void CabAgendaTools::updateButtons()
{
    const int number = selectedNumber();
    const int position = positionOf(number);
    m_up->setEnabled(number && position > 1);
    m_down->setEnabled(number && position < m_agenda->count());
    m_remove->setEnabled(number);
    m_setTimeBox->setEnabled(number);
    m_timeBox->setEnabled(number);
    if (number)
        m_timeBox->setValue(m_agenda->item(position - 1)->data(Qt::UserRole + 1).toInt());
}

void CabAgendaTools::move(int delta)
{
    const int number = selectedNumber();
    const int to = positionOf(number) + delta;
    if (!number || to < 1 || to > m_agenda->count())
        return;
    AgendaEdit edit;
    edit.moves = {{number, to}};
    Q_EMIT editRequested(edit,
                         tr("%1 moved to position %2.").arg(formatChangeNumber(number)).arg(to));
}

void CabAgendaTools::removeSelected()
{
    const int number = selectedNumber();
    if (!number)
        return;
    AgendaEdit edit;
    edit.remove = {number};
    Q_EMIT editRequested(edit, tr("%1 taken off the agenda.").arg(formatChangeNumber(number)));
}

void CabAgendaTools::setTimeBox()
{
    const int number = selectedNumber();
    if (!number)
        return;
    AgendaEdit edit;
    edit.timeBoxes = {{number, m_timeBox->value()}};
    Q_EMIT editRequested(edit, tr("%1 has a time box of %n minutes.", nullptr, m_timeBox->value())
                                   .arg(formatChangeNumber(number)));
}

void CabAgendaTools::addChange()
{
    const std::optional<int> number = parseChangeNumber(m_add->text().trimmed());
    if (!number || *number <= 0) {
        Q_EMIT problem(tr("Enter the number of the change to add, e.g. CHG-00042 or 42."));
        return;
    }
    AgendaEdit edit;
    edit.add = {*number};
    Q_EMIT editRequested(edit, tr("%1 added to the agenda.").arg(formatChangeNumber(*number)));
    m_add->clear();
}

} // namespace vigilo::ui
