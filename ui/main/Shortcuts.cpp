#include "Shortcuts.h"

#include <QWidget>

#include <QStringList>

namespace vigilo::ui::Shortcuts {

QString nativeText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

QString hint(const QString &text, const QList<QKeySequence> &keys)
{
    QStringList shown;
    for (const QKeySequence &k : keys)
        if (!k.isEmpty())
            shown << nativeText(k);
    if (shown.isEmpty())
        return text;
    return QStringLiteral("%1 (%2)").arg(text, shown.join(QStringLiteral(", ")));
}

QList<QKeySequence> cabMode(bool)
{
    return {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)};
}

void toggleFullScreen(QWidget *window)
{
    if (window->isFullScreen())
        window->setWindowState(window->windowState() & ~Qt::WindowFullScreen);
    else
        window->setWindowState(window->windowState() | Qt::WindowFullScreen);
    window->show();
}

QKeySequence fullScreen(bool macOS)
{
    // Qt::CTRL is Command on macOS and Qt::META its Control key.
    return macOS ? QKeySequence(Qt::META | Qt::CTRL | Qt::Key_F) : QKeySequence(Qt::Key_F11);
}

} // namespace vigilo::ui::Shortcuts
