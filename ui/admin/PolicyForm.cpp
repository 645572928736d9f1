#include "PolicyForm.h"

#include "AdminPage.h"
#include "widgets/AssetPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {

enum StepColumn { StepName, StepRole, StepMembers, StepApprovals };

template <typename E>
QHBoxLayout *checkRow(const QList<E> &values, const QString &prefix, QList<QCheckBox *> &out,
                      QWidget *parent)
{
    auto *row = new QHBoxLayout;
    for (E v : values) {
        auto *box = new QCheckBox(label(v), parent);
        box->setObjectName(prefix + toString(v));
        box->setProperty("wire", toString(v));
        out << box;
        row->addWidget(box);
    }
    row->addStretch(1);
    return row;
}

template <typename E>
QList<E> checked(const QList<QCheckBox *> &boxes, std::optional<E> (*parse)(const QString &))
{
    QList<E> out;
    for (const QCheckBox *b : boxes)
        if (b->isChecked())
            if (auto v = parse(b->property("wire").toString()))
                out << *v;
    return out;
}

} // namespace

PolicyForm::PolicyForm(AssetPicker *assets, QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_assets(assets)
    , m_steps(new QTableWidget(0, 4, this))
{
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_assets->setParent(this);
    m_assets->searchEdit()->setPlaceholderText(
        tr("None chosen: any asset. Search by name, kind or owner…"));
    m_steps->setObjectName(QStringLiteral("stepTable"));
    m_steps->setHorizontalHeaderLabels(
        {tr("Step"), tr("Who decides"), tr("Or these members"), tr("Approvals needed")});
    m_steps->verticalHeader()->setVisible(false);
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setMinimumHeight(fontMetrics().height() * 7);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    auto *hint = new QLabel(tr("The policy applies to changes that match every row; an empty row "
                               "matches anything."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    form->addRow(tr("Change types:"),
                 checkRow(allChangeTypes(), QStringLiteral("type_"), m_types, this));
    form->addRow(tr("Priorities:"),
                 checkRow(allPriorities(), QStringLiteral("priority_"), m_priorities, this));
    form->addRow(tr("Risk levels:"),
                 checkRow(allRiskLevels(), QStringLiteral("risk_"), m_risks, this));
    form->addRow(tr("&Assets:"), m_assets);

    auto *stepButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add &step"), this);
    add->setObjectName(QStringLiteral("addStepButton"));
    auto *remove = new QPushButton(tr("Remove s&tep"), this);
    remove->setObjectName(QStringLiteral("removeStepButton"));
    stepButtons->addWidget(add);
    stepButtons->addWidget(remove);
    stepButtons->addStretch(1);
    connect(add, &QPushButton::clicked, this, &PolicyForm::addStep);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_steps->rowCount() > 0)
            m_steps->removeRow(m_steps->currentRow() >= 0 ? m_steps->currentRow()
                                                          : m_steps->rowCount() - 1);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Steps, decided one after the other:"), this));
    layout->addWidget(m_steps, 1);
    layout->addLayout(stepButtons);
    addStep();
}

void PolicyForm::addStep()
{
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    m_steps->setItem(row, StepName,
                     new QTableWidgetItem(row == 0 ? tr("Approval") : tr("Step %1").arg(row + 1)));
    auto *role = new QComboBox(m_steps);
    role->setObjectName(QStringLiteral("stepRole%1").arg(row));
    for (Role r : allRoles())
        if (r != Role::Viewer && r != Role::Engineer)
            role->addItem(tr("%1 or above").arg(label(r)), int(r));
    m_steps->setCellWidget(row, StepRole, role);
    m_steps->setItem(row, StepMembers, new QTableWidgetItem);
    auto *approvals = new QSpinBox(m_steps);
    approvals->setObjectName(QStringLiteral("stepApprovals%1").arg(row));
    approvals->setRange(0, 20);
    approvals->setValue(1);
    approvals->setSpecialValueText(tr("all of them"));
    m_steps->setCellWidget(row, StepApprovals, approvals);
    m_steps->resizeColumnsToContents();
}

ApprovalPolicy PolicyForm::policy() const
{
    ApprovalPolicy p;
    p.name = m_name->text().trimmed();
    p.changeTypes = checked<ChangeType>(m_types, &parseChangeType);
    p.priorities = checked<Priority>(m_priorities, &parsePriority);
    p.riskLevels = checked<RiskLevel>(m_risks, &parseRiskLevel);
    p.assets = m_assets->selected();
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        ApprovalPolicyStep s;
        s.stepOrder = row + 1;
        s.name = m_steps->item(row, StepName) ? m_steps->item(row, StepName)->text().trimmed()
                                              : QString();
        s.eligibleRole = Role(
            qobject_cast<QComboBox *>(m_steps->cellWidget(row, StepRole))->currentData().toInt());
        if (const QTableWidgetItem *members = m_steps->item(row, StepMembers))
            s.eligibleMembers = nameList(members->text());
        s.requiredApprovals =
            qobject_cast<QSpinBox *>(m_steps->cellWidget(row, StepApprovals))->value();
        p.steps << s;
    }
    return p;
}

} // namespace vigilo::ui
