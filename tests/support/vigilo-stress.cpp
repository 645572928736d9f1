// One writer process of tst_concurrency: opens its own Store on the shared database (a SQLite
// file, or the PostgreSQL database as its own login), prints "ready", waits for "go" on stdin,
// then works on the workspace as an engineer (create, edit, cross-edit, submit) or an approver
// (decide every change in review until told to stop). Every operation it attempts is written to
// --out as one JSON line {op, user, number, ok, code, version}: what the process was told, so the
// test can check that each success is in the database and each refusal left nothing behind.
#include "Clock.h"
#include "Store.h"
#include "Vigilo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>

#include <iostream>
#include <string>

using namespace vigilo;

namespace {

class Recorder {
public:
    Recorder(const QString &path, const QString &user)
        : m_file(path)
        , m_user(user)
    {}
    bool open() { return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate); }
    template <typename T>
    void record(const QString &op, int number, const Result<T> &r, int versionRead = 0)
    {
        QJsonObject o{{QStringLiteral("op"), op},
                      {QStringLiteral("user"), m_user},
                      {QStringLiteral("number"), number},
                      {QStringLiteral("ok"), r.ok()},
                      {QStringLiteral("version_read"), versionRead}};
        if (!r.ok()) {
            o.insert(QStringLiteral("code"), r.error().code);
            o.insert(QStringLiteral("message"), r.error().message.left(300));
        }
        write(o);
    }
    void write(const QJsonObject &o)
    {
        m_file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        m_file.flush();
    }

private:
    QFile m_file;
    QString m_user;
};

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
}

ChangeDraft draftFor(const QString &user, int k)
{
    ChangeDraft d;
    d.title = QStringLiteral("%1 change %2").arg(user).arg(k);
    d.description = QStringLiteral("Written by %1").arg(user);
    d.changeType = ChangeType::Normal;
    d.priority = Priority::Medium;
    d.riskLevel = RiskLevel::Low;
    const QDateTime start = fixedNow().addDays(3).addSecs(3600 * (k + 1));
    d.plannedStart = start;
    d.plannedEnd = start.addSecs(1800);
    d.implementationPlan = QStringLiteral("1. Drain\n2. Patch\n3. Restore");
    d.rollbackPlan = QStringLiteral("Restore the snapshot.");
    d.testPlan = QStringLiteral("Health check is green.");
    d.affectedAssets = QStringList{QStringLiteral("payments-api")};
    return d;
}

// The change as this client sees it now (what a user looks at before acting).
int versionOf(Vigilo &core, const Actor &actor, int number, ChangeStatus *status = nullptr)
{
    auto c = core.changes().get(actor, number);
    if (!c.ok())
        return -1;
    if (status)
        *status = c->status;
    return c->version;
}

void engineer(Vigilo &core, const Actor &actor, Recorder &out, const QString &user, int iterations)
{
    for (int k = 0; k < iterations; ++k) {
        auto created = core.changes().create(actor, draftFor(user, k));
        out.record(QStringLiteral("create"), created.ok() ? created->number : 0, created,
                   created.ok() ? created->version : 0);
        if (!created.ok())
            continue;
        const int number = created->number;

        // Edit what we just read.
        ChangeDraft edit;
        edit.description = QStringLiteral("Edited by %1 (#%2)").arg(user).arg(k);
        int v = versionOf(core, actor, number);
        out.record(QStringLiteral("edit"), number, core.changes().edit(actor, number, edit, v), v);

        // Edit a neighbour's change as read a moment ago: it may have moved on (stale_write).
        if (number > 1) {
            ChangeDraft cross;
            cross.description = QStringLiteral("Note from %1 (#%2)").arg(user).arg(k);
            v = versionOf(core, actor, number - 1);
            QThread::msleep(QRandomGenerator::global()->bounded(15)); // a moment to think
            if (v > 0)
                out.record(QStringLiteral("edit"), number - 1,
                           core.changes().edit(actor, number - 1, cross, v), v);
        }

        // Submit, on what we read; a neighbour's note may have landed in between: read again.
        for (int attempt = 0; attempt < 3; ++attempt) {
            TransitionInput in;
            in.expectedVersion = versionOf(core, actor, number);
            auto submitted = core.changes().apply(actor, number, Action::Submit, in);
            out.record(QStringLiteral("submit"), number, submitted, *in.expectedVersion);
            if (submitted.ok() || submitted.error().code != QLatin1String("stale_write"))
                break;
        }
    }
}

// Both approvers read a change, then meet here before deciding, so that they decide on the
// same version at the same moment (one wins, the other must be told stale_write).
void meetPeer(const QString &dir, const QString &user, const QString &peer, int number)
{
    if (peer.isEmpty())
        return;
    {
        QFile mine(QStringLiteral("%1/read-%2-%3").arg(dir, user).arg(number));
        (void)mine.open(QIODevice::WriteOnly);
    }
    const QString theirs = QStringLiteral("%1/read-%2-%3").arg(dir, peer).arg(number);
    // At most 300 ms: the peer's list may not have this change yet.
    for (int i = 0; i < 60 && !QFile::exists(theirs); ++i)
        QThread::msleep(5);
}

void approver(Vigilo &core, const Actor &actor, Recorder &out, const QString &stopFile,
              const QString &user, const QString &peer)
{
    const QString dir = QFileInfo(stopFile).absolutePath();
    for (;;) {
        const bool stopping = QFile::exists(stopFile); // checked before the pass
        ChangeFilter f;
        f.status = ChangeStatus::Review;
        auto inReview = core.changes().list(actor, f);
        if (!inReview.ok()) {
            out.record(QStringLiteral("list"), 0, inReview);
            QThread::msleep(20);
            continue;
        }
        QList<int> numbers;
        for (const ChangeSummary &s : *inReview)
            numbers << s.number;
        std::sort(numbers.begin(), numbers.end());
        if (qEnvironmentVariableIsSet("VIGILO_STRESS_DEBUG"))
            std::cerr << qPrintable(user) << " pass: " << numbers.size() << " in review, stopping "
                      << stopping << std::endl;
        for (int number : numbers) {
            ChangeStatus status = ChangeStatus::Draft;
            TransitionInput in;
            in.expectedVersion = versionOf(core, actor, number, &status);
            meetPeer(dir, user, peer, number); // also when it is decided: the peer stops waiting
            if (status != ChangeStatus::Review)
                continue;
            // Both approvers apply the same rule, so they race for the same decision.
            const bool reject = number % 4 == 0;
            if (reject)
                in.reason = QStringLiteral("Collides with the month-end close");
            else
                in.comment = QStringLiteral("Fine by me");
            auto decided =
                core.changes().apply(actor, number, reject ? Action::Reject : Action::Approve, in);
            out.record(reject ? QStringLiteral("reject") : QStringLiteral("approve"), number,
                       decided, *in.expectedVersion);
        }
        if (stopping && numbers.isEmpty())
            return;
        if (numbers.isEmpty())
            QThread::msleep(5);
    }
}

// --mode busy (tst_crash_loop): a writer that never stops on its own — create, edit, submit
// or cancel, then move approved changes along (schedule, start, complete) — as fast as it can,
// until the test kills it with SIGKILL. Nothing is recorded: the test checks the database.
void busyWriter(Vigilo &core, const Actor &actor, const QString &user)
{
    auto firstIn = [&](ChangeStatus status) {
        ChangeFilter f;
        f.status = status;
        f.limit = 1;
        auto found = core.changes().list(actor, f);
        return found.ok() && !found->isEmpty() ? found->constFirst().number : 0;
    };
    auto move = [&](int number, Action action) {
        if (number <= 0)
            return;
        TransitionInput in;
        in.expectedVersion = versionOf(core, actor, number);
        if (action == Action::Complete) {
            in.closureCode = ClosureCode::Successful;
            in.closureNotes = QStringLiteral("Done as planned.");
        }
        if (action == Action::Cancel)
            in.reason = QStringLiteral("Not needed after all");
        (void)core.changes().apply(actor, number, action, in);
    };
    for (int k = 0;; ++k) {
        auto created = core.changes().create(actor, draftFor(user, k % 500));
        if (!created.ok())
            continue;
        const int number = created->number;
        ChangeDraft edit;
        edit.description = QStringLiteral("Edited by %1 (#%2)").arg(user).arg(k);
        const int v = versionOf(core, actor, number);
        (void)core.changes().edit(actor, number, edit, v);
        move(number, k % 4 == 3 ? Action::Cancel : Action::Submit);
        move(firstIn(ChangeStatus::InProgress), Action::Complete);
        move(firstIn(ChangeStatus::Scheduled), Action::Start);
        move(firstIn(ChangeStatus::Approved), Action::Schedule);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions(
        {{QStringLiteral("db"), QStringLiteral("Database"), QStringLiteral("location")},
         {QStringLiteral("workspace"), QStringLiteral("Workspace"), QStringLiteral("slug")},
         {QStringLiteral("user"), QStringLiteral("Acting member"), QStringLiteral("name")},
         {QStringLiteral("mode"), QStringLiteral("engineer|approver|busy"), QStringLiteral("mode")},
         {QStringLiteral("iterations"), QStringLiteral("Changes to create"), QStringLiteral("n")},
         {QStringLiteral("peer"), QStringLiteral("The other approver"), QStringLiteral("name")},
         {QStringLiteral("stop-file"), QStringLiteral("Approvers stop once it exists"),
          QStringLiteral("path")},
         {QStringLiteral("out"), QStringLiteral("JSON lines of results"), QStringLiteral("path")}});
    p.process(app);
    const QString user = p.value(QStringLiteral("user"));
    Recorder out(p.value(QStringLiteral("out")), user);
    if (!out.open()) {
        std::cerr << "vigilo-stress: cannot write " << qPrintable(p.value(QStringLiteral("out")))
                  << '\n';
        return 3;
    }
    auto store = Store::open(p.value(QStringLiteral("db")), Store::OpenMode::ExistingOnly);
    if (!store.ok()) {
        std::cerr << "vigilo-stress: " << qPrintable(store.error().message) << '\n';
        return 3;
    }
    ManualClock clock(fixedNow());
    Vigilo core(**store, clock);
    auto actor = core.workspaces().signIn(p.value(QStringLiteral("workspace")), user);
    if (!actor.ok()) {
        std::cerr << "vigilo-stress: " << qPrintable(actor.error().message) << '\n';
        return 3;
    }
    std::cout << "ready" << std::endl;
    std::string line;
    if (!std::getline(std::cin, line) || line != "go")
        return 4;
    if (p.value(QStringLiteral("mode")) == QLatin1String("busy"))
        busyWriter(core, *actor, user); // until killed
    if (p.value(QStringLiteral("mode")) == QLatin1String("approver"))
        approver(core, *actor, out, p.value(QStringLiteral("stop-file")), user,
                 p.value(QStringLiteral("peer")));
    else
        engineer(core, *actor, out, user, p.value(QStringLiteral("iterations")).toInt());
    out.write({{QStringLiteral("op"), QStringLiteral("done")}, {QStringLiteral("user"), user}});
    return 0;
}
