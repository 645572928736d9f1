// The change list loads off the GUI thread (issue 16, item 7): on a SQLite file and on
// PostgreSQL the list is read on the local reader's own connection and thread, the first
// screenful first and the rest merged in behind it. The window answers while the database keeps
// the reader waiting; pages merge without a duplicate row, keeping the filters and the
// selection; a live update that arrives during the load is not undone by the rest of the list.

#include "GuiFixture.h"

#include "changes/ChangeListModel.h"
#include "changes/ChangeListView.h"
#include "main/MainWindow.h"
#include "views/PersonalViewsPanel.h"

#include "Store.h"
#include "Vigilo.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace vigilo;
using namespace vigilo::ui;

namespace {
// More than the first page (200): the list comes in two pages.
constexpr int kChanges = 230;
} // namespace

class TestListLoad : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void listArrivesAsynchronously();
    void windowAnswersWhileTheDatabaseWaits();
    void pagesMergeKeepingFiltersAndSelection();
    void liveUpdateDuringTheLoadIsKept();
    void restOfTheListDoesNotUndoALiveUpdate();

private:
    ChangeListView *list() const { return m_window->changeList(); }
    // The numbers the list holds, each once: false when a number is listed twice.
    bool numbersOnce(QSet<int> *numbers = nullptr) const;
    void waitLoaded();

    std::unique_ptr<guitest::GuiWorkspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

bool TestListLoad::numbersOnce(QSet<int> *numbers) const
{
    QSet<int> seen;
    ChangeListModel *model = list()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        seen.insert(model->changeAt(row).number);
    if (numbers)
        *numbers = seen;
    return seen.size() == model->rowCount();
}

void TestListLoad::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(!list()->isLoading(), 20000);
}

void TestListLoad::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_ws = std::make_unique<guitest::GuiWorkspace>(QStringLiteral("alex"));
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->error));
    const Actor erin = m_ws->as(QStringLiteral("erin"));
    for (int i = 1; i <= kChanges; ++i) {
        ChangeDraft d = m_ws->draft(QStringLiteral("Rotate certificate %1").arg(i), 24 * 10);
        auto created = m_ws->core().changes().create(erin, d);
        VERIFY_OK(created);
    }
    m_window = std::make_unique<MainWindow>(*m_ws->session);
}

void TestListLoad::cleanupTestCase()
{
    m_window.reset();
    m_ws.reset();
}

void TestListLoad::listArrivesAsynchronously()
{
    QSignalSpy first(m_window.get(), &MainWindow::changesFirstShown);
    QSignalSpy whole(m_window.get(), &MainWindow::changesLoaded);
    QVERIFY(m_window->openWorkspace(QStringLiteral("acme")));
    // Read on the reader's thread (tst_api localReaderReadsOffThread): while it is on its way
    // the list says it is loading, not that the workspace is empty. (A reader faster than this
    // thread may have answered already: Qt then runs the continuation at once.)
    QVERIFY(list()->isLoading() || list()->totalCount() > 0);
    QVERIFY(!list()->isShowingEmptyHint());
    m_window->resize(1010, 700);
    m_window->show();
    // (A poll of the change watcher may start a second load: the older one's answers are
    // dropped.)
    QTRY_VERIFY_WITH_TIMEOUT(whole.count() >= 1 && !list()->isLoading(), 20000);
    QVERIFY(first.count() >= 1);
    QCOMPARE(list()->totalCount(), kChanges);
    QSet<int> numbers;
    QVERIFY(numbersOnce(&numbers));
    for (int n = 1; n <= kChanges; ++n)
        QVERIFY2(numbers.contains(n), qPrintable(QString::number(n)));
    // The default order, newest first, over both pages.
    const QModelIndex top = list()->table()->model()->index(0, ChangeListModel::Number);
    QCOMPARE(top.data(ChangeListModel::NumberRole).toInt(), kChanges);
}

// The database keeps the reader waiting (another connection holds an exclusive lock): choosing
// a view returns at once with the list loading, nothing read on the window's thread; on
// PostgreSQL the event loop runs on meanwhile; the list arrives once the lock is gone.
void TestListLoad::windowAnswersWhileTheDatabaseWaits()
{
    waitLoaded();
    auto locker = Store::open(m_ws->db.ownerLocation(), Store::OpenMode::ExistingOnly);
    VERIFY_OK(locker);
    Store &lock = **locker;
    if (lock.isSqlite()) {
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")).ok());
    } else {
        QVERIFY(lock.exec(QStringLiteral("BEGIN")).ok());
        QVERIFY(lock.exec(QStringLiteral("LOCK TABLE changes IN ACCESS EXCLUSIVE MODE")).ok());
    }
    QSignalSpy whole(m_window.get(), &MainWindow::changesLoaded);
    QElapsedTimer asked;
    asked.start();
    QVERIFY(m_window->personalViews()->choose(QStringLiteral("My open changes")));
    QVERIFY2(asked.elapsed() < 1000, "choosing a view waited on the database");
    QVERIFY(list()->isLoading());
    QCOMPARE(whole.count(), 0);
    // (On SQLite the event loop is not run while the lock is held: the change watcher's poll
    // on the window's own connection would wait for it too.)
    if (!lock.isSqlite()) {
        bool fired = false;
        QTimer::singleShot(50, this, [&fired] { fired = true; });
        QTRY_VERIFY(fired);
        QTest::qWait(300);
        QVERIFY(list()->isLoading());
        QCOMPARE(whole.count(), 0);
    }
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(whole.count() >= 1 && !list()->isLoading(), 20000);
    QCOMPARE(list()->totalCount(), 0); // alex requested none of them
    m_window->personalViews()->clearSelection();
    waitLoaded();
    QCOMPARE(list()->totalCount(), kChanges);
}

// A reload while a filter and a selection are set: the first page replaces the rows, the rest
// merges in behind them; the search and the selected change stay, no row comes twice.
void TestListLoad::pagesMergeKeepingFiltersAndSelection()
{
    waitLoaded();
    QLineEdit *search = list()->searchEdit();
    search->setText(QStringLiteral("certificate 1"));
    QTRY_VERIFY(list()->visibleCount() < kChanges);
    const int filtered = list()->visibleCount();
    // Select change 12 (on the second page: the first holds 230..31).
    QTableView *table = list()->table();
    int selectRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data(ChangeListModel::NumberRole).toInt() == 12)
            selectRow = row;
    QVERIFY(selectRow >= 0);
    table->setCurrentIndex(table->model()->index(selectRow, 0));
    QCOMPARE(list()->currentNumber(), 12);
    QSignalSpy first(m_window.get(), &MainWindow::changesFirstShown);
    m_window->reload();
    QTRY_COMPARE_WITH_TIMEOUT(first.count(), 1, 20000);
    waitLoaded();
    QCOMPARE(list()->totalCount(), kChanges);
    QVERIFY(numbersOnce());
    QCOMPARE(search->text(), QStringLiteral("certificate 1"));
    QCOMPARE(list()->visibleCount(), filtered);
    QCOMPARE(list()->currentNumber(), 12);
    search->clear();
    QTRY_COMPARE(list()->visibleCount(), kChanges);
}

// An edit from elsewhere while the list loads: its row is read during the load and shows the
// edit once the load is done, once.
void TestListLoad::liveUpdateDuringTheLoadIsKept()
{
    waitLoaded();
    ChangeDraft edit;
    edit.title = QStringLiteral("Edited while the list loads");
    auto edited = m_ws->core().changes().edit(m_ws->as(QStringLiteral("erin")), 5, edit);
    VERIFY_OK(edited);
    m_window->reload();
    m_window->refreshChangeRow(5); // the event, before the rest of the list is in
    waitLoaded();
    QTRY_VERIFY(!list()->isLoading());
    QCOMPARE(list()->totalCount(), kChanges);
    QVERIFY(numbersOnce());
    const int row = list()->model()->rowOfNumber(5);
    QVERIFY(row >= 0);
    QCOMPARE(list()->model()->changeAt(row).title, QStringLiteral("Edited while the list loads"));
}

// The merge itself: a row a live update wrote during the load (newer) or removed is not undone
// by the older copy in the rest of the list, and rows already listed are not added twice.
void TestListLoad::restOfTheListDoesNotUndoALiveUpdate()
{
    ChangeListView view;
    const auto summary = [](int number, const QString &title) {
        ChangeSummary s;
        s.number = number;
        s.title = title;
        s.version = 1;
        return s;
    };
    view.setLoading(true);
    view.setChanges({summary(9, QStringLiteral("nine")), summary(8, QStringLiteral("eight"))},
                    false);
    // During the load: 5 was edited (version 2), 4 left the list, 9 was edited.
    ChangeSummary five = summary(5, QStringLiteral("five, edited"));
    five.version = 2;
    view.updateChange(5, five);
    view.updateChange(4, std::nullopt);
    view.updateChange(9, summary(9, QStringLiteral("nine, edited")));
    const QSet<int> live{5, 4, 9};
    view.addChanges({summary(9, QStringLiteral("nine")), summary(7, QStringLiteral("seven")),
                     summary(5, QStringLiteral("five")), summary(4, QStringLiteral("four"))},
                    live);
    view.setLoading(false);
    QCOMPARE(view.totalCount(), 4); // 9, 8, 5 and 7; not 4, nothing twice
    ChangeListModel *model = view.model();
    QCOMPARE(model->changeAt(model->rowOfNumber(5)).title, QStringLiteral("five, edited"));
    QCOMPARE(model->changeAt(model->rowOfNumber(9)).title, QStringLiteral("nine, edited"));
    QCOMPARE(model->rowOfNumber(4), -1);
    QVERIFY(model->rowOfNumber(7) >= 0);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

QTEST_MAIN(TestListLoad)
#include "tst_gui_listload.moc"
