#include "DemoInventory.h"

#include "AssetInventory.h"
#include "Vigilo.h"

#include <QRandomGenerator>
#include <QSet>

#include <array>

namespace vigilo {

namespace {

// Of every 20 assets: 1 business service, 1 network device, 3 databases, 5 hosts and 10
// components (applications).
enum class Tier { Service, Network, Database, Host, Component };

Tier tierOf(int index)
{
    const int slot = index % 20;
    if (slot == 0)
        return Tier::Service;
    if (slot == 1)
        return Tier::Network;
    if (slot < 5)
        return Tier::Database;
    if (slot < 10)
        return Tier::Host;
    return Tier::Component;
}

const std::array<const char *, 12> kDomains{{"orders", "billing", "catalog", "pricing", "search",
                                             "shipping", "identity", "media", "crm", "hr",
                                             "analytics", "support"}};
const std::array<const char *, 4> kZones{
    {"Europe/Berlin", "America/New_York", "Asia/Singapore", "Europe/London"}};

// The hand-made assets of the demo that generated ones lean on.
const std::array<const char *, 2> kSharedServices{{"payments-api", "auth-service"}};
const std::array<const char *, 2> kCoreSwitches{{"core-switch-a", "core-switch-b"}};

class Generator {
public:
    Generator(Vigilo &core, const Actor &admin, quint32 seed)
        : m_core(core)
        , m_admin(admin)
        , m_rng(seed ^ 0x1A55E75u)
    {}

    Result<GeneratedInventory> run(int count)
    {
        for (int i = 0; i < count; ++i)
            VIGILO_TRY(addAsset(i));
        for (int i = 0; i < count; ++i)
            VIGILO_TRY(relateAsset(i));
        return GeneratedInventory{count, m_relations};
    }

private:
    const char *domain(int index) const { return kDomains[size_t(index / 20) % kDomains.size()]; }

    QString nameOf(int index) const
    {
        const QString n = QStringLiteral("%1").arg(index, 5, 10, QLatin1Char('0'));
        const QString d = QLatin1String(domain(index));
        switch (tierOf(index)) {
        case Tier::Service: return d + QStringLiteral("-service-") + n;
        case Tier::Network:
            return (index % 3 == 0 ? QStringLiteral("lb-") : QStringLiteral("switch-")) + n;
        case Tier::Database:
            return (index % 2 == 0 ? QStringLiteral("pg-") : QStringLiteral("redis-")) + n;
        case Tier::Host: return QStringLiteral("host-") + n;
        case Tier::Component:
            return d + (index % 3 == 0 ? QStringLiteral("-worker-") : QStringLiteral("-api-")) + n;
        }
        return n;
    }

    Criticality pickCriticality()
    {
        const int roll = int(m_rng.bounded(100));
        if (roll < 30)
            return Criticality::Low;
        if (roll < 75)
            return Criticality::Medium;
        if (roll < 95)
            return Criticality::High;
        return Criticality::Critical;
    }

    Status addAsset(int i)
    {
        AssetInput in;
        in.name = nameOf(i);
        in.criticality = pickCriticality();
        switch (tierOf(i)) {
        case Tier::Service:
            in.kind = QStringLiteral("business-service");
            in.owner = QStringLiteral("head-of-") + QLatin1String(domain(i));
            m_services << in.name;
            break;
        case Tier::Network:
            in.kind = QStringLiteral("network");
            in.owner = QStringLiteral("team-network");
            m_network << in.name;
            break;
        case Tier::Database:
            in.kind = QStringLiteral("database");
            in.owner = QStringLiteral("team-dba");
            m_databases << in.name;
            break;
        case Tier::Host:
            in.kind = QStringLiteral("host");
            in.owner = QStringLiteral("team-platform");
            in.timeZone = QLatin1String(kZones[size_t(i) % kZones.size()]);
            m_hosts << in.name;
            break;
        case Tier::Component:
            in.kind = QStringLiteral("service");
            in.owner = QStringLiteral("team-") + QLatin1String(domain(i));
            m_components << in.name;
            break;
        }
        auto added = m_core.inventory().add(m_admin, in);
        if (!added)
            return added.error();
        return {};
    }

    // A random member of `list` (the fallback when it is empty), never `self`.
    QString pick(const QStringList &list, const QString &self, const char *fallback)
    {
        if (list.isEmpty() || (list.size() == 1 && list.first() == self))
            return QLatin1String(fallback);
        for (;;) {
            const QString &x = list.at(int(m_rng.bounded(quint32(list.size()))));
            if (x != self)
                return x;
        }
    }

    Status relate(const QString &from, RelationKind kind, const QString &to)
    {
        if (from == to)
            return {};
        const QString key = from + QLatin1Char('\n') + toString(kind) + QLatin1Char('\n') + to;
        if (m_links.contains(key))
            return {};
        m_links.insert(key);
        auto r = m_core.inventory().relate(m_admin, from, kind, to);
        if (!r)
            return r.error();
        ++m_relations;
        return {};
    }

    Status relateAsset(int i)
    {
        const QString self = nameOf(i);
        switch (tierOf(i)) {
        case Tier::Service:
            if (m_rng.bounded(100) < 30)
                VIGILO_TRY(
                    relate(self, RelationKind::DependsOn, pick(m_services, self, "online-shop")));
            return {};
        case Tier::Network:
            return relate(self, RelationKind::DependsOn,
                          pick(m_network, self, kCoreSwitches[size_t(i) % 2]));
        case Tier::Database:
            VIGILO_TRY(relate(self, RelationKind::RunsOn, pick(m_hosts, self, "app-host-01")));
            if (m_rng.bounded(100) < 30) // a replica pair: often both ways, a real cycle
                VIGILO_TRY(
                    relate(self, RelationKind::DependsOn, pick(m_databases, self, "pg-prod-02")));
            return {};
        case Tier::Host:
            VIGILO_TRY(
                relate(self, RelationKind::DependsOn, pick(m_network, self, "core-switch-a")));
            VIGILO_TRY(
                relate(self, RelationKind::DependsOn, pick(m_network, self, "core-switch-b")));
            if (i % 10 == 5)
                VIGILO_TRY(relate(self, RelationKind::DependsOn,
                                  QLatin1String(kCoreSwitches[size_t(i / 10) % 2])));
            return {};
        case Tier::Component:
            VIGILO_TRY(relate(self, RelationKind::PartOf, pick(m_services, self, "online-shop")));
            VIGILO_TRY(relate(self, RelationKind::RunsOn, pick(m_hosts, self, "k8s-node-07")));
            VIGILO_TRY(
                relate(self, RelationKind::DependsOn, pick(m_databases, self, "pg-prod-01")));
            if (m_rng.bounded(100) < 50)
                VIGILO_TRY(relate(self, RelationKind::DependsOn,
                                  pick(m_databases, self, "redis-cache-01")));
            for (int k = 0; k < 4; ++k)
                VIGILO_TRY(
                    relate(self, RelationKind::DependsOn, pick(m_components, self, "search-api")));
            if (i % 50 == 10)
                VIGILO_TRY(relate(self, RelationKind::DependsOn,
                                  QLatin1String(kSharedServices[size_t(i / 50) % 2])));
            return {};
        }
        return {};
    }

    Vigilo &m_core;
    const Actor &m_admin;
    QRandomGenerator m_rng;
    QStringList m_services, m_network, m_databases, m_hosts, m_components;
    QSet<QString> m_links;
    int m_relations = 0;
};

} // namespace

Result<GeneratedInventory> generateInventory(Vigilo &core, const Actor &admin, int count,
                                             quint32 seed)
{
    if (count <= 0)
        return GeneratedInventory{};
    Generator g(core, admin, seed);
    return g.run(count);
}

} // namespace vigilo
