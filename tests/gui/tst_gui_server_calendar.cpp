// The Calendar page on a real vigilo-server (in front of a scratch PostgreSQL database), through
// the same client as on a database (issue 13, item 4): the week shows the changes `vigilo-cli
// change list` lists for it, in one request; navigating costs one request per screen and an
// answer for a range already left is dropped; a move is saved (the CLI sees it) and shows at
// once; a move the core refuses (a stale version, after the CLI moved the change meanwhile) puts
// the bar back with the core's reason; a move into a freeze window is saved as the core allows it
// (the freeze blocks submit and schedule, not an edit) and the bar shows the freeze conflict.

#include "GuiBackend.h"
#include "GuiFixture.h"
#include "ServerSession.h"

#include "calendar/CalendarPage.h"
#include "calendar/CalendarView.h"
#include "changes/ChangeListView.h"
#include "main/MainWindow.h"
#include "main/Session.h"

#include "Catalogue.h"
#include "CliRunner.h"
#include "Client.h"
#include "RemoteTransport.h"
#include "TestServer.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace vigilo;
using vigilo::ui::CalendarPage;
using vigilo::ui::CalendarView;
using vigilo::ui::MainWindow;

namespace {

// Answers the next message box (named `name`, if given) with `button` once it is up, keeping its
// text (polled, no fixed sleep).
void answerNextBox(QMessageBox::StandardButton button, QString *text = nullptr,
                   const QString &name = {})
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text, name] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || (!name.isEmpty() && box->objectName() != name))
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

// A whole hour `hours` from now, in UTC.
QDateTime hourIn(int hours)
{
    const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(qint64(hours) * 3600);
    return QDateTime(t.date(), QTime(t.time().hour(), 0), Qt::UTC);
}

QString iso(const QDateTime &t)
{
    return t.toString(Qt::ISODate);
}

QJsonObject jsonOf(const test::CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// See tst_gui_server_pages: every answer a window waits for has come before it goes.
struct Settle {
    ui::Session &session;
    ~Settle() { (void)session.client().call(QStringLiteral("session.whoami")); }
};

QList<int> shownNumbers(const CalendarView *view, const QDateTime &from, const QDateTime &to)
{
    QList<int> out;
    for (const CalendarChange &c : view->range().changes)
        if (c.start < to && c.end > from)
            out << c.number;
    std::sort(out.begin(), out.end());
    return out;
}

const CalendarChange *shown(const CalendarView *view, int number)
{
    for (const CalendarChange &c : view->range().changes)
        if (c.number == number)
            return &c;
    return nullptr;
}

} // namespace

class TestGuiServerCalendar : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void weekIsWhatTheCliListsInOneRequest();
    void moveIsSavedAndSeenByTheCli();
    void refusedMoveGoesBackWithTheCoresReason();
    void moveIntoFreezeShowsTheFreeze();
    void screenshots();

private:
    std::unique_ptr<ui::Session> remoteSession(const QString &user);
    test::CliResult cli(const QString &user, const QStringList &args) const
    {
        return m_box->runJson(user, args);
    }
    int plan(const QString &title, const QDateTime &start, const QString &asset);
    QDateTime plannedStart(int number) const;
    // The window on the Calendar page, a week from m_week on (the answer may still be coming).
    CalendarPage *showWeek(MainWindow &window) const;
    std::unique_ptr<test::CliSandbox> m_box;
    QDateTime m_week; // the start of the week the suite plans in
    QList<int> m_inWeek;
    int m_later = 0;
    int m_cancelled = 0;
    QDateTime m_freezeStart;
    QDateTime m_freezeEnd;
};

std::unique_ptr<ui::Session> TestGuiServerCalendar::remoteSession(const QString &user)
{
    return guitest::serverSession(m_box->server()->location(), m_box->server()->tokenFor(user),
                                  user);
}

int TestGuiServerCalendar::plan(const QString &title, const QDateTime &start, const QString &asset)
{
    auto created =
        cli(QStringLiteral("erin"),
            {QStringLiteral("change"), QStringLiteral("create"), QStringLiteral("--title"), title,
             QStringLiteral("--start"), iso(start), QStringLiteral("--end"),
             iso(start.addSecs(2 * 3600)), QStringLiteral("--rollback-plan"),
             QStringLiteral("Restore the previous state"), QStringLiteral("--implementation-plan"),
             QStringLiteral("Follow the runbook"), QStringLiteral("--asset"), asset});
    if (created.exitCode != 0) {
        qWarning("%s", created.describe().constData());
        return 0;
    }
    return parseChangeNumber(jsonOf(created)
                                 .value(QStringLiteral("change"))
                                 .toObject()
                                 .value(QStringLiteral("number"))
                                 .toString())
        .value_or(0);
}

QDateTime TestGuiServerCalendar::plannedStart(int number) const
{
    auto shownByCli =
        m_box->runJson(QStringLiteral("erin"), {QStringLiteral("change"), QStringLiteral("show"),
                                                formatChangeNumber(number)});
    return QDateTime::fromString(jsonOf(shownByCli)
                                     .value(QStringLiteral("change"))
                                     .toObject()
                                     .value(QStringLiteral("planned_start"))
                                     .toString(),
                                 Qt::ISODate)
        .toUTC();
}

CalendarPage *TestGuiServerCalendar::showWeek(MainWindow &window) const
{
    if (!window.openWorkspace(QStringLiteral("ops")))
        return nullptr;
    window.resize(1280, 800);
    window.show();
    CalendarPage *page = window.calendarPage();
    page->view()->setZoom(CalendarView::Zoom::Week);
    page->view()->setViewStart(m_week);
    window.showPage(MainWindow::Page::Calendar);
    return page;
}

void TestGuiServerCalendar::initTestCase()
{
    qunsetenv("VIGILO_TOKEN");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_box = std::make_unique<test::CliSandbox>();
    QVERIFY2(m_box->ok() && m_box->isServer(),
             "run with VIGILO_TEST_BACKEND=server under .ci/with-postgres");
    auto r = m_box->run(QStringLiteral("olga"),
                        {QStringLiteral("workspace"), QStringLiteral("create"),
                         QStringLiteral("ops"), QStringLiteral("--name"), QStringLiteral("Ops")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    for (const auto &[who, role] : {std::pair{"erin", "engineer"}, std::pair{"vic", "viewer"}}) {
        auto added =
            m_box->run(QStringLiteral("olga"),
                       {QStringLiteral("member"), QStringLiteral("add"), QLatin1String(who),
                        QStringLiteral("--role"), QLatin1String(role)});
        QVERIFY2(added.exitCode == 0, added.describe().constData());
    }
    for (const char *asset : {"web-frontend", "db-primary"}) {
        auto added =
            m_box->run(QStringLiteral("olga"),
                       {QStringLiteral("asset"), QStringLiteral("add"), QLatin1String(asset),
                        QStringLiteral("--kind"), QStringLiteral("service")});
        QVERIFY2(added.exitCode == 0, added.describe().constData());
    }
    // The week starts two days from now: three changes in it, one later, one cancelled.
    m_week = hourIn(48);
    for (const auto &[title, hours, asset] :
         {std::tuple{"Rotate the TLS certificates", 4, "web-frontend"},
          std::tuple{"Vacuum the primary database", 30, "db-primary"},
          std::tuple{"Patch the web servers", 80, "web-frontend"}}) {
        const int n =
            plan(QLatin1String(title), m_week.addSecs(hours * 3600), QLatin1String(asset));
        QVERIFY(n > 0);
        m_inWeek << n;
    }
    m_later = plan(QStringLiteral("Replace the load balancer"), m_week.addDays(20),
                   QStringLiteral("web-frontend"));
    QVERIFY(m_later > 0);
    m_cancelled =
        plan(QStringLiteral("Never mind"), m_week.addSecs(50 * 3600), QStringLiteral("db-primary"));
    QVERIFY(m_cancelled > 0);
    auto cancelled =
        cli(QStringLiteral("erin"),
            {QStringLiteral("change"), QStringLiteral("cancel"), formatChangeNumber(m_cancelled)});
    QVERIFY2(cancelled.exitCode == 0, cancelled.describe().constData());
    // A freeze window on the week's fourth day.
    m_freezeStart = m_week.addDays(3);
    m_freezeEnd = m_week.addDays(4);
    auto freeze = cli(QStringLiteral("olga"),
                      {QStringLiteral("freeze"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("Release freeze"), QStringLiteral("--start"),
                       iso(m_freezeStart), QStringLiteral("--end"), iso(m_freezeEnd),
                       QStringLiteral("--reason"), QStringLiteral("Quarterly release")});
    QVERIFY2(freeze.exitCode == 0, freeze.describe().constData());
}

// The week on the server: the bars are the changes the CLI lists for the week (not the later
// one, not the cancelled one), read in one request; the next week costs one request; two steps
// at once show only the second answer.
void TestGuiServerCalendar::weekIsWhatTheCliListsInOneRequest()
{
    std::unique_ptr<ui::Session> session = remoteSession(QStringLiteral("erin"));
    QVERIFY(session);
    MainWindow window(*session);
    Settle settle{*session};
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    window.resize(1280, 800);
    window.show();
    // The calendar is a page like the others on a server: no "not available" message.
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav->item(int(MainWindow::Page::Calendar))->flags() & Qt::ItemIsEnabled);
    CalendarPage *page = window.calendarPage();
    QVERIFY(page);
    CalendarView *view = page->view();
    view->setZoom(CalendarView::Zoom::Week);
    view->setViewStart(m_week);
    QTRY_VERIFY_WITH_TIMEOUT(!window.changeList()->property("loading").toBool(), 15000);
    QTest::qWait(0);
    const qint64 before = session->remoteTransport()->requestsSent();
    window.showPage(MainWindow::Page::Calendar);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    QCoreApplication::processEvents(); // the page's own check once shown asks nothing more
    QCOMPARE(session->remoteTransport()->requestsSent() - before, 1);
    QVERIFY(!page->banner()->isVisible()
            || !page->banner()->text().contains(QStringLiteral("cannot")));

    // What the CLI lists for the week through the same server.
    auto listed = cli(QStringLiteral("erin"), {QStringLiteral("change"), QStringLiteral("list")});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    QList<int> fromCli;
    const QDateTime from = view->viewStart(), to = view->viewEnd();
    for (const QJsonValue &v : jsonOf(listed).value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString status = c.value(QStringLiteral("status")).toString();
        const QDateTime s =
            QDateTime::fromString(c.value(QStringLiteral("planned_start")).toString(), Qt::ISODate);
        const QDateTime e =
            QDateTime::fromString(c.value(QStringLiteral("planned_end")).toString(), Qt::ISODate);
        if (status != QLatin1String("cancelled") && status != QLatin1String("rejected") && s < to
            && e > from)
            fromCli << parseChangeNumber(c.value(QStringLiteral("number")).toString()).value_or(0);
    }
    std::sort(fromCli.begin(), fromCli.end());
    QCOMPARE(fromCli, m_inWeek);
    QCOMPARE(shownNumbers(view, from, to), fromCli);
    for (int n : m_inWeek)
        QVERIFY(view->barRect(n).isValid());
    QVERIFY(!shown(view, m_cancelled));
    // The freeze window is drawn from the same answer.
    QCOMPARE(view->range().freezes.size(), 1);
    QCOMPARE(view->range().freezes.first().name, QStringLiteral("Release freeze"));

    // The next week: one request.
    const qint64 beforeNext = session->remoteTransport()->requestsSent();
    view->stepPage(1);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    QCOMPARE(session->remoteTransport()->requestsSent() - beforeNext, 1);
    // Two more steps before any answer: two requests, and only the last range is shown.
    QSignalSpy loaded(page, &CalendarPage::loaded);
    const qint64 beforeTwo = session->remoteTransport()->requestsSent();
    view->stepPage(1);
    view->stepPage(1);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    QCoreApplication::processEvents();
    QCOMPARE(session->remoteTransport()->requestsSent() - beforeTwo, 2);
    QCOMPARE(loaded.count(), 1); // the answer for the week left behind was dropped
    QVERIFY(view->range().from <= view->viewStart() && view->viewEnd() <= view->range().to);
    QVERIFY(shown(view, m_later)); // 20 days on: in the last week's range (with its margin)
}

// A move through the GUI is saved on the server: the bar moves at once, the CLI reads the new
// window, the audit trail has the edit.
void TestGuiServerCalendar::moveIsSavedAndSeenByTheCli()
{
    std::unique_ptr<ui::Session> session = remoteSession(QStringLiteral("erin"));
    QVERIFY(session);
    MainWindow window(*session);
    Settle settle{*session};
    CalendarPage *page = showWeek(window);
    QVERIFY(page);
    CalendarView *view = page->view();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    const int number = m_inWeek.at(1);
    const CalendarChange *c = shown(view, number);
    QVERIFY(c);
    const QDateTime start = c->start.addSecs(3 * 3600), end = c->end.addSecs(3 * 3600);
    QVERIFY(page->view()->barRect(number).isValid());

    QSignalSpy finished(page, &CalendarPage::moveFinished);
    QString asked;
    answerNextBox(QMessageBox::Save, &asked, QStringLiteral("moveConfirmBox"));
    view->selectChange(number);
    page->moveChange(number, start, end);
    QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 15000);
    // Once Save is chosen and until the server answers, the bar is already at its new place.
    if (page->isMoving()) {
        QVERIFY(shown(view, number));
        QCOMPARE(shown(view, number)->start, start);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(finished.first().at(1).toBool(), true);
    QVERIFY2(asked.contains(formatChangeNumber(number)), qPrintable(asked));
    QCOMPARE(plannedStart(number), start);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    QVERIFY(shown(view, number));
    QCOMPARE(shown(view, number)->start, start);
    auto history = cli(QStringLiteral("erin"), {QStringLiteral("change"), QStringLiteral("history"),
                                                formatChangeNumber(number)});
    QVERIFY2(history.exitCode == 0, history.describe().constData());
    QVERIFY2(history.out.contains(QStringLiteral("change.edit")), qPrintable(history.out));
}

// The CLI moves the change after the calendar read it: the calendar's move carries the version
// it showed, the core refuses it as stale, the bar goes back and the core's reason is shown.
void TestGuiServerCalendar::refusedMoveGoesBackWithTheCoresReason()
{
    std::unique_ptr<ui::Session> session = remoteSession(QStringLiteral("erin"));
    QVERIFY(session);
    MainWindow window(*session);
    Settle settle{*session};
    CalendarPage *page = showWeek(window);
    QVERIFY(page);
    CalendarView *view = page->view();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    const int number = m_inWeek.at(2);
    const CalendarChange *c = shown(view, number);
    QVERIFY(c);
    const QDateTime shownStart = c->start;
    const int shownVersion = c->version;
    const QDateTime start = c->start.addSecs(2 * 3600), end = c->end.addSecs(2 * 3600);
    // Meanwhile someone edits it through the CLI.
    auto edited = cli(QStringLiteral("erin"),
                      {QStringLiteral("change"), QStringLiteral("edit"), formatChangeNumber(number),
                       QStringLiteral("--title"), QStringLiteral("Patch the web servers (all)")});
    QVERIFY2(edited.exitCode == 0, edited.describe().constData());

    QSignalSpy finished(page, &CalendarPage::moveFinished);
    QString refusal;
    answerNextBox(QMessageBox::Save, nullptr, QStringLiteral("moveConfirmBox"));
    // Then the refusal (ErrorPresenter's box), answered and kept.
    auto *watch = new QTimer(this);
    watch->setInterval(20);
    connect(watch, &QTimer::timeout, this, [&refusal, watch] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() == QLatin1String("moveConfirmBox"))
            return;
        refusal = box->text() + QLatin1Char('\n') + box->informativeText();
        watch->stop();
        watch->deleteLater();
        box->accept();
    });
    watch->start();
    page->moveChange(number, start, end);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY2(!refusal.isEmpty(), "no refusal shown");
    // The bar is back where the calendar had it (then the page reads the range again).
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    QVERIFY(shown(view, number));
    QCOMPARE(shown(view, number)->start, shownStart);
    QCOMPARE(plannedStart(number), shownStart);
    // The reason shown is the core's: the same request through the client says the same.
    auto direct =
        session->client().call(QStringLiteral("change.edit"),
                               {{QStringLiteral("number"), formatChangeNumber(number)},
                                {QStringLiteral("planned_start"), start.toString(Qt::ISODate)},
                                {QStringLiteral("planned_end"), end.toString(Qt::ISODate)},
                                {QStringLiteral("expected_version"), shownVersion}});
    QVERIFY(!direct.ok());
    QCOMPARE(direct.error().code, QStringLiteral("stale_write"));
    QVERIFY2(refusal.contains(direct.error().message), qPrintable(refusal));
    QCOMPARE(plannedStart(number), shownStart);
}

// Into the freeze window: the preview and the question list the freeze (the core's reason), the
// core saves the move (a freeze blocks submit and schedule), the bar shows the freeze conflict,
// and submitting it through the CLI is refused by the freeze.
void TestGuiServerCalendar::moveIntoFreezeShowsTheFreeze()
{
    std::unique_ptr<ui::Session> session = remoteSession(QStringLiteral("erin"));
    QVERIFY(session);
    MainWindow window(*session);
    Settle settle{*session};
    CalendarPage *page = showWeek(window);
    QVERIFY(page);
    CalendarView *view = page->view();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    const int number = m_inWeek.at(0);
    const CalendarChange *c = shown(view, number);
    QVERIFY(c);
    QVERIFY(!c->hasConflicts());
    const QDateTime start = m_freezeStart.addSecs(3600), end = start.addSecs(2 * 3600);
    QSignalSpy finished(page, &CalendarPage::moveFinished);
    QString asked;
    answerNextBox(QMessageBox::Save, &asked, QStringLiteral("moveConfirmBox"));
    page->moveChange(number, start, end);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY2(asked.contains(QStringLiteral("Release freeze")), qPrintable(asked));
    QCOMPARE(plannedStart(number), start);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    const CalendarChange *moved = shown(view, number);
    QVERIFY(moved);
    bool frozen = false;
    for (const Conflict &k : moved->conflicts)
        frozen = frozen || k.kind == QLatin1String("freeze");
    QVERIFY(frozen);
    auto submit = cli(QStringLiteral("erin"), {QStringLiteral("change"), QStringLiteral("submit"),
                                               formatChangeNumber(number)});
    QCOMPARE(submit.exitCode, 1);
    QVERIFY2(submit.out.contains(QStringLiteral("freeze_window_blocked")),
             submit.describe().constData());
}

// The calendar on the server at 1024×768, in English and German (a window made after the German
// catalogue is installed, as the application starts in German).
void TestGuiServerCalendar::screenshots()
{
    std::unique_ptr<ui::Session> session = remoteSession(QStringLiteral("erin"));
    QVERIFY(session);
    Settle settle{*session};
    const auto shoot = [&](const QString &name) {
        MainWindow window(*session);
        QVERIFY(window.openWorkspace(QStringLiteral("ops")));
        window.resize(1024, 768);
        window.show();
        CalendarPage *page = window.calendarPage();
        page->view()->setZoom(CalendarView::Zoom::Week);
        page->view()->setViewStart(m_week.addDays(-1));
        window.showPage(MainWindow::Page::Calendar);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
        QVERIFY(!page->view()->range().changes.isEmpty());
        page->view()->selectChange(m_inWeek.at(1));
        QVERIFY(window.grab().save(guitest::outputPath(name)));
        // Nothing is cut off: the legend and the range label fit the page.
        auto *legend = page->findChild<QWidget *>(QStringLiteral("calendarLegend"));
        QVERIFY(legend->height() >= legend->heightForWidth(legend->width()));
        auto *range = page->findChild<QLabel *>(QStringLiteral("calendarRangeLabel"));
        QVERIFY2(range->fontMetrics().horizontalAdvance(range->text()) <= range->width(),
                 qPrintable(range->text()));
        (void)session->client().call(QStringLiteral("session.whoami")); // every answer is in
    };
    shoot(QStringLiteral("server-calendar.png"));
    QTranslator german;
    QVERIFY(loadVigiloCatalogue(german, QLocale(QLocale::German, QLocale::Germany)));
    QCoreApplication::installTranslator(&german);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&german);
        QLocale::setDefault(before);
    });
    shoot(QStringLiteral("server-calendar-de.png"));
}

QTEST_MAIN(TestGuiServerCalendar)
#include "tst_gui_server_calendar.moc"
