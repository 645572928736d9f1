// Concurrency without loss, on both backends: ten OS processes (vigilo-stress) share one
// workspace — eight engineers create, edit (on what they read), cross-edit and submit changes;
// two approvers decide every change in review with the same rule, so they race for the same
// decision. Afterwards: CHG numbers 1..N unique and gapless, every success a process was told
// about is in the database exactly once (one audit event per committed write, versions add up),
// every refusal is a stale_write / invalid_transition / busy that left nothing behind, every
// submitted change has exactly one decision, and the hash chain verifies.
#include "RawSql.h"
#include "TestWorkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSqlQuery>

#include <memory>

using namespace vigilo;
using namespace vigilo::test;

namespace {

constexpr int kEngineers = 8;
constexpr int kIterations = 5;

struct Op {
    QString op;
    QString user;
    int number = 0;
    bool ok = false;
    QString code;
    int versionRead = 0;
};

QString engineerName(int i)
{
    return QStringLiteral("stress_eng%1").arg(i);
}

} // namespace

class TestConcurrency : public QObject {
    Q_OBJECT
private slots:
    void manyProcessesOneWorkspace();
};

void TestConcurrency::manyProcessesOneWorkspace()
{
    const QString stress = QString::fromUtf8(VIGILO_STRESS_PATH);
    QVERIFY2(QFile::exists(stress), qPrintable(QStringLiteral("helper not built: ") + stress));
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    QStringList engineers;
    for (int i = 0; i < kEngineers; ++i) {
        engineers << engineerName(i);
        VERIFY_OK(ws.addMember(engineerName(i), Role::Engineer));
    }
    const QStringList approvers = {QStringLiteral("stress_appr1"), QStringLiteral("stress_appr2")};
    for (const QString &a : approvers)
        VERIFY_OK(ws.addMember(a, Role::Approver));
    const qint64 eventsBefore = ws.auditCount();
    const QString stopFile = ws.dir() + QStringLiteral("/stop");

    QElapsedTimer timer;
    timer.start();
    // Every process connects on its own: on PostgreSQL as its own login (row-level security and
    // the audit policy apply to it), on SQLite to the same file.
    std::vector<std::unique_ptr<QProcess>> procs;
    QStringList users = engineers + approvers;
    for (const QString &user : users) {
        auto p = std::make_unique<QProcess>();
        p->setProgram(stress);
        p->setArguments(
            {QStringLiteral("--db"), ws.dbUrlAs(user), QStringLiteral("--workspace"),
             ws.workspace().slug, QStringLiteral("--user"), user, QStringLiteral("--mode"),
             approvers.contains(user) ? QStringLiteral("approver") : QStringLiteral("engineer"),
             QStringLiteral("--iterations"), QString::number(kIterations), QStringLiteral("--peer"),
             user == approvers.at(0) ? approvers.at(1) : approvers.at(0),
             QStringLiteral("--stop-file"), stopFile, QStringLiteral("--out"),
             ws.dir() + QLatin1Char('/') + user + QStringLiteral(".jsonl")});
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start();
        QVERIFY2(p->waitForStarted(10000), qPrintable(p->errorString()));
        procs.push_back(std::move(p));
    }
    for (auto &p : procs) {
        while (!p->canReadLine() && p->state() == QProcess::Running)
            p->waitForReadyRead(1000);
        QVERIFY2(p->readLine().trimmed() == "ready",
                 qPrintable(QStringLiteral("not ready: ")
                            + QString::fromUtf8(p->readAllStandardError())));
    }
    for (auto &p : procs) // all at once (QProcess writes only while waiting: flush each now)
        p->write("go\n");
    for (auto &p : procs) {
        QVERIFY(p->waitForBytesWritten(10000));
        p->closeWriteChannel();
    }
    for (int i = 0; i < kEngineers; ++i) {
        QVERIFY2(procs[i]->waitForFinished(90000), "an engineer process did not finish");
        QVERIFY2(procs[i]->exitStatus() == QProcess::NormalExit && procs[i]->exitCode() == 0,
                 procs[i]->readAllStandardError().constData());
    }
    {
        QFile f(stopFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    for (int i = kEngineers; i < int(procs.size()); ++i) {
        QVERIFY2(procs[i]->waitForFinished(60000), "an approver process did not finish");
        if (qEnvironmentVariableIsSet("VIGILO_STRESS_DEBUG"))
            qInfo("%s", procs[i]->readAllStandardError().constData());
        QVERIFY2(procs[i]->exitStatus() == QProcess::NormalExit && procs[i]->exitCode() == 0,
                 procs[i]->readAllStandardError().constData());
    }
    qInfo("%s: %d processes done in %lld ms", qPrintable(backendLabel()), int(procs.size()),
          timer.elapsed());

    // What the processes were told.
    QList<Op> ops;
    for (const QString &user : users) {
        QFile f(ws.dir() + QLatin1Char('/') + user + QStringLiteral(".jsonl"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(user));
        bool done = false;
        while (!f.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
            if (o.value(QStringLiteral("op")).toString() == QLatin1String("done")) {
                done = true;
                continue;
            }
            Op op;
            op.op = o.value(QStringLiteral("op")).toString();
            op.user = o.value(QStringLiteral("user")).toString();
            op.number = o.value(QStringLiteral("number")).toInt();
            op.ok = o.value(QStringLiteral("ok")).toBool();
            op.code = o.value(QStringLiteral("code")).toString();
            op.versionRead = o.value(QStringLiteral("version_read")).toInt();
            ops << op;
        }
        QVERIFY2(done, qPrintable(user + QStringLiteral(" did not finish its log")));
    }

    // Refusals are the expected ones: an outdated version, a decision already taken, or (SQLite)
    // a busy database, reported to the caller.
    QMap<QString, int> refusals;
    for (const Op &op : ops) {
        if (op.ok)
            continue;
        refusals[op.op + QLatin1Char(':') + op.code] += 1;
        QStringList allowed = {QStringLiteral("stale_write"), QStringLiteral("busy")};
        // A decision already taken; or an edit/submit of a change another process has just
        // rejected or moved on (read after that move, so not stale: no longer editable).
        if (op.op == QLatin1String("approve") || op.op == QLatin1String("reject")
            || op.op == QLatin1String("edit") || op.op == QLatin1String("submit"))
            allowed << QStringLiteral("invalid_transition");
        if (op.op == QLatin1String("create") || op.op == QLatin1String("list"))
            allowed = {QStringLiteral("busy")};
        QVERIFY2(allowed.contains(op.code),
                 qPrintable(QStringLiteral("%1 of CHG %2 by %3 refused with %4")
                                .arg(op.op)
                                .arg(op.number)
                                .arg(op.user, op.code)));
    }
    QMap<QString, int> perUser;
    for (const Op &op : ops)
        perUser[op.user + QLatin1Char(' ') + op.op] += 1;
    for (auto it = perUser.begin(); it != perUser.end(); ++it)
        qInfo("%s: %d", qPrintable(it.key()), it.value());
    for (auto it = refusals.begin(); it != refusals.end(); ++it) {
        qInfo("refused %s: %d", qPrintable(it.key()), it.value());
        // On the server, writers wait for each other: a "busy" there was a deadlock.
        if (ws.isPostgres())
            QVERIFY2(!it.key().endsWith(QLatin1String(":busy")), qPrintable(it.key()));
    }

    // Numbers: unique and gapless, exactly the successful creates.
    QList<int> created;
    for (const Op &op : ops)
        if (op.op == QLatin1String("create") && op.ok)
            created << op.number;
    std::sort(created.begin(), created.end());
    QVERIFY(created.size() >= kEngineers * kIterations / 2);
    QList<int> stored;
    {
        QSqlQuery q(ws.store().database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT number FROM changes WHERE workspace_id = %1 ORDER BY number")
                .arg(ws.workspace().id)));
        while (q.next())
            stored << q.value(0).toInt();
    }
    QList<int> expected;
    for (int n = 1; n <= created.size(); ++n)
        expected << n;
    QCOMPARE(created, expected);
    QCOMPARE(stored, expected);

    // Every success is in the history exactly once, and no refusal wrote anything: audit events
    // per (action, actor, change) equal the successes reported by the processes.
    QMap<QString, int> successes;
    QMap<int, int> bumps; // version increments per change
    for (const Op &op : ops) {
        if (!op.ok)
            continue;
        successes[QStringLiteral("change.%1 %2 %3").arg(op.op, op.user).arg(op.number)] += 1;
        if (op.op != QLatin1String("create"))
            bumps[op.number] += 1;
    }
    QMap<QString, int> events;
    {
        QSqlQuery q(ws.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT action, actor, change_number FROM audit_events WHERE "
                                      "workspace_id = %1 AND change_number > 0")
                           .arg(ws.workspace().id)));
        while (q.next())
            events[QStringLiteral("%1 %2 %3")
                       .arg(q.value(0).toString(), q.value(1).toString())
                       .arg(q.value(2).toInt())] += 1;
    }
    for (auto it = successes.begin(); it != successes.end(); ++it)
        QVERIFY2(events.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: %2 reported, %3 audited")
                                .arg(it.key())
                                .arg(it.value())
                                .arg(events.value(it.key()))));
    for (auto it = events.begin(); it != events.end(); ++it)
        QVERIFY2(successes.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: audited %2 times, reported %3")
                                .arg(it.key())
                                .arg(it.value())
                                .arg(successes.value(it.key()))));
    int successCount = 0;
    for (int n : successes)
        successCount += n;
    QCOMPARE(ws.auditCount(), eventsBefore + successCount);

    // No lost update: each change's version is 1 (as created) plus one per reported write;
    // each submitted change got exactly one decision, and its status is that decision.
    {
        QSqlQuery q(ws.store().database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT number, version, status FROM changes WHERE workspace_id = %1")
                .arg(ws.workspace().id)));
        QMap<int, int> decisions;
        QMap<int, QString> decided;
        QSet<int> submitted;
        for (const Op &op : ops) {
            if (!op.ok)
                continue;
            if (op.op == QLatin1String("submit"))
                submitted.insert(op.number);
            if (op.op == QLatin1String("approve") || op.op == QLatin1String("reject")) {
                decisions[op.number] += 1;
                decided[op.number] = op.op == QLatin1String("approve") ? QStringLiteral("approved")
                                                                       : QStringLiteral("rejected");
            }
        }
        int contested = 0;
        for (const Op &op : ops)
            contested +=
                (!op.ok && (op.op == QLatin1String("approve") || op.op == QLatin1String("reject")));
        qInfo("%d changes, %d submitted, %d decisions refused to the slower approver",
              int(created.size()), int(submitted.size()), contested);
        // The approvers meet before each decision: they really do decide at the same moment.
        QVERIFY2(contested > 0, "the two approvers never decided the same change at once");
        while (q.next()) {
            const int number = q.value(0).toInt();
            const int version = q.value(1).toInt();
            const QString status = q.value(2).toString();
            QVERIFY2(
                version == 1 + bumps.value(number),
                qPrintable(QStringLiteral("CHG %1 is at version %2; 1 + %3 writes were reported")
                               .arg(number)
                               .arg(version)
                               .arg(bumps.value(number))));
            if (submitted.contains(number)) {
                QVERIFY2(decisions.value(number) == 1,
                         qPrintable(QStringLiteral("CHG %1: %2 successful decisions")
                                        .arg(number)
                                        .arg(decisions.value(number))));
                QCOMPARE(status, decided.value(number));
            } else {
                QCOMPARE(status, QStringLiteral("draft"));
            }
        }
    }

    // The approvals themselves: one recorded decision per decided change.
    const qint64 decisionRows = rawCount(ws.dbPath(), QStringLiteral("approval_decisions"));
    int decisionSuccesses = 0;
    for (const Op &op : ops)
        decisionSuccesses +=
            op.ok && (op.op == QLatin1String("approve") || op.op == QLatin1String("reject"));
    QCOMPARE(decisionRows, qint64(decisionSuccesses));

    auto verified = ws.core().audit().verify(ws.owner());
    VERIFY_OK(verified);
    QVERIFY2(verified->ok, QJsonDocument(verified->toJson()).toJson().constData());
    qInfo("%s: checked in %lld ms", qPrintable(backendLabel()), timer.elapsed());
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
