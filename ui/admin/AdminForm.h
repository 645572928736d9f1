#pragma once
// The small forms of the Administration window (add a member, a freeze window, a policy, …): a
// form, an inline line for the core's refusal, OK and Cancel. OK hands the form to `submit`,
// which asks the core; the dialog closes only when the core said yes, otherwise it stays open
// with the core's message under the form and nothing written.

#include "Error.h"

#include <QDialog>

#include <functional>

class QFormLayout;
class QLabel;
class QLayout;
class QPushButton;

namespace vigilo::ui {

class AdminForm final : public QDialog {
    Q_OBJECT
public:
    AdminForm(const QString &objectName, const QString &title, QWidget *parent);

    void addRow(const QString &label, QWidget *field);
    void addRow(const QString &label, QLayout *field);
    void addRow(QWidget *field);
    // A short explanation above the fields.
    void setIntro(const QString &text);
    // The write behind OK: an error keeps the dialog open and shows its message.
    void setSubmit(std::function<Status()> submit) { m_submit = std::move(submit); }
    QString errorText() const;
    QPushButton *okButton() const { return m_ok; }

    void accept() override;

private:
    QFormLayout *m_form;
    QLabel *m_intro;
    QLabel *m_error;
    QPushButton *m_ok;
    std::function<Status()> m_submit;
};

} // namespace vigilo::ui
