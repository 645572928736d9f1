#pragma once
// The small forms of the Administration window (add a member, a freeze window, a policy, …): a
// form, an inline line for the core's refusal, OK and Cancel. OK hands the form to `submit`,
// which asks the Client without waiting (on a team server the answer comes later; meanwhile OK
// is disabled and the dialog says it is saving); the dialog closes only when the core said yes,
// otherwise it stays open with the core's message under the form and nothing written.

#include "Error.h"
#include "widgets/Async.h"

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
    // The write behind OK: `submit` returns the Client's future (a Result); a refusal keeps the
    // dialog open and shows its message, an answer is handed to `done` and closes the dialog.
    template <typename Submit, typename Done> void setSubmit(Submit submit, Done done)
    {
        m_submit = [this, submit = std::move(submit), done = std::move(done)]() mutable {
            onResult(submit(), this, [this, done](const auto &answer) mutable {
                if (answer.ok())
                    done(answer);
                finish(answer.ok() ? Status{} : Status(answer.error()));
            });
        };
    }
    bool isSaving() const { return m_saving; }
    QString errorText() const;
    QPushButton *okButton() const { return m_ok; }

    void accept() override;

private:
    void finish(const Status &outcome);
    void setSaving(bool saving);

    QFormLayout *m_form;
    QLabel *m_intro;
    QLabel *m_error;
    QPushButton *m_ok;
    std::function<void()> m_submit;
    bool m_saving = false;
    QString m_okText;
};

} // namespace vigilo::ui
