#include "PersonalViewsPanel.h"

#include "changes/ChangeFilterProxy.h"
#include "main/Session.h"
#include "widgets/Async.h"

#include "Client.h"
#include "Codecs.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <memory>

namespace vigilo::ui {

namespace {
enum ItemRole { ParamsRole = Qt::UserRole + 1, SavedNameRole };
}

QList<std::pair<QString, QJsonObject>> PersonalViewsPanel::builtInViews()
{
    return {
        {tr("Awaiting my decision"), {{QStringLiteral("awaiting_me"), true}}},
        {tr("Assigned to me"), {{QStringLiteral("assigned_to_me"), true}}},
        {tr("My open changes"), {{QStringLiteral("mine"), true}}},
        {tr("Today's changes"),
         {{QStringLiteral("today"), true},
          {QStringLiteral("utc_offset_minutes"),
           QDateTime::currentDateTime().offsetFromUtc() / 60}}},
    };
}

PersonalViewsPanel::PersonalViewsPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_save(new QPushButton(tr("Save filter…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("personalViewsPanel"));
    auto *heading = new QLabel(tr("My views"), this);
    heading->setObjectName(QStringLiteral("personalViewsHeading"));
    heading->setStyleSheet(QStringLiteral("font-weight: 600; padding-left: 14px;"));
    m_list->setObjectName(QStringLiteral("personalViews"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setAccessibleName(tr("My views"));
    m_list->setTextElideMode(Qt::ElideRight);
    m_save->setObjectName(QStringLiteral("saveFilter"));
    m_save->setToolTip(tr("Save current filter as… (the change list's filters and the chosen "
                          "view, under a name)"));
    m_delete->setObjectName(QStringLiteral("deleteFilter"));
    m_delete->setToolTip(tr("Delete the selected saved filter"));
    // One above the other: the column is as narrow as the navigation.
    auto *buttons = new QVBoxLayout;
    buttons->setContentsMargins(8, 0, 8, 8);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { onCurrentChanged(item); });
    connect(m_save, &QPushButton::clicked, this, &PersonalViewsPanel::saveRequested);
    connect(m_delete, &QPushButton::clicked, this, &PersonalViewsPanel::deleteSelectedFilter);
    updateButtons();
}

void PersonalViewsPanel::setActor(const std::optional<Actor> &actor)
{
    m_actor = actor;
    m_active.reset();
    m_activeTitle.clear();
    reloadFilters();
}

QString PersonalViewsPanel::reloadFilters()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    const int generation = ++m_generation;
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
    }
    m_lastError.clear();
    if (!m_actor) {
        updateButtons();
        return {};
    }
    for (const auto &[title, params] : builtInViews()) {
        auto *item = new QListWidgetItem(title, m_list);
        item->setToolTip(title);
        item->setData(ParamsRole, params);
        item->setSizeHint(QSize(0, fontMetrics().height() + 12));
    }
    // The saved filters come with the answer (at once on a database in this process).
    auto *loading = new QListWidgetItem(tr("Loading saved filters…"), m_list);
    loading->setFlags(Qt::NoItemFlags);
    onResult(m_session.client().savedFiltersAsync(), this,
             [this, generation, current, loading](const Result<QList<SavedFilter>> &filters) {
                 if (generation != m_generation)
                     return;
                 const QSignalBlocker block(m_list);
                 delete loading;
                 if (!filters.ok()) {
                     auto *item = new QListWidgetItem(tr("Saved filters cannot be read"), m_list);
                     item->setToolTip(filters.error().message);
                     item->setFlags(Qt::NoItemFlags);
                     m_lastError = filters.error().message;
                     updateButtons();
                     Q_EMIT filtersLoaded();
                     return;
                 }
                 for (const SavedFilter &f : filters.value()) {
                     auto *item = new QListWidgetItem(f.name, m_list);
                     item->setData(ParamsRole, QJsonObject{{QStringLiteral("filter"), f.name}});
                     item->setData(SavedNameRole, f.name);
                     item->setToolTip(tr("Saved filter \"%1\"").arg(f.name));
                     item->setSizeHint(QSize(0, fontMetrics().height() + 12));
                 }
                 if (m_active)
                     for (int row = 0; row < m_list->count(); ++row)
                         if (m_list->item(row)->text() == current)
                             m_list->setCurrentRow(row);
                 updateButtons();
                 Q_EMIT filtersLoaded();
             });
    {
        // The view stays chosen while its saved filters load.
        const QSignalBlocker block(m_list);
        if (m_active)
            for (int row = 0; row < m_list->count(); ++row)
                if (m_list->item(row)->text() == current)
                    m_list->setCurrentRow(row);
    }
    updateButtons();
    return m_lastError; // filled by now on a database in this process
}

void PersonalViewsPanel::clearSelection()
{
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
    }
    const bool was = m_active.has_value();
    m_active.reset();
    m_activeTitle.clear();
    updateButtons();
    if (was)
        Q_EMIT viewChanged();
}

bool PersonalViewsPanel::choose(const QString &title)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->text() == title
            && (m_list->item(row)->flags() & Qt::ItemIsEnabled)) {
            m_list->setCurrentRow(row);
            return true;
        }
    return false;
}

void PersonalViewsPanel::onCurrentChanged(QListWidgetItem *item)
{
    if (!item || !(item->flags() & Qt::ItemIsEnabled)) {
        clearSelection();
        return;
    }
    m_active = item->data(ParamsRole).toJsonObject();
    m_activeTitle = item->text();
    updateButtons();
    Q_EMIT viewChanged();
}

void PersonalViewsPanel::updateButtons()
{
    QListWidgetItem *item = m_list->currentItem();
    m_delete->setEnabled(item && !item->data(SavedNameRole).toString().isEmpty());
    m_save->setEnabled(m_actor.has_value() && !m_saving);
}

void PersonalViewsPanel::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("personalViewsError"));
    box.exec();
}

bool PersonalViewsPanel::saveCurrentFilter(const ChangeFilterProxy &proxy, const QString &given)
{
    if (!m_actor || m_saving)
        return false;
    // The list's filter bar as change.list parameters; the chosen view's on top.
    ChangeFilter f;
    f.status = proxy.status();
    f.changeType = proxy.changeType();
    f.priority = proxy.priority();
    if (proxy.risk() && *proxy.risk() != ChangeFilterProxy::kRiskNotAssessed)
        f.riskLevel = RiskLevel(*proxy.risk());
    if (proxy.assignee())
        f.assignee = *proxy.assignee();
    f.search = proxy.searchText();
    if ((proxy.risk() && *proxy.risk() == ChangeFilterProxy::kRiskNotAssessed)
        || (proxy.assignee() && proxy.assignee()->isEmpty())) {
        showError(tr("Save current filter"),
                  tr("\"Not assessed\" and \"Unassigned\" cannot be saved in a filter. Choose "
                     "another risk or assignee, or none, and save again."));
        return false;
    }
    QJsonObject params = api::filterParams(f);
    if (m_active)
        for (auto it = m_active->begin(); it != m_active->end(); ++it)
            if (it.key() != QLatin1String("filter"))
                params.insert(it.key(), it.value());
    QString name = given;
    if (name.isEmpty()) {
        QInputDialog ask(this);
        ask.setObjectName(QStringLiteral("saveFilterDialog"));
        ask.setWindowTitle(tr("Save current filter"));
        ask.setLabelText(tr("Name of the filter:"));
        if (ask.exec() != QDialog::Accepted)
            return false;
        name = ask.textValue();
    }
    m_saving = true;
    updateButtons();
    auto outcome = std::make_shared<bool>(false);
    onResult(m_session.client().saveFilterAsync(name.trimmed(), params), this,
             [this, outcome](const Result<SavedFilter> &saved) {
                 m_saving = false;
                 updateButtons();
                 if (!saved.ok()) {
                     showError(tr("The filter was not saved"), saved.error().message);
                     return;
                 }
                 *outcome = true;
                 reloadFilters();
             });
    return *outcome; // the answer, when it came at once; on a server it comes later
}

bool PersonalViewsPanel::deleteSelectedFilter()
{
    QListWidgetItem *item = m_list->currentItem();
    const QString name = item ? item->data(SavedNameRole).toString() : QString();
    if (!m_actor || name.isEmpty())
        return false;
    auto outcome = std::make_shared<bool>(false);
    onResult(m_session.client().deleteFilterAsync(name), this,
             [this, outcome](const Status &deleted) {
                 if (!deleted.ok()) {
                     showError(tr("The filter was not deleted"), deleted.error().message);
                     return;
                 }
                 *outcome = true;
                 clearSelection();
                 reloadFilters();
             });
    return *outcome; // the answer, when it came at once; on a server it comes later
}

} // namespace vigilo::ui
