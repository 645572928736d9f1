#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigilo::ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, const QString &okText,
                           bool required, QWidget *parent)
    : QDialog(parent)
    , m_required(required)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    setMinimumWidth(440);

    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(required ? tr("Required") : tr("Optional"));
    m_reason->setMinimumHeight(90);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Back"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateOk);
    updateOk();
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_required || !reason().isEmpty());
}

} // namespace vigilo::ui
