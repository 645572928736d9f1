#include "ChangeService.h"

#include "ApprovalEngine.h"
#include "AuditLog.h"
#include "ChangeSearch.h"
#include "Clock.h"
#include "Dialect.h"
#include "FreezeOverlap.h"
#include "Fsm.h"
#include "InputRules.h"
#include "PlanningText.h"
#include "Rules.h"
#include "SqlUtil.h"
#include "StandardTemplates.h"
#include "Store.h"
#include "TextIndex.h"
#include "Tr.h"
#include "Webhooks.h"
#include "WriteScope.h"

#include <QJsonArray>

namespace vigilo {

namespace {

QJsonArray numbers(const QList<DependencyRef> &deps)
{
    QJsonArray a;
    for (const auto &d : deps)
        a.append(formatChangeNumber(d.number));
    return a;
}

// The fields a person edits, as the audit trail shows them.
QJsonObject editableFields(const ChangeRequest &c)
{
    return {
        {QStringLiteral("title"), c.title},
        {QStringLiteral("description"), c.description},
        {QStringLiteral("change_type"), toString(c.changeType)},
        {QStringLiteral("priority"), toString(c.priority)},
        {QStringLiteral("risk_level"),
         c.riskLevel ? QJsonValue(toString(*c.riskLevel)) : QJsonValue()},
        {QStringLiteral("planned_start"), jsonTime(c.plannedStart)},
        {QStringLiteral("planned_end"), jsonTime(c.plannedEnd)},
        {QStringLiteral("min_lead_time_hours"), c.minLeadTimeHours},
        {QStringLiteral("implementation_plan"), c.implementationPlan},
        {QStringLiteral("rollback_plan"), c.rollbackPlan},
        {QStringLiteral("test_plan"), c.testPlan},
        {QStringLiteral("assignee"), c.assignee.isEmpty() ? QJsonValue() : QJsonValue(c.assignee)},
        {QStringLiteral("affected_assets"), QJsonArray::fromStringList(c.affectedAssets)},
        {QStringLiteral("dependencies"), numbers(c.dependencies)}};
}

// What was approved: changing any of these after approval needs a new approval.
bool materialChange(const ChangeRequest &a, const ChangeRequest &b)
{
    QList<int> da, db;
    for (const auto &d : a.dependencies)
        da << d.number;
    for (const auto &d : b.dependencies)
        db << d.number;
    return a.plannedStart != b.plannedStart || a.plannedEnd != b.plannedEnd
           || a.affectedAssets != b.affectedAssets || a.implementationPlan != b.implementationPlan
           || a.rollbackPlan != b.rollbackPlan || a.testPlan != b.testPlan
           || a.changeType != b.changeType || da != db;
}

Error invalidTransition(const ChangeRequest &c, Action action)
{
    return fsm::invalidTransition(c.numberText(), c.status, action);
}

} // namespace

Permission ChangeService::permissionFor(Action action)
{
    switch (action) {
    case Action::Submit:
    case Action::Cancel: return Permission::ChangesCreate;
    case Action::Approve:
    case Action::Reject:
    case Action::Rollback: return Permission::ChangesApprove;
    case Action::Schedule:
    case Action::Start:
    case Action::Complete:
    case Action::Reopen: return Permission::ChangesExecute;
    }
    return Permission::ManageWorkspace;
}

QList<ChangeStatus> ChangeService::fromStatuses(Action action)
{
    return fsm::fromStatuses(action);
}

QList<Action> ChangeService::availableActions(const Actor &actor, const ChangeRequest &change) const
{
    QList<Action> out;
    std::optional<bool> canDecide; // asked once, for approve and reject alike
    for (Action a : allActions()) {
        if (!fromStatuses(a).contains(change.status) || !actor.can(permissionFor(a)))
            continue;
        if (a == Action::Approve || a == Action::Reject) {
            if (!canDecide)
                canDecide = m_approvals.canDecide(actor, change);
            if (!*canDecide)
                continue;
        }
        out << a;
    }
    return out;
}

// Validates a draft merged onto `c` (the change as it will be) and resolves ids.
namespace {

struct Resolved {
    QList<qint64> assetIds;
    QList<qint64> dependencyIds;
};

Result<Resolved> resolve(Store &store, const Actor &actor, ChangeRequest &c, const ChangeDraft &d)
{
    if (d.title)
        c.title = d.title->trimmed();
    if (d.description)
        c.description = *d.description;
    if (d.changeType) {
        const bool typeChanged = c.changeType != *d.changeType;
        c.changeType = *d.changeType;
        if (typeChanged && !d.minLeadTimeHours)
            c.minLeadTimeHours = defaultLeadTimeHours(c.changeType);
    }
    if (d.priority)
        c.priority = *d.priority;
    if (d.riskLevel)
        c.riskLevel = *d.riskLevel;
    if (d.plannedStart)
        c.plannedStart = d.plannedStart->isValid() ? d.plannedStart->toUTC() : QDateTime();
    if (d.plannedEnd)
        c.plannedEnd = d.plannedEnd->isValid() ? d.plannedEnd->toUTC() : QDateTime();
    if (d.minLeadTimeHours)
        c.minLeadTimeHours = *d.minLeadTimeHours;
    if (d.implementationPlan)
        c.implementationPlan = *d.implementationPlan;
    if (d.rollbackPlan)
        c.rollbackPlan = *d.rollbackPlan;
    if (d.testPlan)
        c.testPlan = *d.testPlan;
    if (d.assignee)
        c.assignee = d.assignee->trimmed();

    if (c.title.isEmpty())
        return Error::input(CoreText::tr("The title must not be empty: say in a few words what "
                                         "will change."),
                            {{QStringLiteral("field"), QStringLiteral("title")}});
    using input::Lines;
    VIGILO_TRY(input::checkTexts(
        {{QStringLiteral("title"), c.title, input::kMaxName, Lines::Single},
         {QStringLiteral("description"), c.description, input::kMaxText, Lines::Multi},
         {QStringLiteral("implementation_plan"), c.implementationPlan, input::kMaxText,
          Lines::Multi},
         {QStringLiteral("rollback_plan"), c.rollbackPlan, input::kMaxText, Lines::Multi},
         {QStringLiteral("test_plan"), c.testPlan, input::kMaxText, Lines::Multi}}));
    VIGILO_TRY(input::checkTime(QStringLiteral("planned_start"), c.plannedStart));
    VIGILO_TRY(input::checkTime(QStringLiteral("planned_end"), c.plannedEnd));
    VIGILO_TRY(input::checkLeadTimeHours(c.minLeadTimeHours));
    if (c.plannedStart.isValid() != c.plannedEnd.isValid())
        return Error::input(CoreText::tr("A planned window needs both a start and an end."),
                            {{QStringLiteral("field"), c.plannedStart.isValid()
                                                           ? QStringLiteral("planned_end")
                                                           : QStringLiteral("planned_start")}});
    if (c.plannedStart.isValid() && c.plannedEnd <= c.plannedStart)
        return Error::input(
            CoreText::tr("The planned window ends (%1) before it starts (%2): the "
                         "end must be after the start.")
                .arg(planning::utcText(c.plannedEnd), planning::utcText(c.plannedStart)),
            {{QStringLiteral("field"), QStringLiteral("planned_end")}});

    Resolved r;
    if (!c.assignee.isEmpty()) {
        auto m = sql::memberByUsername(store, actor.workspace.id, c.assignee);
        if (!m)
            return m.error();
        if (!m->active)
            return Error::input(
                CoreText::tr("%1 has been deactivated and cannot be assigned.").arg(c.assignee),
                {{QStringLiteral("field"), QStringLiteral("assignee")}});
    }
    if (d.affectedAssets) {
        QStringList names;
        for (const QString &raw : *d.affectedAssets) {
            const QString name = raw.trimmed();
            if (name.isEmpty() || names.contains(name))
                continue;
            auto id = sql::assetId(store, actor.workspace.id, name);
            if (!id)
                return id.error();
            names << name;
            r.assetIds << *id;
        }
        c.affectedAssets = names;
        c.affectedAssets.sort();
    }
    if (d.dependsOn) {
        QList<DependencyRef> deps;
        for (int n : *d.dependsOn) {
            if (n == c.number && c.id != 0)
                return Error::input(CoreText::tr("%1 cannot depend on itself.").arg(c.numberText()),
                                    {{QStringLiteral("field"), QStringLiteral("dependencies")}});
            bool dup = false;
            for (const auto &x : deps)
                dup = dup || x.number == n;
            if (dup)
                continue;
            auto up = sql::loadChange(store, actor.workspace.id, n);
            if (!up)
                return up.error();
            if (c.id != 0) {
                // Would c become reachable from its own upstream? Then it is a cycle.
                auto cycle = sql::scalar(
                    store,
                    QStringLiteral("WITH RECURSIVE up(id) AS (SELECT depends_on_id FROM "
                                   "change_dependencies WHERE change_id = ? UNION SELECT "
                                   "cd.depends_on_id FROM change_dependencies cd JOIN up ON "
                                   "cd.change_id = up.id) SELECT COUNT(*) FROM up WHERE id = ?"),
                    {up->id, c.id});
                if (!cycle)
                    return cycle.error();
                if (cycle->toInt() > 0)
                    return Error::input(
                        CoreText::tr("%1 already depends, directly or through others, on %2: "
                                     "making %2 depend on it would create a cycle.")
                            .arg(up->numberText(), c.numberText()),
                        {{QStringLiteral("field"), QStringLiteral("dependencies")},
                         {QStringLiteral("number"), up->numberText()}});
            }
            deps << DependencyRef{up->number, up->title, up->status};
            r.dependencyIds << up->id;
        }
        std::sort(deps.begin(), deps.end(), [](const DependencyRef &a, const DependencyRef &b) {
            return a.number < b.number;
        });
        c.dependencies = deps;
    }
    return r;
}

Status writeRelations(Store &store, qint64 changeId, const ChangeDraft &d, const Resolved &r)
{
    if (d.affectedAssets) {
        VIGILO_TRY(sql::run(store, QStringLiteral("DELETE FROM change_assets WHERE change_id = ?"),
                            {changeId}));
        for (qint64 a : r.assetIds)
            VIGILO_TRY(sql::run(store,
                                QStringLiteral("INSERT INTO change_assets (change_id, asset_id) "
                                               "VALUES (?, ?)"),
                                {changeId, a}));
    }
    if (d.dependsOn) {
        VIGILO_TRY(sql::run(store,
                            QStringLiteral("DELETE FROM change_dependencies WHERE change_id = ?"),
                            {changeId}));
        for (qint64 up : r.dependencyIds)
            VIGILO_TRY(sql::run(store,
                                QStringLiteral("INSERT INTO change_dependencies (change_id, "
                                               "depends_on_id) VALUES (?, ?)"),
                                {changeId, up}));
    }
    return {};
}

QVariant optionalName(const std::optional<RiskLevel> &r)
{
    return r ? QVariant(toString(*r)) : QVariant();
}

QVariant optionalName(const std::optional<ClosureCode> &c)
{
    return c ? QVariant(toString(*c)) : QVariant();
}

// Keeps the workspace's longest planned window current: the conflicts search is bounded by it.
Status noteWindow(Store &store, const ChangeRequest &c)
{
    if (!c.plannedStart.isValid() || !c.plannedEnd.isValid())
        return {};
    const qint64 secs = c.plannedStart.secsTo(c.plannedEnd);
    // PostgreSQL: the counter is the schema owner's; the server's role only raises it, through
    // the function (schema 14), so no request can set it lower and blind the conflicts search.
    auto q = store.dialect().isPostgres()
                 ? sql::run(store, QStringLiteral("SELECT vigilo_note_window(?, ?)"),
                            {c.workspaceId, secs})
                 : sql::run(store,
                            QStringLiteral("UPDATE workspaces SET longest_window_secs = ? WHERE "
                                           "id = ? AND longest_window_secs < ?"),
                            {secs, c.workspaceId, secs});
    if (!q)
        return q.error();
    return {};
}

// Writes every column a person or a transition can change.
Status saveChange(Store &store, const ChangeRequest &c)
{
    const QString member =
        QStringLiteral("(SELECT id FROM members WHERE workspace_id = ? AND username = ?)");
    auto q = sql::run(
        store,
        QStringLiteral("UPDATE changes SET title = ?, description = ?, change_type = ?, "
                       "is_standard = ?, priority = ?, risk_level = ?, planned_start = ?, "
                       "planned_end = ?, min_lead_time_hours = ?, implementation_plan = ?, "
                       "rollback_plan = ?, test_plan = ?, assignee_id = ")
            + member
            + QStringLiteral(", status = ?, closure_code = ?, closure_notes = ?, closed_at = ?, "
                             "closed_by_id = ")
            + member + QStringLiteral(", rolled_back_at = ?, rolled_back_by_id = ") + member
            + QStringLiteral(", rollback_reason = ?, submitted_at = ?, approved_at = ?, "
                             "started_at = ?, cancelled_at = ?, cancel_reason = ? WHERE id = ?"),
        {c.title,
         c.description,
         toString(c.changeType),
         c.isStandard() ? 1 : 0,
         toString(c.priority),
         optionalName(c.riskLevel),
         Dialect::toDb(c.plannedStart),
         Dialect::toDb(c.plannedEnd),
         c.minLeadTimeHours,
         c.implementationPlan,
         c.rollbackPlan,
         c.testPlan,
         c.workspaceId,
         sql::nullable(c.assignee),
         toString(c.status),
         optionalName(c.closureCode),
         c.closureNotes,
         Dialect::toDb(c.closedAt),
         c.workspaceId,
         sql::nullable(c.closedBy),
         Dialect::toDb(c.rolledBackAt),
         c.workspaceId,
         sql::nullable(c.rolledBackBy),
         c.rollbackReason,
         Dialect::toDb(c.submittedAt),
         Dialect::toDb(c.approvedAt),
         Dialect::toDb(c.startedAt),
         Dialect::toDb(c.cancelledAt),
         c.cancelReason,
         c.id});
    if (!q)
        return q.error();
    return noteWindow(store, c);
}

// Inserts a new change with every column a person can set; returns its id.
Result<qint64> insertChange(Store &store, const ChangeRequest &c, qint64 requesterId,
                            qint64 templateId)
{
    auto id = sql::insert(
        store,
        QStringLiteral("INSERT INTO changes (workspace_id, number, title, description, "
                       "change_type, is_standard, priority, risk_level, planned_start, "
                       "planned_end, min_lead_time_hours, implementation_plan, rollback_plan, "
                       "test_plan, assignee_id, requester_id, status, template_id, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT id "
                       "FROM members WHERE workspace_id = ? AND username = ?), ?, ?, ?, ?, ?)"),
        {c.workspaceId,
         c.number,
         c.title,
         c.description,
         toString(c.changeType),
         c.isStandard() ? 1 : 0,
         toString(c.priority),
         optionalName(c.riskLevel),
         Dialect::toDb(c.plannedStart),
         Dialect::toDb(c.plannedEnd),
         c.minLeadTimeHours,
         c.implementationPlan,
         c.rollbackPlan,
         c.testPlan,
         c.workspaceId,
         sql::nullable(c.assignee),
         requesterId,
         toString(c.status),
         sql::nullableId(templateId),
         Dialect::toDb(c.createdAt),
         Dialect::toDb(c.updatedAt)});
    if (!id)
        return id.error();
    VIGILO_TRY(noteWindow(store, c));
    return id;
}

Status indexTitle(Store &store, const ChangeRequest &c)
{
    VIGILO_TRY(
        sql::run(store, QStringLiteral("DELETE FROM change_words WHERE change_id = ?"), {c.id}));
    for (const QString &w : titleWords(c.title))
        VIGILO_TRY(sql::run(store,
                            QStringLiteral("INSERT INTO change_words (workspace_id, word, "
                                           "change_id) VALUES (?, ?, ?)"),
                            {c.workspaceId, w, c.id}));
    return {};
}

} // namespace

Result<ChangeRequest> ChangeService::create(const Actor &caller, const ChangeDraft &draft,
                                            const ChangeTemplate *fromTemplate)
{
    WriteScope scope(m_store, caller, Permission::ChangesCreate);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    if (!draft.title)
        return Error::input(CoreText::tr("A change needs a title (--title)."),
                            {{QStringLiteral("field"), QStringLiteral("title")}});
    ChangeRequest c;
    c.workspaceId = actor.workspace.id;
    c.changeType = draft.changeType.value_or(ChangeType::Normal);
    c.minLeadTimeHours = defaultLeadTimeHours(c.changeType);
    c.requester = actor.member.username;
    c.status = ChangeStatus::Draft;

    auto resolved = resolve(m_store, actor, c, draft);
    if (!resolved)
        return resolved.error();
    // Gapless and never reused: the scope holds the workspace's write lock.
    // PostgreSQL: only the owner's function moves the counter (schema 14), one step at a time.
    if (m_store.dialect().isPostgres()) {
        auto taken = sql::scalar(m_store, QStringLiteral("SELECT vigilo_take_change_number(?)"),
                                 {actor.workspace.id});
        if (!taken)
            return taken.error();
        c.number = taken->toInt();
    } else {
        auto next = sql::scalar(
            m_store, QStringLiteral("SELECT next_change_number FROM workspaces WHERE id = ?"),
            {actor.workspace.id});
        if (!next)
            return next.error();
        c.number = next->toInt();
        VIGILO_TRY(sql::run(
            m_store, QStringLiteral("UPDATE workspaces SET next_change_number = ? WHERE id = ?"),
            {c.number + 1, actor.workspace.id}));
    }
    c.createdAt = c.updatedAt = m_clock.now();
    c.version = 1;
    if (fromTemplate)
        c.templateName = fromTemplate->name;
    auto id = insertChange(m_store, c, actor.member.id, fromTemplate ? fromTemplate->id : 0);
    if (!id)
        return id.error();
    c.id = *id;
    ChangeDraft relations;
    relations.affectedAssets = draft.affectedAssets;
    relations.dependsOn = draft.dependsOn;
    VIGILO_TRY(writeRelations(m_store, c.id, relations, *resolved));
    VIGILO_TRY(indexTitle(m_store, c));
    QJsonObject values = editableFields(c);
    values.insert(QStringLiteral("status"), toString(c.status));
    values.insert(QStringLiteral("requester"), c.requester);
    if (fromTemplate)
        values.insert(QStringLiteral("template"), fromTemplate->name);
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("change.create"), QStringLiteral("change"), c.id,
                              c.number, {}, values));
    VIGILO_TRY(scope.commit());
    return c; // as written
}

QList<ChangeStatus> ChangeService::editableStatuses()
{
    return {ChangeStatus::Draft, ChangeStatus::Review, ChangeStatus::Approved,
            ChangeStatus::Scheduled};
}

bool ChangeService::canEdit(const Actor &actor, ChangeStatus status)
{
    return actor.can(Permission::ChangesCreate) && editableStatuses().contains(status);
}

Result<ChangeRequest> ChangeService::edit(const Actor &caller, int number, const ChangeDraft &draft,
                                          std::optional<int> expectedVersion)
{
    WriteScope scope(m_store, caller, Permission::ChangesCreate);
    VIGILO_TRY(scope.begin(number, expectedVersion));
    const Actor &actor = scope.actor();
    const ChangeRequest &before = scope.change();
    if (!editableStatuses().contains(before.status))
        return Error::rule(QStringLiteral("invalid_transition"),
                           CoreText::tr("%1 is %2 and can no longer be edited. Only draft, review, "
                                        "approved and scheduled changes can be edited.")
                               .arg(before.numberText(), label(before.status)),
                           {{QStringLiteral("status"), toString(before.status)},
                            {QStringLiteral("action"), QStringLiteral("edit")}});
    ChangeRequest after = before;
    auto resolved = resolve(m_store, actor, after, draft);
    if (!resolved)
        return resolved.error();
    if (!before.templateName.isEmpty()
        && (after.implementationPlan != before.implementationPlan
            || after.rollbackPlan != before.rollbackPlan || after.testPlan != before.testPlan
            || after.affectedAssets != before.affectedAssets
            || after.changeType != before.changeType))
        return Error::input(CoreText::tr("%1 follows the pre-approved template \"%2\": its plans, "
                                         "assets and type cannot change. Cancel it and create a "
                                         "normal change instead.")
                                .arg(before.numberText(), before.templateName),
                            {{QStringLiteral("template"), before.templateName}});
    auto [oldValues, newValues] = sql::diff(editableFields(before), editableFields(after));
    if (newValues.isEmpty() && oldValues.isEmpty())
        return before; // nothing changed: nothing written

    if (before.status != ChangeStatus::Draft && materialChange(before, after)) {
        // What was reviewed or approved is no longer what will be done.
        if (after.isStandard()) {
            after.status = ChangeStatus::Draft;
            after.submittedAt = {};
        } else {
            after.status = ChangeStatus::Review;
        }
        after.approvedAt = {};
        oldValues.insert(QStringLiteral("status"), toString(before.status));
        newValues.insert(QStringLiteral("status"), toString(after.status));
        newValues.insert(QStringLiteral("reapproval"),
                         CoreText::tr("Material edit: approval requested again."));
        // The conditions were those of the approval that no longer holds: they stay in the
        // history as of their round (Meetings::conditionRounds), not on the change.
        if (!before.approvalConditions.isEmpty()) {
            oldValues.insert(QStringLiteral("approval_conditions"), before.approvalConditions);
            newValues.insert(QStringLiteral("approval_conditions"), QString());
            after.approvalConditions.clear();
        }
    }
    VIGILO_TRY(sql::touchChange(m_store, before.id, before.version, m_clock.now()));
    VIGILO_TRY(saveChange(m_store, after));
    VIGILO_TRY(writeRelations(m_store, after.id, draft, *resolved));
    if (before.approvalConditions != after.approvalConditions)
        VIGILO_TRY(sql::run(
            m_store, QStringLiteral("UPDATE changes SET approval_conditions = ? WHERE id = ?"),
            {after.approvalConditions, after.id}));
    if (after.title != before.title)
        VIGILO_TRY(indexTitle(m_store, after));
    if (after.status == ChangeStatus::Review && newValues.contains(QStringLiteral("reapproval"))) {
        auto steps = m_approvals.generateSteps(after);
        if (!steps)
            return steps.error();
    } else if (after.status == ChangeStatus::Draft && before.status != ChangeStatus::Draft) {
        VIGILO_TRY(m_approvals.supersedeOpenSteps(after));
    }
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("change.edit"), QStringLiteral("change"), after.id,
                              after.number, oldValues, newValues));
    // A status the edit changed is news for the receivers that heard "approved" or "scheduled".
    if (after.status != before.status)
        VIGILO_TRY(Webhooks::enqueueTransition(
            m_store, m_clock, actor, before, after, Action::Submit,
            {{QStringLiteral("reason"), newValues.value(QStringLiteral("reapproval")).toString()}},
            QStringLiteral("change.reapproval_required")));
    if (after.status == ChangeStatus::Review && newValues.contains(QStringLiteral("reapproval")))
        VIGILO_TRY(m_approvals.notifySubstitutes(actor, after));
    VIGILO_TRY(scope.commit());
    after.version = before.version + 1;
    after.updatedAt = m_clock.now();
    return after;
}

Result<ChangeRequest> ChangeService::get(const Actor &actor, int number) const
{
    auto c = sql::loadChange(m_store, actor.workspace.id, number);
    if (c)
        c->overrunning = rules::isOverrunning(c->status, c->plannedEnd, m_clock.now());
    return c;
}

Result<QList<ChangeSummary>> ChangeService::list(const Actor &actor, const ChangeFilter &f) const
{
    // A search is a few words: a longer one is a mistake (or an attempt to load the database).
    VIGILO_TRY(input::checkTexts(
        {{QStringLiteral("search"), f.search, input::kMaxSearch, input::Lines::Single},
         {QStringLiteral("assignee"), f.assignee, input::kMaxName, input::Lines::Single}}));
    QString where = QStringLiteral(" WHERE c.workspace_id = ?");
    QVariantList binds{actor.workspace.id};
    if (f.number > 0) {
        where += QStringLiteral(" AND c.number = ?");
        binds << f.number;
    }
    if (f.before > 0) { // the list's pages, newest first: keyset, so a page never repeats a row
        where += QStringLiteral(" AND c.number < ?");
        binds << f.before;
    }
    if (f.status) {
        where += QStringLiteral(" AND c.status = ?");
        binds << toString(*f.status);
    }
    if (f.changeType) {
        where += QStringLiteral(" AND c.change_type = ?");
        binds << toString(*f.changeType);
    }
    if (f.priority) {
        where += QStringLiteral(" AND c.priority = ?");
        binds << toString(*f.priority);
    }
    if (f.riskLevel) {
        where += QStringLiteral(" AND c.risk_level = ?");
        binds << toString(*f.riskLevel);
    }
    if (!f.assignee.isEmpty()) {
        where += QStringLiteral(" AND ma.username = ?");
        binds << f.assignee;
    }
    if (!f.requester.isEmpty()) {
        where += QStringLiteral(" AND mr.username = ?");
        binds << f.requester;
    }
    if (f.openOnly) {
        QStringList open;
        for (ChangeStatus st : allChangeStatuses())
            if (!isTerminal(st))
                open << QLatin1Char('\'') + toString(st) + QLatin1Char('\'');
        where += QStringLiteral(" AND c.status IN (%1)").arg(open.join(QLatin1Char(',')));
    }
    if (f.plannedFrom.isValid() && f.plannedTo.isValid()) {
        // Half-open windows: one that ends when the day starts is not that day's.
        where += QStringLiteral(" AND c.planned_start < ? AND c.planned_end > ?");
        binds << Dialect::toDb(f.plannedTo) << Dialect::toDb(f.plannedFrom);
    }
    // One AND per word, each matching any of the searchable fields (changesearch::fieldNames).
    // The words as typed: SQLite's LIKE folds the case of ASCII letters only, so a lower-cased
    // "überprüfung" would miss "Überprüfung" (PostgreSQL's ILIKE folds every letter).
    const QStringList words = f.search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QString escaped = word;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        QStringList anyField;
        for (const QString &column :
             {m_store.dialect().changeNumberText(QStringLiteral("c.number")),
              QStringLiteral("c.title"), QStringLiteral("ma.username"),
              QStringLiteral("ma.display_name"), QStringLiteral("mr.username"),
              QStringLiteral("mr.display_name")}) {
            anyField
                << QStringLiteral("%1 %2 ? ESCAPE '\\'").arg(column, m_store.dialect().ilike());
            binds << pattern;
        }
        where += QStringLiteral(" AND (%1)").arg(anyField.join(QStringLiteral(" OR ")));
    }
    QString sqlText =
        QStringLiteral("SELECT c.id, c.number, c.title, c.status, c.change_type, c.priority, "
                       "c.risk_level, c.planned_start, c.planned_end, ma.username, mr.username, "
                       "c.updated_at, c.version, ma.display_name, mr.display_name FROM changes c "
                       "JOIN members mr ON mr.id = c.requester_id "
                       "LEFT JOIN members ma ON ma.id = c.assignee_id")
        + where + QStringLiteral(" ORDER BY c.number DESC");
    if (f.limit > 0)
        sqlText += QStringLiteral(" LIMIT %1").arg(f.limit);
    auto q = sql::run(m_store, sqlText, binds);
    if (!q)
        return q.error();
    QList<ChangeSummary> out;
    if (const int rows = q->size(); rows > 0) // PostgreSQL knows; SQLite says -1
        out.reserve(rows);
    const QDateTime now = m_clock.now();
    while (q->next()) {
        ChangeSummary s;
        s.id = q->value(0).toLongLong();
        s.number = q->value(1).toInt();
        s.title = q->value(2).toString();
        s.status = parseChangeStatus(q->value(3).toString()).value_or(ChangeStatus::Draft);
        s.changeType = parseChangeType(q->value(4).toString()).value_or(ChangeType::Normal);
        s.priority = parsePriority(q->value(5).toString()).value_or(Priority::Medium);
        if (!q->value(6).isNull())
            s.riskLevel = parseRiskLevel(q->value(6).toString());
        s.plannedStart = Dialect::fromDb(q->value(7));
        s.plannedEnd = Dialect::fromDb(q->value(8));
        s.assignee = q->value(9).toString();
        s.requester = q->value(10).toString();
        s.updatedAt = Dialect::fromDb(q->value(11));
        s.version = q->value(12).toInt();
        s.assigneeName = q->value(13).toString();
        s.requesterName = q->value(14).toString();
        s.overrunning = rules::isOverrunning(s.status, s.plannedEnd, now);
        out << s;
    }
    return out;
}

namespace {

// Passes when no freeze window is hit, or when every one hit may be overridden by this actor
// with a justification; returns what was overridden, for the audit event.
Result<QJsonObject> checkFreeze(Store &store, const Actor &actor, const ChangeRequest &c,
                                const QString &justification)
{
    if (!c.plannedStart.isValid())
        return QJsonObject();
    auto hits = planning::freezesOverlapping(store, c.workspaceId, c.plannedStart, c.plannedEnd,
                                             c.affectedAssets);
    if (!hits)
        return hits.error();
    if (hits->isEmpty())
        return QJsonObject();
    QJsonArray windows;
    bool allOverridable = true;
    QStringList names;
    for (const auto &f : *hits) {
        windows.append(QJsonObject{{QStringLiteral("name"), f.name},
                                   {QStringLiteral("start"), jsonTime(f.start)},
                                   {QStringLiteral("end"), jsonTime(f.end)},
                                   {QStringLiteral("reason"), f.reason},
                                   {QStringLiteral("allow_override"), f.allowOverride}});
        allOverridable = allOverridable && f.allowOverride;
        names << QStringLiteral("\"%1\" (%2 – %3)")
                     .arg(f.name, planning::utcText(f.start), planning::utcText(f.end));
    }
    const bool canOverride = allOverridable && actor.can(Permission::OverrideFreeze);
    QJsonObject details{{QStringLiteral("freeze_windows"), windows},
                        {QStringLiteral("can_override"), canOverride}};
    if (justification.trimmed().isEmpty() || !canOverride) {
        QString what;
        if (!allOverridable)
            what = CoreText::tr("Move the planned window out of it; this freeze window cannot be "
                                "overridden.");
        else if (!actor.can(Permission::OverrideFreeze))
            what = CoreText::tr("Move the planned window out of it, or ask an admin or owner to "
                                "override the freeze with a justification.");
        else
            what = CoreText::tr("Move the planned window out of it, or override the freeze with a "
                                "justification.");
        return Error::rule(
            QStringLiteral("freeze_window_blocked"),
            CoreText::tr("The planned window of %1 overlaps the freeze window %2. %3")
                .arg(c.numberText(), names.join(QStringLiteral(", ")), what),
            details);
    }
    return QJsonObject{{QStringLiteral("freeze_windows"), windows},
                       {QStringLiteral("justification"), justification.trimmed()}};
}

Status checkLeadTime(const ChangeRequest &c, const QDateTime &now, bool atSubmit)
{
    const rules::LeadTime l = rules::leadTime(c, now);
    if (!l.applies || l.met)
        return {};
    return Error::rule(
        QStringLiteral("lead_time_violation"),
        (atSubmit ? CoreText::tr("%1 starts %2 hours after submission, but needs at least %3 hours "
                                 "of lead time. Move planned_start to %4 or later, lower the lead "
                                 "time on the change, or make it an emergency change if it "
                                 "genuinely cannot wait.")
                  : CoreText::tr("%1 was submitted %2 hours before its planned start, but needs at "
                                 "least %3 hours of lead time. Move planned_start to %4 or later, "
                                 "lower the lead time on the change, or make it an emergency "
                                 "change if it genuinely cannot wait."))
            .arg(c.numberText(), QString::number(l.hoursAvailable, 'f', 1))
            .arg(c.minLeadTimeHours)
            .arg(planning::utcText(l.earliestStart)),
        {{QStringLiteral("min_lead_time_hours"), c.minLeadTimeHours},
         {QStringLiteral("hours_available"), l.hoursAvailable},
         {QStringLiteral("earliest_start"), jsonTime(l.earliestStart)}});
}

// A change starts inside its planned window [planned_start, planned_end), or with a
// justification; then the start is an exception, recorded in the event's details (so the
// history, the pack and lists can show it). Returns that exception, or nothing.
Result<QJsonObject> checkPlannedWindow(const ChangeRequest &c, const QDateTime &now,
                                       const QString &justification)
{
    if (!c.plannedStart.isValid() || !c.plannedEnd.isValid())
        return QJsonObject();
    const bool early = now < c.plannedStart;
    const bool late = now >= c.plannedEnd;
    if (!early && !late)
        return QJsonObject();
    const QString when =
        early ? QStringLiteral("before_planned_start") : QStringLiteral("after_planned_end");
    QJsonObject exception{{QStringLiteral("rule"), QStringLiteral("outside_planned_window")},
                          {QStringLiteral("when"), when},
                          {QStringLiteral("planned_start"), jsonTime(c.plannedStart)},
                          {QStringLiteral("planned_end"), jsonTime(c.plannedEnd)},
                          {QStringLiteral("started_at"), jsonTime(now)}};
    if (!justification.trimmed().isEmpty()) {
        exception.insert(QStringLiteral("justification"), justification.trimmed());
        return exception;
    }
    const QString message =
        early ? CoreText::tr("%1 is planned to start at %2; it is %3 now, before its planned "
                             "window. Start it once its window has begun, or give a "
                             "justification: starting early is then recorded as an exception.")
                    .arg(c.numberText(), planning::utcText(c.plannedStart), planning::utcText(now))
              : CoreText::tr("The planned window of %1 ended at %2; it is %3 now. Plan a new "
                             "window (the change then needs approval again), or give a "
                             "justification: starting late is then recorded as an exception.")
                    .arg(c.numberText(), planning::utcText(c.plannedEnd), planning::utcText(now));
    exception.remove(QStringLiteral("rule"));
    exception.insert(QStringLiteral("field"), QStringLiteral("justification"));
    return Error::rule(QStringLiteral("outside_planned_window"), message, exception);
}

Status checkSubmittable(const ChangeRequest &c)
{
    QJsonArray missing;
    QStringList names;
    auto need = [&](bool ok, const QString &field, const QString &name) {
        if (!ok) {
            missing.append(field);
            names << name;
        }
    };
    need(!c.implementationPlan.trimmed().isEmpty(), QStringLiteral("implementation_plan"),
         CoreText::tr("implementation plan"));
    need(!c.rollbackPlan.trimmed().isEmpty(), QStringLiteral("rollback_plan"),
         CoreText::tr("rollback plan"));
    need(!c.affectedAssets.isEmpty(), QStringLiteral("affected_assets"),
         CoreText::tr("affected assets (at least one)"));
    if (missing.isEmpty())
        return {};
    // A list of bare nouns, never a fragment inserted into a sentence: every language can
    // write "Missing: …" without declining what follows.
    return Error::rule(QStringLiteral("validation_failed"),
                       CoreText::tr("%1 cannot be submitted yet. Missing: %2.")
                           .arg(c.numberText(), names.join(CoreText::tr(", "))),
                       {{QStringLiteral("missing"), missing}});
}

// The fields a transition changes (status and the lifecycle stamps) that differ between `a` and
// `b`, old → new, as ChangeRequest::toJson writes them: what the transition's event carries.
std::pair<QJsonObject, QJsonObject> lifecycleDiff(const ChangeRequest &a, const ChangeRequest &b)
{
    QJsonObject o, n;
    auto put = [&](const QString &key, const QJsonValue &x, const QJsonValue &y) {
        o.insert(key, x);
        n.insert(key, y);
    };
    auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    auto time = [&](const QString &key, const QDateTime &x, const QDateTime &y) {
        if (x != y)
            put(key, jsonTime(x), jsonTime(y));
    };
    if (a.status != b.status)
        put(QStringLiteral("status"), toString(a.status), toString(b.status));
    if (a.closureCode != b.closureCode)
        put(QStringLiteral("closure_code"),
            a.closureCode ? QJsonValue(toString(*a.closureCode)) : QJsonValue(),
            b.closureCode ? QJsonValue(toString(*b.closureCode)) : QJsonValue());
    if (a.closureNotes != b.closureNotes)
        put(QStringLiteral("closure_notes"), a.closureNotes, b.closureNotes);
    time(QStringLiteral("closed_at"), a.closedAt, b.closedAt);
    if (a.closedBy != b.closedBy)
        put(QStringLiteral("closed_by"), text(a.closedBy), text(b.closedBy));
    time(QStringLiteral("rolled_back_at"), a.rolledBackAt, b.rolledBackAt);
    if (a.rolledBackBy != b.rolledBackBy)
        put(QStringLiteral("rolled_back_by"), text(a.rolledBackBy), text(b.rolledBackBy));
    if (a.rollbackReason != b.rollbackReason)
        put(QStringLiteral("rollback_reason"), a.rollbackReason, b.rollbackReason);
    time(QStringLiteral("submitted_at"), a.submittedAt, b.submittedAt);
    time(QStringLiteral("approved_at"), a.approvedAt, b.approvedAt);
    time(QStringLiteral("started_at"), a.startedAt, b.startedAt);
    time(QStringLiteral("cancelled_at"), a.cancelledAt, b.cancelledAt);
    if (a.cancelReason != b.cancelReason)
        put(QStringLiteral("cancel_reason"), a.cancelReason, b.cancelReason);
    return {o, n};
}

// Writes what a transition changes (status and the lifecycle stamps) and bumps the version,
// in one statement: only the columns a transition touches, so the window, plans and assignee
// columns and their indexes are left alone.
Status saveTransition(Store &store, const ChangeRequest &c, int baseVersion, const QDateTime &now)
{
    const QString member =
        QStringLiteral("(SELECT id FROM members WHERE workspace_id = ? AND username = ?)");
    auto q = sql::run(
        store,
        QStringLiteral("UPDATE changes SET version = version + 1, updated_at = ?, status = ?, "
                       "closure_code = ?, closure_notes = ?, closed_at = ?, closed_by_id = ")
            + member + QStringLiteral(", rolled_back_at = ?, rolled_back_by_id = ") + member
            + QStringLiteral(", rollback_reason = ?, submitted_at = ?, approved_at = ?, "
                             "started_at = ?, cancelled_at = ?, cancel_reason = ? WHERE id = ? "
                             "AND version = ?"),
        {Dialect::toDb(now), toString(c.status), optionalName(c.closureCode), c.closureNotes,
         Dialect::toDb(c.closedAt), c.workspaceId, sql::nullable(c.closedBy),
         Dialect::toDb(c.rolledBackAt), c.workspaceId, sql::nullable(c.rolledBackBy),
         c.rollbackReason, Dialect::toDb(c.submittedAt), Dialect::toDb(c.approvedAt),
         Dialect::toDb(c.startedAt), Dialect::toDb(c.cancelledAt), c.cancelReason, c.id,
         baseVersion});
    if (!q)
        return q.error();
    if (q->numRowsAffected() > 0)
        return {};
    auto current =
        sql::scalar(store, QStringLiteral("SELECT version FROM changes WHERE id = ?"), {c.id});
    if (!current)
        return current.error();
    return sql::staleWrite(baseVersion, current->toInt());
}

} // namespace

// One transition in the making: the change as it was read under the write lock, the change as
// the handler makes it, and what the audit event says besides the changed fields.
struct ChangeService::Transition {
    const Actor &actor;
    const ChangeRequest &before;
    const TransitionInput &in;
    QDateTime now;
    ChangeRequest change;
    QJsonObject details;
    bool stepOpened = false; // a step now awaits a decision: substitutes may be told
};

Result<ChangeRequest> ChangeService::apply(const Actor &caller, int number, Action action,
                                           const TransitionInput &in)
{
    using input::Lines;
    VIGILO_TRY(input::checkTexts(
        {{QStringLiteral("comment"), in.comment, input::kMaxNote, Lines::Multi},
         {QStringLiteral("reason"), in.reason, input::kMaxNote, Lines::Multi},
         {QStringLiteral("closure_notes"), in.closureNotes, input::kMaxNote, Lines::Multi},
         {QStringLiteral("override_justification"), in.overrideJustification, input::kMaxNote,
          Lines::Multi},
         {QStringLiteral("justification"), in.justification, input::kMaxNote, Lines::Multi}}));
    WriteScope scope(m_store, caller, permissionFor(action));
    VIGILO_TRY(scope.begin(number, in.expectedVersion));
    const ChangeRequest &before = scope.change();
    if (!fromStatuses(action).contains(before.status))
        return invalidTransition(before, action);
    Transition t{scope.actor(), before, in, m_clock.now(), before, {}};
    if (!in.comment.trimmed().isEmpty())
        t.details.insert(QStringLiteral("comment"), in.comment.trimmed());
    VIGILO_TRY((this->*handlerFor(action))(t));
    VIGILO_TRY(record(t, action));
    VIGILO_TRY(scope.commit());
    // What was written: the change as read under the lock, as the handler made it.
    t.change.version = before.version + 1;
    t.change.updatedAt = t.now;
    return t.change;
}

ChangeService::Handler ChangeService::handlerFor(Action action)
{
    switch (action) {
    case Action::Submit: return &ChangeService::submit;
    case Action::Approve: return &ChangeService::approve;
    case Action::Reject: return &ChangeService::reject;
    case Action::Schedule: return &ChangeService::schedule;
    case Action::Start: return &ChangeService::start;
    case Action::Complete: return &ChangeService::complete;
    case Action::Rollback: return &ChangeService::rollback;
    case Action::Reopen: return &ChangeService::reopen;
    case Action::Cancel: return &ChangeService::cancel;
    }
    return &ChangeService::cancel;
}

// Persists the transition with its audit event (every field it changed, old → new, and the
// handler's details) and the webhook deliveries it queues: all in the caller's transaction.
Status ChangeService::record(Transition &t, Action action)
{
    const ChangeRequest &before = t.before;
    const ChangeRequest &c = t.change;
    VIGILO_TRY(saveTransition(m_store, c, before.version, t.now));
    auto [oldValues, newValues] = lifecycleDiff(before, c);
    for (auto it = t.details.begin(); it != t.details.end(); ++it)
        newValues.insert(it.key(), it.value());
    VIGILO_TRY(m_audit.record(t.actor.workspace.id, t.actor.member.username,
                              QStringLiteral("change.") + toString(action),
                              QStringLiteral("change"), c.id, c.number, oldValues, newValues));
    VIGILO_TRY(
        Webhooks::enqueueTransition(m_store, m_clock, t.actor, before, c, action, newValues));
    return t.stepOpened ? m_approvals.notifySubstitutes(t.actor, c) : Status{};
}

Status ChangeService::submit(Transition &t)
{
    ChangeRequest &c = t.change;
    VIGILO_TRY(checkSubmittable(c));
    c.submittedAt = {}; // measured from this submission
    VIGILO_TRY(checkLeadTime(c, t.now, true));
    auto freeze = checkFreeze(m_store, t.actor, c, t.in.overrideJustification);
    if (!freeze)
        return freeze.error();
    if (!freeze->isEmpty())
        t.details.insert(QStringLiteral("freeze_override"), *freeze);
    c.submittedAt = t.now;
    if (c.isStandard()) {
        c.status = ChangeStatus::Approved;
        c.approvedAt = t.now;
        t.details.insert(QStringLiteral("pre_approved"), true);
        return {};
    }
    c.status = ChangeStatus::Review;
    auto steps = m_approvals.generateSteps(c);
    if (!steps)
        return steps.error();
    QJsonArray stepNames;
    for (const auto &s : *steps)
        stepNames.append(QJsonObject{{QStringLiteral("name"), s.name},
                                     {QStringLiteral("eligible_role"), toString(s.eligibleRole)},
                                     {QStringLiteral("source"), s.source}});
    t.details.insert(QStringLiteral("approval_steps"), stepNames);
    t.stepOpened = true;
    return {};
}

Status ChangeService::approve(Transition &t)
{
    auto outcome =
        t.in.cab.isEmpty()
            ? m_approvals.approve(t.actor, t.change, t.in.comment.trimmed())
            : m_approvals.decideForCab(t.actor, t.change, t.in.cab, true, t.in.comment.trimmed());
    if (!outcome)
        return outcome.error();
    for (auto it = t.in.cabDetails.begin(); it != t.in.cabDetails.end(); ++it)
        t.details.insert(it.key(), it.value());
    t.details.insert(QStringLiteral("step"), outcome->stepName);
    if (!outcome->onBehalfOf.isEmpty())
        t.details.insert(QStringLiteral("on_behalf_of"), outcome->onBehalfOf);
    t.details.insert(QStringLiteral("approvals"),
                     QStringLiteral("%1/%2").arg(outcome->approvals).arg(outcome->required));
    if (outcome->allSatisfied) {
        t.change.status = ChangeStatus::Approved;
        t.change.approvedAt = t.now;
    } else if (outcome->stepSatisfied) {
        t.stepOpened = true;
    }
    return {};
}

Status ChangeService::reject(Transition &t)
{
    const QString reason = t.in.reason.trimmed();
    if (reason.isEmpty())
        return Error::rule(QStringLiteral("reason_required"),
                           CoreText::tr("Say why %1 is rejected: a reason is required so the "
                                        "requester knows what to fix.")
                               .arg(t.change.numberText()));
    auto outcome = t.in.cab.isEmpty()
                       ? m_approvals.reject(t.actor, t.change, reason)
                       : m_approvals.decideForCab(t.actor, t.change, t.in.cab, false, reason);
    if (!outcome)
        return outcome.error();
    for (auto it = t.in.cabDetails.begin(); it != t.in.cabDetails.end(); ++it)
        t.details.insert(it.key(), it.value());
    t.details.insert(QStringLiteral("step"), outcome->stepName);
    if (!outcome->onBehalfOf.isEmpty())
        t.details.insert(QStringLiteral("on_behalf_of"), outcome->onBehalfOf);
    t.details.insert(QStringLiteral("reason"), reason);
    t.change.status = ChangeStatus::Rejected;
    return {};
}

Status ChangeService::schedule(Transition &t)
{
    ChangeRequest &c = t.change;
    if (!c.plannedStart.isValid() || !c.plannedEnd.isValid())
        return Error::rule(QStringLiteral("planned_window_required"),
                           CoreText::tr("%1 needs a planned start and end before it can be "
                                        "scheduled. Give it a planned window first.")
                               .arg(c.numberText()));
    VIGILO_TRY(checkLeadTime(c, t.now, false));
    auto freeze = checkFreeze(m_store, t.actor, c, t.in.overrideJustification);
    if (!freeze)
        return freeze.error();
    if (!freeze->isEmpty())
        t.details.insert(QStringLiteral("freeze_override"), *freeze);
    c.status = ChangeStatus::Scheduled;
    return {};
}

Status ChangeService::start(Transition &t)
{
    ChangeRequest &c = t.change;
    QJsonArray blockers;
    QStringList names;
    for (const auto &d : c.dependencies) {
        if (d.status == ChangeStatus::Completed || d.status == ChangeStatus::Cancelled)
            continue;
        blockers.append(d.toJson());
        names << QStringLiteral("%1 (%2)").arg(formatChangeNumber(d.number), label(d.status));
    }
    if (!blockers.isEmpty())
        return Error::rule(QStringLiteral("dependencies_unmet"),
                           CoreText::tr("%1 waits on changes that are not completed or "
                                        "cancelled yet: %2. Start it once they are done.")
                               .arg(c.numberText(), names.join(QStringLiteral(", "))),
                           {{QStringLiteral("blockers"), blockers}});
    auto exception = checkPlannedWindow(c, t.now, t.in.justification);
    if (!exception)
        return exception.error();
    if (!exception->isEmpty())
        t.details.insert(QStringLiteral("exception"), *exception);
    c.status = ChangeStatus::InProgress;
    c.startedAt = t.now;
    return {};
}

Status ChangeService::complete(Transition &t)
{
    ChangeRequest &c = t.change;
    QJsonArray missing;
    if (!t.in.closureCode)
        missing.append(QStringLiteral("closure_code"));
    if (t.in.closureNotes.trimmed().isEmpty())
        missing.append(QStringLiteral("closure_notes"));
    if (!missing.isEmpty())
        return Error::rule(QStringLiteral("closure_required"),
                           CoreText::tr("Closing %1 needs a closure code (successful, "
                                        "successful_with_issues or unsuccessful) and closure "
                                        "notes; both go into the audit pack.")
                               .arg(c.numberText()),
                           {{QStringLiteral("missing"), missing}});
    auto pending = sql::run(m_store,
                            QStringLiteral("SELECT seq, title, status FROM change_tasks WHERE "
                                           "change_id = ? AND is_required = 1 AND status NOT IN "
                                           "('done', 'skipped') ORDER BY seq"),
                            {c.id});
    if (!pending)
        return pending.error();
    QJsonArray tasks;
    QStringList names;
    while (pending->next()) {
        tasks.append(QJsonObject{{QStringLiteral("seq"), pending->value(0).toInt()},
                                 {QStringLiteral("title"), pending->value(1).toString()},
                                 {QStringLiteral("status"), pending->value(2).toString()}});
        names << QStringLiteral("#%1 %2")
                     .arg(pending->value(0).toInt())
                     .arg(pending->value(1).toString());
    }
    if (!tasks.isEmpty())
        return Error::rule(QStringLiteral("required_tasks_pending"),
                           CoreText::tr("%1 cannot be closed while required runbook tasks are "
                                        "not done: %2. Finish them (or skip the optional "
                                        "ones) first.")
                               .arg(c.numberText(), names.join(QStringLiteral("; "))),
                           {{QStringLiteral("tasks"), tasks}});
    c.status = ChangeStatus::Completed;
    c.closureCode = t.in.closureCode;
    c.closureNotes = t.in.closureNotes.trimmed();
    c.closedAt = t.now;
    c.closedBy = t.actor.member.username;
    return {};
}

Status ChangeService::rollback(Transition &t)
{
    ChangeRequest &c = t.change;
    if (t.in.reason.trimmed().isEmpty())
        return Error::rule(QStringLiteral("rollback_reason_required"),
                           CoreText::tr("Say why %1 is rolled back: the reason is required and "
                                        "goes into the audit pack.")
                               .arg(c.numberText()));
    c.status = ChangeStatus::RolledBack;
    c.rolledBackAt = t.now;
    c.rolledBackBy = t.actor.member.username;
    c.rollbackReason = t.in.reason.trimmed();
    return {};
}

Status ChangeService::reopen(Transition &t)
{
    ChangeRequest &c = t.change;
    const QString reason = t.in.reason.trimmed();
    if (reason.isEmpty())
        return Error::rule(QStringLiteral("reason_required"),
                           CoreText::tr("Say why %1 is reopened: closing it was recorded for the "
                                        "audit, so reopening it needs a reason too.")
                               .arg(c.numberText()),
                           {{QStringLiteral("field"), QStringLiteral("reason")}});
    t.details.insert(QStringLiteral("reason"), reason);
    c.status = ChangeStatus::InProgress;
    c.closureCode.reset();
    c.closureNotes.clear();
    c.closedAt = {};
    c.closedBy.clear();
    return {};
}

Status ChangeService::cancel(Transition &t)
{
    ChangeRequest &c = t.change;
    c.status = ChangeStatus::Cancelled;
    c.cancelledAt = t.now;
    c.cancelReason = t.in.reason.trimmed();
    return m_approvals.supersedeOpenSteps(c);
}

} // namespace vigilo
