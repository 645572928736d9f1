#include "AssetsPage.h"

#include "AssetDetailPanel.h"
#include "AssetDialog.h"
#include "AssetImportDialog.h"
#include "AssetModel.h"
#include "MaintenanceWindowDialog.h"
#include "RelationDialog.h"
#include "dialogs/ErrorPresenter.h"
#include "widgets/Async.h"

#include "Client.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace vigilo::ui {

AssetsPage::AssetsPage(client::Client &client, QWidget *parent)
    : TablePage(QStringLiteral("assetsPage"), tr("Assets"), parent)
    , m_client(client)
    , m_model(new AssetModel(this))
    , m_detail(new AssetDetailPanel(this))
{
    setModel(m_model, AssetModel::SortRole);
    setColumnWidths({17, 9, 12, 8, 11, 22});
    setEmptyText(tr("This workspace has no assets yet. Add them one by one with “Add asset…”, or "
                    "a whole inventory with its relationships from a CSV file with “Import "
                    "CSV…”."));
    proxy()->setFilterRole(AssetModel::SearchRole);
    proxy()->setFilterKeyColumn(AssetModel::Name);
    proxy()->setFilterCaseSensitivity(Qt::CaseInsensitive);
    addSidePanel(m_detail);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("assetFilter"));
    m_search->setPlaceholderText(tr("Search name, kind, owner"));
    m_search->setAccessibleName(tr("Search assets"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_add = new QPushButton(tr("&Add asset…"), this);
    m_add->setObjectName(QStringLiteral("addAssetButton"));
    m_import = new QPushButton(tr("&Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("importAssetsButton"));
    m_follow = new QPushButton(tr("F&ollow"), this);
    m_follow->setObjectName(QStringLiteral("followAssetButton"));
    m_follow->setToolTip(tr("Get a desktop notification for every change touching this asset"));
    m_follow->setEnabled(false);
    controls()->addWidget(m_search);
    controls()->addWidget(m_add);
    controls()->addWidget(m_import);
    controls()->addWidget(m_follow);

    connect(m_search, &QLineEdit::textChanged, proxy(),
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_add, &QPushButton::clicked, this, &AssetsPage::addAsset);
    connect(m_import, &QPushButton::clicked, this, &AssetsPage::importAssets);
    connect(m_follow, &QPushButton::clicked, this, &AssetsPage::toggleFollow);
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssetsPage::showSelected);
    connect(m_detail, &AssetDetailPanel::editRequested, this, &AssetsPage::editAsset);
    connect(m_detail, &AssetDetailPanel::relateRequested, this, &AssetsPage::relateAsset);
    connect(m_detail, &AssetDetailPanel::unrelateRequested, this, &AssetsPage::unrelate);
    connect(m_detail, &AssetDetailPanel::addWindowRequested, this, &AssetsPage::addWindow);
    connect(m_detail, &AssetDetailPanel::removeWindowRequested, this, &AssetsPage::removeWindow);
}

QString AssetsPage::followedList() const
{
    QStringList names(m_followed.cbegin(), m_followed.cend());
    names.sort();
    return names.join(QStringLiteral(", "));
}

QString AssetsPage::selectedAsset() const
{
    const QModelIndex current = table()->currentIndex();
    if (!current.isValid())
        return {};
    return current.sibling(current.row(), AssetModel::Name).data(Qt::DisplayRole).toString();
}

bool AssetsPage::selectAsset(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    const QModelIndex index = proxy()->mapFromSource(m_model->index(row, AssetModel::Name));
    if (!index.isValid())
        return false; // filtered out
    table()->setCurrentIndex(index);
    table()->scrollTo(index);
    return true;
}

void AssetsPage::updateFollowButton()
{
    const QString asset = selectedAsset();
    m_follow->setEnabled(m_actor.has_value() && !asset.isEmpty());
    m_follow->setText(m_followed.contains(asset) ? tr("Unf&ollow") : tr("F&ollow"));
}

void AssetsPage::failed(const QString &title, const Error &error)
{
    ErrorPresenter::show(this, title, error);
}

void AssetsPage::toggleFollow()
{
    const QString asset = selectedAsset();
    if (!m_actor || asset.isEmpty())
        return;
    Status s;
    if (m_followed.contains(asset)) {
        s = m_client.unsubscribe(asset, QStringLiteral("desktop"));
        if (s.ok())
            m_followed.remove(asset);
    } else {
        auto sub = m_client.subscribeDesktop(asset);
        if (sub.ok())
            m_followed.insert(asset);
        else
            s = sub.error();
    }
    if (!s.ok())
        QMessageBox::warning(this, tr("Follow asset"), s.error().message);
    updateFollowButton();
    updateSubtitle();
}

void AssetsPage::setActor(const std::optional<Actor> &actor)
{
    m_actor = actor;
    ++m_generation;
    m_rights = actor ? AssetInventory::rightsOf(*actor) : InventoryRights{};
    m_add->setEnabled(m_rights.add);
    m_add->setToolTip(m_rights.add ? tr("Add an asset to the inventory") : m_rights.addRefusal);
    m_import->setEnabled(m_rights.importCsv);
    m_import->setToolTip(m_rights.importCsv
                             ? tr("Import assets and their relationships from a CSV file")
                             : m_rights.importRefusal);
    m_importNotice.clear();
    m_detail->setRights(m_rights);
    m_followed.clear();
    m_model->setAssets({}, {});
    showSelected();
}

QString AssetsPage::reload()
{
    if (!m_actor)
        return {};
    const int generation = ++m_generation;
    const QString slug = m_actor->workspace.slug;
    m_lastError.clear();
    const auto fail = [this](const Error &e) {
        // An error in place of the table, never "no assets".
        m_model->setAssets({}, {});
        setLoadError(tr("The assets cannot be read: %1").arg(e.message));
        m_lastError = e.message;
        showSelected();
        emit loaded();
    };
    onResult(m_client.assetsAsync(slug), this,
             [this, generation, fail](const Result<QList<Asset>> &assets) {
                 if (generation != m_generation)
                     return;
                 if (!assets.ok()) {
                     fail(assets.error());
                     return;
                 }
                 onResult(m_client.maintenanceWindowsAsync({}), this,
                          [this, generation, fail,
                           assets](const Result<QList<MaintenanceWindow>> &windows) {
                              if (generation != m_generation)
                                  return;
                              if (!windows.ok()) {
                                  fail(windows.error());
                                  return;
                              }
                              setLoadError({});
                              const QString selected = selectedAsset();
                              m_model->setAssets(assets.value(), windows.value());
                              // Keep the selection across the reload.
                              if (selected.isEmpty() || !selectAsset(selected))
                                  showSelected();
                              updateSubtitle();
                              emit loaded();
                          });
             });
    onResult(m_client.subscriptionsAsync(), this,
             [this, generation](const Result<QList<Subscription>> &subs) {
                 if (generation != m_generation || !subs.ok())
                     return; // following is a convenience: the table shows without it
                 m_followed.clear();
                 for (const Subscription &s : subs.value())
                     if (s.channel == QLatin1String("desktop"))
                         m_followed.insert(s.asset);
                 updateFollowButton();
                 updateSubtitle();
             });
    return m_lastError; // filled by now on a database in this process
}

void AssetsPage::updateSubtitle()
{
    QString text = tr("What changes touch, what runs on and depends on what. Scheduling outside "
                      "an asset's maintenance windows is flagged as a conflict. %n assets.",
                      nullptr, m_model->rowCount());
    if (!m_followed.isEmpty())
        text += QLatin1Char('\n') + tr("You follow: %1.").arg(followedList());
    if (!m_importNotice.isEmpty())
        text += QLatin1Char('\n') + m_importNotice;
    setSubtitle(text);
}

void AssetsPage::showSelected()
{
    updateFollowButton();
    const QString name = selectedAsset();
    const int row = m_model->rowOf(name);
    if (name.isEmpty() || row < 0) {
        m_detail->showAsset(std::nullopt, {});
        return;
    }
    m_detail->showAsset(m_model->assets().at(row), m_model->windowsOf(name));
    const int generation = m_generation;
    onResult(m_client.assetAsync(name), this,
             [this, name, generation](const Result<AssetDetail> &detail) {
                 if (generation != m_generation || selectedAsset() != name)
                     return;
                 m_detail->showRelations(detail);
                 emit detailLoaded();
             });
}

void AssetsPage::addAsset()
{
    if (!m_actor)
        return;
    AssetDialog dialog(m_client, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setLoadError({});
    m_model->putAsset(dialog.asset());
    m_search->clear();
    selectAsset(dialog.asset().name);
    updateSubtitle();
}

void AssetsPage::editAsset()
{
    const int row = m_model->rowOf(selectedAsset());
    if (!m_actor || row < 0)
        return;
    AssetDialog dialog(m_client, m_model->assets().at(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->putAsset(dialog.asset());
    showSelected();
}

void AssetsPage::relateAsset()
{
    const QString name = selectedAsset();
    if (!m_actor || name.isEmpty())
        return;
    RelationDialog dialog(m_client, name, m_model->assets(), this);
    dialog.exec();
    if (dialog.related() > 0)
        showSelected();
}

void AssetsPage::unrelate(const AssetRelation &relation)
{
    onResult(m_client.unrelateAssetsAsync(relation.from, relation.kind, relation.to), this,
             [this, relation](const Status &s) {
                 if (!s.ok())
                     failed(tr("The relationship cannot be removed"), s.error());
                 showSelected();
             });
}

void AssetsPage::addWindow()
{
    const int row = m_model->rowOf(selectedAsset());
    if (!m_actor || row < 0)
        return;
    const Asset asset = m_model->assets().at(row);
    MaintenanceWindowDialog dialog(m_client, asset.name, asset.timeZone, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->addWindow(dialog.window());
    showSelected();
}

void AssetsPage::importAssets()
{
    if (!m_actor || !m_rights.importCsv)
        return;
    AssetImportDialog dialog(m_client, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AssetCsvReport &done = dialog.report();
    m_importNotice = tr("Imported from CSV: %n assets created", nullptr, int(done.created.size()))
                     + QStringLiteral(", ") + tr("%n updated", nullptr, int(done.updated.size()))
                     + QStringLiteral(", ")
                     + tr("%n relationships added", nullptr, done.relationsAdded)
                     + QLatin1Char('.');
    m_search->clear();
    reload();
}

void AssetsPage::offerToAdd()
{
    QPushButton *first = m_add->isEnabled() ? m_add : m_import;
    if (first->isEnabled())
        first->setFocus(Qt::OtherFocusReason);
}

void AssetsPage::removeWindow(const MaintenanceWindow &window)
{
    if (!m_actor)
        return;
    QMessageBox ask(
        QMessageBox::Question, tr("Remove maintenance window"),
        tr("Remove the maintenance window %1 of %2?").arg(window.describe(), window.asset),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("removeWindowConfirm"));
    ask.setInformativeText(tr("Changes on %1 are then checked against its other windows. The "
                              "audit trail keeps the removed window.")
                               .arg(window.asset));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return;
    onResult(m_client.removeMaintenanceWindowAsync(window.id), this,
             [this, window](const Result<MaintenanceWindow> &removed) {
                 if (!removed.ok())
                     failed(tr("The maintenance window cannot be removed"), removed.error());
                 else
                     m_model->removeWindow(window);
                 showSelected();
                 emit windowRemoved();
             });
}

} // namespace vigilo::ui
