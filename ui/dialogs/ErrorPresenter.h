#pragma once
// Shows a refusal or failure from the core as people read it: a title saying what could not be
// done and the core's translated message (which already says what to do next), never the code.

#include "Domain.h"
#include "Error.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace vigilo::ui {

class ErrorPresenter final {
    Q_DECLARE_TR_FUNCTIONS(vigilo::ui::ErrorPresenter)
public:
    // A title for a refused transition, e.g. "CHG-00012 cannot be submitted".
    static QString titleFor(Action action, const QString &changeNumber);
    // Shows the error modally (a QMessageBox). stale_write gets a title that says to reload.
    static void show(QWidget *parent, const QString &title, const Error &error);
};

} // namespace vigilo::ui
