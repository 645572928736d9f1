// Load (issue 13): 200 clients connected to vigilo-server at once, each its own connection and
// member session; 50 write to one workspace (create, submit, approve, schedule, start,
// complete), the others read (open a change, now and then the change list). One event loop with
// asynchronous calls keeps them all alive; each client waits for its answer, then thinks. First
// against one server, then against two on the same database (clients split between them).
// Prints p50/p95/p99 per action and errors by code, then checks the data: CHG numbers gapless,
// every approval recorded once (approval_decisions against the audit trail), `audit verify`.
// Asserts nothing about time; exits 1 when an error other than a legitimate refusal occurred or
// a check failed.
//
//   vigilo-bench-load [--pg URL] [--seconds 120] [--clients 200] [--writers 50]
//                     [--think-ms 1000] [--servers 1,2]

#include "BenchStats.h"
#include "LocalTransport.h"
#include "RemoteBench.h"
#include "RemoteTransport.h"
#include "SqlUtil.h"
#include "Store.h"
#include "TestBackend.h"
#include "TestServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

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

const QString kWorkspace = QStringLiteral("load");

// Refusals a correct server gives under concurrency (another client moved the change first).
bool legitimate(const QString &code)
{
    return code == QLatin1String("stale_write") || code == QLatin1String("invalid_transition")
           || code == QLatin1String("not_eligible_approver");
}

struct Agent {
    QString name;
    bool writer = false;
    int server = 0;
    std::unique_ptr<RemoteTransport> transport;
    std::unique_ptr<Client> client;
    QList<int> mine; // own changes still moving
    int readerTurn = 0;
    qint64 requests = 0;
    bool busy = false;
};

struct Outcome {
    QMap<QString, QList<double>> ms; // action → latencies of the successful calls
    QMap<QString, int> errors;       // "action: code"
    QMap<QString, int> refusals;
    int created = 0;
    int approvals = 0;
};

class Load final {
public:
    Load(QList<Agent *> agents, int thinkMs)
        : m_agents(std::move(agents))
        , m_thinkMs(thinkMs)
    {}

    Outcome run(int seconds)
    {
        QEventLoop loop;
        m_loop = &loop;
        m_stopping = false;
        m_outcome = {};
        for (Agent *a : std::as_const(m_agents))
            QTimer::singleShot(int(QRandomGenerator::global()->bounded(m_thinkMs + 1)),
                               a->transport.get(), [this, a] { step(a); });
        QTimer::singleShot(seconds * 1000, &loop, [this] {
            m_stopping = true;
            finishIfIdle();
        });
        // Bounded: calls still open a minute after the end are abandoned (and reported).
        QTimer::singleShot((seconds + 60) * 1000, &loop, &QEventLoop::quit);
        loop.exec();
        for (Agent *a : std::as_const(m_agents))
            if (a->busy)
                ++m_outcome.errors[QStringLiteral("(no answer at the end)")];
        m_loop = nullptr;
        return m_outcome;
    }

    QHash<int, QString> &status() { return m_status; }

private:
    void finishIfIdle()
    {
        if (!m_stopping || !m_loop)
            return;
        for (Agent *a : std::as_const(m_agents))
            if (a->busy)
                return;
        m_loop->quit();
    }

    void call(Agent *a, const QString &action, const QString &method, const QJsonObject &params,
              std::function<void(const QJsonObject &)> onAnswer)
    {
        a->busy = true;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        a->client->callAsync(method, params)
            .then(a->transport.get(), [this, a, action, timer,
                                       onAnswer](const Result<QJsonValue> &r) {
                const double ms = timer->nsecsElapsed() / 1e6;
                a->busy = false;
                if (r) {
                    m_outcome.ms[action] << ms;
                    onAnswer(r->toObject());
                } else if (legitimate(r.error().code)) {
                    ++m_outcome.refusals[action + QStringLiteral(": ") + r.error().code];
                } else {
                    ++m_outcome.errors[action + QStringLiteral(": ") + r.error().code];
                    if (m_outcome.errors.size() < 5)
                        err() << a->name << " " << action << ": " << r.error().message << "\n";
                }
                if (m_stopping) {
                    finishIfIdle();
                    return;
                }
                const int think =
                    m_thinkMs / 2 + int(QRandomGenerator::global()->bounded(m_thinkMs + 1));
                QTimer::singleShot(think, a->transport.get(), [this, a] { step(a); });
            });
    }

    void step(Agent *a)
    {
        if (m_stopping) {
            finishIfIdle();
            return;
        }
        if (a->writer)
            write(a);
        else
            read(a);
    }

    void noteChange(Agent *a, const QJsonObject &answer)
    {
        const QJsonObject c = answer.value(QStringLiteral("change")).toObject();
        const int number = bench::changeNumber(c.value(QStringLiteral("number")));
        const QString status = c.value(QStringLiteral("status")).toString();
        m_status.insert(number, status);
        if (status == QLatin1String("review") && !m_review.contains(number))
            m_review << number;
        if (status == QLatin1String("completed"))
            a->mine.removeAll(number);
    }

    void write(Agent *a)
    {
        // Own changes move on first: approved → scheduled → in progress → completed.
        for (int n : std::as_const(a->mine)) {
            const QString s = m_status.value(n);
            QJsonObject p{{QStringLiteral("number"), n}};
            QString action;
            if (s == QLatin1String("draft")) {
                action = QStringLiteral("submit");
            } else if (s == QLatin1String("approved")) {
                action = QStringLiteral("schedule");
            } else if (s == QLatin1String("scheduled")) {
                action = QStringLiteral("start");
                p.insert(QStringLiteral("justification"),
                         QStringLiteral("Load test: started ahead of its window."));
            } else if (s == QLatin1String("in_progress")) {
                action = QStringLiteral("complete");
                p.insert(QStringLiteral("closure_code"), QStringLiteral("successful"));
                p.insert(QStringLiteral("closure_notes"), QStringLiteral("Done under load."));
            } else {
                continue; // in review: someone else decides
            }
            p.insert(QStringLiteral("action"), action);
            // Out of the client's hands until the answer: a refused transition is not retried.
            a->mine.removeAll(n);
            call(a, action, QStringLiteral("change.apply"), p, [this, a, n](const QJsonObject &o) {
                a->mine << n;
                noteChange(a, o);
            });
            return;
        }
        // Then someone else's change in review.
        for (int i = 0; i < m_review.size(); ++i) {
            const int n = m_review.at(i);
            if (m_requester.value(n) == a->name)
                continue;
            m_review.removeAt(i);
            call(a, QStringLiteral("approve"), QStringLiteral("change.apply"),
                 {{QStringLiteral("number"), n},
                  {QStringLiteral("action"), QStringLiteral("approve")}},
                 [this, a](const QJsonObject &o) {
                     ++m_outcome.approvals;
                     noteChange(a, o);
                 });
            return;
        }
        // Else a new change, planned two days ahead, each in its own hour (one asset: windows
        // that all overlapped would make every change conflict with every other).
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(2).addSecs(
            3600 * qint64(m_known.size() + m_pendingCreates++));
        call(a, QStringLiteral("create"), QStringLiteral("change.create"),
             {{QStringLiteral("title"), QStringLiteral("Load change by %1").arg(a->name)},
              {QStringLiteral("priority"), QStringLiteral("low")},
              {QStringLiteral("risk_level"), QStringLiteral("low")},
              {QStringLiteral("planned_start"), start.toString(Qt::ISODate)},
              {QStringLiteral("planned_end"), start.addSecs(3600).toString(Qt::ISODate)},
              {QStringLiteral("implementation_plan"), QStringLiteral("1. Apply\n2. Check")},
              {QStringLiteral("rollback_plan"), QStringLiteral("Revert the change.")},
              {QStringLiteral("affected_assets"), QJsonArray{QStringLiteral("load-service")}}},
             [this, a](const QJsonObject &o) {
                 ++m_outcome.created;
                 --m_pendingCreates;
                 const int n = bench::changeNumber(
                     o.value(QStringLiteral("change")).toObject().value(QStringLiteral("number")));
                 m_requester.insert(n, a->name);
                 m_known << n;
                 a->mine << n;
                 noteChange(a, o);
             });
    }

    void read(Agent *a)
    {
        // Mostly open a change; every fifth action the whole list.
        if (m_known.isEmpty() || ++a->readerTurn % 5 == 0) {
            call(a, QStringLiteral("list"), QStringLiteral("change.list"), {},
                 [](const QJsonObject &) {});
            return;
        }
        const int n = m_known.at(int(QRandomGenerator::global()->bounded(int(m_known.size()))));
        call(a, QStringLiteral("open"), QStringLiteral("change.open"),
             {{QStringLiteral("number"), n}}, [](const QJsonObject &) {});
    }

    QList<Agent *> m_agents;
    int m_thinkMs;
    QEventLoop *m_loop = nullptr;
    bool m_stopping = false;
    Outcome m_outcome;
    QHash<int, QString> m_status;
    QHash<int, QString> m_requester;
    QList<int> m_review;
    QList<int> m_known;
    int m_pendingCreates = 0;
};

void print(QTextStream &out, const QString &title, const Outcome &o, int seconds)
{
    out << "\n" << title << "\n\n";
    out << "| action | calls | per second | p50 ms | p95 ms | p99 ms | max ms |\n"
           "|---|---|---|---|---|---|---|\n";
    int total = 0;
    QList<double> all;
    for (auto it = o.ms.begin(); it != o.ms.end(); ++it) {
        const bench::Stats s = bench::stats(it.value());
        total += int(it.value().size());
        all << it.value();
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(it.key())
                   .arg(it.value().size())
                   .arg(double(it.value().size()) / seconds, 0, 'f', 1)
                   .arg(s.median, 0, 'f', 1)
                   .arg(s.p95, 0, 'f', 1)
                   .arg(s.p99, 0, 'f', 1)
                   .arg(s.max, 0, 'f', 1);
    }
    const bench::Stats s = bench::stats(all);
    out << QStringLiteral("| all | %1 | %2 | %3 | %4 | %5 | %6 |\n")
               .arg(total)
               .arg(double(total) / seconds, 0, 'f', 1)
               .arg(s.median, 0, 'f', 1)
               .arg(s.p95, 0, 'f', 1)
               .arg(s.p99, 0, 'f', 1)
               .arg(s.max, 0, 'f', 1);
    auto list = [](const QMap<QString, int> &m) {
        QStringList parts;
        for (auto it = m.begin(); it != m.end(); ++it)
            parts << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
        return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
    };
    out << "\nErrors: " << list(o.errors) << "\nLegitimate refusals: " << list(o.refusals) << "\n";
    out.flush();
}

Result<qint64> count(Store &store, const QString &sql, qint64 workspaceId)
{
    auto v = sql::scalar(store, sql, {workspaceId});
    if (!v)
        return v.error();
    return v->toLongLong();
}

// The checks after a phase; true when all hold.
bool check(QTextStream &out, Store &owner, qint64 workspaceId, Client &ownerClient,
           const Outcome &total)
{
    bool ok = true;
    auto line = [&](bool good, const QString &text) {
        ok &= good;
        out << "- " << (good ? "ok: " : "FAILED: ") << text << "\n";
    };
    auto n = count(owner, QStringLiteral("SELECT COUNT(*) FROM changes WHERE workspace_id = ?"),
                   workspaceId);
    auto hi = count(owner,
                    QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM changes WHERE "
                                   "workspace_id = ?"),
                    workspaceId);
    auto lo = count(owner,
                    QStringLiteral("SELECT COALESCE(MIN(number), 1) FROM changes WHERE "
                                   "workspace_id = ?"),
                    workspaceId);
    if (!n || !hi || !lo) {
        line(false, QStringLiteral("cannot read the changes"));
        return false;
    }
    line(*n == *hi && *lo == 1 && *n == total.created,
         QStringLiteral("CHG numbers gapless: %1 changes, CHG-00001 to CHG-%2, %3 created by "
                        "the clients")
             .arg(*n)
             .arg(*hi, 5, 10, QLatin1Char('0'))
             .arg(total.created));
    auto decisions = count(owner,
                           QStringLiteral("SELECT COUNT(*) FROM approval_decisions d JOIN "
                                          "approval_steps s ON s.id = d.step_id JOIN changes c "
                                          "ON c.id = s.change_id WHERE c.workspace_id = ? AND "
                                          "d.approved = 1"),
                           workspaceId);
    auto events = count(owner,
                        QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE workspace_id = ? "
                                       "AND action = 'change.approve'"),
                        workspaceId);
    auto twice = count(owner,
                       QStringLiteral("SELECT COUNT(*) FROM (SELECT change_number, actor FROM "
                                      "audit_events WHERE workspace_id = ? AND action = "
                                      "'change.approve' GROUP BY change_number, actor HAVING "
                                      "COUNT(*) > 1) AS t"),
                       workspaceId);
    if (!decisions || !events || !twice) {
        line(false, QStringLiteral("cannot read the decisions"));
        return false;
    }
    line(*decisions == *events && *events == total.approvals && *twice == 0,
         QStringLiteral("every decision recorded once: %1 approvals answered, %2 in "
                        "approval_decisions, %3 change.approve audit events, %4 recorded twice")
             .arg(total.approvals)
             .arg(*decisions)
             .arg(*events)
             .arg(*twice));
    auto verified = ownerClient.verifyAudit();
    line(verified && verified->ok,
         verified ? QStringLiteral("audit verify: %1 events checked, %2 problems")
                        .arg(verified->eventsChecked)
                        .arg(verified->problems.size())
                  : QStringLiteral("audit verify: ") + verified.error().message);
    out.flush();
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vigilo team server under load"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("pg"),
                      QStringLiteral("A PostgreSQL superuser address (default "
                                     "$VIGILO_TEST_PG_URL)"),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Length of each phase"),
                      QStringLiteral("S"), QStringLiteral("120")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Connected clients"),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("writers"), QStringLiteral("Of them, writers"),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("think-ms"),
                      QStringLiteral("Mean pause between a client's actions (uniform, ±50%)"),
                      QStringLiteral("MS"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("servers"), QStringLiteral("Phases: servers per phase"),
                      QStringLiteral("LIST"), QStringLiteral("1,2")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("pg")))
        qputenv("VIGILO_TEST_PG_URL", parser.value(QStringLiteral("pg")).toUtf8());
    if (test::pgAdminUrl().isEmpty()) {
        err() << "no PostgreSQL: pass --pg postgresql://postgres@HOST:PORT/postgres or run "
                 "under .ci/with-postgres\n";
        return 2;
    }
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const int clients = parser.value(QStringLiteral("clients")).toInt();
    const int writers = parser.value(QStringLiteral("writers")).toInt();
    const int thinkMs = parser.value(QStringLiteral("think-ms")).toInt();
    QList<int> phases;
    for (const QString &s : parser.value(QStringLiteral("servers")).split(QLatin1Char(',')))
        phases << qBound(1, s.trimmed().toInt(), 2);
    if (seconds < 1 || clients < 2 || writers < 2 || writers > clients || thinkMs < 0) {
        err() << "--seconds at least 1, --writers between 2 and --clients\n";
        return 2;
    }

    test::ScratchDatabase db;
    if (!db.ok()) {
        err() << db.errorText() << "\n";
        return 3;
    }
    // Idle connections wait while the others sign in (Argon2id, one at a time on the server).
    const QStringList settings{QStringLiteral("--set"), QStringLiteral("idle_timeout_secs=3600")};
    std::unique_ptr<test::TestServer> servers[2];
    servers[0] = std::make_unique<test::TestServer>(db.url(), settings);
    if (!servers[0]->ok()) {
        err() << servers[0]->errorText() << "\n";
        return 3;
    }
    auto owner = Store::open(db.url(), Store::OpenMode::ExistingOnly);
    if (!owner) {
        err() << owner.error().message << "\n";
        return 3;
    }
    // The workspace and its members, written by the core as the schema's owner.
    const QString ownerName = QStringLiteral("load-owner");
    qint64 workspaceId = 0;
    QList<Agent *> agents;
    std::vector<std::unique_ptr<Agent>> storage;
    {
        Client o(std::make_unique<LocalTransport>(**owner, ownerName));
        auto ws = o.createWorkspace(kWorkspace, QStringLiteral("Load"), QStringLiteral("en_US"));
        if (!ws) {
            err() << ws.error().message << "\n";
            return 3;
        }
        // (The API's answers carry no row ids.)
        auto id = sql::scalar(**owner, QStringLiteral("SELECT id FROM workspaces WHERE slug = ?"),
                              {kWorkspace});
        if (!id) {
            err() << id.error().message << "\n";
            return 3;
        }
        workspaceId = id->toLongLong();
        o.setWorkspace(kWorkspace);
        if (auto asset = o.addAsset(QStringLiteral("load-service"), QStringLiteral("service"));
            !asset) {
            err() << asset.error().message << "\n";
            return 3;
        }
        for (int i = 0; i < clients; ++i) {
            auto a = std::make_unique<Agent>();
            a->writer = i < writers;
            a->name = (a->writer ? QStringLiteral("writer-%1") : QStringLiteral("reader-%1"))
                          .arg(i, 3, 10, QLatin1Char('0'));
            // Writers create, approve each other's changes and run them: approvers.
            if (auto m = o.addMember(a->name, a->writer ? Role::Approver : Role::Viewer); !m) {
                err() << m.error().message << "\n";
                return 3;
            }
            agents << a.get();
            storage.push_back(std::move(a));
        }
    }
    const auto enrolled = servers[0]->runServer(
        {QStringLiteral("enroll"), QStringLiteral("--all-members"), QStringLiteral("--json")});
    const QHash<QString, QString> codes = bench::enrollmentCodes(enrolled.out);
    if (codes.size() < clients + 1) {
        err() << "enroll --all-members: " << enrolled.out.left(300) << enrolled.err << "\n";
        return 3;
    }

    // Signs everyone in (in waves: a connection that is not signed in after 60 s is closed).
    QHash<QString, QString> tokens;
    QElapsedTimer signIn;
    signIn.start();
    QList<QString> names{ownerName};
    for (Agent *a : std::as_const(agents))
        names << a->name;
    for (int from = 0; from < names.size(); from += 8) {
        std::vector<std::unique_ptr<RemoteTransport>> wave;
        QList<QFuture<Result<QJsonValue>>> answers;
        for (int i = from; i < qMin(from + 8, int(names.size())); ++i) {
            RemoteOptions opt;
            opt.location = servers[0]->location();
            opt.clientName = QStringLiteral("vigilo-bench-load");
            auto t = RemoteTransport::open(opt);
            if (!t) {
                err() << t.error().message << "\n";
                return 3;
            }
            // The handshake's answer first: callAsync before it would wait inside its
            // continuation (see the report of issue 13's benchmarks).
            if (auto hi = (*t)->hello(); !hi) {
                err() << hi.error().message << "\n";
                return 3;
            }
            answers << (*t)->callAsync(
                QStringLiteral("session.login"),
                {{QStringLiteral("username"), names.at(i)},
                 {QStringLiteral("password"), test::TestServer::passwordOf(names.at(i))},
                 {QStringLiteral("enrollment_code"), codes.value(names.at(i))}});
            wave.push_back(std::move(*t));
        }
        for (int i = 0; i < answers.size(); ++i) {
            while (!answers[i].isFinished())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            const auto r = answers[i].result();
            if (!r) {
                err() << "sign-in of " << names.at(from + i) << ": " << r.error().message << "\n";
                return 3;
            }
            tokens.insert(names.at(from + i),
                          r->toObject().value(QStringLiteral("token")).toString());
        }
    }
    err() << names.size() << " members signed in in " << signIn.elapsed() / 1000 << " s\n";

    QTextStream out(stdout);
    out << QStringLiteral("vigilo-bench-load: %1 clients (%2 writing to workspace `%3`, %4 "
                          "reading), think time %5 ms ±50%, %6 s per phase; load average %7\n")
               .arg(clients)
               .arg(writers)
               .arg(kWorkspace)
               .arg(clients - writers)
               .arg(thinkMs)
               .arg(seconds)
               .arg(loadAverage());
    out.flush();
    bool ok = true;
    Outcome total;
    QHash<int, QString> carried;
    for (const int count : std::as_const(phases)) {
        if (count == 2 && !servers[1]) {
            servers[1] = std::make_unique<test::TestServer>(db.url(), settings);
            if (!servers[1]->ok()) {
                err() << servers[1]->errorText() << "\n";
                return 3;
            }
        }
        // Each client on its own connection with its own session token.
        for (int i = 0; i < agents.size(); ++i) {
            Agent *a = agents[i];
            a->client.reset();
            a->transport.reset();
            a->server = count == 2 ? i % 2 : 0;
            a->mine.clear();
            RemoteOptions opt;
            opt.location = servers[a->server]->location();
            opt.token = tokens.value(a->name);
            opt.clientName = QStringLiteral("vigilo-bench-load");
            auto t = RemoteTransport::open(opt);
            if (!t) {
                err() << t.error().message << "\n";
                return 3;
            }
            if (auto hi = (*t)->hello(); !hi) {
                err() << a->name << ": " << hi.error().message << "\n";
                return 3;
            }
            a->transport = std::move(*t);
            a->client = std::make_unique<Client>(
                std::make_unique<bench::CountingTransport>(*a->transport, &a->requests),
                kWorkspace);
        }
        Load load(agents, thinkMs);
        const Outcome o = load.run(seconds);
        total.created += o.created;
        total.approvals += o.approvals;
        print(
            out,
            count == 1
                ? QStringLiteral("One server (%1 s):").arg(seconds)
                : QStringLiteral("Two servers on one database, clients split (%1 s):").arg(seconds),
            o, seconds);
        ok &= o.errors.isEmpty();
        // The owner's session checks through the server, like a member would.
        RemoteOptions opt;
        opt.location = servers[0]->location();
        opt.token = tokens.value(ownerName);
        auto t = RemoteTransport::open(opt);
        if (!t) {
            err() << t.error().message << "\n";
            return 3;
        }
        Client ownerClient(std::move(*t), kWorkspace);
        out << "\nChecks after this phase:\n\n";
        ok &= check(out, **owner, workspaceId, ownerClient, total);
    }
    out << QStringLiteral("\nload average at the end %1\n").arg(loadAverage());
    return ok ? 0 : 1;
}
