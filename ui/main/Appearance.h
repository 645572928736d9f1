#pragma once
// View ▸ Appearance: follow the system, or force a light or a dark look.
//
// Qt 6.4 has no QStyleHints::colorScheme (6.5+), so "System" reads the palette the platform
// theme gives: a dark window colour means a dark desktop. Light and Dark use the Fusion style
// with its standard palette or a dark one, so every platform looks the same in them.

#include <QString>

class QPalette;

namespace vigilo::ui {

enum class Appearance { System, Light, Dark };

// "system", "light", "dark"; anything else reads as System.
Appearance appearanceFromString(const QString &text);
QString toString(Appearance appearance);

// The setting "ui/appearance".
Appearance savedAppearance();
void saveAppearance(Appearance appearance);

// Whether the system (the platform theme's palette at start) is dark.
bool systemIsDark();
// The Fusion dark palette used by Dark (and by System on a dark desktop without a theme).
QPalette darkPalette();
// Applies the choice to the running application; call once QApplication exists and again when
// the user changes it. Returns whether the result is dark.
bool applyAppearance(Appearance appearance);

} // namespace vigilo::ui
