// Speed at a distance (issue 13): the Client calls the desktop client makes for a screen,
// through a real vigilo-server behind tools/latency-proxy, and (the baseline) the old direct
// connection, the core in this process on PostgreSQL through the same proxy as the server's
// login. Prints requests, round trips (the proxy's client bursts) and times per action; asserts
// nothing about time.
//
//   vigilo-bench-remote [--pg URL] [--changes N] [--built N] [--runs N] [--rtt 0,30]
//                       [--queue 50]
//
// URL: a superuser address of a PostgreSQL server (default $VIGILO_TEST_PG_URL, which
// .ci/with-postgres sets); the bench makes and drops a scratch database on it.

#include "BenchStats.h"
#include "DemoBuilder.h"
#include "LocalTransport.h"
#include "RemoteBench.h"
#include "RemoteTransport.h"
#include "SqlUtil.h"
#include "Store.h"
#include "TestBackend.h"
#include "TestServer.h"
#include "Vigilo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>
#include <QUrl>

#include <functional>

using namespace vigilo;
using namespace vigilo::client;

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

// "3", or "3–5" when the runs differ.
QString span(QList<qint64> values)
{
    if (values.isEmpty())
        return QStringLiteral("–");
    std::sort(values.begin(), values.end());
    if (values.first() == values.last())
        return QString::number(values.first());
    return QStringLiteral("%1–%2").arg(values.first()).arg(values.last());
}

struct Session {
    QString label;
    int rtt = 0;
    qint64 requests = 0;
    bench::LatencyProxy *proxy = nullptr;
    Client *client = nullptr;
    // The direct connection: the core's list alone, without the API's JSON (for the diagnosis).
    std::function<Status()> coreList;
};

// Runs `action` once untimed (warm-up: the session's first call, statements the server has not
// prepared yet), then `runs` times, and prints one row.
bool measure(QTextStream &out, Session &s, const QString &what, int runs,
             const std::function<Status(int run)> &action)
{
    if (Status warm = action(0); !warm) {
        err() << what << " (" << s.label << ", " << s.rtt << " ms): " << warm.error().message
              << "\n";
        return false;
    }
    QList<double> ms;
    QList<qint64> requests, trips;
    for (int i = 1; i <= runs; ++i) {
        const qint64 r0 = s.requests;
        const qint64 b0 = s.proxy->bursts();
        QElapsedTimer t;
        t.start();
        const Status done = action(i);
        const double elapsed = t.nsecsElapsed() / 1e6;
        const qint64 b1 = s.proxy->bursts();
        if (!done) {
            err() << what << " (" << s.label << ", " << s.rtt << " ms): " << done.error().message
                  << "\n";
            return false;
        }
        ms << elapsed;
        requests << s.requests - r0;
        trips << (b0 < 0 || b1 < 0 ? -1 : b1 - b0);
    }
    const bench::Stats st = bench::stats(ms);
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
               .arg(s.label)
               .arg(s.rtt)
               .arg(what)
               .arg(span(requests), span(trips))
               .arg(st.median, 0, 'f', 1)
               .arg(st.p95, 0, 'f', 1);
    out.flush();
    return true;
}

Status fail(const QString &message)
{
    return Error::storage(message);
}

struct Plan {
    int changes = 0;
    int runs = 0;
    int queue = 0;
    QList<int> openNumbers; // a spread of the demo's changes
    QList<int> approvals;   // in review, awaiting the approver; each approved once
};

// The actions of one session (server or direct, one round-trip time).
bool runSession(QTextStream &out, Session &s, Plan &plan)
{
    Client &c = *s.client;
    const int runs = plan.runs;
    bool ok = true;
    ok &= measure(out, s, QStringLiteral("open a change (ChangeView, conflicts, history)"), runs,
                  [&](int run) -> Status {
                      auto view = c.openChange(plan.openNumbers.at(run % plan.openNumbers.size()),
                                               true, true);
                      if (!view)
                          return view.error();
                      if (!view->conflicts || !view->history)
                          return fail(QStringLiteral("change.open without conflicts or history"));
                      return {};
                  });
    ok &= measure(out, s, QStringLiteral("approve a change"), runs, [&](int) -> Status {
        if (plan.approvals.isEmpty())
            return fail(QStringLiteral("no change left to approve"));
        auto done = c.apply(plan.approvals.takeFirst(), Action::Approve);
        if (!done)
            return done.error();
        return {};
    });
    ok &= measure(out, s, QStringLiteral("approval queue (%1 in review)").arg(plan.queue), runs,
                  [&](int) -> Status {
                      c.setWorkspace(QStringLiteral("bench-queue"));
                      auto queue = c.changesWith({{QStringLiteral("awaiting_me"), true}});
                      c.setWorkspace(QStringLiteral("demo"));
                      if (!queue)
                          return queue.error();
                      if (queue->size() != plan.queue)
                          return fail(QStringLiteral("the queue holds %1 changes, not %2")
                                          .arg(queue->size())
                                          .arg(plan.queue));
                      return {};
                  });
    ok &= measure(out, s, QStringLiteral("change list (%L1 changes)").arg(plan.changes), runs,
                  [&](int) -> Status {
                      auto list = c.changes();
                      if (!list)
                          return list.error();
                      if (list->size() != plan.changes)
                          return fail(QStringLiteral("the list holds %1 changes, not %2")
                                          .arg(list->size())
                                          .arg(plan.changes));
                      return {};
                  });
    // The Calendar page at month zoom: the month and half of it on each side, in one request
    // (calendar.range).
    ok &= measure(out, s, QStringLiteral("calendar: month"), runs, [&](int run) -> Status {
        const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-15 - run % 3);
        auto range = c.call(QStringLiteral("calendar.range"),
                            {{QStringLiteral("from"), from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), from.addDays(62).toString(Qt::ISODate)}});
        if (!range)
            return range.error();
        if (range->toObject()
                .value(QStringLiteral("calendar"))
                .toObject()
                .value(QStringLiteral("changes"))
                .toArray()
                .isEmpty())
            return fail(QStringLiteral("the calendar's month holds no change"));
        return {};
    });
    // What the desktop client does (MainWindow::loadChangesPage): the first screenful (200 by
    // number, `limit`) shown at once, then the rest (`before` its last number) merged behind it.
    constexpr int kFirstPage = 200;
    ok &= measure(
        out, s, QStringLiteral("list: first screen (%1 changes)").arg(kFirstPage), runs,
        [&](int) -> Status {
            ChangeFilter first;
            first.limit = kFirstPage;
            auto list = c.changes(first);
            if (!list)
                return list.error();
            if (list->size() != qMin(kFirstPage, plan.changes))
                return fail(QStringLiteral("the first screen holds %1 changes").arg(list->size()));
            return {};
        });
    ok &= measure(out, s, QStringLiteral("list: whole (first screen, then the rest)"), runs,
                  [&](int) -> Status {
                      ChangeFilter first;
                      first.limit = kFirstPage;
                      auto page = c.changes(first);
                      if (!page)
                          return page.error();
                      qsizetype total = page->size();
                      if (page->size() == kFirstPage) {
                          ChangeFilter rest;
                          rest.before = page->last().number;
                          auto more = c.changes(rest);
                          if (!more)
                              return more.error();
                          total += more->size();
                      }
                      if (total != plan.changes)
                          return fail(QStringLiteral("the pages hold %1 changes, not %2")
                                          .arg(total)
                                          .arg(plan.changes));
                      return {};
                  });
    // Where the list's time goes: the answer without decoding it, the objects old clients ask
    // for (layout objects), and the core without JSON.
    ok &= measure(out, s, QStringLiteral("change list, rows, the answer not decoded"), runs,
                  [&](int) -> Status {
                      auto raw = c.call(QStringLiteral("change.list"),
                                        {{QStringLiteral("layout"), QStringLiteral("rows")}});
                      if (!raw)
                          return raw.error();
                      return {};
                  });
    ok &= measure(
        out, s, QStringLiteral("change list, objects (old clients)"), runs, [&](int) -> Status {
            auto raw = c.call(QStringLiteral("change.list"));
            if (!raw)
                return raw.error();
            auto list =
                api::decodeList<ChangeSummary>(raw->toObject().value(QStringLiteral("changes")));
            if (!list)
                return list.error();
            if (list->size() != plan.changes)
                return fail(QStringLiteral("the list holds %1 changes, not %2")
                                .arg(list->size())
                                .arg(plan.changes));
            return {};
        });
    ok &= measure(out, s, QStringLiteral("change list, objects, the answer not decoded"), runs,
                  [&](int) -> Status {
                      auto raw = c.call(QStringLiteral("change.list"));
                      if (!raw)
                          return raw.error();
                      return {};
                  });
    if (s.coreList)
        ok &= measure(out, s, QStringLiteral("change list, the core alone (no JSON)"), runs,
                      [&](int) { return s.coreList(); });
    return ok;
}

QString timeIn(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODate);
}

// As `user` (an engineer of `workspace`), creates `count` normal changes and submits them.
Status createInReview(Store &owner, const QString &workspace, const QString &user, int count,
                      int inDays)
{
    Client c(std::make_unique<LocalTransport>(owner, user), workspace);
    auto assets = c.assets();
    if (!assets)
        return assets.error();
    if (assets->isEmpty())
        return fail(QStringLiteral("the workspace %1 has no asset").arg(workspace));
    for (int i = 0; i < count; ++i) {
        auto created = c.call(
            QStringLiteral("change.create"),
            {{QStringLiteral("title"), QStringLiteral("Bench change %1").arg(i + 1)},
             {QStringLiteral("priority"), QStringLiteral("low")},
             {QStringLiteral("risk_level"), QStringLiteral("low")},
             {QStringLiteral("planned_start"), timeIn(inDays)},
             {QStringLiteral("planned_end"), timeIn(inDays + 1)},
             {QStringLiteral("implementation_plan"), QStringLiteral("1. Apply\n2. Check")},
             {QStringLiteral("rollback_plan"), QStringLiteral("Revert the change.")},
             {QStringLiteral("affected_assets"), QJsonArray{assets->at(i % assets->size()).name}}});
        if (!created)
            return created.error();
        const int number = bench::changeNumber(created->toObject()
                                                   .value(QStringLiteral("change"))
                                                   .toObject()
                                                   .value(QStringLiteral("number")));
        if (auto submitted = c.apply(number, Action::Submit); !submitted)
            return submitted.error();
    }
    return {};
}

// Fills the demo from `existing` up to `total` changes with copies of its first `built` ones
// (numbers after them, the counter moved on), inserted by SQL as the schema's owner with the
// triggers off: the demo's own build runs every rule and writes ~11 audit events per change, which
// on PostgreSQL on this machine took over half an hour for 10,000. The copies make the list long;
// the actions that read history use the demo's own changes.
Status pad(Store &owner, int existing, int built, int total)
{
    if (total <= existing)
        return {};
    const QString columns = QStringLiteral(
        "title, description, change_type, is_standard, priority, risk_level, planned_start, "
        "planned_end, min_lead_time_hours, implementation_plan, rollback_plan, test_plan, "
        "assignee_id, requester_id, status, closure_code, closure_notes, closed_at, "
        "closed_by_id, rolled_back_at, rolled_back_by_id, rollback_reason, submitted_at, "
        "approved_at, started_at, cancelled_at, cancel_reason, version, created_at, updated_at, "
        "template_id, approval_conditions");
    VIGILO_TRY(sql::run(
        owner, QStringLiteral("SELECT set_config('session_replication_role', 'replica', false)")));
    auto copied = sql::run(
        owner,
        QStringLiteral("INSERT INTO changes (workspace_id, number, %1) SELECT c.workspace_id, "
                       "g.k, %2 FROM generate_series(CAST(? AS integer), CAST(? AS integer)) AS "
                       "g(k) JOIN workspaces w ON w.slug "
                       "= 'demo' JOIN changes c ON c.workspace_id = w.id AND c.number = 1 + "
                       "(g.k - 1) % CAST(? AS integer)")
            .arg(columns, QStringLiteral("c.")
                              + columns.split(QStringLiteral(", ")).join(QStringLiteral(", c."))),
        {existing + 1, total, built});
    auto counter = sql::run(owner,
                            QStringLiteral("UPDATE workspaces SET next_change_number = ? WHERE "
                                           "slug = 'demo'"),
                            {total + 1});
    VIGILO_TRY(sql::run(
        owner, QStringLiteral("SELECT set_config('session_replication_role', 'origin', false)")));
    if (!copied)
        return copied.error();
    if (!counter)
        return counter.error();
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vigilo at a distance: server and direct"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("pg"),
                      QStringLiteral("A PostgreSQL superuser address (default "
                                     "$VIGILO_TEST_PG_URL)"),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("changes"), QStringLiteral("Demo size"), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("built"),
                      QStringLiteral("Of them, built by the demo through the core (the rest are "
                                     "copies of its changes)"),
                      QStringLiteral("N"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs per action"),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("rtt"), QStringLiteral("Added round trips, ms"),
                      QStringLiteral("LIST"), QStringLiteral("0,30")});
    parser.addOption({QStringLiteral("queue"), QStringLiteral("Changes in the approval queue"),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("pg")))
        qputenv("VIGILO_TEST_PG_URL", parser.value(QStringLiteral("pg")).toUtf8());
    if (test::pgAdminUrl().isEmpty()) {
        err() << "no PostgreSQL: pass --pg postgresql://postgres@HOST:PORT/postgres or run "
                 "under .ci/with-postgres\n";
        return 2;
    }
    Plan plan;
    plan.changes = parser.value(QStringLiteral("changes")).toInt();
    plan.runs = parser.value(QStringLiteral("runs")).toInt();
    plan.queue = parser.value(QStringLiteral("queue")).toInt();
    QList<int> rtts;
    for (const QString &r : parser.value(QStringLiteral("rtt")).split(QLatin1Char(',')))
        rtts << r.trimmed().toInt();
    if (plan.changes < 20 || plan.runs < 1 || plan.queue < 1 || rtts.isEmpty()) {
        err() << "--changes at least 20, --runs and --queue at least 1\n";
        return 2;
    }

    QElapsedTimer setupTime;
    setupTime.start();
    test::ScratchDatabase db;
    if (!db.ok()) {
        err() << db.errorText() << "\n";
        return 3;
    }
    // The bench sends its calls back to back: the per-connection rate limit (20/s) is lifted.
    test::TestServer server(db.url(),
                            {QStringLiteral("--set"), QStringLiteral("requests_per_second=100000"),
                             QStringLiteral("--set"), QStringLiteral("burst=100000")});
    if (!server.ok()) {
        err() << server.errorText() << "\n";
        return 3;
    }
    // The demo and the fixtures are written by the core as the schema's owner (the demo records
    // history in its people's names, which only the owner may do).
    auto owner = Store::open(db.url(), Store::OpenMode::ExistingOnly);
    if (!owner) {
        err() << owner.error().message << "\n";
        return 3;
    }
    DemoOptions demo;
    const int built = qMin(plan.changes, parser.value(QStringLiteral("built")).toInt());
    demo.changes = built;
    demo.seed = 7;
    demo.extraOwner = QStringLiteral("bench");
    err() << "building the demo (" << built << " changes)...\n";
    err().flush();
    if (auto report = DemoBuilder::build(**owner, demo); !report) {
        err() << report.error().message << "\n";
        return 3;
    }

    const QString approver = QStringLiteral("lars.nielsen");
    {
        Client q(std::make_unique<LocalTransport>(**owner, QStringLiteral("bench")));
        Status made = q.createWorkspace(QStringLiteral("bench-queue"),
                                        QStringLiteral("Approval queue"), QStringLiteral("en_US"))
                              .ok()
                          ? Status{}
                          : fail(QStringLiteral("cannot create the workspace bench-queue"));
        q.setWorkspace(QStringLiteral("bench-queue"));
        if (made) {
            if (auto m = q.addMember(QStringLiteral("q.engineer"), Role::Engineer); !m)
                made = m.error();
        }
        if (made) {
            if (auto m = q.addMember(approver, Role::Approver); !m)
                made = m.error();
        }
        if (made) {
            if (auto a = q.addAsset(QStringLiteral("bench-host"), QStringLiteral("host")); !a)
                made = a.error();
        }
        if (made)
            made = createInReview(**owner, QStringLiteral("bench-queue"),
                                  QStringLiteral("q.engineer"), plan.queue, 3);
        if (!made) {
            err() << made.error().message << "\n";
            return 3;
        }
    }
    // Changes to approve: the demo's own, awaiting the approver; topped up for a small demo.
    const int sessions = 2 * int(rtts.size());
    const int needed = sessions * (plan.runs + 1);
    auto awaiting = [&]() -> Result<QList<ChangeSummary>> {
        Client l(std::make_unique<LocalTransport>(**owner, approver), QStringLiteral("demo"));
        return l.changesWith({{QStringLiteral("awaiting_me"), true}});
    };
    auto pool = awaiting();
    if (pool && pool->size() < needed) {
        if (Status s = createInReview(**owner, QStringLiteral("demo"), QStringLiteral("tom.becker"),
                                      needed - int(pool->size()), 400);
            !s) {
            err() << s.error().message << "\n";
            return 3;
        }
        pool = awaiting();
    }
    if (!pool || pool->size() < needed) {
        err() << "not enough changes awaiting " << approver << "\n";
        return 3;
    }
    for (const ChangeSummary &s : *pool)
        plan.approvals << s.number;
    // The list's length: copies after the demo's own changes and those made for approving.
    auto made = sql::scalar(**owner, QStringLiteral("SELECT COUNT(*) FROM changes c JOIN "
                                                    "workspaces w ON w.id = c.workspace_id WHERE "
                                                    "w.slug = 'demo'"));
    if (!made) {
        err() << made.error().message << "\n";
        return 3;
    }
    plan.changes = qMax(plan.changes, made->toInt());
    if (Status padded = pad(**owner, made->toInt(), built, plan.changes); !padded) {
        err() << padded.error().message << "\n";
        return 3;
    }
    for (int i = 0; i < plan.runs + 1; ++i) // the demo's own changes, with their history
        plan.openNumbers << 1 + int((qint64(i) * 7919 + 13) % built);

    // The approver signs in to the server once; each session sends the token in hello.
    const auto enrolled = server.runServer(
        {QStringLiteral("enroll"), QStringLiteral("--all-members"), QStringLiteral("--json")});
    const QString code = bench::enrollmentCodes(enrolled.out).value(approver);
    QString token;
    {
        RemoteOptions o;
        o.location = server.location();
        o.clientName = QStringLiteral("vigilo-bench-remote");
        auto t = RemoteTransport::open(o);
        if (!t) {
            err() << t.error().message << "\n";
            return 3;
        }
        auto login =
            (*t)->call(QStringLiteral("session.login"),
                       {{QStringLiteral("username"), approver},
                        {QStringLiteral("password"), test::TestServer::passwordOf(approver)},
                        {QStringLiteral("enrollment_code"), code}});
        if (!login) {
            err() << "sign-in failed: " << login.error().message << " " << enrolled.err << "\n";
            return 3;
        }
        token = login->toObject().value(QStringLiteral("token")).toString();
    }
    err() << "set up in " << setupTime.elapsed() / 1000 << " s\n";

    QTextStream out(stdout);
    out << QStringLiteral("vigilo-bench-remote: %L1 changes in `demo`, %2 timed runs per action "
                          "after one warm-up, approver %3; load average %4\n\n")
               .arg(plan.changes)
               .arg(plan.runs)
               .arg(approver, loadAverage());
    out << "| connection | RTT ms | action | requests | round trips | median ms | p95 ms |\n"
           "|---|---|---|---|---|---|---|\n";
    out.flush();
    const quint16 pgPort = quint16(QUrl(db.url()).port(5432));
    bool ok = true;
    for (const bool viaServer : {true, false}) {
        for (const int rtt : std::as_const(rtts)) {
            bench::LatencyProxy proxy(viaServer ? server.port() : pgPort, rtt);
            if (!proxy.ok()) {
                err() << proxy.errorText() << "\n";
                return 3;
            }
            Session s;
            s.rtt = rtt;
            s.proxy = &proxy;
            std::unique_ptr<Transport> inner;
            std::unique_ptr<Store> direct;
            if (viaServer) {
                s.label = QStringLiteral("vigilo-server");
                RemoteOptions o;
                o.location = QStringLiteral("vigilo+insecure://127.0.0.1:%1").arg(proxy.port());
                o.token = token;
                o.clientName = QStringLiteral("vigilo-bench-remote");
                auto t = RemoteTransport::open(o);
                if (!t) {
                    err() << t.error().message << "\n";
                    return 3;
                }
                inner = std::move(*t);
            } else {
                s.label = QStringLiteral("direct PostgreSQL (before)");
                QUrl url(db.serverUrl());
                url.setPort(proxy.port());
                auto store = Store::open(url.toString(), Store::OpenMode::ExistingOnly);
                if (!store) {
                    err() << store.error().message << "\n";
                    return 3;
                }
                direct = std::move(*store);
                auto local = std::make_unique<LocalTransport>(*direct, approver);
                s.coreList = [core = &local->core(), approver]() -> Status {
                    auto actor = core->workspaces().signIn(QStringLiteral("demo"), approver);
                    if (!actor)
                        return actor.error();
                    auto list = core->changes().list(*actor);
                    if (!list)
                        return list.error();
                    return {};
                };
                inner = std::move(local);
            }
            Client client(std::make_unique<bench::CountingTransport>(*inner, &s.requests),
                          QStringLiteral("demo"));
            s.client = &client;
            ok &= runSession(out, s, plan);
        }
    }
    out << QStringLiteral("\nload average at the end %1\n").arg(loadAverage());
    return ok ? 0 : 1;
}
