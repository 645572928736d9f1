// The main window's pages on a real vigilo-server (in front of a scratch PostgreSQL database),
// through the same client as on a database (issue 13, item 4: "a screen never knows which it
// has"): the Approval queue with the change awaiting the member and its bulk approval, the Freeze
// windows page with a window added, My views with a saved filter, each checked against what the
// CLI reads from the server; a viewer's refused bulk approval shows the server's refusal.

#include "DialogDriver.h"
#include "GuiBackend.h"
#include "GuiFixture.h"
#include "ServerSession.h"

#include "changes/ChangeListView.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DrillDownDialog.h"
#include "freeze/FreezeWindowModel.h"
#include "freeze/FreezeWindowsPage.h"
#include "main/MainWindow.h"
#include "main/MessagePage.h"
#include "main/Session.h"
#include "queue/ApprovalQueueModel.h"
#include "queue/ApprovalQueuePage.h"
#include "queue/BulkApprovalDialog.h"
#include "views/PersonalViewsPanel.h"

#include "CliRunner.h"
#include "Client.h"
#include "RemoteTransport.h"
#include "TestServer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <functional>
#include <memory>

using namespace vigilo;
using vigilo::guitest::onNextModal;
using vigilo::ui::MainWindow;

namespace {

template <typename R> QString whyNot(const R &result)
{
    return result.ok() ? QString() : result.error().message;
}

QString isoIn(int days, int hours = 0)
{
    return QDateTime::currentDateTimeUtc()
        .addDays(days)
        .addSecs(hours * 3600)
        .toString(Qt::ISODate);
}

QJsonObject jsonOf(const test::CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// The change numbers of a `change list` JSON answer, ascending.
QList<int> numbersOf(const QJsonObject &doc)
{
    QList<int> out;
    for (const QJsonValue &v : doc.value(QStringLiteral("changes")).toArray())
        out << parseChangeNumber(v.toObject().value(QStringLiteral("number")).toString())
                   .value_or(0);
    std::sort(out.begin(), out.end());
    return out;
}

// Declared after a window on `session`: before the window goes, every answer it waits for has
// come (a synchronous call answers after the ones sent before it), so that no continuation is
// left for a window that is gone.
struct Settle {
    ui::Session &session;
    ~Settle() { (void)session.client().call(QStringLiteral("session.whoami")); }
};

QList<int> queueNumbers(const ui::ApprovalQueuePage *page)
{
    QList<int> out;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        out << page->model()->index(row, 0).data(ui::ApprovalQueueModel::NumberRole).toInt();
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestGuiServerPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesAreThereOnTheServer();
    void myViewsSaveChooseAndDelete();
    void queueShowsTheAwaitingChangeAndApprovesInBulk();
    void viewerSeesTheServersRefusal();
    void freezeWindowAddedShows();
    void dashboardFiguresAndDrillDown();

private:
    std::unique_ptr<ui::Session> remoteSession(const QString &user);
    test::CliResult cli(const QString &user, const QStringList &args) const
    {
        return m_box->runJson(user, args);
    }
    std::unique_ptr<test::CliSandbox> m_box;
    int m_low = 0;   // in review, low risk: passes the bulk guard
    int m_other = 0; // in review, high risk: refused by the guard
};

std::unique_ptr<ui::Session> TestGuiServerPages::remoteSession(const QString &user)
{
    return guitest::serverSession(m_box->server()->location(), m_box->server()->tokenFor(user),
                                  user);
}

void TestGuiServerPages::initTestCase()
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
    for (const auto &[who, role] : {std::pair{"alice", "approver"}, std::pair{"erin", "engineer"},
                                    std::pair{"vic", "viewer"}}) {
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
    // erin plans two changes and submits them: alice may decide both.
    const auto plan = [this](const QString &title, const QString &risk, const QString &asset,
                             int day, bool submit = true) -> int {
        auto created = cli(
            QStringLiteral("erin"),
            {QStringLiteral("change"), QStringLiteral("create"), QStringLiteral("--title"), title,
             QStringLiteral("--priority"), QStringLiteral("low"), QStringLiteral("--risk"), risk,
             QStringLiteral("--start"), isoIn(day), QStringLiteral("--end"), isoIn(day, 2),
             QStringLiteral("--rollback-plan"), QStringLiteral("Restore the previous state"),
             QStringLiteral("--implementation-plan"), QStringLiteral("Follow the runbook"),
             QStringLiteral("--asset"), asset});
        if (created.exitCode != 0)
            return 0;
        const QString number = jsonOf(created)
                                   .value(QStringLiteral("change"))
                                   .toObject()
                                   .value(QStringLiteral("number"))
                                   .toString();
        if (!submit)
            return parseChangeNumber(number).value_or(0);
        auto submitted = cli(QStringLiteral("erin"),
                             {QStringLiteral("change"), QStringLiteral("submit"), number});
        if (submitted.exitCode != 0)
            return 0;
        return parseChangeNumber(number).value_or(0);
    };
    m_low = plan(QStringLiteral("Rotate the TLS certificates"), QStringLiteral("low"),
                 QStringLiteral("web-frontend"), 10);
    m_other = plan(QStringLiteral("Upgrade the primary database"), QStringLiteral("high"),
                   QStringLiteral("db-primary"), 12);
    QVERIFY(m_low > 0);
    QVERIFY(m_other > 0);
    // A draft: in the list, in no view of alice's.
    QVERIFY(plan(QStringLiteral("Retire the old proxy"), QStringLiteral("low"),
                 QStringLiteral("web-frontend"), 20, false)
            > 0);
}

// Only the pages not written against the client yet say they are not on a server.
void TestGuiServerPages::pagesAreThereOnTheServer()
{
    std::unique_ptr<ui::Session> alice = remoteSession(QStringLiteral("alice"));
    QVERIFY(alice);
    MainWindow window(*alice);
    Settle settle{*alice};
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    for (auto page : {MainWindow::Page::ApprovalQueue, MainWindow::Page::FreezeWindows,
                      MainWindow::Page::Dashboard})
        QVERIFY(nav->item(int(page))->flags() & Qt::ItemIsEnabled);
    QVERIFY(window.approvalQueue());
    QVERIFY(window.freezeWindowsPage());
    QVERIFY(window.personalViews()->isVisible() || !window.isVisible());
    QVERIFY(window.personalViews()->list()->count() >= 4); // the built-in views
}

// My views on the server: the built-in "Awaiting my decision" lists what the CLI lists with
// --awaiting-me; a filter saved from the panel is the server's (filter list), choosing it shows
// its changes, deleting it removes it on the server.
void TestGuiServerPages::myViewsSaveChooseAndDelete()
{
    std::unique_ptr<ui::Session> alice = remoteSession(QStringLiteral("alice"));
    QVERIFY(alice);
    MainWindow window(*alice);
    Settle settle{*alice};
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    window.show();
    ui::PersonalViewsPanel *views = window.personalViews();
    QVERIFY(views->isVisible());

    auto awaiting = cli(QStringLiteral("alice"), {QStringLiteral("change"), QStringLiteral("list"),
                                                  QStringLiteral("--awaiting-me")});
    QVERIFY2(awaiting.exitCode == 0, awaiting.describe().constData());
    const QList<int> expected = numbersOf(jsonOf(awaiting));
    QCOMPARE(expected, (QList<int>{m_low, m_other}));

    QTRY_COMPARE_WITH_TIMEOUT(window.visibleChanges().size(), 3, 15000); // every change
    QVERIFY(views->choose(ui::PersonalViewsPanel::tr("Awaiting my decision")));
    const auto shown = [&window] {
        QList<int> out;
        for (const ChangeSummary &c : window.visibleChanges())
            out << c.number;
        std::sort(out.begin(), out.end());
        return out;
    };
    QTRY_COMPARE_WITH_TIMEOUT(shown(), expected, 15000);

    // Save the view under a name: the server keeps it.
    const QString name = QStringLiteral("Waiting for me");
    views->saveCurrentFilter(*window.changeList()->proxy(), name);
    const auto listed = [views, &name] {
        for (int row = 0; row < views->list()->count(); ++row)
            if (views->list()->item(row)->text() == name)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(listed(), 15000);
    auto filters = cli(QStringLiteral("alice"), {QStringLiteral("filter"), QStringLiteral("list")});
    QVERIFY2(filters.exitCode == 0, filters.describe().constData());
    QVERIFY2(filters.out.contains(name), qPrintable(filters.out));

    // Choosing it shows what change.list answers for it.
    auto byFilter = cli(QStringLiteral("alice"), {QStringLiteral("change"), QStringLiteral("list"),
                                                  QStringLiteral("--filter"), name});
    QVERIFY2(byFilter.exitCode == 0, byFilter.describe().constData());
    QCOMPARE(numbersOf(jsonOf(byFilter)), expected);
    views->clearSelection();
    QTRY_COMPARE_WITH_TIMEOUT(window.visibleChanges().size(), 3, 15000);
    QVERIFY(views->choose(name));
    QTRY_COMPARE_WITH_TIMEOUT(shown(), expected, 15000);
    QTRY_VERIFY(!window.changeList()->property("loading").toBool());

    // Delete it: gone from the panel and from the server.
    views->deleteSelectedFilter();
    QTRY_VERIFY_WITH_TIMEOUT(!listed(), 15000);
    filters = cli(QStringLiteral("alice"), {QStringLiteral("filter"), QStringLiteral("list")});
    QVERIFY2(!filters.out.contains(name), qPrintable(filters.out));
}

// The queue shows the changes awaiting alice, in one request, with the CLI's numbers; bulk
// approval goes through the server: the low-risk change is approved, the other is refused with
// the guard's reason and left in review.
void TestGuiServerPages::queueShowsTheAwaitingChangeAndApprovesInBulk()
{
    std::unique_ptr<ui::Session> alice = remoteSession(QStringLiteral("alice"));
    QVERIFY(alice);
    MainWindow window(*alice);
    Settle settle{*alice};
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    window.resize(1280, 760);
    window.show();
    ui::ApprovalQueuePage *page = window.approvalQueue();
    QTRY_VERIFY_WITH_TIMEOUT(!window.changeList()->property("loading").toBool(), 15000);
    const qint64 before = alice->remoteTransport()->requestsSent();
    window.showPage(MainWindow::Page::ApprovalQueue);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    QCOMPARE(alice->remoteTransport()->requestsSent() - before, 1); // one request, one page
    QCOMPARE(page->loadError(), QString());
    QCOMPARE(queueNumbers(page), (QList<int>{m_low, m_other}));
    QVERIFY(page->model()->itemAt(0).canDecide());
    QVERIFY(!page->model()->itemAt(0).openSteps.isEmpty());

    // Select both and approve in bulk.
    page->table()->selectAll();
    QTRY_VERIFY(page->approveSelectedButton()->isEnabled());
    QStringList approved, refused;
    onNextModal<ui::BulkApprovalDialog>([&](ui::BulkApprovalDialog *ask) {
        ask->commentEdit()->setPlainText(QStringLiteral("Reviewed in the CAB"));
        onNextModal<ui::BulkApprovalResultDialog>([&](ui::BulkApprovalResultDialog *done) {
            for (int i = 0; i < done->approvedList()->count(); ++i)
                approved << done->approvedList()->item(i)->text();
            for (int i = 0; i < done->refusedList()->count(); ++i)
                refused << done->refusedList()->item(i)->text();
            done->accept();
        });
        ask->accept();
    });
    page->approveSelected();
    QTRY_VERIFY_WITH_TIMEOUT(approved.size() + refused.size() == 2, 15000);
    QCOMPARE(approved.size(), 1);
    QVERIFY2(approved.first().contains(formatChangeNumber(m_low)), qPrintable(approved.first()));
    QVERIFY2(refused.first().contains(formatChangeNumber(m_other)), qPrintable(refused.first()));

    // The server has it so, and the queue was read again.
    auto low = cli(QStringLiteral("alice"),
                   {QStringLiteral("change"), QStringLiteral("show"), formatChangeNumber(m_low)});
    QVERIFY2(low.exitCode == 0, low.describe().constData());
    QCOMPARE(jsonOf(low).value(QStringLiteral("change")).toObject().value(QStringLiteral("status")),
             QJsonValue(QStringLiteral("approved")));
    QTRY_COMPARE_WITH_TIMEOUT(queueNumbers(page), QList<int>{m_other}, 15000);

    // "Show every change in review" asks again.
    page->showAllToggle()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    QCOMPARE(queueNumbers(page), QList<int>{m_other});
    page->showAllToggle()->setChecked(false);
    QVERIFY(window.grab().save(guitest::outputPath(QStringLiteral("server-queue.png"))));
}

// A viewer: the queue is empty as the CLI's, "Approve selected…" is off and says the server's
// reason, which is what the server answers a crafted change.approve_many.
void TestGuiServerPages::viewerSeesTheServersRefusal()
{
    std::unique_ptr<ui::Session> vic = remoteSession(QStringLiteral("vic"));
    QVERIFY(vic);
    MainWindow window(*vic);
    Settle settle{*vic};
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    window.show();
    window.showPage(MainWindow::Page::ApprovalQueue);
    ui::ApprovalQueuePage *page = window.approvalQueue();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    QCOMPARE(page->loadError(), QString());
    auto awaiting = cli(QStringLiteral("vic"), {QStringLiteral("change"), QStringLiteral("list"),
                                                QStringLiteral("--awaiting-me")});
    QVERIFY2(awaiting.exitCode == 0, awaiting.describe().constData());
    QCOMPARE(queueNumbers(page), numbersOf(jsonOf(awaiting)));

    // Every change in review, selected: still no bulk approval, with the server's words.
    page->showAllToggle()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->rowCount() == 1, 15000);
    page->table()->selectAll();
    QVERIFY(!page->approveSelectedButton()->isEnabled());
    auto crafted =
        vic->client().call(QStringLiteral("change.approve_many"),
                           {{QStringLiteral("numbers"), QJsonArray{formatChangeNumber(m_other)}}});
    QVERIFY(!crafted.ok());
    QCOMPARE(crafted.error().code, QStringLiteral("permission_denied"));
    QCOMPARE(page->approveSelectedButton()->toolTip(), crafted.error().message);
    auto viaCli =
        cli(QStringLiteral("vic"), {QStringLiteral("change"), QStringLiteral("approve-many"),
                                    formatChangeNumber(m_other)});
    QCOMPARE(viaCli.exitCode, 1);
    QCOMPARE(jsonOf(viaCli)
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString(),
             crafted.error().message);
    // Bad input to the pages' methods: refused with the field named, nothing read.
    auto badAll = vic->client().call(QStringLiteral("approval.queue"),
                                     {{QStringLiteral("all"), QStringLiteral("yes")}});
    QVERIFY(!badAll.ok());
    QCOMPARE(badAll.error().kind(), ErrorKind::Input);
    QVERIFY2(badAll.error().message.contains(QStringLiteral("all")),
             qPrintable(badAll.error().message));
    QJsonArray tooMany;
    for (int n = 1; n <= 2001; ++n)
        tooMany.append(formatChangeNumber(n));
    auto badMany = vic->client().call(QStringLiteral("change.get_many"),
                                      {{QStringLiteral("numbers"), tooMany}});
    QVERIFY(!badMany.ok());
    QCOMPARE(badMany.error().kind(), ErrorKind::Input);
    QCOMPARE(badMany.error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("numbers"));
    auto missing =
        vic->client().call(QStringLiteral("change.get_many"),
                           {{QStringLiteral("numbers"), QJsonArray{QStringLiteral("CHG-09999")}}});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("not_found"));

    auto still = cli(QStringLiteral("vic"), {QStringLiteral("change"), QStringLiteral("show"),
                                             formatChangeNumber(m_other)});
    QCOMPARE(
        jsonOf(still).value(QStringLiteral("change")).toObject().value(QStringLiteral("status")),
        QJsonValue(QStringLiteral("review")));
}

// A freeze window added on the server shows on the page with what `freeze list` says of it.
void TestGuiServerPages::freezeWindowAddedShows()
{
    std::unique_ptr<ui::Session> erin = remoteSession(QStringLiteral("erin"));
    QVERIFY(erin);
    MainWindow window(*erin);
    Settle settle{*erin};
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    window.show();
    window.showPage(MainWindow::Page::FreezeWindows);
    ui::FreezeWindowsPage *page = window.freezeWindowsPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    QCOMPARE(page->loadError(), QString());
    const int before = page->model()->rowCount();

    auto added = cli(QStringLiteral("olga"),
                     {QStringLiteral("freeze"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Year-end freeze"), QStringLiteral("--start"), isoIn(40),
                      QStringLiteral("--end"), isoIn(47), QStringLiteral("--reason"),
                      QStringLiteral("Trading peak")});
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    auto listed = cli(QStringLiteral("erin"), {QStringLiteral("freeze"), QStringLiteral("list")});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    const QJsonArray windows = jsonOf(listed).value(QStringLiteral("freeze_windows")).toArray();
    QCOMPARE(windows.size(), before + 1);

    const qint64 requests = erin->remoteTransport()->requestsSent();
    QVERIFY(page->reload().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    QCOMPARE(erin->remoteTransport()->requestsSent() - requests, 1);
    QCOMPARE(page->model()->rowCount(), int(windows.size()));
    QStringList names;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        names << page->model()->index(row, ui::FreezeWindowModel::Name).data().toString();
    QVERIFY2(names.contains(QStringLiteral("Year-end freeze")), qPrintable(names.join(u',')));
    QStringList reasons;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        reasons << page->model()->index(row, ui::FreezeWindowModel::Reason).data().toString();
    QVERIFY(reasons.contains(QStringLiteral("Trading peak")));
}

// The dashboard on the server shows the figures `vigilo-cli metrics` reads for the same period
// (two requests: the period and the one before); a figure's drill-down reads its changes in one
// request.
void TestGuiServerPages::dashboardFiguresAndDrillDown()
{
    // An emergency change submitted now: the emergency share has a change behind it.
    auto created = cli(QStringLiteral("erin"), {QStringLiteral("change"),
                                                QStringLiteral("create"),
                                                QStringLiteral("--title"),
                                                QStringLiteral("Patch the exposed gateway"),
                                                QStringLiteral("--type"),
                                                QStringLiteral("emergency"),
                                                QStringLiteral("--priority"),
                                                QStringLiteral("high"),
                                                QStringLiteral("--risk"),
                                                QStringLiteral("medium"),
                                                QStringLiteral("--start"),
                                                isoIn(1),
                                                QStringLiteral("--end"),
                                                isoIn(1, 1),
                                                QStringLiteral("--rollback-plan"),
                                                QStringLiteral("Revert the patch"),
                                                QStringLiteral("--implementation-plan"),
                                                QStringLiteral("Apply the patch"),
                                                QStringLiteral("--asset"),
                                                QStringLiteral("web-frontend")});
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    const QString number = jsonOf(created)
                               .value(QStringLiteral("change"))
                               .toObject()
                               .value(QStringLiteral("number"))
                               .toString();
    auto submitted =
        cli(QStringLiteral("erin"), {QStringLiteral("change"), QStringLiteral("submit"), number});
    QVERIFY2(submitted.exitCode == 0, submitted.describe().constData());

    std::unique_ptr<ui::Session> olga = remoteSession(QStringLiteral("olga"));
    QVERIFY(olga);
    MainWindow window(*olga);
    Settle settle{*olga};
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    window.resize(1280, 800);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.changeList()->property("loading").toBool(), 15000);
    ui::DashboardPage *page = window.dashboardPage();
    QVERIFY(page);
    window.showPage(MainWindow::Page::Dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && !page->report().figures.isEmpty(), 15000);
    QCOMPARE(page->problemText(), QString());
    // The asset filter came from the server too.
    QTRY_VERIFY(page->assetSelector()->findData(QStringLiteral("db-primary")) >= 0);

    const MetricsQuery q = page->query();
    auto metrics =
        cli(QStringLiteral("olga"),
            {QStringLiteral("metrics"), QStringLiteral("--from"), q.from.toString(Qt::ISODate),
             QStringLiteral("--to"), q.to.toString(Qt::ISODate)});
    QVERIFY2(metrics.exitCode == 0, metrics.describe().constData());
    QCOMPARE(page->report().toJson(), jsonOf(metrics).value(QStringLiteral("metrics")).toObject());
    const MetricFigure *share = page->report().figure(QStringLiteral("emergency_share"));
    QVERIFY(share);
    const QList<int> behind = share->changes; // the report is replaced by the next load
    QCOMPARE(behind, QList<int>{parseChangeNumber(number).value_or(0)});

    // A filter asks again: two requests (the period and the one before), nothing else.
    qint64 before = olga->remoteTransport()->requestsSent();
    page->setChangeTypeFilter(ChangeType::Emergency);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    QCOMPARE(olga->remoteTransport()->requestsSent() - before, 2);
    QCOMPARE(page->report().changeType, std::optional<ChangeType>(ChangeType::Emergency));

    // The drill-down: one request for the changes behind the figure.
    before = olga->remoteTransport()->requestsSent();
    ui::DrillDownDialog *dialog = page->drillDown(QStringLiteral("emergency_share"));
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->numbers(), behind, 15000);
    QCOMPARE(olga->remoteTransport()->requestsSent() - before, 1);
    QCOMPARE(dialog->table()->topLevelItem(0)->text(1),
             QStringLiteral("Patch the exposed gateway"));
    QVERIFY(window.grab().save(guitest::outputPath(QStringLiteral("server-dashboard.png"))));
    dialog->close();
    QTRY_VERIFY(!page->findChild<ui::DrillDownDialog *>());

    // A drill-down closed before its answer came: the answer finds no dialog, and nothing else
    // happens.
    ui::DrillDownDialog *closed = page->drillDown(QStringLiteral("emergency_share"));
    QVERIFY(closed);
    closed->close();
    QTRY_VERIFY(!page->findChild<ui::DrillDownDialog *>());
    QVERIFY(olga->client().call(QStringLiteral("session.whoami")).ok()); // its answer came too
    QCoreApplication::processEvents();
}

QTEST_MAIN(TestGuiServerPages)
#include "tst_gui_server_pages.moc"
