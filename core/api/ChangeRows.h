#pragma once
// change.list's compact answer, asked for with "layout": "rows": the column names once and one
// array per change, instead of an object per change. Ten thousand objects with fourteen keys
// each are slow to build, to send and to read back; rows are not (docs/protocol.md).

#include "Entities.h"
#include "Error.h"

#include <QJsonObject>

namespace vigilo::api {

// The columns, in the order the server writes them.
const QStringList &changeRowColumns();

// {"columns": [...], "rows": [[...], ...]}
QJsonObject changeRows(const QList<ChangeSummary> &changes);

// Reads the rows back (columns found by name, so a newer server may add some); a missing
// column or a value of the wrong kind is a protocol_error naming the row and the column.
Result<QList<ChangeSummary>> decodeChangeRows(const QJsonValue &value);

} // namespace vigilo::api
