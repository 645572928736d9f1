// Planning at scale: conflicts summary and Suggest similar inside the core, and
// `vigilo-cli change conflicts` as a whole process against the sqlite3 shell running the
// equivalent indexed query. Prints a table; asserts nothing about time.
//
//   vigilo-bench [--changes N] [--db FILE] [--samples K] [--process-runs M]
//   vigilo-bench --build-only [--call-by-call] [--changes N] [--db FILE|postgresql://…]
//     times building the demo (wall clock and this process's CPU) into a fresh database;
//     --call-by-call also builds it with a savepoint per service call, as before the bulk mode
//     (into FILE.cbc, or on PostgreSQL into the database named DB_cbc, which must exist)

#include "BenchStats.h"
#include "Clock.h"
#include "DemoBuilder.h"
#include "Store.h"
#include "Vigilo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace vigilo;

namespace {

using bench::Stats;
using bench::stats;

void row(QTextStream &out, const QString &what, const Stats &s, const QString &note = {})
{
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
               .arg(what, -52)
               .arg(s.median, 9, 'f', 3)
               .arg(s.p95, 9, 'f', 3)
               .arg(s.max, 9, 'f', 3)
               .arg(note);
}

// CPU time (user + system) of the children this process has waited for, in ms; -1 where the
// platform does not say.
double childrenCpuMs()
{
#ifdef Q_OS_UNIX
    rusage u{};
    if (getrusage(RUSAGE_CHILDREN, &u) != 0)
        return -1;
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3
           + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
#else
    return -1;
#endif
}

// Runs one process to its end: wall-clock ms (returned) and the CPU ms it used (`cpuMs`, which
// does not depend on what else the machine is doing as much as the wall clock does).
double runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                  double *cpuMs = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(env);
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForFinished(60000);
    const double ms = t.nsecsElapsed() / 1e6;
    if (cpuMs)
        *cpuMs = cpuBefore < 0 ? -1 : childrenCpuMs() - cpuBefore;
    if (p.exitStatus() != QProcess::NormalExit || (p.exitCode() != 0 && p.exitCode() != 1)) {
        QTextStream(stderr) << program << " failed: " << p.readAllStandardError() << "\n";
        return -1;
    }
    return ms;
}

// CPU time (user, system) of this process so far, in seconds.
std::pair<double, double> ownCpuSecs()
{
#ifdef Q_OS_UNIX
    rusage u{};
    if (getrusage(RUSAGE_SELF, &u) == 0)
        return {u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6,
                u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6};
#endif
    return {-1, -1};
}

// Builds the demo into a fresh database per mode and prints one row each.
int buildOnly(const QString &given, int changes, bool callByCall)
{
    QTextStream out(stdout);
    QTemporaryDir tmp;
    out << "| demo build | backend | changes | audit events | wall s | CPU user s | CPU system s "
           "| CPU total s |\n|---|---|---|---|---|---|---|---|\n";
    QList<bool> modes{true};
    if (callByCall)
        modes << false;
    for (bool bulk : modes) {
        QString path = given;
        if (path.isEmpty())
            path = tmp.filePath(bulk ? QStringLiteral("bulk.sqlite")
                                     : QStringLiteral("call-by-call.sqlite"));
        else if (!bulk) // the second build goes next to the first: FILE.cbc, or database DB_cbc
            path = Store::isPostgresLocation(path)
                       ? given.section(QLatin1Char('?'), 0, 0) + QStringLiteral("_cbc")
                       : path + QStringLiteral(".cbc");
        if (!Store::isPostgresLocation(path) && QFileInfo::exists(path)) {
            QTextStream(stderr) << path << " exists: --build-only builds into a fresh file\n";
            return 2;
        }
        auto store = Store::open(path, Store::OpenMode::CreateIfMissing);
        if (!store) {
            QTextStream(stderr) << store.error().message << "\n";
            return 3;
        }
        DemoOptions o;
        o.changes = changes;
        o.seed = 7;
        o.extraOwner = QStringLiteral("bench");
        o.bulk = bulk;
        const auto cpu0 = ownCpuSecs();
        QElapsedTimer t;
        t.start();
        auto report = DemoBuilder::build(**store, o);
        const double wall = t.elapsed() / 1000.0;
        const auto cpu1 = ownCpuSecs();
        if (!report) {
            QTextStream(stderr) << report.error().message << "\n";
            return 1;
        }
        const double user = cpu1.first - cpu0.first, sys = cpu1.second - cpu0.second;
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                   .arg(bulk ? QStringLiteral("bulk (one transaction, no savepoints)")
                             : QStringLiteral("call by call (a savepoint per service call)"),
                        (*store)->backendName())
                   .arg(changes)
                   .arg(report->auditEvents)
                   .arg(wall, 0, 'f', 1)
                   .arg(user, 0, 'f', 1)
                   .arg(sys, 0, 'f', 1)
                   .arg(user + sys, 0, 'f', 1);
        out.flush();
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vigilo planning benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("changes"), QStringLiteral("Demo size"), QStringLiteral("N"),
                      QStringLiteral("2000")});
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Reuse or build this file"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Changes sampled in the core"),
                      QStringLiteral("K"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("process-runs"),
                      QStringLiteral("Runs per process measurement"), QStringLiteral("M"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("build-only"),
                      QStringLiteral("Only time building the demo into a fresh database")});
    parser.addOption({QStringLiteral("call-by-call"),
                      QStringLiteral("With --build-only: also build with a savepoint per call")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("build-only")))
        return buildOnly(parser.value(QStringLiteral("db")),
                         parser.value(QStringLiteral("changes")).toInt(),
                         parser.isSet(QStringLiteral("call-by-call")));
    const int changes = parser.value(QStringLiteral("changes")).toInt();
    const int samples = parser.value(QStringLiteral("samples")).toInt();
    const int runs = parser.value(QStringLiteral("process-runs")).toInt();

    QTemporaryDir tmp;
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = tmp.filePath(QStringLiteral("bench.sqlite"));
    QTextStream out(stdout);
    const bool postgres = Store::isPostgresLocation(path);
    bool exists = !postgres && QFileInfo::exists(path);
    auto store = Store::open(path, Store::OpenMode::CreateIfMissing);
    if (!store) {
        QTextStream(stderr) << store.error().message << "\n";
        return 3;
    }
    double buildSecs = 0;
    if (postgres) {
        Vigilo probe(**store, SystemClock());
        exists = probe.workspaces().workspace(QStringLiteral("demo")).ok();
    }
    if (!exists) {
        QElapsedTimer t;
        t.start();
        DemoOptions o;
        o.changes = changes;
        o.seed = 7;
        o.extraOwner = QStringLiteral("bench");
        auto report = DemoBuilder::build(**store, o);
        if (!report) {
            QTextStream(stderr) << report.error().message << "\n";
            return 1;
        }
        buildSecs = t.elapsed() / 1000.0;
    }
    SystemClock clock;
    Vigilo core(**store, clock);
    auto actor = core.workspaces().signIn(QStringLiteral("demo"), QStringLiteral("bench"));
    if (!actor) {
        QTextStream(stderr) << actor.error().message << "\n";
        return 1;
    }
    auto all = core.changes().list(*actor);
    if (!all || all->isEmpty()) {
        QTextStream(stderr) << "no changes\n";
        return 1;
    }
    // Sample changes that have a window (the interesting case for conflicts).
    QList<int> picks;
    for (int i = 0; i < all->size() && picks.size() < samples;
         i += qMax<qsizetype>(1, all->size() / samples))
        if (all->at(i).plannedStart.isValid())
            picks << all->at(i).number;

    QList<double> conflictsMs, similarMs, showMs, listMs;
    int conflictsFound = 0;
    for (int n : picks) {
        QElapsedTimer t;
        t.start();
        auto c = core.planning().conflicts(*actor, n);
        conflictsMs << t.nsecsElapsed() / 1e6;
        if (c)
            conflictsFound += int(c->conflicts.size());
        t.restart();
        auto s = core.planning().similar(*actor, n, 10);
        similarMs << t.nsecsElapsed() / 1e6;
        t.restart();
        auto g = core.changes().get(*actor, n);
        showMs << t.nsecsElapsed() / 1e6;
    }
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto l = core.changes().list(*actor);
        listMs << t.nsecsElapsed() / 1e6;
    }

    // Whole processes: vigilo-cli vs the sqlite3 shell on the same file and change.
    const int target = picks.value(picks.size() / 2, all->first().number);
    auto c = core.changes().get(*actor, target);
    QList<double> cliMs, shellMs, floorMs, cliCpu, shellCpu, floorCpu;
    const QString shell = QStandardPaths::findExecutable(postgres ? QStringLiteral("psql")
                                                                  : QStringLiteral("sqlite3"));
    // On a server the CLI acts as its login: connect as the demo's bench member.
    QString cliLocation = path;
    if (postgres) {
        QUrl url(path);
        url.setUserName(QStringLiteral("bench"));
        cliLocation = url.toString();
    }
    if (c && runs > 0) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VIGILO_DB"), cliLocation);
        env.insert(QStringLiteral("VIGILO_WORKSPACE"), QStringLiteral("demo"));
        env.insert(QStringLiteral("VIGILO_USER"), QStringLiteral("bench"));
        const QString cli = QStringLiteral(VIGILO_CLI_PATH);
        // The same indexed query the core runs (bounded by the workspace's longest window).
        QSqlQuery longestQuery((*store)->database());
        qint64 longest = 0;
        if (longestQuery.exec(
                QStringLiteral("SELECT longest_window_secs FROM workspaces WHERE id = %1")
                    .arg(actor->workspace.id))
            && longestQuery.next())
            longest = longestQuery.value(0).toLongLong();
        longestQuery.finish();
        const auto iso = [](const QDateTime &t) -> QString {
            return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        };
        const QString query =
            QStringLiteral(
                "SELECT c.number, c.title, c.status, c.planned_start, c.planned_end, a.name FROM "
                "changes c "
                "JOIN change_assets ca ON ca.change_id = c.id JOIN assets a ON a.id = ca.asset_id "
                "WHERE c.workspace_id = WSID AND c.planned_start < '%2' AND c.planned_start >= "
                "'%4' AND "
                "c.planned_end > '%3' AND c.id <> %1 AND c.status IN "
                "('review','approved','scheduled',"
                "'in_progress') AND ca.asset_id IN (SELECT asset_id FROM change_assets WHERE "
                "change_id = %1) "
                "ORDER BY c.planned_start, c.number, a.name;")
                .arg(c->id)
                .arg(iso(c->plannedEnd), iso(c->plannedStart),
                     iso(c->plannedStart.addSecs(-longest - 1)))
                .replace(QStringLiteral("WSID"), QString::number(actor->workspace.id));
        for (int i = 0; i < runs + 1; ++i) { // the first run of each warms the page cache
            double aCpu = -1, bCpu = -1, fCpu = -1;
            const double a = runProcess(
                cli, {QStringLiteral("change"), QStringLiteral("conflicts"), c->numberText()}, env,
                &aCpu);
            // The floor: the same executable starting, printing its version and exiting (Qt's
            // start-up with no database).
            const double f = runProcess(cli, {QStringLiteral("--version")}, env, &fCpu);
            const QStringList shellArgs =
                postgres ? QStringList{QStringLiteral("-X"), QStringLiteral("-q"),
                                       QStringLiteral("-A"), QStringLiteral("-t"),
                                       QStringLiteral("-d"), path,
                                       QStringLiteral("-c"), query}
                         : QStringList{path, query};
            const double b = shell.isEmpty() ? -1 : runProcess(shell, shellArgs, env, &bCpu);
            if (i == 0)
                continue;
            if (a >= 0) {
                cliMs << a;
                cliCpu << aCpu;
            }
            if (f >= 0) {
                floorMs << f;
                floorCpu << fCpu;
            }
            if (b >= 0) {
                shellMs << b;
                shellCpu << bCpu;
            }
        }
    }

    out << QStringLiteral("Vigilo planning benchmark (%4): %1 changes in %2%3\n\n")
               .arg(all->size())
               .arg(path)
               .arg(buildSecs > 0
                        ? QStringLiteral(" (demo built in %1 s)").arg(buildSecs, 0, 'f', 1)
                        : QString())
               .arg((*store)->backendName());
    out << "| measurement                                          | median ms |    p95 ms |    "
           "max ms | note |\n";
    out << "|------------------------------------------------------|-----------|-----------|-------"
           "----|------|\n";
    row(out, QStringLiteral("core: conflicts summary (one change)"), stats(conflictsMs),
        QStringLiteral("%1 samples, %2 conflicts").arg(picks.size()).arg(conflictsFound));
    row(out, QStringLiteral("core: suggest similar (top 10)"), stats(similarMs),
        QStringLiteral("%1 samples").arg(picks.size()));
    row(out, QStringLiteral("core: load one change"), stats(showMs));
    row(out, QStringLiteral("core: list every change"), stats(listMs),
        QStringLiteral("%1 rows").arg(all->size()));
    const QString shellName = postgres ? QStringLiteral("psql") : QStringLiteral("sqlite3");
    if (!cliMs.isEmpty()) {
        row(out, QStringLiteral("process: vigilo-cli change conflicts"), stats(cliMs),
            QStringLiteral("%1 runs").arg(cliMs.size()));
        row(out, QStringLiteral("process: vigilo-cli --version (start-up only)"), stats(floorMs),
            QStringLiteral("%1 runs").arg(floorMs.size()));
    }
    if (!shellMs.isEmpty())
        row(out,
            postgres ? QStringLiteral("process: psql, equivalent query")
                     : QStringLiteral("process: sqlite3 shell, equivalent query"),
            stats(shellMs), QStringLiteral("%1 runs").arg(shellMs.size()));
    if (!cliCpu.isEmpty() && cliCpu.first() >= 0) {
        row(out, QStringLiteral("CPU: vigilo-cli change conflicts"), stats(cliCpu),
            QStringLiteral("user + system"));
        row(out, QStringLiteral("CPU: vigilo-cli --version (start-up only)"), stats(floorCpu),
            QStringLiteral("user + system"));
        if (!shellCpu.isEmpty())
            row(out, QStringLiteral("CPU: %1, equivalent query").arg(shellName), stats(shellCpu),
                QStringLiteral("user + system"));
    }
    if (!cliMs.isEmpty() && !shellMs.isEmpty()) {
        out << QStringLiteral("\nvigilo-cli / %1 (medians): %2x wall clock")
                   .arg(shellName)
                   .arg(stats(cliMs).median / stats(shellMs).median, 0, 'f', 2);
        if (!shellCpu.isEmpty() && shellCpu.first() >= 0 && stats(shellCpu).median > 0)
            out << QStringLiteral(", %1x CPU; start-up alone is %2x the whole %3 run")
                       .arg(stats(cliCpu).median / stats(shellCpu).median, 0, 'f', 2)
                       .arg(stats(floorCpu).median / stats(shellCpu).median, 0, 'f', 2)
                       .arg(shellName);
        out << "\n";
    }
    return 0;
}
