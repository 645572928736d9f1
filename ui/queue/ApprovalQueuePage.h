#pragma once
// The Approval queue page: the changes in review the signed-in member may decide now, ordered
// by planned start; a switch shows every change in review.

#include "main/TablePage.h"

#include "Actor.h"

#include <optional>

class QCheckBox;

namespace vigilo {
class Vigilo;
}

namespace vigilo::ui {

class ApprovalQueueModel;

class ApprovalQueuePage final : public TablePage {
    Q_OBJECT
public:
    explicit ApprovalQueuePage(Vigilo &core, QWidget *parent = nullptr);

    void setActor(const std::optional<Actor> &actor);
    // Reads the queue again from the core; returns the core's message on failure.
    QString reload();
    ApprovalQueueModel *model() const { return m_model; }
    QCheckBox *showAllToggle() const { return m_showAll; }

Q_SIGNALS:
    void changeActivated(int number);

private:
    Vigilo &m_core;
    std::optional<Actor> m_actor;
    ApprovalQueueModel *m_model;
    QCheckBox *m_showAll;
};

} // namespace vigilo::ui
