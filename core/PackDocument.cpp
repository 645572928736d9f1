#include "PackDocument.h"

#include "PackText.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>

#include <cmath>

namespace vigilo {

namespace {

// Colours of the pack: a dark blue for structure, muted badges for statuses.
const char *kInk = "#1b2a3a";
const char *kAccent = "#1f4e79";
const char *kMuted = "#5f6b7a";
const char *kZebra = "#f2f5f9";
const char *kRule = "#c5ced9";

QString esc(const QString &s) { return s.toHtmlEscaped(); }

// Escaped text with its line breaks kept.
QString para(const QString &s)
{
    return esc(s.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString muted(const QString &html)
{
    return QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(QLatin1String(kMuted), html);
}

QString badge(const QString &text, const char *colour)
{
    return QStringLiteral("<span style=\"background-color:%1; color:#ffffff; font-weight:bold;\">"
                          "&nbsp;%2&nbsp;</span>")
        .arg(QLatin1String(colour), esc(text));
}

const char *colourOf(ChangeStatus s)
{
    switch (s) {
    case ChangeStatus::Completed: return "#2e7d32";
    case ChangeStatus::RolledBack: return "#c62828";
    case ChangeStatus::Rejected: return "#ad1457";
    case ChangeStatus::InProgress: return "#1565c0";
    case ChangeStatus::Approved:
    case ChangeStatus::Scheduled: return "#00796b";
    case ChangeStatus::Review: return "#e65100";
    case ChangeStatus::Draft:
    case ChangeStatus::Cancelled: return "#616161";
    }
    return "#616161";
}

const char *colourOf(TaskStatus s)
{
    switch (s) {
    case TaskStatus::Done: return "#2e7d32";
    case TaskStatus::InProgress: return "#1565c0";
    case TaskStatus::Skipped: return "#757575";
    case TaskStatus::Pending: return "#e65100";
    }
    return "#616161";
}

const char *colourOf(StepStatus s)
{
    switch (s) {
    case StepStatus::Approved: return "#2e7d32";
    case StepStatus::Rejected: return "#c62828";
    case StepStatus::Superseded: return "#757575";
    case StepStatus::Waiting:
    case StepStatus::Pending: return "#e65100";
    }
    return "#616161";
}

const char *colourOf(RiskLevel r)
{
    switch (r) {
    case RiskLevel::Low: return "#2e7d32";
    case RiskLevel::Medium: return "#e65100";
    case RiskLevel::High: return "#c62828";
    }
    return "#616161";
}

// A table whose header row repeats on every page it spans, with zebra rows. Long tables are
// emitted as consecutive chunks: QTextDocument lays out one huge table in quadratic time.
QString table(const QStringList &headers, const QList<int> &widths, const QList<QStringList> &rows,
              int chunk = 1 << 30)
{
    QString head = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                                  "style=\"border-collapse:collapse; border-color:%1; margin-top:0px; margin-bottom:0px;\">"
                                  "<thead><tr>")
                       .arg(QLatin1String(kRule));
    for (int i = 0; i < headers.size(); ++i)
        head += QStringLiteral("<th width=\"%1%\" align=\"left\" bgcolor=\"%2\">"
                               "<span style=\"color:#ffffff;\">%3</span></th>")
                    .arg(widths.value(i))
                    .arg(QLatin1String(kAccent), esc(headers.at(i)));
    head += QStringLiteral("</tr></thead>");
    QString h;
    h.reserve(256 + rows.size() * 200);
    for (int r = 0; r < rows.size() || (r == 0 && rows.isEmpty()); ++r) {
        if (r % chunk == 0) {
            if (r > 0)
                h += QStringLiteral("</table>");
            h += head;
        }
        h += (r % 2) ? QStringLiteral("<tr bgcolor=\"%1\">").arg(QLatin1String(kZebra))
                     : QStringLiteral("<tr>");
        for (const QString &cell : rows.value(r))
            h += QStringLiteral("<td valign=\"top\">") + cell + QStringLiteral("</td>");
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    return h;
}

QString section(int number, const QString &title)
{
    return QStringLiteral("<h2 style=\"color:%1;\">%2&nbsp;&nbsp;%3</h2>"
                          "<hr style=\"background-color:%1;\"/>")
        .arg(QLatin1String(kAccent))
        .arg(number)
        .arg(esc(title));
}

QString subheading(const QString &title)
{
    return QStringLiteral("<h3 style=\"color:%1;\">%2</h3>").arg(QLatin1String(kInk), esc(title));
}

// A JSON value as the history shows it: scalars plainly, lists joined, objects compact.
QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QStringLiteral("∅");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String: return v.toString().isEmpty() ? QStringLiteral("\"\"") : v.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts << valueText(e);
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

QString PackDocument::person(const QString &username) const
{
    if (username.isEmpty())
        return QStringLiteral("–");
    const QString name = m_data.names.value(username);
    if (name.isEmpty() || name == username)
        return esc(username);
    return esc(name) + QStringLiteral(" (") + esc(username) + QLatin1Char(')');
}

QString PackDocument::actionLabel(const QString &action) const
{
    static const QList<QPair<QString, const char *>> labels = {
        {QStringLiteral("change.create"), QT_TRANSLATE_NOOP("EvidencePack", "Change created")},
        {QStringLiteral("change.edit"), QT_TRANSLATE_NOOP("EvidencePack", "Change edited")},
        {QStringLiteral("change.submit"), QT_TRANSLATE_NOOP("EvidencePack", "Submitted for review")},
        {QStringLiteral("change.approve"), QT_TRANSLATE_NOOP("EvidencePack", "Approval given")},
        {QStringLiteral("change.reject"), QT_TRANSLATE_NOOP("EvidencePack", "Change rejected")},
        {QStringLiteral("change.schedule"), QT_TRANSLATE_NOOP("EvidencePack", "Change scheduled")},
        {QStringLiteral("change.start"), QT_TRANSLATE_NOOP("EvidencePack", "Implementation started")},
        {QStringLiteral("change.complete"), QT_TRANSLATE_NOOP("EvidencePack", "Change closed")},
        {QStringLiteral("change.rollback"), QT_TRANSLATE_NOOP("EvidencePack", "Change rolled back")},
        {QStringLiteral("change.reopen"), QT_TRANSLATE_NOOP("EvidencePack", "Change reopened")},
        {QStringLiteral("change.cancel"), QT_TRANSLATE_NOOP("EvidencePack", "Change cancelled")},
        {QStringLiteral("task.generate"), QT_TRANSLATE_NOOP("EvidencePack", "Runbook generated")},
        {QStringLiteral("task.start"), QT_TRANSLATE_NOOP("EvidencePack", "Task started")},
        {QStringLiteral("task.done"), QT_TRANSLATE_NOOP("EvidencePack", "Task done")},
        {QStringLiteral("task.skip"), QT_TRANSLATE_NOOP("EvidencePack", "Task skipped")},
        {QStringLiteral("comment.add"), QT_TRANSLATE_NOOP("EvidencePack", "Comment added")},
        {QStringLiteral("attachment.add"), QT_TRANSLATE_NOOP("EvidencePack", "Attachment added")},
        {QStringLiteral("risk.answer"), QT_TRANSLATE_NOOP("EvidencePack", "Risk question answered")},
        {QStringLiteral("risk.accept"), QT_TRANSLATE_NOOP("EvidencePack", "Suggested risk level accepted")},
        {QStringLiteral("risk.override"), QT_TRANSLATE_NOOP("EvidencePack", "Risk level overridden")},
    };
    for (const auto &l : labels)
        if (l.first == action)
            return m_text.t(l.second);
    return action;
}

QString PackDocument::stepSource(const QString &source) const
{
    if (source == QLatin1String("matrix:emergency"))
        return m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Built-in matrix: emergency change"));
    if (source == QLatin1String("matrix:normal"))
        return m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Built-in matrix: normal change"));
    if (source == QLatin1String("matrix:normal-high"))
        return m_text.t(QT_TRANSLATE_NOOP(
            "EvidencePack", "Built-in matrix: normal change with high risk or critical priority"));
    if (source.startsWith(QLatin1String("policy:")))
        return m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Approval policy \"%1\"")).arg(source.mid(7));
    return source;
}

QString PackDocument::cover() const
{
    const ChangeRequest &c = m_data.change;
    const QString none = muted(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "none")));
    auto window = [this, &none](const QDateTime &from, const QDateTime &to) -> QString {
        if (!from.isValid())
            return none;
        return esc(m_text.longDateTime(from)) + QStringLiteral(" –<br/>")
            + (to.isValid() ? esc(m_text.longDateTime(to)) : muted(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "open"))));
    };
    QDateTime actualEnd = c.closedAt;
    if (c.status == ChangeStatus::RolledBack)
        actualEnd = c.rolledBackAt;
    QString risk = none;
    if (c.riskLevel)
        risk = badge(m_text.label(*c.riskLevel), colourOf(*c.riskLevel));
    QString score = none;
    if (m_data.risk.score)
        score = esc(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "%1 of 100"))
                        .arg(m_text.number(*m_data.risk.score)));
    QStringList deps;
    for (const DependencyRef &d : c.dependencies)
        deps << esc(formatChangeNumber(d.number) + QStringLiteral(" ") + d.title);

    const QList<QPair<QString, QString>> fields = {
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Workspace")),
         esc(m_data.workspace.name) + QStringLiteral(" (") + esc(m_data.workspace.slug) + QLatin1Char(')')},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Status")),
         badge(m_text.label(c.status), colourOf(c.status))},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Change type")),
         esc(m_text.label(c.changeType))
             + (c.templateName.isEmpty() ? QString()
                                         : QStringLiteral("<br/>") + muted(esc(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "from template \"%1\"")).arg(c.templateName))))},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Priority")), esc(m_text.label(c.priority))},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Risk level")), risk},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Risk score")), score},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Planned window")), window(c.plannedStart, c.plannedEnd)},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Actual window")), window(c.startedAt, actualEnd)},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Requester")), person(c.requester)},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Assignee")), c.assignee.isEmpty() ? none : person(c.assignee)},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Affected assets")),
         c.affectedAssets.isEmpty() ? none : esc(c.affectedAssets.join(QStringLiteral(", ")))},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Depends on")),
         deps.isEmpty() ? none : deps.join(QStringLiteral("<br/>"))},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Minimum lead time")),
         esc(m_text.t(QT_TRANSLATE_N_NOOP("EvidencePack", "%n hour(s)"), nullptr, c.minLeadTimeHours))},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Created")),
         esc(m_text.dateTime(c.createdAt))},
    };

    QString h;
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" bgcolor=\"%1\">"
                        "<tr><td>")
             .arg(QLatin1String(kAccent));
    h += QStringLiteral("<p style=\"color:#cfe0f1; font-size:9pt; font-weight:bold;\">%1</p>")
             .arg(esc(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "EVIDENCE PACK"))));
    h += QStringLiteral("<p style=\"color:#ffffff; font-size:20pt; font-weight:bold;\">%1</p>")
             .arg(esc(c.numberText()));
    h += QStringLiteral("<p style=\"color:#ffffff; font-size:13pt;\">%1</p>").arg(esc(c.title));
    h += QStringLiteral("</td></tr></table>");

    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\" "
                        "style=\"border-collapse:collapse; border-color:%1; margin-top:10px;\">")
             .arg(QLatin1String(kRule));
    for (int i = 0; i < fields.size(); i += 2) {
        h += QStringLiteral("<tr>");
        for (int j = i; j < i + 2; ++j) {
            if (j < fields.size())
                h += QStringLiteral("<td width=\"20%\" bgcolor=\"%1\">%2</td><td width=\"30%\">%3</td>")
                         .arg(QLatin1String(kZebra), muted(esc(fields.at(j).first)), fields.at(j).second);
            else
                h += QStringLiteral("<td width=\"20%\"></td><td width=\"30%\"></td>");
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");

    // What the pack is and how to check it.
    const QString exportedBy = m_data.names.value(m_data.exportedBy).isEmpty() ? m_data.exportedBy
                                                                                : m_data.names.value(m_data.exportedBy);
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" "
                        "style=\"margin-top:12px;\" bgcolor=\"%1\"><tr><td>")
             .arg(QLatin1String(kZebra));
    h += QStringLiteral("<p style=\"font-weight:bold; color:%1;\">%2</p>")
             .arg(QLatin1String(kAccent), esc(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "About this pack"))));
    h += QStringLiteral("<p>")
        + esc(m_text.t(QT_TRANSLATE_NOOP(
                            "EvidencePack",
                            "Generated on %1 UTC by %2 from the records of workspace \"%3\". It "
                            "covers the audit history up to event #%4. All times are in UTC."))
                  .arg(m_text.longDateTime(m_data.generatedAt), exportedBy,
                       m_data.workspace.slug, m_text.number(m_data.auditSeq)))
        + QStringLiteral("</p><p>")
        + esc(m_text.t(QT_TRANSLATE_NOOP(
            "EvidencePack",
            "Every page carries the SHA-256 digest of the evidence shown. To check that this file "
            "is unaltered and still matches the immutable history, run:")))
        + QStringLiteral("</p><p style=\"font-family:'DejaVu Sans Mono'; font-size:8pt;\">"
                         "vigilo-cli -w %1 verify-pack FILE.pdf</p>")
              .arg(esc(m_data.workspace.slug));
    h += QStringLiteral("<p>%1 <span style=\"font-family:'DejaVu Sans Mono'; font-size:8pt;\">%2</span></p>")
             .arg(esc(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Evidence digest (SHA-256):"))),
                  esc(m_data.digest));
    h += QStringLiteral("</td></tr></table>");
    return h;
}

QString PackDocument::plans() const
{
    const ChangeRequest &c = m_data.change;
    const QString none = QStringLiteral("<p>") + muted(esc(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "None recorded.")))) + QStringLiteral("</p>");
    auto block = [&none](const QString &title, const QString &text) -> QString {
        return subheading(title) + (text.trimmed().isEmpty() ? none : QStringLiteral("<p>") + para(text) + QStringLiteral("</p>"));
    };
    return section(1, m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Description and plans")))
        + block(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Description")), c.description)
        + block(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Implementation plan")), c.implementationPlan)
        + block(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Rollback plan")), c.rollbackPlan)
        + block(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Test plan")), c.testPlan);
}

QString PackDocument::riskSection() const
{
    const RiskProfile &p = m_data.risk;
    QString h = section(2, m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Risk assessment")));
    QString summary = m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "%1 of %2 questions answered."))
                          .arg(m_text.number(p.answered), m_text.number(p.total));
    if (p.score)
        summary += QLatin1Char(' ')
            + m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Score: %1 of 100.")).arg(m_text.number(*p.score));
    if (p.suggestion)
        summary += QLatin1Char(' ')
            + m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Suggested risk level: %1.")).arg(m_text.label(*p.suggestion));
    h += QStringLiteral("<p>") + esc(summary) + QStringLiteral("</p>");
    QList<QStringList> rows;
    for (const RiskQuestion &q : p.questions) {
        const auto a = p.answers.constFind(q.key);
        if (a == p.answers.constEnd())
            continue;
        const QString choice = a->choice >= 0 && a->choice < q.choices.size()
            ? m_text.coreOr(q.choices.at(a->choice).label)
            : QString::number(a->choice);
        rows << QStringList{esc(m_text.coreOr(q.text)), esc(choice), m_text.number(q.weight),
                            person(a->answeredBy) + QStringLiteral("<br/>") + muted(esc(m_text.dateTime(a->answeredAt)))};
    }
    if (rows.isEmpty())
        return h + QStringLiteral("<p>") + muted(esc(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "The risk questionnaire was not answered.")))) + QStringLiteral("</p>");
    return h
        + table({m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Question")),
                 m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Answer")),
                 m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Weight")),
                 m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Answered by"))},
                {42, 28, 8, 22}, rows);
}

QString PackDocument::approvals() const
{
    QString h = section(3, m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Approval chain")));
    if (m_data.steps.isEmpty()) {
        const QString why = m_data.change.isStandard()
            ? m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Standard change: pre-approved, no approval steps."))
            : m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "No approval steps were generated."));
        return h + QStringLiteral("<p>") + muted(esc(why)) + QStringLiteral("</p>");
    }
    QList<QStringList> rows;
    for (const ApprovalStep &s : m_data.steps) {
        QString who = s.eligibleMembers.isEmpty()
            ? m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "%1 or higher")).arg(m_text.label(s.eligibleRole))
            : s.eligibleMembers.join(QStringLiteral(", "));
        const QString step = QStringLiteral("<b>") + esc(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Round %1, step %2")).arg(s.round).arg(s.stepOrder))
            + QStringLiteral("</b><br/>") + esc(m_text.coreOr(s.name)) + QStringLiteral("<br/>")
            + muted(esc(m_text.t(QT_TRANSLATE_N_NOOP("EvidencePack", "needs %n approval(s)"), nullptr, s.requiredApprovals)
                        + QStringLiteral(": ") + who));
        const QString source = esc(stepSource(s.source));
        const QString status = badge(m_text.label(s.status), colourOf(s.status));
        if (s.decisions.isEmpty()) {
            rows << QStringList{step, source, status, muted(QStringLiteral("–")), QString()};
            continue;
        }
        for (int i = 0; i < s.decisions.size(); ++i) {
            const ApprovalDecision &d = s.decisions.at(i);
            const QString decision = d.approved ? m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "approved"))
                                                : m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "rejected"));
            rows << QStringList{i == 0 ? step : QString(), i == 0 ? source : QString(),
                                i == 0 ? status : QString(),
                                person(d.member) + QStringLiteral("<br/>") + esc(decision)
                                    + QStringLiteral(", ") + esc(m_text.dateTime(d.decidedAt)),
                                d.comment.isEmpty() ? muted(QStringLiteral("–")) : para(d.comment)};
        }
    }
    return h
        + table({m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Step")),
                 m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Origin")),
                 m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Status")),
                 m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Decided by, when")),
                 m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Comment"))},
                {25, 17, 16, 22, 20}, rows);
}

QString PackDocument::runbook() const
{
    QString h = section(4, m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Runbook")));
    if (m_data.tasks.isEmpty())
        return h + QStringLiteral("<p>") + muted(esc(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "No implementation tasks were recorded.")))) + QStringLiteral("</p>");
    auto when = [this](const QString &who, const QDateTime &at) -> QString {
        if (who.isEmpty() && !at.isValid())
            return muted(QStringLiteral("–"));
        return person(who) + QStringLiteral("<br/>") + muted(esc(m_text.dateTime(at)));
    };
    QList<QStringList> rows;
    rows.reserve(m_data.tasks.size());
    for (const ChangeTask &t : m_data.tasks) {
        QString title = esc(t.title);
        if (!t.isRequired)
            title += QStringLiteral("<br/>") + muted(esc(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "optional"))));
        rows << QStringList{QString::number(t.seq), title, badge(m_text.label(t.status), colourOf(t.status)),
                            when(t.startedBy, t.startedAt), when(t.finishedBy, t.finishedAt)};
    }
    return h
        + table({QStringLiteral("#"), m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Task")),
                 m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Status")),
                 m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Started")),
                 m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Finished"))},
                {5, 37, 16, 21, 21}, rows);
}

QString PackDocument::outcome() const
{
    const ChangeRequest &c = m_data.change;
    QString h = section(5, m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Outcome")));
    auto block = [](const QString &title, const char *colour, const QList<QPair<QString, QString>> &rows) -> QString {
        QString b = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"1\" "
                                   "style=\"border-collapse:collapse; border-color:%1;\">"
                                   "<tr><td colspan=\"2\" bgcolor=\"%1\"><span style=\"color:#ffffff; font-weight:bold;\">%2</span></td></tr>")
                        .arg(QLatin1String(colour), esc(title));
        for (const auto &r : rows)
            b += QStringLiteral("<tr><td width=\"22%\" bgcolor=\"%1\">%2</td><td width=\"78%\">%3</td></tr>")
                     .arg(QLatin1String(kZebra), muted(esc(r.first)), r.second);
        return b + QStringLiteral("</table>");
    };
    if (c.status == ChangeStatus::RolledBack || c.rolledBackAt.isValid()) {
        h += block(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Rollback")), "#c62828",
                   {{m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Reason")), para(c.rollbackReason)},
                    {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Rolled back by")), person(c.rolledBackBy)},
                    {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Rolled back at")), esc(m_text.longDateTime(c.rolledBackAt))}});
    }
    if (c.closureCode) {
        const char *colour = *c.closureCode == ClosureCode::Successful ? "#2e7d32"
            : *c.closureCode == ClosureCode::SuccessfulWithIssues      ? "#e65100"
                                                                       : "#c62828";
        h += block(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Closure")), colour,
                   {{m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Closure code")), QStringLiteral("<b>") + esc(m_text.label(*c.closureCode)) + QStringLiteral("</b>")},
                    {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Closure notes")), para(c.closureNotes)},
                    {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Closed by")), person(c.closedBy)},
                    {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Closed at")), esc(m_text.longDateTime(c.closedAt))}});
    }
    if (c.status == ChangeStatus::Cancelled)
        h += block(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Cancellation")), "#616161",
                   {{m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Reason")), c.cancelReason.isEmpty() ? muted(QStringLiteral("–")) : para(c.cancelReason)},
                    {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Cancelled at")), esc(m_text.longDateTime(c.cancelledAt))}});
    if (c.status == ChangeStatus::Rejected)
        h += QStringLiteral("<p>") + esc(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "The change was rejected in review; see the approval chain for who decided and why."))) + QStringLiteral("</p>");
    if (!isTerminal(c.status) && !c.closureCode)
        h += QStringLiteral("<p>") + muted(esc(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "The change is not finished yet (status: %1)."))
                                                  .arg(m_text.label(c.status)))) + QStringLiteral("</p>");
    return h;
}

QString PackDocument::comments() const
{
    QString h = section(6, m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Comments")));
    if (m_data.comments.isEmpty())
        return h + QStringLiteral("<p>") + muted(esc(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "No comments.")))) + QStringLiteral("</p>");
    QList<QStringList> rows;
    for (const Comment &c : m_data.comments)
        rows << QStringList{person(c.author) + QStringLiteral("<br/>") + muted(esc(m_text.dateTime(c.createdAt))), para(c.body)};
    return h
        + table({m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Author, when")),
                 m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Comment"))},
                {26, 74}, rows);
}

QString PackDocument::attachments() const
{
    QString h = section(7, m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Attachments")));
    if (m_data.attachments.isEmpty())
        return h + QStringLiteral("<p>") + muted(esc(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "No attachments.")))) + QStringLiteral("</p>");
    QList<QStringList> rows;
    for (const Attachment &a : m_data.attachments)
        rows << QStringList{QStringLiteral("<b>") + esc(a.fileName) + QStringLiteral("</b><br/>")
                                + muted(esc(m_text.dataSize(a.size)) + QStringLiteral(" · ") + person(a.addedBy)
                                        + QStringLiteral(" · ") + esc(m_text.dateTime(a.addedAt))),
                            QStringLiteral("<span style=\"font-family:'DejaVu Sans Mono'; font-size:7pt;\">")
                                + esc(a.sha256) + QStringLiteral("</span>")};
    return h
        + table({m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "File")), QStringLiteral("SHA-256")},
                {40, 60}, rows);
}

QString PackDocument::historyIntro() const
{
    QString h = section(8, m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Audit history")));
    h += QStringLiteral("<p>")
        + esc(m_text.t(QT_TRANSLATE_N_NOOP("EvidencePack",
                                            "%n event(s) of this change, in the order they were recorded. "
                                            "Each event is hash-chained to the one before it in the workspace."),
                        nullptr, int(m_data.events.size())))
        + QStringLiteral("</p>");
    return h;
}

QString PackDocument::historyTable() const
{
    QList<QStringList> rows;
    rows.reserve(m_data.events.size());
    const QString arrow = QStringLiteral(" → ");
    for (const AuditEvent &e : m_data.events) {
        QStringList keys = e.oldValues.keys() + e.newValues.keys();
        keys.removeDuplicates();
        keys.sort();
        QStringList changes;
        for (const QString &k : keys) {
            const bool hasOld = e.oldValues.contains(k);
            const bool hasNew = e.newValues.contains(k);
            QString line = QStringLiteral("<b>") + esc(k) + QStringLiteral("</b>: ");
            if (hasOld && hasNew)
                line += esc(valueText(e.oldValues.value(k))) + arrow + esc(valueText(e.newValues.value(k)));
            else if (hasNew)
                line += esc(valueText(e.newValues.value(k)));
            else
                line += esc(valueText(e.oldValues.value(k))) + arrow + QStringLiteral("∅");
            changes << line;
        }
        rows << QStringList{QString::number(e.seq), esc(m_text.dateTime(e.at)), person(e.actor),
                            esc(actionLabel(e.action)) + QStringLiteral("<br/>") + muted(esc(e.action)),
                            changes.isEmpty() ? muted(QStringLiteral("–")) : changes.join(QStringLiteral("<br/>"))};
    }
    return table({QStringLiteral("#"), m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "When (UTC)")),
                 m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Who")),
                 m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Action")),
                 m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Old → new values"))},
                {6, 15, 17, 18, 44}, rows);
}

QString PackDocument::closing() const
{
    return QStringLiteral("<p style=\"margin-top:16px;\">") + muted(esc(m_text.t(QT_TRANSLATE_NOOP(
               "EvidencePack", "End of the evidence pack.")))) + QStringLiteral("</p>");
}

QString PackDocument::html() const
{
    QString h;
    h.reserve(64 * 1024 + m_data.events.size() * 400);
    h += QStringLiteral("<html><body style=\"color:%1;\">").arg(QLatin1String(kInk));
    h += cover();
    h += plans();
    h += riskSection();
    h += approvals();
    h += runbook();
    h += outcome();
    h += comments();
    h += attachments();
    h += historyIntro();
    h += QStringLiteral("</body></html>");
    return h;
}

Result<int> PackDocument::paint(QPdfWriter &writer) const
{
    const qreal dpi = writer.resolution();
    auto mm = [dpi](qreal v) { return v * dpi / 25.4; };
    const QSizeF page(mm(210), mm(297));
    const qreal left = mm(18), right = mm(18), top = mm(24), bottom = mm(26);
    const QSizeF body(page.width() - left - right, page.height() - top - bottom);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(8.5);
    doc.setDefaultFont(base);
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    doc.setDocumentMargin(0);
    doc.setDefaultStyleSheet(QStringLiteral(
        "h2 { font-size: 13pt; font-weight: bold; margin-top: 18px; margin-bottom: 0px; }"
        "h3 { font-size: 10pt; font-weight: bold; margin-top: 10px; margin-bottom: 2px; }"
        "p { margin-top: 2px; margin-bottom: 4px; }"
        "th { font-weight: bold; }"));
    QElapsedTimer timer;
    timer.start();
    doc.setHtml(html());
    const qint64 tSet = timer.restart();
    {
        // Any letter spacing turns ligatures off, so "fi" and "ff" stay two letters for
        // pdftotext and for anyone searching the pack.
        QTextCursor all(&doc);
        all.select(QTextCursor::Document);
        QTextCharFormat noLigatures;
        noLigatures.setFontLetterSpacingType(QFont::AbsoluteSpacing);
        noLigatures.setFontLetterSpacing(0.05);
        all.mergeCharFormat(noLigatures);
    }
    doc.setPageSize(body);
    // Keep each section heading with what follows: one near the foot of a page moves on.
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() != 2)
            continue;
        const qreal top = doc.documentLayout()->blockBoundingRect(b).top();
        if (body.height() - std::fmod(top, body.height()) < mm(45)) {
            QTextBlockFormat f;
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(b).mergeBlockFormat(f);
        }
    }
    // The history table comes last and after every heading: appending it now lays it out once.
    QTextCursor end(&doc);
    end.movePosition(QTextCursor::End);
    end.insertHtml(historyTable() + closing());
    const qint64 tKeep = timer.restart();
    const int pages = doc.pageCount();
    const qint64 tCount = timer.restart();
    if (qEnvironmentVariableIsSet("VIGILO_PACK_TIMING"))
        qWarning("pack timing: html %lld, headings %lld, layout %lld", tSet, tKeep, tCount);

    QPainter p;
    if (!p.begin(&writer))
        return Error::storage(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Cannot write the PDF file.")), {},
                              QStringLiteral("file_unwritable"));
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7);
    small.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    QFont smallBold = small;
    smallBold.setBold(true);
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setPointSizeF(6.5);
    const QColor ink{QLatin1String(kInk)};
    const QColor accent{QLatin1String(kAccent)};
    const QColor mutedInk{QLatin1String(kMuted)};
    const QString workspace = m_data.workspace.name + QStringLiteral(" (") + m_data.workspace.slug + QLatin1Char(')');
    const QString title = m_data.change.numberText() + QStringLiteral(" · ")
        + m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Evidence pack"));
    const QString generated = m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Generated %1 UTC"))
                                  .arg(m_text.dateTime(m_data.generatedAt));
    const QString digest = m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Evidence SHA-256:"));
    const qreal lineH = mm(3.6);

    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        // Header: workspace left, number and title right, a rule under both.
        const qreal headerBase = mm(15);
        p.setPen(accent);
        p.setFont(smallBold);
        p.drawText(QRectF(left, headerBase - lineH, body.width() / 2, lineH), Qt::AlignLeft | Qt::AlignBottom, workspace);
        p.drawText(QRectF(left + body.width() / 2, headerBase - lineH, body.width() / 2, lineH),
                   Qt::AlignRight | Qt::AlignBottom, title);
        p.setPen(QPen(accent, mm(0.3)));
        p.drawLine(QPointF(left, headerBase + mm(1.5)), QPointF(page.width() - right, headerBase + mm(1.5)));

        // Body: this page's slice of the document.
        p.save();
        p.translate(left, top - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        p.setClipRect(clip);
        doc.drawContents(&p, clip);
        p.restore();

        // Footer: rule, generated time, page X of Y, and the evidence digest.
        const qreal footerTop = page.height() - bottom + mm(8);
        p.setPen(QPen(QColor(QLatin1String(kRule)), mm(0.25)));
        p.drawLine(QPointF(left, footerTop), QPointF(page.width() - right, footerTop));
        p.setPen(mutedInk);
        p.setFont(small);
        p.drawText(QRectF(left, footerTop + mm(1.5), body.width() * 0.7, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                   workspace + QStringLiteral(" · ") + m_data.change.numberText() + QStringLiteral(" · ") + generated);
        p.setPen(ink);
        p.setFont(smallBold);
        p.drawText(QRectF(left + body.width() * 0.7, footerTop + mm(1.5), body.width() * 0.3, lineH),
                   Qt::AlignRight | Qt::AlignVCenter,
                   m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Page %1 of %2"))
                       .arg(m_text.number(i + 1), m_text.number(pages)));
        p.setPen(mutedInk);
        p.setFont(small);
        const qreal digestY = footerTop + mm(1.5) + lineH;
        const qreal labelW = p.fontMetrics().horizontalAdvance(digest) + mm(1.5);
        p.drawText(QRectF(left, digestY, labelW, lineH), Qt::AlignLeft | Qt::AlignVCenter, digest);
        p.setFont(mono);
        p.drawText(QRectF(left + labelW, digestY, body.width() - labelW, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                   m_data.digest);
    }
    p.end();
    if (qEnvironmentVariableIsSet("VIGILO_PACK_TIMING"))
        qWarning("pack timing: paint %lld", timer.elapsed());
    return pages;
}

} // namespace vigilo
