#include "ApprovalEngine.h"

#include "Clock.h"
#include "Dialect.h"
#include "Fsm.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"

#include <QJsonArray>

namespace vigilo {

namespace {

ApprovalStep makeStep(int order, const QString &name, Role role, const QString &source)
{
    ApprovalStep s;
    s.stepOrder = order;
    s.name = name;
    s.eligibleRole = role;
    s.requiredApprovals = 1;
    s.source = source;
    s.status = order == 1 ? StepStatus::Pending : StepStatus::Waiting;
    return s;
}

const char *kStepColumns = "SELECT id, change_id, round, step_order, name, eligible_role, "
                           "eligible_members, required_approvals, source, status, decided_at "
                           "FROM approval_steps ";

ApprovalStep readStep(const CachedQuery &q)
{
    ApprovalStep s;
    s.id = q.value(0).toLongLong();
    s.changeId = q.value(1).toLongLong();
    s.round = q.value(2).toInt();
    s.stepOrder = q.value(3).toInt();
    s.name = q.value(4).toString();
    s.eligibleRole = parseRole(q.value(5).toString()).value_or(Role::Approver);
    const QString members = q.value(6).toString();
    if (!members.isEmpty())
        s.eligibleMembers = members.split(QLatin1Char(','));
    s.requiredApprovals = q.value(7).toInt();
    s.source = q.value(8).toString();
    s.status = parseStepStatus(q.value(9).toString()).value_or(StepStatus::Waiting);
    s.decidedAt = Dialect::fromDb(q.value(10));
    return s;
}

// d.id, d.step_id, member username, d.approved, d.comment, d.decided_at, on behalf of
const char *kDecisionColumns = "SELECT d.id, d.step_id, m.username, d.approved, d.comment, "
                               "d.decided_at, b.username FROM approval_decisions d ";
const char *kDecisionPeople = " JOIN members m ON m.id = d.member_id LEFT JOIN members b ON "
                              "b.id = d.on_behalf_of_id ";

ApprovalDecision readDecision(const CachedQuery &q)
{
    ApprovalDecision dec;
    dec.id = q.value(0).toLongLong();
    dec.stepId = q.value(1).toLongLong();
    dec.member = q.value(2).toString();
    dec.approved = q.value(3).toInt() != 0;
    dec.comment = q.value(4).toString();
    dec.decidedAt = Dialect::fromDb(q.value(5));
    dec.onBehalfOf = q.value(6).toString();
    return dec;
}

// The people a decision counts for: who signed, and whom they signed for.
bool decidedBy(const ApprovalDecision &d, const QString &username)
{
    return d.member == username || d.onBehalfOf == username;
}

std::optional<Error> alreadyDecided(const QString &username, const ApprovalStep &step,
                                    const DecisionContext &ctx, const QString &numberText)
{
    for (const ApprovalDecision &d : step.decisions)
        if (decidedBy(d, username))
            return Error::rule(
                QStringLiteral("not_eligible_approver"),
                CoreText::tr("%1 has already decided on the step \"%2\" of %3; "
                             "another approver has to decide.")
                    .arg(username, step.name, numberText),
                {{QStringLiteral("step"), step.name}, {QStringLiteral("member"), username}});
    if (ctx.distinctPeople && ctx.otherStepDeciders.contains(username))
        return Error::rule(
            QStringLiteral("distinct_approver_required"),
            CoreText::tr("%1 has already decided another approval step of %2: one person "
                         "decides at most one step of a change. Another member has to decide "
                         "the step \"%3\" (an admin can relax this rule in the workspace's "
                         "approval settings).")
                .arg(username, numberText, step.name),
            {{QStringLiteral("step"), step.name}, {QStringLiteral("member"), username}});
    return std::nullopt;
}

} // namespace

QList<ApprovalStep> ApprovalEngine::planSteps(const ChangeRequest &change) const
{
    switch (change.changeType) {
    case ChangeType::Standard: return {};
    case ChangeType::Emergency:
        return {makeStep(1, CoreText::tr("Emergency approval"), Role::Approver,
                         QStringLiteral("matrix:emergency"))};
    case ChangeType::Normal: break;
    }
    const bool high = (change.riskLevel && *change.riskLevel == RiskLevel::High)
                      || change.priority == Priority::Critical;
    if (!high)
        return {makeStep(1, CoreText::tr("Change approval"), Role::Approver,
                         QStringLiteral("matrix:normal"))};
    return {makeStep(1, CoreText::tr("Technical approval"), Role::Approver,
                     QStringLiteral("matrix:normal-high")),
            makeStep(2, CoreText::tr("Management approval"), Role::Admin,
                     QStringLiteral("matrix:normal-high"))};
}

Result<QList<Member>> ApprovalEngine::eligibleMembers(qint64 workspaceId, const ApprovalStep &step,
                                                      const QString &excludeUsername) const
{
    if (const QString cab = cabOfStep(step.eligibleMembers); !cab.isEmpty()) {
        // A CAB's step: its active voting members decide it together, in a meeting.
        auto q = sql::run(m_store,
                          QStringLiteral("SELECT m.id, m.username, m.role FROM cabs b JOIN "
                                         "cab_members cm ON cm.cab_id = b.id AND cm.kind = "
                                         "'voting' JOIN members m ON m.id = cm.member_id WHERE "
                                         "b.workspace_id = ? AND b.name = ? AND m.active = 1 "
                                         "ORDER BY m.username"),
                          {workspaceId, cab});
        if (!q)
            return q.error();
        QList<Member> out;
        while (q->next()) {
            Member m;
            m.id = q->value(0).toLongLong();
            m.username = q->value(1).toString();
            m.role = parseRole(q->value(2).toString()).value_or(Role::Viewer);
            if (m.username != excludeUsername)
                out << m;
        }
        return out;
    }
    auto q =
        sql::run(m_store,
                 QStringLiteral("SELECT id, username, role FROM members WHERE workspace_id = ? "
                                "AND active = 1 ORDER BY username"),
                 {workspaceId});
    if (!q)
        return q.error();
    QList<Member> out;
    while (q->next()) {
        Member m;
        m.id = q->value(0).toLongLong();
        m.username = q->value(1).toString();
        m.role = parseRole(q->value(2).toString()).value_or(Role::Viewer);
        if (m.username == excludeUsername || !roleAtLeast(m.role, step.eligibleRole))
            continue;
        if (!step.eligibleMembers.isEmpty() && !step.eligibleMembers.contains(m.username))
            continue;
        out << m;
    }
    return out;
}

Status ApprovalEngine::supersedeOpenSteps(const ChangeRequest &change)
{
    VIGILO_TRY(sql::run(m_store,
                        QStringLiteral("UPDATE approval_steps SET status = 'superseded' WHERE "
                                       "change_id = ? AND status IN ('waiting', 'pending')"),
                        {change.id}));
    return {};
}

Result<QList<ApprovalStep>> ApprovalEngine::stepsFor(const ChangeRequest &change) const
{
    if (change.isStandard())
        return QList<ApprovalStep>();
    auto policy = m_policies.match(change);
    if (!policy)
        return policy.error();
    if (!policy->has_value())
        return planSteps(change);
    QList<ApprovalStep> out;
    for (const ApprovalPolicyStep &ps : (*policy)->steps) {
        ApprovalStep s = makeStep(ps.stepOrder, ps.name, ps.eligibleRole,
                                  QStringLiteral("policy:") + (*policy)->name);
        s.eligibleMembers = ps.eligibleMembers;
        s.requiredApprovals = ps.requiredApprovals;
        if (ps.requiredApprovals == 0) { // "all": everyone who may decide now
            auto eligible = eligibleMembers(change.workspaceId, s, change.requester);
            if (!eligible)
                return eligible.error();
            s.requiredApprovals = qMax(1, int(eligible->size()));
        }
        out << s;
    }
    return out;
}

Result<PolicyExplanation> ApprovalEngine::explain(const Actor &actor, int changeNumber) const
{
    auto change = sql::loadChange(m_store, actor.workspace.id, changeNumber);
    if (!change)
        return change.error();
    auto steps = stepsFor(*change);
    if (!steps)
        return steps.error();
    PolicyExplanation e;
    e.steps = *steps;
    if (change->isStandard())
        e.source = QStringLiteral("standard");
    else if (!steps->isEmpty())
        e.source = steps->first().source;
    if (e.source.startsWith(QLatin1String("policy:")))
        e.policyName = e.source.mid(7);
    // In review: the steps of the current round with their decisions, so that who is still
    // eligible follows the distinct-people rule (one person, one step).
    bool distinct = true;
    if (change->status == ChangeStatus::Review) {
        auto actual = stepsOf(change->id);
        if (!actual)
            return actual.error();
        int round = 0;
        for (const auto &s : *actual)
            round = qMax(round, s.round);
        QList<ApprovalStep> current;
        for (const auto &s : *actual)
            if (s.round == round && s.status != StepStatus::Superseded)
                current << s;
        if (!current.isEmpty())
            e.steps = current;
        auto ctx = actorContext(actor);
        if (!ctx)
            return ctx.error();
        distinct = ctx->distinctPeople;
    }
    e.distinctPeople = distinct;
    for (const auto &s : std::as_const(e.steps)) {
        auto eligible = eligibleMembers(change->workspaceId, s, change->requester);
        if (!eligible)
            return eligible.error();
        QStringList names;
        for (const auto &m : *eligible) {
            bool excluded = false;
            for (const auto &other : std::as_const(e.steps))
                for (const auto &d : other.decisions)
                    if (d.approved && (d.member == m.username || d.onBehalfOf == m.username)
                        && (other.id == s.id || distinct))
                        excluded = true;
            if (!excluded)
                names << m.username;
        }
        e.eligible << names;
    }
    return e;
}

Result<QList<ApprovalStep>> ApprovalEngine::generateSteps(const ChangeRequest &change)
{
    auto plannedSteps = stepsFor(change);
    if (!plannedSteps)
        return plannedSteps.error();
    QList<ApprovalStep> planned = *plannedSteps;
    for (const ApprovalStep &step : planned) {
        auto eligible = eligibleMembers(change.workspaceId, step, change.requester);
        if (!eligible)
            return eligible.error();
        if (eligible->size() < step.requiredApprovals) {
            const QString who = step.eligibleMembers.isEmpty()
                                    ? CoreText::tr("active members with the %1 role or above")
                                          .arg(label(step.eligibleRole))
                                    : CoreText::tr("the named members (%1)")
                                          .arg(step.eligibleMembers.join(QStringLiteral(", ")));
            return Error::rule(
                QStringLiteral("no_eligible_approvers"),
                // Who may approve stands after a colon: no language has to decline it.
                CoreText::tr("Nobody can approve the step \"%1\": it needs %n approvals from "
                             "members other than the requester, and the workspace has %2 of "
                             "them. Who may approve: %3. Invite one, promote an existing member, "
                             "or use a pre-approved standard change.",
                             nullptr, step.requiredApprovals)
                    .arg(step.name)
                    .arg(eligible->size())
                    .arg(who),
                {{QStringLiteral("step"), step.name},
                 {QStringLiteral("eligible_role"), toString(step.eligibleRole)},
                 {QStringLiteral("eligible_members"),
                  QJsonArray::fromStringList(step.eligibleMembers)},
                 {QStringLiteral("required_approvals"), step.requiredApprovals},
                 {QStringLiteral("eligible_count"), int(eligible->size())}});
        }
    }
    VIGILO_TRY(supersedeOpenSteps(change));
    auto maxRound = sql::scalar(m_store,
                                QStringLiteral("SELECT COALESCE(MAX(round), 0) FROM approval_steps "
                                               "WHERE change_id = ?"),
                                {change.id});
    if (!maxRound)
        return maxRound.error();
    const int round = maxRound->toInt() + 1;
    for (ApprovalStep &step : planned) {
        step.changeId = change.id;
        step.round = round;
        auto id =
            sql::insert(m_store,
                        QStringLiteral("INSERT INTO approval_steps (change_id, round, step_order, "
                                       "name, eligible_role, eligible_members, "
                                       "required_approvals, source, status) VALUES "
                                       "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {change.id, round, step.stepOrder, step.name, toString(step.eligibleRole),
                         step.eligibleMembers.join(QLatin1Char(',')), step.requiredApprovals,
                         step.source, toString(step.status)});
        if (!id)
            return id.error();
        step.id = *id;
    }
    return planned;
}

Result<std::optional<ApprovalStep>> ApprovalEngine::currentStep(qint64 changeId) const
{
    auto q = sql::run(m_store,
                      QLatin1String(kStepColumns)
                          + QStringLiteral("WHERE change_id = ? AND status = 'pending' "
                                           "ORDER BY round DESC, step_order LIMIT 1"),
                      {changeId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ApprovalStep>();
    ApprovalStep step = readStep(*q);
    q->finish();
    auto d = sql::run(m_store,
                      QLatin1String(kDecisionColumns) + QLatin1String(kDecisionPeople)
                          + QStringLiteral("WHERE d.step_id = ? ORDER BY d.decided_at, d.id"),
                      {step.id});
    if (!d)
        return d.error();
    while (d->next())
        step.decisions << readDecision(*d);
    return std::optional<ApprovalStep>(step);
}

std::optional<Error> ApprovalEngine::decisionRefusal(const Actor &actor, ChangeStatus status,
                                                     int number, const QString &requester,
                                                     const ApprovalStep *step, Action action,
                                                     const DecisionContext &ctx)
{
    const QString numberText = formatChangeNumber(number);
    if (!actor.can(Permission::ChangesApprove))
        return sql::permissionDenied(actor, Permission::ChangesApprove);
    if (status != ChangeStatus::Review)
        return fsm::invalidTransition(numberText, status, action);
    if (!step)
        return Error::rule(
            QStringLiteral("invalid_transition"),
            CoreText::tr("This change has no approval step waiting for a decision."));
    if (actor.member.username == requester)
        return Error::rule(QStringLiteral("self_approval_forbidden"),
                           CoreText::tr("You requested %1, so you cannot decide on it. Another "
                                        "approver has to.")
                               .arg(numberText),
                           {{QStringLiteral("requester"), requester}});
    if (const QString cab = cabOfStep(step->eligibleMembers); !cab.isEmpty())
        return Error::rule(QStringLiteral("not_eligible_approver"),
                           CoreText::tr("The step \"%1\" of %2 is decided by the CAB \"%3\" "
                                        "in one of its meetings, not by one approver.")
                               .arg(step->name, numberText, cab),
                           {{QStringLiteral("step"), step->name}, {QStringLiteral("cab"), cab}});
    if (!roleAtLeast(actor.member.role, step->eligibleRole))
        return Error::rule(
            QStringLiteral("not_eligible_approver"),
            CoreText::tr("The step \"%1\" of %2 must be decided by a member with the "
                         "%3 role or above; you are %4.")
                .arg(step->name, numberText, label(step->eligibleRole), label(actor.member.role)),
            {{QStringLiteral("step"), step->name},
             {QStringLiteral("eligible_role"), toString(step->eligibleRole)},
             {QStringLiteral("role"), toString(actor.member.role)}});
    if (!step->eligibleMembers.isEmpty() && !step->eligibleMembers.contains(actor.member.username))
        return Error::rule(
            QStringLiteral("not_eligible_approver"),
            CoreText::tr("The step \"%1\" of %2 must be decided by one of: %3.")
                .arg(step->name, numberText, step->eligibleMembers.join(QStringLiteral(", "))),
            {{QStringLiteral("step"), step->name},
             {QStringLiteral("eligible_members"),
              QJsonArray::fromStringList(step->eligibleMembers)}});
    return alreadyDecided(actor.member.username, *step, ctx, numberText);
}

DecisionRight ApprovalEngine::decisionRight(const Actor &actor, ChangeStatus status, int number,
                                            const QString &requester, const ApprovalStep *step,
                                            Action action, const DecisionContext &ctx)
{
    DecisionRight out;
    out.refusal = decisionRefusal(actor, status, number, requester, step, action, ctx);
    if (!out.refusal || ctx.delegators.isEmpty())
        return out;
    // Standing in for someone changes whose role and membership count, nothing else: not the
    // actor's own permission, the status, or the requester rule.
    const QString code = out.refusal->code;
    if (code != QLatin1String("not_eligible_approver")
        && code != QLatin1String("distinct_approver_required"))
        return out;
    const QString numberText = formatChangeNumber(number);
    // The signer counts too: who decided this step or another one signs for nobody.
    if (alreadyDecided(actor.member.username, *step, ctx, numberText))
        return out;
    for (const Member &m : ctx.delegators) {
        Actor as = actor;
        as.member = m;
        if (!decisionRefusal(as, status, number, requester, step, action, ctx)) {
            out.refusal.reset();
            out.onBehalfOf = m;
            return out;
        }
    }
    return out;
}

Result<DecisionContext> ApprovalEngine::actorContext(const Actor &actor) const
{
    DecisionContext ctx;
    auto distinct = sql::scalar(
        m_store, QStringLiteral("SELECT distinct_approvers FROM workspaces WHERE id = ?"),
        {actor.workspace.id});
    if (!distinct)
        return distinct.error();
    ctx.distinctPeople = distinct->isNull() || distinct->toInt() != 0;
    // Direct delegations only: what the delegator was handed by others is not passed on.
    const QString now = Dialect::toDb(m_clock.now()).toString();
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT m.id, m.username, m.role, m.display_name FROM "
                                     "delegations d JOIN members m ON m.id = d.member_id WHERE "
                                     "d.workspace_id = ? AND d.substitute_id = ? AND d.ends_at > ? "
                                     "AND d.starts_at <= ? AND m.active = 1 ORDER BY m.username"),
                      {actor.workspace.id, actor.member.id, now, now});
    if (!q)
        return q.error();
    while (q->next()) {
        Member m;
        m.id = q->value(0).toLongLong();
        m.workspaceId = actor.workspace.id;
        m.username = q->value(1).toString();
        m.role = parseRole(q->value(2).toString()).value_or(Role::Viewer);
        m.displayName = q->value(3).toString();
        if (ctx.delegators.isEmpty() || ctx.delegators.last().id != m.id)
            ctx.delegators << m;
    }
    return ctx;
}

Result<DecisionContext> ApprovalEngine::decisionContext(const Actor &actor, qint64 changeId,
                                                        const ApprovalStep *step) const
{
    auto ctx = actorContext(actor);
    if (!ctx)
        return ctx.error();
    if (!step)
        return ctx;
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT m.username, b.username FROM approval_decisions d "
                                     "JOIN approval_steps s ON s.id = d.step_id")
                          + QLatin1String(kDecisionPeople)
                          + QStringLiteral("WHERE s.change_id = ? AND s.round = ? AND s.id <> ? "
                                           "AND s.status = 'approved' AND d.approved = 1"),
                      {changeId, step->round, step->id});
    if (!q)
        return q.error();
    while (q->next())
        for (int i : {0, 1})
            if (!q->value(i).toString().isEmpty())
                ctx->otherStepDeciders << q->value(i).toString();
    return ctx;
}

Result<QHash<qint64, QList<std::pair<int, QString>>>>
ApprovalEngine::approvedStepPeopleInReview(qint64 workspaceId) const
{
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT s.change_id, s.round, m.username, b.username FROM "
                                     "approval_decisions d JOIN approval_steps s ON s.id = "
                                     "d.step_id")
                          + QLatin1String(kDecisionPeople)
                          + QStringLiteral("JOIN changes c ON c.id = s.change_id WHERE "
                                           "c.workspace_id = ? AND c.status = 'review' AND "
                                           "s.status = 'approved' AND d.approved = 1"),
                      {workspaceId});
    if (!q)
        return q.error();
    QHash<qint64, QList<std::pair<int, QString>>> out;
    while (q->next())
        for (int i : {2, 3})
            if (!q->value(i).toString().isEmpty())
                out[q->value(0).toLongLong()]
                    << std::pair{q->value(1).toInt(), q->value(i).toString()};
    return out;
}

Result<QList<Answer<Action>>> ApprovalEngine::decisionAnswers(const Actor &actor,
                                                              const ChangeRequest &change) const
{
    std::optional<ApprovalStep> step;
    if (change.status == ChangeStatus::Review) {
        auto current = currentStep(change.id);
        if (!current)
            return current.error();
        step = *current;
    }
    auto ctx = decisionContext(actor, change.id, step ? &*step : nullptr);
    if (!ctx)
        return ctx.error();
    QList<Answer<Action>> out;
    for (Action a : {Action::Approve, Action::Reject})
        out << Answer<Action>{a, decisionRight(actor, change.status, change.number,
                                               change.requester, step ? &*step : nullptr, a, *ctx)
                                     .refusal};
    return out;
}

Result<ApprovalOutcome> ApprovalEngine::approve(const Actor &actor, const ChangeRequest &change,
                                                const QString &comment)
{
    auto current = currentStep(change.id);
    if (!current)
        return current.error();
    const std::optional<ApprovalStep> &step = *current;
    auto ctx = decisionContext(actor, change.id, step ? &*step : nullptr);
    if (!ctx)
        return ctx.error();
    const DecisionRight right = decisionRight(actor, change.status, change.number, change.requester,
                                              step ? &*step : nullptr, Action::Approve, *ctx);
    if (right.refusal)
        return *right.refusal;
    return recordApproval(actor, change, *step, comment, right.onBehalfOf);
}

Result<ApprovalOutcome> ApprovalEngine::decideForCab(const Actor &chair,
                                                     const ChangeRequest &change,
                                                     const QString &cab, bool approved,
                                                     const QString &comment)
{
    auto current = currentStep(change.id);
    if (!current)
        return current.error();
    const std::optional<ApprovalStep> &step = *current;
    const QString numberText = formatChangeNumber(change.number);
    if (change.status != ChangeStatus::Review)
        return fsm::invalidTransition(numberText, change.status,
                                      approved ? Action::Approve : Action::Reject);
    if (!step || cabOfStep(step->eligibleMembers) != cab)
        return Error::rule(QStringLiteral("not_eligible_approver"),
                           CoreText::tr("%1 has no approval step for the CAB \"%2\" waiting for "
                                        "a decision.")
                               .arg(numberText, cab),
                           {{QStringLiteral("cab"), cab},
                            {QStringLiteral("step"), step ? step->name : QString()}});
    if (chair.member.username == change.requester)
        return Error::rule(QStringLiteral("self_approval_forbidden"),
                           CoreText::tr("You requested %1, so you cannot decide on it. Another "
                                        "approver has to.")
                               .arg(numberText),
                           {{QStringLiteral("requester"), change.requester}});
    if (approved)
        return recordApproval(chair, change, *step, comment, std::nullopt);
    const QDateTime now = m_clock.now();
    VIGILO_TRY(
        sql::run(m_store,
                 QStringLiteral("INSERT INTO approval_decisions (step_id, member_id, approved, "
                                "comment, decided_at) VALUES (?, ?, 0, ?, ?)"),
                 {step->id, chair.member.id, comment, Dialect::toDb(now)}));
    VIGILO_TRY(
        sql::run(m_store,
                 QStringLiteral("UPDATE approval_steps SET status = 'rejected', decided_at = ? "
                                "WHERE id = ?"),
                 {Dialect::toDb(now), step->id}));
    VIGILO_TRY(supersedeOpenSteps(change));
    ApprovalOutcome out;
    out.stepName = step->name;
    out.stepOrder = step->stepOrder;
    out.required = step->requiredApprovals;
    return out;
}

Result<ApprovalOutcome> ApprovalEngine::recordApproval(const Actor &actor,
                                                       const ChangeRequest &change,
                                                       const ApprovalStep &pending,
                                                       const QString &comment,
                                                       const std::optional<Member> &onBehalfOf)
{
    const ApprovalStep *step = &pending;
    const QDateTime now = m_clock.now();
    VIGILO_TRY(sql::run(
        m_store,
        QStringLiteral("INSERT INTO approval_decisions (step_id, member_id, approved, comment, "
                       "decided_at, on_behalf_of_id) VALUES (?, ?, 1, ?, ?, ?)"),
        {step->id, actor.member.id, comment, Dialect::toDb(now),
         sql::nullableId(onBehalfOf ? onBehalfOf->id : 0)}));
    auto count =
        sql::scalar(m_store,
                    QStringLiteral("SELECT COUNT(*) FROM approval_decisions WHERE step_id = ? "
                                   "AND approved = 1"),
                    {step->id});
    if (!count)
        return count.error();
    ApprovalOutcome out;
    out.stepName = step->name;
    out.stepOrder = step->stepOrder;
    if (onBehalfOf)
        out.onBehalfOf = onBehalfOf->username;
    out.approvals = count->toInt();
    out.required = step->requiredApprovals;
    out.stepSatisfied = out.approvals >= out.required;
    if (!out.stepSatisfied)
        return out;
    VIGILO_TRY(
        sql::run(m_store,
                 QStringLiteral("UPDATE approval_steps SET status = 'approved', decided_at = ? "
                                "WHERE id = ?"),
                 {Dialect::toDb(now), step->id}));
    auto next = sql::scalar(m_store,
                            QStringLiteral("SELECT id FROM approval_steps WHERE change_id = ? AND "
                                           "round = ? AND status = 'waiting' ORDER BY step_order "
                                           "LIMIT 1"),
                            {change.id, step->round});
    if (!next)
        return next.error();
    if (next->isNull()) {
        out.allSatisfied = true;
    } else {
        VIGILO_TRY(sql::run(
            m_store, QStringLiteral("UPDATE approval_steps SET status = 'pending' WHERE id = ?"),
            {next->toLongLong()}));
    }
    return out;
}

Result<ApprovalOutcome> ApprovalEngine::reject(const Actor &actor, const ChangeRequest &change,
                                               const QString &reason)
{
    auto current = currentStep(change.id);
    if (!current)
        return current.error();
    const std::optional<ApprovalStep> &step = *current;
    auto ctx = decisionContext(actor, change.id, step ? &*step : nullptr);
    if (!ctx)
        return ctx.error();
    const DecisionRight right = decisionRight(actor, change.status, change.number, change.requester,
                                              step ? &*step : nullptr, Action::Reject, *ctx);
    if (right.refusal)
        return *right.refusal;
    const QDateTime now = m_clock.now();
    VIGILO_TRY(sql::run(
        m_store,
        QStringLiteral("INSERT INTO approval_decisions (step_id, member_id, approved, comment, "
                       "decided_at, on_behalf_of_id) VALUES (?, ?, 0, ?, ?, ?)"),
        {step->id, actor.member.id, reason, Dialect::toDb(now),
         sql::nullableId(right.onBehalfOf ? right.onBehalfOf->id : 0)}));
    VIGILO_TRY(
        sql::run(m_store,
                 QStringLiteral("UPDATE approval_steps SET status = 'rejected', decided_at = ? "
                                "WHERE id = ?"),
                 {Dialect::toDb(now), step->id}));
    VIGILO_TRY(supersedeOpenSteps(change));
    ApprovalOutcome out;
    out.stepName = step->name;
    out.stepOrder = step->stepOrder;
    out.required = step->requiredApprovals;
    if (right.onBehalfOf)
        out.onBehalfOf = right.onBehalfOf->username;
    return out;
}

Result<QList<ApprovalStep>> ApprovalEngine::steps(const Actor &actor, int changeNumber) const
{
    auto id = sql::scalar(
        m_store, QStringLiteral("SELECT id FROM changes WHERE workspace_id = ? AND number = ?"),
        {actor.workspace.id, changeNumber});
    if (!id)
        return id.error();
    if (id->isNull())
        return Error::notFound(CoreText::tr("There is no change %1 in this workspace.")
                                   .arg(formatChangeNumber(changeNumber)));
    return stepsOf(id->toLongLong());
}

Result<QList<ApprovalStep>> ApprovalEngine::stepsOf(qint64 changeId) const
{
    auto q = sql::run(m_store,
                      QLatin1String(kStepColumns)
                          + QStringLiteral("WHERE change_id = ? ORDER BY round, step_order"),
                      {changeId});
    if (!q)
        return q.error();
    QList<ApprovalStep> out;
    while (q->next())
        out << readStep(*q);
    q->finish();
    auto d = sql::run(m_store,
                      QLatin1String(kDecisionColumns)
                          + QStringLiteral("JOIN approval_steps s ON s.id = d.step_id")
                          + QLatin1String(kDecisionPeople)
                          + QStringLiteral("WHERE s.change_id = ? ORDER BY d.decided_at, d.id"),
                      {changeId});
    if (!d)
        return d.error();
    while (d->next()) {
        const ApprovalDecision dec = readDecision(*d);
        for (auto &s : out)
            if (s.id == dec.stepId)
                s.decisions << dec;
    }
    return out;
}

Result<QHash<qint64, QList<ApprovalStep>>>
ApprovalEngine::openStepsInReview(qint64 workspaceId) const
{
    const QString inReview = QStringLiteral(
        "JOIN changes c ON c.id = s.change_id WHERE c.workspace_id = ? AND c.status = 'review' "
        "AND s.status IN ('waiting', 'pending')");
    auto q =
        sql::run(m_store,
                 QStringLiteral("SELECT s.id, s.change_id, s.round, s.step_order, s.name, "
                                "s.eligible_role, s.eligible_members, s.required_approvals, "
                                "s.source, s.status, s.decided_at FROM approval_steps s ")
                     + inReview + QStringLiteral(" ORDER BY s.change_id, s.round, s.step_order"),
                 {workspaceId});
    if (!q)
        return q.error();
    QHash<qint64, QList<ApprovalStep>> out;
    while (q->next()) {
        const ApprovalStep step = readStep(*q);
        out[step.changeId] << step;
    }
    q->finish();
    QHash<qint64, ApprovalStep *> byId;
    for (auto &steps : out)
        for (auto &step : steps)
            byId.insert(step.id, &step);
    auto d = sql::run(m_store,
                      QLatin1String(kDecisionColumns)
                          + QStringLiteral("JOIN approval_steps s ON s.id = d.step_id")
                          + QLatin1String(kDecisionPeople) + inReview
                          + QStringLiteral(" ORDER BY d.decided_at, d.id"),
                      {workspaceId});
    if (!d)
        return d.error();
    while (d->next()) {
        const ApprovalDecision dec = readDecision(*d);
        if (ApprovalStep *step = byId.value(dec.stepId))
            step->decisions << dec;
    }
    return out;
}

bool ApprovalEngine::canDecide(const Actor &actor, const ChangeRequest &change) const
{
    if (change.status != ChangeStatus::Review || !actor.can(Permission::ChangesApprove))
        return false;
    auto answers = decisionAnswers(actor, change);
    return answers && !answers->isEmpty() && answers->first().allowed();
}

} // namespace vigilo
