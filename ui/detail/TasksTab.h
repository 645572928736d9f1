#pragma once
// The Implementation tasks tab: the runbook as a table, Generate implementation tasks, and
// Start / Done / Skip for the selected task. Each button shows the core's answer
// (Runbook::availableTaskActions, generateRefusal): enabled, or disabled with the reason as its
// tooltip. The runbook is read and changed through the client (task.list, task.start/done/skip,
// task.generate), on a database and on a team server alike; one that cannot be read is shown as
// an error, not as "no tasks".

#include "ListTab.h"

class QLabel;
class QPushButton;
class QTableView;

namespace vigilo::ui {

class TaskTableModel;

class TasksTab final : public ListTab {
    Q_OBJECT
public:
    explicit TasksTab(DetailContext &context, QWidget *parent = nullptr);

    TaskTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Selects the task with this sequence number (tests, and after an action).
    void selectTask(int seq);
    // The hint under the table (an error when the runbook could not be read).
    QLabel *hint() const { return m_hint; }

protected:
    void fetch(int generation) override;
    void showLoading(bool loading) override;

private:
    enum class Act { Start, Done, Skip };
    void showTasks(const Result<QList<ChangeTask>> &tasks);
    void updateButtons();
    void generate();
    void act(Act act);
    int selectedRow() const;

    QString m_loadError; // the core's message when the runbook could not be read
    TaskTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_skip = nullptr;
};

} // namespace vigilo::ui
