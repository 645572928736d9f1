#include "CabItemCard.h"

#include "changes/ChangeListModel.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {
QString paragraphs(const QString &plain, const QString &none)
{
    if (plain.trimmed().isEmpty())
        return QStringLiteral("<i>%1</i>").arg(none.toHtmlEscaped());
    QString html;
    for (const QString &line : plain.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += QStringLiteral("<div>%1</div>").arg(line.toHtmlEscaped());
    return html;
}

QString line(const QString &mark, const QString &colour, const QString &text)
{
    return QStringLiteral("<div><span style=\"color:%1\">%2</span> %3</div>")
        .arg(colour, mark, text.toHtmlEscaped());
}

} // namespace

CabItemCard::CabItemCard(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("cabCard"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body = new QWidget;
    m_body->setObjectName(QStringLiteral("cabCardBody"));
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 8, 0);
    m_empty = new QLabel(m_body);
    m_empty->setObjectName(QStringLiteral("cabEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_changeNumber = new QLabel(m_body);
    m_changeNumber->setObjectName(QStringLiteral("cabNumber"));
    m_title = new QLabel(m_body);
    m_title->setObjectName(QStringLiteral("cabTitle"));
    m_title->setWordWrap(true);
    m_facts = new QLabel(m_body);
    m_facts->setObjectName(QStringLiteral("cabFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    layout->addWidget(m_empty);
    layout->addWidget(m_changeNumber);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    setWidget(m_body);
    // Left: what will be done and how it is undone; right: what could go wrong.
    m_description = section(tr("Description"), QStringLiteral("cabDescription"), 0, 0);
    m_implementation =
        section(tr("Implementation plan"), QStringLiteral("cabImplementation"), 1, 0);
    m_rollback = section(tr("Rollback plan"), QStringLiteral("cabRollback"), 2, 0);
    m_test = section(tr("Test plan"), QStringLiteral("cabTestPlan"), 3, 0);
    m_risk = section(tr("Risk"), QStringLiteral("cabRisk"), 0, 1);
    m_conflicts = section(tr("Conflicts"), QStringLiteral("cabConflicts"), 1, 1);
    m_impact = section(tr("Impact"), QStringLiteral("cabImpact"), 2, 1);
    m_similar = section(tr("Similar changes before"), QStringLiteral("cabSimilar"), 3, 1);
    showEmpty(QString());
}

QLabel *CabItemCard::section(const QString &heading, const QString &name, int row, int column)
{
    auto *frame = new QFrame(m_body);
    frame->setProperty("role", QStringLiteral("box"));
    auto *l = new QVBoxLayout(frame);
    auto *h = new QLabel(heading.toUpper(), frame);
    h->setProperty("role", QStringLiteral("heading"));
    h->setWordWrap(true);
    auto *content = new QLabel(frame);
    content->setObjectName(name);
    content->setWordWrap(true);
    content->setTextFormat(Qt::RichText);
    content->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    content->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->addWidget(h);
    l->addWidget(content, 1);
    m_grid->addWidget(frame, row, column);
    m_sections << frame;
    return content;
}

void CabItemCard::setShown(bool shown)
{
    m_empty->setVisible(!shown);
    for (QWidget *w : {static_cast<QWidget *>(m_changeNumber), static_cast<QWidget *>(m_title),
                       static_cast<QWidget *>(m_facts)})
        w->setVisible(shown);
    for (QWidget *w : std::as_const(m_sections))
        w->setVisible(shown);
}

void CabItemCard::showEmpty(const QString &text)
{
    m_number = 0;
    m_empty->setText(text);
    setShown(false);
}

void CabItemCard::showItem(const client::CabItemView &view)
{
    const ChangeRequest &c = view.change;
    m_number = c.number;
    setShown(true);
    m_changeNumber->setText(c.numberText());
    m_title->setText(c.title);
    QString window = tr("No planned window");
    if (c.plannedStart.isValid())
        window = tr("%1 → %2").arg(ChangeListModel::formatTime(c.plannedStart),
                                   ChangeListModel::formatTime(c.plannedEnd));
    QStringList facts{label(c.changeType), tr("%1 priority").arg(label(c.priority)), window,
                      tr("Requested by %1").arg(c.requester),
                      c.assignee.isEmpty() ? tr("Not assigned")
                                           : tr("Assigned to %1").arg(c.assignee)};
    if (!c.affectedAssets.isEmpty())
        facts << tr("Assets: %1").arg(c.affectedAssets.join(QStringLiteral(", ")));
    QStringList escaped;
    for (const QString &f : std::as_const(facts))
        escaped << f.toHtmlEscaped();
    m_facts->setText(escaped.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    m_description->setText(paragraphs(c.description, tr("No description")));
    m_implementation->setText(paragraphs(c.implementationPlan, tr("No implementation plan")));
    m_rollback->setText(c.rollbackPlan.trimmed().isEmpty() ? line(
                            QStringLiteral("▲"), QStringLiteral("#f85149"), tr("No rollback plan"))
                                                           : paragraphs(c.rollbackPlan, QString()));
    m_test->setText(paragraphs(c.testPlan, tr("No test plan")));
    showRisk(c, view.risk);
    showConflicts(view.conflicts);
    showImpact(view.impact);
    showSimilar(view.similar);
}

// Risk: the level, the score and each answer of the questionnaire, then the conditions.
void CabItemCard::showRisk(const ChangeRequest &c, const RiskProfile &profile)
{
    QString risk =
        QStringLiteral("<div><b>%1</b></div>")
            .arg((c.riskLevel ? tr("%1 risk").arg(label(*c.riskLevel)) : tr("Not assessed"))
                     .toHtmlEscaped());
    if (profile.score)
        risk += QStringLiteral("<div>%1</div>")
                    .arg(tr("Score %1/100 · %2 of %3 questions answered")
                             .arg(*profile.score)
                             .arg(profile.answered)
                             .arg(profile.total)
                             .toHtmlEscaped());
    for (const RiskQuestion &q : std::as_const(profile.questions)) {
        const auto a = profile.answers.constFind(q.key);
        if (a == profile.answers.constEnd() || a->choice < 0 || a->choice >= q.choices.size())
            continue;
        risk += QStringLiteral("<div>• %1 — <b>%2</b></div>")
                    .arg(q.text.toHtmlEscaped(), q.choices.at(a->choice).label.toHtmlEscaped());
    }
    if (profile.answered == 0)
        risk += QStringLiteral("<div><i>%1</i></div>").arg(tr("Questionnaire not answered"));
    for (const RiskCondition &rc : std::as_const(profile.conditions))
        risk += line(QStringLiteral("▲"), QStringLiteral("#f0883e"), rc.message);
    m_risk->setText(risk);
}

void CabItemCard::showConflicts(const ConflictSummary &conflicts)
{
    if (conflicts.isEmpty()) {
        m_conflicts->setText(line(QStringLiteral("✔"), QStringLiteral("#3fb950"),
                                  tr("None: nothing else touches these assets in this window.")));
        return;
    }
    QString html;
    for (const Conflict &k : std::as_const(conflicts.conflicts))
        html += line(QStringLiteral("▲"),
                     k.kind == QLatin1String("freeze") ? QStringLiteral("#f85149")
                                                       : QStringLiteral("#d29922"),
                     k.indirect ? tr("Indirect: %1").arg(k.reason) : k.reason);
    m_conflicts->setText(html);
}

// Impact: how many assets the change affects, the critical ones, and the first explanations (the
// whole list is on the change's Impact tab).
void CabItemCard::showImpact(const ImpactReport &impact)
{
    if (impact.affected.isEmpty() && impact.omitted == 0) {
        m_impact->setText(line(QStringLiteral("✔"), QStringLiteral("#3fb950"),
                               tr("No other asset depends on the assets of this change.")));
        return;
    }
    QString count = tr("%n assets affected", nullptr, impact.affectedCount());
    if (impact.excludedCount() > 0)
        count +=
            QLatin1Char(' ') + tr("(%n excluded with a reason)", nullptr, impact.excludedCount());
    QString html = QStringLiteral("<div><b>%1</b></div>").arg(count.toHtmlEscaped());
    if (!impact.criticalAffected.isEmpty())
        html += line(QStringLiteral("▲"), QStringLiteral("#f85149"),
                     tr("Critical assets affected: %1")
                         .arg(impact.criticalAffected.join(QStringLiteral(", "))));
    int shown = 0;
    for (const ImpactItem &i : std::as_const(impact.affected)) {
        if (i.excluded || shown == 6)
            continue;
        html += line(QStringLiteral("•"), QStringLiteral("#8b949e"), i.explanation);
        ++shown;
    }
    const int notShown = int(impact.affected.size()) - impact.excludedCount() - shown;
    if (notShown > 0)
        html += line(QStringLiteral("…"), QStringLiteral("#8b949e"),
                     tr("… and %1 more on the change's Impact tab").arg(notShown));
    if (!impact.moreText().isEmpty())
        html += line(QStringLiteral("…"), QStringLiteral("#8b949e"), impact.moreText());
    m_impact->setText(html);
}

void CabItemCard::showSimilar(const QList<SimilarChange> &similar)
{
    if (similar.isEmpty()) {
        m_similar->setText(QStringLiteral("<i>%1</i>").arg(tr("No similar change before")));
        return;
    }
    QString html;
    for (const SimilarChange &s : similar) {
        QString outcome = label(s.status);
        if (s.closureCode)
            outcome = label(*s.closureCode);
        if (!s.rollbackReason.isEmpty())
            outcome = tr("%1: %2").arg(outcome, s.rollbackReason);
        html += line(s.failed() ? QStringLiteral("✖") : QStringLiteral("•"),
                     s.failed() ? QStringLiteral("#f85149") : QStringLiteral("#8b949e"),
                     tr("%1 %2 — %3").arg(formatChangeNumber(s.number), s.title, outcome));
    }
    m_similar->setText(html);
}

} // namespace vigilo::ui
