#include "FreezeOverrideDialog.h"

#include "detail/DetailFormat.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigilo::ui {

FreezeOverrideDialog::FreezeOverrideDialog(const QString &changeNumber, const QString &message,
                                           const QJsonObject &details, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("freezeOverrideDialog"));
    setWindowTitle(tr("Override the freeze for %1").arg(changeNumber));
    setMinimumWidth(500);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(message, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QStringList lines;
    const QJsonArray windows = details.value(QStringLiteral("freeze_windows")).toArray();
    for (const QJsonValue &v : windows) {
        const QJsonObject w = v.toObject();
        const QDateTime start =
            QDateTime::fromString(w.value(QStringLiteral("start")).toString(), Qt::ISODate);
        const QDateTime end =
            QDateTime::fromString(w.value(QStringLiteral("end")).toString(), Qt::ISODate);
        QString line = QStringLiteral("<b>%1</b> — %2")
                           .arg(w.value(QStringLiteral("name")).toString().toHtmlEscaped(),
                                format::window(start, end).toHtmlEscaped());
        const QString reason = w.value(QStringLiteral("reason")).toString();
        if (!reason.isEmpty())
            line += QStringLiteral("<br><i>%1</i>").arg(reason.toHtmlEscaped());
        lines << line;
    }
    if (!lines.isEmpty()) {
        auto *list = new QLabel(lines.join(QStringLiteral("<br>")), this);
        list->setObjectName(QStringLiteral("freezeWindows"));
        list->setTextFormat(Qt::RichText);
        list->setWordWrap(true);
        layout->addWidget(list);
    }

    auto *prompt = new QLabel(tr("Why must this change go ahead during the freeze? The "
                                 "justification is kept in the audit trail."),
                              this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    m_justification = new QPlainTextEdit(this);
    m_justification->setObjectName(QStringLiteral("justification"));
    m_justification->setTabChangesFocus(true);
    m_justification->setMinimumHeight(80);
    layout->addWidget(m_justification);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Override freeze"));
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_justification, &QPlainTextEdit::textChanged, this,
            [this, ok] { ok->setEnabled(!justification().isEmpty()); });
    layout->addWidget(m_buttons);
}

QString FreezeOverrideDialog::justification() const
{
    return m_justification->toPlainText().trimmed();
}

} // namespace vigilo::ui
