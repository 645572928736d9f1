// My views in the main window's navigation (issue 15): "Awaiting my decision", "Assigned to me",
// "My open changes" and "Today's changes" each show exactly the changes `vigilo-cli change list
// --awaiting-me` (etc.) prints on the same database for the same member; Save current filter as…
// keeps the list's filter and the chosen view under a name (the row in saved_filters, the same
// rows as `change list --filter NAME`), and Delete removes it.

#include "CliRunner.h"
#include "GuiFixture.h"
#include "RawSql.h"

#include "changes/ChangeListView.h"
#include "main/MainWindow.h"
#include "views/PersonalViewsPanel.h"

#include <QComboBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QtTest>

using namespace vigilo;
using namespace vigilo::ui;
using vigilo::guitest::GuiWorkspace;

class TestGuiViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void viewsMatchTheCli();
    void savedFilterSavedShownAndDeleted();
    void cleanupTestCase();

private:
    // The numbers `vigilo-cli change list ARGS` prints as april, sorted.
    QList<int> cliNumbers(const QStringList &args);
    // Clicks the entry `title` of My views; the numbers the change list then shows, sorted.
    QList<int> clickView(const QString &title);
    QList<int> shownNumbers() const;

    std::unique_ptr<GuiWorkspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_ws = std::make_unique<GuiWorkspace>(QStringLiteral("april"));
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->error));
    GuiWorkspace &ws = *m_ws;
    // Awaiting april: two in review by others (one assigned to her); one of her own in review
    // (not hers to decide); a draft of hers assigned to erin; eli's draft for today.
    ChangeDraft a = ws.draft(QStringLiteral("Rotate the API certificate"), 72);
    a.assignee = QStringLiteral("april");
    ws.inReview(QStringLiteral("erin"), a);
    ws.inReview(QStringLiteral("eli"), ws.draft(QStringLiteral("Resize the database volume"), 120,
                                                QStringLiteral("db-primary")));
    ws.inReview(QStringLiteral("april"),
                ws.draft(QStringLiteral("April's firewall rule"), 168, QStringLiteral("edge-fw")));
    const Actor april = ws.as(QStringLiteral("april"));
    QVERIFY(ws.core().changes().create(april, ws.draft(QStringLiteral("April's draft"), 200)).ok());
    ChangeDraft today = ws.draft(QStringLiteral("Restart the cache today"), 0);
    today.plannedStart = QDateTime::currentDateTimeUtc();
    today.plannedEnd = today.plannedStart->addSecs(600);
    today.assignee = QStringLiteral("april");
    QVERIFY(ws.core().changes().create(ws.as(QStringLiteral("eli")), today).ok());

    m_window = std::make_unique<MainWindow>(*ws.session);
    QVERIFY(m_window->openWorkspace(QStringLiteral("acme")));
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiViews::cleanupTestCase()
{
    m_window.reset();
    m_ws.reset();
}

QList<int> TestGuiViews::cliNumbers(const QStringList &args)
{
    const QString april = QStringLiteral("april");
    QStringList cli{QStringLiteral("--db"), m_ws->location(april), QStringLiteral("--workspace"),
                    QStringLiteral("acme")};
    if (!m_ws->session->isRemote()) // on a team server the token says who runs it
        cli << QStringLiteral("--as") << april;
    const test::CliResult r =
        test::runCli(cli
                         + QStringList{QStringLiteral("--json"), QStringLiteral("change"),
                                       QStringLiteral("list")}
                         + args,
                     m_ws->db.cliEnvironment(april));
    if (r.exitCode != 0)
        qWarning("%s", r.describe().constData());
    QList<int> out;
    for (const QJsonValue &v : r.json().object().value(QStringLiteral("changes")).toArray())
        out << parseChangeNumber(v.toObject().value(QStringLiteral("number")).toString())
                   .value_or(-1);
    std::sort(out.begin(), out.end());
    return out;
}

QList<int> TestGuiViews::shownNumbers() const
{
    QList<int> out;
    for (const ChangeSummary &c : m_window->visibleChanges())
        out << c.number;
    std::sort(out.begin(), out.end());
    return out;
}

QList<int> TestGuiViews::clickView(const QString &title)
{
    QListWidget *list = m_window->personalViews()->list();
    const QList<QListWidgetItem *> found = list->findItems(title, Qt::MatchExactly);
    if (found.size() != 1) {
        qWarning("no entry %s", qPrintable(title));
        return {-1};
    }
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(found.first()).center());
    // The view's changes are read asynchronously (the local reader's thread).
    if (!QTest::qWaitFor([this] { return !m_window->changeList()->isLoading(); }, 20000)) {
        qWarning("the view %s is still loading after 20 s", qPrintable(title));
        return {-1};
    }
    return shownNumbers();
}

void TestGuiViews::viewsMatchTheCli()
{
    PersonalViewsPanel *views = m_window->personalViews();
    QVERIFY(views->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->changeList()->isLoading(), 20000);
    const QList<int> all = shownNumbers();
    QCOMPARE(all.size(), 5);
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("Awaiting my decision"), QStringLiteral("--awaiting-me")},
        {QStringLiteral("Assigned to me"), QStringLiteral("--assigned-to-me")},
        {QStringLiteral("My open changes"), QStringLiteral("--mine")},
        {QStringLiteral("Today's changes"), QStringLiteral("--today")},
    };
    for (const auto &[title, flag] : cases) {
        const QList<int> shown = clickView(title);
        const QList<int> cli = cliNumbers({flag});
        QVERIFY2(!cli.isEmpty(), qPrintable(flag));
        QCOMPARE(shown, cli);
        QVERIFY2(shown != all, qPrintable(title)); // each one narrows the list
        QCOMPARE(m_window->changeTabs()->tabText(0), title);
        QVERIFY(m_window->isShowingChanges());
    }
    // Awaiting my decision: two changes by others, not april's own.
    QCOMPARE(cliNumbers({QStringLiteral("--awaiting-me")}).size(), 2);
    // Changes in the navigation: every change again.
    auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                      nav->visualItemRect(nav->item(0)).center());
    QVERIFY(!views->isActive());
    QTRY_COMPARE_WITH_TIMEOUT(shownNumbers(), all, 20000); // read asynchronously
    QCOMPARE(m_window->changeTabs()->tabText(0), QStringLiteral("All changes"));
    clickView(QStringLiteral("Awaiting my decision"));
    QVERIFY(m_window->grab().save(guitest::outputPath(QStringLiteral("views-awaiting.png"))));
}

void TestGuiViews::savedFilterSavedShownAndDeleted()
{
    PersonalViewsPanel *views = m_window->personalViews();
    // Assigned to me, narrowed to status review in the filter bar, saved as "my reviews".
    clickView(QStringLiteral("Assigned to me"));
    auto *status = m_window->changeList()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QVERIFY(status);
    const int review = status->findData(int(ChangeStatus::Review));
    QVERIFY2(review >= 0, "the status filter offers review");
    status->setCurrentIndex(review);
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = guitest::activeModal<QInputDialog>();
        if (!dialog)
            return;
        asked = true;
        dialog->setTextValue(QStringLiteral("my reviews"));
        dialog->accept();
    });
    QTest::mouseClick(views->saveButton(), Qt::LeftButton);
    QVERIFY(asked);
    const QString db = m_ws->db.ownerLocation();
    // (On a team server saved when its answer comes.)
    QTRY_COMPARE_WITH_TIMEOUT(
        views->list()->findItems(QStringLiteral("my reviews"), Qt::MatchExactly).size(), 1, 15000);
    QCOMPARE(
        test::rawCount(db, QStringLiteral("saved_filters"), QStringLiteral("name = 'my reviews'")),
        1);
    // Shown from the navigation: what the CLI lists with --filter.
    status->setCurrentIndex(0); // the filter bar back to every status
    const QList<int> shown = clickView(QStringLiteral("my reviews"));
    const QList<int> cli = cliNumbers({QStringLiteral("--filter"), QStringLiteral("my reviews")});
    QCOMPARE(shown, cli);
    QCOMPARE(cli.size(), 1); // in review and assigned to april
    QCOMPARE(m_window->changeTabs()->tabText(0), QStringLiteral("my reviews"));
    // A built-in view cannot be deleted; the saved one can.
    QVERIFY(views->deleteButton()->isEnabled());
    QTest::mouseClick(views->deleteButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        views->list()->findItems(QStringLiteral("my reviews"), Qt::MatchExactly).isEmpty(), 15000);
    QCOMPARE(
        test::rawCount(db, QStringLiteral("saved_filters"), QStringLiteral("name = 'my reviews'")),
        0);
    QVERIFY(!views->isActive());
    clickView(QStringLiteral("Assigned to me"));
    QVERIFY(!views->deleteButton()->isEnabled());
}

QTEST_MAIN(TestGuiViews)
#include "tst_gui_views.moc"
