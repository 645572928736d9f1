#include "ErrorPresenter.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace vigilo::ui {

QString ErrorPresenter::titleFor(Action action, const QString &number)
{
    switch (action) {
    case Action::Submit: return tr("%1 cannot be submitted").arg(number);
    case Action::Approve: return tr("%1 cannot be approved").arg(number);
    case Action::Reject: return tr("%1 cannot be rejected").arg(number);
    case Action::Schedule: return tr("%1 cannot be scheduled").arg(number);
    case Action::Start: return tr("%1 cannot be started").arg(number);
    case Action::Complete: return tr("%1 cannot be completed").arg(number);
    case Action::Rollback: return tr("%1 cannot be rolled back").arg(number);
    case Action::Reopen: return tr("%1 cannot be reopened").arg(number);
    case Action::Cancel: return tr("%1 cannot be cancelled").arg(number);
    }
    return number;
}

void ErrorPresenter::show(QWidget *parent, const QString &title, const Error &error)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("errorMessageBox"));
    box.setIcon(error.kind() == ErrorKind::Storage ? QMessageBox::Critical : QMessageBox::Warning);
    if (error.code == QLatin1String("stale_write")) {
        box.setWindowTitle(tr("Someone else changed it"));
        box.setText(tr("Someone else changed this change while you were editing it."));
    } else {
        box.setWindowTitle(title);
        box.setText(title);
    }
    // The core's message is translated and says what to do next; the code stays out of sight.
    box.setInformativeText(error.message.isEmpty() ? tr("The action could not be completed.")
                                                   : error.message);
    box.setStandardButtons(QMessageBox::Ok);
    box.exec();
}

} // namespace vigilo::ui
