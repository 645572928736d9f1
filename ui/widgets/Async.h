#pragma once
// Continues a Client future on a widget's thread: at once when it is already finished (a
// database in this process answers before the call returns, so a screen is filled when its
// reload() returns), else when the team server's answer arrives. Nothing runs once `context` is
// gone: a dialog closed (and deleted) before its answer came is simply not filled. (Qt 6.4's
// then(context, ...) asserts in a debug build when the context went first.)

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPointer>

#include <utility>

namespace vigilo::ui {

template <typename T, typename F> void onResult(QFuture<T> future, QObject *context, F &&handle)
{
    if (future.isFinished()) {
        handle(future.result());
        return;
    }
    // Checked on the application's thread, where widgets are deleted: no race with a delete.
    future.then([guard = QPointer<QObject>(context),
                 handle = std::forward<F>(handle)](const T &result) mutable {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, handle = std::move(handle), result]() mutable {
                if (guard)
                    handle(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace vigilo::ui
