#pragma once
// The agenda item on the projector: the change's title, type, window, requester and assignee,
// its description and plans, risk with the questionnaire's answers, conflicts, impact and how
// similar changes went. It shows what the room's one answer carries (client::CabItemView, from
// meeting.now or a meeting write); the card scrolls inside the meeting screen instead of cutting
// text.

#include "Client.h"

#include <QScrollArea>

class QGridLayout;
class QLabel;

namespace vigilo::ui {

class CabItemCard final : public QScrollArea {
    Q_OBJECT
public:
    explicit CabItemCard(QWidget *parent = nullptr);

    // Shows the item's change with everything the room's answer brought.
    void showItem(const client::CabItemView &view);
    // Shows no change, with `text`.
    void showEmpty(const QString &text);
    int number() const { return m_number; }

private:
    QLabel *section(const QString &heading, const QString &name, int row, int column);
    void setShown(bool shown);
    void showRisk(const ChangeRequest &c, const RiskProfile &profile);
    void showConflicts(const ConflictSummary &conflicts);
    void showImpact(const ImpactReport &impact);
    void showSimilar(const QList<SimilarChange> &similar);

    int m_number = 0;
    QWidget *m_body = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_changeNumber = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_implementation = nullptr;
    QLabel *m_rollback = nullptr;
    QLabel *m_test = nullptr;
    QLabel *m_risk = nullptr;
    QLabel *m_conflicts = nullptr;
    QLabel *m_impact = nullptr;
    QLabel *m_similar = nullptr;
    QList<QWidget *> m_sections;
};

} // namespace vigilo::ui
