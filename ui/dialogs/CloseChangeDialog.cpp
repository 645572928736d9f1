#include "CloseChangeDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigilo::ui {

CloseChangeDialog::CloseChangeDialog(const QString &changeNumber, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("closeChangeDialog"));
    setWindowTitle(tr("Complete %1").arg(changeNumber));
    setMinimumWidth(460);

    auto *intro = new QLabel(tr("How did the change go? The closure code and notes are kept in "
                                "the audit trail and printed in the evidence pack."),
                             this);
    intro->setWordWrap(true);

    m_code = new QComboBox(this);
    m_code->setObjectName(QStringLiteral("closureCode"));
    m_code->addItem(tr("Choose an outcome…"));
    for (ClosureCode code : allClosureCodes())
        m_code->addItem(label(code), int(code));

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("closureNotes"));
    m_notes->setPlaceholderText(tr("What was done, what was verified, anything unexpected"));
    m_notes->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Closure &code:"), m_code);
    form->addRow(tr("Closure &notes:"), m_notes);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Complete change"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_code, &QComboBox::currentIndexChanged, this, &CloseChangeDialog::updateOk);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CloseChangeDialog::updateOk);
    updateOk();
}

std::optional<ClosureCode> CloseChangeDialog::closureCode() const
{
    const QVariant v = m_code->currentData();
    if (!v.isValid())
        return std::nullopt;
    return ClosureCode(v.toInt());
}

QString CloseChangeDialog::closureNotes() const
{
    return m_notes->toPlainText().trimmed();
}

void CloseChangeDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(closureCode().has_value() && !closureNotes().isEmpty());
}

} // namespace vigilo::ui
