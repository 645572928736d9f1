#include "AssetDetailPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    return label;
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

AssetDetailPanel::AssetDetailPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("assetDetail"));
    setMinimumWidth(260);
    setMaximumWidth(340);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("assetDetailTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setWeight(QFont::DemiBold);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("assetDetailFacts"));
    m_facts->setWordWrap(true);
    m_edit = button(tr("&Edit…"), "editAssetButton", this);
    m_relations = new QListWidget(this);
    m_relations->setObjectName(QStringLiteral("relationList"));
    m_relations->setAccessibleName(tr("Relationships"));
    m_relations->setUniformItemSizes(true);
    m_relations->setWordWrap(false);
    m_relate = button(tr("Add &relationship…"), "addRelationButton", this);
    m_unrelate = button(tr("Re&move"), "removeRelationButton", this);
    m_unrelate->setToolTip(tr("Remove the selected relationship"));
    m_windows = new QListWidget(this);
    m_windows->setObjectName(QStringLiteral("windowList"));
    m_windows->setAccessibleName(tr("Maintenance windows"));
    m_windows->setMaximumHeight(fontMetrics().height() * 4 + 12);
    m_addWindow = button(tr("Add &window…"), "addWindowButton", this);
    m_removeWindow = button(tr("Remove w&indow…"), "removeWindowButton", this);
    m_removeWindow->setToolTip(tr("Remove the selected maintenance window"));
    m_rightsNote = new QLabel(this);
    m_rightsNote->setObjectName(QStringLiteral("assetRightsLabel"));
    m_rightsNote->setWordWrap(true);
    m_rightsNote->setForegroundRole(QPalette::PlaceholderText);
    m_rightsNote->hide();

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_edit);
    auto *relButtons = new QHBoxLayout;
    relButtons->addWidget(m_relate);
    relButtons->addWidget(m_unrelate);
    relButtons->addStretch();
    auto *winButtons = new QHBoxLayout;
    winButtons->addWidget(m_addWindow);
    winButtons->addWidget(m_removeWindow);
    winButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_facts);
    layout->addSpacing(6);
    layout->addWidget(sectionLabel(tr("Relationships"), this));
    layout->addWidget(m_relations, 1);
    layout->addLayout(relButtons);
    layout->addSpacing(6);
    layout->addWidget(sectionLabel(tr("Maintenance windows"), this));
    layout->addWidget(m_windows);
    layout->addLayout(winButtons);
    layout->addWidget(m_rightsNote);

    connect(m_edit, &QPushButton::clicked, this, &AssetDetailPanel::editRequested);
    connect(m_relate, &QPushButton::clicked, this, &AssetDetailPanel::relateRequested);
    connect(m_addWindow, &QPushButton::clicked, this, &AssetDetailPanel::addWindowRequested);
    connect(m_unrelate, &QPushButton::clicked, this, [this] {
        if (const auto r = selectedRelation())
            emit unrelateRequested(*r);
    });
    connect(m_removeWindow, &QPushButton::clicked, this, [this] {
        if (const auto w = selectedWindow())
            emit removeWindowRequested(*w);
    });
    connect(m_relations, &QListWidget::currentRowChanged, this, &AssetDetailPanel::updateButtons);
    connect(m_windows, &QListWidget::currentRowChanged, this, &AssetDetailPanel::updateButtons);
    showAsset(std::nullopt, {});
}

void AssetDetailPanel::showAsset(const std::optional<Asset> &asset,
                                 const QList<MaintenanceWindow> &windows)
{
    m_hasAsset = asset.has_value();
    m_relations->clear();
    m_shown.clear();
    m_windows->clear();
    m_shownWindows.clear();
    if (!asset) {
        m_title->setText(tr("No asset selected"));
        m_facts->setText(tr("Choose an asset in the table to see what it runs on, depends on "
                            "and is part of, and what relies on it."));
        updateButtons();
        return;
    }
    m_title->setText(asset->name);
    QStringList facts{
        tr("Kind: %1").arg(asset->kind), tr("Criticality: %1").arg(label(asset->criticality)),
        tr("Owner: %1").arg(asset->owner.isEmpty() ? tr("none") : asset->owner),
        tr("Time zone: %1").arg(asset->timeZone.isEmpty() ? tr("not set") : asset->timeZone)};
    m_facts->setText(facts.join(QLatin1Char('\n')));
    m_relations->addItem(tr("Loading the relationships…"));
    m_relations->item(0)->setFlags(Qt::NoItemFlags);
    for (const MaintenanceWindow &w : windows) {
        auto *item = new QListWidgetItem(w.describe(), m_windows);
        item->setData(Qt::UserRole, int(m_shownWindows.size()));
        m_shownWindows << w;
    }
    if (windows.isEmpty()) {
        m_windows->addItem(tr("None: any time is outside a window"));
        m_windows->item(0)->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

void AssetDetailPanel::showRelations(const Result<AssetDetail> &detail)
{
    m_relations->clear();
    m_shown.clear();
    if (!detail.ok()) {
        m_relations->addItem(
            tr("The relationships cannot be read: %1").arg(detail.error().message));
        m_relations->item(0)->setFlags(Qt::NoItemFlags);
        updateButtons();
        return;
    }
    for (const QList<AssetRelation> *list : {&detail->outgoing, &detail->incoming})
        for (const AssetRelation &r : *list) {
            auto *item = new QListWidgetItem(r.sentence(), m_relations);
            item->setData(Qt::UserRole, int(m_shown.size()));
            item->setToolTip(r.createdBy.isEmpty()
                                 ? r.sentence()
                                 : tr("%1 (added by %2)").arg(r.sentence(), r.createdBy));
            m_shown << r;
        }
    if (m_shown.isEmpty()) {
        m_relations->addItem(tr("No relationships yet."));
        m_relations->item(0)->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

std::optional<AssetRelation> AssetDetailPanel::selectedRelation() const
{
    const QListWidgetItem *item = m_relations->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return std::nullopt;
    return m_shown.value(item->data(Qt::UserRole).toInt());
}

std::optional<MaintenanceWindow> AssetDetailPanel::selectedWindow() const
{
    const QListWidgetItem *item = m_windows->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return std::nullopt;
    return m_shownWindows.value(item->data(Qt::UserRole).toInt());
}

void AssetDetailPanel::setRights(const InventoryRights &rights)
{
    m_rights = rights;
    m_rightsNote->setText(rights.manageRefusal);
    m_rightsNote->setVisible(!rights.manageRefusal.isEmpty());
    updateButtons();
}

void AssetDetailPanel::updateButtons()
{
    for (QPushButton *b : {m_edit, m_relate, m_addWindow}) {
        b->setEnabled(m_hasAsset && m_rights.manage);
        b->setToolTip(m_rights.manage ? QString() : m_rights.manageRefusal);
    }
    m_unrelate->setEnabled(m_hasAsset && m_rights.manage && selectedRelation().has_value());
    m_removeWindow->setEnabled(m_hasAsset && m_rights.manage && selectedWindow().has_value());
    if (!m_rights.manage) {
        m_unrelate->setToolTip(m_rights.manageRefusal);
        m_removeWindow->setToolTip(m_rights.manageRefusal);
    }
}

} // namespace vigilo::ui
