#include "ActionBar.h"

#include <QHBoxLayout>
#include <QPushButton>

#include <algorithm>

namespace vigilo::ui {

namespace {
enum class Tone { Primary, Normal, Danger };

Tone toneOf(Action a)
{
    switch (a) {
    case Action::Submit:
    case Action::Approve:
    case Action::Schedule:
    case Action::Start:
    case Action::Complete: return Tone::Primary;
    case Action::Reject:
    case Action::Rollback: return Tone::Danger;
    case Action::Reopen:
    case Action::Cancel: return Tone::Normal;
    }
    return Tone::Normal;
}

QString styleOf(Tone tone)
{
    switch (tone) {
    case Tone::Primary:
        return QStringLiteral("QPushButton { background: #1a5fb4; color: white; border: 1px solid "
                              "#164f96; border-radius: 4px; padding: 5px 14px; font-weight: 600; }"
                              "QPushButton:hover { background: #1c69c8; }"
                              "QPushButton:pressed { background: #154d92; }");
    case Tone::Danger:
        return QStringLiteral("QPushButton { background: white; color: #b42318; border: 1px solid "
                              "#e8a29b; border-radius: 4px; padding: 5px 14px; font-weight: 600; }"
                              "QPushButton:hover { background: #fdecea; }");
    case Tone::Normal:
        return QStringLiteral("QPushButton { background: white; color: #24292f; border: 1px solid "
                              "#c9ced6; border-radius: 4px; padding: 5px 14px; }"
                              "QPushButton:hover { background: #f3f4f6; }");
    }
    return {};
}
} // namespace

ActionBar::ActionBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("actionBar"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
}

QString ActionBar::textFor(Action action)
{
    switch (action) {
    case Action::Submit: return tr("Submit for review");
    case Action::Approve: return tr("Approve…");
    case Action::Reject: return tr("Reject…");
    case Action::Schedule: return tr("Schedule");
    case Action::Start: return tr("Start");
    case Action::Complete: return tr("Complete change…");
    case Action::Rollback: return tr("Roll back…");
    case Action::Reopen: return tr("Reopen");
    case Action::Cancel: return tr("Cancel change…");
    }
    return {};
}

void ActionBar::setActions(const QList<Action> &actions)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_actions = actions;
    // Forward actions first, the ones that stop or undo last.
    QList<Action> ordered = actions;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](Action a, Action b) { return int(toneOf(a)) < int(toneOf(b)); });
    for (Action a : ordered) {
        auto *b = new QPushButton(textFor(a), this);
        b->setObjectName(QStringLiteral("action_%1").arg(toString(a)));
        b->setStyleSheet(styleOf(toneOf(a)));
        b->setCursor(Qt::PointingHandCursor);
        b->setProperty("action", int(a));
        connect(b, &QPushButton::clicked, this, [this, a] { emit triggered(a); });
        m_layout->addWidget(b);
        m_buttons << b;
    }
}

QPushButton *ActionBar::button(Action action) const
{
    for (QPushButton *b : m_buttons)
        if (b->property("action").toInt() == int(action))
            return b;
    return nullptr;
}

} // namespace vigilo::ui
