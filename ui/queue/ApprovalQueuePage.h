#pragma once
// The Approval queue page: the changes in review the signed-in member may decide now, ordered
// by planned start; a switch shows every change in review. Several selected rows can be approved
// at once through the core's guarded bulk approval (BulkApproval). Asks through client::Client
// (approval.queue, change.approve_many): the same page on a database and on a team server.

#include "main/TablePage.h"

#include "Actor.h"
#include "BulkApproval.h"

#include <optional>

class QCheckBox;
class QPushButton;

namespace vigilo::client {
class Client;
struct ApprovalQueueAnswer;
} // namespace vigilo::client

namespace vigilo::ui {

class ApprovalQueueModel;

class ApprovalQueuePage final : public TablePage {
    Q_OBJECT
public:
    explicit ApprovalQueuePage(client::Client &client, QWidget *parent = nullptr);

    void setActor(const std::optional<Actor> &actor);
    // Reads the queue again (one request); returns the core's message on failure when the answer
    // came at once (a database in this process), else the page shows it when it comes.
    QString reload();
    // Whether a request is under way (the page says "Loading…").
    bool isLoading() const { return m_loading; }
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
    // An answer arrived and the page shows it (or its error).
    void loaded();

private:
    void updateBulkButton();
    void showQueue(const client::ApprovalQueueAnswer &answer, bool all);
    void showBulkResult(const QList<BulkApprovalItem> &items);

    client::Client &m_client;
    std::optional<Actor> m_actor;
    ApprovalQueueModel *m_model;
    QCheckBox *m_showAll;
    QPushButton *m_approveSelected;
    QString m_bulkRefusal; // why the core refuses bulk approval to this member, empty if it may
    QString m_lastError;
    int m_generation = 0; // answers to an older request are dropped
    int m_actorEpoch = 0; // bumped when the member or workspace changes
    bool m_loading = false;
    bool m_approving = false;
};

} // namespace vigilo::ui
