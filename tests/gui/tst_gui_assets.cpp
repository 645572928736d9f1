// The inventory in the desktop client (issue 16), on SQLite, PostgreSQL and a team server: an admin
// adds assets with their details, relates them, adds a maintenance window and edits an asset, all
// through the Assets page's dialogs; bad input stays in the dialog with nothing written; an
// engineer and a viewer see what they may not do and why; in New change the asset picker is
// driven by typing and the keyboard only. Screenshots at 1024x768, English and German.

#include "DialogDriver.h"
#include "GuiFixture.h"

#include "assets/AssetDetailPanel.h"
#include "assets/AssetDialog.h"
#include "assets/AssetImportDialog.h"
#include "assets/AssetModel.h"
#include "assets/AssetsPage.h"
#include "assets/MaintenanceWindowDialog.h"
#include "assets/RelationDialog.h"
#include "main/MainWindow.h"
#include "newchange/NewChangeDialog.h"
#include "widgets/AssetPicker.h"
#include "widgets/AssetPickerModel.h"

#include "Catalogue.h"
#include "RawSql.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTranslator>

#include <functional>

using namespace vigilo;
using namespace vigilo::guitest;
using vigilo::guitest::onNextModal;
using vigilo::test::rawFingerprint;
using vigilo::ui::MainWindow;
using Page = vigilo::ui::MainWindow::Page;

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

QStringList listTexts(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

QStringList suggestionNames(const ui::AssetPicker *picker)
{
    QStringList out;
    const QAbstractItemModel *m = picker->suggestions()->model();
    for (int row = 0; row < m->rowCount(); ++row)
        out << m->index(row, 0).data(ui::AssetPickerModel::NameRole).toString();
    return out;
}

} // namespace

class TestGuiAssets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addAssetsWithRelationshipsThroughDialogs();
    void badInputStaysInTheDialog();
    void engineerAndViewerSeeWhyNot();
    void importShowsEveryRowProblemAndWritesNothing();
    void pickAssetsInNewChangeByKeyboard();
    void screenshots();

private:
    ui::AssetsPage *openAssets(MainWindow &window);
    std::unique_ptr<GuiWorkspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiAssets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_ws = std::make_unique<GuiWorkspace>(QStringLiteral("adam"));
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->error));
    m_window = std::make_unique<MainWindow>(*m_ws->session);
    QVERIFY(m_window->openWorkspace(QStringLiteral("acme")));
    m_window->resize(1024, 768);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiAssets::cleanupTestCase()
{
    if (m_window && m_ws->session->isRemote()) // its answers are in before it goes
        (void)m_ws->session->client().call(QStringLiteral("session.whoami"));
    m_window.reset();
    m_ws.reset();
}

ui::AssetsPage *TestGuiAssets::openAssets(MainWindow &window)
{
    window.showPage(Page::Assets);
    ui::AssetsPage *page = window.assetsPage();
    if (!page)
        qFatal("no assets page");
    return page;
}

void TestGuiAssets::addAssetsWithRelationshipsThroughDialogs()
{
    ui::AssetsPage *page = openAssets(*m_window);
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(page->model()->rowCount(), 3);

    // Add a host with every detail.
    onNextModal<ui::AssetDialog>([](ui::AssetDialog *d) {
        QTest::keyClicks(child<QLineEdit>(d, "assetName"), QStringLiteral("k8s-node-07"));
        child<QComboBox>(d, "assetKind")->setCurrentText(QStringLiteral("host"));
        QTest::keyClicks(child<QLineEdit>(d, "assetOwner"), QStringLiteral("team-platform"));
        auto *crit = child<QComboBox>(d, "assetCriticality");
        crit->setCurrentIndex(crit->findData(int(Criticality::High)));
        child<QComboBox>(d, "assetTimeZone")->setCurrentText(QStringLiteral("Europe/Berlin"));
        child<QPushButton>(d, "assetDialogOk")->click();
    });
    child<QPushButton>(page, "addAssetButton")->click();
    QTRY_COMPARE(page->model()->rowCount(), 4);
    QCOMPARE(page->selectedAsset(), QStringLiteral("k8s-node-07"));
    auto stored = m_ws->core().inventory().show(m_ws->as(QStringLiteral("adam")),
                                                QStringLiteral("k8s-node-07"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->asset.kind, QStringLiteral("host"));
    QCOMPARE(stored->asset.owner, QStringLiteral("team-platform"));
    QCOMPARE(int(stored->asset.criticality), int(Criticality::High));
    QCOMPARE(stored->asset.timeZone, QStringLiteral("Europe/Berlin"));

    // payments-api runs on it: chosen in the relationship dialog by typing and Enter.
    QVERIFY(page->selectAsset(QStringLiteral("payments-api")));
    onNextModal<ui::RelationDialog>([](ui::RelationDialog *d) {
        QComboBox *kind = d->kindBox();
        kind->setCurrentIndex(kind->findText(
            ui::RelationDialog::tr("%1 runs on …").arg(QStringLiteral("payments-api"))));
        QTest::keyClicks(d->picker()->searchEdit(), QStringLiteral("k8s"));
        QTest::keyClick(d->picker()->searchEdit(), Qt::Key_Return);
        child<QPushButton>(d, "relationDialogOk")->click();
    });
    child<QPushButton>(page, "addRelationButton")->click();
    auto *relations = child<QListWidget>(page, "relationList");
    QTRY_VERIFY(listTexts(relations).contains(QStringLiteral("payments-api runs on k8s-node-07")));
    // And it depends on db-primary, the other way round from db-primary's side.
    QVERIFY(page->selectAsset(QStringLiteral("db-primary")));
    onNextModal<ui::RelationDialog>([](ui::RelationDialog *d) {
        QComboBox *kind = d->kindBox();
        kind->setCurrentIndex(kind->findText(
            ui::RelationDialog::tr("… depends on %1").arg(QStringLiteral("db-primary"))));
        QVERIFY(d->picker()->add(QStringLiteral("payments-api")));
        child<QPushButton>(d, "relationDialogOk")->click();
    });
    child<QPushButton>(page, "addRelationButton")->click();
    QTRY_VERIFY(
        listTexts(relations).contains(QStringLiteral("payments-api depends on db-primary")));

    // A maintenance window for the host.
    QVERIFY(page->selectAsset(QStringLiteral("k8s-node-07")));
    QTRY_VERIFY(listTexts(relations).contains(QStringLiteral("payments-api runs on k8s-node-07")));
    onNextModal<ui::MaintenanceWindowDialog>([](ui::MaintenanceWindowDialog *d) {
        child<QComboBox>(d, "windowWeekday")->setCurrentIndex(1); // Tuesday
        child<QPushButton>(d, "windowDialogOk")->click();
    });
    child<QPushButton>(page, "addWindowButton")->click();
    const auto windowsOfHost = [this] {
        return m_ws->core().maintenance().list(m_ws->as(QStringLiteral("adam")),
                                               QStringLiteral("k8s-node-07"));
    };
    QTRY_COMPARE(windowsOfHost().value().size(), 1);
    const auto windows = windowsOfHost();
    QCOMPARE(windows->first().weekday, 2);
    QTRY_VERIFY(
        listTexts(child<QListWidget>(page, "windowList")).contains(windows->first().describe()));

    // A second window, added by mistake, is removed again after confirming.
    onNextModal<ui::MaintenanceWindowDialog>([](ui::MaintenanceWindowDialog *d) {
        child<QComboBox>(d, "windowWeekday")->setCurrentIndex(2); // Wednesday
        child<QPushButton>(d, "windowDialogOk")->click();
    });
    child<QPushButton>(page, "addWindowButton")->click();
    QTRY_COMPARE(windowsOfHost().value().size(), 2);
    auto *windowList = child<QListWidget>(page, "windowList");
    QTRY_COMPARE(windowList->count(), 2);
    auto *removeWindow = child<QPushButton>(page, "removeWindowButton");
    QVERIFY(!removeWindow->isEnabled()); // none selected
    const MaintenanceWindow wednesday = windowsOfHost().value().at(1);
    QCOMPARE(wednesday.weekday, 3);
    windowList->setCurrentRow(int(listTexts(windowList).indexOf(wednesday.describe())));
    QVERIFY(removeWindow->isEnabled());
    QSignalSpy removed(page, &ui::AssetsPage::windowRemoved);
    onNextModal<QMessageBox>([](QMessageBox *box) {
        QCOMPARE(box->objectName(), QStringLiteral("removeWindowConfirm"));
        box->button(QMessageBox::Yes)->click();
    });
    removeWindow->click();
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(windowsOfHost().value().size(), 1);
    QCOMPARE(windowsOfHost().value().first().weekday, 2);
    QTRY_COMPARE(listTexts(windowList), QStringList{windows->first().describe()});
    bool audited = false;
    for (const AuditEvent &e :
         m_ws->core().audit().workspaceHistory(m_ws->as(QStringLiteral("adam")), 50).value())
        audited = audited
                  || (e.action == QLatin1String("maintenance.remove")
                      && e.actor == QLatin1String("adam"));
    QVERIFY(audited);

    // Edit: the host becomes critical (one audited update).
    onNextModal<ui::AssetDialog>([](ui::AssetDialog *d) {
        auto *crit = child<QComboBox>(d, "assetCriticality");
        crit->setCurrentIndex(crit->findData(int(Criticality::Critical)));
        child<QPushButton>(d, "assetDialogOk")->click();
    });
    child<QPushButton>(page, "editAssetButton")->click();
    const int row = page->model()->rowOf(QStringLiteral("k8s-node-07"));
    QTRY_COMPARE(page->model()->index(row, ui::AssetModel::Criticality).data().toString(),
                 label(Criticality::Critical));

    // Remove the runs-on link from the host's side (on a team server, once the page's reads
    // after the edit are answered: they fill the list again).
    settle(*m_ws->session, 3);
    for (int i = 0; i < relations->count(); ++i)
        if (relations->item(i)->text() == QLatin1String("payments-api runs on k8s-node-07"))
            relations->setCurrentRow(i);
    auto *remove = child<QPushButton>(page, "removeRelationButton");
    QVERIFY(remove->isEnabled());
    remove->click();
    QTRY_VERIFY(!listTexts(relations).contains(QStringLiteral("payments-api runs on k8s-node-07")));
    auto all = m_ws->core().inventory().relations(m_ws->as(QStringLiteral("adam")));
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().sentence(), QStringLiteral("payments-api depends on db-primary"));

    // The search box narrows the table by name, kind or owner.
    page->searchEdit()->setText(QStringLiteral("team-plat"));
    QCOMPARE(page->proxy()->rowCount(), 1);
    page->searchEdit()->setText(QStringLiteral("database"));
    QCOMPARE(page->proxy()->rowCount(), 1);
    page->searchEdit()->clear();
    QCOMPARE(page->proxy()->rowCount(), 4);
}

void TestGuiAssets::badInputStaysInTheDialog()
{
    ui::AssetsPage *page = openAssets(*m_window);
    QTRY_VERIFY(page->model()->rowCount() >= 3);
    const QString before = rawFingerprint(m_ws->db.ownerLocation());
    QString shown;
    onNextModal<ui::AssetDialog>([&shown](ui::AssetDialog *d) {
        QTest::keyClicks(child<QLineEdit>(d, "assetName"), QStringLiteral("mars-base"));
        child<QComboBox>(d, "assetTimeZone")->setCurrentText(QStringLiteral("Mars/Olympus"));
        child<QPushButton>(d, "assetDialogOk")->click();
        QTRY_VERIFY(!d->errorText().isEmpty());
        shown = d->errorText();
        QVERIFY(d->isVisible()); // the dialog stays, with the core's message
        d->reject();
    });
    child<QPushButton>(page, "addAssetButton")->click();
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(QStringLiteral("Mars/Olympus")), qPrintable(shown));
    QCOMPARE(rawFingerprint(m_ws->db.ownerLocation()), before);
    // A name that exists: refused, the dialog says so.
    shown.clear();
    onNextModal<ui::AssetDialog>([&shown](ui::AssetDialog *d) {
        QTest::keyClicks(child<QLineEdit>(d, "assetName"), QStringLiteral("payments-api"));
        child<QPushButton>(d, "assetDialogOk")->click();
        QTRY_VERIFY(!d->errorText().isEmpty());
        shown = d->errorText();
        d->reject();
    });
    child<QPushButton>(page, "addAssetButton")->click();
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(QStringLiteral("payments-api")), qPrintable(shown));
    QCOMPARE(rawFingerprint(m_ws->db.ownerLocation()), before);
}

void TestGuiAssets::engineerAndViewerSeeWhyNot()
{
    for (const QString &user : {QStringLiteral("erin"), QStringLiteral("vera")}) {
        auto session = m_ws->db.openSession(user);
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
        MainWindow window(**session);
        SettleAnswers settle{**session};
        QVERIFY(window.openWorkspace(QStringLiteral("acme")));
        window.show();
        ui::AssetsPage *page = openAssets(window);
        QTRY_VERIFY(page->model()->rowCount() >= 3);
        QVERIFY(page->selectAsset(QStringLiteral("db-primary")));
        const InventoryRights rights =
            AssetInventory::rightsOf(m_ws->as(user)); // what the core says
        QVERIFY(!rights.manage);
        for (const char *name : {"editAssetButton", "addRelationButton", "addWindowButton"}) {
            auto *b = child<QPushButton>(page, name);
            QVERIFY2(!b->isEnabled(), name);
            QCOMPARE(b->toolTip(), rights.manageRefusal);
        }
        auto *note = child<QLabel>(page, "assetRightsLabel");
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), rights.manageRefusal);
        QVERIFY(note->text().contains(label(m_ws->as(user).member.role)));
        auto *add = child<QPushButton>(page, "addAssetButton");
        QCOMPARE(add->isEnabled(), rights.add);
        QCOMPARE(add->isEnabled(), user == QLatin1String("erin"));
        if (!rights.add)
            QCOMPARE(add->toolTip(), rights.addRefusal);
        auto *import = child<QPushButton>(page, "importAssetsButton");
        QVERIFY(!rights.importCsv);
        QVERIFY(!import->isEnabled());
        QCOMPARE(import->toolTip(), rights.importRefusal);
        QVERIFY(rights.importRefusal.contains(label(m_ws->as(user).member.role)));

        // The rule holds without the button too: the dialog, opened anyway, shows the refusal.
        const QString before = rawFingerprint(m_ws->db.ownerLocation());
        const auto existing =
            page->model()->assets().at(page->model()->rowOf(QStringLiteral("db-primary")));
        ui::AssetDialog dialog((*session)->client(), existing, &window);
        auto *crit = child<QComboBox>(&dialog, "assetCriticality");
        crit->setCurrentIndex(crit->findData(int(Criticality::Low)));
        dialog.accept();
        QTRY_VERIFY(!dialog.errorText().isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(rawFingerprint(m_ws->db.ownerLocation()), before);

        // The import dialog opened anyway: the core refuses the dry run, nothing can be imported.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("one.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,kind\nnew-host,host\n");
        f.close();
        ui::AssetImportDialog importer((*session)->client(), &window);
        importer.openFile(path);
        QTRY_VERIFY(!importer.isBusy());
        QVERIFY2(importer.summaryText().contains(QStringLiteral("admin")),
                 qPrintable(importer.summaryText()));
        QVERIFY(!importer.importButton()->isEnabled());
        QCOMPARE(rawFingerprint(m_ws->db.ownerLocation()), before);
    }
}

void TestGuiAssets::importShowsEveryRowProblemAndWritesNothing()
{
    ui::AssetsPage *page = openAssets(*m_window);
    QTRY_VERIFY(page->model()->rowCount() >= 3);
    auto *import = child<QPushButton>(page, "importAssetsButton");
    QVERIFY(import->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // Row 1 is fine, row 2 has a criticality that does not exist, row 3 runs on itself.
    f.write("name,kind,criticality,runs_on\n"
            "lb-01,network,high,\n"
            "lb-02,network,extreme,\n"
            "web-09,host,low,web-09\n");
    f.close();
    const QString before = rawFingerprint(m_ws->db.ownerLocation());
    QStringList rows, columns;
    QString summary;
    bool importEnabled = true;
    onNextModal<ui::AssetImportDialog>([&](ui::AssetImportDialog *d) {
        onNextModal<QFileDialog>([path](QFileDialog *files) { chooseFile(files, path); });
        child<QPushButton>(d, "chooseFileButton")->click();
        QTRY_VERIFY(!d->isBusy() && d->previewTable()->isVisibleTo(d));
        for (int r = 0; r < d->previewTable()->rowCount(); ++r) {
            rows << d->previewTable()->item(r, 0)->text();
            columns << d->previewTable()->item(r, 1)->text();
        }
        summary = d->summaryText();
        importEnabled = d->importButton()->isEnabled();
        d->grab().save(outputPath(QStringLiteral("assets-import-errors.png")));
        d->reject();
    });
    import->click();
    QVERIFY2(summary.contains(QStringLiteral("2 problems")), qPrintable(summary));
    QCOMPARE(rows, QStringList({QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(columns, QStringList({QStringLiteral("criticality"), QStringLiteral("runs_on")}));
    QVERIFY(!importEnabled);
    QCOMPARE(rawFingerprint(m_ws->db.ownerLocation()), before);
}

void TestGuiAssets::pickAssetsInNewChangeByKeyboard()
{
    auto session = m_ws->db.openSession(QStringLiteral("erin"));
    QVERIFY(session.ok());
    ui::NewChangeDialog dialog(**session, m_ws->as(QStringLiteral("erin")));
    SettleAnswers settle{**session};
    dialog.resize(1000, 720);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *picker = child<ui::AssetPicker>(&dialog, "assetList");
    QTRY_VERIFY(picker->isLoaded());
    QLineEdit *search = picker->searchEdit();
    search->setFocus();

    // A name prefix ranks first: "pay" and Enter adds payments-api.
    QTest::keyClicks(search, QStringLiteral("pay"));
    QCOMPARE(suggestionNames(picker).value(0), QStringLiteral("payments-api"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(picker->selected(), QStringList{QStringLiteral("payments-api")});
    QVERIFY(search->text().isEmpty());
    QVERIFY(!suggestionNames(picker).contains(QStringLiteral("payments-api"))); // chosen
    // By kind: "network" finds edge-fw; by owner: "platform" finds the host added above.
    QTest::keyClicks(search, QStringLiteral("network"));
    QCOMPARE(suggestionNames(picker), QStringList{QStringLiteral("edge-fw")});
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClicks(search, QStringLiteral("platform"));
    QCOMPARE(suggestionNames(picker), QStringList{QStringLiteral("k8s-node-07")});
    QTest::keyClick(search, Qt::Key_Escape); // clears the search, the dialog stays
    QVERIFY(dialog.isVisible());
    QVERIFY(search->text().isEmpty());
    // Arrows move through every asset: Down twice and Enter adds the second one not chosen.
    const QStringList rest = suggestionNames(picker);
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(picker->selected(),
             QStringList({QStringLiteral("payments-api"), QStringLiteral("edge-fw"), rest.at(1)}));
    // Backspace in the empty search removes the last chip; a click on a chip removes it.
    QTest::keyClick(search, Qt::Key_Backspace);
    QCOMPARE(picker->selected(),
             QStringList({QStringLiteral("payments-api"), QStringLiteral("edge-fw")}));
    QPushButton *edgeChip = nullptr;
    QTRY_VERIFY([&] {
        for (auto *chip : picker->findChildren<QPushButton *>(QStringLiteral("assetChip")))
            if (chip->isVisible() && chip->property("asset").toString() == QLatin1String("edge-fw"))
                edgeChip = chip;
        return edgeChip != nullptr;
    }());
    QTest::mouseClick(edgeChip, Qt::LeftButton);
    QCOMPARE(picker->selected(), QStringList{QStringLiteral("payments-api")});
    // Delete on a focused chip removes it too.
    QTest::keyClicks(search, QStringLiteral("db-pri"));
    QTest::keyClick(search, Qt::Key_Enter);
    QPushButton *dbChip = nullptr;
    QTRY_VERIFY([&] {
        for (auto *chip : picker->findChildren<QPushButton *>(QStringLiteral("assetChip")))
            if (chip->isVisible()
                && chip->property("asset").toString() == QLatin1String("db-primary"))
                dbChip = chip;
        return dbChip != nullptr;
    }());
    dbChip->setFocus();
    QTest::keyClick(dbChip, Qt::Key_Delete);
    QCOMPARE(picker->selected(), QStringList{QStringLiteral("payments-api")});
    QCOMPARE(dialog.draft().affectedAssets, QStringList{QStringLiteral("payments-api")});
    // Enter with nothing highlighted is the dialog's again (nothing added).
    QVERIFY(!picker->suggestions()->currentIndex().isValid());
}

void TestGuiAssets::screenshots()
{
    const auto shoot = [this](const QString &suffix) {
        ui::AssetsPage *page = openAssets(*m_window);
        QTRY_VERIFY(page->model()->rowCount() >= 4);
        QVERIFY(page->selectAsset(QStringLiteral("payments-api")));
        QTRY_VERIFY(child<QListWidget>(page, "relationList")->count() > 0);
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(outputPath(QStringLiteral("assets-page%1.png").arg(suffix))));
        auto session = m_ws->db.openSession(QStringLiteral("erin"));
        QVERIFY(session.ok());
        ui::NewChangeDialog dialog(**session, m_ws->as(QStringLiteral("erin")));
        SettleAnswers settle{**session};
        dialog.resize(1000, 720);
        dialog.show();
        auto *picker = child<ui::AssetPicker>(&dialog, "assetList");
        QTRY_VERIFY(picker->isLoaded());
        QVERIFY(picker->add(QStringLiteral("payments-api")));
        QVERIFY(picker->add(QStringLiteral("k8s-node-07")));
        QTest::keyClicks(picker->searchEdit(), QStringLiteral("d"));
        QApplication::processEvents();
        QVERIFY(dialog.grab().save(outputPath(QStringLiteral("asset-picker%1.png").arg(suffix))));
    };
    shoot(QString());
    QTranslator german;
    QVERIFY(loadVigiloCatalogue(german, QLocale(QLocale::German, QLocale::Germany)));
    QCoreApplication::installTranslator(&german);
    const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
    shoot(QStringLiteral("-de"));
}

QTEST_MAIN(TestGuiAssets)
#include "tst_gui_assets.moc"
