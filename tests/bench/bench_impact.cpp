// Impact analysis at scale (issue 16): a change's impact (Impact::analyse), its conflicts
// summary with the indirect conflicts (Planning::conflicts) and the asset search the desktop
// picker calls on every keystroke (AssetInventory::search), over a workspace of A assets
// (default 10,000) with R relationships (default 50,000; one host carries 600 services, the
// hub that the "and N more" bound is for) and N changes (default 100,000). Assets,
// relationships and changes are inserted in bulk with SQL; the queries under test are the
// core's. Prints a table; asserts nothing about time.
//
//   vigilo-bench-impact [--assets A] [--relations R] [--changes N] [--samples K]
//                       [--db FILE|postgresql://…]
//
// With --db, a location that already holds the workspace "big" is measured as it is (the sizes
// given are then ignored), so a profile or a second build type needs no new bulk insert.

#include "BenchStats.h"
#include "Clock.h"
#include "Dialect.h"
#include "Store.h"
#include "Vigilo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QVariant>

#include <functional>

using namespace vigilo;

namespace {

using bench::Stats;
using bench::stats;

QString assetName(int i)
{
    return QStringLiteral("asset-%1").arg(i, 5, 10, QLatin1Char('0'));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vigilo impact analysis benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("assets"), QStringLiteral("Assets"), QStringLiteral("A"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("relations"), QStringLiteral("Relationships"),
                      QStringLiteral("R"), QStringLiteral("50000")});
    parser.addOption({QStringLiteral("changes"), QStringLiteral("Changes"), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Queries per row"),
                      QStringLiteral("K"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("SQLite file or postgresql:// location (kept; reused when it "
                                     "holds the workspace)"),
                      QStringLiteral("location")});
    parser.process(app);
    const int nAssets = qMax(100, parser.value(QStringLiteral("assets")).toInt());
    const int nRelations = qMax(0, parser.value(QStringLiteral("relations")).toInt());
    const int nChanges = qMax(10, parser.value(QStringLiteral("changes")).toInt());
    const int samples = qMax(1, parser.value(QStringLiteral("samples")).toInt());
    QTextStream out(stdout);
    QTextStream err(stderr);

    QTemporaryDir tmp;
    QString location = parser.value(QStringLiteral("db"));
    if (location.isEmpty())
        location = tmp.filePath(QStringLiteral("impact.sqlite"));
    auto store = Store::open(location, Store::OpenMode::CreateIfMissing);
    if (!store) {
        err << store.error().message << "\n";
        return 3;
    }
    const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    ManualClock clock(now);
    Vigilo core(**store, clock);
    const bool reuse = core.workspaces().workspace(QStringLiteral("big")).ok();
    if (!reuse) {
        auto ws =
            core.workspaces().createWorkspace(QStringLiteral("big"), QStringLiteral("Big"),
                                              QStringLiteral("en_US"), QStringLiteral("owner"));
        if (!ws) {
            err << ws.error().message << "\n";
            return 1;
        }
    }
    auto owner = core.workspaces().signIn(QStringLiteral("big"), QStringLiteral("owner"));
    if (!owner)
        return 1;
    const qint64 wsId = owner->workspace.id;

    // Kinds by position: 10 % hosts, 10 % databases, 2 % business services, the rest services.
    const int hosts = nAssets / 10;
    const int databases = nAssets / 10;
    const int businessServices = qMax(1, nAssets / 50);
    const int firstService = hosts + databases + businessServices;
    auto kindOf = [&](int i) {
        if (i < hosts)
            return QStringLiteral("host");
        if (i < hosts + databases)
            return QStringLiteral("database");
        if (i < firstService)
            return QStringLiteral("business-service");
        return QStringLiteral("service");
    };
    static const char *const teams[] = {"platform", "payments", "shop",    "identity",
                                        "data",     "network",  "finance", "search"};
    static const char *const criticalities[] = {"low", "medium", "medium", "high", "critical"};

    // A failed statement of the bulk insert says why.
    const auto ran = [&](Status s) {
        if (!s)
            err << s.error().message << "\n";
        return s.ok();
    };
    QElapsedTimer build;
    build.start();
    QList<qint64> ids(nAssets);
    int relationsMade = 0;
    // PostgreSQL's guards let a change be created only as a draft; the bulk insert writes the
    // statuses directly, as the schema's superuser, with the triggers of the session off.
    const bool postgres = Store::isPostgresLocation(location);
    if (!reuse && postgres
        && !ran((*store)->exec(QStringLiteral("SET session_replication_role "
                                              "= replica"))))
        return 3;
    if (!reuse) {
        Store::Transaction tx(**store);
        if (!ran(tx.begin()))
            return 3;
        QRandomGenerator rng(16);
        QSqlQuery asset = (*store)->prepare(
            QStringLiteral("INSERT INTO assets (id, workspace_id, name, kind, owner, criticality, "
                           "time_zone, created_at) VALUES (?, ?, ?, ?, ?, ?, '', ?)"));
        const qint64 base = 1000000;
        for (int i = 0; i < nAssets; ++i) {
            ids[i] = base + i;
            asset.bindValue(0, ids[i]);
            asset.bindValue(1, wsId);
            asset.bindValue(2, assetName(i));
            asset.bindValue(3, kindOf(i));
            asset.bindValue(4, QStringLiteral("team-%1").arg(QLatin1String(teams[i % 8])));
            asset.bindValue(5, QLatin1String(criticalities[rng.bounded(5)]));
            asset.bindValue(6, Dialect::toDb(now));
            if (!ran((*store)->exec(asset)))
                return 3;
        }
        QSqlQuery rel = (*store)->prepare(
            QStringLiteral("INSERT INTO asset_relations (workspace_id, from_asset_id, kind, "
                           "to_asset_id, created_by_id, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        QSet<QString> seen;
        auto relate = [&](int from, const char *kind, int to) {
            const QString key =
                QStringLiteral("%1 %2 %3").arg(from).arg(QLatin1String(kind)).arg(to);
            if (from == to || seen.contains(key))
                return true;
            seen.insert(key);
            rel.bindValue(0, wsId);
            rel.bindValue(1, ids[from]);
            rel.bindValue(2, QLatin1String(kind));
            rel.bindValue(3, ids[to]);
            rel.bindValue(4, owner->member.id);
            rel.bindValue(5, Dialect::toDb(now));
            ++relationsMade;
            return ran((*store)->exec(rel));
        };
        const int services = nAssets - firstService;
        // The hub: the first 600 services run on host 0.
        for (int s = 0; s < qMin(600, services) && relationsMade < nRelations; ++s)
            if (!relate(firstService + s, "runs_on", 0))
                return 3;
        int guard = 0;
        while (relationsMade < nRelations && guard++ < nRelations * 4) {
            const int from = firstService + rng.bounded(services);
            const int pick = rng.bounded(10);
            bool ok = true;
            if (pick < 2) // a service runs on a host
                ok = relate(from, "runs_on", rng.bounded(hosts));
            else if (pick < 4) // on a database
                ok = relate(from, "depends_on", hosts + rng.bounded(databases));
            else if (pick < 9) // on another service
                ok = relate(from, "depends_on", firstService + rng.bounded(services));
            else // part of a business service
                ok = relate(from, "part_of", hosts + databases + rng.bounded(businessServices));
            if (!ok)
                return 3;
        }
        // Databases run on hosts too.
        for (int d = 0; d < databases && relationsMade < nRelations; ++d)
            if (!relate(hosts + d, "runs_on", rng.bounded(hosts)))
                return 3;

        // Changes: windows of 1 to 6 hours from a year ago to a year ahead, 1 or 2 assets each.
        QSqlQuery ins = (*store)->prepare(
            QStringLiteral("INSERT INTO changes (id, workspace_id, number, title, change_type, "
                           "priority, planned_start, planned_end, min_lead_time_hours, "
                           "requester_id, status, created_at, updated_at) VALUES "
                           "(?, ?, ?, ?, 'normal', 'medium', ?, ?, 24, ?, ?, ?, ?)"));
        QSqlQuery link = (*store)->prepare(
            QStringLiteral("INSERT INTO change_assets (change_id, asset_id) VALUES (?, ?)"));
        static const char *const statuses[] = {"draft", "review", "approved", "scheduled"};
        const QDateTime first = now.addDays(-365);
        for (int i = 0; i < nChanges; ++i) {
            const QDateTime start = first.addSecs(qint64(rng.bounded(730 * 96)) * 900);
            const QDateTime end = start.addSecs(3600 * (1 + rng.bounded(6)));
            const QString status =
                QLatin1String(start < now ? (rng.bounded(10) < 8 ? "completed" : "cancelled")
                                          : statuses[rng.bounded(4)]);
            ins.bindValue(0, base + i);
            ins.bindValue(1, wsId);
            ins.bindValue(2, 1000 + i);
            ins.bindValue(3, QStringLiteral("Bulk change %1").arg(i));
            ins.bindValue(4, Dialect::toDb(start));
            ins.bindValue(5, Dialect::toDb(end));
            ins.bindValue(6, owner->member.id);
            ins.bindValue(7, status);
            ins.bindValue(8, Dialect::toDb(now));
            ins.bindValue(9, Dialect::toDb(now));
            if (!ran((*store)->exec(ins)))
                return 3;
            const int count = 1 + rng.bounded(2);
            const int firstAsset = rng.bounded(nAssets);
            for (int k = 0; k < count; ++k) {
                link.bindValue(0, base + i);
                link.bindValue(1, ids[(firstAsset + k * 7919) % nAssets]);
                if (!ran((*store)->exec(link)))
                    return 3;
            }
        }
        if (!ran((*store)->exec(QStringLiteral("UPDATE workspaces SET longest_window_secs = "
                                               "21600, next_change_number = %1")
                                    .arg(1000 + nChanges))))
            return 3;
        if (!ran(tx.commit()))
            return 3;
    }
    if (!reuse && postgres
        && !ran((*store)->exec(QStringLiteral("SET session_replication_role = DEFAULT"))))
        return 3;
    const double buildSecs = build.elapsed() / 1000.0;
    int assetsThere = nAssets, changesThere = nChanges;
    if (reuse) {
        const auto count = [&](const char *table) {
            QSqlQuery q =
                (*store)->prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE workspace_id = ?")
                                      .arg(QLatin1String(table)));
            q.addBindValue(wsId);
            return (*store)->exec(q).ok() && q.next() ? q.value(0).toInt() : -1;
        };
        assetsThere = count("assets");
        relationsMade = count("asset_relations");
        changesThere = count("changes");
    }

    // Future changes (open, so their conflicts are searched), and one on the hub host.
    QList<int> numbers;
    {
        QSqlQuery pick = (*store)->prepare(
            QStringLiteral("SELECT number FROM changes WHERE status IN ('draft', 'review', "
                           "'approved', 'scheduled') AND planned_start > ? ORDER BY id LIMIT ?"));
        pick.bindValue(0, Dialect::toDb(now));
        pick.bindValue(1, samples);
        if (!(*store)->exec(pick))
            return 3;
        while (pick.next())
            numbers << pick.value(0).toInt();
    }
    ChangeDraft hub;
    hub.title = QStringLiteral("Replace the hub host's power supply");
    hub.plannedStart = now.addDays(30);
    hub.plannedEnd = now.addDays(30).addSecs(7200);
    hub.affectedAssets = QStringList{assetName(0)};
    hub.implementationPlan = QStringLiteral("1. Drain\n2. Replace\n3. Restore");
    hub.rollbackPlan = QStringLiteral("Put the old one back");
    int hubNumber = 0;
    {
        QSqlQuery q = (*store)->prepare(
            QStringLiteral("SELECT number FROM changes WHERE workspace_id = ? AND title = ?"));
        q.addBindValue(wsId);
        q.addBindValue(*hub.title);
        if ((*store)->exec(q).ok() && q.next())
            hubNumber = q.value(0).toInt();
    }
    if (hubNumber == 0) {
        auto hubChange = core.changes().create(*owner, hub);
        if (!hubChange) {
            err << hubChange.error().message << "\n";
            return 1;
        }
        hubNumber = hubChange->number;
    }

    out << QStringLiteral("Impact analysis, %1 assets, %2 relationships, %3 changes (bulk insert "
                          "%4 s), %5 samples per row\n\n")
               .arg(assetsThere)
               .arg(relationsMade)
               .arg(changesThere)
               .arg(buildSecs, 0, 'f', 1)
               .arg(samples);
    out << "| query | goal ms | median ms | p95 ms | max ms | result (largest) |\n"
           "|---|---:|---:|---:|---:|---|\n";
    auto row = [&](const QString &name, int goal, const QList<double> &ms, const QString &result) {
        const Stats st = stats(ms);
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                   .arg(name)
                   .arg(goal)
                   .arg(st.median, 0, 'f', 2)
                   .arg(st.p95, 0, 'f', 2)
                   .arg(st.max, 0, 'f', 2)
                   .arg(result);
    };
    auto timed = [](const std::function<void()> &f) {
        QElapsedTimer t;
        t.start();
        f();
        return t.nsecsElapsed() / 1e6;
    };

    {
        QList<double> ms;
        int largest = 0, failures = 0;
        for (int number : std::as_const(numbers))
            ms << timed([&] {
                auto r = core.impact().analyse(*owner, number);
                if (!r)
                    ++failures;
                else
                    largest = qMax(largest, int(r->affected.size()) + r->omitted);
            });
        row(QStringLiteral("change impact"), 20, ms,
            QStringLiteral("%1 affected%2")
                .arg(largest)
                .arg(failures ? QStringLiteral(", %1 failed").arg(failures) : QString()));
    }
    {
        QList<double> ms;
        QString shown;
        for (int s = 0; s < samples; ++s)
            ms << timed([&] {
                auto r = core.impact().analyse(*owner, hubNumber);
                if (r)
                    shown =
                        QStringLiteral("%1 listed, %2").arg(r->affected.size()).arg(r->moreText());
            });
        row(QStringLiteral("change impact on the hub host"), 20, ms, shown);
    }
    {
        QList<double> ms;
        int largest = 0, indirect = 0, failures = 0;
        for (int number : std::as_const(numbers))
            ms << timed([&] {
                auto r = core.planning().conflicts(*owner, number);
                if (!r) {
                    ++failures;
                    return;
                }
                largest = qMax(largest, int(r->conflicts.size()));
                for (const Conflict &k : r->conflicts)
                    indirect += k.indirect ? 1 : 0;
            });
        row(QStringLiteral("conflicts with indirect ones"), 25, ms,
            QStringLiteral("%1 conflicts, %2 indirect in all%3")
                .arg(largest)
                .arg(indirect)
                .arg(failures ? QStringLiteral(", %1 failed").arg(failures) : QString()));
    }
    {
        // Typing "asset-01234" one keystroke at a time, then a kind and an owner prefix.
        QList<double> ms;
        int largest = 0;
        const QString typed = assetName(assetsThere / 3);
        for (int s = 0; s < samples; ++s)
            for (int k = 1; k <= typed.size(); ++k) {
                AssetQuery q;
                q.text = typed.left(k);
                if (s % 3 == 1)
                    q.kind = QStringLiteral("service");
                if (s % 3 == 2)
                    q.owner = QStringLiteral("team-pay");
                ms << timed([&] {
                    auto r = core.inventory().search(*owner, q);
                    if (r)
                        largest = qMax(largest, r->total);
                });
            }
        row(QStringLiteral("asset search per keystroke"), 16, ms,
            QStringLiteral("%1 matches").arg(largest));
    }
    return 0;
}
