#include "PackDocument.h"

#include "PageFrame.h"

#include "AuditText.h"
#include "Meetings.h"
#include "PackFonts.h"
#include "PackLayout.h"
#include "PackText.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>

namespace vigilo {

using pack::Cell;
using pack::Flow;
using pack::Rich;

namespace {

// Colours of the pack: a dark blue for structure, muted badges for statuses.
const char *kInk = "#1b2a3a";
const char *kAccent = "#1f4e79";
const char *kMuted = "#5f6b7a";
const char *kZebra = "#f2f5f9";
const char *kRule = "#c5ced9";

QColor colour(const char *name)
{
    return QColor(QLatin1String(name));
}

// Stored text, its line breaks kept (Rich::add keeps them).
Rich para(const QString &s)
{
    return Rich(s.trimmed());
}

Rich muted(const QString &text)
{
    return Rich().add(text, pack::coloured(colour(kMuted)));
}

Rich bold(const QString &text)
{
    return Rich().add(text, pack::bold());
}

Rich badge(const QString &text, const char *c)
{
    const QChar nbsp(0x00a0);
    return Rich().add(nbsp + text + nbsp, pack::badge(colour(c)));
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

// A data table: a header in the accent colour that repeats on every page, zebra rows, rules.
pack::Table table(const QStringList &headers, const QList<qreal> &widths,
                  const QList<QList<Cell>> &rows)
{
    pack::Table t;
    t.widths = widths;
    for (const QString &h : headers)
        t.header << Cell{Rich().add(h, pack::coloured(Qt::white, true)), {}};
    t.headerBackground = colour(kAccent);
    t.rows = rows;
    t.zebra = colour(kZebra);
    t.border = colour(kRule);
    return t;
}

} // namespace

QString PackDocument::person(const QString &username) const
{
    if (username.isEmpty())
        return QStringLiteral("–");
    const QString name = m_data.names.value(username);
    if (name.isEmpty() || name == username)
        return username;
    return name + QStringLiteral(" (") + username + QLatin1Char(')');
}

AuditText PackDocument::auditText() const
{
    return AuditText([this](const char *context, const char *source, const char *comment,
                            int n) { return m_text.translate(context, source, comment, n); },
                     m_text.locale(), [this](const QDateTime &t) { return m_text.dateTime(t); },
                     [this](const QString &username) { return person(username); });
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
        return m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Approval policy \"%1\""))
            .arg(source.mid(7));
    return source;
}

void PackDocument::section(Flow &flow, const QString &title) const
{
    const int number = ++m_sections;
    QFont h2 = flow.baseFont();
    h2.setPointSizeF(13);
    h2.setBold(true);
    // A heading near the foot of a page moves on with what follows it.
    flow.paragraph(Rich().add(QString::number(number) + QString(2, QChar(0x00a0)) + title,
                              pack::coloured(colour(kAccent), true)),
                   h2, 6, 0.8, 35);
    flow.rule(colour(kAccent), 0.4, 2);
}

void PackDocument::note(Flow &flow, const Rich &text) const
{
    flow.paragraph(text, flow.baseFont(), 0.7, 1.5);
}

void PackDocument::cover(Flow &flow) const
{
    const ChangeRequest &c = m_data.change;
    const Rich none = muted(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "none")));
    auto window = [this, &none](const QDateTime &from, const QDateTime &to) -> Rich {
        if (!from.isValid())
            return none;
        Rich r(m_text.longDateTime(from) + QStringLiteral(" –"));
        r.br();
        if (to.isValid())
            r.add(m_text.longDateTime(to));
        else
            r.add(muted(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "open"))));
        return r;
    };
    QDateTime actualEnd = c.closedAt;
    if (c.status == ChangeStatus::RolledBack)
        actualEnd = c.rolledBackAt;
    // An unanswered questionnaire is "Not assessed", never a level.
    Rich risk = muted(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Not assessed")));
    if (c.riskLevel)
        risk = badge(m_text.label(*c.riskLevel), colourOf(*c.riskLevel));
    Rich score = none;
    if (m_data.risk.score)
        score = Rich(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "%1 of 100"))
                         .arg(m_text.number(*m_data.risk.score)));
    Rich deps;
    for (const DependencyRef &d : c.dependencies) {
        if (!deps.isEmpty())
            deps.br();
        deps.add(formatChangeNumber(d.number) + QStringLiteral(" ") + d.title);
    }
    Rich type(m_text.label(c.changeType));
    if (!c.templateName.isEmpty())
        type.br().add(muted(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "from template \"%1\""))
                                .arg(c.templateName)));

    const QList<QPair<QString, Rich>> fields = {
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Workspace")),
         Rich(m_data.workspace.name + QStringLiteral(" (") + m_data.workspace.slug
              + QLatin1Char(')'))},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Status")),
         badge(m_text.label(c.status), colourOf(c.status))},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Change type")), type},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Priority")), Rich(m_text.label(c.priority))},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Risk level")), risk},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Risk score")), score},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Planned window")),
         window(c.plannedStart, c.plannedEnd)},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Actual window")),
         window(c.startedAt, actualEnd)},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Requester")), Rich(person(c.requester))},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Assignee")),
         c.assignee.isEmpty() ? none : Rich(person(c.assignee))},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Affected assets")),
         c.affectedAssets.isEmpty() ? none : Rich(c.affectedAssets.join(QStringLiteral(", ")))},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Depends on")), deps.isEmpty() ? none : deps},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Minimum lead time")),
         Rich(m_text.t(QT_TRANSLATE_N_NOOP("EvidencePack", "%n hours"), nullptr,
                       c.minLeadTimeHours))},
        {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Created")),
         Rich(m_text.dateTime(c.createdAt))},
    };

    // The banner: what this is, the number, the title.
    pack::Table banner;
    banner.widths = {1};
    banner.paddingMm = 3.5;
    banner.spaceAfterMm = 3;
    banner.rows << QList<Cell>{
        Cell{Rich()
                 .add(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "EVIDENCE PACK")),
                      pack::sized(9, QColor(QStringLiteral("#cfe0f1")), true))
                 .par()
                 .add(c.numberText(), pack::sized(20, Qt::white, true))
                 .par()
                 .add(c.title, pack::sized(13, Qt::white)),
             colour(kAccent)}};
    flow.table(banner);

    pack::Table grid;
    grid.widths = {20, 30, 20, 30};
    grid.border = colour(kRule);
    grid.paddingMm = 1.5;
    grid.spaceAfterMm = 3.5;
    for (int i = 0; i < fields.size(); i += 2) {
        QList<Cell> row;
        for (int j = i; j < i + 2; ++j) {
            if (j < fields.size())
                row << Cell{muted(fields.at(j).first), colour(kZebra)}
                    << Cell{fields.at(j).second, {}};
            else
                row << Cell{} << Cell{};
        }
        grid.rows << row;
    }
    flow.table(grid);
    exceptions(flow);

    // What the pack is and how to check it.
    const QString exportedBy = m_data.names.value(m_data.exportedBy).isEmpty()
                                   ? m_data.exportedBy
                                   : m_data.names.value(m_data.exportedBy);
    Rich about;
    about
        .add(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "About this pack")),
             pack::coloured(colour(kAccent), true))
        .par()
        .add(m_text
                 .t(QT_TRANSLATE_NOOP(
                     "EvidencePack",
                     "Generated on %1 UTC by %2 from the records of workspace \"%3\". It "
                     "covers the audit history up to event #%4. All times are in UTC."))
                 .arg(m_text.longDateTime(m_data.generatedAt), exportedBy, m_data.workspace.slug,
                      m_text.number(m_data.auditSeq)))
        .par()
        .add(m_text
                 .t(QT_TRANSLATE_NOOP("EvidencePack",
                                      "Signed by %1 (%2), valid until %3, with the certificate "
                                      "whose SHA-256 fingerprint is:"))
                 .arg(m_data.signer.commonName.isEmpty() ? m_data.signer.subject
                                                         : m_data.signer.commonName,
                      m_data.signer.subject, m_text.longDateTime(m_data.signer.notAfter)))
        .par()
        .add(m_data.signer.fingerprintText(), pack::mono(7.5))
        .par()
        .add(m_text.t(QT_TRANSLATE_NOOP(
            "EvidencePack",
            "The signature covers every byte of this file. The evidence it was printed from is "
            "embedded in it (evidence.json), and every page carries that file's SHA-256 digest. "
            "Check it without the database, with the workspace's trust bundle:")))
        .par()
        .add(QStringLiteral("vigilo-cli verify-pack FILE.pdf --offline --trust CERTS.pem"),
             pack::mono(8))
        .par()
        .add(m_text.t(
            QT_TRANSLATE_NOOP("EvidencePack", "or against the workspace's immutable history:")))
        .par()
        .add(QStringLiteral("vigilo-cli -w %1 verify-pack FILE.pdf").arg(m_data.workspace.slug),
             pack::mono(8))
        .par()
        .add(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Evidence digest (SHA-256):"))
             + QLatin1Char(' '))
        .add(m_data.digest, pack::mono(8));
    pack::Table box;
    box.widths = {1};
    box.paddingMm = 2.5;
    box.rows << QList<Cell>{Cell{about, colour(kZebra)}};
    flow.table(box);
}

QString PackDocument::exceptionTitle(const PackException &e) const
{
    switch (e.kind) {
    case PackException::Emergency:
        return m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Emergency change"));
    case PackException::FreezeOverride:
        return m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Freeze window overridden: %1"))
            .arg(e.subject);
    case PackException::OutsideWindow:
        return m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Started outside the planned window"));
    case PackException::RiskOverride: {
        const QString suggested = e.subject.section(QLatin1Char('>'), 0, 0);
        const QString chosen = e.subject.section(QLatin1Char('>'), 1, 1);
        auto level = [this](const QString &name) {
            const auto l = parseRiskLevel(name);
            return l ? m_text.label(*l) : m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "none"));
        };
        return m_text
            .t(QT_TRANSLATE_NOOP("EvidencePack",
                                 "Risk level chosen against the suggestion: %1 instead of %2"))
            .arg(level(chosen), level(suggested));
    }
    case PackException::Reopened:
        return m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Reopened after closure"));
    case PackException::RolledBack:
        return m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Rolled back"));
    }
    return {};
}

void PackDocument::exceptions(Flow &flow) const
{
    // What auditors look for first: overrides, irregular starts, emergencies, risk chosen against
    // the questionnaire, reopenings, rollbacks. All derived from the evidence, none typed in.
    Rich box;
    box.add(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Exceptions")),
            pack::coloured(colour(kAccent), true));
    if (m_data.exceptions.isEmpty()) {
        box.par().add(m_text.t(QT_TRANSLATE_NOOP(
            "EvidencePack",
            "None: no emergency, no freeze window overridden, no start outside the planned "
            "window, no risk level chosen against the suggestion, no reopening, no rollback.")));
    } else {
        for (const PackException &e : m_data.exceptions) {
            box.par().add(QStringLiteral("• ") + exceptionTitle(e), pack::bold());
            QString when = m_text.longDateTime(e.at);
            if (!e.actor.isEmpty())
                when = m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "%1, by %2"))
                           .arg(when, person(e.actor));
            box.br().add(muted(when));
            if (!e.detail.trimmed().isEmpty())
                box.br().add(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Justification: %1"))
                                 .arg(e.detail.trimmed()));
        }
    }
    pack::Table t;
    t.widths = {1};
    t.paddingMm = 2.5;
    t.spaceAfterMm = 3.5;
    t.rows << QList<Cell>{Cell{
        box, m_data.exceptions.isEmpty() ? colour(kZebra) : QColor(QStringLiteral("#fdf0e6"))}};
    flow.table(t);
}

void PackDocument::plans(Flow &flow) const
{
    const ChangeRequest &c = m_data.change;
    QFont h3 = flow.baseFont();
    h3.setPointSizeF(10);
    h3.setBold(true);
    auto block = [&](const QString &title, const QString &text) {
        flow.paragraph(Rich(title), h3, 3, 0.6, 20);
        if (text.trimmed().isEmpty())
            note(flow, muted(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "None recorded."))));
        else
            note(flow, para(text));
    };
    section(flow, m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Description and plans")));
    block(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Description")), c.description);
    block(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Implementation plan")), c.implementationPlan);
    block(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Rollback plan")), c.rollbackPlan);
    block(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Test plan")), c.testPlan);
}

void PackDocument::riskSection(Flow &flow) const
{
    const RiskProfile &p = m_data.risk;
    section(flow, m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Risk assessment")));
    QString summary = m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "%1 of %2 questions answered."))
                          .arg(m_text.number(p.answered), m_text.number(p.total));
    if (p.score)
        summary += QLatin1Char(' ')
                   + m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Score: %1 of 100."))
                         .arg(m_text.number(*p.score));
    if (p.suggestion)
        summary += QLatin1Char(' ')
                   + m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Suggested risk level: %1."))
                         .arg(m_text.label(*p.suggestion));
    note(flow, Rich(summary));
    QList<QList<Cell>> rows;
    for (const RiskQuestion &q : p.questions) {
        const auto a = p.answers.constFind(q.key);
        if (a == p.answers.constEnd())
            continue;
        const QString choice = a->choice >= 0 && a->choice < q.choices.size()
                                   ? m_text.coreOr(q.choices.at(a->choice).label)
                                   : QString::number(a->choice);
        rows << QList<Cell>{
            {Rich(m_text.coreOr(q.text)), {}},
            {Rich(choice), {}},
            {Rich(m_text.number(q.weight)), {}},
            {Rich(person(a->answeredBy)).br().add(muted(m_text.dateTime(a->answeredAt))), {}}};
    }
    if (rows.isEmpty()) {
        note(flow, muted(m_text.t(QT_TRANSLATE_NOOP("EvidencePack",
                                                    "The risk questionnaire was not answered."))));
        return;
    }
    flow.table(table({m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Question")),
                      m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Answer")),
                      m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Weight")),
                      m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Answered by"))},
                     {42, 28, 8, 22}, rows));
}

// What the change affected through the asset relationships at export, each item explained in
// the pack's language from the stored relationships of its path, exclusions with who and why.
void PackDocument::impactSection(Flow &flow) const
{
    if (!m_data.impact)
        return; // a pack made before impact analysis existed
    const ImpactReport &r = *m_data.impact;
    section(flow, m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Impact")));
    if (r.touched.isEmpty()) {
        note(flow,
             muted(m_text.t(QT_TRANSLATE_NOOP(
                 "EvidencePack", "The change names no assets: there was nothing to analyse."))));
        return;
    }
    const int excluded = r.excludedCount();
    QString summary =
        r.affectedCount() == 0 && excluded == 0
            ? m_text.t(QT_TRANSLATE_NOOP("EvidencePack",
                                         "No other asset was affected through the asset "
                                         "relationships when the pack was exported."))
            : m_text.t(QT_TRANSLATE_N_NOOP("EvidencePack",
                                           "%n assets affected through the asset relationships "
                                           "when the pack was exported."),
                       nullptr, r.affectedCount());
    if (excluded > 0)
        summary += QLatin1Char(' ')
                   + m_text.t(QT_TRANSLATE_N_NOOP("EvidencePack",
                                                  "%n excluded by people, with their reasons "
                                                  "below."),
                              nullptr, excluded);
    if (!r.criticalAffected.isEmpty())
        summary += QLatin1Char(' ')
                   + m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Critical assets affected: %1."))
                         .arg(r.criticalAffected.join(QStringLiteral(", ")));
    if (r.omitted > 0)
        summary += QLatin1Char(' ')
                   + m_text.t(QT_TRANSLATE_N_NOOP("EvidencePack",
                                                  "%n more affected assets are not listed."),
                              nullptr, r.omitted);
    if (r.depthLimited)
        summary +=
            QLatin1Char(' ')
            + m_text
                  .t(QT_TRANSLATE_NOOP("EvidencePack", "The analysis stops %1 steps away from the "
                                                       "change's assets."))
                  .arg(m_text.number(r.limits.maxDepth));
    note(flow, Rich(summary));

    const Impact::Translate coreText = [this](const char *source) { return m_text.core(source); };
    QList<QList<Cell>> rows;
    QSet<QString> listed;
    for (const ImpactItem &i : r.touched + r.affected) {
        listed.insert(i.asset);
        const QString why =
            i.touched()
                ? m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "The change works on this asset."))
                : Impact::explain(i.asset, i.path, coreText);
        Rich asset = i.excluded ? muted(i.asset) : bold(i.asset);
        Rich exclusion = muted(QStringLiteral("–"));
        if (i.excluded)
            exclusion = Rich(i.excludedReason)
                            .br()
                            .add(muted(person(i.excludedBy) + QStringLiteral(", ")
                                       + m_text.dateTime(i.excludedAt)));
        rows << QList<Cell>{
            {asset, {}},
            {i.excluded ? muted(m_text.label(i.criticality)) : Rich(m_text.label(i.criticality)),
             {}},
            {Rich(i.touched() ? m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "own"))
                              : m_text.number(i.depth)),
             {}},
            {i.excluded ? muted(why) : Rich(why), {}},
            {exclusion, {}}};
    }
    flow.table(table({m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Asset")),
                      m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Criticality")),
                      m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Steps")),
                      m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Why it is affected")),
                      m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Excluded"))},
                     {17, 11, 7, 40, 25}, rows));
    // Exclusions whose asset was no longer affected (the relationships changed since).
    for (const ImpactExclusion &x : r.exclusions)
        if (!listed.contains(x.asset))
            note(flow, muted(m_text
                                 .t(QT_TRANSLATE_NOOP("EvidencePack",
                                                      "%1 was excluded by %2 on %3 (\"%4\") "
                                                      "but is no longer affected."))
                                 .arg(x.asset, person(x.excludedBy), m_text.dateTime(x.excludedAt),
                                      x.reason)));
}

void PackDocument::approvals(Flow &flow) const
{
    section(flow, m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Approval chain")));
    if (m_data.steps.isEmpty()) {
        const QString why =
            m_data.change.isStandard()
                ? m_text.t(QT_TRANSLATE_NOOP("EvidencePack",
                                             "Standard change: pre-approved, no approval steps."))
                : m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "No approval steps were generated."));
        note(flow, muted(why));
        return;
    }
    QList<QList<Cell>> rows;
    for (const ApprovalStep &s : m_data.steps) {
        QString who = s.eligibleMembers.isEmpty()
                          ? m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "%1 or higher"))
                                .arg(m_text.label(s.eligibleRole))
                          : s.eligibleMembers.join(QStringLiteral(", "));
        const Rich step =
            bold(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Round %1, step %2"))
                     .arg(s.round)
                     .arg(s.stepOrder))
                .br()
                .add(m_text.coreOr(s.name))
                .br()
                .add(muted(m_text.t(QT_TRANSLATE_N_NOOP("EvidencePack", "needs %n approvals"),
                                    nullptr, s.requiredApprovals)
                           + QStringLiteral(": ") + who));
        const Rich source(stepSource(s.source));
        const Rich status = badge(m_text.label(s.status), colourOf(s.status));
        if (s.decisions.isEmpty()) {
            rows << QList<Cell>{{step, {}},
                                {source, {}},
                                {status, {}},
                                {muted(QStringLiteral("–")), {}},
                                {Rich(), {}}};
            continue;
        }
        for (int i = 0; i < s.decisions.size(); ++i) {
            const ApprovalDecision &d = s.decisions.at(i);
            const QString decision = d.approved
                                         ? m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "approved"))
                                         : m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "rejected"));
            rows << QList<Cell>{
                {i == 0 ? step : Rich(), {}},
                {i == 0 ? source : Rich(), {}},
                {i == 0 ? status : Rich(), {}},
                {(d.onBehalfOf.isEmpty()
                      ? Rich(person(d.member))
                      // A substitute's decision (delegation): "alex on behalf of adam".
                      : Rich(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "%1 on behalf of %2"))
                                 .arg(person(d.member), person(d.onBehalfOf))))
                     .br()
                     .add(decision + QStringLiteral(", ") + m_text.dateTime(d.decidedAt)),
                 {}},
                {d.comment.isEmpty() ? muted(QStringLiteral("–")) : para(d.comment), {}}};
        }
    }
    flow.table(table({m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Step")),
                      m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Origin")),
                      m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Status")),
                      m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Decided by, when")),
                      m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Comment"))},
                     {25, 17, 16, 22, 20}, rows));
    // What a CAB approved the change on (issue 15).
    if (!m_data.change.approvalConditions.isEmpty())
        note(flow, bold(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Conditions of the approval:")))
                       .br()
                       .add(m_data.change.approvalConditions));
    // Conditions of an earlier round (a material edit asked for approval again) stay listed.
    for (const ConditionRound &r : Meetings::conditionRounds(m_data.events))
        if (!r.current)
            note(flow, bold(m_text
                                .t(QT_TRANSLATE_NOOP("EvidencePack",
                                                     "Conditions of approval round %1 (%2), "
                                                     "before approval was requested again:"))
                                .arg(m_text.number(r.round), m_text.dateTime(r.decidedAt)))
                           .br()
                           .add(r.conditions));
}

void PackDocument::runbook(Flow &flow) const
{
    section(flow, m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Runbook")));
    if (m_data.tasks.isEmpty()) {
        note(flow, muted(m_text.t(QT_TRANSLATE_NOOP("EvidencePack",
                                                    "No implementation tasks were recorded."))));
        return;
    }
    auto when = [this](const QString &who, const QDateTime &at) -> Rich {
        if (who.isEmpty() && !at.isValid())
            return muted(QStringLiteral("–"));
        return Rich(person(who)).br().add(muted(m_text.dateTime(at)));
    };
    QList<QList<Cell>> rows;
    rows.reserve(m_data.tasks.size());
    for (const ChangeTask &t : m_data.tasks) {
        Rich title(t.title);
        if (!t.isRequired)
            title.br().add(muted(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "optional"))));
        rows << QList<Cell>{{Rich(QString::number(t.seq)), {}},
                            {title, {}},
                            {badge(m_text.label(t.status), colourOf(t.status)), {}},
                            {when(t.startedBy, t.startedAt), {}},
                            {when(t.finishedBy, t.finishedAt), {}}};
    }
    flow.table(table({QStringLiteral("#"), m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Task")),
                      m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Status")),
                      m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Started")),
                      m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Finished"))},
                     {5, 37, 16, 21, 21}, rows));
}

void PackDocument::outcome(Flow &flow) const
{
    const ChangeRequest &c = m_data.change;
    section(flow, m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Outcome")));
    auto block = [&flow](const QString &title, const char *c,
                         const QList<QPair<QString, Rich>> &rows) {
        pack::Table t;
        t.widths = {22, 78};
        t.header << Cell{Rich().add(title, pack::coloured(Qt::white, true)), {}};
        t.headerBackground = colour(c);
        t.border = colour(kRule);
        t.paddingMm = 1.6;
        t.spaceAfterMm = 3;
        for (const auto &r : rows)
            t.rows << QList<Cell>{{muted(r.first), colour(kZebra)}, {r.second, {}}};
        flow.table(t);
    };
    if (c.status == ChangeStatus::RolledBack || c.rolledBackAt.isValid()) {
        block(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Rollback")), "#c62828",
              {{m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Reason")), para(c.rollbackReason)},
               {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Rolled back by")),
                Rich(person(c.rolledBackBy))},
               {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Rolled back at")),
                Rich(m_text.longDateTime(c.rolledBackAt))}});
    }
    if (c.closureCode) {
        const char *colour = *c.closureCode == ClosureCode::Successful             ? "#2e7d32"
                             : *c.closureCode == ClosureCode::SuccessfulWithIssues ? "#e65100"
                                                                                   : "#c62828";
        block(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Closure")), colour,
              {{m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Closure code")),
                bold(m_text.label(*c.closureCode))},
               {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Closure notes")), para(c.closureNotes)},
               {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Closed by")), Rich(person(c.closedBy))},
               {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Closed at")),
                Rich(m_text.longDateTime(c.closedAt))}});
    }
    if (c.status == ChangeStatus::Cancelled)
        block(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Cancellation")), "#616161",
              {{m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Reason")),
                c.cancelReason.isEmpty() ? muted(QStringLiteral("–")) : para(c.cancelReason)},
               {m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Cancelled at")),
                Rich(m_text.longDateTime(c.cancelledAt))}});
    if (c.status == ChangeStatus::Rejected)
        note(flow, Rich(m_text.t(QT_TRANSLATE_NOOP("EvidencePack",
                                                   "The change was rejected in review; see the "
                                                   "approval chain for who decided and why."))));
    if (!isTerminal(c.status) && !c.closureCode)
        note(flow, muted(m_text
                             .t(QT_TRANSLATE_NOOP("EvidencePack",
                                                  "The change is not finished yet (status: %1)."))
                             .arg(m_text.label(c.status))));
}

void PackDocument::comments(Flow &flow) const
{
    section(flow, m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Comments")));
    if (m_data.comments.isEmpty()) {
        note(flow, muted(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "No comments."))));
        return;
    }
    QList<QList<Cell>> rows;
    rows.reserve(m_data.comments.size());
    for (const Comment &c : m_data.comments)
        rows << QList<Cell>{
            {Rich(person(c.author)).br().add(muted(m_text.dateTime(c.createdAt))), {}},
            {para(c.body), {}}};
    flow.table(table({m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Author, when")),
                      m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Comment"))},
                     {26, 74}, rows));
}

void PackDocument::attachments(Flow &flow) const
{
    section(flow, m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Attachments")));
    if (m_data.attachments.isEmpty()) {
        note(flow, muted(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "No attachments."))));
        return;
    }
    QList<QList<Cell>> rows;
    for (const Attachment &a : m_data.attachments)
        rows << QList<Cell>{
            {bold(a.fileName)
                 .br()
                 .add(muted(m_text.dataSize(a.size) + QStringLiteral(" · ") + person(a.addedBy)
                            + QStringLiteral(" · ") + m_text.dateTime(a.addedAt))),
             {}},
            {Rich().add(a.sha256, pack::mono(7)), {}}};
    flow.table(
        table({m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "File")), QStringLiteral("SHA-256")},
              {40, 60}, rows));
}

void PackDocument::history(Flow &flow) const
{
    section(flow, m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Audit history")));
    note(flow,
         Rich(m_text.t(QT_TRANSLATE_N_NOOP(
                           "EvidencePack",
                           "%n events of this change, in the order they were recorded. "
                           "Each event is hash-chained to the one before it in the workspace."),
                       nullptr, int(m_data.events.size()))));
    QList<QList<Cell>> rows;
    rows.reserve(m_data.events.size());
    const AuditText words = auditText();
    for (const AuditEvent &e : m_data.events) {
        Rich changes;
        for (const QString &line : words.details(e)) {
            if (!changes.isEmpty())
                changes.br();
            const qsizetype colon = line.indexOf(QStringLiteral(": "));
            if (colon > 0)
                changes.add(line.left(colon + 1), pack::bold()).add(line.mid(colon + 1));
            else
                changes.add(line);
        }
        rows << QList<Cell>{{Rich(QString::number(e.seq)), {}},
                            {Rich(m_text.dateTime(e.at)), {}},
                            {Rich(person(e.actor)), {}},
                            {Rich(words.summary(e)).br().add(muted(e.action)), {}},
                            {changes.isEmpty() ? muted(QStringLiteral("–")) : changes, {}}};
    }
    if (rows.isEmpty())
        return;
    flow.table(
        table({QStringLiteral("#"), m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "When (UTC)")),
               m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Who")),
               m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Action")),
               m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "What changed"))},
              {6, 13, 17, 19, 45}, rows));
}

void PackDocument::closing(Flow &flow) const
{
    flow.paragraph(muted(m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "End of the evidence pack."))),
                   flow.baseFont(), 4, 0);
}

Result<int> PackDocument::paint(QPdfWriter &writer) const
{
    const pack::PageGeometry g(writer.resolution());
    QElapsedTimer timer;
    timer.start();
    pack::loadBundledFonts();
    const QFont base = pack::sansFont(8.5);
    Flow flow(&writer, g.body, base);
    flow.setInk(colour(kInk));
    m_sections = 0;
    cover(flow);
    plans(flow);
    riskSection(flow);
    impactSection(flow);
    approvals(flow);
    runbook(flow);
    outcome(flow);
    comments(flow);
    attachments(flow);
    history(flow);
    closing(flow);
    const qint64 tLayout = timer.restart();

    const QString workspace =
        m_data.workspace.name + QStringLiteral(" (") + m_data.workspace.slug + QLatin1Char(')');
    const QString generated = m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Generated %1 UTC"))
                                  .arg(m_text.dateTime(m_data.generatedAt));
    pack::PageFrame frame;
    frame.headerLeft = workspace;
    frame.headerRight = m_data.change.numberText() + QStringLiteral(" · ")
                        + m_text.t(QT_TRANSLATE_NOOP("EvidencePack", "Evidence pack"));
    frame.footerLeft = workspace + QStringLiteral(" · ") + m_data.change.numberText()
                       + QStringLiteral(" · ") + generated;
    frame.digest = m_data.digest;
    frame.accent = colour(kAccent);
    frame.muted = colour(kMuted);
    frame.rule = colour(kRule);
    frame.pageNumberInk = colour(kInk);
    frame.letterSpacing = 0.05;
    auto pages = pack::paintFramed(writer, flow, g, frame, m_text);
    if (pages && qEnvironmentVariableIsSet("VIGILO_PACK_TIMING"))
        qWarning("pack timing: layout %lld ms, paint %lld ms, %d pages", tLayout, timer.elapsed(),
                 *pages);
    return pages;
}

} // namespace vigilo
