#pragma once
// Shortcut hints as the platform writes them (⌘ and ⇧ on macOS, Ctrl+Shift elsewhere), built
// from the shortcuts themselves so a hint cannot name another key; and the shortcuts that differ
// by platform.

#include <QKeySequence>
#include <QList>
#include <QString>

namespace vigilo::ui::Shortcuts {

// The platform's own writing of `keys` (QKeySequence::NativeText).
QString nativeText(const QKeySequence &keys);
// "Plan a new change (Ctrl+N)": `text`, then every one of `keys` in its native form.
QString hint(const QString &text, const QList<QKeySequence> &keys);
inline QString hint(const QString &text, const QKeySequence &keys)
{
    return hint(text, QList<QKeySequence>{keys});
}

// CAB mode: Ctrl+Shift+C, and F11 — on macOS Ctrl+Cmd+F instead (the system's full-screen
// shortcut; Mission Control takes F11 there).
QList<QKeySequence> cabMode(bool macOS =
#ifdef Q_OS_MACOS
                                true
#else
                                false
#endif
);

} // namespace vigilo::ui::Shortcuts
