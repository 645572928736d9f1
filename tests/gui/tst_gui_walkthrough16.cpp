// Issue 16's "Done when" as one walk through the desktop client, on the offscreen platform over
// a real database (SQLite, PostgreSQL in the _pg run, a real vigilo-server in front of PostgreSQL
// in the _server run), entirely through windows and dialogs:
// an owner creates a workspace, adds members, imports an inventory with its relationships from a
// CSV file (Assets ▸ Import CSV…, Excel's German dialect), adds one more asset and relates it with
// the picker, adds a freeze window, an approval policy and a standard template (assets chosen
// with the picker), makes a change from the template in New change, opens it and reads on its
// Impact tab what it affects through the relationships, each with the sentence that explains it.
// Afterwards the database is read through the client and the audit trail has every step.

#include "DialogDriver.h"
#include "GuiFixture.h"

#include "admin/AdministrationWindow.h"
#include "assets/AssetImportDialog.h"
#include "assets/AssetModel.h"
#include "assets/AssetsPage.h"
#include "assets/RelationDialog.h"
#include "detail/ChangeDetailView.h"
#include "detail/ImpactModel.h"
#include "detail/ImpactTab.h"
#include "main/MainWindow.h"
#include "newchange/NewChangeDialog.h"
#include "newchange/TemplatePicker.h"

#include "Client.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

using namespace vigilo;
using namespace vigilo::guitest;
using ui::AdministrationWindow;
using AdminPage = ui::AdministrationWindow::Page;
using MainPage = ui::MainWindow::Page;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The inventory as a spreadsheet in a German office exports it: semicolons, a byte order mark,
// an extra column Vigilo does not read. checkout-web depends on payments-api, which runs on
// k8s-node-07; checkout-web is part of the checkout service.
QByteArray inventoryCsv()
{
    return QByteArray("\xEF\xBB\xBF"
                      "Name;Kind;Owner;Criticality;Runs on;Depends on;Part of;Notes\r\n"
                      "k8s-node-07;host;team-platform;high;;;;rack 4\r\n"
                      "payments-api;service;team-payments;high;k8s-node-07;;;\r\n"
                      "checkout;service;team-shop;critical;;;;the shop\r\n"
                      "checkout-web;service;team-shop;medium;;payments-api;checkout;\r\n");
}

// A picture of `w` beside the suite's binary (pg/ or server/ for those runs), to look at.
void snapshot(QWidget *w, const char *name)
{
    w->grab().save(outputPath(QStringLiteral("walkthrough16-%1.png").arg(QLatin1String(name))));
}

QStringList listTexts(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

} // namespace

class TestGuiWalkthrough16 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void ownerSetsUpAWorkspaceAndSeesTheImpactOfAChange();
};

void TestGuiWalkthrough16::ownerSetsUpAWorkspaceAndSeesTheImpactOfAChange()
{
    GuiWorkspace ws(s("alex"));
    QVERIFY2(ws.ok(), qPrintable(ws.error));
    ui::MainWindow window(*ws.session);
    SettleAnswers settle{*ws.session};
    QVERIFY(window.openWorkspace(s("acme")));
    window.resize(1024, 768);
    window.show();
    AdministrationWindow *admin = window.openAdministration();
    QVERIFY(admin);
    QTRY_VERIFY(!admin->isLoading());

    // 1. A new workspace: the main window opens it.
    admin->showPage(AdminPage::Workspace);
    whenModal(s("newWorkspaceDialog"), [](QWidget *d) {
        type(d, "slugEdit", s("shop"));
        type(d, "nameEdit", s("Shop Operations"));
        ok(d);
    });
    button(admin->page(AdminPage::Workspace), "newWorkspaceButton")->click();
    QTRY_COMPARE(window.actor()->workspace.slug, s("shop"));
    QTRY_VERIFY(!admin->isLoading());
    const Actor alex = VALUE_OK(ws.core().workspaces().signIn(s("shop"), s("alex")));

    // 2. Members.
    ui::AdminPage *members = admin->page(AdminPage::Members);
    admin->showPage(AdminPage::Members);
    for (const auto &[user, role] :
         {std::pair{"bea", Role::Approver}, std::pair{"carl", Role::Engineer}}) {
        const QString name = s(user);
        whenModal(s("addMemberDialog"), [name, role](QWidget *d) {
            type(d, "usernameEdit", name);
            type(d, "displayNameEdit", name.toUpper());
            choose(d, "roleCombo", int(role));
            ok(d);
        });
        // A team server enrolls the new member: their one-time code is shown once.
        QString enrollment;
        if (ws.session->isRemote())
            whenModal(s("enrollmentCodeBox"), [&enrollment](QWidget *d) {
                auto *box = static_cast<QMessageBox *>(d);
                enrollment = box->informativeText();
                box->accept();
            });
        button(members, "addMemberButton")->click();
        if (ws.session->isRemote())
            QVERIFY2(enrollment.startsWith(s("Code: ")) && enrollment.size() > 12,
                     qPrintable(enrollment));
        QTRY_VERIFY(column(members->table(), 0).contains(name));
        QTRY_VERIFY(!admin->isLoading());
    }

    // 3. The empty workspace says what to do first; its Add assets… leads to the Assets page
    // with Add asset… and Import CSV… in view, the first focused. The inventory comes from a CSV
    // file through Import CSV…: the dry run's preview, then Import.
    auto *hintAddAssets = child<QPushButton>(&window, s("emptyHintAddAssets"));
    QTRY_VERIFY(hintAddAssets->isVisible());
    hintAddAssets->click();
    QCOMPARE(window.currentPage(), MainPage::Assets);
    ui::AssetsPage *assets = window.assetsPage();
    QVERIFY(assets);
    QVERIFY(child<QPushButton>(assets, s("importAssetsButton"))->isVisible());
    QCOMPARE(window.focusWidget(), child<QPushButton>(assets, s("addAssetButton")));
    QTRY_VERIFY(assets->loadError().isEmpty());
    QTRY_COMPARE(assets->model()->rowCount(), 0);
    snapshot(&window, "assets-empty");
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(s("inventory.csv"));
    {
        QFile f(csvPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(inventoryCsv());
    }
    QString previewSummary;
    QStringList previewAssets;
    whenModal(s("assetImportDialog"), [&](QWidget *d) {
        auto *dialog = static_cast<ui::AssetImportDialog *>(d);
        choose(d, "dialectCombo", 2); // Excel, German (semicolon, UTF-8)
        whenModal(s("assetImportFileDialog"),
                  [csvPath](QWidget *f) { chooseFile(static_cast<QFileDialog *>(f), csvPath); });
        child<QPushButton>(d, s("chooseFileButton"))->click();
        QTRY_VERIFY(dialog->importButton()->isEnabled());
        previewSummary = dialog->summaryText();
        snapshot(d, "import-preview");
        previewAssets = column(dialog->previewTable(), 0);
        dialog->importButton()->click();
    });
    child<QPushButton>(assets, s("importAssetsButton"))->click();
    QVERIFY2(previewSummary.contains(s("4 assets to create")), qPrintable(previewSummary));
    QVERIFY2(previewSummary.contains(s("3 relationships to add")), qPrintable(previewSummary));
    QVERIFY2(previewSummary.contains(s("Ignored columns: Notes")), qPrintable(previewSummary));
    QCOMPARE(previewAssets,
             QStringList({s("k8s-node-07"), s("payments-api"), s("checkout"), s("checkout-web")}));
    QTRY_COMPARE(assets->model()->rowCount(), 4);
    QVERIFY(assets->importNotice().contains(s("4 assets created")));

    // 4. One more asset through Add asset…, and payments-api depends on it, chosen with the
    // relationship dialog's picker.
    whenModal(s("assetDialog"), [](QWidget *d) {
        QTest::keyClicks(child<QLineEdit>(d, s("assetName")), s("db-primary"));
        child<QComboBox>(d, s("assetKind"))->setCurrentText(s("database"));
        child<QPushButton>(d, s("assetDialogOk"))->click();
    });
    child<QPushButton>(assets, s("addAssetButton"))->click();
    QTRY_COMPARE(assets->model()->rowCount(), 5);
    QVERIFY(assets->selectAsset(s("payments-api")));
    whenModal(s("relationDialog"), [](QWidget *d) {
        auto *dialog = static_cast<ui::RelationDialog *>(d);
        QComboBox *kind = dialog->kindBox();
        kind->setCurrentIndex(
            kind->findText(ui::RelationDialog::tr("%1 depends on …").arg(s("payments-api"))));
        QVERIFY(pick(d, {s("db-primary")}, s("relationTargets")));
        child<QPushButton>(d, s("relationDialogOk"))->click();
    });
    child<QPushButton>(assets, s("addRelationButton"))->click();
    QTRY_VERIFY(listTexts(child<QListWidget>(assets, s("relationList")))
                    .contains(s("payments-api depends on db-primary")));

    // 5. A freeze window on the checkout service, chosen with the picker.
    admin->reload();
    QTRY_VERIFY(!admin->isLoading());
    admin->showPage(AdminPage::FreezeWindows);
    ui::AdminPage *freezes = admin->page(AdminPage::FreezeWindows);
    const QDateTime freezeStart =
        QDateTime(QDate::currentDate().addDays(20), QTime(0, 0), Qt::LocalTime);
    whenModal(s("addFreezeDialog"), [freezeStart](QWidget *d) {
        type(d, "nameEdit", s("Shop sale"));
        child<QDateTimeEdit>(d, s("startEdit"))->setDateTime(freezeStart);
        child<QDateTimeEdit>(d, s("endEdit"))->setDateTime(freezeStart.addDays(2));
        type(d, "reasonEdit", s("The big sale"));
        QVERIFY(pick(d, {s("checkout")}));
        snapshot(d, "freeze");
        ok(d);
    });
    button(freezes, "addFreezeButton")->click();
    QTRY_COMPARE(freezes->table()->rowCount(), 1);

    // 6. An approval policy for changes on payments-api.
    admin->showPage(AdminPage::Policies);
    ui::AdminPage *policies = admin->page(AdminPage::Policies);
    whenModal(s("addPolicyDialog"), [](QWidget *d) {
        type(d, "nameEdit", s("Payments needs an admin"));
        QVERIFY(pick(d, {s("payments-api")}));
        auto *role = child<QComboBox>(d, s("stepRole0"));
        role->setCurrentIndex(role->findData(int(Role::Admin)));
        snapshot(d, "policy");
        ok(d);
    });
    button(policies, "addPolicyButton")->click();
    QTRY_COMPARE(policies->table()->rowCount(), 1);

    // 7. A standard template on db-primary.
    admin->showPage(AdminPage::Templates);
    ui::AdminPage *templates = admin->page(AdminPage::Templates);
    whenModal(s("addTemplateDialog"), [](QWidget *d) {
        type(d, "nameEdit", s("db-patch"));
        type(d, "titleEdit", s("Patch the primary database"));
        QVERIFY(pick(d, {s("db-primary")}));
        child<QPlainTextEdit>(d, s("implementationPlanEdit"))
            ->setPlainText(s("1. Fail over\n2. Patch\n3. Fail back"));
        child<QPlainTextEdit>(d, s("rollbackPlanEdit"))->setPlainText(s("Fail back unpatched."));
        child<QPlainTextEdit>(d, s("testPlanEdit"))->setPlainText(s("Replication lag under 1 s."));
        snapshot(d, "template");
        ok(d);
    });
    button(templates, "addTemplateButton")->click();
    QTRY_COMPARE(templates->table()->rowCount(), 1);

    // 8. New change from the template.
    ui::NewChangeDialog dialog(*ws.session, *window.actor());
    dialog.show();
    // (On a team server the templates arrive after the dialog opened.)
    QTRY_VERIFY_WITH_TIMEOUT(dialog.templatePicker()->findData(s("db-patch")) >= 0, 15000);
    QVERIFY(dialog.templatePicker()->choose(s("db-patch")));
    QCOMPARE(child<QLineEdit>(&dialog, s("titleEdit"))->text(), s("Patch the primary database"));
    dialog.setPlannedWindow(freezeStart.addDays(5).toUTC(),
                            freezeStart.addDays(5).addSecs(3600).toUTC());
    auto *create = child<QPushButton>(&dialog, s("createButton"));
    QTRY_VERIFY(create->isEnabled());
    create->click();
    // (A team server answers later.)
    QTRY_VERIFY_WITH_TIMEOUT(dialog.createdNumber() > 0 || !dialog.errors().isEmpty(), 15000);
    const int number = dialog.createdNumber();
    QVERIFY2(number > 0, qPrintable(dialog.errors().join(QLatin1Char('\n'))));

    // 9. Open it: the Impact tab lists what it affects through the relationships, with the path.
    ui::ChangeDetailView *view = window.openChange(number);
    QVERIFY(view);
    view->tabs()->setCurrentIndex(ui::ChangeDetailView::Impact);
    ui::ImpactTab *impact = view->impactTab();
    QTRY_VERIFY(!impact->isLoading() && impact->report().number == number);
    snapshot(view, "impact");
    QHash<QString, QString> why;
    for (int row = 0; row < impact->model()->rowCount(); ++row)
        why.insert(impact->model()->item(row)->asset,
                   impact->model()->index(row, ui::ImpactModel::Why).data().toString());
    QCOMPARE(why.value(s("payments-api")), s("payments-api depends on db-primary."));
    QCOMPARE(why.value(s("checkout-web")),
             s("checkout-web depends on payments-api, which depends on db-primary."));
    QVERIFY2(why.value(s("checkout")).contains(s("checkout-web, which depends on payments-api")),
             qPrintable(why.value(s("checkout"))));
    QVERIFY(!why.contains(s("k8s-node-07"))); // payments-api runs on it: not affected by it

    // 10. The database through the client: the change, the inventory and the trail.
    client::Client &client = ws.session->client();
    const ChangeRequest made = VALUE_OK(client.change(number));
    QVERIFY(made.isStandard());
    QCOMPARE(made.affectedAssets, QStringList{s("db-primary")});
    const QList<Asset> inventory = VALUE_OK(client.assets());
    QCOMPARE(inventory.size(), 5);
    QCOMPARE(VALUE_OK(client.assetRelations()).size(), 4);
    const QList<FreezeWindow> windows = VALUE_OK(client.freezeWindows());
    QCOMPARE(windows.size(), 1);
    QCOMPARE(windows.first().assets, QStringList{s("checkout")});
    const client::Administration setup = VALUE_OK(client.administration());
    QCOMPARE(setup.policies.size(), 1);
    QCOMPARE(setup.policies.first().assets, QStringList{s("payments-api")});
    QCOMPARE(setup.templates.size(), 1);
    QCOMPARE(setup.templates.first().assets, QStringList{s("db-primary")});
    QCOMPARE(setup.members.size(), 3);
    const QStringList trail = actions(ws.core(), alex);
    for (const char *action : {"workspace.create", "member.add", "asset.add", "asset.relate",
                               "freeze.add", "policy.add", "template.add", "change.create"})
        QVERIFY2(trail.contains(s(action) + s(":alex")), action);
    QCOMPARE(trail.count(s("asset.add:alex")), 5);
    QCOMPARE(trail.count(s("asset.relate:alex")), 4);
    QVERIFY(VALUE_OK(ws.core().audit().verify(alex)).ok);
}

QTEST_MAIN(TestGuiWalkthrough16)
#include "tst_gui_walkthrough16.moc"
