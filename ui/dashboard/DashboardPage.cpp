#include "DashboardPage.h"
#include "detail/DetailFormat.h"

#include "ChartTheme.h"
#include "DrillDownDialog.h"
#include "KpiCard.h"
#include "MetricFormat.h"

#include "widgets/Async.h"
#include "widgets/FlowLayout.h"

#include "Client.h"
#include "Clock.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace vigilo::ui {

namespace {

// The cards, in reading order; the mean lead time stays in the lead time card's tooltip.
const QStringList kCardKeys = {
    QStringLiteral("change_failure_rate"),    QStringLiteral("deployment_frequency"),
    QStringLiteral("lead_time_median_hours"), QStringLiteral("time_to_restore_median_hours"),
    QStringLiteral("emergency_share"),        QStringLiteral("change_success_score")};

constexpr int kWeeks[] = {4, 12, 26, 52};

// A value axis with a "nice" maximum and whole-number ticks where the values are counts.
void niceRange(QValueAxis *axis, double max, bool counts)
{
    if (max <= 0)
        max = counts ? 4 : 1;
    const double raw = max * 1.1;
    // The smallest "nice" step (1, 2, 2.5, 5 × 10^k) that needs at most five intervals.
    const double target = raw / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    double step = 10.0 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (counts && m == 2.5)
            continue;
        if (m * magnitude >= target) {
            step = m * magnitude;
            break;
        }
    }
    if (counts)
        step = std::max(1.0, std::round(step));
    const double top = std::ceil(raw / step - 1e-9) * step;
    axis->setRange(0, top);
    axis->setTickCount(int(std::round(top / step)) + 1);
    const bool whole = std::abs(step - std::round(step)) < 1e-9;
    axis->setLabelFormat(whole ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

// Bucket i sits at x = i; labels are set by relabel() once the chart's width is known.
QCategoryAxis *bucketAxis(const MetricsTrend &trend)
{
    auto *axis = new QCategoryAxis;
    const int n = int(trend.buckets.size());
    axis->setRange(-0.5, std::max(0, n - 1) + 0.5);
    axis->setStartValue(-0.5);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setGridLineVisible(false);
    return axis;
}

// Labels every `step` buckets so that none is elided: each label gets `step` buckets of width.
void relabel(QCategoryAxis *axis, const MetricsTrend &trend, int plotWidth)
{
    if (!axis)
        return;
    for (const QString &l : axis->categoriesLabels())
        axis->remove(l);
    const int n = int(trend.buckets.size());
    if (n == 0)
        return;
    QStringList labels;
    int widest = 0;
    const QFontMetrics metrics(axis->labelsFont());
    for (const MetricsReport &b : trend.buckets) {
        labels << MetricFormat::bucketLabel(b.from, trend.bucket);
        widest = std::max(widest, metrics.horizontalAdvance(labels.last()));
    }
    const double perBucket = double(std::max(plotWidth, 100)) / double(n);
    const int step = std::max(1, int(std::ceil((widest + 14) / perBucket)));
    for (int i = 0; i < n; i += step)
        axis->append(labels.at(i), i);
}

double figureValue(const MetricsReport &r, const QString &key, bool *ok = nullptr)
{
    const MetricFigure *f = r.figure(key);
    if (ok)
        *ok = f && f->value;
    return f && f->value ? *f->value : 0.0;
}

} // namespace

DashboardPage::DashboardPage(client::Client &client, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("dashboardPage"));
    buildUi();
}

void DashboardPage::buildUi()
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(0);

    // The filter bar, as on the change list.
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("dashboardFilters"));
    // The title and the filters on one row on a wide screen; on a narrow one (1024×768, German
    // labels) the filters wrap below the title.
    auto *filters = new FlowLayout(bar, 8);
    filters->setContentsMargins(16, 12, 16, 4);
    auto *title = new QLabel(tr("Delivery metrics"), bar);
    title->setObjectName(QStringLiteral("dashboardTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    title->setFont(big);
    title->setSizePolicy(QSizePolicy::Expanding,
                         QSizePolicy::Preferred); // pushes the filters right
    filters->addWidget(title);

    // A label and its field wrap together.
    auto addLabelled = [&](const QString &text, QWidget *w) {
        auto *pair = new QWidget(bar);
        auto *row = new QHBoxLayout(pair);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(6);
        auto *l = new QLabel(text, pair);
        l->setBuddy(w);
        row->addWidget(l);
        w->setParent(pair);
        row->addWidget(w);
        filters->addWidget(pair);
    };
    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("periodSelector"));
    m_period->addItem(tr("Last 4 weeks"), int(Period::Weeks4));
    m_period->addItem(tr("Last 12 weeks"), int(Period::Weeks12));
    m_period->addItem(tr("Last 26 weeks"), int(Period::Weeks26));
    m_period->addItem(tr("Last 52 weeks"), int(Period::Weeks52));
    m_period->addItem(tr("Date range…"), int(Period::Custom));
    m_period->setCurrentIndex(1);
    addLabelled(tr("&Period"), m_period);

    const QDate today = m_clock.now().date();
    m_from = new QDateEdit(today.addDays(-27), bar);
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("First day"));
    m_to = new QDateEdit(today, bar);
    m_to->setObjectName(QStringLiteral("rangeTo"));
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Last day"));
    m_rangeDash = new QLabel(QStringLiteral("–"), bar);
    filters->addWidget(m_from);
    filters->addWidget(m_rangeDash);
    filters->addWidget(m_to);

    m_bucket = new QComboBox(bar);
    m_bucket->setObjectName(QStringLiteral("bucketSelector"));
    m_bucket->addItem(tr("Week"), int(TrendBucket::Week));
    m_bucket->addItem(tr("Month"), int(TrendBucket::Month));
    addLabelled(tr("&Trend per"), m_bucket);

    m_asset = new QComboBox(bar);
    m_asset->setObjectName(QStringLiteral("dashboardAssetFilter"));
    m_asset->setMinimumContentsLength(12);
    m_asset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_asset->addItem(tr("All assets"), QString());
    addLabelled(tr("&Asset"), m_asset);

    m_type = new QComboBox(bar);
    m_type->setObjectName(QStringLiteral("dashboardTypeFilter"));
    m_type->addItem(tr("All types"), QString());
    for (ChangeType t : allChangeTypes())
        m_type->addItem(label(t), toString(t));
    addLabelled(tr("T&ype"), m_type);
    root->addWidget(bar);

    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("dashboardRange"));
    m_rangeLabel->setContentsMargins(16, 0, 16, 6);
    m_rangeLabel->setWordWrap(true);
    root->addWidget(m_rangeLabel);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("dashboardProblem"));
    m_problem->setContentsMargins(16, 4, 16, 4);
    m_problem->setWordWrap(true);
    m_problem->hide();
    root->addWidget(m_problem);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(16, 6, 16, 16);
    content->setSpacing(14);

    m_cardGrid = new QGridLayout;
    m_cardGrid->setHorizontalSpacing(12);
    m_cardGrid->setVerticalSpacing(12);
    m_cardKeys = kCardKeys;
    for (const QString &key : std::as_const(m_cardKeys)) {
        auto *card = new KpiCard(key, m_content);
        card->setTitle(MetricFormat::title(key));
        m_cards.insert(key, card);
        connect(card, &KpiCard::clicked, this, [this](const QString &k) { drillDown(k); });
    }
    layoutCards();
    content->addLayout(m_cardGrid);

    auto *charts = new QHBoxLayout;
    charts->setSpacing(12);
    m_deployView = new QChartView(m_content);
    m_deployView->setObjectName(QStringLiteral("deploymentsChart"));
    m_deployView->setAccessibleName(tr("Deployments and change failure rate per period"));
    m_timesView = new QChartView(m_content);
    m_timesView->setObjectName(QStringLiteral("timesChart"));
    m_timesView->setAccessibleName(tr("Lead time and time to restore per period"));
    for (QChartView *v : {m_deployView, m_timesView}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(300);
        v->setFrameShape(QFrame::StyledPanel);
        v->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        v->installEventFilter(this);
        charts->addWidget(v, 1);
    }
    content->addLayout(charts, 1);
    auto *hint = new QLabel(tr("Click a card, a bar or a point to list the changes behind it. "
                               "Times are in UTC weeks (from Monday) and calendar months."),
                            m_content);
    hint->setObjectName(QStringLiteral("dashboardHint"));
    hint->setWordWrap(true);
    content->addWidget(hint);
    scroll->setWidget(m_content);
    root->addWidget(scroll, 1);

    for (QComboBox *c : {m_period, m_bucket, m_asset, m_type})
        connect(c, &QComboBox::currentIndexChanged, this, &DashboardPage::onFiltersChanged);
    m_datesEdited.setSingleShot(true);
    m_datesEdited.setInterval(400);
    connect(&m_datesEdited, &QTimer::timeout, this, &DashboardPage::onFiltersChanged);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, &m_datesEdited, qOverload<>(&QTimer::start));
    m_reloadLater.setSingleShot(true);
    m_reloadLater.setInterval(3000);
    connect(&m_reloadLater, &QTimer::timeout, this, [this] { (void)reload(); });
    const bool custom = false;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_rangeDash->setVisible(custom);
    applyPalette();
}

void DashboardPage::layoutCards()
{
    const int columns = width() >= 1050 || width() == 0 ? 6 : 3;
    if (columns == m_cardColumns)
        return;
    m_cardColumns = columns;
    for (int i = 0; i < m_cardKeys.size(); ++i) {
        KpiCard *card = m_cards.value(m_cardKeys.at(i));
        m_cardGrid->removeWidget(card);
        m_cardGrid->addWidget(card, i / columns, i % columns);
    }
    for (int c = 0; c < 6; ++c)
        m_cardGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutCards();
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    // The charts get their width from the scroll area, after the page: label them then.
    if (event->type() == QEvent::Resize && (watched == m_deployView || watched == m_timesView))
        relabelAxes();
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::setActor(const std::optional<Actor> &actor)
{
    m_actor = actor;
    ++m_generation;
    m_busy = false;
    m_report = {};
    m_previous = {};
    m_trend = {};
}

void DashboardPage::fillAssets()
{
    if (!m_actor)
        return;
    const QString slug = m_actor->workspace.slug;
    onResult(m_client.assetsAsync(slug), this, [this, slug](const Result<QList<Asset>> &assets) {
        if (!m_actor || m_actor->workspace.slug != slug)
            return; // another workspace by now
        if (!assets.ok()) {
            // The figures stay; the filter offers what it had.
            showProblem(tr("The assets cannot be read: %1").arg(assets.error().message));
            return;
        }
        const QString current = m_asset->currentData().toString();
        {
            const QSignalBlocker block(m_asset);
            m_asset->clear();
            m_asset->addItem(tr("All assets"), QString());
            for (const Asset &a : assets.value())
                m_asset->addItem(a.name, a.name);
            m_asset->setCurrentIndex(std::max(0, m_asset->findData(current)));
        }
        // setAssetFilter() asked before the assets came: chosen now (reloads).
        const QString wanted = std::exchange(m_wantedAsset, QString());
        if (!wanted.isEmpty() && m_asset->findData(wanted) >= 0)
            m_asset->setCurrentIndex(m_asset->findData(wanted));
    });
}

TrendBucket DashboardPage::bucket() const
{
    return TrendBucket(m_bucket->currentData().toInt());
}

MetricsQuery DashboardPage::query() const
{
    MetricsQuery q;
    const auto period = Period(m_period->currentData().toInt());
    if (period == Period::Custom) {
        q.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC);
        q.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC);
    } else {
        q = Metrics::recentPeriod(m_clock.now().date(), kWeeks[int(period)], bucket());
    }
    q.asset = m_asset->currentData().toString();
    const QString type = m_type->currentData().toString();
    if (!type.isEmpty())
        q.changeType = parseChangeType(type);
    return q;
}

void DashboardPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void DashboardPage::setCustomRange(const QDate &first, const QDate &last)
{
    {
        const QSignalBlocker a(m_from), b(m_to), c(m_period);
        m_from->setDate(first);
        m_to->setDate(last);
        m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
    }
    onFiltersChanged();
}

void DashboardPage::setBucket(TrendBucket b)
{
    m_bucket->setCurrentIndex(m_bucket->findData(int(b)));
}

void DashboardPage::setAssetFilter(const QString &asset)
{
    if (m_asset->findData(asset) < 0) {
        m_wantedAsset = asset; // chosen when the assets come (at once on a database)
        fillAssets();
        return;
    }
    m_asset->setCurrentIndex(std::max(0, m_asset->findData(asset)));
}

void DashboardPage::setChangeTypeFilter(std::optional<ChangeType> type)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(type ? toString(*type) : QString())));
}

void DashboardPage::onFiltersChanged()
{
    const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_rangeDash->setVisible(custom);
    if (!m_actor)
        return;
    const QString problem = loadFigures();
    Q_UNUSED(problem) // shown on the page itself
}

QString DashboardPage::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void DashboardPage::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_problem->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;")
                                 .arg(ChartTheme::bad(QApplication::palette()).name()));
}

QString DashboardPage::reload()
{
    if (!m_actor)
        return {};
    fillAssets(); // assets may have come since
    return loadFigures();
}

QString DashboardPage::loadFigures()
{
    if (!m_actor)
        return {};
    const MetricsQuery q = query();
    if (Period(m_period->currentData().toInt()) == Period::Custom
        && m_to->date() < m_from->date()) {
        const QString text = tr("The first day of the range is after the last one: pick a first "
                                "day on or before %1.")
                                 .arg(format::date(m_to->date()));
        showProblem(text);
        return text;
    }
    // The period with its trend, and the period before to compare with: two requests at once.
    const int generation = ++m_generation;
    m_busy = true;
    m_lastError.clear();
    m_rangeLabel->setText(tr("Loading the figures…"));
    auto state = std::make_shared<std::pair<std::optional<Result<client::MetricsAnswer>>,
                                            std::optional<Result<client::MetricsAnswer>>>>();
    const auto arrived = [this, generation, state] {
        if (generation != m_generation || !state->first || !state->second)
            return;
        m_busy = false;
        for (const auto *answer : {&*state->first, &*state->second})
            if (!answer->ok()) {
                m_lastError = answer->error().message;
                m_rangeLabel->clear();
                showProblem(m_lastError);
                Q_EMIT loaded();
                return;
            }
        showFigures(state->first->value(), state->second->value().report);
        Q_EMIT loaded();
    };
    onResult(m_client.metricsAsync(q, bucket()), this,
             [state, arrived](const Result<client::MetricsAnswer> &answer) {
                 state->first = answer;
                 arrived();
             });
    onResult(m_client.metricsAsync(Metrics::previousPeriod(q)), this,
             [state, arrived](const Result<client::MetricsAnswer> &answer) {
                 state->second = answer;
                 arrived();
             });
    return m_lastError; // filled by now on a database in this process
}

void DashboardPage::showFigures(const client::MetricsAnswer &current, const MetricsReport &previous)
{
    showProblem({});
    m_report = current.report;
    m_previous = previous;
    m_trend = current.trend.value_or(MetricsTrend{});
    m_rangeLabel->setText(scopeText(m_report) + QStringLiteral(" · ")
                          + tr("arrows compare with the period of the same length before"));
    updateCards(m_previous);
    updateCharts();
}

QString DashboardPage::scopeText(const MetricsReport &r) const
{
    QStringList parts{MetricFormat::period(r.from, r.to)};
    parts << (r.asset.isEmpty() ? tr("all assets") : tr("asset %1").arg(r.asset));
    parts << (r.changeType ? tr("%1 changes").arg(label(*r.changeType)) : tr("all change types"));
    return parts.join(QStringLiteral(" · "));
}

void DashboardPage::updateCards(const MetricsReport &previous)
{
    for (const QString &key : std::as_const(m_cardKeys)) {
        KpiCard *card = m_cards.value(key);
        const MetricFigure *f = m_report.figure(key);
        if (!f)
            continue;
        card->setTitle(MetricFormat::title(key));
        card->setValue(MetricFormat::value(*f));
        card->setCaption(MetricFormat::caption(*f));
        QString definition = f->definition;
        if (key == QLatin1String("lead_time_median_hours"))
            if (const MetricFigure *mean = m_report.figure(QStringLiteral("lead_time_mean_hours")))
                definition += QLatin1Char('\n') + tr("Mean: %1.").arg(MetricFormat::value(*mean));
        card->setDefinition(definition);
        const MetricComparison c = Metrics::compare(*f, previous.figure(key));
        const KpiCard::Trend trend = c.improved   ? KpiCard::Trend::Good
                                     : c.worsened ? KpiCard::Trend::Bad
                                     : c.direction == MetricDirection::Same
                                         ? KpiCard::Trend::Neutral
                                         : KpiCard::Trend::None;
        QString text = MetricFormat::comparison(*f, c);
        card->setTrend(text, trend);
        if (c.previous)
            card->setToolTip(card->toolTip()
                             + QStringLiteral("<p>%1</p>")
                                   .arg(tr("Previous period: %1")
                                            .arg(MetricFormat::value([&] {
                                                MetricFigure p = *f;
                                                p.value = c.previous;
                                                return p;
                                            }()))
                                            .toHtmlEscaped()));
    }
}

void DashboardPage::updateCharts()
{
    const QPalette pal = QApplication::palette();
    const int n = int(m_trend.buckets.size());

    // Deployments (completed) and failures per bucket as bars, the failure rate as a line.
    auto *deploy = new QChart;
    ChartTheme::apply(deploy, pal);
    deploy->setTitle(tr("Deployments and change failure rate"));
    auto *completed = new QBarSet(tr("Completed"));
    auto *failed = new QBarSet(tr("Failed or rolled back"));
    completed->setColor(ChartTheme::color(ChartTheme::Role::Deployments, pal));
    completed->setBorderColor(completed->color());
    failed->setColor(ChartTheme::color(ChartTheme::Role::Failures, pal));
    failed->setBorderColor(failed->color());
    auto *rate = new QLineSeries;
    rate->setName(tr("Failure rate (%)"));
    double maxCount = 0;
    for (int i = 0; i < n; ++i) {
        const MetricsReport &b = m_trend.buckets.at(i);
        const MetricFigure *freq = b.figure(QStringLiteral("deployment_frequency"));
        const MetricFigure *cfr = b.figure(QStringLiteral("change_failure_rate"));
        const double done = freq ? double(freq->numerator) : 0.0;
        const double bad = cfr ? double(cfr->numerator) : 0.0;
        *completed << done;
        *failed << bad;
        maxCount = std::max({maxCount, done, bad});
        bool ok = false;
        const double r = figureValue(b, QStringLiteral("change_failure_rate"), &ok);
        if (ok)
            rate->append(i, r);
    }
    auto *bars = new QBarSeries;
    bars->append(completed);
    bars->append(failed);
    bars->setBarWidth(n > 20 ? 0.9 : 0.7);
    deploy->addSeries(bars);
    QPen ratePen(ChartTheme::color(ChartTheme::Role::FailureRate, pal), 2.5);
    rate->setPen(ratePen);
    rate->setPointsVisible(true);
    deploy->addSeries(rate);
    QCategoryAxis *x1 = bucketAxis(m_trend);
    deploy->addAxis(x1, Qt::AlignBottom);
    auto *countAxis = new QValueAxis;
    countAxis->setTitleText(tr("Changes"));
    niceRange(countAxis, maxCount, true);
    deploy->addAxis(countAxis, Qt::AlignLeft);
    auto *rateAxis = new QValueAxis;
    rateAxis->setTitleText(tr("Failure rate (%)"));
    rateAxis->setRange(0, 100);
    rateAxis->setTickCount(5);
    rateAxis->setLabelFormat(QStringLiteral("%.0f"));
    rateAxis->setGridLineVisible(false);
    deploy->addAxis(rateAxis, Qt::AlignRight);
    bars->attachAxis(x1);
    bars->attachAxis(countAxis);
    rate->attachAxis(x1);
    rate->attachAxis(rateAxis);
    ChartTheme::styleAxes(deploy, pal);
    // Hovering a bar says what it is and that a click lists the changes.
    for (QBarSet *set : {completed, failed})
        connect(set, &QBarSet::hovered, this, [this, set](bool on, int i) {
            if (!on || i < 0 || i >= m_trend.buckets.size()) {
                QToolTip::hideText();
                return;
            }
            const MetricsReport &b = m_trend.buckets.at(i);
            QToolTip::showText(QCursor::pos(),
                               tr("%1: %2 %3\nClick to list the changes.")
                                   .arg(MetricFormat::period(b.from, b.to), set->label(),
                                        QLocale().toString(set->at(i), 'f', 0)),
                               m_deployView);
        });
    connect(completed, &QBarSet::clicked, this,
            [this](int i) { drillDown(QStringLiteral("deployment_frequency"), i); });
    connect(failed, &QBarSet::clicked, this,
            [this](int i) { drillDown(QStringLiteral("change_failure_rate"), i); });
    connect(rate, &QLineSeries::clicked, this, [this](const QPointF &p) {
        drillDown(QStringLiteral("change_failure_rate"), int(std::lround(p.x())));
    });

    // Lead time and time to restore (medians, hours) per bucket.
    auto *times = new QChart;
    ChartTheme::apply(times, pal);
    auto *lead = new QLineSeries;
    lead->setName(tr("Lead time"));
    auto *restore = new QLineSeries;
    restore->setName(tr("Time to restore"));
    double maxHours = 0;
    for (int i = 0; i < n; ++i) {
        const MetricsReport &b = m_trend.buckets.at(i);
        bool ok = false;
        const double l = figureValue(b, QStringLiteral("lead_time_median_hours"), &ok);
        if (ok) {
            lead->append(i, l);
            maxHours = std::max(maxHours, l);
        }
        const double r = figureValue(b, QStringLiteral("time_to_restore_median_hours"), &ok);
        if (ok) {
            restore->append(i, r);
            maxHours = std::max(maxHours, r);
        }
    }
    // Long times read better in days; the points keep their bucket index for the drill-down.
    const bool inDays = maxHours > 72.0;
    if (inDays) {
        for (QLineSeries *s : {lead, restore}) {
            QList<QPointF> points = s->points();
            for (QPointF &p : points)
                p.setY(p.y() / 24.0);
            s->replace(points);
        }
        maxHours /= 24.0;
    }
    times->setTitle(inDays ? tr("Lead time and time to restore (median, days)")
                           : tr("Lead time and time to restore (median, hours)"));
    lead->setPen(QPen(ChartTheme::color(ChartTheme::Role::LeadTime, pal), 2.5));
    restore->setPen(QPen(ChartTheme::color(ChartTheme::Role::Restore, pal), 2.5));
    for (QLineSeries *s : {lead, restore}) {
        s->setPointsVisible(true);
        times->addSeries(s);
    }
    QCategoryAxis *x2 = bucketAxis(m_trend);
    times->addAxis(x2, Qt::AlignBottom);
    auto *hoursAxis = new QValueAxis;
    hoursAxis->setTitleText(inDays ? tr("Days") : tr("Hours"));
    niceRange(hoursAxis, maxHours, false);
    times->addAxis(hoursAxis, Qt::AlignLeft);
    for (QLineSeries *s : {lead, restore}) {
        s->attachAxis(x2);
        s->attachAxis(hoursAxis);
    }
    ChartTheme::styleAxes(times, pal);
    connect(lead, &QLineSeries::clicked, this, [this](const QPointF &p) {
        drillDown(QStringLiteral("lead_time_median_hours"), int(std::lround(p.x())));
    });
    connect(restore, &QLineSeries::clicked, this, [this](const QPointF &p) {
        drillDown(QStringLiteral("time_to_restore_median_hours"), int(std::lround(p.x())));
    });

    for (auto [view, chart] : {std::pair{m_deployView, deploy}, std::pair{m_timesView, times}}) {
        QChart *old = view->chart();
        view->setChart(chart); // the view releases the old chart without deleting it
        delete old;
        view->setBackgroundBrush(pal.color(QPalette::Base));
    }
    m_deployAxis = x1;
    m_timesAxis = x2;
    relabelAxes();
}

void DashboardPage::relabelAxes()
{
    // The plot is the view less the axes' labels and titles (about 150 px with two value axes).
    if (m_deployAxis)
        relabel(m_deployAxis, m_trend, m_deployView->width() - 150);
    if (m_timesAxis)
        relabel(m_timesAxis, m_trend, m_timesView->width() - 90);
}

DrillDownDialog *DashboardPage::drillDown(const QString &key, int bucketIndex)
{
    if (!m_actor)
        return nullptr;
    const MetricsReport *source = &m_report;
    if (bucketIndex >= 0) {
        if (bucketIndex >= m_trend.buckets.size())
            return nullptr;
        source = &m_trend.buckets.at(bucketIndex);
    }
    const MetricFigure *figure = source->figure(key);
    if (!figure)
        return nullptr;
    auto *dialog = new DrillDownDialog(m_client, *figure, scopeText(*source), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrillDownDialog::changeActivated, this, &DashboardPage::changeActivated);
    dialog->open();
    return dialog;
}

void DashboardPage::applyPalette()
{
    QColor muted = QApplication::palette().color(QPalette::Text);
    muted.setAlphaF(0.7);
    const QString css = QStringLiteral("color: rgba(%1, %2, %3, %4);")
                            .arg(muted.red())
                            .arg(muted.green())
                            .arg(muted.blue())
                            .arg(muted.alpha());
    m_rangeLabel->setStyleSheet(css);
    if (auto *hint = findChild<QLabel *>(QStringLiteral("dashboardHint")))
        hint->setStyleSheet(css);
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange
        || event->type() == QEvent::ApplicationPaletteChange) {
        applyPalette();
        for (KpiCard *card : std::as_const(m_cards))
            card->restyle();
        if (!m_trend.buckets.isEmpty())
            updateCharts(); // the charts take the new colours
    }
}

} // namespace vigilo::ui
