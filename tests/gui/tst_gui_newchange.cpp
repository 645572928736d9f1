// The New change dialog on the offscreen platform: validation as you type, the lead time
// warning, the conflicts preview against a real overlapping change, and Create via the core.

#include "GuiFixture.h"
#include "widgets/AssetPicker.h"

#include "newchange/NewChangeDialog.h"
#include "similar/SimilarChangesDialog.h"
#include "similar/SimilarModel.h"

#include "Client.h"
#include "Vigilo.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace vigilo;
using vigilo::guitest::GuiWorkspace;
using vigilo::ui::NewChangeDialog;

namespace {
template <typename T> T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// Shows `dialog` and waits for what it reads as it opens (templates, members, the inventory):
// at once from a database, later from a team server; Create stays off until then.
bool shown(NewChangeDialog &dialog)
{
    dialog.show();
    auto *picker = dialog.findChild<ui::AssetPicker *>(QStringLiteral("assetList"));
    return picker
           && QTest::qWaitFor([&] { return !dialog.isLoading() && picker->isLoaded(); }, 15000);
}

void checkAsset(QWidget *dialog, const QString &asset)
{
    auto *picker = child<ui::AssetPicker>(dialog, "assetList");
    // The inventory is read as the dialog opens (its answer later through a team server).
    QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), 15000);
    QVERIFY(picker->add(asset));
}
} // namespace

class TestNewChange : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyTitleDisablesCreate();
    void endBeforeStartDisablesCreate();
    void leadTimeWarning();
    void conflictsPreviewListsAnOverlappingChange();
    void createMakesADraft();
    void showsTheCoresRefusal();
    void suggestSimilarForADraft();
    void nextFreeSlotForADraft();

private:
    std::unique_ptr<GuiWorkspace> m_ws;
    int m_existing = 0;
    QDateTime m_existingStart;
};

void TestNewChange::initTestCase()
{
    m_ws = std::make_unique<GuiWorkspace>(QStringLiteral("erin"));
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->error));
    m_ws->session->client().setWorkspace(QStringLiteral("acme")); // as the window's sign-in
    const ChangeDraft d = m_ws->draft(QStringLiteral("Rotate TLS certificate on payments"), 24 * 3);
    m_existingStart = *d.plannedStart;
    m_existing = m_ws->inReview(QStringLiteral("eli"), d);
}

void TestNewChange::emptyTitleDisablesCreate()
{
    NewChangeDialog dialog(*m_ws->session, m_ws->as(QStringLiteral("erin")));
    QVERIFY(shown(dialog));
    auto *create = child<QPushButton>(&dialog, "createButton");
    auto *messages = child<QLabel>(&dialog, "validationLabel");
    QVERIFY(!create->isEnabled());
    QVERIFY(messages->text().contains(QStringLiteral("title is required")));
    QTest::keyClicks(child<QLineEdit>(&dialog, "titleEdit"), QStringLiteral("Patch"));
    QVERIFY(create->isEnabled());
    QVERIFY(!messages->text().contains(QStringLiteral("title is required")));
    child<QLineEdit>(&dialog, "titleEdit")->clear();
    QVERIFY(!create->isEnabled());
}

void TestNewChange::endBeforeStartDisablesCreate()
{
    NewChangeDialog dialog(*m_ws->session, m_ws->as(QStringLiteral("erin")));
    QVERIFY(shown(dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "titleEdit"), QStringLiteral("Patch kernel"));
    auto *create = child<QPushButton>(&dialog, "createButton");
    QVERIFY(create->isEnabled());
    auto *start = child<QDateTimeEdit>(&dialog, "startEdit");
    auto *end = child<QDateTimeEdit>(&dialog, "endEdit");
    end->setDateTime(start->dateTime().addSecs(-3600));
    QVERIFY(!create->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "validationLabel")
                ->text()
                .contains(QStringLiteral("end must be after")));
    end->setDateTime(start->dateTime().addSecs(3600));
    QVERIFY(create->isEnabled());
}

void TestNewChange::leadTimeWarning()
{
    NewChangeDialog dialog(*m_ws->session, m_ws->as(QStringLiteral("erin")));
    QVERIFY(shown(dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "titleEdit"), QStringLiteral("Hotfix"));
    auto *lead = child<QSpinBox>(&dialog, "leadTimeSpin");
    QCOMPARE(lead->value(), defaultLeadTimeHours(ChangeType::Normal));
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
    dialog.setPlannedWindow(soon, soon.addSecs(3600));
    const auto hasLeadWarning = [&dialog] {
        for (const QString &w : dialog.warnings())
            if (w.contains(QStringLiteral("lead time")))
                return true;
        return false;
    };
    QVERIFY(hasLeadWarning());
    QVERIFY(child<QPushButton>(&dialog, "createButton")->isEnabled()); // a warning, not a block
    // Emergency changes skip lead time: the default follows the type.
    auto *type = child<QComboBox>(&dialog, "typeCombo");
    type->setCurrentIndex(type->findData(int(ChangeType::Emergency)));
    QCOMPARE(lead->value(), 0);
    QVERIFY(!hasLeadWarning());
    type->setCurrentIndex(type->findData(int(ChangeType::Standard)));
    QCOMPARE(lead->value(), defaultLeadTimeHours(ChangeType::Standard));
    QVERIFY(hasLeadWarning()); // three hours out, standard changes need four
}

void TestNewChange::conflictsPreviewListsAnOverlappingChange()
{
    NewChangeDialog dialog(*m_ws->session, m_ws->as(QStringLiteral("erin")));
    QVERIFY(shown(dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "titleEdit"), QStringLiteral("Deploy payments 2.4"));
    QSignalSpy updated(&dialog, &NewChangeDialog::conflictsUpdated);
    dialog.setPlannedWindow(m_existingStart.addSecs(3600), m_existingStart.addSecs(3 * 3600));
    checkAsset(&dialog, QStringLiteral("payments-api"));
    // Debounced: one query after the pause (its answer later through a team server).
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() > 0, 15000);
    bool found = false;
    for (const Conflict &c : dialog.conflicts().conflicts)
        found = found || (c.kind == QLatin1String("change") && c.number == m_existing);
    QVERIFY(found);
    auto *list = child<QListWidget>(&dialog, "conflictList");
    QVERIFY(list->count() >= 1);
    QVERIFY(list->item(0)->text().contains(formatChangeNumber(m_existing)));
    // Moving the window away clears it.
    updated.clear();
    dialog.setPlannedWindow(m_existingStart.addDays(2), m_existingStart.addDays(2).addSecs(3600));
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() > 0, 15000);
    for (const Conflict &c : dialog.conflicts().conflicts)
        QVERIFY(c.number != m_existing);
}

void TestNewChange::createMakesADraft()
{
    NewChangeDialog dialog(*m_ws->session, m_ws->as(QStringLiteral("erin")));
    QVERIFY(shown(dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "titleEdit"),
                     QStringLiteral("Upgrade edge firewall"));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "descriptionEdit"),
                     QStringLiteral("Vendor advisory"));
    checkAsset(&dialog, QStringLiteral("edge-fw"));
    auto *priority = child<QComboBox>(&dialog, "priorityCombo");
    priority->setCurrentIndex(priority->findData(int(Priority::High)));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "rollbackPlanEdit"),
                     QStringLiteral("Restore the saved config"));
    QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
    // change.create answers at once on a database, later through a team server.
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
    QVERIFY(dialog.createdNumber() > 0);
    auto change =
        m_ws->core().changes().get(m_ws->as(QStringLiteral("erin")), dialog.createdNumber());
    QVERIFY(change.ok());
    QCOMPARE(change->title, QStringLiteral("Upgrade edge firewall"));
    QCOMPARE_ENUM(change->status, ChangeStatus::Draft);
    QCOMPARE_ENUM(change->priority, Priority::High);
    QCOMPARE(change->affectedAssets, QStringList{QStringLiteral("edge-fw")});
    QCOMPARE(change->rollbackPlan, QStringLiteral("Restore the saved config"));
    QCOMPARE(change->assignee, QStringLiteral("erin"));
    QVERIFY(change->plannedStart.isValid());
}

void TestNewChange::showsTheCoresRefusal()
{
    const Actor viewer = m_ws->as(QStringLiteral("vera")); // may read, not create
    // vera's own session: the client acts as the session's member, never as a field it sends.
    auto session = m_ws->db.openSession(QStringLiteral("vera"));
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    (*session)->client().setWorkspace(QStringLiteral("acme"));
    NewChangeDialog dialog(**session, viewer);
    QVERIFY(shown(dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "titleEdit"), QStringLiteral("Not mine to plan"));
    auto refused = m_ws->core().changes().create(viewer, dialog.draft());
    QVERIFY(!refused.ok());
    QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
    // The refusal comes at once from a database, later from a team server.
    auto *label = child<QLabel>(&dialog, "validationLabel");
    QTRY_VERIFY2_WITH_TIMEOUT(label->text().contains(refused.error().message.toHtmlEscaped()),
                              qPrintable(label->text()), 15000);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.createdNumber(), 0);
}

void TestNewChange::suggestSimilarForADraft()
{
    // change.similar for the draft's title words and assets, through the client.
    m_ws->session->client().setWorkspace(QStringLiteral("acme"));
    ui::SimilarChangesDialog dialog(m_ws->session->client(), QStringLiteral("Rotate certificate"),
                                    {});
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 15000);
    ui::SimilarModel *model = dialog.model();
    QVERIFY(model->rowCount() >= 1);
    QCOMPARE(model->index(0, 0).data(ui::SimilarModel::NumberRole).toInt(), m_existing);
    QCOMPARE(model->index(0, ui::SimilarModel::Outcome).data().toString(),
             label(ChangeStatus::Review));
    // The same for its assets only: the change on payments-api.
    ui::SimilarChangesDialog byAsset(m_ws->session->client(), QString(),
                                     {QStringLiteral("payments-api")});
    QTRY_VERIFY_WITH_TIMEOUT(byAsset.isLoaded(), 15000);
    bool found = false;
    for (int row = 0; row < byAsset.model()->rowCount(); ++row)
        found = found
                || byAsset.model()->index(row, 0).data(ui::SimilarModel::NumberRole).toInt()
                       == m_existing;
    QVERIFY(found);
}

// "Next free slot" for a form never saved: asked inside a freeze on db-primary, the window moves
// past the freeze and past the change in review that follows it on the same asset, to the slot
// the core computes; the conflicts call finds it free and the preview says so.
void TestNewChange::nextFreeSlotForADraft()
{
    const Actor erin = m_ws->as(QStringLiteral("erin"));
    const ChangeDraft blocker =
        m_ws->draft(QStringLiteral("Resize the database volume"), 40, QStringLiteral("db-primary"));
    const QDateTime s = *blocker.plannedStart;
    m_ws->inReview(QStringLiteral("eli"), blocker);
    FreezeWindowInput f;
    f.name = QStringLiteral("Database freeze");
    f.start = s.addSecs(-10 * 3600);
    f.end = s.addSecs(3600);
    f.assets = QStringList{QStringLiteral("db-primary")};
    QVERIFY(m_ws->core().workspaces().addFreezeWindow(m_ws->as(QStringLiteral("adam")), f).ok());

    NewChangeDialog dialog(*m_ws->session, erin);
    QVERIFY(shown(dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "titleEdit"), QStringLiteral("Upgrade PostgreSQL"));
    checkAsset(&dialog, QStringLiteral("db-primary"));
    const QDateTime askedStart = s.addSecs(-6 * 3600);
    dialog.setPlannedWindow(askedStart, askedStart.addSecs(2 * 3600));
    auto *next = child<QPushButton>(&dialog, "nextFreeSlotButton");
    QVERIFY(next->isEnabled());
    // Without a window there is no length to keep: disabled, and the tooltip says why.
    auto *planned = child<QCheckBox>(&dialog, "plannedCheck");
    planned->setChecked(false);
    QVERIFY(!next->isEnabled());
    QVERIFY2(next->toolTip().contains(QStringLiteral("Plan a window first")),
             qPrintable(next->toolTip()));
    planned->setChecked(true);
    QVERIFY(next->isEnabled());

    PlanningForm form;
    form.plannedStart = askedStart;
    form.plannedEnd = askedStart.addSecs(2 * 3600);
    form.affectedAssets = QStringList{QStringLiteral("db-primary")};
    form.changeType = ChangeType::Normal;
    auto expected = m_ws->core().planning().nextFreeSlotFor(erin, form, 0, askedStart);
    QVERIFY(expected.ok());
    QCOMPARE(expected->start, s.addSecs(2 * 3600)); // past the freeze, past the change

    QSignalSpy answered(&dialog, &NewChangeDialog::nextSlotAnswered);
    QSignalSpy updated(&dialog, &NewChangeDialog::conflictsUpdated);
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 15000);
    QCOMPARE(*dialog.draft().plannedStart, expected->start);
    QCOMPARE(*dialog.draft().plannedEnd, expected->end);
    QVERIFY(child<QLabel>(&dialog, "nextSlotNote")->text().contains(QStringLiteral("Moved")));
    // The slot is free: by the conflicts call, and in the preview that follows the move.
    form.plannedStart = expected->start;
    form.plannedEnd = expected->end;
    auto asked = m_ws->session->client().conflictsAsync(form);
    QTRY_VERIFY_WITH_TIMEOUT(asked.isFinished(), 15000); // later through a team server
    auto free = asked.result();
    QVERIFY(free.ok());
    QVERIFY(free->isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        updated.count() > 0 && dialog.conflicts().isEmpty()
            && child<QLabel>(&dialog, "conflictTitle")->text().contains(QStringLiteral("none")),
        15000);
    QVERIFY(next->isEnabled());
    QVERIFY(dialog.grab().save(guitest::outputPath(QStringLiteral("newchange-next-slot.png"))));
}

QTEST_MAIN(TestNewChange)
#include "tst_gui_newchange.moc"
