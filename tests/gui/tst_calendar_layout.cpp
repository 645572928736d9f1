// The calendar's layout without painting (ui/calendar/CalendarLayout): rows per asset grouped by
// kind, lanes for overlapping changes (half-open windows: touching ones share a lane), the
// "No asset" row, only active assets, rows by service, and where bars, instants and clicks are for
// fixed metrics.

#include "calendar/CalendarLayout.h"

#include <QtTest>

using namespace vigilo;
using vigilo::ui::CalendarLayout;

namespace {

const QDateTime kStart(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC); // a Monday

QDateTime at(int hours)
{
    return kStart.addSecs(qint64(hours) * 3600);
}

Asset asset(const QString &name, const QString &kind)
{
    Asset a;
    a.name = name;
    a.kind = kind;
    return a;
}

CalendarChange change(int number, int fromHour, int toHour, const QStringList &assets)
{
    CalendarChange c;
    c.number = number;
    c.title = QStringLiteral("Change %1").arg(number);
    c.start = at(fromHour);
    c.end = at(toHour);
    c.assets = assets;
    return c;
}

// Two databases, one service (with nothing planned) and a network device; changes sorted by
// start as Planning::calendar returns them.
CalendarRange sampleRange()
{
    CalendarRange r;
    r.assets = {asset(QStringLiteral("db-a"), QStringLiteral("database")),
                asset(QStringLiteral("db-b"), QStringLiteral("database")),
                asset(QStringLiteral("idle-api"), QStringLiteral("service")),
                asset(QStringLiteral("edge-fw"), QStringLiteral("Network"))};
    r.changes = {change(1, 10, 14, {QStringLiteral("db-a")}),
                 change(2, 12, 16, {QStringLiteral("db-a"), QStringLiteral("edge-fw")}),
                 change(3, 14, 15, {QStringLiteral("db-a")}), // touches 1: lane 0 again
                 change(4, 20, 22, {}), change(5, 30, 32, {QStringLiteral("db-b")})};
    return r;
}

CalendarLayout::Metrics fixedMetrics()
{
    CalendarLayout::Metrics m;
    m.labelWidth = 100;
    m.headerHeight = 40;
    m.laneHeight = 20;
    m.groupHeight = 22;
    return m;
}

QStringList titles(const CalendarLayout &layout)
{
    QStringList out;
    for (const auto &row : layout.rows())
        out << row.title;
    return out;
}

} // namespace

class TestCalendarLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsGroupedByKind();
    void lanesForOverlaps();
    void onlyActiveAssets();
    void timeAxis();
    void barsAndHits();
    void scrollingAndVisibleRows();
    void rowsByService();
};

void TestCalendarLayout::rowsGroupedByKind()
{
    CalendarLayout layout;
    layout.setMetrics(fixedMetrics());
    layout.setRange(sampleRange());
    // Kinds in alphabetical order (case-insensitive), each with its count; "No asset" last.
    QCOMPARE(titles(layout), QStringList({QStringLiteral("Database (2)"), QStringLiteral("db-a"),
                                          QStringLiteral("db-b"), QStringLiteral("Network (1)"),
                                          QStringLiteral("edge-fw"), QStringLiteral("Service (1)"),
                                          QStringLiteral("idle-api"), QStringLiteral("No asset")}));
    QVERIFY(layout.rows().at(0).group);
    QVERIFY(!layout.rows().at(1).group);
    QCOMPARE(layout.rowOfAsset(QStringLiteral("edge-fw")), 4);
    QCOMPARE(layout.rowOfAsset(QStringLiteral("nowhere")), -1);
    // A change on two assets is on both rows; rowOfChange names the first.
    QCOMPARE(layout.rows().at(4).bars.size(), 1);
    QCOMPARE(layout.changeOf(layout.rows().at(4).bars.first()).number, 2);
    QCOMPARE(layout.rowOfChange(2), 1);
    QCOMPARE(layout.rowOfChange(4), 7);
    QCOMPARE(layout.rowOfChange(99), -1);
    // Rows stack without gaps: a group is groupHeight, a row lanes × laneHeight + 8.
    int y = 0;
    for (const auto &row : layout.rows()) {
        QCOMPARE(row.y, y);
        QCOMPARE(row.height, row.group ? 22 : row.lanes * 20 + 8);
        y += row.height;
    }
    QCOMPARE(layout.contentHeight(), y);
}

void TestCalendarLayout::lanesForOverlaps()
{
    CalendarLayout layout;
    layout.setMetrics(fixedMetrics());
    layout.setRange(sampleRange());
    const auto &dbA = layout.rows().at(1);
    QCOMPARE(dbA.lanes, 2);
    QCOMPARE(dbA.bars.size(), 3);
    // 1 [10,14) lane 0; 2 [12,16) overlaps it: lane 1; 3 [14,15) only touches 1: lane 0.
    QCOMPARE(dbA.bars.at(0).lane, 0);
    QCOMPARE(dbA.bars.at(1).lane, 1);
    QCOMPARE(dbA.bars.at(2).lane, 0);
    QCOMPARE(dbA.height, 2 * 20 + 8);
    // An asset without changes still has one (empty) lane.
    QCOMPARE(layout.rows().at(6).lanes, 1);
    QVERIFY(layout.rows().at(6).bars.isEmpty());
}

void TestCalendarLayout::onlyActiveAssets()
{
    CalendarLayout layout;
    layout.setMetrics(fixedMetrics());
    layout.setRange(sampleRange());
    layout.setOnlyActiveAssets(true);
    QVERIFY(!titles(layout).contains(QStringLiteral("idle-api")));
    QVERIFY(!titles(layout).contains(QStringLiteral("Service (1)")));
    QCOMPARE(layout.rowOfAsset(QStringLiteral("idle-api")), -1);
    QVERIFY(titles(layout).contains(QStringLiteral("db-b")));
    layout.setOnlyActiveAssets(false);
    QVERIFY(titles(layout).contains(QStringLiteral("idle-api")));
}

void TestCalendarLayout::timeAxis()
{
    CalendarLayout layout;
    layout.setMetrics(fixedMetrics());
    layout.setViewport(QSize(800, 600), 0);
    layout.setZoom(CalendarLayout::Zoom::Week);
    layout.setViewStart(kStart);
    QCOMPARE(layout.viewEnd(), kStart.addDays(7));
    QCOMPARE(layout.timelineRect(), QRect(100, 40, 700, 560));
    // 700 px for a week: 100 px a day, from x = 100.
    QCOMPARE(layout.xForTime(kStart), 100);
    QCOMPARE(layout.xForTime(at(24)), 200);
    QCOMPARE(layout.xForTime(at(7 * 24)), 800);
    QCOMPARE(layout.timeForX(450), at(84));
    // The zoom sets the span and the drag step.
    QCOMPARE(CalendarLayout::spanSecs(CalendarLayout::Zoom::Day), 24 * 3600);
    QCOMPARE(CalendarLayout::spanSecs(CalendarLayout::Zoom::Quarter), 92 * 24 * 3600);
    QCOMPARE(CalendarLayout::snapSecs(CalendarLayout::Zoom::Day), 15 * 60);
    QCOMPARE(CalendarLayout::snapSecs(CalendarLayout::Zoom::Quarter), 24 * 3600);
    layout.setZoom(CalendarLayout::Zoom::Day);
    QCOMPARE(layout.xForTime(at(12)), 450);
}

void TestCalendarLayout::barsAndHits()
{
    CalendarLayout layout;
    layout.setMetrics(fixedMetrics());
    layout.setRange(sampleRange());
    layout.setViewport(QSize(800, 600), 0);
    layout.setZoom(CalendarLayout::Zoom::Day);
    layout.setViewStart(kStart);
    // Day zoom: 700 px for 24 h. Change 2 on db-a (row 1, y 22), lane 1; on edge-fw (row 4).
    const int rowY = 40 + 22;
    QCOMPARE(layout.barRect(1),
             QRect(100 + 700 * 10 / 24, rowY + 4, 700 * 14 / 24 - 700 * 10 / 24, 16));
    const QRect twoOnDb = layout.barRect(2);
    QCOMPARE(twoOnDb.top(), rowY + 4 + 20);
    const QRect twoOnFw = layout.barRect(2, QStringLiteral("edge-fw"));
    QCOMPARE(twoOnFw.top(), 40 + layout.rows().at(4).y + 4);
    QCOMPARE(twoOnFw.left(), twoOnDb.left());
    QVERIFY(layout.barRect(99).isNull());
    // A very short change still gets 4 px.
    CalendarLayout::Bar bar;
    QCOMPARE(layout.barRectAt(1, bar, at(10), at(10)).width(), 4);
    // Clicks: on a bar, on its row beside it, on the labels, on the header.
    CalendarLayout::Hit hit = layout.hitAt(twoOnDb.center());
    QCOMPARE(hit.row, 1);
    QCOMPARE(layout.changeOf(layout.rows().at(hit.row).bars.at(hit.bar)).number, 2);
    hit = layout.hitAt(QPoint(790, twoOnDb.center().y()));
    QCOMPARE(hit.row, 1);
    QCOMPARE(hit.bar, -1);
    QCOMPARE(layout.hitAt(QPoint(50, twoOnDb.center().y())).row, -1);
    QCOMPARE(layout.hitAt(QPoint(twoOnDb.center().x(), 10)).row, -1);
}

void TestCalendarLayout::scrollingAndVisibleRows()
{
    CalendarLayout layout;
    layout.setMetrics(fixedMetrics());
    layout.setRange(sampleRange());
    layout.setZoom(CalendarLayout::Zoom::Day);
    layout.setViewStart(kStart);
    // A short viewport: 60 px of timeline shows the first group and db-a (y 22..70).
    layout.setViewport(QSize(800, 100), 0);
    QCOMPARE(layout.visibleRows(), QList<int>({0, 1}));
    const QRect before = layout.barRect(1);
    // Scrolled down by db-a's group heading: everything moves up by 22 px.
    layout.setViewport(QSize(800, 100), 22);
    QCOMPARE(layout.barRect(1), before.translated(0, -22));
    QCOMPARE(layout.rowRect(1).top(), 40);
    QVERIFY(layout.visibleRows().contains(2));
    QVERIFY(!layout.visibleRows().contains(7));
    QCOMPARE(layout.hitAt(before.translated(0, -22).center()).row, 1);
}

// By service (issue 16): one row per service the core listed, with the changes under it and why,
// then the changes that affect no service; a change may sit under two services.
void TestCalendarLayout::rowsByService()
{
    CalendarRange r = sampleRange();
    r.services = {ServiceRow{QStringLiteral("checkout"),
                             {ServiceChange{1, QStringLiteral("db-a"),
                                            QStringLiteral("db-a is part of checkout.")},
                              ServiceChange{2, QStringLiteral("db-a"),
                                            QStringLiteral("db-a is part of checkout.")}}},
                  ServiceRow{QStringLiteral("idle-shop"), {}},
                  ServiceRow{QStringLiteral("reports"),
                             {ServiceChange{2, QStringLiteral("edge-fw"), QString()}}}};
    CalendarLayout layout;
    layout.setMetrics(fixedMetrics());
    layout.setRange(r);
    layout.setByService(true);
    QCOMPARE(titles(layout),
             (QStringList{QStringLiteral("Services (3)"), QStringLiteral("checkout"),
                          QStringLiteral("idle-shop"), QStringLiteral("reports"),
                          QStringLiteral("No service")}));
    const auto &rows = layout.rows();
    QVERIFY(rows[0].group);
    QCOMPARE(rows[1].bars.size(), 2);
    QCOMPARE(rows[1].lanes, 2); // 1 and 2 overlap
    QCOMPARE(rows[1].why.value(1), QStringLiteral("db-a is part of checkout."));
    QCOMPARE(rows[2].bars.size(), 0);
    QCOMPARE(rows[3].bars.size(), 1);
    QCOMPARE(layout.changeOf(rows[3].bars[0]).number, 2);
    QCOMPARE(rows[4].bars.size(), 3); // 3, 4 and 5 affect no service
    QCOMPARE(layout.rowOfAsset(QStringLiteral("reports")), 3);
    layout.setOnlyActiveAssets(true);
    QVERIFY(!titles(layout).contains(QStringLiteral("idle-shop")));
    QCOMPARE(titles(layout).first(), QStringLiteral("Services (2)"));
    layout.setByService(false);
    QCOMPARE(titles(layout).first(), QStringLiteral("Database (2)"));
}

QTEST_GUILESS_MAIN(TestCalendarLayout)
#include "tst_calendar_layout.moc"
