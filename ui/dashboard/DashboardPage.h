#pragma once
// The Dashboard page: the DORA delivery metrics of the workspace for a period, as KPI cards
// compared with the previous period, and their trend per week or month in two charts. The
// period, bucket, asset and change type go to the core's MetricsQuery as they are; no figure
// is computed here. A card, a bar or a point opens the changes behind it. Asks through
// client::Client (metrics.report), on a database and on a team server alike.

#include "Actor.h"
#include "Metrics.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;

namespace vigilo {
class Clock;
namespace client {
class Client;
struct MetricsAnswer;
} // namespace client
} // namespace vigilo

namespace vigilo::ui {

class DrillDownDialog;
class KpiCard;

class DashboardPage final : public QWidget {
    Q_OBJECT
public:
    // The period choices, in the selector's order; Custom shows the two date fields.
    enum class Period { Weeks4, Weeks12, Weeks26, Weeks52, Custom };

    DashboardPage(client::Client &client, const Clock &clock, QWidget *parent = nullptr);

    void setActor(const std::optional<Actor> &actor);
    // Asks again for the figures and the trend; returns the core's message on failure when the
    // answer came at once (a database in this process), else loaded() says when it came.
    QString reload();
    bool isLoading() const { return m_busy; }
    // Reloads a few seconds from now, once however often it is asked in between (another
    // workstation committing: the figures are recomputed once, not on every commit).
    void scheduleReload() { m_reloadLater.start(); }

    // What the page asks the core now.
    MetricsQuery query() const;
    TrendBucket bucket() const;
    const MetricsReport &report() const { return m_report; }
    const MetricsTrend &trend() const { return m_trend; }

    void setPeriod(Period period);
    // A custom period of whole days (UTC), both inclusive.
    void setCustomRange(const QDate &first, const QDate &last);
    void setBucket(TrendBucket bucket);
    // Empty: every asset / every type.
    void setAssetFilter(const QString &asset);
    void setChangeTypeFilter(std::optional<ChangeType> type);

    KpiCard *card(const QString &key) const { return m_cards.value(key); }
    QChartView *deploymentsChart() const { return m_deployView; }
    QChartView *timesChart() const { return m_timesView; }
    QComboBox *periodSelector() const { return m_period; }
    QComboBox *bucketSelector() const { return m_bucket; }
    QComboBox *assetSelector() const { return m_asset; }
    QComboBox *typeSelector() const { return m_type; }
    // The message shown instead of the figures (bad range, core error); empty when fine.
    QString problemText() const;

    // Opens the list of the changes behind `key` over the whole period, or over trend bucket
    // `bucketIndex`. The dialog is window-modal and deletes itself when closed.
    DrillDownDialog *drillDown(const QString &key, int bucketIndex = -1);

Q_SIGNALS:
    void changeActivated(int number);
    void loaded(); // the figures (or the error) are shown

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_reloadLater; // live updates, coalesced
    QTimer m_datesEdited; // typing a date: recompute once the typing pauses
    void buildUi();
    // Fills the asset filter when the assets come (a problem is shown on the page).
    void fillAssets();
    // The figures of the filters as they are: two requests (the period, the one before).
    QString loadFigures();
    void showFigures(const client::MetricsAnswer &current, const MetricsReport &previous);
    void onFiltersChanged();
    void showProblem(const QString &text);
    void updateCards(const MetricsReport &previous);
    void updateCharts();
    void applyPalette();
    void layoutCards();
    void relabelAxes();
    QString scopeText(const MetricsReport &r) const;

    client::Client &m_client;
    const Clock &m_clock;
    std::optional<Actor> m_actor;
    int m_generation = 0; // answers to an older request are dropped
    bool m_busy = false;
    QString m_wantedAsset; // setAssetFilter() before the assets came
    QString m_lastError;
    MetricsReport m_report;
    MetricsReport m_previous;
    MetricsTrend m_trend;

    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_rangeDash = nullptr;
    QComboBox *m_bucket = nullptr;
    QComboBox *m_asset = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_content = nullptr;
    QGridLayout *m_cardGrid = nullptr;
    int m_cardColumns = 0;
    QHash<QString, KpiCard *> m_cards;
    QStringList m_cardKeys;
    QChartView *m_deployView = nullptr;
    QChartView *m_timesView = nullptr;
    QPointer<QCategoryAxis> m_deployAxis;
    QPointer<QCategoryAxis> m_timesAxis;
};

} // namespace vigilo::ui
