#pragma once
// Continues a Client future on a widget's thread: at once when it is already finished (a
// database in this process answers before the call returns, so a screen is filled when its
// reload() returns), else when the team server's answer arrives. Nothing runs once `context` is
// gone.

#include <QFuture>
#include <QObject>

#include <utility>

namespace vigilo::ui {

template <typename T, typename F> void onResult(QFuture<T> future, QObject *context, F &&handle)
{
    if (future.isFinished()) {
        handle(future.result());
        return;
    }
    future.then(context, std::forward<F>(handle));
}

} // namespace vigilo::ui
