#pragma once
// Asks for a reason (reject, roll back, cancel) or an optional comment (approve). When the reason
// is required, OK stays disabled until something is written.

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace vigilo::ui {

class ReasonDialog final : public QDialog {
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &prompt, const QString &okText, bool required,
                 QWidget *parent = nullptr);

    QString reason() const;

private:
    void updateOk();

    bool m_required = true;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vigilo::ui
