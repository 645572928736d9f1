// The change detail view on a real vigilo-server (issue 13, item 4: one code path through the
// client): opening is one request; editing the title and the planned window is saved and the list
// and `vigilo-cli change show` through the server agree; the banner follows the form's window;
// the risk questionnaire is answered and the level accepted (audited); a stale edit from a second
// client shows the notice and the refusal; an approval from the action bar; an engineer refused
// by the core sees the core's reason; a viewer cannot edit. Screenshots in English and German.

#include "GuiFixture.h"

#include "changes/ChangeListView.h"
#include "detail/ActionBar.h"
#include "detail/ActivityModel.h"
#include "detail/ActivityTab.h"
#include "detail/ChangeDetailView.h"
#include "detail/ConflictBanner.h"
#include "detail/DetailsTab.h"
#include "detail/RiskTab.h"
#include "main/MainWindow.h"
#include "main/Session.h"

#include "Catalogue.h"
#include "CliRunner.h"
#include "RemoteTransport.h"
#include "TestServer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

#include <functional>
#include <memory>

using namespace vigilo;
using vigilo::ui::ChangeDetailView;
using vigilo::ui::MainWindow;

namespace {

// Acts on the next modal dialog of type T as soon as it is up (polled every 20 ms, no sleep).
template <typename T> QTimer *onNextModal(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
    return timer;
}

template <typename T> T *child(QObject *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

QDateTime inDays(int days, int hours = 0)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime(now.date().addDays(days), QTime(hours, 0), Qt::UTC);
}

QJsonObject jsonOf(const test::CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestGuiServerDetail : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void openEditAndFollowTheForm();
    void riskQuestionnaireThroughTheServer();
    void staleEditShowsTheNotice();
    void approveRefuseAndReadOnly();
    void screenshots();
    void cleanupTestCase();

private:
    std::unique_ptr<ui::Session> remoteSession(const QString &user)
    {
        client::RemoteOptions o;
        o.location = m_box->server()->location();
        o.token = m_box->server()->tokenFor(user);
        auto transport = client::RemoteTransport::open(o);
        if (!transport.ok())
            return nullptr;
        return ui::Session::remote(std::move(transport).value(), user);
    }
    // A window of `user` on workspace ops with change 1 open (loaded).
    struct Opened {
        std::unique_ptr<ui::Session> session;
        std::unique_ptr<MainWindow> window;
        ChangeDetailView *detail = nullptr;
    };
    Opened open(const QString &user)
    {
        Opened o;
        o.session = remoteSession(user);
        if (!o.session)
            return o;
        o.window = std::make_unique<MainWindow>(*o.session);
        if (!o.window->openWorkspace(QStringLiteral("ops")))
            return o;
        o.window->resize(1024, 768);
        o.window->show();
        o.detail = o.window->openChange(1);
        return o;
    }
    test::CliResult cli(const QString &user, const QStringList &args) const
    {
        return m_box->runJson(user, args);
    }
    std::unique_ptr<test::CliSandbox> m_box;
};

void TestGuiServerDetail::initTestCase()
{
    qunsetenv("VIGILO_TOKEN");
    m_box = std::make_unique<test::CliSandbox>();
    QVERIFY2(m_box->ok() && m_box->isServer(),
             "run with VIGILO_TEST_BACKEND=server under .ci/with-postgres");
    auto r = m_box->run(QStringLiteral("olga"),
                        {QStringLiteral("workspace"), QStringLiteral("create"),
                         QStringLiteral("ops"), QStringLiteral("--name"), QStringLiteral("Ops")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QList<QPair<QString, QString>> people = {
        {QStringLiteral("alice"), QStringLiteral("engineer")},
        {QStringLiteral("carol"), QStringLiteral("approver")},
        {QStringLiteral("erin"), QStringLiteral("engineer")},
        {QStringLiteral("vic"), QStringLiteral("viewer")}};
    for (const auto &p : people) {
        auto added =
            m_box->run(QStringLiteral("olga"), {QStringLiteral("member"), QStringLiteral("add"),
                                                p.first, QStringLiteral("--role"), p.second});
        QVERIFY2(added.exitCode == 0, added.describe().constData());
    }
    for (const QString &asset : {QStringLiteral("web-frontend"), QStringLiteral("db-primary")}) {
        auto added = m_box->run(QStringLiteral("olga"),
                                {QStringLiteral("asset"), QStringLiteral("add"), asset});
        QVERIFY2(added.exitCode == 0, added.describe().constData());
    }
    // A freeze 20 days ahead: the banner names it once the form's window moves into it.
    auto freeze = m_box->run(QStringLiteral("olga"),
                             {QStringLiteral("freeze"), QStringLiteral("add"),
                              QStringLiteral("--name"), QStringLiteral("Year-end freeze"),
                              QStringLiteral("--start"), inDays(20).toString(Qt::ISODate),
                              QStringLiteral("--end"), inDays(23).toString(Qt::ISODate)});
    QVERIFY2(freeze.exitCode == 0, freeze.describe().constData());
    auto created =
        m_box->run(QStringLiteral("alice"),
                   {QStringLiteral("change"), QStringLiteral("create"), QStringLiteral("--title"),
                    QStringLiteral("Rotate the TLS certificates"), QStringLiteral("--start"),
                    inDays(10, 22).toString(Qt::ISODate), QStringLiteral("--end"),
                    inDays(11, 0).toString(Qt::ISODate), QStringLiteral("--rollback-plan"),
                    QStringLiteral("Restore the old ones"), QStringLiteral("--implementation-plan"),
                    QStringLiteral("Install the new ones"), QStringLiteral("--asset"),
                    QStringLiteral("web-frontend")});
    QVERIFY2(created.exitCode == 0, created.describe().constData());
}

void TestGuiServerDetail::openEditAndFollowTheForm()
{
    auto session = remoteSession(QStringLiteral("alice"));
    QVERIFY(session);
    MainWindow window(*session);
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    window.resize(1024, 768);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.visibleChanges().size(), 1, 15000);

    // Opening is one request: change.open feeds the header and every tab shown at first.
    const qint64 before = session->remoteTransport()->requestsSent();
    ChangeDetailView *detail = window.openChange(1);
    QVERIFY(detail);
    QTRY_COMPARE_WITH_TIMEOUT(detail->change().title, QStringLiteral("Rotate the TLS certificates"),
                              15000);
    QCOMPARE(session->remoteTransport()->requestsSent() - before, 1);
    // Every tab is there on a server too, and the form is editable for its requester.
    QCOMPARE(detail->tabs()->count(), int(ChangeDetailView::TabCount));
    auto *title = child<QLineEdit>(detail, "title");
    QVERIFY(!title->isReadOnly());
    QVERIFY(!child<QPushButton>(detail, "saveButton")->isHidden());
    QVERIFY(detail->activityTab()->model()->rowCount() > 0); // the history came with it

    // The banner follows the form as it is typed: the window moved into the freeze.
    auto *start = child<QDateTimeEdit>(detail, "plannedStart");
    auto *end = child<QDateTimeEdit>(detail, "plannedEnd");
    const QDateTime newStart = inDays(21, 1), newEnd = inDays(21, 3);
    end->setDateTime(newEnd.toLocalTime());
    start->setDateTime(newStart.toLocalTime());
    QTRY_VERIFY_WITH_TIMEOUT(detail->conflictBanner()
                                 ->lines()
                                 .join(QLatin1Char('\n'))
                                 .contains(QStringLiteral("Year-end freeze")),
                             15000);

    // Edit the title too and save: the server has it, the list shows it, the CLI agrees.
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Rotate the edge TLS certificates"));
    QVERIFY(detail->detailsTab()->isDirty());
    QTest::mouseClick(child<QPushButton>(detail, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(detail->change().title,
                              QStringLiteral("Rotate the edge TLS certificates"), 15000);
    QVERIFY(!detail->detailsTab()->isDirty());
    QCOMPARE(detail->change().plannedStart, newStart);
    QCOMPARE(detail->change().plannedEnd, newEnd);
    QTRY_COMPARE_WITH_TIMEOUT(window.visibleChanges().value(0).title,
                              QStringLiteral("Rotate the edge TLS certificates"), 15000);
    auto shown = cli(QStringLiteral("carol"),
                     {QStringLiteral("change"), QStringLiteral("show"), QStringLiteral("1")});
    QVERIFY2(shown.exitCode == 0, shown.describe().constData());
    const QJsonObject change = jsonOf(shown).value(QStringLiteral("change")).toObject();
    QCOMPARE(change.value(QStringLiteral("title")).toString(),
             QStringLiteral("Rotate the edge TLS certificates"));
    QCOMPARE(QDateTime::fromString(change.value(QStringLiteral("planned_start")).toString(),
                                   Qt::ISODate),
             newStart);

    // Back out of the freeze (saved), so that the change can be submitted later.
    start->setDateTime(inDays(10, 22).toLocalTime());
    end->setDateTime(inDays(11, 0).toLocalTime());
    QTest::mouseClick(child<QPushButton>(detail, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(detail->change().plannedStart, inDays(10, 22), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!detail->conflictBanner()
                                  ->lines()
                                  .join(QLatin1Char('\n'))
                                  .contains(QStringLiteral("Year-end freeze")),
                             15000);
}

void TestGuiServerDetail::riskQuestionnaireThroughTheServer()
{
    Opened o = open(QStringLiteral("alice"));
    QVERIFY(o.detail);
    ChangeDetailView *detail = o.detail;
    QTRY_VERIFY_WITH_TIMEOUT(detail->change().number > 0, 15000);
    detail->tabs()->setCurrentWidget(detail->riskTab());
    // The riskiest answer to every question, as clicked.
    QMap<QString, QRadioButton *> riskiest;
    for (QRadioButton *radio : detail->riskTab()->findChildren<QRadioButton *>()) {
        const QString key = radio->objectName().section(QLatin1Char('_'), 1, -2);
        QRadioButton *&best = riskiest[key];
        if (!best
            || radio->objectName().section(QLatin1Char('_'), -1).toInt()
                   > best->objectName().section(QLatin1Char('_'), -1).toInt())
            best = radio;
    }
    QVERIFY(riskiest.size() >= 3);
    for (auto it = riskiest.begin(); it != riskiest.end(); ++it) {
        // The click goes to the server; the questionnaire is ready again once it answered.
        QTRY_VERIFY_WITH_TIMEOUT(it.value()->isEnabled() && it.value()->isVisible(), 15000);
        QPointer<QRadioButton> radio = it.value();
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
        QTRY_VERIFY_WITH_TIMEOUT(radio && radio->isChecked(), 15000);
    }
    auto *accept = child<QPushButton>(detail, "acceptSuggestion");
    QTRY_VERIFY_WITH_TIMEOUT(accept->isEnabled(), 15000);
    QCOMPARE(detail->riskTab()->shownScore(), std::optional<int>(100));
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(detail, "riskBadge")->text(),
                              QStringLiteral("High risk"), 15000);
    auto history = cli(QStringLiteral("carol"),
                       {QStringLiteral("change"), QStringLiteral("history"), QStringLiteral("1")});
    QVERIFY2(history.exitCode == 0, history.describe().constData());
    QVERIFY2(history.out.contains(QStringLiteral("\"risk.accept\"")),
             history.describe().constData());
    QVERIFY2(history.out.contains(QStringLiteral("\"alice\"")), history.describe().constData());

    // Overridden to low with a reason (one approval step later on), audited as an override.
    auto *level = child<QComboBox>(detail, "overrideLevel");
    level->setCurrentIndex(level->findData(int(RiskLevel::Low)));
    QTest::keyClicks(child<QLineEdit>(detail, "overrideReason"),
                     QStringLiteral("Only the edge certificates change"));
    auto *overrideButton = child<QPushButton>(detail, "overrideButton");
    QTRY_VERIFY_WITH_TIMEOUT(overrideButton->isEnabled(), 15000);
    QTest::mouseClick(overrideButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(detail, "riskBadge")->text(),
                              QStringLiteral("Low risk"), 15000);
    auto overridden =
        cli(QStringLiteral("carol"),
            {QStringLiteral("change"), QStringLiteral("history"), QStringLiteral("1")});
    QVERIFY2(overridden.out.contains(QStringLiteral("\"risk.override\"")),
             overridden.describe().constData());
}

// alice edits while olga, at another workstation, changes the change through the same server: the
// server's push reloads alice's view, which keeps her edits and says so; saving them is refused
// as stale with the core's words.
void TestGuiServerDetail::staleEditShowsTheNotice()
{
    Opened o = open(QStringLiteral("alice"));
    QVERIFY(o.detail);
    ChangeDetailView *detail = o.detail;
    QTRY_VERIFY_WITH_TIMEOUT(detail->change().number > 0, 15000);
    auto *description = child<QPlainTextEdit>(detail, "description");
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("Edited here. "));
    QVERIFY(detail->detailsTab()->isDirty());
    auto *notice = child<QLabel>(detail, "staleNotice");
    QVERIFY(notice->isHidden());
    auto edited = cli(QStringLiteral("olga"),
                      {QStringLiteral("change"), QStringLiteral("edit"), QStringLiteral("1"),
                       QStringLiteral("--test-plan"), QStringLiteral("Check the expiry date")});
    QVERIFY2(edited.exitCode == 0, edited.describe().constData());
    QTRY_VERIFY_WITH_TIMEOUT(!notice->isHidden(), 15000);
    QVERIFY2(notice->text().contains(QStringLiteral("changed elsewhere")),
             qPrintable(notice->text()));
    QVERIFY(detail->detailsTab()->isDirty()); // the edits are kept
    QVERIFY(description->toPlainText().contains(QStringLiteral("Edited here.")));

    QString shown;
    onNextModal<QMessageBox>([&shown](QMessageBox *box) {
        shown = box->text() + QLatin1Char('\n') + box->informativeText();
        box->accept();
    });
    QTest::mouseClick(child<QPushButton>(detail, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 15000);
    QVERIFY2(shown.contains(QStringLiteral("Someone else changed")), qPrintable(shown));
    QVERIFY(detail->detailsTab()->isDirty());
    // Discard (the notice's link) shows the newer version.
    QMetaObject::invokeMethod(notice, "linkActivated", Q_ARG(QString, QStringLiteral("discard")));
    QTRY_VERIFY_WITH_TIMEOUT(!detail->detailsTab()->isDirty() && notice->isHidden(), 15000);
    QCOMPARE(child<QPlainTextEdit>(detail, "testPlan")->toPlainText(),
             QStringLiteral("Check the expiry date"));
}

void TestGuiServerDetail::approveRefuseAndReadOnly()
{
    // alice submits from the action bar.
    Opened a = open(QStringLiteral("alice"));
    QVERIFY(a.detail);
    QTRY_VERIFY_WITH_TIMEOUT(a.detail->actionBar()->actions().contains(Action::Submit), 15000);
    QString submitRefusal;
    QPointer<QTimer> watch = onNextModal<QMessageBox>([&submitRefusal](QMessageBox *box) {
        submitRefusal = box->informativeText();
        box->accept();
    });
    // As a user clicks it: once the view has read the change (the bar is disabled meanwhile).
    QTRY_VERIFY_WITH_TIMEOUT(!a.detail->isLoading()
                                 && a.detail->actionBar()->button(Action::Submit)->isEnabled(),
                             15000);
    a.detail->actionBar()->button(Action::Submit)->click();
    QTRY_VERIFY2_WITH_TIMEOUT(a.detail->change().status == ChangeStatus::Review
                                  || !submitRefusal.isEmpty(),
                              qPrintable(submitRefusal), 15000);
    delete watch.data();
    QVERIFY2(submitRefusal.isEmpty(), qPrintable(submitRefusal));

    // erin, an engineer, is refused by the core: she sees its reason, the CLI's words.
    auto cliRefusal = cli(QStringLiteral("erin"), {QStringLiteral("change"),
                                                   QStringLiteral("approve"), QStringLiteral("1")});
    QCOMPARE(cliRefusal.exitCode, 1);
    const QJsonObject error = jsonOf(cliRefusal).value(QStringLiteral("error")).toObject();
    Opened e = open(QStringLiteral("erin"));
    QVERIFY(e.detail);
    QTRY_COMPARE_WITH_TIMEOUT(toString(e.detail->change().status), toString(ChangeStatus::Review),
                              15000);
    QVERIFY(!e.detail->actionBar()->actions().contains(Action::Approve));
    QString refusal;
    onNextModal<QDialog>([&refusal](QDialog *reason) {
        onNextModal<QMessageBox>([&refusal](QMessageBox *box) {
            refusal = box->informativeText();
            box->accept();
        });
        reason->accept();
    });
    e.detail->trigger(Action::Approve);
    QTRY_VERIFY_WITH_TIMEOUT(!refusal.isEmpty(), 15000);
    QCOMPARE(refusal, error.value(QStringLiteral("message")).toString());

    // carol approves from the action bar; the CLI through the server agrees.
    Opened c = open(QStringLiteral("carol"));
    QVERIFY(c.detail);
    QTRY_VERIFY_WITH_TIMEOUT(c.detail->actionBar()->actions().contains(Action::Approve), 15000);
    onNextModal<QDialog>([](QDialog *reason) { reason->accept(); });
    // As a user clicks it: once the view has read the change (the bar is disabled meanwhile).
    QTRY_VERIFY_WITH_TIMEOUT(!c.detail->isLoading()
                                 && c.detail->actionBar()->button(Action::Approve)->isEnabled(),
                             15000);
    c.detail->actionBar()->button(Action::Approve)->click();
    QTRY_COMPARE_WITH_TIMEOUT(toString(c.detail->change().status), toString(ChangeStatus::Approved),
                              15000);
    auto shown = cli(QStringLiteral("vic"),
                     {QStringLiteral("change"), QStringLiteral("show"), QStringLiteral("1")});
    QCOMPARE(jsonOf(shown)
                 .value(QStringLiteral("change"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("approved"));

    // vic, a viewer, reads it: nothing to edit, no risk answers, no actions.
    Opened v = open(QStringLiteral("vic"));
    QVERIFY(v.detail);
    QTRY_COMPARE_WITH_TIMEOUT(toString(v.detail->change().status), toString(ChangeStatus::Approved),
                              15000);
    QVERIFY(child<QLineEdit>(v.detail, "title")->isReadOnly());
    QVERIFY(child<QPushButton>(v.detail, "saveButton")->isHidden());
    QVERIFY(v.detail->actionBar()->actions().isEmpty());
    for (QRadioButton *radio : v.detail->riskTab()->findChildren<QRadioButton *>())
        QVERIFY(!radio->isEnabled());
    QVERIFY(!child<QPushButton>(v.detail, "acceptSuggestion")->isEnabled());
}

void TestGuiServerDetail::screenshots()
{
    for (const bool german : {false, true}) {
        QTranslator translator;
        if (german) {
            QVERIFY(loadVigiloCatalogue(translator, QLocale(QLocale::German, QLocale::Germany)));
            QCoreApplication::installTranslator(&translator);
        }
        const auto restore = qScopeGuard([&] {
            if (german)
                QCoreApplication::removeTranslator(&translator);
        });
        Opened o = open(QStringLiteral("carol"));
        QVERIFY(o.detail);
        QTRY_VERIFY_WITH_TIMEOUT(o.detail->change().number > 0, 15000);
        const QString suffix = german ? QStringLiteral("-de") : QString();
        for (const auto tab :
             {ChangeDetailView::Details, ChangeDetailView::Risk, ChangeDetailView::Activity}) {
            o.detail->tabs()->setCurrentIndex(tab);
            QApplication::processEvents(); // the layout of the page just shown
            QVERIFY(o.window->grab().save(guitest::outputPath(
                QStringLiteral("server-detail-%1%2.png").arg(int(tab)).arg(suffix))));
        }
    }
}

void TestGuiServerDetail::cleanupTestCase()
{
    m_box.reset();
}

QTEST_MAIN(TestGuiServerDetail)
#include "tst_gui_server_detail.moc"
