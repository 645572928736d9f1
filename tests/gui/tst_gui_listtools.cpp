// The change list as a pro tool, in the real main window over a real database (SQLite file, or
// PostgreSQL as tst_gui_listtools_pg): the empty workspace's first steps, a change number and
// Enter opening the change, the column chooser (kept in QSettings), the row's context menu (copy
// number on the clipboard, entries as the core answers), natural sort of titles, and a live
// update of one change that touches only its row (no model reset).

#include "DialogDriver.h"
#include "GuiFixture.h"

#include "changes/ChangeFilterProxy.h"
#include "changes/ChangeListModel.h"
#include "changes/ChangeListView.h"
#include "changes/ColumnChooser.h"
#include "changes/EmptyWorkspaceHint.h"
#include "detail/ChangeDetailView.h"
#include "main/MainWindow.h"

#include "ChangeWatcher.h"
#include "Client.h"
#include "Clock.h"
#include "ListActions.h"
#include "Store.h"
#include "Vigilo.h"

#include <QAction>
#include <QClipboard>
#include <QDialog>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace vigilo;
using vigilo::ui::ChangeListModel;
using vigilo::ui::ChangeListView;
using vigilo::ui::MainWindow;

class TestListTools : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyWorkspaceShowsWhatToDoFirst();
    void hintButtonsFollowTheCore();
    void titlesSortNaturally();
    void enterOnANumberOpensTheChange_data();
    void enterOnANumberOpensTheChange();
    void enterOnOtherTextSearches();
    void columnChooserHidesShowsAndPersists();
    void contextMenuCopiesTheNumber();
    void liveUpdateTouchesOneRow();
    void anotherWorkstationsEditTouchesOneRow();

private:
    int create(const QString &title);
    ChangeListView *list() const { return m_window->changeList(); }
    void typeAndEnter(const QString &text);
    void closeDetailTabs();

    std::unique_ptr<guitest::GuiWorkspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

int TestListTools::create(const QString &title)
{
    ChangeDraft d = m_ws->draft(title, 24 * 10);
    auto created = m_ws->core().changes().create(m_ws->as(QStringLiteral("erin")), d);
    if (!created.ok())
        qFatal("create: %s", qPrintable(created.error().message));
    return created->number;
}

void TestListTools::typeAndEnter(const QString &text)
{
    QLineEdit *search = list()->searchEdit();
    search->clear();
    QTest::keyClicks(search, text);
    QTest::keyClick(search, Qt::Key_Return);
}

void TestListTools::closeDetailTabs()
{
    QTabWidget *tabs = m_window->changeTabs();
    while (tabs->count() > 1)
        tabs->removeTab(tabs->count() - 1);
    tabs->setCurrentIndex(0);
}

void TestListTools::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_ws = std::make_unique<guitest::GuiWorkspace>(QStringLiteral("alex"));
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->error));
    m_window = std::make_unique<MainWindow>(*m_ws->session);
    QVERIFY(m_window->openWorkspace(QStringLiteral("acme")));
    m_window->resize(1010, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestListTools::cleanupTestCase()
{
    m_window.reset();
    m_ws.reset();
}

void TestListTools::emptyWorkspaceShowsWhatToDoFirst()
{
    QCOMPARE(list()->totalCount(), 0);
    QTRY_VERIFY(list()->isShowingEmptyHint());
    auto *hint = list()->emptyHint();
    QVERIFY(hint->isVisible());
    for (const char *name : {"emptyHintNewChange", "emptyHintAddAssets", "emptyHintImportCsv"}) {
        auto *button = hint->findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(button && button->isVisible() && button->isEnabled(), name);
    }
    const QString body =
        hint->findChild<QLabel *>(QStringLiteral("emptyHintBody"))->text().toLower();
    QVERIFY(body.contains(QStringLiteral("change")));
    QVERIFY(body.contains(QStringLiteral("assets")));
    QVERIFY(body.contains(QStringLiteral("csv")));
    m_window->grab().save(QStringLiteral(VIGILO_GUI_TEST_OUTPUT_DIR "/listtools-empty.png"));

    // "New change…" opens the New change dialog.
    bool opened = false;
    QTimer::singleShot(0, this, [&opened] {
        if (auto *dialog = guitest::activeModal<QDialog>()) {
            opened = dialog->objectName() == QLatin1String("newChangeDialog");
            dialog->reject();
        }
    });
    hint->findChild<QPushButton *>(QStringLiteral("emptyHintNewChange"))->click();
    QVERIFY(opened);
    // "Add assets…" goes to the Assets page.
    hint->findChild<QPushButton *>(QStringLiteral("emptyHintAddAssets"))->click();
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Assets);
    m_window->showPage(MainWindow::Page::Changes);

    // "Import CSV…": a file with a bad row is refused with the row's problem, nothing written; a
    // good one is previewed, confirmed and imported (two requests, neither waited for on the
    // GUI thread: on a team server the boxes come when the answers do).
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(10);
    const QString when = QStringLiteral("%1,%2").arg(start.toString(Qt::ISODate),
                                                     start.addSecs(3600).toString(Qt::ISODate));
    const auto importFile = [&](const QString &name, const QString &rows, bool confirm) -> QString {
        const QString path = m_ws->dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write ") + path;
        f.write("short_description,type,risk,start_date,end_date,cmdb_ci,backout_plan\r\n"
                + rows.arg(when).toUtf8());
        f.close();
        QString said;
        guitest::onNextModal<QFileDialog>(
            [path](QFileDialog *dialog) { guitest::chooseFile(dialog, path); });
        guitest::onNextModal<QMessageBox>([&said, confirm](QMessageBox *box) {
            said = box->text() + QLatin1Char('\n') + box->informativeText();
            box->button(confirm && box->button(QMessageBox::Yes) ? QMessageBox::Yes
                        : box->button(QMessageBox::Ok)           ? QMessageBox::Ok
                                                                 : QMessageBox::Cancel)
                ->click();
        });
        hint->findChild<QPushButton *>(QStringLiteral("emptyHintImportCsv"))->click();
        QTest::qWaitFor([&said] { return !said.isEmpty(); }, 15000);
        return said;
    };
    const QString refused = importFile(
        QStringLiteral("bad.csv"),
        QStringLiteral(
            "Upgrade the load balancer to 17.10,normal,low,%1,no-such-asset,Undo it\r\n"),
        true);
    QVERIFY2(refused.contains(QStringLiteral("Nothing was imported")), qPrintable(refused));
    QVERIFY2(refused.contains(QStringLiteral("no-such-asset")), qPrintable(refused));
    QCOMPARE(VALUE_OK(m_ws->core().changes().list(m_ws->as(QStringLiteral("alex")))).size(), 0);
    QVERIFY(list()->isShowingEmptyHint());
    // The first change replaces the hint with the table.
    const QString asked = importFile(
        QStringLiteral("good.csv"),
        QStringLiteral("Upgrade the load balancer to 17.10,normal,low,%1,payments-api,Undo it\r\n"),
        true);
    QVERIFY2(asked.contains(QStringLiteral("Import 1 change")), qPrintable(asked));
    QTRY_VERIFY(!list()->isShowingEmptyHint());
    QTRY_COMPARE(list()->totalCount(), 1);
    QVERIFY(list()->table()->isVisible());
}

void TestListTools::hintButtonsFollowTheCore()
{
    // A viewer may not plan changes or add assets: the buttons are off, the core's reason shows.
    const Actor viewer = m_ws->as(QStringLiteral("vera"));
    const Status refused = listactions::may(viewer, listactions::ListAction::CreateChange);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("permission_denied"));
    QVERIFY(listactions::may(viewer, listactions::ListAction::CopyNumber).ok());
    ui::EmptyWorkspaceHint hint;
    hint.setActor(viewer);
    auto *button = hint.findChild<QPushButton *>(QStringLiteral("emptyHintNewChange"));
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->toolTip(), refused.error().message);
    QVERIFY(!hint.findChild<QPushButton *>(QStringLiteral("emptyHintImportCsv"))->isEnabled());
    hint.setActor(m_ws->as(QStringLiteral("erin")));
    QVERIFY(button->isEnabled());
    QVERIFY(button->toolTip().isEmpty());
}

void TestListTools::titlesSortNaturally()
{
    create(QStringLiteral("Upgrade the load balancer to 17.4"));
    create(QStringLiteral("Upgrade the load balancer to 17.9"));
    create(QStringLiteral("upgrade the load balancer to 17.11"));
    m_window->reload();
    QTRY_COMPARE(list()->totalCount(), 4);
    QTableView *table = list()->table();
    table->sortByColumn(ChangeListModel::Title, Qt::AscendingOrder);
    QStringList titles;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        titles << table->model()->index(row, ChangeListModel::Title).data().toString();
    QCOMPARE(titles, (QStringList{QStringLiteral("Upgrade the load balancer to 17.4"),
                                  QStringLiteral("Upgrade the load balancer to 17.9"),
                                  QStringLiteral("Upgrade the load balancer to 17.10"),
                                  QStringLiteral("upgrade the load balancer to 17.11")}));
    table->sortByColumn(ChangeListModel::Title, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, ChangeListModel::Title).data().toString(),
             QStringLiteral("upgrade the load balancer to 17.11"));
    table->sortByColumn(ChangeListModel::Number, Qt::DescendingOrder);
}

void TestListTools::enterOnANumberOpensTheChange_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("number");
    QTest::newRow("CHG-00002") << QStringLiteral("CHG-00002") << 2;
    QTest::newRow("3") << QStringLiteral("3") << 3;
    QTest::newRow("chg4") << QStringLiteral("chg4") << 4;
    QTest::newRow("  CHG-1 ") << QStringLiteral("  CHG-1 ") << 1;
}

void TestListTools::enterOnANumberOpensTheChange()
{
    QFETCH(QString, typed);
    QFETCH(int, number);
    closeDetailTabs();
    typeAndEnter(typed);
    ui::ChangeDetailView *detail = m_window->currentDetail();
    QVERIFY2(detail, qPrintable(typed));
    QCOMPARE(detail->number(), number);
    QCOMPARE(m_window->changeTabs()->tabText(m_window->changeTabs()->currentIndex()),
             formatChangeNumber(number));
    closeDetailTabs();
    list()->clearFilters();
}

void TestListTools::enterOnOtherTextSearches()
{
    closeDetailTabs();
    // Words filter at once; "17" is a word of the titles and no change's number.
    typeAndEnter(QStringLiteral("17"));
    QCOMPARE(m_window->changeTabs()->count(), 1);
    QCOMPARE(list()->visibleCount(), 4);
    typeAndEnter(QStringLiteral("17.9"));
    QCOMPARE(m_window->changeTabs()->count(), 1);
    QCOMPARE(list()->visibleCount(), 1);
    // A number that is not listed, written as a number: the core says it does not exist.
    if (m_ws->session->isRemote()) {
        // On a team server the detail view's one request asks: its tab says it cannot be shown.
        typeAndEnter(QStringLiteral("CHG-00999"));
        QCOMPARE(m_window->changeTabs()->count(), 2);
        auto *detail =
            qobject_cast<ui::ChangeDetailView *>(m_window->changeTabs()->currentWidget());
        QVERIFY(detail);
        const auto says = [detail] {
            for (const QLabel *l : detail->findChildren<QLabel *>())
                if (l->text() == ui::ChangeDetailView::tr("This change cannot be shown"))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(says(), 15000);
        closeDetailTabs();
    } else {
        bool refused = false;
        QTimer::singleShot(0, this, [&refused] {
            if (auto *box = guitest::activeModal<QDialog>()) {
                refused = true;
                box->reject();
            }
        });
        typeAndEnter(QStringLiteral("CHG-00999"));
        QVERIFY(refused);
    }
    QCOMPARE(m_window->changeTabs()->count(), 1);
    list()->clearFilters();
}

void TestListTools::columnChooserHidesShowsAndPersists()
{
    QHeaderView *header = list()->table()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(ChangeListModel::Risk));
    std::unique_ptr<QMenu> menu(list()->columnChooser()->createMenu(nullptr));
    QCOMPARE(menu->actions().size(), int(ChangeListModel::ColumnCount));
    auto *number = menu->findChild<QAction *>(QStringLiteral("column0"));
    QVERIFY(number && number->isChecked() && !number->isEnabled()); // the number always shows
    auto *risk = menu->findChild<QAction *>(QStringLiteral("column%1").arg(ChangeListModel::Risk));
    QCOMPARE(risk->text(), ChangeListModel::tr("Risk"));
    risk->trigger();
    QVERIFY(header->isSectionHidden(ChangeListModel::Risk));
    auto *type = menu->findChild<QAction *>(QStringLiteral("column%1").arg(ChangeListModel::Type));
    type->trigger();
    QVERIFY(header->isSectionHidden(ChangeListModel::Type));
    // Kept at once, not only when the window closes.
    QCOMPARE(QSettings().value(QStringLiteral("ChangeList/hiddenColumns")).toString(),
             QStringLiteral("%1,%2").arg(ChangeListModel::Type).arg(ChangeListModel::Risk));

    // A new window shows the same columns.
    {
        MainWindow second(*m_ws->session);
        QVERIFY(second.openWorkspace(QStringLiteral("acme")));
        QHeaderView *again = second.changeList()->table()->horizontalHeader();
        QVERIFY(again->isSectionHidden(ChangeListModel::Risk));
        QVERIFY(again->isSectionHidden(ChangeListModel::Type));
        QVERIFY(!again->isSectionHidden(ChangeListModel::Title));
    }

    // Shown again, and kept so.
    std::unique_ptr<QMenu> menu2(list()->columnChooser()->createMenu(nullptr));
    auto *risk2 =
        menu2->findChild<QAction *>(QStringLiteral("column%1").arg(ChangeListModel::Risk));
    QVERIFY(!risk2->isChecked());
    risk2->trigger();
    QVERIFY(!header->isSectionHidden(ChangeListModel::Risk));
    QCOMPARE(QSettings().value(QStringLiteral("ChangeList/hiddenColumns")).toString(),
             QString::number(ChangeListModel::Type));
    list()->columnChooser()->setColumnVisible(ChangeListModel::Type, true);
    QCOMPARE(QSettings().value(QStringLiteral("ChangeList/hiddenColumns")).toString(), QString());
    // The number column cannot be hidden, not even by a call.
    list()->columnChooser()->setColumnVisible(ChangeListModel::Number, false);
    QVERIFY(!header->isSectionHidden(ChangeListModel::Number));
}

void TestListTools::contextMenuCopiesTheNumber()
{
    QGuiApplication::clipboard()->clear();
    std::unique_ptr<QMenu> menu(m_window->createChangeRowMenu(3, nullptr));
    for (const char *name : {"rowOpenAction", "rowExportPackAction", "rowCopyNumberAction"}) {
        auto *action = menu->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action && action->isEnabled(), name);
    }
    menu->findChild<QAction *>(QStringLiteral("rowCopyNumberAction"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("CHG-00003"));

    // Follow from the menu: the core records it; the next menu shows it ticked; untick stops.
    auto *follow = menu->findChild<QAction *>(QStringLiteral("rowFollowAction"));
    QVERIFY(follow && follow->isEnabled() && follow->isCheckable() && !follow->isChecked());
    follow->trigger();
    const auto followed = [this] {
        auto numbers = m_ws->session->client().followedChanges();
        return numbers.ok() ? numbers.value() : QList<int>{-1};
    };
    QTRY_COMPARE(followed(), QList<int>{3});
    const auto tickedInANewMenu = [this] {
        std::unique_ptr<QMenu> again(m_window->createChangeRowMenu(3, nullptr));
        return again->findChild<QAction *>(QStringLiteral("rowFollowAction"))->isChecked();
    };
    QTRY_VERIFY(tickedInANewMenu());
    {
        std::unique_ptr<QMenu> again(m_window->createChangeRowMenu(3, nullptr));
        again->findChild<QAction *>(QStringLiteral("rowFollowAction"))->trigger(); // untick
    }
    QTRY_COMPARE(followed(), QList<int>{});
    QTRY_VERIFY(!tickedInANewMenu());

    // Open from the menu.
    closeDetailTabs();
    menu->findChild<QAction *>(QStringLiteral("rowOpenAction"))->trigger();
    QVERIFY(m_window->currentDetail());
    QCOMPARE(m_window->currentDetail()->number(), 3);
    closeDetailTabs();

    // The real right click on a row opens the menu for that row.
    QTableView *table = list()->table();
    const QRect first = table->visualRect(table->model()->index(0, ChangeListModel::Title));
    QMenu *shown = nullptr;
    QTimer::singleShot(0, this, [&shown] {
        shown = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (shown)
            shown->close();
    });
    QMetaObject::invokeMethod(table, "customContextMenuRequested", Q_ARG(QPoint, first.center()));
    QTRY_VERIFY(shown);
    QCOMPARE(list()->currentNumber(),
             table->model()->index(0, 0).data(ChangeListModel::NumberRole).toInt());
}

void TestListTools::liveUpdateTouchesOneRow()
{
    ChangeListModel *model = list()->model();
    const int total = list()->totalCount();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    const Actor erin = m_ws->as(QStringLiteral("erin"));
    const qint64 workspaceId = m_window->actor()->workspace.id;
    if (m_ws->session->isRemote())
        QSKIP("the ChangeWatcher's events are a database's notifications, emitted here by hand; "
              "a team server pushes event.change instead (anotherWorkstationsEditTouchesOneRow "
              "here, tst_gui_server)");
    ChangeWatcher *watcher = m_ws->session->watcher();
    QVERIFY(watcher);

    // Another workstation renames CHG-00002; the event names it: its row only.
    ChangeDraft d = m_ws->draft(QStringLiteral("Upgrade the load balancer to 17.12"), 24 * 10);
    QVERIFY(m_ws->core().changes().edit(erin, 2, d).ok());
    Q_EMIT watcher->changed(workspaceId, 2);
    const int row = model->rowOfNumber(2);
    QVERIFY(row >= 0);
    QTRY_COMPARE(model->changeAt(row).title, QStringLiteral("Upgrade the load balancer to 17.12"));
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        QCOMPARE(signal.at(0).toModelIndex().row(), row);
        QCOMPARE(signal.at(1).toModelIndex().row(), row);
    }
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(list()->totalCount(), total);

    // A new change: one inserted row, in its sorted place in the view.
    const int added = create(QStringLiteral("Replace the core switch"));
    Q_EMIT watcher->changed(workspaceId, added);
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(list()->totalCount(), total + 1);
    QCOMPARE(list()->table()->model()->index(0, 0).data(ChangeListModel::NumberRole).toInt(),
             added);

    // An event of another workspace changes nothing here.
    Q_EMIT watcher->changed(workspaceId + 1000, added);
    QCoreApplication::processEvents();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);

    // The search text follows the new title.
    list()->proxy()->setSearchText(QStringLiteral("17.12"));
    QCOMPARE(list()->visibleCount(), 1);
    list()->clearFilters();
    QCOMPARE(resets.count(), 0);
}

// The real path of another workstation's write: on SQLite the watcher sees data_version move
// (it cannot say which change) and the window reads the audit events since the last one it saw;
// on PostgreSQL the notification names the change. Either way: that row only.
void TestListTools::anotherWorkstationsEditTouchesOneRow()
{
    ChangeListModel *model = list()->model();
    const int total = list()->totalCount();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    ChangeWatcher *watcher = m_ws->session->watcher();
    if (m_ws->session->isRemote()) {
        // Through a team server: erin's workstation writes through the server, which pushes
        // both changes to this window.
        auto erin = m_ws->db.otherWorkstation(QStringLiteral("erin"), QStringLiteral("acme"));
        QVERIFY(erin);
        VERIFY_OK(erin->client().editChange(
            2, m_ws->draft(QStringLiteral("Upgrade the load balancer to 17.13"), 24 * 10)));
        auto created = erin->client().createChange(m_ws->draft(QStringLiteral("Swap a disk"), 30));
        VERIFY_OK(created);
        QTRY_COMPARE_WITH_TIMEOUT(model->changeAt(model->rowOfNumber(2)).title,
                                  QStringLiteral("Upgrade the load balancer to 17.13"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(list()->totalCount(), total + 1, 15000);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model->changeAt(model->rowOfNumber(created->number)).title,
                 QStringLiteral("Swap a disk"));
        QCOMPARE(resets.count(), 0);
        return;
    }

    // Another connection to the same database: another workstation.
    auto store = Store::open(m_ws->db.ownerLocation(), Store::OpenMode::ExistingOnly);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    SystemClock clock;
    Vigilo other(**store, clock);
    auto erin = other.workspaces().signIn(QStringLiteral("acme"), QStringLiteral("erin"));
    QVERIFY(erin.ok());
    ChangeDraft d = m_ws->draft(QStringLiteral("Upgrade the load balancer to 17.13"), 24 * 10);
    QVERIFY(other.changes().edit(*erin, 2, d).ok());
    auto created = other.changes().create(*erin, m_ws->draft(QStringLiteral("Swap a disk"), 30));
    QVERIFY(created.ok());
    watcher->poll(); // SQLite: at once instead of the timer (PostgreSQL: notified anyway)

    const int row = model->rowOfNumber(2);
    QTRY_COMPARE(model->changeAt(row).title, QStringLiteral("Upgrade the load balancer to 17.13"));
    QTRY_COMPARE(list()->totalCount(), total + 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model->changeAt(model->rowOfNumber(created->number)).title,
             QStringLiteral("Swap a disk"));
    QCOMPARE(resets.count(), 0);
}

QTEST_MAIN(TestListTools)
#include "tst_gui_listtools.moc"
