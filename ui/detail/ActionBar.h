#pragma once
// One button per action that ChangeService::availableActions offers the actor now — nothing else.

#include "Domain.h"

#include <QWidget>

class QHBoxLayout;
class QPushButton;

namespace vigilo::ui {

class ActionBar final : public QWidget {
    Q_OBJECT
public:
    explicit ActionBar(QWidget *parent = nullptr);

    void setActions(const QList<Action> &actions);
    QList<Action> actions() const { return m_actions; }
    QPushButton *button(Action action) const;
    // "Submit for review", "Complete change…", ...
    static QString textFor(Action action);

signals:
    void triggered(vigilo::Action action);

private:
    QList<Action> m_actions;
    QList<QPushButton *> m_buttons;
    QHBoxLayout *m_layout = nullptr;
};

} // namespace vigilo::ui
