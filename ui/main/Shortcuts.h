#pragma once
// Shortcut hints as the platform writes them (⌘ and ⇧ on macOS, Ctrl+Shift elsewhere), built
// from the shortcuts themselves so a hint cannot name another key; and the shortcuts that differ
// by platform.

#include <QKeySequence>
#include <QList>
#include <QString>

class QWidget;

namespace vigilo::ui::Shortcuts {

// The platform's own writing of `keys` (QKeySequence::NativeText).
QString nativeText(const QKeySequence &keys);
// "Plan a new change (Ctrl+N)": `text`, then every one of `keys` in its native form.
QString hint(const QString &text, const QList<QKeySequence> &keys);
inline QString hint(const QString &text, const QKeySequence &keys)
{
    return hint(text, QList<QKeySequence>{keys});
}

// CAB mode: Ctrl+Shift+C (Cmd+Shift+C on macOS).
QList<QKeySequence> cabMode(bool macOS =
#ifdef Q_OS_MACOS
                                true
#else
                                false
#endif
);

// Full screen on and off, from anywhere in the window: F11 — on macOS Ctrl+Cmd+F instead (the
// system's full-screen shortcut; Mission Control takes F11 there).
QKeySequence fullScreen(bool macOS =
#ifdef Q_OS_MACOS
                            true
#else
                            false
#endif
);
// What that key does to a top-level window: full screen, or back to how it was.
void toggleFullScreen(QWidget *window);

} // namespace vigilo::ui::Shortcuts
