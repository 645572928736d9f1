#include "Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace vigilo::ui {

namespace {

const QString kSetting = QStringLiteral("ui/appearance");

struct Original {
    bool captured = false;
    QString styleName;
    QPalette palette;
    bool dark = false;
};

// What the platform gave before any change of ours, so System can go back to it.
Original &original()
{
    static Original o;
    if (!o.captured && qApp) {
        o.captured = true;
        o.styleName = QApplication::style() ? QApplication::style()->name() : QString();
        o.palette = QApplication::palette();
        o.dark = o.palette.color(QPalette::Window).lightness() < 128;
    }
    return o;
}

} // namespace

Appearance appearanceFromString(const QString &text)
{
    if (text == QLatin1String("light"))
        return Appearance::Light;
    if (text == QLatin1String("dark"))
        return Appearance::Dark;
    return Appearance::System;
}

QString toString(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light: return QStringLiteral("light");
    case Appearance::Dark: return QStringLiteral("dark");
    case Appearance::System: break;
    }
    return QStringLiteral("system");
}

Appearance savedAppearance()
{
    return appearanceFromString(QSettings().value(kSetting, QStringLiteral("system")).toString());
}

void saveAppearance(Appearance appearance)
{
    QSettings().setValue(kSetting, toString(appearance));
}

bool systemIsDark()
{
    return original().dark;
}

QPalette darkPalette()
{
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(127, 127, 127),
        highlight(42, 130, 218), link(94, 166, 255);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link.darker(120));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(75, 75, 78));
    p.setColor(QPalette::Midlight, QColor(60, 60, 63));
    p.setColor(QPalette::Mid, QColor(38, 38, 40));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 80));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    return p;
}

bool applyAppearance(Appearance appearance)
{
    const Original &o = original();
    switch (appearance) {
    case Appearance::System:
        // A dark desktop gets the same Fusion dark look as Dark: the platform's own style
        // often draws poorly on a dark palette without the theme's style plugin.
        if (o.dark)
            return applyAppearance(Appearance::Dark);
        if (!o.styleName.isEmpty() && QApplication::style()->name() != o.styleName)
            QApplication::setStyle(QStyleFactory::create(o.styleName));
        QApplication::setPalette(o.palette);
        return false;
    case Appearance::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return false;
    case Appearance::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        return true;
    }
    return false;
}

} // namespace vigilo::ui
