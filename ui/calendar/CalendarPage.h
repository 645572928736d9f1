#pragma once
// The Calendar page: the change calendar (CalendarView) with its toolbar (zoom, previous / today
// / next, which assets, rows by asset or by service), and a side panel that shows the selected
// change and, while a bar is dragged, the conflicts its new slot would have ("what if"). Reads and
// writes only through client::Client, on a database and on a team server alike: one request per
// range (calendar.range), the preview through change.conflicts with the new window, the move
// through change.edit with the version the calendar showed, "Next free slot" through
// change.next_slot. A move shows at once; the core's refusal puts the bar back and says why.

#include "Actor.h"
#include "Planning.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace vigilo {
class Clock;
namespace client {
class Client;
}
} // namespace vigilo

namespace vigilo::ui {

class CalendarView;

class CalendarPage final : public QWidget {
    Q_OBJECT
public:
    // `clock`: where "today" and the now-line come from.
    CalendarPage(client::Client &client, const Clock &clock, QWidget *parent = nullptr);

    void setActor(const std::optional<Actor> &actor);
    // Asks for the visible range (with a margin) in one request; returns the core's message when
    // the answer came at once and was a failure. An answer for a range the view has left is
    // dropped.
    QString reload();
    bool isLoading() const { return m_loading; }
    // A move saved and not yet answered.
    bool isMoving() const { return m_moving > 0; }

    CalendarView *view() const { return m_view; }
    QListWidget *conflictList() const { return m_conflicts; }
    QLabel *banner() const { return m_banner; }
    QPushButton *nextSlotButton() const { return m_nextSlot; }
    // The conflicts of the slot being previewed (empty when nothing is previewed).
    const ConflictSummary &previewSummary() const { return m_preview; }
    bool isPreviewing() const { return m_previewNumber > 0; }

    // Asks (Save / Cancel), then moves the change's planned window through the client: the bar
    // moves at once and goes back if the core refuses (moveFinished tells).
    void moveChange(int number, const QDateTime &start, const QDateTime &end);
    // The core's earliest conflict-free slot for the selected change; offers to move it there.
    void nextFreeSlot();

Q_SIGNALS:
    void changeActivated(int number);
    void changeModified(int number);
    void loaded();                          // a range's answer is shown (or its error)
    void moveFinished(int number, bool ok); // the core's answer to a move is shown

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureLoaded();
    void showRange(const CalendarRange &range);
    void showLoadError(const QString &message);
    // The change as the calendar has it.
    std::optional<CalendarChange> changeFor(int number) const;
    void preview(int number, const QDateTime &start, const QDateTime &end);
    // Asks the core what the slot would conflict with; `then` runs once the answer is shown.
    void previewChange(const CalendarChange &c, const QDateTime &start, const QDateTime &end,
                       std::function<void()> then = {});
    void showPreview(const CalendarChange &c, const QDateTime &start, const QDateTime &end,
                     const Result<ConflictSummary> &summary);
    void moveTo(const CalendarChange &c, const QDateTime &start, const QDateTime &end);
    void endPreview();
    bool confirmMove(const CalendarChange &c, const QDateTime &start, const QDateTime &end);
    void saveMove(const CalendarChange &c, const QDateTime &start, const QDateTime &end);
    void moved(int number, ChangeStatus before, const ChangeRequest &change);
    void setBanner(const QString &html, const QColor &tint);
    void showSelection();
    void fillConflicts(const QList<Conflict> &conflicts);
    void updateRangeLabel();
    QString slotText(const QDateTime &start, const QDateTime &end) const;

    client::Client &m_client;
    const Clock &m_clock;
    std::optional<Actor> m_actor;
    CalendarView *m_view;
    QButtonGroup *m_zoomButtons;
    QLabel *m_rangeLabel;
    QLabel *m_loadingLabel;
    QCheckBox *m_onlyActive;
    QCheckBox *m_byService;
    QPushButton *m_nextSlot;
    QPushButton *m_open;
    QLabel *m_heading;
    QLabel *m_details;
    QLabel *m_banner;
    QListWidget *m_conflicts;
    QDateTime m_loadedFrom; // the range shown (valid once an answer came)
    QDateTime m_loadedTo;
    QDateTime m_askedFrom; // the range asked for last
    QDateTime m_askedTo;
    int m_generation = 0; // of range requests: older answers are dropped
    bool m_loading = false;
    int m_previewNumber = 0;
    int m_previewGeneration = 0;
    QDateTime m_previewStart;
    QDateTime m_previewEnd;
    ConflictSummary m_preview;
    bool m_previewOk = false; // m_preview is the core's answer for the slot shown
    int m_moving = 0;         // the change whose move awaits the core's answer
    QDateTime m_moveStart;    // where it was dropped
    QDateTime m_moveEnd;
    QString m_lastError;
    bool m_loadErrorShown = false;
};

} // namespace vigilo::ui
