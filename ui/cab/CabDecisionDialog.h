#pragma once
// The one question CAB mode asks before a decision: an optional comment to approve, a
// mandatory reason to reject. Large type, Enter confirms, Esc goes back.

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace vigilo::ui {

class CabDecisionDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Approve, Reject };

    CabDecisionDialog(Kind kind, const QString &changeText, QWidget *parent = nullptr);
    QString text() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    Kind m_kind;
    QPlainTextEdit *m_text;
    QLabel *m_hint;
    QPushButton *m_confirm;
};

} // namespace vigilo::ui
