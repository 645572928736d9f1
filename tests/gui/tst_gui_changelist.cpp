// The change list model and its filter proxy over a real SQLite file with real changes (the
// _pg run: a PostgreSQL database; the _server run: the changes listed by a real vigilo-server
// through the Client, prepared in its database by the owner's core).

#include "GuiBackend.h"
#include "ResultCheck.h"

#include "changes/BadgeDelegate.h"
#include "changes/ChangeFilterProxy.h"
#include "changes/ChangeListModel.h"
#include "changes/NaturalOrder.h"

#include "Client.h"
#include "Clock.h"
#include "Store.h"
#include "Vigilo.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigilo;
using vigilo::ui::ChangeFilterProxy;
using vigilo::ui::ChangeListModel;

class TestChangeList : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void modelPassesTester();
    void displayAndSortValues();
    void proxyFiltersLikeTheCore_data();
    void proxyFiltersLikeTheCore();
    void searchMatchesNumberTitleAndPeople();
    void sortsOnRawValues();
    void badgeColoursAreDistinct();
    void staysFastAt100kRows();
    void naturalOrder_data();
    void naturalOrder();
    void oneChangeUpdatesOneRow();

private:
    QList<ChangeSummary> listAll(const ChangeFilter &filter = {});

    QTemporaryDir m_dir;
    vigilo::guitest::GuiDatabase m_db{m_dir, QStringLiteral("changes.sqlite")};
    std::unique_ptr<Store> m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Vigilo> m_core;
    std::optional<Actor> m_alice;
    // Through a team server: alice's session there, whose Client lists the changes.
    std::unique_ptr<ui::Session> m_remote;
};

QList<ChangeSummary> TestChangeList::listAll(const ChangeFilter &filter)
{
    auto list =
        m_remote ? m_remote->client().changes(filter) : m_core->changes().list(*m_alice, filter);
    if (!list.ok())
        qFatal("list failed: %s", qUtf8Printable(list.error().message));
    return list.value();
}

void TestChangeList::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_db.ok(), qPrintable(m_db.errorText()));
    auto store = Store::open(m_db.ownerLocation(), Store::OpenMode::CreateIfMissing);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    m_store = std::move(store).value();
    m_core = std::make_unique<Vigilo>(*m_store, m_clock);

    auto ws = m_core->workspaces().createWorkspace(QStringLiteral("acme"), QStringLiteral("Acme"),
                                                   QStringLiteral("en_US"), QStringLiteral("alice"),
                                                   QStringLiteral("Alice Admin"));
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
    auto alice = m_core->workspaces().signIn(QStringLiteral("acme"), QStringLiteral("alice"));
    QVERIFY(alice.ok());
    m_alice = alice.value();
    QVERIFY(m_core->workspaces().addMember(*m_alice, QStringLiteral("bob"), Role::Engineer).ok());
    QVERIFY(m_core->workspaces().addMember(*m_alice, QStringLiteral("carol"), Role::Approver).ok());
    // The second step of a high-risk change needs an admin who is not the requester.
    QVERIFY(m_core->workspaces().addMember(*m_alice, QStringLiteral("dave"), Role::Admin).ok());
    QVERIFY(m_core->workspaces()
                .addAsset(*m_alice, QStringLiteral("db-primary"), QStringLiteral("database"))
                .ok());

    struct Row {
        const char *title;
        ChangeType type;
        Priority priority;
        std::optional<RiskLevel> risk;
        int startInDays; // 0: no window
        const char *assignee;
        bool submit;
    };
    const QList<Row> rows = {
        {"Rotate TLS certificate on the edge proxy", ChangeType::Normal, Priority::High,
         RiskLevel::Medium, 5, "bob", true},
        {"Patch PostgreSQL to 15.6", ChangeType::Normal, Priority::Critical, RiskLevel::High, 7,
         "bob", true},
        {"Add firewall rule for the VPN", ChangeType::Standard, Priority::Low, RiskLevel::Low, 3,
         "", false},
        {"Emergency: restart stuck queue workers", ChangeType::Emergency, Priority::Critical,
         std::nullopt, 1, "carol", false},
        {"Resize the analytics disk", ChangeType::Normal, Priority::Medium, std::nullopt, 0, "",
         false},
        {"Upgrade the monitoring agent", ChangeType::Normal, Priority::Low, RiskLevel::Low, 10,
         "alice", true},
        {"Decommission the old backup host", ChangeType::Normal, Priority::Medium,
         RiskLevel::Medium, 0, "bob", false},
    };
    for (const Row &r : rows) {
        ChangeDraft d;
        d.title = QString::fromUtf8(r.title);
        d.description = QStringLiteral("Described for the GUI tests.");
        d.changeType = r.type;
        d.priority = r.priority;
        if (r.risk)
            d.riskLevel = *r.risk;
        if (r.startInDays > 0) {
            d.plannedStart = m_clock.now().addDays(r.startInDays);
            d.plannedEnd = m_clock.now().addDays(r.startInDays).addSecs(2 * 3600);
            d.affectedAssets = QStringList{QStringLiteral("db-primary")};
        }
        if (*r.assignee)
            d.assignee = QString::fromUtf8(r.assignee);
        d.implementationPlan = QStringLiteral("1. Do it\n2. Check it");
        d.rollbackPlan = QStringLiteral("Undo it");
        auto created = m_core->changes().create(*m_alice, d);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        if (r.submit) {
            auto submitted = m_core->changes().apply(*m_alice, created->number, Action::Submit);
            QVERIFY2(submitted.ok(),
                     qPrintable(submitted.ok() ? QString() : submitted.error().message));
        }
    }
    if (vigilo::guitest::GuiDatabase::throughTeamServer()) {
        auto remote = m_db.openSession(QStringLiteral("alice"));
        QVERIFY2(remote.ok(), qPrintable(remote.ok() ? QString() : remote.error().message));
        m_remote = std::move(remote).value();
        QVERIFY(m_remote->isRemote());
        VERIFY_OK(m_remote->client().openWorkspace(QStringLiteral("acme")));
        m_remote->client().setWorkspace(QStringLiteral("acme"));
    }
    QCOMPARE(listAll().size(), rows.size());
}

void TestChangeList::cleanupTestCase()
{
    m_remote.reset();
    m_core.reset();
    m_store.reset();
}

void TestChangeList::modelPassesTester()
{
    ChangeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChanges(listAll());
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), int(ChangeListModel::ColumnCount));
    model.setChanges({});
    QCOMPARE(model.rowCount(), 0);
    model.setChanges(listAll());

    ChangeFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(ChangeListModel::PlannedStart, Qt::AscendingOrder);
    proxy.setStatus(ChangeStatus::Draft);
    proxy.setSearchText(QStringLiteral("the"));
    proxy.clearFilters();
    model.setChanges(listAll());
    QCOMPARE(proxy.rowCount(), 7);
}

void TestChangeList::displayAndSortValues()
{
    ChangeListModel model;
    const QList<ChangeSummary> all = listAll();
    model.setChanges(all);
    for (int row = 0; row < model.rowCount(); ++row) {
        const ChangeSummary &c = all.at(row);
        const auto at = [&](int col, int role = Qt::DisplayRole) {
            return model.index(row, col).data(role);
        };
        QCOMPARE(at(ChangeListModel::Number).toString(), formatChangeNumber(c.number));
        QCOMPARE(at(ChangeListModel::Number, ChangeListModel::SortRole).toInt(), c.number);
        QCOMPARE(at(ChangeListModel::Title).toString(), c.title);
        QCOMPARE(at(ChangeListModel::Status).toString(), label(c.status));
        QCOMPARE(at(ChangeListModel::Status, ChangeListModel::SortRole).toInt(), int(c.status));
        QCOMPARE(at(ChangeListModel::Type).toString(), label(c.changeType));
        QCOMPARE(at(ChangeListModel::Priority).toString(), label(c.priority));
        if (c.riskLevel)
            QCOMPARE(at(ChangeListModel::Risk).toString(), label(*c.riskLevel));
        QCOMPARE(at(ChangeListModel::Risk, ChangeListModel::SortRole).toInt(),
                 c.riskLevel ? int(*c.riskLevel) : -1);
        if (c.plannedStart.isValid()) {
            QCOMPARE(at(ChangeListModel::PlannedStart).toString(),
                     ChangeListModel::formatTime(c.plannedStart));
            QVERIFY(!at(ChangeListModel::PlannedStart).toString().isEmpty());
            QCOMPARE(at(ChangeListModel::PlannedStart, ChangeListModel::SortRole).toLongLong(),
                     c.plannedStart.toMSecsSinceEpoch());
        }
        QCOMPARE(at(0, ChangeListModel::NumberRole).toInt(), c.number);
    }
    QCOMPARE(model.headerData(ChangeListModel::Title, Qt::Horizontal).toString(),
             QStringLiteral("Title"));
}

void TestChangeList::proxyFiltersLikeTheCore_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("value");
    for (ChangeStatus s : allChangeStatuses())
        QTest::addRow("status %s", qPrintable(toString(s))) << 0 << int(s);
    for (ChangeType t : allChangeTypes())
        QTest::addRow("type %s", qPrintable(toString(t))) << 1 << int(t);
    for (Priority p : allPriorities())
        QTest::addRow("priority %s", qPrintable(toString(p))) << 2 << int(p);
    for (RiskLevel r : allRiskLevels())
        QTest::addRow("risk %s", qPrintable(toString(r))) << 3 << int(r);
}

void TestChangeList::proxyFiltersLikeTheCore()
{
    QFETCH(int, kind);
    QFETCH(int, value);
    ChangeListModel model;
    model.setChanges(listAll());
    ChangeFilterProxy proxy;
    proxy.setSourceModel(&model);
    ChangeFilter filter;
    switch (kind) {
    case 0:
        proxy.setStatus(ChangeStatus(value));
        filter.status = ChangeStatus(value);
        break;
    case 1:
        proxy.setChangeType(ChangeType(value));
        filter.changeType = ChangeType(value);
        break;
    case 2:
        proxy.setPriority(Priority(value));
        filter.priority = Priority(value);
        break;
    case 3:
        proxy.setRisk(value);
        filter.riskLevel = RiskLevel(value);
        break;
    }
    QVERIFY(proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), listAll(filter).size());
}

void TestChangeList::searchMatchesNumberTitleAndPeople()
{
    ChangeListModel model;
    model.setChanges(listAll());
    ChangeFilterProxy proxy;
    proxy.setSourceModel(&model);

    proxy.setSearchText(QStringLiteral("chg-00002"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ChangeListModel::Number).data().toString(),
             QStringLiteral("CHG-00002"));
    proxy.setSearchText(QStringLiteral("POSTGRESQL"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("the backup"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("bob"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setRisk(ChangeFilterProxy::kRiskNotAssessed);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(QStringLiteral("no such change"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.clearFilters();
    QCOMPARE(proxy.rowCount(), 7);
}

void TestChangeList::sortsOnRawValues()
{
    ChangeListModel model;
    model.setChanges(listAll());
    ChangeFilterProxy proxy;
    proxy.setSourceModel(&model);

    proxy.sort(ChangeListModel::Priority, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ChangeListModel::Priority).data().toString(),
             label(Priority::Critical));
    QCOMPARE(proxy.index(proxy.rowCount() - 1, ChangeListModel::Priority).data().toString(),
             label(Priority::Low));

    // Planned start: by time, unscheduled last.
    proxy.sort(ChangeListModel::PlannedStart, Qt::AscendingOrder);
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const qint64 v = proxy.index(row, ChangeListModel::PlannedStart)
                             .data(ChangeListModel::SortRole)
                             .toLongLong();
        QVERIFY(v >= previous);
        previous = v;
    }
    QCOMPARE(proxy.index(proxy.rowCount() - 1, ChangeListModel::PlannedStart).data().toString(),
             QStringLiteral("Unscheduled"));

    proxy.sort(ChangeListModel::Number, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(ChangeListModel::NumberRole).toInt(), 7);
}

void TestChangeList::badgeColoursAreDistinct()
{
    using ui::BadgeDelegate;
    QSet<QRgb> seen;
    for (ChangeStatus s : allChangeStatuses())
        seen.insert(BadgeDelegate::colorsFor(BadgeDelegate::Kind::Status, int(s)).background.rgb());
    QVERIFY(seen.size() >= 8); // each status readable at a glance
    const auto low = BadgeDelegate::colorsFor(BadgeDelegate::Kind::Risk, int(RiskLevel::Low));
    const auto high = BadgeDelegate::colorsFor(BadgeDelegate::Kind::Risk, int(RiskLevel::High));
    QVERIFY(low.background != high.background);
    QVERIFY(low.text.lightness() < low.background.lightness()); // dark text on a light pill
}

void TestChangeList::staysFastAt100kRows()
{
    // Synthetic rows: this measures the model and proxy, not the database.
    QList<ChangeSummary> rows;
    rows.reserve(100000);
    const QDateTime base = m_clock.now();
    for (int i = 1; i <= 100000; ++i) {
        ChangeSummary c;
        c.id = i;
        c.number = i;
        c.title = QStringLiteral("Change %1 on host-%2").arg(i).arg(i % 977);
        c.status = ChangeStatus(i % 9);
        c.changeType = ChangeType(i % 3);
        c.priority = Priority(i % 4);
        if (i % 5)
            c.riskLevel = RiskLevel(i % 3);
        c.plannedStart = base.addSecs(qint64(i % 5000) * 3600);
        c.assignee = QStringLiteral("user%1").arg(i % 37);
        rows << c;
    }
    ChangeListModel model;
    ChangeFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ChangeListModel::Number, Qt::DescendingOrder);

    QElapsedTimer timer;
    timer.start();
    model.setChanges(rows);
    const qint64 load = timer.restart();
    proxy.sort(ChangeListModel::PlannedStart, Qt::AscendingOrder);
    const qint64 sort = timer.restart();
    proxy.setStatus(ChangeStatus::Review);
    proxy.setSearchText(QStringLiteral("host-12"));
    const qint64 filter = timer.restart();
    QVERIFY(proxy.rowCount() > 0);
    qInfo("100k rows: load %lld ms, sort by planned start %lld ms, filter %lld ms", load, sort,
          filter);
    // Generous bounds (sanitizer builds are slow); a regression to per-row formatting or
    // measuring would blow past them.
    QVERIFY(load < 5000);
    QVERIFY(sort < 5000);
    QVERIFY(filter < 3000);
}

void TestChangeList::naturalOrder_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("versions") << QStringLiteral("17.4") << QStringLiteral("17.10") << -1;
    QTest::newRow("hosts") << QStringLiteral("node-2") << QStringLiteral("node-10") << -1;
    QTest::newRow("case") << QStringLiteral("patch B") << QStringLiteral("Patch a") << 1;
    QTest::newRow("prefix") << QStringLiteral("Patch") << QStringLiteral("Patch 2") << -1;
    QTest::newRow("zeros") << QStringLiteral("v007") << QStringLiteral("v7") << 1;
    QTest::newRow("zeros then value") << QStringLiteral("v007") << QStringLiteral("v8") << -1;
    QTest::newRow("long numbers") << QStringLiteral("build 99999999999999999998")
                                  << QStringLiteral("build 99999999999999999999") << -1;
    QTest::newRow("digits before letters") << QStringLiteral("a1") << QStringLiteral("ab") << -1;
    QTest::newRow("same") << QStringLiteral("Rotate TLS") << QStringLiteral("Rotate TLS") << 0;
}

void TestChangeList::naturalOrder()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const auto sign = [](int v) { return v < 0 ? -1 : v > 0 ? 1 : 0; };
    QCOMPARE(sign(ui::naturalCompare(a, b)), expected);
    QCOMPARE(sign(ui::naturalCompare(b, a)), -expected);
}

// A live update of one change: dataChanged for its row (a new change: one inserted row; gone:
// one removed row), never a reset; the proxy keeps its sort by title (natural order) and its
// search right without reading the other rows again.
void TestChangeList::oneChangeUpdatesOneRow()
{
    QList<ChangeSummary> rows;
    for (int i = 1; i <= 300; ++i) {
        ChangeSummary c;
        c.id = i;
        c.number = i;
        c.title = QStringLiteral("Upgrade node-%1 to 17.%2").arg(i % 40).arg(i % 13);
        c.assignee = QStringLiteral("user%1").arg(i % 7);
        c.requester = QStringLiteral("req");
        rows << c;
    }
    ChangeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChanges(rows);
    ChangeFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(ChangeListModel::Title, Qt::AscendingOrder);
    const auto sortedByTitle = [&proxy] {
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const QString a = proxy.index(r - 1, ChangeListModel::Title).data().toString();
            const QString b = proxy.index(r, ChangeListModel::Title).data().toString();
            if (ui::naturalCompare(a, b) > 0)
                return false;
        }
        return true;
    };
    QVERIFY(sortedByTitle());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    ChangeSummary renamed = rows.at(41);
    renamed.title = QStringLiteral("Aardvark 1");
    renamed.assignee = QStringLiteral("zoe");
    model.updateChange(renamed.number, renamed);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 41);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 41);
    QCOMPARE(proxy.index(0, ChangeListModel::Title).data().toString(),
             QStringLiteral("Aardvark 1"));
    QVERIFY(sortedByTitle());

    ChangeSummary added;
    added.id = 301;
    added.number = 301;
    added.title = QStringLiteral("Upgrade node-3 to 17.10");
    added.requester = QStringLiteral("req");
    model.updateChange(301, added);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 301);
    QCOMPARE(model.rowOfNumber(301), 300);
    QVERIFY(sortedByTitle());

    model.updateChange(7, std::nullopt); // no longer listed
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.rowOfNumber(7), -1);
    QCOMPARE(model.rowOfNumber(301), 299);
    QVERIFY(sortedByTitle());
    model.updateChange(7, std::nullopt); // nothing to remove: nothing happens
    QCOMPARE(removed.count(), 1);

    // The search follows the new texts; the assignee sort too.
    proxy.setSearchText(QStringLiteral("aardvark zoe"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QString());
    proxy.sort(ChangeListModel::Assignee, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ChangeListModel::Assignee).data().toString(), QStringLiteral("zoe"));
    QCOMPARE(resets.count(), 0);
}

QTEST_MAIN(TestChangeList)
#include "tst_gui_changelist.moc"
