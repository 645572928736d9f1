#pragma once
// The detail page of one change: header, conflict banner, action bar and the tabs Details, Risk
// assessment, Implementation tasks, Approvals, Comments, Attachments and Activity.
// Every action goes through the core; the view only shows the core's answer.

#include "Actor.h"

#include <QWidget>

class QTabWidget;

namespace vigilo::ui {

class Session;

class ChangeDetailView final : public QWidget {
    Q_OBJECT
public:
    ChangeDetailView(Session &session, const Actor &actor, int number, QWidget *parent = nullptr);
    ~ChangeDetailView() override;

    int number() const { return m_number; }
    // Reads the change again from the core and refreshes every tab.
    void reload();
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // Emitted after any successful mutation of this change.
    void changeModified(int number);
    // The user asked to close the page (the Back button).
    void closeRequested();

private:
    Session &m_session;
    Actor m_actor;
    int m_number = 0;
    QTabWidget *m_tabs = nullptr;
};

} // namespace vigilo::ui
