#pragma once
// The agenda item on the projector: the change's title, type, window, requester and assignee,
// its description and plans, risk with the questionnaire's answers, conflicts, impact and how
// similar changes went. Everything is read from the core for one change at a time; the card
// scrolls inside the meeting screen instead of cutting text.

#include "Actor.h"

#include <QScrollArea>

class QGridLayout;
class QLabel;

namespace vigilo::ui {

class Session;

class CabItemCard final : public QScrollArea {
    Q_OBJECT
public:
    CabItemCard(Session &session, const Actor &actor, QWidget *parent = nullptr);

    // Shows change `number` (0: nothing, with `emptyText`).
    void showChange(int number, const QString &emptyText = {});
    int number() const { return m_number; }

private:
    QLabel *section(const QString &heading, const QString &name, int row, int column);

    Session &m_session;
    Actor m_actor;
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
