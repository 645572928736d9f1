#include "Codecs.h"

#include "IsoTime.h"
#include "Tr.h"

namespace vigilo::api {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime tm(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return {};
    return parseIsoUtc(v.toString());
}

int num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt();
}

qint64 num64(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

bool flag(const QJsonObject &o, const char *key, bool fallback = false)
{
    return o.value(QLatin1String(key)).toBool(fallback);
}

QStringList strings(const QJsonObject &o, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        out << v.toString();
    return out;
}

int changeNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInt();
    return parseChangeNumber(v.toString()).value_or(0);
}

template <typename E>
E enumOf(const QJsonObject &o, const char *key, std::optional<E> (*parse)(const QString &),
         E fallback)
{
    return parse(str(o, key)).value_or(fallback);
}

template <typename E>
std::optional<E> optEnum(const QJsonObject &o, const char *key,
                         std::optional<E> (*parse)(const QString &))
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return std::nullopt;
    return parse(v.toString());
}

template <typename T> QList<T> list(const QJsonObject &o, const char *key)
{
    QList<T> out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray()) {
        T t;
        read(v.toObject(), t);
        out << t;
    }
    return out;
}

template <typename E> QJsonArray names(const QList<E> &values)
{
    QJsonArray a;
    for (E e : values)
        a.append(toString(e));
    return a;
}

template <typename E>
QList<E> enums(const QJsonObject &o, const char *key, std::optional<E> (*parse)(const QString &))
{
    QList<E> out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        if (auto e = parse(v.toString()))
            out << *e;
    return out;
}

QJsonValue timeParam(const QDateTime &t)
{
    if (!t.isValid())
        return QJsonValue::Null;
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

void read(const QJsonObject &o, CalendarRange &r)
{
    r.from = tm(o, "from");
    r.to = tm(o, "to");
    for (const QJsonValue &v : o.value(QLatin1String("assets")).toArray()) {
        Asset a;
        a.name = str(v.toObject(), "name");
        a.kind = str(v.toObject(), "kind");
        r.assets << a;
    }
    for (const QJsonValue &v : o.value(QLatin1String("changes")).toArray()) {
        const QJsonObject x = v.toObject();
        CalendarChange c;
        c.number = changeNumber(x.value(QStringLiteral("number")));
        c.title = str(x, "title");
        c.status = enumOf(x, "status", &parseChangeStatus, ChangeStatus::Draft);
        c.changeType = enumOf(x, "change_type", &parseChangeType, ChangeType::Normal);
        c.priority = enumOf(x, "priority", &parsePriority, Priority::Medium);
        c.start = tm(x, "planned_start");
        c.end = tm(x, "planned_end");
        c.assignee = str(x, "assignee");
        c.version = x.value(QStringLiteral("version")).toInt(1);
        c.assets = strings(x, "affected_assets");
        for (const QJsonValue &d : x.value(QLatin1String("depends_on")).toArray())
            c.dependsOn << changeNumber(d);
        c.conflicts = list<Conflict>(x, "conflicts");
        r.changes << c;
    }
    r.freezes = list<FreezeWindow>(o, "freeze_windows");
    for (const QJsonValue &v : o.value(QLatin1String("maintenance")).toArray()) {
        const QJsonObject m = v.toObject();
        r.maintenance << MaintenanceOccurrence{str(m, "asset"), tm(m, "start"), tm(m, "end"),
                                               str(m, "description")};
    }
    for (const QJsonValue &v : o.value(QLatin1String("services")).toArray()) {
        const QJsonObject s = v.toObject();
        ServiceRow row;
        row.service = str(s, "service");
        for (const QJsonValue &c : s.value(QLatin1String("changes")).toArray()) {
            const QJsonObject x = c.toObject();
            row.changes << ServiceChange{changeNumber(x.value(QStringLiteral("number"))),
                                         str(x, "asset"), str(x, "explanation")};
        }
        r.services << row;
    }
}

Error malformed(const QString &what)
{
    return Error::storage(CoreText::tr("The server sent an answer this client cannot read "
                                       "(expected %1). Check that the address is a Vigilo server "
                                       "of the same version.")
                              .arg(what),
                          {}, QStringLiteral("protocol_error"));
}

void read(const QJsonObject &o, Workspace &w)
{
    w.slug = str(o, "slug");
    w.name = str(o, "name");
    w.locale = str(o, "locale");
    w.createdAt = tm(o, "created_at");
}

void read(const QJsonObject &o, Member &m)
{
    m.username = str(o, "username");
    m.displayName = str(o, "display_name");
    m.role = enumOf(o, "role", &parseRole, Role::Viewer);
    m.active = flag(o, "active", true);
    m.createdAt = tm(o, "created_at");
}

void read(const QJsonObject &o, AdminRights &r)
{
    r.role = enumOf(o, "role", &parseRole, Role::Viewer);
    r.manageWorkspace = flag(o, "manage_workspace", false);
    r.grantOwner = flag(o, "grant_owner", false);
    r.refusal = str(o, "refusal");
}

void read(const QJsonObject &o, Asset &a)
{
    a.name = str(o, "name");
    a.kind = str(o, "kind");
    a.owner = str(o, "owner");
    a.criticality = optEnum(o, "criticality", &parseCriticality).value_or(Criticality::Medium);
    a.timeZone = str(o, "time_zone");
    a.createdAt = tm(o, "created_at");
}

void read(const QJsonObject &o, FreezeWindow &f)
{
    f.id = num64(o, "id");
    f.name = str(o, "name");
    f.start = tm(o, "start");
    f.end = tm(o, "end");
    f.reason = str(o, "reason");
    f.allowOverride = flag(o, "allow_override");
    f.assets = strings(o, "assets");
    f.createdBy = str(o, "created_by");
    f.createdAt = tm(o, "created_at");
}

void read(const QJsonObject &o, DependencyRef &d)
{
    d.number = changeNumber(o.value(QStringLiteral("number")));
    d.title = str(o, "title");
    d.status = enumOf(o, "status", &parseChangeStatus, ChangeStatus::Draft);
}

void read(const QJsonObject &o, ChangeRequest &c)
{
    c.number = changeNumber(o.value(QStringLiteral("number")));
    c.title = str(o, "title");
    c.description = str(o, "description");
    c.changeType = enumOf(o, "change_type", &parseChangeType, ChangeType::Normal);
    c.templateName = str(o, "template");
    c.priority = enumOf(o, "priority", &parsePriority, Priority::Medium);
    c.riskLevel = optEnum(o, "risk_level", &parseRiskLevel);
    c.plannedStart = tm(o, "planned_start");
    c.plannedEnd = tm(o, "planned_end");
    c.affectedAssets = strings(o, "affected_assets");
    c.minLeadTimeHours = num(o, "min_lead_time_hours");
    c.implementationPlan = str(o, "implementation_plan");
    c.rollbackPlan = str(o, "rollback_plan");
    c.testPlan = str(o, "test_plan");
    c.dependencies = list<DependencyRef>(o, "dependencies");
    c.assignee = str(o, "assignee");
    c.requester = str(o, "requester");
    c.status = enumOf(o, "status", &parseChangeStatus, ChangeStatus::Draft);
    c.overrunning = o.value(QStringLiteral("overrunning")).toBool();
    c.closureCode = optEnum(o, "closure_code", &parseClosureCode);
    c.closureNotes = str(o, "closure_notes");
    c.closedAt = tm(o, "closed_at");
    c.closedBy = str(o, "closed_by");
    c.rolledBackAt = tm(o, "rolled_back_at");
    c.rolledBackBy = str(o, "rolled_back_by");
    c.rollbackReason = str(o, "rollback_reason");
    c.submittedAt = tm(o, "submitted_at");
    c.approvedAt = tm(o, "approved_at");
    c.startedAt = tm(o, "started_at");
    c.cancelledAt = tm(o, "cancelled_at");
    c.cancelReason = str(o, "cancel_reason");
    c.approvalConditions = str(o, "approval_conditions");
    c.version = num(o, "version");
    c.createdAt = tm(o, "created_at");
    c.updatedAt = tm(o, "updated_at");
}

void read(const QJsonObject &o, ChangeSummary &c)
{
    c.number = changeNumber(o.value(QStringLiteral("number")));
    c.title = str(o, "title");
    c.status = enumOf(o, "status", &parseChangeStatus, ChangeStatus::Draft);
    c.changeType = enumOf(o, "change_type", &parseChangeType, ChangeType::Normal);
    c.priority = enumOf(o, "priority", &parsePriority, Priority::Medium);
    c.riskLevel = optEnum(o, "risk_level", &parseRiskLevel);
    c.plannedStart = tm(o, "planned_start");
    c.plannedEnd = tm(o, "planned_end");
    c.assignee = str(o, "assignee");
    c.requester = str(o, "requester");
    c.assigneeName = str(o, "assignee_name");
    c.requesterName = str(o, "requester_name");
    c.updatedAt = tm(o, "updated_at");
    c.version = num(o, "version");
    c.overrunning = o.value(QStringLiteral("overrunning")).toBool();
}

void read(const QJsonObject &o, ChangeTask &t)
{
    t.seq = num(o, "seq");
    t.title = str(o, "title");
    t.isRequired = flag(o, "is_required", true);
    t.status = enumOf(o, "status", &parseTaskStatus, TaskStatus::Pending);
    for (const QJsonValue &v : o.value(QStringLiteral("predecessors")).toArray())
        t.predecessors << v.toInt();
    t.startedAt = tm(o, "started_at");
    t.startedBy = str(o, "started_by");
    t.finishedAt = tm(o, "finished_at");
    t.finishedBy = str(o, "finished_by");
}

void read(const QJsonObject &o, ApprovalDecision &d)
{
    d.member = str(o, "member");
    d.onBehalfOf = str(o, "on_behalf_of");
    d.approved = str(o, "decision") == QLatin1String("approved");
    d.comment = str(o, "comment");
    d.decidedAt = tm(o, "decided_at");
}

void read(const QJsonObject &o, ApprovalStep &s)
{
    s.round = o.value(QStringLiteral("round")).toInt(1);
    s.stepOrder = num(o, "step_order");
    s.name = str(o, "name");
    s.eligibleRole = enumOf(o, "eligible_role", &parseRole, Role::Approver);
    s.eligibleMembers = strings(o, "eligible_members");
    s.requiredApprovals = num(o, "required_approvals");
    s.source = str(o, "source");
    s.status = enumOf(o, "status", &parseStepStatus, StepStatus::Waiting);
    s.decidedAt = tm(o, "decided_at");
    s.decisions = list<ApprovalDecision>(o, "decisions");
}

void read(const QJsonObject &o, Comment &c)
{
    c.id = num64(o, "id");
    c.author = str(o, "author");
    c.body = str(o, "body");
    c.createdAt = tm(o, "created_at");
}

void read(const QJsonObject &o, Attachment &a)
{
    a.id = num64(o, "id");
    a.fileName = str(o, "file_name");
    a.mimeType = str(o, "mime_type");
    a.size = num64(o, "size");
    a.sha256 = str(o, "sha256");
    a.addedBy = str(o, "added_by");
    a.addedAt = tm(o, "added_at");
}

void read(const QJsonObject &o, AuditEvent &e)
{
    e.seq = num64(o, "seq");
    e.at = tm(o, "at");
    e.actor = str(o, "actor");
    e.action = str(o, "action");
    e.entity = str(o, "entity");
    e.entityId = num64(o, "entity_id");
    e.changeNumber = changeNumber(o.value(QStringLiteral("change_number")));
    e.oldValues = o.value(QStringLiteral("old_values")).toObject();
    e.newValues = o.value(QStringLiteral("new_values")).toObject();
    e.hash = str(o, "hash");
}

void read(const QJsonObject &o, AuditProblem &p)
{
    p.seq = num64(o, "seq");
    p.id = num64(o, "id");
    p.kind = str(o, "kind");
    p.message = str(o, "message");
}

void read(const QJsonObject &o, AuditVerification &v)
{
    v.ok = flag(o, "ok");
    v.eventsChecked = num64(o, "events_checked");
    v.problems = list<AuditProblem>(o, "problems");
}

void read(const QJsonObject &o, ImpactStep &s)
{
    s.from = str(o, "from");
    s.kind = optEnum(o, "kind", &parseRelationKind).value_or(RelationKind::DependsOn);
    s.to = str(o, "to");
}

void read(const QJsonObject &o, ImpactItem &i)
{
    i.asset = str(o, "asset");
    i.kind = str(o, "kind");
    i.owner = str(o, "owner");
    i.criticality = optEnum(o, "criticality", &parseCriticality).value_or(Criticality::Medium);
    i.depth = num(o, "depth");
    for (const QJsonValue &v : o.value(QLatin1String("path")).toArray()) {
        ImpactStep step;
        read(v.toObject(), step);
        i.path << step;
    }
    i.explanation = str(o, "explanation");
    i.excluded = flag(o, "excluded");
    i.excludedReason = str(o, "excluded_reason");
    i.excludedBy = str(o, "excluded_by");
    i.excludedAt = tm(o, "excluded_at");
}

void read(const QJsonObject &o, ImpactExclusion &x)
{
    x.asset = str(o, "asset");
    x.reason = str(o, "reason");
    x.excludedBy = str(o, "excluded_by");
    x.excludedAt = tm(o, "excluded_at");
}

void read(const QJsonObject &o, ImpactReport &r)
{
    r.number = changeNumber(o.value(QStringLiteral("number")));
    r.limits.maxDepth = o.value(QStringLiteral("max_depth")).toInt(ImpactLimits::kDefaultDepth);
    r.limits.maxItems = o.value(QStringLiteral("max_items")).toInt(ImpactLimits::kDefaultItems);
    r.touched = list<ImpactItem>(o, "touched");
    r.affected = list<ImpactItem>(o, "affected");
    r.omitted = num(o, "omitted");
    r.depthLimited = flag(o, "depth_limited");
    r.exclusions = list<ImpactExclusion>(o, "exclusions");
    r.criticalAffected = strings(o, "critical_affected");
    r.mayExclude = flag(o, "may_exclude");
    r.excludeRefusal = str(o, "exclude_refusal");
}

void read(const QJsonObject &o, Conflict &c)
{
    c.kind = str(o, "kind");
    c.title = str(o, "title");
    c.start = tm(o, "start");
    c.end = tm(o, "end");
    c.sharedAssets = strings(o, "shared_assets");
    c.reason = str(o, "reason");
    c.allowOverride = flag(o, "allow_override");
    c.number = changeNumber(o.value(QStringLiteral("number")));
    c.status = str(o, "status");
    c.indirect = flag(o, "indirect");
    c.via = str(o, "via");
    for (const QJsonValue &v : o.value(QLatin1String("path")).toArray()) {
        ImpactStep step;
        read(v.toObject(), step);
        c.path << step;
    }
    c.explanation = str(o, "explanation");
}

void read(const QJsonObject &o, ConflictSummary &s)
{
    s.conflicts = list<Conflict>(o, "conflicts");
}

void read(const QJsonObject &o, SimilarChange &s)
{
    s.number = changeNumber(o.value(QStringLiteral("number")));
    s.title = str(o, "title");
    s.status = enumOf(o, "status", &parseChangeStatus, ChangeStatus::Draft);
    s.closureCode = optEnum(o, "closure_code", &parseClosureCode);
    s.rollbackReason = str(o, "rollback_reason");
    s.endedAt = tm(o, "ended_at");
    s.sharedAssets = strings(o, "shared_assets");
    s.score = o.value(QStringLiteral("score")).toDouble();
    s.approvers = strings(o, "approvers");
}

void read(const QJsonObject &o, FreeSlot &s)
{
    s.number = changeNumber(o.value(QStringLiteral("number")));
    s.start = tm(o, "planned_start");
    s.end = tm(o, "planned_end");
    s.searchedFrom = tm(o, "searched_from");
    s.searchedUntil = tm(o, "searched_until");
}

void read(const QJsonObject &o, RiskQuestion &q)
{
    q.key = str(o, "key");
    q.position = num(o, "position");
    q.text = str(o, "text");
    q.weight = num(o, "weight");
    for (const QJsonValue &v : o.value(QStringLiteral("choices")).toArray())
        q.choices << RiskChoice{v[QLatin1String("label")].toString(),
                                v[QLatin1String("score")].toInt()};
}

void read(const QJsonObject &o, RiskCondition &c)
{
    c.code = str(o, "code");
    c.message = str(o, "message");
    c.details = o.value(QStringLiteral("details")).toObject();
}

void read(const QJsonObject &o, RiskProfile &p)
{
    for (const QJsonValue &v : o.value(QStringLiteral("questions")).toArray()) {
        RiskQuestion q;
        read(v.toObject(), q);
        const QJsonObject a = v[QLatin1String("answer")].toObject();
        if (!a.isEmpty())
            p.answers.insert(q.key, RiskAnswer{q.key, num(a, "index") - 1, str(a, "answered_by"),
                                               tm(a, "answered_at")});
        p.questions << q;
    }
    p.answered = num(o, "answered");
    p.total = num(o, "total");
    p.requiredAnswers = num(o, "required_answers");
    if (o.value(QStringLiteral("score")).isDouble())
        p.score = num(o, "score");
    p.suggestion = optEnum(o, "suggested_risk_level", &parseRiskLevel);
    p.current = optEnum(o, "risk_level", &parseRiskLevel);
    p.conditions = list<RiskCondition>(o, "conditions");
}

void read(const QJsonObject &o, MetricFigure &f)
{
    f.key = str(o, "key");
    f.name = str(o, "name");
    f.unit = str(o, "unit");
    if (o.value(QStringLiteral("value")).isDouble())
        f.value = o.value(QStringLiteral("value")).toDouble();
    f.numerator = num64(o, "numerator");
    f.denominator = num64(o, "denominator");
    f.definition = str(o, "definition");
    for (const QJsonValue &v : o.value(QStringLiteral("changes")).toArray())
        f.changes << changeNumber(v);
    f.items = o.value(QStringLiteral("items")).toArray();
}

void read(const QJsonObject &o, MetricsReport &r)
{
    r.from = tm(o, "from");
    r.to = tm(o, "to");
    r.asset = str(o, "asset");
    r.changeType = optEnum(o, "change_type", &parseChangeType);
    r.figures = list<MetricFigure>(o, "figures");
}

void read(const QJsonObject &o, MetricsTrend &t)
{
    t.bucket = str(o, "bucket") == QLatin1String("month") ? TrendBucket::Month : TrendBucket::Week;
    t.buckets = list<MetricsReport>(o, "buckets");
}

void read(const QJsonObject &o, CsvRowError &e)
{
    e.row = num(o, "row");
    e.line = num(o, "line");
    e.column = str(o, "column");
    e.message = str(o, "message");
}

void read(const QJsonObject &o, CsvPreviewRow &r)
{
    r.row = num(o, "row");
    r.draft.title = str(o, "title");
    r.draft.changeType = parseChangeType(str(o, "change_type"));
    r.draft.priority = optEnum(o, "priority", &parsePriority);
    r.draft.riskLevel = optEnum(o, "risk_level", &parseRiskLevel);
    if (o.contains(QStringLiteral("planned_start")))
        r.draft.plannedStart = tm(o, "planned_start");
    if (o.contains(QStringLiteral("planned_end")))
        r.draft.plannedEnd = tm(o, "planned_end");
    if (o.contains(QStringLiteral("affected_assets")))
        r.draft.affectedAssets = strings(o, "affected_assets");
    if (o.contains(QStringLiteral("assignee")))
        r.draft.assignee = str(o, "assignee");
}

void read(const QJsonObject &o, CsvPreview &p)
{
    p.rows = list<CsvPreviewRow>(o, "rows");
    p.errors = list<CsvRowError>(o, "errors");
    p.ignoredColumns = strings(o, "ignored_columns");
    const QJsonObject aliases = o.value(QStringLiteral("aliases")).toObject();
    for (auto it = aliases.constBegin(); it != aliases.constEnd(); ++it)
        p.aliases.insert(it.key(), it.value().toString());
}

void read(const QJsonObject &o, ApprovalPolicyStep &s)
{
    s.stepOrder = num(o, "step_order");
    s.name = str(o, "name");
    const QJsonValue required = o.value(QStringLiteral("required_approvals"));
    s.requiredApprovals = required.isString() ? 0 : required.toInt();
    s.eligibleMembers = strings(o, "eligible_members");
    s.eligibleRole = enumOf(o, "eligible_role", &parseRole, Role::Approver);
}

void read(const QJsonObject &o, ApprovalPolicy &p)
{
    p.name = str(o, "name");
    p.position = num(o, "position");
    p.active = flag(o, "active", true);
    p.changeTypes = enums(o, "change_types", &parseChangeType);
    p.priorities = enums(o, "priorities", &parsePriority);
    p.riskLevels = enums(o, "risk_levels", &parseRiskLevel);
    p.assets = strings(o, "assets");
    p.steps = list<ApprovalPolicyStep>(o, "steps");
}

void read(const QJsonObject &o, PolicyExplanation &e)
{
    e.distinctPeople = o.value(QStringLiteral("distinct_people")).toBool(true);
    e.source = str(o, "source");
    e.policyName = str(o, "policy");
    for (const QJsonValue &v : o.value(QStringLiteral("steps")).toArray()) {
        ApprovalStep s;
        read(v.toObject(), s);
        e.steps << s;
        e.eligible << strings(v.toObject(), "eligible_now");
    }
}

void read(const QJsonObject &o, ChangeTemplate &t)
{
    t.name = str(o, "name");
    t.title = str(o, "title");
    t.description = str(o, "description");
    t.implementationPlan = str(o, "implementation_plan");
    t.rollbackPlan = str(o, "rollback_plan");
    t.testPlan = str(o, "test_plan");
    t.assets = strings(o, "affected_assets");
    t.priority = enumOf(o, "priority", &parsePriority, Priority::Low);
    t.riskLevel = optEnum(o, "risk_level", &parseRiskLevel);
    t.minLeadTimeHours = num(o, "min_lead_time_hours");
    t.active = flag(o, "active", true);
}

void read(const QJsonObject &o, MaintenanceWindow &w)
{
    w.id = num64(o, "id");
    w.asset = str(o, "asset");
    w.weekday = num(o, "weekday");
    w.start = QTime::fromString(str(o, "start"), QStringLiteral("HH:mm"));
    w.durationMinutes = num(o, "duration_minutes");
    w.timeZone = str(o, "time_zone").toLatin1();
}

void read(const QJsonObject &o, WebhookEndpoint &e)
{
    e.id = num64(o, "id");
    e.name = str(o, "name");
    e.url = str(o, "url");
    e.events = strings(o, "events");
    e.format = str(o, "format");
    e.active = flag(o, "active", true);
    e.owner = str(o, "owner");
    e.createdBy = str(o, "created_by");
    e.createdAt = tm(o, "created_at");
    e.secret = str(o, "secret");
}

void read(const QJsonObject &o, OutboxItem &i)
{
    i.id = num64(o, "id");
    i.endpointName = str(o, "webhook");
    i.deliveryId = str(o, "delivery_id");
    i.event = str(o, "event");
    i.changeNumber = changeNumber(o.value(QStringLiteral("change")));
    i.state = str(o, "state");
    i.attempts = num(o, "attempts");
    i.nextAttemptAt = tm(o, "next_attempt_at");
    i.deliveredAt = tm(o, "delivered_at");
    i.lastStatus = num(o, "last_status");
    i.lastError = str(o, "last_error");
    i.createdAt = tm(o, "created_at");
}

void read(const QJsonObject &o, DeliveryAttempt &d)
{
    d.id = num64(o, "id");
    d.outboxId = num64(o, "outbox_id");
    d.endpointName = str(o, "webhook");
    d.event = str(o, "event");
    d.changeNumber = changeNumber(o.value(QStringLiteral("change")));
    d.deliveryId = str(o, "delivery_id");
    d.attempt = num(o, "attempt");
    d.at = tm(o, "at");
    d.httpStatus = num(o, "http_status");
    d.error = str(o, "error");
    d.durationMs = num64(o, "duration_ms");
    d.deliveredBy = str(o, "delivered_by");
    d.state = str(o, "state");
}

void read(const QJsonObject &o, SubscriptionEvent &e)
{
    e.seq = num64(o, "seq");
    e.at = tm(o, "at");
    e.actor = str(o, "actor");
    e.action = str(o, "action");
    e.changeNumber = changeNumber(o.value(QStringLiteral("change")));
    e.title = str(o, "title");
    e.status = str(o, "status");
    e.assets = strings(o, "assets");
    e.step = str(o, "step");
    e.onBehalfOf = str(o, "on_behalf_of");
}

void read(const QJsonObject &o, Subscription &s)
{
    s.id = num64(o, "id");
    s.asset = str(o, "asset");
    s.channel = str(o, "channel");
    s.createdAt = tm(o, "created_at");
    s.webhook = str(o, "webhook");
    s.url = str(o, "url");
    s.secret = str(o, "secret");
}

void read(const QJsonObject &o, Delegation &d)
{
    d.id = num64(o, "id");
    d.member = str(o, "member");
    d.substitute = str(o, "substitute");
    d.startsAt = tm(o, "starts_at");
    d.endsAt = tm(o, "ends_at");
    d.createdBy = str(o, "created_by");
    d.createdAt = tm(o, "created_at");
}

void read(const QJsonObject &o, ApprovalSettings &s)
{
    s.distinctPeople = flag(o, "distinct_people", true);
    s.bulk = BulkGuard::fromJson(o.value(QStringLiteral("bulk_guard")).toObject());
}

QJsonObject draftParams(const ChangeDraft &d)
{
    QJsonObject o;
    auto text = [&o](const char *key, const std::optional<QString> &v) {
        if (v)
            o.insert(QLatin1String(key), *v);
    };
    text("title", d.title);
    text("description", d.description);
    text("implementation_plan", d.implementationPlan);
    text("rollback_plan", d.rollbackPlan);
    text("test_plan", d.testPlan);
    text("assignee", d.assignee);
    if (d.changeType)
        o.insert(QStringLiteral("change_type"), toString(*d.changeType));
    if (d.priority)
        o.insert(QStringLiteral("priority"), toString(*d.priority));
    if (d.riskLevel)
        o.insert(QStringLiteral("risk_level"), toString(*d.riskLevel));
    if (d.plannedStart)
        o.insert(QStringLiteral("planned_start"), timeParam(*d.plannedStart));
    if (d.plannedEnd)
        o.insert(QStringLiteral("planned_end"), timeParam(*d.plannedEnd));
    if (d.minLeadTimeHours)
        o.insert(QStringLiteral("min_lead_time_hours"), *d.minLeadTimeHours);
    if (d.affectedAssets)
        o.insert(QStringLiteral("affected_assets"), QJsonArray::fromStringList(*d.affectedAssets));
    if (d.dependsOn) {
        QJsonArray deps;
        for (int n : *d.dependsOn)
            deps.append(formatChangeNumber(n));
        o.insert(QStringLiteral("depends_on"), deps);
    }
    return o;
}

QJsonObject transitionParams(const TransitionInput &in)
{
    QJsonObject o;
    if (!in.comment.isEmpty())
        o.insert(QStringLiteral("comment"), in.comment);
    if (!in.reason.isEmpty())
        o.insert(QStringLiteral("reason"), in.reason);
    if (in.closureCode)
        o.insert(QStringLiteral("closure_code"), toString(*in.closureCode));
    if (!in.closureNotes.isEmpty())
        o.insert(QStringLiteral("closure_notes"), in.closureNotes);
    if (!in.overrideJustification.isEmpty())
        o.insert(QStringLiteral("override_freeze"), in.overrideJustification);
    if (!in.justification.isEmpty())
        o.insert(QStringLiteral("justification"), in.justification);
    if (in.expectedVersion)
        o.insert(QStringLiteral("expected_version"), *in.expectedVersion);
    return o;
}

QJsonObject filterParams(const ChangeFilter &f)
{
    QJsonObject o;
    if (f.status)
        o.insert(QStringLiteral("status"), toString(*f.status));
    if (f.changeType)
        o.insert(QStringLiteral("change_type"), toString(*f.changeType));
    if (f.priority)
        o.insert(QStringLiteral("priority"), toString(*f.priority));
    if (f.riskLevel)
        o.insert(QStringLiteral("risk_level"), toString(*f.riskLevel));
    if (!f.assignee.isEmpty())
        o.insert(QStringLiteral("assignee"), f.assignee);
    if (!f.search.isEmpty())
        o.insert(QStringLiteral("search"), f.search);
    if (f.limit > 0)
        o.insert(QStringLiteral("limit"), f.limit);
    if (f.before > 0)
        o.insert(QStringLiteral("before"), f.before);
    if (f.number > 0)
        o.insert(QStringLiteral("number"), formatChangeNumber(f.number));
    return o;
}

QJsonObject freezeParams(const FreezeWindowInput &in)
{
    return {{QStringLiteral("name"), in.name},
            {QStringLiteral("start"), timeParam(in.start)},
            {QStringLiteral("end"), timeParam(in.end)},
            {QStringLiteral("reason"), in.reason},
            {QStringLiteral("allow_override"), in.allowOverride},
            {QStringLiteral("assets"), QJsonArray::fromStringList(in.assets)}};
}

QJsonObject policyParams(const ApprovalPolicy &p)
{
    QJsonArray steps;
    for (const auto &s : p.steps)
        steps.append(s.toJson());
    QJsonObject o{{QStringLiteral("name"), p.name},
                  {QStringLiteral("change_types"), names(p.changeTypes)},
                  {QStringLiteral("priorities"), names(p.priorities)},
                  {QStringLiteral("risk_levels"), names(p.riskLevels)},
                  {QStringLiteral("assets"), QJsonArray::fromStringList(p.assets)},
                  {QStringLiteral("steps"), steps}};
    if (p.position > 0)
        o.insert(QStringLiteral("position"), p.position);
    return o;
}

QJsonObject templateParams(const ChangeTemplate &t)
{
    QJsonObject o{{QStringLiteral("name"), t.name},
                  {QStringLiteral("title"), t.title},
                  {QStringLiteral("description"), t.description},
                  {QStringLiteral("implementation_plan"), t.implementationPlan},
                  {QStringLiteral("rollback_plan"), t.rollbackPlan},
                  {QStringLiteral("test_plan"), t.testPlan},
                  {QStringLiteral("affected_assets"), QJsonArray::fromStringList(t.assets)},
                  {QStringLiteral("priority"), toString(t.priority)},
                  {QStringLiteral("min_lead_time_hours"), t.minLeadTimeHours}};
    if (t.riskLevel)
        o.insert(QStringLiteral("risk_level"), toString(*t.riskLevel));
    return o;
}

QJsonObject questionParams(const RiskQuestion &q)
{
    QJsonArray choices;
    for (const auto &c : q.choices)
        choices.append(
            QJsonObject{{QStringLiteral("label"), c.label}, {QStringLiteral("score"), c.score}});
    return {{QStringLiteral("key"), q.key},
            {QStringLiteral("text"), q.text},
            {QStringLiteral("weight"), q.weight},
            {QStringLiteral("choices"), choices}};
}

QJsonObject csvImportParams(const QByteArray &data, bool dryRun, const CsvReading &how)
{
    QJsonObject p{{QStringLiteral("data"), QString::fromLatin1(data.toBase64())}};
    if (dryRun)
        p.insert(QStringLiteral("dry_run"), true);
    if (how.delimiter)
        p.insert(QStringLiteral("delimiter"), QString(*how.delimiter));
    if (how.encoding)
        p.insert(QStringLiteral("encoding"), CsvDialect::encodingName(*how.encoding));
    return p;
}

QJsonObject maintenanceParams(const MaintenanceWindow &w)
{
    return {{QStringLiteral("asset"), w.asset},
            {QStringLiteral("weekday"), w.weekday},
            {QStringLiteral("start"), w.start.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("duration_minutes"), w.durationMinutes},
            {QStringLiteral("time_zone"), QString::fromLatin1(w.timeZone)}};
}

QJsonObject metricsParams(const MetricsQuery &q)
{
    QJsonObject o{{QStringLiteral("from"), timeParam(q.from)},
                  {QStringLiteral("to"), timeParam(q.to)}};
    if (!q.asset.isEmpty())
        o.insert(QStringLiteral("asset"), q.asset);
    if (q.changeType)
        o.insert(QStringLiteral("change_type"), toString(*q.changeType));
    return o;
}

QJsonObject endpointParams(const WebhookEndpointInput &in)
{
    QJsonObject o{{QStringLiteral("name"), in.name},
                  {QStringLiteral("url"), in.url},
                  {QStringLiteral("events"), QJsonArray::fromStringList(in.events)},
                  {QStringLiteral("format"), in.format}};
    if (!in.secret.isEmpty())
        o.insert(QStringLiteral("secret"), in.secret);
    return o;
}

QJsonObject approvalSettingsParams(const ApprovalSettingsChange &c)
{
    QJsonObject o;
    auto set = [&o](const char *key, const std::optional<bool> &v) {
        if (v)
            o.insert(QLatin1String(key), *v);
    };
    set("distinct_people", c.distinctPeople);
    set("bulk_enabled", c.bulkEnabled);
    if (c.bulkMaxRisk)
        o.insert(QStringLiteral("bulk_max_risk"), toString(*c.bulkMaxRisk));
    set("bulk_allow_conflicts", c.bulkAllowConflicts);
    set("bulk_allow_emergency", c.bulkAllowEmergency);
    return o;
}

} // namespace vigilo::api
