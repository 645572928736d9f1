// Crash safety, on both backends: a busy writer (vigilo-stress --mode busy: create, edit,
// submit, cancel, schedule, start, complete as fast as it can) and an approver work on one
// workspace and are killed with SIGKILL at varying moments, again and again. A killed process
// must never leave half a change behind: afterwards the SQLite file passes PRAGMA
// integrity_check, the hash chain verifies, CHG numbers are gapless, every change has its
// creation event, its status is the one its last transition event says, and its version counts
// its events.
#include "CliRunner.h"
#include "RawSql.h"
#include "TestWorkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <memory>

using namespace vigilo;
using namespace vigilo::test;

namespace {

constexpr int kIterations = 25;

struct ChangeRow {
    int version = 0;
    QString status;
};

struct EventRow {
    QString action;
    QJsonObject newValues;
};

} // namespace

class TestCrashLoop : public QObject {
    Q_OBJECT
private slots:
    void killedWritersLeaveNoHalfChange();
};

void TestCrashLoop::killedWritersLeaveNoHalfChange()
{
    const QString stress = QString::fromUtf8(VIGILO_STRESS_PATH);
    QVERIFY2(QFile::exists(stress), qPrintable(QStringLiteral("helper not built: ") + stress));
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    // A fixed seed: the kill moments vary within a run and are the same from run to run.
    QRandomGenerator random(20261127);
    QElapsedTimer timer;
    timer.start();
    int killedWhileWriting = 0;

    for (int i = 0; i < kIterations; ++i) {
        std::vector<std::unique_ptr<QProcess>> procs;
        const QList<QPair<QString, QString>> roles = {
            {QStringLiteral("engineer"), QStringLiteral("busy")},
            {QStringLiteral("approver"), QStringLiteral("approver")}};
        for (const auto &[user, mode] : roles) {
            auto p = std::make_unique<QProcess>();
            p->setProgram(stress);
            p->setArguments({QStringLiteral("--db"), ws.dbUrlAs(user),
                             QStringLiteral("--workspace"), ws.workspace().slug,
                             QStringLiteral("--user"), user, QStringLiteral("--mode"), mode,
                             QStringLiteral("--out"),
                             ws.dir() + QStringLiteral("/%1-%2.jsonl").arg(user).arg(i)});
            p->start();
            QVERIFY2(p->waitForStarted(10000), qPrintable(p->errorString()));
            procs.push_back(std::move(p));
        }
        for (auto &p : procs) {
            while (!p->canReadLine() && p->state() == QProcess::Running)
                p->waitForReadyRead(1000);
            QVERIFY2(p->readLine().trimmed() == "ready",
                     qPrintable(QStringLiteral("not ready (iteration %1): %2")
                                    .arg(i)
                                    .arg(QString::fromUtf8(p->readAllStandardError()))));
        }
        for (auto &p : procs) {
            p->write("go\n");
            QVERIFY(p->waitForBytesWritten(10000));
        }
        // Let them work 50–600 ms, then kill both at once: mid-transaction more often than not.
        const int workMs = 50 + int(random.bounded(550));
        QTest::qWait(workMs);
        for (auto &p : procs) {
            if (p->state() == QProcess::Running) {
                ++killedWhileWriting;
                p->kill(); // SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
            }
        }
        for (auto &p : procs) {
            QVERIFY(p->waitForFinished(10000));
            QVERIFY2(p->exitStatus() == QProcess::CrashExit,
                     qPrintable(QStringLiteral("a writer stopped by itself (iteration %1): %2")
                                    .arg(i)
                                    .arg(QString::fromUtf8(p->readAllStandardError()))));
        }
    }
    QCOMPARE(killedWhileWriting, 2 * kIterations);
    qInfo("%s: %d kill rounds in %lld ms", qPrintable(backendLabel()), kIterations,
          timer.elapsed());

    // The file itself is sound (what a killed writer could damage at the lowest level).
    if (!ws.isPostgres())
        QCOMPARE(rawScalar(ws.dbPath(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));

    // Changes as stored, and the history of each.
    const qint64 wsId = ws.workspace().id;
    QMap<int, ChangeRow> changes;
    QMap<int, QList<EventRow>> events;
    {
        QSqlQuery q(ws.store().database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT number, version, status FROM changes WHERE workspace_id = %1")
                .arg(wsId)));
        while (q.next())
            changes.insert(q.value(0).toInt(), {q.value(1).toInt(), q.value(2).toString()});
        QVERIFY(q.exec(QStringLiteral("SELECT change_number, action, new_values FROM audit_events "
                                      "WHERE workspace_id = %1 AND change_number > 0 ORDER BY seq")
                           .arg(wsId)));
        while (q.next())
            events[q.value(0).toInt()].append(
                {q.value(1).toString(),
                 QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
    }
    QVERIFY2(changes.size() >= kIterations,
             qPrintable(QStringLiteral("only %1 changes were written in %2 rounds: the writer "
                                       "hardly ran")
                            .arg(changes.size())
                            .arg(kIterations)));

    // Numbers 1..N without gaps, and the workspace's audit sequence without gaps.
    const QList<int> numbers = changes.keys();
    for (int k = 0; k < numbers.size(); ++k)
        QCOMPARE(numbers.at(k), k + 1);
    {
        QSqlQuery q(ws.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(seq), MAX(seq) FROM audit_events WHERE "
                                      "workspace_id = %1")
                           .arg(wsId)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), q.value(2).toLongLong() - q.value(1).toLongLong() + 1);
    }

    // No change without its creation event, no status without the transition that set it, no
    // write without its event (the version counts the change's events), no event without its
    // change.
    QMap<QString, int> statuses;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const int number = it.key();
        const QList<EventRow> history = events.value(number);
        const QString where =
            QStringLiteral("CHG %1 (%2, version %3)").arg(number).arg(it->status).arg(it->version);
        QVERIFY2(!history.isEmpty()
                     && history.constFirst().action == QLatin1String("change.create"),
                 qPrintable(where + QStringLiteral(": no creation event first")));
        QString replayed = history.constFirst()
                               .newValues.value(QStringLiteral("status"))
                               .toString(QStringLiteral("draft"));
        int changeEvents = 0;
        for (const EventRow &e : history) {
            if (e.action.startsWith(QLatin1String("change.")))
                ++changeEvents;
            if (e.action != QLatin1String("change.create")
                && e.newValues.contains(QStringLiteral("status")))
                replayed = e.newValues.value(QStringLiteral("status")).toString();
        }
        QVERIFY2(
            replayed == it->status,
            qPrintable(where + QStringLiteral(": the history ends in status %1").arg(replayed)));
        QVERIFY2(changeEvents == it->version,
                 qPrintable(where + QStringLiteral(": %1 change events").arg(changeEvents)));
        statuses[it->status] += 1;
    }
    for (auto it = events.cbegin(); it != events.cend(); ++it)
        QVERIFY2(
            changes.contains(it.key()),
            qPrintable(QStringLiteral("events for CHG %1, which does not exist").arg(it.key())));
    QStringList seen;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        seen << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    qInfo("%d changes: %s", int(changes.size()), qPrintable(seen.join(QStringLiteral(", "))));

    // The hash chain: through the core, and as an auditor would run it.
    auto verified = ws.core().audit().verify(ws.owner());
    VERIFY_OK(verified);
    QVERIFY2(verified->ok, QJsonDocument(verified->toJson()).toJson().constData());
    if (!cliPath().isEmpty()) {
        const CliResult cli =
            runCli({QStringLiteral("--db"), ws.dbUrlAs(QStringLiteral("owner")),
                    QStringLiteral("-w"), ws.workspace().slug, QStringLiteral("--as"),
                    QStringLiteral("owner"), QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(cli.exitCode == 0, cli.describe().constData());
    }
    qInfo("%s: checked in %lld ms", qPrintable(backendLabel()), timer.elapsed());
}

QTEST_GUILESS_MAIN(TestCrashLoop)
#include "tst_crash_loop.moc"
