// The Calendar page: bars for the changes in range, a drag that previews exactly the core's
// conflictsFor for the new slot and writes nothing until Save, saving through the core (audited),
// "Next free slot" moving a change past a freeze window, the keyboard and double-click paths, and
// rows by service (issue 16: the changes under each service, through the core's impact graph).

#include "GuiBackend.h"
#include "GuiFixture.h"

#include "calendar/CalendarPage.h"
#include "calendar/CalendarView.h"

#include "Client.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

using namespace vigilo;
using namespace vigilo::guitest;
using vigilo::ui::CalendarLayout;
using vigilo::ui::CalendarPage;
using vigilo::ui::CalendarView;

namespace {

// Answers the next message box with `button` once it is up (polls: no fixed sleep).
void answerNextBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        if (QAbstractButton *b = box->button(button))
            b->click();
        timer->stop();
        timer->deleteLater();
    });
    timer->start();
}

// Waits until the page has its range's answer (at once on a database).
bool loaded(CalendarPage &page)
{
    return QTest::qWaitFor([&page] { return !page.isLoading() && !page.isMoving(); }, 15000);
}

struct Page {
    std::unique_ptr<CalendarPage> page;
    Actor actor;
};

Page openPage(GuiWorkspace &ws, const QString &user)
{
    // Signed in through the suite's core (on a team server: the owner's connection).
    auto actor = ws.core().workspaces().signIn(QStringLiteral("acme"), user);
    if (!actor.ok())
        qFatal("sign in: %s", qPrintable(actor.error().message));
    // The page reads and writes through the session's client (acting as the session's user).
    ws.session->client().setWorkspace(QStringLiteral("acme"));
    Page p{std::make_unique<CalendarPage>(ws.session->client(), ws.session->clock()),
           actor.value()};
    p.page->setActor(actor.value());
    p.page->resize(1500, 700);
    p.page->show();
    CalendarView *view = p.page->view();
    view->setZoom(CalendarView::Zoom::Week);
    view->setViewStart(QDateTime::currentDateTimeUtc().addDays(-1));
    const QString problem = p.page->reload();
    if (!problem.isEmpty())
        qFatal("reload: %s", qPrintable(problem));
    // On a team server the range's answer comes later.
    if (!loaded(*p.page))
        qFatal("the calendar's range was not answered");
    return p;
}

// Drags the bar of `number` by `secs` (press, moves, no release).
QPoint dragBy(CalendarView *view, int number, qint64 secs)
{
    const QRect bar = view->barRect(number);
    const QPoint from(bar.left() + qMin(20, bar.width() / 2), bar.center().y());
    const CalendarChange *c = nullptr;
    for (const auto &k : view->range().changes)
        if (k.number == number)
            c = &k;
    const int dx = view->xForTime(c->start.addSecs(secs)) - view->xForTime(c->start);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), from + QPoint(dx / 2, 0));
    const QPoint to = from + QPoint(dx, 0);
    QTest::mouseMove(view->viewport(), to);
    return to;
}

} // namespace

class TestGuiCalendar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void barsForChangesInRange();
    void dragPreviewsCoreConflictsAndSavesOnlyOnSave();
    void nextFreeSlotMovesPastFreeze();
    void keyboardAndDoubleClickOpenTheChange();
    void byServiceShowsServiceRows();
};

void TestGuiCalendar::barsForChangesInRange()
{
    GuiWorkspace ws(QStringLiteral("erin"));
    QVERIFY2(ws.ok(), qPrintable(ws.error));
    const int a = ws.inReview(QStringLiteral("erin"), ws.draft(QStringLiteral("Rotate keys"), 30));
    auto b = ws.core().changes().create(
        ws.as(QStringLiteral("eli")),
        ws.draft(QStringLiteral("Vacuum"), 50, QStringLiteral("db-primary")));
    QVERIFY(b.ok());
    auto far = ws.core().changes().create(ws.as(QStringLiteral("eli")),
                                          ws.draft(QStringLiteral("Next quarter"), 24 * 60));
    QVERIFY(far.ok());

    Page p = openPage(ws, QStringLiteral("erin"));
    SettleAnswers settle{*ws.session};
    CalendarView *view = p.page->view();
    QVERIFY(view->barRect(a).isValid());
    QVERIFY(view->barRect(b->number).isValid());
    QVERIFY(!view->barRect(far->number).isValid());
    QVERIFY(view->barRect(a).intersects(view->viewport()->rect()));
    // Painted: two bars in view.
    view->grab(); // paints the viewport
    QCOMPARE(view->visibleBarCount(), 2);
    // Only assets with changes: edge-fw has none in range and goes away.
    QVERIFY(view->barRect(a, QStringLiteral("payments-api")).isValid());
    p.page->findChild<QAbstractButton *>(QStringLiteral("onlyActiveAssets"))->click();
    QVERIFY(loaded(*p.page));
    QVERIFY(view->onlyActiveAssets());
    QVERIFY(view->barRect(b->number, QStringLiteral("db-primary")).isValid());
    // Zoom to a day: the change two days ahead is out of view (not painted).
    view->setZoom(CalendarView::Zoom::Day);
    view->setViewStart(QDateTime::currentDateTimeUtc().addDays(-1));
    QVERIFY(loaded(*p.page));
    view->grab(); // paints the viewport
    QCOMPARE(view->visibleBarCount(), 0);
}

void TestGuiCalendar::dragPreviewsCoreConflictsAndSavesOnlyOnSave()
{
    GuiWorkspace ws(QStringLiteral("erin"));
    QVERIFY2(ws.ok(), qPrintable(ws.error));
    const int a = ws.inReview(QStringLiteral("erin"), ws.draft(QStringLiteral("Patch proxy"), 48));
    const int b = ws.inReview(QStringLiteral("eli"), ws.draft(QStringLiteral("Scale out"), 52));
    Page p = openPage(ws, QStringLiteral("erin"));
    SettleAnswers settle{*ws.session};
    CalendarView *view = p.page->view();
    const Actor erin = p.actor;
    auto before = ws.core().changes().get(erin, a);
    QVERIFY(before.ok());
    auto historyBefore = ws.core().audit().changeHistory(erin, a);
    QVERIFY(historyBefore.ok());

    // Drag four hours later: onto the other change's window.
    const QPoint to = dragBy(view, a, 4 * 3600);
    QVERIFY(p.page->isPreviewing());
    QVERIFY(view->hasPreview());
    const QDateTime start = before->plannedStart.addSecs(4 * 3600),
                    end = before->plannedEnd.addSecs(4 * 3600);
    auto expected =
        ws.core().planning().conflictsFor(erin, start, end, before->affectedAssets, before->id);
    QVERIFY(expected.ok());
    QVERIFY(!expected->isEmpty());
    // The preview's conflicts are the core's answer (on a team server: later).
    QTRY_COMPARE_WITH_TIMEOUT(p.page->previewSummary().toJson(), expected->toJson(), 15000);
    QCOMPARE(p.page->previewSummary().conflicts.first().number, b);
    QCOMPARE(p.page->conflictList()->count(), int(expected->conflicts.size()));
    QCOMPARE(p.page->conflictList()->item(0)->text(), expected->conflicts.first().reason);
    QVERIFY(p.page->banner()->isVisible());
    // Nothing written while previewing.
    QCOMPARE(VALUE_OK(ws.core().changes().get(erin, a)).version, before->version);

    // Drop and cancel: still nothing written.
    QString asked;
    answerNextBox(QMessageBox::Cancel, &asked);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QTRY_VERIFY(!p.page->isPreviewing());
    QVERIFY(asked.contains(expected->conflicts.first().reason));
    auto unchanged = ws.core().changes().get(erin, a);
    VERIFY_OK(unchanged);
    QCOMPARE(unchanged->plannedStart, before->plannedStart);
    QCOMPARE(unchanged->version, before->version);
    QCOMPARE(VALUE_OK(ws.core().audit().changeHistory(erin, a)).size(), historyBefore->size());

    // Drop and save: the core moves the window and records it.
    const QPoint again = dragBy(view, a, 4 * 3600);
    answerNextBox(QMessageBox::Save);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, again);
    QTRY_COMPARE_WITH_TIMEOUT(VALUE_OK(ws.core().changes().get(erin, a)).plannedStart, start,
                              15000);
    QVERIFY(loaded(*p.page));
    auto moved = ws.core().changes().get(erin, a);
    VERIFY_OK(moved);
    QCOMPARE(moved->plannedEnd, end);
    auto history = ws.core().audit().changeHistory(erin, a);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), historyBefore->size() + 1);
    QCOMPARE(history->last().action, QStringLiteral("change.edit"));
    // The summary after saving is what the preview said.
    auto after = ws.core().planning().conflicts(erin, a);
    QVERIFY(after.ok());
    QCOMPARE(after->toJson(), expected->toJson());
    // The calendar shows the moved bar, marked as conflicting.
    const CalendarChange *shown = view->selectedChange();
    QVERIFY(shown);
    QCOMPARE(shown->number, a);
    QCOMPARE(shown->start, start);
    QVERIFY(shown->hasConflicts());
}

void TestGuiCalendar::nextFreeSlotMovesPastFreeze()
{
    GuiWorkspace ws(QStringLiteral("erin"));
    QVERIFY2(ws.ok(), qPrintable(ws.error));
    const QDateTime hour = QDateTime::currentDateTimeUtc();
    const QDateTime base(hour.date(), QTime(hour.time().hour(), 0), Qt::UTC);
    FreezeWindowInput f;
    f.name = QStringLiteral("Release freeze");
    f.start = base.addSecs(10 * 3600); // covers the lead time: the slot must follow the freeze
    f.end = base.addSecs(80 * 3600);
    QVERIFY(ws.core().workspaces().addFreezeWindow(ws.as(QStringLiteral("adam")), f).ok());
    auto c = ws.core().changes().create(ws.as(QStringLiteral("erin")),
                                        ws.draft(QStringLiteral("Rotate keys"), 40));
    QVERIFY(c.ok());
    Page p = openPage(ws, QStringLiteral("erin"));
    SettleAnswers settle{*ws.session};
    CalendarView *view = p.page->view();
    QVERIFY(!p.page->nextSlotButton()->isEnabled());
    view->selectChange(c->number);
    QVERIFY(p.page->nextSlotButton()->isEnabled());
    QVERIFY(view->selectedChange()->hasConflicts()); // inside the freeze

    auto expected = ws.core().planning().nextFreeSlot(p.actor, c->number);
    QVERIFY(expected.ok());
    QCOMPARE(expected->start, f.end);
    QString asked;
    answerNextBox(QMessageBox::Save, &asked);
    p.page->nextSlotButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(VALUE_OK(ws.core().changes().get(p.actor, c->number)).plannedStart,
                              f.end, 15000);
    QVERIFY(loaded(*p.page));
    QCOMPARE(VALUE_OK(ws.core().changes().get(p.actor, c->number)).plannedEnd,
             f.end.addSecs(2 * 3600));
    QVERIFY(asked.contains(QStringLiteral("no conflicts")));
    QVERIFY(VALUE_OK(ws.core().planning().conflicts(p.actor, c->number)).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!view->selectedChange()->hasConflicts(), 15000);

    // Far ahead: the slot after a three-week freeze is outside what the calendar loaded; the
    // page follows it and still moves the change through the core.
    f.name = QStringLiteral("Year-end freeze");
    f.start = f.end.addSecs(-3600);
    f.end = f.start.addDays(21);
    QVERIFY(ws.core().workspaces().addFreezeWindow(ws.as(QStringLiteral("adam")), f).ok());
    p.page->reload();
    QVERIFY(loaded(*p.page));
    view->selectChange(c->number);
    QVERIFY(view->selectedChange());
    answerNextBox(QMessageBox::Save);
    p.page->nextSlotButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(VALUE_OK(ws.core().changes().get(p.actor, c->number)).plannedStart,
                              f.end, 15000);
    QVERIFY(loaded(*p.page));
    QVERIFY(view->viewStart() <= f.end && f.end < view->viewEnd());
}

void TestGuiCalendar::keyboardAndDoubleClickOpenTheChange()
{
    GuiWorkspace ws(QStringLiteral("erin"));
    QVERIFY2(ws.ok(), qPrintable(ws.error));
    const int a = ws.inReview(QStringLiteral("erin"), ws.draft(QStringLiteral("First"), 30));
    const int b = ws.inReview(QStringLiteral("erin"), ws.draft(QStringLiteral("Second"), 40));
    Page p = openPage(ws, QStringLiteral("erin"));
    SettleAnswers settle{*ws.session};
    CalendarView *view = p.page->view();
    QSignalSpy opened(p.page.get(), &CalendarPage::changeActivated);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Right); // selects the first bar in view
    QCOMPARE(view->selectedNumber(), a);
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->selectedNumber(), b);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.last().first().toInt(), b);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->barRect(a).center());
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.last().first().toInt(), a);
    // Shift+Right is the keyboard's drag: the same preview as the core's conflictsFor, and Enter
    // asks before anything is saved.
    view->setFocus();
    view->selectChange(a);
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QVERIFY(p.page->isPreviewing());
    auto before = ws.core().changes().get(p.actor, a);
    VERIFY_OK(before);
    auto expected = ws.core().planning().conflictsFor(p.actor, before->plannedStart.addSecs(7200),
                                                      before->plannedEnd.addSecs(7200),
                                                      before->affectedAssets, before->id);
    QVERIFY(expected.ok());
    QTRY_COMPARE_WITH_TIMEOUT(p.page->previewSummary().toJson(), expected->toJson(), 15000);
    QString asked;
    answerNextBox(QMessageBox::Cancel, &asked);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(!p.page->isPreviewing());
    QVERIFY(asked.contains(formatChangeNumber(a)));
    QCOMPARE(VALUE_OK(ws.core().changes().get(p.actor, a)).version, before->version);
    QCOMPARE(opened.count(), 2); // Enter dropped the preview; it did not open the change

    // Ctrl+wheel zooms.
    QWheelEvent wheel(QPointF(400, 200), view->viewport()->mapToGlobal(QPointF(400, 200)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QCOMPARE(int(view->zoom()), int(CalendarView::Zoom::Day));
    QVERIFY(loaded(*p.page));
}

void TestGuiCalendar::byServiceShowsServiceRows()
{
    GuiWorkspace ws(QStringLiteral("erin"));
    QVERIFY2(ws.ok(), qPrintable(ws.error));
    // payments-api and db-primary are part of checkout; payments-api depends on db-primary.
    const Actor admin = ws.as(QStringLiteral("adam"));
    VERIFY_OK(ws.core().inventory().add(
        admin, AssetInput{QStringLiteral("checkout"), QStringLiteral("service"), {}, {}, {}}));
    VERIFY_OK(ws.core().inventory().relate(admin, QStringLiteral("payments-api"),
                                           RelationKind::PartOf, QStringLiteral("checkout")));
    VERIFY_OK(ws.core().inventory().relate(admin, QStringLiteral("payments-api"),
                                           RelationKind::DependsOn, QStringLiteral("db-primary")));
    const int onDb = ws.inReview(QStringLiteral("erin"), ws.draft(QStringLiteral("Vacuum"), 30,
                                                                  QStringLiteral("db-primary")));
    const int onFw = ws.inReview(QStringLiteral("erin"), ws.draft(QStringLiteral("Firewall rule"),
                                                                  40, QStringLiteral("edge-fw")));
    Page p = openPage(ws, QStringLiteral("erin"));
    SettleAnswers settle{*ws.session};
    CalendarView *view = p.page->view();
    QVERIFY(!view->byService());
    auto *byService = p.page->findChild<QCheckBox *>(QStringLiteral("calendarByService"));
    QVERIFY(byService);
    byService->click();
    QVERIFY(loaded(*p.page)); // rows by service come with the range's answer
    QVERIFY(view->byService());
    const CalendarLayout &layout = view->calendarLayout();
    const int row = layout.rowOfAsset(QStringLiteral("checkout"));
    QVERIFY(row >= 0);
    // The change on db-primary sits under checkout (payments-api depends on it), with why.
    QVERIFY(view->barRect(onDb, QStringLiteral("checkout")).isValid());
    QVERIFY2(layout.rows()[row].why.value(onDb).contains(QStringLiteral("checkout")),
             qPrintable(layout.rows()[row].why.value(onDb)));
    QVERIFY(!view->barRect(onFw, QStringLiteral("checkout")).isValid());
    QVERIFY(view->barRect(onFw).isValid()); // under "No service"
    byService->click();
    QVERIFY(loaded(*p.page));
    QVERIFY(!view->byService());
    QVERIFY(view->barRect(onDb, QStringLiteral("db-primary")).isValid());
}

QTEST_MAIN(TestGuiCalendar)
#include "tst_gui_calendar.moc"
