// Insight and exchange: the DORA metrics on hand-built histories (ManualClock), the iCalendar
// export read back by a strict RFC 5545 parser, and the CSV export/import round trip with its
// all-or-nothing validation. The reports, exports and imports under test, and the transitions
// that close the histories, go through the Client as the member (in process on SQLite and
// PostgreSQL, over a real vigilo-server on the suite's clock on the server backend); set-up and
// checks read the core. One database (and one server) per suite: each test function starts over
// in a workspace of its own (TestWorkspace::startOver).
#include "TestWorkspace.h"

#include <QRegularExpression>

using namespace vigilo;
using namespace vigilo::test;

namespace {

QDateTime day(int d, int hour = 9)
{
    return fixedNow().addDays(d).addSecs((hour - 9) * 3600);
}

// A strict iCalendar reader: CRLF everywhere, no physical line over 75 octets, unfolding of
// continuation lines, then NAME[;params]:VALUE with the TEXT escapes undone.
struct IcsEvent {
    QHash<QString, QString> props;
};
struct IcsCalendar {
    QHash<QString, QString> props;
    QList<IcsEvent> events;
    QString error;
};

QString unescapeText(const QString &v)
{
    QString out;
    for (int i = 0; i < v.size(); ++i) {
        if (v[i] == QLatin1Char('\\') && i + 1 < v.size()) {
            const QChar n = v[++i];
            out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
        } else {
            out += v[i];
        }
    }
    return out;
}

IcsCalendar parseIcs(const QByteArray &data)
{
    IcsCalendar cal;
    if (!data.endsWith("\r\n")) {
        cal.error = QStringLiteral("does not end with CRLF");
        return cal;
    }
    const QList<QByteArray> physical = data.left(data.size() - 2).split('\n');
    QList<QByteArray> logical;
    for (const QByteArray &raw : physical) {
        if (!raw.endsWith('\r') && &raw != &physical.last()) {
            cal.error = QStringLiteral("bare LF line ending");
            return cal;
        }
        const QByteArray line = raw.endsWith('\r') ? raw.left(raw.size() - 1) : raw;
        if (line.size() > 75) {
            cal.error = QStringLiteral("line over 75 octets: ") + QString::fromUtf8(line);
            return cal;
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (logical.isEmpty()) {
                cal.error = QStringLiteral("continuation without a line");
                return cal;
            }
            logical.last() += line.mid(1);
        } else {
            logical << line;
        }
    }
    IcsEvent *current = nullptr;
    bool inCalendar = false;
    for (const QByteArray &l : logical) {
        const QString line = QString::fromUtf8(l);
        if (line.contains(QChar::ReplacementCharacter)) {
            cal.error = QStringLiteral("a UTF-8 character was split by folding");
            return cal;
        }
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            cal.error = QStringLiteral("no NAME:VALUE: ") + line;
            return cal;
        }
        const QString name = line.left(colon).section(QLatin1Char(';'), 0, 0).toUpper();
        const QString value = line.mid(colon + 1);
        if (name == QLatin1String("BEGIN") && value == QLatin1String("VCALENDAR")) {
            inCalendar = true;
        } else if (name == QLatin1String("BEGIN") && value == QLatin1String("VEVENT")) {
            cal.events << IcsEvent();
            current = &cal.events.last();
        } else if (name == QLatin1String("END") && value == QLatin1String("VEVENT")) {
            current = nullptr;
        } else if (name == QLatin1String("END") && value == QLatin1String("VCALENDAR")) {
            inCalendar = false;
        } else if (!inCalendar) {
            cal.error = QStringLiteral("property outside VCALENDAR");
            return cal;
        } else if (current) {
            current->props.insert(name, unescapeText(value));
        } else {
            cal.props.insert(name, unescapeText(value));
        }
    }
    return cal;
}

// A ServiceNow export: its headers are read through their aliases.
QByteArray snowFile()
{
    return "Short description,Type,Priority,Risk,Start date,End date,CMDB CI,Assigned to\r\n"
           "Patch hosts,Normal,2 - High,Moderate,2026-03-08 10:00:00,2026-03-08 11:00:00,"
           "db-primary,engineer2\r\n";
}

} // namespace

class TestMetrics : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    int m_started = 0;

    // The suite's database in a fresh workspace of its own, its clock at fixedNow().
    TestWorkspace &fresh()
    {
        TestWorkspace &ws = *m_ws;
        ws.startOver(QStringLiteral("metrics-%1").arg(++m_started));
        return ws;
    }
    // Changes, windows and counts of the current workspace only (the database holds others).
    static QString inWorkspace(const TestWorkspace &ws, const QString &more = {})
    {
        const QString own = QStringLiteral("workspace_id = %1").arg(ws.workspace().id);
        return more.isEmpty() ? own : own + QStringLiteral(" AND ") + more;
    }
    static MetricsReport report(TestWorkspace &ws, const MetricsQuery &q, bool *ok)
    {
        auto r = ws.client(QStringLiteral("viewer")).metrics(q); // any member may read
        *ok = r.ok();
        if (!r)
            qWarning() << describe(r);
        return r ? r->report : MetricsReport{};
    }

    // Creates a change at `at` and drives it to in_progress at that same time.
    int startChange(TestWorkspace &ws, const QString &title, ChangeType type,
                    const QStringList &assets, const QDateTime &at)
    {
        ws.clock().setNow(at);
        ChangeDraft d = ws.validDraft(title);
        d.changeType = type;
        d.plannedStart = at.addDays(2);
        d.plannedEnd = at.addDays(2).addSecs(7200);
        d.affectedAssets = assets;
        auto c = ws.createChange(d);
        if (!c)
            qWarning() << describe(c);
        if (!c)
            return 0;
        auto r = ws.push(c->number, ChangeStatus::InProgress);
        if (!r)
            qWarning() << describe(r);
        return r ? c->number : 0;
    }
    bool complete(TestWorkspace &ws, int number, ClosureCode code, const QDateTime &at)
    {
        ws.clock().setNow(at);
        TransitionInput in;
        in.closureCode = code;
        in.closureNotes = QStringLiteral("Closed by the test.");
        auto r = ws.client(QStringLiteral("engineer")).apply(number, Action::Complete, in);
        if (!r)
            qWarning() << describe(r);
        return r.ok();
    }
    bool rollback(TestWorkspace &ws, int number, const QDateTime &at)
    {
        ws.clock().setNow(at);
        TransitionInput in;
        in.reason = QStringLiteral("Errors after the switch");
        auto r = ws.client(QStringLiteral("approver")).apply(number, Action::Rollback, in);
        if (!r)
            qWarning() << describe(r);
        return r.ok();
    }

    // The shared history (period [day 0, day 14)):
    //  A normal  payments-api  submitted d0, completed successful      d3  (72 h)
    //  B normal  db-primary    submitted d1, completed unsuccessful    d3  (48 h)
    //  C normal  payments-api  submitted d2, rolled back               d4 09:00
    //  F normal  edge-fw       submitted d2 10:00, completed successful d4 12:00 (50 h)
    //  D emerg.  payments-api  submitted d5, successful_with_issues    d5 15:00 (6 h): C's
    //  follow-up E normal  edge-fw       submitted d6, cancelled G normal  payments-api  completed
    //  unsuccessful before D — never a follow-up
    struct History {
        int a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0;
    };
    bool buildHistory(TestWorkspace &ws, History &h)
    {
        const QStringList pay{QStringLiteral("payments-api")};
        h.a = startChange(ws, QStringLiteral("A"), ChangeType::Normal, pay, day(0));
        h.b = startChange(ws, QStringLiteral("B"), ChangeType::Normal,
                          {QStringLiteral("db-primary")}, day(1));
        h.c = startChange(ws, QStringLiteral("C"), ChangeType::Normal, pay, day(2));
        h.f = startChange(ws, QStringLiteral("F"), ChangeType::Normal, {QStringLiteral("edge-fw")},
                          day(2, 10));
        h.g = startChange(ws, QStringLiteral("G"), ChangeType::Normal, pay, day(2, 11));
        if (!h.a || !h.b || !h.c || !h.f || !h.g)
            return false;
        if (!complete(ws, h.a, ClosureCode::Successful, day(3))
            || !complete(ws, h.b, ClosureCode::Unsuccessful, day(3)) || !rollback(ws, h.c, day(4))
            || !complete(ws, h.f, ClosureCode::Successful, day(4, 12))
            || !complete(ws, h.g, ClosureCode::Unsuccessful, day(4, 13)))
            return false;
        h.d = startChange(ws, QStringLiteral("D"), ChangeType::Emergency,
                          {QStringLiteral("payments-api"), QStringLiteral("db-primary")}, day(5));
        if (!h.d || !complete(ws, h.d, ClosureCode::SuccessfulWithIssues, day(5, 15)))
            return false;
        ws.clock().setNow(day(6));
        ChangeDraft ed = ws.validDraft(QStringLiteral("E"));
        ed.plannedStart = day(9);
        ed.plannedEnd = day(9, 11);
        ed.affectedAssets = QStringList{QStringLiteral("edge-fw")};
        auto e = ws.createChange(ed);
        if (!e || !ws.push(e->number, ChangeStatus::Review)
            || !ws.push(e->number, ChangeStatus::Cancelled))
            return false;
        h.e = e->number;
        ws.clock().setNow(day(7));
        return true;
    }

private slots:
    void initTestCase()
    {
        m_ws = std::make_unique<TestWorkspace>();
        QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    }
    void cleanupTestCase() { m_ws.reset(); }

    void metricsDefinitions()
    {
        TestWorkspace &ws = fresh();
        QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
        History h;
        QVERIFY(buildHistory(ws, h));

        client::Client &viewer = ws.client(QStringLiteral("viewer")); // any member may read
        MetricsQuery q{day(0), day(14), {}, {}};
        auto answer = viewer.metrics(q);
        VERIFY_OK(answer);
        const MetricsReport *r = &answer->report;
        QCOMPARE(r->figures.size(), Metrics::keys().size());
        for (const auto &f : r->figures)
            QVERIFY2(!f.definition.isEmpty() && !f.name.isEmpty(), qPrintable(f.key));

        // A, B, F, G completed; C rolled back; E cancelled is not counted at all.
        const MetricFigure *cfr = r->figure(QStringLiteral("change_failure_rate"));
        QVERIFY(cfr);
        QCOMPARE(cfr->denominator, 6); // A B F G D completed + C rolled back
        QCOMPARE(cfr->numerator, 3);   // B and G unsuccessful, C rolled back
        QCOMPARE(cfr->changes, (QList<int>{h.b, h.c, h.g}));
        QVERIFY(qFuzzyCompare(*cfr->value, 50.0));
        QVERIFY(!cfr->changes.contains(h.e));

        const MetricFigure *freq = r->figure(QStringLiteral("deployment_frequency"));
        QCOMPARE(freq->numerator, 5);
        QVERIFY(qFuzzyCompare(*freq->value, 2.5)); // 5 completed over 2 weeks

        // Lead times: A 72, B 48, F 50, G 50, D 6 -> median 50, mean 45.2.
        const MetricFigure *med = r->figure(QStringLiteral("lead_time_median_hours"));
        QVERIFY(qFuzzyCompare(*med->value, 50.0));
        const MetricFigure *mean = r->figure(QStringLiteral("lead_time_mean_hours"));
        QVERIFY(qFuzzyCompare(*mean->value, 45.2));

        // C rolled back d4 09:00; F (edge-fw) and G (unsuccessful) close before D, which shares
        // payments-api and closes d5 15:00: 30 hours.
        const MetricFigure *ttr = r->figure(QStringLiteral("time_to_restore_median_hours"));
        QCOMPARE(ttr->changes, QList<int>{h.c});
        QVERIFY(ttr->value);
        QVERIFY(qFuzzyCompare(*ttr->value, 30.0));
        QCOMPARE(ttr->items.at(0).toObject().value(QStringLiteral("follow_up")).toString(),
                 formatChangeNumber(h.d));

        // Submitted in the period: A B C F G D E = 7, one emergency.
        const MetricFigure *em = r->figure(QStringLiteral("emergency_share"));
        QCOMPARE(em->denominator, 7);
        QCOMPARE(em->changes, QList<int>{h.d});
        QVERIFY(qFuzzyCompare(*em->value, 100.0 / 7.0));

        // Successful A, F; D with issues counts half: 100 * 2.5 / 6.
        const MetricFigure *score = r->figure(QStringLiteral("change_success_score"));
        QVERIFY(qFuzzyCompare(*score->value, 250.0 / 6.0));

        // Filters: by asset and by type.
        auto payAnswer = viewer.metrics({day(0), day(14), QStringLiteral("payments-api"), {}});
        VERIFY_OK(payAnswer);
        const MetricsReport *pay = &payAnswer->report;
        QCOMPARE(pay->figure(QStringLiteral("change_failure_rate"))->changes,
                 (QList<int>{h.c, h.g}));
        QCOMPARE(pay->figure(QStringLiteral("change_failure_rate"))->denominator, 4); // A C G D
        auto em2Answer = viewer.metrics({day(0), day(14), {}, ChangeType::Emergency});
        VERIFY_OK(em2Answer);
        const MetricsReport *em2 = &em2Answer->report;
        QVERIFY(
            qFuzzyCompare(*em2->figure(QStringLiteral("change_failure_rate"))->value + 1.0, 1.0));
        QVERIFY(qFuzzyCompare(*em2->figure(QStringLiteral("emergency_share"))->value, 100.0));

        // A rollback outside its follow-up's reach: a period ending before D closes still
        // measures C's restore (the follow-up is looked up beyond the period).
        auto earlyAnswer = viewer.metrics({day(4), day(5), {}, {}});
        VERIFY_OK(earlyAnswer);
        const MetricsReport *early = &earlyAnswer->report;
        QVERIFY(qFuzzyCompare(*early->figure(QStringLiteral("time_to_restore_median_hours"))->value,
                              30.0));

        // The JSON names the CHG numbers behind each figure.
        const QJsonObject json = r->toJson();
        QCOMPARE(json.value(QStringLiteral("figures")).toArray().size(), Metrics::keys().size());
        QVERIFY(QJsonDocument(json).toJson().contains(formatChangeNumber(h.c).toUtf8()));
    }

    void emptyPeriodAndTrend()
    {
        TestWorkspace &ws = fresh();
        QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
        client::Client &viewer = ws.client(QStringLiteral("viewer"));
        // Nothing at all: every ratio is unset, nothing divides by zero.
        auto empty = viewer.metrics({day(0), day(7), {}, {}});
        VERIFY_OK(empty);
        for (const auto &f : empty->report.figures) {
            if (f.key == QLatin1String("deployment_frequency")) {
                QVERIFY(f.value && qFuzzyCompare(*f.value + 1.0, 1.0));
                continue;
            }
            QVERIFY2(!f.value, qPrintable(f.key));
            QCOMPARE(f.denominator, 0);
        }
        auto backwards = viewer.metrics({day(7), day(7), {}, {}});
        VERIFY_ERROR(backwards, "invalid_input");
        QCOMPARE(backwards.error().kind(), ErrorKind::Input);
        QCOMPARE(backwards.error().details.value(QStringLiteral("field")).toString(),
                 QStringLiteral("from"));

        History h;
        QVERIFY(buildHistory(ws, h));
        // Week buckets from Wednesday d2 to d16: clipped first week, then two whole weeks.
        auto weekly = viewer.metrics({day(2), day(16), {}, {}}, TrendBucket::Week);
        VERIFY_OK(weekly);
        QVERIFY(weekly->trend);
        const MetricsTrend *t = &*weekly->trend;
        QCOMPARE(t->buckets.size(), 3);
        QCOMPARE(t->buckets[0].from, day(2));
        QCOMPARE(t->buckets[0].to, day(7, 0));
        QCOMPARE(t->buckets[1].from, day(7, 0));
        QCOMPARE(t->buckets[2].to, day(16));
        QCOMPARE(t->buckets[0].figure(QStringLiteral("deployment_frequency"))->numerator, 5);
        QCOMPARE(t->buckets[1].figure(QStringLiteral("deployment_frequency"))->numerator, 0);
        QVERIFY(!t->buckets[1].figure(QStringLiteral("change_failure_rate"))->value);
        auto monthly = viewer.metrics({day(0), day(60, 0), {}, {}}, TrendBucket::Month);
        VERIFY_OK(monthly);
        QVERIFY(monthly->trend);
        const MetricsTrend *m = &*monthly->trend;
        QCOMPARE(m->buckets.size(), 2); // March and April 2026 (to May 1 exclusive)
        QCOMPARE(m->buckets[1].from, QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC));
    }

    // What the dashboard asks besides the figures: recent periods as whole buckets, the
    // previous period, and whether a figure moved the good or the bad way.
    void periodsAndComparison()
    {
        // Friday 27 November 2026: twelve ISO weeks end with the week of Monday 23 November.
        const QDate friday(2026, 11, 27);
        const MetricsQuery weeks = Metrics::recentPeriod(friday, 12, TrendBucket::Week);
        QCOMPARE(weeks.to, QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC));
        QCOMPARE(weeks.from, QDateTime(QDate(2026, 9, 7), QTime(0, 0), Qt::UTC));
        QCOMPARE(weeks.from.date().dayOfWeek(), 1);
        // 26 weeks in months: six calendar months, June to November.
        const MetricsQuery months = Metrics::recentPeriod(friday, 26, TrendBucket::Month);
        QCOMPARE(months.from, QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(Metrics::recentPeriod(friday, 4, TrendBucket::Month).from,
                 QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(Metrics::bucketStart(QDateTime(friday, QTime(23, 59), Qt::UTC), TrendBucket::Week),
                 QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC));

        MetricsQuery q{day(7), day(14), QStringLiteral("payments-api"), ChangeType::Normal};
        const MetricsQuery prev = Metrics::previousPeriod(q);
        QCOMPARE(prev.from, day(0));
        QCOMPARE(prev.to, day(7));
        QCOMPARE(prev.asset, QStringLiteral("payments-api"));
        QVERIFY(prev.changeType == ChangeType::Normal);

        MetricFigure now, before;
        now.key = before.key = QStringLiteral("change_failure_rate");
        now.value = 20.0;
        before.value = 50.0;
        MetricComparison c = Metrics::compare(now, &before);
        QVERIFY(c.direction == MetricDirection::Down);
        QVERIFY(c.improved && !c.worsened); // fewer failures is good news
        QVERIFY(qFuzzyCompare(*c.delta, -30.0));
        now.key = before.key = QStringLiteral("deployment_frequency");
        c = Metrics::compare(now, &before);
        QVERIFY(c.direction == MetricDirection::Down);
        QVERIFY(c.worsened && !c.improved); // fewer deployments is not
        before.value = 20.0;
        QVERIFY(Metrics::compare(now, &before).direction == MetricDirection::Same);
        before.value.reset(); // nothing to compare with
        c = Metrics::compare(now, &before);
        QVERIFY(c.direction == MetricDirection::Unknown && !c.delta && !c.improved && !c.worsened);
        QVERIFY(Metrics::compare(now, nullptr).direction == MetricDirection::Unknown);

        // End to end: the week after the history against the history's week.
        TestWorkspace &ws = fresh();
        QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
        History h;
        QVERIFY(buildHistory(ws, h));
        client::Client &viewer = ws.client(QStringLiteral("viewer"));
        MetricsQuery later{day(7), day(14), {}, {}};
        auto current = viewer.metrics(later);
        auto previous = viewer.metrics(Metrics::previousPeriod(later));
        VERIFY_OK(current);
        VERIFY_OK(previous);
        const auto freq =
            Metrics::compare(*current->report.figure(QStringLiteral("deployment_frequency")),
                             previous->report.figure(QStringLiteral("deployment_frequency")));
        QVERIFY(freq.worsened); // 5 deployments, then none
        QVERIFY(qFuzzyCompare(*freq.previous, 5.0));
    }

    void icalendarExport()
    {
        TestWorkspace &ws = fresh();
        QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
        ChangeDraft d =
            ws.validDraft(QStringLiteral("Rotate TLS, update; ciphers \\ re-test — Größe ✓"));
        d.affectedAssets = QStringList{QStringLiteral("payments-api"), QStringLiteral("edge-fw")};
        d.assignee = QStringLiteral("engineer2");
        auto a = ws.changeIn(ChangeStatus::Scheduled, ws.engineer(), d);
        VERIFY_OK(a);
        ChangeDraft d2 =
            ws.validDraft(QStringLiteral("Patch database ") + QString(80, QLatin1Char('x')));
        d2.plannedStart = fixedNow().addDays(4);
        d2.plannedEnd = fixedNow().addDays(4).addSecs(3600);
        d2.affectedAssets = QStringList{QStringLiteral("db-primary")};
        auto b = ws.changeIn(ChangeStatus::InProgress, ws.engineer(), d2);
        VERIFY_OK(b);
        VERIFY_OK(ws.changeIn(ChangeStatus::Approved)); // not on the calendar
        VERIFY_OK(ws.changeIn(ChangeStatus::Cancelled));

        client::Client &viewer = ws.client(QStringLiteral("viewer"));
        auto first = viewer.calendarIcs();
        VERIFY_OK(first);
        const IcsCalendar cal = parseIcs(*first);
        QVERIFY2(cal.error.isEmpty(), qPrintable(cal.error));
        QCOMPARE(cal.props.value(QStringLiteral("VERSION")), QStringLiteral("2.0"));
        QVERIFY(!cal.props.value(QStringLiteral("PRODID")).isEmpty());
        QCOMPARE(cal.events.size(), 2);
        static const QRegularExpression utc(QStringLiteral("^\\d{8}T\\d{6}Z$"));
        QHash<QString, IcsEvent> byUid;
        for (const auto &e : cal.events) {
            for (const char *p :
                 {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "SEQUENCE"})
                QVERIFY2(e.props.contains(QLatin1String(p)), p);
            for (const char *p : {"DTSTAMP", "DTSTART", "DTEND"})
                QVERIFY2(utc.match(e.props.value(QLatin1String(p))).hasMatch(), p);
            byUid.insert(e.props.value(QStringLiteral("UID")), e);
        }
        const QString domain = QLatin1Char('@') + ws.workspace().slug + QStringLiteral(".vigilo");
        const QString uidA = formatChangeNumber(a->number) + domain;
        QVERIFY(byUid.contains(uidA));
        const IcsEvent ea = byUid.value(uidA);
        QCOMPARE(ea.props.value(QStringLiteral("SUMMARY")),
                 a->numberText() + QLatin1Char(' ') + a->title);
        QCOMPARE(ea.props.value(QStringLiteral("DTSTART")), QStringLiteral("20260305T100000Z"));
        QCOMPARE(ea.props.value(QStringLiteral("DTEND")), QStringLiteral("20260305T120000Z"));
        QCOMPARE(ea.props.value(QStringLiteral("SEQUENCE")).toInt(),
                 VALUE_OK(ws.get(a->number)).version);
        const QString desc = ea.props.value(QStringLiteral("DESCRIPTION"));
        QVERIFY2(desc.contains(QStringLiteral("edge-fw, payments-api"))
                     && desc.contains(QStringLiteral("engineer2"))
                     && desc.contains(QLatin1Char('\n')),
                 qPrintable(desc));
        QVERIFY(first->contains("\\,") && first->contains("\\;") && first->contains("\\\\"));

        // Stable UIDs across exports; an edit bumps SEQUENCE, not the UID.
        ws.clock().advanceSecs(3600);
        auto second = viewer.calendarIcs();
        VERIFY_OK(second);
        const IcsCalendar cal2 = parseIcs(*second);
        QVERIFY2(cal2.error.isEmpty(), qPrintable(cal2.error));
        QStringList uids1, uids2;
        for (const auto &e : cal.events)
            uids1 << e.props.value(QStringLiteral("UID"));
        for (const auto &e : cal2.events)
            uids2 << e.props.value(QStringLiteral("UID"));
        QCOMPARE(uids2, uids1);

        // The raw octets, checked independently of parseIcs: CRLF line ends, no bare LF, every
        // line within 75 octets (RFC 5545 3.1); unfolded, two events with their UIDs.
        QVERIFY(first->endsWith("\r\n"));
        QList<QByteArray> rawLines = first->split('\n');
        QVERIFY(rawLines.takeLast().isEmpty());
        for (const QByteArray &l : std::as_const(rawLines)) {
            QVERIFY2(l.endsWith('\r'), "bare LF");
            QVERIFY2(l.size() - 1 <= 75, l.constData());
        }
        const QString unfolded =
            QString::fromUtf8(QByteArray(*first).replace("\r\n ", "").replace("\r\n\t", ""));
        QCOMPARE(unfolded.count(QStringLiteral("BEGIN:VEVENT\r\n")), 2);
        const QRegularExpression uidLine(QStringLiteral("^UID:CHG-\\d{5}")
                                             + QRegularExpression::escape(domain)
                                             + QStringLiteral("\r$"),
                                         QRegularExpression::MultilineOption);
        int uids = 0;
        for (auto it = uidLine.globalMatch(unfolded); it.hasNext(); it.next())
            ++uids;
        QCOMPARE(uids, 2);

        // Folding keeps multi-byte characters whole and every line within 75 octets.
        const QByteArray folded =
            CalendarExport::foldLine(QStringLiteral("SUMMARY:") + QString(100, QChar(0x00E4)));
        for (const QByteArray &l : folded.split('\n'))
            QVERIFY(l.size() <= 76); // 75 + the CR
        QVERIFY(parseIcs("BEGIN:VCALENDAR\r\n" + folded + "END:VCALENDAR\r\n").error.isEmpty());
    }

    void csvRoundTrip()
    {
        TestWorkspace &ws = fresh();
        QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
        ChangeDraft d = ws.validDraft(QStringLiteral("Rotate \"edge\" TLS, both nodes"));
        d.description = QStringLiteral("Line one,\nline two; \"quoted\"");
        d.affectedAssets = QStringList{QStringLiteral("edge-fw"), QStringLiteral("payments-api")};
        d.assignee = QStringLiteral("engineer2");
        VERIFY_OK(ws.createChange(d));
        ChangeDraft e = ws.validDraft(QStringLiteral("Emergency DB failover"));
        e.changeType = ChangeType::Emergency;
        e.priority = Priority::Critical;
        e.riskLevel = RiskLevel::High;
        e.plannedStart = fixedNow().addSecs(3600);
        e.plannedEnd = fixedNow().addSecs(3 * 3600);
        e.affectedAssets = QStringList{QStringLiteral("db-primary")};
        VERIFY_OK(ws.createChange(e));
        VERIFY_OK(ws.changeIn(ChangeStatus::Completed));

        client::Client &viewer = ws.client(QStringLiteral("viewer"));
        auto all = viewer.exportCsv();
        VERIFY_OK(all);
        QVERIFY(all->startsWith(
            QByteArray(ChangeCsv::exportColumns().join(QLatin1Char(',')).toUtf8() + "\r\n")));
        auto parsed = ChangeCsv::parse(*all);
        VERIFY_OK(parsed);
        QCOMPARE(parsed->size(), 4);
        QCOMPARE(parsed->at(1).fields.at(2), *d.description); // quotes, commas, newlines survive
        ChangeFilter onlyEmergency;
        onlyEmergency.changeType = ChangeType::Emergency;
        auto filtered = viewer.exportCsv(onlyEmergency);
        VERIFY_OK(filtered);
        QCOMPARE(VALUE_OK(ChangeCsv::parse(*filtered)).size(), 2);

        QList<ChangeRequest> sources;
        for (int i = 0; i < 3; ++i)
            sources << VALUE_OK(ws.get(i + 1));

        // Into another workspace (the suite's database, a fresh workspace).
        TestWorkspace &other = fresh();
        QVERIFY2(other.ok(), qPrintable(other.errorText()));
        client::Client &engineer = other.client(QStringLiteral("engineer"));
        auto preview = engineer.importCsv(*all, true);
        VERIFY_OK(preview);
        QVERIFY2(preview->preview.valid(),
                 QJsonDocument(preview->preview.toJson()).toJson().constData());
        QVERIFY(preview->preview.ignoredColumns.contains(QStringLiteral("status")));
        QVERIFY(preview->created.isEmpty());
        // The preview wrote nothing.
        QCOMPARE(other.count(QStringLiteral("changes"), inWorkspace(other)), 0);
        auto imported = engineer.importCsv(*all, false);
        VERIFY_OK(imported);
        QCOMPARE(imported->created.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const ChangeRequest &from = sources.at(i);
            const ChangeRequest to = VALUE_OK(other.get(imported->created[i]));
            QCOMPARE(to.title, from.title);
            QCOMPARE(to.description, from.description);
            QCOMPARE_ENUM(to.changeType, from.changeType);
            QCOMPARE_ENUM(to.priority, from.priority);
            QCOMPARE(to.plannedStart, from.plannedStart);
            QCOMPARE(to.plannedEnd, from.plannedEnd);
            QCOMPARE(to.affectedAssets, from.affectedAssets);
            QCOMPARE(to.assignee, from.assignee);
            QCOMPARE(to.implementationPlan, from.implementationPlan);
            QCOMPARE_ENUM(to.status, ChangeStatus::Draft);
        }
        // Every imported change has its audit event.
        QCOMPARE(other.count(QStringLiteral("audit_events"),
                             inWorkspace(other, QStringLiteral("action = 'change.create'"))),
                 3);
    }

    void csvInvalidWritesNothing()
    {
        TestWorkspace &ws = fresh();
        QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
        client::Client &engineer = ws.client(QStringLiteral("engineer"));
        const QByteArray csv =
            "title,change_type,planned_start,planned_end,affected_assets\r\n"
            "One,normal,2026-03-05T10:00:00Z,2026-03-05T12:00:00Z,payments-api\r\n"
            "Two,normal,2026-03-06T10:00:00Z,2026-03-06T12:00:00Z,db-primary;edge-fw\r\n"
            "Three,normal,2026-03-07 25:99,2026-03-07T12:00:00Z,payments-api\r\n"
            "Four,standard,,,\r\n";
        const qint64 audits = ws.auditCount();
        const qint64 changes = ws.count(QStringLiteral("changes"));
        auto answer = engineer.importCsv(csv, true);
        VERIFY_OK(answer);
        const CsvPreview *p = &answer->preview;
        QVERIFY(!p->valid());
        QCOMPARE(p->errors.size(), 1);
        QCOMPARE(p->errors[0].row, 3);
        QCOMPARE(p->errors[0].line, 4);
        QCOMPARE(p->errors[0].column, QStringLiteral("planned_start"));
        // Imported for real: the same errors, nothing created, nothing written.
        auto refused = engineer.importCsv(csv, false);
        VERIFY_OK(refused);
        QCOMPARE(refused->preview.errors.size(), 1);
        QVERIFY(refused->created.isEmpty());
        VERIFY_ERROR(ws.core().csv().import(ws.engineer(), csv), "csv_invalid"); // the core's own
        QCOMPARE(ws.auditCount(), audits);
        QCOMPARE(ws.count(QStringLiteral("changes")), changes);

        // A row only the core can refuse (unknown asset, in row 2): still nothing written,
        // and the numbering is untouched.
        const QByteArray core =
            "title,affected_assets\r\nOne,payments-api\r\nTwo,no-such-asset\r\n";
        auto p2 = engineer.importCsv(core, true);
        VERIFY_OK(p2);
        QCOMPARE(p2->preview.errors.size(), 1);
        QCOMPARE(p2->preview.errors[0].row, 2);
        auto refused2 = engineer.importCsv(core, false);
        VERIFY_OK(refused2);
        QCOMPARE(refused2->preview.errors.size(), 1);
        QVERIFY(refused2->created.isEmpty());
        VERIFY_ERROR(ws.core().csv().import(ws.engineer(), core), "csv_invalid");
        QCOMPARE(ws.auditCount(), audits);
        QCOMPARE(ws.count(QStringLiteral("changes")), changes);
        auto next = ws.createChange(ws.validDraft());
        VERIFY_OK(next);
        QCOMPARE(next->number, 1);

        // Viewers cannot import; ServiceNow-style headers are read through their aliases.
        const QString before = ws.fingerprint();
        VERIFY_ERROR(ws.client(QStringLiteral("viewer")).importCsv(core, true),
                     "permission_denied");
        VERIFY_ERROR(ws.client(QStringLiteral("viewer")).importCsv(snowFile(), false),
                     "permission_denied");
        QCOMPARE(ws.fingerprint(), before);
        auto imported = engineer.importCsv(snowFile(), false);
        VERIFY_OK(imported);
        const ChangeRequest c = VALUE_OK(ws.get(imported->created.value(0)));
        QCOMPARE(c.title, QStringLiteral("Patch hosts"));
        QCOMPARE_ENUM(c.priority, Priority::High);
        QCOMPARE_ENUM(*c.riskLevel, RiskLevel::Medium);
        QCOMPARE(c.plannedStart, QDateTime(QDate(2026, 3, 8), QTime(10, 0), Qt::UTC));
        QCOMPARE(c.affectedAssets, QStringList{QStringLiteral("db-primary")});
        QCOMPARE(c.assignee, QStringLiteral("engineer2"));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
