#pragma once
// Closing a change: the closure code and the closure notes are both mandatory (they go into the
// audit pack), so OK stays disabled until both are given.

#include "Domain.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace vigilo::ui {

class CloseChangeDialog final : public QDialog {
    Q_OBJECT
public:
    explicit CloseChangeDialog(const QString &changeNumber, QWidget *parent = nullptr);

    std::optional<ClosureCode> closureCode() const;
    QString closureNotes() const;

private:
    void updateOk();

    QComboBox *m_code = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vigilo::ui
