// MainWindow: the File menu's databases (Open…, Open Recent), printing the change list, and
// following a palette switch.

#include "MainWindow.h"

#include "Session.h"
#include "changes/ChangeListPrinter.h"
#include "changes/ChangeListView.h"
#include "firstrun/OpenDatabase.h"
#include "firstrun/RecentDatabases.h"

#include "Store.h"
#include "Vigilo.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QListWidget>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>
#include <QTableView>

namespace vigilo::ui {

void MainWindow::openDatabase(const QString &location)
{
    switch (OpenDatabase::open(this, location, m_session.location(), m_session.user())) {
    case OpenDatabase::Outcome::AlreadyHere:
        statusBar()->showMessage(
            tr("This window already shows %1.").arg(QDir::toNativeSeparators(location)), 6000);
        break;
    case OpenDatabase::Outcome::BroughtForward:
        statusBar()->showMessage(tr("%1 is open in another Vigilo window; it was brought to the "
                                    "front.")
                                     .arg(QDir::toNativeSeparators(location)),
                                 8000);
        break;
    case OpenDatabase::Outcome::Started: close(); break; // the new window takes over
    case OpenDatabase::Outcome::Failed: break;           // the user was told why
    }
}

void MainWindow::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = RecentDatabases::list();
    for (int i = 0; i < recent.size(); ++i) {
        const QString location = recent.at(i);
        const QString shown =
            Store::isPostgresLocation(location) || Session::isServerLocation(location)
                ? location
                : QDir::toNativeSeparators(location);
        // &1 … &8: each entry has its mnemonic.
        QAction *item = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
            QString(shown).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        item->setObjectName(QStringLiteral("recentDatabase%1").arg(i + 1));
        item->setData(location);
        item->setToolTip(shown);
        connect(item, &QAction::triggered, this, [this, location] { openDatabase(location); });
    }
    if (recent.isEmpty())
        menu->addAction(tr("No recent databases"))->setEnabled(false);
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Clear list"));
    clear->setObjectName(QStringLiteral("clearRecentAction"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [] { RecentDatabases::clear(); });
}

int MainWindow::printChangeList(QPagedPaintDevice &device) const
{
    if (!m_actor)
        return 0;
    ChangeListPrinter::Heading heading;
    heading.workspace = m_actor->workspace.name;
    heading.filter = ChangeListPrinter::describeFilters(*m_changes);
    heading.printedAt =
        m_session.local() ? m_session.core().clock().now() : QDateTime::currentDateTimeUtc();
    return ChangeListPrinter::print(device, *m_changes->table(), heading);
}

void MainWindow::printChanges(bool preview)
{
    if (!m_actor)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Changes — %1").arg(m_actor->workspace.name));
    printer.setPageOrientation(QPageLayout::Landscape);
    if (preview) {
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setObjectName(QStringLiteral("printPreviewDialog"));
        dialog.setWindowTitle(tr("Print preview — changes"));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [this](QPrinter *p) { printChangeList(*p); });
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printDialog"));
    dialog.setWindowTitle(tr("Print the change list"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int pages = printChangeList(printer);
    statusBar()->showMessage(tr("Printed %n pages.", nullptr, pages), 6000);
}

void MainWindow::changeEvent(QEvent *event)
{
    if ((event->type() == QEvent::PaletteChange
         || event->type() == QEvent::ApplicationPaletteChange)
        && m_nav) {
        const QString sheet = m_nav->styleSheet();
        m_nav->setStyleSheet(QString());
        m_nav->setStyleSheet(sheet);
    }
    QMainWindow::changeEvent(event);
}

} // namespace vigilo::ui
