#include "ListTab.h"

#include <QTabWidget>

namespace vigilo::ui {

void ListTab::load(const ChangeRequest &change)
{
    m_change = change;
    m_stale = true;
    showChange();
    if (isShownTab())
        refresh();
    else if (!m_loading)
        showLoading(true); // until it is shown: what it would show is not known yet
}

bool ListTab::isShownTab()
{
    if (!m_tabs) {
        // Inside a QTabWidget the parent is its stack; the tab widget is the stack's parent.
        for (QWidget *w = parentWidget(); w && !m_tabs; w = w->parentWidget())
            m_tabs = qobject_cast<QTabWidget *>(w);
        if (m_tabs)
            connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
                if (m_stale && m_tabs->currentWidget() == this)
                    refresh();
            });
    }
    return m_tabs ? m_tabs->currentWidget() == this : true;
}

void ListTab::refresh()
{
    if (m_change.id == 0 && m_change.number <= 0)
        return; // nothing loaded yet
    if (!isShownTab() && !isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_loading = true;
    showLoading(true);
    fetch(++m_generation);
}

bool ListTab::finishFetch(int generation)
{
    if (generation != m_generation)
        return false; // a newer read is on its way
    m_loading = false;
    showLoading(false);
    return true;
}

void ListTab::beginWrite()
{
    m_writing = true;
    showLoading(true);
}

void ListTab::endWrite()
{
    m_writing = false;
    showLoading(m_loading);
}

void ListTab::showEvent(QShowEvent *event)
{
    DetailTab::showEvent(event);
    if (m_stale)
        refresh();
}

} // namespace vigilo::ui
