// The Impact tab of the change detail view (issue 16) on the offscreen platform, over a real
// database (SQLite file, or PostgreSQL in the _pg run): a change on a host shows what runs on it
// and what depends on that, each with the path that explains it; an engineer excludes an item with
// a reason through the dialog and sees it struck through with who and why (audited by the core),
// then includes it again; a viewer gets the core's refusal and no working button; the conflict
// banner marks a change on an affected asset as an indirect overlap with its path.

#include "DetailFixture.h"

#include "Client.h"
#include "detail/ChangeDetailView.h"
#include "detail/ConflictBanner.h"
#include "detail/ImpactModel.h"
#include "detail/ImpactTab.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QFont>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace vigilo;
using namespace fixture;
using vigilo::ui::ChangeDetailView;
using vigilo::ui::ImpactModel;
using vigilo::ui::ImpactTab;

class TestGuiImpact : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsPathsCriticalityAndDepth();
    void excludeWithReasonThenIncludeAgain();
    void viewerSeesTheCoresRefusal();
    void bannerMarksIndirectOverlaps();

private:
    // The window of `actor`'s own login (the client acts as its session's member).
    vigilo::ui::Session &sessionOf(const Actor &actor);
    std::unique_ptr<ChangeDetailView> openImpact(const Actor &actor, int number);
    static int rowOf(const ImpactModel *model, const QString &asset);
    static QString cell(const ImpactModel *model, const QString &asset, int column);

    DetailWorkspace m_ws;
    int m_number = 0;
};

void TestGuiImpact::initTestCase()
{
    QVERIFY(m_ws.setUp());
    // k8s-node-07 hosts payments-api (fixture asset); checkout-web depends on payments-api and is
    // part of the critical checkout service.
    AssetInput node{s("k8s-node-07"), s("host"), {}, {}, {}};
    AssetInput web{s("checkout-web"), s("service"), {}, {}, {}};
    AssetInput shop{s("checkout"), s("service"), {}, Criticality::Critical, {}};
    for (const AssetInput &a : {node, web, shop})
        VERIFY_OK(m_ws.core().inventory().add(m_ws.owner, a));
    VERIFY_OK(m_ws.core().inventory().relate(m_ws.owner, s("payments-api"), RelationKind::RunsOn,
                                             s("k8s-node-07")));
    VERIFY_OK(m_ws.core().inventory().relate(m_ws.owner, s("checkout-web"), RelationKind::DependsOn,
                                             s("payments-api")));
    VERIFY_OK(m_ws.core().inventory().relate(m_ws.owner, s("checkout-web"), RelationKind::PartOf,
                                             s("checkout")));
    m_number = m_ws.create(s("Patch the kernel of k8s-node-07"), 5, 20, {s("k8s-node-07")});
}

void TestGuiImpact::cleanupTestCase()
{
    m_ws.others.clear();
    m_ws.session.reset();
}

vigilo::ui::Session &TestGuiImpact::sessionOf(const Actor &actor)
{
    return m_ws.sessionFor(actor); // a session as the actor's login, in the actor's workspace
}

std::unique_ptr<ChangeDetailView> TestGuiImpact::openImpact(const Actor &actor, int number)
{
    auto view = std::make_unique<ChangeDetailView>(sessionOf(actor), actor, number);
    view->resize(1200, 700);
    view->tabs()->setCurrentIndex(ChangeDetailView::Impact);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("view not exposed");
    ImpactTab *tab = view->impactTab();
    if (!QTest::qWaitFor([tab] { return !tab->isLoading() && tab->report().number > 0; }, 10000))
        qWarning("impact did not load: %s",
                 qPrintable(view->findChild<QLabel *>(s("impactSummary"))->text()));
    return view;
}

int TestGuiImpact::rowOf(const ImpactModel *model, const QString &asset)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->item(row)->asset == asset)
            return row;
    return -1;
}

QString TestGuiImpact::cell(const ImpactModel *model, const QString &asset, int column)
{
    const int row = rowOf(model, asset);
    return row < 0 ? QString() : model->index(row, column).data().toString();
}

void TestGuiImpact::showsPathsCriticalityAndDepth()
{
    auto view = openImpact(m_ws.eng, m_number);
    QCOMPARE(view->tabs()->tabText(ChangeDetailView::Impact), s("Impact"));
    ImpactTab *tab = view->impactTab();
    ImpactModel *model = tab->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(rowOf(model, s("k8s-node-07")), 0); // the change's own asset first
    QCOMPARE(cell(model, s("k8s-node-07"), ImpactModel::Depth), s("Own asset"));
    QCOMPARE(cell(model, s("payments-api"), ImpactModel::Why),
             s("payments-api runs on k8s-node-07."));
    QCOMPARE(cell(model, s("payments-api"), ImpactModel::Depth), s("1"));
    QCOMPARE(cell(model, s("checkout-web"), ImpactModel::Why),
             s("checkout-web depends on payments-api, which runs on k8s-node-07."));
    QCOMPARE(cell(model, s("checkout"), ImpactModel::Depth), s("3"));
    QCOMPARE(cell(model, s("checkout"), ImpactModel::Criticality), label(Criticality::Critical));
    // Unrelated assets are not listed.
    QCOMPARE(rowOf(model, s("db-primary")), -1);
    const QString summary = child<QLabel>(view.get(), "impactSummary")->text();
    QVERIFY2(summary.contains(s("3 assets affected")), qPrintable(summary));
    QVERIFY2(summary.contains(s("Critical: checkout.")), qPrintable(summary));

    // Only an affected item can be excluded: not the change's own asset.
    auto *exclude = child<QPushButton>(view.get(), "excludeImpactButton");
    QVERIFY(tab->select(s("k8s-node-07")));
    QVERIFY(!exclude->isEnabled());
    QVERIFY(tab->select(s("payments-api")));
    QVERIFY(exclude->isEnabled());

    const QString file =
        QFileInfo(vigilo::guitest::outputPath(s("impact"))).path() + s("/impact-tab.png");
    QVERIFY2(view->grab().save(file, "PNG"), qPrintable(file));
}

void TestGuiImpact::excludeWithReasonThenIncludeAgain()
{
    auto view = openImpact(m_ws.eng, m_number);
    ImpactTab *tab = view->impactTab();
    ImpactModel *model = tab->model();
    QVERIFY(tab->select(s("payments-api")));
    const QString reason = s("Its pods are drained to k8s-node-08 before the patch.");
    auto answered = onModal(s("reasonDialog"), [&](QWidget *dialog) {
        QVERIFY(dialog->windowTitle().contains(s("payments-api")));
        QVERIFY(!okButton(dialog)->isEnabled()); // the reason is required
        child<QPlainTextEdit>(dialog, "reason")->setPlainText(reason);
        okButton(dialog)->click();
    });
    child<QPushButton>(view.get(), "excludeImpactButton")->click();
    QVERIFY(*answered);

    // Struck through and greyed, with who and why; what only it explained is gone.
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, s("payments-api")) >= 0
                                 && model->item(rowOf(model, s("payments-api")))->excluded,
                             10000);
    const int row = rowOf(model, s("payments-api"));
    QVERIFY(model->index(row, ImpactModel::Asset).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(model->index(row, ImpactModel::Asset).data(Qt::ForegroundRole).isValid());
    const QString exclusion = cell(model, s("payments-api"), ImpactModel::Exclusion);
    QVERIFY2(exclusion.contains(s("erin")) && exclusion.contains(reason), qPrintable(exclusion));
    QCOMPARE(rowOf(model, s("checkout-web")), -1);
    QVERIFY(!child<QLabel>(view.get(), "impactSummary")->text().contains(s("Critical")));

    // The core recorded it in the change's history.
    auto history = m_ws.core().audit().changeHistory(m_ws.owner, m_number);
    VERIFY_OK(history);
    bool audited = false;
    for (const AuditEvent &e : *history)
        audited = audited
                  || (e.action == QLatin1String("impact.exclude") && e.actor == s("erin")
                      && QJsonDocument(e.newValues).toJson().contains(reason.toUtf8()));
    QVERIFY(audited);
    const QString file =
        QFileInfo(vigilo::guitest::outputPath(s("impact"))).path() + s("/impact-tab-excluded.png");
    QVERIFY2(view->grab().save(file, "PNG"), qPrintable(file));

    // Included again: plain, and what it explains is back.
    QVERIFY(tab->select(s("payments-api")));
    auto *include = child<QPushButton>(view.get(), "includeImpactButton");
    QVERIFY(include->isEnabled());
    QVERIFY(!child<QPushButton>(view.get(), "excludeImpactButton")->isEnabled());
    include->click();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, s("checkout-web")) >= 0, 10000);
    QVERIFY(!model->item(rowOf(model, s("payments-api")))->excluded);
    QVERIFY(!model->index(rowOf(model, s("payments-api")), ImpactModel::Asset)
                 .data(Qt::FontRole)
                 .value<QFont>()
                 .strikeOut());
    QCOMPARE(cell(model, s("payments-api"), ImpactModel::Exclusion), QString());
}

void TestGuiImpact::viewerSeesTheCoresRefusal()
{
    auto view = openImpact(m_ws.viewer, m_number);
    ImpactTab *tab = view->impactTab();
    QVERIFY(!tab->report().mayExclude);
    QVERIFY(tab->select(s("payments-api")));
    QVERIFY(!child<QPushButton>(view.get(), "excludeImpactButton")->isEnabled());
    auto *refusal = child<QLabel>(view.get(), "impactRefusal");
    QVERIFY(refusal->isVisible());
    QCOMPARE(refusal->text(), tab->report().excludeRefusal);
    QVERIFY2(refusal->text().contains(s("vera")), qPrintable(refusal->text()));
    // Running the action anyway writes nothing: the button's slot checks the core's answer.
    tab->excludeSelected();
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

void TestGuiImpact::bannerMarksIndirectOverlaps()
{
    // Another change in review in the same window on checkout-web, which this change affects.
    const int other = m_ws.create(s("Deploy checkout-web 4.2"), 5, 20, {s("checkout-web")});
    QVERIFY(m_ws.advance(other, ChangeStatus::Review));
    auto view = openImpact(m_ws.eng, m_number);
    QTRY_VERIFY_WITH_TIMEOUT(view->conflictBanner()->isVisible(), 15000);
    QString indirect;
    for (const QString &line : view->conflictBanner()->lines())
        if (line.startsWith(s("Indirect overlap:")))
            indirect = line;
    QVERIFY2(indirect.contains(formatChangeNumber(other)),
             qPrintable(view->conflictBanner()->lines().join(QLatin1Char('\n'))));
    QVERIFY2(indirect.contains(s("checkout-web depends on payments-api, which runs on "
                                 "k8s-node-07")),
             qPrintable(indirect));
    QVERIFY(view->findChild<QLabel *>(s("conflict_indirect")));
}

QTEST_MAIN(TestGuiImpact)
#include "tst_gui_impact.moc"
