#include "DemoBuilder.h"

namespace vigilo {

Result<DemoReport> DemoBuilder::build(Store &, const DemoOptions &)
{
    return Error::storage(QStringLiteral("demo not built yet"));
}

} // namespace vigilo
