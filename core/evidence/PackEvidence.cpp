#include "PackEvidence.h"

#include "AuditLog.h"
#include "Dialect.h"
#include "PackImpact.h"
#include "Tr.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace vigilo::evidence {

namespace {

QJsonArray toArray(const QList<QJsonObject> &objects)
{
    QJsonArray a;
    for (const QJsonObject &o : objects)
        a.append(o);
    return a;
}

QDateTime timeOf(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    return Dialect::fromDb(v.toString());
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// The snapshot holds only what this change's own audited actions change: the upstream changes'
// status or an edited risk questionnaire must not make an old pack look tampered with.
QJsonObject snapshotOf(const Source &r)
{
    QJsonObject change = r.change.toJson();
    // Derived flags, not the record (overrunning depends on when you look).
    change.remove(QStringLiteral("overrunning"));
    change.remove(QStringLiteral("risk_assessed"));
    QJsonArray deps;
    for (const DependencyRef &d : r.change.dependencies)
        deps.append(formatChangeNumber(d.number));
    change.insert(QStringLiteral("dependencies"), deps);

    QList<QJsonObject> steps, tasks, comments, attachments;
    for (const ApprovalStep &s : r.steps)
        steps << s.toJson();
    for (const ChangeTask &t : r.tasks)
        tasks << t.toJson();
    for (const Comment &c : r.comments)
        comments << c.toJson();
    for (const Attachment &a : r.attachments)
        attachments << a.toJson();
    QStringList keys = r.risk.answers.keys();
    keys.sort();
    QJsonArray answers;
    for (const QString &k : keys) {
        const RiskAnswer &a = r.risk.answers.value(k);
        answers.append(QJsonObject{{QStringLiteral("question"), a.key},
                                   {QStringLiteral("choice"), a.choice},
                                   {QStringLiteral("answered_by"), a.answeredBy},
                                   {QStringLiteral("answered_at"), jsonTime(a.answeredAt)}});
    }
    return {{QStringLiteral("change"), change},
            {QStringLiteral("approval_steps"), toArray(steps)},
            {QStringLiteral("tasks"), toArray(tasks)},
            {QStringLiteral("risk_answers"), answers},
            {QStringLiteral("comments"), toArray(comments)},
            {QStringLiteral("attachments"), toArray(attachments)}};
}

ChangeRequest changeFrom(const QJsonObject &o)
{
    ChangeRequest c;
    c.number = parseChangeNumber(str(o, "number")).value_or(0);
    c.title = str(o, "title");
    c.description = str(o, "description");
    c.changeType = parseChangeType(str(o, "change_type")).value_or(ChangeType::Normal);
    c.templateName = str(o, "template");
    c.priority = parsePriority(str(o, "priority")).value_or(Priority::Medium);
    c.riskLevel = parseRiskLevel(str(o, "risk_level"));
    c.plannedStart = timeOf(o.value(QStringLiteral("planned_start")));
    c.plannedEnd = timeOf(o.value(QStringLiteral("planned_end")));
    for (const QJsonValue &a : o.value(QStringLiteral("affected_assets")).toArray())
        c.affectedAssets << a.toString();
    c.minLeadTimeHours = o.value(QStringLiteral("min_lead_time_hours")).toInt();
    c.implementationPlan = str(o, "implementation_plan");
    c.rollbackPlan = str(o, "rollback_plan");
    c.testPlan = str(o, "test_plan");
    c.assignee = str(o, "assignee");
    c.requester = str(o, "requester");
    c.status = parseChangeStatus(str(o, "status")).value_or(ChangeStatus::Draft);
    c.closureCode = parseClosureCode(str(o, "closure_code"));
    c.closureNotes = str(o, "closure_notes");
    c.closedAt = timeOf(o.value(QStringLiteral("closed_at")));
    c.closedBy = str(o, "closed_by");
    c.rolledBackAt = timeOf(o.value(QStringLiteral("rolled_back_at")));
    c.rolledBackBy = str(o, "rolled_back_by");
    c.rollbackReason = str(o, "rollback_reason");
    c.submittedAt = timeOf(o.value(QStringLiteral("submitted_at")));
    c.approvedAt = timeOf(o.value(QStringLiteral("approved_at")));
    c.startedAt = timeOf(o.value(QStringLiteral("started_at")));
    c.cancelledAt = timeOf(o.value(QStringLiteral("cancelled_at")));
    c.cancelReason = str(o, "cancel_reason");
    c.approvalConditions = str(o, "approval_conditions");
    c.version = o.value(QStringLiteral("version")).toInt();
    c.createdAt = timeOf(o.value(QStringLiteral("created_at")));
    c.updatedAt = timeOf(o.value(QStringLiteral("updated_at")));
    return c;
}

ApprovalStep stepFrom(const QJsonObject &o)
{
    ApprovalStep s;
    s.round = o.value(QStringLiteral("round")).toInt();
    s.stepOrder = o.value(QStringLiteral("step_order")).toInt();
    s.name = str(o, "name");
    s.eligibleRole = parseRole(str(o, "eligible_role")).value_or(Role::Approver);
    for (const QJsonValue &m : o.value(QStringLiteral("eligible_members")).toArray())
        s.eligibleMembers << m.toString();
    s.requiredApprovals = o.value(QStringLiteral("required_approvals")).toInt();
    s.source = str(o, "source");
    s.status = parseStepStatus(str(o, "status")).value_or(StepStatus::Waiting);
    s.decidedAt = timeOf(o.value(QStringLiteral("decided_at")));
    for (const QJsonValue &v : o.value(QStringLiteral("decisions")).toArray()) {
        const QJsonObject d = v.toObject();
        ApprovalDecision ad;
        ad.member = str(d, "member");
        ad.approved = str(d, "decision") == QLatin1String("approved");
        ad.comment = str(d, "comment");
        ad.decidedAt = timeOf(d.value(QStringLiteral("decided_at")));
        s.decisions << ad;
    }
    return s;
}

ChangeTask taskFrom(const QJsonObject &o)
{
    ChangeTask t;
    t.seq = o.value(QStringLiteral("seq")).toInt();
    t.title = str(o, "title");
    t.isRequired = o.value(QStringLiteral("is_required")).toBool();
    t.status = parseTaskStatus(str(o, "status")).value_or(TaskStatus::Pending);
    for (const QJsonValue &p : o.value(QStringLiteral("predecessors")).toArray())
        t.predecessors << p.toInt();
    t.startedAt = timeOf(o.value(QStringLiteral("started_at")));
    t.startedBy = str(o, "started_by");
    t.finishedAt = timeOf(o.value(QStringLiteral("finished_at")));
    t.finishedBy = str(o, "finished_by");
    return t;
}

AuditEvent eventFrom(const QJsonObject &o)
{
    AuditEvent e;
    e.seq = o.value(QStringLiteral("seq")).toInteger();
    e.at = timeOf(o.value(QStringLiteral("at")));
    e.actor = str(o, "actor");
    e.action = str(o, "action");
    e.entity = str(o, "entity");
    e.entityId = o.value(QStringLiteral("entity_id")).toInteger();
    e.changeNumber = o.value(QStringLiteral("change_number")).toInt();
    e.oldValues = o.value(QStringLiteral("old")).toObject();
    e.newValues = o.value(QStringLiteral("new")).toObject();
    e.prevHash = str(o, "prev_hash");
    e.hash = str(o, "hash");
    return e;
}

QJsonObject riskJson(const RiskProfile &p)
{
    QJsonArray questions;
    for (const RiskQuestion &q : p.questions)
        questions.append(q.toJson());
    return {{QStringLiteral("questions"), questions},
            {QStringLiteral("answered"), p.answered},
            {QStringLiteral("total"), p.total},
            {QStringLiteral("score"), p.score ? QJsonValue(*p.score) : QJsonValue()},
            {QStringLiteral("suggestion"),
             p.suggestion ? QJsonValue(toString(*p.suggestion)) : QJsonValue()}};
}

RiskProfile riskFrom(const QJsonObject &o, const QJsonArray &answers)
{
    RiskProfile p;
    for (const QJsonValue &v : o.value(QStringLiteral("questions")).toArray()) {
        const QJsonObject q = v.toObject();
        RiskQuestion rq;
        rq.key = str(q, "key");
        rq.position = q.value(QStringLiteral("position")).toInt();
        rq.text = str(q, "text");
        rq.weight = q.value(QStringLiteral("weight")).toInt();
        for (const QJsonValue &c : q.value(QStringLiteral("choices")).toArray())
            rq.choices << RiskChoice{str(c.toObject(), "label"),
                                     c.toObject().value(QStringLiteral("score")).toInt()};
        p.questions << rq;
    }
    for (const QJsonValue &v : answers) {
        const QJsonObject a = v.toObject();
        RiskAnswer ra;
        ra.key = str(a, "question");
        ra.choice = a.value(QStringLiteral("choice")).toInt();
        ra.answeredBy = str(a, "answered_by");
        ra.answeredAt = timeOf(a.value(QStringLiteral("answered_at")));
        p.answers.insert(ra.key, ra);
    }
    p.answered = o.value(QStringLiteral("answered")).toInt();
    p.total = o.value(QStringLiteral("total")).toInt();
    if (o.value(QStringLiteral("score")).isDouble())
        p.score = o.value(QStringLiteral("score")).toInt();
    p.suggestion = parseRiskLevel(str(o, "suggestion"));
    return p;
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const char *k : {"justification", "reason", "comment", "text"})
            if (o.value(QLatin1String(k)).isString())
                return o.value(QLatin1String(k)).toString();
    }
    return {};
}

// What auditors look for first, from the change and its events.
QList<PackException> exceptionsOf(const PackData &d)
{
    QList<PackException> out;
    const ChangeRequest &c = d.change;
    if (c.changeType == ChangeType::Emergency) {
        PackException e;
        e.kind = PackException::Emergency;
        e.at = c.createdAt;
        e.actor = c.requester;
        out << e;
    }
    bool startMarked = false;
    qsizetype startAt = -1; // where the start event falls among the exceptions
    for (const AuditEvent &ev : d.events) {
        if (ev.action == QLatin1String("change.start"))
            startAt = out.size();
        const QJsonObject &n = ev.newValues;
        if (n.value(QStringLiteral("freeze_override")).isObject()) {
            const QJsonObject fo = n.value(QStringLiteral("freeze_override")).toObject();
            QStringList windows;
            for (const QJsonValue &w : fo.value(QStringLiteral("freeze_windows")).toArray())
                windows << w.toObject().value(QStringLiteral("name")).toString();
            out << PackException{PackException::FreezeOverride, ev.at, ev.actor,
                                 fo.value(QStringLiteral("justification")).toString(),
                                 windows.join(QStringLiteral(", "))};
        }
        if (ev.action == QLatin1String("change.start") && n.contains(QStringLiteral("exception"))) {
            // Recorded by the start rule when a change starts outside its planned window.
            startMarked = true;
            out << PackException{PackException::OutsideWindow, ev.at, ev.actor,
                                 text(n.value(QStringLiteral("exception"))), QString()};
        }
        if (ev.action == QLatin1String("risk.override"))
            out << PackException{PackException::RiskOverride, ev.at, ev.actor,
                                 n.value(QStringLiteral("reason")).toString(),
                                 n.value(QStringLiteral("suggested_risk_level")).toString()
                                     + QLatin1Char('>')
                                     + n.value(QStringLiteral("risk_level")).toString()};
        // The reason a reopening needs (older histories: its comment).
        if (ev.action == QLatin1String("change.reopen"))
            out << PackException{PackException::Reopened, ev.at, ev.actor,
                                 n.value(QStringLiteral("reason"))
                                     .toString(n.value(QStringLiteral("comment")).toString()),
                                 QString()};
        if (ev.action == QLatin1String("change.rollback"))
            out << PackException{PackException::RolledBack, ev.at, ev.actor,
                                 n.value(QStringLiteral("rollback_reason")).toString(), QString()};
    }
    // Without a recorded marker the window still tells: a start before or after it.
    if (!startMarked && c.startedAt.isValid() && c.plannedStart.isValid()
        && (c.startedAt < c.plannedStart
            || (c.plannedEnd.isValid() && c.startedAt >= c.plannedEnd))) {
        QString actor;
        for (const AuditEvent &ev : d.events)
            if (ev.action == QLatin1String("change.start"))
                actor = ev.actor;
        out.insert(
            startAt < 0 ? out.size() : startAt,
            PackException{PackException::OutsideWindow, c.startedAt, actor, QString(), QString()});
    }
    // In the order they happened.
    std::stable_sort(out.begin(), out.end(),
                     [](const PackException &a, const PackException &b) { return a.at < b.at; });
    return out;
}

} // namespace

QString format()
{
    return QStringLiteral("vigilo-evidence/2");
}

QString fileName()
{
    return QStringLiteral("evidence.json");
}

QJsonObject eventJson(const AuditEvent &e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("at"), Dialect::toDb(e.at).toString()},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("entity"), e.entity},
            {QStringLiteral("entity_id"), e.entityId},
            {QStringLiteral("change_number"), e.changeNumber},
            {QStringLiteral("old"), e.oldValues},
            {QStringLiteral("new"), e.newValues},
            {QStringLiteral("prev_hash"), e.prevHash},
            {QStringLiteral("hash"), e.hash}};
}

QJsonObject records(const Source &s, qint64 throughSeq)
{
    QJsonArray history;
    for (const AuditEvent &e : s.events)
        if (e.seq <= throughSeq)
            history.append(eventJson(e));
    return {{QStringLiteral("format"), format()},
            {QStringLiteral("workspace"), s.workspace.slug},
            {QStringLiteral("change"), s.change.numberText()},
            {QStringLiteral("through_seq"), throughSeq},
            {QStringLiteral("history"), history},
            {QStringLiteral("snapshot"), snapshotOf(s)}};
}

QJsonObject document(const Source &s, const Context &c)
{
    QJsonObject doc = records(s, s.workspaceSeq);
    QJsonObject names;
    for (auto it = c.names.constBegin(); it != c.names.constEnd(); ++it)
        names.insert(it.key(), it.value());
    QJsonArray deps;
    for (const DependencyRef &d : s.change.dependencies)
        deps.append(d.toJson());
    doc.insert(QStringLiteral("chain_head"),
               QJsonObject{{QStringLiteral("seq"), s.workspaceSeq},
                           {QStringLiteral("hash"), s.workspaceHead}});
    doc.insert(QStringLiteral("context"),
               QJsonObject{{QStringLiteral("workspace_name"), s.workspace.name},
                           {QStringLiteral("locale"), c.locale},
                           {QStringLiteral("generated_at"), jsonTime(c.generatedAt)},
                           {QStringLiteral("exported_by"), c.exportedBy},
                           {QStringLiteral("names"), names},
                           {QStringLiteral("dependencies"), deps},
                           {QStringLiteral("risk"), riskJson(s.risk)},
                           {QStringLiteral("impact"), impactJson(s.impact)},
                           {QStringLiteral("signer"), c.signer.toJson()},
                           {QStringLiteral("generator"),
                            QString(QStringLiteral("Vigilo ") + QStringLiteral(VIGILO_VERSION))},
                           {QStringLiteral("layout"), kLayout}});
    return doc;
}

QByteArray bytesOf(const QJsonObject &doc)
{
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

QString digestOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<PackData> parse(const QByteArray &bytes)
{
    QJsonParseError err;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &err);
    const QJsonObject o = json.object();
    if (err.error != QJsonParseError::NoError || !json.isObject() || str(o, "format") != format())
        return Error::input(
            CoreText::tr("The embedded evidence is not Vigilo evidence (%1).")
                .arg(err.error != QJsonParseError::NoError ? err.errorString() : str(o, "format")),
            {}, QStringLiteral("evidence_invalid"));
    PackData d;
    d.format = format();
    d.digest = digestOf(bytes);
    const QJsonObject ctx = o.value(QStringLiteral("context")).toObject();
    const QJsonObject snap = o.value(QStringLiteral("snapshot")).toObject();
    d.workspace.slug = str(o, "workspace");
    d.workspace.name = str(ctx, "workspace_name");
    d.workspace.locale = str(ctx, "locale");
    d.locale = d.workspace.locale;
    d.change = changeFrom(snap.value(QStringLiteral("change")).toObject());
    for (const QJsonValue &v : ctx.value(QStringLiteral("dependencies")).toArray()) {
        const QJsonObject dep = v.toObject();
        d.change.dependencies << DependencyRef{
            parseChangeNumber(str(dep, "number")).value_or(0), str(dep, "title"),
            parseChangeStatus(str(dep, "status")).value_or(ChangeStatus::Draft)};
    }
    for (const QJsonValue &v : snap.value(QStringLiteral("approval_steps")).toArray())
        d.steps << stepFrom(v.toObject());
    for (const QJsonValue &v : snap.value(QStringLiteral("tasks")).toArray())
        d.tasks << taskFrom(v.toObject());
    d.risk = riskFrom(ctx.value(QStringLiteral("risk")).toObject(),
                      snap.value(QStringLiteral("risk_answers")).toArray());
    for (const QJsonValue &v : snap.value(QStringLiteral("comments")).toArray()) {
        const QJsonObject c = v.toObject();
        d.comments << Comment{c.value(QStringLiteral("id")).toInteger(), 0, str(c, "author"),
                              str(c, "body"), timeOf(c.value(QStringLiteral("created_at")))};
    }
    for (const QJsonValue &v : snap.value(QStringLiteral("attachments")).toArray()) {
        const QJsonObject a = v.toObject();
        d.attachments << Attachment{a.value(QStringLiteral("id")).toInteger(),
                                    0,
                                    str(a, "file_name"),
                                    str(a, "mime_type"),
                                    a.value(QStringLiteral("size")).toInteger(),
                                    str(a, "sha256"),
                                    str(a, "added_by"),
                                    timeOf(a.value(QStringLiteral("added_at")))};
    }
    for (const QJsonValue &v : o.value(QStringLiteral("history")).toArray())
        d.events << eventFrom(v.toObject());
    const QJsonObject names = ctx.value(QStringLiteral("names")).toObject();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it)
        d.names.insert(it.key(), it.value().toString());
    d.exportedBy = str(ctx, "exported_by");
    d.generatedAt = timeOf(ctx.value(QStringLiteral("generated_at")));
    d.auditSeq = o.value(QStringLiteral("through_seq")).toInteger();
    d.headHash = str(o.value(QStringLiteral("chain_head")).toObject(), "hash");
    d.generator = str(ctx, "generator");
    d.layout = ctx.value(QStringLiteral("layout")).toInt();
    const QJsonObject signer = ctx.value(QStringLiteral("signer")).toObject();
    d.signer.fingerprint = str(signer, "fingerprint");
    d.signer.subject = str(signer, "subject");
    d.signer.commonName = str(signer, "common_name");
    d.signer.issuer = str(signer, "issuer");
    d.signer.serial = str(signer, "serial");
    d.signer.notBefore = timeOf(signer.value(QStringLiteral("not_before")));
    d.signer.notAfter = timeOf(signer.value(QStringLiteral("not_after")));
    d.signer.selfSigned = signer.value(QStringLiteral("self_signed")).toBool();
    d.exceptions = exceptionsOf(d);
    if (ctx.value(QStringLiteral("impact")).isObject())
        d.impact = impactFrom(ctx.value(QStringLiteral("impact")).toObject());
    if (d.change.number <= 0 || d.auditSeq <= 0 || d.workspace.slug.isEmpty())
        return Error::input(CoreText::tr("The embedded evidence is incomplete."), {},
                            QStringLiteral("evidence_invalid"));
    return d;
}

ChainCheck checkChain(const PackData &d)
{
    ChainCheck c;
    c.events = int(d.events.size());
    qint64 lastSeq = 0;
    const AuditEvent *prev = nullptr;
    for (const AuditEvent &e : d.events) {
        if (e.seq <= lastSeq || e.seq > d.auditSeq) {
            c.message = CoreText::tr("Event #%1 is out of order in the pack's history.").arg(e.seq);
            return c;
        }
        if (AuditLog::hashOf(e, e.prevHash) != e.hash) {
            c.message = CoreText::tr("Event #%1 (%2) does not match its own hash: it was changed "
                                     "after it was recorded.")
                            .arg(e.seq)
                            .arg(e.action);
            return c;
        }
        if (prev && prev->seq + 1 == e.seq) {
            if (e.prevHash != prev->hash) {
                c.message =
                    CoreText::tr("Event #%1 does not link to event #%2.").arg(e.seq).arg(prev->seq);
                return c;
            }
            ++c.linked;
        }
        lastSeq = e.seq;
        prev = &e;
    }
    if (prev && prev->seq == d.auditSeq && prev->hash != d.headHash) {
        c.message = CoreText::tr("The last event does not match the chain head the pack covers.");
        return c;
    }
    if (d.headHash.size() != 64) {
        c.message = CoreText::tr("The pack names no chain head.");
        return c;
    }
    c.ok = true;
    c.message =
        CoreText::tr("%1 events, each matching its hash; the chain head at event #%2 is %3.")
            .arg(c.events)
            .arg(d.auditSeq)
            .arg(d.headHash.left(16) + QStringLiteral("…"));
    return c;
}

} // namespace vigilo::evidence
