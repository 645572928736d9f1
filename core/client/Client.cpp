#include "Client.h"

#include "Api.h"
#include "ChangeRows.h"
#include "ClientReplies.h"
#include "Tr.h"

#include <QCoreApplication>

namespace vigilo::client {

using namespace vigilo::api;

namespace {

Result<SubstituteSweep> sweepAnswer(const Result<QJsonValue> &r)
{
    if (!r)
        return r.error();
    const QJsonObject o = r->toObject();
    return SubstituteSweep{o.value(QStringLiteral("examined")).toInt(),
                           o.value(QStringLiteral("told")).toInt(),
                           o.value(QStringLiteral("more")).toBool()};
}

// The parameters naming `workspace` when given (else the client's own is added).
QJsonObject inWorkspace(const QString &workspace)
{
    return workspace.isEmpty() ? QJsonObject{}
                               : QJsonObject{{QStringLiteral("workspace"), workspace}};
}

QList<int> changeNumbers(const QJsonValue &v)
{
    QList<int> out;
    for (const QJsonValue &n : v.toArray())
        out << parseChangeNumber(n.toString()).value_or(0);
    return out;
}

QJsonObject object(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &f : fields)
        o.insert(f.first, f.second);
    return o;
}

QJsonValue numberParam(int number)
{
    return formatChangeNumber(number);
}

} // namespace

Result<ChangeView> readChangeView(const QJsonValue &answer)
{
    if (!answer.isObject())
        return malformed(QStringLiteral("object"));
    const QJsonObject o = answer.toObject();
    ChangeView v;
    auto change = decode<ChangeRequest>(o.value(QStringLiteral("change")));
    if (!change)
        return change.error();
    v.change = *change;
    // Absent only when asked for partial and unreadable (readChangeViewExtras says why).
    if (o.contains(QStringLiteral("approval_steps"))) {
        auto steps = decodeList<ApprovalStep>(o.value(QStringLiteral("approval_steps")));
        if (!steps)
            return steps.error();
        v.steps = *steps;
    }
    if (o.contains(QStringLiteral("tasks"))) {
        auto tasks = decodeList<ChangeTask>(o.value(QStringLiteral("tasks")));
        if (!tasks)
            return tasks.error();
        v.tasks = *tasks;
    }
    for (const QJsonValue &a : o.value(QStringLiteral("available_actions")).toArray())
        if (auto action = parseAction(a.toString()))
            v.availableActions << *action;
    v.canEdit = o.value(QStringLiteral("can_edit")).toBool();
    if (o.contains(QStringLiteral("conflicts_summary"))) {
        auto c = decode<ConflictSummary>(o.value(QStringLiteral("conflicts_summary")));
        if (!c)
            return c.error();
        v.conflicts = *c;
    }
    if (o.contains(QStringLiteral("history"))) {
        auto h = decodeList<AuditEvent>(o.value(QStringLiteral("history")));
        if (!h)
            return h.error();
        v.history = *h;
    }
    return readChangeViewExtras(o, v);
}

Client::Client(std::unique_ptr<Transport> transport, const QString &workspace)
    : m_transport(std::move(transport))
    , m_workspace(workspace)
{}

Client::~Client() = default;

QJsonObject Client::withWorkspace(const QString &method, QJsonObject params) const
{
    const Method *m = api::find(method);
    if (m && m->scope == Scope::Workspace && !m_workspace.isEmpty()
        && !params.contains(QStringLiteral("workspace")))
        params.insert(QStringLiteral("workspace"), m_workspace);
    return params;
}

Status Transport::waitFor(const QFuture<void> &answer)
{
    // In process every answer is there before the call returns.
    while (!answer.isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return {};
}

Result<QJsonValue> Client::call(const QString &method, const QJsonObject &params)
{
    return m_transport->call(method, withWorkspace(method, params));
}

QFuture<Result<QJsonValue>> Client::callAsync(const QString &method, const QJsonObject &params)
{
    return m_transport->callAsync(method, withWorkspace(method, params));
}

Result<DatabaseInfo> Client::databaseInfo()
{
    auto r = call(QStringLiteral("database.info"));
    if (!r)
        return r.error();
    const QJsonObject o = r->toObject();
    return DatabaseInfo{o.value(QStringLiteral("backend")).toString(),
                        o.value(QStringLiteral("schema_version")).toInt()};
}

Result<Workspace> Client::createWorkspace(const QString &slug, const QString &name,
                                          const QString &locale, const QString &ownerName)
{
    return now(createWorkspaceAsync(slug, name, locale, ownerName));
}

QFuture<Result<Workspace>> Client::createWorkspaceAsync(const QString &slug, const QString &name,
                                                        const QString &locale,
                                                        const QString &ownerName)
{
    QJsonObject p{{QStringLiteral("slug"), slug}, {QStringLiteral("name"), name}};
    if (!locale.isEmpty())
        p.insert(QStringLiteral("locale"), locale);
    if (!ownerName.isEmpty())
        p.insert(QStringLiteral("owner_name"), ownerName);
    return callAsync(QStringLiteral("workspace.create"), p).then([](const Result<QJsonValue> &r) {
        return field<Workspace>(r, "workspace");
    });
}

Result<QList<Workspace>> Client::workspaces(bool all)
{
    QJsonObject p;
    if (all)
        p.insert(QStringLiteral("all"), true);
    return listField<Workspace>(call(QStringLiteral("workspace.list"), p), "workspaces");
}

namespace {
Result<Actor> actorAnswer(const Result<QJsonValue> &r)
{
    auto workspace = field<Workspace>(r, "workspace");
    if (!workspace)
        return workspace.error();
    auto member = field<Member>(r, "member");
    if (!member)
        return member.error();
    return Actor{*workspace, *member};
}
} // namespace

Result<Actor> Client::openWorkspace(const QString &slug)
{
    return actorAnswer(call(QStringLiteral("workspace.open"), inWorkspace(slug)));
}

QFuture<Result<Actor>> Client::openWorkspaceAsync(const QString &slug)
{
    return callAsync(QStringLiteral("workspace.open"), inWorkspace(slug)).then(&actorAnswer);
}

namespace {
QJsonObject demoParams(const DemoRequest &request)
{
    QJsonObject p;
    if (request.changes)
        p.insert(QStringLiteral("changes"), *request.changes);
    if (request.seed)
        p.insert(QStringLiteral("seed"), qint64(*request.seed));
    if (request.assets)
        p.insert(QStringLiteral("assets"), *request.assets);
    if (!request.anchor.isEmpty())
        p.insert(QStringLiteral("anchor"), request.anchor);
    return p;
}

Result<DemoSummary> demoAnswer(const Result<QJsonValue> &r)
{
    if (!r)
        return r.error();
    const QJsonObject d = r->toObject().value(QStringLiteral("demo")).toObject();
    return DemoSummary{d.value(QStringLiteral("slug")).toString(),
                       d.value(QStringLiteral("changes")).toInt(),
                       d.value(QStringLiteral("members")).toInt(),
                       d.value(QStringLiteral("assets")).toInt(),
                       qint64(d.value(QStringLiteral("audit_events")).toDouble()),
                       d.value(QStringLiteral("relations")).toInt()};
}
} // namespace

Result<DemoSummary> Client::buildDemo(const DemoRequest &request)
{
    return demoAnswer(call(QStringLiteral("demo.build"), demoParams(request)));
}

QFuture<Result<DemoSummary>> Client::buildDemoAsync(const DemoRequest &request)
{
    return callAsync(QStringLiteral("demo.build"), demoParams(request)).then(&demoAnswer);
}

Result<QList<Member>> Client::members()
{
    return listField<Member>(call(QStringLiteral("workspace.members")), "members");
}

Result<MemberAdded> Client::addMember(const QString &username, Role role,
                                      const QString &displayName)
{
    return now(addMemberAsync(username, role, displayName));
}

QFuture<Result<MemberAdded>> Client::addMemberAsync(const QString &username, Role role,
                                                    const QString &displayName)
{
    QJsonObject p{{QStringLiteral("username"), username}, {QStringLiteral("role"), toString(role)}};
    if (!displayName.isEmpty())
        p.insert(QStringLiteral("name"), displayName);
    return callAsync(QStringLiteral("member.add"), p)
        .then([](const Result<QJsonValue> &r) -> Result<MemberAdded> {
            auto m = field<Member>(r, "member");
            if (!m)
                return m.error();
            const QJsonObject o = r->toObject();
            return MemberAdded{
                *m, o.value(QStringLiteral("enrollment_code")).toString(),
                QDateTime::fromString(o.value(QStringLiteral("enrollment_expires_at")).toString(),
                                      Qt::ISODate)};
        });
}

Result<Member> Client::setRole(const QString &username, Role role)
{
    return now(setRoleAsync(username, role));
}

QFuture<Result<Member>> Client::setRoleAsync(const QString &username, Role role)
{
    return callAsync(QStringLiteral("member.set_role"),
                     object({{QStringLiteral("username"), username},
                             {QStringLiteral("role"), toString(role)}}))
        .then([](const Result<QJsonValue> &r) { return field<Member>(r, "member"); });
}

Result<Member> Client::deactivateMember(const QString &username)
{
    return now(deactivateMemberAsync(username));
}

QFuture<Result<Member>> Client::deactivateMemberAsync(const QString &username)
{
    return callAsync(QStringLiteral("member.deactivate"),
                     object({{QStringLiteral("username"), username}}))
        .then([](const Result<QJsonValue> &r) { return field<Member>(r, "member"); });
}

Result<Member> Client::reactivateMember(const QString &username)
{
    return now(reactivateMemberAsync(username));
}

QFuture<Result<Member>> Client::reactivateMemberAsync(const QString &username)
{
    return callAsync(QStringLiteral("member.reactivate"),
                     object({{QStringLiteral("username"), username}}))
        .then([](const Result<QJsonValue> &r) { return field<Member>(r, "member"); });
}

Result<SessionRevocation> Client::revokeSessions(const QString &username)
{
    return now(revokeSessionsAsync(username));
}

QFuture<Result<SessionRevocation>> Client::revokeSessionsAsync(const QString &username)
{
    return callAsync(QStringLiteral("member.revoke_sessions"),
                     object({{QStringLiteral("username"), username}}))
        .then([](const Result<QJsonValue> &r) -> Result<SessionRevocation> {
            auto m = field<Member>(r, "member");
            if (!m)
                return m.error();
            return SessionRevocation{*m, r->toObject().value(QStringLiteral("sessions")).toInt()};
        });
}

Result<Workspace> Client::renameWorkspace(const QString &name)
{
    return now(renameWorkspaceAsync(name));
}

QFuture<Result<Workspace>> Client::renameWorkspaceAsync(const QString &name)
{
    return callAsync(QStringLiteral("workspace.rename"), object({{QStringLiteral("name"), name}}))
        .then([](const Result<QJsonValue> &r) { return field<Workspace>(r, "workspace"); });
}

Result<Workspace> Client::setPackLanguage(const QString &locale)
{
    return now(setPackLanguageAsync(locale));
}

QFuture<Result<Workspace>> Client::setPackLanguageAsync(const QString &locale)
{
    return callAsync(QStringLiteral("workspace.set_pack_language"),
                     object({{QStringLiteral("locale"), locale}}))
        .then([](const Result<QJsonValue> &r) { return field<Workspace>(r, "workspace"); });
}

Result<Administration> readAdministration(const QJsonValue &answer)
{
    if (!answer.isObject())
        return malformed(QStringLiteral("object"));
    const QJsonObject o = answer.toObject();
    Administration a;
    // Each part into its field; the first malformed part is the answer.
    const auto into = [&o](const char *key, auto &out) -> Status {
        using T = std::decay_t<decltype(out)>;
        auto r = decode<T>(o.value(QLatin1String(key)));
        if (!r)
            return r.error();
        out = *r;
        return {};
    };
    const auto listInto = [&o](const char *key, auto &out) -> Status {
        using T = typename std::decay_t<decltype(out)>::value_type;
        auto r = decodeList<T>(o.value(QLatin1String(key)));
        if (!r)
            return r.error();
        out = *r;
        return {};
    };
    VIGILO_TRY(into("rights", a.rights));
    VIGILO_TRY(into("workspace", a.workspace));
    VIGILO_TRY(listInto("members", a.members));
    VIGILO_TRY(listInto("freeze_windows", a.freezeWindows));
    VIGILO_TRY(listInto("policies", a.policies));
    VIGILO_TRY(listInto("templates", a.templates));
    VIGILO_TRY(listInto("risk_questions", a.risk.questions));
    a.risk.requiredAnswers = o.value(QStringLiteral("required_answers")).toInt();
    return a;
}
Result<Administration> Client::administration()
{
    auto r = call(QStringLiteral("workspace.administration"));
    if (!r)
        return r.error();
    return readAdministration(*r);
}

QFuture<Result<Administration>> Client::administrationAsync()
{
    return callAsync(QStringLiteral("workspace.administration"))
        .then([](const Result<QJsonValue> &r) -> Result<Administration> {
            if (!r)
                return r.error();
            return readAdministration(*r);
        });
}

Result<Asset> Client::addAsset(const QString &name, const QString &kind)
{
    AssetInput in;
    in.name = name;
    in.kind = kind;
    return addAsset(in);
}

Result<QList<Asset>> Client::assets()
{
    return listField<Asset>(call(QStringLiteral("asset.list")), "assets");
}

Result<FreezeWindow> Client::addFreezeWindow(const FreezeWindowInput &input)
{
    return now(addFreezeWindowAsync(input));
}

QFuture<Result<FreezeWindow>> Client::addFreezeWindowAsync(const FreezeWindowInput &input)
{
    return callAsync(QStringLiteral("freeze.add"), freezeParams(input))
        .then([](const Result<QJsonValue> &r) { return field<FreezeWindow>(r, "freeze_window"); });
}

Result<QList<FreezeWindow>> Client::freezeWindows()
{
    return listField<FreezeWindow>(call(QStringLiteral("freeze.list")), "freeze_windows");
}

Result<FreezeWindow> Client::removeFreezeWindow(qint64 id)
{
    return now(removeFreezeWindowAsync(id));
}

QFuture<Result<FreezeWindow>> Client::removeFreezeWindowAsync(qint64 id)
{
    return callAsync(QStringLiteral("freeze.remove"), object({{QStringLiteral("id"), id}}))
        .then([](const Result<QJsonValue> &r) { return field<FreezeWindow>(r, "removed"); });
}

Result<AuditVerification> Client::verifyAudit()
{
    return field<AuditVerification>(call(QStringLiteral("audit.verify")), "audit_verification");
}

Result<QList<AuditEvent>> Client::auditLog(int limit)
{
    return listField<AuditEvent>(
        call(QStringLiteral("audit.log"), object({{QStringLiteral("limit"), limit}})), "events");
}

QFuture<Result<QList<AuditEvent>>> Client::auditLogAsync(int limit)
{
    return callAsync(QStringLiteral("audit.log"), object({{QStringLiteral("limit"), limit}}))
        .then([](const Result<QJsonValue> &r) { return listField<AuditEvent>(r, "events"); });
}

Result<ChangeRequest> Client::createChange(const ChangeDraft &draft, const QString &templateName)
{
    QJsonObject p = draftParams(draft);
    if (!templateName.isEmpty())
        p.insert(QStringLiteral("template"), templateName);
    return field<ChangeRequest>(call(QStringLiteral("change.create"), p), "change");
}

Result<ChangeRequest> Client::editChange(int number, const ChangeDraft &draft,
                                         std::optional<int> expectedVersion)
{
    QJsonObject p = draftParams(draft);
    p.insert(QStringLiteral("number"), numberParam(number));
    if (expectedVersion)
        p.insert(QStringLiteral("expected_version"), *expectedVersion);
    return field<ChangeRequest>(call(QStringLiteral("change.edit"), p), "change");
}

Result<ChangeRequest> Client::change(int number)
{
    return field<ChangeRequest>(call(QStringLiteral("change.get"),
                                     object({{QStringLiteral("number"), numberParam(number)}})),
                                "change");
}

Result<ChangeView> Client::openChange(int number, bool withConflicts, bool withHistory)
{
    auto r = call(QStringLiteral("change.open"),
                  object({{QStringLiteral("number"), numberParam(number)},
                          {QStringLiteral("with_conflicts"), withConflicts},
                          {QStringLiteral("with_history"), withHistory}}));
    if (!r)
        return r.error();
    return readChangeView(*r);
}

QFuture<Result<ChangeView>> Client::openChangeAsync(int number, const ChangeOpenOptions &options)
{
    return callAsync(QStringLiteral("change.open"),
                     object({{QStringLiteral("number"), numberParam(number)},
                             {QStringLiteral("with_risk"), options.withRisk},
                             {QStringLiteral("with_assignees"), options.withAssignees},
                             {QStringLiteral("partial"), options.partial}}))
        .then([](const Result<QJsonValue> &r) -> Result<ChangeView> {
            if (!r)
                return r.error();
            return readChangeView(*r);
        });
}

QFuture<Result<ChangeView>> Client::openChangeAsync(int number)
{
    return callAsync(QStringLiteral("change.open"),
                     object({{QStringLiteral("number"), numberParam(number)}}))
        .then([](const Result<QJsonValue> &r) -> Result<ChangeView> {
            if (!r)
                return r.error();
            return readChangeView(*r);
        });
}

namespace {

// The workspace of the asking view, when it names one.
QJsonObject inWorkspace(QJsonObject params, const QString &workspace)
{
    if (!workspace.isEmpty())
        params.insert(QStringLiteral("workspace"), workspace);
    return params;
}

QJsonObject impactParams(int number, const ImpactLimits &limits)
{
    QJsonObject p{{QStringLiteral("number"), numberParam(number)}};
    if (limits.maxDepth != ImpactLimits::kDefaultDepth)
        p.insert(QStringLiteral("depth"), limits.maxDepth);
    if (limits.maxItems != ImpactLimits::kDefaultItems)
        p.insert(QStringLiteral("limit"), limits.maxItems);
    return p;
}

QJsonObject excludeParams(int number, const QString &asset, const QString &reason)
{
    return object({{QStringLiteral("number"), numberParam(number)},
                   {QStringLiteral("asset"), asset},
                   {QStringLiteral("reason"), reason}});
}

QJsonObject includeParams(int number, const QString &asset)
{
    return object(
        {{QStringLiteral("number"), numberParam(number)}, {QStringLiteral("asset"), asset}});
}

} // namespace

Result<ImpactReport> Client::impact(int number, const ImpactLimits &limits)
{
    return field<ImpactReport>(call(QStringLiteral("change.impact"), impactParams(number, limits)),
                               "impact");
}

QFuture<Result<ImpactReport>> Client::impactAsync(int number, const QString &workspace)
{
    return callAsync(QStringLiteral("change.impact"),
                     inWorkspace(impactParams(number, {}), workspace))
        .then([](const Result<QJsonValue> &r) { return field<ImpactReport>(r, "impact"); });
}

Result<ImpactExclusion> Client::excludeImpact(int number, const QString &asset,
                                              const QString &reason)
{
    return field<ImpactExclusion>(
        call(QStringLiteral("impact.exclude"), excludeParams(number, asset, reason)), "exclusion");
}

QFuture<Result<ImpactExclusion>> Client::excludeImpactAsync(int number, const QString &asset,
                                                            const QString &reason,
                                                            const QString &workspace)
{
    return callAsync(QStringLiteral("impact.exclude"),
                     inWorkspace(excludeParams(number, asset, reason), workspace))
        .then([](const Result<QJsonValue> &r) { return field<ImpactExclusion>(r, "exclusion"); });
}

Status Client::includeImpact(int number, const QString &asset)
{
    return done(call(QStringLiteral("impact.include"), includeParams(number, asset)));
}

QFuture<Status> Client::includeImpactAsync(int number, const QString &asset,
                                           const QString &workspace)
{
    return callAsync(QStringLiteral("impact.include"),
                     inWorkspace(includeParams(number, asset), workspace))
        .then([](const Result<QJsonValue> &r) { return done(r); });
}

Result<QList<ChangeSummary>> Client::changes(const ChangeFilter &filter)
{
    return changesWith(filterParams(filter));
}

Result<QList<ChangeSummary>> Client::changesWith(const QJsonObject &params)
{
    return changeListAnswer(call(QStringLiteral("change.list"), inRows(params)));
}

QFuture<Result<QList<ChangeSummary>>> Client::changesAsync(const ChangeFilter &filter)
{
    return changesWithAsync(filterParams(filter));
}

QFuture<Result<QList<ChangeSummary>>> Client::changesWithAsync(const QJsonObject &params)
{
    // Decoded where the answer arrives (the local reader's thread), not on the GUI's.
    return callAsync(QStringLiteral("change.list"), inRows(params))
        .then([](const Result<QJsonValue> &r) { return changeListAnswer(r); });
}

Result<ChangeRequest> Client::apply(int number, Action action, const TransitionInput &input)
{
    QJsonObject p = transitionParams(input);
    p.insert(QStringLiteral("number"), numberParam(number));
    p.insert(QStringLiteral("action"), toString(action));
    return field<ChangeRequest>(call(QStringLiteral("change.apply"), p), "change");
}

QFuture<Result<ChangeRequest>> Client::applyAsync(int number, Action action,
                                                  const TransitionInput &input)
{
    QJsonObject p = transitionParams(input);
    p.insert(QStringLiteral("number"), numberParam(number));
    p.insert(QStringLiteral("action"), toString(action));
    return callAsync(QStringLiteral("change.apply"), p).then([](const Result<QJsonValue> &r) {
        return field<ChangeRequest>(r, "change");
    });
}

Result<QList<AuditEvent>> Client::changeHistory(int number)
{
    return listField<AuditEvent>(call(QStringLiteral("change.history"),
                                      object({{QStringLiteral("number"), numberParam(number)}})),
                                 "events");
}

Result<ConflictSummary> Client::conflicts(int number)
{
    return field<ConflictSummary>(call(QStringLiteral("change.conflicts"),
                                       object({{QStringLiteral("number"), numberParam(number)}})),
                                  "conflicts_summary");
}

Result<QList<SimilarChange>> Client::similar(int number, int limit)
{
    return listField<SimilarChange>(call(QStringLiteral("change.similar"),
                                         object({{QStringLiteral("number"), numberParam(number)},
                                                 {QStringLiteral("limit"), limit}})),
                                    "similar_changes");
}

Result<FreeSlot> Client::nextFreeSlot(int number, const QDateTime &notBefore, int horizonDays)
{
    QJsonObject p{{QStringLiteral("number"), numberParam(number)},
                  {QStringLiteral("horizon_days"), horizonDays}};
    if (notBefore.isValid())
        p.insert(QStringLiteral("after"), notBefore.toUTC().toString(Qt::ISODateWithMs));
    return field<FreeSlot>(call(QStringLiteral("change.next_slot"), p), "next_slot");
}

Result<ApprovalPolicy> Client::addPolicy(const ApprovalPolicy &policy)
{
    return now(addPolicyAsync(policy));
}

QFuture<Result<ApprovalPolicy>> Client::addPolicyAsync(const ApprovalPolicy &policy)
{
    return callAsync(QStringLiteral("policy.add"), policyParams(policy))
        .then([](const Result<QJsonValue> &r) { return field<ApprovalPolicy>(r, "policy"); });
}

Result<QList<ApprovalPolicy>> Client::policies()
{
    return listField<ApprovalPolicy>(call(QStringLiteral("policy.list")), "policies");
}

Result<ApprovalPolicy> Client::setPolicyActive(const QString &name, bool active)
{
    return now(setPolicyActiveAsync(name, active));
}

QFuture<Result<ApprovalPolicy>> Client::setPolicyActiveAsync(const QString &name, bool active)
{
    return callAsync(QStringLiteral("policy.set_active"),
                     object({{QStringLiteral("name"), name}, {QStringLiteral("active"), active}}))
        .then([](const Result<QJsonValue> &r) { return field<ApprovalPolicy>(r, "policy"); });
}

Result<PolicyExplanation> Client::explainPolicy(int number)
{
    return now(explainPolicyAsync(number));
}

QFuture<Result<PolicyExplanation>> Client::explainPolicyAsync(int number)
{
    return callAsync(QStringLiteral("policy.explain"),
                     object({{QStringLiteral("number"), numberParam(number)}}))
        .then(
            [](const Result<QJsonValue> &r) { return field<PolicyExplanation>(r, "explanation"); });
}

Result<ChangeTemplate> Client::addTemplate(const ChangeTemplate &tmpl)
{
    return now(addTemplateAsync(tmpl));
}

QFuture<Result<ChangeTemplate>> Client::addTemplateAsync(const ChangeTemplate &tmpl)
{
    return callAsync(QStringLiteral("template.add"), templateParams(tmpl))
        .then([](const Result<QJsonValue> &r) { return field<ChangeTemplate>(r, "template"); });
}

Result<QList<ChangeTemplate>> Client::templates()
{
    return listField<ChangeTemplate>(call(QStringLiteral("template.list")), "templates");
}

Result<ChangeTemplate> Client::setTemplateActive(const QString &name, bool active)
{
    return now(setTemplateActiveAsync(name, active));
}

QFuture<Result<ChangeTemplate>> Client::setTemplateActiveAsync(const QString &name, bool active)
{
    return callAsync(QStringLiteral("template.set_active"),
                     object({{QStringLiteral("name"), name}, {QStringLiteral("active"), active}}))
        .then([](const Result<QJsonValue> &r) { return field<ChangeTemplate>(r, "template"); });
}

Result<RiskQuestionnaire> Client::riskQuestions()
{
    auto r = call(QStringLiteral("risk.questions"));
    auto qs = listField<RiskQuestion>(r, "questions");
    if (!qs)
        return qs.error();
    return RiskQuestionnaire{*qs, r->toObject().value(QStringLiteral("required_answers")).toInt()};
}

Result<RiskProfile> Client::riskProfile(int number)
{
    return field<RiskProfile>(call(QStringLiteral("risk.show"),
                                   object({{QStringLiteral("number"), numberParam(number)}})),
                              "risk");
}

Result<RiskProfile> Client::answerRisk(int number, const QString &key, const QString &choice)
{
    return field<RiskProfile>(
        call(QStringLiteral("risk.answer"), object({{QStringLiteral("number"), numberParam(number)},
                                                    {QStringLiteral("key"), key},
                                                    {QStringLiteral("choice"), choice}})),
        "risk");
}

Result<ChangeRequest> Client::acceptRisk(int number, std::optional<RiskLevel> level,
                                         const QString &reason)
{
    QJsonObject p{{QStringLiteral("number"), numberParam(number)}};
    if (level)
        p.insert(QStringLiteral("level"), toString(*level));
    if (!reason.isEmpty())
        p.insert(QStringLiteral("reason"), reason);
    return field<ChangeRequest>(call(QStringLiteral("risk.accept"), p), "change");
}

Result<RiskQuestion> Client::setRiskQuestion(const RiskQuestion &question)
{
    return now(setRiskQuestionAsync(question));
}

QFuture<Result<RiskQuestion>> Client::setRiskQuestionAsync(const RiskQuestion &question)
{
    return callAsync(QStringLiteral("risk.question_set"), questionParams(question))
        .then([](const Result<QJsonValue> &r) { return field<RiskQuestion>(r, "question"); });
}

Status Client::removeRiskQuestion(const QString &key)
{
    return now(removeRiskQuestionAsync(key));
}

QFuture<Status> Client::removeRiskQuestionAsync(const QString &key)
{
    return callAsync(QStringLiteral("risk.question_remove"), object({{QStringLiteral("key"), key}}))
        .then([](const Result<QJsonValue> &r) { return done(r); });
}

Result<MaintenanceWindow> Client::addMaintenanceWindow(const MaintenanceWindow &window)
{
    return field<MaintenanceWindow>(
        call(QStringLiteral("maintenance.add"), maintenanceParams(window)), "maintenance_window");
}

Result<QList<MaintenanceWindow>> Client::maintenanceWindows(const QString &asset)
{
    QJsonObject p;
    if (!asset.isEmpty())
        p.insert(QStringLiteral("asset"), asset);
    return listField<MaintenanceWindow>(call(QStringLiteral("maintenance.list"), p),
                                        "maintenance_windows");
}

Result<QByteArray> Client::calendarIcs(int *events)
{
    auto r = call(QStringLiteral("calendar.ics"));
    if (!r)
        return r.error();
    if (events)
        *events = r->toObject().value(QStringLiteral("events")).toInt();
    return r->toObject().value(QStringLiteral("ics")).toString().toUtf8();
}

Result<QByteArray> Client::exportCsv(const ChangeFilter &filter, const CsvDialect &dialect,
                                     int *rows)
{
    QJsonObject p = filterParams(filter);
    p.insert(QStringLiteral("dialect"), dialect.name);
    p.insert(QStringLiteral("encoding"), CsvDialect::encodingName(dialect.encoding));
    auto r = call(QStringLiteral("csv.export"), p);
    if (!r)
        return r.error();
    const QJsonObject o = r->toObject();
    if (rows)
        *rows = o.value(QStringLiteral("rows")).toInt();
    return QByteArray::fromBase64(o.value(QStringLiteral("csv")).toString().toLatin1());
}

Result<CsvImportAnswer> Client::importCsv(const QByteArray &data, bool dryRun,
                                          const CsvReading &how)
{
    return now(importCsvAsync(data, dryRun, how));
}

QFuture<Result<CsvImportAnswer>> Client::importCsvAsync(const QByteArray &data, bool dryRun,
                                                        const CsvReading &how)
{
    return callAsync(QStringLiteral("csv.import"), csvImportParams(data, dryRun, how))
        .then([](const Result<QJsonValue> &r) -> Result<CsvImportAnswer> {
            auto preview = field<CsvPreview>(r, "preview");
            if (!preview)
                return preview.error();
            return CsvImportAnswer{*preview,
                                   changeNumbers(r->toObject().value(QStringLiteral("created")))};
        });
}

Result<WebhookEndpoint> Client::addWebhook(const WebhookEndpointInput &input)
{
    return field<WebhookEndpoint>(call(QStringLiteral("webhook.add"), endpointParams(input)),
                                  "webhook");
}

Result<QList<WebhookEndpoint>> Client::webhooks()
{
    return listField<WebhookEndpoint>(call(QStringLiteral("webhook.list")), "webhooks");
}

Result<WebhookEndpoint> Client::setWebhookActive(const QString &name, bool active)
{
    return field<WebhookEndpoint>(
        call(QStringLiteral("webhook.set_active"),
             object({{QStringLiteral("name"), name}, {QStringLiteral("active"), active}})),
        "webhook");
}

Status Client::removeWebhook(const QString &name)
{
    return done(call(QStringLiteral("webhook.remove"), object({{QStringLiteral("name"), name}})));
}

Result<QList<DeliveryAttempt>> Client::webhookLog(bool failedOnly, int limit)
{
    return listField<DeliveryAttempt>(
        call(QStringLiteral("webhook.log"),
             object({{QStringLiteral("failed"), failedOnly}, {QStringLiteral("limit"), limit}})),
        "deliveries");
}

Result<QString> Client::allowWebhookHost(const QString &host)
{
    auto r = call(QStringLiteral("webhook.allow_host"), object({{QStringLiteral("host"), host}}));
    if (!r)
        return r.error();
    return r->toObject().value(QStringLiteral("allowed_host")).toString();
}

Status Client::disallowWebhookHost(const QString &host)
{
    return done(
        call(QStringLiteral("webhook.disallow_host"), object({{QStringLiteral("host"), host}})));
}

Result<QStringList> Client::allowedWebhookHosts()
{
    auto r = call(QStringLiteral("webhook.allowed_hosts"));
    if (!r)
        return r.error();
    QStringList hosts;
    for (const QJsonValue &v : r->toObject().value(QStringLiteral("allowed_hosts")).toArray())
        hosts << v.toString();
    return hosts;
}

Result<OutboxItem> Client::retryDelivery(qint64 outboxId)
{
    return field<OutboxItem>(
        call(QStringLiteral("webhook.retry"), object({{QStringLiteral("id"), outboxId}})),
        "delivery");
}

Result<Subscription> Client::subscribeDesktop(const QString &asset)
{
    return field<Subscription>(
        call(QStringLiteral("subscription.add"),
             object({{QStringLiteral("asset"), asset},
                     {QStringLiteral("channel"), QStringLiteral("desktop")}})),
        "subscription");
}

Result<Subscription> Client::subscribeWebhook(const QString &asset, const QString &url,
                                              const QString &secret, const QString &format)
{
    QJsonObject p{{QStringLiteral("asset"), asset},
                  {QStringLiteral("channel"), QStringLiteral("webhook")},
                  {QStringLiteral("url"), url}};
    if (!secret.isEmpty())
        p.insert(QStringLiteral("secret"), secret);
    if (!format.isEmpty())
        p.insert(QStringLiteral("format"), format);
    return field<Subscription>(call(QStringLiteral("subscription.add"), p), "subscription");
}

Status Client::unsubscribe(const QString &asset, const QString &channel)
{
    QJsonObject p{{QStringLiteral("asset"), asset}};
    if (!channel.isEmpty())
        p.insert(QStringLiteral("channel"), channel);
    return done(call(QStringLiteral("subscription.remove"), p));
}

Result<QList<Subscription>> Client::subscriptions()
{
    return listField<Subscription>(call(QStringLiteral("subscription.list")), "subscriptions");
}

QFuture<Result<QList<Subscription>>> Client::subscriptionsAsync()
{
    return callAsync(QStringLiteral("subscription.list")).then([](const Result<QJsonValue> &r) {
        return listField<Subscription>(r, "subscriptions");
    });
}

Status Client::followChange(int number, bool follow)
{
    QJsonObject p{{QStringLiteral("number"), numberParam(number)}};
    if (!follow)
        p.insert(QStringLiteral("stop"), true);
    return done(call(QStringLiteral("change.follow"), p));
}

namespace {
Result<QList<int>> followedNumbers(const Result<QJsonValue> &r)
{
    if (!r)
        return r.error();
    QList<int> out;
    for (const QJsonValue &v : r->toObject().value(QStringLiteral("numbers")).toArray()) {
        const auto n = parseChangeNumber(v.toString());
        if (!n)
            return Error::storage(
                CoreText::tr("The server's list of followed changes holds “%1”, which is not a "
                             "change number. Check that the address is a Vigilo server of the "
                             "same version.")
                    .arg(v.toString()),
                {}, QStringLiteral("protocol_error"));
        out << *n;
    }
    return out;
}
} // namespace

Result<QList<int>> Client::followedChanges()
{
    return followedNumbers(call(QStringLiteral("change.followed")));
}

QFuture<Result<QList<int>>> Client::followedChangesAsync()
{
    return callAsync(QStringLiteral("change.followed")).then(followedNumbers);
}

namespace {
QJsonObject notificationParams(qint64 after, int limit, const QString &workspace)
{
    QJsonObject p = inWorkspace(workspace);
    p.insert(QStringLiteral("after"), after);
    p.insert(QStringLiteral("limit"), limit);
    return p;
}

Result<Client::Notifications> notificationsAnswer(const Result<QJsonValue> &r)
{
    auto events = listField<SubscriptionEvent>(r, "notifications");
    if (!events)
        return events.error();
    Client::Notifications out;
    out.events = *events;
    out.latestSeq = r->toObject().value(QStringLiteral("latest_seq")).toInteger();
    return out;
}
} // namespace

Result<Client::Notifications> Client::notifications(qint64 after, int limit)
{
    return notificationsAnswer(
        call(QStringLiteral("notification.list"), notificationParams(after, limit, {})));
}

QFuture<Result<Client::Notifications>> Client::notificationsAsync(qint64 after, int limit,
                                                                  const QString &workspace)
{
    return callAsync(QStringLiteral("notification.list"),
                     notificationParams(after, limit, workspace))
        .then(&notificationsAnswer);
}

Result<SubstituteSweep> Client::tellSubstitutes(const QString &workspace)
{
    return sweepAnswer(call(QStringLiteral("delegation.sweep"), inWorkspace(workspace)));
}

QFuture<Result<SubstituteSweep>> Client::tellSubstitutesAsync(const QString &workspace)
{
    return callAsync(QStringLiteral("delegation.sweep"), inWorkspace(workspace)).then(&sweepAnswer);
}

} // namespace vigilo::client
