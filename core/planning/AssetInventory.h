#pragma once
// The workspace's inventory (issue 16): assets with kind, owner, criticality and time zone; the
// typed, directed relationships between them ("A runs_on B", "A depends_on B", "A part_of B",
// where B is a service made of components); and the search the asset picker calls on every
// keystroke.
//
// Who may do what: every member reads; adding an asset needs changes.create (engineer+, as
// `asset add` always did); editing an asset's details, relating and unrelating need
// workspace.manage (admin or owner). The graph decides what a change's impact, its indirect
// conflicts and its risk condition critical_asset_impacted show, so the engineer whose change it
// concerns must not be able to reshape it (or lower an asset's criticality) to look harmless.
// Every write is audited. Relationships never leave their workspace: the database refuses one
// whose ends are not both assets of the relationship's own workspace (composite foreign keys).

#include "Actor.h"
#include "Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigilo {

class Store;
class Clock;
class AuditLog;

// A new asset. Empty kind: "service"; empty owner and time zone: unset; no criticality: medium.
struct AssetInput {
    QString name;
    QString kind;
    QString owner;
    std::optional<Criticality> criticality;
    QString timeZone; // IANA id, e.g. "Europe/Berlin"
};

// Fields to change on an existing asset; an unset optional leaves the field alone, an empty
// owner or time zone clears it.
struct AssetUpdate {
    std::optional<QString> kind;
    std::optional<QString> owner;
    std::optional<Criticality> criticality;
    std::optional<QString> timeZone;
    bool isEmpty() const { return !kind && !owner && !criticality && !timeZone; }
};

// One stored relationship, by asset names: `from` `kind` `to` ("payments-api runs_on k8s-node-07").
struct AssetRelation {
    qint64 id = 0;
    QString from;
    RelationKind kind = RelationKind::DependsOn;
    QString to;
    QString createdBy;
    QDateTime createdAt;
    // "payments-api runs on k8s-node-07" (translated).
    QString sentence() const;
    QJsonObject toJson() const; // {"from", "kind", "to", "created_by", "created_at"}
};

// An asset with its links both ways.
struct AssetDetail {
    Asset asset;
    QList<AssetRelation> outgoing; // what this asset runs on, depends on, is part of
    QList<AssetRelation> incoming; // what runs on, depends on, is part of this asset
    QJsonObject toJson() const;    // {"asset", "outgoing", "incoming"}
};

// What the asset picker asks for. `text` matches the name, the kind or the owner, as a prefix or
// a substring, ignoring case (at most 200 characters); `kind` is an exact kind; `owner` an owner
// prefix. Name prefixes rank first, then other name matches, then kind and owner matches; ties
// by name.
struct AssetQuery {
    QString text;
    QString kind;
    QString owner;
    int limit = 50; // 1..1000
};

struct AssetSearchResult {
    QList<Asset> assets; // at most `limit`, best first
    int total = 0;       // every match, including those beyond the limit
    QJsonObject toJson() const;
};

// What a member may do with the inventory, and why not: the screens offer exactly this, and
// the writes check the same permissions (kAddPermission, kManagePermission, kImportPermission).
struct InventoryRights {
    bool add = false;       // add assets
    bool manage = false;    // edit assets, relate and unrelate them, add maintenance windows
    bool importCsv = false; // import assets and relationships from CSV (AssetCsv)
    QString addRefusal, manageRefusal, importRefusal; // translated, empty when allowed
};

class AssetInventory final {
public:
    static constexpr Permission kAddPermission = Permission::ChangesCreate;
    static constexpr Permission kManagePermission = Permission::ManageWorkspace;
    // AssetCsv's import reshapes the graph: the same permission as managing it.
    static constexpr Permission kImportPermission = Permission::ManageWorkspace;
    static InventoryRights rightsOf(const Actor &actor);

    AssetInventory(Store &store, const Clock &clock, AuditLog &audit)
        : m_store(store)
        , m_clock(clock)
        , m_audit(audit)
    {}

    // engineer+. Refuses an existing name (asset_exists), a bad kind, owner, criticality or
    // time zone (invalid_input naming the field).
    Result<Asset> add(const Actor &actor, const AssetInput &input);
    // admin+. Audited with the old and new values; nothing written when nothing changes.
    Result<Asset> update(const Actor &actor, const QString &name, const AssetUpdate &update);
    // Any member: one asset with its relationships both ways.
    Result<AssetDetail> show(const Actor &actor, const QString &name) const;
    // Every asset of the workspace, by name, with its details.
    Result<QList<Asset>> list(const Actor &actor) const;

    // admin+. "from kind to": refuses an asset relating to itself (invalid_input), unknown
    // assets (not_found) and a link that already exists (relation_exists). Cycles are allowed:
    // two services may depend on each other.
    Result<AssetRelation> relate(const Actor &actor, const QString &from, RelationKind kind,
                                 const QString &to);
    // admin+. Refuses a link that does not exist (not_found).
    Status unrelate(const Actor &actor, const QString &from, RelationKind kind, const QString &to);
    // Any member: every relationship of the workspace, by from, kind, to.
    Result<QList<AssetRelation>> relations(const Actor &actor) const;

    // Any member. One indexed query for the page and one count (the picker filters 10,000
    // assets per keystroke: see vigilo-bench-impact).
    Result<AssetSearchResult> search(const Actor &actor, const AssetQuery &query) const;

    // The input rules, for callers that check a whole file before writing (AssetCsv).
    static Status checkInput(const AssetInput &input);
    static Status checkUpdate(const AssetUpdate &update);

private:
    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace vigilo
