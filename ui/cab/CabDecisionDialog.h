#pragma once
// The confirmation before a CAB decision is recorded: the decision word in large type with the
// change's number (so no key, in any language, records what the room did not mean), and the text
// the decision carries (conditions, reason, note or question; optional only to approve).
// Enter confirms, Shift+Enter adds a line, Esc goes back.

#include "Meetings.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace vigilo::ui {

class CabDecisionDialog final : public QDialog {
    Q_OBJECT
public:
    CabDecisionDialog(CabDecision decision, const QString &changeText, int basePixels,
                      QWidget *parent = nullptr);
    QString text() const;
    CabDecision decision() const { return m_decision; }

    // "Approve", "Approve with conditions", … (the word the legend and the dialog show).
    static QString word(CabDecision d);
    // "Approved", "Deferred", … (how the agenda marks a decided item).
    static QString pastTense(CabDecision d);
    // The digit key of each decision, 1 to 5, in legend order.
    static QList<CabDecision> byKey();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    CabDecision m_decision;
    QPlainTextEdit *m_text;
    QLabel *m_hint;
    QPushButton *m_confirm;
};

} // namespace vigilo::ui
