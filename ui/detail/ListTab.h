#pragma once
// A detail tab that reads its own list through the client, and only while it is shown: load()
// reads at once when the tab is the current one, else the next time it is shown (opening a change
// stays one round trip on a team server); a mutation reads again through the view's reload.
// While the answer is on its way the tab says so and keeps its buttons off; an answer older than
// the latest request is dropped.

#include "DetailTab.h"

#include "Answer.h"

class QTabWidget;

namespace vigilo::ui {

class ListTab : public DetailTab {
    Q_OBJECT
public:
    using DetailTab::DetailTab;

    void load(const ChangeRequest &change) final;
    // Reads the list again now (when shown; else when next shown).
    void refresh();
    // A read or a write is on its way to the core.
    bool isLoading() const { return m_loading; }
    bool isBusy() const { return m_loading || m_writing; }

signals:
    // A read answered (shown, or shown as an error).
    void loaded();

protected:
    const ChangeRequest &change() const { return m_change; }
    // What follows from the change alone (the core's rights); called by load() before any read.
    virtual void showChange() {}
    // Sends the read; the answer calls finishFetch(generation) first and is shown only when that
    // says it is still the latest.
    virtual void fetch(int generation) = 0;
    // Shows the waiting state (buttons off, a "Loading…" line) or leaves it.
    virtual void showLoading(bool loading) = 0;
    bool finishFetch(int generation);
    // A write through the client: buttons off until its answer (endWrite()).
    void beginWrite();
    void endWrite();

    void showEvent(QShowEvent *event) override;

private:
    bool isShownTab();
    ChangeRequest m_change;
    int m_generation = 0;
    bool m_stale = false;
    bool m_loading = false;
    bool m_writing = false;
    QTabWidget *m_tabs = nullptr; // the view's tabs, once found
};

} // namespace vigilo::ui
