#pragma once
// The Approval queue page: the changes in review the signed-in member may decide now, ordered
// by planned start; a switch shows every change in review. Several selected rows can be approved
// at once through the core's guarded bulk approval (BulkApproval).

#include "main/TablePage.h"

#include "Actor.h"

#include <optional>

class QCheckBox;
class QPushButton;

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
    QPushButton *approveSelectedButton() const { return m_approveSelected; }
    // The numbers of the selected rows, in the table's order.
    QList<int> selectedNumbers() const;
    // "Approve selected…": the comment dialog, one core call for all of them, the result dialog.
    void approveSelected();

Q_SIGNALS:
    void changeActivated(int number);
    // Some changes were approved: the other pages are out of date.
    void changesApproved();

private:
    void updateBulkButton();

    Vigilo &m_core;
    std::optional<Actor> m_actor;
    ApprovalQueueModel *m_model;
    QCheckBox *m_showAll;
    QPushButton *m_approveSelected;
    QString m_bulkRefusal; // why the core refuses bulk approval to this member, empty if it may
};

} // namespace vigilo::ui
