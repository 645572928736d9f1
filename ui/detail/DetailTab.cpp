#include "DetailTab.h"

#include "main/Session.h"

#include "Vigilo.h"

namespace vigilo::ui {

Vigilo &DetailContext::core() const
{
    return session.core();
}

} // namespace vigilo::ui
