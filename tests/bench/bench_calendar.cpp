// The change calendar at scale: Planning::calendar for a day, a week, a month and a quarter, and
// Planning::nextFreeSlot, over a workspace of N changes (default 100,000) spread over two years
// on 60 assets. Changes are inserted in bulk with SQL (building them through the core would take
// hours); the queries under test are the core's. Prints a table; asserts nothing about time.
//
//   vigilo-bench-calendar [--changes N] [--samples K]

#include "BenchStats.h"
#include "Clock.h"
#include "Dialect.h"
#include "Store.h"
#include "Vigilo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QVariant>

#include <algorithm>

using namespace vigilo;

namespace {

using bench::Stats;
using bench::stats;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vigilo change calendar benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("changes"), QStringLiteral("Changes"), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Queries per row"),
                      QStringLiteral("K"), QStringLiteral("20")});
    parser.process(app);
    const int n = parser.value(QStringLiteral("changes")).toInt();
    const int samples = qMax(1, parser.value(QStringLiteral("samples")).toInt());
    QTextStream out(stdout);

    QTemporaryDir tmp;
    auto store = Store::open(tmp.filePath(QStringLiteral("calendar.sqlite")),
                             Store::OpenMode::CreateIfMissing);
    if (!store) {
        QTextStream(stderr) << store.error().message << "\n";
        return 3;
    }
    const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    ManualClock clock(now);
    Vigilo core(**store, clock);
    auto ws = core.workspaces().createWorkspace(QStringLiteral("big"), QStringLiteral("Big"),
                                                QStringLiteral("en_US"), QStringLiteral("owner"));
    if (!ws) {
        QTextStream(stderr) << ws.error().message << "\n";
        return 1;
    }
    auto owner = core.workspaces().signIn(QStringLiteral("big"), QStringLiteral("owner"));
    constexpr int kAssets = 60;
    QList<qint64> assetIds;
    for (int i = 0; i < kAssets; ++i) {
        auto a = core.workspaces().addAsset(
            *owner, QStringLiteral("asset-%1").arg(i, 2, 10, QLatin1Char('0')),
            i % 3 == 0 ? QStringLiteral("database") : QStringLiteral("service"));
        if (!a)
            return 1;
        assetIds << a->id;
        if (i % 10 == 0) {
            MaintenanceWindow w;
            w.asset = a->name;
            w.weekday = 1 + i % 7;
            w.start = QTime(1, 0);
            w.durationMinutes = 300;
            w.timeZone = "Europe/Berlin";
            if (!core.maintenance().add(*owner, w))
                return 1;
        }
    }
    for (int i = 0; i < 12; ++i) {
        FreezeWindowInput f;
        f.name = QStringLiteral("Month-end %1").arg(i + 1);
        f.start = QDateTime(QDate(2026, 1, 1).addMonths(i + 1).addDays(-2), QTime(0, 0), Qt::UTC);
        f.end = f.start.addDays(3);
        f.allowOverride = true;
        if (!core.workspaces().addFreezeWindow(*owner, f))
            return 1;
    }

    // Bulk insert: windows of 1 to 6 hours from a year ago to a year ahead, 1 or 2 assets each.
    QElapsedTimer build;
    build.start();
    {
        Store::Transaction tx(**store);
        if (!tx.begin())
            return 3;
        QSqlQuery ins = (*store)->prepare(
            QStringLiteral("INSERT INTO changes (id, workspace_id, number, title, change_type, "
                           "priority, planned_start, "
                           "planned_end, min_lead_time_hours, requester_id, status, created_at, "
                           "updated_at) VALUES "
                           "(?, ?, ?, ?, 'normal', 'medium', ?, ?, 24, ?, ?, ?, ?)"));
        QSqlQuery link = (*store)->prepare(
            QStringLiteral("INSERT INTO change_assets (change_id, asset_id) VALUES (?, ?)"));
        static const char *const statuses[] = {"draft",     "review",    "approved",
                                               "scheduled", "completed", "cancelled"};
        QRandomGenerator rng(7);
        const QDateTime first = now.addDays(-365);
        const qint64 base = 1000000;
        for (int i = 0; i < n; ++i) {
            const QDateTime start = first.addSecs(qint64(rng.bounded(730 * 96)) * 900);
            const QDateTime end = start.addSecs(3600 * (1 + rng.bounded(6)));
            const QString status =
                QLatin1String(start < now ? (rng.bounded(10) < 8 ? "completed" : "cancelled")
                                          : statuses[rng.bounded(4)]);
            ins.bindValue(0, base + i);
            ins.bindValue(1, owner->workspace.id);
            ins.bindValue(2, 1000 + i);
            ins.bindValue(3, QStringLiteral("Bulk change %1").arg(i));
            ins.bindValue(4, Dialect::toDb(start));
            ins.bindValue(5, Dialect::toDb(end));
            ins.bindValue(6, owner->member.id);
            ins.bindValue(7, status);
            ins.bindValue(8, Dialect::toDb(now));
            ins.bindValue(9, Dialect::toDb(now));
            if (!(*store)->exec(ins))
                return 3;
            const int count = 1 + rng.bounded(2);
            const int firstAsset = rng.bounded(kAssets);
            for (int k = 0; k < count; ++k) {
                link.bindValue(0, base + i);
                link.bindValue(1, assetIds[(firstAsset + k * 7) % kAssets]);
                if (!(*store)->exec(link))
                    return 3;
            }
        }
        if (!(*store)->exec(QStringLiteral("UPDATE workspaces SET longest_window_secs = 21600, "
                                           "next_change_number = %1")
                                .arg(1000 + n)))
            return 3;
        if (!tx.commit())
            return 3;
    }
    const double buildSecs = build.elapsed() / 1000.0;

    out << QStringLiteral("Change calendar, %1 changes on %2 assets (bulk insert %3 s), %4 samples "
                          "per row\n\n")
               .arg(n)
               .arg(kAssets)
               .arg(buildSecs, 0, 'f', 1)
               .arg(samples);
    out << "| query | median ms | max ms | changes in range |\n|---|---:|---:|---:|\n";
    const QList<std::pair<QString, int>> spans = {
        {QStringLiteral("calendar: day"), 1},
        {QStringLiteral("calendar: week"), 7},
        {QStringLiteral("calendar: month"), 31},
        {QStringLiteral("calendar: quarter"), 92},
        {QStringLiteral("calendar: 2 quarters (the page's load at quarter zoom)"), 184}};
    for (const auto &[name, days] : spans) {
        QList<double> ms;
        int shown = 0;
        for (int s = 0; s < samples; ++s) {
            const QDateTime from = now.addDays(-180 + s * 17);
            QElapsedTimer t;
            t.start();
            auto r = core.planning().calendar(*owner, from, from.addDays(days));
            ms << t.nsecsElapsed() / 1e6;
            if (r)
                shown = qMax(shown, int(r->changes.size()));
        }
        const Stats st = stats(ms);
        out << QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(name)
                   .arg(st.median, 0, 'f', 2)
                   .arg(st.max, 0, 'f', 2)
                   .arg(shown);
    }
    // Next free slot for future drafts.
    QList<double> ms;
    int found = 0;
    QSqlQuery pick =
        (*store)->prepare(QStringLiteral("SELECT number FROM changes WHERE status = 'draft' AND "
                                         "planned_start > ? ORDER BY id LIMIT ?"));
    pick.bindValue(0, Dialect::toDb(now));
    pick.bindValue(1, samples);
    if (!(*store)->exec(pick))
        return 3;
    QList<int> numbers;
    while (pick.next())
        numbers << pick.value(0).toInt();
    pick.finish();
    for (int number : numbers) {
        QElapsedTimer t;
        t.start();
        auto slot = core.planning().nextFreeSlot(*owner, number);
        ms << t.nsecsElapsed() / 1e6;
        found += slot ? 1 : 0;
    }
    const Stats st = stats(ms);
    out << QStringLiteral("| next free slot (found %1 of %2) | %3 | %4 | |\n")
               .arg(found)
               .arg(numbers.size())
               .arg(st.median, 0, 'f', 2)
               .arg(st.max, 0, 'f', 2);
    return 0;
}
