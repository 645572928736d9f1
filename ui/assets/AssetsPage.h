#pragma once
// The Assets page (issue 16): the inventory as an admin screen for thousands of assets. Search
// by name, kind or owner; add and edit assets (kind, owner, criticality, time zone); beside the
// table the selected asset's relationships (add, remove) and maintenance windows (add, remove);
// follow an asset. Everything through the client, so the page works on a database file and on a
// team server alike; it offers what the core says the member may do (AssetInventory::rightsOf) and
// shows the core's refusals. Self-contained: it needs a client and a signed-in member only.

#include "main/TablePage.h"

#include "Actor.h"
#include "AssetInventory.h"
#include "MaintenanceWindows.h"

#include <QSet>

#include <optional>

class QLineEdit;
class QPushButton;

namespace vigilo::client {
class Client;
}

namespace vigilo::ui {

class AssetDetailPanel;
class AssetModel;

class AssetsPage final : public TablePage {
    Q_OBJECT
public:
    explicit AssetsPage(client::Client &client, QWidget *parent = nullptr);
    void setActor(const std::optional<Actor> &actor);
    // Reads the inventory (asynchronously on a team server): the core's message when it fails
    // at once, else empty (a later failure shows in place of the table).
    QString reload();
    AssetModel *model() const { return m_model; }
    AssetDetailPanel *detailPanel() const { return m_detail; }
    QLineEdit *searchEdit() const { return m_search; }
    // Follow / stop following the selected asset on the desktop (subscriptions).
    void toggleFollow();
    QSet<QString> followed() const { return m_followed; }
    QString selectedAsset() const;
    bool selectAsset(const QString &name);

    // The page's actions, each a dialog (test hooks as much as slots).
    void addAsset();
    void editAsset();
    void relateAsset();
    void unrelate(const AssetRelation &relation);
    void addWindow();
    // Import CSV…: the dialog with the core's dry run, then all rows or none.
    void importAssets();
    // From the empty workspace's "Add assets…": the page with Add asset… and Import CSV… in
    // view, the first one the member may use focused.
    void offerToAdd();
    // What the last import did ("" before one), shown under the heading.
    QString importNotice() const { return m_importNotice; }
    // Asks first; then removes the window through the client.
    void removeWindow(const MaintenanceWindow &window);

Q_SIGNALS:
    void loaded();
    void detailLoaded();
    // A removal through removeWindow() was answered (done or refused).
    void windowRemoved();

private:
    void showSelected();
    void updateFollowButton();
    void updateSubtitle();
    QString followedList() const;
    void failed(const QString &title, const Error &error);

    client::Client &m_client;
    std::optional<Actor> m_actor;
    InventoryRights m_rights;
    AssetModel *m_model;
    AssetDetailPanel *m_detail;
    QLineEdit *m_search;
    QPushButton *m_add;
    QPushButton *m_import;
    QPushButton *m_follow;
    QSet<QString> m_followed;
    QString m_lastError;
    QString m_importNotice;
    int m_generation = 0; // answers for an earlier reload or workspace are dropped
};

} // namespace vigilo::ui
