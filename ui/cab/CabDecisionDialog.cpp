#include "CabDecisionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigilo::ui {

QString CabDecisionDialog::word(CabDecision d)
{
    switch (d) {
    case CabDecision::Approve: return tr("Approve");
    case CabDecision::ApproveWithConditions: return tr("Approve with conditions");
    case CabDecision::Reject: return tr("Reject");
    case CabDecision::Defer: return tr("Defer");
    case CabDecision::NeedsInformation: return tr("Needs information");
    }
    return {};
}

QString CabDecisionDialog::pastTense(CabDecision d)
{
    switch (d) {
    case CabDecision::Approve: return tr("Approved");
    case CabDecision::ApproveWithConditions: return tr("Approved with conditions");
    case CabDecision::Reject: return tr("Rejected");
    case CabDecision::Defer: return tr("Deferred");
    case CabDecision::NeedsInformation: return tr("Sent back: needs information");
    }
    return {};
}

QList<CabDecision> CabDecisionDialog::byKey()
{
    return allCabDecisions(); // 1 approve … 5 needs information
}

namespace {
QString placeholder(CabDecision d)
{
    switch (d) {
    case CabDecision::Approve: return CabDecisionDialog::tr("Comment for the minutes (optional)");
    case CabDecision::ApproveWithConditions:
        return CabDecisionDialog::tr("The conditions (required): they appear on the change");
    case CabDecision::Reject:
        return CabDecisionDialog::tr("Why the CAB rejects it (required): the requester reads it");
    case CabDecision::Defer: return CabDecisionDialog::tr("Note for the next meeting (required)");
    case CabDecision::NeedsInformation:
        return CabDecisionDialog::tr("The question for the requester (required)");
    }
    return {};
}

QString colour(CabDecision d)
{
    switch (d) {
    case CabDecision::Approve:
    case CabDecision::ApproveWithConditions: return QStringLiteral("#238636");
    case CabDecision::Reject: return QStringLiteral("#da3633");
    case CabDecision::Defer:
    case CabDecision::NeedsInformation: return QStringLiteral("#9e6a03");
    }
    return QStringLiteral("#30363d");
}
} // namespace

CabDecisionDialog::CabDecisionDialog(CabDecision decision, const QString &changeText,
                                     int basePixels, QWidget *parent)
    : QDialog(parent)
    , m_decision(decision)
    , m_text(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_votesHeading(new QLabel(tr("Votes (optional):"), this))
    , m_votes(new QGridLayout)
{
    setObjectName(QStringLiteral("cabDecisionDialog"));
    setWindowTitle(tr("%1: %2").arg(changeText, word(decision)));
    // The word the room reads before anything is recorded, as large as the title of the card.
    auto *heading = new QLabel(word(decision).toUpper(), this);
    heading->setObjectName(QStringLiteral("cabDecisionWord"));
    heading->setWordWrap(true);
    heading->setAlignment(Qt::AlignCenter);
    auto *change = new QLabel(changeText, this);
    change->setObjectName(QStringLiteral("cabDecisionChange"));
    change->setAlignment(Qt::AlignCenter);
    m_text->setObjectName(QStringLiteral("decisionText"));
    m_text->setPlaceholderText(placeholder(decision));
    m_text->setTabChangesFocus(true);
    m_text->installEventFilter(this);
    m_hint->setObjectName(QStringLiteral("decisionHint"));
    m_hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(word(decision), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmDecision"));
    m_confirm->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CabDecisionDialog::update);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(basePixels, basePixels, basePixels, basePixels);
    layout->setSpacing(basePixels / 2);
    layout->addWidget(heading);
    layout->addWidget(change);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_hint);
    m_votesHeading->setObjectName(QStringLiteral("cabVotesHeading"));
    m_votesHeading->hide();
    layout->addWidget(m_votesHeading);
    layout->addLayout(m_votes);
    layout->addWidget(buttons);
    setStyleSheet(
        QStringLiteral("QDialog { background: #161b22; }"
                       "QLabel { color: #e6edf3; font-size: %1px; }"
                       "QLabel#cabDecisionWord { font-size: %2px; font-weight: 800; color: %4; }"
                       "QLabel#cabDecisionChange { font-size: %3px; font-weight: 700; "
                       "color: #58a6ff; }"
                       "QLabel#decisionHint { color: #8b949e; }"
                       "QComboBox { font-size: %1px; padding: 4px 12px; }"
                       "QPlainTextEdit { background: #0d1117; color: #ffffff; font-size: %1px; "
                       "border: 2px solid #30363d; border-radius: 8px; padding: 8px; }"
                       "QPushButton { font-size: %1px; padding: 8px 24px; border-radius: 8px; "
                       "background: #30363d; color: #ffffff; }"
                       "QPushButton#confirmDecision { background: %4; }"
                       "QPushButton:disabled { background: #21262d; color: #6e7681; }")
            .arg(basePixels)
            .arg(basePixels * 3)
            .arg(basePixels * 3 / 2)
            .arg(colour(decision)));
    if (parent)
        resize(qMax(600, parent->width() * 2 / 3), qMax(380, parent->height() / 2));
    update();
    m_text->setFocus();
}

QString CabDecisionDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void CabDecisionDialog::setVoters(const QStringList &members)
{
    m_votesHeading->setVisible(!members.isEmpty());
    int row = 0;
    for (const QString &member : members) {
        auto *name = new QLabel(member, this);
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("vote-%1").arg(member));
        box->setAccessibleName(tr("Vote of %1").arg(member));
        box->addItem(tr("No vote recorded"), QString());
        box->addItem(tr("For", "CAB vote"), QStringLiteral("approve"));
        box->addItem(tr("Against", "CAB vote"), QStringLiteral("reject"));
        box->addItem(tr("Abstains", "CAB vote"), QStringLiteral("abstain"));
        m_votes->addWidget(name, row / 2, (row % 2) * 2);
        m_votes->addWidget(box, row / 2, (row % 2) * 2 + 1);
        m_voteBoxes << qMakePair(member, box);
        ++row;
    }
    if (parentWidget() && !members.isEmpty())
        resize(width(), qMax(height(), sizeHint().height()));
}

QList<QPair<QString, QString>> CabDecisionDialog::votes() const
{
    QList<QPair<QString, QString>> out;
    for (const auto &[member, box] : m_voteBoxes)
        if (const QString vote = box->currentData().toString(); !vote.isEmpty())
            out << qMakePair(member, vote);
    return out;
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
    const bool needsText = m_decision != CabDecision::Approve;
    m_confirm->setEnabled(!needsText || !text().isEmpty());
    m_hint->setText(needsText && text().isEmpty()
                        ? tr("Write the text first: the change and the minutes carry it.")
                        : tr("Enter to confirm · Shift+Enter for a new line · Esc to go back"));
}

} // namespace vigilo::ui
