#pragma once
// The tabs of a change opened on a team server, filled from the one change.open answer
// (client::ChangeView): the plans, the runbook, the approval steps and the history, read-only.
// Editing, the risk assessment, comments and attachments are not on the server yet: a notice says
// so.

#include <QObject>

class QLabel;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace vigilo::client {
struct ChangeView;
}

namespace vigilo::ui {

class RemoteChangeTabs final : public QObject {
    Q_OBJECT
public:
    // Adds its tabs to `tabs` (which owns them).
    explicit RemoteChangeTabs(QTabWidget *tabs);

    void show(const client::ChangeView &view);
    // What the notice above the tabs says.
    static QString notice();

private:
    QTextBrowser *m_overview = nullptr;
    QTreeWidget *m_tasks = nullptr;
    QTreeWidget *m_approvals = nullptr;
    QTreeWidget *m_history = nullptr;
};

} // namespace vigilo::ui
