#include "AssetsPage.h"

#include "AssetModel.h"

#include "Vigilo.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace vigilo::ui {

AssetsPage::AssetsPage(Vigilo &core, QWidget *parent)
    : TablePage(QStringLiteral("assetsPage"), tr("Assets"), parent)
    , m_core(core)
    , m_model(new AssetModel(this))
{
    setModel(m_model, AssetModel::SortRole);
    setColumnWidths({28, 14, 40});
    setEmptyText(tr("This workspace has no assets yet. Add one with "
                    "“vigilo-cli asset add NAME --kind service”."));
    m_follow = new QPushButton(tr("F&ollow"), this);
    m_follow->setObjectName(QStringLiteral("followAssetButton"));
    m_follow->setToolTip(tr("Get a desktop notification for every change touching this asset"));
    m_follow->setEnabled(false);
    controls()->addStretch();
    controls()->addWidget(m_follow);
    connect(m_follow, &QPushButton::clicked, this, &AssetsPage::toggleFollow);
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssetsPage::updateFollowButton);
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

void AssetsPage::updateFollowButton()
{
    const QString asset = selectedAsset();
    m_follow->setEnabled(m_actor.has_value() && !asset.isEmpty());
    m_follow->setText(m_followed.contains(asset) ? tr("Unf&ollow") : tr("F&ollow"));
}

void AssetsPage::toggleFollow()
{
    const QString asset = selectedAsset();
    if (!m_actor || asset.isEmpty())
        return;
    QString error;
    if (m_followed.contains(asset)) {
        const Status s =
            m_core.subscriptions().unsubscribe(*m_actor, asset, QStringLiteral("desktop"));
        if (!s.ok())
            error = s.error().message;
    } else {
        const auto s = m_core.subscriptions().subscribeDesktop(*m_actor, asset);
        if (!s.ok())
            error = s.error().message;
    }
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Follow asset"), error);
    reload();
}

void AssetsPage::setActor(const std::optional<Actor> &actor)
{
    m_actor = actor;
    m_model->setAssets({}, {});
}

QString AssetsPage::reload()
{
    if (!m_actor)
        return {};
    auto assets = m_core.workspaces().assets(*m_actor);
    auto windows = m_core.maintenance().list(*m_actor);
    auto subs = m_core.subscriptions().mine(*m_actor);
    for (const Error *e :
         {assets.ok() ? nullptr : &assets.error(), windows.ok() ? nullptr : &windows.error(),
          subs.ok() ? nullptr : &subs.error()})
        if (e) {
            // An error in place of the table, never "no assets".
            m_model->setAssets({}, {});
            setLoadError(tr("The assets cannot be read: %1").arg(e->message));
            return e->message;
        }
    setLoadError({});
    const QString selected = selectedAsset();
    m_model->setAssets(assets.value(), windows.value());
    // Keep the selection across the reload (following an asset reloads the page).
    for (int row = 0; !selected.isEmpty() && row < table()->model()->rowCount(); ++row) {
        const QModelIndex index = table()->model()->index(row, AssetModel::Name);
        if (index.data(Qt::DisplayRole).toString() == selected) {
            table()->setCurrentIndex(index);
            break;
        }
    }
    m_followed.clear();
    for (const Subscription &s : subs.value())
        if (s.channel == QLatin1String("desktop"))
            m_followed.insert(s.asset);
    setSubtitle(tr("What changes touch. Scheduling outside an asset's maintenance windows is "
                   "flagged as a conflict. %n asset(s).",
                   nullptr, int(assets->size())));
    if (!m_followed.isEmpty())
        setSubtitle(tr("What changes touch. Scheduling outside an asset's maintenance windows is "
                       "flagged as a conflict. %n asset(s).",
                       nullptr, int(assets->size()))
                    + QLatin1Char('\n') + tr("You follow: %1.").arg(followedList()));
    updateFollowButton();
    return {};
}

} // namespace vigilo::ui
