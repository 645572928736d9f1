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
    if (m_submit) {
        const Status s = m_submit();
        if (!s.ok()) {
            // The core's message names the field and says what to do; nothing was written.
            m_error->setText(s.error().message.isEmpty() ? tr("The change could not be saved.")
                                                         : s.error().message);
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace vigilo::ui
