#include "ChangeDetailsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {
QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : QString();
}
} // namespace

ChangeDetailsDialog::ChangeDetailsDialog(const ChangeRequest &c, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("changeDetailsDialog"));
    setWindowTitle(tr("%1 — %2").arg(c.numberText(), c.title));
    resize(680, 720);

    auto *outer = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setText(tr("%1  %2").arg(c.numberText(), c.title));
    heading->setWordWrap(true);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setWeight(QFont::DemiBold);
    heading->setFont(big);
    outer->addWidget(heading);

    // A bounded set of rows; long texts scroll inside their own boxes.
    auto *form = new QFormLayout;
    outer->addLayout(form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    addRow(form, tr("Status"), label(c.status));
    addRow(form, tr("Type"), label(c.changeType));
    addRow(form, tr("Priority"), label(c.priority));
    addRow(form, tr("Risk"), c.riskLevel ? label(*c.riskLevel) : tr("Not assessed"));
    addRow(form, tr("Planned start"), when(c.plannedStart));
    addRow(form, tr("Planned end"), when(c.plannedEnd));
    addRow(form, tr("Minimum lead time"), tr("%1 h", "hours").arg(c.minLeadTimeHours));
    addRow(form, tr("Requester"), c.requester);
    addRow(form, tr("Assignee"), c.assignee.isEmpty() ? tr("Unassigned") : c.assignee);
    addRow(form, tr("Affected assets"), c.affectedAssets.join(QStringLiteral(", ")));
    QStringList deps;
    for (const DependencyRef &d : c.dependencies)
        deps << tr("%1 (%2)").arg(formatChangeNumber(d.number), label(d.status));
    addRow(form, tr("Depends on"), deps.join(QStringLiteral(", ")));
    addText(form, tr("Description"), c.description);
    addText(form, tr("Implementation plan"), c.implementationPlan);
    addText(form, tr("Rollback plan"), c.rollbackPlan);
    addText(form, tr("Test plan"), c.testPlan);
    if (c.closureCode) {
        addRow(form, tr("Closure"), label(*c.closureCode));
        addText(form, tr("Closure notes"), c.closureNotes);
    }
    if (c.rolledBackAt.isValid()) {
        addRow(form, tr("Rolled back"), tr("%1 by %2").arg(when(c.rolledBackAt), c.rolledBackBy));
        addText(form, tr("Rollback reason"), c.rollbackReason);
    }
    if (c.cancelledAt.isValid())
        addText(form, tr("Cancelled"),
                c.cancelReason.isEmpty() ? when(c.cancelledAt) : c.cancelReason);
    addRow(form, tr("Last updated"), when(c.updatedAt));

    outer->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
}

void ChangeDetailsDialog::addRow(QFormLayout *form, const QString &label, const QString &value)
{
    auto *field = new QLabel(value.isEmpty() ? tr("—") : value, form->parentWidget());
    field->setTextFormat(Qt::PlainText);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, field);
}

void ChangeDetailsDialog::addText(QFormLayout *form, const QString &label, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        addRow(form, label, QString());
        return;
    }
    auto *field = new QPlainTextEdit(text, form->parentWidget());
    field->setReadOnly(true);
    field->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    field->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tall enough for a short plan without scrolling; long ones scroll.
    const int lines = qBound(2, int(text.count(QLatin1Char('\n'))) + 2, 10);
    field->setFixedHeight(field->fontMetrics().lineSpacing() * lines + 12);
    form->addRow(label, field);
}

} // namespace vigilo::ui
