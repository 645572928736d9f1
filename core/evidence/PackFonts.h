#pragma once
// The fonts every pack is printed with ship with Vigilo (DejaVu Sans, Sans Bold and Sans Mono from
// Debian's fonts-dejavu-core, in resources/fonts as a Qt resource), so a pack has the same pages,
// fonts and line breaks on any machine, and verification can re-render its pages exactly.

#include <QFont>

namespace vigilo::pack {

// Registers the bundled fonts with the application (once; thread-safe). False when the resource
// is missing or a font cannot be loaded.
bool loadBundledFonts();

// The pack's fonts: the bundled families, unhinted (metrics from the font's design, not from the
// screen's hinting settings).
QFont sansFont(qreal pointSize);
QFont monoFont(qreal pointSize);
QString monoFamily();

} // namespace vigilo::pack
