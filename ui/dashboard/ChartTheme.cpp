#include "ChartTheme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QPalette>
#include <QValueAxis>

namespace vigilo::ui {

bool ChartTheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void ChartTheme::apply(QChart *chart, const QPalette &palette)
{
    const bool dark = isDark(palette);
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    QFont title = QApplication::font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.1);
    chart->setTitleFont(title);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setFont(QApplication::font());
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocale(QLocale()); // axis numbers in the interface's locale ("2,5" in German)
    chart->setLocalizeNumbers(true);
}

void ChartTheme::styleAxes(QChart *chart, const QPalette &palette)
{
    QColor grid = palette.color(QPalette::Text);
    grid.setAlpha(isDark(palette) ? 40 : 28);
    QColor line = palette.color(QPalette::Text);
    line.setAlpha(90);
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(small);
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
        axis->setTitleFont(QApplication::font());
        axis->setGridLineColor(grid);
        axis->setLinePenColor(line);
        axis->setShadesVisible(false);
        axis->setMinorGridLineVisible(false);
    }
}

QColor ChartTheme::color(Role role, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case Role::Deployments: return dark ? QColor(0x5b, 0x9c, 0xf0) : QColor(0x2f, 0x6f, 0xd1);
    case Role::Failures: return dark ? QColor(0xf0, 0x7b, 0x6b) : QColor(0xd0, 0x4a, 0x3a);
    case Role::FailureRate: return dark ? QColor(0xf5, 0xc1, 0x4d) : QColor(0xb8, 0x6e, 0x00);
    case Role::LeadTime: return dark ? QColor(0x4f, 0xc8, 0xb0) : QColor(0x13, 0x86, 0x70);
    case Role::Restore: return dark ? QColor(0xc3, 0x95, 0xf0) : QColor(0x7b, 0x4b, 0xc4);
    }
    return palette.color(QPalette::Highlight);
}

QColor ChartTheme::good(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6c, 0xd0, 0x8a) : QColor(0x1c, 0x7f, 0x3c);
}

QColor ChartTheme::bad(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf0, 0x86, 0x78) : QColor(0xc0, 0x39, 0x2b);
}

} // namespace vigilo::ui
