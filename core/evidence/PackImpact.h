#pragma once
// The impact analysis as an evidence pack records it (issue 16): the change's assets, the affected
// ones with the stored relationships of their paths (the pack explains them in its own language),
// and the exclusions with who and why. Part of the pack's context: the relationships may change
// after the export, so verification does not recompute it from the database.

#include "Impact.h"

#include <QJsonObject>

namespace vigilo::evidence {

QJsonObject impactJson(const ImpactReport &report);
ImpactReport impactFrom(const QJsonObject &o);

} // namespace vigilo::evidence
