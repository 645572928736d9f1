// Every rule in the core, once: the SQL FSM guard against the C++ table (raw SQL, every pair),
// the "can I" answers against the write paths that use them, the approval queue in a constant
// number of statements, and the rules several callers share (lead time, freeze overlap, a failed
// change, overrunning, risk conditions of a closed change) asked of every caller. The writes
// under test and the readers that apply a rule go through the Client as the member (in process on
// SQLite and PostgreSQL, over a real vigilo-server on the suite's clock on the server backend);
// the core's "can I" answers, set-up and checks read the core. One database (and one server) per
// suite: each test function starts over in a workspace of its own (TestWorkspace::startOver).
#include "FreezeOverlap.h"
#include "Fsm.h"
#include "FsmTable.h"
#include "RawSql.h"
#include "Rules.h"
#include "TestWorkspace.h"

#include <QJsonArray>

using namespace vigilo;
using namespace vigilo::test;

namespace {

FreezeWindowInput freeze(const QDateTime &start, const QDateTime &end,
                         const QStringList &assets = {})
{
    FreezeWindowInput f;
    f.name = QStringLiteral("Quarter close");
    f.start = start;
    f.end = end;
    f.reason = QStringLiteral("Finance close");
    f.allowOverride = false;
    f.assets = assets;
    return f;
}

bool hasKind(const ConflictSummary &s, const QString &kind)
{
    for (const Conflict &k : s.conflicts)
        if (k.kind == kind)
            return true;
    return false;
}

bool hasCondition(const RiskProfile &p, const QString &code)
{
    for (const RiskCondition &c : p.conditions)
        if (c.code == code)
            return true;
    return false;
}

// A refusal and a write's error are the same answer: same code, same message.
QByteArray compareRefusal(const std::optional<Error> &answer, const Result<void> &write,
                          const QString &what)
{
    if (!answer && !write.ok())
        return (what + QStringLiteral(": the core allowed it, the write refused: ")).toUtf8()
               + describe(write.error());
    if (answer && write.ok())
        return (what + QStringLiteral(": the core refused it (")).toUtf8() + describe(*answer)
               + "), the write went through";
    if (answer && (answer->code != write.error().code || answer->message != write.error().message))
        return (what + QStringLiteral(": answer ")).toUtf8() + describe(*answer) + " / write "
               + describe(write.error());
    return {};
}

template <typename T> Result<void> outcome(const Result<T> &r)
{
    if (r.ok())
        return {};
    return r.error();
}

// A risk question's choice as the protocol names it: its number from 1.
QString choiceNumber(int index)
{
    return QString::number(index + 1);
}

} // namespace

class TestRules : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void fsmTableIsProducts();
    void sqlGuardMatchesTable();

    void taskAnswersAreTheWritePath();
    void riskAnswersAreTheWritePath();
    void discussionAnswersAreTheWritePath();
    void decisionAnswersAreTheWritePath();

    void approvalQueueIsOneQuery();

    void leadTimeOneRuleEveryCaller_data();
    void leadTimeOneRuleEveryCaller();
    void scheduleMeasuresFromSubmission();
    void freezeOverlapOneRuleEveryCaller_data();
    void freezeOverlapOneRuleEveryCaller();
    void failedChangeOneDefinition();
    void closedChangeRiskAsOfSubmission();
    void overrunningWithInjectedClock();
    void notAssessedInJson();

private:
    // The suite's database in a fresh workspace of its own, its clock at fixedNow().
    TestWorkspace &fresh();

    std::unique_ptr<TestWorkspace> m_ws;
    int m_started = 0;
};

void TestRules::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
}

void TestRules::cleanupTestCase()
{
    m_ws.reset();
}

TestWorkspace &TestRules::fresh()
{
    m_ws->startOver(QStringLiteral("rules-%1").arg(++m_started));
    return *m_ws;
}

// The C++ table (domain/Fsm.cpp) against PRODUCT.md written out independently (FsmTable.h).
void TestRules::fsmTableIsProducts()
{
    for (Action a : allActions()) {
        QList<ChangeStatus> expected;
        for (ChangeStatus s : allChangeStatuses())
            if (expectedTarget(a, s))
                expected << s;
        QVERIFY2(ChangeService::fromStatuses(a) == expected, qPrintable(toString(a)));
        for (ChangeStatus s : expected) {
            const ChangeStatus to = *expectedTarget(a, s);
            QVERIFY2(fsm::allows(s, to, ChangeType::Normal),
                     qPrintable(toString(a) + QLatin1Char(' ') + toString(s)));
        }
    }
    // Standard changes skip review: submit goes straight to approved, and only for them.
    QVERIFY(fsm::allows(ChangeStatus::Draft, ChangeStatus::Approved, ChangeType::Standard));
    QVERIFY(!fsm::allows(ChangeStatus::Draft, ChangeStatus::Approved, ChangeType::Normal));
    QVERIFY(!fsm::allows(ChangeStatus::Draft, ChangeStatus::Review, ChangeType::Standard));
    // Terminal statuses never move, except a completed change reopened.
    for (ChangeStatus from : allChangeStatuses())
        for (ChangeStatus to : allChangeStatuses())
            if (isTerminal(from) && from != to && from != ChangeStatus::Completed)
                QVERIFY(!fsm::allows(from, to, ChangeType::Normal));
}

// Every (from, to) pair and every change type, written with raw SQL past the core: the guard
// trigger (SQLite's, and PostgreSQL's even for the superuser) refuses exactly what the table
// does not allow.
void TestRules::sqlGuardMatchesTable()
{
    TestWorkspace &ws = fresh();
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const qint64 wsId = ws.workspace().id;
    const qint64 requester = ws.owner().member.id;
    struct Case {
        int number;
        ChangeType type;
        ChangeStatus from;
        ChangeStatus to;
    };
    QList<Case> cases;
    QStringList inserts;
    int number = 1000;
    for (ChangeType type : allChangeTypes())
        for (ChangeStatus from : allChangeStatuses())
            for (ChangeStatus to : allChangeStatuses()) {
                if (from == to)
                    continue;
                cases << Case{++number, type, from, to};
                inserts << QStringLiteral(
                               "INSERT INTO changes (workspace_id, number, title, change_type, "
                               "is_standard, priority, min_lead_time_hours, requester_id, status, "
                               "created_at, updated_at) VALUES (%1, %2, 'Guard case', '%3', %4, "
                               "'medium', 0, %5, '%6', '2026-03-02T09:00:00.000Z', "
                               "'2026-03-02T09:00:00.000Z')")
                               .arg(wsId)
                               .arg(number)
                               .arg(toString(type))
                               .arg(type == ChangeType::Standard ? 1 : 0)
                               .arg(requester)
                               .arg(toString(from));
            }
    // Inserting a row in any status is not a move: the guard watches updates of the status.
    // PostgreSQL also refuses a change born in any status but draft (tst_pg_authority attacks
    // that); the superuser seeding this fixture switches triggers off for the inserts only.
    // PostgreSQL also lets a change become approved only when its steps were approved by
    // someone other than the requester: every change seeded in review gets such a step.
    if (ws.isPostgres()) {
        const auto peer = ws.addMember(QStringLiteral("peer"), Role::Approver);
        VERIFY_OK(peer);
        inserts.prepend(QStringLiteral("SET session_replication_role = replica"));
        inserts << QStringLiteral(
                       "INSERT INTO approval_steps (change_id, round, step_order, name, "
                       "eligible_role, required_approvals, source, status, decided_at) SELECT "
                       "id, 1, 1, 'Peer review', 'approver', 1, 'policy', 'approved', "
                       "'2026-03-02T10:00:00.000Z' FROM changes WHERE workspace_id = %1 AND "
                       "status = 'review'")
                       .arg(wsId)
                << QStringLiteral("INSERT INTO approval_decisions (step_id, member_id, approved, "
                                  "decided_at) SELECT s.id, %1, 1, '2026-03-02T10:00:00.000Z' "
                                  "FROM approval_steps s JOIN changes c ON c.id = s.change_id "
                                  "WHERE c.workspace_id = %2 AND c.status = 'review'")
                       .arg(peer->id)
                       .arg(wsId);
    }
    QCOMPARE(rawExec(ws.dbPath(), inserts), QString());
    int allowed = 0, refused = 0;
    QStringList expectedRows;
    for (const Case &c : cases) {
        const QString err = rawExec(
            ws.dbPath(), {QStringLiteral("UPDATE changes SET status = '%1' WHERE workspace_id = %2 "
                                         "AND number = %3")
                              .arg(toString(c.to))
                              .arg(wsId)
                              .arg(c.number)});
        const QString pair = toString(c.type) + QLatin1Char(' ') + toString(c.from)
                             + QStringLiteral(" > ") + toString(c.to) + QStringLiteral(": ") + err;
        const bool allows = fsm::allows(c.from, c.to, c.type);
        if (allows) {
            QVERIFY2(err.isEmpty(), qPrintable(pair));
            ++allowed;
        } else {
            QVERIFY2(err.contains(QLatin1String("not allowed by the change FSM")),
                     qPrintable(pair));
            ++refused;
        }
        expectedRows << QStringLiteral("(number = %1 AND status = '%2')")
                            .arg(c.number)
                            .arg(toString(allows ? c.to : c.from));
    }
    // Each row holds the status the guard let through, or the one it kept.
    QCOMPARE(rawScalar(ws.dbPath(), QStringLiteral("SELECT COUNT(*) FROM changes WHERE "
                                                   "workspace_id = %1 AND (%2)")
                                        .arg(wsId)
                                        .arg(expectedRows.join(QStringLiteral(" OR "))))
                 .toInt(),
             int(cases.size()));
    // Every move of the table was tried and passed, every other pair was refused.
    int moves = 0;
    for (ChangeType type : allChangeTypes())
        for (const fsm::Move &m : fsm::moves())
            moves += (m.types == fsm::Types::Any
                      || (m.types == fsm::Types::StandardOnly) == (type == ChangeType::Standard))
                         ? 1
                         : 0;
    QCOMPARE(allowed, moves);
    QCOMPARE(allowed + refused, int(cases.size()));
}

// The Implementation tasks buttons ask Runbook::availableTaskActions; start/done/skip decide by
// the same rule. For every member, task and action, in a scheduled change and then in progress,
// the answer and the write agree (code and message), and a refusal writes nothing.
void TestRules::taskAnswersAreTheWritePath()
{
    TestWorkspace &ws = fresh();
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    ChangeDraft d = ws.validDraft();
    d.implementationPlan = QStringLiteral("1. Drain\n2. Install\n3. Warm the caches (optional)");
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    const int n = c->number;
    // Generate: a viewer may not, an engineer may; a completed change's runbook is frozen.
    for (const QString &name : TestWorkspace::memberNames()) {
        const Actor who = ws.as(name);
        auto change = ws.core().changes().get(who, n);
        auto tasks = ws.core().runbook().tasks(who, n);
        VERIFY_OK(tasks);
        const auto answer = Runbook::generateRefusal(who, *change, *tasks);
        const auto write = outcome(ws.client(name).generateTasks(n));
        const QByteArray problem =
            compareRefusal(answer, write, QStringLiteral("generate ") + name);
        QVERIFY2(problem.isEmpty(), problem.constData());
    }
    int allowedSeen = 0, refusedSeen = 0;
    for (ChangeStatus phase : {ChangeStatus::Scheduled, ChangeStatus::InProgress}) {
        VERIFY_OK(ws.push(n, phase));
        for (int round = 0; round < 3; ++round)
            for (const QString &name : TestWorkspace::memberNames())
                for (int seq = 1; seq <= 3; ++seq)
                    for (Runbook::TaskAction action : Runbook::allTaskActions()) {
                        const Actor who = ws.as(name);
                        auto change = ws.core().changes().get(who, n);
                        auto tasks = ws.core().runbook().tasks(who, n);
                        VERIFY_OK(tasks);
                        const ChangeTask &task = (*tasks)[seq - 1];
                        const auto answers =
                            Runbook::availableTaskActions(who, *change, task, *tasks);
                        std::optional<Error> answer;
                        for (const auto &a : answers)
                            if (a.action == action)
                                answer = a.refusal;
                        const qint64 events = ws.auditCount();
                        const TaskStatus target =
                            action == Runbook::TaskAction::Start  ? TaskStatus::InProgress
                            : action == Runbook::TaskAction::Done ? TaskStatus::Done
                                                                  : TaskStatus::Skipped;
                        const auto write = outcome(ws.client(name).moveTask(n, seq, target));
                        const QByteArray problem =
                            compareRefusal(answer, write,
                                           QStringLiteral("%1 task %2 action %3 in %4")
                                               .arg(name)
                                               .arg(seq)
                                               .arg(int(action))
                                               .arg(toString(phase)));
                        QVERIFY2(problem.isEmpty(), problem.constData());
                        if (answer) {
                            QCOMPARE(ws.auditCount(), events);
                            ++refusedSeen;
                        } else {
                            ++allowedSeen;
                        }
                    }
    }
    // Both kinds of answer were exercised (a blocked task, a required task, roles, statuses).
    QVERIFY(allowedSeen >= 4);
    QVERIFY(refusedSeen > 50);
    // A completed change: its runbook is the record now.
    auto done = ws.changeIn(ChangeStatus::Completed);
    VERIFY_OK(done);
    auto change = ws.core().changes().get(ws.engineer(), done->number);
    auto tasks = ws.core().runbook().tasks(ws.engineer(), done->number);
    const auto answer = Runbook::generateRefusal(ws.engineer(), *change, *tasks);
    QVERIFY(answer);
    const QByteArray problem = compareRefusal(
        answer, outcome(ws.client(QStringLiteral("engineer")).generateTasks(done->number)),
        QStringLiteral("generate on a completed change"));
    QVERIFY2(problem.isEmpty(), problem.constData());
}

// The Risk tab asks RiskAssessment::availableRiskActions; answer() and accept() decide by it.
void TestRules::riskAnswersAreTheWritePath()
{
    TestWorkspace &ws = fresh();
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    ChangeDraft d = ws.validDraft();
    d.riskLevel.reset();
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    const int n = c->number;
    auto questions = ws.core().risk().questions(ws.owner());
    VERIFY_OK(questions);
    using RA = RiskAssessment::RiskAction;
    int alreadyAccepted = 0, notAssessed = 0, allowed = 0;
    for (ChangeStatus phase : {ChangeStatus::Draft, ChangeStatus::Review, ChangeStatus::Approved}) {
        VERIFY_OK(ws.push(n, phase));
        for (int round = 0; round < 3; ++round)
            for (const QString &name : TestWorkspace::memberNames())
                for (RA action : {RA::Answer, RA::Accept, RA::Override, RA::Accept}) {
                    const Actor who = ws.as(name);
                    auto change = ws.core().changes().get(who, n);
                    auto profile = ws.core().risk().profile(who, n);
                    VERIFY_OK(profile);
                    std::optional<Error> answer;
                    for (const auto &a :
                         RiskAssessment::availableRiskActions(who, *change, *profile))
                        if (a.action == action)
                            answer = a.refusal;
                    Result<void> write;
                    if (action == RA::Answer) {
                        // The next unanswered question, else a different choice.
                        const int i = int(profile->answered) % int(questions->size());
                        write = outcome(ws.client(name).answerRisk(
                            n, (*questions)[i].key, choiceNumber(round % 2 == 0 ? 2 : 0)));
                    } else if (action == RA::Accept) {
                        write = outcome(ws.client(name).acceptRisk(n));
                    } else {
                        const RiskLevel other = profile->suggestion == RiskLevel::High
                                                    ? RiskLevel::Low
                                                    : RiskLevel::High;
                        write = outcome(ws.client(name).acceptRisk(
                            n, other, QStringLiteral("The rollback was never rehearsed")));
                    }
                    const QByteArray problem = compareRefusal(answer, write,
                                                              QStringLiteral("%1 %2 in %3")
                                                                  .arg(name)
                                                                  .arg(int(action))
                                                                  .arg(toString(phase)));
                    QVERIFY2(problem.isEmpty(), problem.constData());
                    if (!answer)
                        ++allowed;
                    else if (answer->code == QLatin1String("risk_already_accepted"))
                        ++alreadyAccepted;
                    else if (answer->code == QLatin1String("risk_not_assessed"))
                        ++notAssessed;
                }
    }
    QVERIFY(allowed > 0);
    QVERIFY(alreadyAccepted > 0);
    QVERIFY(notAssessed > 0);
}

void TestRules::discussionAnswersAreTheWritePath()
{
    TestWorkspace &ws = fresh();
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto draft = ws.createChange(ws.validDraft());
    VERIFY_OK(draft);
    auto closed = ws.changeIn(ChangeStatus::RolledBack);
    VERIFY_OK(closed);
    using DA = Discussion::DiscussionAction;
    for (int n : {draft->number, closed->number})
        for (const QString &name : TestWorkspace::memberNames())
            for (DA action : {DA::Comment, DA::Attach}) {
                const Actor who = ws.as(name);
                auto change = ws.core().changes().get(who, n);
                std::optional<Error> answer;
                for (const auto &a : Discussion::availableActions(who, *change))
                    if (a.action == action)
                        answer = a.refusal;
                QCOMPARE(answer.has_value(),
                         !roleHas(TestWorkspace::roleOf(name), Permission::ChangesCreate));
                client::Client &client = ws.client(name);
                const auto write =
                    action == DA::Comment
                        ? outcome(client.addComment(n, QStringLiteral("Noted.")))
                        : outcome(client.attach(n, QStringLiteral("log.txt"), QByteArray("ok\n")));
                const QByteArray problem =
                    compareRefusal(answer, write, name + QLatin1Char(' ') + QString::number(n));
                QVERIFY2(problem.isEmpty(), problem.constData());
            }
}

// The Approvals tab and CAB ask ApprovalEngine::decisionAnswers; approve() and reject() decide
// by decisionRefusal: permission, status, the requester, the step's role, named members, and
// one decision per member per step.
void TestRules::decisionAnswersAreTheWritePath()
{
    TestWorkspace &ws = fresh();
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    // A named-members policy for edge-fw: only approver2 may decide.
    ApprovalPolicy named;
    named.name = QStringLiteral("Firewall owners");
    named.assets = QStringList{QStringLiteral("edge-fw")};
    ApprovalPolicyStep only;
    only.name = QStringLiteral("Firewall owner");
    only.eligibleMembers = QStringList{QStringLiteral("approver2")};
    named.steps << only;
    VERIFY_OK(ws.core().policies().add(ws.admin(), named));

    // Two approvals from approvers for db-primary.
    ApprovalPolicy quorum;
    quorum.name = QStringLiteral("Database pair");
    quorum.assets = QStringList{QStringLiteral("db-primary")};
    ApprovalPolicyStep two;
    two.name = QStringLiteral("Two DBAs");
    two.requiredApprovals = 2;
    quorum.steps << two;
    VERIFY_OK(ws.core().policies().add(ws.admin(), quorum));

    ChangeDraft critical = ws.validDraft(QStringLiteral("Two-step change"));
    critical.priority = Priority::Critical; // the matrix: approver+, then admin+
    ChangeDraft firewall = ws.validDraft(QStringLiteral("Firewall change"));
    firewall.affectedAssets = QStringList{QStringLiteral("edge-fw")};
    ChangeDraft database = ws.validDraft(QStringLiteral("Database change"));
    database.affectedAssets = QStringList{QStringLiteral("db-primary")};
    struct Attempt {
        const char *member;
        Action action;
        const char *expected; // the code of the refusal, or "" when it goes through
    };
    struct Scenario {
        ChangeDraft draft;
        const char *requester;
        QList<Attempt> attempts;
    };
    const QList<Scenario> scenarios = {
        {critical,
         "approver",
         {{"viewer", Action::Approve, "permission_denied"},
          {"engineer", Action::Approve, "permission_denied"},
          {"approver", Action::Approve, "self_approval_forbidden"},
          {"approver2", Action::Approve, ""},
          {"approver2", Action::Approve, "not_eligible_approver"}, // step 2 needs an admin
          {"admin", Action::Approve, ""},
          {"owner", Action::Reject, "invalid_transition"}}},
        {firewall,
         "engineer",
         {{"approver", Action::Approve, "not_eligible_approver"}, // not a named member
          {"approver2", Action::Reject, ""},
          {"admin", Action::Approve, "invalid_transition"}}},
        {database,
         "engineer",
         {{"approver", Action::Approve, ""},
          {"approver", Action::Reject, "not_eligible_approver"}, // decided already
          {"approver2", Action::Approve, ""}}},
    };
    QSet<QString> codes;
    for (const Scenario &sc : scenarios) {
        auto c =
            ws.changeIn(ChangeStatus::Review, ws.as(QString::fromLatin1(sc.requester)), sc.draft);
        VERIFY_OK(c);
        for (const Attempt &at : sc.attempts) {
            const QString name = QString::fromLatin1(at.member);
            const Actor who = ws.as(name);
            auto change = ws.core().changes().get(who, c->number);
            auto answers = ws.core().approvals().decisionAnswers(who, *change);
            VERIFY_OK(answers);
            std::optional<Error> answer;
            for (const auto &a : *answers)
                if (a.action == at.action)
                    answer = a.refusal;
            QCOMPARE(answer ? answer->code : QString(), QString::fromLatin1(at.expected));
            QCOMPARE(ws.core().approvals().canDecide(who, *change), !answer.has_value());
            // The Approvals tab asks through the Client (change.steps): the core's answer.
            auto tab = awaited(ws.client(name).approvalStepsAsync(c->number));
            VERIFY_OK(tab);
            std::optional<Error> shown;
            bool asked = false;
            for (const auto &a : tab->decisions)
                if (a.action == at.action) {
                    shown = a.refusal;
                    asked = true;
                }
            QVERIFY(asked);
            QVERIFY2(compareRefusal(answer, shown ? Result<void>(*shown) : Result<void>(),
                                    QStringLiteral("the Approvals tab's answer"))
                         .isEmpty(),
                     qPrintable(name + QLatin1Char(' ') + toString(at.action)));
            TransitionInput in;
            in.reason = QStringLiteral("Not this quarter");
            const qint64 events = ws.auditCount();
            const auto write = outcome(ws.client(name).apply(c->number, at.action, in));
            const QByteArray problem = compareRefusal(answer, write,
                                                      name + QLatin1Char(' ') + toString(at.action)
                                                          + QLatin1Char(' ') + change->title);
            QVERIFY2(problem.isEmpty(), problem.constData());
            if (answer) {
                codes.insert(answer->code);
                QCOMPARE(ws.auditCount(), events);
            }
        }
    }
    for (const char *code : {"permission_denied", "self_approval_forbidden",
                             "not_eligible_approver", "invalid_transition"})
        QVERIFY2(codes.contains(QString::fromLatin1(code)), code);
}

// The approval queue page and CAB mode read the queue in a constant number of statements: the
// same for 5 changes as for 50. Each row's "may I decide" is the detail view's answer. Counted
// on the core's own connection (a team server's statements are not this process's to count):
// on the core on every backend.
void TestRules::approvalQueueIsOneQuery()
{
    auto statementsFor = [this](int changes, quint64 *used, QByteArray *problem) {
        TestWorkspace &ws = fresh();
        if (!ws.ok()) {
            *problem = ws.errorText().toUtf8();
            return;
        }
        for (int i = 0; i < changes; ++i) {
            ChangeDraft d = ws.validDraft(QStringLiteral("Queue item %1").arg(i));
            if (i % 3 == 0)
                d.priority = Priority::Critical; // two steps
            const Actor requester = i % 4 == 0 ? ws.approver() : ws.engineer();
            auto c = ws.changeIn(ChangeStatus::Review, requester, d);
            if (!c.ok()) {
                *problem = describe(c);
                return;
            }
            if (i % 5 == 1) // one approval recorded on some: approver has decided
                (void)ws.core().changes().apply(ws.approver(), c->number, Action::Approve);
        }
        (void)ws.changeIn(ChangeStatus::Approved); // not in the queue
        const Actor approver = ws.approver();
        const quint64 before = ws.store().statementCount();
        auto all = ws.core().approvalQueue().load(approver, false);
        auto mine = ws.core().approvalQueue().load(approver, true);
        *used = ws.store().statementCount() - before;
        if (!all.ok() || !mine.ok()) {
            *problem = describe(all.ok() ? mine.error() : all.error());
            return;
        }
        ChangeFilter inReview;
        inReview.status = ChangeStatus::Review;
        if (all->size() != ws.core().changes().list(ws.owner(), inReview)->size()) {
            *problem = "the queue is not every change in review";
            return;
        }
        int decidable = 0;
        for (const ApprovalQueueItem &item : *all) {
            auto change = ws.core().changes().get(ws.approver(), item.change.number);
            auto answers = ws.core().approvals().decisionAnswers(ws.approver(), *change);
            const std::optional<Error> &expected = answers->first().refusal;
            if (expected.has_value() != item.refusal.has_value()
                || (expected && expected->code != item.refusal->code)) {
                *problem = "queue row " + formatChangeNumber(item.change.number).toUtf8()
                           + " disagrees with the detail view";
                return;
            }
            if (!item.pendingStep()) {
                *problem = "no pending step in review";
                return;
            }
            decidable += item.canDecide() ? 1 : 0;
        }
        if (mine->size() != decidable || decidable == 0 || decidable == all->size())
            *problem = "the decidable queue is not what the approver may decide";
    };
    quint64 five = 0, fifty = 0;
    QByteArray problem;
    statementsFor(5, &five, &problem);
    QVERIFY2(problem.isEmpty(), problem.constData());
    statementsFor(50, &fifty, &problem);
    QVERIFY2(problem.isEmpty(), problem.constData());
    qInfo("approval queue (both lists): %llu statements for 5 changes, %llu for 50", five, fifty);
    QCOMPARE(fifty, five);
    // Per load: the changes, their open steps, their decisions, the workspace's distinct-people
    // setting, the actor's delegators, the people of the approved steps (issue 15).
    QCOMPARE(five, quint64(2 * 6));
}

void TestRules::leadTimeOneRuleEveryCaller_data()
{
    QTest::addColumn<qint64>("offset"); // the planned start minus (now + 24 h), seconds
    QTest::addColumn<bool>("met");
    QTest::newRow("exactly the lead time") << qint64(0) << true;
    QTest::newRow("a minute short") << qint64(-60) << false;
    QTest::newRow("a minute more") << qint64(60) << true;
}

// The submit gate, the risk condition, the next free slot (and the New change form, in
// tst_gui_rules) all ask rules::leadTime: at the boundary they agree.
void TestRules::leadTimeOneRuleEveryCaller()
{
    QFETCH(qint64, offset);
    QFETCH(bool, met);
    TestWorkspace &ws = fresh();
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    ChangeDraft d = ws.validDraft();
    d.plannedStart = ws.now().addSecs(24 * 3600 + offset);
    d.plannedEnd = d.plannedStart->addSecs(3600);
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    // The rule itself.
    const rules::LeadTime l = rules::leadTime(*c, ws.now());
    QVERIFY(l.applies);
    QCOMPARE(l.met, met);
    QCOMPARE(l.earliestStart, ws.now().addSecs(24 * 3600));
    // The risk condition (a draft is measured from now).
    client::Client &engineer = ws.client(QStringLiteral("engineer"));
    auto profile = engineer.riskProfile(c->number);
    VERIFY_OK(profile);
    QCOMPARE(hasCondition(*profile, QStringLiteral("insufficient_lead_time")), !met);
    // The next free slot never proposes a start the gate would refuse.
    auto slot = engineer.nextFreeSlot(c->number);
    VERIFY_OK(slot);
    QVERIFY(slot->searchedFrom >= l.earliestStart);
    QVERIFY(rules::leadTime(c->changeType, c->minLeadTimeHours, slot->start, ws.now()).met);
    // The submit gate.
    auto submitted = engineer.apply(c->number, Action::Submit);
    if (met)
        VERIFY_OK(submitted);
    else
        VERIFY_ERROR(submitted, "lead_time_violation");
}

// Schedule measures from the submission, like the risk condition, not from "now".
void TestRules::scheduleMeasuresFromSubmission()
{
    TestWorkspace &ws = fresh();
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    ChangeDraft d = ws.validDraft();
    d.plannedStart = ws.now().addSecs(24 * 3600);
    d.plannedEnd = d.plannedStart->addSecs(3600);
    auto c = ws.changeIn(ChangeStatus::Approved, ws.engineer(), d);
    VERIFY_OK(c);
    ws.clock().advanceSecs(20 * 3600); // four hours before the start: well inside 24 h of now
    client::Client &engineer = ws.client(QStringLiteral("engineer"));
    VERIFY_OK(engineer.apply(c->number, Action::Schedule));
    auto profile = engineer.riskProfile(c->number);
    VERIFY_OK(profile);
    QVERIFY(!hasCondition(*profile, QStringLiteral("insufficient_lead_time")));
}

void TestRules::freezeOverlapOneRuleEveryCaller_data()
{
    // The change's window is [10:00, 12:00) three days ahead (validDraft), on payments-api.
    QTest::addColumn<qint64>("startOffset"); // freeze start relative to 10:00, seconds
    QTest::addColumn<qint64>("endOffset");   // freeze end relative to 10:00
    QTest::addColumn<QString>("asset");      // empty: workspace-wide
    QTest::addColumn<bool>("blocks");
    const qint64 h = 3600;
    QTest::newRow("ends as the change starts") << -4 * h << qint64(0) << QString() << false;
    QTest::newRow("starts as the change ends") << 2 * h << 6 * h << QString() << false;
    QTest::newRow("ends a minute into it") << -4 * h << qint64(60) << QString() << true;
    QTest::newRow("starts a minute before its end") << 2 * h - 60 << 6 * h << QString() << true;
    QTest::newRow("covers it") << -h << 3 * h << QString() << true;
    QTest::newRow("on another asset") << -h << 3 * h << QStringLiteral("edge-fw") << false;
    QTest::newRow("on its asset") << -h << 3 * h << QStringLiteral("payments-api") << true;
}

// One query decides which freeze windows a window runs into: the submit gate, the New change
// preview (conflictsFor), the conflicts summary, the calendar and the next free slot agree,
// for half-open windows that touch at one end.
void TestRules::freezeOverlapOneRuleEveryCaller()
{
    QFETCH(qint64, startOffset);
    QFETCH(qint64, endOffset);
    QFETCH(QString, asset);
    QFETCH(bool, blocks);
    TestWorkspace &ws = fresh();
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const ChangeDraft d = ws.validDraft();
    const QDateTime start = *d.plannedStart, end = *d.plannedEnd;
    VERIFY_OK(ws.client(QStringLiteral("admin"))
                  .addFreezeWindow(freeze(start.addSecs(startOffset), start.addSecs(endOffset),
                                          asset.isEmpty() ? QStringList() : QStringList{asset})));
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    // The query itself.
    auto hits =
        planning::freezesOverlapping(ws.store(), ws.workspace().id, start, end, c->affectedAssets);
    VERIFY_OK(hits);
    QCOMPARE(!hits->isEmpty(), blocks);
    // The New change preview: the form's window and assets, before anything is saved.
    client::Client &engineer = ws.client(QStringLiteral("engineer"));
    PlanningForm form;
    form.plannedStart = start;
    form.plannedEnd = end;
    form.affectedAssets = *d.affectedAssets;
    auto preview = awaited(engineer.conflictsAsync(form));
    VERIFY_OK(preview);
    QCOMPARE(hasKind(*preview, QStringLiteral("freeze")), blocks);
    // The core's own preview agrees.
    auto corePreview =
        ws.core().planning().conflictsFor(ws.engineer(), start, end, *d.affectedAssets);
    VERIFY_OK(corePreview);
    QCOMPARE(hasKind(*corePreview, QStringLiteral("freeze")), blocks);
    // The conflicts summary of the saved change (the detail banner, `change conflicts`).
    auto saved = engineer.conflicts(c->number);
    VERIFY_OK(saved);
    QCOMPARE(hasKind(*saved, QStringLiteral("freeze")), blocks);
    // The calendar's bar for it.
    auto range = awaited(engineer.calendarAsync(start.addDays(-1), end.addDays(1)));
    VERIFY_OK(range);
    bool calendarBlocks = false;
    for (const CalendarChange &k : range->changes)
        if (k.number == c->number)
            for (const Conflict &x : k.conflicts)
                calendarBlocks = calendarBlocks || x.kind == QLatin1String("freeze");
    QCOMPARE(calendarBlocks, blocks);
    // The next free slot from the planned start: the start itself unless a freeze is in the way.
    auto slot = engineer.nextFreeSlot(c->number, start);
    VERIFY_OK(slot);
    QCOMPARE(slot->start == start, !blocks);
    // The submit gate.
    auto submitted = engineer.apply(c->number, Action::Submit);
    if (blocks)
        VERIFY_ERROR(submitted, "freeze_window_blocked");
    else
        VERIFY_OK(submitted);
}

// Rolled back, or completed as unsuccessful: one definition for the change failure rate, the
// time-to-restore follow-up, Suggest similar and the risk condition.
void TestRules::failedChangeOneDefinition()
{
    TestWorkspace &ws = fresh();
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    const QDateTime periodStart = ws.now();
    auto rolledBack = ws.changeIn(ChangeStatus::RolledBack);
    VERIFY_OK(rolledBack);
    auto closeAs = [&](ClosureCode code) -> Result<ChangeRequest> {
        ws.clock().advanceSecs(3600);
        auto c = ws.changeIn(ChangeStatus::InProgress);
        if (!c)
            return c.error();
        TransitionInput in;
        in.closureCode = code;
        in.closureNotes = QStringLiteral("Closed by the test");
        return ws.client(QStringLiteral("engineer")).apply(c->number, Action::Complete, in);
    };
    auto unsuccessful = closeAs(ClosureCode::Unsuccessful);
    VERIFY_OK(unsuccessful);
    auto successful = closeAs(ClosureCode::Successful);
    VERIFY_OK(successful);
    QVERIFY(rules::isFailedChange(rolledBack->status, rolledBack->closureCode));
    QVERIFY(rules::isFailedChange(unsuccessful->status, unsuccessful->closureCode));
    QVERIFY(!rules::isFailedChange(successful->status, successful->closureCode));

    // Metrics: the failures, and the follow-up of the rollback skips the failed completion.
    MetricsQuery q;
    q.from = periodStart.addSecs(-3600);
    q.to = ws.now().addDays(30);
    auto answer = ws.client(QStringLiteral("owner")).metrics(q);
    VERIFY_OK(answer);
    const MetricsReport *report = &answer->report;
    const MetricFigure *failure = report->figure(QStringLiteral("change_failure_rate"));
    QVERIFY(failure);
    QCOMPARE(failure->changes, (QList<int>{rolledBack->number, unsuccessful->number}));
    const MetricFigure *restore = report->figure(QStringLiteral("time_to_restore_median_hours"));
    QVERIFY(restore);
    QCOMPARE(restore->items.size(), 1);
    QCOMPARE(restore->items.first()[QLatin1String("follow_up")].toString(),
             successful->numberText());

    // Suggest similar and the risk condition of a new change on the same asset and title.
    auto draft = ws.createChange(ws.validDraft());
    VERIFY_OK(draft);
    client::Client &engineer = ws.client(QStringLiteral("engineer"));
    auto similar = engineer.similar(draft->number);
    VERIFY_OK(similar);
    QSet<int> failedSimilar;
    for (const SimilarChange &s : *similar) {
        QCOMPARE(s.toJson()[QLatin1String("failed")].toBool(), s.failed());
        if (s.failed())
            failedSimilar.insert(s.number);
    }
    QCOMPARE(failedSimilar, (QSet<int>{rolledBack->number, unsuccessful->number}));
    auto profile = engineer.riskProfile(draft->number);
    VERIFY_OK(profile);
    QSet<QString> flagged;
    for (const RiskCondition &c : profile->conditions)
        if (c.code == QLatin1String("similar_change_failed"))
            flagged.insert(c.details[QLatin1String("number")].toString());
    QCOMPARE(flagged, (QSet<QString>{rolledBack->numberText(), unsuccessful->numberText()}));
}

// A closed change's risk conditions are what the record said at its submission: a year later
// it does not grow an "insufficient lead time" or a failure that happened after it.
void TestRules::closedChangeRiskAsOfSubmission()
{
    TestWorkspace &ws = fresh();
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    // Cancelled before it was ever submitted: judged as of its cancellation.
    auto cancelled = ws.changeIn(ChangeStatus::Cancelled);
    VERIFY_OK(cancelled);
    // Submitted with enough lead time and completed.
    auto completed = ws.changeIn(ChangeStatus::Completed);
    VERIFY_OK(completed);
    // After it closed, a similar change fails.
    ws.clock().advanceSecs(7 * 86400);
    ChangeDraft later = ws.validDraft();
    later.plannedStart = ws.now().addDays(3);
    later.plannedEnd = later.plannedStart->addSecs(3600);
    auto failed = ws.changeIn(ChangeStatus::RolledBack, ws.engineer(), later);
    VERIFY_OK(failed);

    client::Client &engineer = ws.client(QStringLiteral("engineer"));
    for (int years : {0, 1}) {
        ws.clock().advanceSecs(qint64(years) * 365 * 86400);
        for (const ChangeRequest &c : {*cancelled, *completed}) {
            // A year later every session of a team server has expired (30 days unused): that
            // reading is the core's.
            auto p = years == 0 ? engineer.riskProfile(c.number)
                                : ws.core().risk().profile(ws.engineer(), c.number);
            VERIFY_OK(p);
            QVERIFY2(!hasCondition(*p, QStringLiteral("insufficient_lead_time")),
                     qPrintable(c.numberText()));
            QVERIFY2(!hasCondition(*p, QStringLiteral("similar_change_failed")),
                     qPrintable(c.numberText()));
        }
    }
    // An open change still sees the failure (as of today, within 90 days of it).
    ws.clock().setNow(failed->rolledBackAt.addDays(10));
    auto open = ws.createChange(ws.validDraft());
    VERIFY_OK(open);
    auto p = engineer.riskProfile(open->number);
    VERIFY_OK(p);
    QVERIFY(hasCondition(*p, QStringLiteral("similar_change_failed")));
}

// In progress after its planned end: computed in the core with the injected clock, on every
// read (get, list, JSON).
void TestRules::overrunningWithInjectedClock()
{
    TestWorkspace &ws = fresh();
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    auto c = ws.changeIn(ChangeStatus::InProgress);
    VERIFY_OK(c);
    client::Client &viewer = ws.client(QStringLiteral("viewer"));
    auto flags = [&](bool *get, bool *list, bool *json) {
        auto one = viewer.change(c->number);
        QVERIFY2(one.ok(), describe(one).constData());
        *get = one->overrunning;
        *json = one->toJson()[QLatin1String("overrunning")].toBool();
        *list = false;
        auto all = viewer.changes();
        QVERIFY2(all.ok(), describe(all).constData());
        for (const ChangeSummary &s : *all)
            if (s.number == c->number)
                *list = s.overrunning && s.toJson()[QLatin1String("overrunning")].toBool();
    };
    bool get = true, list = true, json = true;
    ws.clock().setNow(c->plannedEnd.addSecs(-1));
    flags(&get, &list, &json);
    QVERIFY(!get && !list && !json);
    ws.clock().setNow(c->plannedEnd);
    flags(&get, &list, &json);
    QVERIFY(get && list && json);
    TransitionInput in;
    in.closureCode = ClosureCode::Successful;
    in.closureNotes = QStringLiteral("Late, but done");
    VERIFY_OK(ws.client(QStringLiteral("engineer")).apply(c->number, Action::Complete, in));
    flags(&get, &list, &json);
    QVERIFY(!get && !list && !json);
}

void TestRules::notAssessedInJson()
{
    TestWorkspace &ws = fresh();
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    ChangeDraft d = ws.validDraft();
    d.riskLevel.reset();
    client::Client &engineer = ws.client(QStringLiteral("engineer"));
    auto c = engineer.createChange(d);
    VERIFY_OK(c);
    auto read = ws.client(QStringLiteral("viewer")).change(c->number);
    VERIFY_OK(read);
    const QJsonObject json = read->toJson();
    QVERIFY(json[QLatin1String("risk_level")].isNull());
    QCOMPARE(json[QLatin1String("risk_assessed")].toBool(true), false);
    auto assessed = engineer.createChange(ws.validDraft());
    VERIFY_OK(assessed);
    QCOMPARE(assessed->toJson()[QLatin1String("risk_assessed")].toBool(false), true);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
