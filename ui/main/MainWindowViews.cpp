// MainWindow: the member's personal views (issue 15) below the navigation. Choosing one shows the
// change list as the core's change.list answers it for that view; Changes in the navigation goes
// back to every change.

#include "MainWindow.h"

#include "changes/ChangeFilterProxy.h"
#include "changes/ChangeListView.h"
#include "views/PersonalViewsPanel.h"
#include "widgets/Async.h"

#include <QListWidget>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vigilo::ui {

QWidget *MainWindow::createNavigationColumn()
{
    auto *column = new QWidget(m_workspaceUi);
    column->setObjectName(QStringLiteral("navigationColumn"));
    // As wide as the pages (the window fits 1024 pixels); a longer view name is elided and
    // shown whole in its tooltip.
    column->setFixedWidth(m_nav->width());
    m_nav->setFixedWidth(column->width());
    // The pages take the height they need; my views the rest.
    int rows = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        rows += m_nav->item(i)->sizeHint().height();
    m_nav->setFixedHeight(rows + 12);
    m_views = new PersonalViewsPanel(m_session, column);
    m_views->setStyleSheet(QStringLiteral(
        "QListWidget#personalViews { background: palette(window); outline: 0; }"
        "QListWidget#personalViews::item { padding-left: 14px; border-left: 3px solid "
        "transparent; color: palette(window-text); }"
        "QListWidget#personalViews::item:selected { background: palette(base); font-weight: 600; "
        "border-left: 3px solid palette(highlight); color: palette(window-text); }"));
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_views, 1);
    column->setStyleSheet(QStringLiteral("QWidget#navigationColumn { background: palette(window); "
                                         "border-right: 1px solid palette(mid); }"));

    connect(m_views, &PersonalViewsPanel::viewChanged, this, [this] {
        m_changeTabs->setTabText(0,
                                 m_views->isActive() ? m_views->activeTitle() : tr("All changes"));
        // A view that matches nothing is not an empty workspace.
        m_changes->setEmptyHintAllowed(!m_views->isActive());
        if (m_views->isActive()) {
            showPage(Page::Changes);
            m_changeTabs->setCurrentIndex(0);
        }
        reloadChanges();
    });
    connect(m_views, &PersonalViewsPanel::saveRequested, this,
            [this] { m_views->saveCurrentFilter(*m_changes->proxy()); });
    // Changes in the navigation: every change again.
    connect(m_nav, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (m_nav->row(item) == int(Page::Changes))
            m_views->clearSelection();
    });
    return column;
}

} // namespace vigilo::ui
