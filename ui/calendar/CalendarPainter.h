#pragma once
// Paints the change calendar from its layout: the day grid and weekends, the rows, maintenance
// windows as light bands, freeze windows hatched, change bars coloured by status (conflicts
// outlined in red), the ghost of a move, the "today" line, the time axis and the asset names.
// Holds no state between paints; CalendarView decides what is selected and previewed.

#include "CalendarLayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QPalette>

class QPainter;

namespace vigilo::ui {

class CalendarPainter final {
    // The calendar's strings keep the view's context (one place in the catalogue).
    Q_DECLARE_TR_FUNCTIONS(vigilo::ui::CalendarView)
public:
    // What the view adds to the layout: selection, the previewed move and the current time.
    struct State {
        int selectedNumber = 0;
        int selectedRow = -1;
        int previewNumber = 0;
        QDateTime previewStart;
        QDateTime previewEnd;
        QDateTime now;
    };

    CalendarPainter(QPainter &painter, const CalendarLayout &layout, const QPalette &palette,
                    const QFont &font, const State &state);

    // Paints the viewport `area`; returns how many bars were painted.
    int paint(const QRect &area);

private:
    void paintGrid(const QRect &tl);
    void paintRows(const QList<int> &rows);
    void paintMaintenance(const QList<int> &rows);
    void paintFreezes(const QRect &tl);
    int paintBars(const QList<int> &rows, const QRect &tl);
    void paintNow(int top, int bottom);
    void paintHeader(const QRect &area);
    void paintLabels(const QRect &area);
    void paintCorner(const QRect &viewport);
    void paintBar(const QRect &r, const CalendarChange &c, bool selected, bool ghost,
                  int labelLimit);
    void paintBarLabel(const QRect &text, const CalendarChange &c, bool secondary);

    QPainter &m_p;
    const CalendarLayout &m_layout;
    const QPalette &m_pal;
    QFont m_font;
    QFont m_bold;
    State m_state;
    bool m_dark = false;
    QColor m_grid;
};

} // namespace vigilo::ui
