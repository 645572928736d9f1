// The Approval queue's guarded bulk approval (issue 15): rows selected together, "Approve
// selected…" offered only when the core lets the member approve in bulk, one comment, one core
// call; the result dialog lists the approved changes and the refused ones with the core's reason,
// and the database shows one audited decision per approved change and the refused untouched.

#include "GuiFixture.h"
#include "RawSql.h"

#include "main/MainWindow.h"
#include "queue/ApprovalQueueModel.h"
#include "queue/ApprovalQueuePage.h"
#include "queue/BulkApprovalDialog.h"

#include "ApprovalSettings.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace vigilo;
using namespace vigilo::ui;
using vigilo::guitest::GuiWorkspace;

namespace {

// Calls `answer` with the modal dialog of type T once it is up (polls; no fixed wait).
template <typename T> void whenModal(QObject *context, std::function<void(T *)> answer)
{
    QTimer::singleShot(10, context, [context, answer] {
        if (auto *dialog = guitest::activeModal<T>())
            answer(dialog);
        else
            whenModal<T>(context, answer);
    });
}

} // namespace

class TestGuiQueue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bulkApprovalApprovesTheGuardedAndListsTheRefused();
    void bulkApprovalOffWhenTheCoreSaysNo();
};

void TestGuiQueue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

static qint64 auditCount(const QString &location, int number, const QString &action)
{
    return test::rawCount(
        location, QStringLiteral("audit_events"),
        QStringLiteral("change_number = %1 AND action = '%2'").arg(number).arg(action));
}

void TestGuiQueue::bulkApprovalApprovesTheGuardedAndListsTheRefused()
{
    GuiWorkspace ws(QStringLiteral("april"));
    QVERIFY2(ws.ok(), qPrintable(ws.error));
    // Low risk, each on its own asset and day: passes the default guard.
    ChangeDraft low = ws.draft(QStringLiteral("Rotate the API certificate"), 72);
    low.riskLevel = RiskLevel::Low;
    const int a = ws.inReview(QStringLiteral("erin"), low);
    ChangeDraft high =
        ws.draft(QStringLiteral("Upgrade the primary database"), 120, QStringLiteral("db-primary"));
    high.riskLevel = RiskLevel::High;
    const int b = ws.inReview(QStringLiteral("erin"), high);
    ChangeDraft unassessed =
        ws.draft(QStringLiteral("Tighten the edge firewall"), 168, QStringLiteral("edge-fw"));
    const int c = ws.inReview(QStringLiteral("eli"), unassessed);
    ChangeDraft other = ws.draft(QStringLiteral("Low risk, not selected"), 216);
    other.riskLevel = RiskLevel::Low;
    const int d = ws.inReview(QStringLiteral("eli"), other);

    const QString db = ws.db.ownerLocation();
    const QString sqlB = QStringLiteral("number = %1").arg(b);
    const QString sqlC = QStringLiteral("number = %1").arg(c);
    const QString sqlD = QStringLiteral("number = %1").arg(d);
    const QVariant versionB =
        test::rawScalar(db, QStringLiteral("SELECT version FROM changes WHERE ") + sqlB);
    const QVariant versionC =
        test::rawScalar(db, QStringLiteral("SELECT version FROM changes WHERE ") + sqlC);
    const QVariant versionD =
        test::rawScalar(db, QStringLiteral("SELECT version FROM changes WHERE ") + sqlD);
    const qint64 decisions = test::rawCount(db, QStringLiteral("approval_decisions"));

    MainWindow window(*ws.session);
    guitest::SettleAnswers settle{*ws.session};
    QVERIFY(window.openWorkspace(QStringLiteral("acme")));
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::ApprovalQueue);
    ApprovalQueuePage *page = window.approvalQueue();
    QTableView *table = page->table();
    QCOMPARE(table->selectionMode(), QAbstractItemView::ExtendedSelection);
    QPushButton *button = page->approveSelectedButton();
    QCOMPARE(button->objectName(), QStringLiteral("approveSelected"));
    QVERIFY(!button->isEnabled()); // nothing selected
    // On a team server the queue arrives later.
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    QCOMPARE(page->loadError(), QString());
    QCOMPARE(page->model()->rowCount(), 4);

    // Ctrl+click a, b and c.
    auto rowOf = [&](int number) {
        for (int row = 0; row < page->proxy()->rowCount(); ++row)
            if (page->proxy()->index(row, 0).data(ApprovalQueueModel::NumberRole).toInt() == number)
                return row;
        return -1;
    };
    for (int n : {a, b, c}) {
        QVERIFY(rowOf(n) >= 0);
        const QRect cell = table->visualRect(page->proxy()->index(rowOf(n), 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, cell.center());
    }
    QCOMPARE(page->selectedNumbers().size(), 3);
    QTRY_VERIFY(button->isEnabled());
    QVERIFY(window.grab().save(guitest::outputPath(QStringLiteral("queue-selected.png"))));

    QString askText;
    QStringList approvedTexts;
    QStringList refusedTexts;
    QString summary;
    whenModal<BulkApprovalDialog>(this, [&](BulkApprovalDialog *ask) {
        for (QLabel *l : ask->findChildren<QLabel *>())
            askText += l->text() + QLatin1Char('\n');
        ask->commentEdit()->setPlainText(QStringLiteral("Weekly low-risk batch"));
        ask->grab().save(guitest::outputPath(QStringLiteral("queue-bulk-ask.png")));
        whenModal<BulkApprovalResultDialog>(this, [&](BulkApprovalResultDialog *done) {
            summary = done->summary()->text();
            done->grab().save(guitest::outputPath(QStringLiteral("queue-bulk-result.png")));
            for (int i = 0; i < done->approvedList()->count(); ++i)
                approvedTexts << done->approvedList()->item(i)->text();
            for (int i = 0; i < done->refusedList()->count(); ++i)
                refusedTexts << done->refusedList()->item(i)->text();
            done->accept();
        });
        ask->findChild<QPushButton *>(QStringLiteral("bulkApprovalConfirm"))->click();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!summary.isEmpty());

    // The question named the three changes.
    for (int n : {a, b, c})
        QVERIFY2(askText.contains(formatChangeNumber(n)), qPrintable(askText));
    // The result: a approved, b and c refused with the core's reasons.
    QCOMPARE(approvedTexts.size(), 1);
    QVERIFY2(approvedTexts.at(0).startsWith(formatChangeNumber(a)),
             qPrintable(approvedTexts.at(0)));
    QCOMPARE(refusedTexts.size(), 2);
    const QString refused = refusedTexts.join(QLatin1Char('\n'));
    QVERIFY2(refused.contains(formatChangeNumber(b) + QStringLiteral(" was not approved: "))
                 && refused.contains(QStringLiteral("its risk is High; bulk approval takes up to "
                                                    "Low")),
             qPrintable(refused));
    QVERIFY2(refused.contains(formatChangeNumber(c) + QStringLiteral(" was not approved: "))
                 && refused.contains(QStringLiteral("its risk has not been assessed")),
             qPrintable(refused));
    QVERIFY2(summary.contains(QStringLiteral("1 change"))
                 && summary.contains(QStringLiteral("2 changes")),
             qPrintable(summary));

    // The database: a approved with its own decision and audit event carrying the comment; b, c
    // and d untouched.
    QCOMPARE(
        test::rawScalar(db, QStringLiteral("SELECT status FROM changes WHERE number = %1").arg(a))
            .toString(),
        QStringLiteral("approved"));
    QCOMPARE(test::rawCount(db, QStringLiteral("approval_decisions")), decisions + 1);
    QCOMPARE(auditCount(db, a, QStringLiteral("change.approve")), 1);
    QVERIFY(test::rawScalar(db, QStringLiteral("SELECT new_values FROM audit_events WHERE "
                                               "change_number = %1 AND action = 'change.approve'")
                                    .arg(a))
                .toString()
                .contains(QStringLiteral("Weekly low-risk batch")));
    for (int n : {b, c, d}) {
        QCOMPARE(auditCount(db, n, QStringLiteral("change.approve")), 0);
        QCOMPARE(test::rawScalar(
                     db, QStringLiteral("SELECT status FROM changes WHERE number = %1").arg(n))
                     .toString(),
                 QStringLiteral("review"));
    }
    QCOMPARE(test::rawScalar(db, QStringLiteral("SELECT version FROM changes WHERE ") + sqlB),
             versionB);
    QCOMPARE(test::rawScalar(db, QStringLiteral("SELECT version FROM changes WHERE ") + sqlC),
             versionC);
    QCOMPARE(test::rawScalar(db, QStringLiteral("SELECT version FROM changes WHERE ") + sqlD),
             versionD);
    // The queue was read again: a is gone from it.
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 3, 15000);
    QVERIFY(rowOf(a) < 0);
    QVERIFY(!button->isEnabled());
}

void TestGuiQueue::bulkApprovalOffWhenTheCoreSaysNo()
{
    GuiWorkspace ws(QStringLiteral("april"));
    QVERIFY2(ws.ok(), qPrintable(ws.error));
    ChangeDraft low = ws.draft(QStringLiteral("Rotate the API certificate"), 72);
    low.riskLevel = RiskLevel::Low;
    const int a = ws.inReview(QStringLiteral("erin"), low);
    // An admin turns bulk approval off (outside this window, through the core).
    BulkGuard off;
    off.enabled = false;
    QVERIFY(
        ws.core().approvalSettings().set(ws.as(QStringLiteral("adam")), std::nullopt, off).ok());

    MainWindow window(*ws.session);
    guitest::SettleAnswers settle{*ws.session};
    QVERIFY(window.openWorkspace(QStringLiteral("acme")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::ApprovalQueue);
    ApprovalQueuePage *page = window.approvalQueue();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    QCOMPARE(page->model()->rowCount(), 1);
    page->table()->selectAll();
    QCOMPARE(page->selectedNumbers(), QList<int>{a});
    // Selected, but the core refuses bulk approval here: the button stays off and says why.
    QVERIFY(!page->approveSelectedButton()->isEnabled());
    QVERIFY2(page->approveSelectedButton()->toolTip().contains(QStringLiteral("turned off")),
             qPrintable(page->approveSelectedButton()->toolTip()));
    QCOMPARE_ENUM(ws.statusOf(a), ChangeStatus::Review);
    // Switched on again by the admin: the next reload asks the core again and offers it.
    BulkGuard on;
    QVERIFY(ws.core().approvalSettings().set(ws.as(QStringLiteral("adam")), std::nullopt, on).ok());
    QVERIFY(page->reload().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 15000);
    page->table()->selectAll();
    QTRY_VERIFY(page->approveSelectedButton()->isEnabled());
}

QTEST_MAIN(TestGuiQueue)
#include "tst_gui_queue.moc"
