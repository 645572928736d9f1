#pragma once
// The first start of `vigilo` with no database yet: create a local workspace, open a shared file,
// join a team server (sign in, or the first time with an enrollment code), explore the demo, or
// (administrators) open a team's PostgreSQL database directly. Each choice opens its database
// through the core (Session) and reports the core's error in place; the dialog hands the open
// session to main().

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace vigilo::ui {

class Session;

class FirstRunDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Choice { None, CreateWorkspace, OpenFile, TeamServer, ConnectServer, Demo };

    // `user`: who signs in (--as, $VIGILO_USER or the login name); `localFile`: where a new
    // local workspace and the demo go (the per-user data file by default).
    explicit FirstRunDialog(const QString &user, const QString &localFile,
                            QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    // Whether `vigilo` should ask: nothing was named (--db, $VIGILO_DB), nothing was opened
    // before (RecentDatabases::last()) and the per-user data file does not exist.
    static bool isNeeded(const QString &requestedLocation);

    // After accept(): what was chosen, the open session, where it is (no password) and the
    // workspace to open (empty: the last one used, else the first).
    Choice choice() const { return m_choice; }
    std::unique_ptr<Session> takeSession();
    QString location() const { return m_location; }
    QString workspace() const { return m_workspace; }

    // The choices, as the buttons do (tests drive them too).
    void chooseCreateWorkspace(); // shows the form; createWorkspace() submits it
    bool createWorkspace();
    bool openSharedFile(const QString &path = {}); // empty: ask with a file dialog
    bool connectToTeamServer();                    // "Connect to a team server": signs in there
    bool connectToServer(); // a PostgreSQL database directly (administrators)
    bool exploreDemo();
    // The message shown under the form or the choices after a failure; empty when none.
    QString errorText() const;

    // Cancels; a file made for a workspace that was never created is removed again.
    void reject() override;

private:
    QWidget *buildChoices();
    QWidget *buildCreateForm();
    void showError(const QString &message);
    // Opens the per-user file (made now if new); remembers whether this dialog created it.
    bool openLocal();
    void finish(Choice choice, const QString &location, const QString &workspace);
    void discardNewLocalFile();

    QString m_user;
    QString m_localFile;
    bool m_createdLocalFile = false;
    std::unique_ptr<Session> m_session;
    Choice m_choice = Choice::None;
    QString m_location;
    QString m_workspace;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_choiceError = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_slug = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_formError = nullptr;
    QPushButton *m_create = nullptr;
    bool m_slugEdited = false;
};

} // namespace vigilo::ui
