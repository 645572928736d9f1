#pragma once
// The chair's agenda tools in CAB mode, shown while a meeting is planned: move the selected item
// up or down (also Alt+Up/Down), remove it, set its time box, add a change by number. Each asks
// the core (Meetings::editAgenda) through CabWindow; a refusal (not the chair, agenda_frozen after
// the start, a change that is not in review) comes back as the core's words.

#include "Meetings.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace vigilo::ui {

class CabAgendaTools final : public QWidget {
    Q_OBJECT
public:
    // `agenda`: the list whose items carry their change number in Qt::UserRole.
    CabAgendaTools(QListWidget *agenda, QWidget *parent = nullptr);

    // The selected item's change number, 0 when none.
    int selectedNumber() const;
    // After the agenda was shown again: selects `number` (the item just moved) and updates.
    void select(int number);
    // One position up (-1) or down (+1): what Alt+Up/Down do.
    void move(int delta);
    void removeSelected();
    void setTimeBox();
    void addChange();

    QSpinBox *timeBoxEdit() const { return m_timeBox; }
    QLineEdit *addEdit() const { return m_add; }

Q_SIGNALS:
    // An edit for the core; `done` is what the banner says once it is made.
    void editRequested(const AgendaEdit &edit, const QString &done);
    // What was typed is not a change number (nothing is asked of the core).
    void problem(const QString &message);

private:
    void updateButtons();
    int positionOf(int number) const; // 1-based
    QListWidget *m_agenda;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QSpinBox *m_timeBox;
    QPushButton *m_setTimeBox;
    QLineEdit *m_add;
    QPushButton *m_addButton;
};

} // namespace vigilo::ui
