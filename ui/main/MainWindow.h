#pragma once
// The desktop client's main window: the workspace switcher and the change list of the
// selected workspace, with the database and the signed-in user in the status bar.

#include "Actor.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;

namespace vigilo::ui {

class ChangeListView;
class MessagePage;
class Session;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Lists the user's workspaces and opens `slug` (empty: the last one used, else the first).
    // Returns false when there is nothing to show; the window then says why and what to do.
    bool openWorkspace(const QString &slug = {});
    void reload();

    ChangeListView *changeList() const { return m_changes; }
    const std::optional<Actor> &actor() const { return m_actor; }
    bool isShowingChanges() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createStatusBar();
    void showMessage(const QString &title, const QString &body, bool offerDemo);
    void signIn(const QString &slug);
    void showDetails(int number);
    void createDemo();
    void updateStatusBar();
    void saveSettings() const;
    void restoreSettings();

    Session &m_session;
    std::optional<Actor> m_actor;

    QStackedWidget *m_stack = nullptr;
    ChangeListView *m_changes = nullptr;
    MessagePage *m_message = nullptr;
    QComboBox *m_workspaces = nullptr;
    QLabel *m_dbLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_clearFilters = nullptr;
    QAction *m_findAction = nullptr;
};

} // namespace vigilo::ui
