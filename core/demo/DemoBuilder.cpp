#include "DemoBuilder.h"
#include "SqlUtil.h"
#include "Tr.h"

#include "Dialect.h"

#include "ApprovalPolicies.h"
#include "Cabs.h"
#include "Clock.h"
#include "Delegations.h"
#include "DemoInventory.h"
#include "Meetings.h"
#include "Store.h"
#include "Vigilo.h"

#include <QHash>

#include <algorithm>
#include <array>

// The demo is a script of timestamped actions, one scenario per change, merged in time order
// and played through the public services with a ManualClock: every rule and every audit event
// is real, and the audit trail is chronological. Any refusal means a scenario is wrong.

namespace vigilo {

namespace {

constexpr qint64 kMin = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

// splitmix64: the same numbers on every platform and standard library.
class Rng {
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    qint64 range(qint64 lo, qint64 hi) // inclusive
    {
        return hi <= lo ? lo : lo + qint64(next() % quint64(hi - lo + 1));
    }
    bool chance(int percent) { return range(0, 99) < percent; }
    template <typename List> const auto &pick(const List &list)
    {
        return list.at(range(0, list.size() - 1));
    }

private:
    quint64 m_state;
};

struct Person {
    const char *username;
    const char *name;
    Role role;
};

const std::array<Person, 10> kPeople{{
    {"sofia.martin", "Sofia Martin", Role::Owner},
    {"david.chen", "David Chen", Role::Admin},
    {"amara.okafor", "Amara Okafor", Role::Admin},
    {"lars.nielsen", "Lars Nielsen", Role::Approver},
    {"priya.raman", "Priya Raman", Role::Approver},
    {"tom.becker", "Tom Becker", Role::Engineer},
    {"yuki.tanaka", "Yuki Tanaka", Role::Engineer},
    {"carlos.mendez", "Carlos Mendez", Role::Engineer},
    {"ben.harris", "Ben Harris", Role::Engineer}, // leaves the team: deactivated mid-way
    {"nina.kowalski", "Nina Kowalski", Role::Viewer},
}};
const QString kLeaver = QStringLiteral("ben.harris");

struct AssetDef {
    const char *name;
    const char *kind;
};

const std::array<AssetDef, 25> kAssets{{
    {"payments-api", "service"},
    {"checkout-web", "service"},
    {"auth-service", "service"},
    {"orders-service", "service"},
    {"notification-worker", "service"},
    {"search-api", "service"},
    {"reporting-service", "service"},
    {"ledger-service", "service"},
    {"app-host-01", "host"},
    {"app-host-02", "host"},
    {"batch-host-01", "host"},
    {"bastion-01", "host"},
    {"k8s-node-07", "host"},
    {"pg-prod-01", "database"},
    {"pg-prod-02", "database"},
    {"orders-db", "database"},
    {"redis-cache-01", "database"},
    {"analytics-warehouse", "database"},
    {"core-switch-a", "network"},
    {"core-switch-b", "network"},
    {"edge-lb", "network"},
    {"fw-dmz-01", "network"},
    {"vpn-gw-01", "network"},
    {"tls-wildcard-example-com", "certificate"},
    {"tls-api-example-com", "certificate"},
}};
// Issue 16: who runs the assets, how critical they are and how they hang together, so impact,
// indirect conflicts and the critical-asset risk condition show something real. Two business
// services are made of components (part_of); the two PostgreSQL servers are a failover pair
// that depend on each other (a real cycle).
struct AssetDetailDef {
    const char *name;
    const char *owner;
    Criticality criticality;
};

const std::array<AssetDetailDef, 12> kAssetDetails{{
    {"payments-api", "team-payments", Criticality::Critical},
    {"checkout-web", "team-shop", Criticality::High},
    {"auth-service", "team-identity", Criticality::High},
    {"orders-service", "team-shop", Criticality::High},
    {"ledger-service", "team-payments", Criticality::High},
    {"pg-prod-01", "team-dba", Criticality::Critical},
    {"pg-prod-02", "team-dba", Criticality::High},
    {"orders-db", "team-dba", Criticality::High},
    {"k8s-node-07", "team-platform", Criticality::Medium},
    {"core-switch-a", "team-network", Criticality::High},
    {"core-switch-b", "team-network", Criticality::High},
    {"reporting-service", "team-finance-it", Criticality::Low},
}};

struct ServiceDef {
    const char *name;
    const char *owner;
    Criticality criticality;
};

const std::array<ServiceDef, 2> kServices{{
    {"online-shop", "head-of-ecommerce", Criticality::Critical},
    {"finance-reporting", "cfo-office", Criticality::Medium},
}};

struct RelationDef {
    const char *from;
    RelationKind kind;
    const char *to;
};

const std::array<RelationDef, 36> kRelations{{
    {"checkout-web", RelationKind::RunsOn, "k8s-node-07"},
    {"checkout-web", RelationKind::DependsOn, "payments-api"},
    {"checkout-web", RelationKind::DependsOn, "auth-service"},
    {"checkout-web", RelationKind::DependsOn, "search-api"},
    {"checkout-web", RelationKind::DependsOn, "edge-lb"},
    {"payments-api", RelationKind::RunsOn, "k8s-node-07"},
    {"payments-api", RelationKind::DependsOn, "pg-prod-01"},
    {"payments-api", RelationKind::DependsOn, "ledger-service"},
    {"payments-api", RelationKind::DependsOn, "tls-api-example-com"},
    {"ledger-service", RelationKind::RunsOn, "app-host-01"},
    {"ledger-service", RelationKind::DependsOn, "pg-prod-01"},
    {"auth-service", RelationKind::RunsOn, "app-host-02"},
    {"auth-service", RelationKind::DependsOn, "redis-cache-01"},
    {"orders-service", RelationKind::RunsOn, "k8s-node-07"},
    {"orders-service", RelationKind::DependsOn, "orders-db"},
    {"orders-service", RelationKind::DependsOn, "payments-api"},
    {"notification-worker", RelationKind::RunsOn, "batch-host-01"},
    {"notification-worker", RelationKind::DependsOn, "orders-service"},
    {"search-api", RelationKind::RunsOn, "app-host-02"},
    {"reporting-service", RelationKind::RunsOn, "batch-host-01"},
    {"reporting-service", RelationKind::DependsOn, "analytics-warehouse"},
    {"reporting-service", RelationKind::DependsOn, "ledger-service"},
    {"pg-prod-01", RelationKind::DependsOn, "pg-prod-02"},
    {"pg-prod-02", RelationKind::DependsOn, "pg-prod-01"},
    {"app-host-01", RelationKind::DependsOn, "core-switch-a"},
    {"app-host-02", RelationKind::DependsOn, "core-switch-b"},
    {"k8s-node-07", RelationKind::DependsOn, "core-switch-a"},
    {"batch-host-01", RelationKind::DependsOn, "core-switch-b"},
    {"edge-lb", RelationKind::DependsOn, "fw-dmz-01"},
    {"edge-lb", RelationKind::DependsOn, "tls-wildcard-example-com"},
    {"checkout-web", RelationKind::PartOf, "online-shop"},
    {"payments-api", RelationKind::PartOf, "online-shop"},
    {"orders-service", RelationKind::PartOf, "online-shop"},
    {"auth-service", RelationKind::PartOf, "online-shop"},
    {"ledger-service", RelationKind::PartOf, "finance-reporting"},
    {"reporting-service", RelationKind::PartOf, "finance-reporting"},
}};

const QStringList kFinanceAssets{QStringLiteral("payments-api"), QStringLiteral("ledger-service"),
                                 QStringLiteral("pg-prod-01"), QStringLiteral("reporting-service")};

// A change template: %1 is the primary asset, %2 a version or number.
struct Template {
    const char *kind;
    const char *param;  // what %2 is: semver, replicas, percent, gb, minor, firmware, vlan, pool
    const char *assets; // comma-separated candidates; empty: any asset of `kind`
    const char *title;
    const char *description;
    const char *steps; // one step per line; "(optional)" at the end marks an optional one
    const char *rollback;
    const char *test;
};

const std::array<Template, 16> kTemplates{{
    {"service", "semver", "", "Deploy %1 release %2",
     "Roll out release %2 of %1: bug fixes and the dependency updates from the last sprint. "
     "Blue/green deployment behind the load balancer.",
     "Announce the change in #ops\nSnapshot the current deployment manifest\nDeploy %2 to the "
     "green pool\nRun smoke tests against green\nSwitch traffic from blue to green\nWatch error "
     "rate and latency for 15 minutes\nUpdate the release notes page (optional)",
     "Switch traffic back to the blue pool and redeploy the previous manifest.",
     "Smoke test suite; synthetic checkout; error rate below 0.5% for 15 minutes."},
    {"service", "replicas", "", "Scale %1 to %2 replicas",
     "Raise the replica count of %1 to %2 ahead of expected traffic growth.",
     "Check cluster capacity\nRaise the HPA minimum to %2\nConfirm all pods are ready\nAdjust "
     "dashboards and alerts (optional)",
     "Restore the previous HPA settings.", "All pods ready; p95 latency unchanged."},
    {"service", "percent", "payments-api,checkout-web,search-api,orders-service",
     "Enable feature flag on %1 for %2% of traffic",
     "Progressive rollout of the new pricing engine on %1.",
     "Confirm the kill switch works in staging\nEnable the flag for %2% of traffic\nCompare "
     "conversion and error dashboards\nPost results in the change channel (optional)",
     "Disable the flag; traffic returns to the old code path at once.",
     "Error budget unchanged; conversion within 1% of control."},
    {"service", "semver",
     "payments-api,auth-service,orders-service,notification-worker,search-api,ledger-service",
     "Rotate API credentials for %1",
     "Scheduled 90-day rotation of the API credentials used by %1.",
     "Generate new credentials in the vault\nDeploy %1 with both old and new credentials\nSwitch "
     "clients to the new credentials\nRevoke the old credentials\nRecord the rotation in the "
     "key inventory (optional)",
     "Re-enable the old credentials (kept revocable for 24 hours) and redeploy.",
     "Authenticated health check passes; no 401s in the logs."},
    {"host", "semver", "", "Apply kernel security patches to %1",
     "Monthly patch cycle for %1, including the kernel update for the latest CVEs.",
     "Drain workloads from %1\nTake a VM snapshot\nApply updates with apt and reboot\nVerify "
     "services came back\nReturn %1 to the pool\nClean up old kernels (optional)",
     "Boot the previous kernel from GRUB or restore the VM snapshot.",
     "uname shows the new kernel; node exporter and app health checks green."},
    {"host", "minor", "", "Upgrade %1 to Debian 12.%2",
     "Point release upgrade of %1 to Debian 12.%2.",
     "Drain %1\nSnapshot the disk\nRun apt full-upgrade\nReboot and verify\nUndrain %1",
     "Restore the disk snapshot.", "Configuration management run is clean; services healthy."},
    {"host", "gb", "app-host-01,app-host-02,batch-host-01,k8s-node-07",
     "Grow the data volume on %1 to %2 GB",
     "The data volume on %1 is at 85%; grow it to %2 GB online.",
     "Check the current usage and growth\nResize the volume in the hypervisor\nGrow the partition "
     "and file system online\nConfirm the new size\nLower the disk alert threshold (optional)",
     "No rollback needed for an online grow; restore from snapshot if the file system is damaged.",
     "df shows the new size; no I/O errors in dmesg."},
    {"database", "minor", "pg-prod-01,pg-prod-02,orders-db,analytics-warehouse",
     "Upgrade %1 to PostgreSQL 15.%2",
     "Minor version upgrade of %1 to 15.%2 with a primary switchover.",
     "Confirm recent base backup and WAL archiving\nUpgrade the standby to 15.%2\nSwitch over to "
     "the standby\nUpgrade the old primary\nRe-attach it as standby\nRun ANALYZE on the largest "
     "tables (optional)",
     "Switch back to the old primary, which still runs the previous minor version.",
     "Replication lag below 1 s; application queries succeed; pg_stat_activity clean."},
    {"database", "semver", "pg-prod-01,pg-prod-02,orders-db",
     "Add index on orders(created_at) in %1",
     "Slow reports on %1: add a concurrent index on orders(created_at).",
     "Check free disk space on %1\nCREATE INDEX CONCURRENTLY on orders(created_at)\nVerify the "
     "index is valid\nCompare report run times",
     "DROP INDEX CONCURRENTLY the new index.", "EXPLAIN shows an index scan; report under 2 s."},
    {"database", "semver", "pg-prod-01,pg-prod-02,orders-db", "Failover drill for %1",
     "Quarterly failover drill for %1 as required by the DR policy.",
     "Notify the on-call and the service owners\nPromote the standby of %1\nRepoint the "
     "connection pooler\nVerify writes on the new primary\nRebuild the old primary as standby\n"
     "Write the drill report (optional)",
     "Fail back to the original primary.", "Write and read checks pass; RTO under 5 minutes."},
    {"network", "firmware", "", "Upgrade firmware on %1 to %2",
     "Vendor firmware %2 fixes a memory leak on %1.",
     "Back up the running configuration of %1\nUpload firmware %2\nFail traffic over to the "
     "partner device\nReboot %1 into %2\nVerify interfaces and routing adjacencies\nFail traffic "
     "back",
     "Boot the previous firmware image kept on the device.",
     "All interfaces up; BGP and OSPF adjacencies established; no packet loss."},
    {"network", "semver", "fw-dmz-01,edge-lb,core-switch-a,core-switch-b",
     "Update firewall rules on %1 for the partner API",
     "Open outbound HTTPS from the payment hosts to the new partner API range on %1.",
     "Review the rule change with security\nApply the rule set to %1\nTest connectivity from an "
     "app host\nUpdate the firewall documentation (optional)",
     "Restore the previous rule set from the saved configuration.",
     "curl to the partner endpoint succeeds; nothing else newly reachable."},
    {"network", "vlan", "core-switch-a,core-switch-b", "Add VLAN %2 on %1",
     "New VLAN %2 for the build farm on %1.",
     "Add VLAN %2 to %1\nTrunk it to the build racks\nTest DHCP on the new VLAN\nUpdate the IPAM "
     "(optional)",
     "Remove VLAN %2 from the trunks and the switch.",
     "A test host gets an address and reaches the gateway."},
    {"certificate", "semver", "", "Renew %1", "%1 expires in 21 days; renew and deploy it.",
     "Create the CSR and order the certificate\nValidate the new certificate chain\nDeploy it to "
     "the load balancers\nReload the listeners\nCheck expiry monitoring (optional)",
     "Redeploy the previous certificate, still valid for 21 days.",
     "openssl s_client shows the new expiry date; SSL Labs grade A."},
    {"certificate", "semver", "", "Rotate %1 to ECDSA P-256",
     "Move %1 from RSA 2048 to ECDSA P-256 for faster handshakes.",
     "Issue the ECDSA certificate\nDeploy it alongside the RSA one\nVerify clients negotiate "
     "ECDSA\nRemove the RSA certificate (optional)",
     "Remove the ECDSA certificate; the RSA one keeps serving.",
     "TLS handshakes succeed for all supported clients."},
    {"service", "pool", "", "Tune connection pool of %1",
     "Raise the connection pool of %1 from 20 to %2 after pool exhaustion alerts.",
     "Check database connection headroom\nChange the pool size to %2\nRolling restart of %1\n"
     "Watch pool wait time",
     "Set the pool size back to 20 and restart.", "No pool exhaustion alerts for 24 hours."},
}};

const QStringList kApproveComments{
    QStringLiteral("Rollback plan is clear; OK for the window."),
    QStringLiteral("Reviewed the runbook with the team. Approved."),
    QStringLiteral("Fine by me; please post in #ops when you start."),
    QStringLiteral("Approved. Keep an eye on the p95 latency."),
    QStringLiteral("Risk looks right. Go ahead."),
    QString()};
const QStringList kRejectReasons{
    QStringLiteral("The rollback plan does not cover the schema change; please add it."),
    QStringLiteral("Overlaps with the payment provider's maintenance; pick another window."),
    QStringLiteral("Needs a tested backup first; resubmit after the restore test."),
    QStringLiteral("Too broad for one change: split the network and host parts.")};
const QStringList kCancelReasons{QStringLiteral("Superseded by the platform migration."),
                                 QStringLiteral("Vendor withdrew the release."),
                                 QStringLiteral("No longer needed after the capacity review."),
                                 QStringLiteral("Duplicate of another change.")};
const QStringList kRollbackReasons{
    QStringLiteral("Error rate rose to 4% after the switch; reverted to the previous version."),
    QStringLiteral("Replication lag grew beyond 30 s; switched back."),
    QStringLiteral("Health checks failed on two nodes after the reboot."),
    QStringLiteral("Partner API rejected the new client certificate.")};
const QStringList kComments{
    QStringLiteral("Added the dashboard links to the runbook."),
    QStringLiteral("Service owners informed."),
    QStringLiteral("Can we move this one hour later? The batch job runs until 22:30."),
    QStringLiteral("Staging run went fine, see the attached notes."),
    QStringLiteral("On-call is aware."),
    QStringLiteral("Please double-check the rollback steps before the window."),
    QStringLiteral("Monitoring dashboards for this are linked in the wiki page.")};

struct DemoAction {
    enum Kind {
        Create,
        Submit,
        Approve,
        Reject,
        Schedule,
        Generate,
        Start,
        TaskStart,
        TaskDone,
        TaskSkip,
        Complete,
        Rollback,
        Reopen,
        Cancel,
        Comment,
        Deactivate
    };
    qint64 at = 0;
    int change = -1; // index into the plans; -1 for workspace actions
    int order = 0;   // tie-breaker within one change
    Kind kind = Create;
    int arg = 0; // task seq, closure code
    QString actor;
    QString text;
};

struct ChangePlan {
    ChangeStatus target = ChangeStatus::Draft;
    ChangeType type = ChangeType::Normal;
    Priority priority = Priority::Medium;
    std::optional<RiskLevel> risk;
    QString title, description, impl, rollback, test;
    QStringList assets;
    QString requester, assignee;
    qint64 start = 0, end = 0; // planned window; 0: none
    qint64 created = 0, lastAt = 0, startedAt = 0, completedAt = 0;
    qint64 readyAt = 0; // scheduled and runbook generated
    QList<int> deps;
    QString overrideJustification;
    std::optional<ClosureCode> forcedCode; // the first changes show every closure code
    bool forceReopen = false;
    bool twoSteps = false;
    bool wantApproved = false; // the last approval slot finishes every step
    int approveSlots = 0, approvesPlayed = 0;
    // Where its approval stands (the built-in matrix: one step for approvers, then one for
    // admins when twoSteps), as the builder's own decisions made it: no need to read it back.
    bool inReview = false;
    QStringList decided;
    int number = 0;
};

QDateTime toTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

class Builder {
public:
    Builder(Store &store, const DemoOptions &options)
        : m_store(store)
        , m_options(options)
        , m_rng(0x5EEDULL * (quint64(options.seed) + 1))
        , m_clock(QDateTime::currentDateTimeUtc())
        , m_core(store, m_clock)
    {
        const QDate anchor =
            options.anchor.isValid() ? options.anchor : QDateTime::currentDateTimeUtc().date();
        m_cap = QDateTime(anchor, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        m_t0 = m_cap - 120 * kDay + 8 * kHour;
        m_deactivateAt = m_cap - 45 * kDay + 10 * kHour;
    }

    Result<DemoReport> run();

private:
    void planFreezes();
    void planChange(int index, ChangeStatus target, bool special);
    void fillContent(ChangePlan &p);
    qint64 avoidFreezes(const ChangePlan &p, qint64 start) const;
    void preExecution(int index, ChangePlan &p, int approvals, bool schedule, qint64 deadline);
    void execution(int index, ChangePlan &p, qint64 start);
    void addComments(int index, const ChangePlan &p);
    void pickPeople(ChangePlan &p);
    void linkDependencies();
    void add(qint64 at, int change, DemoAction::Kind kind, const QString &actor,
             const QString &text = {}, int arg = 0);
    Status play(const DemoAction &a);
    Result<Actor> actor(const QString &username);
    Result<ChangeRequest> approveOnce(ChangePlan &p, const QString &comment);
    static Role currentStepRole(const ChangePlan &p);
    QString eligibleFor(const ChangePlan &p, Role role, const QStringList &exclude);
    Error wrap(const Error &e, const DemoAction &a) const;
    Status boards();
    Result<int> cabChange(const QString &requester, int inDays);
    int m_cabChanges = 0; // made for the CAB's meetings, after the timeline's changes

    Store &m_store;
    DemoOptions m_options;
    Rng m_rng;
    ManualClock m_clock;
    Vigilo m_core;
    qint64 m_cap = 0, m_t0 = 0, m_deactivateAt = 0;
    struct Freeze {
        QString name, reason;
        qint64 start = 0, end = 0;
        bool allowOverride = false;
        QStringList assets;
    };
    QList<Freeze> m_freezes;
    QList<ChangePlan> m_plans;
    QList<DemoAction> m_actions;
    QHash<QString, Actor> m_actors;
    int m_orderCounter = 0;
};

void Builder::add(qint64 at, int change, DemoAction::Kind kind, const QString &actor,
                  const QString &text, int arg)
{
    DemoAction a;
    a.at = at;
    a.change = change;
    a.order = m_orderCounter++;
    a.kind = kind;
    a.actor = actor;
    a.text = text;
    a.arg = arg;
    m_actions << a;
    if (change >= 0)
        m_plans[change].lastAt = qMax(m_plans[change].lastAt, at);
}

void Builder::planFreezes()
{
    const QDate today = toTime(m_cap).date();
    // Black Friday to Cyber Monday: the next one that starts at least three days from today.
    Freeze blackFriday;
    for (int year = today.year();; ++year) {
        QDate d(year, 11, 1);
        while (d.dayOfWeek() != Qt::Thursday)
            d = d.addDays(1);
        d = d.addDays(21); // Thanksgiving
        const qint64 s = QDateTime(d, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        if (s >= m_cap + 3 * kDay) {
            blackFriday = Freeze{
                QStringLiteral("Black Friday"),
                QStringLiteral("Peak trading: no changes from Thanksgiving to Cyber Monday."),
                s,
                s + 5 * kDay,
                false,
                {}};
            break;
        }
    }
    // Month-end close: the last two days of a month and the first of the next, finance systems;
    // never on top of the Black Friday freeze (the override demo lives inside it).
    QDate firstOfNext = QDate(today.year(), today.month(), 1).addMonths(1);
    auto startOf = [](const QDate &first) {
        return QDateTime(first.addDays(-2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    };
    while (startOf(firstOfNext) < m_cap + 3 * kDay
           || (startOf(firstOfNext) < blackFriday.end
               && startOf(firstOfNext) + 3 * kDay > blackFriday.start))
        firstOfNext = firstOfNext.addMonths(1);
    const qint64 meStart = startOf(firstOfNext);
    m_freezes << Freeze{QStringLiteral("Month-end close"),
                        QStringLiteral("Finance closes the books; payment systems stay untouched."),
                        meStart,
                        meStart + 3 * kDay,
                        true,
                        kFinanceAssets};
    m_freezes << blackFriday;
}

qint64 Builder::avoidFreezes(const ChangePlan &p, qint64 start) const
{
    const qint64 duration = p.end - p.start;
    for (int pass = 0; pass < 3; ++pass) {
        bool moved = false;
        for (const Freeze &f : m_freezes) {
            bool hits = f.assets.isEmpty();
            for (const QString &a : p.assets)
                hits = hits || f.assets.contains(a);
            if (hits && start < f.end && start + duration > f.start) {
                start = f.end + 6 * kHour;
                moved = true;
            }
        }
        if (!moved)
            break;
    }
    return start;
}

void Builder::fillContent(ChangePlan &p)
{
    const Template &t = m_rng.pick(kTemplates);
    QStringList candidates =
        QString::fromLatin1(t.assets).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (candidates.isEmpty())
        for (const AssetDef &a : kAssets)
            if (qstrcmp(a.kind, t.kind) == 0)
                candidates << QLatin1String(a.name);
    const QString primary = m_rng.pick(candidates);
    const QLatin1String param(t.param);
    QString version;
    if (param == QLatin1String("replicas"))
        version = QString::number(m_rng.range(4, 24));
    else if (param == QLatin1String("percent"))
        version = QString::number(m_rng.pick(QList<int>{1, 5, 10, 25, 50}));
    else if (param == QLatin1String("gb"))
        version = QString::number(m_rng.range(2, 8) * 256);
    else if (param == QLatin1String("minor"))
        version = QString::number(m_rng.range(2, 9));
    else if (param == QLatin1String("firmware"))
        version = QStringLiteral("17.%1.%2").arg(m_rng.range(3, 12)).arg(m_rng.range(1, 5));
    else if (param == QLatin1String("vlan"))
        version = QString::number(m_rng.range(100, 480));
    else if (param == QLatin1String("pool"))
        version = QString::number(m_rng.range(3, 8) * 10);
    else
        version = QStringLiteral("%1.%2.%3")
                      .arg(m_rng.range(1, 4))
                      .arg(m_rng.range(0, 30))
                      .arg(m_rng.range(0, 9));
    auto fill = [&](const char *text) {
        QString out = QString::fromUtf8(text);
        out.replace(QStringLiteral("%1"), primary);
        out.replace(QStringLiteral("%2"), version);
        return out;
    };
    p.title = fill(t.title);
    p.description = fill(t.description);
    const QStringList steps = fill(t.steps).split(QLatin1Char('\n'));
    QStringList numbered;
    for (int i = 0; i < steps.size(); ++i)
        numbered << QStringLiteral("%1. %2").arg(i + 1).arg(steps.at(i));
    p.impl = numbered.join(QLatin1Char('\n'));
    p.rollback = fill(t.rollback);
    p.test = fill(t.test);
    p.assets = QStringList{primary};
    if (m_rng.chance(40)) {
        const AssetDef &extra = m_rng.pick(kAssets);
        if (QLatin1String(extra.name) != primary)
            p.assets << QLatin1String(extra.name);
    }
}

void Builder::pickPeople(ChangePlan &p)
{
    static const QStringList engineers{QStringLiteral("tom.becker"), QStringLiteral("yuki.tanaka"),
                                       QStringLiteral("carlos.mendez"), kLeaver};
    static const QStringList requesters{
        QStringLiteral("tom.becker"),    QStringLiteral("yuki.tanaka"),
        QStringLiteral("carlos.mendez"), kLeaver,
        QStringLiteral("lars.nielsen"),  QStringLiteral("amara.okafor")};
    const bool leaverOk = p.lastAt < m_deactivateAt - kHour;
    do {
        p.requester = m_rng.pick(requesters);
    } while (p.requester == kLeaver && !leaverOk);
    do {
        p.assignee = m_rng.pick(engineers);
    } while (p.assignee == kLeaver && !leaverOk);
}

// The actions up to approval (and scheduling), backwards from `deadline`.
void Builder::preExecution(int index, ChangePlan &p, int approvals, bool schedule, qint64 deadline)
{
    const bool fast = p.type == ChangeType::Emergency;
    const qint64 lead = qint64(defaultLeadTimeHours(p.type)) * kHour;
    qint64 x = deadline;
    if (p.start)
        x = qMin(x, p.start - lead
                        - (fast ? m_rng.range(10 * kMin, kHour) : m_rng.range(kHour, 2 * kDay)));
    const qint64 span = fast ? m_rng.range(20 * kMin, 90 * kMin) : m_rng.range(4 * kHour, 3 * kDay);
    const qint64 submit = x - span;
    p.created = submit - (fast ? m_rng.range(10 * kMin, kHour) : m_rng.range(kHour, 2 * kDay));
    const qint64 shift = qMax<qint64>(0, m_t0 + 3 * kHour - p.created);
    p.created += shift;
    add(p.created, index, DemoAction::Create, QString());
    add(submit + shift, index, DemoAction::Submit, QString(), p.overrideJustification);
    const int slotCount = p.type == ChangeType::Standard ? 0 : approvals;
    p.approveSlots = slotCount;
    p.wantApproved = slotCount > 0 && slotCount >= (p.twoSteps ? 2 : 1);
    for (int k = 0; k < slotCount; ++k)
        add(submit + shift + span * (k + 1) / (slotCount + 1), index, DemoAction::Approve,
            QString(), m_rng.pick(kApproveComments));
    if (schedule) {
        add(x + shift, index, DemoAction::Schedule, QString(), p.overrideJustification);
        p.readyAt = x + shift + m_rng.range(2 * kMin, 20 * kMin);
        add(p.readyAt, index, DemoAction::Generate, QString());
    }
}

// Start, the runbook and the outcome, from `start` on.
void Builder::execution(int index, ChangePlan &p, qint64 start)
{
    const QList<RunbookLine> lines = Runbook::parsePlan(p.impl);
    // Never before the change is scheduled and its runbook exists (emergencies move fast).
    qint64 t = qMax(start, p.readyAt + kMin) + m_rng.range(0, 15 * kMin);
    p.startedAt = t;
    // Outside its planned window [start, end) a start needs a justification (an exception).
    const QString late = p.end > 0 && t >= p.end
                             ? QStringLiteral("The fix was ready only after the planned window "
                                              "closed; the service owner agreed to go ahead.")
                             : QString();
    add(t, index, DemoAction::Start, QString(), late);
    int stopAfter = lines.size();
    if (p.target == ChangeStatus::InProgress || p.target == ChangeStatus::RolledBack)
        stopAfter = int(m_rng.range(1, qMax(1, int(lines.size()) - 1)));
    for (int i = 0; i < lines.size(); ++i) {
        const int seq = i + 1;
        if (i >= stopAfter) {
            if (i == stopAfter) // the step that was running when things stopped
                add(t + m_rng.range(2 * kMin, 10 * kMin), index, DemoAction::TaskStart, QString(),
                    {}, seq);
            break;
        }
        if (!lines.at(i).isRequired && m_rng.chance(45)) {
            t += m_rng.range(kMin, 5 * kMin);
            add(t, index, DemoAction::TaskSkip, QString(), {}, seq);
            continue;
        }
        t += m_rng.range(2 * kMin, 12 * kMin);
        add(t, index, DemoAction::TaskStart, QString(), {}, seq);
        t += m_rng.range(4 * kMin, 35 * kMin);
        add(t, index, DemoAction::TaskDone, QString(), {}, seq);
    }
    t += m_rng.range(15 * kMin, 40 * kMin);
    if (p.target == ChangeStatus::RolledBack) {
        add(t, index, DemoAction::Rollback, QString(), m_rng.pick(kRollbackReasons));
    } else if (p.target == ChangeStatus::Completed) {
        int code = int(ClosureCode::Successful);
        const qint64 roll = m_rng.range(0, 99);
        if (p.deps.isEmpty() && roll < 12)
            code = int(ClosureCode::SuccessfulWithIssues);
        else if (roll < 18)
            code = int(ClosureCode::Unsuccessful);
        if (p.forcedCode)
            code = int(*p.forcedCode);
        if (p.forceReopen || (p.risk == RiskLevel::Low && roll >= 95)) {
            // Closed, reopened for a follow-up fix, closed again.
            add(t, index, DemoAction::Complete, QString(), {},
                int(ClosureCode::SuccessfulWithIssues));
            t += m_rng.range(2 * kHour, 20 * kHour);
            add(t, index, DemoAction::Reopen, QString(),
                QStringLiteral("Monitoring showed a follow-up fix is needed."));
            t += m_rng.range(30 * kMin, 3 * kHour);
        }
        add(t, index, DemoAction::Complete, QString(), {}, code);
        p.completedAt = t;
    }
}

void Builder::addComments(int index, const ChangePlan &p)
{
    const int n = int(m_rng.range(0, 2));
    const qint64 last = p.lastAt;
    for (int i = 0; i < n; ++i) {
        const qint64 at =
            m_rng.range(p.created + 5 * kMin, qMax(p.created + 6 * kMin, last - kMin));
        QStringList authors{p.requester, p.assignee, QStringLiteral("lars.nielsen"),
                            QStringLiteral("david.chen")};
        QString who = m_rng.pick(authors);
        if (who == kLeaver && at >= m_deactivateAt)
            who = QStringLiteral("lars.nielsen");
        add(at, index, DemoAction::Comment, who, m_rng.pick(kComments));
    }
}

void Builder::planChange(int index, ChangeStatus target, bool special)
{
    ChangePlan &p = m_plans[index];
    p.target = target;
    const qint64 typeRoll = m_rng.range(0, 99);
    p.type = typeRoll < 15   ? ChangeType::Standard
             : typeRoll < 25 ? ChangeType::Emergency
                             : ChangeType::Normal;
    if (target == ChangeStatus::Review || target == ChangeStatus::Rejected)
        p.type = p.type == ChangeType::Standard ? ChangeType::Normal : p.type;
    p.priority = allPriorities().at(int(m_rng.range(0, 99) < 10 ? 3 : m_rng.range(0, 2)));
    if (p.type == ChangeType::Emergency)
        p.priority = m_rng.chance(50) ? Priority::Critical : Priority::High;
    const qint64 riskRoll = m_rng.range(0, 99);
    p.risk = riskRoll < 45 ? RiskLevel::Low : riskRoll < 80 ? RiskLevel::Medium : RiskLevel::High;
    if (p.type == ChangeType::Standard) { // pre-approved templates are routine by definition
        p.risk = RiskLevel::Low;
        p.priority = m_rng.chance(50) ? Priority::Low : Priority::Medium;
    }
    if (target == ChangeStatus::Draft && m_rng.chance(40))
        p.risk.reset();
    fillContent(p);
    p.twoSteps = p.type == ChangeType::Normal
                 && (p.risk == RiskLevel::High || p.priority == Priority::Critical);
    const int allApprovals = p.twoSteps ? 2 : 1;
    const qint64 duration =
        p.type == ChangeType::Emergency ? m_rng.range(1, 3) * kHour : m_rng.range(1, 6) * kHour;
    static const std::array<int, 6> hours{6, 9, 14, 19, 21, 22};
    auto window = [&](qint64 day) {
        p.start = (day / kDay) * kDay + hours.at(size_t(m_rng.range(0, 5))) * kHour;
        p.end = p.start + duration;
        p.start = avoidFreezes(p, p.start);
        p.end = p.start + duration;
    };

    if (special) {
        // Scheduled through the overridable month-end freeze by an admin, with a justification.
        p.type = ChangeType::Normal;
        p.priority = Priority::High;
        p.risk = RiskLevel::Medium;
        p.twoSteps = false;
        p.title = QStringLiteral("Hotfix rounding error in payments-api settlement export");
        p.description = QStringLiteral("Settlement exports round half-cent amounts down; finance "
                                       "needs the fix before the books close.");
        p.assets = QStringList{QStringLiteral("payments-api")};
        p.start = m_freezes.first().start + 20 * kHour;
        p.end = p.start + 2 * kHour;
        p.overrideJustification = QStringLiteral("Finance (CFO office) requested the fix before "
                                                 "close; change is low blast radius.");
        preExecution(index, p, 1, true, m_cap - m_rng.range(2 * kHour, 2 * kDay));
        p.requester = QStringLiteral("david.chen");
        p.assignee = QStringLiteral("tom.becker");
        addComments(index, p);
        return;
    }

    // The first three completed changes show each closure code; the second is also reopened.
    if (index < 3 && target == ChangeStatus::Completed) {
        p.forcedCode = index == 0   ? ClosureCode::Successful
                       : index == 1 ? ClosureCode::SuccessfulWithIssues
                                    : ClosureCode::Unsuccessful;
        p.forceReopen = index == 1;
    }
    switch (target) {
    case ChangeStatus::Completed:
    case ChangeStatus::RolledBack: {
        window(m_cap - m_rng.range(3, 105) * kDay);
        preExecution(index, p, allApprovals, true, p.start);
        execution(index, p, p.start);
        break;
    }
    case ChangeStatus::InProgress: {
        p.start = m_cap - kDay + m_rng.range(7, 12) * kHour;
        p.end = p.start + duration;
        preExecution(index, p, allApprovals, true, p.start);
        execution(index, p, p.start);
        break;
    }
    case ChangeStatus::Scheduled:
    case ChangeStatus::Approved: {
        window(m_cap + m_rng.range(1, 24) * kDay);
        preExecution(index, p, allApprovals, target == ChangeStatus::Scheduled,
                     m_cap - m_rng.range(kHour, 3 * kDay));
        break;
    }
    case ChangeStatus::Review: {
        window(m_cap + m_rng.range(2, 20) * kDay);
        preExecution(index, p, p.twoSteps ? int(m_rng.range(0, 1)) : 0, false,
                     m_cap - m_rng.range(kHour, 4 * kDay));
        break;
    }
    case ChangeStatus::Rejected: {
        const qint64 base = m_cap - m_rng.range(1, 90) * kDay;
        window(base + m_rng.range(2, 12) * kDay);
        preExecution(index, p, p.twoSteps ? 1 : 0, false, base);
        add(qMin(p.lastAt + m_rng.range(kHour, 2 * kDay), m_cap - kMin), index, DemoAction::Reject,
            QString(), m_rng.pick(kRejectReasons));
        break;
    }
    case ChangeStatus::Cancelled: {
        const qint64 base = m_cap - m_rng.range(1, 100) * kDay;
        const qint64 stage = m_rng.range(0, 3); // from draft, review, approved, scheduled
        if (stage == 0) {
            p.created = base - m_rng.range(kHour, 3 * kDay);
            add(p.created, index, DemoAction::Create, QString());
        } else {
            window(base + m_rng.range(2, 12) * kDay);
            preExecution(index, p, stage == 1 ? 0 : allApprovals, stage == 3, base);
        }
        add(qMin(p.lastAt + m_rng.range(kHour, 2 * kDay), m_cap - kMin), index, DemoAction::Cancel,
            QString(), m_rng.pick(kCancelReasons));
        break;
    }
    case ChangeStatus::Draft:
    default: {
        if (m_rng.chance(60))
            window(m_cap + m_rng.range(3, 30) * kDay);
        p.created = m_cap - m_rng.range(kHour, 10 * kDay);
        add(p.created, index, DemoAction::Create, QString());
        break;
    }
    }
    pickPeople(p);
    addComments(index, p);
}

// A few changes wait on an earlier one that finished before they started, and some scheduled
// changes wait on an earlier scheduled one (their conflicts view shows it).
void Builder::linkDependencies()
{
    QList<int> byCreation;
    for (int i = 0; i < m_plans.size(); ++i)
        byCreation << i;
    std::stable_sort(byCreation.begin(), byCreation.end(),
                     [&](int a, int b) { return m_plans[a].created < m_plans[b].created; });
    for (int k = 1; k < byCreation.size(); ++k) {
        ChangePlan &b = m_plans[byCreation[k]];
        if (!m_rng.chance(15) || !b.overrideJustification.isEmpty())
            continue;
        for (int back = 1; back <= 12 && back <= k; ++back) {
            const ChangePlan &a = m_plans[byCreation[k - back]];
            if (a.created >= b.created)
                continue;
            const bool upstreamDone = a.target == ChangeStatus::Completed && b.startedAt
                                      && a.completedAt && a.completedAt < b.startedAt;
            const bool bothPlanned =
                b.target == ChangeStatus::Scheduled
                && (a.target == ChangeStatus::Scheduled || a.target == ChangeStatus::Approved);
            if (upstreamDone || bothPlanned) {
                b.deps << byCreation[k - back];
                break;
            }
        }
    }
}

Result<Actor> Builder::actor(const QString &username)
{
    const auto it = m_actors.constFind(username);
    if (it != m_actors.cend())
        return *it;
    auto a = m_core.workspaces().signIn(QStringLiteral("demo"), username);
    if (a)
        m_actors.insert(username, *a);
    return a;
}

QString Builder::eligibleFor(const ChangePlan &p, Role role, const QStringList &exclude)
{
    QStringList candidates;
    for (const Person &person : kPeople) {
        const QString u = QLatin1String(person.username);
        if (roleAtLeast(person.role, role) && u != p.requester && !exclude.contains(u)
            && u != kLeaver)
            candidates << u;
    }
    return candidates.isEmpty() ? QString() : m_rng.pick(candidates);
}

// The role the change's pending step asks for: the built-in matrix (the demo defines no
// policies) has an approver step, then for two-step changes an admin step.
Role Builder::currentStepRole(const ChangePlan &p)
{
    return p.twoSteps && !p.decided.isEmpty() ? Role::Admin : Role::Approver;
}

Result<ChangeRequest> Builder::approveOnce(ChangePlan &p, const QString &comment)
{
    const QString who = eligibleFor(p, currentStepRole(p), p.decided);
    auto approver = actor(who);
    if (!approver)
        return approver.error();
    TransitionInput in;
    in.comment = comment;
    auto r = m_core.changes().apply(*approver, p.number, Action::Approve, in);
    if (r) {
        p.decided << who;
        p.inReview = r->status == ChangeStatus::Review;
    }
    return r;
}

Error Builder::wrap(const Error &e, const DemoAction &a) const
{
    Error out = e;
    QString what = a.change >= 0 ? QStringLiteral("%1 (planned %2)")
                                       .arg(m_plans[a.change].number
                                                ? formatChangeNumber(m_plans[a.change].number)
                                                : QStringLiteral("new change"),
                                            toString(m_plans[a.change].target))
                                 : QStringLiteral("workspace");
    static const char *const kinds[] = {"create",    "submit",        "approve",  "reject",
                                        "schedule",  "task generate", "start",    "task start",
                                        "task done", "task skip",     "complete", "rollback",
                                        "reopen",    "cancel",        "comment",  "deactivate"};
    out.message =
        QStringLiteral("The demo scenario failed at %1, %2 on %3: %4")
            .arg(toTime(a.at).toString(Qt::ISODate), QLatin1String(kinds[a.kind]), what, e.message);
    return out;
}

Status Builder::play(const DemoAction &a)
{
    m_clock.setNow(toTime(a.at));
    if (a.kind == DemoAction::Deactivate) {
        auto owner = actor(QStringLiteral("sofia.martin"));
        if (!owner)
            return owner.error();
        VIGILO_TRY(m_core.workspaces().deactivateMember(*owner, a.actor));
        m_actors.remove(a.actor);
        return {};
    }
    ChangePlan &p = m_plans[a.change];
    auto act = [&](const QString &username) { return actor(username); };
    TransitionInput in;
    switch (a.kind) {
    case DemoAction::Create: {
        ChangeDraft d;
        d.title = p.title;
        d.description = p.description;
        d.changeType = p.type;
        d.priority = p.priority;
        if (p.risk)
            d.riskLevel = *p.risk;
        if (p.start) {
            d.plannedStart = toTime(p.start);
            d.plannedEnd = toTime(p.end);
        }
        d.implementationPlan = p.impl;
        d.rollbackPlan = p.rollback;
        d.testPlan = p.test;
        d.assignee = p.assignee;
        d.affectedAssets = p.assets;
        QList<int> deps;
        for (int i : p.deps)
            deps << m_plans[i].number;
        if (!deps.isEmpty())
            d.dependsOn = deps;
        auto who = act(p.requester);
        if (!who)
            return who.error();
        auto c = m_core.changes().create(*who, d);
        if (!c)
            return c.error();
        p.number = c->number;
        return {};
    }
    case DemoAction::Submit:
    case DemoAction::Schedule: {
        in.overrideJustification = a.text;
        const QString by = a.kind == DemoAction::Submit        ? p.requester
                           : p.overrideJustification.isEmpty() ? p.assignee
                                                               : p.requester;
        auto who = act(by);
        if (!who)
            return who.error();
        auto r = m_core.changes().apply(
            *who, p.number, a.kind == DemoAction::Submit ? Action::Submit : Action::Schedule, in);
        if (!r)
            return r.error();
        p.inReview = r->status == ChangeStatus::Review;
        return {};
    }
    case DemoAction::Approve: {
        if (!p.inReview)
            return {}; // fewer steps than planned
        auto r = approveOnce(p, a.text);
        if (!r)
            return r.error();
        // The last approval slot of a change that should end approved finishes every step.
        const bool lastSlot = ++p.approvesPlayed == p.approveSlots;
        ChangeStatus status = r->status;
        for (int guard = 0;
             lastSlot && p.wantApproved && status == ChangeStatus::Review && guard < 4; ++guard) {
            auto more = approveOnce(p, QString());
            if (!more)
                return more.error();
            status = more->status;
        }
        return {};
    }
    case DemoAction::Reject: {
        auto who = act(eligibleFor(p, currentStepRole(p), p.decided));
        if (!who)
            return who.error();
        in.reason = a.text;
        auto r = m_core.changes().apply(*who, p.number, Action::Reject, in);
        if (!r)
            return r.error();
        p.inReview = false;
        return {};
    }
    case DemoAction::Generate: {
        auto who = act(p.assignee);
        if (!who)
            return who.error();
        auto r = m_core.runbook().generate(*who, p.number);
        return r ? Status{} : Status{r.error()};
    }
    case DemoAction::Start:
    case DemoAction::Reopen: {
        auto who = act(p.assignee);
        if (!who)
            return who.error();
        if (a.kind == DemoAction::Start)
            in.justification = a.text;
        else
            in.reason = a.text;
        auto r = m_core.changes().apply(
            *who, p.number, a.kind == DemoAction::Start ? Action::Start : Action::Reopen, in);
        return r ? Status{} : Status{r.error()};
    }
    case DemoAction::TaskStart:
    case DemoAction::TaskDone:
    case DemoAction::TaskSkip: {
        auto who = act(p.assignee);
        if (!who)
            return who.error();
        Runbook &rb = m_core.runbook();
        auto r = a.kind == DemoAction::TaskStart  ? rb.start(*who, p.number, a.arg)
                 : a.kind == DemoAction::TaskDone ? rb.done(*who, p.number, a.arg)
                                                  : rb.skip(*who, p.number, a.arg);
        return r ? Status{} : Status{r.error()};
    }
    case DemoAction::Complete: {
        auto who = act(p.assignee);
        if (!who)
            return who.error();
        in.closureCode = ClosureCode(a.arg);
        in.closureNotes = in.closureCode == ClosureCode::Successful
                              ? QStringLiteral("Completed as planned; all checks green.")
                          : in.closureCode == ClosureCode::SuccessfulWithIssues
                              ? QStringLiteral("Done, but the validation step took twice as long; "
                                               "follow-up ticket opened for the slow health check.")
                              : QStringLiteral("The change went in but did not fix the problem; a "
                                               "new change will address the root cause.");
        auto r = m_core.changes().apply(*who, p.number, Action::Complete, in);
        return r ? Status{} : Status{r.error()};
    }
    case DemoAction::Rollback: {
        // Rolling back needs changes.approve: the on-call approver does it.
        static const QStringList oncall{QStringLiteral("lars.nielsen"),
                                        QStringLiteral("priya.raman"),
                                        QStringLiteral("amara.okafor")};
        auto who = act(oncall.at(p.number % oncall.size()));
        if (!who)
            return who.error();
        in.reason = a.text;
        auto r = m_core.changes().apply(*who, p.number, Action::Rollback, in);
        return r ? Status{} : Status{r.error()};
    }
    case DemoAction::Cancel: {
        auto who = act(p.requester);
        if (!who)
            return who.error();
        in.reason = a.text;
        auto r = m_core.changes().apply(*who, p.number, Action::Cancel, in);
        return r ? Status{} : Status{r.error()};
    }
    case DemoAction::Comment: {
        auto who = act(a.actor);
        if (!who)
            return who.error();
        auto r = m_core.discussion().addComment(*who, p.number, a.text);
        return r ? Status{} : Status{r.error()};
    }
    case DemoAction::Deactivate: break;
    }
    return {};
}

// A change for the CAB: normal, high priority (the CAB's policy), submitted now.
Result<int> Builder::cabChange(const QString &requester, int inDays)
{
    ChangePlan p;
    fillContent(p);
    p.start = avoidFreezes(p, m_cap + inDays * kDay + 9 * kHour);
    p.end = p.start + 2 * kHour;
    ChangeDraft d;
    d.title = p.title;
    d.description = p.description;
    d.changeType = ChangeType::Normal;
    d.priority = Priority::High;
    d.plannedStart = toTime(p.start);
    d.plannedEnd = toTime(p.end);
    d.implementationPlan = p.impl;
    d.rollbackPlan = p.rollback;
    d.testPlan = p.test;
    d.assignee = requester;
    d.affectedAssets = p.assets;
    auto who = actor(requester);
    if (!who)
        return who.error();
    auto c = m_core.changes().create(*who, d);
    if (!c)
        return c.error();
    m_clock.advanceSecs(2 * kMin);
    auto submitted = m_core.changes().apply(*who, c->number, Action::Submit, {});
    if (!submitted)
        return submitted.error();
    m_clock.advanceSecs(3 * kMin);
    ++m_cabChanges;
    return c->number;
}

// The change advisory boards (issue 15): two CABs, a policy that sends high-priority normal
// changes to the first, two closed meetings with decisions of every kind and their minutes, the
// next one planned, and two delegations. After the timeline, through the same services.
Status Builder::boards()
{
    // Right after the timeline's last event (the early hours of the anchor day at the latest).
    m_clock.advanceSecs(20 * kMin);
    auto admin = actor(QStringLiteral("david.chen"));
    if (!admin)
        return admin.error();
    Cab board;
    board.name = QStringLiteral("Change Advisory Board");
    board.chair = QStringLiteral("david.chen");
    board.voting = {QStringLiteral("amara.okafor"), QStringLiteral("lars.nielsen"),
                    QStringLiteral("priya.raman")};
    board.advisers = {QStringLiteral("tom.becker")};
    board.quorumCount = 2;
    board.slotWeekday = 4;
    board.slotTime = QStringLiteral("10:00");
    board.slotTimeZone = QStringLiteral("Europe/Berlin");
    board.agendaTypes = {ChangeType::Normal};
    VIGILO_TRY(m_core.cabs().add(*admin, board));
    Cab emergency;
    emergency.name = QStringLiteral("Emergency CAB");
    emergency.chair = QStringLiteral("amara.okafor");
    emergency.voting = {QStringLiteral("david.chen"), QStringLiteral("lars.nielsen"),
                        QStringLiteral("priya.raman")};
    emergency.quorumPercent = 50;
    emergency.agendaTypes = {ChangeType::Emergency};
    emergency.itemMinutes = 15;
    VIGILO_TRY(m_core.cabs().add(*admin, emergency));
    ApprovalPolicy policy;
    policy.name = QStringLiteral("CAB review");
    policy.changeTypes = {ChangeType::Normal};
    policy.priorities = {Priority::High, Priority::Critical};
    ApprovalPolicyStep step;
    step.name = board.name;
    step.eligibleMembers = {kCabPrefix + board.name};
    policy.steps = {step};
    VIGILO_TRY(m_core.policies().add(*admin, policy));

    const auto vote = [](std::initializer_list<const char *> members,
                         const QString &how = QStringLiteral("approve")) {
        DecisionInput in;
        for (const char *m : members)
            in.votes << qMakePair(QString::fromLatin1(m), how);
        return in;
    };
    const auto decide = [&](int meeting, int number, CabDecision decision, const QString &text,
                            DecisionInput in) -> Status {
        in.decision = decision;
        in.text = text;
        m_clock.advanceSecs(m_rng.range(3, 9) * kMin);
        auto done = m_core.meetings().decide(*admin, meeting, number, in);
        if (!done)
            return done.error();
        return {};
    };

    // The first meeting: three changes; approved, approved with conditions, deferred.
    QList<int> first;
    for (const char *who : {"tom.becker", "yuki.tanaka", "carlos.mendez"}) {
        auto n = cabChange(QLatin1String(who), int(m_rng.range(3, 9)));
        if (!n)
            return n.error();
        first << *n;
    }
    auto one = m_core.meetings().create(*admin, board.name, true, {});
    if (!one)
        return one.error();
    VIGILO_TRY(m_core.meetings().start(*admin, one->number));
    VIGILO_TRY(m_core.meetings().attend(*admin, one->number, QStringLiteral("amara.okafor"),
                                        QStringLiteral("present"), {}));
    VIGILO_TRY(m_core.meetings().attend(*admin, one->number, QStringLiteral("lars.nielsen"),
                                        QStringLiteral("present"), {}));
    VIGILO_TRY(m_core.meetings().attend(*admin, one->number, QStringLiteral("priya.raman"),
                                        QStringLiteral("absent"), {}));
    VIGILO_TRY(m_core.meetings().attend(*admin, one->number, QStringLiteral("tom.becker"),
                                        QStringLiteral("present"), {}));
    VIGILO_TRY(decide(one->number, first.at(0), CabDecision::Approve, QString(),
                      vote({"amara.okafor", "lars.nielsen"})));
    VIGILO_TRY(decide(one->number, first.at(1), CabDecision::ApproveWithConditions,
                      QStringLiteral("Only after the nightly backup has completed, with the "
                                     "service owner on call."),
                      vote({"amara.okafor", "lars.nielsen"})));
    VIGILO_TRY(decide(one->number, first.at(2), CabDecision::Defer,
                      QStringLiteral("Wait for the vendor's answer on the firmware issue."), {}));
    m_clock.advanceSecs(5 * kMin);
    VIGILO_TRY(m_core.meetings().close(*admin, one->number));

    // The second meeting, an extra session the same morning: the deferred change and two new
    // ones, a late addition admitted; approved, rejected, needs information.
    m_clock.advanceSecs(10 * kMin);
    QList<int> second;
    for (const char *who : {"yuki.tanaka", "carlos.mendez"}) {
        auto n = cabChange(QLatin1String(who), int(m_rng.range(4, 10)));
        if (!n)
            return n.error();
        second << *n;
    }
    auto two = m_core.meetings().create(*admin, board.name, true, {});
    if (!two)
        return two.error();
    VIGILO_TRY(m_core.meetings().start(*admin, two->number));
    VIGILO_TRY(m_core.meetings().attend(*admin, two->number, QStringLiteral("amara.okafor"),
                                        QStringLiteral("present"), {}));
    VIGILO_TRY(m_core.meetings().attend(*admin, two->number, QStringLiteral("lars.nielsen"),
                                        QStringLiteral("represented"),
                                        QStringLiteral("sofia.martin")));
    VIGILO_TRY(m_core.meetings().attend(*admin, two->number, QStringLiteral("priya.raman"),
                                        QStringLiteral("present"), {}));
    auto late = cabChange(QStringLiteral("tom.becker"), int(m_rng.range(3, 8)));
    if (!late)
        return late.error();
    VIGILO_TRY(decide(two->number, first.at(2), CabDecision::Approve,
                      QStringLiteral("The vendor confirmed the fix."),
                      vote({"amara.okafor", "priya.raman"})));
    VIGILO_TRY(decide(two->number, second.at(0), CabDecision::Reject,
                      QStringLiteral("No tested rollback for the schema migration."),
                      vote({"amara.okafor", "priya.raman"}, QStringLiteral("reject"))));
    VIGILO_TRY(decide(two->number, second.at(1), CabDecision::NeedsInformation,
                      QStringLiteral("Which customers are in the affected region?"), {}));
    VIGILO_TRY(m_core.meetings().admit(*admin, two->number, *late));
    VIGILO_TRY(decide(two->number, *late, CabDecision::ApproveWithConditions,
                      QStringLiteral("Announce the window to support a day ahead."),
                      vote({"amara.okafor", "priya.raman"})));
    m_clock.advanceSecs(5 * kMin);
    VIGILO_TRY(m_core.meetings().close(*admin, two->number));

    // The next one, at the board's slot: the change that needs information is on its agenda.
    VIGILO_TRY(m_core.meetings().create(*admin, board.name, false, {}));

    // Delegations: Amara is away this week (David stands in), Lars in two weeks (Priya).
    auto amara = actor(QStringLiteral("amara.okafor"));
    if (!amara)
        return amara.error();
    VIGILO_TRY(m_core.delegations().set(*amara, {}, QStringLiteral("david.chen"), m_clock.now(),
                                        toTime(m_cap + 6 * kDay)));
    auto lars = actor(QStringLiteral("lars.nielsen"));
    if (!lars)
        return lars.error();
    VIGILO_TRY(m_core.delegations().set(*lars, {}, QStringLiteral("priya.raman"),
                                        toTime(m_cap + 14 * kDay), toTime(m_cap + 28 * kDay)));
    return {};
}

Result<DemoReport> Builder::run()
{
    if (m_core.workspaces().workspace(QStringLiteral("demo")).ok())
        return Error::rule(
            QStringLiteral("workspace_exists"),
            QStringLiteral("This database already has a workspace \"demo\". Build the "
                           "demo into another file: vigilo-cli --db demo2.sqlite demo"),
            {{QStringLiteral("slug"), QStringLiteral("demo")}});
    Store::Transaction tx(m_store);
    VIGILO_TRY(tx.begin());

    // The workspace, its people, assets and freeze windows.
    m_clock.setNow(toTime(m_t0));
    const Person &owner = kPeople.front();
    VIGILO_TRY(m_core.workspaces().createWorkspace(
        QStringLiteral("demo"), QStringLiteral("Demo Operations"), QStringLiteral("en_US"),
        QLatin1String(owner.username), QLatin1String(owner.name)));
    auto ownerActor = actor(QLatin1String(owner.username));
    if (!ownerActor)
        return ownerActor.error();
    int members = 1;
    for (size_t i = 1; i < kPeople.size(); ++i) {
        m_clock.advanceSecs(5 * kMin);
        VIGILO_TRY(m_core.workspaces().addMember(*ownerActor, QLatin1String(kPeople[i].username),
                                                 kPeople[i].role, QLatin1String(kPeople[i].name)));
        ++members;
    }
    const QString extra = m_options.extraOwner.trimmed();
    bool extraIsPerson = false;
    for (const Person &p : kPeople)
        extraIsPerson = extraIsPerson || extra == QLatin1String(p.username);
    if (!extra.isEmpty() && !extraIsPerson) {
        m_clock.advanceSecs(5 * kMin);
        VIGILO_TRY(m_core.workspaces().addMember(*ownerActor, extra, Role::Owner));
        ++members;
    }
    auto admin = actor(QStringLiteral("david.chen"));
    if (!admin)
        return admin.error();
    for (const AssetDef &a : kAssets) {
        m_clock.advanceSecs(2 * kMin);
        AssetInput in;
        in.name = QLatin1String(a.name);
        in.kind = QLatin1String(a.kind);
        for (const AssetDetailDef &d : kAssetDetails)
            if (in.name == QLatin1String(d.name)) {
                in.owner = QLatin1String(d.owner);
                in.criticality = d.criticality;
            }
        VIGILO_TRY(m_core.inventory().add(*admin, in));
    }
    for (const ServiceDef &svc : kServices) {
        AssetInput in;
        in.name = QLatin1String(svc.name);
        in.kind = QStringLiteral("business-service");
        in.owner = QLatin1String(svc.owner);
        in.criticality = svc.criticality;
        VIGILO_TRY(m_core.inventory().add(*admin, in));
    }
    for (const RelationDef &r : kRelations)
        VIGILO_TRY(
            m_core.inventory().relate(*admin, QLatin1String(r.from), r.kind, QLatin1String(r.to)));
    auto generated = generateInventory(m_core, *admin, m_options.assets, m_options.seed);
    if (!generated)
        return generated.error();
    planFreezes();
    for (const Freeze &f : m_freezes) {
        m_clock.advanceSecs(10 * kMin);
        FreezeWindowInput in;
        in.name = f.name;
        in.reason = f.reason;
        in.start = toTime(f.start);
        in.end = toTime(f.end);
        in.allowOverride = f.allowOverride;
        in.assets = f.assets;
        VIGILO_TRY(m_core.workspaces().addFreezeWindow(*admin, in));
    }

    // The changes: every status first, then a realistic mix.
    const int n = qMax(0, m_options.changes);
    static const QList<ChangeStatus> everyStatus{
        ChangeStatus::Completed,  ChangeStatus::Completed,  ChangeStatus::Completed,
        ChangeStatus::RolledBack, ChangeStatus::Rejected,   ChangeStatus::Cancelled,
        ChangeStatus::Draft,      ChangeStatus::Review,     ChangeStatus::Approved,
        ChangeStatus::Scheduled,  ChangeStatus::InProgress, ChangeStatus::Scheduled};
    struct Weight {
        ChangeStatus status;
        int weight;
    };
    static const std::array<Weight, 9> mix{{{ChangeStatus::Completed, 42},
                                            {ChangeStatus::Scheduled, 12},
                                            {ChangeStatus::InProgress, 4},
                                            {ChangeStatus::Review, 8},
                                            {ChangeStatus::Approved, 5},
                                            {ChangeStatus::Draft, 8},
                                            {ChangeStatus::RolledBack, 6},
                                            {ChangeStatus::Rejected, 5},
                                            {ChangeStatus::Cancelled, 10}}};
    m_plans.resize(n);
    m_actions.reserve(n * 16);
    for (int i = 0; i < n; ++i) {
        ChangeStatus target = ChangeStatus::Completed;
        if (i < everyStatus.size()) {
            target = everyStatus.at(i);
        } else {
            qint64 roll = m_rng.range(0, 99);
            for (const Weight &w : mix) {
                if (roll < w.weight) {
                    target = w.status;
                    break;
                }
                roll -= w.weight;
            }
        }
        planChange(i, target, i == everyStatus.size() - 1);
    }
    linkDependencies();
    add(m_deactivateAt, -1, DemoAction::Deactivate, kLeaver);

    std::stable_sort(m_actions.begin(), m_actions.end(),
                     [](const DemoAction &a, const DemoAction &b) {
                         if (a.at != b.at)
                             return a.at < b.at;
                         return a.order < b.order;
                     });
    for (const DemoAction &a : m_actions) {
        if (a.at < m_t0) // clamp: nothing before the workspace existed
            continue;
        const Status s = play(a);
        if (!s)
            return wrap(s.error(), a);
    }

    VIGILO_TRY(boards());

    // Every event went through AuditLog::record; `vigilo-cli audit verify` checks the chain
    // (hashing every event a second time here cost a sixth of the build).
    auto events =
        sql::scalar(m_store, QStringLiteral("SELECT audit_seq FROM workspaces WHERE id = ?"),
                    {ownerActor->workspace.id});
    if (!events)
        return events.error();
    VIGILO_TRY(tx.commit());

    DemoReport report;
    report.slug = QStringLiteral("demo");
    report.changes = n + m_cabChanges;
    report.members = members;
    report.assets = int(kAssets.size() + kServices.size()) + generated->assets;
    report.relations = int(kRelations.size()) + generated->relations;
    report.auditEvents = events->toLongLong();
    return report;
}

} // namespace

Result<DemoReport> DemoBuilder::build(Store &store, const DemoOptions &options)
{
    // On PostgreSQL under the server's login (schema 14) every call binds the member it acts
    // for (WriteScope), so the history the demo writes for its people passes the same row-level
    // security as a real request of theirs.
    // The demo is one transaction of some ten service calls per change. For the build only:
    // - nested write scopes join it without a savepoint each (a refusal fails the whole demo
    //   anyway), which spares a SAVEPOINT and a RELEASE per call and the sub-journal copy of
    //   every page a call touches;
    // - SQLite's page cache is big enough for a 100,000-change workspace (the default 2 MB
    //   spills modified pages to the file again and again), and temporary data (statement
    //   journals) stays in memory instead of going through a temporary file.
    // Durability is unchanged: the commit still goes through the rollback journal.
    QVariantList restore;
    if (!store.dialect().isPostgres()) {
        for (const char *pragma : {"cache_size", "temp_store"}) {
            auto value = sql::scalar(store, QStringLiteral("PRAGMA ") + QLatin1String(pragma));
            if (!value)
                return value.error();
            restore << *value;
        }
        VIGILO_TRY(store.exec(QStringLiteral("PRAGMA cache_size = -1048576"))); // 1 GiB at most
        VIGILO_TRY(store.exec(QStringLiteral("PRAGMA temp_store = MEMORY")));
    }
    const bool savepoints = store.savepoints();
    store.setSavepoints(!options.bulk);
    Builder builder(store, options);
    auto built = builder.run();
    store.setSavepoints(savepoints);
    if (!restore.isEmpty()) {
        (void)store.exec(QStringLiteral("PRAGMA cache_size = %1").arg(restore.at(0).toLongLong()));
        (void)store.exec(QStringLiteral("PRAGMA temp_store = %1").arg(restore.at(1).toLongLong()));
    }
    return built;
}

} // namespace vigilo
