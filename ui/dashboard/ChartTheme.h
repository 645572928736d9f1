#pragma once
// Qt Charts in the application's palette: a chart's background, text, grid and legend follow
// the current light or dark palette, and the series colours are chosen to read on either.

#include <QColor>

class QChart;
class QPalette;

namespace vigilo::ui {

class ChartTheme final {
public:
    enum class Role { Deployments, Failures, FailureRate, LeadTime, Restore };

    static bool isDark(const QPalette &palette);
    // Sets the chart's theme (light or dark), then its colours and fonts from `palette`.
    // Call before adding series, then colour them with color().
    static void apply(QChart *chart, const QPalette &palette);
    // Colours axes and grid lines added after apply().
    static void styleAxes(QChart *chart, const QPalette &palette);
    static QColor color(Role role, const QPalette &palette);
    // Good news and bad news on the KPI cards.
    static QColor good(const QPalette &palette);
    static QColor bad(const QPalette &palette);
};

} // namespace vigilo::ui
