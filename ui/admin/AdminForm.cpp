#include "AdminForm.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigilo::ui {

AdminForm::AdminForm(const QString &objectName, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_intro(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(objectName);
    setWindowTitle(title);
    m_intro->setWordWrap(true);
    m_intro->hide();
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b4231a;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_okText = m_ok->text();
    connect(buttons, &QDialogButtonBox::accepted, this, &AdminForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void AdminForm::addRow(const QString &label, QWidget *field)
{
    m_form->addRow(label, field);
}

void AdminForm::addRow(const QString &label, QLayout *field)
{
    m_form->addRow(label, field);
}

void AdminForm::addRow(QWidget *field)
{
    m_form->addRow(field);
}

void AdminForm::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

QString AdminForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AdminForm::accept()
{
    if (m_saving)
        return; // one write at a time: OK pressed again while the answer is on its way
    if (!m_submit) {
        QDialog::accept();
        return;
    }
    m_error->hide();
    setSaving(true);
    m_submit(); // finish() follows: at once on a database, when the answer comes on a server
}

void AdminForm::finish(const Status &outcome)
{
    setSaving(false);
    if (!outcome.ok()) {
        // The core's message names the field and says what to do; nothing was written.
        m_error->setText(outcome.error().message.isEmpty() ? tr("The change could not be saved.")
                                                           : outcome.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

void AdminForm::setSaving(bool saving)
{
    m_saving = saving;
    m_ok->setEnabled(!saving);
    m_ok->setText(saving ? tr("Saving…") : m_okText);
    if (saving)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace vigilo::ui
