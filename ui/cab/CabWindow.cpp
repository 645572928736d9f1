#include "CabWindow.h"

#include "CabDecisionDialog.h"
#include "changes/ChangeListModel.h"
#include "main/Session.h"

#include "ChangeWatcher.h"
#include "Vigilo.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {
const char *kStyle =
    "QWidget#cabWindow { background: #0d1117; }"
    "QWidget#cabWindow QLabel { color: #e6edf3; font-size: 22pt; }"
    "QWidget#cabWindow QLabel#cabWorkspace { font-size: 20pt; color: #8b949e; font-weight: 600; }"
    "QWidget#cabWindow QLabel#cabPosition { font-size: 20pt; color: #8b949e; }"
    "QWidget#cabWindow QLabel#cabKeys { font-size: 16pt; color: #8b949e; }"
    "QWidget#cabWindow QLabel#cabNumber { font-size: 26pt; color: #58a6ff; font-weight: 700; }"
    "QWidget#cabWindow QLabel#cabTitle { font-size: 40pt; font-weight: 700; color: #ffffff; }"
    "QWidget#cabWindow QLabel#cabEmpty { font-size: 34pt; color: #8b949e; }"
    "QWidget#cabWindow QLabel[role=\"heading\"] { font-size: 15pt; color: #8b949e; "
    "font-weight: 700; letter-spacing: 2px; }"
    "QFrame[role=\"box\"] { background: #161b22; border: 1px solid #30363d; border-radius: 12px; }";

QString chip(const QString &text, const QString &background,
             const QString &color = QStringLiteral("#ffffff"))
{
    return QStringLiteral("<span style=\"background-color:%2; color:%3;\">&nbsp;%1&nbsp;</span>")
        .arg(text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")), background,
             color);
}

QString riskColor(std::optional<RiskLevel> level)
{
    if (!level)
        return QStringLiteral("#6e7681");
    switch (*level) {
    case RiskLevel::Low: return QStringLiteral("#238636");
    case RiskLevel::Medium: return QStringLiteral("#9e6a03");
    case RiskLevel::High: return QStringLiteral("#da3633");
    }
    return QStringLiteral("#6e7681");
}

QString paragraphs(const QString &plain)
{
    QString html;
    for (const QString &line : plain.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html +=
            QStringLiteral("<div style=\"margin-bottom:4px\">%1</div>").arg(line.toHtmlEscaped());
    return html;
}
} // namespace

CabWindow::CabWindow(Session &session, const Actor &actor, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("cabWindow"));
    setAttribute(Qt::WA_StyledBackground);
    setWindowTitle(tr("CAB mode — %1").arg(actor.workspace.name));
    setStyleSheet(QString::fromLatin1(kStyle));
    setFocusPolicy(Qt::StrongFocus);
    buildUi();
    // Another workstation decided: show the room what is true now.
    connect(m_session.watcher(), &ChangeWatcher::changed, this, &CabWindow::reload);
    reload();
}

void CabWindow::buildUi()
{
    auto *top = new QHBoxLayout;
    m_workspace = new QLabel(tr("CAB · %1").arg(m_actor.workspace.name), this);
    m_workspace->setObjectName(QStringLiteral("cabWorkspace"));
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("cabPosition"));
    top->addWidget(m_workspace);
    top->addStretch(1);
    top->addWidget(m_position);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("cabBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_bannerTimer = new QTimer(this);
    m_bannerTimer->setSingleShot(true);
    connect(m_bannerTimer, &QTimer::timeout, m_banner, &QWidget::hide);

    m_body = new QStackedWidget(this);
    m_empty = new QLabel(tr("No change is waiting for approval.\nThe queue refreshes by itself."),
                         m_body);
    m_empty->setObjectName(QStringLiteral("cabEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);

    auto *card = new QWidget;
    card->setObjectName(QStringLiteral("cabCard"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    cardLayout->setSpacing(14);
    m_number = new QLabel(card);
    m_number->setObjectName(QStringLiteral("cabNumber"));
    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("cabTitle"));
    m_title->setWordWrap(true);
    m_chips = new QLabel(card);
    m_chips->setObjectName(QStringLiteral("cabChips"));
    m_chips->setTextFormat(Qt::RichText);
    m_chips->setWordWrap(true);
    cardLayout->addWidget(m_number);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_chips);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(18);
    const auto box = [card](const QString &heading, const QString &name) {
        auto *frame = new QFrame(card);
        frame->setProperty("role", QStringLiteral("box"));
        auto *l = new QVBoxLayout(frame);
        l->setContentsMargins(22, 16, 22, 18);
        l->setSpacing(8);
        auto *h = new QLabel(heading.toUpper(), frame);
        h->setProperty("role", QStringLiteral("heading"));
        auto *content = new QLabel(frame);
        content->setObjectName(name);
        content->setWordWrap(true);
        content->setTextFormat(Qt::RichText);
        content->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        l->addWidget(h);
        l->addWidget(content, 1);
        return std::make_pair(frame, content);
    };
    auto [riskBox, risk] = box(tr("Risk"), QStringLiteral("cabRisk"));
    auto [conflictBox, conflicts] = box(tr("Conflicts"), QStringLiteral("cabConflicts"));
    auto [assetBox, assets] = box(tr("Assets"), QStringLiteral("cabAssets"));
    auto [stepBox, steps] = box(tr("Approval steps still open"), QStringLiteral("cabSteps"));
    auto [implBox, impl] = box(tr("Implementation plan"), QStringLiteral("cabImplementation"));
    auto [rollBox, roll] = box(tr("Rollback plan"), QStringLiteral("cabRollback"));
    m_risk = risk;
    m_conflicts = conflicts;
    m_assets = assets;
    m_steps = steps;
    m_implementation = impl;
    m_rollback = roll;
    // Left: what could go wrong; right: what the room decides on and how it would be undone.
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    left->setSpacing(18);
    right->setSpacing(18);
    left->addWidget(riskBox);
    left->addWidget(conflictBox, 1);
    left->addWidget(assetBox);
    right->addWidget(stepBox);
    right->addWidget(implBox, 1);
    right->addWidget(rollBox, 1);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    cardLayout->addLayout(grid, 1);

    card->setParent(m_body);
    m_card = card;
    m_body->addWidget(card);
    m_body->addWidget(m_empty);

    auto *keys = new QLabel(tr("→ / J next   ·   ← / K previous   ·   A approve   ·   R reject   "
                               "·   F5 refresh   ·   Esc leave"),
                            this);
    keys->setObjectName(QStringLiteral("cabKeys"));
    keys->setAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 28, 48, 20);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_body, 1);
    layout->addWidget(keys);
}

void CabWindow::reload()
{
    const int current = currentNumber();
    auto queue = m_session.core().approvalQueue().load(m_actor, false);
    if (!queue.ok()) {
        showBanner(queue.error().message, true);
        return;
    }
    m_queue = queue.value();
    // Stay on the same change; if it left the queue, the next one in line takes its place.
    int index = -1;
    for (int i = 0; i < m_queue.size(); ++i)
        if (m_queue.at(i).change.number == current)
            index = i;
    if (index < 0)
        index = qMin(m_index, int(m_queue.size()) - 1);
    m_index = qMax(0, index);
    render();
}

void CabWindow::next()
{
    if (m_index + 1 < m_queue.size()) {
        ++m_index;
        render();
    }
}

void CabWindow::previous()
{
    if (m_index > 0) {
        --m_index;
        render();
    }
}

int CabWindow::currentNumber() const
{
    return m_index < m_queue.size() ? m_queue.at(m_index).change.number : 0;
}

QList<int> CabWindow::queueNumbers() const
{
    QList<int> numbers;
    for (const ApprovalQueueItem &e : m_queue)
        numbers << e.change.number;
    return numbers;
}

QString CabWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void CabWindow::render()
{
    if (m_queue.isEmpty()) {
        m_position->setText(tr("Queue empty"));
        m_body->setCurrentWidget(m_empty);
        return;
    }
    m_body->setCurrentWidget(m_card);
    const ApprovalQueueItem &e = m_queue.at(m_index);
    // The queue holds what every card's header needs; the card on screen reads its plans and
    // assets (one change, whatever the queue's length).
    auto full = m_session.core().changes().get(m_actor, e.change.number);
    if (!full.ok()) {
        showBanner(full.error().message, true);
        return;
    }
    const ChangeRequest &c = *full;
    m_position->setText(tr("Change %1 of %2").arg(m_index + 1).arg(m_queue.size()));
    m_number->setText(c.numberText());
    m_title->setText(c.title);

    QString window = tr("No planned window");
    if (c.plannedStart.isValid())
        window = tr("%1 → %2").arg(ChangeListModel::formatTime(c.plannedStart),
                                   ChangeListModel::formatTime(c.plannedEnd));
    QStringList chips;
    chips << chip(label(c.changeType), QStringLiteral("#30363d"))
          << chip(tr("%1 priority").arg(label(c.priority)), c.priority >= Priority::High
                                                                ? QStringLiteral("#9e6a03")
                                                                : QStringLiteral("#30363d"))
          << chip(window, QStringLiteral("#1f6feb"))
          << chip(tr("Requested by %1").arg(c.requester), QStringLiteral("#30363d"));
    if (c.overrunning)
        chips << chip(tr("Overrunning its planned end"), QStringLiteral("#da3633"));
    if (!e.canDecide())
        chips << chip(tr("You cannot decide this step"), QStringLiteral("#6e7681"));
    m_chips->setText(QStringLiteral("<div style=\"line-height:160%\">%1</div>")
                         .arg(chips.join(QStringLiteral("&nbsp;&nbsp; "))));

    auto profile = m_session.core().risk().profile(m_actor, c.number);
    QString risk = chip(c.riskLevel ? tr("%1 risk").arg(label(*c.riskLevel)) : tr("Not assessed"),
                        riskColor(c.riskLevel));
    if (profile.ok()) {
        if (profile->score)
            risk += tr("&nbsp;&nbsp;score <b>%1</b>/100 · %2 of %3 questions answered")
                        .arg(*profile->score)
                        .arg(profile->answered)
                        .arg(profile->total);
        else
            risk += tr("&nbsp;&nbsp;questionnaire not answered");
        for (const RiskCondition &rc : std::as_const(profile->conditions))
            risk += QStringLiteral("<div style=\"color:#f0883e; margin-top:6px\">▲ %1</div>")
                        .arg(rc.message.toHtmlEscaped());
    } else {
        risk += QStringLiteral("<div>%1</div>").arg(profile.error().message.toHtmlEscaped());
    }
    m_risk->setText(risk);

    auto conflicts = m_session.core().planning().conflicts(m_actor, c.number);
    if (!conflicts.ok())
        m_conflicts->setText(conflicts.error().message.toHtmlEscaped());
    else if (conflicts->isEmpty())
        m_conflicts->setText(
            QStringLiteral("<span style=\"color:#3fb950\">✔</span> %1")
                .arg(tr("None: nothing else touches these assets in this window.")));
    else {
        QString html;
        for (const Conflict &k : std::as_const(conflicts->conflicts))
            html +=
                QStringLiteral(
                    "<div style=\"margin-bottom:6px\"><span style=\"color:%1\">▲</span> %2</div>")
                    .arg(k.kind == QLatin1String("freeze") ? QStringLiteral("#f85149")
                                                           : QStringLiteral("#d29922"),
                         k.reason.toHtmlEscaped());
        m_conflicts->setText(html);
    }

    m_assets->setText(c.affectedAssets.isEmpty()
                          ? tr("No asset named")
                          : c.affectedAssets.join(QStringLiteral(" · ")).toHtmlEscaped());
    m_implementation->setText(c.implementationPlan.isEmpty() ? tr("<i>No implementation plan</i>")
                                                             : paragraphs(c.implementationPlan));
    m_rollback->setText(
        c.rollbackPlan.isEmpty()
            ? QStringLiteral("<span style=\"color:#f85149\">%1</span>").arg(tr("No rollback plan"))
            : paragraphs(c.rollbackPlan));

    QString steps;
    for (const ApprovalStep &s : std::as_const(e.openSteps)) {
        int approvals = 0;
        for (const ApprovalDecision &d : s.decisions)
            if (d.approved)
                ++approvals;
        const bool current = s.status == StepStatus::Pending;
        steps += QStringLiteral("<div style=\"margin-bottom:6px\">%1 <b>%2</b> — %3</div>")
                     .arg(current ? QStringLiteral("<span style=\"color:#58a6ff\">●</span>")
                                  : QStringLiteral("<span style=\"color:#6e7681\">○</span>"),
                          s.name.toHtmlEscaped(),
                          tr("%1 of %2 approvals, %3 or above, %4")
                              .arg(approvals)
                              .arg(s.requiredApprovals)
                              .arg(label(s.eligibleRole), label(s.status))
                              .toHtmlEscaped());
    }
    if (!e.canDecide())
        steps += QStringLiteral("<div style=\"color:#8b949e; margin-top:6px\">%1</div>")
                     .arg(tr("You (%1) cannot decide the current step: %2")
                              .arg(m_actor.member.username, e.refusal->message)
                              .toHtmlEscaped());
    m_steps->setText(steps.isEmpty() ? tr("None") : steps);
}

void CabWindow::showBanner(const QString &text, bool error)
{
    m_bannerError = error;
    m_banner->setText(text);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel#cabBanner { font-size: 24pt; font-weight: 600; padding: 16px 22px; "
                       "border-radius: 10px; color: #ffffff; background: %1; }")
            .arg(error ? QStringLiteral("#b62324") : QStringLiteral("#196c2e")));
    m_banner->show();
    m_bannerTimer->start(error ? 20000 : 8000);
}

void CabWindow::approveCurrent()
{
    if (m_queue.isEmpty())
        return;
    const QString number = formatChangeNumber(m_queue.at(m_index).change.number);
    QPointer<CabDecisionDialog> dialog =
        new CabDecisionDialog(CabDecisionDialog::Kind::Approve, number, this);
    const bool ok = dialog->exec() == QDialog::Accepted;
    const QString text = dialog ? dialog->text() : QString();
    delete dialog;
    if (ok)
        decide(Action::Approve, text);
}

void CabWindow::rejectCurrent()
{
    if (m_queue.isEmpty())
        return;
    const QString number = formatChangeNumber(m_queue.at(m_index).change.number);
    QPointer<CabDecisionDialog> dialog =
        new CabDecisionDialog(CabDecisionDialog::Kind::Reject, number, this);
    const bool ok = dialog->exec() == QDialog::Accepted;
    const QString text = dialog ? dialog->text() : QString();
    delete dialog;
    if (ok)
        decide(Action::Reject, text);
}

void CabWindow::decide(Action action, const QString &text)
{
    const ChangeSummary &c = m_queue.at(m_index).change;
    const int number = c.number;
    TransitionInput input;
    if (action == Action::Approve)
        input.comment = text;
    else
        input.reason = text;
    input.expectedVersion = c.version; // the room decided on what it saw
    auto result = m_session.core().changes().apply(m_actor, number, action, input);
    if (!result.ok()) {
        showBanner(result.error().message, true);
        reload();
        return;
    }
    if (action == Action::Reject)
        showBanner(tr("%1 rejected.").arg(formatChangeNumber(number)), false);
    else if (result->status == ChangeStatus::Approved)
        showBanner(tr("%1 approved: every step is satisfied.").arg(formatChangeNumber(number)),
                   false);
    else
        showBanner(tr("%1: your approval is recorded; further steps are still open.")
                       .arg(formatChangeNumber(number)),
                   false);
    reload();
    Q_EMIT decided(number);
}

void CabWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_J:
    case Qt::Key_PageDown: next(); return;
    case Qt::Key_Left:
    case Qt::Key_K:
    case Qt::Key_PageUp: previous(); return;
    case Qt::Key_A: approveCurrent(); return;
    case Qt::Key_R: rejectCurrent(); return;
    case Qt::Key_F5: reload(); return;
    case Qt::Key_Escape: close(); return;
    default: QWidget::keyPressEvent(event);
    }
}

} // namespace vigilo::ui
