// The change calendar's core: Planning::nextFreeSlot (lead time, freeze windows, other changes
// on the same asset, touching windows, maintenance windows across a DST change, horizon; of a
// saved change and of an unsaved form) and
// Planning::calendar (the range query and its conflict flags), and the "what if" preview
// (conflictsFor before saving) against the conflicts summary after saving. One database per
// suite (one vigilo-server on the server backend), a workspace of its own per test function
// (TestWorkspace::startOver). Every question under test (next free slot of a change and of a
// form, a form's conflicts, the calendar range) and the windows and edits it depends on go
// through the Client as the member (in process on SQLite and PostgreSQL, over the server on the
// server backend); set-up (changeIn, createChange) and checks read and write the core.
#include "FormQuestions.h"
#include "TestWorkspace.h"

#include <QTimeZone>

using namespace vigilo;
using namespace vigilo::test;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

ChangeDraft windowed(TestWorkspace &ws, const QString &title, const QDateTime &start, int hours,
                     const QString &asset = QStringLiteral("payments-api"))
{
    ChangeDraft d = ws.validDraft(title);
    d.plannedStart = start;
    d.plannedEnd = start.addSecs(qint64(hours) * 3600);
    d.affectedAssets = QStringList{asset};
    return d;
}

// The Calendar page's one question for a range (calendar.range), as `member`.
Result<CalendarRange> calendarAs(TestWorkspace &ws, const QString &member, const QDateTime &from,
                                 const QDateTime &to)
{
    return awaited(ws.client(member).calendarAsync(from, to));
}

} // namespace

class TestCalendar : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void nextSlotRespectsLeadTime();
    void nextSlotSkipsFreezeAndOtherChanges();
    void nextSlotInsideMaintenanceWindowAcrossDst();
    void nextSlotAfterUpstream();
    void nextSlotRefusals();
    void nextSlotForAnUnsavedForm();
    void nextSlotForAFormLeadTime();
    void whatIfPreviewEqualsSummaryAfterSaving();
    void calendarRangeQuery();

private:
    std::unique_ptr<TestWorkspace> m_ws;
};

void TestCalendar::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    // The server backend's calls really cross the network.
    QCOMPARE(m_ws->client(QStringLiteral("engineer")).isRemote(), onServer());
}

void TestCalendar::init()
{
    QVERIFY2(m_ws->startOver(), qPrintable(m_ws->errorText()));
}

void TestCalendar::cleanupTestCase()
{
    m_ws.reset();
}

void TestCalendar::nextSlotRespectsLeadTime()
{
    TestWorkspace &ws = *m_ws;
    // Now is Monday 2026-03-02 09:00Z; the window an hour from now is inside the 24 h lead time.
    auto c = ws.createChange(windowed(ws, QStringLiteral("Patch proxy"), utc(3, 2, 10), 2));
    VERIFY_OK(c);
    auto slot = ws.client(QStringLiteral("engineer")).nextFreeSlot(c->number);
    VERIFY_OK(slot);
    QCOMPARE(slot->start, utc(3, 3, 9));
    QCOMPARE(slot->end, utc(3, 3, 11)); // the change's two hours are kept

    // Emergency changes have no lead time: the next quarter hour from now.
    ChangeDraft e = windowed(ws, QStringLiteral("Hotfix"), utc(3, 2, 10), 1);
    e.changeType = ChangeType::Emergency;
    auto em = ws.createChange(e);
    VERIFY_OK(em);
    ws.clock().setNow(utc(3, 2, 9, 7));
    slot = ws.client(QStringLiteral("engineer")).nextFreeSlot(em->number);
    VERIFY_OK(slot);
    QCOMPARE(slot->start, utc(3, 2, 9, 15));

    // notBefore moves the search, and nothing was written by asking.
    const qint64 events = ws.auditCount();
    slot = ws.client(QStringLiteral("engineer")).nextFreeSlot(c->number, utc(3, 10, 14, 5));
    VERIFY_OK(slot);
    QCOMPARE(slot->start, utc(3, 10, 14, 15));
    QCOMPARE(ws.auditCount(), events);
    QCOMPARE(VALUE_OK(ws.get(c->number)).plannedStart, utc(3, 2, 10));
}

void TestCalendar::nextSlotSkipsFreezeAndOtherChanges()
{
    TestWorkspace &ws = *m_ws;
    FreezeWindowInput f;
    f.name = QStringLiteral("Release freeze");
    f.start = utc(3, 3, 0);
    f.end = utc(3, 4, 6);
    f.allowOverride = true; // overridable still counts: the slot must be free of conflicts
    VERIFY_OK(ws.client(QStringLiteral("admin")).addFreezeWindow(f));
    // Another change in review on the same asset right after the freeze, 06:00–08:00...
    auto other = ws.changeIn(ChangeStatus::Review, ws.engineer2(),
                             windowed(ws, QStringLiteral("Scale out"), utc(3, 4, 6), 2));
    VERIFY_OK(other);
    // ... one on another asset (does not block), and a draft on the same asset (does not count).
    VERIFY_OK(ws.changeIn(ChangeStatus::Review, ws.engineer2(),
                          windowed(ws, QStringLiteral("Firewall rules"), utc(3, 4, 8), 3,
                                   QStringLiteral("edge-fw"))));
    VERIFY_OK(ws.createChange(windowed(ws, QStringLiteral("Idea"), utc(3, 4, 8), 3)));

    auto c = ws.createChange(windowed(ws, QStringLiteral("Patch proxy"), utc(3, 2, 10), 2));
    VERIFY_OK(c);
    auto slot = ws.client(QStringLiteral("engineer")).nextFreeSlot(c->number);
    VERIFY_OK(slot);
    // Past the freeze (ends 06:00), past the change (ends 08:00): touching windows are fine.
    QCOMPARE(slot->start, utc(3, 4, 8));
    QCOMPARE(slot->end, utc(3, 4, 10));
    auto summary = conflictsFor(ws, slot->start, slot->end, c->affectedAssets, c->number);
    VERIFY_OK(summary);
    QVERIFY(summary->isEmpty());
    // One minute earlier would overlap the other change.
    summary = conflictsFor(ws, slot->start.addSecs(-60), slot->end.addSecs(-60), c->affectedAssets,
                           c->number);
    VERIFY_OK(summary);
    QCOMPARE(summary->conflicts.size(), 1);
    QCOMPARE(summary->conflicts.first().number, other->number);
}

void TestCalendar::nextSlotInsideMaintenanceWindowAcrossDst()
{
    TestWorkspace &ws = *m_ws;
    // db-primary may be touched on Sundays 04:00–08:00 Berlin time. Summer time begins on
    // 2026-03-29: that Sunday the window opens at 02:00 UTC, the Sunday before at 03:00 UTC.
    MaintenanceWindow w;
    w.asset = QStringLiteral("db-primary");
    w.weekday = 7;
    w.start = QTime(4, 0);
    w.durationMinutes = 240;
    w.timeZone = "Europe/Berlin";
    VERIFY_OK(ws.client(QStringLiteral("admin")).addMaintenanceWindow(w));
    auto c = ws.createChange(windowed(ws, QStringLiteral("Upgrade PostgreSQL"), utc(3, 5, 10), 2,
                                      QStringLiteral("db-primary")));
    VERIFY_OK(c);

    auto slot = ws.client(QStringLiteral("engineer")).nextFreeSlot(c->number);
    VERIFY_OK(slot);
    QCOMPARE(slot->start, utc(3, 8, 3)); // Sunday 2026-03-08 04:00 CET

    slot = ws.client(QStringLiteral("engineer")).nextFreeSlot(c->number, utc(3, 23, 0));
    VERIFY_OK(slot);
    QCOMPARE(slot->start, utc(3, 29, 2)); // 04:00 CEST
    QCOMPARE(slot->start.toTimeZone(QTimeZone("Europe/Berlin")).time(), QTime(4, 0));

    // The first hour of that window is taken: the slot follows it, still inside the window.
    VERIFY_OK(ws.changeIn(
        ChangeStatus::Review, ws.engineer2(),
        windowed(ws, QStringLiteral("Vacuum"), utc(3, 29, 2), 1, QStringLiteral("db-primary"))));
    slot = ws.client(QStringLiteral("engineer")).nextFreeSlot(c->number, utc(3, 23, 0));
    VERIFY_OK(slot);
    QCOMPARE(slot->start, utc(3, 29, 3));
    // Three hours more and it would not fit (06:00 UTC closes the window): the next Sunday.
    VERIFY_OK(ws.changeIn(
        ChangeStatus::Review, ws.engineer2(),
        windowed(ws, QStringLiteral("Reindex"), utc(3, 29, 3), 2, QStringLiteral("db-primary"))));
    slot = ws.client(QStringLiteral("engineer")).nextFreeSlot(c->number, utc(3, 23, 0));
    VERIFY_OK(slot);
    QCOMPARE(slot->start, utc(4, 5, 2));
    auto summary =
        conflictsFor(ws, slot->start, slot->end, {QStringLiteral("db-primary")}, c->number);
    VERIFY_OK(summary);
    QVERIFY(summary->isEmpty());
}

void TestCalendar::nextSlotAfterUpstream()
{
    TestWorkspace &ws = *m_ws;
    auto up = ws.changeIn(ChangeStatus::Approved, ws.engineer2(),
                          windowed(ws, QStringLiteral("Upgrade database"), utc(3, 9, 10), 4,
                                   QStringLiteral("db-primary")));
    VERIFY_OK(up);
    ChangeDraft d = windowed(ws, QStringLiteral("Deploy new schema"), utc(3, 5, 10), 1);
    d.dependsOn = QList<int>{up->number};
    auto c = ws.createChange(d);
    VERIFY_OK(c);
    auto slot = ws.client(QStringLiteral("engineer")).nextFreeSlot(c->number);
    VERIFY_OK(slot);
    QCOMPARE(slot->start, utc(3, 9, 14));
}

void TestCalendar::nextSlotRefusals()
{
    TestWorkspace &ws = *m_ws;
    FreezeWindowInput f;
    f.name = QStringLiteral("Year-end");
    f.start = utc(3, 1, 0);
    f.end = utc(3, 20, 0);
    VERIFY_OK(ws.client(QStringLiteral("admin")).addFreezeWindow(f));
    auto c = ws.createChange(ws.validDraft());
    VERIFY_OK(c);
    ChangeDraft open = ws.validDraft(QStringLiteral("No window"));
    open.plannedStart = QDateTime();
    open.plannedEnd = QDateTime();
    auto n = ws.createChange(open);
    VERIFY_OK(n);
    const QString before = ws.fingerprint();
    auto none = ws.client(QStringLiteral("engineer")).nextFreeSlot(c->number, {}, 7);
    VERIFY_ERROR(none, "no_free_slot");
    QVERIFY(none.error().details.contains(QStringLiteral("searched_until")));
    // A wider horizon finds the end of the freeze.
    auto slot = ws.client(QStringLiteral("engineer")).nextFreeSlot(c->number, {}, 30);
    VERIFY_OK(slot);
    QCOMPARE(slot->start, utc(3, 20, 0));
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).nextFreeSlot(c->number, {}, 0),
                 "invalid_input");
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).nextFreeSlot(999), "not_found");
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).nextFreeSlot(n->number),
                 "planned_window_required");
    QCOMPARE(ws.fingerprint(), before); // asking never writes

    ChangeDraft late = ws.validDraft(QStringLiteral("Done already"));
    late.plannedStart = utc(3, 25, 10);
    late.plannedEnd = utc(3, 25, 12);
    auto done = ws.changeIn(ChangeStatus::Completed, ws.engineer(), late);
    VERIFY_OK(done);
    VERIFY_ERROR(ws.client(QStringLiteral("engineer")).nextFreeSlot(done->number),
                 "invalid_transition");
}

// The New change form's "Next free slot": a form that was never saved gets the slot a saved
// change with the same fields gets (one search, Planning::nextFreeSlotFor), after the freeze
// and the change its asked window runs into; the slot is free by the conflicts of the form.
void TestCalendar::nextSlotForAnUnsavedForm()
{
    TestWorkspace &ws = *m_ws;
    FreezeWindowInput f;
    f.name = QStringLiteral("Release freeze");
    f.start = utc(3, 3, 0);
    f.end = utc(3, 4, 6);
    VERIFY_OK(ws.client(QStringLiteral("admin")).addFreezeWindow(f));
    auto other = ws.changeIn(ChangeStatus::Review, ws.engineer2(),
                             windowed(ws, QStringLiteral("Scale out"), utc(3, 4, 6), 2));
    VERIFY_OK(other);

    // Asked inside the freeze: the slot is after the freeze and after the other change.
    PlanningForm form;
    form.plannedStart = utc(3, 3, 10);
    form.plannedEnd = utc(3, 3, 12);
    form.affectedAssets = QStringList{QStringLiteral("payments-api")};
    form.changeType = ChangeType::Normal;
    auto slot = awaited(
        ws.client(QStringLiteral("engineer")).nextFreeSlotAsync(form, 0, *form.plannedStart));
    VERIFY_OK(slot);
    QCOMPARE(slot->number, 0);
    QCOMPARE(slot->start, utc(3, 4, 8));
    QCOMPARE(slot->end, utc(3, 4, 10)); // the form's two hours
    PlanningForm there = form;
    there.plannedStart = slot->start;
    there.plannedEnd = slot->end;
    auto free = awaited(ws.client(QStringLiteral("engineer")).conflictsAsync(there));
    VERIFY_OK(free);
    QVERIFY(free->isEmpty());
    // The asked window itself had both conflicts.
    auto asked = awaited(ws.client(QStringLiteral("engineer")).conflictsAsync(form));
    VERIFY_OK(asked);
    QCOMPARE(asked->conflicts.first().kind, QStringLiteral("freeze"));

    // Asked over the other change only (on the same asset): right after it.
    form.plannedStart = utc(3, 4, 7);
    form.plannedEnd = utc(3, 4, 8);
    slot = awaited(
        ws.client(QStringLiteral("engineer")).nextFreeSlotAsync(form, 0, *form.plannedStart));
    VERIFY_OK(slot);
    QCOMPARE(slot->start, utc(3, 4, 8));
    QCOMPARE(slot->end, utc(3, 4, 9));
    // On another asset the change is no obstacle: the freeze's end.
    form.affectedAssets = QStringList{QStringLiteral("edge-fw")};
    slot = awaited(ws.client(QStringLiteral("engineer")).nextFreeSlotAsync(form, 0, utc(3, 3, 10)));
    VERIFY_OK(slot);
    QCOMPARE(slot->start, utc(3, 4, 6));

    // A saved change with the same fields gets the same slot: the saved path is this one.
    auto saved = ws.createChange(windowed(ws, QStringLiteral("Patch proxy"), utc(3, 3, 10), 2));
    VERIFY_OK(saved);
    const QString afterSaving = ws.fingerprint();
    auto ofSaved = ws.client(QStringLiteral("engineer")).nextFreeSlot(saved->number);
    VERIFY_OK(ofSaved);
    form.plannedStart = utc(3, 3, 10);
    form.plannedEnd = utc(3, 3, 12);
    form.affectedAssets = QStringList{QStringLiteral("payments-api")};
    auto ofForm = awaited(ws.client(QStringLiteral("engineer")).nextFreeSlotAsync(form));
    VERIFY_OK(ofForm);
    QCOMPARE(ofForm->start, ofSaved->start);
    QCOMPARE(ofForm->end, ofSaved->end);
    // With a number, the form's fields win over the saved ones: one hour instead of two.
    PlanningForm shorter;
    shorter.plannedStart = utc(3, 3, 10);
    shorter.plannedEnd = utc(3, 3, 11);
    auto edited =
        awaited(ws.client(QStringLiteral("engineer")).nextFreeSlotAsync(shorter, saved->number));
    VERIFY_OK(edited);
    QCOMPARE(edited->number, saved->number);
    QCOMPARE(edited->start, utc(3, 4, 8));
    QCOMPARE(edited->end, utc(3, 4, 9));
    QCOMPARE(ws.fingerprint(), afterSaving); // asking never writes

    // What the core needs: a window (its length), assets that exist.
    PlanningForm empty;
    empty.affectedAssets = QStringList{QStringLiteral("payments-api")};
    VERIFY_ERROR(awaited(ws.client(QStringLiteral("engineer")).nextFreeSlotAsync(empty)),
                 "planned_window_required");
    PlanningForm unknown = form;
    unknown.affectedAssets = QStringList{QStringLiteral("no-such-db")};
    auto refused = awaited(ws.client(QStringLiteral("engineer")).nextFreeSlotAsync(unknown));
    VERIFY_ERROR(refused, "invalid_input");
    QCOMPARE(refused.error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("affected_assets"));
    PlanningForm backwards = form;
    backwards.plannedEnd = utc(3, 3, 9);
    refused = awaited(ws.client(QStringLiteral("engineer")).nextFreeSlotAsync(backwards));
    VERIFY_ERROR(refused, "invalid_input");
    QCOMPARE(refused.error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("planned_end"));
    QCOMPARE(ws.fingerprint(), afterSaving);
}

// A form's lead time: its type's default, or the hours it gives; emergency has none.
void TestCalendar::nextSlotForAFormLeadTime()
{
    TestWorkspace &ws = *m_ws;
    ws.clock().setNow(utc(3, 2, 9, 7));
    PlanningForm form;
    form.plannedStart = utc(3, 2, 10);
    form.plannedEnd = utc(3, 2, 11);
    form.affectedAssets = QStringList{QStringLiteral("payments-api")};
    auto slot =
        awaited(ws.client(QStringLiteral("engineer")).nextFreeSlotAsync(form)); // normal: 24 h
    VERIFY_OK(slot);
    QCOMPARE(slot->start, utc(3, 3, 9, 15));
    form.changeType = ChangeType::Standard; // 4 h
    slot = awaited(ws.client(QStringLiteral("engineer")).nextFreeSlotAsync(form));
    VERIFY_OK(slot);
    QCOMPARE(slot->start, utc(3, 2, 13, 15));
    form.minLeadTimeHours = 2;
    slot = awaited(ws.client(QStringLiteral("engineer")).nextFreeSlotAsync(form));
    VERIFY_OK(slot);
    QCOMPARE(slot->start, utc(3, 2, 11, 15));
    form.changeType = ChangeType::Emergency;
    slot = awaited(ws.client(QStringLiteral("engineer")).nextFreeSlotAsync(form));
    VERIFY_OK(slot);
    QCOMPARE(slot->start, utc(3, 2, 9, 15));
}

void TestCalendar::whatIfPreviewEqualsSummaryAfterSaving()
{
    TestWorkspace &ws = *m_ws;
    FreezeWindowInput f;
    f.name = QStringLiteral("Payments freeze");
    f.start = utc(3, 12, 9); // touches the other change's end: it could still be submitted
    f.end = utc(3, 13, 0);
    f.allowOverride = true;
    f.assets = QStringList{QStringLiteral("payments-api")};
    f.reason = QStringLiteral("Quarterly settlement");
    VERIFY_OK(ws.client(QStringLiteral("admin")).addFreezeWindow(f));
    MaintenanceWindow w;
    w.asset = QStringLiteral("payments-api");
    w.weekday = 3; // Wednesday
    w.start = QTime(1, 0);
    w.durationMinutes = 300;
    w.timeZone = "Europe/Berlin";
    VERIFY_OK(ws.client(QStringLiteral("admin")).addMaintenanceWindow(w));
    auto other = ws.changeIn(ChangeStatus::Approved, ws.engineer2(),
                             windowed(ws, QStringLiteral("Rotate keys"), utc(3, 12, 6), 3));
    VERIFY_OK(other);
    auto c = ws.changeIn(ChangeStatus::Approved, ws.engineer(),
                         windowed(ws, QStringLiteral("Patch proxy"), utc(3, 11, 1), 2));
    VERIFY_OK(c);

    // What if it moved to Thursday 08:00–10:00? Overlaps the other change and the freeze, and
    // falls outside Wednesday's maintenance window.
    const QDateTime start = utc(3, 12, 8), end = utc(3, 12, 10);
    const qint64 events = ws.auditCount();
    auto preview = conflictsFor(ws, start, end, c->affectedAssets, c->number);
    VERIFY_OK(preview);
    QCOMPARE(preview->conflicts.size(), 3);
    QCOMPARE(ws.auditCount(), events); // asking writes nothing
    QCOMPARE(VALUE_OK(ws.get(c->number)).plannedStart, utc(3, 11, 1));

    // The calendar shows the same, before and after saving.
    auto range = calendarAs(ws, QStringLiteral("engineer"), utc(3, 9, 0), utc(3, 16, 0));
    VERIFY_OK(range);
    for (const CalendarChange &k : range->changes)
        if (k.number == c->number)
            QVERIFY2(k.conflicts.isEmpty(), "inside its maintenance window and alone");

    ChangeDraft move;
    move.plannedStart = start;
    move.plannedEnd = end;
    auto moved = ws.client(QStringLiteral("engineer")).editChange(c->number, move, c->version);
    VERIFY_OK(moved);
    QCOMPARE_ENUM(moved->status, ChangeStatus::Review); // a new approval round
    QVERIFY(ws.auditCount() > events);
    auto after = ws.client(QStringLiteral("engineer")).conflicts(c->number);
    VERIFY_OK(after);
    QCOMPARE(after->toJson(), preview->toJson());

    range = calendarAs(ws, QStringLiteral("engineer"), utc(3, 9, 0), utc(3, 16, 0));
    VERIFY_OK(range);
    bool found = false;
    for (const CalendarChange &k : range->changes) {
        if (k.number != c->number)
            continue;
        found = true;
        ConflictSummary fromCalendar{k.conflicts};
        QCOMPARE(fromCalendar.toJson(), after->toJson());
    }
    QVERIFY(found);
    // The other change sees this one (both active, shared asset), plus the freeze.
    for (const CalendarChange &k : range->changes)
        if (k.number == other->number) {
            auto its = ws.client(QStringLiteral("engineer")).conflicts(other->number);
            VERIFY_OK(its);
            QCOMPARE(ConflictSummary{k.conflicts}.toJson(), its->toJson());
        }
}

void TestCalendar::calendarRangeQuery()
{
    TestWorkspace &ws = *m_ws;
    auto inside = ws.changeIn(ChangeStatus::Scheduled, ws.engineer(),
                              windowed(ws, QStringLiteral("Inside"), utc(3, 10, 10), 2));
    VERIFY_OK(inside);
    // Starts before the range, ends inside it: shown.
    auto straddling = ws.createChange(
        windowed(ws, QStringLiteral("Straddling"), utc(3, 8, 20), 30, QStringLiteral("edge-fw")));
    VERIFY_OK(straddling);
    VERIFY_OK(ws.createChange(windowed(ws, QStringLiteral("Later"), utc(3, 20, 10), 2)));
    VERIFY_OK(ws.createChange(windowed(ws, QStringLiteral("Ends at the start"), utc(3, 8, 22), 2)));
    auto cancelled = ws.changeIn(ChangeStatus::Cancelled, ws.engineer(),
                                 windowed(ws, QStringLiteral("Cancelled"), utc(3, 11, 10), 2));
    VERIFY_OK(cancelled);
    FreezeWindowInput f;
    f.name = QStringLiteral("Inside freeze");
    f.start = utc(3, 11, 0);
    f.end = utc(3, 11, 6);
    VERIFY_OK(ws.client(QStringLiteral("admin")).addFreezeWindow(f));
    f.name = QStringLiteral("Outside freeze");
    f.start = utc(3, 25, 0);
    f.end = utc(3, 26, 0);
    VERIFY_OK(ws.client(QStringLiteral("admin")).addFreezeWindow(f));
    MaintenanceWindow w;
    w.asset = QStringLiteral("edge-fw");
    w.weekday = 2; // Tuesday
    w.start = QTime(22, 0);
    w.durationMinutes = 120;
    w.timeZone = "UTC";
    VERIFY_OK(ws.client(QStringLiteral("admin")).addMaintenanceWindow(w));

    auto range = calendarAs(ws, QStringLiteral("viewer"), utc(3, 9, 0), utc(3, 16, 0));
    VERIFY_OK(range);
    QStringList titles;
    for (const auto &k : range->changes)
        titles << k.title;
    QCOMPARE(titles, (QStringList{QStringLiteral("Straddling"), QStringLiteral("Inside")}));
    QCOMPARE(range->changes.first().assets, QStringList{QStringLiteral("edge-fw")});
    QCOMPARE(range->assets.size(), TestWorkspace::assetNames().size());
    QCOMPARE(range->freezes.size(), 1);
    QCOMPARE(range->freezes.first().name, QStringLiteral("Inside freeze"));
    QCOMPARE(range->maintenance.size(), 1); // Tuesday 2026-03-10 22:00–24:00
    QCOMPARE(range->maintenance.first().start, utc(3, 10, 22));
    QCOMPARE(range->maintenance.first().asset, QStringLiteral("edge-fw"));
    // The scheduled change and the draft each carry the conflicts summary's verdict.
    for (const auto &k : range->changes) {
        auto summary = ws.client(QStringLiteral("engineer")).conflicts(k.number);
        VERIFY_OK(summary);
        QCOMPARE(ConflictSummary{k.conflicts}.toJson(), summary->toJson());
    }
    QVERIFY(range->changes.first().hasConflicts()); // the straddling draft misses its window

    VERIFY_ERROR(calendarAs(ws, QStringLiteral("viewer"), utc(3, 16, 0), utc(3, 9, 0)),
                 "invalid_input");
    VERIFY_ERROR(calendarAs(ws, QStringLiteral("viewer"), utc(3, 1, 0), utc(3, 1, 0).addDays(500)),
                 "invalid_input");
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
