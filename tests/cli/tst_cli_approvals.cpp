// Issue 15 through the real binary, on SQLite, PostgreSQL and a server: distinct people (the
// two-step case refuses an admin's second signature; the relaxed setting allows it and is
// audited), delegation (on behalf of, no cascade, the date range, who may delegate, raw SQL),
// guarded bulk approval (failures listed and untouched) and the personal views with saved
// filters.
#include "CliFixture.h"

using namespace vigilo::test;

namespace {

QStringList withArgs(QStringList base, const QStringList &extra)
{
    return base + extra;
}

QString numberOf(const CliResult &r)
{
    return r.json()
        .object()
        .value(QStringLiteral("change"))
        .toObject()
        .value(QStringLiteral("number"))
        .toString();
}

qlonglong auditCount(const CliSandbox &box, const QString &action)
{
    return rawScalar(
               box.dbPath(),
               QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = '%1'").arg(action))
        .toLongLong();
}

QStringList numbersIn(const CliResult &r)
{
    QStringList out;
    for (const QJsonValue &v : r.json().object().value(QStringLiteral("changes")).toArray())
        out << v.toObject().value(QStringLiteral("number")).toString();
    return out;
}

} // namespace

class TestCliApprovals : public QObject {
    Q_OBJECT

    std::unique_ptr<CliSandbox> m_box;

    // A change of erik's (extra options after the valid ones), submitted unless `submit` is off.
    QString create(const QStringList &extra, bool submit = true,
                   const QString &user = QStringLiteral("erik"))
    {
        const CliResult r = m_box->runJson(user, validCreate() + extra);
        if (r.exitCode != 0) {
            qWarning("%s", r.describe().constData());
            return {};
        }
        const QString n = numberOf(r);
        if (submit) {
            const CliResult s =
                m_box->run(user, {QStringLiteral("change"), QStringLiteral("submit"), n});
            if (s.exitCode != 0)
                qWarning("%s", s.describe().constData());
        }
        return n;
    }
    CliResult approve(const QString &user, const QString &n)
    {
        return m_box->runJson(user, {QStringLiteral("change"), QStringLiteral("approve"), n});
    }
    QJsonArray explainSteps(const QString &n)
    {
        const CliResult r = m_box->runJson(
            QStringLiteral("vera"), {QStringLiteral("policy"), QStringLiteral("explain"), n});
        if (r.exitCode != 0)
            qWarning("%s", r.describe().constData());
        QJsonObject doc = r.json().object();
        if (doc.contains(QStringLiteral("explanation")))
            doc = doc.value(QStringLiteral("explanation")).toObject();
        return doc.value(QStringLiteral("steps")).toArray();
    }
    QStringList eligibleNow(const QJsonArray &steps, int i)
    {
        QStringList out;
        for (const QJsonValue &v :
             steps.at(i).toObject().value(QStringLiteral("eligible_now")).toArray())
            out << v.toString();
        return out;
    }

private slots:
    void init()
    {
        m_box = std::make_unique<CliSandbox>();
        QVERIFY(m_box->ok());
        QByteArray why;
        QVERIFY2(setUpOps(*m_box, &why), why.constData());
        // Two approvers, then an admin: the case tried by hand.
        CLI_EXPECT(m_box->run(QStringLiteral("olga"),
                              {QStringLiteral("policy"), QStringLiteral("add"),
                               QStringLiteral("Two steps"), QStringLiteral("--priority"),
                               QStringLiteral("high"), QStringLiteral("--step"),
                               QStringLiteral("Peer review;approver;2"), QStringLiteral("--step"),
                               QStringLiteral("CAB;admin;1")}),
                   0);
    }
    void cleanup() { m_box.reset(); }

    void distinctPeopleRefusesTheSecondSignature()
    {
        const QString n = create({QStringLiteral("--priority"), QStringLiteral("high")});
        QVERIFY(!n.isEmpty());
        QCOMPARE(statusOf(*m_box, n), QStringLiteral("review"));
        CLI_EXPECT(approve(QStringLiteral("adam"), n), 0);
        CLI_EXPECT(approve(QStringLiteral("anna"), n), 0);
        // adam signed the peer review: the CAB step is someone else's.
        QJsonArray steps = explainSteps(n);
        QCOMPARE(steps.size(), 2);
        QVERIFY(!eligibleNow(steps, 1).contains(QStringLiteral("adam")));
        QVERIFY(eligibleNow(steps, 1).contains(QStringLiteral("olga")));
        const QString before = rawFingerprint(m_box->dbPath());
        const CliResult second = approve(QStringLiteral("adam"), n);
        CLI_EXPECT_ERROR(second, 1, "distinct_approver_required");
        QCOMPARE(rawFingerprint(m_box->dbPath()), before);
        // The Approvals data: adam may not decide, olga may.
        const CliResult queue = m_box->runJson(
            QStringLiteral("adam"),
            {QStringLiteral("change"), QStringLiteral("list"), QStringLiteral("--awaiting-me")});
        CLI_EXPECT(queue, 0);
        QVERIFY(!numbersIn(queue).contains(n));
        CLI_EXPECT(approve(QStringLiteral("olga"), n), 0);
        QCOMPARE(statusOf(*m_box, n), QStringLiteral("approved"));
    }

    void relaxedSettingAllowsItAndIsAudited()
    {
        // Only admins and owners change the setting; nothing is written otherwise.
        const QString before = rawFingerprint(m_box->dbPath());
        CLI_EXPECT_ERROR(
            m_box->runJson(QStringLiteral("anna"),
                           {QStringLiteral("approvals"), QStringLiteral("settings"),
                            QStringLiteral("--distinct-people"), QStringLiteral("off")}),
            1, "permission_denied");
        CLI_EXPECT_ERROR(
            m_box->runJson(QStringLiteral("adam"),
                           {QStringLiteral("approvals"), QStringLiteral("settings"),
                            QStringLiteral("--distinct-people"), QStringLiteral("maybe")}),
            2, "invalid_input");
        QCOMPARE(rawFingerprint(m_box->dbPath()), before);
        CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                              {QStringLiteral("approvals"), QStringLiteral("settings"),
                               QStringLiteral("--distinct-people"), QStringLiteral("off")}),
                   0);
        QCOMPARE(auditCount(*m_box, QStringLiteral("workspace.approval_settings")), 1);
        const QString n = create({QStringLiteral("--priority"), QStringLiteral("high")});
        CLI_EXPECT(approve(QStringLiteral("adam"), n), 0);
        CLI_EXPECT(approve(QStringLiteral("anna"), n), 0);
        QVERIFY(eligibleNow(explainSteps(n), 1).contains(QStringLiteral("adam")));
        CLI_EXPECT(approve(QStringLiteral("adam"), n), 0);
        QCOMPARE(statusOf(*m_box, n), QStringLiteral("approved"));
        // Still once per step: adam cannot sign the peer review twice.
        const QString m = create({QStringLiteral("--priority"), QStringLiteral("high")});
        CLI_EXPECT(approve(QStringLiteral("adam"), m), 0);
        CLI_EXPECT_ERROR(approve(QStringLiteral("adam"), m), 1, "not_eligible_approver");
    }

    void substituteDecidesOnBehalfWithoutCascade()
    {
        // The CAB step needs an admin; alex (approver) stands in for adam, anna for alex.
        const QString n = create({QStringLiteral("--priority"), QStringLiteral("high")});
        CLI_EXPECT(approve(QStringLiteral("anna"), n), 0);
        CLI_EXPECT(approve(QStringLiteral("olga"), n), 0);
        CLI_EXPECT_ERROR(approve(QStringLiteral("alex"), n), 1, "not_eligible_approver");
        CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                              {QStringLiteral("delegate"), QStringLiteral("set"),
                               QStringLiteral("alex"), QStringLiteral("--from"), isoIn(-3600),
                               QStringLiteral("--to"), isoIn(86400)}),
                   0);
        CLI_EXPECT(m_box->run(QStringLiteral("alex"),
                              {QStringLiteral("delegate"), QStringLiteral("set"),
                               QStringLiteral("emma"), QStringLiteral("--from"), isoIn(-3600),
                               QStringLiteral("--to"), isoIn(86400)}),
                   2); // emma is an engineer: she cannot stand in for approvals
        // No cascade: sam stands in for alex, and so not for adam through alex.
        CLI_EXPECT(
            m_box->run(QStringLiteral("olga"),
                       {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("sam"),
                        QStringLiteral("--role"), QStringLiteral("approver")}),
            0);
        CLI_EXPECT(m_box->run(QStringLiteral("alex"),
                              {QStringLiteral("delegate"), QStringLiteral("set"),
                               QStringLiteral("sam"), QStringLiteral("--from"), isoIn(-3600),
                               QStringLiteral("--to"), isoIn(86400)}),
                   0);
        const QString before = rawFingerprint(m_box->dbPath());
        CLI_EXPECT_ERROR(approve(QStringLiteral("sam"), n), 1, "not_eligible_approver");
        QCOMPARE(rawFingerprint(m_box->dbPath()), before);
        // The queue shows the change to alex (adam's substitute), not to sam.
        auto awaiting = [&](const QString &user) {
            const CliResult r =
                m_box->runJson(user, {QStringLiteral("change"), QStringLiteral("list"),
                                      QStringLiteral("--awaiting-me")});
            return numbersIn(r);
        };
        QVERIFY(awaiting(QStringLiteral("alex")).contains(n));
        QVERIFY(!awaiting(QStringLiteral("sam")).contains(n));
        const CliResult ok = approve(QStringLiteral("alex"), n);
        CLI_EXPECT(ok, 0);
        QCOMPARE(statusOf(*m_box, n), QStringLiteral("approved"));
        // The decision, the history and the audit event say on whose behalf.
        const CliResult steps = m_box->runJson(
            QStringLiteral("vera"), {QStringLiteral("change"), QStringLiteral("steps"), n});
        bool found = false;
        for (const QJsonValue &s :
             steps.json().object().value(QStringLiteral("approval_steps")).toArray())
            for (const QJsonValue &d : s.toObject().value(QStringLiteral("decisions")).toArray())
                if (d.toObject().value(QStringLiteral("member")).toString()
                    == QLatin1String("alex"))
                    found = d.toObject().value(QStringLiteral("on_behalf_of")).toString()
                            == QLatin1String("adam");
        QVERIFY2(found, steps.describe().constData());
        const CliResult history = m_box->run(
            QStringLiteral("vera"), {QStringLiteral("change"), QStringLiteral("history"), n});
        CLI_EXPECT(history, 0);
        QVERIFY2(history.out.contains(QStringLiteral("decided by alex on behalf of adam")),
                 history.describe().constData());
        // The substitute's notice is the audit trail: delegation.set, twice (adam's, alex's).
        QCOMPARE(auditCount(*m_box, QStringLiteral("delegation.set")), 2);
    }

    // The substitute is told when a decision falls due from the member they stand in for: in
    // their notifications and by the workspace's webhooks; not the absent member, not a
    // substitute's own substitute, not under a delegation that does not cover the moment, and
    // not when the substitute could decide in their own right.
    void substituteIsNotifiedWhenADecisionFallsDue()
    {
        CLI_EXPECT(
            m_box->run(QStringLiteral("olga"),
                       {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("sam"),
                        QStringLiteral("--role"), QStringLiteral("approver")}),
            0);
        CLI_EXPECT(
            m_box->run(QStringLiteral("adam"),
                       {QStringLiteral("webhook"), QStringLiteral("add"), QStringLiteral("bus"),
                        QStringLiteral("--url"), QStringLiteral("https://hooks.example.org/vigilo"),
                        QStringLiteral("--events"), QStringLiteral("approval.delegated")}),
            0);
        auto delegate = [&](const QString &from, const QString &to, qint64 start, qint64 end) {
            return m_box->run(from, {QStringLiteral("delegate"), QStringLiteral("set"), to,
                                     QStringLiteral("--from"), isoIn(start), QStringLiteral("--to"),
                                     isoIn(end)});
        };
        CLI_EXPECT(delegate(QStringLiteral("adam"), QStringLiteral("alex"), -3600, 86400), 0);
        CLI_EXPECT(delegate(QStringLiteral("alex"), QStringLiteral("sam"), -3600, 86400), 0);
        CLI_EXPECT(delegate(QStringLiteral("adam"), QStringLiteral("anna"), 86400, 2 * 86400), 0);
        auto notices = [&](const QString &user) {
            const CliResult r = m_box->runJson(user, {QStringLiteral("notifications")});
            if (r.exitCode != 0)
                qWarning("%s", r.describe().constData());
            QStringList out;
            for (const QJsonValue &v :
                 r.json().object().value(QStringLiteral("notifications")).toArray()) {
                const QJsonObject e = v.toObject();
                if (e.value(QStringLiteral("action")).toString()
                    == QLatin1String("approval.delegated"))
                    out << e.value(QStringLiteral("change")).toString() + QLatin1Char('/')
                               + e.value(QStringLiteral("on_behalf_of")).toString()
                               + QLatin1Char('/') + e.value(QStringLiteral("step")).toString();
            }
            return out;
        };
        // Submitted: the peer review is open to every approver, alex included: nobody is told.
        const QString n = create({QStringLiteral("--priority"), QStringLiteral("high")});
        QCOMPARE(auditCount(*m_box, QStringLiteral("approval.delegated")), 0);
        QVERIFY(notices(QStringLiteral("alex")).isEmpty());
        // The CAB step (admins) falls due: adam is away, alex decides it on his behalf.
        CLI_EXPECT(approve(QStringLiteral("anna"), n), 0);
        CLI_EXPECT(approve(QStringLiteral("olga"), n), 0);
        const QString due = n + QStringLiteral("/adam/CAB");
        QCOMPARE(notices(QStringLiteral("alex")), QStringList{due});
        QVERIFY(notices(QStringLiteral("adam")).isEmpty()); // not the absent member
        QVERIFY(notices(QStringLiteral("sam")).isEmpty());  // no cascade through alex
        QVERIFY(notices(QStringLiteral("anna")).isEmpty()); // hers starts tomorrow
        QCOMPARE(auditCount(*m_box, QStringLiteral("approval.delegated")), 1);
        const CliResult text =
            m_box->run(QStringLiteral("alex"), {QStringLiteral("notifications")});
        CLI_EXPECT(text, 0);
        QVERIFY2(text.out.contains(QStringLiteral("on behalf of adam")),
                 text.describe().constData());
        // The webhook event names the change, the step, the absent member and the substitute.
        QCOMPARE(rawCount(m_box->dbPath(), QStringLiteral("webhook_outbox")), 1);
        const QJsonObject body =
            QJsonDocument::fromJson(
                rawScalar(m_box->dbPath(), QStringLiteral("SELECT body FROM webhook_outbox"))
                    .toString()
                    .toUtf8())
                .object();
        QCOMPARE(body.value(QStringLiteral("event")).toString(),
                 QStringLiteral("approval.delegated"));
        QCOMPARE(body.value(QStringLiteral("change"))
                     .toObject()
                     .value(QStringLiteral("number"))
                     .toString(),
                 n);
        QCOMPARE(
            body.value(QStringLiteral("step")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("CAB"));
        QCOMPARE(body.value(QStringLiteral("on_behalf_of")).toString(), QStringLiteral("adam"));
        QCOMPARE(body.value(QStringLiteral("substitute")).toString(), QStringLiteral("alex"));

        // adam's delegation to alex ended yesterday (written past the core): the next CAB step
        // due tells nobody.
        const QString past =
            isoIn(-2 * 86400).replace(QStringLiteral("Z"), QStringLiteral(".000Z"));
        const QString ended = isoIn(-86400).replace(QStringLiteral("Z"), QStringLiteral(".000Z"));
        QCOMPARE(rawExec(m_box->dbPath(),
                         {QStringLiteral("UPDATE delegations SET starts_at = '%1', ends_at = '%2' "
                                         "WHERE substitute_id = (SELECT id FROM members WHERE "
                                         "username = 'alex')")
                              .arg(past, ended)}),
                 QString());
        const QString m = create({QStringLiteral("--priority"), QStringLiteral("high")});
        CLI_EXPECT(approve(QStringLiteral("anna"), m), 0);
        CLI_EXPECT(approve(QStringLiteral("olga"), m), 0);
        QCOMPARE(auditCount(*m_box, QStringLiteral("approval.delegated")), 1);
        QCOMPARE(notices(QStringLiteral("alex")), QStringList{due});

        // A delegation set while both CAB steps are pending: sam is told of both, once.
        CLI_EXPECT(delegate(QStringLiteral("adam"), QStringLiteral("sam"), -60, 86400), 0);
        QStringList forSam = notices(QStringLiteral("sam"));
        forSam.sort();
        QStringList expected{due, m + QStringLiteral("/adam/CAB")};
        expected.sort();
        QCOMPARE(forSam, expected);
        QCOMPARE(auditCount(*m_box, QStringLiteral("approval.delegated")), 3);
        QCOMPARE(rawCount(m_box->dbPath(), QStringLiteral("webhook_outbox")), 3);
        // sam decides on adam's behalf; the notice does not come again.
        CLI_EXPECT(approve(QStringLiteral("sam"), n), 0);
        QCOMPARE(statusOf(*m_box, n), QStringLiteral("approved"));
        QCOMPARE(auditCount(*m_box, QStringLiteral("approval.delegated")), 3);
    }

    // Issue 15's last gap: a delegation set to start later tells its substitute when it starts
    // of the step pending then: through the server by its own timer (which acts for the absent
    // member), on a database by the next `notifications`; once; not of a step decided before.
    void substituteToldWhenTheDelegationStarts()
    {
        CliSandbox box({QStringLiteral("--set"), QStringLiteral("substitute_sweep_secs=1")});
        QVERIFY(box.ok());
        QByteArray why;
        QVERIFY2(setUpOps(box, &why), why.constData());
        CLI_EXPECT(box.run(QStringLiteral("olga"),
                           {QStringLiteral("policy"), QStringLiteral("add"),
                            QStringLiteral("Admins decide"), QStringLiteral("--priority"),
                            QStringLiteral("high"), QStringLiteral("--step"),
                            QStringLiteral("CAB;admin;1")}),
                   0);
        auto submitted = [&](const QString &title) {
            const CliResult r =
                box.runJson(QStringLiteral("erik"), validCreate(title)
                                                        + QStringList{QStringLiteral("--priority"),
                                                                      QStringLiteral("high")});
            const QString n = numberOf(r);
            if (r.exitCode != 0
                || box.run(QStringLiteral("erik"),
                           {QStringLiteral("change"), QStringLiteral("submit"), n})
                           .exitCode
                       != 0)
                return QString();
            return n;
        };
        const QString decided = submitted(QStringLiteral("Renew the VPN certificates"));
        const QString pending = submitted(QStringLiteral("Resize the message queue"));
        QVERIFY(!decided.isEmpty() && !pending.isEmpty());
        // olga decides one of them (the core suite decides one between the delegation being
        // set and its start, with a clock it moves).
        CLI_EXPECT(box.runJson(QStringLiteral("olga"),
                               {QStringLiteral("change"), QStringLiteral("approve"), decided}),
                   0);
        // adam is away from a few seconds from now; alex stands in.
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(8);
        CLI_EXPECT(box.run(QStringLiteral("adam"),
                           {QStringLiteral("delegate"), QStringLiteral("set"),
                            QStringLiteral("alex"), QStringLiteral("--from"),
                            start.toString(Qt::ISODate), QStringLiteral("--to"), isoIn(86400)}),
                   0);
        auto notices = [&] {
            const CliResult r =
                box.runJson(QStringLiteral("alex"), {QStringLiteral("notifications")});
            QStringList out;
            if (r.exitCode != 0)
                out << QString::fromUtf8(r.describe());
            for (const QJsonValue &v :
                 r.json().object().value(QStringLiteral("notifications")).toArray()) {
                const QJsonObject e = v.toObject();
                if (e.value(QStringLiteral("action")).toString()
                    == QLatin1String("approval.delegated"))
                    out << e.value(QStringLiteral("change")).toString() + QLatin1Char('/')
                               + e.value(QStringLiteral("on_behalf_of")).toString();
            }
            return out;
        };
        const QStringList early = notices();
        if (QDateTime::currentDateTimeUtc() < start) // the run was before the start
            QCOMPARE(early, QStringList());
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > start, 20000);
        if (box.isServer()) {
            // Nobody asks: the server's timer tells alex, acting for adam.
            QTRY_COMPARE_WITH_TIMEOUT(auditCount(box, QStringLiteral("approval.delegated")), 1,
                                      20000);
            QCOMPARE(rawScalar(box.dbPath(), QStringLiteral("SELECT actor FROM audit_events "
                                                            "WHERE action = "
                                                            "'approval.delegated'"))
                         .toString(),
                     QStringLiteral("adam"));
        }
        const QStringList told{pending + QStringLiteral("/adam")};
        QCOMPARE(notices(), told);
        QCOMPARE(notices(), told); // once, however often it is asked
        QCOMPARE(auditCount(box, QStringLiteral("approval.delegated")), 1);
        const CliResult text = box.run(QStringLiteral("alex"), {QStringLiteral("notifications")});
        CLI_EXPECT(text, 0);
        QVERIFY2(text.out.contains(QStringLiteral("on behalf of adam")),
                 text.describe().constData());
        // A viewer's sweep writes nothing (vera's notifications ask for one).
        const QString before = rawFingerprint(box.dbPath());
        CLI_EXPECT(box.run(QStringLiteral("vera"), {QStringLiteral("notifications")}), 0);
        if (!box.isServer()) // the server's own timer may write meanwhile
            QCOMPARE(rawFingerprint(box.dbPath()), before);
    }

    void delegationHoldsOnlyInItsRange()
    {
        const QString n = create({QStringLiteral("--priority"), QStringLiteral("high")});
        CLI_EXPECT(approve(QStringLiteral("anna"), n), 0);
        CLI_EXPECT(approve(QStringLiteral("olga"), n), 0);
        // Tomorrow: not yet.
        CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                              {QStringLiteral("delegate"), QStringLiteral("set"),
                               QStringLiteral("alex"), QStringLiteral("--from"), isoIn(86400),
                               QStringLiteral("--to"), isoIn(2 * 86400)}),
                   0);
        const QString before = rawFingerprint(m_box->dbPath());
        CLI_EXPECT_ERROR(approve(QStringLiteral("alex"), n), 1, "not_eligible_approver");
        QCOMPARE(rawFingerprint(m_box->dbPath()), before);
        // One that ended yesterday, written past the core: still nothing.
        rawExec(m_box->dbPath(),
                {QStringLiteral("UPDATE delegations SET starts_at = '%1', ends_at = '%2'")
                     .arg(isoIn(-2 * 86400).replace(QStringLiteral("Z"), QStringLiteral(".000Z")),
                          isoIn(-86400).replace(QStringLiteral("Z"), QStringLiteral(".000Z")))});
        CLI_EXPECT_ERROR(approve(QStringLiteral("alex"), n), 1, "not_eligible_approver");
        // An end in the past, an end before the start: refused, nothing written.
        const QString before2 = rawFingerprint(m_box->dbPath());
        CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("adam"),
                                        {QStringLiteral("delegate"), QStringLiteral("set"),
                                         QStringLiteral("alex"), QStringLiteral("--from"),
                                         isoIn(-2 * 86400), QStringLiteral("--to"), isoIn(-86400)}),
                         2, "invalid_input");
        CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("adam"),
                                        {QStringLiteral("delegate"), QStringLiteral("set"),
                                         QStringLiteral("alex"), QStringLiteral("--from"),
                                         isoIn(2 * 86400), QStringLiteral("--to"), isoIn(86400)}),
                         2, "invalid_input");
        QCOMPARE(rawFingerprint(m_box->dbPath()), before2);
    }

    void whoMayDelegateAndWhoSeesDelegations()
    {
        const QString before = rawFingerprint(m_box->dbPath());
        // A member delegating someone else's duties.
        CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("alex"),
                                        {QStringLiteral("delegate"), QStringLiteral("set"),
                                         QStringLiteral("anna"), QStringLiteral("--for"),
                                         QStringLiteral("adam"), QStringLiteral("--from"),
                                         isoIn(-60), QStringLiteral("--to"), isoIn(86400)}),
                         1, "permission_denied");
        // A viewer has no approvals to hand over.
        CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("vera"),
                                        {QStringLiteral("delegate"), QStringLiteral("set"),
                                         QStringLiteral("anna"), QStringLiteral("--from"),
                                         isoIn(-60), QStringLiteral("--to"), isoIn(86400)}),
                         1, "permission_denied");
        QCOMPARE(rawFingerprint(m_box->dbPath()), before);
        // An admin may name one for another member.
        CLI_EXPECT(
            m_box->run(QStringLiteral("olga"),
                       {QStringLiteral("delegate"), QStringLiteral("set"), QStringLiteral("anna"),
                        QStringLiteral("--for"), QStringLiteral("alex"), QStringLiteral("--from"),
                        isoIn(-60), QStringLiteral("--to"), isoIn(86400)}),
            0);
        CLI_EXPECT(
            m_box->run(QStringLiteral("adam"), {QStringLiteral("delegate"), QStringLiteral("set"),
                                                QStringLiteral("olga"), QStringLiteral("--from"),
                                                isoIn(-60), QStringLiteral("--to"), isoIn(86400)}),
            0);
        auto listed = [&](const QString &user, bool all) {
            QStringList a{QStringLiteral("delegate"), QStringLiteral("list")};
            if (all)
                a << QStringLiteral("--all");
            const CliResult r = m_box->runJson(user, a);
            QStringList out;
            for (const QJsonValue &v :
                 r.json().object().value(QStringLiteral("delegations")).toArray())
                out << v.toObject().value(QStringLiteral("member")).toString() + QLatin1Char('>')
                           + v.toObject().value(QStringLiteral("substitute")).toString();
            return out;
        };
        QCOMPARE(listed(QStringLiteral("olga"), true),
                 (QStringList{QStringLiteral("adam>olga"), QStringLiteral("alex>anna")}));
        QCOMPARE(listed(QStringLiteral("anna"), false), QStringList{QStringLiteral("alex>anna")});
        CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("anna"),
                                        {QStringLiteral("delegate"), QStringLiteral("list"),
                                         QStringLiteral("--all")}),
                         1, "permission_denied");
        // Clearing ends it; the audit trail keeps both.
        CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                              {QStringLiteral("delegate"), QStringLiteral("clear")}),
                   0);
        QCOMPARE(listed(QStringLiteral("olga"), true), QStringList{QStringLiteral("alex>anna")});
        QCOMPARE(auditCount(*m_box, QStringLiteral("delegation.clear")), 1);
        // Raw SQL: one's own substitute, an end before the start, a member of no workspace.
        const qlonglong adam =
            rawScalar(m_box->dbPath(),
                      QStringLiteral("SELECT id FROM members WHERE username = 'adam'"))
                .toLongLong();
        const qlonglong ws =
            rawScalar(m_box->dbPath(),
                      QStringLiteral("SELECT id FROM workspaces WHERE slug = 'ops'"))
                .toLongLong();
        const QString insert = QStringLiteral(
            "INSERT INTO delegations (workspace_id, member_id, substitute_id, starts_at, ends_at, "
            "created_by_id, created_at) VALUES (%1, %2, %3, '%4', '%5', %2, '%4')");
        const qlonglong count = rawCount(m_box->dbPath(), QStringLiteral("delegations"));
        QVERIFY(!rawExec(m_box->dbPath(), {insert.arg(ws).arg(adam).arg(adam).arg(
                                              QStringLiteral("2026-01-01T00:00:00Z"),
                                              QStringLiteral("2027-01-01T00:00:00Z"))})
                     .isEmpty());
        QVERIFY(!rawExec(m_box->dbPath(), {insert.arg(ws).arg(adam).arg(adam + 1).arg(
                                              QStringLiteral("2027-01-01T00:00:00Z"),
                                              QStringLiteral("2026-01-01T00:00:00Z"))})
                     .isEmpty());
        QVERIFY(!rawExec(m_box->dbPath(), {insert.arg(ws).arg(adam).arg(999999).arg(
                                              QStringLiteral("2026-01-01T00:00:00Z"),
                                              QStringLiteral("2027-01-01T00:00:00Z"))})
                     .isEmpty());
        QCOMPARE(rawCount(m_box->dbPath(), QStringLiteral("delegations")), count);
    }

    void bulkApprovalListsFailuresAndLeavesThemUntouched()
    {
        // low risk, no conflict: passes.
        const QString a = create({QStringLiteral("--risk"), QStringLiteral("low")}, false);
        // Replace the asset and window of a: db, five days ahead.
        CLI_EXPECT(
            m_box->run(QStringLiteral("erik"),
                       {QStringLiteral("change"), QStringLiteral("edit"), a,
                        QStringLiteral("--asset"), QStringLiteral("db"), QStringLiteral("--start"),
                        isoIn(5 * 86400), QStringLiteral("--end"), isoIn(5 * 86400 + 3600)}),
            0);
        QCOMPARE(showChange(*m_box, a).value(QStringLiteral("risk_level")).toString(),
                 QStringLiteral("low"));
        // No risk assessed.
        const QString b = create({}, false);
        // Low risk, but overlapping b on web.
        const QString d = create({QStringLiteral("--risk"), QStringLiteral("low")}, false);
        // Low risk emergency on db, eight days ahead.
        const QString e = create({QStringLiteral("--type"), QStringLiteral("emergency"),
                                  QStringLiteral("--risk"), QStringLiteral("low")},
                                 false);
        CLI_EXPECT(
            m_box->run(QStringLiteral("erik"),
                       {QStringLiteral("change"), QStringLiteral("edit"), e,
                        QStringLiteral("--asset"), QStringLiteral("db"), QStringLiteral("--start"),
                        isoIn(8 * 86400), QStringLiteral("--end"), isoIn(8 * 86400 + 3600)}),
            0);
        for (const QString &n : {a, b, d, e})
            CLI_EXPECT(m_box->run(QStringLiteral("erik"),
                                  {QStringLiteral("change"), QStringLiteral("submit"), n}),
                       0);
        // A draft: the FSM refuses it.
        const QString f = create({}, false);
        const qlonglong decisions = rawCount(m_box->dbPath(), QStringLiteral("approval_decisions"));
        const CliResult r =
            m_box->runJson(QStringLiteral("anna"),
                           {QStringLiteral("change"), QStringLiteral("approve-many"), a, b, d, e, f,
                            QStringLiteral("--comment"), QStringLiteral("Weekly batch")});
        CLI_EXPECT(r, 1);
        const QJsonObject doc = r.json().object();
        QCOMPARE(doc.value(QStringLiteral("approved")).toArray().size(), 1);
        QCOMPARE(doc.value(QStringLiteral("approved"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("number"))
                     .toString(),
                 a);
        QHash<QString, QString> codes;
        for (const QJsonValue &v : doc.value(QStringLiteral("refused")).toArray())
            codes.insert(v.toObject().value(QStringLiteral("number")).toString(),
                         v.toObject()
                             .value(QStringLiteral("error"))
                             .toObject()
                             .value(QStringLiteral("code"))
                             .toString());
        QCOMPARE(codes.value(b), QStringLiteral("bulk_guard_failed"));
        QCOMPARE(codes.value(d), QStringLiteral("bulk_guard_failed"));
        QCOMPARE(codes.value(e), QStringLiteral("bulk_guard_failed"));
        QCOMPARE(codes.value(f), QStringLiteral("invalid_transition"));
        QVERIFY2(r.json().toJson().contains("emergency"), r.describe().constData());
        QVERIFY2(r.json().toJson().contains("conflict"), r.describe().constData());
        QVERIFY2(r.json().toJson().contains("assessed"), r.describe().constData());
        // One decision, one audited approval: the others untouched.
        QCOMPARE(rawCount(m_box->dbPath(), QStringLiteral("approval_decisions")), decisions + 1);
        QCOMPARE(statusOf(*m_box, a), QStringLiteral("approved"));
        for (const QString &n : {b, d, e})
            QCOMPARE(statusOf(*m_box, n), QStringLiteral("review"));
        QCOMPARE(auditCount(*m_box, QStringLiteral("change.approve")), 1);
        // The guard relaxed (audited), the rest pass except the unassessed one.
        CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                              {QStringLiteral("approvals"), QStringLiteral("settings"),
                               QStringLiteral("--bulk-conflicts"), QStringLiteral("allow"),
                               QStringLiteral("--bulk-emergency"), QStringLiteral("allow")}),
                   0);
        QCOMPARE(auditCount(*m_box, QStringLiteral("workspace.approval_settings")), 1);
        const CliResult again =
            m_box->runJson(QStringLiteral("anna"),
                           {QStringLiteral("change"), QStringLiteral("approve-many"), b, d, e});
        CLI_EXPECT(again, 1);
        QCOMPARE(again.json().object().value(QStringLiteral("approved")).toArray().size(), 2);
        QCOMPARE(statusOf(*m_box, d), QStringLiteral("approved"));
        QCOMPARE(statusOf(*m_box, e), QStringLiteral("approved"));
        QCOMPARE(statusOf(*m_box, b), QStringLiteral("review"));
        // Turned off: refused as a whole, nothing written.
        CLI_EXPECT(m_box->run(QStringLiteral("adam"),
                              {QStringLiteral("approvals"), QStringLiteral("settings"),
                               QStringLiteral("--bulk"), QStringLiteral("off")}),
                   0);
        const QString before = rawFingerprint(m_box->dbPath());
        CLI_EXPECT_ERROR(
            m_box->runJson(QStringLiteral("anna"),
                           {QStringLiteral("change"), QStringLiteral("approve-many"), b}),
            1, "bulk_approval_disabled");
        // A viewer: refused before anything.
        CLI_EXPECT_ERROR(
            m_box->runJson(QStringLiteral("vera"),
                           {QStringLiteral("change"), QStringLiteral("approve-many"), b}),
            1, "permission_denied");
        QCOMPARE(rawFingerprint(m_box->dbPath()), before);
    }

    void personalViewsAndSavedFilters()
    {
        const QString mine = create({QStringLiteral("--priority"), QStringLiteral("high"),
                                     QStringLiteral("--assignee"), QStringLiteral("emma")},
                                    false);
        // Today's: a window around now (whatever the hour, it overlaps today).
        QStringList todayArgs = validCreate(QStringLiteral("Today's patch"));
        todayArgs[todayArgs.indexOf(QStringLiteral("--start")) + 1] = isoIn(-300);
        todayArgs[todayArgs.indexOf(QStringLiteral("--end")) + 1] = isoIn(300);
        const CliResult t = m_box->runJson(QStringLiteral("emma"), todayArgs);
        CLI_EXPECT(t, 0);
        const QString today = numberOf(t);
        const QString cancelled = create({}, false);
        CLI_EXPECT(m_box->run(QStringLiteral("erik"),
                              {QStringLiteral("change"), QStringLiteral("cancel"), cancelled}),
                   0);
        auto list = [&](const QString &user, const QStringList &extra) {
            const CliResult r = m_box->runJson(
                user, withArgs({QStringLiteral("change"), QStringLiteral("list")}, extra));
            if (r.exitCode != 0)
                qWarning("%s", r.describe().constData());
            return numbersIn(r);
        };
        QCOMPARE(list(QStringLiteral("erik"), {QStringLiteral("--mine")}), QStringList{mine});
        QCOMPARE(list(QStringLiteral("emma"), {QStringLiteral("--mine")}), QStringList{today});
        QCOMPARE(list(QStringLiteral("emma"), {QStringLiteral("--assigned-to-me")}),
                 QStringList{mine});
        QCOMPARE(list(QStringLiteral("vera"), {QStringLiteral("--today")}), QStringList{today});
        // Saved filters are the member's own.
        CLI_EXPECT(m_box->run(QStringLiteral("erik"),
                              {QStringLiteral("filter"), QStringLiteral("save"),
                               QStringLiteral("my-high"), QStringLiteral("--mine"),
                               QStringLiteral("--priority"), QStringLiteral("high")}),
                   0);
        QCOMPARE(
            list(QStringLiteral("erik"), {QStringLiteral("--filter"), QStringLiteral("my-high")}),
            QStringList{mine});
        CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("vera"),
                                        {QStringLiteral("change"), QStringLiteral("list"),
                                         QStringLiteral("--filter"), QStringLiteral("my-high")}),
                         2, "not_found");
        const CliResult filters = m_box->runJson(
            QStringLiteral("erik"), {QStringLiteral("filter"), QStringLiteral("list")});
        CLI_EXPECT(filters, 0);
        QCOMPARE(filters.json().object().value(QStringLiteral("filters")).toArray().size(), 1);
        CLI_EXPECT(
            m_box->run(QStringLiteral("erik"), {QStringLiteral("filter"), QStringLiteral("delete"),
                                                QStringLiteral("my-high")}),
            0);
        CLI_EXPECT_ERROR(m_box->runJson(QStringLiteral("erik"),
                                        {QStringLiteral("change"), QStringLiteral("list"),
                                         QStringLiteral("--filter"), QStringLiteral("my-high")}),
                         2, "not_found");
    }
};

QTEST_GUILESS_MAIN(TestCliApprovals)
#include "tst_cli_approvals.moc"
