// The seed's "Submitting a change", done by clicking in the real windows: New change → fill
// the form → Create → the change opens → answer the risk questionnaire and accept the
// suggestion → Suggest similar → Submit for review on the action bar → in review with steps.

#include "DialogDriver.h"
#include "GuiFixture.h"
#include "widgets/AssetPicker.h"

#include "changes/ChangeListModel.h"
#include "changes/ChangeListView.h"
#include "detail/ChangeDetailView.h"
#include "main/MainWindow.h"
#include "newchange/NewChangeDialog.h"
#include "similar/SimilarChangesDialog.h"
#include "similar/SimilarModel.h"

#include "RiskAssessment.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace vigilo;
using vigilo::guitest::GuiWorkspace;

namespace {
template <typename T> T *child(QObject *parent, const QString &name)
{
    auto *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

QWidget *toolButtonFor(QMainWindow *window, const char *actionName)
{
    auto *bar = child<QToolBar>(window, QStringLiteral("mainToolBar"));
    auto *action = child<QAction>(window, QString::fromLatin1(actionName));
    QWidget *button = bar->widgetForAction(action);
    if (!button)
        qFatal("no toolbar button for %s", actionName);
    return button;
}
} // namespace

class TestSubmitWorkflow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void submittingAChangeByClicking();

private:
    std::unique_ptr<GuiWorkspace> m_ws;
    std::unique_ptr<ui::MainWindow> m_window;
    int m_earlier = 0;
};

void TestSubmitWorkflow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_ws = std::make_unique<GuiWorkspace>(QStringLiteral("erin")); // an engineer plans it
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->error));
    // An earlier change on the same asset with a similar title, for Suggest similar.
    m_earlier =
        m_ws->inReview(QStringLiteral("eli"),
                       m_ws->draft(QStringLiteral("Rotate TLS certificate for payments"), 24 * 9));
    m_window = std::make_unique<ui::MainWindow>(*m_ws->session);
    QVERIFY(m_window->openWorkspace(QStringLiteral("acme")));
    m_window->resize(1360, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSubmitWorkflow::submittingAChangeByClicking()
{
    // 1. New change in the toolbar; fill in title, description, type, priority, assets,
    //    the planned window and the plans; Create.
    bool filled = false;
    guitest::onNextModal<ui::NewChangeDialog>([&](ui::NewChangeDialog *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("titleEdit")),
                         QStringLiteral("Rotate TLS certificate on payments-api"));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("descriptionEdit")),
                         QStringLiteral("The current certificate expires in three weeks."));
        auto *type = child<QComboBox>(dialog, QStringLiteral("typeCombo"));
        type->setCurrentIndex(type->findData(int(ChangeType::Normal)));
        auto *priority = child<QComboBox>(dialog, QStringLiteral("priorityCombo"));
        priority->setCurrentIndex(priority->findData(int(Priority::High)));
        // The asset picker: type part of the name, Enter adds the best match.
        auto *assets = child<ui::AssetPicker>(dialog, QStringLiteral("assetList"));
        // The inventory is read as the dialog opens (its answer later through a team server).
        QTRY_VERIFY_WITH_TIMEOUT(assets->isLoaded(), 15000);
        QTest::keyClicks(assets->searchEdit(), QStringLiteral("payments"));
        QTest::keyClick(assets->searchEdit(), Qt::Key_Return);
        QCOMPARE(assets->selected(), QStringList{QStringLiteral("payments-api")});
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(5);
        dialog->setPlannedWindow(start, start.addSecs(2 * 3600));
        child<QPlainTextEdit>(dialog, QStringLiteral("implementationPlanEdit"))
            ->setPlainText(QStringLiteral(
                "1. Issue the new certificate\n2. Deploy it\n3. Reload the proxies"));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("rollbackPlanEdit")),
                         QStringLiteral("Redeploy the previous certificate."));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("testPlanEdit")),
                         QStringLiteral("curl -v shows the new expiry date."));
        filled = true;
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("createButton")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(toolButtonFor(m_window.get(), "newChangeAction"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(filled, 15000);

    // 2. The new draft opens in its own tab.
    ui::ChangeDetailView *detail = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((detail = m_window->currentDetail()) != nullptr, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!detail->isLoading(), 15000); // change.open answered
    const int number = detail->number();
    auto change = m_ws->core().changes().get(m_ws->as(QStringLiteral("erin")), number);
    QVERIFY(change.ok());
    QCOMPARE_ENUM(change->status, ChangeStatus::Draft);
    QCOMPARE(change->affectedAssets, QStringList{QStringLiteral("payments-api")});
    QCOMPARE_ENUM(change->priority, Priority::High);

    // 3. Risk assessment tab: answer every question, accept the suggested level.
    detail->tabs()->setCurrentIndex(ui::ChangeDetailView::Risk);
    for (const RiskQuestion &q : RiskAssessment::defaultQuestionnaire()) {
        QRadioButton *radio = nullptr;
        // There once the profile came; off while the previous answer is under way.
        QTRY_VERIFY_WITH_TIMEOUT(
            (radio = detail->findChild<QRadioButton *>(QStringLiteral("risk_%1_0").arg(q.key)))
                && radio->isEnabled(),
            15000);
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
        QTRY_VERIFY(m_ws->core()
                        .risk()
                        .profile(m_ws->as(QStringLiteral("erin")), number)
                        ->answers.contains(q.key));
    }
    auto *accept = child<QPushButton>(detail, QStringLiteral("acceptSuggestion"));
    QTRY_VERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_VERIFY(m_ws->core()
                    .changes()
                    .get(m_ws->as(QStringLiteral("erin")), number)
                    ->riskLevel.has_value());

    // 4. Suggest similar on the toolbar: the earlier certificate rotation is listed.
    bool similarShown = false;
    bool similarAnswered = false;
    guitest::onNextModal<ui::SimilarChangesDialog>([&](ui::SimilarChangesDialog *dialog) {
        // Its list comes at once from a database, later from a team server.
        similarAnswered = QTest::qWaitFor([dialog] { return dialog->isLoaded(); }, 15000);
        for (int row = 0; row < dialog->model()->rowCount(); ++row)
            similarShown = similarShown || dialog->model()->changeAt(row).number == m_earlier;
        dialog->reject();
    });
    QTest::mouseClick(toolButtonFor(m_window.get(), "suggestSimilarAction"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(similarAnswered, 15000);
    QVERIFY(similarShown);

    // 5. Submit for review on the action bar.
    // The action bar is built anew when the view reads the change again (after the risk level was
    // accepted; later through a team server): the button is looked up once that is done.
    QPushButton *submit = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        !detail->isLoading()
            && (submit = detail->findChild<QPushButton *>(QStringLiteral("action_submit")))
            && submit->isVisible() && submit->isEnabled(),
        15000);
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(toString(m_ws->statusOf(number)), toString(ChangeStatus::Review),
                              15000);
    auto steps = m_ws->core().approvals().steps(m_ws->as(QStringLiteral("erin")), number);
    QVERIFY(steps.ok());
    QVERIFY(!steps->isEmpty());
    // The list follows.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->changeList()->model()->rowCount() == 2, 15000);
    m_window->grab().save(vigilo::guitest::outputPath(QStringLiteral("submit-workflow.png")));
}

QTEST_MAIN(TestSubmitWorkflow)
#include "tst_gui_submit_workflow.moc"
