#include "AuditText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigilo {

namespace {

struct Words {
    const char *key;
    const char *text;
};

// What happened, per action.
const Words kSummaries[] = {
    {"change.create", QT_TRANSLATE_NOOP("EvidencePack", "Change created")},
    {"change.edit", QT_TRANSLATE_NOOP("EvidencePack", "Change edited")},
    {"change.submit", QT_TRANSLATE_NOOP("EvidencePack", "Submitted for review")},
    {"change.approve", QT_TRANSLATE_NOOP("EvidencePack", "Approval given")},
    {"change.reject", QT_TRANSLATE_NOOP("EvidencePack", "Change rejected")},
    {"change.schedule", QT_TRANSLATE_NOOP("EvidencePack", "Change scheduled")},
    {"change.start", QT_TRANSLATE_NOOP("EvidencePack", "Implementation started")},
    {"change.complete", QT_TRANSLATE_NOOP("EvidencePack", "Change closed")},
    {"change.rollback", QT_TRANSLATE_NOOP("EvidencePack", "Change rolled back")},
    {"change.reopen", QT_TRANSLATE_NOOP("EvidencePack", "Change reopened")},
    {"change.cancel", QT_TRANSLATE_NOOP("EvidencePack", "Change cancelled")},
    {"approval.delegated",
     QT_TRANSLATE_NOOP("EvidencePack", "Decision due from an absent member: substitute notified")},
    {"task.generate", QT_TRANSLATE_NOOP("EvidencePack", "Runbook generated")},
    {"task.start", QT_TRANSLATE_NOOP("EvidencePack", "Task started")},
    {"task.done", QT_TRANSLATE_NOOP("EvidencePack", "Task done")},
    {"task.skip", QT_TRANSLATE_NOOP("EvidencePack", "Task skipped")},
    {"comment.add", QT_TRANSLATE_NOOP("EvidencePack", "Comment added")},
    {"attachment.add", QT_TRANSLATE_NOOP("EvidencePack", "Attachment added")},
    {"risk.answer", QT_TRANSLATE_NOOP("EvidencePack", "Risk question answered")},
    {"risk.accept", QT_TRANSLATE_NOOP("EvidencePack", "Suggested risk level accepted")},
    {"risk.override", QT_TRANSLATE_NOOP("EvidencePack", "Risk level overridden")},
    {"workspace.create", QT_TRANSLATE_NOOP("EvidencePack", "Workspace created")},
    {"member.add", QT_TRANSLATE_NOOP("EvidencePack", "Member added")},
    {"member.role", QT_TRANSLATE_NOOP("EvidencePack", "Role changed")},
    {"member.deactivate", QT_TRANSLATE_NOOP("EvidencePack", "Member deactivated")},
    {"asset.add", QT_TRANSLATE_NOOP("EvidencePack", "Asset added")},
    {"freeze.add", QT_TRANSLATE_NOOP("EvidencePack", "Freeze window added")},
    {"freeze.remove", QT_TRANSLATE_NOOP("EvidencePack", "Freeze window removed")},
    {"member.revoke_sessions", QT_TRANSLATE_NOOP("EvidencePack", "Member signed out everywhere")},
    {"trust.add", QT_TRANSLATE_NOOP("EvidencePack", "Certificate trusted for evidence packs")},
    {"trust.revoke", QT_TRANSLATE_NOOP("EvidencePack", "Certificate revoked")},
    {"risk.question.set", QT_TRANSLATE_NOOP("EvidencePack", "Risk question changed")},
    {"risk.question.remove", QT_TRANSLATE_NOOP("EvidencePack", "Risk question removed")},
};

// Field names of the audit records, in the order people read them.
const Words kFields[] = {
    {"task", QT_TRANSLATE_NOOP("EvidencePack", "Task")},
    {"step", QT_TRANSLATE_NOOP("EvidencePack", "Step")},
    {"on_behalf_of", QT_TRANSLATE_NOOP("EvidencePack", "On behalf of")},
    {"substitute", QT_TRANSLATE_NOOP("EvidencePack", "Substitute")},
    {"approvals", QT_TRANSLATE_NOOP("EvidencePack", "Approvals")},
    {"status", QT_TRANSLATE_NOOP("EvidencePack", "Status")},
    {"closure_code", QT_TRANSLATE_NOOP("EvidencePack", "Closure code")},
    {"closure_notes", QT_TRANSLATE_NOOP("EvidencePack", "Closure notes")},
    {"reason", QT_TRANSLATE_NOOP("EvidencePack", "Reason")},
    {"rollback_reason", QT_TRANSLATE_NOOP("EvidencePack", "Rollback reason")},
    {"cancel_reason", QT_TRANSLATE_NOOP("EvidencePack", "Cancellation reason")},
    {"comment", QT_TRANSLATE_NOOP("EvidencePack", "Comment")},
    {"body", QT_TRANSLATE_NOOP("EvidencePack", "Comment")},
    {"freeze_override", QT_TRANSLATE_NOOP("EvidencePack", "Freeze window overridden")},
    {"exception", QT_TRANSLATE_NOOP("EvidencePack", "Exception")},
    {"reapproval", QT_TRANSLATE_NOOP("EvidencePack", "Approval requested again")},
    {"pre_approved", QT_TRANSLATE_NOOP("EvidencePack", "Pre-approved standard change")},
    {"approval_steps", QT_TRANSLATE_NOOP("EvidencePack", "Approval steps")},
    {"title", QT_TRANSLATE_NOOP("EvidencePack", "Title")},
    {"description", QT_TRANSLATE_NOOP("EvidencePack", "Description")},
    {"change_type", QT_TRANSLATE_NOOP("EvidencePack", "Change type")},
    {"template", QT_TRANSLATE_NOOP("EvidencePack", "Template")},
    {"priority", QT_TRANSLATE_NOOP("EvidencePack", "Priority")},
    {"risk_level", QT_TRANSLATE_NOOP("EvidencePack", "Risk level")},
    {"suggested_risk_level", QT_TRANSLATE_NOOP("EvidencePack", "Suggested risk level")},
    {"score", QT_TRANSLATE_NOOP("EvidencePack", "Risk score")},
    {"answered", QT_TRANSLATE_NOOP("EvidencePack", "Questions answered")},
    {"question", QT_TRANSLATE_NOOP("EvidencePack", "Question")},
    {"text", QT_TRANSLATE_NOOP("EvidencePack", "Question")},
    {"answer", QT_TRANSLATE_NOOP("EvidencePack", "Answer")},
    {"weight", QT_TRANSLATE_NOOP("EvidencePack", "Weight")},
    {"planned_start", QT_TRANSLATE_NOOP("EvidencePack", "Planned start")},
    {"planned_end", QT_TRANSLATE_NOOP("EvidencePack", "Planned end")},
    {"affected_assets", QT_TRANSLATE_NOOP("EvidencePack", "Affected assets")},
    {"dependencies", QT_TRANSLATE_NOOP("EvidencePack", "Depends on")},
    {"min_lead_time_hours", QT_TRANSLATE_NOOP("EvidencePack", "Minimum lead time (hours)")},
    {"implementation_plan", QT_TRANSLATE_NOOP("EvidencePack", "Implementation plan")},
    {"rollback_plan", QT_TRANSLATE_NOOP("EvidencePack", "Rollback plan")},
    {"test_plan", QT_TRANSLATE_NOOP("EvidencePack", "Test plan")},
    {"assignee", QT_TRANSLATE_NOOP("EvidencePack", "Assignee")},
    {"requester", QT_TRANSLATE_NOOP("EvidencePack", "Requester")},
    {"submitted_at", QT_TRANSLATE_NOOP("EvidencePack", "Submitted at")},
    {"approved_at", QT_TRANSLATE_NOOP("EvidencePack", "Approved at")},
    {"started_at", QT_TRANSLATE_NOOP("EvidencePack", "Started")},
    {"closed_at", QT_TRANSLATE_NOOP("EvidencePack", "Closed at")},
    {"closed_by", QT_TRANSLATE_NOOP("EvidencePack", "Closed by")},
    {"rolled_back_at", QT_TRANSLATE_NOOP("EvidencePack", "Rolled back at")},
    {"rolled_back_by", QT_TRANSLATE_NOOP("EvidencePack", "Rolled back by")},
    {"cancelled_at", QT_TRANSLATE_NOOP("EvidencePack", "Cancelled at")},
    {"tasks", QT_TRANSLATE_NOOP("EvidencePack", "Tasks")},
    {"file_name", QT_TRANSLATE_NOOP("EvidencePack", "File")},
    {"size", QT_TRANSLATE_NOOP("EvidencePack", "Size")},
    {"username", QT_TRANSLATE_NOOP("EvidencePack", "User")},
    {"display_name", QT_TRANSLATE_NOOP("EvidencePack", "Name")},
    {"role", QT_TRANSLATE_NOOP("EvidencePack", "Role")},
    {"active", QT_TRANSLATE_NOOP("EvidencePack", "Active")},
    {"name", QT_TRANSLATE_NOOP("EvidencePack", "Name")},
    {"kind", QT_TRANSLATE_NOOP("EvidencePack", "Kind")},
    {"slug", QT_TRANSLATE_NOOP("EvidencePack", "Workspace")},
    {"owner", QT_TRANSLATE_NOOP("EvidencePack", "Owner")},
    {"locale", QT_TRANSLATE_NOOP("EvidencePack", "Language")},
    {"start", QT_TRANSLATE_NOOP("EvidencePack", "Start")},
    {"end", QT_TRANSLATE_NOOP("EvidencePack", "End")},
    {"allow_override", QT_TRANSLATE_NOOP("EvidencePack", "Can be overridden")},
    {"assets", QT_TRANSLATE_NOOP("EvidencePack", "Assets")},
    {"subject", QT_TRANSLATE_NOOP("EvidencePack", "Certificate")},
    {"fingerprint", QT_TRANSLATE_NOOP("EvidencePack", "SHA-256 fingerprint")},
    {"not_after", QT_TRANSLATE_NOOP("EvidencePack", "Valid until")},
    {"revoked_at", QT_TRANSLATE_NOOP("EvidencePack", "Revoked as of")},
};

const char *lookup(const Words *table, size_t n, const QString &key)
{
    for (size_t i = 0; i < n; ++i)
        if (key == QLatin1String(table[i].key))
            return table[i].text;
    return nullptr;
}

int fieldRank(const QString &field)
{
    const size_t n = sizeof kFields / sizeof kFields[0];
    for (size_t i = 0; i < n; ++i)
        if (field == QLatin1String(kFields[i].key))
            return int(i);
    return int(n);
}

bool isTimeField(const QString &field)
{
    return field.endsWith(QLatin1String("_at")) || field == QLatin1String("planned_start")
           || field == QLatin1String("planned_end") || field == QLatin1String("start")
           || field == QLatin1String("end") || field == QLatin1String("not_after");
}

bool isPersonField(const QString &field)
{
    return field == QLatin1String("assignee") || field == QLatin1String("requester")
           || field.endsWith(QLatin1String("_by")) || field == QLatin1String("owner");
}

template <typename E>
QString enumLabel(const AuditText::Translate &tr, const QString &value,
                  std::optional<E> (*parse)(const QString &))
{
    const std::optional<E> v = parse(value);
    if (!v)
        return value;
    const LabelSource s = labelSource(*v);
    return tr("Vigilo", s.source, s.comment, -1);
}

} // namespace

AuditText::AuditText()
    : AuditText([](const char *context, const char *source, const char *comment,
                   int n) { return QCoreApplication::translate(context, source, comment, n); },
                QLocale(),
                [](const QDateTime &t) {
                    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
                },
                [](const QString &username) { return username; })
{}

AuditText::AuditText(Translate translate, QLocale locale, TimeText time, PersonText person)
    : m_translate(std::move(translate))
    , m_locale(std::move(locale))
    , m_time(std::move(time))
    , m_person(std::move(person))
{}

QString AuditText::t(const char *source) const
{
    return m_translate("EvidencePack", source, nullptr, -1);
}

QString AuditText::summary(const AuditEvent &e) const
{
    if (const char *text = lookup(kSummaries, sizeof kSummaries / sizeof kSummaries[0], e.action))
        return t(text);
    return e.action;
}

QString AuditText::fieldLabel(const QString &field) const
{
    if (field == QLatin1String("sha256"))
        return QStringLiteral("SHA-256");
    if (const char *text = lookup(kFields, sizeof kFields / sizeof kFields[0], field))
        return t(text);
    return field;
}

QString AuditText::valueText(const QString &field, const QJsonValue &v) const
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QStringLiteral("–");
    case QJsonValue::Bool:
        return v.toBool() ? t(QT_TRANSLATE_NOOP("EvidencePack", "yes"))
                          : t(QT_TRANSLATE_NOOP("EvidencePack", "no"));
    case QJsonValue::Double: return m_locale.toString(v.toDouble(), 'g', 15);
    case QJsonValue::String: {
        const QString s = v.toString();
        if (s.isEmpty())
            return QStringLiteral("–");
        if (field == QLatin1String("status"))
            return enumLabel<ChangeStatus>(m_translate, s, &parseChangeStatus);
        if (field == QLatin1String("change_type"))
            return enumLabel<ChangeType>(m_translate, s, &parseChangeType);
        if (field == QLatin1String("priority"))
            return enumLabel<Priority>(m_translate, s, &parsePriority);
        if (field == QLatin1String("risk_level") || field == QLatin1String("suggested_risk_level"))
            return enumLabel<RiskLevel>(m_translate, s, &parseRiskLevel);
        if (field == QLatin1String("closure_code"))
            return enumLabel<ClosureCode>(m_translate, s, &parseClosureCode);
        if (field == QLatin1String("role") || field == QLatin1String("eligible_role"))
            return enumLabel<Role>(m_translate, s, &parseRole);
        if (isTimeField(field)) {
            const QDateTime time = QDateTime::fromString(s, Qt::ISODateWithMs);
            if (time.isValid())
                return m_time(time.toUTC());
        }
        if (isPersonField(field))
            return m_person(s);
        return s;
    }
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            return QStringLiteral("–");
        QStringList parts;
        if (field == QLatin1String("tasks")) {
            // The runbook as generated: numbered, one per line.
            for (int i = 0; i < a.size(); ++i)
                parts << QStringLiteral("%1. %2").arg(i + 1).arg(valueText({}, a.at(i)));
            return parts.join(QLatin1Char('\n'));
        }
        for (const QJsonValue &e : a)
            parts << (e.isObject() ? e.toObject().value(QStringLiteral("name")).toString()
                                   : valueText(field, e));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (field == QLatin1String("freeze_override")) {
            QStringList windows;
            for (const QJsonValue &w : o.value(QStringLiteral("freeze_windows")).toArray())
                windows << QStringLiteral("“%1”").arg(
                    w.toObject().value(QStringLiteral("name")).toString());
            return windows.join(QStringLiteral(", ")) + QStringLiteral(" — ")
                   + o.value(QStringLiteral("justification")).toString();
        }
        if (o.contains(QStringLiteral("name")))
            return o.value(QStringLiteral("name")).toString();
        for (const char *k : {"justification", "reason", "text"})
            if (o.value(QLatin1String(k)).isString())
                return o.value(QLatin1String(k)).toString();
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    }
    return {};
}

QStringList AuditText::details(const AuditEvent &e) const
{
    const QJsonObject &o = e.oldValues;
    const QJsonObject &n = e.newValues;
    QStringList keys = n.keys();
    for (const QString &k : o.keys())
        if (!keys.contains(k))
            keys << k;
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const int ra = fieldRank(a), rb = fieldRank(b);
        return ra != rb ? ra < rb : a < b;
    });
    QStringList lines;
    // A task is named once, by its number and title.
    const bool task = e.entity == QLatin1String("task")
                      && (n.contains(QStringLiteral("seq")) || o.contains(QStringLiteral("seq")));
    if (task) {
        const QJsonObject &which = n.contains(QStringLiteral("seq")) ? n : o;
        lines << fieldLabel(QStringLiteral("task")) + QStringLiteral(": ")
                     + QStringLiteral("%1 “%2”")
                           .arg(which.value(QStringLiteral("seq")).toInt())
                           .arg(which.value(QStringLiteral("title")).toString());
    }
    const QString arrow = QStringLiteral(" → ");
    for (const QString &k : keys) {
        if (task && (k == QLatin1String("seq") || k == QLatin1String("title")))
            continue;
        const bool hasOld = o.contains(k), hasNew = n.contains(k);
        if (hasOld && hasNew && o.value(k) == n.value(k))
            continue; // identifies the record, says nothing about the change
        QString line = fieldLabel(k) + QStringLiteral(": ");
        if (hasOld && hasNew)
            line += valueText(k, o.value(k)) + arrow + valueText(k, n.value(k));
        else if (hasNew)
            line += valueText(k, n.value(k));
        else
            line += valueText(k, o.value(k)) + arrow + QStringLiteral("–");
        lines << line;
    }
    return lines;
}

} // namespace vigilo
