#pragma once
// The confirmation before a CAB decision is recorded: the decision word in large type with the
// change's number (so no key, in any language, records what the room did not mean), and the text
// the decision carries (conditions, reason, note or question; optional only to approve).
// Enter confirms, Shift+Enter adds a line, Esc goes back. Below the text, each voting member
// present (or represented) can be recorded as for, against or abstaining (optional).

#include "Meetings.h"

#include <QDialog>

class QComboBox;
class QGridLayout;
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
    // The voting members present or represented (the meeting's attendance): one vote row each.
    void setVoters(const QStringList &members);
    // The votes chosen: member -> approve|reject|abstain (the core's words); unset rows left out.
    QList<QPair<QString, QString>> votes() const;
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
    QLabel *m_votesHeading;
    QGridLayout *m_votes;
    QList<QPair<QString, QComboBox *>> m_voteBoxes;
};

} // namespace vigilo::ui
