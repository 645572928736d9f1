#include "ChangeView.h"

#include "Output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace vigilo::cli {

namespace {

// An unanswered questionnaire is "not assessed", never a level.
QString risk(const std::optional<RiskLevel> &r)
{
    return r ? toString(*r) : QCoreApplication::translate("vigilo-cli", "not assessed");
}

QString jsonText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("∅");
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString shorten(QString s, int max)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s.size() > max ? s.left(max - 1) + QStringLiteral("…") : s;
}
} // namespace

QString changeTable(const QList<ChangeSummary> &changes)
{
    if (changes.isEmpty())
        return QCoreApplication::translate("vigilo-cli", "No changes.");
    Table t({QCoreApplication::translate("vigilo-cli", "NUMBER"),
             QCoreApplication::translate("vigilo-cli", "STATUS"),
             QCoreApplication::translate("vigilo-cli", "TYPE"),
             QCoreApplication::translate("vigilo-cli", "PRIORITY"),
             QCoreApplication::translate("vigilo-cli", "RISK"),
             QCoreApplication::translate("vigilo-cli", "PLANNED START"),
             QCoreApplication::translate("vigilo-cli", "ASSIGNEE"),
             QCoreApplication::translate("vigilo-cli", "TITLE")});
    for (const ChangeSummary &c : changes)
        t.addRow({formatChangeNumber(c.number),
                  c.overrunning ? QCoreApplication::translate("vigilo-cli", "%1 (overrunning)")
                                      .arg(toString(c.status))
                                : toString(c.status),
                  toString(c.changeType), toString(c.priority), risk(c.riskLevel),
                  formatTime(c.plannedStart), orDash(c.assignee), c.title});
    return t.render();
}

QString stepsBlock(const QList<ApprovalStep> &steps)
{
    if (steps.isEmpty())
        return QCoreApplication::translate("vigilo-cli", "  (no approval steps)\n");
    QString out;
    for (const ApprovalStep &s : steps) {
        const QString who = s.eligibleMembers.isEmpty()
                                ? QCoreApplication::translate("vigilo-cli", "%1 or above")
                                      .arg(toString(s.eligibleRole))
                                : s.eligibleMembers.join(QStringLiteral(", "));
        out += QStringLiteral("  ")
               + QCoreApplication::translate("vigilo-cli",
                                             "round %1, step %2: %3 [%4] — %5, %n approvals needed",
                                             nullptr, s.requiredApprovals)
                     .arg(s.round)
                     .arg(s.stepOrder)
                     .arg(s.name, toString(s.status), who)
               + QLatin1Char('\n');
        for (const ApprovalDecision &d : s.decisions) {
            out += QStringLiteral("    ") + formatTime(d.decidedAt) + QLatin1Char(' ') + d.member
                   + QLatin1Char(' ')
                   + (d.approved ? QCoreApplication::translate("vigilo-cli", "approved")
                                 : QCoreApplication::translate("vigilo-cli", "rejected"));
            if (!d.comment.isEmpty())
                out += QStringLiteral(": ") + d.comment;
            out += QLatin1Char('\n');
        }
    }
    return out;
}

QString tasksTable(const QList<ChangeTask> &tasks)
{
    if (tasks.isEmpty())
        return QCoreApplication::translate("vigilo-cli",
                                           "  (no tasks; run \"task generate CHG\")\n");
    Table t({QCoreApplication::translate("vigilo-cli", "SEQ"),
             QCoreApplication::translate("vigilo-cli", "STATUS"),
             QCoreApplication::translate("vigilo-cli", "REQUIRED"),
             QCoreApplication::translate("vigilo-cli", "AFTER"),
             QCoreApplication::translate("vigilo-cli", "BY"),
             QCoreApplication::translate("vigilo-cli", "TITLE")});
    for (const ChangeTask &k : tasks) {
        QStringList preds;
        for (int p : k.predecessors)
            preds << QString::number(p);
        const QString by = !k.finishedBy.isEmpty() ? k.finishedBy : k.startedBy;
        t.addRow({QString::number(k.seq), toString(k.status),
                  k.isRequired ? QCoreApplication::translate("vigilo-cli", "yes")
                               : QCoreApplication::translate("vigilo-cli", "no"),
                  preds.isEmpty() ? QStringLiteral("-") : preds.join(QLatin1Char(',')), orDash(by),
                  k.title});
    }
    return indentLines(t.render(), 2);
}

QString changeDetail(const ChangeRequest &c, const QList<ApprovalStep> &steps,
                     const QList<ChangeTask> &tasks)
{
    QString out = c.numberText() + QStringLiteral("  ") + c.title + QLatin1Char('\n');
    out += field(QCoreApplication::translate("vigilo-cli", "Status"), toString(c.status));
    if (c.overrunning)
        out += field(QCoreApplication::translate("vigilo-cli", "Overrunning"),
                     QCoreApplication::translate("vigilo-cli",
                                                 "yes: still in progress after its planned end %1")
                         .arg(formatTime(c.plannedEnd)));
    out += field(QCoreApplication::translate("vigilo-cli", "Type"), toString(c.changeType));
    out += field(QCoreApplication::translate("vigilo-cli", "Priority"), toString(c.priority));
    out += field(QCoreApplication::translate("vigilo-cli", "Risk"), risk(c.riskLevel));
    out += field(QCoreApplication::translate("vigilo-cli", "Requester"), c.requester);
    out += field(QCoreApplication::translate("vigilo-cli", "Assignee"), c.assignee);
    out += field(QCoreApplication::translate("vigilo-cli", "Planned start"),
                 formatTime(c.plannedStart));
    out +=
        field(QCoreApplication::translate("vigilo-cli", "Planned end"), formatTime(c.plannedEnd));
    out += field(QCoreApplication::translate("vigilo-cli", "Lead time"),
                 QCoreApplication::translate("vigilo-cli", "%1 h").arg(c.minLeadTimeHours));
    out += field(QCoreApplication::translate("vigilo-cli", "Version"), QString::number(c.version));
    out += field(QCoreApplication::translate("vigilo-cli", "Created"), formatTime(c.createdAt));
    out += field(QCoreApplication::translate("vigilo-cli", "Updated"), formatTime(c.updatedAt));
    if (c.submittedAt.isValid())
        out += field(QCoreApplication::translate("vigilo-cli", "Submitted"),
                     formatTime(c.submittedAt));
    if (c.approvedAt.isValid())
        out +=
            field(QCoreApplication::translate("vigilo-cli", "Approved"), formatTime(c.approvedAt));
    if (c.startedAt.isValid())
        out += field(QCoreApplication::translate("vigilo-cli", "Started"), formatTime(c.startedAt));
    if (c.closureCode || c.closedAt.isValid()) {
        out += field(QCoreApplication::translate("vigilo-cli", "Closure code"),
                     c.closureCode ? toString(*c.closureCode) : QString());
        out += field(QCoreApplication::translate("vigilo-cli", "Closure notes"), c.closureNotes);
        out += field(QCoreApplication::translate("vigilo-cli", "Closed"),
                     formatTime(c.closedAt) + QLatin1Char(' ') + c.closedBy);
    }
    if (c.rolledBackAt.isValid()) {
        out += field(QCoreApplication::translate("vigilo-cli", "Rolled back"),
                     formatTime(c.rolledBackAt) + QLatin1Char(' ') + c.rolledBackBy);
        out +=
            field(QCoreApplication::translate("vigilo-cli", "Rollback reason"), c.rollbackReason);
    }
    if (c.cancelledAt.isValid()) {
        out += field(QCoreApplication::translate("vigilo-cli", "Cancelled"),
                     formatTime(c.cancelledAt));
        out += field(QCoreApplication::translate("vigilo-cli", "Cancel reason"), c.cancelReason);
    }
    out += field(QCoreApplication::translate("vigilo-cli", "Assets"),
                 c.affectedAssets.join(QStringLiteral(", ")));
    QStringList deps;
    for (const DependencyRef &d : c.dependencies)
        deps << formatChangeNumber(d.number) + QStringLiteral(" (") + toString(d.status)
                    + QStringLiteral(") ") + d.title;
    out += field(QCoreApplication::translate("vigilo-cli", "Depends on"),
                 deps.join(QStringLiteral("\n") + QString(21, QLatin1Char(' '))));
    const QList<std::pair<QString, QString>> texts{
        {QCoreApplication::translate("vigilo-cli", "Description"), c.description},
        {QCoreApplication::translate("vigilo-cli", "Implementation plan"), c.implementationPlan},
        {QCoreApplication::translate("vigilo-cli", "Rollback plan"), c.rollbackPlan},
        {QCoreApplication::translate("vigilo-cli", "Test plan"), c.testPlan}};
    for (const auto &[label, text] : texts) {
        out += QLatin1Char('\n') + label + QStringLiteral(":\n");
        out += text.trimmed().isEmpty() ? QStringLiteral("  -\n") : indentLines(text, 2);
    }
    out += QLatin1Char('\n') + QCoreApplication::translate("vigilo-cli", "Approval steps:")
           + QLatin1Char('\n') + stepsBlock(steps);
    out += QLatin1Char('\n') + QCoreApplication::translate("vigilo-cli", "Tasks:")
           + QLatin1Char('\n') + tasksTable(tasks);
    return out;
}

QString historyLines(const QList<AuditEvent> &events)
{
    if (events.isEmpty())
        return QCoreApplication::translate("vigilo-cli", "No history.");
    QString out;
    for (const AuditEvent &e : events) {
        QStringList keys = e.oldValues.keys() + e.newValues.keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        QStringList parts;
        for (const QString &k : keys) {
            const bool hasOld = e.oldValues.contains(k);
            const bool hasNew = e.newValues.contains(k);
            if (hasOld && hasNew && e.oldValues.value(k) == e.newValues.value(k))
                parts << k + QStringLiteral("=") + shorten(jsonText(e.newValues.value(k)), 60);
            else if (hasOld && hasNew)
                parts << k + QStringLiteral(": ") + shorten(jsonText(e.oldValues.value(k)), 60)
                             + QStringLiteral(" → ") + shorten(jsonText(e.newValues.value(k)), 60);
            else if (hasNew)
                parts << k + QStringLiteral("=") + shorten(jsonText(e.newValues.value(k)), 60);
            else
                parts << k + QStringLiteral(": ") + shorten(jsonText(e.oldValues.value(k)), 60)
                             + QStringLiteral(" → ∅");
        }
        out += formatTime(e.at) + QLatin1Char(' ') + e.actor + QLatin1Char(' ') + e.action;
        const QString onBehalfOf = e.newValues.value(QStringLiteral("on_behalf_of")).toString();
        if (!onBehalfOf.isEmpty()) // a substitute's decision (delegation)
            out += QLatin1Char(' ')
                   + QCoreApplication::translate("vigilo-cli", "(decided by %1 on behalf of %2)")
                         .arg(e.actor, onBehalfOf);
        if (!parts.isEmpty())
            out += QLatin1Char(' ') + parts.join(QStringLiteral("; "));
        out += QLatin1Char('\n');
    }
    return out;
}

QString conflictsBlock(const ConflictSummary &summary)
{
    if (summary.isEmpty())
        return QCoreApplication::translate("vigilo-cli", "No conflicts.");
    Table t({QCoreApplication::translate("vigilo-cli", "KIND"),
             QCoreApplication::translate("vigilo-cli", "WHAT"),
             QCoreApplication::translate("vigilo-cli", "START"),
             QCoreApplication::translate("vigilo-cli", "END"),
             QCoreApplication::translate("vigilo-cli", "WHY")});
    for (const Conflict &c : summary.conflicts) {
        QString what = c.number ? formatChangeNumber(c.number) : c.title;
        if (c.number && !c.status.isEmpty())
            what += QStringLiteral(" (") + c.status + QLatin1Char(')');
        if (c.kind == QStringLiteral("freeze") && c.allowOverride)
            what += QLatin1Char(' ') + QCoreApplication::translate("vigilo-cli", "(overridable)");
        const QString kind =
            c.indirect ? QCoreApplication::translate("vigilo-cli", "change (indirect)") : c.kind;
        t.addRow({kind, what, formatTime(c.start), formatTime(c.end), c.reason});
    }
    return t.render();
}

QString similarTable(const QList<SimilarChange> &similar)
{
    if (similar.isEmpty())
        return QCoreApplication::translate("vigilo-cli", "No similar changes.");
    Table t({QCoreApplication::translate("vigilo-cli", "NUMBER"),
             QCoreApplication::translate("vigilo-cli", "SCORE"),
             QCoreApplication::translate("vigilo-cli", "STATUS"),
             QCoreApplication::translate("vigilo-cli", "CLOSURE"),
             QCoreApplication::translate("vigilo-cli", "SHARED ASSETS"),
             QCoreApplication::translate("vigilo-cli", "TITLE")});
    for (const SimilarChange &s : similar)
        t.addRow({formatChangeNumber(s.number), QString::number(s.score, 'f', 2),
                  toString(s.status),
                  s.closureCode ? toString(*s.closureCode) : QStringLiteral("-"),
                  orDash(s.sharedAssets.join(QLatin1Char(','))), s.title});
    return t.render();
}

} // namespace vigilo::cli
