#pragma once
// The Impact tab: what the change works on and everything affected through the asset
// relationships, each with the path that explains it, read asynchronously through the client (a
// database file or a team server alike). A person the core allows excludes an item with a reason
// or includes it again; otherwise the core's refusal is shown and the buttons stay off.

#include "DetailTab.h"
#include "Impact.h"

class QLabel;
class QPushButton;
class QTableView;

namespace vigilo::ui {

class ImpactModel;

class ImpactTab final : public DetailTab {
    Q_OBJECT
public:
    explicit ImpactTab(DetailContext &context, QWidget *parent = nullptr);

    void load(const ChangeRequest &change) override;
    ImpactModel *model() const { return m_model; }
    const ImpactReport &report() const { return m_report; }
    // Whether an answer is awaited (tests wait for false).
    bool isLoading() const { return m_loading; }
    // Selects the row of `asset`; false when it is not listed.
    bool select(const QString &asset);
    // Runs the buttons' actions (the exclusion asks for its reason in a dialog first).
    void excludeSelected();
    void includeSelected();

signals:
    void reportLoaded();

protected:
    // The impact is read when the tab is first seen after a load: opening a change stays one
    // request on a team server.
    void showEvent(QShowEvent *event) override;

private:
    void fetch();
    void showReport(const Result<ImpactReport> &report);
    void updateButtons();
    QString summaryText() const;
    const ImpactItem *selected() const;
    void setBusy(bool busy);

    ImpactModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_refusal = nullptr;
    QPushButton *m_exclude = nullptr;
    QPushButton *m_include = nullptr;
    ImpactReport m_report;
    bool m_loading = false;
    bool m_busy = false;
    bool m_stale = false; // loaded since the impact was last read
    int m_generation = 0; // answers to older requests are dropped
};

} // namespace vigilo::ui
