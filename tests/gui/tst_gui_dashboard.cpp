// The Dashboard page over a hand-made history: its KPI cards say what the core computes for the
// page's own query, the asset filter changes them, and the drill-down lists exactly the changes
// behind the change failure rate and opens one in the main window.

#include "GuiFixture.h"

#include "dashboard/DashboardPage.h"
#include "dashboard/DrillDownDialog.h"
#include "dashboard/KpiCard.h"
#include "dashboard/MetricFormat.h"
#include "detail/ChangeDetailView.h"
#include "main/Appearance.h"
#include "main/MainWindow.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

using namespace vigilo;
using namespace vigilo::guitest;
using vigilo::ui::DashboardPage;
using vigilo::ui::MainWindow;
using vigilo::ui::MetricFormat;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestDashboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cardsShowTheCoresFigures();
    void assetFilterNarrowsTheFigures();
    void drillDownListsTheFailures();
    void trendAndBucketDrillDown();
    void badRangeSaysWhatToDo();
    void followsTheAppearance();

private:
    // Drives `number` (in review, requested by erin) to completion with `code`, or rolls it back.
    void finish(int number, std::optional<ClosureCode> code);
    DashboardPage *page() const { return m_window->dashboardPage(); }
    MetricsReport coreReport(const MetricsQuery &q)
    {
        auto r = m_ws->core().metrics().report(m_ws->as(s("alex")), q);
        if (!r.ok())
            qFatal("metrics: %s", qPrintable(r.error().message));
        return r.value();
    }

    std::unique_ptr<GuiWorkspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    int m_ok = 0, m_failed = 0, m_rolledBack = 0, m_cancelled = 0, m_withIssues = 0, m_db = 0;
};

void TestDashboard::finish(int number, std::optional<ClosureCode> code)
{
    Vigilo &core = m_ws->core();
    const Actor erin = m_ws->as(s("erin"));
    const Actor april = m_ws->as(s("april"));
    TransitionInput approve;
    approve.comment = s("Looks good");
    for (const Actor &who : {april, m_ws->as(s("aaron")), m_ws->as(s("adam"))}) {
        auto current = core.changes().get(erin, number);
        QVERIFY(current.ok());
        if (current->status != ChangeStatus::Review)
            break;
        auto a = core.changes().apply(who, number, Action::Approve, approve);
        Q_UNUSED(a) // a second step may need someone else
    }
    auto scheduled = core.changes().apply(erin, number, Action::Schedule);
    QVERIFY2(scheduled.ok(), qPrintable(scheduled.ok() ? QString() : scheduled.error().message));
    TransitionInput early;
    early.justification = s("Started ahead of its window by the dashboard suite.");
    auto started = core.changes().apply(erin, number, Action::Start, early);
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    TransitionInput in;
    if (code) {
        in.closureCode = *code;
        in.closureNotes = s("Closed by the dashboard suite.");
        auto done = core.changes().apply(erin, number, Action::Complete, in);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
    } else {
        in.reason = s("Error rate above 5% after the switch");
        auto back = core.changes().apply(april, number, Action::Rollback, in);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    }
}

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_ws = std::make_unique<GuiWorkspace>(s("alex"));
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->error));

    // The history, all of it today: completed (successful, with issues, unsuccessful), rolled
    // back, cancelled, and one still in review that no outcome figure may count.
    const QString pay = s("payments-api"), db = s("db-primary"), fw = s("edge-fw");
    m_ok = m_ws->inReview(s("erin"), m_ws->draft(s("Rotate TLS certificate"), 48, pay));
    finish(m_ok, ClosureCode::Successful);
    m_withIssues = m_ws->inReview(s("erin"), m_ws->draft(s("Tune connection pool"), 50, pay));
    finish(m_withIssues, ClosureCode::SuccessfulWithIssues);
    m_failed = m_ws->inReview(s("erin"), m_ws->draft(s("Upgrade PostgreSQL minor"), 52, db));
    finish(m_failed, ClosureCode::Unsuccessful);
    m_rolledBack = m_ws->inReview(s("erin"), m_ws->draft(s("Switch payment provider"), 54, pay));
    finish(m_rolledBack, std::nullopt);
    m_db = m_ws->inReview(s("erin"), m_ws->draft(s("Reindex orders table"), 56, db));
    finish(m_db, ClosureCode::Successful);
    m_cancelled = m_ws->inReview(s("erin"), m_ws->draft(s("Open port 8443"), 58, fw));
    TransitionInput cancel;
    cancel.reason = s("No longer needed");
    QVERIFY(m_ws->core()
                .changes()
                .apply(m_ws->as(s("erin")), m_cancelled, Action::Cancel, cancel)
                .ok());
    m_ws->inReview(s("erin"), m_ws->draft(s("Still in review"), 60, fw));

    m_window = std::make_unique<MainWindow>(*m_ws->session);
    QVERIFY(m_window->openWorkspace(s("acme")));
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(MainWindow::Page::Dashboard);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Dashboard);
    QVERIFY(page()->isVisible());
    // On a team server the figures arrive later; so after each change of the query below.
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading(), 15000);
}

void TestDashboard::cleanupTestCase()
{
    m_window.reset();
    m_ws.reset();
}

void TestDashboard::cardsShowTheCoresFigures()
{
    const MetricsQuery q = page()->query();
    QVERIFY(q.asset.isEmpty() && !q.changeType);
    QVERIFY(q.from < QDateTime::currentDateTimeUtc() && QDateTime::currentDateTimeUtc() < q.to);
    const MetricsReport core = coreReport(q);
    for (const QString &key :
         {s("change_failure_rate"), s("deployment_frequency"), s("lead_time_median_hours"),
          s("time_to_restore_median_hours"), s("emergency_share"), s("change_success_score")}) {
        ui::KpiCard *card = page()->card(key);
        QVERIFY2(card, qPrintable(key));
        QVERIFY(card->isVisible());
        const MetricFigure *f = core.figure(key);
        QVERIFY(f);
        QCOMPARE(card->valueText(), MetricFormat::value(*f));
        QCOMPARE(card->captionText(), MetricFormat::caption(*f));
        QVERIFY2(card->toolTip().contains(f->definition.toHtmlEscaped()), qPrintable(key));
        QVERIFY(!card->trendText().isEmpty());
    }
    // What the history makes of it: failures are the unsuccessful and the rolled-back change
    // over the five deployed (the cancelled one and the one in review are not counted).
    const MetricFigure *cfr = core.figure(s("change_failure_rate"));
    QCOMPARE(cfr->denominator, 5);
    QCOMPARE(cfr->changes, (QList<int>{m_failed, m_rolledBack}));
    QCOMPARE(page()->card(s("change_failure_rate"))->valueText(), s("40 %"));
    QCOMPARE(page()->card(s("change_failure_rate"))->captionText(),
             s("Failed or rolled back: 2 of 5 deployed"));
    // Nothing before this week: nothing to compare with.
    QCOMPARE(page()->card(s("change_failure_rate"))->trend(), ui::KpiCard::Trend::None);
    // The success score: 2 successful + half of 1 with issues over 5.
    QCOMPARE(page()->card(s("change_success_score"))->valueText(), s("50"));
}

void TestDashboard::assetFilterNarrowsTheFigures()
{
    QComboBox *asset = page()->assetSelector();
    const int index = asset->findData(s("payments-api"));
    QVERIFY(index > 0);
    asset->setCurrentIndex(index); // as the user picks it: the page reloads itself
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading(), 15000);
    QCOMPARE(page()->query().asset, s("payments-api"));
    const MetricsReport core = coreReport(page()->query());
    const MetricFigure *cfr = core.figure(s("change_failure_rate"));
    QCOMPARE(cfr->changes, QList<int>{m_rolledBack}); // the failed upgrade was on db-primary
    QCOMPARE(cfr->denominator, 3);
    QCOMPARE(page()->card(s("change_failure_rate"))->valueText(), MetricFormat::value(*cfr));
    QCOMPARE(page()->card(s("change_failure_rate"))->valueText(), s("33 %"));
    QCOMPARE(page()->card(s("deployment_frequency"))->valueText(),
             MetricFormat::value(*core.figure(s("deployment_frequency"))));
    // A change type narrows further: no emergency change at all.
    page()->setChangeTypeFilter(ChangeType::Emergency);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading(), 15000);
    QCOMPARE(page()->card(s("change_failure_rate"))->valueText(), s("—"));
    QVERIFY(page()->report().figure(s("change_failure_rate"))->changes.isEmpty());
    page()->setChangeTypeFilter(std::nullopt);
    asset->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading(), 15000);
    QVERIFY(page()->query().asset.isEmpty());
    QCOMPARE(page()->card(s("change_failure_rate"))->valueText(), s("40 %"));
}

void TestDashboard::drillDownListsTheFailures()
{
    ui::KpiCard *card = page()->card(s("change_failure_rate"));
    QTest::mouseClick(card, Qt::LeftButton, {}, card->rect().center());
    ui::DrillDownDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page()->findChild<ui::DrillDownDialog *>()) && dialog->isVisible());
    // (On a team server its rows arrive later.)
    QTRY_COMPARE_WITH_TIMEOUT(dialog->numbers(), (QList<int>{m_failed, m_rolledBack}), 15000);
    QCOMPARE(dialog->table()->topLevelItemCount(), 2);
    QVERIFY(!dialog->numbers().contains(m_cancelled));
    QVERIFY(dialog->summaryText().contains(s(": 2.")));
    // Every row says how the change ended.
    QStringList outcomes;
    for (int i = 0; i < 2; ++i)
        outcomes << dialog->table()->topLevelItem(i)->text(4);
    outcomes.sort();
    QStringList expected{label(ClosureCode::Unsuccessful), s("Rolled back")};
    expected.sort();
    QCOMPARE(outcomes, expected);

    // Double-click opens the change in the main window's detail view.
    QTreeWidgetItem *row = dialog->table()->topLevelItem(0);
    const int number = row->data(0, Qt::UserRole + 1).toInt();
    QTreeWidget *table = dialog->table();
    const QRect rect = table->visualItemRect(row);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Changes);
    QVERIFY(m_window->currentDetail());
    QCOMPARE(m_window->currentDetail()->number(), number);
    QTRY_VERIFY(!page()->findChild<ui::DrillDownDialog *>());
    m_window->showPage(MainWindow::Page::Dashboard);
}

void TestDashboard::trendAndBucketDrillDown()
{
    // Weekly buckets by default; everything happened in the last one.
    const MetricsTrend &trend = page()->trend();
    QCOMPARE(trend.bucket, TrendBucket::Week);
    QCOMPARE(trend.buckets.size(), 12);
    const int last = int(trend.buckets.size()) - 1;
    QCOMPARE(trend.buckets.at(last).figure(s("change_failure_rate"))->changes,
             (QList<int>{m_failed, m_rolledBack}));
    QChart *chart = page()->deploymentsChart()->chart();
    QVERIFY(chart && chart->series().size() == 2);
    QVERIFY(!page()->timesChart()->chart()->series().isEmpty());

    // A click on the last week's "Failed" bar lists that week's failures.
    auto *bars = qobject_cast<QBarSeries *>(chart->series().at(0));
    QVERIFY(bars && bars->barSets().size() == 2);
    Q_EMIT bars->barSets().at(1)->clicked(last);
    ui::DrillDownDialog *clicked = nullptr;
    QTRY_VERIFY((clicked = page()->findChild<ui::DrillDownDialog *>()) && clicked->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(clicked->numbers(), (QList<int>{m_failed, m_rolledBack}), 15000);
    clicked->close();
    QTRY_VERIFY(!page()->findChild<ui::DrillDownDialog *>());

    ui::DrillDownDialog *bucket = page()->drillDown(s("deployment_frequency"), last);
    QVERIFY(bucket);
    QTRY_COMPARE_WITH_TIMEOUT(bucket->numbers(), (QList<int>{m_ok, m_withIssues, m_failed, m_db}),
                              15000);
    bucket->close();
    ui::DrillDownDialog *empty = page()->drillDown(s("change_failure_rate"), 0);
    QVERIFY(empty && empty->numbers().isEmpty());
    empty->close();
    QVERIFY(!page()->drillDown(s("change_failure_rate"), 99)); // no such bucket: nothing opens

    // Months: the bucket selector goes to the core as it is.
    page()->setBucket(TrendBucket::Month);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading(), 15000);
    QCOMPARE(page()->trend().bucket, TrendBucket::Month);
    QCOMPARE(page()->trend().buckets.size(), 3); // 12 weeks: three calendar months
    page()->setBucket(TrendBucket::Week);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading(), 15000);
}

void TestDashboard::badRangeSaysWhatToDo()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString before = page()->card(s("change_failure_rate"))->valueText();
    page()->setCustomRange(today, today.addDays(-3));
    QVERIFY(page()->problemText().contains(s("pick a first day")));
    QCOMPARE(page()->card(s("change_failure_rate"))->valueText(), before); // left as it was
    page()->setCustomRange(today.addDays(-3), today);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading(), 15000);
    QVERIFY(page()->problemText().isEmpty());
    QCOMPARE(page()->query().to, QDateTime(today.addDays(1), QTime(0, 0), Qt::UTC));
    QCOMPARE(page()->card(s("change_failure_rate"))->valueText(), s("40 %"));
    page()->setPeriod(DashboardPage::Period::Weeks12);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading(), 15000);
}

void TestDashboard::followsTheAppearance()
{
    // View ▸ Appearance while the page is open: cards and charts take the new palette.
    auto baseOf = [this] { return page()->deploymentsChart()->chart()->backgroundBrush().color(); };
    ui::applyAppearance(ui::Appearance::Light);
    QCoreApplication::processEvents();
    const QColor lightBase = QApplication::palette().color(QPalette::Base);
    QCOMPARE(baseOf(), lightBase);
    ui::applyAppearance(ui::Appearance::Dark);
    QCoreApplication::processEvents();
    const QColor darkBase = ui::darkPalette().color(QPalette::Base);
    QVERIFY(darkBase != lightBase);
    QCOMPARE(baseOf(), darkBase);
    const QString rgba =
        s("rgba(%1, %2, %3, 255)").arg(darkBase.red()).arg(darkBase.green()).arg(darkBase.blue());
    QVERIFY2(page()->card(s("change_failure_rate"))->styleSheet().contains(rgba),
             qPrintable(page()->card(s("change_failure_rate"))->styleSheet()));
    ui::applyAppearance(ui::Appearance::Light);
    QCoreApplication::processEvents();
    QCOMPARE(baseOf(), lightBase);
}

QTEST_MAIN(TestDashboard)
#include "tst_gui_dashboard.moc"
