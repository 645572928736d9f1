#pragma once
// The member's own views in the main window's navigation (issue 15): "Awaiting my decision",
// "Assigned to me", "My open changes", "Today's changes" and their saved filters, each the change
// list as the core's change.list answers it with the same parameters as `vigilo-cli change list
// --awaiting-me` etc.; Save current filter as… and Delete filter keep the member's saved filters
// (filter.save / filter.delete). Calls go through the session's client::Client, asynchronously,
// on a database and on a team server alike.

#include "Actor.h"
#include "Entities.h"
#include "Error.h"

#include <QFuture>
#include <QJsonObject>
#include <QWidget>

#include <optional>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace vigilo::ui {

class ChangeFilterProxy;
class Session;

class PersonalViewsPanel final : public QWidget {
    Q_OBJECT
public:
    PersonalViewsPanel(Session &session, QWidget *parent = nullptr);

    // Signs in as `actor` (nullopt: signed out); reads the saved filters again.
    void setActor(const std::optional<Actor> &actor);
    // Reads the saved filters again (the views stay); returns the core's message on failure
    // when the answer came at once (filtersLoaded() says when it came).
    QString reloadFilters();

    // Whether a view is chosen: the change list then shows only its changes.
    bool isActive() const { return m_active.has_value(); }
    QString activeTitle() const { return m_activeTitle; }
    // The chosen view's change.list parameters.
    QJsonObject activeParams() const { return m_active.value_or(QJsonObject()); }
    // Back to the whole list (Changes in the navigation).
    void clearSelection();
    // Selects the entry named `title` (a view's or a saved filter's name), as a click does.
    bool choose(const QString &title);
    // Save current filter as…: the list's filter (and the chosen view's) under `name`; asks for
    // the name when empty. True when saved (on a team server the answer comes later: false, and
    // the list shows the filter when it does).
    bool saveCurrentFilter(const ChangeFilterProxy &proxy, const QString &name = {});
    // Deletes the selected saved filter; true when deleted (as saveCurrentFilter()).
    bool deleteSelectedFilter();

    QListWidget *list() const { return m_list; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }

    // The built-in views: title and change.list parameters (today at this computer's offset).
    static QList<std::pair<QString, QJsonObject>> builtInViews();

Q_SIGNALS:
    // A view was chosen (or cleared): the main window shows the change list accordingly.
    void viewChanged();
    // Save current filter as… was clicked (the main window hands the list's filter).
    void saveRequested();
    // The saved filters were read (or could not be).
    void filtersLoaded();

private:
    void onCurrentChanged(QListWidgetItem *item);
    void updateButtons();
    void showError(const QString &title, const QString &message);

    Session &m_session;
    std::optional<Actor> m_actor;
    int m_generation = 0; // answers to an older request are dropped
    bool m_saving = false;
    QString m_lastError;
    QListWidget *m_list;
    QPushButton *m_save;
    QPushButton *m_delete;
    std::optional<QJsonObject> m_active;
    QString m_activeTitle;
};

} // namespace vigilo::ui
