#include "RiskTab.h"

#include "DetailFormat.h"

#include "dialogs/ErrorPresenter.h"
#include "main/Session.h"
#include "widgets/Async.h"
#include "widgets/FlowLayout.h"

#include "Client.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {
const QString kInfoNote =
    QStringLiteral("QLabel { background: #eef3fb; color: #1f3b63; border: 1px solid #c9d8f0; "
                   "border-radius: 4px; padding: 6px 10px; }");
const QString kErrorNote =
    QStringLiteral("QLabel { background: #fdecea; color: #b42318; border: 1px solid #e8a29b; "
                   "border-radius: 4px; padding: 6px 10px; font-weight: 600; }");

// The score bar needs stronger colours than the pale badges.
QColor levelColor(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low: return QColor(0x2d, 0xa4, 0x4e);
    case RiskLevel::Medium: return QColor(0xd4, 0x8a, 0x1c);
    case RiskLevel::High: return QColor(0xcf, 0x22, 0x2e);
    }
    return QColor(0x6b, 0x72, 0x80);
}
} // namespace

RiskTab::RiskTab(DetailContext &context, QWidget *parent)
    : DetailTab(context, parent)
{
    setObjectName(QStringLiteral("riskTab"));

    m_questions = new QWidget;
    m_questionsLayout = new QVBoxLayout(m_questions);
    m_questionsLayout->setContentsMargins(0, 0, 8, 0);
    m_questionsLayout->setSpacing(10);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("questionnaire"));
    scroll->setWidget(m_questions);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // The side panel: score, suggestion, override, conditions. It scrolls on a short screen
    // (1024×768 with the detail view's banners) instead of squeezing its labels.
    auto *panelScroll = new QScrollArea(this);
    panelScroll->setObjectName(QStringLiteral("riskSidePanel"));
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *panel = new QWidget;
    auto *side = new QVBoxLayout(panel);
    side->setContentsMargins(0, 0, 0, 0);

    auto *scoreBox = new QGroupBox(tr("Risk score"), panel);
    auto *sv = new QVBoxLayout(scoreBox);
    m_scoreLabel = new QLabel(scoreBox);
    m_scoreLabel->setObjectName(QStringLiteral("scoreLabel"));
    QFont big = m_scoreLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_scoreLabel->setFont(big);
    m_score = new QProgressBar(scoreBox);
    m_score->setObjectName(QStringLiteral("scoreBar"));
    m_score->setRange(0, 100);
    m_score->setTextVisible(false);
    m_score->setFixedHeight(12);
    m_progress = new QLabel(scoreBox);
    m_progress->setObjectName(QStringLiteral("answeredLabel"));
    m_progress->setWordWrap(true);
    sv->addWidget(m_scoreLabel);
    sv->addWidget(m_score);
    sv->addWidget(m_progress);
    side->addWidget(scoreBox);

    auto *levelBox = new QGroupBox(tr("Risk level"), panel);
    auto *lv = new QVBoxLayout(levelBox);
    m_current = new QLabel(levelBox);
    m_current->setObjectName(QStringLiteral("currentLevel"));
    m_suggestion = new QLabel(levelBox);
    m_suggestion->setObjectName(QStringLiteral("suggestion"));
    m_suggestion->setWordWrap(true);
    m_accept = new QPushButton(tr("&Accept suggestion"), levelBox);
    m_accept->setObjectName(QStringLiteral("acceptSuggestion"));
    connect(m_accept, &QPushButton::clicked, this, &RiskTab::accept);
    lv->addWidget(m_current);
    lv->addWidget(m_suggestion);
    lv->addWidget(m_accept, 0, Qt::AlignLeft);
    side->addWidget(levelBox);

    m_overrideBox = new QGroupBox(tr("Override"), panel);
    m_overrideBox->setObjectName(QStringLiteral("overrideBox"));
    auto *of = new QFormLayout(m_overrideBox);
    m_overrideLevel = new QComboBox(m_overrideBox);
    m_overrideLevel->setObjectName(QStringLiteral("overrideLevel"));
    for (RiskLevel l : allRiskLevels())
        m_overrideLevel->addItem(label(l), int(l));
    m_overrideReason = new QLineEdit(m_overrideBox);
    m_overrideReason->setObjectName(QStringLiteral("overrideReason"));
    m_overrideReason->setPlaceholderText(tr("Why the suggestion does not fit"));
    m_override = new QPushButton(tr("Set &level"), m_overrideBox);
    m_override->setObjectName(QStringLiteral("overrideButton"));
    m_override->setEnabled(false);
    connect(m_overrideReason, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_override->setEnabled(m_overrideBox->isEnabled() && !text.trimmed().isEmpty());
    });
    connect(m_override, &QPushButton::clicked, this, &RiskTab::applyOverride);
    of->addRow(tr("Level:"), m_overrideLevel);
    of->addRow(tr("Reason:"), m_overrideReason);
    of->addRow(QString(), m_override);
    side->addWidget(m_overrideBox);

    auto *condBox = new QGroupBox(tr("Risk conditions"), panel);
    auto *cv = new QVBoxLayout(condBox);
    m_conditions = new QLabel(condBox);
    m_conditions->setObjectName(QStringLiteral("conditions"));
    m_conditions->setWordWrap(true);
    m_conditions->setTextFormat(Qt::RichText);
    cv->addWidget(m_conditions);
    side->addWidget(condBox);
    side->addStretch(1);
    panelScroll->setWidget(panel);
    panelScroll->setFixedWidth(330 + panelScroll->verticalScrollBar()->sizeHint().width());

    m_lockedNote = new QLabel(this);
    m_lockedNote->setObjectName(QStringLiteral("riskLockedNote"));
    m_lockedNote->setWordWrap(true);
    m_lockedNote->setStyleSheet(kInfoNote);
    m_lockedNote->hide();

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(scroll, 1);
    columns->addWidget(panelScroll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lockedNote);
    layout->addLayout(columns, 1);
}

void RiskTab::load(const ChangeRequest &change)
{
    m_change = change;
    if (m_given) {
        showLoaded(*m_given);
        m_given.reset();
        m_givenError.reset();
        return;
    }
    if (m_givenError) {
        showLoaded(*m_givenError);
        m_givenError.reset();
        return;
    }
    onResult(m_ctx.client().riskProfileAsync(m_ctx.number), this,
             [this](const Result<RiskProfile> &profile) { showLoaded(profile); });
}

void RiskTab::setBusy(bool busy)
{
    // While an answer is under way nothing else is sent (the core has the last word).
    m_questions->setEnabled(!busy);
    if (busy) {
        m_accept->setEnabled(false);
        m_override->setEnabled(false);
    }
}

void RiskTab::showLoaded(const Result<RiskProfile> &profile)
{
    const ChangeRequest &change = m_change;
    if (!profile.ok()) {
        // An error, not an empty questionnaire: nothing here can be trusted or acted on.
        m_locked = true;
        m_lockedNote->setText(tr("The risk assessment of %1 cannot be read: %2")
                                  .arg(change.numberText(), profile.error().message));
        m_lockedNote->setStyleSheet(kErrorNote);
        m_lockedNote->show();
        m_questions->setEnabled(false);
        m_accept->setEnabled(false);
        m_overrideBox->setEnabled(false);
        m_conditions->setText(profile.error().message.toHtmlEscaped());
        return;
    }
    m_lockedNote->setStyleSheet(kInfoNote);
    m_questions->setEnabled(true);
    // The core's answer (RiskAssessment::availableRiskActions): answers are taken while its
    // rules allow, and the note says why not.
    const auto answers = RiskAssessment::availableRiskActions(m_ctx.actor, change, *profile);
    QString lockedWhy;
    for (const auto &a : answers)
        if (a.action == RiskAssessment::RiskAction::Answer && !a.allowed())
            lockedWhy = a.reason();
    m_locked = !lockedWhy.isEmpty();
    const bool sameQuestions = [&] {
        if (m_profile.questions.size() != profile->questions.size())
            return false;
        for (int i = 0; i < profile->questions.size(); ++i)
            if (m_profile.questions[i].key != profile->questions[i].key)
                return false;
        return true;
    }();
    m_profile = *profile;
    if (!sameQuestions || m_groups.isEmpty())
        rebuildQuestions();
    for (int i = 0; i < m_groups.size() && i < m_profile.questions.size(); ++i) {
        QButtonGroup *group = m_groups[i];
        const auto it = m_profile.answers.constFind(m_profile.questions[i].key);
        group->setExclusive(false);
        for (QAbstractButton *b : group->buttons()) {
            b->setChecked(it != m_profile.answers.constEnd() && group->id(b) == it->choice);
            b->setEnabled(!m_locked);
            b->setToolTip(lockedWhy);
        }
        group->setExclusive(true);
    }
    if (m_locked) {
        m_lockedNote->setText(lockedWhy);
        m_lockedNote->show();
    } else {
        m_lockedNote->hide();
    }
    showProfile(m_profile);
}

void RiskTab::rebuildQuestions()
{
    qDeleteAll(m_groups);
    m_groups.clear();
    while (QLayoutItem *item = m_questionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int n = 0;
    for (const RiskQuestion &q : m_profile.questions) {
        ++n;
        auto *box = new QGroupBox(m_questions);
        box->setObjectName(QStringLiteral("question_%1").arg(q.key));
        auto *v = new QVBoxLayout(box);
        v->setSpacing(4);
        auto *text =
            new QLabel(QStringLiteral("<b>%1.</b> %2").arg(n).arg(q.text.toHtmlEscaped()), box);
        text->setWordWrap(true);
        text->setToolTip(tr("Weight %1 of 10").arg(q.weight));
        v->addWidget(text);
        auto *row = new FlowLayout(nullptr, 14); // the answers wrap on a narrow screen
        v->addLayout(row);
        auto *group = new QButtonGroup(this);
        for (int c = 0; c < q.choices.size(); ++c) {
            auto *radio = new QRadioButton(q.choices[c].label, box);
            radio->setObjectName(QStringLiteral("risk_%1_%2").arg(q.key).arg(c));
            group->addButton(radio, c);
            row->addWidget(radio);
        }
        const QString key = q.key;
        connect(group, &QButtonGroup::idClicked, this,
                [this, key](int choice) { choose(key, choice); });
        m_groups << group;
        m_questionsLayout->addWidget(box);
    }
    m_questionsLayout->addStretch(1);
}

void RiskTab::choose(const QString &key, int choice)
{
    // The live score first: the core's pure scoring over the answers as clicked.
    QHash<QString, RiskAnswer> answers = m_profile.answers;
    RiskAnswer a;
    a.key = key;
    a.choice = choice;
    a.answeredBy = m_ctx.actor.member.username;
    answers.insert(key, a);
    RiskProfile live = RiskAssessment::evaluate(m_profile.questions, answers);
    live.current = m_profile.current;
    live.conditions = m_profile.conditions;
    showProfile(live);

    setBusy(true);
    onResult(m_ctx.client().answerRiskAsync(m_ctx.number, key, QString::number(choice + 1)), this,
             [this](const Result<RiskProfile> &saved) {
                 setBusy(false);
                 if (!saved.ok()) {
                     ErrorPresenter::show(this, tr("The answer cannot be saved"), saved.error());
                     load(m_change); // back to what the core has
                     return;
                 }
                 m_profile = *saved;
                 showProfile(m_profile);
                 emit modified();
             });
}

void RiskTab::showProfile(const RiskProfile &p)
{
    m_shown = p;
    if (p.score) {
        const RiskLevel level = RiskAssessment::levelFor(*p.score);
        m_scoreLabel->setText(tr("%1 / 100").arg(*p.score));
        m_score->setValue(*p.score);
        m_score->setStyleSheet(QStringLiteral("QProgressBar { border: none; background: #e6e8ec; "
                                              "border-radius: 6px; } QProgressBar::chunk { "
                                              "background: %1; border-radius: 6px; }")
                                   .arg(levelColor(level).name()));
    } else {
        m_scoreLabel->setText(tr("Not scored"));
        m_score->setValue(0);
    }
    m_progress->setText(tr("%1 of %2 questions answered; a level is suggested from %3 answers.")
                            .arg(p.answered)
                            .arg(p.total)
                            .arg(p.requiredAnswers));
    m_current->setText(p.current ? tr("Current level: <b>%1</b>").arg(label(*p.current))
                                 : tr("Current level: <b>Not assessed</b>"));
    if (p.suggestion) {
        m_suggestion->setText(tr("Suggested: <b>%1</b> (score %2)")
                                  .arg(label(*p.suggestion))
                                  .arg(p.score.value_or(0)));
    } else {
        m_suggestion->setText(tr("No suggestion yet. Answers still needed: %1.")
                                  .arg(qMax(0, p.requiredAnswers - p.answered)));
    }
    // Accept and Override as the core answers them for what is shown now.
    ChangeRequest shown = m_change;
    shown.riskLevel = p.current;
    for (const auto &a : RiskAssessment::availableRiskActions(m_ctx.actor, shown, p)) {
        if (a.action == RiskAssessment::RiskAction::Accept) {
            m_accept->setEnabled(!m_locked && a.allowed());
            m_accept->setToolTip(a.reason());
        } else if (a.action == RiskAssessment::RiskAction::Override) {
            m_overrideBox->setEnabled(!m_locked && a.allowed());
            m_overrideBox->setToolTip(a.reason());
        }
    }
    m_override->setEnabled(m_overrideBox->isEnabled()
                           && !m_overrideReason->text().trimmed().isEmpty());

    QStringList lines;
    for (const RiskCondition &c : p.conditions)
        lines << QStringLiteral("<p style='margin:0 0 6px 0'>⚠ %1</p>")
                     .arg(c.message.toHtmlEscaped());
    m_conditions->setText(lines.isEmpty() ? tr("None: no lead-time shortfall and no similar change "
                                               "that failed.")
                                          : lines.join(QString()));
}

void RiskTab::accept()
{
    setBusy(true);
    onResult(m_ctx.client().acceptRiskAsync(m_ctx.number), this,
             [this](const Result<ChangeRequest> &result) {
                 setBusy(false);
                 if (!result.ok()) {
                     ErrorPresenter::show(this, tr("The suggestion cannot be accepted"),
                                          result.error());
                     showProfile(m_profile);
                     return;
                 }
                 emit modified();
             });
}

void RiskTab::applyOverride()
{
    const auto level = RiskLevel(m_overrideLevel->currentData().toInt());
    setBusy(true);
    onResult(m_ctx.client().acceptRiskAsync(m_ctx.number, level, m_overrideReason->text()), this,
             [this](const Result<ChangeRequest> &result) {
                 setBusy(false);
                 if (!result.ok()) {
                     ErrorPresenter::show(this, tr("The risk level cannot be set"), result.error());
                     showProfile(m_profile);
                     return;
                 }
                 m_overrideReason->clear();
                 emit modified();
             });
}

} // namespace vigilo::ui
