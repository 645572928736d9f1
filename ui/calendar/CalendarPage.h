#pragma once
// The Calendar page: the change calendar (CalendarView) with its toolbar (zoom, previous / today
// / next, which assets, rows by asset or by service), and a side panel that shows the selected
// change and, while a bar is dragged, the conflicts its new slot would have ("what if", from
// Planning::conflictsFor). Moving saves only after Save, through ChangeService::edit; "Next free
// slot" asks the core.

#include "Actor.h"
#include "Planning.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace vigilo {
class Vigilo;
}

namespace vigilo::ui {

class CalendarView;

class CalendarPage final : public QWidget {
    Q_OBJECT
public:
    explicit CalendarPage(Vigilo &core, QWidget *parent = nullptr);

    void setActor(const std::optional<Actor> &actor);
    // Reads the visible range (with a margin) from the core; returns the core's message on failure.
    QString reload();

    CalendarView *view() const { return m_view; }
    QListWidget *conflictList() const { return m_conflicts; }
    QLabel *banner() const { return m_banner; }
    QPushButton *nextSlotButton() const { return m_nextSlot; }
    // The conflicts of the slot being previewed (empty when nothing is previewed).
    const ConflictSummary &previewSummary() const { return m_preview; }
    bool isPreviewing() const { return m_previewNumber > 0; }

    // Asks (Save / Cancel) and moves the change's planned window through the core.
    bool moveChange(int number, const QDateTime &start, const QDateTime &end);
    // The core's earliest conflict-free slot for the selected change; offers to move it there.
    void nextFreeSlot();

Q_SIGNALS:
    void changeActivated(int number);
    void changeModified(int number);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureLoaded();
    // The change as the calendar has it, else as the core has it now.
    std::optional<CalendarChange> changeFor(int number) const;
    void preview(int number, const QDateTime &start, const QDateTime &end);
    void endPreview();
    void showSelection();
    void fillConflicts(const QList<Conflict> &conflicts);
    void updateRangeLabel();
    QString slotText(const QDateTime &start, const QDateTime &end) const;

    Vigilo &m_core;
    std::optional<Actor> m_actor;
    CalendarView *m_view;
    QButtonGroup *m_zoomButtons;
    QLabel *m_rangeLabel;
    QCheckBox *m_onlyActive;
    QCheckBox *m_byService;
    QPushButton *m_nextSlot;
    QPushButton *m_open;
    QLabel *m_heading;
    QLabel *m_details;
    QLabel *m_banner;
    QListWidget *m_conflicts;
    QDateTime m_loadedFrom;
    QDateTime m_loadedTo;
    int m_previewNumber = 0;
    ConflictSummary m_preview;
};

} // namespace vigilo::ui
