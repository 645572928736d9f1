#pragma once
// CSV exchange of change requests (RFC 4180, or Excel's German dialect: see CsvDialect.h):
// export of the filtered change list, and an all-or-nothing import of new changes.
//
// Export: a header row with the seed's field names (number, title, description, change_type,
// priority, risk_level, status, planned_start, planned_end, affected_assets,
// implementation_plan, rollback_plan, test_plan, assignee, requester, closure_code, closed_at,
// rolled_back_at); times ISO 8601 UTC ("...Z"); affected_assets joined by ";"; CRLF rows; cells
// that a spreadsheet would read as a formula are neutralised (see neutralise()).
//
// Import columns: title (required), description, change_type, priority, risk_level,
// planned_start, planned_end, affected_assets (separated by ";"), implementation_plan,
// rollback_plan, test_plan, assignee. Header names are matched case-insensitively with spaces
// and "-" read as "_". ServiceNow-style aliases: short_description → title, type → change_type,
// risk → risk_level, start_date → planned_start, end_date → planned_end, cmdb_ci → affected_assets,
// change_plan → implementation_plan, backout_plan → rollback_plan, assigned_to → assignee.
// The export's own columns number, status, requester, closure_code, closed_at and rolled_back_at
// (and any unknown column) are ignored and listed in the preview. Values: enums by their wire
// names, case-insensitive, also "Moderate" (risk medium) and ServiceNow's "1 - Critical" style
// (the text after " - "); times ISO 8601 with a zone, or "YYYY-MM-DD HH:MM[:SS]" or Excel's
// German "DD.MM.YYYY HH:MM[:SS]" read as UTC.
// Rows are numbered from 1 for the first record after the header ("line" is the physical line).
// The file must be UTF-8 (a byte order mark is allowed); other bytes are refused with their line
// and column, never guessed at.

#include "Actor.h"
#include "CsvDialect.h"
#include "Error.h"
#include "Inputs.h"

#include <QByteArray>
#include <QHash>

namespace vigilo {

class Store;
class ChangeService;

struct CsvRowError {
    int row = 0;    // 1 = first record after the header
    int line = 0;   // physical line of the file where the record starts
    QString column; // the import column name ("" when the row as a whole is wrong)
    QString message;
    QJsonObject toJson() const;
};

struct CsvPreviewRow {
    int row = 0;
    ChangeDraft draft;
    QJsonObject toJson() const;
};

struct CsvPreview {
    QList<CsvPreviewRow> rows;
    QList<CsvRowError> errors;
    QStringList ignoredColumns;
    QHash<QString, QString> aliases; // header as written -> column it was read as
    bool valid() const { return errors.isEmpty(); }
    QJsonObject toJson() const;
};

struct CsvImportResult {
    QList<int> created; // change numbers, in file order
    QJsonObject toJson() const;
};

class ChangeCsv final {
public:
    ChangeCsv(Store &store, ChangeService &changes)
        : m_store(store)
        , m_changes(changes)
    {}

    static QStringList exportColumns();
    static QStringList importColumns();

    // Any member may export; `rows` gets the number of changes written.
    Result<QByteArray> exportCsv(const Actor &actor, const ChangeFilter &filter = {},
                                 const CsvDialect &dialect = CsvDialect::rfc4180(),
                                 int *rows = nullptr) const;

    // Validates every row: parsing first, then a trial creation of every row inside one
    // transaction that is always rolled back (so unknown assets and assignees are reported too).
    // Needs changes.create.
    Result<CsvPreview> preview(const Actor &actor, const QByteArray &csv,
                               const CsvReading &how = {});
    // Creates every row through ChangeService::create in one transaction, or nothing: when any
    // row is invalid the error (invalid_input, exit 2) carries the preview in its details.
    Result<CsvImportResult> import(const Actor &actor, const QByteArray &csv,
                                   const CsvReading &how = {});

    // RFC 4180 parsing and quoting, with the dialect's delimiter (public for the tests).
    struct Record {
        int line = 0;
        QStringList fields;
    };
    static Result<QList<Record>> parse(const QByteArray &csv, const CsvReading &how = {});
    static QString quote(const QString &field, QChar delimiter = QLatin1Char(','));
    // Spreadsheet formula neutralisation (OWASP "CSV injection"): a cell that starts with =, +,
    // -, @, tab or CR, possibly after apostrophes, gets one more leading apostrophe on export, so
    // Excel or LibreOffice show it as text instead of running it; restore() takes exactly that
    // apostrophe away on import, so an export imports back unchanged.
    static QString neutralise(const QString &cell);
    static QString restore(const QString &cell);

private:
    Result<CsvPreview> run(const Actor &actor, const QByteArray &csv, const CsvReading &how,
                           bool commit, QList<int> *created);

    Store &m_store;
    ChangeService &m_changes;
};

} // namespace vigilo
