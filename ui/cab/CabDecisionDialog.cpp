#include "CabDecisionDialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigilo::ui {

CabDecisionDialog::CabDecisionDialog(Kind kind, const QString &changeText, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_text(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("cabDecisionDialog"));
    const bool approve = kind == Kind::Approve;
    setWindowTitle(approve ? tr("Approve %1").arg(changeText) : tr("Reject %1").arg(changeText));
    auto *heading = new QLabel(
        approve ? tr("Approve %1").arg(changeText) : tr("Reject %1").arg(changeText), this);
    heading->setObjectName(QStringLiteral("cabDecisionHeading"));
    heading->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("decisionText"));
    m_text->setPlaceholderText(approve ? tr("Comment for the record (optional)")
                                       : tr("Why the CAB rejects it (required)"));
    m_text->setTabChangesFocus(true);
    m_text->installEventFilter(this);
    m_hint->setObjectName(QStringLiteral("decisionHint"));
    m_hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm =
        buttons->addButton(approve ? tr("Approve") : tr("Reject"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmDecision"));
    m_confirm->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CabDecisionDialog::update);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    setStyleSheet(
        QStringLiteral("QDialog { background: #161b22; }"
                       "QLabel { color: #e6edf3; font-size: 20pt; }"
                       "QLabel#cabDecisionHeading { font-size: 28pt; font-weight: 700; }"
                       "QLabel#decisionHint { color: #8b949e; font-size: 16pt; }"
                       "QPlainTextEdit { background: #0d1117; color: #ffffff; font-size: 22pt; "
                       "border: 2px solid #30363d; border-radius: 8px; padding: 8px; }"
                       "QPushButton { font-size: 20pt; padding: 10px 28px; border-radius: 8px; "
                       "background: #30363d; color: #ffffff; }"
                       "QPushButton#confirmDecision { background: %1; }"
                       "QPushButton:disabled { background: #21262d; color: #6e7681; }")
            .arg(approve ? QStringLiteral("#238636") : QStringLiteral("#da3633")));
    resize(900, 420);
    update();
    m_text->setFocus();
}

QString CabDecisionDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

// Enter confirms (Shift+Enter for a new line): the room should not need the mouse.
bool CabDecisionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & Qt::ShiftModifier)) {
            if (m_confirm->isEnabled())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CabDecisionDialog::update()
{
    const bool needsText = m_kind == Kind::Reject;
    m_confirm->setEnabled(!needsText || !text().isEmpty());
    m_hint->setText(needsText && text().isEmpty()
                        ? tr("A reason is required to reject: the requester reads it.")
                        : tr("Enter to confirm · Shift+Enter for a new line · Esc to go back"));
}

} // namespace vigilo::ui
