#include "DetailTab.h"

#include "main/Session.h"

#include "Client.h"
#include "Vigilo.h"

namespace vigilo::ui {

Vigilo &DetailContext::core() const
{
    return session.core();
}

client::Client &DetailContext::client() const
{
    return session.client();
}

} // namespace vigilo::ui
