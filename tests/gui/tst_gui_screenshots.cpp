// Saves the product's screenshots into the build directory: the main window and each page, the
// New change form, CAB mode and every tab of the detail view, over the demo workspace.

#include "cab/CabWindow.h"
#include "changes/ChangeListView.h"
#include "detail/ChangeDetailView.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "newchange/NewChangeDialog.h"
#include "queue/ApprovalQueue.h"

#include "Vigilo.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigilo;
using vigilo::ui::MainWindow;
using Page = vigilo::ui::MainWindow::Page;

namespace {
const QString kOut = QStringLiteral(VIGILO_GUI_TEST_OUTPUT_DIR);

void save(QWidget *w, const QString &name) {
    QCoreApplication::processEvents();
    const QString path = kOut + QLatin1Char('/') + name;
    QFile::remove(path);
    QVERIFY(w->grab().save(path, "PNG"));
    QVERIFY(QFileInfo(path).size() > 10000);
    qInfo("screenshot: %s", qPrintable(path));
}
} // namespace

class TestScreenshots : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowPages();
    void newChange();
    void detailTabs();
    void cabMode();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestScreenshots::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // Sofia, the demo's owner, shows the product (a named person reads better than "tester").
    auto session = ui::Session::open(m_dir.filePath(QStringLiteral("demo.sqlite")),
                                     QStringLiteral("sofia.martin"));
    QVERIFY(session.ok());
    m_session = std::move(session).value();
    DemoOptions options;
    options.changes = 60;
    QVERIFY(m_session->ensureDemo(options).ok());
    m_window = std::make_unique<MainWindow>(*m_session);
    QVERIFY(m_window->openWorkspace(QStringLiteral("demo")));
    m_window->resize(1440, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestScreenshots::cleanupTestCase() {
    m_window.reset();
    m_session.reset();
}

void TestScreenshots::mainWindowPages() {
    m_window->showPage(Page::Changes);
    QTableView *table = m_window->changeList()->table();
    table->setCurrentIndex(table->model()->index(1, 0));
    save(m_window.get(), QStringLiteral("main-window.png"));
    m_window->showPage(Page::ApprovalQueue);
    save(m_window.get(), QStringLiteral("approval-queue.png"));
    m_window->showPage(Page::Assets);
    save(m_window.get(), QStringLiteral("assets.png"));
    m_window->showPage(Page::FreezeWindows);
    save(m_window.get(), QStringLiteral("freeze-windows.png"));
    m_window->showPage(Page::Changes);
}

void TestScreenshots::newChange() {
    ui::NewChangeDialog dialog(*m_session, *m_window->actor(), m_window.get());
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                     QStringLiteral("Rotate TLS certificate on payments-api"));
    QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit")),
                     QStringLiteral("The wildcard certificate expires on the 30th; rotate it "
                                    "before the quarter-end freeze."));
    auto *assets = dialog.findChild<QListWidget *>(QStringLiteral("assetList"));
    for (int i = 0; i < assets->count(); ++i)
        if (assets->item(i)->text().startsWith(QLatin1String("payments-api")))
            assets->item(i)->setCheckState(Qt::Checked);
    // A window on top of an active change on the same asset, so the preview has something.
    auto list = m_session->core().changes().list(*m_window->actor());
    QDateTime start = QDateTime::currentDateTimeUtc().addSecs(30 * 3600);
    for (const ChangeSummary &c : std::as_const(list.value()))
        if (isActive(c.status) && c.plannedStart.isValid() && c.plannedStart > start) {
            auto full = m_session->core().changes().get(*m_window->actor(), c.number);
            if (full.ok() && !full->affectedAssets.isEmpty()) {
                for (int i = 0; i < assets->count(); ++i)
                    if (full->affectedAssets.contains(assets->item(i)->data(Qt::UserRole).toString()))
                        assets->item(i)->setCheckState(Qt::Checked);
                start = c.plannedStart.addSecs(1800);
                break;
            }
        }
    dialog.setPlannedWindow(start, start.addSecs(2 * 3600));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("implementationPlanEdit"))->setPlainText(QStringLiteral("1. Issue the certificate\n2. Deploy to the proxies\n3. Reload"));
    QSignalSpy conflicts(&dialog, &ui::NewChangeDialog::conflictsUpdated);
    QTRY_VERIFY(conflicts.count() > 0);
    save(&dialog, QStringLiteral("new-change.png"));
}

void TestScreenshots::detailTabs() {
    // A change in review with tasks, approvals, comments and history: the richest page.
    auto queue = ui::ApprovalQueue::load(m_session->core(), *m_window->actor(), false);
    QVERIFY(queue.ok() && !queue->isEmpty());
    int number = queue->first().change.number;
    ChangeFilter progress;
    progress.status = ChangeStatus::InProgress;
    if (auto running = m_session->core().changes().list(*m_window->actor(), progress);
        running.ok() && !running->isEmpty())
        number = running->first().number;
    ui::ChangeDetailView *detail = m_window->openChange(number);
    QVERIFY(detail);
    const QStringList names = {QStringLiteral("details"), QStringLiteral("risk"),
                               QStringLiteral("tasks"),   QStringLiteral("approvals"),
                               QStringLiteral("comments"), QStringLiteral("attachments"),
                               QStringLiteral("activity")};
    for (int i = 0; i < detail->tabs()->count() && i < names.size(); ++i) {
        detail->tabs()->setCurrentIndex(i);
        save(m_window.get(), QStringLiteral("detail-%1.png").arg(names.at(i)));
    }
    m_window->changeTabs()->setCurrentIndex(0);
}

void TestScreenshots::cabMode() {
    ui::CabWindow cab(*m_session, *m_window->actor());
    cab.resize(1920, 1080);
    cab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&cab));
    // Start with a change that has conflicts, if the queue has one.
    for (int i = 0; i < cab.queueNumbers().size(); ++i) {
        auto c = m_session->core().planning().conflicts(*m_window->actor(), cab.currentNumber());
        if (c.ok() && !c->isEmpty()) break;
        cab.next();
    }
    save(&cab, QStringLiteral("cab-mode.png"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_gui_screenshots.moc"
