#pragma once
// Beside the Assets table: the selected asset's details, its relationships both ways (add,
// remove) and its maintenance windows (add, remove), with what the signed-in member may not do and
// why.

#include "AssetInventory.h"
#include "MaintenanceWindows.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace vigilo::ui {

class AssetDetailPanel final : public QWidget {
    Q_OBJECT
public:
    explicit AssetDetailPanel(QWidget *parent = nullptr);

    // The asset's row (none: nothing selected) and its windows, described.
    void showAsset(const std::optional<Asset> &asset, const QList<MaintenanceWindow> &windows);
    // Its relationships, once read (an error is shown as one).
    void showRelations(const Result<AssetDetail> &detail);
    void setRights(const InventoryRights &rights);
    std::optional<AssetRelation> selectedRelation() const;
    std::optional<MaintenanceWindow> selectedWindow() const;
    QListWidget *relationList() const { return m_relations; }
    QListWidget *windowList() const { return m_windows; }

Q_SIGNALS:
    void editRequested();
    void relateRequested();
    void unrelateRequested(const AssetRelation &relation);
    void addWindowRequested();
    void removeWindowRequested(const MaintenanceWindow &window);

private:
    void updateButtons();

    QLabel *m_title;
    QLabel *m_facts;
    QPushButton *m_edit;
    QListWidget *m_relations;
    QPushButton *m_relate;
    QPushButton *m_unrelate;
    QListWidget *m_windows;
    QPushButton *m_addWindow;
    QPushButton *m_removeWindow;
    QLabel *m_rightsNote;
    InventoryRights m_rights;
    bool m_hasAsset = false;
    QList<AssetRelation> m_shown;
    QList<MaintenanceWindow> m_shownWindows;
};

} // namespace vigilo::ui
