// CAB mode on the offscreen platform: queue order, keyboard decisions through the core, the
// core's refusals in the banner, and refreshing when another connection decides.

#include "GuiFixture.h"

#include "cab/CabDecisionDialog.h"
#include "cab/CabWindow.h"

#include "ChangeWatcher.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace vigilo;
using vigilo::guitest::GuiWorkspace;
using vigilo::ui::CabDecisionDialog;
using vigilo::ui::CabWindow;

class TestCab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void queueIsOrderedByPlannedStart();
    void keyboardMovesBetweenChanges();
    void approveByKeyboard();
    void rejectNeedsAReason();
    void showsTheCoresRefusal();
    void refreshesWhenAnotherConnectionDecides();
    void escapeLeaves();

private:
    // Presses `key` on the CAB window and answers the decision dialog with `text`.
    void decideByKeyboard(Qt::Key key, const QString &text, bool *confirmWasEnabledEmpty = nullptr);

    std::unique_ptr<GuiWorkspace> m_ws;
    std::unique_ptr<CabWindow> m_cab;
    int m_late = 0, m_early = 0, m_middle = 0, m_own = 0;
};

void TestCab::initTestCase()
{
    m_ws = std::make_unique<GuiWorkspace>(QStringLiteral("april")); // an approver runs the room
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->error));
    // Created in an order different from their planned starts.
    m_late =
        m_ws->inReview(QStringLiteral("erin"), m_ws->draft(QStringLiteral("Upgrade edge firewall"),
                                                           24 * 6, QStringLiteral("edge-fw")));
    m_early = m_ws->inReview(QStringLiteral("erin"),
                             m_ws->draft(QStringLiteral("Rotate TLS certificate"), 24 * 3));
    m_middle =
        m_ws->inReview(QStringLiteral("eli"), m_ws->draft(QStringLiteral("Add index on orders"),
                                                          24 * 4, QStringLiteral("db-primary")));
    m_own = m_ws->inReview(QStringLiteral("april"),
                           m_ws->draft(QStringLiteral("Resize the payments pool"), 24 * 5));

    m_cab = std::make_unique<CabWindow>(*m_ws->session, m_ws->as(QStringLiteral("april")));
    m_cab->resize(1600, 900);
    m_cab->show();
    m_cab->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_cab.get()));
}

void TestCab::queueIsOrderedByPlannedStart()
{
    QCOMPARE(m_cab->queueNumbers(), (QList<int>{m_early, m_middle, m_own, m_late}));
    QCOMPARE(m_cab->currentNumber(), m_early);
    auto *title = m_cab->findChild<QLabel *>(QStringLiteral("cabTitle"));
    QCOMPARE(title->text(), QStringLiteral("Rotate TLS certificate"));
    QVERIFY(title->font().pointSizeF() >= 20 || title->fontInfo().pointSizeF() >= 20);
    // Risk, conflicts, assets, plans and the open steps are on the card.
    QVERIFY(m_cab->findChild<QLabel *>(QStringLiteral("cabAssets"))
                ->text()
                .contains(QStringLiteral("payments-api")));
    QVERIFY(m_cab->findChild<QLabel *>(QStringLiteral("cabRollback"))
                ->text()
                .contains(QStringLiteral("Revert")));
    QVERIFY(!m_cab->findChild<QLabel *>(QStringLiteral("cabSteps"))->text().isEmpty());
    QVERIFY(!m_cab->findChild<QLabel *>(QStringLiteral("cabRisk"))->text().isEmpty());
    QVERIFY(!m_cab->findChild<QLabel *>(QStringLiteral("cabConflicts"))->text().isEmpty());
}

void TestCab::keyboardMovesBetweenChanges()
{
    QTest::keyClick(m_cab.get(), Qt::Key_Right);
    QCOMPARE(m_cab->currentNumber(), m_middle);
    QTest::keyClick(m_cab.get(), Qt::Key_J);
    QCOMPARE(m_cab->currentNumber(), m_own);
    QTest::keyClick(m_cab.get(), Qt::Key_K);
    QCOMPARE(m_cab->currentNumber(), m_middle);
    QTest::keyClick(m_cab.get(), Qt::Key_Left);
    QCOMPARE(m_cab->currentNumber(), m_early);
    QTest::keyClick(m_cab.get(), Qt::Key_Left); // stays on the first
    QCOMPARE(m_cab->currentNumber(), m_early);
}

void TestCab::decideByKeyboard(Qt::Key key, const QString &text, bool *confirmWasEnabledEmpty)
{
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = guitest::activeModal<CabDecisionDialog>();
        if (!dialog)
            return;
        auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("decisionText"));
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmDecision"));
        if (confirmWasEnabledEmpty)
            *confirmWasEnabledEmpty = confirm->isEnabled();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return); // Enter confirms
        answered = true;
    });
    QTest::keyClick(m_cab.get(), key);
    QVERIFY(answered);
}

void TestCab::approveByKeyboard()
{
    QCOMPARE(m_cab->currentNumber(), m_early);
    decideByKeyboard(Qt::Key_A, QStringLiteral("Looks safe"));
    QCOMPARE_ENUM(m_ws->statusOf(m_early), ChangeStatus::Approved);
    QVERIFY(!m_cab->queueNumbers().contains(m_early));
    QCOMPARE(m_cab->currentNumber(), m_middle); // the next in line takes its place
    QVERIFY(!m_cab->bannerIsError());
    QVERIFY2(m_cab->bannerText().contains(formatChangeNumber(m_early)),
             qPrintable(m_cab->bannerText()));
}

void TestCab::rejectNeedsAReason()
{
    QCOMPARE(m_cab->currentNumber(), m_middle);
    bool enabledWhenEmpty = true;
    decideByKeyboard(Qt::Key_R, QStringLiteral("No rollback rehearsal yet"), &enabledWhenEmpty);
    QVERIFY(!enabledWhenEmpty); // no reason, no reject
    QCOMPARE_ENUM(m_ws->statusOf(m_middle), ChangeStatus::Rejected);
    QVERIFY(!m_cab->queueNumbers().contains(m_middle));

    // Escape on the dialog leaves the change alone.
    QCOMPARE(m_cab->currentNumber(), m_own);
    QTimer::singleShot(0, this, [] {
        if (auto *dialog = guitest::activeModal<CabDecisionDialog>())
            dialog->reject();
    });
    QTest::keyClick(m_cab.get(), Qt::Key_R);
    QCOMPARE_ENUM(m_ws->statusOf(m_own), ChangeStatus::Review);
}

void TestCab::showsTheCoresRefusal()
{
    QCOMPARE(m_cab->currentNumber(), m_own); // april requested this one
    decideByKeyboard(Qt::Key_A, QString());
    QCOMPARE_ENUM(m_ws->statusOf(m_own), ChangeStatus::Review);
    QVERIFY(m_cab->bannerIsError());
    auto refused =
        m_ws->core().changes().apply(m_ws->as(QStringLiteral("april")), m_own, Action::Approve);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("self_approval_forbidden"));
    QCOMPARE(m_cab->bannerText(), refused.error().message);
    m_cab->grab().save(vigilo::guitest::outputPath(QStringLiteral("cab-refusal.png")));
}

void TestCab::refreshesWhenAnotherConnectionDecides()
{
    QVERIFY(m_cab->queueNumbers().contains(m_late));
    // Another workstation: its own Store on the same file.
    auto other = Store::open(m_ws->location(QStringLiteral("adam")), Store::OpenMode::ExistingOnly);
    QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
    SystemClock clock;
    {
        Vigilo core(**other, clock);
        auto admin = core.workspaces().signIn(QStringLiteral("acme"), QStringLiteral("adam"));
        QVERIFY(admin.ok());
        auto approved = core.changes().apply(*admin, m_late, Action::Approve);
        QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().message));
    }
    m_ws->session->watcher()->poll(); // the timer would do it within half a second
    QTRY_VERIFY(!m_cab->queueNumbers().contains(m_late));
    QCOMPARE(m_cab->queueNumbers(), QList<int>{m_own});
}

void TestCab::escapeLeaves()
{
    QVERIFY(m_cab->isVisible());
    QTest::keyClick(m_cab.get(), Qt::Key_Escape);
    QVERIFY(!m_cab->isVisible());
}

QTEST_MAIN(TestCab)
#include "tst_gui_cab.moc"
