#pragma once
// CAB mode: the approval queue on the meeting room projector. Full screen, large type, high
// contrast; one change at a time in planned-start order with its risk, conflicts, assets, plans
// and open steps; keyboard driven (→/J next, ←/K previous, A approve, R reject, Esc leave). It
// refreshes itself when another workstation decides, so the room sees the current state.

#include "Actor.h"
#include "ApprovalQueue.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTimer;

namespace vigilo::ui {

class Session;

class CabWindow final : public QWidget {
    Q_OBJECT
public:
    CabWindow(Session &session, const Actor &actor, QWidget *parent = nullptr);

    // Reads the queue again, staying on the same change when it is still in review.
    void reload();
    void next();
    void previous();
    // A: approve the current change (asks for an optional comment); R: reject (asks a reason).
    void approveCurrent();
    void rejectCurrent();

    int currentNumber() const;
    QList<int> queueNumbers() const;
    QString bannerText() const;
    bool bannerIsError() const { return m_bannerError; }

Q_SIGNALS:
    // The CAB decided on `number` through the core (the main window refreshes).
    void decided(int number);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildUi();
    void render();
    void showBanner(const QString &text, bool error);
    void decide(Action action, const QString &text);

    Session &m_session;
    Actor m_actor;
    QList<ApprovalQueueItem> m_queue; // the core's approval queue, every change in review
    int m_index = 0;

    QLabel *m_workspace = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_banner = nullptr;
    QTimer *m_bannerTimer = nullptr;
    QStackedWidget *m_body = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_card = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_chips = nullptr;
    QLabel *m_risk = nullptr;
    QLabel *m_conflicts = nullptr;
    QLabel *m_assets = nullptr;
    QLabel *m_implementation = nullptr;
    QLabel *m_rollback = nullptr;
    QLabel *m_steps = nullptr;
    bool m_bannerError = false;
};

} // namespace vigilo::ui
