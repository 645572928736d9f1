#pragma once
// Shown when the core refuses a submit or schedule with freeze_window_blocked and says the actor
// may override: lists the freeze windows and asks for the justification that will be audited.

#include <QDialog>
#include <QJsonObject>

class QDialogButtonBox;
class QPlainTextEdit;

namespace vigilo::ui {

class FreezeOverrideDialog final : public QDialog {
    Q_OBJECT
public:
    // message: the core's translated refusal; details: its details (freeze_windows).
    FreezeOverrideDialog(const QString &changeNumber, const QString &message,
                         const QJsonObject &details, QWidget *parent = nullptr);

    QString justification() const;

private:
    QPlainTextEdit *m_justification = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vigilo::ui
