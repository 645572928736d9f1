#pragma once
// CSV import of an inventory (issue 16): assets with their details and relationships, all rows
// or none, with row-level errors; read with the change import's CSV machinery (RFC 4180 or
// Excel's German dialect, see CsvDialect.h).
//
// Columns (header names matched case-insensitively, spaces and "-" read as "_"): name
// (required; aliases asset, ci), kind (type, class), owner (owned_by), criticality
// (business_criticality; low|medium|high|critical or ServiceNow's "1 - most critical" .. "4 -
// not critical"), time_zone (tz, timezone), and the relationships runs_on, depends_on and
// part_of: names of other assets separated by ";". A row whose asset exists updates the details
// it gives (an empty cell leaves the detail alone) and adds the relationships it names (existing
// ones are kept); a new name creates the asset. Relationships may name assets created further
// down the same file. Needs workspace.manage (admin or owner): an import reshapes the graph.

#include "Actor.h"
#include "CsvDialect.h"
#include "CsvImport.h"
#include "Error.h"

namespace vigilo {

class Store;
class AssetInventory;

struct AssetCsvReport {
    int rows = 0;
    QStringList created; // asset names, in file order
    QStringList updated; // existing assets whose details changed
    int relationsAdded = 0;
    int relationsKept = 0; // named in the file and already there
    QList<CsvRowError> errors;
    QStringList ignoredColumns;
    bool valid() const { return errors.isEmpty(); }
    QJsonObject toJson() const;
};

class AssetCsv final {
public:
    AssetCsv(Store &store, AssetInventory &inventory)
        : m_store(store)
        , m_inventory(inventory)
    {}

    static QStringList columns();

    // Checks every row and tries the whole import inside a transaction that is rolled back:
    // the report lists what would happen, or every problem.
    Result<AssetCsvReport> preview(const Actor &actor, const QByteArray &csv,
                                   const CsvReading &how = {});
    // The same, committed when every row is valid; otherwise nothing is written and the error
    // (csv_invalid, exit 2) carries the row errors in its details.
    Result<AssetCsvReport> import(const Actor &actor, const QByteArray &csv,
                                  const CsvReading &how = {});

private:
    Result<AssetCsvReport> run(const Actor &actor, const QByteArray &csv, const CsvReading &how,
                               bool commit);
    Store &m_store;
    AssetInventory &m_inventory;
};

} // namespace vigilo
