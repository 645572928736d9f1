// The change detail view's Implementation tasks, Approvals, Comments and Attachments tabs on a
// real vigilo-server (in front of a scratch PostgreSQL database), through the same client as on a
// database (issue 13, item 4: "a screen never knows which it has"): a comment posted here is the
// one `vigilo-cli comment list` reads; an attachment added here is saved back byte for byte; the
// runbook is generated, started and completed here and `task list` agrees; a viewer sees the
// server's refusal and cannot post; a list the server cannot read is shown as an error. Opening a
// change stays one request: each tab reads its list when it is shown.

#include "GuiBackend.h"
#include "GuiFixture.h"
#include "ServerSession.h"

#include "changes/ChangeListView.h"
#include "detail/ApprovalModels.h"
#include "detail/ApprovalsTab.h"
#include "detail/AttachmentTableModel.h"
#include "detail/AttachmentsTab.h"
#include "detail/ChangeDetailView.h"
#include "detail/CommentsTab.h"
#include "detail/TaskTableModel.h"
#include "detail/TasksTab.h"
#include "main/MainWindow.h"
#include "main/Session.h"

#include "Catalogue.h"
#include "CliRunner.h"
#include "Client.h"
#include "RawSql.h"
#include "RemoteTransport.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

#include <functional>
#include <memory>

using namespace vigilo;
using vigilo::ui::ChangeDetailView;
using vigilo::ui::MainWindow;

namespace {

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

// Acts on the next message box as soon as it is up (polled, no fixed sleep).
void onNextBox(std::function<void(QMessageBox *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(box);
        }
    });
    timer->start();
}

// Declared after a window on `session`: before the window goes, every answer it waits for has
// come, so that no continuation is left for a window that is gone.
struct Settle {
    ui::Session &session;
    ~Settle() { (void)session.client().call(QStringLiteral("session.whoami")); }
};

// `user`'s window on the server with one change open in a tab. Before the window goes, every
// answer it waits for has come (as Settle).
struct ChangeWindow {
    std::unique_ptr<ui::Session> session;
    std::unique_ptr<MainWindow> window;
    ChangeDetailView *detail = nullptr;
    ~ChangeWindow()
    {
        if (session)
            (void)session->client().call(QStringLiteral("session.whoami"));
        window.reset();
    }
};

} // namespace

class TestGuiServerTabs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void openingStaysOneRequest();
    void commentPostedIsTheServers();
    void attachmentAddedAndSavedBack();
    void tasksStartedAndDone();
    void approvalsShowTheServersAnswer();
    void viewerSeesTheRefusalAndCannotPost();
    void readErrorIsShownAsAnError();
    void screenshots();

private:
    std::unique_ptr<ui::Session> remoteSession(const QString &user);
    // Signs `user` in, opens the workspace and change `number` (null when any of it fails).
    std::unique_ptr<ChangeWindow> openAs(const QString &user, int number, bool show = false);
    test::CliResult cli(const QString &user, const QStringList &args) const
    {
        return m_box->runJson(user, args);
    }
    int createChange(const QString &title, int day);
    std::unique_ptr<test::CliSandbox> m_box;
    int m_draft = 0;   // erin's draft with a three-step plan
    int m_running = 0; // in progress: its runbook is walked here
    int m_review = 0;  // in review: alice may decide it
};

std::unique_ptr<ui::Session> TestGuiServerTabs::remoteSession(const QString &user)
{
    return guitest::serverSession(m_box->server()->location(), m_box->server()->tokenFor(user),
                                  user);
}

std::unique_ptr<ChangeWindow> TestGuiServerTabs::openAs(const QString &user, int number, bool show)
{
    auto w = std::make_unique<ChangeWindow>();
    w->session = remoteSession(user);
    if (!w->session)
        return nullptr;
    w->window = std::make_unique<MainWindow>(*w->session);
    if (!w->window->openWorkspace(QStringLiteral("ops")))
        return nullptr;
    if (show) {
        w->window->resize(1024, 768);
        w->window->show();
        if (!QTest::qWaitForWindowExposed(w->window.get()))
            return nullptr;
    }
    w->detail = w->window->openChange(number);
    if (!w->detail
        || !QTest::qWaitFor([&w, number] { return w->detail->change().number == number; }, 15000))
        return nullptr;
    return w;
}

int TestGuiServerTabs::createChange(const QString &title, int day)
{
    auto created =
        cli(QStringLiteral("erin"),
            {QStringLiteral("change"), QStringLiteral("create"), QStringLiteral("--title"), title,
             QStringLiteral("--priority"), QStringLiteral("low"), QStringLiteral("--risk"),
             QStringLiteral("low"), QStringLiteral("--start"), isoIn(day), QStringLiteral("--end"),
             isoIn(day, 2), QStringLiteral("--rollback-plan"), QStringLiteral("Restore the backup"),
             QStringLiteral("--implementation-plan"),
             QStringLiteral("1. Drain the node\n2. Apply the patch\n3. Warm the caches (optional)"),
             QStringLiteral("--asset"), QStringLiteral("web-frontend")});
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

void TestGuiServerTabs::initTestCase()
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
    auto asset =
        m_box->run(QStringLiteral("olga"),
                   {QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("web-frontend"),
                    QStringLiteral("--kind"), QStringLiteral("service")});
    QVERIFY2(asset.exitCode == 0, asset.describe().constData());

    m_draft = createChange(QStringLiteral("Rotate the TLS certificates"), 10);
    m_running = createChange(QStringLiteral("Patch the web nodes"), 12);
    m_review = createChange(QStringLiteral("Resize the web pool"), 14);
    QVERIFY(m_draft > 0 && m_running > 0 && m_review > 0);
    const auto step = [this](const char *who, const QStringList &args) {
        auto done = cli(QLatin1String(who), args);
        if (done.exitCode != 0)
            qWarning("%s", done.describe().constData());
        return done.exitCode == 0;
    };
    const QString running = formatChangeNumber(m_running);
    QVERIFY(step("erin", {QStringLiteral("change"), QStringLiteral("submit"), running}));
    QVERIFY(step("alice", {QStringLiteral("change"), QStringLiteral("approve"), running}));
    QVERIFY(step("erin", {QStringLiteral("change"), QStringLiteral("schedule"), running}));
    QVERIFY(step("erin", {QStringLiteral("change"), QStringLiteral("start"), running,
                          QStringLiteral("--justification"),
                          QStringLiteral("The vendor is on site today only")}));
    QVERIFY(step("erin", {QStringLiteral("change"), QStringLiteral("submit"),
                          formatChangeNumber(m_review)}));
}

// Opening a change is the one change.open; the tabs read nothing until they are shown, then one
// request each.
void TestGuiServerTabs::openingStaysOneRequest()
{
    std::unique_ptr<ui::Session> erin = remoteSession(QStringLiteral("erin"));
    QVERIFY(erin);
    MainWindow window(*erin);
    Settle settle{*erin};
    QVERIFY(window.openWorkspace(QStringLiteral("ops")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.changeList()->property("loading").toBool(), 15000);
    const qint64 before = erin->remoteTransport()->requestsSent();
    ChangeDetailView *detail = window.openChange(m_running);
    QVERIFY(detail);
    QTRY_VERIFY_WITH_TIMEOUT(detail->change().number == m_running, 15000);
    QCOMPARE(erin->remoteTransport()->requestsSent() - before, 1);
    QVERIFY(detail->tasksTab() && detail->approvalsTab() && detail->commentsTab()
            && detail->attachmentsTab());
    // Not shown yet: waiting, nothing read, the buttons off.
    QCOMPARE(detail->commentsTab()->commentCount(), 0);
    QVERIFY(!detail->commentsTab()->postButton()->isEnabled());

    const qint64 opened = erin->remoteTransport()->requestsSent();
    detail->tabs()->setCurrentWidget(detail->tasksTab());
    QTRY_VERIFY_WITH_TIMEOUT(!detail->tasksTab()->isLoading(), 15000);
    QCOMPARE(erin->remoteTransport()->requestsSent() - opened, 1);
    // Shown again: nothing new to read.
    detail->tabs()->setCurrentIndex(0);
    detail->tabs()->setCurrentWidget(detail->tasksTab());
    QCOMPARE(erin->remoteTransport()->requestsSent() - opened, 1);
}

// erin posts a comment from the Comments tab: the CLI reads it from the server, and the tab
// shows it.
void TestGuiServerTabs::commentPostedIsTheServers()
{
    auto erinWindow = openAs(QStringLiteral("erin"), m_draft, true);
    QVERIFY(erinWindow);
    ChangeDetailView *detail = erinWindow->detail;
    ui::CommentsTab *tab = detail->commentsTab();
    detail->tabs()->setCurrentWidget(tab);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 15000);
    QCOMPARE(tab->commentCount(), 0);
    QVERIFY2(tab->threadText().contains(QStringLiteral("No comments yet")),
             qPrintable(tab->threadText()));

    const QString body = QStringLiteral("Can we do this after the release freeze?");
    QTest::keyClicks(tab->editor(), body);
    QVERIFY(tab->postButton()->isEnabled());
    QTest::mouseClick(tab->postButton(), Qt::LeftButton);
    QVERIFY(!tab->postButton()->isEnabled()); // on its way
    QTRY_COMPARE_WITH_TIMEOUT(tab->commentCount(), 1, 15000);
    QVERIFY(tab->editor()->toPlainText().isEmpty());
    QVERIFY2(tab->threadText().contains(body), qPrintable(tab->threadText()));

    auto listed = cli(QStringLiteral("alice"), {QStringLiteral("comment"), QStringLiteral("list"),
                                                formatChangeNumber(m_draft)});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    const QJsonArray comments = jsonOf(listed).value(QStringLiteral("comments")).toArray();
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments.at(0).toObject().value(QStringLiteral("body")).toString(), body);
    QCOMPARE(comments.at(0).toObject().value(QStringLiteral("author")).toString(),
             QStringLiteral("erin"));
}

// A file dropped in as erin is on the server with its SHA-256; saved back, the bytes are equal.
void TestGuiServerTabs::attachmentAddedAndSavedBack()
{
    auto erinWindow = openAs(QStringLiteral("erin"), m_draft);
    QVERIFY(erinWindow);
    ChangeDetailView *detail = erinWindow->detail;
    ui::AttachmentsTab *tab = detail->attachmentsTab();
    detail->tabs()->setCurrentWidget(tab);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 15000);
    QCOMPARE(tab->model()->rowCount(), 0);
    QVERIFY(tab->addButton()->isEnabled());

    QTemporaryDir files;
    QByteArray bytes("Payments will be read-only from 22:00 to 23:00 UTC.\n");
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i)); // and every byte value
    const QString path = files.filePath(QStringLiteral("maintenance-notice.bin"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    QSignalSpy attached(tab, &ui::AttachmentsTab::attached);
    tab->addFiles({path});
    QTRY_COMPARE_WITH_TIMEOUT(attached.count(), 1, 15000);
    QCOMPARE(attached.at(0).at(0).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 15000);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(tab->model()->index(0, ui::AttachmentTableModel::Sha256).data().toString(), sha);

    auto listed = cli(QStringLiteral("vic"), {QStringLiteral("attachment"), QStringLiteral("list"),
                                              formatChangeNumber(m_draft)});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    const QJsonArray list = jsonOf(listed).value(QStringLiteral("attachments")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("sha256")).toString(), sha);

    QSignalSpy written(tab, &ui::AttachmentsTab::written);
    const QString saved = files.filePath(QStringLiteral("saved.bin"));
    tab->saveTo(0, saved);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 15000);
    QCOMPARE(written.at(0).at(0).toString(), saved);
    QVERIFY(written.at(0).at(1).toBool());
    QFile back(saved);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), bytes);
}

// The runbook of the change in progress: generated from the plan, task 1 started and done, the
// optional task 3 skipped after task 2; `task list` through the server agrees.
void TestGuiServerTabs::tasksStartedAndDone()
{
    auto erinWindow = openAs(QStringLiteral("erin"), m_running, true);
    QVERIFY(erinWindow);
    ChangeDetailView *detail = erinWindow->detail;
    QCOMPARE(toString(detail->change().status), toString(ChangeStatus::InProgress));
    ui::TasksTab *tab = detail->tasksTab();
    detail->tabs()->setCurrentWidget(tab);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 15000);
    auto *generate = tab->findChild<QPushButton *>(QStringLiteral("generateTasks"));
    auto *start = tab->findChild<QPushButton *>(QStringLiteral("startTask"));
    auto *done = tab->findChild<QPushButton *>(QStringLiteral("doneTask"));
    auto *skip = tab->findChild<QPushButton *>(QStringLiteral("skipTask"));
    QVERIFY(generate && start && done && skip);
    QCOMPARE(tab->model()->rowCount(), 0);
    QVERIFY(generate->isEnabled());
    generate->click();
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 3, 15000);

    const auto taskStatus = [this](int seq) {
        auto listed = cli(QStringLiteral("erin"), {QStringLiteral("task"), QStringLiteral("list"),
                                                   formatChangeNumber(m_running)});
        for (const QJsonValue &v : jsonOf(listed).value(QStringLiteral("tasks")).toArray())
            if (v.toObject().value(QStringLiteral("seq")).toInt() == seq)
                return v.toObject().value(QStringLiteral("status")).toString();
        return QString();
    };
    const auto press = [tab](int seq, QPushButton *button) {
        tab->selectTask(seq);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 15000);
        button->click();
    };
    const auto shownStatus = [tab](int seq) {
        return tab->model()
            ->index(tab->model()->rowOfSeq(seq), 0)
            .data(ui::TaskTableModel::StatusRole)
            .toInt();
    };
    press(1, start);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(1), int(TaskStatus::InProgress), 15000);
    QCOMPARE(taskStatus(1), QStringLiteral("in_progress"));
    QTRY_VERIFY_WITH_TIMEOUT(!generate->isEnabled() && !tab->isBusy(), 15000);
    press(1, done);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(1), int(TaskStatus::Done), 15000);
    QCOMPARE(taskStatus(1), QStringLiteral("done"));
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 15000);
    press(2, start);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(2), int(TaskStatus::InProgress), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 15000);
    press(2, done);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(2), int(TaskStatus::Done), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 15000);
    press(3, skip);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(3), int(TaskStatus::Skipped), 15000);
    QCOMPARE(taskStatus(2), QStringLiteral("done"));
    QCOMPARE(taskStatus(3), QStringLiteral("skipped"));
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 15000);
    QCOMPARE(tab->findChild<QLabel *>(QStringLiteral("taskSummary"))->text(),
             ui::TasksTab::tr("%1 of %2 finished").arg(3).arg(3));
}

// alice may decide the change in review: Approve is on; erin, its requester, sees the server's
// reason on both buttons; Approve raises the view's action, which approves through the server.
void TestGuiServerTabs::approvalsShowTheServersAnswer()
{
    {
        auto erinWindow = openAs(QStringLiteral("erin"), m_review);
        QVERIFY(erinWindow);
        ui::Session *erin = erinWindow->session.get();
        ChangeDetailView *detail = erinWindow->detail;
        ui::ApprovalsTab *tab = detail->approvalsTab();
        detail->tabs()->setCurrentWidget(tab);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 15000);
        QCOMPARE(tab->stepModel()->rowCount(), 1);
        QVERIFY(!tab->approveButton()->isEnabled());
        auto crafted =
            erin->client().call(QStringLiteral("change.apply"),
                                {{QStringLiteral("number"), formatChangeNumber(m_review)},
                                 {QStringLiteral("action"), QStringLiteral("approve")}});
        QVERIFY(!crafted.ok());
        QCOMPARE(tab->approveButton()->toolTip(), crafted.error().message);
    }
    auto aliceWindow = openAs(QStringLiteral("alice"), m_review);
    QVERIFY(aliceWindow);
    ChangeDetailView *detail = aliceWindow->detail;
    ui::ApprovalsTab *tab = detail->approvalsTab();
    detail->tabs()->setCurrentWidget(tab);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 15000);
    QVERIFY(tab->approveButton()->isEnabled());
    QVERIFY(tab->rejectButton()->isEnabled());
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, timer, [timer] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            dialog->accept(); // the comment is optional
        }
    });
    timer->start();
    tab->approveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(toString(detail->change().status), toString(ChangeStatus::Approved),
                              15000);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 15000);
    QCOMPARE(tab->decisionModel()->rowCount(), 1);
    QCOMPARE(tab->decisionModel()->index(0, ui::DecisionTableModel::Member).data().toString(),
             QStringLiteral("alice"));
}

// vic, a viewer, reads the comments and attachments but may not add any: the editor and Post
// are off with the core's reason, which is the server's answer to a crafted comment.add; post()
// called anyway is refused by the server, and nothing is written.
void TestGuiServerTabs::viewerSeesTheRefusalAndCannotPost()
{
    auto vicWindow = openAs(QStringLiteral("vic"), m_draft);
    QVERIFY(vicWindow);
    ui::Session *vic = vicWindow->session.get();
    ChangeDetailView *detail = vicWindow->detail;
    ui::CommentsTab *tab = detail->commentsTab();
    detail->tabs()->setCurrentWidget(tab);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 15000);
    const int before = tab->commentCount();
    QVERIFY(before >= 1); // erin's comment is there to read

    auto crafted = vic->client().call(QStringLiteral("comment.add"),
                                      {{QStringLiteral("number"), formatChangeNumber(m_draft)},
                                       {QStringLiteral("body"), QStringLiteral("Let me in")}});
    QVERIFY(!crafted.ok());
    QCOMPARE(crafted.error().code, QStringLiteral("permission_denied"));
    QVERIFY(!tab->editor()->isEnabled());
    QVERIFY(!tab->postButton()->isEnabled());
    QCOMPARE(tab->postButton()->toolTip(), crafted.error().message);

    // Posting anyway (a stale window, a crafted click): the server refuses, shown as an error.
    tab->editor()->setEnabled(true);
    tab->editor()->setPlainText(QStringLiteral("Let me in"));
    QString shown;
    onNextBox([&shown](QMessageBox *box) {
        shown = box->informativeText();
        box->accept();
    });
    tab->post();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 15000);
    QCOMPARE(shown, crafted.error().message);
    auto listed = cli(QStringLiteral("vic"), {QStringLiteral("comment"), QStringLiteral("list"),
                                              formatChangeNumber(m_draft)});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    QCOMPARE(jsonOf(listed).value(QStringLiteral("comments")).toArray().size(), before);

    // Attachments and tasks: read, not changed.
    detail->tabs()->setCurrentWidget(detail->attachmentsTab());
    QTRY_VERIFY_WITH_TIMEOUT(!detail->attachmentsTab()->isLoading(), 15000);
    QVERIFY(detail->attachmentsTab()->model()->rowCount() >= 1);
    QVERIFY(!detail->attachmentsTab()->addButton()->isEnabled());
    QCOMPARE(detail->attachmentsTab()->addButton()->toolTip(), crafted.error().message);
    QVERIFY(!detail->attachmentsTab()->acceptDrops());
    auto generated = vic->client().call(QStringLiteral("task.generate"),
                                        {{QStringLiteral("number"), formatChangeNumber(m_draft)}});
    QVERIFY(!generated.ok());
    detail->tabs()->setCurrentWidget(detail->tasksTab());
    QTRY_VERIFY_WITH_TIMEOUT(!detail->tasksTab()->isLoading(), 15000);
    auto *generate = detail->tasksTab()->findChild<QPushButton *>(QStringLiteral("generateTasks"));
    QVERIFY(!generate->isEnabled());
    QCOMPARE(generate->toolTip(), generated.error().message);
}

// The server cannot read the comments or attachments (their tables renamed under it, as a
// broken migration would leave them): each tab says so, never "no comments" / "no attachments".
void TestGuiServerTabs::readErrorIsShownAsAnError()
{
    auto erinWindow = openAs(QStringLiteral("erin"), m_draft);
    QVERIFY(erinWindow);
    ChangeDetailView *detail = erinWindow->detail;
    const QString db = m_box->server()->databaseUrl();
    QCOMPARE(test::rawExec(db, {QStringLiteral("ALTER TABLE comments RENAME TO comments_lost"),
                                QStringLiteral("ALTER TABLE change_tasks RENAME TO tasks_lost")}),
             QString());
    ui::CommentsTab *comments = detail->commentsTab();
    detail->tabs()->setCurrentWidget(comments);
    QTRY_VERIFY_WITH_TIMEOUT(!comments->isLoading(), 15000);
    const QString thread = comments->threadText();
    ui::TasksTab *tasks = detail->tasksTab();
    detail->tabs()->setCurrentWidget(tasks);
    QTRY_VERIFY_WITH_TIMEOUT(!tasks->isLoading(), 15000);
    const QString hint = tasks->hint()->text();
    const bool generateOff =
        !tasks->findChild<QPushButton *>(QStringLiteral("generateTasks"))->isEnabled();
    QCOMPARE(test::rawExec(db, {QStringLiteral("ALTER TABLE comments_lost RENAME TO comments"),
                                QStringLiteral("ALTER TABLE tasks_lost RENAME TO change_tasks")}),
             QString());
    QVERIFY2(thread.contains(QStringLiteral("cannot be read")), qPrintable(thread));
    QVERIFY(!thread.contains(QStringLiteral("No comments yet")));
    QVERIFY2(hint.contains(QStringLiteral("cannot be read")), qPrintable(hint));
    QVERIFY(!hint.contains(QStringLiteral("No tasks yet")));
    QVERIFY(generateOff);
}

// The four tabs on the server at 1024×768, in English and in German (windows made after the
// catalogue is installed), for people to look at.
void TestGuiServerTabs::screenshots()
{
    // Something in each list: a comment and a file on the change in progress.
    const QString number = formatChangeNumber(m_running);
    auto commented =
        cli(QStringLiteral("alice"),
            {QStringLiteral("comment"), QStringLiteral("add"), number,
             QStringLiteral("Node 3 drains slowly: give it ten minutes before the patch.")});
    QVERIFY2(commented.exitCode == 0, commented.describe().constData());
    QTemporaryDir files;
    const QString notice = files.filePath(QStringLiteral("maintenance-notice.txt"));
    QFile f(notice);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("The web nodes are patched one by one from 22:00 UTC.\n");
    f.close();
    auto attached = cli(QStringLiteral("erin"), {QStringLiteral("attach"), number, notice});
    QVERIFY2(attached.exitCode == 0, attached.describe().constData());

    const auto shoot = [&](const QString &suffix) {
        auto erinWindow = openAs(QStringLiteral("erin"), m_running, true);
        QVERIFY(erinWindow);
        MainWindow &window = *erinWindow->window;
        ChangeDetailView *detail = erinWindow->detail;
        const QList<std::pair<const char *, ui::ListTab *>> tabs = {
            {"tasks", detail->tasksTab()},
            {"approvals", detail->approvalsTab()},
            {"comments", detail->commentsTab()},
            {"attachments", detail->attachmentsTab()}};
        for (const auto &[name, tab] : tabs) {
            detail->tabs()->setCurrentWidget(tab);
            QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 15000);
            QCoreApplication::processEvents();
            QVERIFY(window.grab().save(guitest::outputPath(
                QStringLiteral("server-tab-%1%2.png").arg(QLatin1String(name), suffix))));
        }
    };
    shoot(QString());
    QTranslator german;
    QVERIFY(loadVigiloCatalogue(german, QLocale(QLocale::German, QLocale::Germany)));
    QCoreApplication::installTranslator(&german);
    const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
    shoot(QStringLiteral("-de"));
}

QTEST_MAIN(TestGuiServerTabs)
#include "tst_gui_server_tabs.moc"
