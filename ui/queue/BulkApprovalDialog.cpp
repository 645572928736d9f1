#include "BulkApprovalDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigilo::ui {

BulkApprovalDialog::BulkApprovalDialog(const QList<int> &numbers, QWidget *parent)
    : QDialog(parent)
    , m_comment(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("bulkApprovalDialog"));
    setWindowTitle(tr("Approve selected changes"));
    QStringList texts;
    for (int n : numbers)
        texts << formatChangeNumber(n);
    auto *intro = new QLabel(
        tr("Approve %n changes at once: %1.", nullptr, int(numbers.size()))
                .arg(texts.join(QStringLiteral(", ")))
            + QLatin1Char(' ')
            + tr("Each one is approved only if it passes the workspace's bulk approval guard; "
                 "the others are listed afterwards with the reason and left untouched."),
        this);
    intro->setWordWrap(true);
    auto *label = new QLabel(tr("&Comment for every approval (optional):"), this);
    label->setBuddy(m_comment);
    m_comment->setObjectName(QStringLiteral("bulkApprovalComment"));
    m_comment->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *approve = buttons->addButton(
        tr("Approve %n changes", nullptr, int(numbers.size())), QDialogButtonBox::AcceptRole);
    approve->setObjectName(QStringLiteral("bulkApprovalConfirm"));
    approve->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_comment);
    layout->addWidget(buttons);
    resize(560, 320);
}

QString BulkApprovalDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

BulkApprovalResultDialog::BulkApprovalResultDialog(const QList<BulkApprovalItem> &items,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_approved(new QListWidget(this))
    , m_refused(new QListWidget(this))
{
    setObjectName(QStringLiteral("bulkApprovalResult"));
    setWindowTitle(tr("Bulk approval"));
    m_approved->setObjectName(QStringLiteral("bulkApproved"));
    m_refused->setObjectName(QStringLiteral("bulkRefused"));
    m_refused->setWordWrap(true);
    for (const BulkApprovalItem &item : items) {
        if (item.change)
            m_approved->addItem(tr("%1 %2: now %3")
                                    .arg(formatChangeNumber(item.number), item.change->title,
                                         label(item.change->status)));
        else if (item.refusal) // the core's words name the change
            m_refused->addItem(item.refusal->message.contains(formatChangeNumber(item.number))
                                   ? item.refusal->message
                                   : formatChangeNumber(item.number) + QStringLiteral(" — ")
                                         + item.refusal->message);
    }
    m_summary->setObjectName(QStringLiteral("bulkApprovalSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("%n changes approved, each with its own decision in its history.",
                          nullptr, m_approved->count())
                       + QLatin1Char(' ')
                       + tr("%n changes refused and left untouched.", nullptr, m_refused->count()));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    auto *approvedLabel = new QLabel(tr("Approved:"), this);
    layout->addWidget(approvedLabel);
    layout->addWidget(m_approved);
    auto *refusedLabel = new QLabel(tr("Refused (approve these one by one after a review):"), this);
    layout->addWidget(refusedLabel);
    layout->addWidget(m_refused);
    approvedLabel->setVisible(m_approved->count() > 0);
    m_approved->setVisible(m_approved->count() > 0);
    refusedLabel->setVisible(m_refused->count() > 0);
    m_refused->setVisible(m_refused->count() > 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace vigilo::ui
